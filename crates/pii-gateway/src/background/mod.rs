//! Work the gateway does besides answering requests. Every task stops when the shutdown token is
//! cancelled; none of them loses work when stopped at any point (messages stay in the outbox or
//! unacknowledged in the broker).

pub mod callbacks;
pub mod dead_letters;
pub mod events;
pub mod lister;
pub mod relay;
pub mod retention;
pub mod sweeper;

use tokio::task::JoinSet;
use tokio_util::sync::CancellationToken;

use crate::state::AppState;

/// Starts every background task.
pub fn spawn_all(state: &AppState, shutdown: &CancellationToken) -> JoinSet<()> {
    let mut set = JoinSet::new();
    set.spawn(relay::run(state.clone(), shutdown.clone()));
    set.spawn(events::run(state.clone(), shutdown.clone()));
    set.spawn(dead_letters::run(state.clone(), shutdown.clone()));
    set.spawn(sweeper::run(state.clone(), shutdown.clone()));
    set.spawn(callbacks::run(state.clone(), shutdown.clone()));
    set.spawn(retention::run(state.clone(), shutdown.clone()));
    set.spawn(lister::run(state.clone(), shutdown.clone()));
    set
}

/// Exponential backoff between `min` and `max`.
#[derive(Debug)]
pub(crate) struct Backoff {
    current: std::time::Duration,
    min: std::time::Duration,
    max: std::time::Duration,
}

impl Backoff {
    pub(crate) fn new(min_ms: u64, max_ms: u64) -> Self {
        let min = std::time::Duration::from_millis(min_ms);
        Backoff { current: min, min, max: std::time::Duration::from_millis(max_ms) }
    }

    pub(crate) fn next(&mut self) -> std::time::Duration {
        let d = self.current;
        self.current = (self.current * 2).min(self.max);
        d
    }

    pub(crate) fn reset(&mut self) {
        self.current = self.min;
    }
}

/// Sleeps for `d` unless shutdown comes first; returns false on shutdown.
pub(crate) async fn pause(d: std::time::Duration, shutdown: &CancellationToken) -> bool {
    tokio::select! {
        () = tokio::time::sleep(d) => true,
        () = shutdown.cancelled() => false,
    }
}
