//! The service's metrics: one definition of each instrument, and functions that record them with
//! bounded label sets only (tenant, entity type, format, status, stage, queue, route). No label
//! ever holds a path, a URI, an id or document content.
//!
//! Instruments come from the global meter provider that [`crate::telemetry::init_service`] installs;
//! before that (in-process tests, one-shot commands) they record nothing.
//!
//! | instrument (Prometheus name) | kind | labels | recorded by |
//! |---|---|---|---|
//! | `http.server.request.duration` (`http_server_request_duration_seconds`) | histogram | `http_request_method`, `http_route`, `http_response_status_code` | gateway |
//! | `pii.jobs` (`pii_jobs_total`) | counter | `tenant`, `status` (`queued` at submit; `completed`, `failed`, `error` when recorded) | gateway |
//! | `pii.job.duration` (`pii_job_duration_seconds`) | histogram | `tenant`, `status` (submit to the end) | gateway |
//! | `pii.stage.duration` (`pii_stage_duration_seconds`) | histogram | `stage`, `outcome` | workers |
//! | `pii.deliveries` (`pii_deliveries_total`) | counter | `queue`, `outcome` | workers |
//! | `pii.worker.in_flight` (`pii_worker_in_flight`) | gauge | `queue` | workers |
//! | `pii.queue.depth` (`pii_queue_depth`) | gauge | `queue` (ready messages) | every role |
//! | `pii.queue.lag` (`pii_queue_lag_seconds`) | histogram | `queue` (ready in the queue to picked up) | workers |
//! | `pii.processed` (`pii_processed_bytes_total`) | counter | `stage`, `format` | workers |
//! | `pii.findings` (`pii_findings_total`) | counter | `entity_type` (built-in names; others as `OTHER`) | detector |
//! | `pii.outbox.pending` (`pii_outbox_pending`) | gauge | | gateway |
//! | `pii.outbox.oldest_age` (`pii_outbox_oldest_age_seconds`) | gauge | | gateway |
//! | `pii.callbacks` (`pii_callbacks_total`) | counter | `outcome` (`delivered`, `retry`, `gave_up`) | gateway |
//! | `pii.jobs.purged` (`pii_jobs_purged_total`) | counter | `tenant`, `reason` (`retention`, `tenant_deleted`) | gateway |

use std::sync::OnceLock;

use opentelemetry::KeyValue;
use opentelemetry::metrics::{Counter, Gauge, Histogram, UpDownCounter};
use pii_core::EntityType;

/// Buckets for request and stage latencies (seconds).
const FAST_BUCKETS: [f64; 14] = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0];
/// Buckets for whole jobs and queue waits (seconds).
const SLOW_BUCKETS: [f64; 14] = [0.01, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 300.0, 900.0, 3600.0];

/// Every instrument of the service.
#[derive(Debug)]
pub struct Metrics {
    http_duration: Histogram<f64>,
    jobs: Counter<u64>,
    job_duration: Histogram<f64>,
    stage_duration: Histogram<f64>,
    deliveries: Counter<u64>,
    in_flight: UpDownCounter<i64>,
    queue_depth: Gauge<u64>,
    queue_lag: Histogram<f64>,
    processed: Counter<u64>,
    findings: Counter<u64>,
    outbox_pending: Gauge<u64>,
    outbox_oldest_age: Gauge<f64>,
    callbacks: Counter<u64>,
    purged: Counter<u64>,
}

/// The instruments, created on first use from the global meter provider.
pub fn get() -> &'static Metrics {
    static METRICS: OnceLock<Metrics> = OnceLock::new();
    METRICS.get_or_init(|| {
        let m = opentelemetry::global::meter("pii-redactor");
        Metrics {
            http_duration: m
                .f64_histogram("http.server.request.duration")
                .with_unit("s")
                .with_description("HTTP requests served, by method, route and status")
                .with_boundaries(FAST_BUCKETS.to_vec())
                .build(),
            jobs: m.u64_counter("pii.jobs").with_unit("{job}").with_description("Jobs entering a status, by tenant and status").build(),
            job_duration: m
                .f64_histogram("pii.job.duration")
                .with_unit("s")
                .with_description("Time from submission to the end of a job (completed, failed or error)")
                .with_boundaries(SLOW_BUCKETS.to_vec())
                .build(),
            stage_duration: m
                .f64_histogram("pii.stage.duration")
                .with_unit("s")
                .with_description("Time a worker spent on one delivery, by stage and outcome")
                .with_boundaries(FAST_BUCKETS.to_vec())
                .build(),
            deliveries: m
                .u64_counter("pii.deliveries")
                .with_unit("{message}")
                .with_description("Deliveries a worker settled, by queue and outcome")
                .build(),
            in_flight: m
                .i64_up_down_counter("pii.worker.in_flight")
                .with_unit("{message}")
                .with_description("Deliveries being handled right now")
                .build(),
            queue_depth: m
                .u64_gauge("pii.queue.depth")
                .with_unit("{message}")
                .with_description("Messages ready in a queue, as last polled")
                .build(),
            queue_lag: m
                .f64_histogram("pii.queue.lag")
                .with_unit("s")
                .with_description("Time a message waited in its queue before a worker picked it up")
                .with_boundaries(SLOW_BUCKETS.to_vec())
                .build(),
            processed: m
                .u64_counter("pii.processed")
                .with_unit("By")
                .with_description("Input bytes processed, by stage and format")
                .build(),
            findings: m.u64_counter("pii.findings").with_unit("{finding}").with_description("Entities found, by entity type").build(),
            outbox_pending: m
                .u64_gauge("pii.outbox.pending")
                .with_unit("{message}")
                .with_description("Messages committed but not yet relayed to the broker")
                .build(),
            outbox_oldest_age: m
                .f64_gauge("pii.outbox.oldest_age")
                .with_unit("s")
                .with_description("Age of the oldest message not yet relayed to the broker (0 when none waits)")
                .build(),
            callbacks: m
                .u64_counter("pii.callbacks")
                .with_unit("{callback}")
                .with_description("Callback deliveries attempted, by outcome")
                .build(),
            purged: m
                .u64_counter("pii.jobs.purged")
                .with_unit("{job}")
                .with_description("Jobs purged with their output and findings, by tenant and reason")
                .build(),
        }
    })
}

/// HTTP methods kept as label values; anything else is `_OTHER` (OpenTelemetry semantic conventions).
fn method_label(method: &str) -> &'static str {
    match method {
        "GET" => "GET",
        "POST" => "POST",
        "PUT" => "PUT",
        "DELETE" => "DELETE",
        "PATCH" => "PATCH",
        "HEAD" => "HEAD",
        "OPTIONS" => "OPTIONS",
        _ => "_OTHER",
    }
}

/// Records one served request. `route` is the matched route pattern (`/api/v1/jobs/{job_id}`), never
/// the raw path; unmatched requests pass `"unmatched"`.
pub fn http_request(method: &str, route: &str, status: u16, secs: f64) {
    get().http_duration.record(
        secs,
        &[
            KeyValue::new("http.request.method", method_label(method)),
            KeyValue::new("http.route", route.to_owned()),
            KeyValue::new("http.response.status_code", i64::from(status)),
        ],
    );
}

/// Records jobs created (`queued`).
pub fn jobs_queued(tenant: &str, n: u64) {
    get().jobs.add(n, &[KeyValue::new("tenant", tenant.to_owned()), KeyValue::new("status", "queued")]);
}

/// Records a job recorded as ended (`completed`, `failed`, `error`), `secs` after it was submitted.
pub fn job_ended(tenant: &str, status: &'static str, secs: f64) {
    let labels = [KeyValue::new("tenant", tenant.to_owned()), KeyValue::new("status", status)];
    get().jobs.add(1, &labels);
    get().job_duration.record(secs.max(0.0), &labels);
}

/// Records one delivery handled by a worker: how long the stage took and how it ended
/// (`ok`, `error`, `retry`, `gave_up`, `crashed`, `requeued`, `malformed`, `cancelled`).
pub fn delivery(queue: &'static str, stage: &'static str, outcome: &'static str, secs: Option<f64>) {
    get().deliveries.add(1, &[KeyValue::new("queue", queue), KeyValue::new("outcome", outcome)]);
    if let Some(s) = secs {
        get().stage_duration.record(s, &[KeyValue::new("stage", stage), KeyValue::new("outcome", outcome)]);
    }
}

/// Adds `delta` to the deliveries in flight on `queue`.
pub fn in_flight(queue: &'static str, delta: i64) {
    get().in_flight.add(delta, &[KeyValue::new("queue", queue)]);
}

/// Records how long a message waited in `queue` before being picked up.
pub fn queue_lag(queue: &'static str, secs: f64) {
    get().queue_lag.record(secs.max(0.0), &[KeyValue::new("queue", queue)]);
}

/// Records the ready messages in `queue`.
pub fn queue_depth(queue: &'static str, n: u64) {
    get().queue_depth.record(n, &[KeyValue::new("queue", queue)]);
}

/// Records input bytes a stage processed, by format (`txt`, `csv`, `docx`, …).
pub fn processed(stage: &'static str, format: &'static str, bytes: u64) {
    get().processed.add(bytes, &[KeyValue::new("stage", stage), KeyValue::new("format", format)]);
}

/// Records findings by entity type; names outside the built-in set (ad-hoc recognizers, deny lists)
/// count as `OTHER` so that callers cannot grow the label set.
pub fn findings<'a>(types: impl IntoIterator<Item = &'a EntityType>) {
    let mut counts: Vec<(&'static str, u64)> = Vec::new();
    for t in types {
        let label = EntityType::BUILT_IN.iter().find(|b| *b == t).map_or("OTHER", |b| builtin_name(b));
        match counts.iter_mut().find(|(l, _)| *l == label) {
            Some((_, n)) => *n += 1,
            None => counts.push((label, 1)),
        }
    }
    for (label, n) in counts {
        get().findings.add(n, &[KeyValue::new("entity_type", label)]);
    }
}

fn builtin_name(t: &'static EntityType) -> &'static str {
    t.as_str()
}

/// Counts one callback delivery attempt: `delivered`, `retry` (will be tried again) or `gave_up`.
pub fn callback(outcome: &'static str) {
    get().callbacks.add(1, &[KeyValue::new("outcome", outcome)]);
}

/// Counts jobs purged for good: `retention` (the sweeper) or `tenant_deleted`.
pub fn jobs_purged(tenant: &str, reason: &'static str, n: u64) {
    get().purged.add(n, &[KeyValue::new("tenant", tenant.to_owned()), KeyValue::new("reason", reason)]);
}

/// Records the messages waiting in the outbox and the age of the oldest (0 when it is empty).
pub fn outbox(n: u64, oldest_age_secs: f64) {
    get().outbox_pending.record(n, &[]);
    get().outbox_oldest_age.record(oldest_age_secs, &[]);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_methods_and_entity_types_fold_into_one_label() {
        assert_eq!(method_label("BREW"), "_OTHER");
        assert_eq!(method_label("POST"), "POST");
        let b = EntityType::BUILT_IN.iter().find(|t| t.as_str() == "EMAIL_ADDRESS").unwrap();
        assert_eq!(builtin_name(b), "EMAIL_ADDRESS");
    }
}
