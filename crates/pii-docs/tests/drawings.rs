//! Drawings that are not rasters (EMF, WMF, SVG) in a DOCX and attached to an e-mail carry text
//! this crate cannot read: they are blanked (an empty drawing of the same kind in their place) and
//! noted, kept under `images: keep`, refused under `images: fail`; never passed as read.
#![allow(clippy::unwrap_used, reason = "a test fails loudly")]

mod common;

use std::io::{Cursor, Read, Write};

use pii_core::policy::{ImagePolicy, RedactionPolicy};
use pii_docs::{BlankReason, DocError, Format, ImageOutcome, Input, Limits};

/// An EMF header (88 bytes, " EMF" at 40) followed by a text record's worth of UTF-16 text.
fn emf_with_text(text: &str) -> Vec<u8> {
    let mut b = vec![0u8; 88];
    b[0] = 1;
    b[4] = 88;
    b[40..44].copy_from_slice(b" EMF");
    b.extend_from_slice(&84u32.to_le_bytes()); // EMR_EXTTEXTOUTW
    b.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    b
}

const SVG: &[u8] = br#"<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><text x="0" y="12">John Smith</text></svg>"#;

fn docx() -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default();
    zip.start_file("[Content_Types].xml", opts).unwrap();
    zip.write_all(br#"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="emf" ContentType="image/x-emf"/><Default Extension="svg" ContentType="image/svg+xml"/></Types>"#).unwrap();
    zip.start_file("word/document.xml", opts).unwrap();
    zip.write_all(br#"<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>See the chart.</w:t></w:r></w:p></w:body></w:document>"#).unwrap();
    zip.start_file("word/media/image1.emf", opts).unwrap();
    zip.write_all(&emf_with_text("John Smith")).unwrap();
    zip.start_file("word/media/image2.svg", opts).unwrap();
    zip.write_all(SVG).unwrap();
    zip.finish().unwrap().into_inner()
}

fn entry(docx: &[u8], name: &str) -> Vec<u8> {
    let mut archive = zip::ZipArchive::new(Cursor::new(docx)).unwrap();
    let mut out = Vec::new();
    archive.by_name(name).unwrap().read_to_end(&mut out).unwrap();
    out
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

fn utf16(s: &str) -> Vec<u8> {
    s.encode_utf16().flat_map(u16::to_le_bytes).collect()
}

fn policy(images: ImagePolicy) -> RedactionPolicy {
    RedactionPolicy { images, ..Default::default() }
}

#[test]
fn drawings_in_a_docx_are_blanked_and_noted() {
    let (analysis, out) = common::roundtrip(&docx(), Format::Docx);
    let notes: Vec<(&str, &ImageOutcome)> = analysis.images.iter().map(|n| (n.location.as_str(), &n.outcome)).collect();
    assert_eq!(
        notes,
        [
            ("word/media/image1.emf", &ImageOutcome::Blanked(BlankReason::Undecodable)),
            ("word/media/image2.svg", &ImageOutcome::Blanked(BlankReason::Undecodable))
        ]
    );
    let emf = entry(&out, "word/media/image1.emf");
    assert!(!contains(&emf, &utf16("John Smith")), "the EMF's text survived");
    assert_eq!(&emf[40..44], b" EMF", "an EMF is still in its place");
    let svg = entry(&out, "word/media/image2.svg");
    assert!(!contains(&svg, b"John Smith") && contains(&svg, b"<svg"), "{}", String::from_utf8_lossy(&svg));
    assert!(analysis.images[0].warning().unwrap().contains("cannot be decoded"));
}

#[test]
fn drawings_are_kept_under_keep_and_refused_under_fail() {
    let docx = docx();
    let (analysis, out) = common::roundtrip_with(&docx, Format::Docx, &policy(ImagePolicy::Keep), &Limits::default());
    assert!(analysis.images.iter().all(|n| n.outcome == ImageOutcome::KeptUnread), "{:?}", analysis.images);
    assert_eq!(entry(&out, "word/media/image2.svg"), SVG);
    let analyzer = common::engine().prepare(&policy(ImagePolicy::Fail)).unwrap();
    let err = pii_docs::analyze(&Input::Memory(docx.into()), Format::Docx, &analyzer, &Limits::default(), &mut |_| {}).unwrap_err();
    assert!(matches!(err, DocError::ImageContent(_)) && err.to_string().contains("word/media/image1.emf"), "{err}");
}

#[test]
fn a_drawing_attached_to_an_e_mail_is_blanked_without_naming_its_file() {
    let mail = format!(
        "From: a@example.org\r\nTo: b@example.org\r\nSubject: chart\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"XX\"\r\n\r\n\
         --XX\r\nContent-Type: text/plain\r\n\r\nSee the chart.\r\n\
         --XX\r\nContent-Type: image/svg+xml\r\nContent-Disposition: attachment; filename=\"Smith-signature.svg\"\r\n\r\n{}\r\n--XX--\r\n",
        String::from_utf8_lossy(SVG)
    );
    let (analysis, out) = common::roundtrip(mail.as_bytes(), Format::Eml);
    assert_eq!(analysis.images.len(), 1, "{:?}", analysis.images);
    assert_eq!(analysis.images[0].location, "an attached drawing");
    assert_eq!(analysis.images[0].outcome, ImageOutcome::Blanked(BlankReason::Undecodable));
    let out = String::from_utf8_lossy(&out);
    assert!(!out.contains("John Smith") && out.contains("See the chart."), "{out}");
}
