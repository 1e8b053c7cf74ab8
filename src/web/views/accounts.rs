//! Pages of the account flows: invitations, joining, registration, password reset, and
//! the answer to a link from a mail that cannot be used.

use actix_web::HttpResponse;
use actix_web::http::StatusCode;
use askama::Template;

use super::Ctx;
use super::parts::FormErrors;
use crate::app::accounts::{INVITATION, Link, PASSWORD_RESET, VERIFICATION};
use crate::db::queries::organisations::OrganisationChoice;
use crate::domain::Role;
use crate::web::error::AppError;
use crate::web::respond::html;

/// What the invitation form holds, as typed.
#[derive(Debug, Clone, Default)]
pub struct InviteValues {
    /// Address.
    pub email: String,
    /// Name.
    pub name: String,
    /// Role code.
    pub role: String,
    /// Organisation code (empty: none).
    pub organisation: String,
    /// Language code of the invitation.
    pub language: String,
}

/// `/invitations/new`
#[derive(Template)]
#[template(path = "invitations/new.html")]
pub struct InvitePage {
    /// Page context.
    pub ctx: Ctx,
    /// The form as typed.
    pub values: InviteValues,
    /// The roles this inviter may give, in the policy's order.
    pub roles: Vec<Role>,
    /// Governments (for delegates), by name.
    pub governments: Vec<OrganisationChoice>,
    /// Other organisations (for members), by name; empty when no member may be invited.
    pub others: Vec<OrganisationChoice>,
    /// Whether a role without organisation (facilitator, reviewer) is offered.
    pub offer_none: bool,
    /// Days the invitation link works.
    pub valid_days: i64,
    /// Problems.
    pub errors: FormErrors,
    /// The confirmation of an invitation just sent, already translated.
    pub notice: Option<String>,
}

impl InvitePage {
    /// Whether `role` is offered.
    pub fn offers(&self, role: Role) -> bool {
        self.roles.contains(&role)
    }
}

/// `/join/{token}`: the invited person chooses a password.
#[derive(Template)]
#[template(path = "invitations/join.html")]
pub struct JoinPage {
    /// Page context.
    pub ctx: Ctx,
    /// The token of the link (the form posts back to it).
    pub token: String,
    /// Address of the account.
    pub email: String,
    /// Role given.
    pub role: Role,
    /// Organisation's name, if any.
    pub organisation: Option<String>,
    /// Name as typed (prefilled with the inviter's spelling).
    pub name: String,
    /// Problems.
    pub errors: FormErrors,
}

/// `/register`
#[derive(Template)]
#[template(path = "auth/register.html")]
pub struct RegisterPage {
    /// Page context.
    pub ctx: Ctx,
    /// Name as typed.
    pub name: String,
    /// Address as typed.
    pub email: String,
    /// Language code as chosen.
    pub language: String,
    /// Problems.
    pub errors: FormErrors,
}

/// "Check your e-mail": the answer to a registration or a password reset request, the
/// same whether or not the address has an account.
#[derive(Template)]
#[template(path = "auth/mail_sent.html")]
pub struct MailSentPage {
    /// Page context.
    pub ctx: Ctx,
    /// What was sent and how long its link works, already translated.
    pub lead: String,
    /// Translation key of what to do when nothing arrives.
    pub hint_key: &'static str,
}

/// `/password/forgot`
#[derive(Template)]
#[template(path = "auth/forgot.html")]
pub struct ForgotPage {
    /// Page context.
    pub ctx: Ctx,
    /// Address as typed.
    pub email: String,
    /// Problems.
    pub errors: FormErrors,
}

/// `/password/reset/{token}`
#[derive(Template)]
#[template(path = "auth/reset.html")]
pub struct ResetPage {
    /// Page context.
    pub ctx: Ctx,
    /// The token of the link (the form posts back to it).
    pub token: String,
    /// Address of the account.
    pub email: String,
    /// Problems.
    pub errors: FormErrors,
}

/// A link from a mail that cannot be used: unknown (404), expired or used (410).
#[derive(Template)]
#[template(path = "auth/link.html")]
pub struct LinkPage {
    /// Page context.
    pub ctx: Ctx,
    /// HTTP status, as text.
    pub status: String,
    /// Translation key of the heading.
    pub title_key: &'static str,
    /// Translation key of what to do next.
    pub advice_key: &'static str,
}

/// The page for a link of `purpose` that cannot be used: 404 when unknown, 410 Gone when
/// expired or already used, each saying what to do instead. (A valid link is not a
/// problem: the caller handles it; it is answered as unknown here.)
pub fn link_problem(ctx: Ctx, purpose: &str, link: &Link) -> Result<HttpResponse, AppError> {
    let (status, title_key, advice_key) = match link {
        Link::Unknown | Link::Valid(_) => (
            StatusCode::NOT_FOUND,
            "link-unknown-title",
            "link-unknown-advice",
        ),
        Link::Expired => (
            StatusCode::GONE,
            "link-expired-title",
            match purpose {
                INVITATION => "link-invitation-expired",
                VERIFICATION => "link-verification-expired",
                PASSWORD_RESET => "link-reset-expired",
                _ => "link-unknown-advice",
            },
        ),
        Link::Used => (
            StatusCode::GONE,
            "link-used-title",
            match purpose {
                INVITATION => "link-invitation-used",
                VERIFICATION => "link-verification-used",
                PASSWORD_RESET => "link-reset-used",
                _ => "link-unknown-advice",
            },
        ),
    };
    html(
        status,
        &LinkPage {
            ctx,
            status: status.as_u16().to_string(),
            title_key,
            advice_key,
        },
    )
}
