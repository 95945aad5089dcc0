use pii_core::ErrorKind;

/// Errors of the job store.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum DbError {
    #[error("database unavailable: {0}")]
    Unavailable(String),
    #[error("database query failed: {0}")]
    Query(#[from] diesel::result::Error),
    #[error("migration failed: {0}")]
    Migration(String),
    #[error("corrupt row in {table}: {why}")]
    Corrupt { table: &'static str, why: String },
    /// A stored field that no longer parses into its type. Named by the row's id and the field,
    /// never by its value: a stored policy holds deny-list values, which are PII.
    #[error("corrupt row in {table}: the {field} of {id} does not parse")]
    Unreadable { table: &'static str, id: String, field: &'static str },
    /// A typed value that could not be written as JSON (never expected: the types serialise).
    #[error("cannot encode {what}: {why}")]
    Encode { what: &'static str, why: String },
    #[error("conflict: {0}")]
    Conflict(String),
    #[error("invalid database url: {0}")]
    Url(String),
}

impl DbError {
    pub fn kind(&self) -> ErrorKind {
        match self {
            DbError::Unavailable(_) => ErrorKind::Unavailable,
            DbError::Query(diesel::result::Error::NotFound) => ErrorKind::NotFound,
            DbError::Query(diesel::result::Error::DatabaseError(kind, info)) => match kind {
                diesel::result::DatabaseErrorKind::UniqueViolation => ErrorKind::Conflict,
                diesel::result::DatabaseErrorKind::ClosedConnection => ErrorKind::Unavailable,
                diesel::result::DatabaseErrorKind::SerializationFailure => ErrorKind::Unavailable,
                _ if server_going_away(info.message()) => ErrorKind::Unavailable,
                _ => ErrorKind::Internal,
            },
            DbError::Query(diesel::result::Error::BrokenTransactionManager) => ErrorKind::Unavailable,
            DbError::Conflict(_) => ErrorKind::Conflict,
            _ => ErrorKind::Internal,
        }
    }
}

/// PostgreSQL's answers while it stops or starts (SQLSTATE class 57P: `admin_shutdown`,
/// `crash_shutdown`, `cannot_connect_now`) arrive as an error result on a connection that still
/// looks open, so diesel calls them `Unknown`; they mean the database is away, not that the query
/// was wrong. Matched on the server's messages (diesel does not pass the SQLSTATE on).
fn server_going_away(message: &str) -> bool {
    const AWAY: &[&str] = &[
        "terminating connection due to administrator command",
        "terminating connection because of crash of another server process",
        "the database system is shutting down",
        "the database system is starting up",
        "the database system is in recovery mode",
        "server closed the connection unexpectedly",
        "no connection to the server",
    ];
    AWAY.iter().any(|m| message.contains(m))
}

impl From<diesel::r2d2::PoolError> for DbError {
    fn from(e: diesel::r2d2::PoolError) -> Self {
        DbError::Unavailable(e.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn database_error(message: &str) -> DbError {
        DbError::Query(diesel::result::Error::DatabaseError(diesel::result::DatabaseErrorKind::Unknown, Box::new(message.to_owned())))
    }

    #[test]
    fn a_server_stopping_under_a_query_is_unavailability() {
        assert_eq!(database_error("terminating connection due to administrator command").kind(), ErrorKind::Unavailable);
        assert_eq!(database_error("FATAL:  the database system is shutting down").kind(), ErrorKind::Unavailable);
        // Any other unknown database error is the service's own fault.
        assert_eq!(database_error("column \"x\" does not exist").kind(), ErrorKind::Internal);
    }
}
