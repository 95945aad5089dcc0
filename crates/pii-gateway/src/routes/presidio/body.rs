//! Reads a `/presidio` request body as JSON within the configured size limit, answering failures
//! in Presidio's words (its clients send `Content-Type: application/json`; the header is not
//! required here).

use actix_web::web;
use futures::StreamExt;
use serde::de::DeserializeOwned;

use super::PresidioError;

/// Flask's answer to a body it cannot parse.
const UNREADABLE: &str = "The browser (or proxy) sent a request that this server could not understand.";

/// The raw body, refused past `limit` bytes.
pub(super) async fn read(mut payload: web::Payload, limit: usize) -> Result<web::BytesMut, PresidioError> {
    let mut buf = web::BytesMut::new();
    while let Some(chunk) = payload.next().await {
        let chunk = chunk.map_err(|_| PresidioError::bad_request(UNREADABLE))?;
        if buf.len() + chunk.len() > limit {
            return Err(PresidioError::too_large(limit));
        }
        buf.extend_from_slice(&chunk);
    }
    Ok(buf)
}

/// Parses the body as `T`.
pub(super) fn parse<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, PresidioError> {
    serde_json::from_slice(bytes).map_err(|_| PresidioError::bad_request(UNREADABLE))
}
