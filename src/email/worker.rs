//! The delivery worker: claims due messages, renders and sends them outside any
//! transaction, and records each outcome as soon as it is known.
//!
//! Runs inside `pfp serve` and alone as `pfp worker`; any number of workers may share one
//! database (claims never overlap, see [`outbox::claim`]). On stop it claims nothing more,
//! hands back claimed messages it has not started, and finishes the sends in flight.

use std::sync::Arc;
use std::time::{Duration, Instant};

use lettre::Message;
use lettre::message::header::ContentType;
use lettre::message::header::{HeaderName, HeaderValue};
use lettre::message::{Attachment as LettreAttachment, Mailbox, MultiPart};
use tokio::sync::watch;
use tokio::task::JoinSet;

use super::EmailError;
use super::messages::{self, EmailCtx, Rendered};
use super::outbox::{self, Claimed};
use super::transport::{SendError, Transport};
use crate::config::Settings;
use crate::db::Db;
use crate::domain::Language;

/// Delivers the outbox. Build with [`OutboxWorker::new`], then `run` it on the runtime.
pub struct OutboxWorker {
    db: Db,
    settings: Settings,
    from: Mailbox,
    id: String,
}

/// What every send task shares.
struct Shared {
    db: Db,
    transport: Transport,
    from: Mailbox,
    base_url: String,
    worker: String,
    max_attempts: u32,
    retry_base: Duration,
    clock: crate::clock::Clock,
}

impl OutboxWorker {
    /// A worker for the given settings and database (nothing is contacted yet).
    pub fn new(settings: &Settings, db: Db) -> Result<OutboxWorker, EmailError> {
        let from = settings
            .mail
            .from
            .parse::<Mailbox>()
            .map_err(|e| EmailError::Config(format!("PFP_MAIL_FROM: {e}")))?;
        // Unique per process and run, so a restarted worker never mistakes the leases of
        // its killed predecessor for its own.
        let id = format!("{}-{:08x}", std::process::id(), fastrand::u32(..));
        Ok(OutboxWorker {
            db,
            settings: settings.clone(),
            from,
            id,
        })
    }

    /// This worker's name in the `claimed_by` column and in logs.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// Delivers until `stop` turns true (or its sender is dropped), then finishes the
    /// sends in flight and returns.
    pub async fn run(self, stop: watch::Receiver<bool>) -> Result<(), EmailError> {
        let transport = Transport::from_settings(&self.settings)?;
        let mail = self.settings.mail.clone();
        tracing::info!(
            worker = %self.id,
            transport = %transport.describe(&self.settings),
            "mail worker started"
        );
        let shared = Arc::new(Shared {
            db: self.db.clone(),
            transport: transport.clone(),
            from: self.from.clone(),
            base_url: self.settings.base_url.clone(),
            worker: self.id.clone(),
            max_attempts: mail.max_attempts,
            retry_base: mail.retry_base,
            clock: self.settings.clock.clone(),
        });
        let mut stop = stop;
        let mut db_failures: u32 = 0;
        while !stopping(&stop) {
            let (worker, limit, lease, max) = (
                self.id.clone(),
                mail.batch_size,
                mail.lease,
                mail.max_attempts,
            );
            let clock = self.settings.clock.clone();
            // `read` adds no transaction: `claim` runs its own (immediate on SQLite).
            let claimed = self
                .db
                .read(move |c| outbox::claim(c, &worker, limit, lease, max, clock.now()))
                .await;
            match claimed {
                Err(e) => {
                    db_failures = db_failures.saturating_add(1);
                    tracing::warn!(error = %e, worker = %self.id, "cannot claim mail; will try again");
                    let wait = mail.poll_interval * 2u32.saturating_pow(db_failures.min(5));
                    pause(&mut stop, wait.min(Duration::from_secs(30))).await;
                }
                Ok(batch) if batch.is_empty() => {
                    db_failures = 0;
                    pause(&mut stop, mail.poll_interval).await;
                }
                Ok(batch) => {
                    db_failures = 0;
                    self.deliver(batch, &shared, &stop).await;
                }
            }
        }
        transport.shutdown().await;
        tracing::info!(worker = %self.id, "mail worker stopped");
        Ok(())
    }

    /// Sends a claimed batch, `concurrency` at a time.
    async fn deliver(
        &self,
        batch: Vec<Claimed>,
        shared: &Arc<Shared>,
        stop: &watch::Receiver<bool>,
    ) {
        let mail = &self.settings.mail;
        // A send may take several SMTP steps of up to `timeout` each; starting one later
        // than this could outlast the lease and let another worker send the message too.
        let last_start = Instant::now() + mail.lease.saturating_sub(mail.timeout * 4);
        let mut in_flight = JoinSet::new();
        let mut queue = batch.into_iter();
        let mut handed_back = Vec::new();
        loop {
            while in_flight.len() < mail.concurrency as usize {
                let Some(message) = queue.next() else { break };
                if stopping(stop) || Instant::now() > last_start {
                    handed_back.push(message.id);
                } else {
                    in_flight.spawn(deliver_one(Arc::clone(shared), message));
                }
            }
            match in_flight.join_next().await {
                Some(Err(e)) => tracing::error!(error = %e, "a mail send task failed"),
                Some(Ok(())) => {}
                None => break,
            }
        }
        if !handed_back.is_empty() {
            let worker = self.id.clone();
            let n = handed_back.len();
            let now = self.settings.clock.now();
            if let Err(e) = self
                .db
                .write(move |c| outbox::release(c, &handed_back, &worker, now))
                .await
            {
                // Not lost: their lease runs out and a worker takes them then.
                tracing::warn!(error = %e, messages = n, "cannot hand back unsent mail");
            }
        }
    }
}

/// Sends one message and records the outcome.
async fn deliver_one(shared: Arc<Shared>, m: Claimed) {
    let (outcome, built) = match shared.build(&m) {
        Ok(message) => (shared.transport.send(message, &file_stem(&m)).await, true),
        Err(e) => (Err(SendError::Permanent(e)), false),
    };
    // The receiving server refused the address for good: the contact points at that
    // address are marked unreachable, so facilitators see it on the candidate card.
    let bounced = built && matches!(outcome, Err(SendError::Permanent(_)));
    let attempts = u32::try_from(m.attempts).unwrap_or(0);
    let (id, worker) = (m.id, shared.worker.clone());
    let record = match &outcome {
        Ok(()) => {
            tracing::debug!(id, to = %m.recipient, "mail sent");
            Record::Sent
        }
        Err(SendError::Temporary(e)) if attempts < shared.max_attempts => {
            let wait = outbox::backoff(shared.retry_base, attempts);
            tracing::warn!(id, attempts, retry_in_secs = wait.as_secs(), error = %e, "mail not sent; will retry");
            Record::Retry(
                e.clone(),
                shared.clock.now() + chrono::Duration::from_std(wait).unwrap_or_default(),
            )
        }
        Err(e) => {
            tracing::error!(id, attempts, to = %m.recipient, error = %e, "mail given up: dead letter");
            Record::Dead(e.to_string())
        }
    };
    // The send happened: recording it must not be lost to a passing database hiccup, or
    // the message would be sent again when its lease runs out.
    for attempt in 0..5u32 {
        let (record, worker) = (record.clone(), worker.clone());
        let now = shared.clock.now();
        let recipient = m.recipient.clone();
        let result = shared
            .db
            .write(move |c| match record {
                Record::Sent => outbox::mark_sent(c, id, &worker, now),
                Record::Retry(e, at) => outbox::mark_failed(c, id, &worker, &e, Some(at), now),
                Record::Dead(e) => {
                    let marked = outbox::mark_failed(c, id, &worker, &e, None, now)?;
                    if marked && bounced {
                        crate::db::queries::contacts::mark_unreachable(c, &recipient, &e, now)?;
                    }
                    Ok(marked)
                }
            })
            .await;
        match result {
            Ok(true) => return,
            Ok(false) => {
                tracing::warn!(
                    id,
                    "mail lease had run out; another worker holds the message"
                );
                return;
            }
            Err(e) => {
                tracing::warn!(id, error = %e, "cannot record mail outcome; retrying");
                tokio::time::sleep(Duration::from_millis(200 << attempt)).await;
            }
        }
    }
    tracing::error!(
        id,
        "mail outcome not recorded; the message may be sent again"
    );
}

#[derive(Clone)]
enum Record {
    Sent,
    Retry(String, chrono::NaiveDateTime),
    Dead(String),
}

impl Shared {
    /// Renders a claimed row into a MIME message (text and HTML alternatives).
    fn build(&self, m: &Claimed) -> Result<Message, String> {
        // A stored mail in an unknown language is bad data: it goes to the dead letters
        // with the reason, never out in some other language.
        let lang: Language = m
            .lang
            .parse()
            .map_err(|_| format!("unknown language code {:?}", m.lang))?;
        let ctx = EmailCtx {
            lang,
            base_url: self.base_url.clone(),
        };
        // The kind is looked up among those registered; an unknown kind, unreadable data
        // or a failed template is a permanent failure: the message becomes a dead letter
        // that says why.
        let rendered = messages::render_stored(&m.template, &m.data, &ctx)?;
        let to: Mailbox = m
            .recipient
            .parse()
            .map_err(|e| format!("recipient {:?}: {e}", m.recipient))?;
        let mut builder = Message::builder();
        for (name, value) in rendered.headers {
            builder = builder.raw_header(HeaderValue::new(
                HeaderName::new_from_ascii_str(name),
                value,
            ));
        }
        builder
            .message_id(Some(m.message_id.clone()))
            .from(self.from.clone())
            .to(to)
            .subject(rendered.message.subject.clone())
            .raw_header(HeaderValue::new(
                HeaderName::new_from_ascii_str("Content-Language"),
                lang.code().to_owned(),
            ))
            // RFC 3834: tells auto-responders not to answer.
            .raw_header(HeaderValue::new(
                HeaderName::new_from_ascii_str("Auto-Submitted"),
                "auto-generated".to_owned(),
            ))
            .multipart(body(rendered.message)?)
            .map_err(|e| format!("the message cannot be built: {e}"))
    }
}

/// The MIME body: text and HTML alternatives, inside `multipart/mixed` with the
/// attachments when there are any (a meeting's `.ics`).
fn body(rendered: Rendered) -> Result<MultiPart, String> {
    let alternative = MultiPart::alternative_plain_html(rendered.text, rendered.html);
    if rendered.attachments.is_empty() {
        return Ok(alternative);
    }
    let mut mixed = MultiPart::mixed().multipart(alternative);
    for a in rendered.attachments {
        let kind = ContentType::parse(&a.content_type)
            .map_err(|e| format!("attachment type {:?}: {e}", a.content_type))?;
        mixed = mixed.singlepart(LettreAttachment::new(a.filename).body(a.body, kind));
    }
    Ok(mixed)
}

/// File name of a message in the file transport: sorts by queueing time, unique per row.
fn file_stem(m: &Claimed) -> String {
    format!("{}-{:010}", m.created_at.format("%Y%m%dT%H%M%S"), m.id)
}

/// Whether the worker should stop (asked to, or its owner is gone).
fn stopping(stop: &watch::Receiver<bool>) -> bool {
    *stop.borrow() || stop.has_changed().is_err()
}

/// Waits `d`, or less if asked to stop.
async fn pause(stop: &mut watch::Receiver<bool>, d: Duration) {
    tokio::select! {
        _ = tokio::time::sleep(d) => {}
        _ = stop.changed() => {}
    }
}
