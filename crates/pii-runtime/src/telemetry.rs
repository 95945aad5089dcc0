//! Telemetry, set up once per process: JSON logs that carry trace ids, OpenTelemetry traces, and the
//! metrics of [`crate::metrics`].
//!
//! - **Logs**: JSON lines (or text), filtered by `RUST_LOG` (default `info`). An event inside a span
//!   carries `trace_id` and `span_id`, so a log line leads to its trace and back.
//! - **Traces**: always recorded, so that the W3C trace context travels through the queue and shows in
//!   the logs even where nothing is exported; exported over OTLP/HTTP (protobuf) when
//!   `OTEL_EXPORTER_OTLP_ENDPOINT` or `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT` is set. The SDK reads the
//!   other standard variables itself: `OTEL_SERVICE_NAME`, `OTEL_RESOURCE_ATTRIBUTES`,
//!   `OTEL_TRACES_SAMPLER[_ARG]`, `OTEL_BSP_*`, `OTEL_EXPORTER_OTLP_{,TRACES_,METRICS_}{HEADERS,TIMEOUT}`.
//! - **Metrics**: always readable as Prometheus text ([`prometheus_text`], served at `/metrics` on the
//!   admin port), and pushed over OTLP as well when an endpoint is set (`OTEL_METRIC_EXPORT_INTERVAL`).
//!
//! Nothing in this workspace puts document text or PII values into logs, span attributes or metric
//! labels: they hold ids, counts, sizes, types, formats, statuses and durations.

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, OnceLock, Weak};
use std::time::Duration;

use opentelemetry::propagation::{Extractor, Injector, TextMapPropagator};
use opentelemetry::trace::{TraceContextExt, TracerProvider as _};
use opentelemetry_sdk::Resource;
use opentelemetry_sdk::metrics::data::ResourceMetrics;
use opentelemetry_sdk::metrics::reader::MetricReader;
use opentelemetry_sdk::metrics::{InstrumentKind, ManualReader, Pipeline, SdkMeterProvider, Temporality};
use opentelemetry_sdk::propagation::TraceContextPropagator;
use opentelemetry_sdk::trace::SdkTracerProvider;
use tracing::Subscriber;
use tracing_opentelemetry::OpenTelemetrySpanExt;
use tracing_subscriber::EnvFilter;
use tracing_subscriber::fmt::format::Writer;
use tracing_subscriber::fmt::{FmtContext, FormatEvent, FormatFields};
use tracing_subscriber::layer::SubscriberExt;
use tracing_subscriber::registry::LookupSpan;
use tracing_subscriber::util::SubscriberInitExt;

use crate::settings::RuntimeError;

/// Which OpenTelemetry exports are on, from the standard `OTEL_*` variables.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TelemetrySettings {
    /// Whether `OTEL_SERVICE_NAME` (or `service.name` in `OTEL_RESOURCE_ATTRIBUTES`) names the service;
    /// otherwise each role names itself (`pii-redactor-gateway`, `pii-redactor-detector`, …).
    pub service_name_given: bool,
    /// Export spans over OTLP/HTTP: an endpoint is set, `OTEL_TRACES_EXPORTER` is not `none` and
    /// `OTEL_SDK_DISABLED` is not true.
    pub export_traces: bool,
    /// Push metrics over OTLP/HTTP: an endpoint is set, `OTEL_METRICS_EXPORTER` includes `otlp` (the
    /// default) and `OTEL_SDK_DISABLED` is not true. `/metrics` is served either way.
    pub export_metrics: bool,
}

impl TelemetrySettings {
    /// Reads the `OTEL_*` variables this process acts on (the SDK reads the rest itself).
    ///
    /// # Errors
    /// `RuntimeError::Invalid` for an exporter or protocol this build does not have (only OTLP over
    /// `http/protobuf` is built in).
    pub fn from_vars(vars: &HashMap<String, String>) -> Result<Self, RuntimeError> {
        let get = |k: &str| vars.get(k).map(|s| s.trim().to_owned()).filter(|s| !s.is_empty());
        let invalid = |name: &'static str, why: &str| RuntimeError::Invalid { name, why: why.to_owned() };
        let disabled = match get("OTEL_SDK_DISABLED").map(|s| s.to_ascii_lowercase()).as_deref() {
            None | Some("false") => false,
            Some("true") => true,
            Some(_) => return Err(invalid("OTEL_SDK_DISABLED", "expected true or false")),
        };
        for name in ["OTEL_EXPORTER_OTLP_PROTOCOL", "OTEL_EXPORTER_OTLP_TRACES_PROTOCOL", "OTEL_EXPORTER_OTLP_METRICS_PROTOCOL"] {
            if let Some(p) = get(name)
                && p != "http/protobuf"
            {
                return Err(invalid(name, "only http/protobuf is built in (point it at the collector's OTLP/HTTP port, 4318)"));
            }
        }
        let endpoint = get("OTEL_EXPORTER_OTLP_ENDPOINT").is_some();
        let traces = match get("OTEL_TRACES_EXPORTER").as_deref() {
            None | Some("otlp") => endpoint || get("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT").is_some(),
            Some("none") => false,
            Some(_) => return Err(invalid("OTEL_TRACES_EXPORTER", "expected otlp or none")),
        };
        let mut metrics = endpoint || get("OTEL_EXPORTER_OTLP_METRICS_ENDPOINT").is_some();
        if let Some(list) = get("OTEL_METRICS_EXPORTER") {
            let mut otlp = false;
            for e in list.split(',').map(str::trim) {
                match e {
                    "otlp" => otlp = true,
                    "prometheus" | "none" => {}
                    _ => return Err(invalid("OTEL_METRICS_EXPORTER", "expected otlp, prometheus or none")),
                }
            }
            metrics &= otlp;
        }
        let service_name_given = get("OTEL_SERVICE_NAME").is_some()
            || get("OTEL_RESOURCE_ATTRIBUTES").is_some_and(|a| a.split(',').any(|kv| kv.trim_start().starts_with("service.name=")));
        Ok(TelemetrySettings { service_name_given, export_traces: traces && !disabled, export_metrics: metrics && !disabled })
    }
}

/// The providers of a service process; [`Telemetry::shutdown`] flushes what is still buffered.
#[derive(Debug)]
pub struct Telemetry {
    tracer: SdkTracerProvider,
    meter: SdkMeterProvider,
}

impl Telemetry {
    /// Exports what is buffered and stops the exporters (blocks for up to a few seconds; call it
    /// from a blocking thread, last thing before exit).
    pub fn shutdown(self) {
        if let Err(e) = self.tracer.shutdown() {
            tracing::warn!(error = %e, "could not flush the last spans");
        }
        if let Err(e) = self.meter.shutdown() {
            tracing::debug!(error = %e, "could not flush the last metrics");
        }
    }
}

/// Installs logging only (for one-shot commands); later calls are ignored.
pub fn init(json: bool) {
    crate::panics::install_hook();
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info"));
    let registry = tracing_subscriber::registry().with(filter);
    if json {
        let slot = DispatchSlot::default();
        install(registry.with(json_layer(std::io::stdout, &slot)), &slot);
    } else {
        let _ = registry.with(tracing_subscriber::fmt::layer().with_target(false)).try_init();
    }
}

fn json_layer<S, W>(writer: W, slot: &DispatchSlot) -> impl tracing_subscriber::Layer<S>
where
    S: Subscriber + for<'a> LookupSpan<'a>,
    W: for<'w> tracing_subscriber::fmt::MakeWriter<'w> + Send + Sync + 'static,
{
    let inner = tracing_subscriber::fmt::format().json().flatten_event(true).with_current_span(true).with_span_list(false);
    tracing_subscriber::fmt::layer()
        .fmt_fields(tracing_subscriber::fmt::format::JsonFields::new())
        .event_format(WithTraceIds { inner, dispatch: slot.clone() })
        .with_writer(writer)
}

/// Where a log formatter finds the subscriber it belongs to. An event is formatted while tracing's
/// thread-local default dispatcher is busy dispatching it, so a nested lookup sees no subscriber;
/// the formatter therefore keeps a weak handle to its own, set once the subscriber is built (weak:
/// the subscriber owns the formatter).
type DispatchSlot = Arc<OnceLock<tracing::dispatcher::WeakDispatch>>;

/// Installs `subscriber` as the process's default, after telling its formatters where it is.
fn install<T: Into<tracing::Dispatch>>(subscriber: T, slot: &DispatchSlot) {
    let dispatch: tracing::Dispatch = subscriber.into();
    let _ = slot.set(dispatch.downgrade());
    let _ = dispatch.try_init();
}

/// Installs logging, tracing and metrics for a long-running role. `service` names the process in
/// traces unless `OTEL_SERVICE_NAME` does.
///
/// # Errors
/// When an OTLP exporter cannot be built (a malformed endpoint URL).
pub fn init_service(settings: &TelemetrySettings, log_json: bool, service: &str) -> Result<Telemetry, RuntimeError> {
    crate::panics::install_hook();
    let mut resource = Resource::builder();
    if !settings.service_name_given {
        resource = resource.with_service_name(service.to_owned());
    }
    let resource = resource.build();
    let otel_err = |what: &str, e: &dyn std::fmt::Display| RuntimeError::Invalid {
        name: "OTEL_EXPORTER_OTLP_ENDPOINT",
        why: format!("cannot build the OTLP {what} exporter: {e}"),
    };

    let mut tracer = SdkTracerProvider::builder().with_resource(resource.clone());
    if settings.export_traces {
        let exporter = opentelemetry_otlp::SpanExporter::builder().with_http().build().map_err(|e| otel_err("span", &e))?;
        tracer = tracer.with_batch_exporter(exporter);
    }
    let tracer = tracer.build();

    let reader = prometheus_reader();
    let mut meter = SdkMeterProvider::builder().with_resource(resource).with_reader(SharedReader(reader));
    if settings.export_metrics {
        let exporter = opentelemetry_otlp::MetricExporter::builder().with_http().build().map_err(|e| otel_err("metric", &e))?;
        meter = meter.with_periodic_exporter(exporter);
    }
    let meter = meter.build();
    opentelemetry::global::set_meter_provider(meter.clone());

    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info"));
    let otel = tracing_opentelemetry::layer().with_tracer(tracer.tracer("pii-redactor"));
    let registry = tracing_subscriber::registry().with(filter).with(otel);
    let slot = DispatchSlot::default();
    if log_json {
        install(registry.with(json_layer(std::io::stdout, &slot)), &slot);
    } else {
        let inner = tracing_subscriber::fmt::format().with_target(false);
        let text = tracing_subscriber::fmt::layer().event_format(WithTraceIds { inner, dispatch: slot.clone() });
        install(registry.with(text), &slot);
    }
    if settings.export_traces || settings.export_metrics {
        tracing::info!(traces = settings.export_traces, metrics = settings.export_metrics, "exporting telemetry over OTLP");
    }
    Ok(Telemetry { tracer, meter })
}

/// Adds `trace_id` and `span_id` to every event written inside a recorded span.
struct WithTraceIds<F> {
    inner: F,
    dispatch: DispatchSlot,
}

impl<S, N, F> FormatEvent<S, N> for WithTraceIds<F>
where
    S: Subscriber + for<'a> LookupSpan<'a>,
    N: for<'a> FormatFields<'a> + 'static,
    F: FormatEvent<S, N>,
{
    fn format_event(&self, ctx: &FmtContext<'_, S, N>, mut writer: Writer<'_>, event: &tracing::Event<'_>) -> std::fmt::Result {
        let ids = ctx.parent_span().and_then(|span| {
            let dispatch = self.dispatch.get()?.upgrade()?;
            let cx = tracing_opentelemetry::get_otel_context(&span.id(), &dispatch)?;
            let sc = cx.span().span_context().clone();
            sc.is_valid().then(|| (sc.trace_id(), sc.span_id()))
        });
        let Some((trace_id, span_id)) = ids else {
            return self.inner.format_event(ctx, writer, event);
        };
        let mut line = String::with_capacity(256);
        self.inner.format_event(ctx, Writer::new(&mut line), event)?;
        let body_end = line.trim_end_matches('\n').len();
        let (body, tail) = line.split_at(body_end);
        if let Some(json_body) = body.strip_suffix('}') {
            write!(writer, "{json_body},\"trace_id\":\"{trace_id}\",\"span_id\":\"{span_id}\"}}{tail}")
        } else {
            write!(writer, "{body} trace_id={trace_id} span_id={span_id}{tail}")
        }
    }
}

// ---- W3C trace context in message headers ----

struct Carrier<'a>(&'a mut BTreeMap<String, String>);

impl Injector for Carrier<'_> {
    fn set(&mut self, key: &str, value: String) {
        self.0.insert(key.to_owned(), value);
    }
}

struct Reader<'a>(&'a BTreeMap<String, String>);

impl Extractor for Reader<'_> {
    fn get(&self, key: &str) -> Option<&str> {
        self.0.get(key).map(String::as_str)
    }

    fn keys(&self) -> Vec<&str> {
        self.0.keys().map(String::as_str).collect()
    }
}

/// Writes the current span's W3C trace context (`traceparent`, `tracestate`) into `headers`;
/// writes nothing outside a recorded span.
pub fn inject_current(headers: &mut BTreeMap<String, String>) {
    let cx = tracing::Span::current().context();
    if cx.span().span_context().is_valid() {
        TraceContextPropagator::new().inject_context(&cx, &mut Carrier(headers));
    }
}

/// Makes the trace context in `headers` (if any) the parent of `span`. Call it right after creating
/// the span, before anything is logged in it.
pub fn set_parent_from(span: &tracing::Span, headers: &BTreeMap<String, String>) {
    let cx = TraceContextPropagator::new().extract(&Reader(headers));
    if cx.span().span_context().is_valid() {
        let _ = span.set_parent(cx);
    }
}

/// Sets an attribute on the current span (ids, counts, sizes, formats: never document content).
pub fn annotate(key: &'static str, value: impl Into<opentelemetry::Value>) {
    tracing::Span::current().set_attribute(key, value);
}

/// The trace id of the current span, if it is recorded (for tests and error reports).
pub fn current_trace_id() -> Option<String> {
    let cx = tracing::Span::current().context();
    let sc = cx.span().span_context().clone();
    sc.is_valid().then(|| sc.trace_id().to_string())
}

// ---- Prometheus text ----

/// The process's pull reader; one per process, shared by the meter provider and `/metrics`.
fn prometheus_reader() -> Arc<ManualReader> {
    static READER: OnceLock<Arc<ManualReader>> = OnceLock::new();
    READER.get_or_init(|| Arc::new(ManualReader::builder().with_temporality(Temporality::Cumulative).build())).clone()
}

/// Lets the meter provider own a handle while `/metrics` keeps another.
#[derive(Debug)]
pub(crate) struct SharedReader(pub(crate) Arc<ManualReader>);

impl MetricReader for SharedReader {
    fn register_pipeline(&self, pipeline: Weak<Pipeline>) {
        self.0.register_pipeline(pipeline);
    }

    fn collect(&self, rm: &mut ResourceMetrics) -> opentelemetry_sdk::error::OTelSdkResult {
        self.0.collect(rm)
    }

    fn force_flush(&self) -> opentelemetry_sdk::error::OTelSdkResult {
        self.0.force_flush()
    }

    fn shutdown_with_timeout(&self, timeout: Duration) -> opentelemetry_sdk::error::OTelSdkResult {
        self.0.shutdown_with_timeout(timeout)
    }

    fn temporality(&self, kind: InstrumentKind) -> Temporality {
        self.0.temporality(kind)
    }
}

/// The metrics of this process in the Prometheus text format (version 0.0.4); empty before
/// [`init_service`].
pub fn prometheus_text() -> String {
    let mut rm = ResourceMetrics::default();
    if prometheus_reader().collect(&mut rm).is_err() {
        return String::new();
    }
    crate::prometheus::encode(&rm)
}

/// Reads `reader` (a test's own) as Prometheus text.
///
/// # Errors
/// The SDK's error when the reader is not registered with a provider.
pub fn prometheus_text_of(reader: &ManualReader) -> Result<String, String> {
    let mut rm = ResourceMetrics::default();
    reader.collect(&mut rm).map_err(|e| e.to_string())?;
    Ok(crate::prometheus::encode(&rm))
}

#[cfg(test)]
mod tests {
    use std::sync::Mutex;

    use super::*;

    fn vars(pairs: &[(&str, &str)]) -> HashMap<String, String> {
        pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    #[test]
    fn otlp_export_is_on_only_with_an_endpoint() {
        let none = TelemetrySettings::from_vars(&HashMap::new()).unwrap();
        assert!(!none.export_traces && !none.export_metrics && !none.service_name_given);
        let both = TelemetrySettings::from_vars(&vars(&[("OTEL_EXPORTER_OTLP_ENDPOINT", "http://collector:4318")])).unwrap();
        assert!(both.export_traces && both.export_metrics);
        let traces = TelemetrySettings::from_vars(&vars(&[("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", "http://c:4318/v1/traces")])).unwrap();
        assert!(traces.export_traces && !traces.export_metrics);
        let off = TelemetrySettings::from_vars(&vars(&[
            ("OTEL_EXPORTER_OTLP_ENDPOINT", "http://c:4318"),
            ("OTEL_TRACES_EXPORTER", "none"),
            ("OTEL_METRICS_EXPORTER", "prometheus"),
        ]))
        .unwrap();
        assert!(!off.export_traces && !off.export_metrics);
        let disabled =
            TelemetrySettings::from_vars(&vars(&[("OTEL_EXPORTER_OTLP_ENDPOINT", "http://c:4318"), ("OTEL_SDK_DISABLED", "true")]))
                .unwrap();
        assert!(!disabled.export_traces && !disabled.export_metrics);
        let named =
            TelemetrySettings::from_vars(&vars(&[("OTEL_RESOURCE_ATTRIBUTES", "deployment.environment=prod, service.name=x")])).unwrap();
        assert!(named.service_name_given);
    }

    #[test]
    fn exporters_and_protocols_that_are_not_built_in_fail_fast() {
        for (k, v) in [
            ("OTEL_EXPORTER_OTLP_PROTOCOL", "grpc"),
            ("OTEL_EXPORTER_OTLP_TRACES_PROTOCOL", "http/json"),
            ("OTEL_TRACES_EXPORTER", "zipkin"),
            ("OTEL_METRICS_EXPORTER", "otlp,console"),
            ("OTEL_SDK_DISABLED", "maybe"),
        ] {
            let err = TelemetrySettings::from_vars(&vars(&[(k, v)])).unwrap_err().to_string();
            assert!(err.contains(k), "{err}");
        }
        assert!(TelemetrySettings::from_vars(&vars(&[("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf")])).is_ok());
    }

    #[derive(Clone, Default)]
    struct Buffer(Arc<Mutex<Vec<u8>>>);

    impl std::io::Write for Buffer {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(buf);
            Ok(buf.len())
        }

        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    fn with_test_subscriber(f: impl FnOnce()) -> Vec<serde_json::Value> {
        let provider = SdkTracerProvider::builder().build();
        let buf = Buffer::default();
        let writer = buf.clone();
        let slot = DispatchSlot::default();
        let subscriber = tracing_subscriber::registry()
            .with(tracing_opentelemetry::layer().with_tracer(provider.tracer("test")))
            .with(json_layer(move || writer.clone(), &slot));
        let dispatch = tracing::Dispatch::new(subscriber);
        let _ = slot.set(dispatch.downgrade());
        tracing::dispatcher::with_default(&dispatch, f);
        let text = String::from_utf8(buf.0.lock().unwrap().clone()).unwrap();
        text.lines().map(|l| serde_json::from_str(l).unwrap()).collect()
    }

    #[test]
    fn json_log_lines_carry_the_trace_id_of_their_span() {
        let mut ids = None;
        let lines = with_test_subscriber(|| {
            tracing::info!("outside");
            let span = tracing::info_span!("job", job_id = "j1");
            let _g = span.enter();
            tracing::info!(findings = 3, "inside");
            ids = current_trace_id();
        });
        let trace_id = ids.expect("a recorded span has a trace id");
        assert_eq!(lines.len(), 2, "{lines:?}");
        assert!(lines[0].get("trace_id").is_none(), "{}", lines[0]);
        assert_eq!(lines[1]["message"], "inside");
        assert_eq!(lines[1]["findings"], 3);
        assert_eq!(lines[1]["trace_id"], trace_id.as_str());
        assert_eq!(lines[1]["span_id"].as_str().unwrap().len(), 16);
        assert_eq!(lines[1]["span"]["job_id"], "j1");
    }

    #[test]
    fn trace_context_travels_through_headers_to_a_child_span() {
        let mut seen = (None, None, BTreeMap::new());
        with_test_subscriber(|| {
            let producer = tracing::info_span!("producer");
            let mut headers = BTreeMap::new();
            producer.in_scope(|| {
                inject_current(&mut headers);
                seen.0 = current_trace_id();
            });
            let consumer = tracing::info_span!("consumer");
            set_parent_from(&consumer, &headers);
            consumer.in_scope(|| seen.1 = current_trace_id());
            seen.2 = headers;
        });
        let (producer, consumer, headers) = seen;
        let producer = producer.unwrap();
        assert_eq!(consumer.as_deref(), Some(producer.as_str()));
        let tp = &headers["traceparent"];
        assert!(tp.starts_with(&format!("00-{producer}-")) && tp.ends_with("-01"), "{tp}");
        // Outside any span nothing is injected, and a span without a parent starts its own trace.
        let mut empty = BTreeMap::new();
        inject_current(&mut empty);
        assert!(empty.is_empty());
    }
}
