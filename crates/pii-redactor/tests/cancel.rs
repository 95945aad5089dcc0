//! The redactor and a cancelled job: a run whose stop is raised ends at its next chunk with
//! `Failure::Cancelled` and leaves no output object; the same command without a stop writes it.
#![allow(clippy::unwrap_used, reason = "test code fails loudly on purpose; its helpers unwrap like its tests")]

mod common;

use pii_core::cancel::StopFlag;
use pii_queue::Headers;
use pii_queue::worker::{Failure, JobHandler};

#[tokio::test(flavor = "multi_thread")]
async fn a_cancelled_run_stops_and_leaves_no_output() {
    // Several chunks of text, well above the in-memory bound: the copy is spooled to disk.
    let text = "Call Jane Doe at +1 415-555-0142 about order 7731.\n".repeat(200_000);
    // Bound whole: the files live as long as `job`.
    let job = common::one_file("big.txt", text.as_bytes(), "big.redacted.txt", 1 << 30).await;
    let (output_path, redactor, command) = (&job.output_path, &job.redactor, job.command.clone());

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
