//! Email that always arrives: the outbox, the delivery worker, the transports and the
//! messages themselves.
//!
//! - Code that wants to send mail calls [`outbox::enqueue`] inside the database
//!   transaction of the change that causes the mail, so a rolled-back change sends nothing.
//! - The [`worker::OutboxWorker`] (inside `pfp serve`, or alone as `pfp worker`) claims due
//!   rows with a lease, renders them in the recipient's language, sends them outside any
//!   transaction and marks them sent, retried later, or dead. It is the only code that
//!   speaks SMTP.
//! - [`transport::Transport`] is SMTP (`PFP_SMTP_URL`) or, when that is unset, `.eml` files
//!   under `<data_dir>/mailbox`, which [`mailbox`] reads for `/dev/mailbox` in demo mode.
//! - [`messages`] says what a kind of message is ([`MailKind`]: data that renders itself
//!   with askama templates under `templates/email/<kind>/`) and how kinds register
//!   themselves with the worker (`register_mail!`, collected by `inventory`), so this
//!   module lists no kind: each is defined and registered beside its templates, in the
//!   module it belongs to. Here: the test message and review decisions ([`messages`]),
//!   account messages ([`accounts`]) and brokering ([`brokering`]); notifications and
//!   digests are in `notify::mail`, above this layer. Queue one with
//!   [`Email::new`]`(to, lang, &data, dedupe_key)`.

pub mod accounts;
pub mod brokering;
pub mod mailbox;
pub mod messages;
pub mod outbox;
pub mod transport;
pub mod worker;

pub use messages::{MailKind, TestMail};
pub use outbox::{Email, Outbox};
pub use worker::OutboxWorker;

/// Why mail could not be queued or the mail system could not start.
#[derive(Debug, thiserror::Error)]
pub enum EmailError {
    /// The recipient is not an email address.
    #[error("{0:?} is not an email address")]
    InvalidAddress(String),
    /// A mail setting that cannot be used (the message names the key).
    #[error("{0}")]
    Config(String),
    /// The message data could not be stored or read back.
    #[error("message data: {0}")]
    Data(#[from] serde_json::Error),
    /// The database refused.
    #[error(transparent)]
    Db(#[from] crate::db::DbError),
}

/// The folder of the file transport and of `/dev/mailbox`.
pub fn mailbox_dir(settings: &crate::config::Settings) -> std::path::PathBuf {
    settings.data_dir.join("mailbox")
}
