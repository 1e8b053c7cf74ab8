//! Introductions: propose, answer (each side for its organisation), and the mails both
//! sides get. Reminding and expiring them is the sweeper's (`sweeper.rs`).

use std::time::Duration;

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::{send, span};
use crate::db::queries::brokering::{self as q, IntroductionDetail};
use crate::db::queries::contacts::{self, ContactPoint};
use crate::db::queries::partners;
use crate::db::queries::people::{AuditEntry, audit};
use crate::db::schema::{introductions, organisations, projects};
use crate::db::{DbConn, DbError};
use crate::domain::Actor;
use crate::domain::brokering::{Answer, IntroductionState, Side};
use crate::domain::policy;
use crate::domain::{Language, PartnerRole, PublicationState};
use crate::email::Outbox;
use crate::events::{Event, EventKind, emit};

// The sweeper keeps its path here too (`web/startup.rs` spawns `introductions::run_sweeper`).
pub use super::settle::AnswerRefusal;
use super::settle::{introduction_mail, settle};
pub use super::sweeper::{SweepReport, run_sweeper, sweep};

/// What a facilitator proposes.
#[derive(Debug, Clone)]
pub struct Proposal {
    /// The project.
    pub project_id: i32,
    /// The organisation introduced.
    pub organisation_id: i32,
    /// The role proposed (never owner).
    pub role: PartnerRole,
    /// The personal message (checked).
    pub message: String,
    /// Language the message is written in.
    pub lang: Language,
}

/// Why an introduction cannot be proposed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProposalRefusal {
    /// No such public project.
    UnknownProject,
    /// No such organisation.
    UnknownOrganisation,
    /// It already takes part in the project.
    AlreadyPartner,
    /// An introduction of it to this project is waiting for answers.
    AlreadyOpen,
    /// Nobody can answer for the project (no owner, or no delegate of one).
    NoProjectContact,
    /// Nobody can answer for the organisation (no member or delegate has an account).
    NoCandidateContact,
}

/// Proposes an introduction: stores it, emails both sides, records the event.
pub fn propose(
    conn: &mut DbConn,
    outbox: &Outbox,
    expiry: Duration,
    facilitator: &Actor,
    p: &Proposal,
    now: NaiveDateTime,
) -> Result<Result<i32, ProposalRefusal>, DbError> {
    let project: Option<String> = projects::table
        .find(p.project_id)
        .filter(projects::status.ne(PublicationState::Draft.code()))
        .select(projects::title)
        .first(conn)
        .optional()?;
    let Some(project_title) = project else {
        return Ok(Err(ProposalRefusal::UnknownProject));
    };
    let organisation: Option<String> = organisations::table
        .find(p.organisation_id)
        .select(organisations::name)
        .first(conn)
        .optional()?;
    let Some(organisation) = organisation else {
        return Ok(Err(ProposalRefusal::UnknownOrganisation));
    };
    if partners::partner_ids(conn, p.project_id)?.contains(&p.organisation_id) {
        return Ok(Err(ProposalRefusal::AlreadyPartner));
    }
    let open: i64 = introductions::table
        .filter(introductions::project_id.eq(p.project_id))
        .filter(introductions::organisation_id.eq(p.organisation_id))
        .filter(introductions::state.eq(IntroductionState::Proposed.code()))
        .count()
        .get_result(conn)?;
    if open > 0 {
        return Ok(Err(ProposalRefusal::AlreadyOpen));
    }
    let project_side = q::project_side(conn, p.project_id)?;
    if project_side.is_empty() {
        return Ok(Err(ProposalRefusal::NoProjectContact));
    }
    let candidate_side = q::organisation_side(conn, p.organisation_id)?;
    // Its contact points are reached too, but for addresses that already have an account
    // there (those answer inside the platform) and those that bounced.
    let contacts: Vec<ContactPoint> = contacts::of_organisations(conn, &[p.organisation_id])?
        .into_iter()
        .filter(|c| c.reachable() && !candidate_side.iter().any(|r| r.email == c.email))
        .collect();
    if candidate_side.is_empty() && contacts.is_empty() {
        return Ok(Err(ProposalRefusal::NoCandidateContact));
    }
    let expires_at = now + span(expiry);
    let id: i32 = diesel::insert_into(introductions::table)
        .values((
            introductions::project_id.eq(p.project_id),
            introductions::organisation_id.eq(p.organisation_id),
            introductions::role.eq(p.role.code()),
            introductions::message.eq(&p.message),
            introductions::lang.eq(p.lang.code()),
            introductions::state.eq(IntroductionState::Proposed.code()),
            introductions::proposed_by.eq(Some(facilitator.id)),
            introductions::decline_reason.eq(""),
            introductions::expires_at.eq(expires_at),
            introductions::created_at.eq(now),
            introductions::updated_at.eq(now),
        ))
        .returning(introductions::id)
        .get_result(conn)?;
    let after = format!("{organisation} → {project_title} ({})", p.role.code());
    audit(
        conn,
        &AuditEntry {
            person_id: Some(facilitator.id),
            action: "introduction.proposed",
            subject_type: "introduction",
            subject_id: Some(id),
            before: "",
            after: &after,
            public: false,
        },
        now,
    )?;
    emit(
        conn,
        &Event {
            kind: EventKind::IntroductionProposed,
            actor_id: Some(facilitator.id),
            project_id: Some(p.project_id),
            organisation_id: Some(p.organisation_id),
            subject_id: Some(id),
            summary: p.role.code(),
        },
        now,
    )?;
    let Some(detail) = q::introduction(conn, id)? else {
        return Err(DbError::Query(diesel::result::Error::NotFound));
    };
    let sides = [
        (Side::Project, project_side),
        (Side::Candidate, candidate_side),
    ];
    for (side, people) in sides {
        for r in &people {
            send(
                conn,
                outbox,
                introduction_mail(&detail, side, r, facilitator.name.clone(), false),
            )?;
        }
    }
    super::replies::mail_contacts(conn, outbox, &detail, &contacts, &facilitator.name, now)?;
    Ok(Ok(id))
}

/// The side `person` answers for on this introduction, if any: the candidate's members
/// and delegates answer for it, the owners' delegates for the project.
pub fn side_of(person: &Actor, d: &IntroductionDetail) -> Option<Side> {
    if policy::answers_for(person.role, person.organisation_id, d.intro.organisation_id) {
        return Some(Side::Candidate);
    }
    let owners: Vec<i32> = d.owners.iter().map(|(id, _)| *id).collect();
    policy::manages_project(person.role, person.organisation_id, &owners).then_some(Side::Project)
}

/// Records `person`'s answer for their side. Both accepted → partnership and contacts;
/// a decline → both sides hear why. Returns the introduction's state afterwards.
pub fn answer(
    conn: &mut DbConn,
    outbox: &Outbox,
    person: &Actor,
    id: i32,
    answer: Answer,
    reason: &str,
    now: NaiveDateTime,
) -> Result<Result<IntroductionState, AnswerRefusal>, DbError> {
    let Some(d) = q::introduction(conn, id)? else {
        return Ok(Err(AnswerRefusal::NotFound));
    };
    let Some(side) = side_of(person, &d) else {
        return Ok(Err(AnswerRefusal::NotYours));
    };
    if d.intro.state != IntroductionState::Proposed.code() {
        return Ok(Err(AnswerRefusal::Closed));
    }
    let mine = match side {
        Side::Project => &d.intro.project_answer,
        Side::Candidate => &d.intro.candidate_answer,
    };
    if mine.is_some() {
        return Ok(Err(AnswerRefusal::AlreadyAnswered));
    }
    settle(conn, outbox, &d, side, answer, reason, Some(person.id), now)
}
