//! Digests: one mail gathering what waited for a person's daily or weekly digest,
//! grouped by project (the project with the newest item first, items newest first),
//! sent in their morning (see [`super::schedule`]) and never empty.
//!
//! A digest waiting for its time is a `digests` row (person, frequency, due time),
//! created with the first item. [`send_due`] claims due rows and, in the same
//! transaction, marks their items as sent in a digest, queues the mail and deletes the
//! row: PostgreSQL skips rows another instance holds (`FOR UPDATE SKIP LOCKED`), SQLite
//! has one writer at a time, so each digest goes out once whatever the number of
//! instances. `now` is a parameter: the worker passes the clock, tests pass any time.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::fanout::{items, unsubscribe_path};
use super::mail::{DigestGroup, DigestMail, EventItem};
use super::prefs::Unsubscribe;
use super::rules::Frequency;
use super::schedule;
use crate::db::code::code;
use crate::db::queries::following::{self, Target};
use crate::db::schema::{digests, notifications, people};
use crate::db::{DbConn, DbError};
use crate::domain::Language;
use crate::email::{Email, Outbox};

/// Digests handled per transaction.
pub const BATCH: i64 = 50;

/// Sends the digests due at `now` (at most [`BATCH`]), inside the caller's transaction;
/// returns how many mails were queued.
pub fn send_due(conn: &mut DbConn, outbox: &Outbox, now: NaiveDateTime) -> Result<usize, DbError> {
    let due = digests::table
        .filter(digests::due_at.le(now))
        .order((digests::due_at, digests::person_id))
        .limit(BATCH)
        .select((digests::person_id, digests::frequency, digests::due_at));
    let claimed: Vec<(i32, String, NaiveDateTime)> = match conn {
        DbConn::Pg(c) => due.for_update().skip_locked().load(c)?,
        DbConn::Sqlite(c) => due.load(c)?,
    };
    let mut sent = 0;
    for (person_id, frequency, due_at) in claimed {
        diesel::delete(
            digests::table
                .filter(digests::person_id.eq(person_id))
                .filter(digests::frequency.eq(&frequency)),
        )
        .execute(conn)?;
        let Some(f) = Frequency::from_code(&frequency) else {
            tracing::error!(
                person = person_id,
                frequency,
                "unknown digest frequency: dropped"
            );
            continue;
        };
        if send_one(conn, outbox, person_id, f, due_at, now)? {
            sent += 1;
        }
    }
    Ok(sent)
}

/// Gathers and queues one person's digest; false when there was nothing to send (or
/// the person is no longer active).
fn send_one(
    conn: &mut DbConn,
    outbox: &Outbox,
    person_id: i32,
    frequency: Frequency,
    due_at: NaiveDateTime,
    now: NaiveDateTime,
) -> Result<bool, DbError> {
    let waiting = notifications::table
        .filter(notifications::person_id.eq(person_id))
        .filter(notifications::delivery.eq(frequency.code()))
        .filter(notifications::digested_at.is_null());
    let event_ids: Vec<i32> = waiting
        .select(notifications::event_id)
        .order(notifications::event_id.desc())
        .load(conn)?;
    if event_ids.is_empty() {
        return Ok(false);
    }
    diesel::update(waiting)
        .set(notifications::digested_at.eq(Some(now)))
        .execute(conn)?;
    let person: Option<(String, String, String, String)> = people::table
        .filter(people::id.eq(person_id))
        .filter(people::active.eq(true))
        .select((people::email, people::name, people::lang, people::time_zone))
        .first(conn)
        .optional()?;
    let Some((email, name, lang, time_zone)) = person else {
        return Ok(false);
    };
    let mut list = items(conn, &event_ids)?;
    list.sort_by(|a, b| b.at.cmp(&a.at).then(b.id.cmp(&a.id)));
    let mut groups = group(list);
    // A project the person follows gets a one-click link to stop following it.
    for g in &mut groups {
        let Some(project) = g.items.first().and_then(|i| i.project_id) else {
            continue;
        };
        let target = Target::Project(project);
        if following::is_following(conn, person_id, target)? {
            let code = Unsubscribe::Unfollow(target).code();
            g.unfollow_path = Some(unsubscribe_path(conn, person_id, &code, now)?);
        }
    }
    let data = DigestMail {
        name,
        frequency: frequency.code().to_owned(),
        groups,
        unsubscribe_path: unsubscribe_path(conn, person_id, frequency.unsubscribe_kind(), now)?,
        time_zone,
    };
    // A background job: bad data is logged as an error and this one digest skipped,
    // rather than stopping every other person's.
    let lang: Language = match code("people.lang", &lang) {
        Ok(l) => l,
        Err(e) => {
            tracing::error!(person = person_id, error = %e, "digest not queued");
            return Ok(false);
        }
    };
    let key = format!(
        "digest:{person_id}:{}:{}",
        frequency.code(),
        due_at.format("%Y%m%dT%H%M")
    );
    match Email::new(&email, lang, &data, key) {
        Ok(mail) => Ok(outbox.enqueue(conn, &mail)?),
        Err(e) => {
            tracing::warn!(person = person_id, error = %e, "digest not queued");
            Ok(false)
        }
    }
}

/// Groups items (newest first) by project, keeping that order: the project with the
/// newest item comes first; items about no project come last.
pub fn group(items: Vec<EventItem>) -> Vec<DigestGroup> {
    let mut order: Vec<Option<i32>> = Vec::new();
    let mut by_project: HashMap<Option<i32>, Vec<EventItem>> = HashMap::new();
    for item in items {
        if !by_project.contains_key(&item.project_id) {
            order.push(item.project_id);
        }
        by_project.entry(item.project_id).or_default().push(item);
    }
    order.sort_by_key(|p| p.is_none());
    order
        .into_iter()
        .filter_map(|p| {
            let items = by_project.remove(&p)?;
            let first = items.first()?;
            Some(DigestGroup {
                title: first.project.clone(),
                lang: first.project_lang.clone(),
                path: p.map(|id| format!("/projects/{id}")),
                items,
                unfollow_path: None,
            })
        })
        .collect()
}

/// Moves a person's waiting digests to their new time zone's morning.
pub fn reschedule(
    conn: &mut DbConn,
    person_id: i32,
    time_zone: chrono_tz::Tz,
    now: NaiveDateTime,
) -> Result<(), DbError> {
    for f in Frequency::ALL {
        diesel::update(
            digests::table
                .filter(digests::person_id.eq(person_id))
                .filter(digests::frequency.eq(f.code())),
        )
        .set(digests::due_at.eq(schedule::next_due(f, time_zone, now)))
        .execute(conn)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(id: i32, project: Option<i32>, minute: u32) -> EventItem {
        EventItem {
            id,
            kind: "update_posted".into(),
            project_id: project,
            project: project.map(|p| format!("Project {p}")),
            project_lang: "en".into(),
            organisation_id: None,
            organisation: None,
            subject_id: None,
            summary: "news".into(),
            at: chrono::NaiveDate::from_ymd_opt(2026, 11, 29)
                .and_then(|d| d.and_hms_opt(9, minute, 0))
                .unwrap(),
        }
    }

    #[test]
    fn groups_keep_the_newest_first() {
        // Newest first: 5 (project 2), 4 (project 1), 3 (none), 2 (project 2).
        let groups = group(vec![
            item(5, Some(2), 50),
            item(4, Some(1), 40),
            item(3, None, 30),
            item(2, Some(2), 20),
        ]);
        let titles: Vec<_> = groups.iter().map(|g| g.title.clone()).collect();
        assert_eq!(
            titles,
            [Some("Project 2".into()), Some("Project 1".into()), None]
        );
        assert_eq!(
            groups[0].items.iter().map(|i| i.id).collect::<Vec<_>>(),
            [5, 2]
        );
        assert_eq!(groups[0].path.as_deref(), Some("/projects/2"));
    }
}
