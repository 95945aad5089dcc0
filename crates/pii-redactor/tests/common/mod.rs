//! One redact command over one local file, and a redactor to run it: the detector is stood in
//! for by the version of the input it would have read, so a test can change the file or raise the
//! stop between detection and redaction.
#![allow(clippy::unwrap_used, reason = "test code fails loudly on purpose; its helpers unwrap like its tests")]
#![allow(dead_code, reason = "each test file uses the fields it needs")]

use std::path::PathBuf;

use pii_core::messages::{JobCommand, JobSpec, RedactCommand};
use pii_core::uri::ObjectUri;
use pii_core::{JobId, TenantId};
use pii_queue::{Broker, BrokerSettings};
use pii_redactor::Redactor;
use pii_runtime::keys::MasterKey;
use pii_storage::{Reach, Storage, StorageSettings};

pub struct OneFile {
    pub input_path: PathBuf,
    pub output_path: PathBuf,
    pub redactor: Redactor,
    /// The text command, without findings, for the input as it was written.
    pub command: JobCommand,
    _dir: tempfile::TempDir,
}

/// Writes `content` to `input` under a file root, reads its version as the detector would, and
/// builds the command that redacts it into `output` beside it (inputs up to `max_input_bytes`).
pub async fn one_file(input: &str, content: &[u8], output: &str, max_input_bytes: u64) -> OneFile {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("data");
    let spool = dir.path().join("spool");
    std::fs::create_dir_all(&root).unwrap();
    std::fs::create_dir_all(&spool).unwrap();
    let input_path = root.join(input);
    std::fs::write(&input_path, content).unwrap();
    let storage = Storage::new(StorageSettings {
        file_roots: vec![root.clone()],
        allow_private_networks: false,
        allowed_private_addrs: vec![],
        fetch_timeout: std::time::Duration::from_secs(5),
        max_input_bytes,
        spool_dir: spool.clone(),
        extra_output_roots: vec![],
        store_options: Some(vec![]),
    })
    .unwrap();
    let input_uri = ObjectUri::parse(&format!("file://{}", input_path.display())).unwrap();
    let output_path = root.join(output);
    // What the detector saw.
    let seen = storage.fetch(&input_uri, Reach::Service).await.unwrap().version;
    let command = JobCommand::Redact(RedactCommand {
        job: JobSpec {
            job_id: JobId::generate(),
            tenant_id: TenantId::parse("t1").unwrap(),
            batch_id: None,
            attempt: 1,
            input_uri,
            output_uri: ObjectUri::parse(&format!("file://{}", output_path.display())).unwrap(),
            policy: Default::default(),
            grants: None,
        },
        input: seen,
        format: pii_core::Format::Text,
        findings: vec![],
        warnings: vec![],
        images: vec![],
    });
    let redactor = Redactor {
        broker: Broker::memory(BrokerSettings::default()),
        storage,
        master_key: MasterKey::load(Some(&"11".repeat(32)), dir.path()).unwrap(),
        limits: pii_docs::Limits::default(),
        spool_dir: spool,
    };
    OneFile { input_path, output_path, redactor, command, _dir: dir }
}
