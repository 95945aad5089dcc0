use pii_core::{CoreError, ErrorKind};

/// Errors of the storage layer. Messages name what went wrong, never document content.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StorageError {
    #[error("not found")]
    NotFound,
    #[error("forbidden: {0}")]
    Forbidden(String),
    #[error("too large: {0}")]
    TooLarge(String),
    #[error("storage unavailable: {0}")]
    Unavailable(String),
    #[error("invalid location: {0}")]
    Invalid(String),
}

impl StorageError {
    pub fn kind(&self) -> ErrorKind {
        match self {
            StorageError::NotFound => ErrorKind::NotFound,
            StorageError::Forbidden(_) => ErrorKind::Forbidden,
            StorageError::TooLarge(_) => ErrorKind::TooLarge,
            StorageError::Unavailable(_) => ErrorKind::Unavailable,
            StorageError::Invalid(_) => ErrorKind::BadRequest,
        }
    }

    pub(crate) fn from_store(e: object_store::Error) -> Self {
        match e {
            object_store::Error::NotFound { .. } => StorageError::NotFound,
            object_store::Error::PermissionDenied { .. } | object_store::Error::Unauthenticated { .. } => {
                StorageError::Forbidden("the object store refused access".into())
            }
            object_store::Error::InvalidPath { .. } => StorageError::Invalid("invalid object path".into()),
            object_store::Error::UnknownConfigurationKey { key, .. } => StorageError::Invalid(format!("unknown store option {key}")),
            other if refused_by_the_server(&other) => StorageError::Forbidden("the object store refused access".into()),
            other => StorageError::Unavailable(other.to_string()),
        }
    }

    pub(crate) fn from_io(e: std::io::Error, what: &str) -> Self {
        match e.kind() {
            std::io::ErrorKind::NotFound => StorageError::NotFound,
            std::io::ErrorKind::PermissionDenied => StorageError::Forbidden(format!("permission denied on the {what}")),
            _ => StorageError::Unavailable(format!("{what}: {e}")),
        }
    }
}

/// Whether the server answered 401 or 403 to a request that `object_store` reports as `Generic`:
/// it does so for listings (S3's and Azure's alike), where a wrong key would otherwise look like an
/// outage and be retried. The status is held by an error type `object_store` does not export, so
/// it is read from the message that type writes ("… status code: 403 Forbidden …").
fn refused_by_the_server(e: &object_store::Error) -> bool {
    let mut cause: Option<&(dyn std::error::Error + 'static)> = Some(e);
    while let Some(c) = cause {
        let text = c.to_string();
        if text.contains("status code: 401 ") || text.contains("status code: 403 ") {
            return true;
        }
        cause = c.source();
    }
    false
}

impl From<CoreError> for StorageError {
    fn from(e: CoreError) -> Self {
        StorageError::Invalid(e.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, thiserror::Error)]
    #[error("Error performing list request: {source}")]
    struct ListFailed {
        source: std::io::Error,
    }

    fn generic(status_line: &str) -> object_store::Error {
        let inner = std::io::Error::other(format!(
            "Error performing GET http://127.0.0.1/b?list-type=2 - Server returned non-2xx status code: {status_line}: <Error/>"
        ));
        object_store::Error::Generic { store: "S3", source: Box::new(ListFailed { source: inner }) }
    }

    #[test]
    fn a_listing_the_server_refused_is_forbidden_not_an_outage() {
        assert!(matches!(StorageError::from_store(generic("403 Forbidden")), StorageError::Forbidden(_)));
        assert!(matches!(StorageError::from_store(generic("401 Unauthorized")), StorageError::Forbidden(_)));
        assert!(matches!(StorageError::from_store(generic("503 Service Unavailable")), StorageError::Unavailable(_)));
        assert!(matches!(StorageError::from_store(generic("500 Internal Server Error")), StorageError::Unavailable(_)));
    }
}
