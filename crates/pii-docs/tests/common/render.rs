//! Renders lines of text as a scanned page: a real TrueType font (DejaVu Sans, from Debian's
//! `fonts-dejavu-core`, installed by `tests/setup.sh`) at about 260 dpi, with deterministic scanner
//! noise. Shared by the image tests and the OCR benchmark (`examples/ocr_bench.rs`), so that the
//! pages the benchmark times are the pages the tests check.

use ab_glyph::{Font, FontVec, PxScale, ScaleFont};
use image::{GrayImage, Luma};

const FONT: &str = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

pub fn font() -> FontVec {
    let bytes = std::fs::read(FONT).unwrap_or_else(|_| panic!("{FONT} is missing: run crates/pii-docs/tests/setup.sh (fonts-dejavu-core)"));
    FontVec::try_from_vec(bytes).expect("a TrueType font")
}

/// Renders `lines` black on white at 44 px a line (12 pt at about 260 dpi) on a page `width` pixels
/// wide, with deterministic scanner noise: paper grain of ±12 levels and 0.2% dark speckles.
pub fn scan(lines: &[&str], width: u32) -> GrayImage {
    let font = font();
    let scale = PxScale::from(44.0);
    let sf = font.as_scaled(scale);
    let line_h = (sf.height() * 1.6).ceil() as u32;
    let height = line_h * lines.len() as u32 + 160;
    let mut ink = vec![0f32; (width * height) as usize];
    for (i, line) in lines.iter().enumerate() {
        let mut x = 80.0f32;
        let baseline = 80.0 + sf.ascent() + (i as u32 * line_h) as f32;
        let mut prev = None;
        for c in line.chars() {
            let id = font.glyph_id(c);
            if let Some(p) = prev {
                x += sf.kern(p, id);
            }
            let glyph = id.with_scale_and_position(scale, ab_glyph::point(x, baseline));
            if let Some(outline) = font.outline_glyph(glyph) {
                let b = outline.px_bounds();
                outline.draw(|gx, gy, c| {
                    let (px, py) = (b.min.x as i32 + gx as i32, b.min.y as i32 + gy as i32);
                    if px >= 0 && py >= 0 && (px as u32) < width && (py as u32) < height {
                        let k = (py as u32 * width + px as u32) as usize;
                        ink[k] = ink[k].max(c);
                    }
                });
            }
            x += sf.h_advance(id);
            prev = Some(id);
        }
    }
    let mut rng = 0x2545_f491_u64;
    GrayImage::from_fn(width, height, |x, y| {
        rng = rng.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        let r = (rng >> 33) as u32;
        let grain = (r % 25) as f32 - 12.0;
        let speckle = r % 1000 < 2;
        let v = 240.0 - ink[(y * width + x) as usize] * 225.0 + grain;
        Luma([if speckle { 40 } else { v.clamp(0.0, 255.0) as u8 }])
    })
}
