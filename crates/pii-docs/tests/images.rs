//! Images and scanned PDFs: scans made here (text rendered with a real font at about 300 dpi, with
//! scanner noise), redacted by pii-docs, then read back by an independent OCR (the `tesseract`
//! command, and `pdftoppm` to rasterise PDFs): no PII value it could read in the input may be
//! readable in the output, most other words must be, no metadata may survive, and image content
//! never completes as if it had been read when it was not.
//!
//! Needs Debian's tesseract-ocr, tesseract-ocr-eng, poppler-utils and fonts-dejavu-core (installed
//! by `crates/pii-docs/tests/setup.sh`). Without them these tests fail, saying so; they never skip.
#![allow(clippy::unwrap_used, reason = "a test fails loudly")]

mod common;
#[path = "common/render.rs"]
mod render;
#[path = "common/scans.rs"]
mod scans;

use std::io::Cursor;
use std::path::Path;
use std::process::Command;

use image::{DynamicImage, GrayImage, ImageFormat, Luma};
use lopdf::{Document, Object, Stream, dictionary};
use pii_core::EntityType;
use pii_core::policy::{ImagePolicy, RedactionPolicy, UnreadableImages};
use pii_docs::{BlankReason, DocError, Format, ImageOutcome, Input, Limits};

/// The page of the issue, plus lines without PII.
const PAGE: &[&str] = &[
    "Patient: John Smith  SSN 123-45-6789",
    "Email jane.doe@example.com phone +1 415-555-0142",
    "Quarterly revenue report for the northern office",
    "Order 7731 shipped with payment terms net thirty days",
];
const PII: &[&str] = &["123-45-6789", "jane.doe@example.com", "415-555-0142"];
const OTHER: &[&str] = &[
    "Patient",
    "SSN",
    "Email",
    "phone",
    "Quarterly",
    "revenue",
    "report",
    "for",
    "the",
    "northern",
    "office",
    "Order",
    "7731",
    "shipped",
    "with",
    "payment",
    "terms",
    "net",
    "thirty",
    "days",
];

/// Renders `lines` as a scanned page (see `common/render.rs`).
fn scan(lines: &[&str]) -> GrayImage {
    render::scan(lines, 1900)
}

/// Noise with no text at all: blotches of dark pixels everywhere.
fn noise(w: u32, h: u32) -> GrayImage {
    let mut rng = 0x9e37_79b9_u64;
    GrayImage::from_fn(w, h, |_, _| {
        rng = rng.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        Luma([if (rng >> 40) % 100 < 35 { 20 } else { 235 }])
    })
}

/// The independent OCR: the tesseract command on a file.
fn tesseract(path: &Path) -> String {
    let out = Command::new("tesseract").arg(path).arg("stdout").output().unwrap_or_else(|_| {
        panic!("the tesseract command is missing: run crates/pii-docs/tests/setup.sh (Debian tesseract-ocr, tesseract-ocr-eng)")
    });
    assert!(out.status.success(), "tesseract failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn ocr_bytes(bytes: &[u8], ext: &str) -> String {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join(format!("page.{ext}"));
    std::fs::write(&p, bytes).unwrap();
    tesseract(&p)
}

/// Rasterises every page of a PDF with pdftoppm at 200 dpi and OCRs it.
fn ocr_pdf(bytes: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("doc.pdf");
    std::fs::write(&p, bytes).unwrap();
    let status = Command::new("pdftoppm")
        .args(["-r", "200", "-png"])
        .arg(&p)
        .arg(dir.path().join("pg"))
        .status()
        .unwrap_or_else(|_| panic!("pdftoppm is missing: run crates/pii-docs/tests/setup.sh (Debian poppler-utils)"));
    assert!(status.success(), "pdftoppm failed");
    let mut pages: Vec<_> =
        std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().path()).filter(|p| p.extension().is_some_and(|e| e == "png")).collect();
    pages.sort();
    assert!(!pages.is_empty(), "pdftoppm wrote no page");
    pages.iter().map(|p| tesseract(p)).collect::<Vec<_>>().join("\n")
}

/// The PII values the independent OCR reads in `before`, and how many of them it still reads in
/// `after`; and the share of the other words it still reads.
fn read_back(before: &str, after: &str) -> (usize, usize, f32) {
    let pii_in: Vec<&&str> = PII.iter().filter(|p| before.contains(**p)).collect();
    let pii_out = pii_in.iter().filter(|p| after.contains(**p)).count();
    let words_out: Vec<&str> = after.split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric())).collect();
    let lost: Vec<&&str> = OTHER.iter().filter(|w| !words_out.contains(w)).collect();
    if !lost.is_empty() {
        eprintln!("words the independent OCR no longer reads: {lost:?} in {after:?}");
    }
    let kept = OTHER.len() - lost.len();
    (pii_in.len(), pii_out, kept as f32 / OTHER.len() as f32)
}

fn policy(images: ImagePolicy) -> RedactionPolicy {
    RedactionPolicy { images, ..Default::default() }
}

fn analyze(bytes: &[u8], format: Format, policy: &RedactionPolicy) -> Result<pii_docs::Analysis, DocError> {
    let analyzer = common::engine().prepare(policy).unwrap();
    pii_docs::analyze(&Input::Memory(bytes.into()), format, &analyzer, &Limits::default(), &mut |_| {})
}

#[test]
fn a_png_scan_is_redacted_in_its_pixels_and_keeps_its_other_words() {
    let png = scans::encode(&DynamicImage::ImageLuma8(scan(PAGE)), ImageFormat::Png);
    assert_eq!(pii_docs::sniff("scan.png", &png).unwrap(), Format::Png);
    let before = ocr_bytes(&png, "png");
    let started = std::time::Instant::now();
    let (analysis, out) = common::roundtrip(&png, Format::Png);
    eprintln!("png page: analyse + redact (2 OCR runs) in {:.2} s", started.elapsed().as_secs_f32());
    assert!(analysis.findings.len() >= 3, "findings: {:?}", analysis.findings);
    assert!(matches!(analysis.images[0].outcome, ImageOutcome::Read { .. } | ImageOutcome::PartlyBlanked { .. }), "{:?}", analysis.images);
    assert_eq!(pii_docs::sniff("out.png", &out).unwrap(), Format::Png);
    let after = ocr_bytes(&out, "png");
    let (pii_in, pii_out, kept) = read_back(&before, &after);
    eprintln!("png: independent OCR read {pii_in} PII values before, {pii_out} after; {:.0}% of other words kept", kept * 100.0);
    assert!(pii_in >= 2, "the independent OCR should read the planted PII in the input");
    assert_eq!(pii_out, 0, "a PII value is still readable after redaction");
    assert!(kept >= 0.85, "only {:.0}% of the other words survive", kept * 100.0);
}

#[test]
fn an_image_without_pii_keeps_its_words_and_reports_a_clean_read() {
    let lines = &PAGE[2..];
    let png = scans::encode(&DynamicImage::ImageLuma8(scan(lines)), ImageFormat::Png);
    let (analysis, out) = common::roundtrip(&png, Format::Png);
    assert!(analysis.findings.is_empty(), "{:?}", analysis.findings);
    match analysis.images[0].outcome {
        ImageOutcome::Read { words, mean_confidence } => {
            assert!(words >= 15 && mean_confidence > 70.0, "{words} words at {mean_confidence}")
        }
        ref o => panic!("expected a clean read, got {o:?}"),
    }
    let after = ocr_bytes(&out, "png");
    let (_, _, kept) = read_back("", &after);
    // Only the words of lines 3 and 4 are on this page: 16 of the 20 "other" words.
    assert!(kept >= 0.7, "{:.0}% kept", kept * 100.0);
}

#[test]
fn jpeg_metadata_is_gone_after_redaction() {
    let img = DynamicImage::ImageLuma8(scan(&PAGE[..1]));
    let jpeg = scans::encode(&DynamicImage::ImageRgb8(img.to_rgb8()), ImageFormat::Jpeg);
    // An EXIF block with a GPS position and a camera owner, an XMP packet and a comment, after SOI.
    let mut exif = b"Exif\0\0MM\0*GPSLatitude 47.3769 N OwnerName Jane Roe".to_vec();
    let seg = |marker: u8, body: &mut Vec<u8>| {
        let mut s = vec![0xFF, marker];
        s.extend_from_slice(&u16::try_from(body.len() + 2).unwrap().to_be_bytes());
        s.append(body);
        s
    };
    let mut with_meta = jpeg[..2].to_vec();
    with_meta.extend(seg(0xE1, &mut exif));
    with_meta.extend(seg(0xE1, &mut b"http://ns.adobe.com/xap/1.0/\0<x:xmpmeta>Jane Roe</x:xmpmeta>".to_vec()));
    with_meta.extend(seg(0xFE, &mut b"scanned by Jane Roe".to_vec()));
    with_meta.extend_from_slice(&jpeg[2..]);
    assert_eq!(pii_docs::sniff("x.jpg", &with_meta).unwrap(), Format::Jpeg);
    let (_, out) = common::roundtrip(&with_meta, Format::Jpeg);
    let hay = String::from_utf8_lossy(&out);
    for needle in ["Exif", "GPS", "Jane Roe", "xmpmeta", "scanned by"] {
        assert!(!hay.contains(needle), "{needle:?} survived in the redacted JPEG");
    }
    assert!(!ocr_bytes(&out, "jpg").contains("123-45-6789"));
}

#[test]
fn every_page_of_a_tiff_is_read_and_redacted() {
    let pages = [scan(&PAGE[2..]), scan(&PAGE[..2])];
    let mut buf = Cursor::new(Vec::new());
    {
        let mut enc = tiff::encoder::TiffEncoder::new(&mut buf).unwrap();
        for p in &pages {
            enc.write_image::<tiff::encoder::colortype::Gray8>(p.width(), p.height(), p.as_raw()).unwrap();
        }
    }
    let tif = buf.into_inner();
    assert_eq!(pii_docs::sniff("x.tif", &tif).unwrap(), Format::Tiff);
    let before = ocr_bytes(&tif, "tif");
    let (analysis, out) = common::roundtrip(&tif, Format::Tiff);
    assert_eq!(analysis.images.len(), 2);
    assert_eq!(analysis.images[1].location, "page 2");
    let after = ocr_bytes(&out, "tif");
    let (pii_in, pii_out, kept) = read_back(&before, &after);
    eprintln!("tiff: {pii_in} PII values read before, {pii_out} after; {:.0}% of other words kept", kept * 100.0);
    assert!(pii_in >= 2 && pii_out == 0);
    assert!(kept >= 0.85, "{:.0}% kept", kept * 100.0);
    // Two pages in the output too.
    let mut dec = tiff::decoder::Decoder::new(Cursor::new(&out)).unwrap();
    assert!(dec.more_images());
    dec.next_image().unwrap();
    assert!(!dec.more_images());
}

#[test]
fn findings_read_from_a_scan_carry_their_page_and_the_box_of_their_words() {
    // Page 1 holds no PII, page 2 the patient line (first) and the e-mail line (second).
    let pages = [scan(&PAGE[2..]), scan(&PAGE[..2])];
    let mut buf = Cursor::new(Vec::new());
    {
        let mut enc = tiff::encoder::TiffEncoder::new(&mut buf).unwrap();
        for p in &pages {
            enc.write_image::<tiff::encoder::colortype::Gray8>(p.width(), p.height(), p.as_raw()).unwrap();
        }
    }
    let analysis = analyze(&buf.into_inner(), Format::Tiff, &RedactionPolicy::default()).unwrap();
    let (w, h) = pages[1].dimensions();
    let find = |t: &EntityType| {
        analysis.findings.iter().find(|f| &f.entity_type == t).unwrap_or_else(|| panic!("no {t:?}: {:?}", analysis.findings))
    };
    for f in &analysis.findings {
        assert_eq!(f.page, Some(2), "{f:?}");
        let b = f.bbox.unwrap_or_else(|| panic!("no box: {f:?}"));
        assert!(b.width > 0 && b.height > 0 && b.x + b.width <= w && b.y + b.height <= h, "{f:?}");
    }
    // The SSN ends the first line, right of the name; the e-mail address is on the line below it.
    let ssn = find(&EntityType::US_SSN).bbox.unwrap();
    let mail = find(&EntityType::EMAIL_ADDRESS).bbox.unwrap();
    assert!(ssn.x > w / 4 && ssn.height < 100, "{ssn:?}");
    assert!(mail.y >= ssn.y + ssn.height, "{mail:?} is not below {ssn:?}");
    // Text that was not read from a picture has neither.
    let text = analyze(b"SSN 123-45-6789", Format::Text, &RedactionPolicy::default()).unwrap();
    assert!(text.findings.iter().all(|f| f.page.is_none() && f.bbox.is_none()), "{:?}", text.findings);
}

/// A PDF of `pages`, each a full-page JPEG image (DCTDecode) and no text layer.
#[test]
fn a_scanned_pdf_page_is_redacted_in_its_pixels() {
    let pdf = scans::scanned_pdf(&[scan(&PAGE[2..]), scan(PAGE)]);
    let before = ocr_pdf(&pdf);
    let (analysis, out) = common::roundtrip(&pdf, Format::Pdf);
    assert_eq!(analysis.images.len(), 2, "{:?}", analysis.images);
    assert!(analysis.images[1].location.starts_with("page 2"), "{:?}", analysis.images[1]);
    let after = ocr_pdf(&out);
    let (pii_in, pii_out, kept) = read_back(&before, &after);
    eprintln!("scanned pdf: {pii_in} PII values read before, {pii_out} after; {:.0}% of other words kept", kept * 100.0);
    assert!(pii_in >= 2, "the independent OCR should read the planted PII in the input");
    assert_eq!(pii_out, 0, "a PII value is still readable in the redacted PDF");
    assert!(kept >= 0.85, "{:.0}% kept", kept * 100.0);
}

#[test]
fn images_fail_ends_with_an_error_naming_the_page() {
    let pdf = scans::scanned_pdf(&[scan(&PAGE[2..]), scan(PAGE)]);
    let err = analyze(&pdf, Format::Pdf, &policy(ImagePolicy::Fail)).unwrap_err();
    assert!(matches!(err, DocError::ImageContent(_)), "{err}");
    assert!(err.to_string().contains("page 1"), "{err}");
    let png = scans::encode(&DynamicImage::ImageLuma8(scan(PAGE)), ImageFormat::Png);
    let err = analyze(&png, Format::Png, &policy(ImagePolicy::Fail)).unwrap_err();
    assert!(err.to_string().contains("page 1"), "{err}");
}

#[test]
fn images_remove_blanks_and_images_keep_keeps_with_a_note() {
    let img = DynamicImage::ImageLuma8(scan(PAGE));
    let png = scans::encode(&img, ImageFormat::Png);
    let (analysis, out) = common::roundtrip_with(&png, Format::Png, &policy(ImagePolicy::Remove), &Limits::default());
    assert!(analysis.findings.is_empty());
    assert_eq!(analysis.images[0].outcome, ImageOutcome::Blanked(BlankReason::Policy));
    let blank = image::load_from_memory(&out).unwrap().to_luma8();
    assert!(blank.pixels().all(|p| p.0[0] == 255), "remove leaves a blank image");
    let (analysis, out) = common::roundtrip_with(&png, Format::Png, &policy(ImagePolicy::Keep), &Limits::default());
    assert_eq!(analysis.images[0].outcome, ImageOutcome::KeptUnread);
    assert_eq!(image::load_from_memory(&out).unwrap().to_luma8(), img.to_luma8(), "keep keeps the pixels");
}

#[test]
fn unreadable_content_is_never_clean() {
    let png = scans::encode(&DynamicImage::ImageLuma8(noise(600, 400)), ImageFormat::Png);
    let (analysis, out) = common::roundtrip(&png, Format::Png);
    assert!(
        matches!(analysis.images[0].outcome, ImageOutcome::Blanked(BlankReason::Unreadable) | ImageOutcome::PartlyBlanked { .. }),
        "{:?}",
        analysis.images
    );
    let after = image::load_from_memory(&out).unwrap().to_luma8();
    let untouched = after.pixels().zip(noise(600, 400).pixels()).filter(|(a, b)| a == b).count();
    assert!(untouched < 600 * 400 / 10, "the unreadable image went out mostly as it was");
    // Under unreadable_images: fail the job ends naming the page.
    let strict = RedactionPolicy { unreadable_images: UnreadableImages::Fail, ..Default::default() };
    let err = analyze(&png, Format::Png, &strict).unwrap_err();
    assert!(matches!(err, DocError::ImageContent(_)) && err.to_string().contains("page 1"), "{err}");
}

#[test]
fn a_pdf_image_that_cannot_be_decoded_is_blanked_or_refused() {
    let mut pdf = Document::load_mem(&scans::scanned_pdf(&[scan(PAGE)])).unwrap();
    for o in pdf.objects.values_mut() {
        if let Object::Stream(st) = o
            && st.dict.get(b"Subtype").ok().and_then(|v| v.as_name().ok()) == Some(b"Image")
        {
            st.dict.set("Filter", "JBIG2Decode");
        }
    }
    let mut bytes = Vec::new();
    pdf.save_to(&mut bytes).unwrap();
    let (analysis, out) = common::roundtrip(&bytes, Format::Pdf);
    assert_eq!(analysis.images[0].outcome, ImageOutcome::Blanked(BlankReason::Undecodable));
    let doc = Document::load_mem(&out).unwrap();
    let img = doc
        .objects
        .values()
        .find_map(|o| o.as_stream().ok().filter(|s| s.dict.get(b"Subtype").ok().and_then(|v| v.as_name().ok()) == Some(b"Image")))
        .unwrap();
    assert_eq!(img.dict.get(b"Width").unwrap().as_i64().unwrap(), 1, "the undecodable image is replaced by a blank");
    let strict = RedactionPolicy { unreadable_images: UnreadableImages::Fail, ..Default::default() };
    let err = analyze(&bytes, Format::Pdf, &strict).unwrap_err();
    assert!(err.to_string().contains("page 1"), "{err}");
}

#[test]
fn an_image_larger_than_the_pixel_limit_is_refused_before_decoding() {
    // A PNG header claiming 100000 × 100000 pixels, with no pixel data behind it.
    let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    let ihdr = [&100_000u32.to_be_bytes()[..], &100_000u32.to_be_bytes()[..], &[8, 0, 0, 0, 0]].concat();
    let crc = crc32(&[&b"IHDR"[..], &ihdr].concat());
    png.extend_from_slice(&ihdr);
    png.extend_from_slice(&crc.to_be_bytes());
    // An empty IDAT (the header reader stops at the first one) and the end.
    for (name, body) in [(&b"IDAT"[..], &[][..]), (&b"IEND"[..], &[][..])] {
        png.extend_from_slice(&0u32.to_be_bytes());
        png.extend_from_slice(name);
        png.extend_from_slice(&crc32(&[name, body].concat()).to_be_bytes());
    }
    let err = analyze(&png, Format::Png, &RedactionPolicy::default()).unwrap_err();
    assert!(matches!(err, DocError::TooLarge(_)), "{err}");
}

#[test]
fn image_formats_are_sniffed_from_their_magic_bytes() {
    let img = DynamicImage::ImageLuma8(GrayImage::from_pixel(8, 8, Luma([200])));
    for (fmt, want) in [
        (ImageFormat::Png, Format::Png),
        (ImageFormat::Jpeg, Format::Jpeg),
        (ImageFormat::Tiff, Format::Tiff),
        (ImageFormat::Bmp, Format::Bmp),
        (ImageFormat::Gif, Format::Gif),
    ] {
        let bytes = scans::encode(&DynamicImage::ImageRgb8(img.to_rgb8()), fmt);
        assert_eq!(pii_docs::sniff("noname", &bytes).unwrap(), want);
    }
    let webp = scans::encode(&DynamicImage::ImageRgba8(img.to_rgba8()), ImageFormat::WebP);
    assert_eq!(pii_docs::sniff("noname", &webp).unwrap(), Format::Webp);
    // Text that starts with "BM" stays text.
    assert_eq!(pii_docs::sniff("notes.txt", b"BMW service notes for the fleet").unwrap(), Format::Text);
}

#[test]
fn bmp_webp_and_gif_scans_are_redacted_in_their_own_format() {
    let img = DynamicImage::ImageLuma8(scan(&PAGE[..2]));
    for (fmt, format, ext) in
        [(ImageFormat::Bmp, Format::Bmp, "bmp"), (ImageFormat::WebP, Format::Webp, "webp"), (ImageFormat::Gif, Format::Gif, "gif")]
    {
        let src = if fmt == ImageFormat::WebP { DynamicImage::ImageRgba8(img.to_rgba8()) } else { DynamicImage::ImageRgb8(img.to_rgb8()) };
        let bytes = scans::encode(&src, fmt);
        let (analysis, out) = common::roundtrip(&bytes, format);
        assert!(!analysis.findings.is_empty(), "{ext}: no findings");
        assert_eq!(pii_docs::sniff("out", &out).unwrap(), format, "{ext}: written in another format");
        // tesseract reads PNG; the output is converted for it by the image crate.
        let png = scans::encode(&image::load_from_memory(&out).unwrap(), ImageFormat::Png);
        let after = ocr_bytes(&png, "png");
        for p in PII {
            assert!(!after.contains(p), "{ext}: PII value still readable");
        }
    }
}

fn crc32(data: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for &b in data {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 != 0 { (crc >> 1) ^ 0xEDB8_8320 } else { crc >> 1 };
        }
    }
    !crc
}

#[test]
#[ignore = "a probe: prints the OCR text of the test page"]
fn probe_print_extracted_text() {
    let png = scans::encode(&DynamicImage::ImageLuma8(scan(PAGE)), ImageFormat::Png);
    let mut out = Vec::new();
    pii_docs::extract_text(&Input::Memory(png.into()), Format::Png, &Limits::default(), &mut out, &mut |_| {}).unwrap();
    eprintln!("{}", String::from_utf8_lossy(&out));
}

#[test]
fn an_image_embedded_in_a_docx_is_read_and_redacted() {
    use std::io::{Read, Write};
    let png = scans::encode(&DynamicImage::ImageLuma8(scan(PAGE)), ImageFormat::Png);
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default();
    zip.start_file("[Content_Types].xml", opts).unwrap();
    zip.write_all(br#"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="png" ContentType="image/png"/></Types>"#).unwrap();
    zip.start_file("word/document.xml", opts).unwrap();
    zip.write_all(br#"<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>See the attached scan.</w:t></w:r></w:p></w:body></w:document>"#).unwrap();
    zip.start_file("word/media/image1.png", opts).unwrap();
    zip.write_all(&png).unwrap();
    let docx = zip.finish().unwrap().into_inner();
    let (analysis, out) = common::roundtrip(&docx, Format::Docx);
    assert_eq!(analysis.images.len(), 1);
    assert!(analysis.images[0].location.starts_with("word/media/image1.png"), "{:?}", analysis.images);
    let mut archive = zip::ZipArchive::new(Cursor::new(out)).unwrap();
    let mut media = Vec::new();
    archive.by_name("word/media/image1.png").unwrap().read_to_end(&mut media).unwrap();
    let after = ocr_bytes(&media, "png");
    for p in PII {
        assert!(!after.contains(p), "PII value still readable in the DOCX's image");
    }
    let err = analyze(&docx, Format::Docx, &policy(ImagePolicy::Fail)).unwrap_err();
    assert!(err.to_string().contains("word/media/image1.png"), "{err}");
}

/// Figures for BENCHMARKS.md: a full A4 page at 300 dpi (2480 × 3508, 40 lines), analysed (one
/// OCR run) three times. Run alone with `--ignored --nocapture`, under `/usr/bin/time -v` for the CPU
/// time and peak memory; the pixel loops of pii-docs are unoptimised in a debug build.
#[test]
#[ignore = "a measurement, not a check"]
fn measure_ocr_of_a_full_page() {
    let lines: Vec<&str> = PAGE.iter().copied().cycle().take(40).collect();
    let small = scan(&lines);
    let mut page = GrayImage::from_pixel(2480, 3508, Luma([240]));
    image::imageops::replace(&mut page, &small, 150, 150);
    let png = scans::encode(&DynamicImage::ImageLuma8(page), ImageFormat::Png);
    let started = std::time::Instant::now();
    for _ in 0..3 {
        let a = analyze(&png, Format::Png, &RedactionPolicy::default()).unwrap();
        assert!(a.findings.len() >= 20);
    }
    let per_page = started.elapsed().as_secs_f32() / 3.0;
    eprintln!("full A4 page at 300 dpi: {per_page:.2} s a page (wall), {:.2} pages/s", 1.0 / per_page);
    // The same page through the tesseract command alone, for comparison.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("page.png");
    std::fs::write(&path, &png).unwrap();
    let started = std::time::Instant::now();
    tesseract(&path);
    eprintln!("the tesseract command on the same page: {:.2} s (wall)", started.elapsed().as_secs_f32());
}

/// `img` turned by `degrees` about its centre (nearest pixel), the uncovered corners paper-white.
fn rotate(img: &GrayImage, degrees: f32) -> GrayImage {
    let (w, h) = img.dimensions();
    let (s, c) = degrees.to_radians().sin_cos();
    let (cx, cy) = (w as f32 / 2.0, h as f32 / 2.0);
    GrayImage::from_fn(w, h, |x, y| {
        let (dx, dy) = (x as f32 - cx, y as f32 - cy);
        let (sx, sy) = (c * dx + s * dy + cx, -s * dx + c * dy + cy);
        if sx >= 0.0 && sy >= 0.0 && (sx as u32) < w && (sy as u32) < h { *img.get_pixel(sx as u32, sy as u32) } else { Luma([240]) }
    })
}

#[test]
fn a_slightly_rotated_jpeg_scan_is_redacted() {
    let jpeg = scans::encode(&DynamicImage::ImageLuma8(rotate(&scan(PAGE), 0.8)), ImageFormat::Jpeg);
    let before = ocr_bytes(&jpeg, "jpg");
    let (_, out) = common::roundtrip(&jpeg, Format::Jpeg);
    let after = ocr_bytes(&out, "jpg");
    let (pii_in, pii_out, kept) = read_back(&before, &after);
    eprintln!("rotated jpeg: {pii_in} PII values read before, {pii_out} after; {:.0}% of other words kept", kept * 100.0);
    assert!(pii_in >= 2 && pii_out == 0);
    assert!(kept >= 0.85, "{:.0}% kept", kept * 100.0);
}

#[test]
fn a_photographed_id_pasted_into_a_text_pdf_is_redacted_in_both_layers() {
    let id = scan(&PAGE[..2]);
    let jpeg = scans::encode(&DynamicImage::ImageLuma8(id.clone()), ImageFormat::Jpeg);
    let mut doc = Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let font = doc.add_object(dictionary! { "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica" });
    let image = doc.add_object(Stream::new(
        dictionary! { "Type" => "XObject", "Subtype" => "Image", "Width" => id.width() as i64, "Height" => id.height() as i64,
        "ColorSpace" => "DeviceGray", "BitsPerComponent" => 8, "Filter" => "DCTDecode" },
        jpeg,
    ));
    let content =
        b"BT /F1 14 Tf 72 760 Td (Quarterly revenue report, contact jane.roe@example.org) Tj ET q 468 0 0 103 72 500 cm /Im0 Do Q".to_vec();
    let content = doc.add_object(Stream::new(dictionary! {}, content));
    let page = doc.add_object(dictionary! { "Type" => "Page", "Parent" => pages_id, "MediaBox" => vec![0.into(), 0.into(), 612.into(), 792.into()],
        "Contents" => content, "Resources" => dictionary! { "Font" => dictionary! { "F1" => font }, "XObject" => dictionary! { "Im0" => image } } });
    doc.objects.insert(pages_id, Object::Dictionary(dictionary! { "Type" => "Pages", "Kids" => vec![page.into()], "Count" => 1 }));
    let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", catalog);
    let mut pdf = Vec::new();
    doc.save_to(&mut pdf).unwrap();
    let (analysis, out) = common::roundtrip(&pdf, Format::Pdf);
    assert_eq!(analysis.images.len(), 1, "{:?}", analysis.images);
    let after = ocr_pdf(&out);
    for p in PII.iter().chain(&["jane.roe@example.org"]) {
        assert!(!after.contains(p), "{p} is still readable in the PDF: {after:?}");
    }
    assert!(after.contains("Quarterly"), "the text layer's other words are kept: {after:?}");
}
