//! Throughput and memory of the document layer.
//!
//! ```text
//! cargo run --release -p pii-docs --example docs_bench -- gen FORMAT PATH MB   # synthetic text/csv/ndjson/json/html/xml
//! cargo run --release -p pii-docs --example docs_bench -- run FORMAT PATH      # analyze + redact, prints MB/s and peak RSS
//! ```
//! `run` reads the input from disk as the workers do (spooled file), writes the redacted output to
//! `PATH.redacted`, and prints one JSON line: sizes, findings, seconds and MB/s of each phase, and
//! the process's peak resident memory (VmHWM). Generated documents hold one planted e-mail or phone
//! number per 50 rows/lines.

mod common;

use std::io::{BufWriter, Write};
use std::time::Instant;

use common::{cpu_seconds, peak_rss_mb};

use pii_core::engine::{Engine, TenantKeys};
use pii_core::policy::RedactionPolicy;
use pii_docs::{Format, Input, Limits};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("gen") if args.len() == 4 => generate(Format::parse(&args[1])?, &args[2], args[3].parse()?),
        Some("run") if args.len() == 3 => run(Format::parse(&args[1])?, &args[2]),
        _ => Err("usage: bench gen FORMAT PATH MB | bench run FORMAT PATH".into()),
    }
}

fn row(i: u64) -> (String, String, String) {
    let pii = match i % 100 {
        0 => format!("user{i}@example.com"),
        50 => format!("+1 415-555-{:04}", i % 10_000),
        _ => format!("item {} of batch {}", i % 977, i / 977),
    };
    (format!("Widget {}", i % 31), pii, format!("Order {i} net 30 days"))
}

fn generate(format: Format, path: &str, mb: u64) -> Result<(), Box<dyn std::error::Error>> {
    let mut w = BufWriter::with_capacity(1 << 20, std::fs::File::create(path)?);
    let target = mb << 20;
    let mut written = 0u64;
    let mut i = 0u64;
    let put = |w: &mut BufWriter<std::fs::File>, s: &str| -> std::io::Result<u64> {
        w.write_all(s.as_bytes())?;
        Ok(s.len() as u64)
    };
    match format {
        Format::Csv => written += put(&mut w, "id,product,contact,note,amount\n")?,
        Format::Json => written += put(&mut w, "[\n")?,
        Format::Html => written += put(&mut w, "<!DOCTYPE html><html><body>\n")?,
        Format::Xml => written += put(&mut w, "<?xml version=\"1.0\"?>\n<rows>\n")?,
        _ => {}
    }
    while written < target {
        let (a, b, c) = row(i);
        let line = match format {
            Format::Csv => format!("{i},{a},{b},\"{c}, checked\",{}.{:02}\n", i % 1000, i % 100),
            Format::Ndjson => format!("{{\"id\":{i},\"product\":\"{a}\",\"contact\":\"{b}\",\"note\":\"{c}\"}}\n"),
            Format::Json => format!("{{\"id\":{i},\"product\":\"{a}\",\"contact\":\"{b}\",\"note\":\"{c}\"}},\n"),
            Format::Html => format!("<p class=\"r\">{a}: <b>{b}</b> &amp; {c}</p>\n"),
            Format::Xml => format!("<row id=\"{i}\" contact=\"{b}\"><p>{a}</p><n>{c}</n></row>\n"),
            _ => format!("Line {i}: {a} contact {b}, {c}.\n"),
        };
        written += put(&mut w, &line)?;
        i += 1;
    }
    match format {
        Format::Json => {
            put(&mut w, "{\"end\":true}\n]\n")?;
        }
        Format::Html => {
            put(&mut w, "</body></html>\n")?;
        }
        Format::Xml => {
            put(&mut w, "</rows>\n")?;
        }
        _ => {}
    }
    w.flush()?;
    Ok(())
}

fn run(format: Format, path: &str) -> Result<(), Box<dyn std::error::Error>> {
    let len = std::fs::metadata(path)?.len();
    let input = Input::File { path: path.into(), len };
    let engine = Engine::builder().build()?;
    let policy = RedactionPolicy::default();
    let analyzer = engine.prepare(&policy)?;
    let limits = Limits { max_findings: 2_000_000, max_input_bytes: 4 << 30, max_document_bytes: 1 << 30, ..Limits::default() };
    let cpu0 = cpu_seconds();
    let t0 = Instant::now();
    let analysis = pii_docs::analyze(&input, format, &analyzer, &limits, &mut |_| {})?;
    let t_analyze = t0.elapsed().as_secs_f64();
    let keys = TenantKeys {
        hash_salt: [3; 32],
        encryption_key: [4; 32],
        vault_index: [4; 32],
        at_rest: pii_core::engine::AtRestKey { key: [4; 32], generation: 0 },
        scope: Default::default(),
    };
    let out_path = format!("{path}.redacted");
    let mut out = BufWriter::with_capacity(1 << 20, std::fs::File::create(&out_path)?);
    let t1 = Instant::now();
    let written = pii_docs::redact(&input, format, &analysis.findings, &analysis.readings, &policy, &keys, &limits, &mut out, &mut |_| {})?;
    out.flush()?;
    let t_redact = t1.elapsed().as_secs_f64();
    let mb = len as f64 / (1024.0 * 1024.0);
    println!(
        "{{\"format\":\"{}\",\"input_mb\":{mb:.1},\"findings\":{},\"analyze_s\":{t_analyze:.2},\"analyze_mb_s\":{:.1},\"redact_s\":{t_redact:.2},\"redact_mb_s\":{:.1},\"output_bytes\":{},\"cpu_s\":{:.2},\"peak_rss_mb\":{:.1}}}",
        format.as_str(),
        analysis.findings.len(),
        mb / t_analyze,
        mb / t_redact,
        written.bytes,
        cpu_seconds() - cpu0,
        peak_rss_mb()
    );
    Ok(())
}
