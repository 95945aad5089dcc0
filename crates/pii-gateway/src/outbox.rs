//! The detector's message for the outbox: how every attempt of a job becomes work.
//!
//! Why one function: a job starts an attempt in three places (a submission, a retry on request, the
//! sweeper re-sending a job whose worker vanished or whose retry was lost), and each must send the
//! same command on the same route. The spec comes from the plan of a request
//! (`routes::redact::uri::plan_parsed`) or from the stored job (`JobRecord::spec`); the command from
//! `JobSpec::detect_command`; the framing from here.

use std::collections::BTreeMap;

use pii_core::messages::JobSpec;
use pii_db::DbError;
use pii_db::outbox::NewMessage;
use pii_queue::Route;

/// The outbox message that sends `spec` to the detector, with the broker `headers` to publish it
/// with (the trace context of the request that wrote it, or none).
///
/// # Errors
/// `DbError::Encode` when the command cannot be serialised (never expected).
pub fn detect_message(spec: JobSpec, headers: BTreeMap<String, String>) -> Result<NewMessage, DbError> {
    let payload =
        serde_json::to_string(&spec.detect_command()).map_err(|e| DbError::Encode { what: "a detect command", why: e.to_string() })?;
    Ok(NewMessage { routing_key: Route::Detect.routing_key().to_owned(), payload, headers })
}
