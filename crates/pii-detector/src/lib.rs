//! The detector worker. For each `detect` command: fetch the input (confined and bounded by the
//! storage layer), recognise its format, run the engine over its text on a blocking thread, and
//! publish the `redact` command with the findings, what OCR read in each image (so that the redactor
//! does not read them again) and a `processing` event. Stateless: run as many as
//! the queue needs. A job cancelled meanwhile stops at the next chunk and hands nothing on.

use std::sync::Arc;

use pii_core::JobStatus;
use pii_core::cancel::StopFlag;
use pii_core::engine::Engine;
use pii_core::messages::{DetectCommand, JobCommand, RedactCommand, StatusEvent};
use pii_docs::Limits;
use pii_queue::worker::{self, Failure, JobHandler, ProgressReporter, WorkerConfig};
use pii_queue::{Broker, Envelope, Headers, Route};
use pii_runtime::keys::MasterKey;
use pii_runtime::{metrics, telemetry};
use pii_storage::{Reach, Storage, StorageError};
use tokio_util::sync::CancellationToken;

/// Inputs larger than this get a `processing` event before the work starts, so that a long job shows
/// up as started at once; small ones are done before anyone could look.
const ANNOUNCE_ABOVE_BYTES: u64 = 1 << 20;

/// What the detector needs.
#[derive(Debug, Clone)]
pub struct Detector {
    pub broker: Broker,
    pub storage: Storage,
    pub engine: Engine,
    pub limits: Limits,
    /// Opens the caller's sealed lists in the job's policy.
    pub master_key: MasterKey,
    /// Bounds the analyses that may run OCR at once (formats that are or may hold images), below
    /// the worker's own concurrency: an OCR page takes seconds of a core, text takes milliseconds.
    pub ocr_slots: Arc<tokio::sync::Semaphore>,
}

impl Detector {
    /// One OCR slot per core (at least one): Tesseract keeps a core busy for the length of a page.
    pub fn default_ocr_slots() -> Arc<tokio::sync::Semaphore> {
        Arc::new(tokio::sync::Semaphore::new(std::thread::available_parallelism().map_or(1, |n| n.get())))
    }
}

/// Whether analysing a document of this format may run OCR (it is an image, or may embed images).
fn may_ocr(format: pii_docs::Format) -> bool {
    use pii_docs::Format;
    format.is_image() || matches!(format, Format::Pdf | Format::Docx | Format::Xlsx | Format::Eml)
}

/// How a storage failure ends a job; the message names the problem, never document content.
pub fn storage_failure(e: &StorageError) -> Failure {
    match e {
        StorageError::NotFound => Failure::Permanent("the input was not found".into()),
        other => Failure::from_kind(other.kind(), format!("cannot read the input: {other}")),
    }
}

fn document_failure(e: &pii_docs::DocError) -> Failure {
    Failure::from_kind(e.kind(), e.to_string())
}

/// The job's warning when an ad-hoc pattern of its policy gave up on part of the document.
const ADHOC_INCOMPLETE: &str = "an ad-hoc pattern of this job's policy exceeded its time or backtracking limit on part of the document; its matches there may be missing";

fn encode<T: serde::Serialize>(route: Route, body: &T) -> Result<Envelope, Failure> {
    Envelope::json(route, body).map_err(|e| Failure::Transient(e.to_string()))
}

impl JobHandler for Detector {
    async fn handle(&self, command: JobCommand, _headers: Headers, stop: StopFlag) -> Result<Vec<Envelope>, Failure> {
        let JobCommand::Detect(DetectCommand { job }) = command else {
            return Err(Failure::Permanent("a redact command reached the detect queue".into()));
        };
        let fetched = self.storage.fetch(&job.input_uri, Reach::of(job.grants.as_ref())).await.map_err(|e| storage_failure(&e))?;
        let size = fetched.version.size;
        let head = fetched.head().map_err(|e| storage_failure(&e))?;
        let format = pii_docs::sniff(&job.input_uri.file_name(), &head).map_err(|e| document_failure(&e))?;
        let policy = job
            .policy
            .unseal(&self.master_key.tenant_keys(&job.tenant_id, &job.policy.key_epoch))
            .map_err(|e| Failure::Permanent(e.to_string()))?;
        let analyzer = self.engine.prepare(&policy).map_err(|e| Failure::Permanent(e.to_string()))?;
        let mut early = Vec::new();
        if size > ANNOUNCE_ABOVE_BYTES {
            early.push(encode(Route::Event, &StatusEvent::new(&job, JobStatus::Processing, 1))?);
            self.broker.publish(&early).await.map_err(|e| Failure::Transient(e.to_string()))?;
        }
        let progress = ProgressReporter::start(self.broker.clone(), &job, size, 1, 50);
        let input = fetched.input.clone();
        let limits = pii_docs::Limits { stop: stop.clone(), ..self.limits.clone() };
        // Held until the analysis ends; a closed semaphore (never closed here) would only skip the bound.
        let _ocr_slot = if may_ocr(format) { self.ocr_slots.clone().acquire_owned().await.ok() } else { None };
        let started = std::time::Instant::now();
        let (analysis, adhoc_incomplete, no_model, language_warning) = tokio::task::spawn_blocking(move || {
            let analysis = pii_docs::analyze(&input, format, &analyzer, &limits, &mut |done| progress.update(done));
            (analysis, analyzer.adhoc_incomplete(), analyzer.languages_without_model(), analyzer.language_warning())
        })
        .await
        .map_err(|_| Failure::Transient(pii_runtime::panics::STOPPED.into()))?;
        // Cancelled meanwhile (the analysis stopped at a chunk, or ended just before): nothing goes on
        // to the redactor.
        if stop.is_requested() {
            return Err(Failure::Cancelled);
        }
        let analysis = analysis.map_err(|e| document_failure(&e))?;
        drop(fetched.spool);
        tracing::info!(
            format = format.as_str(),
            bytes = size,
            findings = analysis.findings.len(),
            images = analysis.images.len(),
            images_blanked = analysis.images.iter().filter(|n| n.outcome.blanked_any()).count(),
            images_kept_unread = analysis.images.iter().filter(|n| n.outcome == pii_docs::ImageOutcome::KeptUnread).count(),
            elapsed_ms = started.elapsed().as_millis() as u64,
            "detected"
        );
        record_detection(format.as_str(), size, &analysis.findings);
        let mut warnings = Vec::new();
        if adhoc_incomplete {
            warnings.push(ADHOC_INCOMPLETE.to_owned());
        }
        if let Some(w) = language_warning {
            let codes: Vec<&str> = no_model.iter().map(|l| l.code()).collect();
            tracing::warn!(languages = %codes.join(","), "ner model or word list missing for a language of the document; names found with the structural rules alone");
            warnings.push(w);
        }
        let mut ev = StatusEvent::new(&job, JobStatus::Processing, 50);
        ev.bytes_processed = Some(size);
        let redact = JobCommand::Redact(RedactCommand {
            job,
            input: fetched.version,
            format,
            findings: analysis.findings,
            warnings,
            images: analysis.readings,
        });
        Ok(vec![encode(Route::Event, &ev)?, encode(Route::Redact, &redact)?])
    }
}

/// Metrics and span attributes of one detection: format, size and counts, never content.
fn record_detection(format: &'static str, bytes: u64, findings: &[pii_core::Finding]) {
    metrics::processed("detect", format, bytes);
    metrics::findings(findings.iter().map(|f| &f.entity_type));
    telemetry::annotate("pii.format", format);
    telemetry::annotate("pii.input.bytes", i64::try_from(bytes).unwrap_or(i64::MAX));
    telemetry::annotate("pii.findings", i64::try_from(findings.len()).unwrap_or(i64::MAX));
}

/// Consumes the detect queue until shutdown.
pub async fn run(detector: Detector, config: WorkerConfig, shutdown: CancellationToken) -> worker::WorkerReport {
    let broker = detector.broker.clone();
    worker::run(broker, Arc::new(detector), config, shutdown).await
}
