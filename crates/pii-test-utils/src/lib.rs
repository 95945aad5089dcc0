//! Helpers for tests that use the real PostgreSQL and RabbitMQ of the machine, and real object
//! store servers on loopback ports.
//!
//! Each test gets its own database and its own RabbitMQ virtual host, removed when the guard drops,
//! so tests run in parallel without sharing state. When a service is missing, the helpers panic
//! with a message that says how to start it: such tests fail loudly, they never skip.
//!
//! Object stores: [`S3Server`] (moto, checking SigV4 signatures) and [`AzuriteServer`] (Azurite,
//! checking SharedKey signatures), one per test, started from the tools `scripts/test-setup`
//! installs (`tools`); each can be asked through a client of its own whether an object is there.
//!
//! `PII_TEST_PG_URL` (default `postgres://postgres@127.0.0.1:5432`) and `PII_TEST_AMQP_URL` (default
//! `amqp://guest:guest@127.0.0.1:5672`) point elsewhere.
#![allow(clippy::unwrap_used, reason = "test code fails loudly on purpose; its helpers unwrap like its tests")]

use std::process::Command;

mod azurite;
mod s3;
mod tools;

pub use azurite::{AZURITE_ACCOUNT, AZURITE_KEY, AzuriteServer};
pub use s3::S3Server;
pub use tools::{free_port, venv_python};

fn unique(prefix: &str) -> String {
    format!("{prefix}_{}", ulid::Ulid::generate().to_string().to_lowercase())
}

fn pg_base() -> String {
    std::env::var("PII_TEST_PG_URL").unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432".into())
}

fn psql(sql: &str) -> Result<(), String> {
    let out = Command::new("psql")
        .arg(format!("{}/postgres", pg_base()))
        .args(["-v", "ON_ERROR_STOP=1", "-q", "-c", sql])
        .output()
        .map_err(|e| format!("cannot run psql: {e}"))?;
    if out.status.success() { Ok(()) } else { Err(String::from_utf8_lossy(&out.stderr).into_owned()) }
}

/// A fresh PostgreSQL database, dropped at the end of the test.
#[derive(Debug)]
pub struct TestDatabase {
    name: String,
    url: String,
}

impl TestDatabase {
    /// # Panics
    /// When PostgreSQL is not reachable: the test must fail, not skip.
    pub fn new() -> Self {
        let name = unique("pii_test");
        if let Err(e) = psql(&format!("CREATE DATABASE {name}")) {
            panic!(
                "PostgreSQL is required for this test and is not reachable at {}: {e}\n\
                 start it with: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start",
                pg_base()
            );
        }
        let url = format!("{}/{name}", pg_base());
        TestDatabase { name, url }
    }

    pub fn url(&self) -> &str {
        &self.url
    }
}

impl Default for TestDatabase {
    fn default() -> Self {
        Self::new()
    }
}

impl Drop for TestDatabase {
    fn drop(&mut self) {
        let _ = psql(&format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", self.name));
    }
}

/// A fresh RabbitMQ virtual host with full permissions for the default user, deleted at the end.
#[derive(Debug)]
pub struct TestVhost {
    name: String,
    url: String,
}

fn rabbitmqctl(args: &[&str]) -> Result<(), String> {
    let out = Command::new("rabbitmqctl").args(args).output().map_err(|e| format!("cannot run rabbitmqctl: {e}"))?;
    if out.status.success() {
        Ok(())
    } else {
        Err(format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr)))
    }
}

impl TestVhost {
    /// # Panics
    /// When RabbitMQ is not reachable: the test must fail, not skip.
    pub fn new() -> Self {
        let name = unique("pii_test");
        let created = rabbitmqctl(&["-q", "add_vhost", &name])
            .and_then(|()| rabbitmqctl(&["-q", "set_permissions", "-p", &name, "guest", ".*", ".*", ".*"]));
        if let Err(e) = created {
            panic!("RabbitMQ is required for this test and rabbitmqctl failed: {e}\nstart it with: rabbitmq-server -detached");
        }
        let base = std::env::var("PII_TEST_AMQP_URL").unwrap_or_else(|_| "amqp://guest:guest@127.0.0.1:5672".into());
        let url = format!("{base}/{name}");
        TestVhost { name, url }
    }

    pub fn url(&self) -> &str {
        &self.url
    }

    pub fn name(&self) -> &str {
        &self.name
    }
}

impl Default for TestVhost {
    fn default() -> Self {
        Self::new()
    }
}

impl Drop for TestVhost {
    fn drop(&mut self) {
        let _ = rabbitmqctl(&["-q", "delete_vhost", &self.name]);
    }
}

/// Calls an API route with an optional `X-API-Key` and JSON body; returns the status and the body as
/// JSON (or as a JSON string when it is not JSON), so tests can assert on error bodies too.
pub async fn call_api(
    client: &reqwest::Client,
    method: reqwest::Method,
    url: String,
    key: Option<&str>,
    body: Option<serde_json::Value>,
) -> (u16, serde_json::Value) {
    let mut req = client.request(method, url);
    if let Some(k) = key {
        req = req.header("X-API-Key", k);
    }
    if let Some(b) = body {
        req = req.json(&b);
    }
    let resp = req.send().await.expect("the request reaches the service");
    let status = resp.status().as_u16();
    let text = resp.text().await.expect("the response body is readable");
    (status, serde_json::from_str(&text).unwrap_or(serde_json::Value::String(text)))
}
