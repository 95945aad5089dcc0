//! The redactor refuses an input that is not the one the detector read: findings are positions in
//! the bytes the detector saw, and applied to other bytes they would leave names in the clear. The
//! job ends as `error` and no output is written.
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
async fn an_input_changed_since_detection_is_refused_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("data");
    let spool = dir.path().join("spool");
    std::fs::create_dir_all(&root).unwrap();
    std::fs::create_dir_all(&spool).unwrap();
    let input_path = root.join("letter.txt");
    std::fs::write(&input_path, "Call Jane Doe about order 7731.\n").unwrap();
    let storage = Storage::new(StorageSettings {
        file_roots: vec![root.clone()],
        allow_private_networks: false,
        allowed_private_addrs: vec![],
        fetch_timeout: std::time::Duration::from_secs(5),
        max_input_bytes: 1 << 20,
        spool_dir: spool.clone(),
        extra_output_roots: vec![],
        store_options: Some(vec![]),
    })
    .unwrap();
    let input_uri = ObjectUri::parse(&format!("file://{}", input_path.display())).unwrap();
    let output_path = root.join("letter.redacted.txt");
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

    // Rewritten between detection and redaction, with the same length.
    std::fs::write(&input_path, "Call John Roe about order 7731.\n").unwrap();
    let outcome = redactor.handle(command.clone(), Headers::new(), StopFlag::new()).await;
    assert_eq!(
        outcome,
        Err(Failure::Permanent("the input changed between detection and redaction; submit the job again".into())),
        "a changed input ends the job, not retried"
    );
    assert!(!output_path.exists(), "nothing written from findings of other bytes");

    // Put back as the detector saw it, the same command is done.
    std::fs::write(&input_path, "Call Jane Doe about order 7731.\n").unwrap();
    let published = redactor.handle(command, Headers::new(), StopFlag::new()).await.unwrap();
    assert_eq!(published.len(), 1);
    assert!(output_path.exists());
}
