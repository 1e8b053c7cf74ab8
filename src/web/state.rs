//! What every worker of the server shares.

use crate::app::matching_service::MatchingService;
use crate::config::Settings;
use crate::db::Db;
use crate::db::cache::Caches;
use crate::storage::FileStore;

/// Shared state of every worker.
pub struct AppState {
    /// Settings in force.
    pub settings: Settings,
    /// The database.
    pub db: Db,
    /// Public content read from the database, per content version.
    pub caches: Caches,
    /// Where uploaded documents are stored.
    pub files: std::sync::Arc<dyn FileStore>,
    /// This instance's matching index (see `crate::app::matching_service`).
    pub matching: MatchingService,
}

impl AppState {
    /// The time now, from the one clock (see [`crate::clock`]).
    pub fn now(&self) -> chrono::NaiveDateTime {
        self.settings.clock.now()
    }

    /// Today's date (UTC), from the one clock.
    pub fn today(&self) -> chrono::NaiveDate {
        self.settings.clock.today()
    }
}
