//! The messages the queue tests send: a detect command and a cancel notice for a job of tenant
//! `t1`, reading `s3://b/in.txt`.
#![allow(dead_code, reason = "each test crate that includes this module uses part of it")]
#![allow(clippy::unwrap_used, reason = "test fixtures built from literals that always parse")]

use pii_core::messages::{CancelNotice, DetectCommand, JobCommand, JobSpec};
use pii_core::uri::ObjectUri;
use pii_core::{JobId, TenantId};
use pii_queue::{Envelope, Route};

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
