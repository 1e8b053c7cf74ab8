//! Asking to join a similar project instead of proposing a duplicate: the proposer's
//! government asks, the project's owners accept (it becomes a co-owner) or decline.

use super::{Answer, Asked};
use crate::db::queries::partners;
use crate::db::queries::people::{AuditEntry, audit};
use crate::db::schema::{join_requests, organisations};
use crate::db::{DbConn, DbError};
use crate::domain::{AnswerStatus, PartnerRole};
use crate::events::{Event, EventKind, emit};
use chrono::NaiveDateTime;
use diesel::prelude::*;

/// Government `org` asks to join public project `id` as co-owner, coming from its own
/// proposal `from` (which it keeps as a draft).
pub fn request_join(
    conn: &mut DbConn,
    id: i32,
    from: Option<i32>,
    actor: &super::draft::Proposer,
    now: NaiveDateTime,
) -> Result<Asked, DbError> {
    if partners::owner_ids(conn, id)?.contains(&actor.organisation_id) {
        return Ok(Asked::AlreadyOwner);
    }
    let pending: i64 = join_requests::table
        .filter(join_requests::project_id.eq(id))
        .filter(join_requests::organisation_id.eq(actor.organisation_id))
        .filter(join_requests::status.eq(AnswerStatus::Pending.code()))
        .count()
        .get_result(conn)?;
    if pending > 0 {
        return Ok(Asked::AlreadyPending);
    }
    let row: i32 = diesel::insert_into(join_requests::table)
        .values((
            join_requests::project_id.eq(id),
            join_requests::organisation_id.eq(actor.organisation_id),
            join_requests::from_project_id.eq(from),
            join_requests::requested_by.eq(Some(actor.person_id)),
            join_requests::status.eq(AnswerStatus::Pending.code()),
            join_requests::created_at.eq(now),
        ))
        .returning(join_requests::id)
        .get_result(conn)?;
    let name: String = organisations::table
        .find(actor.organisation_id)
        .select(organisations::name)
        .first(conn)?;
    audit(
        conn,
        &AuditEntry {
            person_id: Some(actor.person_id),
            action: "project.join_requested",
            subject_type: "project",
            subject_id: Some(id),
            before: "",
            after: &name,
            public: false,
        },
        now,
    )?;
    // The invited government (or the owners asked) hear of it, in the app and by mail,
    // with a link to where they answer (issue 13, point 3).
    emit(
        conn,
        &Event {
            kind: EventKind::JoinRequested,
            actor_id: Some(actor.person_id),
            project_id: Some(id),
            organisation_id: Some(actor.organisation_id),
            subject_id: Some(row),
            summary: "",
        },
        now,
    )?;
    Ok(Asked::Done)
}

/// An owner (a delegate of government `org`) accepts or declines join request `request`;
/// accepted, the requesting government becomes an owner.
pub fn answer_join(
    conn: &mut DbConn,
    request: i32,
    org: i32,
    accept: bool,
    actor_id: i32,
    now: NaiveDateTime,
) -> Result<Answer, DbError> {
    let Some((project_id, requester)) = join_requests::table
        .find(request)
        .filter(join_requests::status.eq(AnswerStatus::Pending.code()))
        .select((join_requests::project_id, join_requests::organisation_id))
        .first::<(i32, i32)>(conn)
        .optional()?
    else {
        return Ok(Answer::NotFound);
    };
    if !partners::owner_ids(conn, project_id)?.contains(&org) {
        return Ok(Answer::NotFound);
    }
    let status = if accept {
        AnswerStatus::Accepted
    } else {
        AnswerStatus::Declined
    };
    diesel::update(join_requests::table.find(request))
        .set((
            join_requests::status.eq(status.code()),
            join_requests::answered_by.eq(Some(actor_id)),
            join_requests::answered_at.eq(Some(now)),
        ))
        .execute(conn)?;
    if accept {
        crate::app::partners::add(
            conn,
            project_id,
            requester,
            PartnerRole::Owner,
            Some(actor_id),
            now,
        )?;
    } else {
        let name: String = organisations::table
            .find(requester)
            .select(organisations::name)
            .first(conn)?;
        audit(
            conn,
            &AuditEntry {
                person_id: Some(actor_id),
                action: "project.join_declined",
                subject_type: "project",
                subject_id: Some(project_id),
                before: "",
                after: &name,
                public: false,
            },
            now,
        )?;
    }
    Ok(Answer::Done)
}
