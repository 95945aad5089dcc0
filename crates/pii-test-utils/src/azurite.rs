//! An Azure Blob Storage server for tests: Azurite (the emulator Microsoft publishes on the npm
//! registry, pinned in `scripts/test-npm`) on a loopback port, with its data in a temporary folder.
//! It checks the SharedKey signature of every request against its well-known development account,
//! so a client that signs wrongly fails here as it would on Azure. Telemetry is turned off: nothing
//! leaves the machine.
//!
//! Containers are created, and blobs looked at, through Microsoft's Python SDK (`azure_blob.py`): a
//! client of its own, so that a test asks the store itself whether a blob is there.

use std::process::{Command, Stdio};

use crate::tools::{free_port, npm_bin, run_python, wait_until_listening};

const ADMIN: &str = include_str!("azure_blob.py");

/// The development account every Azurite knows (Azurite's documented default).
pub const AZURITE_ACCOUNT: &str = "devstoreaccount1";
/// The development account's key, published with Azurite: not a secret.
pub const AZURITE_KEY: &str = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

/// Azurite's blob service on a loopback port, stopped on drop (its folder removed).
#[derive(Debug)]
pub struct AzuriteServer {
    child: std::process::Child,
    port: u16,
    _dir: tempfile::TempDir,
}

impl AzuriteServer {
    /// # Panics
    /// When Azurite is not installed or cannot be started: the test must fail, not skip.
    pub fn start() -> Self {
        let bin = npm_bin("azurite-blob");
        let dir = tempfile::tempdir().unwrap();
        let port = free_port();
        let mut child = Command::new(bin)
            .args(["--blobHost", "127.0.0.1", "--blobPort", &port.to_string(), "--disableTelemetry", "--silent", "--location"])
            .arg(dir.path())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start azurite");
        wait_until_listening(&mut child, port, "azurite");
        AzuriteServer { child, port, _dir: dir }
    }

    /// The blob endpoint of the development account (path style: the account is the first segment).
    pub fn account_url(&self) -> String {
        format!("http://127.0.0.1:{}/{AZURITE_ACCOUNT}", self.port)
    }

    fn admin(&self, args: &[&str], stdin: &[u8]) -> String {
        let env = [
            ("AZURE_STORAGE_ACCOUNT_NAME".to_owned(), AZURITE_ACCOUNT.to_owned()),
            ("AZURE_STORAGE_ACCOUNT_KEY".to_owned(), AZURITE_KEY.to_owned()),
        ];
        let url = self.account_url();
        let mut all = vec![args[0], url.as_str()];
        all.extend_from_slice(&args[1..]);
        run_python(ADMIN, &all, &env, stdin)
    }

    /// Creates a container.
    pub fn create_container(&self, name: &str) {
        self.admin(&["create-container", name], b"");
    }

    /// Stores a blob.
    pub fn put_blob(&self, container: &str, name: &str, body: &[u8]) {
        self.admin(&["put", container, name], body);
    }

    /// Whether Azurite holds the blob, asked with a client independent of the one under test.
    pub fn blob_exists(&self, container: &str, name: &str) -> bool {
        match self.admin(&["exists", container, name], b"").as_str() {
            "yes" => true,
            "no" => false,
            other => panic!("unexpected answer from the exists check: {other}"),
        }
    }

    /// The object store options (`AZURE_*` ones, lower-cased) that point `az://` at this server with
    /// the development account: an explicit endpoint, as for any Azure-compatible server.
    pub fn options(&self) -> Vec<(String, String)> {
        self.options_with_key(AZURITE_KEY)
    }

    /// The same options with another account key: requests are then signed wrongly.
    pub fn options_with_key(&self, key: &str) -> Vec<(String, String)> {
        vec![
            ("azure_storage_account_name".into(), AZURITE_ACCOUNT.into()),
            ("azure_storage_account_key".into(), key.to_owned()),
            ("azure_storage_endpoint".into(), self.account_url()),
            ("azure_allow_http".into(), "true".into()),
        ]
    }
}

impl Drop for AzuriteServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
