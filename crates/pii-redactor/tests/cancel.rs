//! The redactor and a cancelled job: a run whose stop is raised ends at its next chunk with
//! `Failure::Cancelled` and leaves no output object; the same command without a stop writes it.
#![allow(clippy::unwrap_used, reason = "test code fails loudly on purpose; its helpers unwrap like its tests")]

use pii_core::cancel::StopFlag;
use pii_core::messages::{JobCommand, JobSpec, RedactCommand};
use pii_core::uri::ObjectUri;
use pii_core::{JobId, TenantId};
use pii_queue::worker::{Failure, JobHandler};
use pii_queue::{Broker, BrokerSettings, Headers};
use pii_redactor::Redactor;
use pii_runtime::keys::MasterKey;
use pii_storage::{Reach, Storage, StorageSettings};

#[tokio::test(flavor = "multi_thread")]
async fn a_cancelled_run_stops_and_leaves_no_output() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("data");
    std::fs::create_dir_all(&root).unwrap();
    // Several chunks of text, well above the in-memory bound: the copy is spooled to disk.
    let input_path = root.join("big.txt");
    std::fs::write(&input_path, "Call Jane Doe at +1 415-555-0142 about order 7731.\n".repeat(200_000)).unwrap();
    let storage = Storage::new(StorageSettings {
        file_roots: vec![root.clone()],
        allow_private_networks: false,
        allowed_private_addrs: vec![],
        fetch_timeout: std::time::Duration::from_secs(5),
        max_input_bytes: 1 << 30,
        spool_dir: dir.path().join("spool"),
        extra_output_roots: vec![],
        store_options: Some(vec![]),
    })
    .unwrap();
    std::fs::create_dir_all(dir.path().join("spool")).unwrap();
    let input_uri = ObjectUri::parse(&format!("file://{}", input_path.display())).unwrap();
    let output_path = root.join("big.redacted.txt");
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
        spool_dir: dir.path().join("spool"),
    };

    // The cancel arrived while the run was on its way: it stops at the next chunk, writes nothing.
    let stop = StopFlag::new();
    stop.request();
    let outcome = redactor.handle(command.clone(), Headers::new(), stop).await;
    assert_eq!(outcome, Err(Failure::Cancelled));
    assert!(!output_path.exists(), "a cancelled run leaves no output object");

    // Not cancelled: the same command writes it.
    let published = redactor.handle(command, Headers::new(), StopFlag::new()).await.unwrap();
    assert_eq!(published.len(), 1);
    assert!(output_path.exists());
}
