//! Where messages go: an SMTP server (`PFP_SMTP_URL`), or `.eml` files under
//! `<data_dir>/mailbox` when no server is configured (the development mailbox).

use std::path::PathBuf;

use lettre::transport::smtp::PoolConfig;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

use super::EmailError;
use crate::config::Settings;

/// How one send failed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SendError {
    /// Worth trying again later: the server is unreachable, busy, or answered 4xx.
    #[error("{0}")]
    Temporary(String),
    /// Will never work: the server refused the message or recipient for good (5xx), or
    /// the message cannot be built.
    #[error("{0}")]
    Permanent(String),
}

/// A configured way of delivering messages. Cheap to clone (SMTP connections are pooled
/// and shared).
#[derive(Clone)]
pub enum Transport {
    /// An SMTP server.
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    /// Files in a folder.
    Files(PathBuf),
}

impl Transport {
    /// Builds the transport the settings ask for. Must run on the async runtime (the SMTP
    /// pool starts a task that closes idle connections).
    pub fn from_settings(settings: &Settings) -> Result<Transport, EmailError> {
        let mail = &settings.mail;
        let Some(url) = &mail.smtp_url else {
            return Ok(Transport::Files(super::mailbox_dir(settings)));
        };
        // lettre's error for a URL says what is wrong without repeating the URL.
        let builder = AsyncSmtpTransport::<Tokio1Executor>::from_url(url.expose())
            .map_err(|e| EmailError::Config(format!("PFP_SMTP_URL = {url}: {e}")))?;
        let transport = builder
            .timeout(Some(mail.timeout))
            .pool_config(
                PoolConfig::new()
                    .max_size(mail.concurrency)
                    .idle_timeout(std::time::Duration::from_secs(60)),
            )
            .build();
        Ok(Transport::Smtp(transport))
    }

    /// Where messages go, for logs and the command line (never shows a password).
    pub fn describe(&self, settings: &Settings) -> String {
        match (self, &settings.mail.smtp_url) {
            (Transport::Smtp(_), Some(url)) => format!("SMTP {url}"),
            (Transport::Smtp(_), None) => "SMTP".into(),
            (Transport::Files(dir), _) => format!("files in {}", dir.display()),
        }
    }

    /// Sends one message. `file_stem` names the file of the file transport; the same stem
    /// again replaces the file, so a repeated send leaves one copy.
    pub async fn send(&self, message: Message, file_stem: &str) -> Result<(), SendError> {
        match self {
            Transport::Smtp(smtp) => smtp.send(message).await.map(|_| ()).map_err(classify),
            Transport::Files(dir) => {
                let dir = dir.clone();
                let stem = file_stem.to_owned();
                let bytes = message.formatted();
                tokio::task::spawn_blocking(move || write_eml(&dir, &stem, &bytes))
                    .await
                    .map_err(|e| SendError::Temporary(format!("file writer failed: {e}")))?
                    .map_err(|e| SendError::Temporary(format!("cannot write to the mailbox: {e}")))
            }
        }
    }

    /// Closes pooled connections politely (QUIT).
    pub async fn shutdown(&self) {
        if let Transport::Smtp(smtp) = self {
            smtp.shutdown().await;
        }
    }
}

/// Writes a file atomically (temporary name, then rename), so the mailbox never shows half
/// a message.
fn write_eml(dir: &std::path::Path, stem: &str, bytes: &[u8]) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    let tmp = dir.join(format!(".{stem}.tmp"));
    std::fs::write(&tmp, bytes)?;
    std::fs::rename(&tmp, dir.join(format!("{stem}.eml")))
}

/// Sorts an SMTP failure into try-again-later or never.
fn classify(e: lettre::transport::smtp::Error) -> SendError {
    let text = e.to_string();
    if e.is_permanent() {
        // 5xx about authentication means our settings are wrong, not the message: keep it
        // for when an operator fixes PFP_SMTP_URL.
        let code = e.status().map(|c| c.to_string()).unwrap_or_default();
        if matches!(code.as_str(), "530" | "534" | "535" | "538") {
            tracing::error!(error = %text, "the SMTP server refused our credentials (PFP_SMTP_URL)");
            return SendError::Temporary(text);
        }
        SendError::Permanent(text)
    } else {
        SendError::Temporary(text)
    }
}
