//! Queries, by what they read or write. Every function takes a connection; callers run
//! them through [`crate::db::Db::read`] or [`crate::db::Db::write`].

pub mod admin;
pub mod audit;
pub mod brokering;
pub mod calendar_feeds;
pub mod contacts;
pub mod following;
pub mod matching_inputs;
pub mod needs;
pub mod organisations;
pub mod outcomes;
pub mod partners;
pub mod people;
pub mod profiles;
pub mod progress;
pub mod projects;
pub mod proposals;
pub mod questions;
pub mod resources;
pub mod seed;
pub mod themes;

/// The backend type of [`crate::db::DbConn`], for boxed queries.
pub type Backend = <crate::db::DbConn as diesel::Connection>::Backend;

use diesel::prelude::*;

/// Whether the database answers and its schema can be read (used by `/healthz`).
pub fn ping(conn: &mut crate::db::DbConn) -> Result<(), crate::db::DbError> {
    use crate::db::schema::themes;
    themes::table
        .select(themes::code)
        .first::<String>(conn)
        .optional()
        .map(|_| ())
        .map_err(Into::into)
}

/// Whether the database holds no organisation and no project yet.
pub fn is_empty(conn: &mut crate::db::DbConn) -> Result<bool, crate::db::DbError> {
    use crate::db::schema::{organisations, projects};
    let orgs: i64 = organisations::table.count().get_result(conn)?;
    let projs: i64 = projects::table.count().get_result(conn)?;
    Ok(orgs == 0 && projs == 0)
}
