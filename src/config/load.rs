//! Reading the settings: the layers (compiled-in defaults, `config/<PFP_ENV>.toml`, the
//! `PFP_*` environment), the raw values as figment extracts them, and the checks that turn
//! them into [`Settings`] or a [`ConfigError`] naming the key.

use std::path::PathBuf;
use std::time::Duration;

use figment::Figment;
use figment::providers::{Env, Format, Toml};
use serde::Deserialize;

use super::mail::{MailSettings, SmtpUrl};
use super::{BrokeringSettings, LogFormat, Settings};

const DEFAULTS: &str = include_str!("../../config/default.toml");

/// A setting that cannot be used; the message names the key.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// A value of the wrong type or an unreadable file.
    #[error("configuration: {0}")]
    Load(String),
    /// A value of the right type that makes no sense.
    #[error("configuration: {key} = {value:?}: {reason}")]
    Invalid {
        /// Environment variable name of the key.
        key: &'static str,
        /// What was given.
        value: String,
        /// What is wrong.
        reason: &'static str,
    },
}

#[derive(Debug, Deserialize)]
struct Raw {
    database_url: String,
    pool_size: u32,
    listen: String,
    base_url: String,
    demo: bool,
    workers: usize,
    log: String,
    log_format: LogFormat,
    static_max_age: u32,
    session_idle_minutes: u32,
    session_absolute_hours: u32,
    data_dir: String,
    upload_max_mb: u32,
    smtp_url: Option<String>,
    mail_from: String,
    mail_worker: bool,
    mail_max_attempts: u32,
    mail_batch_size: u32,
    mail_poll_interval_ms: u64,
    mail_concurrency: u32,
    mail_timeout_secs: u64,
    mail_retry_base_secs: u64,
    mail_lease_secs: u64,
    update_overdue_days: u32,
    overdue_check_minutes: u32,
    introduction_expiry_days: u32,
    introduction_reminder_days: u32,
    brokering_sweep_secs: u64,
    #[serde(default)]
    matching: crate::matching::Weights,
}

impl Settings {
    /// Reads the layers from the process environment.
    pub fn load() -> Result<Settings, ConfigError> {
        let dir =
            PathBuf::from(std::env::var("PFP_CONFIG_DIR").unwrap_or_else(|_| "config".into()));
        let env = std::env::var("PFP_ENV").ok().filter(|e| !e.is_empty());
        Self::from_figment(Self::figment(&dir, env.as_deref())?)
    }

    fn figment(dir: &std::path::Path, env: Option<&str>) -> Result<Figment, ConfigError> {
        let mut fig = Figment::from(Toml::string(DEFAULTS));
        if let Some(env) = env {
            if !env
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
            {
                return Err(ConfigError::Invalid {
                    key: "PFP_ENV",
                    value: env.to_owned(),
                    reason: "use letters, digits, '-' or '_' (it names config/<PFP_ENV>.toml)",
                });
            }
            let file = dir.join(format!("{env}.toml"));
            if !file.is_file() {
                return Err(ConfigError::Load(format!(
                    "PFP_ENV={env} but {} does not exist",
                    file.display()
                )));
            }
            fig = fig.merge(Toml::file(file));
        }
        Ok(fig.merge(Env::prefixed("PFP_").ignore(&["env", "config_dir"])))
    }

    /// The compiled-in defaults alone, ignoring files and environment (for tests and tools).
    pub fn defaults() -> Settings {
        // The defaults are checked by a unit test; failing here is a build defect.
        Self::from_figment(Figment::from(Toml::string(DEFAULTS)))
            .expect("config/default.toml is valid")
    }

    /// Validates whatever the figment holds.
    fn from_figment(fig: Figment) -> Result<Settings, ConfigError> {
        let raw: Raw = fig.extract().map_err(|e| {
            // figment names the key and where it came from; say it once per problem.
            let msgs: Vec<String> = e.into_iter().map(|e| describe(&e)).collect();
            ConfigError::Load(msgs.join("; "))
        })?;
        let listen = raw.listen.parse().map_err(|_| ConfigError::Invalid {
            key: "PFP_LISTEN",
            value: raw.listen.clone(),
            reason: "expected an address and port such as 127.0.0.1:8080",
        })?;
        let base = url::Url::parse(&raw.base_url).ok().filter(|u| {
            matches!(u.scheme(), "http" | "https") && u.host().is_some() && u.query().is_none()
        });
        if base.is_none() {
            return Err(ConfigError::Invalid {
                key: "PFP_BASE_URL",
                value: raw.base_url,
                reason: "expected an absolute http(s) address such as https://pfp.example.org",
            });
        }
        if raw.database_url.trim().is_empty() {
            return Err(ConfigError::Invalid {
                key: "PFP_DATABASE_URL",
                value: raw.database_url,
                reason: "expected an SQLite file path or a postgres:// URL",
            });
        }
        if raw.pool_size == 0 || raw.pool_size > 512 {
            return Err(ConfigError::Invalid {
                key: "PFP_POOL_SIZE",
                value: raw.pool_size.to_string(),
                reason: "expected a number of connections between 1 and 512",
            });
        }
        if tracing_subscriber::EnvFilter::try_new(&raw.log).is_err() {
            return Err(ConfigError::Invalid {
                key: "PFP_LOG",
                value: raw.log,
                reason: "expected a tracing filter such as info or pfp=debug",
            });
        }
        let mail = mail_settings(&raw)?;
        let brokering = brokering_settings(&raw)?;
        if raw.session_idle_minutes == 0 || raw.session_idle_minutes > 60 * 24 * 30 {
            return Err(ConfigError::Invalid {
                key: "PFP_SESSION_IDLE_MINUTES",
                value: raw.session_idle_minutes.to_string(),
                reason: "expected minutes between 1 and 43200 (30 days)",
            });
        }
        if raw.session_absolute_hours == 0 || raw.session_absolute_hours > 24 * 90 {
            return Err(ConfigError::Invalid {
                key: "PFP_SESSION_ABSOLUTE_HOURS",
                value: raw.session_absolute_hours.to_string(),
                reason: "expected hours between 1 and 2160 (90 days)",
            });
        }
        if raw.data_dir.trim().is_empty() {
            return Err(ConfigError::Invalid {
                key: "PFP_DATA_DIR",
                value: raw.data_dir,
                reason: "expected a folder such as data",
            });
        }
        if raw.update_overdue_days == 0 || raw.update_overdue_days > 3660 {
            return Err(ConfigError::Invalid {
                key: "PFP_UPDATE_OVERDUE_DAYS",
                value: raw.update_overdue_days.to_string(),
                reason: "expected days between 1 and 3660 (ten years)",
            });
        }
        if raw.overdue_check_minutes > 60 * 24 * 7 {
            return Err(ConfigError::Invalid {
                key: "PFP_OVERDUE_CHECK_MINUTES",
                value: raw.overdue_check_minutes.to_string(),
                reason: "expected minutes between 0 (off) and 10080 (a week)",
            });
        }
        if raw.upload_max_mb == 0 || raw.upload_max_mb > 1024 {
            return Err(ConfigError::Invalid {
                key: "PFP_UPLOAD_MAX_MB",
                value: raw.upload_max_mb.to_string(),
                reason: "expected megabytes between 1 and 1024",
            });
        }
        if let Some(key) = raw.matching.invalid_key() {
            return Err(ConfigError::Invalid {
                key,
                value: format!("{:?}", raw.matching),
                reason: "weights must be numbers of at least 0, diverse_max_same at least 1",
            });
        }
        Ok(Settings {
            clock: crate::clock::Clock::system(),
            update_overdue_days: raw.update_overdue_days,
            overdue_check_interval: (raw.overdue_check_minutes > 0)
                .then(|| Duration::from_secs(u64::from(raw.overdue_check_minutes) * 60)),
            matching: raw.matching,
            database_url: raw.database_url,
            pool_size: raw.pool_size,
            listen,
            base_url: raw.base_url.trim_end_matches('/').to_owned(),
            demo: raw.demo,
            workers: raw.workers,
            log: raw.log,
            log_format: raw.log_format,
            static_max_age: raw.static_max_age,
            session_idle: Duration::from_secs(u64::from(raw.session_idle_minutes) * 60),
            session_absolute: Duration::from_secs(u64::from(raw.session_absolute_hours) * 3600),
            data_dir: PathBuf::from(raw.data_dir),
            upload_max_bytes: u64::from(raw.upload_max_mb) * 1_000_000,
            mail,
            brokering,
        })
    }
}

/// Checks the mail keys; numbers must lie in a sensible range.
fn mail_settings(raw: &Raw) -> Result<MailSettings, ConfigError> {
    let smtp_url = match raw.smtp_url.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(v) => Some(SmtpUrl::parse(v).map_err(|reason| {
            ConfigError::Invalid {
                key: "PFP_SMTP_URL",
                // Never echo a password, even of a URL that does not parse.
                value: url::Url::parse(v)
                    .ok()
                    .map(|u| SmtpUrl(u).redacted())
                    .unwrap_or_else(|| "(unreadable URL, not shown)".into()),
                reason,
            }
        })?),
    };
    if raw.mail_from.parse::<lettre::message::Mailbox>().is_err() {
        return Err(ConfigError::Invalid {
            key: "PFP_MAIL_FROM",
            value: raw.mail_from.clone(),
            reason: "expected an address such as Platform for Partnerships <no-reply@example.org>",
        });
    }
    let range = |key: &'static str, value: u64, min: u64, max: u64, reason: &'static str| {
        if (min..=max).contains(&value) {
            Ok(value)
        } else {
            Err(ConfigError::Invalid {
                key,
                value: value.to_string(),
                reason,
            })
        }
    };
    let max_attempts = range(
        "PFP_MAIL_MAX_ATTEMPTS",
        raw.mail_max_attempts.into(),
        1,
        100,
        "expected between 1 and 100 attempts",
    )?;
    let batch_size = range(
        "PFP_MAIL_BATCH_SIZE",
        raw.mail_batch_size.into(),
        1,
        1000,
        "expected between 1 and 1000 messages",
    )?;
    let poll = range(
        "PFP_MAIL_POLL_INTERVAL_MS",
        raw.mail_poll_interval_ms,
        10,
        3_600_000,
        "expected between 10 ms and one hour",
    )?;
    let concurrency = range(
        "PFP_MAIL_CONCURRENCY",
        raw.mail_concurrency.into(),
        1,
        100,
        "expected between 1 and 100 connections",
    )?;
    let timeout = range(
        "PFP_MAIL_TIMEOUT_SECS",
        raw.mail_timeout_secs,
        1,
        600,
        "expected between 1 and 600 seconds",
    )?;
    let retry_base = range(
        "PFP_MAIL_RETRY_BASE_SECS",
        raw.mail_retry_base_secs,
        1,
        86_400,
        "expected between 1 second and one day",
    )?;
    // A send must end well inside its lease, or a second worker could take the message
    // while the first is still sending it.
    let lease = range(
        "PFP_MAIL_LEASE_SECS",
        raw.mail_lease_secs,
        timeout.saturating_mul(5),
        86_400,
        "expected at least five times PFP_MAIL_TIMEOUT_SECS, and at most one day",
    )?;
    Ok(MailSettings {
        smtp_url,
        from: raw.mail_from.clone(),
        worker: raw.mail_worker,
        max_attempts: max_attempts as u32,
        batch_size: batch_size as u32,
        poll_interval: Duration::from_millis(poll),
        concurrency: concurrency as u32,
        timeout: Duration::from_secs(timeout),
        retry_base: Duration::from_secs(retry_base),
        lease: Duration::from_secs(lease),
    })
}

/// Checks the brokering keys: an introduction lives 1 to 365 days; the reminder comes
/// before it expires.
fn brokering_settings(raw: &Raw) -> Result<BrokeringSettings, ConfigError> {
    if !(1..=365).contains(&raw.introduction_expiry_days) {
        return Err(ConfigError::Invalid {
            key: "PFP_INTRODUCTION_EXPIRY_DAYS",
            value: raw.introduction_expiry_days.to_string(),
            reason: "expected between 1 and 365 days",
        });
    }
    if raw.introduction_reminder_days >= raw.introduction_expiry_days {
        return Err(ConfigError::Invalid {
            key: "PFP_INTRODUCTION_REMINDER_DAYS",
            value: raw.introduction_reminder_days.to_string(),
            reason: "expected fewer days than PFP_INTRODUCTION_EXPIRY_DAYS (0: no reminder)",
        });
    }
    if !(1..=86_400).contains(&raw.brokering_sweep_secs) {
        return Err(ConfigError::Invalid {
            key: "PFP_BROKERING_SWEEP_SECS",
            value: raw.brokering_sweep_secs.to_string(),
            reason: "expected between 1 second and one day",
        });
    }
    let day = 86_400;
    Ok(BrokeringSettings {
        introduction_expiry: Duration::from_secs(u64::from(raw.introduction_expiry_days) * day),
        introduction_reminder: Duration::from_secs(u64::from(raw.introduction_reminder_days) * day),
        sweep_interval: Duration::from_secs(raw.brokering_sweep_secs),
    })
}

/// One figment error as "PFP_KEY: what is wrong".
fn describe(e: &figment::Error) -> String {
    let key = e.path.join(".");
    let var = if key.is_empty() {
        String::new()
    } else {
        format!("PFP_{}: ", key.to_ascii_uppercase())
    };
    format!("{var}{}", e.kind)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with(pairs: &[(&str, &str)]) -> Result<Settings, ConfigError> {
        let mut fig = Figment::from(Toml::string(DEFAULTS));
        for (k, v) in pairs {
            fig = fig.merge((*k, *v));
        }
        Settings::from_figment(fig)
    }

    #[test]
    fn defaults_are_valid() {
        let s = with(&[]).unwrap();
        assert_eq!(s.database_url, "data/pfp.db");
        assert_eq!(s.listen.to_string(), "127.0.0.1:8080");
        assert!(s.demo);
    }

    #[test]
    fn updates_fall_overdue_after_six_months_unless_configured() {
        let toml = |extra: &str| {
            Settings::from_figment(Figment::from(Toml::string(DEFAULTS)).merge(Toml::string(extra)))
        };
        let s = toml("").unwrap();
        assert_eq!(s.update_overdue_days, 182);
        assert_eq!(s.overdue_check_interval, Some(Duration::from_secs(3600)));
        let s = toml("update_overdue_days = 30\noverdue_check_minutes = 5").unwrap();
        assert_eq!(s.update_overdue_days, 30);
        assert_eq!(s.overdue_check_interval, Some(Duration::from_secs(300)));
        assert_eq!(
            toml("overdue_check_minutes = 0")
                .unwrap()
                .overdue_check_interval,
            None
        );
        for (key, value, name) in [
            ("update_overdue_days", 0, "PFP_UPDATE_OVERDUE_DAYS"),
            ("overdue_check_minutes", 20_000, "PFP_OVERDUE_CHECK_MINUTES"),
        ] {
            let e = toml(&format!("{key} = {value}")).unwrap_err().to_string();
            assert!(e.contains(name) && e.contains("between"), "{e}");
        }
    }

    #[test]
    fn production_turns_demo_off() {
        let fig = Figment::from(Toml::string(DEFAULTS))
            .merge(Toml::string(include_str!("../../config/production.toml")));
        assert!(!Settings::from_figment(fig).unwrap().demo);
    }

    #[test]
    fn wrong_values_name_their_key() {
        let e = with(&[("listen", "localhost")]).unwrap_err().to_string();
        assert!(e.contains("PFP_LISTEN"), "{e}");
        let e = with(&[("base_url", "example.org")])
            .unwrap_err()
            .to_string();
        assert!(e.contains("PFP_BASE_URL"), "{e}");
        let e = with(&[("demo", "perhaps")]).unwrap_err().to_string();
        assert!(e.contains("PFP_DEMO"), "{e}");
    }

    #[test]
    fn mail_defaults_write_files() {
        let s = with(&[]).unwrap();
        assert!(s.mail.smtp_url.is_none());
        assert_eq!(s.data_dir, PathBuf::from("data"));
        let s = with(&[("smtp_url", "")]).unwrap();
        assert!(
            s.mail.smtp_url.is_none(),
            "an empty PFP_SMTP_URL means unset"
        );
    }

    #[test]
    fn smtp_urls_are_checked_and_their_password_never_shown() {
        let s = with(&[("smtp_url", "smtps://user:s3cret@mail.example.org:465")]).unwrap();
        let url = s.mail.smtp_url.unwrap();
        assert_eq!(url.expose(), "smtps://user:s3cret@mail.example.org:465");
        assert!(!format!("{url} {url:?}").contains("s3cret"));

        for bad in [
            "http://mail.example.org",
            "smtp://",
            "smtp://host?tls=sometimes",
            "mail.example.org",
        ] {
            let e = with(&[("smtp_url", bad)]).unwrap_err().to_string();
            assert!(e.contains("PFP_SMTP_URL"), "{bad}: {e}");
        }
        let e = with(&[("smtp_url", "ftp://u:s3cret@host")])
            .unwrap_err()
            .to_string();
        assert!(!e.contains("s3cret"), "{e}");
    }

    #[test]
    fn mail_numbers_are_checked() {
        let e = with(&[("mail_from", "not an address")])
            .unwrap_err()
            .to_string();
        assert!(e.contains("PFP_MAIL_FROM"), "{e}");
        let e = with(&[("mail_batch_size", "0")]).unwrap_err().to_string();
        assert!(e.contains("PFP_MAIL_BATCH_SIZE"), "{e}");
        let e = with(&[("mail_timeout_secs", "60"), ("mail_lease_secs", "100")])
            .unwrap_err()
            .to_string();
        assert!(e.contains("PFP_MAIL_LEASE_SECS"), "{e}");
    }

    #[test]
    fn matching_weights_come_from_the_files_and_are_checked() {
        let s = with(&[]).unwrap();
        assert_eq!(s.matching, crate::matching::Weights::default());
        let fig =
            Figment::from(Toml::string(DEFAULTS)).merge(Toml::string("[matching]\nthemes = 5.5\n"));
        let s = Settings::from_figment(fig).unwrap();
        assert_eq!(s.matching.themes, 5.5);
        assert_eq!(s.matching.need_offer, 3.0);
        let fig = Figment::from(Toml::string(DEFAULTS))
            .merge(Toml::string("[matching]\nregion = -1.0\n"));
        let e = Settings::from_figment(fig).unwrap_err().to_string();
        assert!(e.contains("matching.region"), "{e}");
        let fig =
            Figment::from(Toml::string(DEFAULTS)).merge(Toml::string("[matching]\nthemez = 1.0\n"));
        assert!(Settings::from_figment(fig).is_err());
    }

    #[test]
    fn trailing_slash_is_dropped_from_base_url() {
        let s = with(&[("base_url", "https://pfp.example.org/")]).unwrap();
        assert_eq!(s.base_url, "https://pfp.example.org");
    }
}
