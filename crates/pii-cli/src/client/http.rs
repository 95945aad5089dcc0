//! The HTTP side of the client commands: the API key on every request, transient failures tried
//! again as [`super::retry`] decides, and every final failure typed as a [`Failure`] so that the
//! exit code says what happened.

use std::time::Duration;

use anyhow::Context;
use reqwest::header::RETRY_AFTER;
use reqwest::{Method, Response};
use serde_json::Value;

use super::Connection;
use super::retry::{self, Attempt, LONGEST_ASKED, Repeatable};
use crate::failure::Failure;

/// How long a connection may take to open.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

pub(crate) struct Client {
    base: String,
    key: String,
    retries: u32,
    http: reqwest::Client,
}

/// One request as the commands describe it.
pub(crate) struct Call<'a> {
    pub method: Method,
    pub path: &'a str,
    pub body: Option<&'a Value>,
    /// Makes a POST safe to send again: the server answers a repeat with its first answer.
    pub idempotency_key: Option<&'a str>,
}

impl<'a> Call<'a> {
    pub fn new(method: Method, path: &'a str) -> Self {
        Call { method, path, body: None, idempotency_key: None }
    }

    fn repeatable(&self) -> Repeatable {
        if self.method == Method::POST && self.idempotency_key.is_none() { Repeatable::OnlyIfUnsent } else { Repeatable::Yes }
    }
}

impl Client {
    pub fn new(conn: &Connection) -> anyhow::Result<Self> {
        let key = conn.api_key.clone().context("an API key is needed: --api-key or PII_REDACTOR_API_KEY")?;
        let base = conn.url.trim_end_matches('/').to_owned();
        url::Url::parse(&base).with_context(|| format!("{base} is not a URL"))?;
        // An idle limit, not a total one: a large download may take as long as it needs while
        // bytes keep coming, and a server that stops sending is given up on.
        let http = reqwest::Client::builder()
            .connect_timeout(CONNECT_TIMEOUT)
            .read_timeout(Duration::from_secs(conn.idle_timeout_secs.max(1)))
            .build()?;
        Ok(Client { base, key, retries: conn.retries, http })
    }

    /// Sends `call` until it succeeds, fails for good, or the retries are spent.
    ///
    /// # Errors
    /// [`Failure::Unreachable`] or [`Failure::Refused`].
    pub async fn send(&self, call: &Call<'_>) -> anyhow::Result<Response> {
        let url = format!("{}/api/v1{}", self.base, call.path);
        let mut tries = 0u32;
        loop {
            let mut req = self.http.request(call.method.clone(), &url).header("X-API-Key", &self.key);
            if let Some(k) = call.idempotency_key {
                req = req.header("Idempotency-Key", k);
            }
            if let Some(b) = call.body {
                req = req.json(b);
            }
            let (attempt, asked, said) = match req.send().await {
                Ok(resp) if resp.status().is_success() => return Ok(resp),
                Ok(resp) => {
                    let status = resp.status();
                    let asked = resp
                        .headers()
                        .get(RETRY_AFTER)
                        .and_then(|v| v.to_str().ok())
                        .and_then(|v| retry::retry_after(v, time::OffsetDateTime::now_utc()));
                    let detail = detail(resp).await;
                    (Attempt::Answered(status), asked, detail)
                }
                Err(e) => {
                    let attempt = if e.is_connect() { Attempt::NotConnected } else { Attempt::NoAnswer };
                    (attempt, None, format!("cannot reach {}: {e}", self.base))
                }
            };
            let last = tries >= self.retries || !retry::transient(attempt, call.repeatable());
            if last {
                return Err(final_failure(attempt, said, tries).into());
            }
            if let Some(too_long) = asked.filter(|a| *a > LONGEST_ASKED) {
                let secs = too_long.as_secs();
                return Err(Failure::Unreachable(format!("{said} (the server asks to wait {secs} s; try again later)")).into());
            }
            let pause = asked.unwrap_or_else(|| retry::backoff(tries, retry::jitter()));
            tries += 1;
            eprintln!("{said}; trying again in {:.1} s (retry {tries} of {})", pause.as_secs_f64(), self.retries);
            tokio::time::sleep(pause).await;
        }
    }

    /// [`Self::send`], and the answer read as JSON.
    ///
    /// # Errors
    /// As [`Self::send`]; [`Failure::Unreachable`] when the answer breaks off.
    pub async fn json(&self, call: &Call<'_>) -> anyhow::Result<Value> {
        let resp = self.send(call).await?;
        resp.json().await.map_err(|e| {
            if e.is_decode() {
                anyhow::anyhow!("the server's answer is not JSON: {e}")
            } else {
                Failure::Unreachable(format!("the answer from {} broke off: {e}", self.base)).into()
            }
        })
    }

    /// A GET of `path`, as JSON.
    pub async fn get(&self, path: &str) -> anyhow::Result<Value> {
        self.json(&Call::new(Method::GET, path)).await
    }
}

/// The `detail` of a problem answer, or the status's reason.
async fn detail(resp: Response) -> String {
    let status = resp.status();
    let detail = resp.json::<Value>().await.ok().and_then(|v| v["detail"].as_str().map(str::to_owned)).unwrap_or_default();
    if detail.is_empty() { status.to_string() } else { format!("{status}: {detail}") }
}

fn final_failure(attempt: Attempt, said: String, retried: u32) -> Failure {
    let after = if retried > 0 { format!(" (after {retried} retries)") } else { String::new() };
    match attempt {
        Attempt::Answered(s) if !retry::busy(s) => Failure::Refused { status: s.as_u16(), detail: said },
        _ => Failure::Unreachable(format!("{said}{after}")),
    }
}
