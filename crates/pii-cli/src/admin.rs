//! The admin port (`PII_REDACTOR_ADMIN_ADDR`) of every role: `GET /healthz` (the process answers),
//! `GET /readyz` (its dependencies answer and it is not draining) and `GET /metrics` (Prometheus
//! text). Kept off the public API port: metric labels name tenants.

use std::future::Future;
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;

use actix_web::{App, HttpResponse, HttpServer, web};
use anyhow::Context;
use pii_queue::{Broker, QueueName};
use tokio_util::sync::CancellationToken;

/// A readiness check: `Err` names what is not reachable.
pub(crate) type ReadyCheck = Arc<dyn Fn() -> Pin<Box<dyn Future<Output = Result<(), String>> + Send>> + Send + Sync>;

/// How long one readiness check may take before the probe answers 503.
const CHECK_TIMEOUT: Duration = Duration::from_secs(3);
/// How often queue depths are polled for `pii_queue_depth`.
const DEPTH_POLL: Duration = Duration::from_secs(10);

struct AdminState {
    ready: ReadyCheck,
    draining: CancellationToken,
}

/// A running admin server; [`Admin::stop`] ends it after the role has stopped.
pub(crate) struct Admin {
    handle: actix_web::dev::ServerHandle,
    task: tokio::task::JoinHandle<std::io::Result<()>>,
}

impl Admin {
    pub(crate) async fn stop(self) {
        self.handle.stop(true).await;
        let _ = self.task.await;
    }
}

/// Serves the admin endpoints on `addr` until [`Admin::stop`]. `draining` turns readiness off as soon
/// as shutdown begins, while liveness and metrics stay up until the role has finished.
///
/// # Errors
/// When the address cannot be bound.
pub(crate) fn start(addr: SocketAddr, ready: ReadyCheck, draining: CancellationToken) -> anyhow::Result<Admin> {
    let state = web::Data::new(AdminState { ready, draining });
    let server = HttpServer::new(move || {
        App::new()
            .app_data(state.clone())
            .route("/healthz", web::get().to(healthz))
            .route("/readyz", web::get().to(readyz))
            .route("/metrics", web::get().to(metrics))
    })
    .workers(1)
    .disable_signals()
    .shutdown_timeout(1)
    .bind(addr)
    .with_context(|| format!("cannot listen on {addr} (PII_REDACTOR_ADMIN_ADDR)"))?
    .run();
    let handle = server.handle();
    tracing::info!(addr = %addr, "admin endpoints: /healthz /readyz /metrics");
    Ok(Admin { handle, task: tokio::spawn(server) })
}

async fn healthz() -> HttpResponse {
    HttpResponse::Ok().json(serde_json::json!({"status": "ok"}))
}

async fn readyz(state: web::Data<AdminState>) -> HttpResponse {
    if state.draining.is_cancelled() {
        return HttpResponse::ServiceUnavailable().json(serde_json::json!({"detail": "shutting down"}));
    }
    match tokio::time::timeout(CHECK_TIMEOUT, (state.ready)()).await {
        Ok(Ok(())) => HttpResponse::Ok().json(serde_json::json!({"status": "ready"})),
        Ok(Err(why)) => HttpResponse::ServiceUnavailable().json(serde_json::json!({"detail": why})),
        Err(_) => HttpResponse::ServiceUnavailable().json(serde_json::json!({"detail": "readiness check timed out"})),
    }
}

async fn metrics() -> HttpResponse {
    HttpResponse::Ok().content_type("text/plain; version=0.0.4; charset=utf-8").body(pii_runtime::telemetry::prometheus_text())
}

/// Readiness of a worker: the broker answers.
pub(crate) fn broker_ready(broker: Broker) -> ReadyCheck {
    Arc::new(move || {
        let broker = broker.clone();
        Box::pin(async move { broker.check().await.map_err(|_| "the message broker is unreachable".to_owned()) })
    })
}

/// Readiness of the gateway: the job store answers. Not the broker: while it is away the gateway
/// keeps accepting jobs into the outbox (see the API's `/readyz`).
pub(crate) fn gateway_ready(db: pii_db::Db) -> ReadyCheck {
    Arc::new(move || {
        let db = db.clone();
        Box::pin(async move { db.ping().await.map_err(|_| "the job store is unreachable".to_owned()) })
    })
}

/// Polls the messages waiting in the outbox into `pii_outbox_pending` until `stop` is cancelled.
pub(crate) fn watch_outbox(db: pii_db::Db, stop: CancellationToken) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        loop {
            match db.run(pii_db::outbox::backlog).await {
                Ok(b) => pii_runtime::metrics::outbox(u64::try_from(b.pending).unwrap_or(0), b.oldest_age_secs),
                Err(e) => tracing::debug!(error = %e, "cannot count the outbox"),
            }
            tokio::select! {
                () = tokio::time::sleep(DEPTH_POLL) => {}
                () = stop.cancelled() => return,
            }
        }
    })
}

/// Polls the depth of `queues` into `pii_queue_depth` until `stop` is cancelled.
pub(crate) fn watch_queues(broker: Broker, queues: &'static [QueueName], stop: CancellationToken) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        loop {
            for q in queues {
                match broker.depth(*q).await {
                    Ok(n) => pii_runtime::metrics::queue_depth(q.as_str(), n),
                    Err(e) => tracing::debug!(queue = q.as_str(), error = %e, "cannot read the queue depth"),
                }
            }
            tokio::select! {
                () = tokio::time::sleep(DEPTH_POLL) => {}
                () = stop.cancelled() => return,
            }
        }
    })
}
