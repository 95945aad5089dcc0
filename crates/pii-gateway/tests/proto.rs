//! `proto/` holds the wire contracts as files that outlive the code: the OpenAPI document of the REST
//! API and the JSON Schemas of the queue messages. These tests keep them identical to what the Rust
//! types generate; run with `UPDATE_PROTO=1` to rewrite them after a deliberate change.
#![allow(clippy::unwrap_used, reason = "test code fails loudly on purpose; its helpers unwrap like its tests")]

use std::path::PathBuf;

use pii_core::messages::{CancelNotice, JobCommand, StatusEvent};

fn proto(path: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../proto").join(path)
}

fn check(path: &str, generated: String) {
    let file = proto(path);
    let generated = format!("{}\n", generated.trim_end());
    if std::env::var_os("UPDATE_PROTO").is_some() {
        std::fs::create_dir_all(file.parent().unwrap()).unwrap();
        std::fs::write(&file, &generated).unwrap();
        return;
    }
    let stored = std::fs::read_to_string(&file).unwrap_or_default();
    assert!(
        stored == generated,
        "{} differs from what the code generates; if the change is deliberate, run `UPDATE_PROTO=1 cargo test -p pii-gateway --test proto`",
        file.display()
    );
}

#[test]
fn the_openapi_document_in_proto_matches_the_code() {
    let doc = pii_gateway::routes::openapi::document_json();
    let value: serde_json::Value = serde_json::from_str(&doc).unwrap();
    for path in [
        "/api/v1/jobs",
        "/api/v1/jobs/{job_id}",
        "/api/v1/jobs/{job_id}/download",
        "/api/v1/redact/uri",
        "/api/v1/analyze",
        "/api/v1/redact",
        "/api/v1/healthz",
        "/api/v1/readyz",
    ] {
        assert!(value["paths"][path].is_object(), "{path} is not documented");
    }
    let job = &value["components"]["schemas"]["Job"]["properties"];
    for field in ["id", "status", "input_uri", "output_uri", "progress_pct", "findings", "error_message", "created_at", "completed_at"] {
        assert!(job[field].is_object(), "Job.{field} is not documented");
    }
    check("openapi.json", doc);
}

#[test]
fn the_message_schemas_in_proto_match_the_code() {
    let command = serde_json::to_string_pretty(&schemars::schema_for!(JobCommand)).unwrap();
    let event = serde_json::to_string_pretty(&schemars::schema_for!(StatusEvent)).unwrap();
    check("schemas/job-command.schema.json", command);
    check("schemas/status-event.schema.json", event);
    let cancel = serde_json::to_string_pretty(&schemars::schema_for!(CancelNotice)).unwrap();
    check("schemas/cancel-notice.schema.json", cancel);
}

#[test]
fn real_messages_validate_against_the_committed_schemas() {
    use pii_core::messages::{DetectCommand, InputVersion, JobSpec, RedactCommand};
    use pii_core::uri::ObjectUri;
    use pii_core::{EntityType, Finding, JobId, JobStatus, TenantId};
    let spec = JobSpec {
        job_id: JobId::generate(),
        tenant_id: TenantId::parse("t1").unwrap(),
        batch_id: None,
        attempt: 1,
        input_uri: ObjectUri::parse("s3://b/a.txt").unwrap(),
        output_uri: ObjectUri::parse("s3://b/redacted/a.txt").unwrap(),
        policy: serde_json::from_str(
            r#"{"entities": ["US_SSN"], "operators": {"DEFAULT": {"type": "mask", "masking_char": "*", "chars_to_mask": 4}}}"#,
        )
        .unwrap(),
        grants: Some(pii_core::grants::Grants::new([pii_core::grants::parse_grant("s3://b/").unwrap()]).unwrap()),
    };
    let load = |p: &str| -> serde_json::Value { serde_json::from_str(&std::fs::read_to_string(proto(p)).unwrap()).unwrap() };
    let commands = jsonschema::validator_for(&load("schemas/job-command.schema.json")).unwrap();
    let events = jsonschema::validator_for(&load("schemas/status-event.schema.json")).unwrap();
    let detect = serde_json::to_value(JobCommand::Detect(DetectCommand { job: spec.clone() })).unwrap();
    let redact = serde_json::to_value(JobCommand::Redact(RedactCommand {
        job: spec.clone(),
        input: InputVersion { size: 10, etag: None, sha256: "ab".repeat(32) },
        format: pii_core::Format::Text,
        findings: vec![Finding::new(EntityType::US_SSN, 1, 12, 0.85)],
        warnings: vec!["an ad-hoc pattern gave up on part of the document".into()],
        images: vec![pii_core::image_reading::ImageReading {
            location: "page 1".into(),
            chars: 24,
            words: 4,
            mean_confidence: 90.0,
            unread_regions: 1,
            blank: false,
            burn: vec![pii_core::finding::BoundingBox { x: 10, y: 20, width: 30, height: 12 }],
        }],
    }))
    .unwrap();
    for msg in [&detect, &redact] {
        assert!(commands.is_valid(msg), "{msg}");
    }
    let mut done = StatusEvent::new(&spec, JobStatus::Completed, 100);
    done.findings = Some(vec![]);
    done.output_uri = Some(spec.output_uri.clone());
    for ev in [StatusEvent::new(&spec, JobStatus::Processing, 10), done] {
        let v = serde_json::to_value(&ev).unwrap();
        assert!(events.is_valid(&v), "{v}");
    }
    // And the schemas do reject what the consumers would refuse.
    let mut bad = detect.clone();
    bad["job_id"] = serde_json::json!("job_not-a-ulid");
    assert!(!commands.is_valid(&bad));
    let mut bad = redact.clone();
    bad["format"] = serde_json::json!("docm");
    assert!(!commands.is_valid(&bad));
    let mut bad = serde_json::to_value(StatusEvent::new(&spec, JobStatus::Processing, 10)).unwrap();
    bad["status"] = serde_json::json!("finished");
    assert!(!events.is_valid(&bad));
}
