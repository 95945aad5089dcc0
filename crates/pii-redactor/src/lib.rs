//! The redactor worker. For each `redact` command: fetch the input again, check that it is the very
//! input the detector read, write the redacted copy in the input's format (in memory for small
//! inputs, through a spooled file for large ones; images burned where the detector's OCR readings
//! say, without reading them again), store it atomically, and report `completed` with
//! the findings, and the sealed vault records of the `pseudonymize` surrogates it wrote (the gateway
//! stores them; this worker has no database). Stateless: run as many as the queue needs. A job cancelled meanwhile stops at the
//! next chunk and writes nothing: the output is only stored once the whole copy is built, and not
//! at all once a stop was asked for.

use std::sync::Arc;

use pii_core::JobStatus;
use pii_core::cancel::StopFlag;
use pii_core::engine::Scope;
use pii_core::engine::vault::{PseudonymDeposit, VaultScope};
use pii_core::messages::{JobCommand, RedactCommand, StatusEvent};
use pii_docs::{ImageOutcome, Input, Limits};
use pii_queue::worker::{self, Failure, JobHandler, ProgressReporter, WorkerConfig};
use pii_queue::{Broker, Envelope, Headers, Route};
use pii_runtime::keys::MasterKey;
use pii_runtime::{metrics, telemetry};
use pii_storage::{Reach, Storage, StorageError};
use tokio_util::sync::CancellationToken;

/// Outputs of inputs up to this size are built in memory; larger ones in a spooled file.
const IN_MEMORY_OUTPUT_BYTES: u64 = 8 << 20;

/// What the redactor needs.
#[derive(Debug, Clone)]
pub struct Redactor {
    pub broker: Broker,
    pub storage: Storage,
    pub master_key: MasterKey,
    pub limits: Limits,
    /// Where large outputs are spooled before upload.
    pub spool_dir: std::path::PathBuf,
}

fn storage_failure(e: &StorageError, what: &str) -> Failure {
    match e {
        StorageError::NotFound => Failure::Permanent(format!("the {what} was not found")),
        other => Failure::from_kind(other.kind(), format!("cannot access the {what}: {other}")),
    }
}

impl JobHandler for Redactor {
    async fn handle(&self, command: JobCommand, _headers: Headers, stop: StopFlag) -> Result<Vec<Envelope>, Failure> {
        let JobCommand::Redact(RedactCommand { job, input: seen, format, findings, warnings: detected, images: readings }) = command else {
            return Err(Failure::Permanent("a detect command reached the redact queue".into()));
        };
        let reach = Reach::of(job.grants.as_ref());
        let fetched = self.storage.fetch(&job.input_uri, reach).await.map_err(|e| storage_failure(&e, "input"))?;
        if fetched.version.sha256 != seen.sha256 {
            return Err(Failure::Permanent("the input changed between detection and redaction; submit the job again".into()));
        }
        let size = fetched.version.size;
        let mut keys = self.master_key.tenant_keys(&job.tenant_id, &job.policy.key_epoch);
        // Surrogates and date offsets are consistent within the job, or its batch (the policy's
        // `pseudonym_scope`).
        keys.scope = Scope::job_in_batch(job.job_id.to_string(), job.batch_id.map(|b| b.to_string()));
        let progress = ProgressReporter::start(self.broker.clone(), &job, size, 50, 99);
        let input = fetched.input.clone();
        let limits = Limits { stop: stop.clone(), ..self.limits.clone() };
        let policy = job.policy.unseal(&keys).map_err(|e| Failure::Permanent(e.to_string()))?;
        let spool_dir = self.spool_dir.clone();
        let started = std::time::Instant::now();
        let job_findings = findings.clone();
        let vault_scope = VaultScope::for_job(job.job_id, job.batch_id, policy.pseudonym_scope);
        let (output, written, _spool, deposit) = tokio::task::spawn_blocking(move || {
            let mut report = |done| progress.update(done);
            let (output, mut w, spool) = if size <= IN_MEMORY_OUTPUT_BYTES {
                let mut buf = Vec::with_capacity(usize::try_from(size).unwrap_or(0) + 1024);
                let w = pii_docs::redact(&input, format, &job_findings, &readings, &policy, &keys, &limits, &mut buf, &mut report)?;
                (Input::Memory(buf.into()), w, None)
            } else {
                let tmp = tempfile::NamedTempFile::new_in(&spool_dir)?;
                let mut file = std::io::BufWriter::with_capacity(1 << 20, tmp.as_file().try_clone()?);
                let w = pii_docs::redact(&input, format, &job_findings, &readings, &policy, &keys, &limits, &mut file, &mut report)?;
                std::io::Write::flush(&mut file)?;
                let path = tmp.into_temp_path();
                (Input::File { path: path.to_path_buf(), len: w.bytes }, w, Some(path))
            };
            // The surrogates travel sealed to the gateway, which keeps them in the tenant's vault.
            let surrogates = std::mem::take(&mut w.surrogates);
            let deposit = if surrogates.is_empty() {
                None
            } else {
                let mut d = PseudonymDeposit::seal(&keys, vault_scope, &surrogates)?;
                d.left_out += w.surrogates_over;
                Some(d)
            };
            Ok::<_, pii_docs::DocError>((output, w, spool, deposit))
        })
        .await
        .map_err(|_| Failure::Transient(pii_runtime::panics::STOPPED.into()))
        .and_then(|built| {
            // Cancelled meanwhile (stopped at a chunk, or done just before): the copy is dropped
            // unwritten.
            if stop.is_requested() {
                return Err(Failure::Cancelled);
            }
            built.map_err(|e| Failure::from_kind(e.kind(), e.to_string()))
        })?;
        drop(fetched.spool);
        let version = self.storage.write(&job.output_uri, reach, &output).await.map_err(|e| storage_failure(&e, "output location"))?;
        tracing::info!(
            format = format.as_str(),
            bytes_in = size,
            bytes_out = written.bytes,
            findings = findings.len(),
            images = written.images.len(),
            images_blanked = written.images.iter().filter(|n| n.outcome.blanked_any()).count(),
            images_kept_unread = written.images.iter().filter(|n| n.outcome == ImageOutcome::KeptUnread).count(),
            ocr_runs = written.ocr_runs,
            elapsed_ms = started.elapsed().as_millis() as u64,
            "redacted"
        );
        metrics::processed("redact", format.as_str(), size);
        telemetry::annotate("pii.format", format.as_str());
        telemetry::annotate("pii.input.bytes", i64::try_from(size).unwrap_or(i64::MAX));
        telemetry::annotate("pii.output.bytes", i64::try_from(written.bytes).unwrap_or(i64::MAX));
        telemetry::annotate("pii.findings", i64::try_from(findings.len()).unwrap_or(i64::MAX));
        let mut ev = StatusEvent::new(&job, JobStatus::Completed, 100);
        ev.bytes_processed = Some(size);
        ev.output_uri = Some(job.output_uri.clone());
        ev.content_type = Some(written.content_type.to_owned());
        ev.output_version = Some(version);
        ev.warnings = detected
            .into_iter()
            .take(MAX_WARNINGS)
            .chain(image_warnings(&written.images))
            .chain(deposit.as_ref().and_then(PseudonymDeposit::warning))
            .collect();
        ev.findings = Some(findings);
        ev.pseudonyms = deposit;
        Ok(vec![Envelope::json(Route::Event, &ev).map_err(|e| Failure::Transient(e.to_string()))?])
    }
}

/// Most warnings one job records; the rest are counted in a last line.
const MAX_WARNINGS: usize = 20;

/// The job's warnings about its images, bounded.
fn image_warnings(images: &[pii_docs::ImageNote]) -> Vec<String> {
    let all: Vec<String> = images.iter().filter_map(pii_docs::ImageNote::warning).collect();
    if all.len() <= MAX_WARNINGS {
        return all;
    }
    let more = all.len() - MAX_WARNINGS;
    let mut out: Vec<String> = all.into_iter().take(MAX_WARNINGS).collect();
    out.push(format!("and {more} more image(s) with the same kinds of warning"));
    out
}

/// Consumes the redact queue until shutdown.
pub async fn run(redactor: Redactor, config: WorkerConfig, shutdown: CancellationToken) -> worker::WorkerReport {
    let broker = redactor.broker.clone();
    worker::run(broker, Arc::new(redactor), config, shutdown).await
}
