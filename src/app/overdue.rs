//! The periodic "update overdue" check (issue 5, point 5). `pfp serve` runs it at start
//! and then every `PFP_OVERDUE_CHECK_MINUTES`: for each active project whose last update
//! (or creation) is `PFP_UPDATE_OVERDUE_DAYS` or more ago, it records the notice for the
//! current period and emits `EventKind::UpdateOverdue` in the same transaction, unless
//! that notice exists already. The notice's primary key (project, date counted from,
//! period number) makes it safe with several instances: a second instance finds the row,
//! or on PostgreSQL fails on the key and rolls back its event. A new update moves the
//! date counted from, so the next overdue period gives a new notice; a project still
//! without news after two periods gets a second one.

use std::time::Duration;

use chrono::NaiveDateTime;
use tokio::sync::watch;

use crate::db::queries::progress;
use crate::db::{Db, DbError};
use crate::domain::progress::overdue_periods;

/// The periodic check, as `pfp serve` runs it.
#[derive(Clone)]
pub struct OverdueCheck {
    db: Db,
    period_days: i64,
    interval: Duration,
    clock: crate::clock::Clock,
}

impl OverdueCheck {
    /// A check on `db` with the settings' period and interval, or `None` if this
    /// instance does not run it (`PFP_OVERDUE_CHECK_MINUTES=0`).
    pub fn new(settings: &crate::config::Settings, db: Db) -> Option<OverdueCheck> {
        Some(OverdueCheck {
            db,
            period_days: i64::from(settings.update_overdue_days),
            interval: settings.overdue_check_interval?,
            clock: settings.clock.clone(),
        })
    }

    /// Checks now and then every interval, until `stop` turns true (or its sender goes).
    pub async fn run(self, mut stop: watch::Receiver<bool>) {
        loop {
            if *stop.borrow() {
                break;
            }
            let now = self.clock.now();
            match check_once(&self.db, self.period_days, now).await {
                Ok(0) => {}
                Ok(n) => tracing::info!(notices = n, "update overdue notices emitted"),
                Err(e) => tracing::warn!(error = %e, "update overdue check failed; will try again"),
            }
            tokio::select! {
                _ = tokio::time::sleep(self.interval) => {}
                changed = stop.changed() => if changed.is_err() { break },
            }
        }
    }
}

/// One pass: emits the notices due at `now`; returns how many this call emitted.
pub async fn check_once(db: &Db, period_days: i64, now: NaiveDateTime) -> Result<usize, DbError> {
    let today = now.date();
    let due: Vec<(i32, chrono::NaiveDate, i64)> = db
        .read(|conn| progress::follow_up(conn, None))
        .await?
        .into_iter()
        .filter_map(|p| {
            let n = overdue_periods(p.anchor_on, today, period_days);
            (n > 0).then_some((p.id, p.anchor_on, n))
        })
        .collect();
    let mut emitted = 0;
    for (project, anchor, period) in due {
        let period = i32::try_from(period).unwrap_or(i32::MAX);
        // One transaction per project: a race lost on one does not undo the others.
        match db
            .write(move |conn| {
                crate::app::progress::record_overdue(conn, project, anchor, period, now)
            })
            .await
        {
            Ok(true) => emitted += 1,
            Ok(false) => {}
            Err(DbError::Query(diesel::result::Error::DatabaseError(
                diesel::result::DatabaseErrorKind::UniqueViolation,
                _,
            ))) => {
                tracing::debug!(project, "another instance recorded this overdue notice");
            }
            Err(e) => return Err(e),
        }
    }
    Ok(emitted)
}
