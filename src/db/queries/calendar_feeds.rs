//! People's private calendar feeds (issue 13, point 6): the hashed token of each feed's
//! address, and the meetings a feed lists.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::brokering::Meeting;
use crate::db::schema::{calendar_feeds, meeting_invitees, meetings, people, projects};
use crate::db::{DbConn, DbError};

/// A person's feed, as their account page tells it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Feed {
    /// When the current address was made.
    pub created_at: NaiveDateTime,
    /// When a calendar last read it.
    pub last_read_at: Option<NaiveDateTime>,
}

/// The person's feed, if they turned it on.
pub fn feed_of(conn: &mut DbConn, person_id: i32) -> Result<Option<Feed>, DbError> {
    Ok(calendar_feeds::table
        .find(person_id)
        .select((calendar_feeds::created_at, calendar_feeds::last_read_at))
        .first::<(NaiveDateTime, Option<NaiveDateTime>)>(conn)
        .optional()?
        .map(|(created_at, last_read_at)| Feed {
            created_at,
            last_read_at,
        }))
}

/// Gives the person a feed at the address whose token hashes to `token_hash`, replacing
/// any earlier one (whose address then stops working).
pub fn replace(
    conn: &mut DbConn,
    person_id: i32,
    token_hash: &str,
    now: NaiveDateTime,
) -> Result<(), DbError> {
    diesel::delete(calendar_feeds::table.find(person_id)).execute(conn)?;
    diesel::insert_into(calendar_feeds::table)
        .values((
            calendar_feeds::person_id.eq(person_id),
            calendar_feeds::token_hash.eq(token_hash),
            calendar_feeds::created_at.eq(now),
        ))
        .execute(conn)?;
    Ok(())
}

/// Turns the person's feed off; whether there was one.
pub fn remove(conn: &mut DbConn, person_id: i32) -> Result<bool, DbError> {
    Ok(diesel::delete(calendar_feeds::table.find(person_id)).execute(conn)? > 0)
}

/// The active person whose feed address has `token_hash`, noting the read.
pub fn read_by(
    conn: &mut DbConn,
    token_hash: &str,
    now: NaiveDateTime,
) -> Result<Option<(i32, String)>, DbError> {
    let found: Option<(i32, String)> = calendar_feeds::table
        .inner_join(people::table)
        .filter(calendar_feeds::token_hash.eq(token_hash))
        .filter(people::active.eq(true))
        .select((people::id, people::lang))
        .first(conn)
        .optional()?;
    if let Some((id, _)) = &found {
        diesel::update(calendar_feeds::table.find(*id))
            .set(calendar_feeds::last_read_at.eq(Some(now)))
            .execute(conn)?;
    }
    Ok(found)
}

/// The meetings a person's feed lists: those they are invited to or proposed, cancelled
/// ones included (so calendars remove them), soonest first, each with its project's title.
pub fn meetings_of(conn: &mut DbConn, person_id: i32) -> Result<Vec<(Meeting, String)>, DbError> {
    let invited: Vec<i32> = meeting_invitees::table
        .filter(meeting_invitees::person_id.eq(person_id))
        .select(meeting_invitees::meeting_id)
        .load(conn)?;
    Ok(meetings::table
        .inner_join(projects::table)
        .filter(
            meetings::id
                .eq_any(invited)
                .or(meetings::organiser_id.eq(Some(person_id))),
        )
        .order((meetings::starts_at, meetings::id))
        .select((Meeting::as_select(), projects::title))
        .load(conn)?)
}
