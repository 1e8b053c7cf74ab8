//! Introductions: propose, answer (each side for its organisation), and the mails both
//! sides get. Reminding and expiring them is the sweeper's (`sweeper.rs`).

use std::time::Duration;

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::{send, span};
use crate::db::code::{code, optional};
use crate::db::queries::brokering::{self as q, IntroductionDetail, Recipient};
use crate::db::queries::partners;
use crate::db::queries::people::{AuditEntry, audit};
use crate::db::schema::{introductions, organisations, projects};
use crate::db::{DbConn, DbError};
use crate::domain::Actor;
use crate::domain::brokering::{Answer, IntroductionState, Side};
use crate::domain::policy;
use crate::domain::{Language, PartnerRole, PublicationState};
use crate::email::brokering::{IntroductionMail, IntroductionOutcomeMail};
use crate::email::{Email, Outbox};
use crate::events::{Event, EventKind, emit};

// The sweeper keeps its path here too (`web/startup.rs` spawns `introductions::run_sweeper`).
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
    if candidate_side.is_empty() {
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
    Ok(Ok(id))
}

pub(super) fn introduction_mail(
    d: &IntroductionDetail,
    side: Side,
    r: &Recipient,
    facilitator: String,
    reminder: bool,
) -> Result<Email, crate::email::EmailError> {
    let what = if reminder { "reminder" } else { "proposed" };
    Email::new(
        &r.email,
        r.lang,
        &IntroductionMail {
            name: r.name.clone(),
            side: side.code().to_owned(),
            reminder,
            facilitator,
            project_title: d.project_title.clone(),
            organisation: d.organisation.clone(),
            owners: owners_text(d),
            role: d.intro.role.clone(),
            message: d.intro.message.clone(),
            path: format!("/introductions/{}", d.intro.id),
            expires_on: d.intro.expires_at.date(),
        },
        format!("introduction:{}:{what}:{}", d.intro.id, r.id),
    )
}

fn owners_text(d: &IntroductionDetail) -> String {
    d.owners
        .iter()
        .map(|(_, n)| n.as_str())
        .collect::<Vec<_>>()
        .join(", ")
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

/// Why an answer was not taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AnswerRefusal {
    /// No such introduction.
    NotFound,
    /// The person answers for neither side.
    NotYours,
    /// It is no longer waiting for answers (accepted, declined or expired).
    Closed,
    /// This side has already answered.
    AlreadyAnswered,
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
    // Claimed by one conditional update: of two people answering for the same side at
    // once, the second finds the answer taken.
    let open = introductions::table
        .filter(introductions::id.eq(id))
        .filter(introductions::state.eq(IntroductionState::Proposed.code()));
    let changed = match side {
        Side::Project => diesel::update(open.filter(introductions::project_answer.is_null()))
            .set((
                introductions::project_answer.eq(answer.code()),
                introductions::updated_at.eq(now),
            ))
            .execute(conn)?,
        Side::Candidate => diesel::update(open.filter(introductions::candidate_answer.is_null()))
            .set((
                introductions::candidate_answer.eq(answer.code()),
                introductions::updated_at.eq(now),
            ))
            .execute(conn)?,
    };
    if changed == 0 {
        return Ok(Err(AnswerRefusal::AlreadyAnswered));
    }
    let (mut project, mut candidate): (Option<Answer>, Option<Answer>) = (
        optional(
            "introductions.project_answer",
            d.intro.project_answer.as_deref(),
        )?,
        optional(
            "introductions.candidate_answer",
            d.intro.candidate_answer.as_deref(),
        )?,
    );
    match side {
        Side::Project => project = Some(answer),
        Side::Candidate => candidate = Some(answer),
    }
    let state = IntroductionState::after(project, candidate);
    let after = format!("{}: {}", side.code(), answer.code());
    audit(
        conn,
        &AuditEntry {
            person_id: Some(person.id),
            action: "introduction.answered",
            subject_type: "introduction",
            subject_id: Some(id),
            before: "",
            after: &after,
            public: false,
        },
        now,
    )?;
    match state {
        IntroductionState::Proposed | IntroductionState::Expired => {}
        IntroductionState::Declined => {
            close(conn, id, state, reason, now)?;
            emit(
                conn,
                &Event {
                    kind: EventKind::IntroductionDeclined,
                    actor_id: Some(person.id),
                    project_id: Some(d.intro.project_id),
                    organisation_id: Some(d.intro.organisation_id),
                    subject_id: Some(id),
                    summary: reason,
                },
                now,
            )?;
            tell_outcome(conn, outbox, &d, state, reason)?;
        }
        IntroductionState::Accepted => {
            close(conn, id, state, "", now)?;
            let role: PartnerRole = code("introductions.role", &d.intro.role)?;
            crate::app::partners::add(
                conn,
                d.intro.project_id,
                d.intro.organisation_id,
                role,
                Some(person.id),
                now,
            )?;
            emit(
                conn,
                &Event {
                    kind: EventKind::IntroductionAccepted,
                    actor_id: Some(person.id),
                    project_id: Some(d.intro.project_id),
                    organisation_id: Some(d.intro.organisation_id),
                    subject_id: Some(id),
                    summary: role.code(),
                },
                now,
            )?;
            tell_outcome(conn, outbox, &d, state, "")?;
        }
    }
    Ok(Ok(state))
}

fn close(
    conn: &mut DbConn,
    id: i32,
    state: IntroductionState,
    reason: &str,
    now: NaiveDateTime,
) -> Result<(), DbError> {
    diesel::update(introductions::table.find(id))
        .set((
            introductions::state.eq(state.code()),
            introductions::decline_reason.eq(reason),
            introductions::closed_at.eq(Some(now)),
            introductions::updated_at.eq(now),
        ))
        .execute(conn)?;
    audit(
        conn,
        &AuditEntry {
            person_id: None,
            action: match state {
                IntroductionState::Accepted => "introduction.accepted",
                IntroductionState::Declined => "introduction.declined",
                _ => "introduction.expired",
            },
            subject_type: "introduction",
            subject_id: Some(id),
            before: IntroductionState::Proposed.code(),
            after: reason,
            public: false,
        },
        now,
    )
}

/// Mails both sides how the introduction ended; when accepted, each gets the other's
/// contacts.
pub(super) fn tell_outcome(
    conn: &mut DbConn,
    outbox: &Outbox,
    d: &IntroductionDetail,
    state: IntroductionState,
    reason: &str,
) -> Result<(), DbError> {
    let project_side = q::project_side(conn, d.intro.project_id)?;
    let candidate_side = q::organisation_side(conn, d.intro.organisation_id)?;
    let accepted = state == IntroductionState::Accepted;
    let contacts = |people: &[Recipient]| {
        if accepted {
            people.iter().map(Recipient::contact).collect()
        } else {
            Vec::new()
        }
    };
    let sides = [
        (&project_side, contacts(&candidate_side)),
        (&candidate_side, contacts(&project_side)),
    ];
    for (people, others) in sides {
        for r in people {
            send(
                conn,
                outbox,
                Email::new(
                    &r.email,
                    r.lang,
                    &IntroductionOutcomeMail {
                        name: r.name.clone(),
                        outcome: state.code().to_owned(),
                        project_title: d.project_title.clone(),
                        organisation: d.organisation.clone(),
                        role: d.intro.role.clone(),
                        reason: reason.to_owned(),
                        contacts: others.clone(),
                        path: format!("/projects/{}", d.intro.project_id),
                    },
                    format!("introduction:{}:{}:{}", d.intro.id, state.code(), r.id),
                ),
            )?;
        }
    }
    Ok(())
}
