use pii_core::{CoreError, ErrorKind};

/// Everything that can go wrong reading or writing a document.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum DocError {
    #[error("unsupported document: {0}")]
    Unsupported(String),
    #[error("corrupt document: {0}")]
    Corrupt(String),
    #[error("the document is encrypted or password-protected")]
    Encrypted,
    #[error("document too large: {0}")]
    TooLarge(String),
    /// Image content the policy does not let through unread (`images: fail`, or unreadable content
    /// under `unreadable_images: fail`); the message names the page or image.
    #[error("image content not redacted: {0}")]
    ImageContent(String),
    #[error("the findings do not match the document: {0}")]
    Mismatch(String),
    #[error("i/o error: {0}")]
    Io(#[from] std::io::Error),
    #[error(transparent)]
    Core(#[from] CoreError),
    /// The caller asked the run to stop ([`crate::Limits::stop`]): a cancelled job.
    #[error("stopped on request")]
    Stopped,
}

impl DocError {
    pub fn kind(&self) -> ErrorKind {
        match self {
            DocError::Unsupported(_) | DocError::Corrupt(_) | DocError::Encrypted | DocError::Mismatch(_) | DocError::ImageContent(_) => {
                ErrorKind::Unprocessable
            }
            DocError::TooLarge(_) => ErrorKind::TooLarge,
            DocError::Stopped => ErrorKind::Conflict,
            DocError::Io(_) => ErrorKind::Unavailable,
            DocError::Core(e) => match e.kind() {
                ErrorKind::BadRequest => ErrorKind::Unprocessable,
                k => k,
            },
        }
    }
}
