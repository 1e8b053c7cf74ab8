//! Typed settings, read once at start.
//!
//! Layers: `config/default.toml` (compiled in), then `config/<PFP_ENV>.toml`, then
//! environment variables `PFP_*`. Keys (all documented in `config/default.toml`):
//! `PFP_DATABASE_URL`, `PFP_POOL_SIZE`, `PFP_LISTEN`, `PFP_BASE_URL`, `PFP_DEMO`,
//! `PFP_WORKERS`, `PFP_LOG`, `PFP_LOG_FORMAT`, `PFP_STATIC_MAX_AGE`, `PFP_SESSION_IDLE_MINUTES`,
//! `PFP_SESSION_ABSOLUTE_HOURS`, `PFP_DATA_DIR`, and the
//! mail keys `PFP_SMTP_URL`, `PFP_MAIL_FROM`, `PFP_MAIL_WORKER`, `PFP_MAIL_MAX_ATTEMPTS`,
//! `PFP_MAIL_BATCH_SIZE`, `PFP_MAIL_POLL_INTERVAL_MS`, `PFP_MAIL_CONCURRENCY`,
//! `PFP_MAIL_TIMEOUT_SECS`, `PFP_MAIL_RETRY_BASE_SECS`, `PFP_MAIL_LEASE_SECS`; the progress
//! keys `PFP_UPDATE_OVERDUE_DAYS` and `PFP_OVERDUE_CHECK_MINUTES`; the
//! brokering keys `PFP_INTRODUCTION_EXPIRY_DAYS`, `PFP_INTRODUCTION_REMINDER_DAYS`,
//! `PFP_BROKERING_SWEEP_SECS`.
//! `PFP_CONFIG_DIR` (default `config`) says where the files are. The `[matching]` table
//! (weights of the ranking signals, see `crate::matching::Weights`) is read from the
//! files only.
//!
//! Here the settings as the platform uses them ([`Settings`]); `mail.rs` holds the mail
//! delivery settings and the SMTP URL that never shows its password, `load.rs` reads the
//! layers and checks every key ([`Settings::load`], [`ConfigError`]).

mod load;
mod mail;

pub use load::ConfigError;
pub use mail::{MailSettings, SmtpUrl};

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use serde::Deserialize;

/// How logs are written.
#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    /// Human-readable lines.
    Pretty,
    /// One JSON object per line.
    Json,
}

/// Validated settings.
#[derive(Debug, Clone)]
pub struct Settings {
    /// SQLite path or PostgreSQL URL.
    pub database_url: String,
    /// Connections per instance.
    pub pool_size: u32,
    /// Listening address.
    pub listen: SocketAddr,
    /// Public base URL without a trailing slash.
    pub base_url: String,
    /// Demo mode.
    pub demo: bool,
    /// HTTP worker threads (0: one per CPU).
    pub workers: usize,
    /// Log filter.
    pub log: String,
    /// Log format.
    pub log_format: LogFormat,
    /// Browser cache lifetime of static files, seconds.
    pub static_max_age: u32,
    /// A session ends after this long without a request.
    pub session_idle: std::time::Duration,
    /// A session ends this long after sign-in, however active.
    pub session_absolute: std::time::Duration,
    /// Folder for files the platform writes (the development mailbox, …).
    pub data_dir: PathBuf,
    /// Largest document accepted, in bytes (`PFP_UPLOAD_MAX_MB` megabytes).
    pub upload_max_bytes: u64,
    /// Mail delivery.
    pub mail: MailSettings,
    /// An active project without an update for this many days is flagged "update
    /// overdue", and its owners hear of it once per such period.
    pub update_overdue_days: u32,
    /// How often this instance runs the periodic check for overdue updates; `None`
    /// (`PFP_OVERDUE_CHECK_MINUTES=0`) when it leaves the check to other instances.
    pub overdue_check_interval: Option<Duration>,
    /// Introductions' expiry and reminders (see `crate::app::brokering`).
    pub brokering: BrokeringSettings,
    /// Weights of the matching signals (`[matching]`).
    pub matching: crate::matching::Weights,
    /// Where the time comes from: the system's clock, unless a test sets one.
    pub clock: crate::clock::Clock,
}

/// When introductions expire and are reminded of (see `crate::app::brokering`).
#[derive(Debug, Clone)]
pub struct BrokeringSettings {
    /// An unanswered introduction expires this long after it was proposed.
    pub introduction_expiry: Duration,
    /// Those who have not answered are reminded this long before it expires.
    pub introduction_reminder: Duration,
    /// How often each instance looks for introductions to remind of or expire.
    pub sweep_interval: Duration,
}

impl Settings {
    /// Whether the site is served over HTTPS (then cookies are `Secure` and HSTS is sent).
    pub fn https(&self) -> bool {
        self.base_url.starts_with("https://")
    }
}
