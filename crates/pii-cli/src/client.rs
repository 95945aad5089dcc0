//! The client commands: `submit` a batch (and follow it with a progress bar), and `jobs …` /
//! `batches get` mirroring the REST API. Server and key come from flags or `PII_REDACTOR_URL` /
//! `PII_REDACTOR_API_KEY`.

use std::io::{BufRead, Write};
use std::path::PathBuf;
use std::time::Duration;

use anyhow::{Context, bail};
use clap::{Args, Subcommand};
use indicatif::{ProgressBar, ProgressStyle};
use reqwest::Method;
use serde_json::{Value, json};

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

struct Client {
    base: String,
    key: String,
    http: reqwest::Client,
}

impl Client {
    fn new(conn: &Connection) -> anyhow::Result<Self> {
        let key = conn.api_key.clone().context("an API key is needed: --api-key or PII_REDACTOR_API_KEY")?;
        let base = conn.url.trim_end_matches('/').to_owned();
        url::Url::parse(&base).with_context(|| format!("{base} is not a URL"))?;
        Ok(Client { base, key, http: reqwest::Client::builder().timeout(Duration::from_secs(120)).build()? })
    }

    async fn send(&self, method: Method, path: &str, body: Option<&Value>) -> anyhow::Result<reqwest::Response> {
        let mut req = self.http.request(method, format!("{}/api/v1{path}", self.base)).header("X-API-Key", &self.key);
        if let Some(b) = body {
            req = req.json(b);
        }
        let resp = req.send().await.with_context(|| format!("cannot reach {}", self.base))?;
        if resp.status().is_success() {
            return Ok(resp);
        }
        let status = resp.status();
        let detail = resp.json::<Value>().await.ok().and_then(|v| v["detail"].as_str().map(str::to_owned)).unwrap_or_default();
        bail!("{status}: {detail}")
    }

    async fn json(&self, method: Method, path: &str, body: Option<&Value>) -> anyhow::Result<Value> {
        Ok(self.send(method, path, body).await?.json().await?)
    }
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
    for body in &bodies {
        let created = client.json(Method::POST, "/redact/batch", Some(body)).await?;
        let id = created["batch_id"].as_str().context("the answer holds no batch_id")?.to_owned();
        let n = created["jobs_created"].as_u64().unwrap_or(0);
        total += n;
        // A prefix larger than a page goes on being listed into the batch after the answer.
        let more = if created["listing"] == true { " so far (listing the prefix)" } else { "" };
        println!("{id}\t{n} jobs{more}");
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
            let b = client.json(Method::GET, &format!("/batches/{id}"), None).await?;
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
            let jobs = client.json(Method::GET, &format!("/jobs?batch_id={id}&status={status}&limit=100"), None).await?;
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
        bail!("{} job(s) did not complete", summary[3] + summary[4]);
    }
    Ok(())
}

pub(crate) async fn batch_get(conn: Connection, id: String) -> anyhow::Result<()> {
    let client = Client::new(&conn)?;
    let b = client.json(Method::GET, &format!("/batches/{id}"), None).await?;
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
            let list = client.json(Method::GET, &q, None).await?;
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
            let j = Client::new(&conn)?.json(Method::GET, &format!("/jobs/{id}"), None).await?;
            println!("{}", serde_json::to_string_pretty(&j)?);
        }
        JobsCommand::Download { conn, id, output } => {
            let resp = Client::new(&conn)?.send(Method::GET, &format!("/jobs/{id}/download"), None).await?;
            let name = resp
                .headers()
                .get("content-disposition")
                .and_then(|v| v.to_str().ok())
                .and_then(|v| v.split("filename=").nth(1))
                .map(|n| n.trim_matches('"').replace(['/', '\\'], "_"))
                .unwrap_or_else(|| format!("{id}.out"));
            let bytes = resp.bytes().await?;
            match output.as_deref() {
                Some(p) if p.as_os_str() == "-" => std::io::stdout().write_all(&bytes)?,
                Some(p) => std::fs::write(p, &bytes).with_context(|| format!("cannot write {}", p.display()))?,
                None => {
                    std::fs::write(&name, &bytes).with_context(|| format!("cannot write {name}"))?;
                    eprintln!("wrote {name} ({} bytes)", bytes.len());
                }
            }
        }
        JobsCommand::Delete { conn, id } => {
            let r = Client::new(&conn)?.json(Method::DELETE, &format!("/jobs/{id}"), None).await?;
            println!("{}", r["detail"].as_str().unwrap_or("deleted"));
        }
        JobsCommand::Retry { conn, id } => {
            let j = Client::new(&conn)?.json(Method::POST, &format!("/jobs/{id}/retry"), None).await?;
            println!("{}\t{}", j["id"].as_str().unwrap_or(""), j["status"].as_str().unwrap_or(""));
        }
        JobsCommand::Cancel { conn, id } => {
            // An ended job is answered unchanged: the status and message say what it is.
            let j = Client::new(&conn)?.json(Method::POST, &format!("/jobs/{id}/cancel"), None).await?;
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
