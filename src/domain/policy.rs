//! Who may do what: the one place permissions are decided. It reads like the table of
//! `vocabulary.md` (and `docs/permissions.md`, the matrix a test keeps in step).
//! Handlers ask before acting; templates ask before showing a button.

use super::Role;

/// Something a person may try to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    /// Read public pages, search, feeds, open data.
    ReadPublic,
    /// See and change one's own account.
    ManageOwnAccount,
    /// Follow projects, themes and organisations.
    Follow,
    /// Ask a question on a project.
    AskQuestion,
    /// Edit one's own organisation's profile.
    EditOwnOrganisation,
    /// Express interest in a project on behalf of one's organisation.
    ExpressInterest,
    /// Accept or decline an introduction for one's organisation.
    AnswerIntroduction,
    /// Propose a project on behalf of one's government.
    ProposeProject,
    /// Edit and move through stages a project one's government owns.
    ManageOwnProject,
    /// See every project, drafts included.
    SeeAllProjects,
    /// Link prospective partners (introductions).
    Introduce,
    /// Arrange meetings.
    ArrangeMeeting,
    /// Hide abusive content.
    Moderate,
    /// Endorse, request changes to or decline submitted projects.
    Review,
    /// Invite a delegate of a government.
    InviteDelegate,
    /// Invite a member of an organisation.
    InviteMember,
    /// Invite a facilitator.
    InviteFacilitator,
    /// Invite a reviewer.
    InviteReviewer,
    /// Create, edit and merge organisations.
    ManageOrganisations,
    /// Change people's roles, deactivate them.
    ManagePeople,
    /// Browse the audit log.
    ViewAudit,
    /// See the mail outbox and retry dead letters.
    ManageMail,
    /// Add and remove library resources that belong to no project.
    CurateLibrary,
    /// Keep the contact points of any organisation (those nobody of it has an account
    /// for are reached through them).
    KeepContacts,
}

impl Action {
    /// Every action, for the permission matrix and its test.
    pub const ALL: &'static [Action] = &[
        Action::ReadPublic,
        Action::ManageOwnAccount,
        Action::Follow,
        Action::AskQuestion,
        Action::EditOwnOrganisation,
        Action::ExpressInterest,
        Action::AnswerIntroduction,
        Action::ProposeProject,
        Action::ManageOwnProject,
        Action::SeeAllProjects,
        Action::Introduce,
        Action::ArrangeMeeting,
        Action::Moderate,
        Action::Review,
        Action::InviteDelegate,
        Action::InviteMember,
        Action::InviteFacilitator,
        Action::InviteReviewer,
        Action::ManageOrganisations,
        Action::ManagePeople,
        Action::ViewAudit,
        Action::ManageMail,
        Action::CurateLibrary,
        Action::KeepContacts,
    ];
}

/// Whether a person in `role` may do `action`. `Role::Visitor` is anyone not signed in.
pub fn allows(role: Role, action: Action) -> bool {
    use Action::*;
    use Role::*;
    let signed_in = role != Visitor;
    match action {
        // visitor: read every public page, search, feeds, open data
        ReadPublic => true,
        // observer: follow projects, themes and organisations; ask questions
        ManageOwnAccount | Follow | AskQuestion => signed_in,
        // member: edit its organisation's profile; express interest; answer introductions
        // (a delegate may all a member may)
        EditOwnOrganisation | ExpressInterest | AnswerIntroduction => {
            matches!(role, Member | Delegate)
        }
        // delegate: propose, own, edit and move its government's projects
        ProposeProject | ManageOwnProject => role == Delegate,
        // facilitator: see every project; introductions; meetings; moderate;
        // invites delegates of a government and members of any organisation
        SeeAllProjects | Introduce | ArrangeMeeting | Moderate => role == Facilitator,
        // the Support Unit keeps the resource library (e.g. migration profiles of
        // countries, whoever publishes them) beside projects' own resources
        CurateLibrary => role == Facilitator,
        // contact points of any organisation, so the facilitator can introduce it
        KeepContacts => matches!(role, Facilitator | Administrator),
        InviteDelegate => matches!(role, Facilitator | Administrator),
        InviteMember => role == Facilitator,
        // reviewer: endorse, request changes to, or decline submitted projects
        Review => role == Reviewer,
        // administrator: organisations, people and roles; invites facilitators and reviewers
        InviteFacilitator | InviteReviewer | ManageOrganisations | ManagePeople | ViewAudit
        | ManageMail => role == Administrator,
    }
}

/// Whether a person in `role`, of organisation `organisation_id`, manages a project owned
/// by the organisations `owner_ids`: delegates of an owning government do (edit, move
/// through stages, post updates, answer questions, add partners).
pub fn manages_project(role: Role, organisation_id: Option<i32>, owner_ids: &[i32]) -> bool {
    allows(role, Action::ManageOwnProject)
        && organisation_id.is_some_and(|org| owner_ids.contains(&org))
}

/// Whether a person in `role` follows up projects' progress: sees the "update overdue"
/// flag and the follow-up list. Delegates do for their government's projects (those they
/// manage), facilitators for every project.
pub fn follows_up_progress(role: Role) -> bool {
    allows(role, Action::ManageOwnProject) || allows(role, Action::SeeAllProjects)
}

/// Whether a person may add resources to, or remove them from, a project owned by
/// `owner_ids`, or the library itself (`None`): a project's managers for its resources,
/// curators of the library for resources of no project.
pub fn manages_resources(
    role: Role,
    organisation_id: Option<i32>,
    owner_ids: Option<&[i32]>,
) -> bool {
    match owner_ids {
        Some(owners) => manages_project(role, organisation_id, owners),
        None => allows(role, Action::CurateLibrary),
    }
}

/// Whether a person sees a project in publication state `status` (and what hangs on it,
/// such as its resources): everyone once it is out of draft; a draft only its managers
/// and those who see every project.
pub fn sees_project(
    role: Role,
    organisation_id: Option<i32>,
    owner_ids: &[i32],
    status: super::PublicationState,
) -> bool {
    status.is_public()
        || allows(role, Action::SeeAllProjects)
        || manages_project(role, organisation_id, owner_ids)
}

/// Whether a person in `role`, of organisation `organisation_id`, may answer for
/// `organisation` (an introduction to it, or an invitation it received): members and
/// delegates answer for their own organisation only.
pub fn answers_for(role: Role, organisation_id: Option<i32>, organisation: i32) -> bool {
    allows(role, Action::AnswerIntroduction) && organisation_id == Some(organisation)
}

/// Whether a person may add, change and remove the contact points of `organisation`:
/// facilitators and administrators for any, members and delegates for their own.
pub fn keeps_contacts(role: Role, organisation_id: Option<i32>, organisation: i32) -> bool {
    allows(role, Action::KeepContacts)
        || (allows(role, Action::EditOwnOrganisation) && organisation_id == Some(organisation))
}

/// Whether a person may propose, change and cancel meetings of a project and keep its
/// notes: facilitators, and the people who manage the project ([`manages_project`]).
pub fn arranges_meetings(role: Role, organisation_id: Option<i32>, owner_ids: &[i32]) -> bool {
    allows(role, Action::ArrangeMeeting) || manages_project(role, organisation_id, owner_ids)
}

/// The roles an inviter in `role` may give to the people they invite.
pub fn invitable_roles(role: Role) -> Vec<Role> {
    let mut roles = Vec::new();
    if allows(role, Action::InviteFacilitator) {
        roles.push(Role::Facilitator);
    }
    if allows(role, Action::InviteReviewer) {
        roles.push(Role::Reviewer);
    }
    if allows(role, Action::InviteDelegate) {
        roles.push(Role::Delegate);
    }
    if allows(role, Action::InviteMember) {
        roles.push(Role::Member);
    }
    roles
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn visitors_only_read() {
        for a in Action::ALL {
            assert_eq!(allows(Role::Visitor, *a), *a == Action::ReadPublic, "{a:?}");
        }
    }

    #[test]
    fn the_support_unit_never_reviews_and_reviewers_never_broker() {
        assert!(!allows(Role::Facilitator, Action::Review));
        assert!(!allows(Role::Reviewer, Action::Introduce));
        assert!(!allows(Role::Administrator, Action::Review));
    }

    #[test]
    fn only_delegates_propose_and_they_may_all_a_member_may() {
        for role in Role::ALL {
            assert_eq!(
                allows(*role, Action::ProposeProject),
                *role == Role::Delegate
            );
        }
        for a in [
            Action::EditOwnOrganisation,
            Action::ExpressInterest,
            Action::AnswerIntroduction,
        ] {
            assert!(allows(Role::Delegate, a) && allows(Role::Member, a));
        }
    }

    #[test]
    fn only_delegates_of_an_owner_manage_a_project() {
        assert!(manages_project(Role::Delegate, Some(3), &[1, 3]));
        assert!(!manages_project(Role::Delegate, Some(2), &[1, 3]));
        assert!(!manages_project(Role::Delegate, None, &[1, 3]));
        assert!(!manages_project(Role::Member, Some(3), &[3]));
        assert!(!manages_project(Role::Facilitator, Some(3), &[3]));
    }

    #[test]
    fn managers_and_facilitators_follow_up_progress() {
        for role in Role::ALL {
            assert_eq!(
                follows_up_progress(*role),
                matches!(role, Role::Delegate | Role::Facilitator),
                "{role:?}"
            );
        }
    }

    #[test]
    fn resources_follow_their_project_or_the_library() {
        assert!(manages_resources(Role::Delegate, Some(3), Some(&[3])));
        assert!(!manages_resources(Role::Delegate, Some(2), Some(&[3])));
        assert!(!manages_resources(Role::Facilitator, None, Some(&[3])));
        assert!(manages_resources(Role::Facilitator, None, None));
        assert!(!manages_resources(Role::Delegate, Some(3), None));
        assert!(!manages_resources(Role::Administrator, None, None));
    }

    #[test]
    fn drafts_are_seen_by_their_managers_and_facilitators_only() {
        use crate::domain::PublicationState::{Draft, Submitted};
        assert!(sees_project(Role::Visitor, None, &[3], Submitted));
        assert!(!sees_project(Role::Visitor, None, &[3], Draft));
        assert!(!sees_project(Role::Delegate, Some(2), &[3], Draft));
        assert!(sees_project(Role::Delegate, Some(3), &[3], Draft));
        assert!(sees_project(Role::Facilitator, None, &[3], Draft));
    }

    #[test]
    fn organisations_answer_for_themselves_and_meetings_are_for_brokers_and_managers() {
        assert!(answers_for(Role::Member, Some(4), 4));
        assert!(answers_for(Role::Delegate, Some(4), 4));
        assert!(!answers_for(Role::Member, Some(5), 4));
        assert!(!answers_for(Role::Facilitator, None, 4));
        assert!(!answers_for(Role::Observer, Some(4), 4));
        assert!(arranges_meetings(Role::Facilitator, None, &[1]));
        assert!(arranges_meetings(Role::Delegate, Some(1), &[1]));
        assert!(!arranges_meetings(Role::Delegate, Some(2), &[1]));
        assert!(!arranges_meetings(Role::Reviewer, None, &[1]));
        assert!(!arranges_meetings(Role::Member, Some(1), &[1]));
    }

    #[test]
    fn who_invites_whom() {
        assert_eq!(
            invitable_roles(Role::Administrator),
            vec![Role::Facilitator, Role::Reviewer, Role::Delegate]
        );
        assert_eq!(
            invitable_roles(Role::Facilitator),
            vec![Role::Delegate, Role::Member]
        );
        assert!(invitable_roles(Role::Delegate).is_empty());
    }
}
