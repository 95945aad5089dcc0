//! Runs pii-redactor as separate processes (gateway, detector, redactor, or serve) against a fresh
//! PostgreSQL database and RabbitMQ virtual host, and talks to it over HTTP like a client.

#![allow(dead_code, reason = "each test binary uses a different part of this module")]

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use pii_test_utils::{TestDatabase, TestVhost};
use serde_json::Value;

pub const KEY_A: &str = "pk_test_tenant_a_0123456789";
pub const KEY_B: &str = "pk_test_tenant_b_0123456789";
pub const KEY_ADMIN: &str = "pk_test_admin_0123456789ab";

pub use pii_test_utils::free_port;

/// A running deployment of the service.
pub struct Stack {
    pub dir: tempfile::TempDir,
    pub port: u16,
    pub env: Vec<(String, String)>,
    procs: HashMap<String, Child>,
    pub db: Option<TestDatabase>,
    pub vhost: Option<TestVhost>,
    pub client: reqwest::Client,
}

impl Stack {
    /// PostgreSQL and RabbitMQ, nothing started yet.
    pub fn distributed() -> Self {
        let db = TestDatabase::new();
        let vhost = TestVhost::new();
        let mut s = Self::base();
        s.env.push(("DATABASE_URL".into(), db.url().to_owned()));
        s.env.push(("AMQP_URL".into(), vhost.url().to_owned()));
        s.db = Some(db);
        s.vhost = Some(vhost);
        s
    }

    /// The embedded default: SQLite, in-process queue.
    pub fn embedded() -> Self {
        Self::base()
    }

    fn base() -> Self {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("in")).unwrap();
        let port = free_port();
        let env = vec![
            ("PII_REDACTOR_ADDR".into(), format!("127.0.0.1:{port}")),
            ("PII_REDACTOR_DATA_DIR".into(), dir.path().join("data").display().to_string()),
            ("PII_REDACTOR_FILE_ROOTS".into(), dir.path().join("in").display().to_string()),
            ("PII_REDACTOR_API_KEYS".into(), format!("tenant-a:{KEY_A},tenant-b:{KEY_B},*:{KEY_ADMIN}")),
            (
                "PII_REDACTOR_TENANT_GRANTS".into(),
                format!("tenant-a=file://{in_dir}/,tenant-b=file://{in_dir}/", in_dir = dir.path().join("in").display()),
            ),
            ("PII_REDACTOR_LOG_FORMAT".into(), "text".into()),
            ("PII_REDACTOR_NER".into(), "off".into()),
            ("RUST_LOG".into(), "info".into()),
        ];
        Stack { dir, port, env, procs: HashMap::new(), db: None, vhost: None, client: reqwest::Client::new() }
    }

    pub fn set_env(&mut self, key: &str, value: &str) {
        self.env.retain(|(k, _)| k != key);
        self.env.push((key.into(), value.into()));
    }

    pub fn input_dir(&self) -> PathBuf {
        self.dir.path().join("in")
    }

    /// Writes an input file and returns its `file://` URI.
    pub fn put_input(&self, name: &str, content: &[u8]) -> String {
        let path = self.input_dir().join(name);
        if let Some(p) = path.parent() {
            std::fs::create_dir_all(p).unwrap();
        }
        std::fs::write(&path, content).unwrap();
        format!("file://{}", path.display())
    }

    /// Starts a role (`serve`, `gateway`, `detector`, `redactor`) under `name`.
    pub fn start(&mut self, name: &str, role: &str) {
        let log = std::fs::OpenOptions::new().create(true).append(true).open(self.log_path(name)).unwrap();
        let child = Command::new(env!("CARGO_BIN_EXE_pii-redactor"))
            .arg(role)
            .envs(self.env.iter().map(|(k, v)| (k.as_str(), v.as_str())))
            .stdout(Stdio::from(log.try_clone().unwrap()))
            .stderr(Stdio::from(log))
            .spawn()
            .unwrap();
        self.procs.insert(name.to_owned(), child);
    }

    pub fn log_path(&self, name: &str) -> PathBuf {
        self.dir.path().join(format!("{name}.log"))
    }

    pub fn log(&self, name: &str) -> String {
        std::fs::read_to_string(self.log_path(name)).unwrap_or_default()
    }

    /// Sends a signal (`KILL`, `TERM`) and waits for the process to end; returns its exit status.
    pub fn signal(&mut self, name: &str, signal: &str) -> std::process::ExitStatus {
        let mut child = self.procs.remove(name).expect("started");
        Command::new("kill").arg(format!("-{signal}")).arg(child.id().to_string()).status().unwrap();
        child.wait().unwrap()
    }

    /// Sends `signal` to every named process at once, then waits for all of them; returns each one's
    /// exit status (none if it had to be killed after `limit`) and the time it took to exit.
    pub fn signal_all(
        &mut self,
        names: &[&str],
        signal: &str,
        limit: Duration,
    ) -> Vec<(String, Option<std::process::ExitStatus>, Duration)> {
        let mut children: Vec<(String, Child)> = names.iter().map(|n| ((*n).to_owned(), self.procs.remove(*n).expect("started"))).collect();
        let sent = Instant::now();
        for (_, c) in &children {
            Command::new("kill").arg(format!("-{signal}")).arg(c.id().to_string()).status().unwrap();
        }
        let mut out = Vec::new();
        while !children.is_empty() {
            let mut i = 0;
            while i < children.len() {
                if let Some(st) = children[i].1.try_wait().unwrap() {
                    let (name, _) = children.remove(i);
                    out.push((name, Some(st), sent.elapsed()));
                } else if sent.elapsed() > limit {
                    let (name, mut c) = children.remove(i);
                    let _ = c.kill();
                    let _ = c.wait();
                    out.push((name, None, sent.elapsed()));
                } else {
                    i += 1;
                }
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        out
    }

    /// The process id of a started process.
    pub fn pid(&self, name: &str) -> u32 {
        self.procs.get(name).expect("started").id()
    }

    pub fn is_running(&mut self, name: &str) -> bool {
        self.procs.get_mut(name).is_some_and(|c| c.try_wait().unwrap().is_none())
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}/api/v1{path}", self.port)
    }

    /// Waits until `/healthz` answers.
    pub async fn wait_healthy(&mut self) {
        let deadline = Instant::now() + Duration::from_secs(60);
        while Instant::now() < deadline {
            if let Ok(r) = self.client.get(self.url("/healthz")).send().await
                && r.status().is_success()
            {
                return;
            }
            let names: Vec<String> = self.procs.keys().cloned().collect();
            for n in names {
                if !self.is_running(&n) {
                    panic!("{n} exited at start:\n{}", self.log(&n));
                }
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("the service did not become healthy");
    }

    pub async fn call(&self, method: reqwest::Method, path: &str, key: Option<&str>, body: Option<Value>) -> (u16, Value) {
        pii_test_utils::call_api(&self.client, method, self.url(path), key, body).await
    }

    pub async fn submit(&self, key: &str, body: Value) -> Value {
        let (status, job) = self.call(reqwest::Method::POST, "/redact/uri", Some(key), Some(body)).await;
        assert_eq!(status, 202, "submit answered {status}: {job}");
        job
    }

    pub async fn job(&self, key: &str, id: &str) -> Value {
        let (status, job) = self.call(reqwest::Method::GET, &format!("/jobs/{id}"), Some(key), None).await;
        assert_eq!(status, 200, "{job}");
        job
    }

    /// Polls until the job reaches one of `statuses`; panics with the logs after `timeout`.
    pub async fn wait_for(&self, key: &str, id: &str, statuses: &[&str], timeout: Duration) -> Value {
        let deadline = Instant::now() + timeout;
        let mut last = Value::Null;
        while Instant::now() < deadline {
            last = self.job(key, id).await;
            if statuses.iter().any(|s| last["status"] == *s) {
                return last;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        let logs: Vec<String> = ["gateway", "detector", "redactor", "serve", "detector2", "redactor2", "gateway2"]
            .iter()
            .map(|n| format!("--- {n}\n{}", tail(&self.log(n), 30)))
            .collect();
        panic!("job {id} did not reach {statuses:?} in {timeout:?}; last seen {last}\n{}", logs.join("\n"));
    }

    pub async fn download(&self, key: &str, id: &str) -> (u16, String, Vec<u8>) {
        let resp = self.client.get(self.url(&format!("/jobs/{id}/download"))).header("X-API-Key", key).send().await.unwrap();
        let status = resp.status().as_u16();
        let ct = resp.headers().get("content-type").and_then(|v| v.to_str().ok()).unwrap_or_default().to_owned();
        (status, ct, resp.bytes().await.unwrap().to_vec())
    }
}

pub fn tail(s: &str, n: usize) -> String {
    let lines: Vec<&str> = s.lines().collect();
    lines[lines.len().saturating_sub(n)..].join("\n")
}

impl Drop for Stack {
    fn drop(&mut self) {
        for (_, c) in self.procs.iter_mut() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }
}

/// A document with one of each planted identifier, and what must survive.
pub const PII_TEXT: &str = "Reporter: Margaret Okonkwo-Hale (margaret.hale@example.org), phone +1 415-555-0142.\n\
Her card 4111 1111 1111 1111 was charged twice; SSN on file 123-45-6789.\n\
Server 10.24.8.19 logged the request. Ticket closed after review.\n";
pub const PII_VALUES: [&str; 4] = ["margaret.hale@example.org", "4111 1111 1111 1111", "123-45-6789", "415-555-0142"];

/// A TCP forwarder on loopback that can be switched off and on, to make a service unreachable for
/// one process without touching the shared server.
pub struct Forwarder {
    pub port: u16,
    target: u16,
    task: Option<tokio::task::JoinHandle<()>>,
}

impl Forwarder {
    pub fn new(target: u16) -> Self {
        Forwarder { port: free_port(), target, task: None }
    }

    pub async fn up(&mut self) {
        let listener = tokio::net::TcpListener::bind(("127.0.0.1", self.port)).await.unwrap();
        let target = self.target;
        self.task = Some(tokio::spawn(async move {
            let mut conns = tokio::task::JoinSet::new();
            loop {
                let Ok((mut inbound, _)) = listener.accept().await else { return };
                conns.spawn(async move {
                    if let Ok(mut outbound) = tokio::net::TcpStream::connect(("127.0.0.1", target)).await {
                        let _ = tokio::io::copy_bidirectional(&mut inbound, &mut outbound).await;
                    }
                });
            }
        }));
    }

    /// Stops listening and cuts every forwarded connection.
    pub fn down(&mut self) {
        if let Some(t) = self.task.take() {
            t.abort();
        }
    }
}

impl Drop for Forwarder {
    fn drop(&mut self) {
        self.down();
    }
}

pub fn sample_dir() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Runs `crates/pii-docs/tests/docs_tool.py CMD KIND PATH` (independent tools that make documents
/// and read them back; its venv is made by `scripts/test-setup`) and returns its JSON answer.
pub fn docs_tool(cmd: &str, kind: &str, path: &Path) -> Value {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../pii-docs/tests");
    let python = dir.join(".venv/bin/python");
    assert!(python.exists(), "{} is missing: run scripts/test-setup", python.display());
    let out = Command::new(python).arg(dir.join("docs_tool.py")).args([cmd, kind]).arg(path).output().expect("docs_tool.py runs");
    assert!(out.status.success(), "docs_tool.py {cmd} {kind}: {}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).expect("docs_tool.py prints JSON")
}
