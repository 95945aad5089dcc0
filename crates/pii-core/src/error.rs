//! The core crate's error type and the small classification every crate maps its errors onto.

/// What kind of failure an error is, independent of the crate that raised it.
///
/// Every crate's error exposes `kind()`; the gateway maps a kind to an HTTP status in exactly one place,
/// and the workers map it to a job status (`Unprocessable`/`NotFound`/`Forbidden` end a job as `error`,
/// `Unavailable` is retried and may end as `failed`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// The request is malformed or names something unsupported.
    BadRequest,
    /// The input exists but cannot be processed (corrupt, encrypted, unsupported format).
    Unprocessable,
    /// The thing asked for does not exist, or belongs to another tenant.
    NotFound,
    /// The caller may not reach this location (outside the file roots, private network).
    Forbidden,
    /// The request or the input is larger than allowed.
    TooLarge,
    /// The caller exceeded a quota.
    RateLimited,
    /// A conflicting state (an illegal transition, an idempotency key reused with another body).
    Conflict,
    /// A dependency is down or slow; trying again later may succeed.
    Unavailable,
    /// A bug or an unexpected state.
    Internal,
}

impl ErrorKind {
    /// Whether a job that hit this error may succeed on a later attempt.
    pub fn is_retryable(self) -> bool {
        matches!(self, ErrorKind::Unavailable | ErrorKind::Internal | ErrorKind::RateLimited)
    }
}

/// Errors raised by the pure core: parsing, validation and the engine.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum CoreError {
    #[error("invalid {what}: {why}")]
    Invalid { what: &'static str, why: String },
    #[error("{0}")]
    Unsupported(String),
    #[error("{what} is too large: {why}")]
    TooLarge { what: &'static str, why: String },
    #[error("illegal status transition from {from} to {to}")]
    IllegalTransition { from: crate::JobStatus, to: crate::JobStatus },
    #[error("cryptographic failure: {0}")]
    Crypto(String),
    /// A parameter refused in the words of an established wire contract (Presidio's anonymizer
    /// messages), which clients match on; shown to them verbatim.
    #[error("{0}")]
    Refused(String),
}

impl CoreError {
    pub fn invalid(what: &'static str, why: impl Into<String>) -> Self {
        CoreError::Invalid { what, why: why.into() }
    }

    pub fn kind(&self) -> ErrorKind {
        match self {
            CoreError::Invalid { .. } | CoreError::Unsupported(_) => ErrorKind::BadRequest,
            CoreError::TooLarge { .. } => ErrorKind::TooLarge,
            CoreError::IllegalTransition { .. } => ErrorKind::Conflict,
            CoreError::Crypto(_) => ErrorKind::BadRequest,
            CoreError::Refused(_) => ErrorKind::Unprocessable,
        }
    }
}
