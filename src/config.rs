//! Typed settings, read once at start.
//!
//! Layers: `config/default.toml` (compiled in), then `config/<PFP_ENV>.toml`, then
//! environment variables `PFP_*`. Keys (all documented in `config/default.toml`):
//! `PFP_DATABASE_URL`, `PFP_POOL_SIZE`, `PFP_LISTEN`, `PFP_BASE_URL`, `PFP_DEMO`,
//! `PFP_WORKERS`, `PFP_LOG`, `PFP_LOG_FORMAT`, `PFP_STATIC_MAX_AGE`. `PFP_CONFIG_DIR`
//! (default `config`) says where the files are.

use std::net::SocketAddr;
use std::path::PathBuf;

use figment::Figment;
use figment::providers::{Env, Format, Toml};
use serde::Deserialize;

const DEFAULTS: &str = include_str!("../config/default.toml");

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

/// How logs are written.
#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    /// Human-readable lines.
    Pretty,
    /// One JSON object per line.
    Json,
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
        Ok(Settings {
            database_url: raw.database_url,
            pool_size: raw.pool_size,
            listen,
            base_url: raw.base_url.trim_end_matches('/').to_owned(),
            demo: raw.demo,
            workers: raw.workers,
            log: raw.log,
            log_format: raw.log_format,
            static_max_age: raw.static_max_age,
        })
    }
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
    fn production_turns_demo_off() {
        let fig = Figment::from(Toml::string(DEFAULTS))
            .merge(Toml::string(include_str!("../config/production.toml")));
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
    fn trailing_slash_is_dropped_from_base_url() {
        let s = with(&[("base_url", "https://pfp.example.org/")]).unwrap();
        assert_eq!(s.base_url, "https://pfp.example.org");
    }
}
