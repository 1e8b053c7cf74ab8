//! The database: one connection type over SQLite and PostgreSQL, the pool, migrations, and
//! the one helper every piece of database work goes through ([`Db::read`], [`Db::write`]).
//!
//! The backend is chosen from the URL: `postgres://` or `postgresql://` is PostgreSQL,
//! anything else an SQLite file path (an optional `sqlite://` prefix is removed).
//! Dialect-specific SQL lives only in functions that `match` on [`DbConn`].

pub mod cache;
pub mod code;
pub mod models;
pub mod queries;
pub mod schema;

use std::time::Duration;

use diesel::connection::SimpleConnection;
use diesel::r2d2::{ConnectionManager, CustomizeConnection, Pool, PooledConnection};
use diesel_migrations::{EmbeddedMigrations, MigrationHarness, embed_migrations};

const SQLITE_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/sqlite");
const POSTGRES_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/postgres");

/// One connection type for both backends.
#[derive(diesel::MultiConnection)]
pub enum DbConn {
    /// An SQLite file.
    Sqlite(diesel::SqliteConnection),
    /// A PostgreSQL server.
    Pg(diesel::PgConnection),
}

/// Which backend a URL selects.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    /// SQLite (the embedded default).
    Sqlite,
    /// PostgreSQL (several app instances).
    Postgres,
}

impl Backend {
    /// Picks the backend from the URL scheme.
    pub fn of(url: &str) -> Backend {
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Backend::Postgres
        } else {
            Backend::Sqlite
        }
    }

    /// Lower-case name, for logs and the health page.
    pub fn name(self) -> &'static str {
        match self {
            Backend::Sqlite => "sqlite",
            Backend::Postgres => "postgres",
        }
    }
}

/// Why database work failed.
#[derive(Debug, thiserror::Error)]
pub enum DbError {
    /// No connection could be had (server down, pool exhausted, file unreadable).
    #[error("database unavailable: {0}")]
    Unavailable(String),
    /// A query failed.
    #[error("database query failed: {0}")]
    Query(#[from] diesel::result::Error),
    /// Migrations could not be applied.
    #[error("database migration failed: {0}")]
    Migration(String),
    /// A code column holds a value its list does not know: bad data, which is reported
    /// (logged, and a 500 page) rather than read as some default.
    #[error("unknown code {value:?} in {column}")]
    BadCode {
        /// Table and column, e.g. `projects.stage`.
        column: &'static str,
        /// What the column holds.
        value: String,
    },
}

impl DbError {
    /// Whether a caller's retry could succeed (the database itself is unreachable).
    pub fn is_unavailable(&self) -> bool {
        match self {
            DbError::Unavailable(_) => true,
            DbError::Query(diesel::result::Error::DatabaseError(kind, info)) => {
                // SQLite reports a locked, missing or damaged file only in its message.
                const SQLITE_UNAVAILABLE: [&str; 5] = [
                    "database is locked",
                    "unable to open database",
                    "disk I/O error",
                    "file is not a database",
                    "database disk image is malformed",
                ];
                matches!(kind, diesel::result::DatabaseErrorKind::ClosedConnection)
                    || SQLITE_UNAVAILABLE
                        .iter()
                        .any(|m| info.message().contains(m))
            }
            _ => false,
        }
    }
}

/// Per-connection settings: SQLite needs foreign keys, a busy timeout and `synchronous =
/// NORMAL` (safe under WAL) on every connection; WAL itself is set once per file by
/// [`enable_wal`].
#[derive(Debug)]
struct ConnectionSetup;

impl CustomizeConnection<DbConn, diesel::r2d2::Error> for ConnectionSetup {
    fn on_acquire(&self, conn: &mut DbConn) -> Result<(), diesel::r2d2::Error> {
        if let DbConn::Sqlite(c) = conn {
            c.batch_execute(
                "PRAGMA busy_timeout = 5000; PRAGMA synchronous = NORMAL; \
                 PRAGMA foreign_keys = ON;",
            )
            .map_err(diesel::r2d2::Error::QueryError)?;
        }
        Ok(())
    }
}

/// Switches an SQLite file to write-ahead logging, once, before the pool opens its
/// connections: the mode is stored in the file, and switching needs a moment alone with
/// it, which the pool's connections opening together would not give it.
fn enable_wal(path: &str) -> Result<(), DbError> {
    use diesel::Connection;
    let mut conn = diesel::SqliteConnection::establish(path)
        .map_err(|e| DbError::Unavailable(format!("cannot open {path}: {e}")))?;
    conn.batch_execute("PRAGMA busy_timeout = 5000; PRAGMA journal_mode = WAL;")?;
    Ok(())
}

type ConnPool = Pool<ConnectionManager<DbConn>>;
/// A connection borrowed from the pool.
pub type Conn = PooledConnection<ConnectionManager<DbConn>>;

/// The pool and its backend. Cheap to clone.
#[derive(Clone)]
pub struct Db {
    pool: ConnPool,
    backend: Backend,
}

impl Db {
    /// Opens a pool; an SQLite file's folder is created if missing.
    pub fn connect(url: &str, pool_size: u32) -> Result<Db, DbError> {
        let backend = Backend::of(url);
        let url = match backend {
            Backend::Sqlite => {
                let path = url.strip_prefix("sqlite://").unwrap_or(url);
                if let Some(dir) = std::path::Path::new(path).parent()
                    && !dir.as_os_str().is_empty()
                {
                    std::fs::create_dir_all(dir).map_err(|e| {
                        DbError::Unavailable(format!("cannot create {}: {e}", dir.display()))
                    })?;
                }
                enable_wal(path)?;
                path.to_owned()
            }
            Backend::Postgres => url.to_owned(),
        };
        let pool = Pool::builder()
            .max_size(pool_size)
            .connection_timeout(Duration::from_secs(5))
            // A pooled PostgreSQL connection can die with its server or the network, so it
            // is checked before use; an SQLite file connection cannot, and checking would
            // double the queries of a cached page.
            .test_on_check_out(backend == Backend::Postgres)
            .connection_customizer(Box::new(ConnectionSetup))
            .build(ConnectionManager::<DbConn>::new(url))
            .map_err(|e| DbError::Unavailable(e.to_string()))?;
        Ok(Db { pool, backend })
    }

    /// Which backend this is.
    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// A pooled connection, for code already off the async runtime (CLI, worker threads).
    pub fn conn(&self) -> Result<Conn, DbError> {
        self.pool
            .get()
            .map_err(|e| DbError::Unavailable(e.to_string()))
    }

    /// Applies pending migrations; returns how many ran.
    pub fn migrate(&self) -> Result<usize, DbError> {
        let mut conn = self.conn()?;
        let ran = match &mut *conn {
            DbConn::Sqlite(c) => c.run_pending_migrations(SQLITE_MIGRATIONS).map(|v| v.len()),
            DbConn::Pg(c) => c
                .run_pending_migrations(POSTGRES_MIGRATIONS)
                .map(|v| v.len()),
        };
        ran.map_err(|e| DbError::Migration(e.to_string()))
    }

    /// Runs read-only work on a pooled connection off the async runtime, without a
    /// transaction (one statement reads a consistent snapshot on both backends).
    pub async fn read<T, F>(&self, f: F) -> Result<T, DbError>
    where
        T: Send + 'static,
        F: FnOnce(&mut DbConn) -> Result<T, DbError> + Send + 'static,
    {
        self.blocking(f).await
    }

    /// Runs one use case in one transaction on a pooled connection off the async runtime.
    pub async fn write<T, F>(&self, f: F) -> Result<T, DbError>
    where
        T: Send + 'static,
        F: FnOnce(&mut DbConn) -> Result<T, DbError> + Send + 'static,
    {
        self.blocking(move |conn| in_transaction(conn, f)).await
    }

    async fn blocking<T, F>(&self, f: F) -> Result<T, DbError>
    where
        T: Send + 'static,
        F: FnOnce(&mut DbConn) -> Result<T, DbError> + Send + 'static,
    {
        let pool = self.pool.clone();
        let span = tracing::Span::current();
        actix_web::rt::task::spawn_blocking(move || {
            let _entered = span.enter();
            let mut conn = pool
                .get()
                .map_err(|e| DbError::Unavailable(e.to_string()))?;
            f(&mut conn)
        })
        .await
        .map_err(|e| DbError::Unavailable(format!("database task failed: {e}")))?
    }
}

/// Runs `f` in one transaction. On SQLite the transaction starts with `BEGIN IMMEDIATE`:
/// it takes the write lock at once (waiting out the busy timeout if another connection
/// holds it), where a deferred transaction that reads first and writes later would fail
/// straight away with "database is locked" (`SQLITE_BUSY_SNAPSHOT`) whenever another
/// connection committed in between, without waiting. PostgreSQL uses a plain transaction.
pub fn in_transaction<T, F>(conn: &mut DbConn, f: F) -> Result<T, DbError>
where
    F: FnOnce(&mut DbConn) -> Result<T, DbError>,
{
    use diesel::Connection;
    use diesel::connection::{AnsiTransactionManager, TransactionManager};
    let DbConn::Sqlite(sqlite) = conn else {
        return conn.transaction(f);
    };
    AnsiTransactionManager::begin_transaction_sql(sqlite, "BEGIN IMMEDIATE")?;
    let result = f(conn);
    let DbConn::Sqlite(sqlite) = conn else {
        unreachable!("the connection does not change backend");
    };
    match result {
        Ok(value) => match AnsiTransactionManager::commit_transaction(sqlite) {
            Ok(()) => Ok(value),
            Err(e) => {
                let _ = AnsiTransactionManager::rollback_transaction(sqlite);
                Err(e.into())
            }
        },
        Err(e) => {
            AnsiTransactionManager::rollback_transaction(sqlite)?;
            Err(e)
        }
    }
}

impl From<diesel::r2d2::PoolError> for DbError {
    fn from(e: diesel::r2d2::PoolError) -> Self {
        DbError::Unavailable(e.to_string())
    }
}
