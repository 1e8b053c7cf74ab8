//! Co-owners: the owners invite another government; one of its delegates accepts (it
//! becomes an owner) or declines.

use super::{Answer, Asked};
use crate::db::queries::partners;
use crate::db::queries::people::{AuditEntry, audit};
use crate::db::schema::{co_owner_invitations, organisations};
use crate::db::{DbConn, DbError};
use crate::domain::{AnswerStatus, PartnerRole};
use crate::events::{Event, EventKind, emit};
use chrono::NaiveDateTime;
use diesel::prelude::*;

/// Invites government `org` to co-own project `id`.
pub fn invite_co_owner(
    conn: &mut DbConn,
    id: i32,
    org: i32,
    actor_id: i32,
    now: NaiveDateTime,
) -> Result<Asked, DbError> {
    if partners::owner_ids(conn, id)?.contains(&org) {
        return Ok(Asked::AlreadyOwner);
    }
    let pending: i64 = co_owner_invitations::table
        .filter(co_owner_invitations::project_id.eq(id))
        .filter(co_owner_invitations::organisation_id.eq(org))
        .filter(co_owner_invitations::status.eq(AnswerStatus::Pending.code()))
        .count()
        .get_result(conn)?;
    if pending > 0 {
        return Ok(Asked::AlreadyPending);
    }
    let row: i32 = diesel::insert_into(co_owner_invitations::table)
        .values((
            co_owner_invitations::project_id.eq(id),
            co_owner_invitations::organisation_id.eq(org),
            co_owner_invitations::invited_by.eq(Some(actor_id)),
            co_owner_invitations::status.eq(AnswerStatus::Pending.code()),
            co_owner_invitations::created_at.eq(now),
        ))
        .returning(co_owner_invitations::id)
        .get_result(conn)?;
    let name: String = organisations::table
        .find(org)
        .select(organisations::name)
        .first(conn)?;
    audit(
        conn,
        &AuditEntry {
            person_id: Some(actor_id),
            action: "project.co_owner_invited",
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
            kind: EventKind::CoOwnerInvited,
            actor_id: Some(actor_id),
            project_id: Some(id),
            organisation_id: Some(org),
            subject_id: Some(row),
            summary: "",
        },
        now,
    )?;
    Ok(Asked::Done)
}

/// Government `org` accepts or declines invitation `invitation`; accepted, it becomes an
/// owner (through [`partners::add`]: public history entry and event).
pub fn answer_invitation(
    conn: &mut DbConn,
    invitation: i32,
    org: i32,
    accept: bool,
    actor_id: i32,
    now: NaiveDateTime,
) -> Result<Answer, DbError> {
    let Some(project_id) = co_owner_invitations::table
        .find(invitation)
        .filter(co_owner_invitations::organisation_id.eq(org))
        .filter(co_owner_invitations::status.eq(AnswerStatus::Pending.code()))
        .select(co_owner_invitations::project_id)
        .first::<i32>(conn)
        .optional()?
    else {
        return Ok(Answer::NotFound);
    };
    let status = if accept {
        AnswerStatus::Accepted
    } else {
        AnswerStatus::Declined
    };
    diesel::update(co_owner_invitations::table.find(invitation))
        .set((
            co_owner_invitations::status.eq(status.code()),
            co_owner_invitations::answered_by.eq(Some(actor_id)),
            co_owner_invitations::answered_at.eq(Some(now)),
        ))
        .execute(conn)?;
    if accept {
        crate::app::partners::add(
            conn,
            project_id,
            org,
            PartnerRole::Owner,
            Some(actor_id),
            now,
        )?;
    } else {
        let name: String = organisations::table
            .find(org)
            .select(organisations::name)
            .first(conn)?;
        audit(
            conn,
            &AuditEntry {
                person_id: Some(actor_id),
                action: "project.co_owner_declined",
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
