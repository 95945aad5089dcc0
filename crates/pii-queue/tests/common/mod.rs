//! The messages the queue tests send: a detect command and a cancel notice for a job of tenant
//! `t1`, reading `s3://b/in.txt`; and the worker settings of the cancel tests.
#![allow(dead_code, reason = "each test crate that includes this module uses part of it")]
#![allow(clippy::unwrap_used, reason = "test fixtures built from literals that always parse")]

use pii_core::messages::{CancelNotice, DetectCommand, JobCommand, JobSpec};
use pii_core::uri::ObjectUri;
use pii_core::{JobId, TenantId};
use std::time::Duration;

use pii_queue::worker::WorkerConfig;
use pii_queue::{Envelope, QueueName, Route};

/// The detect command of attempt `attempt` of `job_id`.
pub fn detect(job_id: JobId, attempt: u32) -> Envelope {
    let job = JobSpec {
        job_id,
        tenant_id: TenantId::parse("t1").unwrap(),
        batch_id: None,
        attempt,
        input_uri: ObjectUri::parse("s3://b/in.txt").unwrap(),
        output_uri: ObjectUri::parse("s3://b/redacted/in.txt").unwrap(),
        policy: Default::default(),
        grants: None,
    };
    Envelope::json(Route::Detect, &JobCommand::Detect(DetectCommand { job })).unwrap()
}

/// The cancel notice of attempt `attempt` of `job_id`.
pub fn cancel(job_id: JobId, attempt: u32) -> Envelope {
    Envelope::json(Route::Cancel, &CancelNotice { job_id, tenant_id: TenantId::parse("t1").unwrap(), attempt }).unwrap()
}

/// A detect worker that takes one command at a time, retries after a second and has five seconds
/// to stop: what the cancel tests run.
pub fn one_at_a_time() -> WorkerConfig {
    WorkerConfig {
        queue: QueueName::Detect,
        prefetch: 1,
        concurrency: 1,
        max_attempts: 3,
        retry_base: Duration::from_secs(1),
        shutdown_grace: Duration::from_secs(5),
    }
}
