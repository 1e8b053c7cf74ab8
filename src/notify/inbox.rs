//! The in-app list of notifications: newest first, read or not, and the unread count
//! every page's header shows (one count on a partial index of unread rows).

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::fanout::items;
use super::mail::EventItem;
use crate::db::schema::notifications;
use crate::db::{DbConn, DbError};

/// Notifications per page.
pub const PAGE_SIZE: i64 = 30;

/// How many notifications the person has not read.
pub fn unread_count(conn: &mut DbConn, person_id: i32) -> Result<i64, DbError> {
    Ok(notifications::table
        .filter(notifications::person_id.eq(person_id))
        .filter(notifications::read_at.is_null())
        .count()
        .get_result(conn)?)
}

/// One notification as the list shows it.
#[derive(Debug, Clone)]
pub struct Entry {
    /// Notification id.
    pub id: i32,
    /// The event.
    pub item: EventItem,
    /// Why the person hears of it (`Reason` code).
    pub reason: String,
    /// Whether it was read.
    pub read: bool,
}

/// A page of a person's notifications (1-based), newest first, and the total.
pub fn list(conn: &mut DbConn, person_id: i32, page: i64) -> Result<(Vec<Entry>, i64), DbError> {
    let total: i64 = notifications::table
        .filter(notifications::person_id.eq(person_id))
        .count()
        .get_result(conn)?;
    let rows: Vec<(i32, i32, String, Option<NaiveDateTime>)> = notifications::table
        .filter(notifications::person_id.eq(person_id))
        .order(notifications::id.desc())
        .limit(PAGE_SIZE)
        .offset((page.max(1) - 1) * PAGE_SIZE)
        .select((
            notifications::id,
            notifications::event_id,
            notifications::reason,
            notifications::read_at,
        ))
        .load(conn)?;
    let event_ids: Vec<i32> = rows.iter().map(|r| r.1).collect();
    let loaded = items(conn, &event_ids)?;
    let entries = rows
        .into_iter()
        .filter_map(|(id, event_id, reason, read_at)| {
            let item = loaded.iter().find(|i| i.id == event_id)?.clone();
            Some(Entry {
                id,
                item,
                reason,
                read: read_at.is_some(),
            })
        })
        .collect();
    Ok((entries, total))
}

/// Marks one of the person's notifications read; false if they have none with that id.
pub fn mark_read(
    conn: &mut DbConn,
    person_id: i32,
    id: i32,
    now: NaiveDateTime,
) -> Result<bool, DbError> {
    let mine = notifications::table
        .filter(notifications::id.eq(id))
        .filter(notifications::person_id.eq(person_id));
    let exists: i64 = mine.count().get_result(conn)?;
    if exists == 0 {
        return Ok(false);
    }
    diesel::update(mine.filter(notifications::read_at.is_null()))
        .set(notifications::read_at.eq(Some(now)))
        .execute(conn)?;
    Ok(true)
}

/// Marks all the person's notifications read; returns how many were unread.
pub fn mark_all_read(
    conn: &mut DbConn,
    person_id: i32,
    now: NaiveDateTime,
) -> Result<usize, DbError> {
    Ok(diesel::update(
        notifications::table
            .filter(notifications::person_id.eq(person_id))
            .filter(notifications::read_at.is_null()),
    )
    .set(notifications::read_at.eq(Some(now)))
    .execute(conn)?)
}
