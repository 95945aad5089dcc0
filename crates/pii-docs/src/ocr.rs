//! OCR with Tesseract: the words of a grayscale raster with their pixel boxes and confidences, in
//! reading order, grouped in lines; and the inked regions of the raster that no confident word
//! covers (content OCR did not read).
//!
//! Tesseract is deterministic for the same pixels and settings, which is what lets [`crate::redact`]
//! re-run it and land on the offsets [`crate::analyze`] reported. One engine is kept per thread
//! (loading the English model costs about 0.1 s); the call is synchronous, like the rest of the
//! document layer. The model comes from the system's tessdata folder (Debian `tesseract-ocr-eng`),
//! or from `TESSDATA_PREFIX`.

use std::cell::RefCell;
use std::time::{Duration, Instant};

use image::GrayImage;
use leptess::tesseract::TessApi;

use crate::DocError;

/// Words read below this confidence (0–100) do not count as read: their ink is unread content.
pub(crate) const MIN_WORD_CONFIDENCE: f32 = 45.0;
/// Side of the square tiles in which ink is counted, in pixels.
const TILE: u32 = 24;
/// A tile holds ink when at least this share of its pixels differs from the background (scanner
/// speckle stays below it; a stroke of text does not).
const INK_SHARE: f32 = 0.03;
/// A pixel is ink when its luma differs from the page's background by more than this.
const INK_DELTA: i16 = 80;

/// A pixel rectangle, `x0..x1` × `y0..y1` (exclusive ends).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Rect {
    pub x0: u32,
    pub y0: u32,
    pub x1: u32,
    pub y1: u32,
}

impl Rect {
    fn intersects(&self, o: &Rect) -> bool {
        self.x0 < o.x1 && o.x0 < self.x1 && self.y0 < o.y1 && o.y0 < self.y1
    }

    /// Grown by `m` pixels on every side, clipped to `w` × `h`.
    pub fn grown(&self, m: u32, w: u32, h: u32) -> Rect {
        Rect { x0: self.x0.saturating_sub(m), y0: self.y0.saturating_sub(m), x1: (self.x1 + m).min(w), y1: (self.y1 + m).min(h) }
    }
}

#[derive(Debug, Clone)]
pub(crate) struct Word {
    pub text: String,
    /// Tesseract's confidence, 0–100.
    pub conf: f32,
    pub rect: Rect,
}

/// What OCR made of one raster.
#[derive(Debug, Default)]
pub(crate) struct Page {
    /// Lines in reading order, each a non-empty list of words in reading order.
    pub lines: Vec<Vec<Word>>,
    /// Inked tiles that no confidently read word covers, merged per tile row.
    pub unread: Vec<Rect>,
    /// Inked tiles in all, and how many of them are unread.
    pub inked_tiles: u32,
    pub unread_tiles: u32,
}

impl Page {
    pub fn words(&self) -> usize {
        self.lines.iter().map(Vec::len).sum()
    }

    /// Mean confidence of the words read (0 when none).
    pub fn mean_confidence(&self) -> f32 {
        let n = self.words();
        if n == 0 {
            return 0.0;
        }
        self.lines.iter().flatten().map(|w| w.conf).sum::<f32>() / n as f32
    }
}

thread_local! {
    static ENGINE: RefCell<Option<TessApi>> = const { RefCell::new(None) };
}

/// Reads `img`. `budget` bounds the time one page may take: Tesseract cannot be interrupted, so a
/// page that overruns fails the document once it returns (and the pixel limit, checked before
/// decoding, is what keeps a page from running for long).
///
/// # Errors
/// `DocError::Unsupported` when Tesseract or its English model is missing, `DocError::TooLarge`
/// past the budget.
pub(crate) fn read(img: &GrayImage, budget: Duration, what: &str) -> Result<Page, DocError> {
    let (w, h) = img.dimensions();
    if w < 3 || h < 3 {
        return Ok(Page::default());
    }
    let started = Instant::now();
    let background = background_luma(img);
    let img = &despeckle(img, background);
    let tsv = ENGINE.with(|cell| -> Result<String, DocError> {
        let mut slot = cell.borrow_mut();
        if slot.is_none() {
            let api = TessApi::new(None, "eng").map_err(|e| {
                DocError::Unsupported(format!("OCR is not available (Tesseract with the English model, tesseract-ocr-eng): {e}"))
            })?;
            *slot = Some(api);
        }
        let Some(api) = slot.as_mut() else { return Err(DocError::Unsupported("OCR is not available".into())) };
        let width = i32::try_from(w).map_err(|_| DocError::TooLarge(format!("{what} is too wide")))?;
        let height = i32::try_from(h).map_err(|_| DocError::TooLarge(format!("{what} is too tall")))?;
        api.raw
            .set_image(img.as_raw(), width, height, 1, width)
            .map_err(|e| DocError::Corrupt(format!("{what}: the raster does not fit its size ({e:?})")))?;
        // Scans are 200–300 dpi; saying so spares Tesseract its guess (and its warning).
        api.raw.set_source_resolution(300);
        api.raw.recognize().map_err(|_| DocError::Corrupt(format!("{what}: OCR failed on this image")))?;
        let text = api.raw.get_tsv_text(0).map_err(|_| DocError::Corrupt(format!("{what}: OCR returned no result")))?;
        Ok(text.as_ref().to_string_lossy().into_owned())
    })?;
    let spent = started.elapsed();
    if spent > budget {
        return Err(DocError::TooLarge(format!(
            "{what}: OCR took {:.1} s, over the page budget of {:.1} s",
            spent.as_secs_f32(),
            budget.as_secs_f32()
        )));
    }
    let lines = parse_tsv(&tsv, w, h);
    let mut page = Page { lines, ..Page::default() };
    unread_ink(img, background, &mut page);
    Ok(page)
}

/// The raster without isolated ink pixels (scanner speckle, which Tesseract reads as punctuation):
/// an ink pixel none of whose eight neighbours is ink takes the background's value.
fn despeckle(img: &GrayImage, background: i16) -> GrayImage {
    let (w, h) = img.dimensions();
    let is_ink = |x: u32, y: u32| (i16::from(img.get_pixel(x, y).0[0]) - background).abs() > INK_DELTA;
    let bg = image::Luma([background.clamp(0, 255) as u8]);
    GrayImage::from_fn(w, h, |x, y| {
        let p = *img.get_pixel(x, y);
        if !is_ink(x, y) {
            return p;
        }
        let lonely = (y.saturating_sub(1)..(y + 2).min(h))
            .flat_map(|ny| (x.saturating_sub(1)..(x + 2).min(w)).map(move |nx| (nx, ny)))
            .all(|(nx, ny)| (nx, ny) == (x, y) || !is_ink(nx, ny));
        if lonely { bg } else { p }
    })
}

/// Tesseract's TSV: `level page block par line word left top width height conf text`; level 5 rows
/// are words, and (block, par, line) names the line a word belongs to.
fn parse_tsv(tsv: &str, w: u32, h: u32) -> Vec<Vec<Word>> {
    let mut lines: Vec<Vec<Word>> = Vec::new();
    let mut current: Option<(u32, u32, u32)> = None;
    for row in tsv.lines() {
        let cols: Vec<&str> = row.splitn(12, '\t').collect();
        if cols.len() < 12 || cols[0] != "5" {
            continue;
        }
        let n = |i: usize| cols[i].trim().parse::<u32>().unwrap_or(0);
        let text = cols[11].trim();
        if text.is_empty() {
            continue;
        }
        let conf = cols[10].trim().parse::<f32>().unwrap_or(0.0).clamp(0.0, 100.0);
        let (x, y) = (n(6).min(w), n(7).min(h));
        let rect = Rect { x0: x, y0: y, x1: (x + n(8)).min(w), y1: (y + n(9)).min(h) };
        let key = (n(2), n(3), n(4));
        if current != Some(key) || lines.is_empty() {
            lines.push(Vec::new());
            current = Some(key);
        }
        if let Some(line) = lines.last_mut() {
            line.push(Word { text: text.to_owned(), conf, rect });
        }
    }
    lines.retain(|l| !l.is_empty());
    lines
}

/// Finds the inked tiles of the raster that no confident word covers (a word's box grown by a
/// third of its height, so that ascenders, descenders and the ink of the box's neighbourhood count).
fn unread_ink(img: &GrayImage, background: i16, page: &mut Page) {
    let (w, h) = img.dimensions();
    let covered: Vec<Rect> = page
        .lines
        .iter()
        .flatten()
        .filter(|wd| wd.conf >= MIN_WORD_CONFIDENCE)
        .map(|wd| wd.rect.grown((wd.rect.y1 - wd.rect.y0) / 3 + 2, w, h))
        .collect();
    let (cols, rows) = (w.div_ceil(TILE), h.div_ceil(TILE));
    for ty in 0..rows {
        let mut run: Option<Rect> = None;
        for tx in 0..cols {
            let tile = Rect { x0: tx * TILE, y0: ty * TILE, x1: ((tx + 1) * TILE).min(w), y1: ((ty + 1) * TILE).min(h) };
            let mut ink = 0u32;
            for y in tile.y0..tile.y1 {
                for x in tile.x0..tile.x1 {
                    if (i16::from(img.get_pixel(x, y).0[0]) - background).abs() > INK_DELTA {
                        ink += 1;
                    }
                }
            }
            let area = (tile.x1 - tile.x0) * (tile.y1 - tile.y0);
            let inked = area > 0 && ink as f32 >= INK_SHARE * area as f32;
            let unread = inked && !covered.iter().any(|c| c.intersects(&tile));
            page.inked_tiles += u32::from(inked);
            page.unread_tiles += u32::from(unread);
            run = match (run, unread) {
                (Some(r), true) => Some(Rect { x1: tile.x1, ..r }),
                (None, true) => Some(tile),
                (Some(r), false) => {
                    page.unread.push(r);
                    None
                }
                (None, false) => None,
            };
        }
        if let Some(r) = run {
            page.unread.push(r);
        }
    }
}

/// The most common luma (the paper), from a histogram.
fn background_luma(img: &GrayImage) -> i16 {
    let mut hist = [0u64; 256];
    for p in img.pixels() {
        hist[usize::from(p.0[0])] += 1;
    }
    // Smoothed over ±4 levels so that noise around the paper's level does not split its peak.
    let smooth = |i: usize| -> u64 { hist[i.saturating_sub(4)..(i + 5).min(256)].iter().sum() };
    (0..256).max_by_key(|&i| (smooth(i), std::cmp::Reverse(i))).map_or(255, |i| i as i16)
}
