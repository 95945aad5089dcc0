//! Concurrent writers on SQLite: transactions that read before they write (a tenant update reads
//! the tenant first) wait for the lock instead of failing with "database is locked" while other
//! connections commit writes (the audit trail writes after every action).
#![allow(clippy::unwrap_used, reason = "test code fails loudly on purpose; its helpers unwrap like its tests")]

mod common;

use pii_core::TenantId;
use pii_db::keys::{self, Quotas};

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn tenant_updates_and_other_writes_at_once_never_fail_as_locked() {
    let backend = common::sqlite_with_pool(8).await;
    let db = &backend.db;
    let mut tasks = Vec::new();
    for w in 0..8u32 {
        let db = db.clone();
        tasks.push(tokio::spawn(async move {
            for i in 0..40u32 {
                let tenant = TenantId::parse(&format!("t{}", (w + i) % 3)).unwrap();
                let quotas = Quotas { requests_per_second: None, max_jobs_in_flight: Some(i + 1) };
                db.run(move |c| keys::upsert_tenant(c, &tenant, quotas, i % 2 == 0)).await?;
            }
            Ok::<(), pii_db::DbError>(())
        }));
    }
    for t in tasks {
        t.await.unwrap().unwrap();
    }
}
