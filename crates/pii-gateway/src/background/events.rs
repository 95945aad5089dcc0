//! Applies the workers' status events to the job rows, in batches. An event is acknowledged only after
//! the batch that holds it is committed; while the database is down the events stay unacknowledged
//! and are applied once it is back.

use std::sync::Arc;

use pii_core::ErrorKind;
use pii_core::messages::StatusEvent;
use pii_db::jobs;
use pii_queue::{Delivery, QueueName};
use tokio_util::sync::CancellationToken;

use super::{Backoff, pause};
use crate::state::AppState;

const BATCH: usize = 256;
const PREFETCH: u16 = 1024;

pub async fn run(state: AppState, shutdown: CancellationToken) {
    let consumer_stop = CancellationToken::new();
    let mut rx = state.broker.consume(QueueName::Events, PREFETCH, consumer_stop.clone());
    let mut deliveries: Vec<Delivery> = Vec::with_capacity(BATCH);
    loop {
        tokio::select! {
            n = rx.recv_many(&mut deliveries, BATCH) => if n == 0 { break },
            () = shutdown.cancelled() => break,
        }
        let mut events = Vec::with_capacity(deliveries.len());
        let mut held = Vec::with_capacity(deliveries.len());
        for d in deliveries.drain(..) {
            match serde_json::from_slice::<StatusEvent>(&d.payload) {
                Ok(ev) => {
                    events.push(ev);
                    held.push(d);
                }
                Err(e) => {
                    tracing::error!(error = %e, "malformed status event; dead-lettering it");
                    let _ = d.nack(false).await;
                }
            }
        }
        if !apply(&state, Arc::new(events), &shutdown).await {
            // Shutting down with the batch unapplied: the unacknowledged events are redelivered.
            break;
        }
        for d in held {
            if let Err(e) = d.ack().await {
                tracing::warn!(error = %e, "could not ack a status event; it will be applied again (harmlessly)");
            }
        }
    }
    consumer_stop.cancel();
}

/// Applies a batch, retrying until it is committed; false when shutdown came first.
async fn apply(state: &AppState, events: Arc<Vec<StatusEvent>>, shutdown: &CancellationToken) -> bool {
    let mut backoff = Backoff::new(50, 5_000);
    let mut warned = false;
    loop {
        let batch = events.clone();
        let applied = state
            .db
            .run(move |c| {
                let mut callbacks = 0usize;
                let report = jobs::apply_events_with(c, &batch, &mut |conn, ended| {
                    if let Some(cb) = super::callbacks::for_ended(conn, &ended)? {
                        pii_db::callbacks::enqueue(conn, &cb)?;
                        callbacks += 1;
                    }
                    Ok(())
                })?;
                Ok((report, callbacks))
            })
            .await;
        match applied {
            Ok((report, callbacks)) => {
                if callbacks > 0 {
                    state.callbacks.notify_one();
                }
                if warned {
                    tracing::info!("status events are being applied again");
                }
                for (job_id, tenant, status) in &report.applied {
                    tracing::info!(job_id = %job_id, tenant = %tenant, status = status.as_str(), "job status changed");
                    record_end(*job_id, tenant, *status);
                }
                remove_orphans(state, &report.orphaned_outputs).await;
                return true;
            }
            Err(e) if e.kind() == ErrorKind::Conflict => continue,
            Err(e) => {
                if !warned {
                    tracing::warn!(error = %e, events = events.len(), "cannot apply status events; holding them");
                    warned = true;
                }
                if !pause(backoff.next(), shutdown).await {
                    return false;
                }
            }
        }
    }
}

/// Counts a job that reached `completed`, `failed` or `error`, with the time since it was submitted
/// (its id is a ULID, stamped at submission).
fn record_end(job_id: pii_core::JobId, tenant: &pii_core::TenantId, status: pii_core::JobStatus) {
    use pii_core::JobStatus as S;
    if matches!(status, S::Completed | S::Failed | S::Error) {
        let now_ms = time::OffsetDateTime::now_utc().unix_timestamp_nanos() / 1_000_000;
        let secs = (now_ms - i128::from(job_id.ulid().timestamp_ms())) as f64 / 1000.0;
        pii_runtime::metrics::job_ended(tenant.as_str(), status.as_str(), secs);
    }
}

/// Outputs written for jobs deleted or cancelled while they ran: nobody can download them, so remove
/// them.
async fn remove_orphans(state: &AppState, outputs: &[pii_core::uri::ObjectUri]) {
    for uri in outputs {
        if let Err(e) = state.storage.delete(uri, pii_storage::Reach::Service).await {
            tracing::warn!(error = %e, "could not remove the output of a deleted job");
        }
    }
}
