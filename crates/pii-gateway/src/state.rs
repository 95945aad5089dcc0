//! What every handler and background task of the gateway shares, and the one place it is put
//! together: the binary's roles (`pii-cli`) and the API tests' app both call [`AppState::new`] with
//! a [`GatewayConfig::from_settings`], the tests overriding only what they must (no background
//! work, small limits) on top of the same defaults.

use std::sync::Arc;

use pii_core::engine::Engine;
use pii_core::uri::ObjectUri;
use pii_db::Db;
use pii_queue::Broker;
use pii_runtime::keys::MasterKey;
use pii_storage::Storage;
use tokio::sync::Notify;

/// Settings the gateway reads at run time.
#[derive(Debug, Clone)]
pub struct GatewayConfig {
    /// Outputs of web inputs go below this location.
    pub output_base: ObjectUri,
    /// Largest JSON request body.
    pub max_body_bytes: usize,
    /// Whether this gateway runs the outbox relay, event consumer and sweeper.
    pub run_background: bool,
    /// A job not heard of for this long is re-sent.
    pub stuck_after: std::time::Duration,
    /// Requeue every unfinished job at start (the in-process queue lost them with the last process).
    pub requeue_unfinished_at_start: bool,
    /// Quotas for tenants without their own.
    pub quotas: crate::quota::QuotaDefaults,
    /// Most items one batch may list explicitly (a prefix has no cap).
    pub max_batch_items: usize,
    /// How long ended jobs of tenants without their own retention are kept (`None`: until deleted).
    pub retention: Option<pii_core::Retention>,
    /// How a prefix is listed into a batch.
    pub batch_listing: BatchListing,
}

impl GatewayConfig {
    /// The gateway's configuration as the deployment's settings give it, with the background work
    /// on. Without a broker the in-process queue lost its messages with the last process, so the
    /// gateway requeues every unfinished job at start.
    pub fn from_settings(settings: &pii_runtime::Settings) -> Self {
        GatewayConfig {
            output_base: settings.output_base.clone(),
            max_body_bytes: settings.max_body_bytes,
            run_background: true,
            stuck_after: settings.stuck_after,
            requeue_unfinished_at_start: settings.amqp_url.is_none(),
            quotas: crate::quota::QuotaDefaults {
                requests_per_second: settings.default_requests_per_second,
                max_jobs_in_flight: settings.default_max_jobs_in_flight,
            },
            max_batch_items: settings.max_batch_items,
            retention: settings.retention,
            batch_listing: BatchListing {
                page_size: settings.batch_page_size,
                max_queued: settings.batch_max_queued,
                lease: settings.batch_lease,
            },
        }
    }
}

/// How a prefix of any size is listed into one batch (see `background::lister`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BatchListing {
    /// Objects listed and submitted per transaction.
    pub page_size: usize,
    /// The listing rests while the batch has this many queued jobs.
    pub max_queued: u64,
    /// How long a listing stays with a gateway that gives no news before another one resumes it.
    pub lease: std::time::Duration,
}

impl Default for BatchListing {
    fn default() -> Self {
        BatchListing { page_size: 1_000, max_queued: 5_000, lease: std::time::Duration::from_secs(60) }
    }
}

/// The adapters a gateway runs on, built by the composition root (the binary from the settings, a
/// test from a temporary folder and the in-process queue) and handed to [`AppState::new`].
#[derive(Debug, Clone)]
pub struct Adapters {
    pub db: Db,
    pub broker: Broker,
    pub storage: Storage,
    pub engine: Engine,
    pub master_key: MasterKey,
}

/// Shared state of the gateway.
#[derive(Debug, Clone)]
pub struct AppState {
    pub db: Db,
    pub broker: Broker,
    pub storage: Storage,
    pub engine: Engine,
    pub master_key: MasterKey,
    pub config: GatewayConfig,
    /// Wakes the outbox relay after a commit, so jobs are published without polling delay.
    pub relay: Arc<Notify>,
    /// Wakes the callback dispatcher after status changes that enqueue callbacks.
    pub callbacks: Arc<Notify>,
    /// Request-rate buckets of this instance.
    pub rate: Arc<crate::quota::RateLimiter>,
}

impl AppState {
    /// The state of one gateway instance: its adapters and configuration, plus what each instance
    /// owns alone and starts afresh (the wake-ups of the outbox relay and of the callback
    /// dispatcher, the request-rate buckets).
    pub fn new(adapters: Adapters, config: GatewayConfig) -> Self {
        let Adapters { db, broker, storage, engine, master_key } = adapters;
        AppState {
            db,
            broker,
            storage,
            engine,
            master_key,
            config,
            relay: Arc::new(Notify::new()),
            callbacks: Arc::new(Notify::new()),
            rate: Arc::new(crate::quota::RateLimiter::default()),
        }
    }
}
