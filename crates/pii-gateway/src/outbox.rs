//! The detector's message for the outbox: how every attempt of a job becomes work.
//!
//! Why one function: a job starts an attempt in three places (a submission, a retry on request, the
//! sweeper re-sending a job whose worker vanished or whose retry was lost), and each must send the
//! same command on the same route. The spec comes from the plan of a request
//! (`routes::redact::uri::plan_parsed`) or from the stored job (`JobRecord::spec`); the command from
//! `JobSpec::detect_command`; the framing from here.

use pii_core::envelope::{Envelope, Headers, Route};
use pii_core::messages::JobSpec;
use pii_db::DbError;

/// The outbox message that sends `spec` to the detector, with the broker `headers` to publish it
/// with (the trace context of the request that wrote it, or none).
///
/// # Errors
/// `DbError::Encode` when the command cannot be serialised (never expected).
pub fn detect_message(spec: JobSpec, headers: Headers) -> Result<Envelope, DbError> {
    let command = Envelope::json(Route::Detect, &spec.detect_command())
        .map_err(|e| DbError::Encode { what: "a detect command", why: e.to_string() })?;
    Ok(command.with_headers(headers))
}
