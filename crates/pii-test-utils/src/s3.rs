//! An S3 server for tests that checks what a real one checks: moto on a loopback port with its IAM
//! checks on, so that every request must carry a valid SigV4 signature made with a key it issued
//! (a wrong secret is `SignatureDoesNotMatch`, an unknown key `InvalidAccessKeyId`). Without them
//! moto answers any request, signed or not, and a client that signs wrongly would pass every test.
//! moto misreads signed query strings (every prefix listing fails its check, boto3's too), so it is
//! started through `moto_server.py`, which corrects that one step and leaves the check to moto.
//!
//! Buckets and objects are set up, and looked at, through boto3 (`s3_admin.py`): a client of its
//! own, so that a test asks the store itself whether an object is there, not the code under test.

use std::process::{Command, Stdio};

use crate::tools::{free_port, run_python, try_run_python, try_wait_until_listening, venv_python};

const ADMIN: &str = include_str!("s3_admin.py");
/// Runs moto's server with its reading of signed query strings corrected (see the script).
const LAUNCHER: &str = include_str!("moto_server.py");

/// moto on a loopback port, verifying signatures, stopped on drop.
#[derive(Debug)]
pub struct S3Server {
    child: std::process::Child,
    port: u16,
    access_key_id: String,
    secret_access_key: String,
}

impl S3Server {
    /// Starts moto, creates a user allowed every S3 action and its access key, then turns the
    /// signature checks on.
    ///
    /// # Panics
    /// When the server cannot be started: the test must fail, not skip.
    pub fn start() -> Self {
        // The port is free when chosen, not when moto binds it: tests running beside this one
        // start servers too, and one of them may take it first (moto then exits, and its setup
        // meets the other server or nothing). A start that fails so is tried again on a new port.
        let mut failures = Vec::new();
        for _ in 0..3 {
            match Self::try_start() {
                Ok(server) => return server,
                Err(e) => failures.push(e),
            }
        }
        panic!("moto did not start: {}", failures.join("; "));
    }

    fn try_start() -> Result<Self, String> {
        let port = free_port();
        let mut child = Command::new(venv_python())
            .arg("-c")
            .arg(LAUNCHER)
            .args(["-H", "127.0.0.1", "-p", &port.to_string()])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start moto");
        let listening = try_wait_until_listening(&mut child, port, "moto");
        // Dropped on every failure below, which stops the child.
        let mut server = S3Server { child, port, access_key_id: String::new(), secret_access_key: String::new() };
        listening?;
        let keys = try_run_python(ADMIN, &["setup", &server.endpoint()], &[], b"")?;
        // The one listening must be ours: still running after its setup answered.
        if let Some(status) = server.child.try_wait().unwrap() {
            return Err(format!("moto exited ({status}) while another server answered on port {port}"));
        }
        let (id, secret) = keys.split_once(' ').expect("setup prints the key id and the secret");
        server.access_key_id = id.to_owned();
        server.secret_access_key = secret.to_owned();
        Ok(server)
    }

    pub fn endpoint(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    fn admin(&self, args: &[&str], stdin: &[u8]) -> String {
        let env = [
            ("AWS_ACCESS_KEY_ID".to_owned(), self.access_key_id.clone()),
            ("AWS_SECRET_ACCESS_KEY".to_owned(), self.secret_access_key.clone()),
        ];
        let endpoint = self.endpoint();
        let mut all = vec![args[0], endpoint.as_str()];
        all.extend_from_slice(&args[1..]);
        run_python(ADMIN, &all, &env, stdin)
    }

    /// Creates a bucket.
    pub fn create_bucket(&self, name: &str) {
        self.admin(&["create-bucket", name], b"");
    }

    /// Stores an object.
    pub fn put_object(&self, bucket: &str, key: &str, body: &[u8]) {
        self.admin(&["put", bucket, key], body);
    }

    /// Whether the server holds the object, asked with a client independent of the one under test.
    pub fn object_exists(&self, bucket: &str, key: &str) -> bool {
        match self.admin(&["exists", bucket, key], b"").as_str() {
            "yes" => true,
            "no" => false,
            other => panic!("unexpected answer from the exists check: {other}"),
        }
    }

    /// The object store options that point at this server, with the key it issued.
    pub fn options(&self) -> Vec<(String, String)> {
        self.options_with_secret(&self.secret_access_key)
    }

    /// The same options with another secret key: requests are then signed wrongly.
    pub fn options_with_secret(&self, secret: &str) -> Vec<(String, String)> {
        vec![
            ("aws_endpoint".into(), self.endpoint()),
            ("aws_allow_http".into(), "true".into()),
            ("aws_access_key_id".into(), self.access_key_id.clone()),
            ("aws_secret_access_key".into(), secret.to_owned()),
            ("aws_region".into(), "us-east-1".into()),
        ]
    }

    /// The same as environment variables, for a child process.
    pub fn env(&self) -> Vec<(String, String)> {
        self.options().into_iter().map(|(k, v)| (k.to_uppercase(), v)).collect()
    }
}

impl Drop for S3Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
