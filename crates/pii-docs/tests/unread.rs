//! Text OCR cannot read with confidence is never passed as clean: a block turned a quarter turn
//! (Tesseract does not read it without orientation detection) and type too small to read are both
//! burned out of the pixels, and the image's note says regions were blanked; a page where OCR
//! reads nothing at all is blanked whole.
//!
//! Needs what `images.rs` needs (Tesseract with its English model, fonts-dejavu-core).
#![allow(clippy::unwrap_used, reason = "a test fails loudly")]

mod common;
#[path = "common/render.rs"]
mod render;
#[path = "common/scans.rs"]
mod scans;

use image::{DynamicImage, GrayImage, ImageFormat, Luma};
use pii_docs::{Format, ImageOutcome};

const PII_LINES: &[&str] = &["Patient: John Smith  SSN 123-45-6789", "Email jane.doe@example.com phone +1 415-555-0142"];
const PII: &[&str] = &["John Smith", "123-45-6789", "jane.doe@example.com", "415-555-0142"];
const PLAIN: &[&str] = &["Quarterly revenue report for the northern office", "Order 7731 shipped with payment terms net thirty days"];

/// A page of plain readable lines with `block` pasted at (`x`, `y`).
fn page_with(block: &GrayImage, x: i64, y: i64) -> GrayImage {
    let plain = render::scan(PLAIN, 1900);
    let mut page = GrayImage::from_pixel(2000, 2200, Luma([240]));
    image::imageops::replace(&mut page, &plain, 0, 0);
    image::imageops::replace(&mut page, block, x, y);
    page
}

/// Of the pixels inside `block` placed at (`x`, `y`) that were ink in the input, the share that the
/// output burned (pure black, which the renderer never draws: its darkest ink is 3). Speckles on
/// the paper count as ink too, so a block burned whole scores a little under 1.
fn burned_share(input: &GrayImage, output: &GrayImage, block: &GrayImage, x: u32, y: u32) -> f32 {
    let (mut ink, mut burned) = (0u32, 0u32);
    for by in 0..block.height() {
        for bx in 0..block.width() {
            let (px, py) = (x + bx, y + by);
            if input.get_pixel(px, py).0[0] < 120 {
                ink += 1;
                burned += u32::from(output.get_pixel(px, py).0[0] == 0);
            }
        }
    }
    assert!(ink > 200, "the block holds ink");
    burned as f32 / ink as f32
}

/// The independent OCR: the tesseract command on an image.
fn tesseract(img: &GrayImage) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("block.png");
    img.save(&path).unwrap();
    let out = std::process::Command::new("tesseract").arg(&path).arg("stdout").output().expect("the tesseract command (tests/setup.sh)");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn redact_png(page: &GrayImage) -> (pii_docs::Analysis, GrayImage) {
    let png = scans::encode(&DynamicImage::ImageLuma8(page.clone()), ImageFormat::Png);
    let (analysis, out) = common::roundtrip(&png, Format::Png);
    (analysis, image::load_from_memory(&out).unwrap().to_luma8())
}

#[test]
fn a_block_turned_a_quarter_turn_is_burned_not_passed() {
    let block = image::imageops::rotate90(&render::scan(PII_LINES, 1500));
    let page = page_with(&block, 100, 400);
    let (analysis, out) = redact_png(&page);
    if std::env::var_os("UNREAD_DUMP").is_some() {
        page.save("/tmp/unread-in.png").unwrap();
        out.save("/tmp/unread-out.png").unwrap();
    }
    assert!(matches!(analysis.images[0].outcome, ImageOutcome::PartlyBlanked { .. }), "{:?}", analysis.images);
    let share = burned_share(&page, &out, &block, 100, 400);
    // Not all: the block's paper carries scanner speckles, which count as ink here.
    assert!(share > 0.9, "only {:.1}% of the turned block's ink was burned", share * 100.0);
    // The independent OCR, given the block turned back upright, reads its values in the input and
    // none in the output.
    let upright =
        |img: &GrayImage| image::imageops::rotate270(&image::imageops::crop_imm(img, 100, 400, block.width(), block.height()).to_image());
    let before = tesseract(&upright(&page));
    let after = tesseract(&upright(&out));
    let read_before: Vec<&&str> = PII.iter().filter(|p| before.contains(**p)).collect();
    assert!(read_before.len() >= 3, "the turned block is readable upright: {before:?}");
    assert!(PII.iter().all(|p| !after.contains(p)), "a value is readable in the output: {after:?}");
    // The readable lines above stay readable: their first line's pixels are not burned.
    let plain = render::scan(&PLAIN[..1], 1900);
    assert!(burned_share(&page, &out, &plain, 0, 0) < 0.05, "the plain line was burned");
}

#[test]
fn type_too_small_to_read_is_burned_not_passed() {
    let full = render::scan(PII_LINES, 1900);
    // A quarter of the size: 11 px lines, about 3 pt at 260 dpi.
    let tiny = image::imageops::resize(&full, 475, full.height() / 4, image::imageops::FilterType::Triangle);
    let page = page_with(&tiny, 100, 1500);
    let (analysis, out) = redact_png(&page);
    assert!(analysis.images[0].outcome.blanked_any(), "{:?}", analysis.images);
    let share = burned_share(&page, &out, &tiny, 100, 1500);
    assert!(share > 0.95, "only {:.1}% of the tiny type's ink was burned", share * 100.0);
}
