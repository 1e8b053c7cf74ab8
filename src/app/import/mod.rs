//! `pfp import FILE.json`: organisations (with their profiles), projects (with needs,
//! owners and partners) and engagements from a JSON file (format in README.md, example
//! in `docs/import-example.json`).
//!
//! Everything is checked before anything is written, and every problem is reported with
//! its JSON path (`projects[3].needs[0].kind: unknown need code "money"`); then the whole
//! file is written in one transaction, or nothing is.
//!
//! Idempotent on codes: an organisation or project whose `code` is already in the
//! database is **updated** (its fields replaced; an organisation's profile, a project's
//! themes, countries, needs, owners and partners replaced by the file's), so importing
//! the same file twice changes nothing the second time. An engagement identical to one
//! already recorded (same organisation, kind, session and description) is skipped. A code
//! given twice in the same file is an error. References (owners, partners, engagements)
//! may name organisations of the file or of the database; owners must be governments.
//!
//! Here: [`run`], the whole import, and what it reports. The parts, one file each:
//! - `parse.rs` ([`parse()`]): the whole file checked, with its references and duplicates;
//!   `records.rs` reads one organisation, project or engagement, `reader.rs` one JSON
//!   object, collecting the paths of its problems;
//! - `write.rs` ([`write()`]): a checked file written, its rows added or updated.

mod parse;
mod reader;
mod records;
mod write;

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::code::code;
use crate::db::schema::organisations;
use crate::db::{DbConn, DbError};
use crate::domain::OrganisationKind;

pub use parse::{ImportFile, parse};
pub use records::{ImportEngagement, ImportOrganisation, ImportProject};
pub use write::{ImportReport, write};

/// Organisation codes and kinds already in the database.
pub fn existing_organisations(
    conn: &mut DbConn,
) -> Result<HashMap<String, OrganisationKind>, DbError> {
    let rows: Vec<(String, String)> = organisations::table
        .select((organisations::code, organisations::kind))
        .load(conn)?;
    rows.into_iter()
        .map(|(c, k)| Ok((c, code("organisations.kind", &k)?)))
        .collect()
}

/// Why an import did not happen.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// The file has problems; nothing was written.
    #[error("{} problem(s), nothing imported:\n{}", .0.len(), .0.join("\n"))]
    Invalid(Vec<String>),
    /// The database failed; nothing was written.
    #[error(transparent)]
    Db(#[from] DbError),
}

/// Checks and writes `json` in one transaction: all or nothing.
pub fn run(conn: &mut DbConn, json: &str, now: NaiveDateTime) -> Result<ImportReport, ImportError> {
    crate::db::in_transaction(conn, |c| {
        let existing = existing_organisations(c)?;
        match parse(json, &existing) {
            Ok(file) => Ok(Ok(write(c, &file, now)?)),
            Err(problems) => Ok(Err(problems)),
        }
    })?
    .map_err(ImportError::Invalid)
}
