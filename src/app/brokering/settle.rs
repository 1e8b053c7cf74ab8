//! How an answer settles an introduction, whoever gives it (a person for their side, or
//! a contact point by its personal link): the recorded answer, closing it, the partner
//! it makes, and the mails; and the introduction mail itself, which proposals, reminders
//! and personal links share.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::send;
use crate::db::code::{code, optional};
use crate::db::queries::brokering::{self as q, IntroductionDetail, Recipient};
use crate::db::queries::people::{AuditEntry, audit};
use crate::db::schema::introductions;
use crate::db::{DbConn, DbError};
use crate::domain::PartnerRole;
use crate::domain::brokering::{Answer, IntroductionState, Side};
use crate::email::brokering::{IntroductionMail, IntroductionOutcomeMail};
use crate::email::{Email, Outbox};
use crate::events::{Event, EventKind, emit};

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
        &introduction_data(d, side, r, facilitator, reminder),
        format!("introduction:{}:{what}:{}", d.intro.id, r.id),
    )
}

pub(super) fn introduction_data(
    d: &IntroductionDetail,
    side: Side,
    r: &Recipient,
    facilitator: String,
    reminder: bool,
) -> IntroductionMail {
    IntroductionMail {
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
        personal: false,
    }
}

fn owners_text(d: &IntroductionDetail) -> String {
    d.owners
        .iter()
        .map(|(_, n)| n.as_str())
        .collect::<Vec<_>>()
        .join(", ")
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

/// Records `side`'s answer on an open introduction (checked by the caller), by the
/// person `actor_id` (`None`: a contact point without an account, by its personal link),
/// and closes it when that settles it.
#[allow(clippy::too_many_arguments)]
pub(super) fn settle(
    conn: &mut DbConn,
    outbox: &Outbox,
    d: &IntroductionDetail,
    side: Side,
    answer: Answer,
    reason: &str,
    actor_id: Option<i32>,
    now: NaiveDateTime,
) -> Result<Result<IntroductionState, AnswerRefusal>, DbError> {
    let id = d.intro.id;
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
            person_id: actor_id,
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
                    actor_id,
                    project_id: Some(d.intro.project_id),
                    organisation_id: Some(d.intro.organisation_id),
                    subject_id: Some(id),
                    summary: reason,
                },
                now,
            )?;
            tell_outcome(conn, outbox, d, state, reason)?;
        }
        IntroductionState::Accepted => {
            close(conn, id, state, "", now)?;
            let role: PartnerRole = code("introductions.role", &d.intro.role)?;
            crate::app::partners::add(
                conn,
                d.intro.project_id,
                d.intro.organisation_id,
                role,
                actor_id,
                now,
            )?;
            emit(
                conn,
                &Event {
                    kind: EventKind::IntroductionAccepted,
                    actor_id,
                    project_id: Some(d.intro.project_id),
                    organisation_id: Some(d.intro.organisation_id),
                    subject_id: Some(id),
                    summary: role.code(),
                },
                now,
            )?;
            tell_outcome(conn, outbox, d, state, "")?;
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
