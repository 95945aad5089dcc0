//! The redactor refuses an input that is not the one the detector read: findings are positions in
//! the bytes the detector saw, and applied to other bytes they would leave names in the clear. The
//! job ends as `error` and no output is written.
#![allow(clippy::unwrap_used, reason = "test code fails loudly on purpose; its helpers unwrap like its tests")]

mod common;

use pii_core::cancel::StopFlag;
use pii_queue::Headers;
use pii_queue::worker::{Failure, JobHandler};

#[tokio::test(flavor = "multi_thread")]
async fn an_input_changed_since_detection_is_refused_and_nothing_is_written() {
    // Bound whole: the files live as long as `job`.
    let job = common::one_file("letter.txt", b"Call Jane Doe about order 7731.\n", "letter.redacted.txt", 1 << 20).await;
    let (input_path, output_path, redactor, command) = (&job.input_path, &job.output_path, &job.redactor, job.command.clone());

    // Rewritten between detection and redaction, with the same length.
    std::fs::write(input_path, "Call John Roe about order 7731.\n").unwrap();
    let outcome = redactor.handle(command.clone(), Headers::new(), StopFlag::new()).await;
    assert_eq!(
        outcome,
        Err(Failure::Permanent("the input changed between detection and redaction; submit the job again".into())),
        "a changed input ends the job, not retried"
    );
    assert!(!output_path.exists(), "nothing written from findings of other bytes");

    // Put back as the detector saw it, the same command is done.
    std::fs::write(input_path, "Call Jane Doe about order 7731.\n").unwrap();
    let published = redactor.handle(command, Headers::new(), StopFlag::new()).await.unwrap();
    assert_eq!(published.len(), 1);
    assert!(output_path.exists());
}
