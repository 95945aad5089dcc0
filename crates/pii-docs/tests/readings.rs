//! OCR once: redaction given the analysis' readings of its images writes the very bytes that
//! redaction reading every image again writes, takes its pixels from the readings rather than from
//! OCR, steps over an image's text so that findings after it land where they were found, and reads
//! an image again when the readings do not match the document.
//!
//! Needs what `images.rs` needs (Tesseract with its English model, fonts-dejavu-core).
#![allow(clippy::unwrap_used, reason = "a test fails loudly")]

mod common;
#[path = "common/render.rs"]
mod render;
#[path = "common/scans.rs"]
mod scans;

use std::io::Cursor;

use image::{DynamicImage, ImageFormat};
use lopdf::{Document, Object, Stream, dictionary};
use pii_core::finding::BoundingBox;
use pii_core::image_reading::ImageReading;
use pii_core::policy::RedactionPolicy;
use pii_docs::{Analysis, Format, Input, Limits};

const PAGE: &[&str] =
    &["Patient: John Smith  SSN 123-45-6789", "Email jane.doe@example.com phone +1 415-555-0142", "Quarterly revenue report"];

fn analyze(bytes: &[u8], format: Format) -> Analysis {
    let analyzer = common::engine().prepare(&RedactionPolicy::default()).unwrap();
    pii_docs::analyze(&Input::Memory(bytes.into()), format, &analyzer, &Limits::default(), &mut |_| {}).unwrap()
}

fn redact(bytes: &[u8], format: Format, analysis: &Analysis, readings: &[ImageReading]) -> Vec<u8> {
    redact_counting(bytes, format, analysis, readings).0
}

/// The output, and how many images the redaction read by OCR itself.
fn redact_counting(bytes: &[u8], format: Format, analysis: &Analysis, readings: &[ImageReading]) -> (Vec<u8>, u32) {
    let mut out = Vec::new();
    let policy = RedactionPolicy::default();
    let written = pii_docs::redact(
        &Input::Memory(bytes.into()),
        format,
        &analysis.findings,
        readings,
        &policy,
        &common::keys(),
        &Limits::default(),
        &mut out,
        &mut |_| {},
    )
    .unwrap();
    (out, written.ocr_runs)
}

fn page(lines: &[&str]) -> image::GrayImage {
    render::scan(lines, 1900)
}

/// Redacts with the readings and without; both must write the same bytes. Returns the analysis.
fn same_either_way(bytes: &[u8], format: Format, images: usize) -> Analysis {
    let analysis = analyze(bytes, format);
    assert_eq!(analysis.images.len(), images, "{:?}", analysis.images);
    assert_eq!(analysis.readings.len(), images, "every image read is recorded");
    let (replayed, runs) = redact_counting(bytes, format, &analysis, &analysis.readings);
    assert_eq!(runs, 0, "given the readings, redaction runs no OCR");
    let (read_again, runs) = redact_counting(bytes, format, &analysis, &[]);
    assert_eq!(runs as usize, images);
    assert!(replayed == read_again, "{format:?}: the replayed redaction differs from the one that read the images again");
    analysis
}

#[test]
fn redaction_given_the_readings_writes_the_bytes_that_reading_again_writes() {
    let png = scans::encode(&DynamicImage::ImageLuma8(page(PAGE)), ImageFormat::Png);
    let analysis = same_either_way(&png, Format::Png, 1);
    assert!(!analysis.readings[0].burn.is_empty(), "the page holds PII: its words are to be burned");
    // Only geometry and counts travel: no word of the page.
    let wire = serde_json::to_string(&analysis.readings).unwrap();
    for word in ["Smith", "123-45-6789", "jane.doe", "Quarterly", "Patient"] {
        assert!(!wire.contains(word), "{word:?} is in the readings: {wire}");
    }

    let mut tif = Cursor::new(Vec::new());
    {
        let mut enc = tiff::encoder::TiffEncoder::new(&mut tif).unwrap();
        for p in [page(&PAGE[2..]), page(PAGE)] {
            enc.write_image::<tiff::encoder::colortype::Gray8>(p.width(), p.height(), p.as_raw()).unwrap();
        }
    }
    let analysis = same_either_way(tif.get_ref(), Format::Tiff, 2);
    assert!(analysis.readings[0].burn.is_empty() && !analysis.readings[1].burn.is_empty(), "{:?}", analysis.readings);

    let pdf = scans::scanned_pdf(&[page(&PAGE[2..]), page(PAGE)]);
    same_either_way(&pdf, Format::Pdf, 2);
}

/// A scanned page with a text annotation: the annotation's string is walked after the page's
/// image, so its finding is only redacted right if the replay steps over exactly the image's text.
fn scan_then_annotation_pdf() -> Vec<u8> {
    let scan = page(PAGE);
    let jpeg = scans::encode(&DynamicImage::ImageLuma8(scan.clone()), ImageFormat::Jpeg);
    let mut doc = Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let image = doc.add_object(Stream::new(
        dictionary! { "Type" => "XObject", "Subtype" => "Image", "Width" => scan.width() as i64, "Height" => scan.height() as i64,
        "ColorSpace" => "DeviceGray", "BitsPerComponent" => 8, "Filter" => "DCTDecode" },
        jpeg,
    ));
    let note = doc
        .add_object(dictionary! { "Type" => "Annot", "Subtype" => "Text", "Rect" => vec![36.into(), 500.into(), 60.into(), 524.into()],
        "Contents" => Object::string_literal("Write to jane.roe@example.org for the report") });
    let content = doc.add_object(Stream::new(dictionary! {}, b"q 540 0 0 100 36 600 cm /Im0 Do Q".to_vec()));
    let p1 = doc
        .add_object(dictionary! { "Type" => "Page", "Parent" => pages_id, "MediaBox" => vec![0.into(), 0.into(), 612.into(), 792.into()],
        "Contents" => content, "Annots" => vec![note.into()], "Resources" => dictionary! { "XObject" => dictionary! { "Im0" => image } } });
    doc.objects.insert(pages_id, Object::Dictionary(dictionary! { "Type" => "Pages", "Kids" => vec![p1.into()], "Count" => 1 }));
    let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", catalog);
    let mut pdf = Vec::new();
    doc.save_to(&mut pdf).unwrap();
    pdf
}

#[test]
fn text_after_a_replayed_image_is_redacted_where_it_was_found() {
    let pdf = scan_then_annotation_pdf();
    let analysis = same_either_way(&pdf, Format::Pdf, 1);
    let image_text_ends = analysis.readings[0].chars;
    assert!(image_text_ends > 0, "{:?}", analysis.readings);
    let last = analysis.findings.iter().max_by_key(|f| f.start).unwrap();
    assert_eq!(last.entity_type, pii_core::EntityType::EMAIL_ADDRESS);
    assert!(last.start > image_text_ends && last.page.is_none(), "the annotation's e-mail comes after the scan's text: {last:?}");
    // A reading that claims one char too many shifts everything after it: redaction must notice,
    // not write the e-mail out in the clear.
    let mut off_by_one = analysis.readings.clone();
    off_by_one[0].chars += 1;
    let mut out = Vec::new();
    let shifted = pii_docs::redact(
        &Input::Memory(pdf.clone().into()),
        Format::Pdf,
        &analysis.findings,
        &off_by_one,
        &RedactionPolicy::default(),
        &common::keys(),
        &Limits::default(),
        &mut out,
        &mut |_| {},
    );
    let right = redact(&pdf, Format::Pdf, &analysis, &analysis.readings);
    assert!(!right.windows(8).any(|w| w == b"jane.roe"), "the annotation's e-mail survived");
    assert!(shifted.is_err() || out != right, "a shifted reading cannot give the same output");
}

/// A mark in a corner no word is near, so that the output says whether the reading was used.
fn with_corner_mark(readings: &[ImageReading], location: &str) -> Vec<ImageReading> {
    let mut r = readings.to_vec();
    r[0].location = location.to_owned();
    r[0].burn.push(BoundingBox { x: 1880, y: 0, width: 10, height: 10 });
    r
}

fn corner_luma(png: &[u8]) -> u8 {
    image::load_from_memory(png).unwrap().to_luma8().get_pixel(1885, 5).0[0]
}

#[test]
fn the_pixels_come_from_the_readings_not_from_a_second_ocr() {
    let png = scans::encode(&DynamicImage::ImageLuma8(page(PAGE)), ImageFormat::Png);
    let analysis = analyze(&png, Format::Png);
    let marked = with_corner_mark(&analysis.readings, "page 1");
    assert_eq!(corner_luma(&redact(&png, Format::Png, &analysis, &marked)), 0, "the reading's box was burned");
    assert!(corner_luma(&redact(&png, Format::Png, &analysis, &analysis.readings)) > 128, "the corner is paper");
}

#[test]
fn readings_for_another_image_are_not_used() {
    let png = scans::encode(&DynamicImage::ImageLuma8(page(PAGE)), ImageFormat::Png);
    let analysis = analyze(&png, Format::Png);
    let elsewhere = with_corner_mark(&analysis.readings, "page 2");
    let out = redact(&png, Format::Png, &analysis, &elsewhere);
    assert!(corner_luma(&out) > 128, "a reading naming another image was applied");
    assert!(out == redact(&png, Format::Png, &analysis, &[]), "the page was read again instead");
}
