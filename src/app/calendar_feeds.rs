//! A person's private calendar feed (issue 13, point 6): turning it on (or making a new
//! address, which stops the old one) and off. The address carries a random token; only its
//! SHA-256 is kept, so the full address is shown once, when it is made, and a person who
//! lost it makes a new one. That is the same rule as every other secret link here, and it
//! means a leaked database cannot be used to read anybody's meetings.

use chrono::NaiveDateTime;

use crate::db::queries::calendar_feeds;
use crate::db::queries::people::{AuditEntry, audit};
use crate::db::{DbConn, DbError};
use crate::secrets::token;

/// Gives `person_id` a new feed address (the old one, if any, stops working) and returns
/// the token to put in it.
pub fn renew(conn: &mut DbConn, person_id: i32, now: NaiveDateTime) -> Result<String, DbError> {
    let secret = token::random_token();
    let had = calendar_feeds::feed_of(conn, person_id)?.is_some();
    calendar_feeds::replace(conn, person_id, &token::hash_token(&secret), now)?;
    audit(
        conn,
        &AuditEntry {
            person_id: Some(person_id),
            action: "person.calendar_feed_renewed",
            subject_type: "person",
            subject_id: Some(person_id),
            before: if had { "on" } else { "off" },
            after: "on",
            public: false,
        },
        now,
    )?;
    Ok(secret)
}

/// Turns the feed off: its address stops working. Whether there was one.
pub fn turn_off(conn: &mut DbConn, person_id: i32, now: NaiveDateTime) -> Result<bool, DbError> {
    let had = calendar_feeds::remove(conn, person_id)?;
    if had {
        audit(
            conn,
            &AuditEntry {
                person_id: Some(person_id),
                action: "person.calendar_feed_off",
                subject_type: "person",
                subject_id: Some(person_id),
                before: "on",
                after: "off",
                public: false,
            },
            now,
        )?;
    }
    Ok(had)
}
