//! Write transactions that wait for SQLite's lock instead of failing.
//!
//! Why: a deferred SQLite transaction that reads before it writes (`ensure_tenant`, then
//! `UPDATE`) fails at once with "database is locked" when another connection committed a write in
//! between: its snapshot is stale, and SQLite does not call the busy handler for that case, so
//! `busy_timeout` does not help. Taking the write lock with the transaction's first statement
//! makes the wait an ordinary lock wait, which `busy_timeout` queues. PostgreSQL needs nothing.

use diesel::Connection;
use diesel::connection::SimpleConnection;

use crate::{DbConnection, DbError};

/// A statement that writes nothing but takes SQLite's write lock.
const TAKE_WRITE_LOCK: &str = "UPDATE tenants SET id = id WHERE 0";

/// Runs `f` in a transaction that, on SQLite, holds the write lock from its first statement.
///
/// # Errors
/// Whatever `f` returns, or `DbError` when the transaction cannot begin or commit.
pub fn write_transaction<T, F>(conn: &mut DbConnection, f: F) -> Result<T, DbError>
where
    F: FnOnce(&mut DbConnection) -> Result<T, DbError>,
{
    conn.transaction(|conn| {
        if matches!(conn, DbConnection::Sqlite(_)) {
            conn.batch_execute(TAKE_WRITE_LOCK)?;
        }
        f(conn)
    })
}
