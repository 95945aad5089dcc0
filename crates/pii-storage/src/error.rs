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
            other => match status_of(&other) {
                Some(401 | 403) => StorageError::Forbidden("the object store refused access".into()),
                // A listing of a bucket (container) that does not exist: S3's NoSuchBucket, Azure's
                // ContainerNotFound. Not an outage: retrying cannot make it appear.
                Some(404) => StorageError::NotFound,
                _ => StorageError::Unavailable(other.to_string()),
            },
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

/// The HTTP status the server answered to a request that `object_store` reports as `Generic`: it
/// does so for listings (S3's and Azure's alike), where a wrong key (401, 403) or a missing bucket
/// (404) would otherwise look like an outage and be retried. The status is held by an error type
/// `object_store` does not export, so it is read from the message that type writes
/// ("… status code: 403 Forbidden …").
fn status_of(e: &object_store::Error) -> Option<u16> {
    const MARK: &str = "status code: ";
    let mut cause: Option<&(dyn std::error::Error + 'static)> = Some(e);
    while let Some(c) = cause {
        let text = c.to_string();
        if let Some(at) = text.find(MARK) {
            let rest = &text[at + MARK.len()..];
            let digits = rest.split(' ').next().unwrap_or_default();
            if let Ok(status) = digits.parse() {
                return Some(status);
            }
        }
        cause = c.source();
    }
    None
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

    #[test]
    fn a_listing_of_a_missing_bucket_is_not_found_not_an_outage() {
        assert!(matches!(StorageError::from_store(generic("404 Not Found")), StorageError::NotFound));
    }
}
