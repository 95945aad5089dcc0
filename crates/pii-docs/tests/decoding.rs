//! Text that reaches the engine only after decoding (HTML character references, declared charsets,
//! RFC 2047 encoded words) is found whole, and its redaction removes the whole encoded form. The
//! names are given as a typed deny list so that these tests need no NER model: they test the
//! decoding and the offset mapping, not the name recognizer.
#![allow(clippy::unwrap_used, reason = "a test fails loudly")]

mod common;

use common::*;
use pii_core::EntityType;
use pii_core::policy::{DenyListEntry, RedactionPolicy};
use pii_docs::{Format, Input, Limits};

fn people(names: &[&str]) -> RedactionPolicy {
    RedactionPolicy {
        deny_list: names.iter().map(|n| DenyListEntry::Typed { value: (*n).into(), entity_type: EntityType::PERSON }).collect(),
        ..Default::default()
    }
}

/// The extracted text of each finding.
fn found(bytes: &[u8], format: Format, policy: &RedactionPolicy) -> (Vec<String>, Vec<u8>) {
    let (analysis, out) = roundtrip_with(bytes, format, policy, &Limits::default());
    let mut text = Vec::new();
    pii_docs::extract_text(&Input::Memory(bytes.into()), format, &Limits::default(), &mut text, &mut |_| {}).unwrap();
    let text: Vec<char> = String::from_utf8(text).unwrap().chars().collect();
    let spans = analysis.findings.iter().map(|f| text[f.start as usize..f.end as usize].iter().collect()).collect();
    (spans, out)
}

#[test]
fn html_named_references_decode_and_a_redaction_removes_the_whole_reference() {
    let html = "<html><body><p>Signed: Ren&eacute;e Dubois-Lef&egrave;vre &amp; Jos&eacute; Mar&iacute;a Garc&iacute;a, \
                Widget blue</p><p title=\"Jos&#xE9; Mar&#237;a Garc&iacute;a\">x</p></body></html>";
    let policy = people(&["Renée Dubois-Lefèvre", "José María García"]);
    let (spans, out) = found(html.as_bytes(), Format::Html, &policy);
    assert_eq!(spans, ["Renée Dubois-Lefèvre", "José María García", "José María García"]);
    assert_eq!(
        String::from_utf8(out).unwrap(),
        "<html><body><p>Signed: &lt;PERSON&gt; &amp; &lt;PERSON&gt;, Widget blue</p><p title=\"&lt;PERSON&gt;\">x</p></body></html>"
    );
}

#[test]
fn legacy_references_without_semicolon_decode_but_unknown_names_stay_as_written() {
    let html = "<p>Ren&eacutee &amp Co, &notanentity; and &copy=2 stay</p>";
    let mut text = Vec::new();
    pii_docs::extract_text(&Input::Memory(html.as_bytes().into()), Format::Html, &Limits::default(), &mut text, &mut |_| {}).unwrap();
    // `&eacutee` is not a name, so it stays; `&amp` is a legacy one.
    assert_eq!(String::from_utf8(text).unwrap(), "Ren&eacutee & Co, &notanentity; and &copy=2 stay\n");
    let (_, out) = roundtrip(html.as_bytes(), Format::Html);
    assert_eq!(out, html.as_bytes());
}

#[test]
fn a_page_without_escapes_or_findings_is_unchanged_byte_for_byte() {
    let html = "<!doctype html><html><head><meta charset=\"utf-8\"></head><body><p>Quarterly revenue, Zürich office; \
                net 30 days &amp; more</p></body></html>";
    let (analysis, out) = roundtrip(html.as_bytes(), Format::Html);
    assert!(analysis.findings.is_empty());
    assert_eq!(out, html.as_bytes());
}

#[test]
fn an_html_page_in_the_charset_its_meta_declares_is_decoded_and_written_back_in_it() {
    for meta in ["<meta charset=\"ISO-8859-2\">", "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-2\">"] {
        let mut page = format!("<html><head>{meta}</head><body><p>Autor: ").into_bytes();
        page.extend_from_slice(b"Pawe\xb3 Kowalski, \xa3\xf3d\xbc</p></body></html>");
        let (spans, out) = found(&page, Format::Html, &people(&["Paweł Kowalski"]));
        assert_eq!(spans, ["Paweł Kowalski"]);
        let mut expected = format!("<html><head>{meta}</head><body><p>Autor: &lt;PERSON&gt;, ").into_bytes();
        expected.extend_from_slice(b"\xa3\xf3d\xbc</p></body></html>");
        assert_eq!(out, expected);
    }
}

#[test]
fn an_iso_8859_2_email_body_and_an_encoded_word_header_lose_the_whole_name() {
    let mut eml = b"From: =?ISO-8859-2?Q?Pawe=B3_Kowalski?= <p@x.pl>\r\nSubject: Raport =?utf-8?Q?kwartalny_=C5=81=C3=B3d=C5=BA?=\r\n\
Content-Type: text/plain; charset=ISO-8859-2\r\nContent-Transfer-Encoding: 8bit\r\n\r\nDzie\xf1 dobry,\r\n\
Pawe\xb3 Kowalski\r\n"
        .to_vec();
    let (spans, out) = found(&eml, Format::Eml, &people(&["Paweł Kowalski"]));
    assert_eq!(spans, ["Paweł Kowalski", "p@x.pl", "Paweł Kowalski"]);
    let mut expected = b"From: <PERSON> <<EMAIL_ADDRESS>>\r\nSubject: Raport =?utf-8?Q?kwartalny_=C5=81=C3=B3d=C5=BA?=\r\n\
Content-Type: text/plain; charset=ISO-8859-2\r\nContent-Transfer-Encoding: 8bit\r\n\r\nDzie\xf1 dobry,\r\n\
<PERSON>\r\n"
        .to_vec();
    assert_eq!(out, expected);

    // The same body in quoted-printable, the name split over two encoded words and a fold.
    eml = b"From: =?iso-8859-2?q?Pawe=B3?=\r\n =?iso-8859-2?q?_Kowalski?= <p@x.pl>\r\nContent-Type: text/plain; \
charset=\"iso-8859-2\"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nPawe=B3 Kowalski\r\n"
        .to_vec();
    let (spans, out) = found(&eml, Format::Eml, &people(&["Paweł Kowalski"]));
    assert_eq!(spans, ["Paweł Kowalski", "p@x.pl", "Paweł Kowalski"]);
    expected = b"From: <PERSON> <<EMAIL_ADDRESS>>\r\nContent-Type: text/plain; \
charset=\"iso-8859-2\"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n<PERSON>\r\n"
        .to_vec();
    assert_eq!(out, expected);
}

#[test]
fn a_header_without_findings_keeps_its_encoded_words_and_folds() {
    let eml = b"Subject: =?ISO-8859-2?Q?=A3=F3d=BC?= report\r\n for the quarter\r\n\r\nQuarterly revenue\r\n";
    let (spans, out) = found(eml, Format::Eml, &RedactionPolicy::default());
    assert!(spans.is_empty());
    assert_eq!(out, eml);
    let mut text = Vec::new();
    pii_docs::extract_text(&Input::Memory(eml.to_vec().into()), Format::Eml, &Limits::default(), &mut text, &mut |_| {}).unwrap();
    assert_eq!(String::from_utf8(text).unwrap(), "Łódź report for the quarter\nQuarterly revenue\r\n\n");
}
