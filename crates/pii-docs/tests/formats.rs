//! Each format redacts its planted PII, keeps everything else byte for byte, and its findings point
//! into the extracted text.
#![allow(clippy::unwrap_used, reason = "a test fails loudly")]

mod common;

use common::*;
use pii_docs::{Format, Input, Limits};

#[test]
fn plain_text_keeps_its_encoding_and_loses_its_pii() {
    let text = "Mail jane.doe@example.com or call +1 415-555-0142; Zürich office, net 30 days.\n";
    // UTF-8, UTF-8 with BOM, UTF-16 LE and BE with BOM, Latin-1.
    let mut utf16le = vec![0xFF, 0xFE];
    utf16le.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    let mut utf16be = vec![0xFE, 0xFF];
    utf16be.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
    let latin1: Vec<u8> = text.chars().map(|c| c as u32 as u8).collect();
    let mut bom = vec![0xEF, 0xBB, 0xBF];
    bom.extend_from_slice(text.as_bytes());
    let expected = "Mail <EMAIL_ADDRESS> or call <PHONE_NUMBER>; Zürich office, net 30 days.\n";
    for (name, bytes) in [("utf8", text.as_bytes().to_vec()), ("bom", bom), ("le", utf16le), ("be", utf16be), ("latin1", latin1)] {
        let (analysis, out) = roundtrip(&bytes, Format::Text);
        assert_eq!(analysis.findings.len(), 2, "{name}");
        let decoded = match name {
            "le" => {
                assert_eq!(&out[..2], &[0xFF, 0xFE]);
                String::from_utf16(&out[2..].chunks(2).map(|c| u16::from_le_bytes([c[0], c[1]])).collect::<Vec<_>>()).unwrap()
            }
            "be" => {
                assert_eq!(&out[..2], &[0xFE, 0xFF]);
                String::from_utf16(&out[2..].chunks(2).map(|c| u16::from_be_bytes([c[0], c[1]])).collect::<Vec<_>>()).unwrap()
            }
            "latin1" => out.iter().map(|&b| b as char).collect(),
            "bom" => {
                assert_eq!(&out[..3], &[0xEF, 0xBB, 0xBF]);
                String::from_utf8(out[3..].to_vec()).unwrap()
            }
            _ => String::from_utf8(out).unwrap(),
        };
        assert_eq!(decoded, expected, "{name}");
    }
}

#[test]
fn an_entity_across_a_window_boundary_is_found_once() {
    // Windows are 1 MiB with a 4 KiB overlap: place e-mails around every plausible boundary.
    let mut text = String::new();
    let mut planted = 0;
    while text.len() < 3 << 20 {
        text.push_str("lorem ipsum dolor sit amet ");
        if text.len() % 997 < 40 {
            text.push_str("jane.doe@example.com ");
            planted += 1;
        }
    }
    let (analysis, out) = roundtrip(text.as_bytes(), Format::Text);
    assert_eq!(analysis.findings.len(), planted);
    let out = String::from_utf8(out).unwrap();
    assert!(!out.contains("jane.doe@"));
    assert_eq!(out.matches("<EMAIL_ADDRESS>").count(), planted);
    assert_eq!(analysis.text_chars, text.chars().count() as u64);
}

#[test]
fn findings_point_into_the_extracted_text_of_csv() {
    let csv = "name,email,note\r\n\"Doe, Jane\",jane.doe@example.com,\"said \"\"hi\"\"\"\r\nBob,x,ssn 123-45-6789\r\n";
    let (analysis, out) = roundtrip(csv.as_bytes(), Format::Csv);
    let extracted = "name\temail\tnote\nDoe, Jane\tjane.doe@example.com\tsaid \"hi\"\nBob\tx\tssn 123-45-6789\n";
    assert_eq!(analysis.text_chars, extracted.chars().count() as u64);
    let mut text = Vec::new();
    let input = Input::Memory(csv.as_bytes().into());
    pii_docs::extract_text(&input, Format::Csv, &Limits::default(), &mut text, &mut |_| {}).unwrap();
    assert_eq!(String::from_utf8(text).unwrap(), extracted);
    let values: Vec<&str> = analysis.findings.iter().map(|f| &extracted[f.start as usize..f.end as usize]).collect();
    assert_eq!(values, ["jane.doe@example.com", "123-45-6789"]);
    assert_eq!(
        String::from_utf8(out).unwrap(),
        "name,email,note\r\n\"Doe, Jane\",<EMAIL_ADDRESS>,\"said \"\"hi\"\"\"\r\nBob,x,ssn <US_SSN>\r\n"
    );
}

#[test]
fn a_replacement_that_needs_quotes_gets_them_in_csv() {
    let policy: pii_core::policy::RedactionPolicy =
        serde_json::from_str(r#"{"operators": {"DEFAULT": {"type": "replace", "new_value": "a,\"b\""}}}"#).unwrap();
    let (_, out) = roundtrip_with(b"x;jane.doe@example.com;y\n", Format::Csv, &policy, &Limits::default());
    assert_eq!(String::from_utf8(out).unwrap(), "x;\"a,\"\"b\"\"\";y\n");
    let (_, out) = roundtrip(b"a\tjane.doe@example.com\n", Format::Tsv);
    assert_eq!(String::from_utf8(out).unwrap(), "a\t<EMAIL_ADDRESS>\n");
}

#[test]
fn json_keeps_structure_and_redacts_strings_keys_and_identifier_numbers() {
    let json = r#"{ "user": {"email": "jane.doe@example.com", "ssn": 123456789, "age": 42},
  "jane.doe@example.com": [1.5, "Widget blue", "call +1 415-555-0142\n"], "card": "4111\u0020"  }"#;
    let (analysis, out) = roundtrip(json.as_bytes(), Format::Json);
    let out = String::from_utf8(out).unwrap();
    let v: serde_json::Value = serde_json::from_str(&out).expect("still JSON");
    assert_eq!(v["user"]["email"], "<EMAIL_ADDRESS>");
    assert_eq!(v["user"]["ssn"], "<US_SSN>");
    assert_eq!(v["user"]["age"], 42);
    assert_eq!(v["<EMAIL_ADDRESS>"][2], "call <PHONE_NUMBER>\n");
    assert_eq!(v["<EMAIL_ADDRESS>"][1], "Widget blue");
    assert!(out.starts_with("{ \"user\": {\"email\""), "whitespace and order kept");
    assert!(out.contains(r#""card": "4111\u0020"  }"#), "untouched escapes kept");
    assert_eq!(analysis.findings.len(), 4);
}

#[test]
fn ndjson_streams_line_by_line() {
    let nd = "{\"a\":\"jane.doe@example.com\"}\n\n{\"b\":[\"Order 7731\",\"123-45-6789\"]}\n{\"c\":1}";
    let (_, out) = roundtrip(nd.as_bytes(), Format::Ndjson);
    assert_eq!(String::from_utf8(out).unwrap(), "{\"a\":\"<EMAIL_ADDRESS>\"}\n\n{\"b\":[\"Order 7731\",\"<US_SSN>\"]}\n{\"c\":1}");
}

#[test]
fn broken_json_is_an_error_naming_the_line() {
    let input = Input::Memory(b"{\"a\":1}\n{\"b\":\n".to_vec().into());
    let analyzer = engine().prepare(&Default::default()).unwrap();
    let err = pii_docs::analyze(&input, Format::Ndjson, &analyzer, &Limits::default(), &mut |_| {}).unwrap_err();
    assert!(err.to_string().contains("line 2"), "{err}");
    let deep = "[".repeat(10_000);
    let input = Input::Memory(deep.into_bytes().into());
    let err = pii_docs::analyze(&input, Format::Json, &analyzer, &Limits::default(), &mut |_| {}).unwrap_err();
    assert!(err.to_string().contains("nested"), "{err}");
}

#[test]
fn html_text_and_data_attributes_are_redacted_but_scripts_and_markup_stay() {
    let html = r#"<!DOCTYPE html><html><head><title>Quarterly revenue</title>
<script>var x = "jane.doe@example.com";</script><style>p{color:red}</style></head>
<body><p>Call <b>+1 415</b>-555-0142 or <a href="mailto:jane.doe@example.com" title='ssn 123-45-6789'>write</a>.</p>
<p>jane&#46;doe&#64;example.com &amp; Widget blue</p><!-- from 192.168.14.27 --></body></html>"#;
    let (_, out) = roundtrip(html.as_bytes(), Format::Html);
    let out = String::from_utf8(out).unwrap();
    assert!(out.contains(r#"<script>var x = "jane.doe@example.com";</script>"#), "scripts untouched");
    assert!(out.contains("<p>Call <b>&lt;PHONE_NUMBER&gt;</b> or"), "{out}");
    assert!(out.contains(r#"href="mailto:&lt;EMAIL_ADDRESS&gt;""#), "{out}");
    assert!(out.contains("title='ssn &lt;US_SSN&gt;'"), "{out}");
    assert!(out.contains("<p>&lt;EMAIL_ADDRESS&gt; &amp; Widget blue</p>"), "{out}");
    assert!(out.contains("<!-- from <IP_ADDRESS> -->"), "{out}");
}

#[test]
fn an_xml_element_names_its_text_as_a_json_key_does() {
    // A bare run of digits is an account number only where something says so: here, the element.
    let xml = "<customer><bank:accountNumber xmlns:bank=\"urn:b\">4746851312</bank:accountNumber><ref>4746851312</ref></customer>";
    let (_, out) = roundtrip(xml.as_bytes(), Format::Xml);
    let out = String::from_utf8(out).unwrap();
    assert!(out.contains("<bank:accountNumber xmlns:bank=\"urn:b\">&lt;US_BANK_NUMBER&gt;</bank:accountNumber>"), "{out}");
    assert!(out.contains("<ref>4746851312</ref>"), "{out}");
}

#[test]
fn xml_attributes_and_text_are_redacted_and_bad_xml_is_refused() {
    let xml = r#"<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "x">]><r xmlns="urn:x"><c email="jane.doe@example.com">Order 7731</c><n><![CDATA[ssn 123-45-6789]]></n></r>"#;
    let (_, out) = roundtrip(xml.as_bytes(), Format::Xml);
    let out = String::from_utf8(out).unwrap();
    assert!(out.contains(r#"<c email="&lt;EMAIL_ADDRESS&gt;">Order 7731</c>"#), "{out}");
    assert!(out.contains("<![CDATA[ssn <US_SSN>]]>"), "{out}");
    let analyzer = engine().prepare(&Default::default()).unwrap();
    for bad in ["<a><b></a>", "<a>", "<a x=1/>"] {
        let input = Input::Memory(bad.as_bytes().into());
        assert!(pii_docs::analyze(&input, Format::Xml, &analyzer, &Limits::default(), &mut |_| {}).is_err(), "{bad}");
    }
}

#[test]
fn formats_are_sniffed_from_magic_bytes_and_names() {
    assert_eq!(pii_docs::sniff("a.bin", b"%PDF-1.7\n").unwrap(), Format::Pdf);
    assert_eq!(pii_docs::sniff("x.csv", b"a,b\n").unwrap(), Format::Csv);
    assert_eq!(pii_docs::sniff("x", b"{\"a\":1}\n{\"a\":2}\n").unwrap(), Format::Ndjson);
    assert_eq!(pii_docs::sniff("x", b"<!doctype html><p>").unwrap(), Format::Html);
    assert_eq!(pii_docs::sniff("x", b"From: a@b.c\r\nTo: d@e.f\r\n").unwrap(), Format::Eml);
    assert!(matches!(
        pii_docs::sniff("secret.docx", &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]),
        Err(pii_docs::DocError::Encrypted)
    ));
    assert!(pii_docs::sniff("x.bin", b"\x00\x01\x02").is_err());
}

#[test]
fn progress_reaches_the_input_size() {
    let data = "jane.doe@example.com,1\n".repeat(50_000);
    let input = Input::Memory(data.as_bytes().into());
    let analyzer = engine().prepare(&Default::default()).unwrap();
    let mut seen = Vec::new();
    pii_docs::analyze(&input, Format::Csv, &analyzer, &Limits::default(), &mut |b| seen.push(b)).unwrap();
    assert!(seen.len() > 2, "several reports");
    assert!(seen.windows(2).all(|w| w[0] < w[1]));
    assert_eq!(*seen.last().unwrap(), data.len() as u64);
}

#[test]
fn a_text_attachment_after_an_email_body_gets_its_own_offsets_right() {
    use base64::Engine as _;
    let att = base64::engine::general_purpose::STANDARD.encode("notes: ssn 123-45-6789\n");
    let eml = format!(
        "From: a <jane.doe@example.com>\r\nContent-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nWidget blue, call +1 415-555-0142\r\n--b\r\nContent-Type: text/plain\r\nContent-Disposition: attachment; filename=\"n.txt\"\r\nContent-Transfer-Encoding: base64\r\n\r\n{att}\r\n--b--\r\n"
    );
    let (analysis, out) = roundtrip(eml.as_bytes(), Format::Eml);
    let mut text = Vec::new();
    pii_docs::extract_text(&Input::Memory(eml.as_bytes().into()), Format::Eml, &Limits::default(), &mut text, &mut |_| {}).unwrap();
    let text: Vec<char> = String::from_utf8(text).unwrap().chars().collect();
    let found: Vec<String> = analysis.findings.iter().map(|f| text[f.start as usize..f.end as usize].iter().collect()).collect();
    assert_eq!(found, ["jane.doe@example.com", "+1 415-555-0142", "123-45-6789"]);
    let out = String::from_utf8(out).unwrap();
    let b64 = out.split("\r\n\r\n").nth(3).unwrap().split("\r\n").next().unwrap();
    let decoded = base64::engine::general_purpose::STANDARD.decode(b64).unwrap();
    assert_eq!(String::from_utf8(decoded).unwrap(), "notes: ssn <US_SSN>\n");
    assert!(out.contains("Widget blue, call <PHONE_NUMBER>"));
}

#[test]
fn overlapping_findings_given_to_redact_do_not_break_text() {
    use pii_core::{EntityType, Finding};
    let f = |s, e| Finding::new(EntityType::US_SSN, s, e, 1.0);
    let mut out = Vec::new();
    pii_docs::redact(
        &Input::Memory(b"abc 123-45-6789 def".to_vec().into()),
        Format::Text,
        &[f(4, 15), f(6, 10), f(8, 17)],
        &[],
        &Default::default(),
        &keys(),
        &Limits::default(),
        &mut out,
        &mut |_| {},
    )
    .unwrap();
    // The union is redacted: the part of the third finding past the first gets its own replacement.
    assert_eq!(String::from_utf8(out).unwrap(), "abc <US_SSN><US_SSN>ef");
}
