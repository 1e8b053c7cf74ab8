//! The outbox table: enqueue (inside the caller's transaction), claim with a lease, mark
//! the outcome, and what operators see and do (counts, dead letters, retry).
//!
//! A row's life: `pending` → (claimed) `sending` → `sent`, or back to `pending` with a
//! later `next_attempt_at` after a temporary failure, or `dead` after a permanent refusal
//! or too many attempts. While `sending`, `next_attempt_at` is the end of the lease: if the
//! worker dies, another takes the row after that time, so a message is sent twice only if
//! a worker died between sending it and marking it.
//!
//! Dialect-specific SQL (the insert that ignores a known dedupe key, the claim with
//! `FOR UPDATE SKIP LOCKED` on PostgreSQL and an immediate transaction on SQLite) lives in
//! [`enqueue`] and [`claim`] only.

use std::time::Duration;

use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Integer, Text, Timestamp};
use sha2::{Digest, Sha256};

use super::EmailError;
use super::messages::{self, MailKind};
use crate::config::Settings;
use crate::db::schema::outbox;
use crate::db::{DbConn, DbError};
use crate::domain::Language;

/// Status of a message waiting for its (next) attempt.
pub const PENDING: &str = "pending";
/// Status of a message a worker has claimed and is sending.
pub const SENDING: &str = "sending";
/// Status of a delivered message.
pub const SENT: &str = "sent";
/// Status of a message given up on (a dead letter).
pub const DEAD: &str = "dead";
/// Every status, in the order reports list them.
pub const STATUSES: [&str; 4] = [PENDING, SENDING, SENT, DEAD];

/// A message to queue.
#[derive(Debug, Clone)]
pub struct Email {
    /// Recipient address (checked).
    pub to: String,
    /// Language the message is written in.
    pub lang: Language,
    /// Identifies the event that causes the message: the same key queued twice is
    /// stored (and sent) once. E.g. `invitation:{invitation_id}`.
    pub dedupe_key: String,
    /// The kind's name ([`MailKind::KIND`]), stored as the row's `template`.
    kind: &'static str,
    /// The kind's data as stored: JSON, computed once in [`Email::new`].
    data: String,
}

impl Email {
    /// A message of kind `K` to `to`, whose address is checked now rather than at send
    /// time (as is everything else that could fail, so queueing can only fail in the
    /// database).
    pub fn new<K: MailKind>(
        to: &str,
        lang: Language,
        mail: &K,
        dedupe_key: impl Into<String>,
    ) -> Result<Email, EmailError> {
        let to = to.trim();
        to.parse::<lettre::Address>()
            .map_err(|_| EmailError::InvalidAddress(to.to_owned()))?;
        Ok(Email {
            to: to.to_owned(),
            lang,
            dedupe_key: dedupe_key.into(),
            kind: K::KIND,
            data: messages::to_data(mail)?,
        })
    }

    /// The kind's name, as stored.
    pub fn kind(&self) -> &'static str {
        self.kind
    }

    /// The data as stored (JSON).
    pub fn stored_data(&self) -> &str {
        &self.data
    }

    /// The data, when the message is of kind `K`.
    pub fn data<K: MailKind>(&self) -> Option<K> {
        (self.kind == K::KIND)
            .then(|| messages::from_data(&self.data).ok())
            .flatten()
    }
}

/// Writes messages to the outbox; holds what every row needs from the settings.
#[derive(Debug, Clone)]
pub struct Outbox {
    /// Right-hand side of Message-IDs: the host of `PFP_BASE_URL`.
    domain: String,
    /// The one clock: when a message is queued.
    clock: crate::clock::Clock,
}

impl Outbox {
    /// The outbox of an installation.
    pub fn new(settings: &Settings) -> Outbox {
        let domain = url::Url::parse(&settings.base_url)
            .ok()
            .and_then(|u| u.host_str().map(str::to_owned))
            .unwrap_or_else(|| "localhost".into());
        Outbox {
            domain,
            clock: settings.clock.clone(),
        }
    }

    /// The Message-ID of the message with this dedupe key: stable across retries and
    /// workers, so a receiver can recognise a message sent twice.
    pub fn message_id(&self, dedupe_key: &str) -> String {
        let digest = Sha256::digest(dedupe_key.as_bytes());
        let hex: String = digest[..16].iter().map(|b| format!("{b:02x}")).collect();
        format!("<outbox-{hex}@{}>", self.domain)
    }

    /// Queues a message on `conn`, inside the caller's transaction. Returns false when a
    /// message with the same dedupe key is already queued (or sent): it is not stored again.
    pub fn enqueue(&self, conn: &mut DbConn, email: &Email) -> Result<bool, DbError> {
        let now = self.clock.now();
        let row = NewRow {
            dedupe_key: &email.dedupe_key,
            message_id: &self.message_id(&email.dedupe_key),
            recipient: &email.to,
            template: email.kind,
            data: &email.data,
            lang: email.lang.code(),
            status: PENDING,
            attempts: 0,
            next_attempt_at: now,
            created_at: now,
            updated_at: now,
        };
        // Both dialects spell it ON CONFLICT … DO NOTHING, but diesel offers it per backend.
        let inserted = match conn {
            DbConn::Sqlite(c) => diesel::insert_into(outbox::table)
                .values(&row)
                .on_conflict(outbox::dedupe_key)
                .do_nothing()
                .execute(c),
            DbConn::Pg(c) => diesel::insert_into(outbox::table)
                .values(&row)
                .on_conflict(outbox::dedupe_key)
                .do_nothing()
                .execute(c),
        }?;
        Ok(inserted == 1)
    }
}

#[derive(Insertable)]
#[diesel(table_name = outbox)]
struct NewRow<'a> {
    dedupe_key: &'a str,
    message_id: &'a str,
    recipient: &'a str,
    template: &'a str,
    data: &'a str,
    lang: &'a str,
    status: &'a str,
    attempts: i32,
    next_attempt_at: NaiveDateTime,
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
}

/// A message a worker has claimed.
#[derive(Debug, Clone, QueryableByName)]
#[diesel(table_name = outbox)]
pub struct Claimed {
    /// Row id.
    pub id: i64,
    /// Message-ID header.
    pub message_id: String,
    /// Recipient address.
    pub recipient: String,
    /// Message kind.
    pub template: String,
    /// Message data (JSON).
    pub data: String,
    /// Language code.
    pub lang: String,
    /// Attempts so far, this one included.
    pub attempts: i32,
    /// When it was queued.
    pub created_at: NaiveDateTime,
}

fn after(t: NaiveDateTime, d: Duration) -> NaiveDateTime {
    t + chrono::Duration::from_std(d).unwrap_or(chrono::Duration::MAX)
}

/// Claims up to `limit` due messages for `worker` until `lease` from now, counting the
/// attempt. Manages its own transaction: call it on a connection outside one.
///
/// Rows whose lease ran out at the attempt limit (their worker died during the last
/// attempt) become dead letters here rather than being sent once more.
pub fn claim(
    conn: &mut DbConn,
    worker: &str,
    limit: u32,
    lease: Duration,
    max_attempts: u32,
    now: NaiveDateTime,
) -> Result<Vec<Claimed>, DbError> {
    let lease_end = after(now, lease);
    let max = i32::try_from(max_attempts).unwrap_or(i32::MAX);
    let limit = i64::from(limit);
    // $1 now, $2 max attempts; claim also $3 lease end, $4 worker, $5 limit.
    const SWEEP: &str = "UPDATE outbox SET status = 'dead', updated_at = $1, \
        last_error = COALESCE(last_error || ' / ', '') || \
        'the worker stopped during the last attempt; the message may or may not have arrived' \
        WHERE status = 'sending' AND next_attempt_at <= $1 AND attempts >= $2";
    const CLAIM: &str = "UPDATE outbox SET status = 'sending', attempts = attempts + 1, \
        next_attempt_at = $3, claimed_by = $4, updated_at = $1 \
        WHERE id IN (SELECT id FROM outbox \
            WHERE status IN ('pending', 'sending') AND next_attempt_at <= $1 AND attempts < $2 \
            ORDER BY next_attempt_at, id LIMIT $5 {lock}) \
        AND status IN ('pending', 'sending') AND next_attempt_at <= $1 \
        RETURNING id, message_id, recipient, template, data, lang, attempts, created_at";
    match conn {
        DbConn::Pg(c) => c.transaction(|c| {
            diesel::sql_query(SWEEP)
                .bind::<Timestamp, _>(now)
                .bind::<Integer, _>(max)
                .execute(c)?;
            // SKIP LOCKED: concurrent workers each take different rows without waiting.
            diesel::sql_query(CLAIM.replace("{lock}", "FOR UPDATE SKIP LOCKED"))
                .bind::<Timestamp, _>(now)
                .bind::<Integer, _>(max)
                .bind::<Timestamp, _>(lease_end)
                .bind::<Text, _>(worker)
                .bind::<BigInt, _>(limit)
                .load(c)
        }),
        // SQLite has one writer at a time: an immediate transaction takes the write lock
        // first, so two workers never read the same due rows. `?N` is SQLite's `$N`.
        DbConn::Sqlite(c) => c.immediate_transaction(|c| {
            diesel::sql_query(SWEEP.replace('$', "?"))
                .bind::<Timestamp, _>(now)
                .bind::<Integer, _>(max)
                .execute(c)?;
            diesel::sql_query(CLAIM.replace("{lock}", "").replace('$', "?"))
                .bind::<Timestamp, _>(now)
                .bind::<Integer, _>(max)
                .bind::<Timestamp, _>(lease_end)
                .bind::<Text, _>(worker)
                .bind::<BigInt, _>(limit)
                .load(c)
        }),
    }
    .map_err(DbError::from)
}

/// Marks a message sent. Returns false if `worker` no longer held it (its lease ran out
/// and another worker took it).
pub fn mark_sent(
    conn: &mut DbConn,
    id: i64,
    worker: &str,
    now: NaiveDateTime,
) -> Result<bool, DbError> {
    let n = diesel::update(held(id, worker))
        .set((
            outbox::status.eq(SENT),
            outbox::sent_at.eq(Some(now)),
            outbox::updated_at.eq(now),
        ))
        .execute(conn)?;
    Ok(n == 1)
}

/// Records a failed attempt: a dead letter when `retry_at` is `None`, otherwise pending
/// again until `retry_at`.
pub fn mark_failed(
    conn: &mut DbConn,
    id: i64,
    worker: &str,
    error: &str,
    retry_at: Option<NaiveDateTime>,
    now: NaiveDateTime,
) -> Result<bool, DbError> {
    let error: String = error.chars().take(2000).collect();
    let n = diesel::update(held(id, worker))
        .set((
            outbox::status.eq(if retry_at.is_some() { PENDING } else { DEAD }),
            outbox::next_attempt_at.eq(retry_at.unwrap_or(now)),
            outbox::last_error.eq(Some(error)),
            outbox::updated_at.eq(now),
        ))
        .execute(conn)?;
    Ok(n == 1)
}

/// Hands claimed messages back untried (the worker is stopping, or their lease is too
/// close to its end to start a send): due now, the attempt not counted.
pub fn release(
    conn: &mut DbConn,
    ids: &[i64],
    worker: &str,
    now: NaiveDateTime,
) -> Result<usize, DbError> {
    Ok(diesel::update(
        outbox::table
            .filter(outbox::id.eq_any(ids))
            .filter(outbox::claimed_by.eq(worker))
            .filter(outbox::status.eq(SENDING)),
    )
    .set((
        outbox::status.eq(PENDING),
        outbox::attempts.eq(outbox::attempts - 1),
        outbox::next_attempt_at.eq(now),
        outbox::claimed_by.eq(None::<String>),
        outbox::updated_at.eq(now),
    ))
    .execute(conn)?)
}

type RowById = diesel::dsl::Filter<outbox::table, diesel::dsl::Eq<outbox::id, i64>>;
type HeldRow<'a> = diesel::dsl::Filter<
    diesel::dsl::Filter<RowById, diesel::dsl::Eq<outbox::claimed_by, &'a str>>,
    diesel::dsl::Eq<outbox::status, &'static str>,
>;

/// The row `id` while `worker` holds it.
fn held(id: i64, worker: &str) -> HeldRow<'_> {
    outbox::table
        .filter(outbox::id.eq(id))
        .filter(outbox::claimed_by.eq(worker))
        .filter(outbox::status.eq(SENDING))
}

/// The wait before attempt `attempts + 1` after a temporary failure: `base` doubled per
/// attempt, capped at six hours, then between half and all of that at random ("equal
/// jitter"), so messages that failed together do not all come back together.
pub fn backoff(base: Duration, attempts: u32) -> Duration {
    const CAP: Duration = Duration::from_secs(6 * 3600);
    let exp = attempts.saturating_sub(1).min(20);
    let full = base.saturating_mul(1 << exp).min(CAP);
    full / 2 + full.mul_f64(fastrand::f64() / 2.0)
}

/// How many messages have each status (every status listed, zero included).
pub fn counts(conn: &mut DbConn) -> Result<Vec<(&'static str, i64)>, DbError> {
    let rows: Vec<(String, i64)> = outbox::table
        .group_by(outbox::status)
        .select((outbox::status, diesel::dsl::count_star()))
        .load(conn)?;
    Ok(STATUSES
        .iter()
        .map(|s| {
            let n = rows.iter().find(|(r, _)| r == s).map_or(0, |(_, n)| *n);
            (*s, n)
        })
        .collect())
}

/// A message given up on, as operators see it.
#[derive(Debug, Clone, Queryable)]
pub struct DeadLetter {
    /// Row id (for `pfp mail retry --id`).
    pub id: i64,
    /// Recipient address.
    pub recipient: String,
    /// Message kind.
    pub template: String,
    /// Attempts made.
    pub attempts: i32,
    /// The last failure, e.g. the server's reply.
    pub last_error: Option<String>,
    /// When it was given up on.
    pub updated_at: NaiveDateTime,
}

/// Dead letters, most recent first.
pub fn dead_letters(conn: &mut DbConn, limit: i64) -> Result<Vec<DeadLetter>, DbError> {
    Ok(outbox::table
        .filter(outbox::status.eq(DEAD))
        .order((outbox::updated_at.desc(), outbox::id.desc()))
        .limit(limit)
        .select((
            outbox::id,
            outbox::recipient,
            outbox::template,
            outbox::attempts,
            outbox::last_error,
            outbox::updated_at,
        ))
        .load(conn)?)
}

/// Which dead letters to queue again.
#[derive(Debug, Clone, Copy)]
pub enum Requeue {
    /// One message.
    Id(i64),
    /// Every dead letter.
    AllDead,
}

/// Queues dead letters again with a fresh count of attempts; returns how many.
pub fn retry(conn: &mut DbConn, which: Requeue, now: NaiveDateTime) -> Result<usize, DbError> {
    let set = (
        outbox::status.eq(PENDING),
        outbox::attempts.eq(0),
        outbox::next_attempt_at.eq(now),
        outbox::updated_at.eq(now),
    );
    let dead = outbox::table.filter(outbox::status.eq(DEAD));
    Ok(match which {
        Requeue::Id(id) => diesel::update(dead.filter(outbox::id.eq(id)))
            .set(set)
            .execute(conn)?,
        Requeue::AllDead => diesel::update(dead).set(set).execute(conn)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::email::TestMail;

    #[test]
    fn backoff_doubles_with_jitter_and_stops_growing() {
        let base = Duration::from_secs(30);
        for _ in 0..50 {
            let first = backoff(base, 1);
            assert!(
                first >= Duration::from_secs(15) && first <= base,
                "{first:?}"
            );
            let third = backoff(base, 3);
            assert!(third >= Duration::from_secs(60) && third <= Duration::from_secs(120));
            let late = backoff(base, 40);
            assert!(late <= Duration::from_secs(6 * 3600) && late >= Duration::from_secs(3 * 3600));
        }
    }

    #[test]
    fn message_ids_are_stable_and_distinct() {
        let outbox = Outbox {
            domain: "pfp.example.org".into(),
            clock: crate::clock::Clock::system(),
        };
        let a = outbox.message_id("invitation:1");
        assert_eq!(a, outbox.message_id("invitation:1"));
        assert_ne!(a, outbox.message_id("invitation:2"));
        assert!(
            a.starts_with("<outbox-") && a.ends_with("@pfp.example.org>"),
            "{a}"
        );
    }

    #[test]
    fn addresses_are_checked_when_queued() {
        let mail = TestMail {
            requested_at: chrono::Utc::now().naive_utc(),
        };
        assert!(Email::new("ana@example.org", Language::Es, &mail, "k").is_ok());
        assert!(matches!(
            Email::new("not an address", Language::Es, &mail, "k"),
            Err(EmailError::InvalidAddress(_))
        ));
    }

    #[test]
    fn a_message_keeps_its_kind_and_data_as_stored() {
        let mail = TestMail {
            requested_at: chrono::NaiveDate::from_ymd_opt(2026, 11, 29)
                .and_then(|d| d.and_hms_opt(9, 30, 0))
                .unwrap(),
        };
        let email = Email::new(" ana@example.org ", Language::Es, &mail, "k").unwrap();
        assert_eq!(email.to, "ana@example.org");
        assert_eq!(email.kind(), "test");
        assert_eq!(
            email.stored_data(),
            r#"{"requested_at":"2026-11-29T09:30:00"}"#
        );
        assert_eq!(email.data::<TestMail>(), Some(mail));
        // Another kind's data is none of this message's.
        assert_eq!(
            email.data::<crate::email::messages::ReviewDecisionMail>(),
            None
        );
    }
}
