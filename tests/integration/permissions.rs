//! Every route × every role: the outcome the permission matrix (docs/permissions.md)
//! promises. A route missing from the table below fails the test, so a new route cannot
//! ship without its permissions being decided here.

use std::collections::BTreeSet;

use pfp::domain::Role;
use pfp::domain::policy::{Action, allows};

use crate::helpers::{TestApp, spawn_app};

/// What a request should answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Outcome {
    /// 200.
    Ok,
    /// 303 to the sign-in page.
    SignIn,
    /// 403.
    Forbidden,
    /// Any other exact status (redirects after success, refused forms).
    Status(u16),
}

use Outcome::*;

/// The roles in the order of the expectation arrays, with their demo account.
const ROLES: [(Role, Option<&str>); 7] = [
    (Role::Visitor, None),
    (Role::Observer, Some("observer")),
    (Role::Member, Some("iom-member")),
    (Role::Delegate, Some("mx-delegate")),
    (Role::Facilitator, Some("facilitator")),
    (Role::Reviewer, Some("reviewer")),
    (Role::Administrator, Some("administrator")),
];

struct Case {
    method: &'static str,
    /// The route pattern as registered.
    pattern: &'static str,
    /// A concrete path for it (`{project}`, `{org}` replaced by real ids).
    path: &'static str,
    /// Form fields besides the CSRF token (POST only).
    fields: &'static [(&'static str, &'static str)],
    expect: [Outcome; 7],
}

const ALL_OK: [Outcome; 7] = [Ok; 7];

/// A delegate's action on an unknown project, invitation or request: 404 for the
/// delegate, the sign-in page for visitors, 403 for every other role.
const DELEGATE_404: [Outcome; 7] = [
    SignIn,
    Forbidden,
    Forbidden,
    Status(404),
    Forbidden,
    Forbidden,
    Forbidden,
];

/// A reviewer's page of a project that is not waiting for review: 404 for reviewers.
const REVIEWER_404: [Outcome; 7] = [
    SignIn,
    Forbidden,
    Forbidden,
    Forbidden,
    Forbidden,
    Status(404),
    Forbidden,
];

/// Links from mails with a token that was never issued.
const UNKNOWN_JOIN: &str = "/join/0000000000000000000000000000000000000000000000000000000000000000";
const UNKNOWN_REPLY: &str =
    "/reply/0000000000000000000000000000000000000000000000000000000000000000";
const UNKNOWN_VERIFY: &str =
    "/verify/0000000000000000000000000000000000000000000000000000000000000000";
const UNKNOWN_RESET: &str =
    "/password/reset/0000000000000000000000000000000000000000000000000000000000000000";

/// Something private that does not exist: visitors are sent to sign in, everyone else
/// gets 404 (the same answer as for something that is none of their business).
const UNKNOWN_PRIVATE: [Outcome; 7] = [
    SignIn,
    Status(404),
    Status(404),
    Status(404),
    Status(404),
    Status(404),
    Status(404),
];

/// A project's meeting form: facilitators and the project's managers (the Mexican
/// delegate manages the project under test).
const ARRANGERS_OK: [Outcome; 7] = [SignIn, Forbidden, Forbidden, Ok, Ok, Forbidden, Forbidden];

/// Outcomes for a page behind `action`: OK for the roles the policy allows, sign-in for
/// visitors it does not, 403 for other roles it does not.
fn by_policy(action: Action) -> [Outcome; 7] {
    ROLES.map(|(role, _)| {
        if allows(role, action) {
            Ok
        } else if role == Role::Visitor {
            SignIn
        } else {
            Forbidden
        }
    })
}

/// Outcomes for an administration route: sign-in for visitors, 403 for every role but
/// administrators, who get `outcome`.
fn admin_only(outcome: Outcome) -> [Outcome; 7] {
    ROLES.map(|(role, _)| match role {
        Role::Visitor => SignIn,
        Role::Administrator => outcome,
        _ => Forbidden,
    })
}

/// Outcomes for a route of a project's managers: the Mexican delegate (whose government
/// owns the project used) gets `outcome`, other signed-in roles 403, visitors sign-in.
fn manager_only(outcome: Outcome) -> [Outcome; 7] {
    ROLES.map(|(role, _)| match role {
        Role::Visitor => SignIn,
        Role::Delegate => outcome,
        _ => Forbidden,
    })
}

fn cases() -> Vec<Case> {
    let get = |pattern, path, expect| Case {
        method: "GET",
        pattern,
        path,
        fields: &[],
        expect,
    };
    vec![
        get("/", "/", ALL_OK),
        get("/about", "/about", ALL_OK),
        get("/projects", "/projects", ALL_OK),
        get("/projects/{id}", "/projects/{project}", ALL_OK),
        get("/organisations", "/organisations", ALL_OK),
        get("/organisations/{id}", "/organisations/{org}", ALL_OK),
        // Contact points: facilitators and administrators for any organisation, its own
        // delegates and members for theirs ({org} is Mexico).
        get(
            "/organisations/{id}/contacts",
            "/organisations/{org}/contacts",
            [SignIn, Forbidden, Forbidden, Ok, Ok, Forbidden, Ok],
        ),
        Case {
            method: "POST",
            pattern: "/organisations/{id}/contacts",
            path: "/organisations/{org}/contacts",
            fields: &[
                ("name", "Desk"),
                ("email", "not an address"),
                ("lang", "en"),
            ],
            expect: [
                SignIn,
                Forbidden,
                Forbidden,
                Status(422),
                Status(422),
                Forbidden,
                Status(422),
            ],
        },
        Case {
            method: "POST",
            pattern: "/organisations/{id}/contacts/{contact}/remove",
            path: "/organisations/{org}/contacts/999999/remove",
            fields: &[],
            expect: [
                SignIn,
                Forbidden,
                Forbidden,
                Status(404),
                Status(404),
                Forbidden,
                Status(404),
            ],
        },
        get("/themes", "/themes", ALL_OK),
        get("/themes/{code}", "/themes/children", ALL_OK),
        get("/api/v1/projects", "/api/v1/projects", ALL_OK),
        get(
            "/api/v1/projects/{id}",
            "/api/v1/projects/{project}",
            ALL_OK,
        ),
        get(
            "/api/v1/organisations/{id}",
            "/api/v1/organisations/{org}",
            ALL_OK,
        ),
        // Matching (issue 6): the API is open data; the dashboard and the profile form
        // belong to members and delegates (their own organisation).
        get(
            "/api/v1/projects/{id}/matches",
            "/api/v1/projects/{project}/matches",
            ALL_OK,
        ),
        get(
            "/api/v1/organisations/{id}/matches",
            "/api/v1/organisations/{org}/matches",
            ALL_OK,
        ),
        get(
            "/my/organisation",
            "/my/organisation",
            by_policy(Action::EditOwnOrganisation),
        ),
        get(
            "/my/organisation/profile",
            "/my/organisation/profile",
            by_policy(Action::EditOwnOrganisation),
        ),
        Case {
            method: "POST",
            pattern: "/my/organisation/profile",
            path: "/my/organisation/profile",
            fields: &[("countries", "Narnia")],
            expect: by_policy(Action::EditOwnOrganisation).map(|o| match o {
                Ok => Status(422),
                other => other,
            }),
        },
        get("/healthz", "/healthz", ALL_OK),
        get("/static/{file:.*}", "/static/css/site.css", ALL_OK),
        get("/login", "/login", ALL_OK),
        get("/account", "/account", by_policy(Action::ManageOwnAccount)),
        // The development mailbox exists in demo mode only, for everyone.
        get("/dev/mailbox", "/dev/mailbox", ALL_OK),
        get(
            "/dev/mailbox/{name}",
            "/dev/mailbox/none.eml",
            [Status(404); 7],
        ),
        get(
            "/dev/mailbox/{name}/html",
            "/dev/mailbox/none.eml/html",
            [Status(404); 7],
        ),
        get(
            "/dev/mailbox/{name}/raw",
            "/dev/mailbox/none.eml/raw",
            [Status(404); 7],
        ),
        get(
            "/dev/mailbox/{name}/attachments/{n}",
            "/dev/mailbox/none/attachments/1",
            [Status(404); 7],
        ),
        Case {
            method: "POST",
            pattern: "/login",
            path: "/login",
            fields: &[("email", "not an address"), ("password", "x")],
            expect: [Status(422); 7],
        },
        Case {
            method: "POST",
            pattern: "/logout",
            path: "/logout",
            fields: &[],
            expect: [Status(303); 7],
        },
        Case {
            method: "POST",
            pattern: "/demo/sign-in",
            path: "/demo/sign-in",
            fields: &[("who", "observer")],
            expect: [Status(303); 7],
        },
        Case {
            method: "POST",
            pattern: "/account",
            path: "/account",
            fields: &[("name", "Someone"), ("language", "en")],
            expect: by_policy(Action::ManageOwnAccount),
        },
        // Invitations: the inviters (facilitators, administrators) get the form; a form
        // with a wrong address is refused (422).
        get(
            "/invitations/new",
            "/invitations/new",
            by_policy(Action::InviteDelegate),
        ),
        Case {
            method: "POST",
            pattern: "/invitations/new",
            path: "/invitations/new",
            fields: &[
                ("email", "not an address"),
                ("name", "Someone"),
                ("role", "delegate"),
                ("organisation", "MX"),
                ("language", "en"),
            ],
            expect: [
                SignIn,
                Forbidden,
                Forbidden,
                Forbidden,
                Status(422),
                Forbidden,
                Status(422),
            ],
        },
        // Links from mails: an unknown token is a 404 for everyone.
        get("/join/{token}", UNKNOWN_JOIN, [Status(404); 7]),
        Case {
            method: "POST",
            pattern: "/join/{token}",
            path: UNKNOWN_JOIN,
            fields: &[("name", "Someone"), ("password", "correct horse battery")],
            expect: [Status(404); 7],
        },
        get("/verify/{token}", UNKNOWN_VERIFY, [Status(404); 7]),
        get("/reply/{token}", UNKNOWN_REPLY, [Status(404); 7]),
        get(
            "/introductions",
            "/introductions",
            by_policy(Action::ManageOwnAccount),
        ),
        Case {
            method: "POST",
            pattern: "/reply/{token}/accept",
            path: "/reply/0000000000000000000000000000000000000000000000000000000000000000/accept",
            fields: &[
                ("name", "Someone"),
                ("password", "correct horse battery"),
                ("language", "en"),
            ],
            expect: [Status(404); 7],
        },
        Case {
            method: "POST",
            pattern: "/reply/{token}/decline",
            path: "/reply/0000000000000000000000000000000000000000000000000000000000000000/decline",
            fields: &[("reason", "Not for us")],
            expect: [Status(404); 7],
        },
        // Anyone may ask for a new link; an unknown address gets the same answer.
        Case {
            method: "POST",
            pattern: "/reply/{token}/renew",
            path: "/reply/0000000000000000000000000000000000000000000000000000000000000000/renew",
            fields: &[("email", "nobody@example.net"), ("message", "")],
            expect: [Ok; 7],
        },
        get("/password/reset/{token}", UNKNOWN_RESET, [Status(404); 7]),
        Case {
            method: "POST",
            pattern: "/password/reset/{token}",
            path: UNKNOWN_RESET,
            fields: &[("password", "correct horse battery")],
            expect: [Status(404); 7],
        },
        // Registration is for visitors; signed-in people are sent to their account.
        get(
            "/register",
            "/register",
            [
                Ok,
                Status(303),
                Status(303),
                Status(303),
                Status(303),
                Status(303),
                Status(303),
            ],
        ),
        Case {
            method: "POST",
            pattern: "/register",
            path: "/register",
            fields: &[
                ("name", "Someone"),
                ("email", "not an address"),
                ("password", "correct horse battery"),
                ("language", "en"),
            ],
            expect: [
                Status(422),
                Status(303),
                Status(303),
                Status(303),
                Status(303),
                Status(303),
                Status(303),
            ],
        },
        get("/password/forgot", "/password/forgot", ALL_OK),
        Case {
            method: "POST",
            pattern: "/password/forgot",
            path: "/password/forgot",
            fields: &[("email", "not an address")],
            expect: [Status(422); 7],
        },
        Case {
            method: "POST",
            pattern: "/account/password",
            path: "/account/password",
            fields: &[("current", "wrong password"), ("new_password", "short")],
            expect: [
                SignIn,
                Status(422),
                Status(422),
                Status(422),
                Status(422),
                Status(422),
                Status(422),
            ],
        },
        // Administration: administrators only. Forms are refused without changing
        // anything: an unknown person (404), or missing fields (422).
        // Resources: the library and resource pages are public (an unknown one is 404);
        // a project's resources are added by its managers (the Mexican delegate for
        // the project used here; an empty form is refused with 422), the library's own
        // by facilitators.
        get("/resources", "/resources", ALL_OK),
        get("/resources/{id}", "/resources/999999", [Status(404); 7]),
        get(
            "/resources/{id}/download",
            "/resources/999999/download",
            [Status(404); 7],
        ),
        get(
            "/resources/new",
            "/resources/new",
            by_policy(Action::CurateLibrary),
        ),
        Case {
            method: "POST",
            pattern: "/resources/new",
            path: "/resources/new",
            fields: &[("title", "")],
            expect: ROLES.map(|(role, _)| match role {
                Role::Visitor => SignIn,
                Role::Facilitator => Status(422),
                _ => Forbidden,
            }),
        },
        Case {
            method: "POST",
            pattern: "/resources/{id}/delete",
            path: "/resources/999999/delete",
            fields: &[],
            expect: [
                SignIn,
                Status(404),
                Status(404),
                Status(404),
                Status(404),
                Status(404),
                Status(404),
            ],
        },
        get(
            "/projects/{id}/resources/new",
            "/projects/{project}/resources/new",
            [
                SignIn, Forbidden, Forbidden, Ok, Forbidden, Forbidden, Forbidden,
            ],
        ),
        Case {
            method: "POST",
            pattern: "/projects/{id}/resources/new",
            path: "/projects/{project}/resources/new",
            fields: &[("title", "")],
            expect: [
                SignIn,
                Forbidden,
                Forbidden,
                Status(422),
                Forbidden,
                Forbidden,
                Forbidden,
            ],
        },
        get("/admin", "/admin", by_policy(Action::ManagePeople)),
        get(
            "/admin/people",
            "/admin/people",
            by_policy(Action::ManagePeople),
        ),
        get(
            "/admin/people/{id}",
            "/admin/people/999999",
            admin_only(Status(404)),
        ),
        Case {
            method: "POST",
            pattern: "/admin/people/{id}/role",
            path: "/admin/people/999999/role",
            fields: &[("role", "observer")],
            expect: admin_only(Status(404)),
        },
        Case {
            method: "POST",
            pattern: "/admin/people/{id}/deactivate",
            path: "/admin/people/999999/deactivate",
            fields: &[],
            expect: admin_only(Status(404)),
        },
        Case {
            method: "POST",
            pattern: "/admin/people/{id}/reactivate",
            path: "/admin/people/999999/reactivate",
            fields: &[],
            expect: admin_only(Status(404)),
        },
        get(
            "/admin/organisations",
            "/admin/organisations",
            by_policy(Action::ManageOrganisations),
        ),
        get(
            "/admin/organisations/new",
            "/admin/organisations/new",
            by_policy(Action::ManageOrganisations),
        ),
        Case {
            method: "POST",
            pattern: "/admin/organisations/new",
            path: "/admin/organisations/new",
            fields: &[],
            expect: admin_only(Status(422)),
        },
        get(
            "/admin/organisations/{id}/edit",
            "/admin/organisations/{org}/edit",
            by_policy(Action::ManageOrganisations),
        ),
        Case {
            method: "POST",
            pattern: "/admin/organisations/{id}/edit",
            path: "/admin/organisations/{org}/edit",
            fields: &[],
            expect: admin_only(Status(422)),
        },
        get(
            "/admin/organisations/{id}/merge",
            "/admin/organisations/{org}/merge",
            by_policy(Action::ManageOrganisations),
        ),
        Case {
            method: "POST",
            pattern: "/admin/organisations/{id}/merge",
            path: "/admin/organisations/{org}/merge",
            fields: &[],
            expect: admin_only(Status(422)),
        },
        // Progress (issue 5): managers (delegates of an owning government: the Mexican
        // delegate for the project used here) get the page and 422 for empty forms or 404
        // for unknown rows; other roles 403; visitors the sign-in page.
        get(
            "/projects/{id}/manage",
            "/projects/{project}/manage",
            manager_only(Ok),
        ),
        Case {
            method: "POST",
            pattern: "/projects/{id}/stage",
            path: "/projects/{project}/stage",
            fields: &[],
            expect: manager_only(Status(422)),
        },
        Case {
            method: "POST",
            pattern: "/projects/{id}/updates",
            path: "/projects/{project}/updates",
            fields: &[],
            expect: manager_only(Status(422)),
        },
        Case {
            method: "POST",
            pattern: "/projects/{id}/milestones",
            path: "/projects/{project}/milestones",
            fields: &[],
            expect: manager_only(Status(422)),
        },
        Case {
            method: "POST",
            pattern: "/projects/{id}/milestones/{milestone}/done",
            path: "/projects/{project}/milestones/999999/done",
            fields: &[],
            expect: manager_only(Status(404)),
        },
        Case {
            method: "POST",
            pattern: "/projects/{id}/partners",
            path: "/projects/{project}/partners",
            fields: &[],
            expect: manager_only(Status(422)),
        },
        Case {
            method: "POST",
            pattern: "/projects/{id}/partners/remove",
            path: "/projects/{project}/partners/remove",
            fields: &[("organisation", "999999"), ("role", "funder")],
            expect: manager_only(Status(404)),
        },
        // Which needs a partner meets (issue 13): managers only; an organisation that
        // is no partner of the project is a 404.
        get(
            "/projects/{id}/needs/{organisation}",
            "/projects/{project}/needs/999999",
            manager_only(Status(404)),
        ),
        Case {
            method: "POST",
            pattern: "/projects/{id}/needs/{organisation}",
            path: "/projects/{project}/needs/999999",
            fields: &[],
            expect: manager_only(Status(404)),
        },
        get(
            "/follow-up",
            "/follow-up",
            [SignIn, Forbidden, Forbidden, Ok, Ok, Forbidden, Forbidden],
        ),
        // Questions: anyone signed in asks (an empty question is refused: 422); managers
        // answer, facilitators hide (an unknown question: 404).
        Case {
            method: "POST",
            pattern: "/projects/{id}/questions",
            path: "/projects/{project}/questions",
            fields: &[("body", "")],
            expect: [
                SignIn,
                Status(422),
                Status(422),
                Status(422),
                Status(422),
                Status(422),
                Status(422),
            ],
        },
        Case {
            method: "POST",
            pattern: "/projects/{id}/questions/{question}/answer",
            path: "/projects/{project}/questions/999999/answer",
            fields: &[("answer", "")],
            expect: manager_only(Status(404)),
        },
        Case {
            method: "POST",
            pattern: "/projects/{id}/questions/{question}/hide",
            path: "/projects/{project}/questions/999999/hide",
            fields: &[("what", "question"), ("reason", "abuse")],
            expect: [
                SignIn,
                Forbidden,
                Forbidden,
                Forbidden,
                Status(404),
                Forbidden,
                Forbidden,
            ],
        },
        get("/outcomes", "/outcomes", ALL_OK),
        get("/outcomes/{id}", "/outcomes/1", ALL_OK),
        get("/open-data/brokering", "/open-data/brokering", ALL_OK),
        get(
            "/api/v1/brokering-outcomes",
            "/api/v1/brokering-outcomes",
            ALL_OK,
        ),
        get("/admin/audit", "/admin/audit", by_policy(Action::ViewAudit)),
        get("/admin/mail", "/admin/mail", by_policy(Action::ManageMail)),
        Case {
            method: "POST",
            pattern: "/admin/mail/retry",
            path: "/admin/mail/retry",
            fields: &[],
            expect: admin_only(Status(422)),
        },
        // Proposals: delegates propose and own; drafts and unknown projects are 404 to
        // their delegates. The demo project belongs to Mexico and is endorsed: it can be
        // neither edited nor submitted again (403), but its owners manage co-owners.
        get(
            "/projects/new",
            "/projects/new",
            by_policy(Action::ProposeProject),
        ),
        Case {
            method: "POST",
            pattern: "/projects/new",
            path: "/projects/new",
            fields: &[("intent", "draft")],
            expect: [
                SignIn,
                Forbidden,
                Forbidden,
                Status(422),
                Forbidden,
                Forbidden,
                Forbidden,
            ],
        },
        get(
            "/projects/mine",
            "/projects/mine",
            by_policy(Action::ProposeProject),
        ),
        get(
            "/projects/{id}/edit",
            "/projects/{project}/edit",
            [
                SignIn, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden,
            ],
        ),
        Case {
            method: "POST",
            pattern: "/projects/{id}/edit",
            path: "/projects/999999/edit",
            fields: &[("intent", "draft")],
            expect: DELEGATE_404,
        },
        get(
            "/projects/{id}/check",
            "/projects/{project}/check",
            [
                SignIn, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden,
            ],
        ),
        Case {
            method: "POST",
            pattern: "/projects/{id}/submit",
            path: "/projects/999999/submit",
            fields: &[],
            expect: DELEGATE_404,
        },
        Case {
            method: "POST",
            pattern: "/projects/{id}/withdraw",
            path: "/projects/999999/withdraw",
            fields: &[],
            expect: DELEGATE_404,
        },
        Case {
            method: "POST",
            pattern: "/projects/{id}/join",
            path: "/projects/999999/join",
            fields: &[("from", "")],
            expect: DELEGATE_404,
        },
        get(
            "/projects/{id}/co-owners",
            "/projects/{project}/co-owners",
            by_policy(Action::ManageOwnProject),
        ),
        Case {
            method: "POST",
            pattern: "/projects/{id}/co-owners",
            path: "/projects/{project}/co-owners",
            fields: &[("organisation", "")],
            expect: [
                SignIn,
                Forbidden,
                Forbidden,
                Status(422),
                Forbidden,
                Forbidden,
                Forbidden,
            ],
        },
        Case {
            method: "POST",
            pattern: "/co-owner-invitations/{id}",
            path: "/co-owner-invitations/999999",
            fields: &[("answer", "accept")],
            expect: DELEGATE_404,
        },
        Case {
            method: "POST",
            pattern: "/join-requests/{id}",
            path: "/join-requests/999999",
            fields: &[("answer", "accept")],
            expect: DELEGATE_404,
        },
        // Review: reviewers only (never facilitators); an endorsed project is not in review.
        get("/review", "/review", by_policy(Action::Review)),
        get("/review/{id}", "/review/{project}", REVIEWER_404),
        Case {
            method: "POST",
            pattern: "/review/{id}",
            path: "/review/{project}",
            fields: &[("decision", "endorse"), ("comments", "")],
            expect: REVIEWER_404,
        },
        // Following: any signed-in person follows and unfollows (back to the page: 303);
        // feeds are public.
        get("/following", "/following", by_policy(Action::Follow)),
        post_follow("/projects/{id}/follow", "/projects/{project}/follow"),
        post_follow("/projects/{id}/unfollow", "/projects/{project}/unfollow"),
        post_follow("/themes/{code}/follow", "/themes/children/follow"),
        post_follow("/themes/{code}/unfollow", "/themes/children/unfollow"),
        post_follow("/organisations/{id}/follow", "/organisations/{org}/follow"),
        post_follow(
            "/organisations/{id}/unfollow",
            "/organisations/{org}/unfollow",
        ),
        get("/projects.atom", "/projects.atom", ALL_OK),
        get(
            "/projects/{id}/feed.atom",
            "/projects/{project}/feed.atom",
            ALL_OK,
        ),
        get(
            "/themes/{code}/feed.atom",
            "/themes/children/feed.atom",
            ALL_OK,
        ),
        get(
            "/organisations/{id}/feed.atom",
            "/organisations/{org}/feed.atom",
            ALL_OK,
        ),
        // Notifications and preferences: one's own; a form without choices is refused.
        get(
            "/notifications",
            "/notifications",
            by_policy(Action::ManageOwnAccount),
        ),
        post_follow("/notifications/read-all", "/notifications/read-all"),
        Case {
            method: "POST",
            pattern: "/notifications/{id}/read",
            path: "/notifications/999999/read",
            fields: &[],
            expect: signed_in(Status(404)),
        },
        get(
            "/account/notifications",
            "/account/notifications",
            by_policy(Action::ManageOwnAccount),
        ),
        Case {
            method: "POST",
            pattern: "/account/notifications",
            path: "/account/notifications",
            fields: &[],
            expect: signed_in(Status(422)),
        },
        // One-click unsubscribe: the token is the authority (no sign-in, no CSRF token,
        // see `every_post_without_its_csrf_token_is_refused`); an unknown one is a 404.
        get(
            "/unsubscribe/{token}",
            UNKNOWN_UNSUBSCRIBE,
            [Status(404); 7],
        ),
        Case {
            method: "POST",
            pattern: UNSUBSCRIBE,
            path: UNKNOWN_UNSUBSCRIBE,
            fields: &[("List-Unsubscribe", "One-Click")],
            expect: [Status(404); 7],
        },
        // Brokering: facilitators see the queue, candidates and every expression of
        // interest; introductions, expressions of interest and meetings unknown to the
        // database answer 404 to anyone signed in (visitors are sent to sign in first).
        get("/facilitator", "/facilitator", by_policy(Action::Introduce)),
        get(
            "/facilitator/interests",
            "/facilitator/interests",
            by_policy(Action::Introduce),
        ),
        get(
            "/facilitator/projects/{id}",
            "/facilitator/projects/{project}",
            by_policy(Action::Introduce),
        ),
        get(
            "/facilitator/projects/{id}/introduce",
            "/facilitator/projects/{project}/introduce?organisation={org}",
            by_policy(Action::Introduce),
        ),
        Case {
            method: "POST",
            pattern: "/facilitator/projects/{id}/introduce",
            path: "/facilitator/projects/{project}/introduce",
            fields: &[
                ("organisation", "999999"),
                ("role", "supporter"),
                ("message", "Hi"),
            ],
            expect: [
                SignIn,
                Forbidden,
                Forbidden,
                Forbidden,
                Status(404),
                Forbidden,
                Forbidden,
            ],
        },
        get(
            "/introductions/{id}",
            "/introductions/999999",
            UNKNOWN_PRIVATE,
        ),
        get(
            "/introductions/{id}/accept",
            "/introductions/999999/accept",
            UNKNOWN_PRIVATE,
        ),
        get(
            "/introductions/{id}/decline",
            "/introductions/999999/decline",
            UNKNOWN_PRIVATE,
        ),
        Case {
            method: "POST",
            pattern: "/introductions/{id}/accept",
            path: "/introductions/999999/accept",
            fields: &[],
            expect: UNKNOWN_PRIVATE,
        },
        Case {
            method: "POST",
            pattern: "/introductions/{id}/decline",
            path: "/introductions/999999/decline",
            fields: &[("reason", "Not now")],
            expect: UNKNOWN_PRIVATE,
        },
        // Members and delegates express interest; an empty form is refused (422).
        Case {
            method: "POST",
            pattern: "/projects/{id}/interest",
            path: "/projects/{project}/interest",
            fields: &[("offer", "none"), ("message", "")],
            expect: [
                SignIn,
                Forbidden,
                Status(422),
                Status(422),
                Forbidden,
                Forbidden,
                Forbidden,
            ],
        },
        get("/interests/{id}", "/interests/999999", UNKNOWN_PRIVATE),
        Case {
            method: "POST",
            pattern: "/interests/{id}/accept",
            path: "/interests/999999/accept",
            fields: &[("role", "implementer")],
            expect: UNKNOWN_PRIVATE,
        },
        Case {
            method: "POST",
            pattern: "/interests/{id}/decline",
            path: "/interests/999999/decline",
            fields: &[("reason", "Not now")],
            expect: UNKNOWN_PRIVATE,
        },
        // Meetings of a project: facilitators and its managers (the Mexican delegate
        // manages the project under test); an empty form is refused (422).
        get(
            "/projects/{id}/meetings/new",
            "/projects/{project}/meetings/new",
            ARRANGERS_OK,
        ),
        Case {
            method: "POST",
            pattern: "/projects/{id}/meetings/new",
            path: "/projects/{project}/meetings/new",
            fields: &[],
            expect: [
                SignIn,
                Forbidden,
                Forbidden,
                Status(422),
                Status(422),
                Forbidden,
                Forbidden,
            ],
        },
        get("/meetings/{id}", "/meetings/999999", UNKNOWN_PRIVATE),
        get(
            "/meetings/{id}/calendar.ics",
            "/meetings/999999/calendar.ics",
            UNKNOWN_PRIVATE,
        ),
        // One's own calendar feed: its page for anyone signed in; the feed itself is read
        // by calendar programs with the token as the authority (an unknown one is a 404).
        get(
            "/account/calendar",
            "/account/calendar",
            by_policy(Action::ManageOwnAccount),
        ),
        Case {
            method: "POST",
            pattern: "/account/calendar",
            path: "/account/calendar",
            fields: &[],
            expect: signed_in(Status(400)),
        },
        get(
            "/calendar/{token}.ics",
            "/calendar/0000000000000000000000000000000000000000000000000000000000000000.ics",
            [Status(404); 7],
        ),
        get(
            "/meetings/{id}/edit",
            "/meetings/999999/edit",
            UNKNOWN_PRIVATE,
        ),
        Case {
            method: "POST",
            pattern: "/meetings/{id}/answer",
            path: "/meetings/999999/answer",
            fields: &[("answer", "yes")],
            expect: UNKNOWN_PRIVATE,
        },
        Case {
            method: "POST",
            pattern: "/meetings/{id}/notes",
            path: "/meetings/999999/notes",
            fields: &[("notes", "Notes")],
            expect: UNKNOWN_PRIVATE,
        },
        Case {
            method: "POST",
            pattern: "/meetings/{id}/edit",
            path: "/meetings/999999/edit",
            fields: &[],
            expect: UNKNOWN_PRIVATE,
        },
        Case {
            method: "POST",
            pattern: "/meetings/{id}/cancel",
            path: "/meetings/999999/cancel",
            fields: &[],
            expect: UNKNOWN_PRIVATE,
        },
    ]
}

/// The one POST route without a CSRF token: mail clients post to it (RFC 8058).
const UNSUBSCRIBE: &str = "/unsubscribe/{token}";
const UNKNOWN_UNSUBSCRIBE: &str =
    "/unsubscribe/0000000000000000000000000000000000000000000000000000000000000000";

/// Sign-in for visitors, `outcome` for every signed-in role.
fn signed_in(outcome: Outcome) -> [Outcome; 7] {
    ROLES.map(|(role, _)| {
        if role == Role::Visitor {
            SignIn
        } else {
            outcome
        }
    })
}

/// A follow/unfollow (or mark-read) form: visitors sign in, others go back (303).
fn post_follow(pattern: &'static str, path: &'static str) -> Case {
    Case {
        method: "POST",
        pattern,
        path,
        fields: &[],
        expect: signed_in(Status(303)),
    }
}

/// Every `(METHOD, pattern)` registered in `src/web/routes/`.
fn registered_routes() -> BTreeSet<(String, String)> {
    fn walk(dir: &std::path::Path, out: &mut BTreeSet<(String, String)>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, out);
                continue;
            }
            let src = std::fs::read_to_string(&path).unwrap();
            let mut rest = src.as_str();
            while let Some(i) = rest.find(".route(") {
                rest = &rest[i + 7..];
                let Some(q1) = rest.find('"') else { break };
                let Some(q2) = rest[q1 + 1..].find('"') else {
                    break;
                };
                let pattern = &rest[q1 + 1..q1 + 1 + q2];
                let after = &rest[q1 + 1 + q2..];
                let method = ["get", "post", "put", "delete", "patch"]
                    .into_iter()
                    .filter_map(|m| after.find(&format!("web::{m}()")).map(|at| (at, m)))
                    .min()
                    .map(|(_, m)| m.to_uppercase())
                    .unwrap_or_default();
                out.insert((method, pattern.to_owned()));
            }
        }
    }
    let mut out = BTreeSet::new();
    walk(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/web/routes"),
        &mut out,
    );
    out
}

#[test]
fn every_registered_route_is_in_the_table() {
    let listed: BTreeSet<(String, String)> = cases()
        .iter()
        .map(|c| (c.method.to_owned(), c.pattern.to_owned()))
        .collect();
    let missing: Vec<_> = registered_routes().difference(&listed).cloned().collect();
    assert!(
        missing.is_empty(),
        "routes without a row in the permission table: {missing:?}"
    );
}

async fn ids(app: &TestApp) -> (String, String) {
    let project = app.project_id("unaccompanied").await;
    let (_, json) = app.get_json(&format!("/api/v1/projects/{project}")).await;
    let org = json["owners"][0]["id"].as_i64().expect("owner id");
    (project.to_string(), org.to_string())
}

#[tokio::test]
async fn every_route_answers_every_role_as_the_matrix_says() {
    let app = spawn_app().await;
    let (project, org) = ids(&app).await;
    let mut failures = Vec::new();
    for case in cases() {
        let path = case
            .path
            .replace("{project}", &project)
            .replace("{org}", &org);
        for (i, (role, who)) in ROLES.iter().enumerate() {
            let b = app.browser(*who).await;
            let res = match case.method {
                "GET" => b.get(&path).await,
                _ => {
                    let csrf = b.csrf("/").await;
                    let mut fields = vec![("csrf_token", csrf.as_str())];
                    fields.extend_from_slice(case.fields);
                    b.post_form(&path, &fields).await
                }
            };
            let status = res.status().as_u16();
            let location = res
                .headers()
                .get("location")
                .and_then(|v| v.to_str().ok())
                .unwrap_or("")
                .to_owned();
            let got = match (status, location.starts_with("/login")) {
                (200, _) => Ok,
                (303, true) => SignIn,
                (403, _) => Forbidden,
                (s, _) => Status(s),
            };
            if got != case.expect[i] {
                failures.push(format!(
                    "{} {path} as {role}: expected {:?}, got {got:?}",
                    case.method, case.expect[i]
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[tokio::test]
async fn every_post_without_its_csrf_token_is_refused() {
    let app = spawn_app().await;
    let (project, org) = ids(&app).await;
    for case in cases()
        .iter()
        .filter(|c| c.method == "POST" && c.pattern != UNSUBSCRIBE)
    {
        let path = case
            .path
            .replace("{project}", &project)
            .replace("{org}", &org);
        for (role, who) in ROLES {
            let b = app.browser(who).await;
            let res = b.post_form(&path, case.fields).await;
            assert_eq!(
                res.status(),
                403,
                "POST {path} as {role} without a CSRF token"
            );
            let res = b
                .post_form(
                    &path,
                    &[&[("csrf_token", "0".repeat(64).as_str())][..], case.fields].concat(),
                )
                .await;
            assert_eq!(
                res.status(),
                403,
                "POST {path} as {role} with a wrong CSRF token"
            );
        }
    }
}

#[test]
fn the_documented_matrix_is_the_policy() {
    let doc = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/permissions.md"),
    )
    .expect("docs/permissions.md");
    let mut table = String::from("| action |");
    for (role, _) in ROLES {
        table.push_str(&format!(" {role} |"));
    }
    table.push_str("\n|---|");
    table.push_str(&"---|".repeat(ROLES.len()));
    table.push('\n');
    for action in Action::ALL {
        table.push_str(&format!("| {action:?} |"));
        for (role, _) in ROLES {
            table.push_str(if allows(role, *action) {
                " yes |"
            } else {
                " – |"
            });
        }
        table.push('\n');
    }
    assert!(
        doc.contains(&table),
        "docs/permissions.md must contain this table (generated from domain::policy):\n{table}"
    );
}
