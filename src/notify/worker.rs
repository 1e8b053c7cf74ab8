//! The notification worker: every poll interval (`PFP_MAIL_POLL_INTERVAL_MS`, the mail
//! worker's), fans out new events and sends the digests that are due. It runs beside the
//! mail worker in `pfp serve` and `pfp worker` (whenever `PFP_MAIL_WORKER` is on); any
//! number of instances may run it at once (see [`super::fanout`] and [`super::digest`]).

use std::time::Duration;

use tokio::sync::watch;

use super::{digest, fanout};
use crate::config::Settings;
use crate::db::Db;
use crate::email::Outbox;

/// Turns events into notifications and mail. Build with [`NotifyWorker::new`], then `run`.
pub struct NotifyWorker {
    db: Db,
    outbox: Outbox,
    poll_interval: Duration,
    clock: crate::clock::Clock,
}

impl NotifyWorker {
    /// A worker for these settings and database.
    pub fn new(settings: &Settings, db: Db) -> NotifyWorker {
        NotifyWorker {
            db,
            outbox: Outbox::new(settings),
            poll_interval: settings.mail.poll_interval,
            clock: settings.clock.clone(),
        }
    }

    /// One pass: fans out every pending event (a batch per transaction), then sends the
    /// due digests. Returns (events, digests) handled.
    pub async fn tick(&self) -> Result<(usize, usize), crate::db::DbError> {
        let mut events = 0;
        loop {
            let outbox = self.outbox.clone();
            let now = self.clock.now();
            let n = self.db.write(move |c| fanout::run(c, &outbox, now)).await?;
            events += n;
            if n < fanout::BATCH as usize {
                break;
            }
        }
        let mut digests = 0;
        loop {
            let outbox = self.outbox.clone();
            let now = self.clock.now();
            let n = self
                .db
                .write(move |c| digest::send_due(c, &outbox, now))
                .await?;
            digests += n;
            if n < digest::BATCH as usize {
                break;
            }
        }
        Ok((events, digests))
    }

    /// Works until `stop` turns true (or its sender is dropped).
    pub async fn run(self, mut stop: watch::Receiver<bool>) {
        tracing::info!("notification worker started");
        let mut failures: u32 = 0;
        while !*stop.borrow() && stop.has_changed().is_ok() {
            let wait = match self.tick().await {
                Ok((events, digests)) => {
                    failures = 0;
                    if events + digests > 0 {
                        tracing::debug!(events, digests, "notifications handled");
                    }
                    self.poll_interval
                }
                Err(e) => {
                    failures = failures.saturating_add(1);
                    tracing::warn!(error = %e, "notification step failed; will try again");
                    (self.poll_interval * 2u32.saturating_pow(failures.min(5)))
                        .min(Duration::from_secs(30))
                }
            };
            tokio::select! {
                _ = tokio::time::sleep(wait) => {}
                _ = stop.changed() => {}
            }
        }
        tracing::info!("notification worker stopped");
    }
}
