//! The deployment files agree with the code.
//!
//! `scripts/validate-manifests` renders every kustomization under deploy/k8s and validates each
//! document against the Kubernetes and KEDA schemas (offline, schemas from PyPI packages in the test
//! venv); this test then checks what no schema can: that probes hit paths and ports the binary
//! serves (by starting each role with the manifests' own environment), that grace periods exceed the
//! drain the code does, that every environment variable is one the code reads, that the autoscalers
//! watch the queues the workers consume, and that the Dockerfile and docker-compose.yml name
//! binaries, subcommands and paths that exist.
#![allow(clippy::unwrap_used, reason = "test code fails loudly on purpose; its helpers unwrap like its tests")]

mod common;

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use common::*;
use pii_queue::QueueName;
use pii_runtime::Settings;
use serde_json::Value;

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().unwrap()
}

/// The rendered manifests, validated against their schemas.
fn manifests() -> Value {
    let python = repo().join(".venv/bin/python");
    assert!(python.exists(), "{} is missing: run scripts/test-setup (it installs the schema validators and kubectl)", python.display());
    let out = Command::new(&python).arg(repo().join("scripts/validate-manifests")).output().unwrap();
    assert!(
        out.status.success(),
        "scripts/validate-manifests failed (run scripts/test-setup if a validator is missing):\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

fn settings_source() -> String {
    std::fs::read_to_string(repo().join("crates/pii-runtime/src/settings.rs")).unwrap()
        + &std::fs::read_to_string(repo().join("crates/pii-runtime/src/telemetry.rs")).unwrap()
}

/// `OTEL_*` variables the OpenTelemetry SDK and OTLP exporter read themselves (besides the ones
/// `pii_runtime::telemetry` reads).
const OTEL_SDK_VARS: &[&str] = &[
    "OTEL_SERVICE_NAME",
    "OTEL_RESOURCE_ATTRIBUTES",
    "OTEL_TRACES_SAMPLER",
    "OTEL_TRACES_SAMPLER_ARG",
    "OTEL_BSP_SCHEDULE_DELAY",
    "OTEL_BSP_MAX_QUEUE_SIZE",
    "OTEL_BSP_MAX_EXPORT_BATCH_SIZE",
    "OTEL_BSP_EXPORT_TIMEOUT",
    "OTEL_METRIC_EXPORT_INTERVAL",
    "OTEL_METRIC_EXPORT_TIMEOUT",
    "OTEL_EXPORTER_OTLP_HEADERS",
    "OTEL_EXPORTER_OTLP_TIMEOUT",
];

/// `AWS_*` variables the S3 client reads (object_store's S3 configuration keys).
const AWS_VARS: &[&str] = &[
    "AWS_ACCESS_KEY_ID",
    "AWS_SECRET_ACCESS_KEY",
    "AWS_SESSION_TOKEN",
    "AWS_REGION",
    "AWS_ENDPOINT",
    "AWS_ALLOW_HTTP",
    "AWS_DEFAULT_REGION",
];

/// Panics unless the code reads `name`.
fn assert_known_variable(name: &str, source: &str, where_: &str) {
    let known = match name {
        n if n.starts_with("PII_REDACTOR_") || n == "DATABASE_URL" || n == "AMQP_URL" => source.contains(&format!("\"{n}\"")),
        n if n.starts_with("OTEL_") => source.contains(&format!("\"{n}\"")) || OTEL_SDK_VARS.contains(&n),
        n if n.starts_with("AWS_") => AWS_VARS.contains(&n),
        "RUST_LOG" => true,
        // Read by glibc's malloc at process start (docs/operations.md, memory allocator).
        "MALLOC_ARENA_MAX" => true,
        _ => false,
    };
    assert!(known, "{where_}: the code reads no variable {name}");
}

fn docs<'a>(all: &'a Value, kustomization: &str) -> &'a Vec<Value> {
    all["kustomizations"][kustomization].as_array().unwrap()
}

fn find<'a>(docs: &'a [Value], kind: &str, name: &str) -> &'a Value {
    docs.iter().find(|d| d["kind"] == kind && d["metadata"]["name"] == name).unwrap_or_else(|| panic!("no {kind}/{name}"))
}

fn of_kind<'a>(docs: &'a [Value], kind: &'a str) -> impl Iterator<Item = &'a Value> {
    docs.iter().filter(move |d| d["kind"] == kind)
}

fn string_map(v: &Value) -> BTreeMap<String, String> {
    v.as_object().map(|m| m.iter().map(|(k, v)| (k.clone(), v.as_str().unwrap_or_default().to_owned())).collect()).unwrap_or_default()
}

/// The environment a container gets: its envFrom ConfigMaps and Secrets, then its env (with
/// `$(VAR)` references expanded as Kubernetes does).
fn container_env(docs: &[Value], container: &Value) -> BTreeMap<String, String> {
    let mut env = BTreeMap::new();
    for from in container["envFrom"].as_array().into_iter().flatten() {
        if let Some(name) = from["configMapRef"]["name"].as_str() {
            env.extend(string_map(&find(docs, "ConfigMap", name)["data"]));
        }
        if let Some(name) = from["secretRef"]["name"].as_str() {
            env.extend(string_map(&find(docs, "Secret", name)["stringData"]));
        }
    }
    for e in container["env"].as_array().into_iter().flatten() {
        let name = e["name"].as_str().unwrap().to_owned();
        let mut value = e["value"].as_str().unwrap_or("<from field>").to_owned();
        for (k, v) in env.clone() {
            value = value.replace(&format!("$({k})"), &v);
        }
        env.insert(name, value);
    }
    env
}

/// The role a container runs (its first argument) and that the binary knows it.
fn role_of(container: &Value) -> String {
    let role = container["args"][0].as_str().expect("containers name their role in args").to_owned();
    assert_subcommand(&role);
    role
}

fn assert_subcommand(role: &str) {
    let out = Command::new(env!("CARGO_BIN_EXE_pii-redactor")).args([role, "--help"]).output().unwrap();
    assert!(out.status.success(), "pii-redactor has no subcommand {role}: {}", String::from_utf8_lossy(&out.stderr));
}

fn port_of(addr: &str) -> u16 {
    addr.rsplit(':').next().unwrap().parse().unwrap()
}

/// The container port a probe or Service refers to (by name or number).
fn resolve_port(container: &Value, port: &Value) -> u16 {
    match port {
        Value::Number(n) => u16::try_from(n.as_u64().unwrap()).unwrap(),
        Value::String(name) => container["ports"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["name"] == name.as_str())
            .and_then(|p| p["containerPort"].as_u64())
            .map(|p| u16::try_from(p).unwrap())
            .unwrap_or_else(|| panic!("no container port named {name}")),
        other => panic!("bad port {other}"),
    }
}

fn labels_match(selector: &Value, labels: &Value) -> bool {
    selector.as_object().unwrap().iter().all(|(k, v)| labels.get(k) == Some(v))
}

fn deployments(docs: &[Value]) -> impl Iterator<Item = &Value> {
    of_kind(docs, "Deployment")
}

#[test]
fn manifests_validate_and_agree_with_the_code() {
    let all = manifests();
    let source = settings_source();
    let kustomizations: Vec<String> = all["kustomizations"].as_object().unwrap().keys().cloned().collect();
    assert!(kustomizations.contains(&"base".to_owned()) && kustomizations.len() >= 3, "{kustomizations:?}");
    for k in &kustomizations {
        let docs = docs(&all, k);
        let mut roles = Vec::new();
        let mut images = Vec::new();
        for d in deployments(docs) {
            let name = d["metadata"]["name"].as_str().unwrap();
            let pod = &d["spec"]["template"]["spec"];
            assert!(labels_match(&d["spec"]["selector"]["matchLabels"], &d["spec"]["template"]["metadata"]["labels"]), "{k}: {name}");
            let container = &pod["containers"][0];
            images.push(container["image"].as_str().unwrap().to_owned());
            let role = role_of(container);
            let env = container_env(docs, container);
            for var in env.keys().filter(|v| *v != "POD_NAME") {
                assert_known_variable(var, &source, &format!("{k}: {name}"));
            }
            // The values parse as the code parses them.
            let settings = Settings::from_vars(&env.clone().into_iter().collect()).unwrap_or_else(|e| panic!("{k}: {name}: {e}"));
            // The pod is given more time than the process takes to drain and flush.
            let grace = pod["terminationGracePeriodSeconds"].as_u64().expect("terminationGracePeriodSeconds is set");
            let pre_stop = container["lifecycle"]["preStop"]["sleep"]["seconds"].as_u64().unwrap_or(0);
            let drain = settings.shutdown_grace.as_secs().max(if role == "gateway" { pii_gateway::HTTP_DRAIN_SECS } else { 0 });
            assert!(grace >= pre_stop + drain + 5, "{k}: {name}: terminationGracePeriodSeconds {grace} < {pre_stop} + {drain} + 5");
            // Probes hit the port the process listens on.
            let listen = match role.as_str() {
                "gateway" | "serve" => port_of(&env["PII_REDACTOR_ADDR"]),
                _ => port_of(&env["PII_REDACTOR_ADMIN_ADDR"]),
            };
            for probe in ["livenessProbe", "readinessProbe"] {
                let p = &container[probe]["httpGet"];
                assert!(p.is_object(), "{k}: {name} has no {probe}");
                assert_eq!(resolve_port(container, &p["port"]), listen, "{k}: {name} {probe}");
            }
            if let Some(admin) = env.get("PII_REDACTOR_ADMIN_ADDR") {
                let annotations = &d["spec"]["template"]["metadata"]["annotations"];
                assert_eq!(annotations["prometheus.io/port"], port_of(admin).to_string(), "{k}: {name}");
                assert_eq!(annotations["prometheus.io/path"], "/metrics");
            }
            for res in ["requests", "limits"] {
                for what in ["cpu", "memory"] {
                    assert!(container["resources"][res][what].is_string(), "{k}: {name} has no {res}.{what}");
                }
            }
            assert_eq!(pod["securityContext"]["runAsNonRoot"], true, "{k}: {name}");
            if role == "detector" || role == "redactor" {
                // KEDA reads the ready count: a worker must not hide the backlog in its prefetch.
                assert!(settings.prefetch as usize <= settings.worker_concurrency, "{k}: {name}: prefetch above concurrency");
            }
            roles.push((name.to_owned(), role, d["spec"]["template"]["metadata"]["labels"].clone()));
        }
        let mut sorted: Vec<&str> = roles.iter().map(|(_, r, _)| r.as_str()).collect();
        sorted.sort();
        assert_eq!(sorted, ["detector", "gateway", "redactor"], "{k}");
        images.extend(of_kind(docs, "Job").map(|j| j["spec"]["template"]["spec"]["containers"][0]["image"].as_str().unwrap().to_owned()));
        images.dedup();
        assert_eq!(images.len(), 1, "{k}: one image for every role: {images:?}");

        // The migrations Job runs `migrate` with the database settings.
        let jobs: Vec<&Value> = of_kind(docs, "Job").collect();
        assert_eq!(jobs.len(), 1, "{k}");
        let c = &jobs[0]["spec"]["template"]["spec"]["containers"][0];
        assert_eq!(role_of(c), "migrate");
        assert!(container_env(docs, c).contains_key("DATABASE_URL"));

        // Services reach a named port of the pods they select.
        for svc in of_kind(docs, "Service") {
            let (_, _, labels) =
                roles.iter().find(|(_, _, l)| labels_match(&svc["spec"]["selector"], l)).expect("the service selects pods");
            let d = deployments(docs).find(|d| &d["spec"]["template"]["metadata"]["labels"] == labels).unwrap();
            for p in svc["spec"]["ports"].as_array().unwrap() {
                resolve_port(&d["spec"]["template"]["spec"]["containers"][0], &p["targetPort"]);
            }
        }
        // Every Deployment has a PodDisruptionBudget selecting exactly it.
        for (name, _, labels) in &roles {
            let n = of_kind(docs, "PodDisruptionBudget").filter(|p| labels_match(&p["spec"]["selector"]["matchLabels"], labels)).count();
            assert_eq!(n, 1, "{k}: PodDisruptionBudgets of {name}");
        }
        // The HPA scales the gateway; KEDA scales each worker on the queue it consumes.
        let hpas: Vec<&Value> = of_kind(docs, "HorizontalPodAutoscaler").collect();
        assert_eq!(hpas.len(), 1);
        let gateway_name = &roles.iter().find(|(_, r, _)| r == "gateway").unwrap().0;
        assert_eq!(hpas[0]["spec"]["scaleTargetRef"]["name"], gateway_name.as_str());
        let mut scaled = Vec::new();
        for so in of_kind(docs, "ScaledObject") {
            let target = so["spec"]["scaleTargetRef"]["name"].as_str().unwrap();
            let (_, role, _) = roles.iter().find(|(n, _, _)| n == target).unwrap_or_else(|| panic!("{k}: ScaledObject targets {target}"));
            let queue = match role.as_str() {
                "detector" => QueueName::Detect,
                "redactor" => QueueName::Redact,
                other => panic!("{k}: KEDA scales {other}"),
            };
            let floor = so["spec"]["minReplicaCount"].as_u64().expect("a floor");
            assert!(floor >= 1 && so["spec"]["maxReplicaCount"].as_u64().unwrap() > floor, "{k}: {target}");
            let triggers = so["spec"]["triggers"].as_array().unwrap();
            assert_eq!(triggers.len(), 1);
            let t = &triggers[0];
            assert_eq!(t["type"], "rabbitmq");
            assert_eq!(t["metadata"]["queueName"], queue.as_str(), "{k}: {target}");
            assert_eq!(t["metadata"]["mode"], "QueueLength");
            let per_replica: u64 = t["metadata"]["value"].as_str().unwrap().parse().unwrap();
            assert!(per_replica > 0);
            let auth = find(docs, "TriggerAuthentication", t["authenticationRef"]["name"].as_str().unwrap());
            let refs = auth["spec"]["secretTargetRef"].as_array().unwrap();
            let host = refs.iter().find(|r| r["parameter"] == "host").expect("the broker address comes from a secret");
            let secret = find(docs, "Secret", host["name"].as_str().unwrap());
            assert_eq!(host["key"], "AMQP_URL");
            assert!(secret["stringData"]["AMQP_URL"].is_string());
            scaled.push(role.clone());
        }
        scaled.sort();
        assert_eq!(scaled, ["detector", "redactor"], "{k}");
        // The autoscalers own the replica counts: a `replicas` on their Deployments would reset a
        // scaled-out workload on every `kubectl apply`.
        for d in deployments(docs) {
            assert!(d["spec"].get("replicas").is_none(), "{k}: {} sets replicas, which its autoscaler owns", d["metadata"]["name"]);
        }
    }
}

/// The Prometheus names of every metric the service exports, from the table in
/// `pii-runtime/src/metrics.rs` (whose instruments a telemetry test exports).
fn exported_metrics() -> Vec<String> {
    let src = std::fs::read_to_string(repo().join("crates/pii-runtime/src/metrics.rs")).unwrap();
    src.lines()
        .filter(|l| l.starts_with("//! | `"))
        .filter_map(|l| l.split("(`").nth(1).and_then(|rest| rest.split('`').next()).map(str::to_owned))
        .collect()
}

/// Metric names an expression reads (selectors), with histogram suffixes mapped to their metric.
fn metrics_in(expr: &str) -> Vec<String> {
    let parsed = promql_parser::parser::parse(expr).unwrap_or_else(|e| panic!("not PromQL: {expr}: {e}"));
    let text = format!("{parsed:?}");
    let mut names = Vec::new();
    for part in text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_')) {
        if part.starts_with("pii_") || part.starts_with("http_server_") {
            let base = ["_bucket", "_count", "_sum"].iter().find_map(|s| part.strip_suffix(s)).unwrap_or(part);
            names.push(base.to_owned());
        }
    }
    assert!(!names.is_empty(), "{expr} reads no metric of the service");
    names
}

/// Heading anchors of a Markdown file, as GitHub makes them.
fn anchors(markdown: &str) -> Vec<String> {
    markdown
        .lines()
        .filter(|l| l.starts_with('#'))
        .map(|l| {
            let title = l.trim_start_matches('#').trim().to_lowercase();
            title
                .chars()
                .filter(|c| c.is_alphanumeric() || *c == ' ' || *c == '-' || *c == '_')
                .map(|c| if c == ' ' { '-' } else { c })
                .collect()
        })
        .collect()
}

#[test]
fn alerts_and_dashboard_parse_and_read_only_metrics_the_service_exports() {
    let all = manifests();
    let exported = exported_metrics();
    assert!(exported.iter().any(|m| m == "pii_outbox_oldest_age_seconds") && exported.len() >= 12, "{exported:?}");
    let ops = std::fs::read_to_string(repo().join("docs/operations.md")).unwrap();
    let headings = anchors(&ops);
    let mut alerts = Vec::new();
    for group in all["monitoring"]["rules"]["spec"]["groups"].as_array().unwrap() {
        for rule in group["rules"].as_array().unwrap() {
            let name = rule["alert"].as_str().unwrap();
            for m in metrics_in(rule["expr"].as_str().unwrap()) {
                assert!(exported.contains(&m), "alert {name} reads {m}, which the service does not export");
            }
            let runbook = rule["annotations"]["runbook"].as_str().unwrap();
            let anchor = runbook.strip_prefix("docs/operations.md#").unwrap_or_else(|| panic!("{name}: runbook {runbook}"));
            assert!(headings.iter().any(|h| h == anchor), "{name}: docs/operations.md has no section #{anchor}");
            alerts.push(name.to_owned());
        }
    }
    // What an operator must hear about: backlog, dead letters, errors, the outbox, callbacks.
    for needed in ["PiiQueueBacklogGrowing", "PiiDeadLetters", "PiiJobErrorRate", "PiiOutboxNotDraining", "PiiCallbacksFailing"] {
        assert!(alerts.iter().any(|a| a == needed), "no alert {needed}");
    }
    let mut charted = Vec::new();
    for panel in all["monitoring"]["dashboard"]["panels"].as_array().unwrap() {
        for target in panel["targets"].as_array().unwrap() {
            for m in metrics_in(target["expr"].as_str().unwrap()) {
                assert!(exported.contains(&m), "panel {} reads {m}, which the service does not export", panel["title"]);
                charted.push(m);
            }
        }
    }
    for m in &exported {
        assert!(charted.contains(m), "the dashboard shows nothing of {m}");
    }
}

/// Runs each role of the base manifests with the manifests' own environment (addresses moved to free
/// loopback ports, the test's database and broker) and calls every probe the manifests declare.
#[tokio::test(flavor = "multi_thread")]
async fn the_probes_of_the_manifests_answer_on_the_running_roles() {
    let all = manifests();
    let docs = docs(&all, "base");
    let mut s = Stack::distributed();
    let (db, amqp) = (s.db.as_ref().unwrap().url().to_owned(), s.vhost.as_ref().unwrap().url().to_owned());
    let mut probes = Vec::new();
    for d in deployments(docs) {
        let container = &d["spec"]["template"]["spec"]["containers"][0];
        let role = role_of(container);
        let mut env = container_env(docs, container);
        // Ports as in the manifests, mapped to free loopback ports here.
        let mut ports: HashMap<u16, u16> = HashMap::new();
        for key in ["PII_REDACTOR_ADDR", "PII_REDACTOR_ADMIN_ADDR"] {
            if let Some(addr) = env.get(key).cloned() {
                let free = free_port();
                ports.insert(port_of(&addr), free);
                env.insert(key.to_owned(), format!("127.0.0.1:{free}"));
            }
        }
        env.insert("DATABASE_URL".into(), db.clone());
        env.insert("AMQP_URL".into(), amqp.clone());
        env.insert("PII_REDACTOR_MASTER_KEY".into(), "11".repeat(32));
        env.insert("PII_REDACTOR_DATA_DIR".into(), s.dir.path().join(&role).display().to_string());
        env.insert("PII_REDACTOR_NER".into(), "off".into());
        env.insert("PII_REDACTOR_LOG_FORMAT".into(), "text".into());
        // No collector here.
        env.retain(|k, _| !k.starts_with("OTEL_EXPORTER_"));
        s.env = env.into_iter().collect();
        s.start(&role, &role);
        for probe in ["startupProbe", "livenessProbe", "readinessProbe"] {
            let p = &container[probe]["httpGet"];
            if p.is_object() {
                let port = ports[&resolve_port(container, &p["port"])];
                probes.push((role.clone(), probe, format!("http://127.0.0.1:{port}{}", p["path"].as_str().unwrap())));
            }
        }
    }
    assert!(probes.len() >= 6, "{probes:?}");
    let deadline = Instant::now() + Duration::from_secs(60);
    for (role, probe, url) in &probes {
        loop {
            match s.client.get(url).send().await {
                Ok(r) if r.status() == 200 => break,
                other => {
                    assert!(s.is_running(role), "{role} exited:\n{}", s.log(role));
                    assert!(Instant::now() < deadline, "{role} {probe} {url}: {other:?}\n{}", tail(&s.log(role), 20));
                    tokio::time::sleep(Duration::from_millis(200)).await;
                }
            }
        }
    }
    // The compose health check's `pii-redactor probe` agrees with the orchestrator's probes, and
    // fails on a port nothing listens on.
    let probe = |url: &str| Command::new(env!("CARGO_BIN_EXE_pii-redactor")).args(["probe", url]).output().unwrap().status.success();
    for (role, _, url) in probes.iter().filter(|(_, p, _)| *p == "readinessProbe") {
        assert!(probe(url), "{role}: probe {url}");
    }
    assert!(!probe(&format!("http://127.0.0.1:{}/readyz", free_port())));
}

/// The instructions of a Dockerfile, continuation lines joined.
fn dockerfile() -> Vec<(String, String)> {
    let text = std::fs::read_to_string(repo().join("deploy/docker/Dockerfile")).unwrap();
    let mut out = Vec::new();
    let mut current = String::new();
    for line in text.lines() {
        let t = line.trim();
        if t.starts_with('#') || (t.is_empty() && current.is_empty()) {
            continue;
        }
        if let Some(cont) = t.strip_suffix('\\') {
            current.push_str(cont);
            current.push(' ');
            continue;
        }
        current.push_str(t);
        let (op, rest) = current.split_once(' ').unwrap_or((current.as_str(), ""));
        out.push((op.to_ascii_uppercase(), rest.trim().to_owned()));
        current.clear();
    }
    out
}

#[test]
fn the_dockerfile_names_binaries_paths_and_variables_that_exist() {
    let steps = dockerfile();
    let source = settings_source();
    let stages: Vec<&String> = steps.iter().filter(|(op, _)| op == "FROM").map(|(_, a)| a).collect();
    assert!(stages.len() >= 2, "multi-stage: {stages:?}");
    let ignore = std::fs::read_to_string(repo().join("deploy/docker/Dockerfile.dockerignore")).unwrap();
    let allowed: Vec<&str> = ignore.lines().filter_map(|l| l.trim().strip_prefix('!')).map(|l| l.trim_end_matches('/')).collect();
    let bin = Path::new(env!("CARGO_BIN_EXE_pii-redactor")).file_name().unwrap().to_str().unwrap().to_owned();
    let mut built_binary = false;
    let mut entrypoint = String::new();
    let mut exposed = Vec::new();
    let mut user = String::new();
    for (op, args) in &steps {
        match op.as_str() {
            "COPY" if !args.starts_with("--from") => {
                let parts: Vec<&str> = args.split_whitespace().filter(|p| !p.starts_with("--")).collect();
                for src in &parts[..parts.len() - 1] {
                    assert!(repo().join(src).exists(), "COPY {src}: no such path in the repository");
                    assert!(
                        allowed.iter().any(|a| src.trim_end_matches('/').starts_with(a)),
                        "COPY {src} is excluded by the .dockerignore"
                    );
                }
            }
            "RUN" => {
                if let Some(i) = args.find("--bin ") {
                    let name = args[i + 6..].split_whitespace().next().unwrap();
                    assert_eq!(name, bin, "the Dockerfile builds a binary that is not ours");
                    assert!(args.contains(&format!("target/release/{bin}")));
                    built_binary = true;
                }
                for script in args.split_whitespace().filter(|w| w.starts_with("scripts/")) {
                    assert!(repo().join(script).exists(), "RUN {script}: missing");
                }
            }
            "ENV" => {
                for pair in args.split_whitespace() {
                    let (name, value) = pair.split_once('=').unwrap();
                    assert_known_variable(name, &source, "Dockerfile");
                    if name == "PII_REDACTOR_ADDR" {
                        exposed.push(format!("api:{}", port_of(value)));
                    }
                }
            }
            "ENTRYPOINT" => entrypoint = args.clone(),
            "EXPOSE" => exposed.extend(args.split_whitespace().map(str::to_owned)),
            "USER" => user = args.clone(),
            "CMD" => {
                let cmd: Vec<String> = serde_json::from_str(args).unwrap();
                assert_subcommand(&cmd[0]);
            }
            _ => {}
        }
    }
    assert!(built_binary, "the Dockerfile builds no --bin {bin}");
    let ep: Vec<String> = serde_json::from_str(&entrypoint).expect("ENTRYPOINT in exec form");
    assert!(ep[0].ends_with(&format!("/{bin}")), "{ep:?}");
    assert!(
        steps.iter().any(|(op, a)| op == "COPY" && a.starts_with("--from=build") && a.ends_with(&ep[0])),
        "the entrypoint is copied from the build stage"
    );
    // The API port of the image is exposed, and so is the manifests' admin port.
    let api = exposed.iter().find_map(|e| e.strip_prefix("api:")).expect("the image sets PII_REDACTOR_ADDR").to_owned();
    assert!(exposed.contains(&api), "EXPOSE lacks the API port {api}: {exposed:?}");
    let all = manifests();
    let config = find(docs(&all, "base"), "ConfigMap", "pii-redactor-config");
    let admin = port_of(config["data"]["PII_REDACTOR_ADMIN_ADDR"].as_str().unwrap()).to_string();
    assert!(exposed.contains(&admin), "EXPOSE lacks the admin port {admin}");
    // Non-root, and the same user the manifests run as.
    let uid: u64 = user.split(':').next().unwrap().parse().expect("a numeric USER");
    assert!(uid > 0);
    for d in deployments(docs(&all, "base")) {
        assert_eq!(d["spec"]["template"]["spec"]["securityContext"]["runAsUser"].as_u64(), Some(uid));
    }
    assert!(repo().join("scripts/fetch-models").exists());
}

#[test]
fn docker_compose_runs_every_role_with_variables_the_code_reads() {
    let all = manifests();
    let compose = &all["compose"];
    let source = settings_source();
    let services = compose["services"].as_object().unwrap();
    for needed in ["postgres", "rabbitmq", "minio", "otel-collector", "jaeger", "migrate", "gateway", "detector", "redactor"] {
        assert!(services.contains_key(needed), "docker-compose.yml lacks {needed}");
    }
    assert!(services["rabbitmq"]["image"].as_str().unwrap().contains("management"), "RabbitMQ with its management plugin");
    let mut roles = Vec::new();
    for (name, svc) in services {
        let Some(build) = svc.get("build") else { continue };
        let context = repo().join("deploy").join(build["context"].as_str().unwrap());
        assert!(context.join(build["dockerfile"].as_str().unwrap()).exists(), "{name}: the Dockerfile is missing");
        let role = svc["command"][0].as_str().unwrap().to_owned();
        assert_subcommand(&role);
        let env: HashMap<String, String> = string_map(&svc["environment"]).into_iter().collect();
        for var in env.keys() {
            assert_known_variable(var, &source, &format!("docker-compose {name}"));
        }
        let settings = Settings::from_vars(&env).unwrap_or_else(|e| panic!("docker-compose {name}: {e}"));
        pii_runtime::keys::MasterKey::load(settings.master_key.as_deref(), Path::new("/nonexistent")).expect("a valid master key");
        if role != "migrate" {
            let grace: u64 = svc["stop_grace_period"].as_str().unwrap().trim_end_matches('s').parse().unwrap();
            assert!(grace >= settings.shutdown_grace.as_secs() + 5, "{name}: stop_grace_period");
            let targets: Vec<u16> =
                svc["ports"].as_array().unwrap().iter().map(|p| p.as_str().unwrap().rsplit(':').next().unwrap().parse().unwrap()).collect();
            assert!(targets.contains(&settings.admin_addr.unwrap().port()), "{name}: the admin port is published");
            if role == "gateway" {
                assert!(targets.contains(&settings.addr.port()), "{name}: the API port is published");
            }
            // A health check through the binary's own probe on the admin port's readiness.
            let test: Vec<&str> = svc["healthcheck"]["test"].as_array().unwrap().iter().map(|v| v.as_str().unwrap()).collect();
            let admin = settings.admin_addr.unwrap().port();
            assert_eq!(test, ["CMD", "pii-redactor", "probe", format!("http://127.0.0.1:{admin}/readyz").as_str()], "{name}: healthcheck");
            assert_subcommand(test[2]);
        }
        roles.push(role);
    }
    roles.sort();
    assert_eq!(roles, ["detector", "gateway", "migrate", "redactor"]);
    // Every image from a registry is pinned to a version: `latest` changes the stack under its users.
    for (name, svc) in services {
        if svc.get("build").is_some() {
            continue;
        }
        let image = svc["image"].as_str().unwrap();
        let tag = image.rsplit_once(':').map(|(_, t)| t).unwrap_or("");
        assert!(!tag.is_empty() && tag != "latest" && !tag.contains('/'), "{name}: image {image} is not pinned");
    }
    let volumes = services["otel-collector"]["volumes"].as_array().unwrap();
    let config = volumes[0].as_str().unwrap().split(':').next().unwrap();
    assert!(repo().join("deploy").join(config).exists(), "the collector configuration {config} is missing");
    let pipelines = &all["collector"]["service"]["pipelines"];
    assert!(pipelines["traces"].is_object() && pipelines["metrics"].is_object());
}
