//! OpenTelemetry metrics in the Prometheus text exposition format (0.0.4), following the
//! OpenTelemetry-to-Prometheus conventions: dots become underscores, the unit is appended
//! (`s` → `_seconds`, `By` → `_bytes`; annotations like `{job}` are dropped), monotonic sums are
//! counters with `_total`, histograms expand into `_bucket{le}`, `_sum` and `_count`.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use opentelemetry::KeyValue;
use opentelemetry_sdk::metrics::data::{AggregatedMetrics, Metric, MetricData, ResourceMetrics};

/// One metric family: its type line, help line and samples (already rendered, sorted).
struct Family {
    kind: &'static str,
    help: String,
    samples: Vec<String>,
}

/// Renders every metric of `rm`, families sorted by name.
pub fn encode(rm: &ResourceMetrics) -> String {
    let mut families: BTreeMap<String, Family> = BTreeMap::new();
    for scope in rm.scope_metrics() {
        for metric in scope.metrics() {
            add_metric(&mut families, metric);
        }
    }
    let mut out = String::new();
    for (name, f) in families {
        if f.samples.is_empty() {
            continue;
        }
        if !f.help.is_empty() {
            let _ = writeln!(out, "# HELP {name} {}", escape_help(&f.help));
        }
        let _ = writeln!(out, "# TYPE {name} {}", f.kind);
        for s in f.samples {
            out.push_str(&s);
            out.push('\n');
        }
    }
    out
}

trait Sample: Copy {
    fn render(self) -> String;
}

impl Sample for f64 {
    fn render(self) -> String {
        render_f64(self)
    }
}

impl Sample for u64 {
    fn render(self) -> String {
        self.to_string()
    }
}

impl Sample for i64 {
    fn render(self) -> String {
        self.to_string()
    }
}

fn render_f64(v: f64) -> String {
    if v.is_nan() {
        "NaN".into()
    } else if v == f64::INFINITY {
        "+Inf".into()
    } else if v == f64::NEG_INFINITY {
        "-Inf".into()
    } else {
        v.to_string()
    }
}

fn add_metric(families: &mut BTreeMap<String, Family>, metric: &Metric) {
    match metric.data() {
        AggregatedMetrics::F64(d) => add_data(families, metric, d),
        AggregatedMetrics::U64(d) => add_data(families, metric, d),
        AggregatedMetrics::I64(d) => add_data(families, metric, d),
    }
}

fn add_data<T: Sample>(families: &mut BTreeMap<String, Family>, metric: &Metric, data: &MetricData<T>) {
    let (kind, counter) = match data {
        MetricData::Gauge(_) => ("gauge", false),
        MetricData::Sum(s) if s.is_monotonic() => ("counter", true),
        MetricData::Sum(_) => ("gauge", false),
        MetricData::Histogram(_) => ("histogram", false),
        // Not produced by this workspace's instruments (no exponential aggregation is configured).
        MetricData::ExponentialHistogram(_) => return,
    };
    let name = family_name(metric.name(), metric.unit(), counter);
    let family =
        families.entry(name.clone()).or_insert_with(|| Family { kind, help: metric.description().to_owned(), samples: Vec::new() });
    let mut rows: Vec<(String, String)> = Vec::new();
    match data {
        MetricData::Gauge(g) => {
            for p in g.data_points() {
                let labels = labels(p.attributes(), None);
                rows.push((labels.clone(), format!("{name}{labels} {}", p.value().render())));
            }
        }
        MetricData::Sum(s) => {
            for p in s.data_points() {
                let labels = labels(p.attributes(), None);
                rows.push((labels.clone(), format!("{name}{labels} {}", p.value().render())));
            }
        }
        MetricData::Histogram(h) => {
            for p in h.data_points() {
                let key = labels(p.attributes(), None);
                let mut lines = Vec::new();
                let mut cumulative = 0u64;
                let counts: Vec<u64> = p.bucket_counts().collect();
                for (i, bound) in p.bounds().enumerate() {
                    cumulative += counts.get(i).copied().unwrap_or(0);
                    let l = labels(p.attributes(), Some(&render_f64(bound)));
                    lines.push(format!("{name}_bucket{l} {cumulative}"));
                }
                let l = labels(p.attributes(), Some("+Inf"));
                lines.push(format!("{name}_bucket{l} {}", p.count()));
                lines.push(format!("{name}_sum{key} {}", p.sum().render()));
                lines.push(format!("{name}_count{key} {}", p.count()));
                rows.push((key, lines.join("\n")));
            }
        }
        MetricData::ExponentialHistogram(_) => {}
    }
    rows.sort();
    family.samples.extend(rows.into_iter().map(|(_, line)| line));
}

/// The Prometheus name of an OpenTelemetry instrument.
pub fn family_name(name: &str, unit: &str, counter: bool) -> String {
    let mut n = sanitize(name);
    let suffix = match unit {
        "" | "1" => None,
        u if u.starts_with('{') => None,
        "s" => Some("seconds".to_owned()),
        "ms" => Some("milliseconds".to_owned()),
        "By" => Some("bytes".to_owned()),
        other => Some(sanitize(other)),
    };
    if let Some(s) = suffix
        && !n.ends_with(&format!("_{s}"))
    {
        n.push('_');
        n.push_str(&s);
    }
    if counter && !n.ends_with("_total") {
        n.push_str("_total");
    }
    n
}

fn sanitize(s: &str) -> String {
    let mut out: String = s.chars().map(|c| if c.is_ascii_alphanumeric() || c == '_' { c } else { '_' }).collect();
    if out.starts_with(|c: char| c.is_ascii_digit()) {
        out.insert(0, '_');
    }
    out
}

fn labels<'a>(attrs: impl Iterator<Item = &'a KeyValue>, le: Option<&str>) -> String {
    let mut pairs: Vec<(String, String)> = attrs.map(|kv| (sanitize(kv.key.as_str()), kv.value.as_str().into_owned())).collect();
    pairs.sort();
    if let Some(le) = le {
        pairs.push(("le".to_owned(), le.to_owned()));
    }
    if pairs.is_empty() {
        return String::new();
    }
    let inner: Vec<String> = pairs.iter().map(|(k, v)| format!("{k}=\"{}\"", escape_label(v))).collect();
    format!("{{{}}}", inner.join(","))
}

fn escape_label(v: &str) -> String {
    v.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n")
}

fn escape_help(v: &str) -> String {
    v.replace('\\', "\\\\").replace('\n', "\\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use opentelemetry::metrics::MeterProvider as _;
    use opentelemetry_sdk::metrics::{ManualReader, SdkMeterProvider};

    #[test]
    fn names_follow_the_opentelemetry_to_prometheus_conventions() {
        assert_eq!(family_name("http.server.request.duration", "s", false), "http_server_request_duration_seconds");
        assert_eq!(family_name("pii.jobs", "{job}", true), "pii_jobs_total");
        assert_eq!(family_name("pii.processed", "By", true), "pii_processed_bytes_total");
        assert_eq!(family_name("pii.queue.depth", "{message}", false), "pii_queue_depth");
        assert_eq!(family_name("x_seconds", "s", false), "x_seconds");
    }

    #[test]
    fn counters_histograms_and_gauges_render_with_their_values() {
        let reader = std::sync::Arc::new(ManualReader::builder().build());
        let provider = SdkMeterProvider::builder().with_reader(crate::telemetry::SharedReader(reader.clone())).build();
        let meter = provider.meter("test");
        let c = meter.u64_counter("pii.jobs").with_unit("{job}").with_description("Jobs by status").build();
        c.add(2, &[KeyValue::new("status", "completed"), KeyValue::new("tenant", "a\"b")]);
        c.add(1, &[KeyValue::new("status", "error"), KeyValue::new("tenant", "a\"b")]);
        let h = meter.f64_histogram("pii.stage.duration").with_unit("s").with_boundaries(vec![0.1, 1.0]).build();
        h.record(0.05, &[KeyValue::new("stage", "detect")]);
        h.record(0.5, &[KeyValue::new("stage", "detect")]);
        h.record(5.0, &[KeyValue::new("stage", "detect")]);
        let g = meter.u64_gauge("pii.queue.depth").build();
        g.record(7, &[KeyValue::new("queue", "pii.detect")]);
        let text = crate::telemetry::prometheus_text_of(&reader).unwrap();
        let sum = format!("pii_stage_duration_seconds_sum{{stage=\"detect\"}} {}", 0.05f64 + 0.5 + 5.0);
        let want = [
            "# HELP pii_jobs_total Jobs by status",
            "# TYPE pii_jobs_total counter",
            "pii_jobs_total{status=\"completed\",tenant=\"a\\\"b\"} 2",
            "pii_jobs_total{status=\"error\",tenant=\"a\\\"b\"} 1",
            "# TYPE pii_queue_depth gauge",
            "pii_queue_depth{queue=\"pii.detect\"} 7",
            "# TYPE pii_stage_duration_seconds histogram",
            "pii_stage_duration_seconds_bucket{stage=\"detect\",le=\"0.1\"} 1",
            "pii_stage_duration_seconds_bucket{stage=\"detect\",le=\"1\"} 2",
            "pii_stage_duration_seconds_bucket{stage=\"detect\",le=\"+Inf\"} 3",
            sum.as_str(),
            "pii_stage_duration_seconds_count{stage=\"detect\"} 3",
        ];
        for line in want {
            assert!(text.lines().any(|l| l == line), "missing {line:?} in\n{text}");
        }
    }
}
