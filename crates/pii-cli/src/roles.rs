//! The composition root: builds the adapters from the settings and runs the roles.

use std::net::TcpListener;
use std::time::Duration;

use anyhow::Context;
use pii_core::engine::Engine;
use pii_core::uri::Scheme;
use pii_db::Db;
use pii_detector::Detector;
use pii_gateway::{Adapters, AppState, Gateway, GatewayConfig};
use pii_queue::worker::WorkerConfig;
use pii_queue::{Broker, BrokerSettings, QueueName};
use pii_redactor::Redactor;
use pii_runtime::keys::MasterKey;
use pii_runtime::{Settings, shutdown, telemetry};
use pii_storage::{Storage, StorageSettings};
use tokio_util::sync::CancellationToken;

use crate::admin;

/// How long start-up keeps trying to reach the database before giving up.
const DB_START_TIMEOUT: Duration = Duration::from_secs(120);

/// The entity engine of a role that analyses text (gateway, detector, the local commands): the
/// structured recognizers plus names, places and organisations from the NER model. Without the model
/// files the role refuses to start rather than silently missing every name, unless
/// `PII_REDACTOR_NER=off` says that is wanted.
pub(crate) fn engine(settings: &Settings) -> anyhow::Result<Engine> {
    let mut builder = Engine::builder();
    if settings.ner_enabled {
        let ner = pii_ner::NerRecognizer::load_shared(&settings.models_dir)
            .with_context(|| format!("loading the NER model from {}", settings.models_dir.display()))?;
        builder = builder.with_recognizer(ner);
    } else {
        tracing::warn!("PII_REDACTOR_NER=off: PERSON, LOCATION and ORGANIZATION are not detected");
    }
    Ok(builder.build()?)
}

pub(crate) fn limits(settings: &Settings) -> pii_docs::Limits {
    pii_docs::Limits { max_input_bytes: settings.max_input_bytes, max_findings: settings.max_findings, ..Default::default() }
}

fn storage(settings: &Settings) -> anyhow::Result<Storage> {
    let mut extra = Vec::new();
    if settings.output_base.scheme() == Scheme::File {
        extra.push(settings.output_base.file_path()?);
    }
    Ok(Storage::new(StorageSettings {
        file_roots: settings.file_roots.clone(),
        allow_private_networks: settings.allow_private_networks,
        allowed_private_addrs: settings.allowed_private_addrs.clone(),
        fetch_timeout: settings.fetch_timeout,
        max_input_bytes: settings.max_input_bytes,
        spool_dir: settings.data_dir.join("spool"),
        extra_output_roots: extra,
        store_options: None,
    })?)
}

fn broker(settings: &Settings) -> Broker {
    let bs = BrokerSettings {
        delivery_limit: settings.delivery_limit,
        cancel_window: settings.cancel_window,
        connect_timeout: settings.broker_connect_timeout,
        confirm_timeout: settings.broker_confirm_timeout,
    };
    match &settings.amqp_url {
        Some(url) => Broker::amqp(url, bs),
        None => Broker::memory(bs),
    }
}

fn worker_config(settings: &Settings, queue: QueueName) -> WorkerConfig {
    WorkerConfig {
        queue,
        prefetch: settings.prefetch,
        concurrency: settings.worker_concurrency,
        max_attempts: settings.max_attempts,
        retry_base: Duration::from_secs(1),
        shutdown_grace: settings.shutdown_grace,
    }
}

/// Connects to the store and migrates it, retrying while the database comes up.
async fn prepared_db(settings: &Settings, shutdown: &CancellationToken) -> anyhow::Result<Db> {
    let db = Db::connect_lazy(&settings.database_url, settings.db_pool_size)?;
    let deadline = tokio::time::Instant::now() + DB_START_TIMEOUT;
    let mut wait = Duration::from_millis(200);
    loop {
        match db.migrate().await {
            Ok(applied) => {
                if !applied.is_empty() {
                    tracing::info!(migrations = ?applied, "database migrated");
                }
                break;
            }
            Err(e) if tokio::time::Instant::now() < deadline && e.kind() == pii_core::ErrorKind::Unavailable => {
                tracing::warn!(error = %e, "database not reachable yet; retrying");
                tokio::select! {
                    () = tokio::time::sleep(wait) => {}
                    () = shutdown.cancelled() => anyhow::bail!("stopped before the database was reachable"),
                }
                wait = (wait * 2).min(Duration::from_secs(5));
            }
            Err(e) => return Err(e).context("cannot migrate the database"),
        }
    }
    pii_gateway::seed_keys(&db, &settings.seed_keys).await.context("cannot store the configured API keys")?;
    pii_gateway::seed_grants(&db, &settings.seed_grants).await.context("cannot store the configured storage grants")?;
    Ok(db)
}

/// The gateway's state: the one composition in `pii-gateway` that the API tests' app uses too.
fn gateway_state(settings: &Settings, db: Db, broker: Broker, storage: Storage, engine: Engine, master_key: MasterKey) -> AppState {
    AppState::new(Adapters { db, broker, storage, engine, master_key }, GatewayConfig::from_settings(settings))
}

fn bind(settings: &Settings) -> anyhow::Result<TcpListener> {
    let listener = TcpListener::bind(settings.addr).with_context(|| format!("cannot listen on {}", settings.addr))?;
    listener.set_nonblocking(true)?;
    Ok(listener)
}

fn http_workers() -> usize {
    std::thread::available_parallelism().map(|n| n.get()).unwrap_or(2)
}

/// Everything in one process.
pub(crate) async fn serve(settings: Settings) -> anyhow::Result<()> {
    let telemetry = telemetry::init_service(&settings.telemetry, settings.log_json, "pii-redactor")?;
    let stop = shutdown::on_signal();
    let master_key = MasterKey::load(settings.master_key.as_deref(), &settings.data_dir)?;
    let db = prepared_db(&settings, &stop).await?;
    let broker = broker(&settings);
    let storage = storage(&settings)?;
    let engine = engine(&settings)?;
    let state = gateway_state(&settings, db, broker.clone(), storage.clone(), engine.clone(), master_key.clone());
    let gateway = Gateway::build(state.clone(), bind(&settings)?, http_workers())?;
    tracing::info!(addr = %settings.addr, embedded = settings.amqp_url.is_none(), "serving the API, the detector and the redactor");
    let mut background = pii_gateway::background::spawn_all(&state, &stop);
    let admin = start_admin(&settings, admin::gateway_ready(state.db.clone()), &stop)?;
    let watchers =
        [admin::watch_queues(state.broker.clone(), &ALL_QUEUES, stop.clone()), admin::watch_outbox(state.db.clone(), stop.clone())];
    let limits = limits(&settings);
    let detector = tokio::spawn(pii_detector::run(
        Detector {
            broker: broker.clone(),
            storage: storage.clone(),
            engine,
            limits: limits.clone(),
            master_key: master_key.clone(),
            ocr_slots: Detector::default_ocr_slots(),
        },
        worker_config(&settings, QueueName::Detect),
        stop.clone(),
    ));
    let redactor = tokio::spawn(pii_redactor::run(
        Redactor { broker, storage, master_key, limits, spool_dir: settings.data_dir.join("spool") },
        worker_config(&settings, QueueName::Redact),
        stop.clone(),
    ));
    gateway.run_until_stopped(stop.clone()).await?;
    stop.cancel();
    let _ = detector.await;
    let _ = redactor.await;
    while background.join_next().await.is_some() {}
    finish(admin, watchers, telemetry).await;
    Ok(())
}

/// The API and the job bookkeeping.
pub(crate) async fn gateway(settings: Settings) -> anyhow::Result<()> {
    let telemetry = telemetry::init_service(&settings.telemetry, settings.log_json, "pii-redactor-gateway")?;
    let stop = shutdown::on_signal();
    let master_key = MasterKey::load(settings.master_key.as_deref(), &settings.data_dir)?;
    let db = prepared_db(&settings, &stop).await?;
    let state = gateway_state(&settings, db, broker(&settings), storage(&settings)?, engine(&settings)?, master_key);
    let gateway = Gateway::build(state.clone(), bind(&settings)?, http_workers())?;
    tracing::info!(addr = %settings.addr, "serving the API");
    let mut background = pii_gateway::background::spawn_all(&state, &stop);
    let admin = start_admin(&settings, admin::gateway_ready(state.db.clone()), &stop)?;
    let watchers =
        [admin::watch_queues(state.broker.clone(), &ALL_QUEUES, stop.clone()), admin::watch_outbox(state.db.clone(), stop.clone())];
    gateway.run_until_stopped(stop.clone()).await?;
    stop.cancel();
    while background.join_next().await.is_some() {}
    finish(admin, watchers, telemetry).await;
    Ok(())
}

fn require_broker(settings: &Settings, role: &str) -> anyhow::Result<()> {
    if settings.amqp_url.is_none() {
        anyhow::bail!("the {role} needs AMQP_URL (for everything in one process, use `pii-redactor serve`)");
    }
    Ok(())
}

/// The detector worker.
pub(crate) async fn detector(settings: Settings) -> anyhow::Result<()> {
    require_broker(&settings, "detector")?;
    let telemetry = telemetry::init_service(&settings.telemetry, settings.log_json, "pii-redactor-detector")?;
    let stop = shutdown::on_signal();
    let master_key = MasterKey::load(settings.master_key.as_deref(), &settings.data_dir)?;
    let detector = Detector {
        broker: broker(&settings),
        storage: storage(&settings)?,
        engine: engine(&settings)?,
        limits: limits(&settings),
        master_key,
        ocr_slots: Detector::default_ocr_slots(),
    };
    let admin = start_admin(&settings, admin::broker_ready(detector.broker.clone()), &stop)?;
    let watchers = [admin::watch_queues(detector.broker.clone(), &[QueueName::Detect], stop.clone())];
    tracing::info!(concurrency = settings.worker_concurrency, "detector started");
    let report = pii_detector::run(detector, worker_config(&settings, QueueName::Detect), stop).await;
    tracing::info!(handled = report.handled, returned = report.abandoned, "detector stopped");
    finish(admin, watchers, telemetry).await;
    Ok(())
}

/// The redactor worker.
pub(crate) async fn redactor(settings: Settings) -> anyhow::Result<()> {
    require_broker(&settings, "redactor")?;
    let telemetry = telemetry::init_service(&settings.telemetry, settings.log_json, "pii-redactor-redactor")?;
    let stop = shutdown::on_signal();
    let master_key = MasterKey::load(settings.master_key.as_deref(), &settings.data_dir)?;
    let redactor = Redactor {
        broker: broker(&settings),
        storage: storage(&settings)?,
        master_key,
        limits: limits(&settings),
        spool_dir: settings.data_dir.join("spool"),
    };
    let admin = start_admin(&settings, admin::broker_ready(redactor.broker.clone()), &stop)?;
    let watchers = [admin::watch_queues(redactor.broker.clone(), &[QueueName::Redact], stop.clone())];
    tracing::info!(concurrency = settings.worker_concurrency, "redactor started");
    let report = pii_redactor::run(redactor, worker_config(&settings, QueueName::Redact), stop).await;
    tracing::info!(handled = report.handled, returned = report.abandoned, "redactor stopped");
    finish(admin, watchers, telemetry).await;
    Ok(())
}

/// Queues whose depth the gateway reports (workers report their own).
const ALL_QUEUES: [QueueName; 4] = [QueueName::Detect, QueueName::Redact, QueueName::Events, QueueName::Dead];

/// Starts the admin port when `PII_REDACTOR_ADMIN_ADDR` is set.
fn start_admin(settings: &Settings, ready: admin::ReadyCheck, stop: &CancellationToken) -> anyhow::Result<Option<admin::Admin>> {
    settings.admin_addr.map(|addr| admin::start(addr, ready, stop.clone())).transpose()
}

/// After the role has stopped: ends the admin port and the pollers, then flushes the last spans and
/// metrics to the collector.
async fn finish<const N: usize>(admin: Option<admin::Admin>, watchers: [tokio::task::JoinHandle<()>; N], telemetry: telemetry::Telemetry) {
    for w in watchers {
        let _ = w.await;
    }
    if let Some(a) = admin {
        a.stop().await;
    }
    tracing::info!("stopped");
    let _ = tokio::task::spawn_blocking(move || telemetry.shutdown()).await;
}

/// Applies the migrations and exits.
pub(crate) async fn migrate(settings: Settings) -> anyhow::Result<()> {
    telemetry::init(settings.log_json);
    let db = Db::connect_lazy(&settings.database_url, 1)?;
    let applied = db.migrate().await?;
    println!("{} migration(s) applied", applied.len());
    Ok(())
}

pub(crate) async fn open_db(settings: &Settings) -> anyhow::Result<Db> {
    let db = Db::connect_lazy(&settings.database_url, 2)?;
    db.migrate().await.context("cannot reach or migrate the database")?;
    Ok(db)
}
