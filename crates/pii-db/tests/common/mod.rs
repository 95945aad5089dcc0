//! The two backends the store's tests run on: SQLite in a temporary folder and a fresh PostgreSQL
//! database, each migrated, each removed when the [`Backend`] drops.
#![allow(clippy::unwrap_used, reason = "test code fails loudly on purpose; its helpers unwrap like its tests")]
#![allow(dead_code, reason = "each test file uses the backends it needs")]

use pii_core::policy::RedactionPolicy;
use pii_core::uri::ObjectUri;
use pii_core::{BatchId, JobId, TenantId};
use pii_db::Db;
use pii_db::jobs::NewJob;
use pii_test_utils::TestDatabase;

/// One test per name on each backend: `mod on_sqlite` and `mod on_postgres`, each calling the
/// test file's `async fn name(Backend)` with a fresh database of that kind (the file imports
/// `sqlite` and `postgres`). Used with `#[macro_use] mod common;`.
#[allow(unused_macros, reason = "each test file uses the helpers it needs")]
macro_rules! both_backends {
    ($($name:ident),* $(,)?) => {
        mod on_sqlite {
            $(#[tokio::test(flavor = "multi_thread")] async fn $name() { super::$name(super::sqlite().await).await })*
        }
        mod on_postgres {
            $(#[tokio::test(flavor = "multi_thread")] async fn $name() { super::$name(super::postgres().await).await })*
        }
    };
}

pub struct Backend {
    pub db: Db,
    _pg: Option<TestDatabase>,
    _dir: Option<tempfile::TempDir>,
}

/// A migrated SQLite database of `pool` connections in a temporary folder.
pub async fn sqlite_with_pool(pool: u32) -> Backend {
    let dir = tempfile::tempdir().unwrap();
    let db = Db::connect_lazy(&format!("sqlite://{}", dir.path().join("t.db").display()), pool).unwrap();
    db.migrate().await.unwrap();
    Backend { db, _pg: None, _dir: Some(dir) }
}

pub async fn sqlite() -> Backend {
    sqlite_with_pool(4).await
}

pub async fn postgres() -> Backend {
    let pg = TestDatabase::new();
    let db = Db::connect_lazy(pg.url(), 4).unwrap();
    db.migrate().await.unwrap();
    Backend { db, _pg: Some(pg), _dir: None }
}

pub fn tenant(s: &str) -> TenantId {
    TenantId::parse(s).unwrap()
}

/// A job of tenant `t` (in `batch`, if given) with its own input and output under `s3://b/`.
pub fn new_job(t: &str, batch: Option<BatchId>) -> NewJob {
    let id = JobId::generate();
    NewJob {
        id,
        tenant_id: tenant(t),
        batch_id: batch,
        input_uri: ObjectUri::parse(&format!("s3://b/{id}.txt")).unwrap(),
        output_uri: ObjectUri::parse(&format!("s3://b/redacted/{id}.txt")).unwrap(),
        policy: RedactionPolicy::default(),
        callback_url: None,
        metadata_json: None,
    }
}
