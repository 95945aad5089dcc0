//! The client commands: `submit` a batch (and follow it with a progress bar), and `jobs …` /
//! `batches get` mirroring the REST API. Server and key come from flags or `PII_REDACTOR_URL` /
//! `PII_REDACTOR_API_KEY`; transient refusals are retried ([`retry`]) and failures exit with a code
//! of their own ([`crate::failure`]).

mod download;
mod http;
mod retry;

use std::io::BufRead;
use std::path::PathBuf;
use std::time::Duration;

use anyhow::{Context, bail};
use clap::{Args, Subcommand};
use indicatif::{ProgressBar, ProgressStyle};
use reqwest::Method;
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

use crate::failure::Failure;
use http::{Call, Client};

/// Most items per batch request; longer lists are sent as several batches.
const BATCH_ITEMS: usize = 10_000;

/// Where the API is and who calls it.
#[derive(Debug, Args)]
pub struct Connection {
    /// The server (default: PII_REDACTOR_URL, else http://127.0.0.1:8080).
    #[arg(long, env = "PII_REDACTOR_URL", default_value = "http://127.0.0.1:8080")]
    pub url: String,
    /// The API key (default: PII_REDACTOR_API_KEY).
    #[arg(long, env = "PII_REDACTOR_API_KEY", hide_env_values = true)]
    pub api_key: Option<String>,
    /// How many times a request is tried again after a transient failure (no connection, 429,
    /// 502, 503, 504), waiting as `Retry-After` asks or doubling from half a second.
    #[arg(long, env = "PII_REDACTOR_RETRIES", default_value_t = 5)]
    pub retries: u32,
    /// Seconds without a byte from the server before a request is given up on (there is no
    /// limit on the total time, so large downloads finish).
    #[arg(long = "idle-timeout", env = "PII_REDACTOR_IDLE_TIMEOUT", default_value_t = 60, value_name = "SECONDS")]
    pub idle_timeout_secs: u64,
}

#[derive(Debug, Args)]
pub struct SubmitArgs {
    #[command(flatten)]
    pub conn: Connection,
    /// Input URIs; `-` reads them from standard input, one per line.
    pub uris: Vec<String>,
    /// Read input URIs from this file, one per line (blank lines and `#` comments are skipped).
    #[arg(long)]
    pub from_file: Option<PathBuf>,
    /// Every object below this prefix instead of listed URIs.
    #[arg(long, conflicts_with_all = ["uris", "from_file"])]
    pub prefix: Option<String>,
    /// Write outputs below this prefix.
    #[arg(long)]
    pub output_prefix: Option<String>,
    /// Only these entity types (comma-separated).
    #[arg(long, value_delimiter = ',')]
    pub entities: Vec<String>,
    /// POSTed (signed) when each batch has ended.
    #[arg(long)]
    pub callback_url: Option<String>,
    /// Follow the batches with a progress bar until they end, then summarise.
    #[arg(long)]
    pub wait: bool,
    /// The base of the `Idempotency-Key` of each batch request (`BASE-1`, `BASE-2`, …). By default
    /// the key is a digest of the request, so running the same submit again (after a network
    /// failure, say) answers the batches already created instead of creating them twice; give a
    /// new base to submit the same inputs again on purpose.
    #[arg(long)]
    pub idempotency_key: Option<String>,
}

/// The `Idempotency-Key` of the `n`th (from 0) batch request with this body.
fn idempotency_key(base: Option<&str>, n: usize, body: &Value) -> String {
    match base {
        Some(b) => format!("{b}-{}", n + 1),
        None => {
            let digest = Sha256::new().chain_update(b"pii-redactor submit\n").chain_update(body.to_string()).finalize();
            format!("cli-{}", &hex::encode(digest)[..40])
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum JobsCommand {
    /// Lists jobs, newest first.
    List {
        #[command(flatten)]
        conn: Connection,
        #[arg(long)]
        status: Option<String>,
        #[arg(long)]
        batch: Option<String>,
        #[arg(long)]
        tenant: Option<String>,
        #[arg(long, default_value_t = 50)]
        limit: u32,
        #[arg(long, default_value_t = 0)]
        offset: u64,
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Shows one job as JSON.
    Get {
        #[command(flatten)]
        conn: Connection,
        id: String,
    },
    /// Downloads a completed job's output (to its file name, or `-o FILE`, `-o -` for standard output).
    Download {
        #[command(flatten)]
        conn: Connection,
        id: String,
        #[arg(long, short)]
        output: Option<PathBuf>,
    },
    /// Deletes a job and its output.
    Delete {
        #[command(flatten)]
        conn: Connection,
        id: String,
    },
    /// Runs a failed job again.
    Retry {
        #[command(flatten)]
        conn: Connection,
        id: String,
    },
    /// Cancels a job that has not ended: it ends failed, and writes no output.
    Cancel {
        #[command(flatten)]
        conn: Connection,
        id: String,
    },
}

fn read_uris(args: &SubmitArgs) -> anyhow::Result<Vec<String>> {
    let mut uris = Vec::new();
    let mut take = |line: &str| {
        let l = line.trim();
        if !l.is_empty() && !l.starts_with('#') {
            uris.push(l.to_owned());
        }
    };
    for u in &args.uris {
        if u == "-" {
            for line in std::io::stdin().lock().lines() {
                take(&line?);
            }
        } else {
            take(u);
        }
    }
    if let Some(f) = &args.from_file {
        let file = std::fs::File::open(f).with_context(|| format!("cannot open {}", f.display()))?;
        for line in std::io::BufReader::new(file).lines() {
            take(&line?);
        }
    }
    Ok(uris)
}

pub(crate) async fn submit(args: SubmitArgs) -> anyhow::Result<()> {
    let client = Client::new(&args.conn)?;
    let mut common = serde_json::Map::new();
    if let Some(p) = &args.output_prefix {
        common.insert("output_prefix".into(), json!(p));
    }
    if !args.entities.is_empty() {
        common.insert("entities".into(), json!(args.entities));
    }
    if let Some(c) = &args.callback_url {
        common.insert("callback_url".into(), json!(c));
    }
    let mut bodies = Vec::new();
    if let Some(prefix) = &args.prefix {
        let mut b = common.clone();
        b.insert("input_prefix".into(), json!(prefix));
        bodies.push(Value::Object(b));
    } else {
        let uris = read_uris(&args)?;
        if uris.is_empty() {
            bail!("no input URIs: give them as arguments, with --from-file, or on standard input with -");
        }
        for chunk in uris.chunks(BATCH_ITEMS) {
            let mut b = common.clone();
            b.insert("items".into(), Value::Array(chunk.iter().map(|u| json!({"input_uri": u})).collect()));
            bodies.push(Value::Object(b));
        }
    }
    let mut batches = Vec::new();
    let mut total = 0u64;
    for (i, body) in bodies.iter().enumerate() {
        let key = idempotency_key(args.idempotency_key.as_deref(), i, body);
        let call = Call { body: Some(body), idempotency_key: Some(&key), ..Call::new(Method::POST, "/redact/batch") };
        let resp = client.send(&call).await?;
        let replayed = resp.headers().get("idempotent-replayed").is_some_and(|v| v == "true");
        let created: Value = resp.json().await.context("the answer to the batch request is not JSON")?;
        let id = created["batch_id"].as_str().context("the answer holds no batch_id")?.to_owned();
        let n = created["jobs_created"].as_u64().unwrap_or(0);
        total += n;
        // A prefix larger than a page goes on being listed into the batch after the answer.
        let more = if created["listing"] == true { " so far (listing the prefix)" } else { "" };
        let again = if replayed { " (submitted before: the same request's earlier batch)" } else { "" };
        println!("{id}\t{n} jobs{more}{again}");
        batches.push(id);
    }
    if !args.wait {
        return Ok(());
    }
    let bar = ProgressBar::new(total);
    bar.set_style(ProgressStyle::with_template("{spinner} [{elapsed_precise}] {bar:40} {pos}/{len} ended {msg}")?.progress_chars("=> "));
    let summary = loop {
        let mut sum = [0u64; 5];
        let mut all_done = true;
        let mut jobs_total = 0u64;
        for id in &batches {
            let b = client.get(&format!("/batches/{id}")).await?;
            jobs_total += b["jobs_total"].as_u64().unwrap_or(0);
            for (i, k) in ["queued", "processing", "completed", "failed", "error"].iter().enumerate() {
                sum[i] += b["counts"][k].as_u64().unwrap_or(0);
            }
            all_done &= b["status"] == "completed";
        }
        bar.set_length(jobs_total.max(total));
        bar.set_position(sum[2] + sum[3] + sum[4]);
        bar.set_message(format!("(completed {}, failed {}, error {}, processing {})", sum[2], sum[3], sum[4], sum[1]));
        if all_done {
            break sum;
        }
        tokio::time::sleep(Duration::from_millis(1000)).await;
    };
    bar.finish();
    println!("completed\t{}\nfailed\t{}\nerror\t{}", summary[2], summary[3], summary[4]);
    for id in &batches {
        for status in ["failed", "error"] {
            let jobs = client.get(&format!("/jobs?batch_id={id}&status={status}&limit=100")).await?;
            for j in jobs.as_array().into_iter().flatten() {
                println!(
                    "{}\t{status}\t{}\t{}",
                    j["id"].as_str().unwrap_or(""),
                    j["input_uri"].as_str().unwrap_or(""),
                    j["error_message"].as_str().unwrap_or("")
                );
            }
        }
    }
    if summary[3] + summary[4] > 0 {
        return Err(Failure::JobsFailed(summary[3] + summary[4]).into());
    }
    Ok(())
}

pub(crate) async fn batch_get(conn: Connection, id: String) -> anyhow::Result<()> {
    let client = Client::new(&conn)?;
    let b = client.get(&format!("/batches/{id}")).await?;
    println!("{}", serde_json::to_string_pretty(&b)?);
    Ok(())
}

pub(crate) async fn jobs(cmd: JobsCommand) -> anyhow::Result<()> {
    match cmd {
        JobsCommand::List { conn, status, batch, tenant, limit, offset, json } => {
            let client = Client::new(&conn)?;
            let mut q = format!("/jobs?limit={limit}&offset={offset}");
            for (k, v) in [("status", status), ("batch_id", batch), ("tenant_id", tenant)] {
                if let Some(v) = v {
                    q.push_str(&format!("&{k}={}", url::form_urlencoded::byte_serialize(v.as_bytes()).collect::<String>()));
                }
            }
            let list = client.get(&q).await?;
            if json {
                println!("{}", serde_json::to_string_pretty(&list)?);
            } else {
                for j in list.as_array().into_iter().flatten() {
                    println!(
                        "{}\t{}\t{:>3}%\t{}\t{}",
                        j["id"].as_str().unwrap_or(""),
                        j["status"].as_str().unwrap_or(""),
                        j["progress_pct"].as_u64().unwrap_or(0),
                        j["created_at"].as_str().unwrap_or(""),
                        j["input_uri"].as_str().unwrap_or("")
                    );
                }
            }
        }
        JobsCommand::Get { conn, id } => {
            let j = Client::new(&conn)?.get(&format!("/jobs/{id}")).await?;
            println!("{}", serde_json::to_string_pretty(&j)?);
        }
        JobsCommand::Download { conn, id, output } => download::run(&Client::new(&conn)?, &id, output.as_deref()).await?,
        JobsCommand::Delete { conn, id } => {
            let r = Client::new(&conn)?.json(&Call::new(Method::DELETE, &format!("/jobs/{id}"))).await?;
            println!("{}", r["detail"].as_str().unwrap_or("deleted"));
        }
        JobsCommand::Retry { conn, id } => {
            let j = Client::new(&conn)?.json(&Call::new(Method::POST, &format!("/jobs/{id}/retry"))).await?;
            println!("{}\t{}", j["id"].as_str().unwrap_or(""), j["status"].as_str().unwrap_or(""));
        }
        JobsCommand::Cancel { conn, id } => {
            // An ended job is answered unchanged: the status and message say what it is.
            let j = Client::new(&conn)?.json(&Call::new(Method::POST, &format!("/jobs/{id}/cancel"))).await?;
            println!(
                "{}\t{}\t{}",
                j["id"].as_str().unwrap_or(""),
                j["status"].as_str().unwrap_or(""),
                j["error_message"].as_str().unwrap_or("")
            );
        }
    }
    Ok(())
}
