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

impl From<CoreError> for StorageError {
    fn from(e: CoreError) -> Self {
        StorageError::Invalid(e.to_string())
    }
}
