//! Presidio's error answers: `{"error": "…"}` with Presidio's status for each case (its clients and
//! tests match on both). This is the one place where `/presidio` errors become HTTP answers; the
//! rest of the API keeps its `{"detail": …}` bodies.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, ResponseError};
use pii_core::CoreError;

use crate::error::ApiError;

/// An error answered to a Presidio client.
#[derive(Debug)]
pub struct PresidioError {
    status: StatusCode,
    message: String,
}

impl PresidioError {
    /// 400: the request cannot be read (Presidio's `BadRequest` and parse failures).
    pub fn bad_request(message: impl Into<String>) -> Self {
        PresidioError { status: StatusCode::BAD_REQUEST, message: message.into() }
    }

    /// 422: a parameter Presidio's anonymizer refuses.
    pub fn invalid(message: impl Into<String>) -> Self {
        PresidioError { status: StatusCode::UNPROCESSABLE_ENTITY, message: message.into() }
    }

    /// 500 with a message: how Presidio's analyzer answers a request it cannot serve (no text, no
    /// or an unknown language). Kept for compatibility: clients test for it.
    pub fn analyzer_refusal(message: impl Into<String>) -> Self {
        PresidioError { status: StatusCode::INTERNAL_SERVER_ERROR, message: message.into() }
    }

    /// 413: the body is over the configured limit.
    pub fn too_large(limit: usize) -> Self {
        PresidioError { status: StatusCode::PAYLOAD_TOO_LARGE, message: format!("request body exceeds the limit of {limit} bytes") }
    }
}

impl std::fmt::Display for PresidioError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl ResponseError for PresidioError {
    fn status_code(&self) -> StatusCode {
        self.status
    }

    fn error_response(&self) -> HttpResponse {
        HttpResponse::build(self.status).json(serde_json::json!({ "error": self.message }))
    }
}

impl From<CoreError> for PresidioError {
    fn from(e: CoreError) -> Self {
        match e {
            CoreError::Unsupported(m) => PresidioError::bad_request(m),
            CoreError::TooLarge { .. } => PresidioError { status: StatusCode::PAYLOAD_TOO_LARGE, message: e.to_string() },
            other => PresidioError::invalid(other.to_string()),
        }
    }
}

impl From<ApiError> for PresidioError {
    fn from(e: ApiError) -> Self {
        let status = e.status_code();
        // 5xx causes are logged by `ApiError`'s own answer path; here they stay generic.
        let message = if status.is_server_error() { "Internal server error".to_owned() } else { e.to_string() };
        if status.is_server_error() {
            tracing::error!(error = %e, "presidio endpoint failed");
        }
        PresidioError { status, message }
    }
}

pub(super) async fn not_found() -> Result<HttpResponse, PresidioError> {
    Err(PresidioError {
        status: StatusCode::NOT_FOUND,
        message: "The requested URL was not found on the server. If you entered the URL manually please check your spelling and try again."
            .into(),
    })
}
