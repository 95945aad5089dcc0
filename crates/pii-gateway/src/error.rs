//! The one place where errors become HTTP answers. Every error body is `{"detail": "…"}`; 5xx
//! bodies stay generic and the cause is logged instead.

use actix_web::http::StatusCode;
use actix_web::http::header::{self, HeaderValue};
use actix_web::{HttpResponse, ResponseError};
use pii_core::{CoreError, ErrorKind};
use pii_db::DbError;
use pii_queue::QueueError;
use pii_storage::StorageError;

/// An error answered to an API client.
#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    #[error("{0}")]
    BadRequest(String),
    #[error("{0}")]
    Unprocessable(String),
    #[error("Missing or invalid API key")]
    Unauthorized,
    /// The key is valid but lacks the route's scope (the message names it).
    #[error("{0}")]
    Forbidden(String),
    #[error("{0}")]
    NotFound(&'static str),
    #[error("{0}")]
    Conflict(String),
    #[error("{0}")]
    TooLarge(String),
    #[error("Rate limit exceeded")]
    RateLimited { retry_after_secs: u64 },
    #[error("{0}")]
    QuotaExceeded(String),
    #[error("{0}")]
    Unavailable(String),
    #[error("Internal server error")]
    Internal(String),
}

#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct ErrorBody {
    /// What went wrong, for people.
    pub detail: String,
}

impl ApiError {
    /// Maps a kind from any crate onto an answer; `what` names the thing for messages.
    pub fn from_kind(kind: ErrorKind, message: String) -> Self {
        match kind {
            ErrorKind::BadRequest | ErrorKind::Forbidden => ApiError::Unprocessable(message),
            ErrorKind::Unprocessable => ApiError::Unprocessable(message),
            ErrorKind::NotFound => ApiError::NotFound("Not found"),
            ErrorKind::TooLarge => ApiError::TooLarge(message),
            ErrorKind::RateLimited => ApiError::RateLimited { retry_after_secs: 1 },
            ErrorKind::Conflict => ApiError::Conflict(message),
            ErrorKind::Unavailable => ApiError::Unavailable(message),
            ErrorKind::Internal => ApiError::Internal(message),
        }
    }
}

impl From<DbError> for ApiError {
    fn from(e: DbError) -> Self {
        match e.kind() {
            ErrorKind::Unavailable => ApiError::Unavailable("The job store is unavailable; try again shortly".into()),
            kind => ApiError::from_kind(kind, e.to_string()),
        }
    }
}

impl From<QueueError> for ApiError {
    fn from(e: QueueError) -> Self {
        ApiError::from_kind(e.kind(), e.to_string())
    }
}

impl From<StorageError> for ApiError {
    fn from(e: StorageError) -> Self {
        ApiError::from_kind(e.kind(), e.to_string())
    }
}

impl From<CoreError> for ApiError {
    fn from(e: CoreError) -> Self {
        ApiError::from_kind(e.kind(), e.to_string())
    }
}

impl ResponseError for ApiError {
    fn status_code(&self) -> StatusCode {
        match self {
            ApiError::BadRequest(_) => StatusCode::BAD_REQUEST,
            ApiError::Unprocessable(_) => StatusCode::UNPROCESSABLE_ENTITY,
            ApiError::Unauthorized => StatusCode::UNAUTHORIZED,
            ApiError::Forbidden(_) => StatusCode::FORBIDDEN,
            ApiError::NotFound(_) => StatusCode::NOT_FOUND,
            ApiError::Conflict(_) => StatusCode::CONFLICT,
            ApiError::TooLarge(_) => StatusCode::PAYLOAD_TOO_LARGE,
            ApiError::RateLimited { .. } | ApiError::QuotaExceeded(_) => StatusCode::TOO_MANY_REQUESTS,
            ApiError::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            ApiError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse {
        if let ApiError::Internal(cause) = self {
            tracing::error!(error = %cause, "internal error");
        }
        let mut resp = HttpResponse::build(self.status_code());
        match self {
            ApiError::RateLimited { retry_after_secs } => {
                resp.insert_header((header::RETRY_AFTER, retry_after_secs.to_string()));
            }
            ApiError::Unavailable(_) | ApiError::QuotaExceeded(_) => {
                resp.insert_header((header::RETRY_AFTER, HeaderValue::from_static("5")));
            }
            ApiError::Unauthorized => {
                resp.insert_header((header::WWW_AUTHENTICATE, HeaderValue::from_static("ApiKey header=\"X-API-Key\"")));
            }
            _ => {}
        }
        resp.json(ErrorBody { detail: self.to_string() })
    }
}

/// Answers for bodies that are not valid JSON, too large, or of the wrong shape.
pub fn json_error(err: actix_web::error::JsonPayloadError, _req: &actix_web::HttpRequest) -> actix_web::Error {
    use actix_web::error::JsonPayloadError as E;
    let api = match &err {
        E::OverflowKnownLength { length, limit } => {
            ApiError::TooLarge(format!("request body of {length} bytes exceeds the limit of {limit}"))
        }
        E::Overflow { limit } => ApiError::TooLarge(format!("request body exceeds the limit of {limit} bytes")),
        E::ContentType => ApiError::BadRequest("expected Content-Type: application/json".into()),
        E::Deserialize(e) if e.is_data() => ApiError::Unprocessable(format!("invalid request body: {e}")),
        E::Deserialize(e) => ApiError::BadRequest(format!("malformed JSON: {e}")),
        other => ApiError::BadRequest(format!("cannot read the request body: {other}")),
    };
    api.into()
}

/// Answers for malformed query strings.
pub fn query_error(err: actix_web::error::QueryPayloadError, _req: &actix_web::HttpRequest) -> actix_web::Error {
    ApiError::Unprocessable(format!("invalid query parameters: {err}")).into()
}

/// Answers for malformed path parameters.
pub fn path_error(err: actix_web::error::PathError, _req: &actix_web::HttpRequest) -> actix_web::Error {
    let _ = err;
    ApiError::NotFound("Not found").into()
}
