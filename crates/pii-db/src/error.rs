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
            DbError::Query(diesel::result::Error::DatabaseError(kind, _)) => match kind {
                diesel::result::DatabaseErrorKind::UniqueViolation => ErrorKind::Conflict,
                diesel::result::DatabaseErrorKind::ClosedConnection => ErrorKind::Unavailable,
                diesel::result::DatabaseErrorKind::SerializationFailure => ErrorKind::Unavailable,
                _ => ErrorKind::Internal,
            },
            DbError::Query(diesel::result::Error::BrokenTransactionManager) => ErrorKind::Unavailable,
            DbError::Conflict(_) => ErrorKind::Conflict,
            _ => ErrorKind::Internal,
        }
    }
}

impl From<diesel::r2d2::PoolError> for DbError {
    fn from(e: diesel::r2d2::PoolError) -> Self {
        DbError::Unavailable(e.to_string())
    }
}
