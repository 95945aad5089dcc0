//! The job store. PostgreSQL in deployments, SQLite for the embedded default, one code path for both
//! through diesel's `MultiConnection`. Diesel is synchronous: [`Db::run`] moves each unit of work to
//! tokio's blocking pool so the async services never block on the database.
//!
//! Layout: [`schema`] (tables), [`jobs`] (job rows, listing; the typed record each row is read
//! into, parsed once, lives in `job_record`), [`events`] (status events), [`cancel`]
//! (cancelling jobs), [`outbox`] (messages written with the job rows), [`keys`] (tenants and API
//! keys), [`grants`] (the storage each tenant may reach), [`outputs`] (what jobs wrote), [`audit`]
//! (the append-only audit trail), [`retention`] (how long ended jobs are kept, and which are due),
//! [`purge`] (deleting them and deleted tenants), [`batches`] and [`batch_listing`] (a prefix of any
//! size listed into one batch, page by page), [`vault`] (the sealed records that make `pseudonymize`
//! surrogates reversible).

pub mod audit;
pub mod batch_listing;
pub mod batches;
pub mod callbacks;
pub mod cancel;
pub mod error;
pub mod events;
pub mod grants;
pub mod idempotency;
mod job_record;
pub mod jobs;
pub mod keys;
pub mod outbox;
pub mod outputs;
pub mod purge;
pub mod retention;
pub mod schema;
mod time_conv;
pub mod vault;
pub mod write_tx;

use std::time::Duration;

use diesel::Connection;
use diesel::connection::SimpleConnection;
use diesel::pg::PgConnection;
use diesel::r2d2::{self, ManageConnection, Pool, PooledConnection};
use diesel::sqlite::SqliteConnection;
use diesel_migrations::{EmbeddedMigrations, MigrationHarness, embed_migrations};

pub use error::DbError;

/// The advisory lock migrations run under ("piimigr" in ASCII): any fixed key the application uses
/// for nothing else.
const MIGRATION_LOCK_KEY: i64 = 0x0070_6969_6d69_6772;

const PG_MIGRATIONS: EmbeddedMigrations = embed_migrations!("../../migrations/postgres");
const SQLITE_MIGRATIONS: EmbeddedMigrations = embed_migrations!("../../migrations/sqlite");

/// A connection to either backend.
#[derive(diesel::MultiConnection)]
pub enum DbConnection {
    Pg(PgConnection),
    Sqlite(SqliteConnection),
}

/// Where the store lives.
#[derive(Clone, PartialEq, Eq)]
pub enum DbUrl {
    Postgres(String),
    /// A file path, or `:memory:` for a private in-memory database.
    Sqlite(String),
}

impl std::fmt::Debug for DbUrl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Postgres URLs may hold a password: show only the backend.
        match self {
            DbUrl::Postgres(_) => f.write_str("DbUrl::Postgres(..)"),
            DbUrl::Sqlite(p) => write!(f, "DbUrl::Sqlite({p})"),
        }
    }
}

impl DbUrl {
    /// `postgres://…`, `postgresql://…` or `sqlite://PATH`.
    ///
    /// # Errors
    /// `DbError::Url` for anything else.
    pub fn parse(url: &str) -> Result<Self, DbError> {
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Ok(DbUrl::Postgres(url.to_owned()))
        } else if let Some(path) = url.strip_prefix("sqlite://") {
            if path.is_empty() {
                return Err(DbError::Url("sqlite:// needs a path".into()));
            }
            Ok(DbUrl::Sqlite(path.to_owned()))
        } else {
            Err(DbError::Url("expected postgres://… or sqlite://…".into()))
        }
    }
}

/// Opens connections of the configured backend; never falls back to another one.
struct Manager {
    url: DbUrl,
}

impl ManageConnection for Manager {
    type Connection = DbConnection;
    type Error = r2d2::Error;

    fn connect(&self) -> Result<DbConnection, r2d2::Error> {
        match &self.url {
            DbUrl::Postgres(u) => {
                let mut c = PgConnection::establish(u).map_err(r2d2::Error::ConnectionError)?;
                c.batch_execute("SET TIME ZONE 'UTC'; SET statement_timeout = '30s';").map_err(r2d2::Error::QueryError)?;
                Ok(DbConnection::Pg(c))
            }
            DbUrl::Sqlite(p) => {
                let mut c = SqliteConnection::establish(p).map_err(r2d2::Error::ConnectionError)?;
                // WAL lets readers proceed during a write; busy_timeout makes writers queue instead of failing.
                c.batch_execute(
                    "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 10000; \
                     PRAGMA foreign_keys = ON;",
                )
                .map_err(r2d2::Error::QueryError)?;
                Ok(DbConnection::Sqlite(c))
            }
        }
    }

    fn is_valid(&self, conn: &mut DbConnection) -> Result<(), r2d2::Error> {
        conn.batch_execute("SELECT 1").map_err(r2d2::Error::QueryError)
    }

    fn has_broken(&self, conn: &mut DbConnection) -> bool {
        match conn {
            DbConnection::Pg(c) => r2d2::R2D2Connection::is_broken(c),
            DbConnection::Sqlite(c) => r2d2::R2D2Connection::is_broken(c),
        }
    }
}

/// The shared handle to the store: a connection pool. Clone freely.
#[derive(Clone)]
pub struct Db {
    pool: Pool<Manager>,
    backend: Backend,
}

/// Which database a [`Db`] talks to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Postgres,
    Sqlite,
}

impl std::fmt::Debug for Db {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Db").field("backend", &self.backend).finish()
    }
}

impl Db {
    /// Builds the pool without waiting for the database: a deployment must start (and report
    /// not-ready) while the database is still coming up.
    ///
    /// # Errors
    /// `DbError::Url` for a bad URL; `DbError::Unavailable` if the pool cannot be built.
    pub fn connect_lazy(url: &str, pool_size: u32) -> Result<Self, DbError> {
        let url = DbUrl::parse(url)?;
        let backend = match url {
            DbUrl::Postgres(_) => Backend::Postgres,
            DbUrl::Sqlite(ref p) => {
                if let Some(parent) = std::path::Path::new(p).parent().filter(|p| !p.as_os_str().is_empty()) {
                    std::fs::create_dir_all(parent)
                        .map_err(|e| DbError::Unavailable(format!("cannot create {}: {e}", parent.display())))?;
                }
                Backend::Sqlite
            }
        };
        let size = match (&url, backend) {
            // An in-memory SQLite database exists once per connection: keep exactly one.
            (DbUrl::Sqlite(p), _) if p == ":memory:" => 1,
            _ => pool_size.max(1),
        };
        let pool = Pool::builder()
            .max_size(size)
            .min_idle(Some(0))
            .connection_timeout(Duration::from_secs(5))
            .test_on_check_out(false)
            .build_unchecked(Manager { url });
        Ok(Db { pool, backend })
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// Applies pending migrations of this backend.
    ///
    /// # Errors
    /// `DbError::Unavailable` when the database cannot be reached, `DbError::Migration` when a
    /// migration fails.
    pub async fn migrate(&self) -> Result<Vec<String>, DbError> {
        self.run(|conn| {
            let applied = match conn {
                DbConnection::Pg(c) => {
                    // Gateways migrate at start, and so does the migrate Job: concurrent starters take
                    // turns under a session advisory lock (the later ones then find nothing pending),
                    // instead of racing on the same DDL and crashing. A starter that dies releases the
                    // lock with its session.
                    use diesel::RunQueryDsl;
                    diesel::sql_query(format!("SELECT pg_advisory_lock({MIGRATION_LOCK_KEY})")).execute(c)?;
                    let applied = c.run_pending_migrations(PG_MIGRATIONS).map(|v| v.into_iter().map(|v| v.to_string()).collect());
                    diesel::sql_query(format!("SELECT pg_advisory_unlock({MIGRATION_LOCK_KEY})")).execute(c)?;
                    applied
                }
                DbConnection::Sqlite(c) => {
                    c.run_pending_migrations(SQLITE_MIGRATIONS).map(|v| v.into_iter().map(|v| v.to_string()).collect())
                }
            }
            .map_err(|e| DbError::Migration(e.to_string()))?;
            Ok(applied)
        })
        .await
    }

    /// Runs `f` with a pooled connection on the blocking thread pool.
    ///
    /// # Errors
    /// `DbError::Unavailable` when no connection can be had within the pool timeout, or whatever `f`
    /// returns.
    pub async fn run<F, R>(&self, f: F) -> Result<R, DbError>
    where
        F: FnOnce(&mut DbConnection) -> Result<R, DbError> + Send + 'static,
        R: Send + 'static,
    {
        let pool = self.pool.clone();
        tokio::task::spawn_blocking(move || {
            let mut conn: PooledConnection<Manager> = pool.get()?;
            f(&mut conn)
        })
        .await
        .map_err(|e| DbError::Unavailable(format!("database task failed: {e}")))?
    }

    /// A cheap round trip, for readiness probes.
    ///
    /// # Errors
    /// `DbError::Unavailable` when the database does not answer.
    pub async fn ping(&self) -> Result<(), DbError> {
        self.run(|c| c.batch_execute("SELECT 1").map_err(|e| DbError::Unavailable(e.to_string()))).await
    }
}
