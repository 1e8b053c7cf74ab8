//! Partners of a project: who owns it, adding and removing partners. Owners add partners
//! by hand; accepted introductions and expressions of interest add them too, all through
//! [`add`], so every new partnership leaves the same audit entry and event.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::{project_partners, projects};
use crate::db::{DbConn, DbError};
use crate::domain::PartnerRole;

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

/// Marks a project as changed now (lists order by it).
pub fn touch(conn: &mut DbConn, project_id: i32, now: NaiveDateTime) -> Result<(), DbError> {
    diesel::update(projects::table.find(project_id))
        .set(projects::updated_at.eq(now))
        .execute(conn)?;
    Ok(())
}
