//! Every document format through the whole service: `POST /api/v1/redact/uri`, the job's findings,
//! the downloaded output. Office, PDF and e-mail inputs are written by independent tools
//! (python-docx, openpyxl, reportlab, Python's `email`) and the outputs read back by independent
//! extractors (pdftotext, python-docx, openpyxl), both from `crates/pii-docs/tests/docs_tool.py`,
//! whose venv `scripts/test-setup` installs.
#![allow(clippy::unwrap_used, reason = "test code fails loudly on purpose; its helpers unwrap like its tests")]

mod common;

use std::time::Duration;

use common::*;
use pii_docs::{Input, Limits};
use serde_json::{Value, json};

/// Values the engine must find in every format, and values that must survive.
const PII: [&str; 5] = ["jane.doe@example.com", "123-45-6789", "4111 1111 1111 1111", "+1 415-555-0142", "192.168.14.27"];
const KEEP: [&str; 5] = ["Quarterly revenue", "Order 7731", "Widget blue", "Zürich office", "net 30 days"];

/// Plain-text formats written here, each holding every planted value.
fn text_inputs() -> Vec<(&'static str, String)> {
    let [email, ssn, card, phone, ip] = PII;
    let [rev, order, widget, zurich, net] = KEEP;
    vec![
        (
            "note.txt",
            format!(
                "{rev}: write to {email}, SSN {ssn}.\nCard {card}, phone {phone}, host {ip}.\n{order} for {widget}, {zurich}, {net}.\n"
            ),
        ),
        (
            "list.csv",
            format!(
                "email,ssn,card,phone,ip,note\n{email},{ssn},{card},{phone},{ip},\"{rev}, {order}\"\nx@y.invalid,,,,,{widget} / {zurich} / {net}\n"
            ),
        ),
        (
            "list.tsv",
            format!("email\tssn\tnote\n{email}\t{ssn}\t{rev}\n-\t-\t{order} {widget} {zurich} {net} card {card} phone {phone} ip {ip}\n"),
        ),
        (
            "export.json",
            json!({"customer": {"email": email, "ssn": ssn, "card": card, "phone": phone}, "ip": ip,
                   "notes": [rev, order, widget, zurich, net]})
            .to_string(),
        ),
        (
            "export.ndjson",
            format!(
                "{}\n{}\n",
                json!({"email": email, "ssn": ssn, "note": rev, "order": order}),
                json!({"card": card, "phone": phone, "ip": ip, "notes": [widget, zurich, net]})
            ),
        ),
        (
            "page.html",
            format!(
                "<html><head><title>{rev}</title><style>p {{color: red}}</style></head><body><p>Mail <a href=\"mailto:{email}\">{email}</a>, SSN {ssn}.</p><p>Card {card}; phone {phone}; IP {ip}.</p><p>{order}, {widget}, {zurich}, {net}.</p></body></html>"
            ),
        ),
        (
            "record.xml",
            format!(
                "<?xml version=\"1.0\"?><record><email>{email}</email><ssn>{ssn}</ssn><note kind=\"{rev}\">{order} {widget}</note><card>{card}</card><phone>{phone}</phone><ip>{ip}</ip><office>{zurich}</office><terms>{net}</terms></record>"
            ),
        ),
    ]
}

fn content_type_of(name: &str) -> &'static str {
    match name.rsplit('.').next().unwrap_or("") {
        "txt" => "text/plain",
        "csv" => "text/csv",
        "tsv" => "text/tab-separated-values",
        "json" => "application/json",
        "ndjson" => "application/x-ndjson",
        "html" => "text/html",
        "xml" => "application/xml",
        "docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "pdf" => "application/pdf",
        "eml" => "message/rfc822",
        other => panic!("no expected type for .{other}"),
    }
}

/// The text the findings' offsets point into, as the service extracts it.
fn extracted_text(name: &str, bytes: &[u8]) -> Vec<char> {
    let format = pii_docs::sniff(name, &bytes[..bytes.len().min(8192)]).expect("a known format");
    let mut out = Vec::new();
    pii_docs::extract_text(&Input::Memory(bytes.into()), format, &Limits::default(), &mut out, &mut |_| {}).expect("extracts");
    String::from_utf8(out).expect("UTF-8").chars().collect()
}

/// Every occurrence of every planted value in the extracted text lies inside a finding.
fn assert_findings_cover_pii(name: &str, text: &[char], findings: &[Value]) {
    let ranges: Vec<(usize, usize)> =
        findings.iter().map(|f| (f["start"].as_u64().unwrap() as usize, f["end"].as_u64().unwrap() as usize)).collect();
    for (start, end) in &ranges {
        assert!(start < end && *end <= text.len(), "{name}: finding {start}..{end} outside a text of {} chars", text.len());
    }
    for value in PII {
        let needle: Vec<char> = value.chars().collect();
        let hits: Vec<usize> =
            (0..text.len().saturating_sub(needle.len() - 1)).filter(|&i| text[i..i + needle.len()] == needle[..]).collect();
        assert!(!hits.is_empty(), "{name}: {value:?} is not in the extracted text");
        for at in hits {
            // Numbers may be found with their label (`+1 415…` as one phone span): covered, not equal.
            let covered = ranges.iter().any(|&(s, e)| s <= at && at + needle.len() <= e);
            assert!(covered, "{name}: {value:?} at char {at} is not inside any finding {ranges:?}");
        }
    }
}

fn assert_clean(name: &str, text: &str) {
    for value in PII {
        assert!(!text.contains(value), "{name}: {value:?} survived redaction");
    }
    for value in KEEP {
        assert!(text.contains(value), "{name}: {value:?} was lost");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn every_format_is_redacted_through_the_api_with_findings_into_its_extracted_text() {
    let mut s = Stack::embedded();
    s.start("serve", "serve");
    s.wait_healthy().await;

    let mut inputs: Vec<(String, Vec<u8>)> = text_inputs().into_iter().map(|(n, t)| (n.to_owned(), t.into_bytes())).collect();
    let made = tempfile::tempdir().unwrap();
    for kind in ["docx", "xlsx", "pdf", "eml"] {
        let path = made.path().join(format!("doc.{kind}"));
        docs_tool("make", kind, &path);
        inputs.push((format!("doc.{kind}"), std::fs::read(&path).unwrap()));
    }

    let mut jobs = Vec::new();
    for (name, bytes) in &inputs {
        let uri = s.put_input(name, bytes);
        let job = s.submit(KEY_A, json!({"input_uri": uri})).await;
        jobs.push((name.clone(), bytes.clone(), job["id"].as_str().unwrap().to_owned()));
    }
    for (name, input, id) in jobs {
        let done = s.wait_for(KEY_A, &id, &["completed", "error", "failed"], Duration::from_secs(120)).await;
        assert_eq!(done["status"], "completed", "{name}: {done}");
        let findings = done["findings"].as_array().unwrap().clone();
        assert_findings_cover_pii(&name, &extracted_text(&name, &input), &findings);

        let (status, content_type, output) = s.download(KEY_A, &id).await;
        assert_eq!(status, 200, "{name}");
        assert!(content_type.starts_with(content_type_of(&name)), "{name}: Content-Type {content_type}");
        let kind = name.rsplit('.').next().unwrap();
        if matches!(kind, "docx" | "xlsx" | "pdf" | "eml") {
            // The independent reader opens the output (or fails the test) and sees everything in it,
            // metadata and raw parts included.
            let path = made.path().join(format!("out.{kind}"));
            std::fs::write(&path, &output).unwrap();
            let text = docs_tool("extract", kind, &path)["text"].as_str().unwrap().to_owned();
            assert_clean(&name, &text);
        } else {
            let text = String::from_utf8(output).expect("the output keeps the input's UTF-8");
            assert_clean(&name, &text);
            if kind == "json" || kind == "ndjson" {
                for line in text.lines().filter(|l| !l.trim().is_empty()) {
                    serde_json::from_str::<Value>(line).unwrap_or_else(|e| panic!("{name}: output is not JSON ({e})"));
                }
            }
        }
    }
}
