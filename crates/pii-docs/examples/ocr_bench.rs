//! Pages per second and peak memory of scanned-page redaction (OCR dominates).
//!
//! ```text
//! cargo run --release -p pii-docs --example ocr_bench -- gen DIR N   # N scanned A4 pages as PNG
//! cargo run --release -p pii-docs --example ocr_bench -- run DIR     # analyze + redact each, one thread
//! ```
//! `gen` renders full A4 pages at 300 dpi (2480 × 3508 pixels, 40 lines of 12 pt text with a name, an
//! SSN, an e-mail address and a phone number every four lines, scanner noise) with the renderer the
//! image tests use. `run` reads and redacts them one after the other as a detector and a redactor
//! would (one OCR run a page: analysis reads it, redaction burns what the analysis' readings say),
//! writes `*.redacted.png` beside them and
//! prints one JSON line: pages, findings, seconds of each phase, pages per second and the process's
//! peak resident memory (VmHWM). `scripts/bench ocr` runs both and Presidio's image redactor on the
//! same pages. With `OCR_BENCH_REREAD=1` redaction is not given the readings and runs OCR again, as
//! the redactor did before it got them (for comparison).

mod common;

use std::time::Instant;

use common::{cpu_seconds, peak_rss_mb};

use image::{DynamicImage, GrayImage, ImageFormat, Luma};
use pii_core::engine::{Engine, TenantKeys};
use pii_core::policy::RedactionPolicy;
use pii_docs::{Format, Input, Limits};

#[path = "../tests/common/render.rs"]
mod render;

const LINES: &[&str] = &[
    "Patient: John Smith  SSN 123-45-6789",
    "Email jane.doe@example.com phone +1 415-555-0142",
    "Quarterly revenue report for the northern office",
    "Order 7731 shipped with payment terms net thirty days",
];

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("gen") if args.len() == 3 => generate(&args[1], args[2].parse()?),
        Some("run") if args.len() == 2 => run(&args[1]),
        _ => Err("usage: ocr_bench gen DIR N | ocr_bench run DIR".into()),
    }
}

fn generate(dir: &str, n: usize) -> Result<(), Box<dyn std::error::Error>> {
    std::fs::create_dir_all(dir)?;
    let lines: Vec<&str> = LINES.iter().copied().cycle().take(40).collect();
    let text = render::scan(&lines, 1900);
    for k in 0..n {
        let mut page = GrayImage::from_pixel(2480, 3508, Luma([240]));
        // Shift each page a little so no two are the same bytes.
        let off = 150 + i64::try_from(k % 7)? * 9;
        image::imageops::replace(&mut page, &text, off, off);
        DynamicImage::ImageLuma8(page).save_with_format(format!("{dir}/page-{k:03}.png"), ImageFormat::Png)?;
    }
    Ok(())
}

fn run(dir: &str) -> Result<(), Box<dyn std::error::Error>> {
    let mut pages: Vec<_> = std::fs::read_dir(dir)?
        .filter_map(Result::ok)
        .map(|e| e.path())
        // The generated pages only (`page-007.png`), not the outputs written beside them.
        .filter(|p| p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with("page-") && n.matches('.').count() == 1))
        .collect();
    pages.sort();
    // The whole engine, as a detector runs it: names need the NER recognizer (its model files,
    // `PII_REDACTOR_MODELS_DIR` or `models/`); without them only the structured types are found.
    let mut builder = Engine::builder();
    match pii_ner::NerRecognizer::load(&pii_ner::models_dir_from_env()) {
        Ok(ner) => builder = builder.with_recognizer(std::sync::Arc::new(ner)),
        Err(e) => eprintln!("ocr_bench: no NER model files ({e}); structured types only"),
    }
    let engine = builder.build()?;
    let policy = RedactionPolicy::default();
    let analyzer = engine.prepare(&policy)?;
    let keys = TenantKeys {
        hash_salt: [3; 32],
        encryption_key: [4; 32],
        vault_index: [4; 32],
        at_rest: pii_core::engine::AtRestKey { key: [4; 32], generation: 0 },
        scope: Default::default(),
    };
    let limits = Limits::default();
    let reread = std::env::var_os("OCR_BENCH_REREAD").is_some();
    let (mut t_analyze, mut t_redact, mut findings) = (0.0f64, 0.0f64, 0usize);
    let cpu0 = cpu_seconds();
    for path in &pages {
        let len = std::fs::metadata(path)?.len();
        let input = Input::File { path: path.clone(), len };
        let t0 = Instant::now();
        let analysis = pii_docs::analyze(&input, Format::Png, &analyzer, &limits, &mut |_| {})?;
        t_analyze += t0.elapsed().as_secs_f64();
        findings += analysis.findings.len();
        let mut out = Vec::new();
        let t1 = Instant::now();
        let readings = if reread { &[][..] } else { &analysis.readings[..] };
        pii_docs::redact(&input, Format::Png, &analysis.findings, readings, &policy, &keys, &limits, &mut out, &mut |_| {})?;
        t_redact += t1.elapsed().as_secs_f64();
        std::fs::write(path.with_extension("redacted.png"), out)?;
    }
    let n = pages.len() as f64;
    let cpu = cpu_seconds() - cpu0;
    println!(
        "{{\"pages\":{},\"findings\":{findings},\"analyze_s\":{t_analyze:.2},\"redact_s\":{t_redact:.2},\"pages_per_s\":{:.3},\"analyze_pages_per_s\":{:.3},\"cpu_s\":{cpu:.2},\"pages_per_cpu_s\":{:.3},\"peak_rss_mb\":{:.1}}}",
        pages.len(),
        n / (t_analyze + t_redact),
        n / t_analyze,
        n / cpu.max(1e-9),
        peak_rss_mb()
    );
    Ok(())
}
