//! Documents made by independent tools (python-docx, openpyxl, reportlab), redacted by pii-docs,
//! then read back by independent tools (python-docx, openpyxl, pdftotext and pypdf): no planted PII
//! value may remain anywhere in the file, metadata included, every planted non-PII value must
//! remain, and the file must open.
//!
//! Needs the setup of `crates/pii-docs/tests/setup.sh` (a Python venv and poppler-utils). Without
//! it these tests fail, saying so; they never skip.
#![allow(clippy::unwrap_used, reason = "a test fails loudly")]

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use pii_docs::Format;

fn python() -> PathBuf {
    let venv = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/.venv/bin/python");
    let ok = venv.exists() && Command::new("pdftotext").arg("-v").output().is_ok();
    assert!(
        ok,
        "the pii-docs test setup is missing: run crates/pii-docs/tests/setup.sh (Python venv with python-docx, openpyxl, reportlab, pypdf; Debian poppler-utils)"
    );
    venv
}

fn tool(args: &[&str]) -> serde_json::Value {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/docs_tool.py");
    let out = Command::new(python()).arg(script).args(args).output().expect("python runs");
    assert!(out.status.success(), "docs_tool {:?} failed: {}", args, String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).expect("docs_tool prints JSON")
}

fn strings(v: &serde_json::Value) -> Vec<String> {
    v.as_array().expect("array").iter().map(|s| s.as_str().expect("string").to_owned()).collect()
}

/// Makes a document of `kind`, redacts it, and returns the extractor's report on the output.
fn check(kind: &str, format: Format) -> serde_json::Value {
    let dir = tempfile::tempdir().expect("tempdir");
    let src = dir.path().join(format!("in.{kind}"));
    let made = tool(&["make", kind, src.to_str().expect("utf-8 path")]);
    let (pii, keep) = (strings(&made["pii"]), strings(&made["keep"]));
    // The planted values are really in the input, as the extractor sees it.
    let before = tool(&["extract", kind, src.to_str().expect("utf-8 path")]);
    let before_text = before["text"].as_str().expect("text");
    for p in &pii {
        assert!(
            before_text.contains(p.as_str()),
            "the {kind} generator did not plant PII value #{}",
            pii.iter().position(|x| x == p).unwrap_or(0)
        );
    }
    let bytes = std::fs::read(&src).expect("read input");
    assert_eq!(pii_docs::sniff(&format!("in.{kind}"), &bytes[..bytes.len().min(8192)]).expect("sniff"), format);
    let (analysis, out) = common::roundtrip(&bytes, format);
    // The findings point at the planted values in the extracted text.
    let mut extracted = Vec::new();
    let input = pii_docs::Input::Memory(bytes.clone().into());
    let chars = pii_docs::extract_text(&input, format, &pii_docs::Limits::default(), &mut extracted, &mut |_| {}).expect("extract");
    assert_eq!(chars, analysis.text_chars);
    let extracted: Vec<char> = String::from_utf8(extracted).expect("UTF-8").chars().collect();
    let found: Vec<String> = analysis.findings.iter().map(|f| extracted[f.start as usize..f.end as usize].iter().collect()).collect();
    for p in common::PII {
        // The values are synthetic, so the message may show what was found instead.
        assert!(found.iter().any(|f| f == p), "no finding of {kind} points exactly at {p:?}; found {found:?} ({:?})", analysis.findings);
    }
    let dst = dir.path().join(format!("out.{kind}"));
    std::fs::write(&dst, &out).expect("write output");
    if let Ok(keep) = std::env::var("PII_DOCS_KEEP_OUTPUT") {
        // For a look by hand: the input and the redacted output.
        let _ = std::fs::copy(&src, Path::new(&keep).join(format!("in.{kind}")));
        let _ = std::fs::copy(&dst, Path::new(&keep).join(format!("out.{kind}")));
    }
    let after = tool(&["extract", kind, dst.to_str().expect("utf-8 path")]);
    let pii: Vec<&str> = pii.iter().map(String::as_str).collect();
    let keep: Vec<&str> = keep.iter().map(String::as_str).collect();
    common::assert_clean(after["text"].as_str().expect("text"), &pii, &keep);
    after
}

#[test]
fn a_python_docx_document_is_redacted_everywhere_and_still_opens() {
    check("docx", Format::Docx);
}

#[test]
fn an_openpyxl_workbook_is_redacted_everywhere_and_its_formulas_still_resolve() {
    let after = check("xlsx", Format::Xlsx);
    assert_eq!(after["formulas_ok"], true, "a formula names a sheet that no longer exists: {:?}", after["sheets"]);
}

#[test]
fn a_reportlab_pdf_loses_the_glyphs_of_its_pii_and_its_metadata() {
    let after = check("pdf", Format::Pdf);
    assert_eq!(after["pages"], 2);
}

#[test]
fn a_python_email_with_html_csv_and_docx_parts_is_redacted_recursively() {
    check("eml", Format::Eml);
}
