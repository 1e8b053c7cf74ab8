//! Partners of a project: who owns it, adding and removing partners. Owners add partners
//! by hand; accepted introductions and expressions of interest add them too, all through
//! [`add`], so every new partnership leaves the same audit entry and event.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::people::{AuditEntry, audit};
use crate::db::schema::{organisations, project_partners, projects};
use crate::db::{DbConn, DbError};
use crate::domain::PartnerRole;
use crate::events::{Event, EventKind, emit};

/// Ids of the organisations (governments) that own a project.
pub fn owner_ids(conn: &mut DbConn, project_id: i32) -> Result<Vec<i32>, DbError> {
    Ok(project_partners::table
        .filter(project_partners::project_id.eq(project_id))
        .filter(project_partners::role.eq(PartnerRole::Owner.code()))
        .select(project_partners::organisation_id)
        .order(project_partners::organisation_id)
        .load(conn)?)
}

/// Ids of every organisation taking part in a project, in any role (owners included).
pub fn partner_ids(conn: &mut DbConn, project_id: i32) -> Result<Vec<i32>, DbError> {
    Ok(project_partners::table
        .filter(project_partners::project_id.eq(project_id))
        .select(project_partners::organisation_id)
        .distinct()
        .order(project_partners::organisation_id)
        .load(conn)?)
}

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
    touch(conn, project_id, now)?;
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
    touch(conn, project_id, now)?;
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

/// Marks a project as changed now (lists order by it).
pub fn touch(conn: &mut DbConn, project_id: i32, now: NaiveDateTime) -> Result<(), DbError> {
    diesel::update(projects::table.find(project_id))
        .set(projects::updated_at.eq(now))
        .execute(conn)?;
    Ok(())
}
