//! What waits for one person's answer (issue 13, point 3): introductions on their
//! organisation's side (as the candidate, or as an owner of the project), expressions of
//! interest in their government's projects, their unanswered invitations to meetings still
//! to come, and, for delegates, invitations to co-own a project, requests to join one, and
//! new partners of their projects whose needs met they have not said.
//!
//! [`waiting`] loads the lists `/introductions` and the panels show; [`waiting_count`]
//! is the header's number: the same rows, counted, without loading them.

use chrono::NaiveDateTime;
use diesel::dsl::count_star;
use diesel::prelude::*;

use super::{Interest, Introduction, Meeting};
use crate::db::queries::needs::{self, NeedQuestion};
use crate::db::queries::proposals::{self, InvitationView};
use crate::db::schema::{
    co_owner_invitations, interests, introductions, join_requests, meeting_invitees, meetings,
    organisations, project_partners, projects,
};
use crate::db::{DbConn, DbError};
use crate::domain::brokering::{InterestState, IntroductionState, MeetingState, Side};
use crate::domain::policy::{self, Action};
use crate::domain::{AnswerStatus, PartnerRole, Role};

/// Whose answers are looked for, and in which capacities (from the permission table).
#[derive(Debug, Clone, Copy)]
pub struct WaitingFor {
    /// The person (their meeting invitations).
    pub person_id: i32,
    /// Their organisation, if any.
    pub organisation_id: Option<i32>,
    /// They answer introductions of their organisation as a candidate.
    pub as_candidate: bool,
    /// They answer for projects their government owns (introductions, interests,
    /// co-owner invitations, join requests).
    pub as_owner: bool,
}

impl WaitingFor {
    /// What a person in `role` of `organisation_id` answers.
    pub fn of(person_id: i32, role: Role, organisation_id: Option<i32>) -> WaitingFor {
        WaitingFor {
            person_id,
            organisation_id,
            as_candidate: organisation_id
                .is_some_and(|org| policy::answers_for(role, Some(org), org)),
            as_owner: organisation_id.is_some() && policy::allows(role, Action::ManageOwnProject),
        }
    }
}

/// An introduction waiting for one side's answer.
#[derive(Debug, Clone)]
pub struct WaitingIntroduction {
    /// The row.
    pub intro: Introduction,
    /// The project's title.
    pub project_title: String,
    /// Its language.
    pub project_lang: String,
    /// The organisation introduced.
    pub organisation: String,
    /// The side that has not answered.
    pub side: Side,
}

/// An expression of interest waiting for the owners' answer.
#[derive(Debug, Clone)]
pub struct WaitingInterest {
    /// The row.
    pub interest: Interest,
    /// The project's title.
    pub project_title: String,
    /// Its language.
    pub project_lang: String,
    /// The organisation that would like to partner.
    pub organisation: String,
}

/// A meeting still to come that the person has not answered.
#[derive(Debug, Clone)]
pub struct WaitingMeeting {
    /// The row.
    pub meeting: Meeting,
    /// The project's title.
    pub project_title: String,
    /// Its language.
    pub project_lang: String,
}

/// Everything waiting for one person's answer.
#[derive(Debug, Clone, Default)]
pub struct Waiting {
    /// Introductions, soonest deadline first.
    pub introductions: Vec<WaitingIntroduction>,
    /// Expressions of interest, oldest first.
    pub interests: Vec<WaitingInterest>,
    /// Meeting invitations, soonest meeting first.
    pub meetings: Vec<WaitingMeeting>,
    /// Invitations to co-own a project, newest first.
    pub invitations: Vec<InvitationView>,
    /// Requests to join a project, oldest first.
    pub join_requests: Vec<InvitationView>,
    /// New partners whose owners have not said which needs they meet, oldest first.
    pub need_questions: Vec<NeedQuestion>,
}

impl Waiting {
    /// How many things wait.
    pub fn len(&self) -> usize {
        self.introductions.len()
            + self.interests.len()
            + self.meetings.len()
            + self.invitations.len()
            + self.join_requests.len()
            + self.need_questions.len()
    }

    /// Whether nothing waits.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

fn owned_projects(conn: &mut DbConn, org: i32) -> Result<Vec<i32>, DbError> {
    Ok(project_partners::table
        .filter(project_partners::organisation_id.eq(org))
        .filter(project_partners::role.eq(PartnerRole::Owner.code()))
        .select(project_partners::project_id)
        .load(conn)?)
}

/// Everything waiting for `who`'s answer at `now`.
pub fn waiting(conn: &mut DbConn, who: WaitingFor, now: NaiveDateTime) -> Result<Waiting, DbError> {
    let mut out = Waiting {
        meetings: meetings_waiting(conn, who.person_id, now)?,
        ..Waiting::default()
    };
    let Some(org) = who.organisation_id else {
        return Ok(out);
    };
    let open = IntroductionState::Proposed.code();
    type Row = (Introduction, String, String, String);
    if who.as_candidate {
        let rows: Vec<Row> = introductions::table
            .inner_join(projects::table)
            .inner_join(organisations::table)
            .filter(introductions::organisation_id.eq(org))
            .filter(introductions::state.eq(open))
            .filter(introductions::candidate_answer.is_null())
            .select((
                Introduction::as_select(),
                projects::title,
                projects::lang,
                organisations::name,
            ))
            .load(conn)?;
        out.introductions.extend(
            rows.into_iter()
                .map(|(intro, t, l, o)| WaitingIntroduction {
                    intro,
                    project_title: t,
                    project_lang: l,
                    organisation: o,
                    side: Side::Candidate,
                }),
        );
    }
    if who.as_owner {
        let owned = owned_projects(conn, org)?;
        let rows: Vec<Row> = introductions::table
            .inner_join(projects::table)
            .inner_join(organisations::table)
            .filter(introductions::project_id.eq_any(&owned))
            .filter(introductions::state.eq(open))
            .filter(introductions::project_answer.is_null())
            .select((
                Introduction::as_select(),
                projects::title,
                projects::lang,
                organisations::name,
            ))
            .load(conn)?;
        out.introductions.extend(
            rows.into_iter()
                .map(|(intro, t, l, o)| WaitingIntroduction {
                    intro,
                    project_title: t,
                    project_lang: l,
                    organisation: o,
                    side: Side::Project,
                }),
        );
        let rows: Vec<(Interest, String, String, String)> = interests::table
            .inner_join(projects::table)
            .inner_join(organisations::table)
            .filter(interests::project_id.eq_any(&owned))
            .filter(interests::state.eq(InterestState::Open.code()))
            .order((interests::created_at, interests::id))
            .select((
                Interest::as_select(),
                projects::title,
                projects::lang,
                organisations::name,
            ))
            .load(conn)?;
        out.interests = rows
            .into_iter()
            .map(|(interest, t, l, o)| WaitingInterest {
                interest,
                project_title: t,
                project_lang: l,
                organisation: o,
            })
            .collect();
        out.invitations = proposals::invitations_for(conn, org)?;
        out.join_requests = proposals::join_requests_to(conn, org)?;
        out.need_questions = needs::questions_for(conn, &owned)?;
    }
    out.introductions
        .sort_by_key(|w| (w.intro.expires_at, w.intro.id));
    Ok(out)
}

fn meetings_waiting(
    conn: &mut DbConn,
    person_id: i32,
    now: NaiveDateTime,
) -> Result<Vec<WaitingMeeting>, DbError> {
    let rows: Vec<(Meeting, String, String)> = meetings::table
        .inner_join(meeting_invitees::table)
        .inner_join(projects::table)
        .filter(meeting_invitees::person_id.eq(person_id))
        .filter(meeting_invitees::answer.is_null())
        .filter(meetings::state.eq(MeetingState::Planned.code()))
        .filter(meetings::starts_at.gt(now))
        .order((meetings::starts_at, meetings::id))
        .select((Meeting::as_select(), projects::title, projects::lang))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(meeting, t, l)| WaitingMeeting {
            meeting,
            project_title: t,
            project_lang: l,
        })
        .collect())
}

/// How many things wait for `who`'s answer at `now`: the header's number (counts only).
pub fn waiting_count(
    conn: &mut DbConn,
    who: WaitingFor,
    now: NaiveDateTime,
) -> Result<i64, DbError> {
    let mut n: i64 = meeting_invitees::table
        .inner_join(meetings::table)
        .filter(meeting_invitees::person_id.eq(who.person_id))
        .filter(meeting_invitees::answer.is_null())
        .filter(meetings::state.eq(MeetingState::Planned.code()))
        .filter(meetings::starts_at.gt(now))
        .select(count_star())
        .first(conn)?;
    let Some(org) = who.organisation_id else {
        return Ok(n);
    };
    let open = IntroductionState::Proposed.code();
    if who.as_candidate {
        n += introductions::table
            .filter(introductions::organisation_id.eq(org))
            .filter(introductions::state.eq(open))
            .filter(introductions::candidate_answer.is_null())
            .select(count_star())
            .first::<i64>(conn)?;
    }
    if who.as_owner {
        let owned = owned_projects(conn, org)?;
        let pending = AnswerStatus::Pending.code();
        n += introductions::table
            .filter(introductions::project_id.eq_any(&owned))
            .filter(introductions::state.eq(open))
            .filter(introductions::project_answer.is_null())
            .select(count_star())
            .first::<i64>(conn)?;
        n += interests::table
            .filter(interests::project_id.eq_any(&owned))
            .filter(interests::state.eq(InterestState::Open.code()))
            .select(count_star())
            .first::<i64>(conn)?;
        n += co_owner_invitations::table
            .filter(co_owner_invitations::organisation_id.eq(org))
            .filter(co_owner_invitations::status.eq(pending))
            .select(count_star())
            .first::<i64>(conn)?;
        n += join_requests::table
            .filter(join_requests::project_id.eq_any(&owned))
            .filter(join_requests::status.eq(pending))
            .select(count_star())
            .first::<i64>(conn)?;
        n += needs::question_count(conn, &owned)?;
    }
    Ok(n)
}
