//! The introduction sweeper: reminds the sides that have not answered, once, and expires
//! the introductions whose time is up. It runs in every `pfp serve` instance; each
//! reminder and expiry is claimed by one conditional update, so only one instance mails.

use std::time::Duration;

use chrono::NaiveDateTime;
use diesel::prelude::*;

use tokio::sync::watch;

use super::settle::{introduction_mail, tell_outcome};
use super::{send, span};
use crate::config::Settings;
use crate::db::queries::brokering as q;
use crate::db::queries::people::{AuditEntry, audit};
use crate::db::schema::introductions;
use crate::db::{Db, DbConn, DbError};
use crate::domain::brokering::{IntroductionState, Side};
use crate::email::Outbox;
use crate::events::{Event, EventKind, emit};

/// What one sweep did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SweepReport {
    /// Introductions whose reminder was sent.
    pub reminded: usize,
    /// Introductions that expired.
    pub expired: usize,
}

/// Sends the reminders that are due (to the sides that have not answered) and expires
/// the introductions whose time is up, each in its own short transaction.
pub async fn sweep(
    db: &Db,
    outbox: &Outbox,
    reminder: Duration,
    now: NaiveDateTime,
) -> Result<SweepReport, DbError> {
    let mut report = SweepReport::default();
    let expired = db.read(move |c| q::due_for_expiry(c, now)).await?;
    for id in expired {
        let o = outbox.clone();
        if db.write(move |c| expire(c, &o, id, now)).await? {
            report.expired += 1;
        }
    }
    if !reminder.is_zero() {
        let until = now + span(reminder);
        let due = db.read(move |c| q::due_for_reminder(c, until)).await?;
        for id in due {
            let o = outbox.clone();
            if db.write(move |c| remind(c, &o, id, now)).await? {
                report.reminded += 1;
            }
        }
    }
    Ok(report)
}

/// Expires one introduction if it is still open; false if another instance (or an
/// answer) got there first.
fn expire(
    conn: &mut DbConn,
    outbox: &Outbox,
    id: i32,
    now: NaiveDateTime,
) -> Result<bool, DbError> {
    let changed = diesel::update(
        introductions::table
            .filter(introductions::id.eq(id))
            .filter(introductions::state.eq(IntroductionState::Proposed.code()))
            .filter(introductions::expires_at.le(now)),
    )
    .set((
        introductions::state.eq(IntroductionState::Expired.code()),
        introductions::closed_at.eq(Some(now)),
        introductions::updated_at.eq(now),
    ))
    .execute(conn)?;
    if changed == 0 {
        return Ok(false);
    }
    let Some(d) = q::introduction(conn, id)? else {
        return Ok(false);
    };
    audit(
        conn,
        &AuditEntry {
            person_id: None,
            action: "introduction.expired",
            subject_type: "introduction",
            subject_id: Some(id),
            before: IntroductionState::Proposed.code(),
            after: IntroductionState::Expired.code(),
            public: false,
        },
        now,
    )?;
    tell_outcome(conn, outbox, &d, IntroductionState::Expired, "")?;
    Ok(true)
}

/// Reminds the sides that have not answered one introduction, once.
fn remind(
    conn: &mut DbConn,
    outbox: &Outbox,
    id: i32,
    now: NaiveDateTime,
) -> Result<bool, DbError> {
    let changed = diesel::update(
        introductions::table
            .filter(introductions::id.eq(id))
            .filter(introductions::state.eq(IntroductionState::Proposed.code()))
            .filter(introductions::reminded_at.is_null()),
    )
    .set(introductions::reminded_at.eq(Some(now)))
    .execute(conn)?;
    if changed == 0 {
        return Ok(false);
    }
    let Some(d) = q::introduction(conn, id)? else {
        return Ok(false);
    };
    emit(
        conn,
        &Event {
            kind: EventKind::IntroductionExpiring,
            actor_id: None,
            project_id: Some(d.intro.project_id),
            organisation_id: Some(d.intro.organisation_id),
            subject_id: Some(id),
            summary: "",
        },
        now,
    )?;
    let facilitator = d.proposer.clone().unwrap_or_default();
    if d.intro.project_answer.is_none() {
        for r in q::project_side(conn, d.intro.project_id)? {
            send(
                conn,
                outbox,
                introduction_mail(&d, Side::Project, &r, facilitator.clone(), true),
            )?;
        }
    }
    if d.intro.candidate_answer.is_none() {
        for r in q::organisation_side(conn, d.intro.organisation_id)? {
            send(
                conn,
                outbox,
                introduction_mail(&d, Side::Candidate, &r, facilitator.clone(), true),
            )?;
        }
    }
    Ok(true)
}

/// Reminds of and expires introductions every `sweep_interval` until `stop` turns true.
pub async fn run_sweeper(settings: Settings, db: Db, mut stop: watch::Receiver<bool>) {
    let outbox = Outbox::new(&settings);
    let b = settings.brokering.clone();
    loop {
        let (o, reminder) = (outbox.clone(), b.introduction_reminder);
        let db2 = db.clone();
        match sweep(&db2, &o, reminder, settings.clock.now()).await {
            Ok(r) if r.reminded + r.expired > 0 => {
                tracing::info!(
                    reminded = r.reminded,
                    expired = r.expired,
                    "introductions swept"
                );
            }
            Ok(_) => {}
            Err(e) => tracing::warn!(error = %e, "introductions not swept; will try again"),
        }
        tokio::select! {
            _ = tokio::time::sleep(b.sweep_interval) => {}
            _ = stop.changed() => {}
        }
        if *stop.borrow() || stop.has_changed().is_err() {
            break;
        }
    }
}
