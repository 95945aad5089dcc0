//! Callbacks: a signed POST to the caller's URL when a job (not in a batch) or a whole batch ends.
//!
//! They are enqueued in the same transaction as the status change, then delivered by this
//! dispatcher: claimed with a lease (so several gateways never send one twice at once), POSTed
//! under the same network policy as inputs (no private addresses, no redirects), and retried with
//! exponential backoff until a 2xx answer or the attempts are used up.
//!
//! Signature: `X-PII-Redactor-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">` with
//! the tenant's signing secret in its current key epoch (`GET /api/v1/tenant`), read when the
//! callback is sent; `X-PII-Redactor-Key-Epoch` names that epoch's generation, so a receiver can
//! keep the old secret beside the new one while a rotation settles. Receivers reject old timestamps
//! to stop replays.

use std::time::Duration;

use hmac::{Hmac, KeyInit, Mac};
use pii_db::batches;
use pii_db::callbacks::{self, CallbackRecord, NewCallback};
use pii_db::jobs::Ended;
use pii_db::{DbConnection, DbError};
use sha2::Sha256;
use time::OffsetDateTime;
use tokio_util::sync::CancellationToken;

use crate::dto::{BatchResponse, JobResponse};
use crate::state::AppState;

/// Attempts before a callback is given up (the last ones about an hour apart).
pub const MAX_ATTEMPTS: u32 = 12;
const CLAIM: u32 = 50;
const LEASE: time::Duration = time::Duration::seconds(60);
const POLL: Duration = Duration::from_secs(1);
const TIMEOUT: Duration = Duration::from_secs(10);

/// The callback owed for something that ended, if any.
///
/// # Errors
/// `DbError` when counting a batch's jobs fails.
pub fn for_ended(conn: &mut DbConnection, ended: &Ended<'_>) -> Result<Option<NewCallback>, DbError> {
    let corrupt = |e: serde_json::Error| DbError::Corrupt { table: "callbacks", why: e.to_string() };
    match ended {
        Ended::Job(job) => {
            // Jobs of a batch are reported once, with their batch.
            let (Some(url), None) = (&job.callback_url, job.batch_id) else { return Ok(None) };
            let event = format!("job.{}", job.status.as_str());
            let body = serde_json::json!({ "event": event, "job": JobResponse::from((*job).clone()) });
            Ok(Some(NewCallback {
                tenant_id: job.tenant_id.clone(),
                url: url.clone(),
                event,
                payload: serde_json::to_string(&body).map_err(corrupt)?,
            }))
        }
        Ended::Batch(batch) => {
            let Some(url) = &batch.callback_url else { return Ok(None) };
            let counts = batches::batch_counts(conn, batch.id)?;
            let body = serde_json::json!({ "event": "batch.completed", "batch": BatchResponse::new((*batch).clone(), &counts) });
            Ok(Some(NewCallback {
                tenant_id: batch.tenant_id.clone(),
                url: url.clone(),
                event: "batch.completed".into(),
                payload: serde_json::to_string(&body).map_err(corrupt)?,
            }))
        }
    }
}

/// The signature header value for `body` sent at `t`.
pub fn signature(secret: &[u8], t: i64, body: &str) -> String {
    let mut mac = <Hmac<Sha256> as KeyInit>::new_from_slice(secret).expect("HMAC takes keys of any length");
    mac.update(t.to_string().as_bytes());
    mac.update(b".");
    mac.update(body.as_bytes());
    format!("t={t},v1={}", hex::encode(mac.finalize().into_bytes()))
}

/// Delay before attempt `n + 1` after `n` failed attempts: 1 s, 2 s, 4 s, … up to an hour.
pub fn backoff(failed_attempts: u32) -> Duration {
    Duration::from_secs(1u64 << failed_attempts.min(12)).min(Duration::from_secs(3600))
}

pub async fn run(state: AppState, shutdown: CancellationToken) {
    let client = match state.storage.notification_client(TIMEOUT) {
        Ok(c) => c,
        Err(e) => {
            tracing::error!(error = %e, "callbacks are disabled: cannot build the HTTP client");
            return;
        }
    };
    loop {
        match state.db.run(|c| callbacks::claim_due(c, CLAIM, LEASE)).await {
            Ok(due) if !due.is_empty() => {
                let sends = due.into_iter().map(|cb| deliver(&state, &client, cb));
                futures::future::join_all(sends).await;
                continue;
            }
            Ok(_) => {}
            Err(e) => tracing::warn!(error = %e, "cannot read due callbacks"),
        }
        tokio::select! {
            () = state.callbacks.notified() => {}
            () = tokio::time::sleep(POLL) => {}
            () = shutdown.cancelled() => return,
        }
        if shutdown.is_cancelled() {
            return;
        }
    }
}

async fn deliver(state: &AppState, client: &reqwest::Client, cb: CallbackRecord) {
    let tenant = cb.tenant_id.clone();
    let epoch = match state.db.run(move |c| pii_db::keys::key_epoch_of(c, &tenant)).await {
        Ok(epoch) => epoch,
        // Its lease runs out and it is claimed again.
        Err(e) => return tracing::warn!(callback = cb.id, error = %e, "cannot read the tenant's key epoch"),
    };
    let outcome = match epoch {
        Some(epoch) => send(state, client, &cb, &epoch).await.map_err(|why| (why, true)),
        // Deleted meanwhile (its callbacks go with it): nothing may be signed for it any more.
        None => Err(("the tenant no longer exists".to_owned(), false)),
    };
    record_outcome(state, cb, outcome).await;
}

/// POSTs the callback signed with the tenant's secret in `epoch`.
async fn send(state: &AppState, client: &reqwest::Client, cb: &CallbackRecord, epoch: &pii_core::KeyEpoch) -> Result<(), String> {
    let secret = state.master_key.tenant_signing_key(&cb.tenant_id, epoch);
    let t = OffsetDateTime::now_utc().unix_timestamp();
    let result = client
        .post(&cb.url)
        .header("Content-Type", "application/json")
        .header("X-PII-Redactor-Event", &cb.event)
        .header("X-PII-Redactor-Delivery", cb.id.to_string())
        .header("X-PII-Redactor-Key-Epoch", epoch.generation().to_string())
        .header("X-PII-Redactor-Signature", signature(&secret, t, &cb.payload))
        .body(cb.payload.clone())
        .send()
        .await;
    match result {
        Ok(resp) if resp.status().is_success() => Ok(()),
        Ok(resp) => Err(format!("the receiver answered {}", resp.status())),
        Err(e) => Err(if e.is_timeout() { "timed out".to_owned() } else { format!("cannot reach the receiver: {}", root_cause(&e)) }),
    }
}

/// Records a delivery, or a failure that is retried later (while attempts are left) when `retry`
/// says it may be.
async fn record_outcome(state: &AppState, cb: CallbackRecord, outcome: Result<(), (String, bool)>) {
    let id = cb.id;
    let stored = match outcome {
        Ok(()) => {
            tracing::info!(callback = id, event = %cb.event, tenant = %cb.tenant_id, "callback delivered");
            pii_runtime::metrics::callback("delivered");
            state.db.run(move |c| callbacks::delivered(c, id)).await
        }
        Err((why, may_retry)) => {
            let attempts = cb.attempts + 1;
            let retry = (may_retry && attempts < MAX_ATTEMPTS).then(|| OffsetDateTime::now_utc() + backoff(attempts - 1));
            tracing::warn!(callback = id, event = %cb.event, tenant = %cb.tenant_id, attempts, gave_up = retry.is_none(), error = %why, "callback not delivered");
            pii_runtime::metrics::callback(if retry.is_some() { "retry" } else { "gave_up" });
            state.db.run(move |c| callbacks::failed(c, id, &why, retry)).await
        }
    };
    if let Err(e) = stored {
        // The lease runs out and the callback is tried again: at-least-once.
        tracing::warn!(error = %e, "cannot record a callback attempt");
    }
}

fn root_cause(e: &dyn std::error::Error) -> String {
    let mut cur = e;
    while let Some(next) = cur.source() {
        cur = next;
    }
    cur.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signatures_cover_time_and_body() {
        let a = signature(b"secret", 1700000000, "{}");
        assert!(a.starts_with("t=1700000000,v1="));
        assert_eq!(a.len(), "t=1700000000,v1=".len() + 64);
        assert_ne!(a, signature(b"secret", 1700000001, "{}"));
        assert_ne!(a, signature(b"secret", 1700000000, "{ }"));
        assert_ne!(a, signature(b"other", 1700000000, "{}"));
    }

    #[test]
    fn backoff_doubles_up_to_an_hour() {
        assert_eq!(backoff(0), Duration::from_secs(1));
        assert_eq!(backoff(3), Duration::from_secs(8));
        assert_eq!(backoff(40), Duration::from_secs(3600));
    }
}
