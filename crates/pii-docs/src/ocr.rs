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
/// A line of words counts as read when their mean confidence reaches this.
const MIN_LINE_CONFIDENCE: f32 = 60.0;
/// A word on a line too short to judge counts as read at this confidence (and 3+ letters or digits).
const MIN_LONE_WORD_CONFIDENCE: f32 = 80.0;
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
/// are words, and (block, par, line) names the line a word belongs to. Words read in the wrong
/// orientation or in fragments lose their confidence (see [`distrust_unread`]).
fn parse_tsv(tsv: &str, w: u32, h: u32) -> Vec<Vec<Word>> {
    let mut lines: Vec<(u32, Vec<Word>)> = Vec::new();
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
            lines.push((key.0, Vec::new()));
            current = Some(key);
        }
        if let Some((_, line)) = lines.last_mut() {
            line.push(Word { text: text.to_owned(), conf, rect });
        }
    }
    distrust_unread(&mut lines);
    lines.into_iter().map(|(_, l)| l).filter(|l| !l.is_empty()).collect()
}

/// Whether a word's box has the shape of a word set across the page. Text turned a quarter turn
/// comes back from Tesseract as "words" taller than wide, often with a fair confidence, though their
/// letters are nonsense; the ink under them was not read. A horizontal word of four or more
/// characters is never taller than wide, nor one of two or three half as tall again as wide (`ill`
/// is about 0.8 as wide as tall). Single characters (`l`, `1`, `|`) say nothing.
fn misoriented(word: &Word) -> bool {
    let chars = word.text.chars().count();
    let (w, h) = (word.rect.x1.saturating_sub(word.rect.x0), word.rect.y1.saturating_sub(word.rect.y0));
    (chars >= 4 && h > w) || (chars >= 2 && 2 * h > 3 * w)
}

/// Takes the confidence from words that were not really read, so that their ink counts as unread
/// (and is burned) instead of as checked:
/// - words read in the wrong orientation ([`misoriented`]); when at least a third of a block's
///   words are, the block was read across text running the other way, and none of its words is
///   trusted (a turned block also yields short "words" of plausible shape);
/// - fragments: text Tesseract cannot follow (turned, tiny, handwritten) comes back as lines of one
///   or two short tokens, some with a high confidence (`+` 97, `Ul` 87 on a turned block). A word
///   counts only on a line of three or more words whose mean confidence is at least
///   [`MIN_LINE_CONFIDENCE`], or when it is itself a confident word of three or more letters or
///   digits (a lone `Total`, a surname, a date on its own line).
fn distrust_unread(lines: &mut [(u32, Vec<Word>)]) {
    let mut blocks: std::collections::HashMap<u32, (usize, usize)> = std::collections::HashMap::new();
    for (block, line) in lines.iter() {
        let e = blocks.entry(*block).or_default();
        e.0 += line.len();
        e.1 += line.iter().filter(|w| misoriented(w)).count();
    }
    for (block, line) in lines.iter_mut() {
        let (words, turned) = blocks.get(block).copied().unwrap_or_default();
        let whole_block = turned > 0 && turned * 3 >= words;
        let line_read = line.len() >= 3 && line.iter().map(|w| w.conf).sum::<f32>() >= MIN_LINE_CONFIDENCE * line.len() as f32;
        for word in line.iter_mut() {
            let alnum = word.text.chars().filter(|c| c.is_alphanumeric()).count();
            let on_its_own = alnum >= 3 && word.conf >= MIN_LONE_WORD_CONFIDENCE;
            if whole_block || misoriented(word) || alnum == 0 || !(line_read || on_its_own) {
                word.conf = 0.0;
            }
        }
    }
}

/// Unread runs of tiles are burned this much wider on every side: the strokes that reach into a
/// neighbouring tile with too little ink to count would otherwise stay as slivers.
const MARGIN: u32 = TILE / 2;

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
                    page.unread.push(r.grown(MARGIN, w, h));
                    None
                }
                (None, false) => None,
            };
        }
        if let Some(r) = run {
            page.unread.push(r.grown(MARGIN, w, h));
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

#[cfg(test)]
mod tests {
    use super::*;

    /// A TSV word row: block, line, box, confidence, text.
    fn row(block: u32, line: u32, (x, y, w, h): (u32, u32, u32, u32), conf: f32, text: &str) -> String {
        format!("5\t1\t{block}\t1\t{line}\t1\t{x}\t{y}\t{w}\t{h}\t{conf}\t{text}")
    }

    fn confidences(lines: &[Vec<Word>]) -> Vec<(String, f32)> {
        lines.iter().flatten().map(|w| (w.text.clone(), w.conf)).collect()
    }

    #[test]
    fn a_block_read_across_turned_text_is_not_trusted() {
        let tsv = [
            row(1, 1, (80, 86, 175, 37), 96.0, "Quarterly"),
            row(1, 1, (274, 94, 150, 22), 96.0, "revenue"),
            row(1, 1, (441, 88, 111, 35), 96.0, "report"),
            // A block of text turned a quarter turn: tall "words", and one of plausible shape.
            row(2, 1, (286, 957, 29, 237), 16.0, "Belo"),
            row(2, 1, (282, 1042, 52, 40), 49.0, "Sy"),
            row(2, 1, (286, 867, 29, 70), 57.0, "Nes"),
            row(2, 1, (279, 634, 37, 81), 79.0, "uyof"),
        ]
        .join("\n");
        let got = confidences(&parse_tsv(&tsv, 2000, 2000));
        assert_eq!(got[0], ("Quarterly".into(), 96.0));
        assert_eq!(got[1], ("revenue".into(), 96.0));
        assert!(got[3..].iter().all(|(_, c)| *c == 0.0), "{got:?}");
    }

    #[test]
    fn narrow_horizontal_words_and_single_characters_are_kept() {
        let tsv = [
            row(1, 1, (10, 10, 24, 30), 91.0, "ill"),
            row(1, 1, (40, 10, 9, 30), 90.0, "l"),
            row(1, 1, (55, 10, 60, 30), 92.0, "lilt"),
            row(1, 1, (120, 10, 140, 30), 95.0, "report"),
            // One odd word in a block of good ones loses its own confidence only.
            row(1, 2, (10, 50, 20, 90), 70.0, "WIll"),
            row(1, 2, (40, 50, 150, 30), 95.0, "shipped"),
            row(1, 2, (200, 50, 150, 30), 95.0, "today"),
        ]
        .join("\n");
        let got = confidences(&parse_tsv(&tsv, 2000, 2000));
        let conf = |t: &str| got.iter().find(|(w, _)| w == t).map(|(_, c)| *c);
        assert_eq!(conf("ill"), Some(91.0));
        assert_eq!(conf("l"), Some(90.0));
        assert_eq!(conf("lilt"), Some(92.0));
        assert_eq!(conf("shipped"), Some(95.0));
        assert_eq!(conf("WIll"), Some(0.0));
    }

    #[test]
    fn fragments_count_only_as_lines_of_words_or_confident_words_on_their_own() {
        let tsv = [
            // Fragments of turned text: short lines of short tokens, some confident.
            row(1, 3, (215, 733, 100, 25), 70.0, "own"),
            row(1, 4, (287, 758, 29, 40), 84.0, "2"),
            row(1, 5, (286, 900, 30, 23), 97.0, "+"),
            row(1, 6, (286, 940, 30, 18), 87.0, "Ul"),
            // A real lone word, and a real short line.
            row(1, 7, (80, 1200, 120, 30), 95.0, "Total"),
            row(1, 8, (80, 1300, 60, 30), 96.0, "SSN"),
            row(1, 8, (150, 1300, 200, 30), 95.0, "123-45-6789"),
        ]
        .join("\n");
        let got = confidences(&parse_tsv(&tsv, 2000, 2000));
        let conf = |t: &str| got.iter().find(|(w, _)| w == t).map(|(_, c)| *c).unwrap();
        for fragment in ["own", "2", "+", "Ul"] {
            assert_eq!(conf(fragment), 0.0, "{fragment}");
        }
        assert_eq!(conf("Total"), 95.0);
        assert_eq!(conf("SSN"), 96.0);
        assert_eq!(conf("123-45-6789"), 95.0);
    }
}
