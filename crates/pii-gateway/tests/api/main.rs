//! The REST API in process: a gateway on SQLite (or PostgreSQL, with [`spawn_app_on`]) with the
//! in-process queue and no workers, so each test controls exactly what happens to its jobs.
#![allow(clippy::unwrap_used, reason = "test code fails loudly on purpose; its helpers unwrap like its tests")]

mod background;
mod batches;
mod cancel;
mod explain;
mod governance;
mod grants;
mod isolation;
mod key_epoch;
mod key_rotation;
mod keys;
mod language;
mod limits;
mod output_rotation;
mod presidio;
mod pseudonyms;
mod retention;
mod vault;
mod whole_prefix;

use std::collections::HashMap;
use std::net::TcpListener;

use pii_core::KeyScopes;
use pii_core::engine::Engine;
use pii_gateway::{Adapters, AppState, Gateway, GatewayConfig};
use pii_queue::{Broker, BrokerSettings};
use pii_runtime::Settings;
use pii_runtime::keys::MasterKey;
use pii_runtime::settings::SeedKey;
use pii_storage::{Storage, StorageSettings};
use serde_json::Value;
use tokio_util::sync::CancellationToken;

pub const KEY_A: &str = "pk_api_tenant_a_0123456789ab";
pub const KEY_B: &str = "pk_api_tenant_b_0123456789ab";
pub const KEY_ADMIN: &str = "pk_api_admin_0123456789abcd";
/// Tenant-c's key, with the jobs scopes only.
pub const KEY_C_JOBS: &str = "pk_api_tenant_c_jobs_0123456789";

pub struct TestApp {
    pub base: String,
    pub dir: tempfile::TempDir,
    pub client: reqwest::Client,
    pub state: AppState,
    stop: CancellationToken,
    /// The PostgreSQL database of a [`Store::Postgres`] app, dropped with the app.
    pub pg: Option<pii_test_utils::TestDatabase>,
}

impl Drop for TestApp {
    fn drop(&mut self) {
        self.stop.cancel();
    }
}

/// The job store of a [`TestApp`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Store {
    Sqlite,
    /// A fresh PostgreSQL database, dropped with the app.
    Postgres,
}

pub async fn spawn_app() -> TestApp {
    spawn_app_on(Store::Sqlite).await
}

/// The same app on a fresh PostgreSQL database, for the tests that run on both backends.
pub async fn spawn_app_on_postgres() -> TestApp {
    spawn_app_on(Store::Postgres).await
}

pub async fn spawn_app_on(store: Store) -> TestApp {
    spawn_app_with(store, pii_gateway::BatchListing { page_size: 20, max_queued: 1_000, ..Default::default() }).await
}

/// An app whose prefix batches are listed with these settings.
pub async fn spawn_app_with_listing(batch_listing: pii_gateway::BatchListing) -> TestApp {
    spawn_app_with(Store::Sqlite, batch_listing).await
}

async fn spawn_app_with(store: Store, batch_listing: pii_gateway::BatchListing) -> TestApp {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("in")).unwrap();
    let pg = (store == Store::Postgres).then(pii_test_utils::TestDatabase::new);
    let url = match &pg {
        Some(pg) => pg.url().to_owned(),
        None => format!("sqlite://{}", dir.path().join("api.db").display()),
    };
    let db = pii_db::Db::connect_lazy(&url, 4).unwrap();
    db.migrate().await.unwrap();
    // The tenants' keys may reverse their tokens (the pseudonym tests do); the administrator's has
    // the default scopes; tenant-c has a key for jobs only.
    let jobs_only = KeyScopes::parse_list("jobs:read+jobs:write", '+').unwrap();
    let seeds: Vec<SeedKey> = [
        ("tenant-a", KEY_A, KeyScopes::ALL),
        ("tenant-b", KEY_B, KeyScopes::ALL),
        ("*", KEY_ADMIN, KeyScopes::DEFAULT),
        ("tenant-c", KEY_C_JOBS, jobs_only),
    ]
    .iter()
    .map(|(t, k, scopes)| SeedKey { tenant: pii_core::TenantId::parse(t).unwrap(), key: (*k).into(), scopes: *scopes })
    .collect();
    pii_gateway::seed_keys(&db, &seeds).await.unwrap();
    // Both tenants may use the shared input folder (as the conformance check sets them up); the
    // isolation tests narrow the grants through the admin API.
    let shared = pii_core::grants::parse_grant(&format!("file://{}/in/", dir.path().display())).unwrap();
    let grants: Vec<_> = ["tenant-a", "tenant-b"].iter().map(|t| (pii_core::TenantId::parse(t).unwrap(), shared.clone())).collect();
    pii_gateway::seed_grants(&db, &grants).await.unwrap();
    let storage = Storage::new(StorageSettings {
        file_roots: vec![dir.path().join("in")],
        allow_private_networks: false,
        allowed_private_addrs: vec![],
        fetch_timeout: std::time::Duration::from_secs(5),
        max_input_bytes: 1 << 20,
        spool_dir: dir.path().join("spool"),
        extra_output_roots: vec![dir.path().join("out")],
        store_options: Some(vec![]),
    })
    .unwrap();
    // The binary's composition (`AppState::new`, `GatewayConfig::from_settings` on default
    // settings), with only this app's differences said here: outputs in the temporary folder,
    // no background work (each test drives its jobs), no requeue at start, and small limits the
    // tests can reach.
    let settings =
        Settings::from_vars(&HashMap::from([("PII_REDACTOR_OUTPUT_URI".to_owned(), format!("file://{}/out/", dir.path().display()))]))
            .unwrap();
    let config = GatewayConfig {
        run_background: false,
        requeue_unfinished_at_start: false,
        max_body_bytes: 64 * 1024,
        max_batch_items: 50,
        batch_listing,
        ..GatewayConfig::from_settings(&settings)
    };
    let adapters = Adapters {
        db,
        broker: Broker::memory(BrokerSettings::default()),
        storage,
        engine: Engine::builder().build().unwrap(),
        master_key: MasterKey::load(Some(&"11".repeat(32)), dir.path()).unwrap(),
    };
    let state = AppState::new(adapters, config);
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let gateway = Gateway::build(state.clone(), listener, 1).unwrap();
    let base = format!("http://127.0.0.1:{}/api/v1", gateway.port());
    let stop = CancellationToken::new();
    tokio::spawn(gateway.run_until_stopped(stop.clone()));
    TestApp { base, dir, client: reqwest::Client::new(), state, stop, pg }
}

impl TestApp {
    pub fn put_input(&self, name: &str, content: &[u8]) -> String {
        let p = self.dir.path().join("in").join(name);
        std::fs::write(&p, content).unwrap();
        format!("file://{}", p.display())
    }

    pub async fn call(&self, method: reqwest::Method, path: &str, key: Option<&str>, body: Option<Value>) -> (u16, Value) {
        pii_test_utils::call_api(&self.client, method, format!("{}{path}", self.base), key, body).await
    }
}

/// A redacted text without its first `encrypt` token (`[[pii:…]]`), and its `pseudonyms` spans
/// (character offsets) shifted to that shorter text: what a caller sends to restore the surrogates
/// alone, where the token would refuse the whole request.
pub fn without_first_token(text: &str, pseudonyms: &Value) -> (String, Vec<Value>) {
    let at = text.find("[[pii:").unwrap();
    let end = text[at..].find("]]").unwrap() + at + 2;
    let cut = text[at..end].chars().count() as u64;
    let token_char = text[..at].chars().count() as u64;
    let shifted = pseudonyms
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            let (a, b) = (s["start"].as_u64().unwrap(), s["end"].as_u64().unwrap());
            let (a, b) = if a > token_char { (a - cut, b - cut) } else { (a, b) };
            serde_json::json!({"entity_type": s["entity_type"], "start": a, "end": b})
        })
        .collect();
    (format!("{}{}", &text[..at], &text[end..]), shifted)
}
