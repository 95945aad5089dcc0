//! Request telemetry: one server span per HTTP request (a child of the caller's W3C `traceparent`
//! when it sends one), the request-duration histogram labelled by method, matched route pattern and
//! status, and the trace context that outbox messages carry on to the workers.
//!
//! Span attributes and metric labels hold the method, the route pattern (`/api/v1/jobs/{job_id}`, never
//! the raw path or query), the status code, and ids and counts set by handlers.

use std::collections::BTreeMap;
use std::time::Instant;

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::middleware::Next;
use pii_runtime::{metrics, telemetry};
use tracing::Instrument;

/// The route label of requests that matched no route (so that scanners cannot grow the label set).
const UNMATCHED: &str = "unmatched";

/// Middleware: wraps each request in a server span and records its duration.
///
/// # Errors
/// Whatever the wrapped service returns, unchanged.
pub async fn trace_request(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let started = Instant::now();
    let method = req.method().as_str().to_owned();
    let route = req.match_pattern().unwrap_or_else(|| UNMATCHED.to_owned());
    let mut incoming = BTreeMap::new();
    for name in ["traceparent", "tracestate"] {
        if let Some(v) = req.headers().get(name).and_then(|v| v.to_str().ok()) {
            incoming.insert(name.to_owned(), v.to_owned());
        }
    }
    // Probes come every few seconds: they are counted, but not traced.
    let probe = route.ends_with("/healthz") || route.ends_with("/readyz");
    let span = if probe {
        tracing::Span::none()
    } else {
        tracing::info_span!(
        "http request",
        otel.name = %format_args!("{method} {route}"),
        otel.kind = "server",
        otel.status_code = tracing::field::Empty,
        http.request.method = %method,
        http.route = %route,
        http.response.status_code = tracing::field::Empty,
        )
    };
    telemetry::set_parent_from(&span, &incoming);
    let res = next.call(req).instrument(span.clone()).await;
    let status = match &res {
        Ok(r) => r.status().as_u16(),
        Err(e) => e.as_response_error().status_code().as_u16(),
    };
    span.record("http.response.status_code", status);
    if status >= 500 {
        span.record("otel.status_code", "ERROR");
    }
    metrics::http_request(&method, &route, status, started.elapsed().as_secs_f64());
    res
}

/// The W3C trace context of the current request, for the messages it writes to the outbox.
pub fn trace_headers() -> BTreeMap<String, String> {
    let mut h = BTreeMap::new();
    telemetry::inject_current(&mut h);
    h
}
