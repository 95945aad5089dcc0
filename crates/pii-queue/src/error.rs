use pii_core::ErrorKind;

/// Errors of the broker adapters.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum QueueError {
    #[error("broker unavailable: {0}")]
    Unavailable(String),
    #[error("the broker refused a message: {0}")]
    Refused(String),
    #[error("cannot encode message: {0}")]
    Encode(String),
    #[error("the delivery was already settled or its channel is gone: {0}")]
    Settle(String),
}

impl QueueError {
    pub fn kind(&self) -> ErrorKind {
        match self {
            QueueError::Encode(_) => ErrorKind::Internal,
            _ => ErrorKind::Unavailable,
        }
    }
}

impl From<serde_json::Error> for QueueError {
    fn from(e: serde_json::Error) -> Self {
        QueueError::Encode(e.to_string())
    }
}

impl From<lapin::Error> for QueueError {
    fn from(e: lapin::Error) -> Self {
        QueueError::Unavailable(e.to_string())
    }
}
