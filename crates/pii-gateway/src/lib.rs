//! The gateway: the REST API (actix-web), and the background work that owns the job rows — the
//! outbox relay that publishes new jobs, the consumer of the workers' status events, the consumer of
//! dead letters, the sweeper of jobs whose worker vanished, and the retention sweeper.
//!
//! Layout: [`routes`] (one module per resource, wired in `routes::configure`), [`auth`], [`error`]
//! (the only error-to-HTTP mapping), [`dto`] (request and response bodies), [`background`], [`vault`]
//! (the pseudonym vault of text calls and its reads).

pub mod audit;
pub mod auth;
pub mod auth_guard;
pub mod background;
pub mod batch_pages;
pub mod dto;
pub mod error;
pub mod grants;
pub mod idempotency;
pub mod observability;
pub mod outbox;
pub mod purge;
pub mod quota;
pub mod routes;
pub mod state;
pub mod vault;

use std::net::TcpListener;

use actix_web::dev::{Server, ServerHandle};
use actix_web::{App, HttpServer, web};
use tokio_util::sync::CancellationToken;

pub use state::{Adapters, AppState, BatchListing, GatewayConfig};

use crate::auth::Authenticator;

/// Seconds the HTTP server gives open requests to finish after shutdown begins (deployment grace
/// periods must exceed it; a test checks the manifests).
pub const HTTP_DRAIN_SECS: u64 = 20;

/// A bound, not yet running HTTP server.
pub struct Gateway {
    server: Server,
    port: u16,
}

impl Gateway {
    /// Binds the API on `listener` (use port 0 in tests) with the given state.
    ///
    /// # Errors
    /// The I/O error of setting up the listener.
    pub fn build(state: AppState, listener: TcpListener, workers: usize) -> std::io::Result<Self> {
        let port = listener.local_addr()?.port();
        let auth = web::Data::new(Authenticator::new(state.db.clone()));
        let max_body = state.config.max_body_bytes;
        let data = web::Data::new(state);
        let server = HttpServer::new(move || {
            App::new()
                .app_data(data.clone())
                .app_data(auth.clone())
                .app_data(web::JsonConfig::default().limit(max_body).error_handler(error::json_error))
                .app_data(web::QueryConfig::default().error_handler(error::query_error))
                .app_data(web::PathConfig::default().error_handler(error::path_error))
                .configure(routes::configure)
                .wrap(actix_web::middleware::from_fn(observability::trace_request))
        })
        .workers(workers.max(1))
        .disable_signals()
        .shutdown_timeout(HTTP_DRAIN_SECS)
        .listen(listener)?
        .run();
        Ok(Gateway { server, port })
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    pub fn handle(&self) -> ServerHandle {
        self.server.handle()
    }

    /// Serves until `shutdown` is cancelled, then stops accepting and finishes open requests.
    ///
    /// # Errors
    /// The server's I/O error.
    pub async fn run_until_stopped(self, shutdown: CancellationToken) -> std::io::Result<()> {
        let handle = self.server.handle();
        tokio::spawn(async move {
            shutdown.cancelled().await;
            handle.stop(true).await;
        });
        self.server.await
    }
}

/// Seeds storage grants given in the configuration (`PII_REDACTOR_TENANT_GRANTS`; idempotent, and
/// never removes a grant: the admin API does that).
///
/// # Errors
/// The store's error.
pub async fn seed_grants(db: &pii_db::Db, grants: &[(pii_core::TenantId, pii_core::uri::ObjectUri)]) -> Result<(), pii_db::DbError> {
    let grants = grants.to_vec();
    db.run(move |c| {
        for (tenant, prefix) in &grants {
            pii_db::grants::add_grant(c, tenant, prefix)?;
        }
        Ok(())
    })
    .await
}

/// Seeds API keys given in the configuration (idempotent).
///
/// # Errors
/// The store's error.
pub async fn seed_keys(db: &pii_db::Db, keys: &[pii_runtime::settings::SeedKey]) -> Result<(), pii_db::DbError> {
    let auth = Authenticator::new(db.clone());
    for k in keys {
        auth.seed(&k.tenant, &k.key, k.scopes).await?;
    }
    Ok(())
}
