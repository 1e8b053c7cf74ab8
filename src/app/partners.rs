//! A project's partners: adding one with its role (an owner's decision, or an accepted
//! introduction or expression of interest) and removing one, with the history entry and
//! the `PartnerAdded` event; a new partner other than an owner puts the question "which
//! needs does it meet?" to the owners, and an ended partnership reopens what it met.

use crate::db::queries::people::{AuditEntry, audit};
use crate::db::schema::{organisations, project_partners};
use crate::db::{DbConn, DbError};
use crate::domain::PartnerRole;
use crate::events::{Event, EventKind, emit};
use chrono::NaiveDateTime;
use diesel::prelude::*;

/// Makes `organisation_id` a partner of `project_id` in `role`, with a public history
/// entry and a [`EventKind::PartnerAdded`] event. Returns `false` (and records nothing)
/// if it already is one in that role.
pub fn add(
    conn: &mut DbConn,
    project_id: i32,
    organisation_id: i32,
    role: PartnerRole,
    actor_id: Option<i32>,
    now: NaiveDateTime,
) -> Result<bool, DbError> {
    let exists: i64 = project_partners::table
        .filter(project_partners::project_id.eq(project_id))
        .filter(project_partners::organisation_id.eq(organisation_id))
        .filter(project_partners::role.eq(role.code()))
        .count()
        .get_result(conn)?;
    if exists > 0 {
        return Ok(false);
    }
    diesel::insert_into(project_partners::table)
        .values((
            project_partners::project_id.eq(project_id),
            project_partners::organisation_id.eq(organisation_id),
            project_partners::role.eq(role.code()),
            project_partners::created_at.eq(now),
        ))
        .execute(conn)?;
    crate::db::queries::partners::touch(conn, project_id, now)?;
    let name: String = organisations::table
        .find(organisation_id)
        .select(organisations::name)
        .first(conn)?;
    let after = format!("{name} ({})", role.code());
    audit(
        conn,
        &AuditEntry {
            person_id: actor_id,
            action: "project.partner_added",
            subject_type: "project",
            subject_id: Some(project_id),
            before: "",
            after: &after,
            public: true,
        },
        now,
    )?;
    emit(
        conn,
        &Event {
            kind: EventKind::PartnerAdded,
            actor_id,
            project_id: Some(project_id),
            organisation_id: Some(organisation_id),
            subject_id: None,
            summary: role.code(),
        },
        now,
    )?;
    if role != PartnerRole::Owner {
        // Owners are asked which needs the new partner meets (issue 13, point 5).
        crate::db::queries::needs::ask(conn, project_id, organisation_id, now)?;
    }
    Ok(true)
}

/// Ends `organisation_id`'s partnership in `role`, with a public history entry. Returns
/// `false` if there was none.
pub fn remove(
    conn: &mut DbConn,
    project_id: i32,
    organisation_id: i32,
    role: PartnerRole,
    actor_id: Option<i32>,
    now: NaiveDateTime,
) -> Result<bool, DbError> {
    let removed = diesel::delete(
        project_partners::table
            .filter(project_partners::project_id.eq(project_id))
            .filter(project_partners::organisation_id.eq(organisation_id))
            .filter(project_partners::role.eq(role.code())),
    )
    .execute(conn)?;
    if removed == 0 {
        return Ok(false);
    }
    if !crate::db::queries::needs::is_partner(conn, project_id, organisation_id)? {
        // What it met is open again.
        crate::db::queries::needs::forget(conn, project_id, organisation_id)?;
    }
    crate::db::queries::partners::touch(conn, project_id, now)?;
    let name: String = organisations::table
        .find(organisation_id)
        .select(organisations::name)
        .first(conn)?;
    let before = format!("{name} ({})", role.code());
    audit(
        conn,
        &AuditEntry {
            person_id: actor_id,
            action: "project.partner_removed",
            subject_type: "project",
            subject_id: Some(project_id),
            before: &before,
            after: "",
            public: true,
        },
        now,
    )?;
    Ok(true)
}
