//! Configuration. Defaults give the embedded service on one laptop; the environment variables fixed by
//! the operating contract (`PII_REDACTOR_*`, `DATABASE_URL`, `AMQP_URL`, the standard `AWS_*` and
//! `OTEL_*`) turn it into a deployment. Settings are validated at start so a bad value fails fast.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use pii_core::uri::ObjectUri;
use pii_core::{KeyScopes, TenantId};

/// Errors in configuration or start-up.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum RuntimeError {
    #[error("invalid setting {name}: {why}")]
    Invalid { name: &'static str, why: String },
    #[error("i/o error on {what}: {source}")]
    Io { what: String, source: std::io::Error },
}

fn invalid(name: &'static str, why: impl Into<String>) -> RuntimeError {
    RuntimeError::Invalid { name, why: why.into() }
}

/// One API key to seed at start, from `PII_REDACTOR_API_KEYS`.
#[derive(Clone)]
pub struct SeedKey {
    pub tenant: TenantId,
    /// What the key may do: `tenant(scope+scope):key` in the seed, every scope but `deanonymize`
    /// when the seed names none (`tenant:key`).
    pub scopes: KeyScopes,
    pub key: String,
}

impl std::fmt::Debug for SeedKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "SeedKey({}, ..)", self.tenant)
    }
}

/// Every setting of every role. Roles read the parts they need.
#[derive(Debug, Clone)]
pub struct Settings {
    /// `PII_REDACTOR_ADDR`: where the gateway (or `serve`) listens.
    pub addr: SocketAddr,
    /// `PII_REDACTOR_ADMIN_ADDR`: the workers' health and metrics port; none when unset for a
    /// worker started by hand (so two workers on one machine do not collide).
    pub admin_addr: Option<SocketAddr>,
    /// `PII_REDACTOR_DATA_DIR`: SQLite database, default outputs, spooled inputs, the master key.
    pub data_dir: PathBuf,
    /// `DATABASE_URL`: `postgres://…` or `sqlite://…`; SQLite under the data folder when unset.
    pub database_url: String,
    /// `AMQP_URL`: RabbitMQ; the in-process queue when unset.
    pub amqp_url: Option<String>,
    /// `PII_REDACTOR_API_KEYS`: `tenant:key` or `tenant(scope+scope):key` pairs seeded at start.
    pub seed_keys: Vec<SeedKey>,
    /// `PII_REDACTOR_TENANT_GRANTS`: `tenant=uri-prefix` pairs seeded at start.
    pub seed_grants: Vec<(TenantId, ObjectUri)>,
    /// `PII_REDACTOR_FILE_ROOTS`: the only folders `file://` URIs may reach.
    pub file_roots: Vec<PathBuf>,
    /// `PII_REDACTOR_ALLOW_PRIVATE_NETWORKS`: let web inputs and callbacks reach private addresses.
    pub allow_private_networks: bool,
    /// `PII_REDACTOR_ALLOWED_PRIVATE_ADDRS`: comma-separated non-public addresses that web inputs and
    /// callbacks may reach even so (an internal file server).
    pub allowed_private_addrs: Vec<std::net::IpAddr>,
    /// `PII_REDACTOR_OUTPUT_URI`: where outputs of web inputs go (`{base}/{tenant}/{job}/{name}`).
    pub output_base: ObjectUri,
    /// `PII_REDACTOR_MASTER_KEY`: 32 bytes (64 hex chars) from which per-tenant keys are derived.
    pub master_key: Option<String>,
    /// `PII_REDACTOR_MODELS_DIR`: the NER model folder.
    pub models_dir: PathBuf,
    /// `PII_REDACTOR_NER`: `on` (default) or `off`; a detector without its model refuses to start unless off.
    pub ner_enabled: bool,
    /// `PII_REDACTOR_MAX_INPUT_BYTES`: largest input a job may read.
    pub max_input_bytes: u64,
    /// `PII_REDACTOR_MAX_BODY_BYTES`: largest HTTP request body.
    pub max_body_bytes: usize,
    /// `PII_REDACTOR_MAX_FINDINGS`: most findings one job may record.
    pub max_findings: usize,
    /// `PII_REDACTOR_PREFETCH`: unacknowledged messages per consumer.
    pub prefetch: u16,
    /// `PII_REDACTOR_WORKER_CONCURRENCY`: jobs a worker processes at once (default: cores, at least 2).
    pub worker_concurrency: usize,
    /// `PII_REDACTOR_MAX_ATTEMPTS`: automatic attempts of a job before it stays `failed`.
    pub max_attempts: u32,
    /// `PII_REDACTOR_DELIVERY_LIMIT`: deliveries of one message before it is dead-lettered.
    pub delivery_limit: u32,
    /// `PII_REDACTOR_FETCH_TIMEOUT_SECS`: total time allowed to fetch one web input.
    pub fetch_timeout: Duration,
    /// `PII_REDACTOR_STUCK_AFTER_SECS`: a job not heard of for this long is requeued.
    pub stuck_after: Duration,
    /// `PII_REDACTOR_CANCEL_WINDOW_SECS`: how long RabbitMQ keeps cancel notices for workers that
    /// connect later and how long a worker remembers one (default a day: commands carry no TTL, and a
    /// backlog may hold a cancelled job's command for hours).
    pub cancel_window: Duration,
    /// `PII_REDACTOR_BROKER_CONNECT_TIMEOUT_SECS`: how long opening a RabbitMQ connection (and its
    /// channels and topology) may take before the attempt counts as failed and is retried.
    pub broker_connect_timeout: Duration,
    /// `PII_REDACTOR_BROKER_CONFIRM_TIMEOUT_SECS`: how long a publish waits for RabbitMQ's
    /// confirmation before the connection is dropped and the publish fails (and is retried).
    pub broker_confirm_timeout: Duration,
    /// `PII_REDACTOR_SHUTDOWN_GRACE_SECS`: time to finish in-flight work after SIGTERM.
    pub shutdown_grace: Duration,
    /// `PII_REDACTOR_DB_POOL_SIZE`: connections in the database pool.
    pub db_pool_size: u32,
    /// `PII_REDACTOR_DEFAULT_REQUESTS_PER_SECOND`: per-tenant request rate per gateway (0: unlimited),
    /// for tenants without their own quota.
    pub default_requests_per_second: f32,
    /// `PII_REDACTOR_DEFAULT_MAX_JOBS_IN_FLIGHT`: per-tenant queued and processing jobs (0: unlimited),
    /// for tenants without their own quota.
    pub default_max_jobs_in_flight: u32,
    /// `PII_REDACTOR_MAX_BATCH_ITEMS`: most items one batch may list explicitly (a prefix has no cap).
    pub max_batch_items: usize,
    /// `PII_REDACTOR_BATCH_PAGE_SIZE`: objects of a prefix listed and submitted per transaction.
    pub batch_page_size: usize,
    /// `PII_REDACTOR_BATCH_MAX_QUEUED`: a prefix's listing rests while its batch has this many jobs
    /// queued (back-pressure).
    pub batch_max_queued: u64,
    /// `PII_REDACTOR_BATCH_LEASE_SECS`: how long a prefix's listing stays with a gateway that gives
    /// no news before another one resumes it.
    pub batch_lease: Duration,
    /// `PII_REDACTOR_LOG_FORMAT`: `json` (default) or `text`.
    pub log_json: bool,
    /// `PII_REDACTOR_RETENTION_SECONDS`: how long ended jobs (outputs, findings, rows) of tenants
    /// without their own retention are kept after they end; unset: until someone deletes them.
    pub retention: Option<pii_core::Retention>,
    /// The standard `OTEL_*` variables: which OpenTelemetry exports are on.
    pub telemetry: crate::telemetry::TelemetrySettings,
}

/// `./models` when it exists (the working copy or the image's working directory), else the models
/// folder of the source tree this binary was built from (so tests and `cargo run` find the files
/// that `scripts/fetch-models` wrote without being told).
fn default_models_dir() -> PathBuf {
    let here = PathBuf::from("./models");
    if here.is_dir() {
        return here;
    }
    let built = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../models"));
    if built.is_dir() { built } else { here }
}

impl Settings {
    /// Reads the process environment.
    ///
    /// # Errors
    /// `RuntimeError::Invalid` naming the first variable with a bad value.
    pub fn from_env() -> Result<Self, RuntimeError> {
        Self::from_vars(&std::env::vars().collect())
    }

    /// Reads settings from a map of variables (the environment, or a test's own).
    ///
    /// # Errors
    /// `RuntimeError::Invalid` naming the first variable with a bad value.
    pub fn from_vars(vars: &HashMap<String, String>) -> Result<Self, RuntimeError> {
        let get = |k: &str| vars.get(k).map(|s| s.trim().to_owned()).filter(|s| !s.is_empty());
        let addr = parse_or(get("PII_REDACTOR_ADDR"), "PII_REDACTOR_ADDR", "127.0.0.1:8080".parse().ok())?;
        let admin_addr = match get("PII_REDACTOR_ADMIN_ADDR") {
            Some(a) => Some(a.parse().map_err(|_| invalid("PII_REDACTOR_ADMIN_ADDR", "expected host:port"))?),
            None => None,
        };
        let data_dir = PathBuf::from(get("PII_REDACTOR_DATA_DIR").unwrap_or_else(|| "./data".into()));
        let database_url = get("DATABASE_URL").unwrap_or_else(|| format!("sqlite://{}", data_dir.join("pii-redactor.db").display()));
        if !(database_url.starts_with("postgres://") || database_url.starts_with("postgresql://") || database_url.starts_with("sqlite://"))
        {
            return Err(invalid("DATABASE_URL", "expected postgres://… or sqlite://…"));
        }
        let amqp_url = get("AMQP_URL");
        if let Some(u) = &amqp_url
            && !(u.starts_with("amqp://") || u.starts_with("amqps://"))
        {
            return Err(invalid("AMQP_URL", "expected amqp://… or amqps://…"));
        }
        let seed_keys = match get("PII_REDACTOR_API_KEYS") {
            Some(s) => parse_seed_keys(&s)?,
            None => Vec::new(),
        };
        let seed_grants = match get("PII_REDACTOR_TENANT_GRANTS") {
            Some(s) => pii_core::grants::parse_seed(&s).map_err(|e| invalid("PII_REDACTOR_TENANT_GRANTS", e.to_string()))?,
            None => Vec::new(),
        };
        let file_roots =
            get("PII_REDACTOR_FILE_ROOTS").map(|s| s.split(':').filter(|p| !p.is_empty()).map(PathBuf::from).collect()).unwrap_or_default();
        let allow_private_networks = parse_bool(get("PII_REDACTOR_ALLOW_PRIVATE_NETWORKS"), "PII_REDACTOR_ALLOW_PRIVATE_NETWORKS", false)?;
        let allowed_private_addrs = match get("PII_REDACTOR_ALLOWED_PRIVATE_ADDRS") {
            Some(list) => list
                .split(',')
                .map(str::trim)
                .filter(|a| !a.is_empty())
                .map(|a| a.parse().map_err(|_| invalid("PII_REDACTOR_ALLOWED_PRIVATE_ADDRS", format!("{a:?} is not an IP address"))))
                .collect::<Result<Vec<_>, _>>()?,
            None => Vec::new(),
        };
        let output_base = match get("PII_REDACTOR_OUTPUT_URI") {
            // A location under which outputs go, so a bare bucket (`s3://outputs/`) is valid.
            Some(u) => ObjectUri::parse_prefix(&u).map_err(|e| invalid("PII_REDACTOR_OUTPUT_URI", e.to_string()))?,
            None => {
                let abs = absolute(&data_dir.join("outputs"))?;
                let text = format!("file://{}/", abs.display());
                ObjectUri::parse(&text).map_err(|e| invalid("PII_REDACTOR_DATA_DIR", e.to_string()))?
            }
        };
        if !output_base.scheme().is_writable() {
            return Err(invalid("PII_REDACTOR_OUTPUT_URI", "must be an object store or file:// location"));
        }
        let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(2);
        Ok(Settings {
            addr,
            admin_addr,
            database_url,
            amqp_url,
            seed_keys,
            seed_grants,
            file_roots,
            allow_private_networks,
            allowed_private_addrs,
            output_base,
            master_key: get("PII_REDACTOR_MASTER_KEY"),
            models_dir: get("PII_REDACTOR_MODELS_DIR").map(PathBuf::from).unwrap_or_else(default_models_dir),
            ner_enabled: match get("PII_REDACTOR_NER").as_deref() {
                None | Some("on") | Some("true") | Some("1") => true,
                Some("off") | Some("false") | Some("0") => false,
                Some(_) => return Err(invalid("PII_REDACTOR_NER", "expected on or off")),
            },
            max_input_bytes: parse_or(get("PII_REDACTOR_MAX_INPUT_BYTES"), "PII_REDACTOR_MAX_INPUT_BYTES", Some(2 << 30))?,
            max_body_bytes: parse_or(get("PII_REDACTOR_MAX_BODY_BYTES"), "PII_REDACTOR_MAX_BODY_BYTES", Some(4 << 20))?,
            max_findings: parse_or(get("PII_REDACTOR_MAX_FINDINGS"), "PII_REDACTOR_MAX_FINDINGS", Some(200_000))?,
            prefetch: parse_or(get("PII_REDACTOR_PREFETCH"), "PII_REDACTOR_PREFETCH", Some(64))?,
            worker_concurrency: parse_or(
                get("PII_REDACTOR_WORKER_CONCURRENCY"),
                "PII_REDACTOR_WORKER_CONCURRENCY",
                Some(cores.max(2) * 2),
            )?,
            max_attempts: parse_or(get("PII_REDACTOR_MAX_ATTEMPTS"), "PII_REDACTOR_MAX_ATTEMPTS", Some(3))?,
            delivery_limit: parse_or(get("PII_REDACTOR_DELIVERY_LIMIT"), "PII_REDACTOR_DELIVERY_LIMIT", Some(5))?,
            fetch_timeout: Duration::from_secs(parse_or(
                get("PII_REDACTOR_FETCH_TIMEOUT_SECS"),
                "PII_REDACTOR_FETCH_TIMEOUT_SECS",
                Some(120),
            )?),
            stuck_after: Duration::from_secs(parse_or(get("PII_REDACTOR_STUCK_AFTER_SECS"), "PII_REDACTOR_STUCK_AFTER_SECS", Some(900))?),
            cancel_window: Duration::from_secs(parse_or(
                get("PII_REDACTOR_CANCEL_WINDOW_SECS"),
                "PII_REDACTOR_CANCEL_WINDOW_SECS",
                Some(24 * 3_600),
            )?),
            broker_connect_timeout: Duration::from_secs(parse_or(
                get("PII_REDACTOR_BROKER_CONNECT_TIMEOUT_SECS"),
                "PII_REDACTOR_BROKER_CONNECT_TIMEOUT_SECS",
                Some(10),
            )?),
            broker_confirm_timeout: Duration::from_secs(parse_or(
                get("PII_REDACTOR_BROKER_CONFIRM_TIMEOUT_SECS"),
                "PII_REDACTOR_BROKER_CONFIRM_TIMEOUT_SECS",
                Some(30),
            )?),
            shutdown_grace: Duration::from_secs(parse_or(
                get("PII_REDACTOR_SHUTDOWN_GRACE_SECS"),
                "PII_REDACTOR_SHUTDOWN_GRACE_SECS",
                Some(25),
            )?),
            db_pool_size: parse_or(get("PII_REDACTOR_DB_POOL_SIZE"), "PII_REDACTOR_DB_POOL_SIZE", Some(16))?,
            default_requests_per_second: parse_or(
                get("PII_REDACTOR_DEFAULT_REQUESTS_PER_SECOND"),
                "PII_REDACTOR_DEFAULT_REQUESTS_PER_SECOND",
                Some(0.0),
            )?,
            default_max_jobs_in_flight: parse_or(
                get("PII_REDACTOR_DEFAULT_MAX_JOBS_IN_FLIGHT"),
                "PII_REDACTOR_DEFAULT_MAX_JOBS_IN_FLIGHT",
                Some(0),
            )?,
            max_batch_items: parse_or(get("PII_REDACTOR_MAX_BATCH_ITEMS"), "PII_REDACTOR_MAX_BATCH_ITEMS", Some(10_000))?,
            batch_page_size: parse_or(get("PII_REDACTOR_BATCH_PAGE_SIZE"), "PII_REDACTOR_BATCH_PAGE_SIZE", Some(1_000))?,
            batch_max_queued: parse_or(get("PII_REDACTOR_BATCH_MAX_QUEUED"), "PII_REDACTOR_BATCH_MAX_QUEUED", Some(5_000))?,
            batch_lease: Duration::from_secs(parse_or(get("PII_REDACTOR_BATCH_LEASE_SECS"), "PII_REDACTOR_BATCH_LEASE_SECS", Some(60))?),
            log_json: match get("PII_REDACTOR_LOG_FORMAT").as_deref() {
                None | Some("json") => true,
                Some("text") => false,
                Some(_) => return Err(invalid("PII_REDACTOR_LOG_FORMAT", "expected json or text")),
            },
            telemetry: crate::telemetry::TelemetrySettings::from_vars(vars)?,
            retention: match get("PII_REDACTOR_RETENTION_SECONDS") {
                Some(s) => Some(retention_seconds(&s)?),
                None => None,
            },
            data_dir,
        })
        .and_then(Settings::validated)
    }

    fn validated(self) -> Result<Self, RuntimeError> {
        if self.prefetch == 0 {
            return Err(invalid("PII_REDACTOR_PREFETCH", "must be at least 1"));
        }
        if self.worker_concurrency == 0 {
            return Err(invalid("PII_REDACTOR_WORKER_CONCURRENCY", "must be at least 1"));
        }
        if self.max_attempts == 0 {
            return Err(invalid("PII_REDACTOR_MAX_ATTEMPTS", "must be at least 1"));
        }
        if !(self.default_requests_per_second >= 0.0 && self.default_requests_per_second.is_finite()) {
            return Err(invalid("PII_REDACTOR_DEFAULT_REQUESTS_PER_SECOND", "must be 0 or more"));
        }
        if self.cancel_window < Duration::from_secs(60) {
            return Err(invalid("PII_REDACTOR_CANCEL_WINDOW_SECS", "must be at least 60"));
        }
        if self.broker_connect_timeout.is_zero() {
            return Err(invalid("PII_REDACTOR_BROKER_CONNECT_TIMEOUT_SECS", "must be at least 1"));
        }
        if self.broker_confirm_timeout.is_zero() {
            return Err(invalid("PII_REDACTOR_BROKER_CONFIRM_TIMEOUT_SECS", "must be at least 1"));
        }
        if self.delivery_limit == 0 {
            return Err(invalid("PII_REDACTOR_DELIVERY_LIMIT", "must be at least 1"));
        }
        if !(1..=10_000).contains(&self.batch_page_size) {
            return Err(invalid("PII_REDACTOR_BATCH_PAGE_SIZE", "must be between 1 and 10000"));
        }
        if self.batch_lease < Duration::from_secs(2) {
            return Err(invalid("PII_REDACTOR_BATCH_LEASE_SECS", "must be at least 2"));
        }
        if (self.batch_max_queued as usize) < self.batch_page_size {
            return Err(invalid("PII_REDACTOR_BATCH_MAX_QUEUED", "must be at least PII_REDACTOR_BATCH_PAGE_SIZE"));
        }
        Ok(self)
    }

    /// Whether this process talks to PostgreSQL (a deployment) rather than SQLite.
    pub fn uses_postgres(&self) -> bool {
        !self.database_url.starts_with("sqlite://")
    }
}

fn parse_or<T: std::str::FromStr>(v: Option<String>, name: &'static str, default: Option<T>) -> Result<T, RuntimeError> {
    match v {
        Some(s) => s.parse().map_err(|_| invalid(name, format!("cannot parse {s:?}"))),
        None => default.ok_or_else(|| invalid(name, "missing")),
    }
}

/// A retention of whole seconds (see `pii_core::Retention` for its bounds).
fn retention_seconds(s: &str) -> Result<pii_core::Retention, RuntimeError> {
    const NAME: &str = "PII_REDACTOR_RETENTION_SECONDS";
    let secs: u64 = s.parse().map_err(|_| invalid(NAME, format!("cannot parse {s:?}")))?;
    pii_core::Retention::from_seconds(secs).map_err(|e| invalid(NAME, e.to_string()))
}

fn parse_bool(v: Option<String>, name: &'static str, default: bool) -> Result<bool, RuntimeError> {
    match v.as_deref().map(str::to_ascii_lowercase).as_deref() {
        None => Ok(default),
        Some("1" | "true" | "yes" | "on") => Ok(true),
        Some("0" | "false" | "no" | "off") => Ok(false),
        Some(_) => Err(invalid(name, "expected true or false")),
    }
}

/// Shortest key accepted from `PII_REDACTOR_API_KEYS`: a seeded key is chosen by a person, so it
/// is held to a length that resists guessing (generated keys have 40 random characters).
pub const MIN_SEED_KEY_LEN: usize = 24;

/// Splits one seed, `tenant:key` or `tenant(scope+scope):key`, into its parts. Tenant ids hold no
/// `(` and scopes no `)`, so the first `(` before the first `:` opens the scope list.
fn split_seed(pair: &str) -> Result<(&str, Option<&str>, &str), RuntimeError> {
    const SHAPE: &str = "expected comma-separated tenant:key or tenant(scope+scope):key pairs";
    let colon = pair.find(':').ok_or_else(|| invalid("PII_REDACTOR_API_KEYS", SHAPE))?;
    match pair.find('(') {
        Some(open) if open < colon => {
            let close = open + pair[open..].find(')').ok_or_else(|| invalid("PII_REDACTOR_API_KEYS", SHAPE))?;
            let key = pair[close + 1..].strip_prefix(':').ok_or_else(|| invalid("PII_REDACTOR_API_KEYS", SHAPE))?;
            Ok((&pair[..open], Some(&pair[open + 1..close]), key))
        }
        _ => Ok((&pair[..colon], None, &pair[colon + 1..])),
    }
}

fn parse_seed_keys(s: &str) -> Result<Vec<SeedKey>, RuntimeError> {
    s.split(',')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(|pair| {
            let (tenant, scopes, key) = split_seed(pair)?;
            let tenant = TenantId::parse(tenant.trim()).map_err(|e| invalid("PII_REDACTOR_API_KEYS", e.to_string()))?;
            let scopes = match scopes {
                None => KeyScopes::DEFAULT,
                Some(list) => KeyScopes::parse_list(list, '+')
                    .map_err(|e| invalid("PII_REDACTOR_API_KEYS", format!("the scopes of a key of tenant {tenant}: {e}")))?,
            };
            let key = key.trim();
            if key.len() < MIN_SEED_KEY_LEN || key.len() > 256 || !key.bytes().all(|b| b.is_ascii_graphic()) {
                return Err(invalid(
                    "PII_REDACTOR_API_KEYS",
                    format!(
                        "the key of tenant {tenant} must be {MIN_SEED_KEY_LEN} to 256 printable characters \
                         (a short key can be guessed; `pii-redactor keys create` makes a strong one)"
                    ),
                ));
            }
            Ok(SeedKey { tenant, scopes, key: key.to_owned() })
        })
        .collect()
}

fn absolute(p: &std::path::Path) -> Result<PathBuf, RuntimeError> {
    std::path::absolute(p).map_err(|e| RuntimeError::Io { what: p.display().to_string(), source: e })
}

#[cfg(test)]
mod tests {
    use pii_core::KeyScope;

    use super::*;

    fn vars(pairs: &[(&str, &str)]) -> HashMap<String, String> {
        pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    #[test]
    fn defaults_give_the_embedded_service() {
        let s = Settings::from_vars(&HashMap::new()).unwrap();
        assert_eq!(s.addr.to_string(), "127.0.0.1:8080");
        assert!(s.database_url.starts_with("sqlite://"));
        assert!(s.amqp_url.is_none());
        assert!(!s.allow_private_networks);
        assert!(s.file_roots.is_empty());
        assert!(s.output_base.as_str().starts_with("file:///"));
        assert!(s.retention.is_none(), "jobs are kept until deleted unless a retention is set");
        assert_eq!((s.broker_connect_timeout.as_secs(), s.broker_confirm_timeout.as_secs()), (10, 30));
        let s = Settings::from_vars(&vars(&[
            ("PII_REDACTOR_BROKER_CONNECT_TIMEOUT_SECS", "3"),
            ("PII_REDACTOR_BROKER_CONFIRM_TIMEOUT_SECS", "7"),
        ]))
        .unwrap();
        assert_eq!((s.broker_connect_timeout.as_secs(), s.broker_confirm_timeout.as_secs()), (3, 7));
        let s = Settings::from_vars(&vars(&[("PII_REDACTOR_RETENTION_SECONDS", "86400")])).unwrap();
        assert_eq!(s.retention.map(pii_core::Retention::seconds), Some(86_400));
    }

    #[test]
    fn seed_keys_and_roots_parse() {
        let s = Settings::from_vars(&vars(&[
            ("PII_REDACTOR_API_KEYS", "tenant-a:pk_test_aaaaaaaaaaaaaaaaaaaaaa, *:pk_admin_bbbbbbbbbbbbbbbbbbbbb"),
            ("PII_REDACTOR_FILE_ROOTS", "/srv/in:/srv/out"),
            ("PII_REDACTOR_TENANT_GRANTS", "tenant-a=file:///srv/in/a/,tenant-a=s3://b/a/"),
        ]))
        .unwrap();
        assert_eq!(s.seed_keys.len(), 2);
        assert_eq!(s.seed_grants.len(), 2);
        assert!(s.seed_keys[1].tenant.is_admin());
        assert_eq!(s.seed_keys[0].scopes, KeyScopes::DEFAULT, "no scopes named: all but deanonymize");
        assert_eq!(s.seed_keys[0].key, "pk_test_aaaaaaaaaaaaaaaaaaaaaa");
        assert_eq!(s.file_roots, vec![PathBuf::from("/srv/in"), PathBuf::from("/srv/out")]);
    }

    #[test]
    fn a_seed_may_name_its_keys_scopes() {
        let s = Settings::from_vars(&vars(&[(
            "PII_REDACTOR_API_KEYS",
            "t(jobs:read+deanonymize):pk_test:with:colons_aaaaaaaaaa,u:pk_plain_bbbbbbbbbbbbbbbbbbbbbbb",
        )]))
        .unwrap();
        let k = &s.seed_keys[0];
        assert_eq!((k.tenant.as_str(), k.key.as_str()), ("t", "pk_test:with:colons_aaaaaaaaaa"));
        assert!(k.scopes.contains(KeyScope::Deanonymize) && k.scopes.contains(KeyScope::JobsRead));
        assert!(!k.scopes.contains(KeyScope::Analyze));
        assert_eq!(s.seed_keys[1].scopes, KeyScopes::DEFAULT);
        for bad in [
            "t(jobs:read:pk_aaaaaaaaaaaaaaaaaaaaaaaa",
            "t(root):pk_aaaaaaaaaaaaaaaaaaaaaaaa",
            "t():pk_aaaaaaaaaaaaaaaaaaaaaaaa",
            "t(analyze)pk_aaaaaaaaaaaaaaaaaaaaaaaa",
        ] {
            assert!(Settings::from_vars(&vars(&[("PII_REDACTOR_API_KEYS", bad)])).is_err(), "{bad}");
        }
    }

    #[test]
    fn an_output_location_may_be_a_bucket_or_a_folder() {
        for (given, joined) in [
            ("s3://outputs", "s3://outputs/t/job_1/a.txt"),
            ("s3://outputs/", "s3://outputs/t/job_1/a.txt"),
            ("gs://b/redacted/pii", "gs://b/redacted/pii/t/job_1/a.txt"),
        ] {
            let s = Settings::from_vars(&vars(&[("PII_REDACTOR_OUTPUT_URI", given)])).unwrap();
            let out = ObjectUri::join_output(&s.output_base, "t", "job_1", "a.txt").unwrap();
            assert_eq!(out.as_str(), joined, "{given}");
        }
        assert!(Settings::from_vars(&vars(&[("PII_REDACTOR_OUTPUT_URI", "https://x/y/")])).is_err());
    }

    #[test]
    fn bad_values_fail_fast_with_the_variable_name() {
        for (k, v) in [
            ("PII_REDACTOR_ADDR", "nope"),
            ("DATABASE_URL", "mysql://x"),
            ("AMQP_URL", "http://x"),
            ("PII_REDACTOR_API_KEYS", "no-colon"),
            ("PII_REDACTOR_API_KEYS", "t:short"),
            // Negative: 23 characters is one too few for a seeded key.
            ("PII_REDACTOR_API_KEYS", "t:pk_0123456789abcdefghi"),
            ("PII_REDACTOR_TENANT_GRANTS", "t=memory://m/"),
            ("PII_REDACTOR_TENANT_GRANTS", "t"),
            ("PII_REDACTOR_ALLOW_PRIVATE_NETWORKS", "maybe"),
            ("PII_REDACTOR_PREFETCH", "0"),
            ("PII_REDACTOR_RETENTION_SECONDS", "0"),
            ("PII_REDACTOR_RETENTION_SECONDS", "-5"),
            ("PII_REDACTOR_BROKER_CONNECT_TIMEOUT_SECS", "0"),
            ("PII_REDACTOR_BROKER_CONFIRM_TIMEOUT_SECS", "soon"),
        ] {
            let err = Settings::from_vars(&vars(&[(k, v)])).unwrap_err().to_string();
            assert!(err.contains(k), "{err}");
        }
    }
}
