//! Ends the jobs whose messages were dead-lettered (a poison message: malformed, or crashing its
//! handler every time), so no job waits forever. The message itself stays in `pii.dead` for operators.

use pii_core::messages::JobCommand;
use pii_core::{JobId, JobStatus};
use pii_db::jobs;
use pii_queue::QueueName;
use serde::Deserialize;
use tokio_util::sync::CancellationToken;

use super::{Backoff, pause};
use crate::state::AppState;

/// Enough of a message to find its job, even when the rest does not parse.
#[derive(Deserialize)]
struct Probe {
    job_id: Option<JobId>,
    stage: Option<String>,
}

pub async fn run(state: AppState, shutdown: CancellationToken) {
    let consumer_stop = CancellationToken::new();
    let mut rx = state.broker.consume(QueueName::DeadNotify, 16, consumer_stop.clone());
    loop {
        let d = tokio::select! {
            d = rx.recv() => match d { Some(d) => d, None => break },
            () = shutdown.cancelled() => break,
        };
        let probe: Option<Probe> = serde_json::from_slice(&d.payload).ok();
        let job = probe.and_then(|p| p.stage.is_some().then_some(p.job_id).flatten());
        if let Some(job_id) = job {
            let why = if serde_json::from_slice::<JobCommand>(&d.payload).is_ok() {
                "processing failed repeatedly (the worker crashed on every delivery); the message was moved to the dead-letter queue"
            } else {
                "the job's message was malformed and was moved to the dead-letter queue"
            };
            let mut backoff = Backoff::new(100, 5_000);
            loop {
                match state.db.run(move |c| jobs::fail_job(c, job_id, JobStatus::Error, why)).await {
                    Ok(changed) => {
                        tracing::error!(job_id = %job_id, changed, "job dead-lettered");
                        break;
                    }
                    Err(e) => {
                        tracing::warn!(error = %e, "cannot record a dead-lettered job; retrying");
                        if !pause(backoff.next(), &shutdown).await {
                            consumer_stop.cancel();
                            return;
                        }
                    }
                }
            }
        } else {
            tracing::error!("a message without a job was dead-lettered; it stays in pii.dead");
        }
        let _ = d.ack().await;
    }
    consumer_stop.cancel();
}
