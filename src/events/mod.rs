//! The event record every notifying use case writes.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::events;
use crate::db::{DbConn, DbError};

/// What happened. Codes are stable: they are stored, used in preferences and in
/// unsubscribe links.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EventKind {
    /// A project was submitted for review (reviewers hear of it).
    ProjectSubmitted,
    /// A reviewer endorsed, declined or asked for changes (owners hear of it).
    ReviewDecision,
    /// The project moved to another stage.
    StageChanged,
    /// An owner posted a progress update.
    UpdatePosted,
    /// A milestone was marked done.
    MilestoneReached,
    /// An organisation became a partner.
    PartnerAdded,
    /// Someone asked a question on the project.
    QuestionAsked,
    /// An owner answered a question.
    QuestionAnswered,
    /// A facilitator proposed an introduction.
    IntroductionProposed,
    /// Both sides accepted an introduction.
    IntroductionAccepted,
    /// One side declined an introduction.
    IntroductionDeclined,
    /// An introduction is about to expire unanswered.
    IntroductionExpiring,
    /// An organisation said it would like to partner.
    InterestExpressed,
    /// A meeting was proposed.
    MeetingProposed,
    /// A meeting's time, place or agenda changed (or it was cancelled).
    MeetingChanged,
    /// An active project has had no update for too long (owners hear of it).
    UpdateOverdue,
    /// The owners invited another government to co-own their project (it hears of it).
    CoOwnerInvited,
    /// A government asked to join a project as a co-owner (the owners hear of it).
    JoinRequested,
}

impl EventKind {
    /// Every kind, in the order preferences list them.
    pub const ALL: &'static [EventKind] = &[
        EventKind::ProjectSubmitted,
        EventKind::ReviewDecision,
        EventKind::StageChanged,
        EventKind::UpdatePosted,
        EventKind::MilestoneReached,
        EventKind::PartnerAdded,
        EventKind::QuestionAsked,
        EventKind::QuestionAnswered,
        EventKind::IntroductionProposed,
        EventKind::IntroductionAccepted,
        EventKind::IntroductionDeclined,
        EventKind::IntroductionExpiring,
        EventKind::InterestExpressed,
        EventKind::MeetingProposed,
        EventKind::MeetingChanged,
        EventKind::UpdateOverdue,
        EventKind::CoOwnerInvited,
        EventKind::JoinRequested,
    ];

    /// The stable code.
    pub fn code(self) -> &'static str {
        match self {
            EventKind::ProjectSubmitted => "project_submitted",
            EventKind::ReviewDecision => "review_decision",
            EventKind::StageChanged => "stage_changed",
            EventKind::UpdatePosted => "update_posted",
            EventKind::MilestoneReached => "milestone_reached",
            EventKind::PartnerAdded => "partner_added",
            EventKind::QuestionAsked => "question_asked",
            EventKind::QuestionAnswered => "question_answered",
            EventKind::IntroductionProposed => "introduction_proposed",
            EventKind::IntroductionAccepted => "introduction_accepted",
            EventKind::IntroductionDeclined => "introduction_declined",
            EventKind::IntroductionExpiring => "introduction_expiring",
            EventKind::InterestExpressed => "interest_expressed",
            EventKind::MeetingProposed => "meeting_proposed",
            EventKind::MeetingChanged => "meeting_changed",
            EventKind::UpdateOverdue => "update_overdue",
            EventKind::CoOwnerInvited => "co_owner_invited",
            EventKind::JoinRequested => "join_requested",
        }
    }

    /// The kind with this code.
    pub fn from_code(code: &str) -> Option<EventKind> {
        EventKind::ALL.iter().copied().find(|k| k.code() == code)
    }
}

/// One thing that happened, as a use case reports it.
#[derive(Debug, Clone)]
pub struct Event<'a> {
    /// What happened.
    pub kind: EventKind,
    /// Who did it (never notified of their own act); `None` for the system.
    pub actor_id: Option<i32>,
    /// The project concerned, if any.
    pub project_id: Option<i32>,
    /// The organisation concerned, if any (the partner added, the one introduced…).
    pub organisation_id: Option<i32>,
    /// The row the event is about, by kind: question id for questions and answers,
    /// introduction id for introductions, meeting id for meetings, update id for
    /// updates, milestone id for milestones, interest id for interests, invitation id for
    /// co-owner invitations, request id for join requests.
    pub subject_id: Option<i32>,
    /// A short plain-text summary in the author's words (new stage code, update text
    /// excerpt, decision code…), at most a few hundred characters.
    pub summary: &'a str,
}

/// Records `event` (inside the caller's transaction) and returns its id.
pub fn emit(conn: &mut DbConn, event: &Event<'_>, now: NaiveDateTime) -> Result<i32, DbError> {
    let id = diesel::insert_into(events::table)
        .values((
            events::kind.eq(event.kind.code()),
            events::actor_id.eq(event.actor_id),
            events::project_id.eq(event.project_id),
            events::organisation_id.eq(event.organisation_id),
            events::subject_id.eq(event.subject_id),
            events::summary.eq(event.summary),
            events::created_at.eq(now),
        ))
        .returning(events::id)
        .get_result(conn)?;
    Ok(id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for k in EventKind::ALL {
            assert_eq!(EventKind::from_code(k.code()), Some(*k));
        }
        assert_eq!(EventKind::from_code("nothing"), None);
    }
}
