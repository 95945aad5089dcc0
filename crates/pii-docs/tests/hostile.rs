//! Corrupt, truncated, encrypted and oversized inputs end in a `DocError` with a clear message,
//! never a panic, and redaction writes nothing for the in-memory formats.
#![allow(clippy::unwrap_used, reason = "a test fails loudly")]

mod common;

use std::io::{Cursor, Write};

use pii_core::policy::RedactionPolicy;
use pii_docs::{DocError, Format, Input, Limits};

fn analyze(bytes: &[u8], format: Format, limits: &Limits) -> Result<pii_docs::Analysis, DocError> {
    let analyzer = common::engine().prepare(&RedactionPolicy::default()).expect("policy");
    pii_docs::analyze(&Input::Memory(bytes.into()), format, &analyzer, limits, &mut |_| {})
}

fn redact_writes_nothing(bytes: &[u8], format: Format, limits: &Limits) -> DocError {
    let mut out = Vec::new();
    let err = pii_docs::redact(
        &Input::Memory(bytes.into()),
        format,
        &[],
        &[],
        &RedactionPolicy::default(),
        &common::keys(),
        limits,
        &mut out,
        &mut |_| {},
    )
    .expect_err("must fail");
    assert!(out.is_empty(), "half an output was written");
    err
}

fn zip_with(entries: &[(&str, Vec<u8>)]) -> Vec<u8> {
    let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for (name, data) in entries {
        w.start_file(*name, opts).expect("start");
        w.write_all(data).expect("write");
    }
    w.finish().expect("finish").into_inner()
}

fn minimal_docx(body: &str) -> Vec<u8> {
    zip_with(&[
        (
            "[Content_Types].xml",
            b"<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".to_vec(),
        ),
        (
            "word/document.xml",
            format!("<?xml version=\"1.0\"?><w:document xmlns:w=\"urn:w\"><w:body>{body}</w:body></w:document>").into_bytes(),
        ),
    ])
}

#[test]
fn a_truncated_docx_is_corrupt_and_writes_nothing() {
    let docx = minimal_docx("<w:p><w:r><w:t>jane.doe@example.com</w:t></w:r></w:p>");
    assert_eq!(analyze(&docx, Format::Docx, &Limits::default()).expect("whole file").findings.len(), 1);
    for cut in [10, docx.len() / 2, docx.len() - 5] {
        let err = redact_writes_nothing(&docx[..cut], Format::Docx, &Limits::default());
        assert!(matches!(err, DocError::Corrupt(_)), "{err}");
        assert!(err.to_string().contains("DOCX"), "{err}");
    }
}

#[test]
fn a_zip_bomb_is_stopped_by_the_decompressed_size_not_the_headers() {
    let docx = zip_with(&[("word/document.xml", vec![b' '; 20 << 20])]);
    assert!(docx.len() < 200_000, "compresses well");
    let limits = Limits { max_decompressed_bytes: 4 << 20, ..Limits::default() };
    let err = redact_writes_nothing(&docx, Format::Docx, &limits);
    assert!(matches!(err, DocError::TooLarge(_)), "{err}");
    let many: Vec<(String, Vec<u8>)> = (0..300).map(|i| (format!("f{i}"), Vec::new())).collect();
    let many: Vec<(&str, Vec<u8>)> = many.iter().map(|(n, d)| (n.as_str(), d.clone())).collect();
    let limits = Limits { max_zip_entries: 100, ..Limits::default() };
    let err = analyze(&zip_with(&many), Format::Xlsx, &limits).expect_err("too many entries");
    assert!(matches!(err, DocError::TooLarge(_)), "{err}");
}

/// An e-mail carrying many office files, each under the decompression limit, is held to one budget
/// for the whole job: together they may not decompress past it.
#[test]
fn attachments_share_one_decompression_budget() {
    use base64::Engine as _;
    // Each DOCX decompresses to about 1.5 MiB of spaces around one e-mail address.
    let docx = minimal_docx(&format!("<w:p><w:r><w:t>jane.doe@example.com{}</w:t></w:r></w:p>", " ".repeat(3 << 19)));
    let attachment = base64::engine::general_purpose::STANDARD.encode(&docx);
    let email = |n: usize| {
        let mut e = String::from("From: a <ops@example.org>\r\nContent-Type: multipart/mixed; boundary=\"b\"\r\n\r\n");
        for i in 0..n {
            e.push_str(&format!(
                "--b\r\nContent-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document\r\n\
                 Content-Disposition: attachment; filename=\"f{i}.docx\"\r\nContent-Transfer-Encoding: base64\r\n\r\n{attachment}\r\n"
            ));
        }
        e.push_str("--b--\r\n");
        e.into_bytes()
    };
    let limits = Limits { max_decompressed_bytes: 4 << 20, ..Limits::default() };
    // Two fit in the budget and are read.
    let two = analyze(&email(2), Format::Eml, &limits).expect("two attachments fit");
    assert_eq!(two.findings.iter().filter(|f| f.entity_type.as_str() == "EMAIL_ADDRESS").count(), 3);
    // Four do not: the job is refused as too large, and writes nothing.
    let err = redact_writes_nothing(&email(4), Format::Eml, &limits);
    assert!(matches!(err, DocError::TooLarge(_)), "{err}");
    assert!(err.to_string().contains("together"), "{err}");
}

#[test]
fn a_password_protected_office_file_is_reported_as_encrypted() {
    let mut cfb = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    cfb.resize(4096, 0);
    assert!(matches!(pii_docs::sniff("report.docx", &cfb), Err(DocError::Encrypted)));
    assert!(matches!(pii_docs::sniff("report.xlsx", &cfb), Err(DocError::Encrypted)));
}

#[test]
fn an_encrypted_or_broken_pdf_is_refused() {
    let encrypted = b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R /Encrypt 2 0 R >>\n%%EOF\n";
    assert!(matches!(redact_writes_nothing(encrypted, Format::Pdf, &Limits::default()), DocError::Encrypted));
    for junk in [&b"%PDF-1.7\n"[..], b"%PDF-1.7\n1 0 obj << /Type /Page", b"not a pdf at all"] {
        let err = redact_writes_nothing(junk, Format::Pdf, &Limits::default());
        assert!(matches!(err, DocError::Corrupt(_)), "{err}");
    }
}

#[test]
fn deep_nesting_is_bounded_in_xml_html_json_and_email() {
    let limits = Limits::default();
    let xml = format!("{}{}", "<a>".repeat(1000), "</a>".repeat(1000));
    assert!(matches!(analyze(xml.as_bytes(), Format::Xml, &limits), Err(DocError::TooLarge(_))));
    let html = "<div>".repeat(1000);
    assert!(matches!(analyze(html.as_bytes(), Format::Html, &limits), Err(DocError::TooLarge(_))));
    let json = format!("{}{}", "{\"a\":".repeat(500), "}".repeat(500));
    assert!(matches!(analyze(json.as_bytes(), Format::Json, &limits), Err(DocError::TooLarge(_))));
    let mut eml = String::new();
    for i in 0..20 {
        eml.push_str(&format!("Content-Type: multipart/mixed; boundary=\"b{i}\"\r\n\r\n--b{i}\r\n"));
    }
    eml.push_str("Content-Type: text/plain\r\n\r\nhi\r\n");
    let eml = format!("From: a@b.example\r\n{eml}");
    assert!(matches!(analyze(eml.as_bytes(), Format::Eml, &limits), Err(DocError::TooLarge(_))));
}

#[test]
fn xml_entities_are_never_expanded() {
    let mut xml = String::from("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
    for i in 1..10 {
        xml.push_str(&format!("<!ENTITY lol{i} \"{}\">", format!("&lol{};", i - 1).repeat(10)));
    }
    xml.push_str("]><lolz>&lol9; jane.doe@example.com</lolz>");
    let (analysis, out) = common::roundtrip(xml.as_bytes(), Format::Xml);
    assert_eq!(analysis.findings.len(), 1);
    assert!(analysis.text_chars < 100, "the bomb was not expanded");
    assert!(String::from_utf8(out).expect("utf-8").contains("&lol9; &lt;EMAIL_ADDRESS&gt;</lolz>"));
}

#[test]
fn oversized_documents_and_records_are_refused_before_work() {
    let limits = Limits { max_document_bytes: 1000, max_record_bytes: 1000, ..Limits::default() };
    let big = vec![b'a'; 5000];
    assert!(matches!(analyze(&big, Format::Json, &limits), Err(DocError::TooLarge(_))));
    let csv = format!("a,\"{}\n", "x".repeat(100_000));
    assert!(matches!(analyze(csv.as_bytes(), Format::Csv, &limits), Err(DocError::TooLarge(_))));
    let err = analyze(b"a,\"unterminated\n", Format::Csv, &Limits::default()).expect_err("open quote");
    assert!(err.to_string().contains("quoted"), "{err}");
}

#[test]
fn findings_that_do_not_match_the_document_are_refused() {
    let f = pii_core::Finding::new(pii_core::EntityType::EMAIL_ADDRESS, 500, 510, 1.0);
    let mut out = Vec::new();
    let err = pii_docs::redact(
        &Input::Memory(b"{\"a\":\"short\"}".to_vec().into()),
        Format::Json,
        &[f],
        &[],
        &RedactionPolicy::default(),
        &common::keys(),
        &Limits::default(),
        &mut out,
        &mut |_| {},
    )
    .expect_err("mismatch");
    assert!(matches!(err, DocError::Mismatch(_)), "{err}");
}
