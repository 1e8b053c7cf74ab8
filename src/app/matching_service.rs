//! The matching index inside the app: built from the database at start, rebuilt in the
//! background when the content version moves on (the database's triggers bump it on every
//! change to organisations, profiles, projects, needs, partners, engagements).
//!
//! Each instance keeps its own copy. A request asks for the index of the content version
//! it read; when the copy is older, one rebuild starts on its own thread (never two at
//! once) and the request waits for it at most [`FRESH_WAIT`]; after that the old index
//! keeps serving until the new one is swapped in. Small databases therefore answer with
//! fresh suggestions at once, and large ones never stall requests.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use crate::db::cache::current_version;
use crate::db::queries::profiles::matching_inputs;
use crate::db::{Db, DbError};
use crate::matching::{Index, Weights};

/// How long a request waits for a rebuild it started before using the old index.
pub const FRESH_WAIT: Duration = Duration::from_millis(500);

/// An index and the content version it was built from.
#[derive(Debug, Default)]
pub struct Snapshot {
    /// Content version read before the inputs.
    pub version: i64,
    /// The index.
    pub index: Index,
}

/// This instance's matching index and weights.
pub struct MatchingService {
    weights: Weights,
    current: Arc<RwLock<Arc<Snapshot>>>,
    rebuilding: Arc<AtomicBool>,
}

/// Reads the version, then the inputs, and builds (the version is read first, so a
/// change committed in between only makes the next request rebuild again).
fn build_snapshot(db: &Db) -> Result<Snapshot, DbError> {
    let mut conn = db.conn()?;
    let started = Instant::now();
    let version = current_version(&mut conn)?;
    let inputs = matching_inputs(&mut conn)?;
    drop(conn);
    let index = Index::new(inputs.organisations, inputs.projects);
    tracing::info!(
        version,
        organisations = index.organisations(),
        projects = index.projects(),
        ms = started.elapsed().as_millis() as u64,
        "matching index built"
    );
    Ok(Snapshot { version, index })
}

impl MatchingService {
    /// Builds the first index now.
    pub fn start(db: &Db, weights: Weights) -> Result<MatchingService, DbError> {
        let snapshot = build_snapshot(db)?;
        Ok(MatchingService {
            weights,
            current: Arc::new(RwLock::new(Arc::new(snapshot))),
            rebuilding: Arc::new(AtomicBool::new(false)),
        })
    }

    /// The weights in force.
    pub fn weights(&self) -> &Weights {
        &self.weights
    }

    fn snapshot(&self) -> Arc<Snapshot> {
        match self.current.read() {
            Ok(guard) => guard.clone(),
            Err(poisoned) => poisoned.into_inner().clone(),
        }
    }

    /// The index to rank with when the database is at content `version` (read by the
    /// caller). Blocking: call it off the async runtime (e.g. inside `web::block`).
    pub fn index(&self, db: &Db, version: i64) -> Arc<Snapshot> {
        let snapshot = self.snapshot();
        if snapshot.version >= version {
            return snapshot;
        }
        if self.rebuilding.swap(true, Ordering::AcqRel) {
            return snapshot; // another request started the rebuild
        }
        let (done, wait) = mpsc::channel();
        let db = db.clone();
        let current = Arc::clone(&self.current);
        let rebuilding = Arc::clone(&self.rebuilding);
        let spawned = std::thread::Builder::new()
            .name("matching-index".into())
            .spawn(move || {
                match build_snapshot(&db) {
                    Ok(fresh) => {
                        let fresh = Arc::new(fresh);
                        match current.write() {
                            Ok(mut guard) => *guard = Arc::clone(&fresh),
                            Err(poisoned) => *poisoned.into_inner() = Arc::clone(&fresh),
                        }
                        let _ = done.send(fresh);
                    }
                    Err(e) => tracing::error!(error = %e, "matching index rebuild failed"),
                }
                rebuilding.store(false, Ordering::Release);
            });
        if spawned.is_err() {
            self.rebuilding.store(false, Ordering::Release);
            return snapshot;
        }
        wait.recv_timeout(FRESH_WAIT).unwrap_or(snapshot)
    }
}
