//! The outbox relay: publishes the messages committed with job rows, deleting them only once the
//! broker confirmed them. Woken right after each commit, and polling as a fallback for messages
//! written by other gateway replicas.

use std::time::Duration;

use pii_db::outbox;
use tokio_util::sync::CancellationToken;

use super::{Backoff, pause};
use crate::state::AppState;

/// Messages per transaction.
const BATCH: u32 = 500;
const POLL: Duration = Duration::from_millis(500);

pub async fn run(state: AppState, shutdown: CancellationToken) {
    let mut backoff = Backoff::new(100, 5_000);
    let mut failing = false;
    loop {
        match relay_once(&state).await {
            Ok(n) => {
                if failing {
                    tracing::info!("outbox relay recovered");
                    failing = false;
                }
                backoff.reset();
                if n == BATCH as usize {
                    continue;
                }
                tokio::select! {
                    () = state.relay.notified() => {}
                    () = tokio::time::sleep(POLL) => {}
                    () = shutdown.cancelled() => return,
                }
            }
            Err(e) => {
                if !failing {
                    tracing::warn!(error = %e, "outbox relay cannot publish; messages stay in the outbox");
                    failing = true;
                }
                if !pause(backoff.next(), &shutdown).await {
                    return;
                }
            }
        }
    }
}

/// Relays one batch; returns how many messages went out.
///
/// # Errors
/// A description of the database or broker failure; the messages stay in the outbox.
pub async fn relay_once(state: &AppState) -> Result<usize, String> {
    let broker = state.broker.clone();
    let handle = tokio::runtime::Handle::current();
    let outcome = state
        .db
        .run(move |conn| {
            outbox::relay(conn, BATCH, |msgs| {
                // The database transaction stays open until the broker confirmed: only then are the
                // rows deleted. This runs on a blocking thread, where waiting is allowed.
                handle.block_on(broker.publish(msgs))
            })
        })
        .await
        .map_err(|e| e.to_string())?;
    outcome.map_err(|e| e.to_string())
}
