//! `Idempotency-Key` on submissions: the first answer is stored with the jobs it created (same
//! transaction); a retry with the same key and body gets that answer again, and creates nothing.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse};
use pii_core::TenantId;
use pii_db::Db;
use pii_db::idempotency::{self, NewIdempotency};
use sha2::{Digest, Sha256};

use crate::error::ApiError;

/// The longest key accepted.
const MAX_KEY_LEN: usize = 255;

/// A request's idempotency key and the digest of what it asked.
#[derive(Debug, Clone)]
pub struct IdempotencyKey {
    pub key: String,
    pub request_hash: String,
}

impl IdempotencyKey {
    /// The key of `req`, if it has one.
    ///
    /// # Errors
    /// `ApiError::Unprocessable` for an empty, overlong or non-printable key.
    pub fn from_request(req: &HttpRequest, body: &[u8]) -> Result<Option<Self>, ApiError> {
        let Some(raw) = req.headers().get("idempotency-key") else { return Ok(None) };
        let key = raw.to_str().map_err(|_| ApiError::Unprocessable("Idempotency-Key must be printable ASCII".into()))?.trim();
        if key.is_empty() || key.len() > MAX_KEY_LEN || !key.bytes().all(|b| b.is_ascii_graphic()) {
            return Err(ApiError::Unprocessable(format!("Idempotency-Key must be 1 to {MAX_KEY_LEN} printable characters")));
        }
        let mut h = Sha256::new();
        h.update(req.method().as_str().as_bytes());
        h.update(b" ");
        h.update(req.path().as_bytes());
        h.update(b"\n");
        h.update(body);
        Ok(Some(IdempotencyKey { key: key.to_owned(), request_hash: hex::encode(h.finalize()) }))
    }

    /// The stored answer to replay, if this key was used before.
    ///
    /// # Errors
    /// `ApiError::Unprocessable` when the key was used with another request.
    pub async fn replay(&self, db: &Db, tenant: &TenantId) -> Result<Option<HttpResponse>, ApiError> {
        let (t, k) = (tenant.clone(), self.key.clone());
        let Some(stored) = db.run(move |c| idempotency::find(c, &t, &k)).await? else { return Ok(None) };
        if stored.request_hash != self.request_hash {
            return Err(ApiError::Unprocessable("this Idempotency-Key was already used with a different request".into()));
        }
        let status = StatusCode::from_u16(stored.status).unwrap_or(StatusCode::OK);
        Ok(Some(
            HttpResponse::build(status).content_type("application/json").insert_header(("Idempotent-Replayed", "true")).body(stored.body),
        ))
    }

    /// What to store with the created jobs.
    pub fn record(&self, tenant: &TenantId, status: u16, body: &str) -> NewIdempotency {
        NewIdempotency {
            tenant_id: tenant.clone(),
            key: self.key.clone(),
            request_hash: self.request_hash.clone(),
            response_status: status,
            response_body: body.to_owned(),
        }
    }
}

/// Parses a JSON body read as bytes (so it can also be hashed), with the API's error answers.
///
/// # Errors
/// `ApiError::BadRequest` for malformed JSON, `ApiError::Unprocessable` for the wrong shape.
pub fn parse_json<T: serde::de::DeserializeOwned>(req: &HttpRequest, body: &[u8]) -> Result<T, ApiError> {
    let ct = req.headers().get("content-type").and_then(|v| v.to_str().ok()).unwrap_or_default();
    if !ct.is_empty() && !ct.starts_with("application/json") {
        return Err(ApiError::BadRequest("expected Content-Type: application/json".into()));
    }
    serde_json::from_slice(body).map_err(|e| {
        if e.is_data() {
            ApiError::Unprocessable(format!("invalid request body: {e}"))
        } else {
            ApiError::BadRequest(format!("malformed JSON: {e}"))
        }
    })
}

/// Reads a request body up to `limit` bytes.
///
/// # Errors
/// `ApiError::TooLarge` past the limit, `ApiError::BadRequest` when the body cannot be read.
pub async fn read_body(mut payload: actix_web::web::Payload, limit: usize) -> Result<actix_web::web::Bytes, ApiError> {
    use futures::StreamExt;
    let mut body = actix_web::web::BytesMut::new();
    while let Some(chunk) = payload.next().await {
        let chunk = chunk.map_err(|e| ApiError::BadRequest(format!("cannot read the request body: {e}")))?;
        if body.len() + chunk.len() > limit {
            return Err(ApiError::TooLarge(format!("request body exceeds the limit of {limit} bytes")));
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body.freeze())
}
