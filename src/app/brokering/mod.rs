//! Brokering (issue 6, points 4–6): the Support Unit links prospective partners.
//!
//! - **Introductions** ([`introductions`]): a facilitator proposes an organisation to a
//!   project in a role, with a personal message. Two sides answer, each for its own
//!   organisation: the *project* side (delegates of the owning governments) and the
//!   *candidate* side (members and delegates of the organisation introduced). Both accept
//!   → the organisation becomes a partner in the proposed role (through
//!   `queries::partners::add`) and each side receives the other's contacts; either
//!   declines (with a reason) → it ends, and the project's ranking leaves that
//!   organisation out for a while (`queries::brokering::recently_declined`). Unanswered,
//!   it expires after `PFP_INTRODUCTION_EXPIRY_DAYS` (21), with a reminder to whoever has
//!   not answered `PFP_INTRODUCTION_REMINDER_DAYS` (3) before.
//! - **Expressions of interest** ([`interests`]): a member or delegate of an organisation
//!   that is not yet part of a project says it would like to partner, offering a kind of
//!   help; the owners' delegates accept (choosing the role) or decline (with a reason).
//! - **Meetings** ([`meetings`]): facilitators and a project's managers propose a meeting
//!   to some of its partners (after an accepted introduction: the two organisations);
//!   everyone of those organisations receives an iCalendar invitation, answers yes or no
//!   on the platform; changes and cancellation send an update with a higher SEQUENCE;
//!   notes are kept afterwards.
//!
//! Every use case runs in one transaction with its audit entry, its event
//! (`notify::emit`) and its mail (outbox), so a refused or failed change sends nothing.
//! Links in mail lead to pages that show what is asked with the buttons (GET never
//! changes anything); a signed-out reader signs in and comes back to that page.
//!
//! The **sweeper** ([`sweeper`]) runs in every `pfp serve` instance. Several instances
//! may sweep at once: each reminder and each expiry is claimed by one conditional update
//! (`… WHERE state = 'proposed' AND reminded_at IS NULL`), so only the instance whose
//! update changed the row sends the mail, and outbox dedupe keys make a repeat harmless.

/// How many days an organisation that declined a project stays out of its candidates
/// (the facilitator's list and the matches API).
pub const DECLINED_DAYS: i64 = 180;

pub mod interests;
pub mod introductions;
pub mod link_renewal;
pub mod meetings;
pub mod replies;
mod settle;
pub mod sweeper;

use std::time::Duration;

use crate::db::DbError;
use crate::email::{Email, EmailError, Outbox};

/// A message that cannot be built is a bug (addresses come from the database, which
/// only holds checked ones): it fails the transaction like a query would.
pub(crate) fn mail_error(e: EmailError) -> DbError {
    DbError::Query(diesel::result::Error::QueryBuilderError(Box::new(e)))
}

/// Queues `email` in the caller's transaction.
pub(crate) fn send(
    conn: &mut crate::db::DbConn,
    outbox: &Outbox,
    email: Result<Email, EmailError>,
) -> Result<(), DbError> {
    outbox.enqueue(conn, &email.map_err(mail_error)?)?;
    Ok(())
}

/// Converts a configured duration for date arithmetic.
pub(crate) fn span(d: Duration) -> chrono::Duration {
    chrono::Duration::from_std(d).unwrap_or(chrono::Duration::MAX)
}
