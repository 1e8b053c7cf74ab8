//! Expressions of interest: an organisation says it would like to partner; the project's
//! managers accept (choosing the role) or decline (with a reason).

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::send;
use crate::db::queries::brokering::{self as q, Recipient};
use crate::db::queries::partners;
use crate::db::queries::people::{AuditEntry, audit};
use crate::db::schema::{interests, organisations, projects};
use crate::db::{DbConn, DbError};
use crate::domain::Actor;
use crate::domain::brokering::InterestState;
use crate::domain::policy::{self, Action};
use crate::domain::{Language, NeedKind, PartnerRole, PublicationState};
use crate::email::brokering::{InterestMail, InterestOutcomeMail};
use crate::email::{Email, Outbox};
use crate::events::{Event, EventKind, emit};

/// Why interest cannot be expressed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExpressRefusal {
    /// No such public project.
    UnknownProject,
    /// The person speaks for no organisation (or may not express interest).
    NoOrganisation,
    /// Their organisation already takes part (or owns it).
    AlreadyPartner,
    /// Their organisation's earlier expression is still waiting for an answer.
    AlreadyOpen,
}

/// Whether `person`'s organisation may say it would like to partner in a project whose
/// partners (owners included) are `partner_ids`.
pub fn may_express(person: &Actor, partner_ids: &[i32]) -> Result<i32, ExpressRefusal> {
    let Some(org) = person.organisation_id else {
        return Err(ExpressRefusal::NoOrganisation);
    };
    if !policy::allows(person.role, Action::ExpressInterest) {
        return Err(ExpressRefusal::NoOrganisation);
    }
    if partner_ids.contains(&org) {
        return Err(ExpressRefusal::AlreadyPartner);
    }
    Ok(org)
}

/// What an organisation says when it would like to partner.
#[derive(Debug, Clone)]
pub struct Expression {
    /// The project.
    pub project_id: i32,
    /// What it offers.
    pub offer: NeedKind,
    /// Its message (checked).
    pub message: String,
    /// Language of the message.
    pub lang: Language,
}

/// Records an expression of interest and tells the project's managers.
pub fn express(
    conn: &mut DbConn,
    outbox: &Outbox,
    person: &Actor,
    e: &Expression,
    now: NaiveDateTime,
) -> Result<Result<i32, ExpressRefusal>, DbError> {
    let (project_id, offer, message, lang) = (e.project_id, e.offer, e.message.as_str(), e.lang);
    let project: Option<String> = projects::table
        .find(project_id)
        .filter(projects::status.ne(PublicationState::Draft.code()))
        .select(projects::title)
        .first(conn)
        .optional()?;
    let Some(project_title) = project else {
        return Ok(Err(ExpressRefusal::UnknownProject));
    };
    let org = match may_express(person, &partners::partner_ids(conn, project_id)?) {
        Ok(org) => org,
        Err(e) => return Ok(Err(e)),
    };
    let open: i64 = interests::table
        .filter(interests::project_id.eq(project_id))
        .filter(interests::organisation_id.eq(org))
        .filter(interests::state.eq(InterestState::Open.code()))
        .count()
        .get_result(conn)?;
    if open > 0 {
        return Ok(Err(ExpressRefusal::AlreadyOpen));
    }
    let id: i32 = diesel::insert_into(interests::table)
        .values((
            interests::project_id.eq(project_id),
            interests::organisation_id.eq(org),
            interests::person_id.eq(Some(person.id)),
            interests::offer.eq(offer.code()),
            interests::message.eq(message),
            interests::lang.eq(lang.code()),
            interests::state.eq(InterestState::Open.code()),
            interests::decline_reason.eq(""),
            interests::created_at.eq(now),
            interests::updated_at.eq(now),
        ))
        .returning(interests::id)
        .get_result(conn)?;
    let organisation: String = organisations::table
        .find(org)
        .select(organisations::name)
        .first(conn)?;
    let after = format!("{organisation} → {project_title} ({})", offer.code());
    audit(
        conn,
        &AuditEntry {
            person_id: Some(person.id),
            action: "interest.expressed",
            subject_type: "interest",
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
            kind: EventKind::InterestExpressed,
            actor_id: Some(person.id),
            project_id: Some(project_id),
            organisation_id: Some(org),
            subject_id: Some(id),
            summary: offer.code(),
        },
        now,
    )?;
    for r in q::project_side(conn, project_id)? {
        send(
            conn,
            outbox,
            Email::new(
                &r.email,
                r.lang,
                &InterestMail {
                    name: r.name.clone(),
                    person: person.name.clone(),
                    organisation: organisation.clone(),
                    project_title: project_title.clone(),
                    offer: offer.code().to_owned(),
                    message: message.to_owned(),
                    path: format!("/interests/{id}"),
                },
                format!("interest:{id}:expressed:{}", r.id),
            ),
        )?;
    }
    Ok(Ok(id))
}

/// Why an answer to an expression of interest was not taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InterestAnswerRefusal {
    /// No such expression of interest.
    NotFound,
    /// The person does not manage the project.
    NotYours,
    /// Already answered.
    Closed,
}

/// The managers' decision.
#[derive(Debug, Clone)]
pub enum Decision {
    /// Make the organisation a partner in this role.
    Accept(PartnerRole),
    /// Decline, with this reason.
    Decline(String),
}

/// Accepts (→ partner) or declines an expression of interest, and tells the organisation.
pub fn decide(
    conn: &mut DbConn,
    outbox: &Outbox,
    person: &Actor,
    id: i32,
    decision: &Decision,
    now: NaiveDateTime,
) -> Result<Result<InterestState, InterestAnswerRefusal>, DbError> {
    let Some(item) = q::interest(conn, id)? else {
        return Ok(Err(InterestAnswerRefusal::NotFound));
    };
    let i = &item.interest;
    let owners = partners::owner_ids(conn, i.project_id)?;
    if !policy::manages_project(person.role, person.organisation_id, &owners) {
        return Ok(Err(InterestAnswerRefusal::NotYours));
    }
    let (state, role, reason) = match decision {
        Decision::Accept(role) => (InterestState::Accepted, Some(role.code()), ""),
        Decision::Decline(reason) => (InterestState::Declined, None, reason.as_str()),
    };
    let changed = diesel::update(
        interests::table
            .filter(interests::id.eq(id))
            .filter(interests::state.eq(InterestState::Open.code())),
    )
    .set((
        interests::state.eq(state.code()),
        interests::role.eq(role),
        interests::decline_reason.eq(reason),
        interests::answered_by.eq(Some(person.id)),
        interests::answered_at.eq(Some(now)),
        interests::updated_at.eq(now),
    ))
    .execute(conn)?;
    if changed == 0 {
        return Ok(Err(InterestAnswerRefusal::Closed));
    }
    audit(
        conn,
        &AuditEntry {
            person_id: Some(person.id),
            action: match state {
                InterestState::Accepted => "interest.accepted",
                _ => "interest.declined",
            },
            subject_type: "interest",
            subject_id: Some(id),
            before: InterestState::Open.code(),
            after: role.unwrap_or(reason),
            public: false,
        },
        now,
    )?;
    let managers = q::project_side(conn, i.project_id)?;
    if let Decision::Accept(role) = decision {
        crate::app::partners::add(
            conn,
            i.project_id,
            i.organisation_id,
            *role,
            Some(person.id),
            now,
        )?;
    }
    let contacts = if state == InterestState::Accepted {
        managers.iter().map(Recipient::contact).collect()
    } else {
        Vec::new()
    };
    for r in q::organisation_side(conn, i.organisation_id)? {
        send(
            conn,
            outbox,
            Email::new(
                &r.email,
                r.lang,
                &InterestOutcomeMail {
                    name: r.name.clone(),
                    accepted: state == InterestState::Accepted,
                    project_title: item.project_title.clone(),
                    organisation: item.organisation.clone(),
                    role: role.unwrap_or_default().to_owned(),
                    reason: reason.to_owned(),
                    contacts: contacts.clone(),
                    path: format!("/projects/{}", i.project_id),
                },
                format!("interest:{id}:{}:{}", state.code(), r.id),
            ),
        )?;
    }
    Ok(Ok(state))
}
