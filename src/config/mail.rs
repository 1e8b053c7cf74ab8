//! How mail is delivered ([`MailSettings`]), and the SMTP server address, which may carry
//! a password and is shown with it masked ([`SmtpUrl`]).

use std::fmt;
use std::time::Duration;

/// An SMTP server address that may carry a password: shown with the password masked, so
/// logging settings never leaks it.
#[derive(Clone, PartialEq, Eq)]
pub struct SmtpUrl(pub(super) url::Url);

impl SmtpUrl {
    /// Parses and checks an SMTP URL: `smtp://` (plain, or STARTTLS with `?tls=required`)
    /// or `smtps://` (TLS from the start), with a host and optional `user:pass@`.
    pub fn parse(raw: &str) -> Result<SmtpUrl, &'static str> {
        let url =
            url::Url::parse(raw).map_err(|_| "expected a URL such as smtp://127.0.0.1:2525")?;
        if !matches!(url.scheme(), "smtp" | "smtps") {
            return Err("the scheme must be smtp:// or smtps://");
        }
        if url.host_str().is_none_or(str::is_empty) {
            return Err("the URL names no host");
        }
        for (k, v) in url.query_pairs() {
            if k != "tls" || !matches!(&*v, "required" | "opportunistic") {
                return Err("the only query parameter is tls=required or tls=opportunistic");
            }
        }
        Ok(SmtpUrl(url))
    }

    /// The full URL, password included: only for building the SMTP transport.
    pub fn expose(&self) -> &str {
        self.0.as_str()
    }

    /// The URL with its password replaced by `***`.
    pub fn redacted(&self) -> String {
        let mut url = self.0.clone();
        if url.password().is_some() {
            // Cannot fail: the URL has a host (checked in parse).
            let _ = url.set_password(Some("***"));
        }
        url.to_string()
    }
}

impl fmt::Debug for SmtpUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "SmtpUrl({})", self.redacted())
    }
}

impl fmt::Display for SmtpUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.redacted())
    }
}

/// How mail is delivered (see `crate::email`).
#[derive(Debug, Clone)]
pub struct MailSettings {
    /// SMTP server; `None` writes `.eml` files under `data_dir/mailbox` instead.
    pub smtp_url: Option<SmtpUrl>,
    /// `From` of every message, e.g. `Platform for Partnerships <no-reply@example.org>`.
    pub from: String,
    /// Whether `pfp serve` runs the delivery worker too.
    pub worker: bool,
    /// Attempts before a message becomes a dead letter.
    pub max_attempts: u32,
    /// Messages claimed at once.
    pub batch_size: u32,
    /// Pause between looks at an empty outbox.
    pub poll_interval: Duration,
    /// SMTP connections (and sends in flight) per worker.
    pub concurrency: u32,
    /// Timeout of each SMTP command (and of connecting).
    pub timeout: Duration,
    /// First retry delay; doubled on each further attempt, with jitter.
    pub retry_base: Duration,
    /// How long a claimed message belongs to its worker before others may take it.
    pub lease: Duration,
}
