//! One image as a piece of a document, whatever holds it (an image file's page, a PDF image
//! object): the policy's decision, OCR lines as segments, and the pixels to burn.
//!
//! The walk is the same in analysis and redaction, so a finding's char range maps back to the words
//! it covers: each OCR line is one segment, its words joined by one space; in redaction the
//! replacements of a line (byte ranges) select the words they touch, and those words' boxes, grown
//! by a small margin, are burned opaque. Ink that OCR did not read with confidence is blanked (or
//! refused) as well, so that nothing unread leaves as if it had been checked.

use image::{DynamicImage, GrayImage, Rgba};
use pii_core::finding::BoundingBox;
use pii_core::image_reading::ImageReading;
use pii_core::policy::{ImagePolicy, UnreadableImages};

use crate::DocError;
use crate::ocr::{self, MIN_WORD_CONFIDENCE, Rect};
use crate::pass::Pass;

/// What happened to one image (a page of an image file, a frame, a PDF image object).
#[derive(Debug, Clone, PartialEq)]
pub struct ImageNote {
    /// Where the image is: `page 2`, `page 1, image object 12`.
    pub location: String,
    pub outcome: ImageOutcome,
}

/// The outcome for one image. Each says what the user may rely on.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ImageOutcome {
    /// OCR read every inked part with confidence; its findings were redacted in the pixels.
    Read { words: u32, mean_confidence: f32 },
    /// OCR read part of it; the regions it could not read with confidence were blanked.
    PartlyBlanked { words: u32, unread_regions: u32 },
    /// The whole image was blanked.
    Blanked(BlankReason),
    /// Kept as it was, unread (`images: keep`): a warning for the job.
    KeptUnread,
}

impl ImageOutcome {
    /// Whether some or all of the image was blanked rather than read.
    pub fn blanked_any(&self) -> bool {
        matches!(self, ImageOutcome::PartlyBlanked { .. } | ImageOutcome::Blanked(_))
    }
}

impl ImageNote {
    /// What the job should tell its user about this image, if anything: every image that was not
    /// simply read says what happened to it, so an unread image is never mistaken for a clean one.
    pub fn warning(&self) -> Option<String> {
        let loc = &self.location;
        match &self.outcome {
            ImageOutcome::Read { .. } => None,
            ImageOutcome::PartlyBlanked { unread_regions, .. } => {
                Some(format!("{loc}: {unread_regions} region(s) that OCR could not read with confidence were blanked"))
            }
            ImageOutcome::Blanked(BlankReason::Policy) => Some(format!("{loc}: image removed (images: remove)")),
            ImageOutcome::Blanked(BlankReason::Unreadable) => Some(format!("{loc}: image blanked: OCR could not read it with confidence")),
            ImageOutcome::Blanked(BlankReason::Undecodable) => Some(format!("{loc}: image blanked: its encoding cannot be decoded")),
            ImageOutcome::KeptUnread => Some(format!("{loc}: image kept unread (images: keep); it was not checked for personal data")),
        }
    }
}

/// Why an image was blanked whole.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum BlankReason {
    /// The policy says `images: remove`.
    Policy,
    /// OCR found ink but no word it could read with confidence.
    Unreadable,
    /// The image could not be decoded (an unsupported filter or a corrupt stream).
    Undecodable,
}

/// What to do with the image's pixels.
#[derive(Debug)]
pub(crate) enum Treatment {
    /// Leave the pixels as they are (nothing found, or `images: keep`).
    Keep,
    /// Burn these boxes (non-empty).
    Burn(Vec<Rect>),
    /// Blank the whole image.
    Blank,
}

/// The policy's decision before the image is decoded: `None` when it is to be read.
///
/// # Errors
/// `DocError::ImageContent` under `images: fail`.
pub(crate) fn before_decoding(pass: &mut Pass<'_>, location: &str) -> Result<Option<Treatment>, DocError> {
    match pass.images.0 {
        ImagePolicy::Ocr => Ok(None),
        ImagePolicy::Remove => {
            note(pass, location, ImageOutcome::Blanked(BlankReason::Policy));
            Ok(Some(Treatment::Blank))
        }
        ImagePolicy::Keep => {
            note(pass, location, ImageOutcome::KeptUnread);
            Ok(Some(Treatment::Keep))
        }
        ImagePolicy::Fail => Err(DocError::ImageContent(format!("{location} holds image content, and the policy says images: fail"))),
    }
}

/// An image that cannot be decoded: blanked, or refused under `unreadable_images: fail`.
///
/// # Errors
/// `DocError::ImageContent` under `unreadable_images: fail`.
pub(crate) fn undecodable(pass: &mut Pass<'_>, location: &str, why: &str) -> Result<Treatment, DocError> {
    if pass.images.1 == UnreadableImages::Fail {
        return Err(DocError::ImageContent(format!("{location} holds an image that cannot be decoded ({why})")));
    }
    note(pass, location, ImageOutcome::Blanked(BlankReason::Undecodable));
    Ok(Treatment::Blank)
}

/// An image whose pixels cannot be decoded, under any policy: blanked (`remove`; and `keep`, as
/// there are no pixels to keep), refused (`fail`), or as [`undecodable`] says under `ocr`.
///
/// # Errors
/// `DocError::ImageContent` under `images: fail` or `unreadable_images: fail`.
pub(crate) fn cannot_decode(pass: &mut Pass<'_>, location: &str, why: &str) -> Result<Treatment, DocError> {
    match pass.images.0 {
        ImagePolicy::Remove => {
            note(pass, location, ImageOutcome::Blanked(BlankReason::Policy));
            Ok(Treatment::Blank)
        }
        ImagePolicy::Fail => before_decoding(pass, location).map(|t| t.unwrap_or(Treatment::Blank)),
        ImagePolicy::Ocr | ImagePolicy::Keep => undecodable(pass, location, why),
    }
}

/// Reads a decoded image with OCR, walks its lines as segments and decides what to burn. In
/// analysis, each finding gets `page` (when the image is on one) and the box around its words, and
/// the reading is kept for redaction; in redaction, a reading given for this image is used instead
/// of OCR.
///
/// # Errors
/// `DocError::ImageContent` for unreadable content under `unreadable_images: fail`; the pass's
/// errors; OCR failures.
pub(crate) fn read(pass: &mut Pass<'_>, img: &DynamicImage, location: &str, page_no: Option<u32>) -> Result<Treatment, DocError> {
    if let Some(reading) = pass.readings.take(location) {
        // The detector's lines of this image are stepped over: the offsets after it stay right.
        pass.advance(reading.chars);
        return Ok(conclude(pass, reading, location));
    }
    let start = pass.pos();
    let gray = gray_on_white(img);
    let page = ocr::read(&gray, pass.limits.ocr_page_budget, location)?;
    pass.ocr_runs += 1;
    let (w, h) = gray.dimensions();
    let confident = page.lines.iter().flatten().filter(|wd| wd.conf >= MIN_WORD_CONFIDENCE).count();
    if page.unread_tiles > 0 && pass.images.1 == UnreadableImages::Fail {
        return Err(DocError::ImageContent(format!(
            "{location} holds content OCR cannot read with confidence ({} of {} inked regions)",
            page.unread_tiles, page.inked_tiles
        )));
    }
    let words = u32::try_from(page.words()).unwrap_or(u32::MAX);
    let mut reading = ImageReading {
        location: location.to_owned(),
        chars: 0,
        words,
        mean_confidence: page.mean_confidence(),
        unread_regions: page.unread_tiles,
        blank: false,
        burn: Vec::new(),
    };
    if confident == 0 && page.inked_tiles > 0 {
        reading.blank = true;
        let treatment = conclude(pass, &reading, location);
        pass.readings.keep(reading);
        return Ok(treatment);
    }
    let mut burn: Vec<Rect> = Vec::new();
    for line in &page.lines {
        let mut text = String::new();
        let mut spans = Vec::with_capacity(line.len());
        for (i, word) in line.iter().enumerate() {
            if i > 0 {
                text.push(' ');
            }
            let start = text.len();
            text.push_str(&word.text);
            spans.push((start, text.len()));
        }
        let (seg_start, first) = (pass.pos(), pass.findings_len());
        let replacements = pass.segment(&text, None)?;
        let found = pass.findings_from(first);
        // The words' char ranges in the extracted text, for the findings just recorded (analysis).
        let word_chars: Vec<(u64, u64)> = if found.is_empty() {
            Vec::new()
        } else {
            let chars = |b: usize| seg_start + pii_core::text::char_len(&text[..b]);
            spans.iter().map(|&(s, e)| (chars(s), chars(e))).collect()
        };
        place_findings(found, line, &word_chars, page_no);
        // A word is burned when a finding covers part of it: in redaction a replacement of the
        // line (byte ranges), in analysis a finding just recorded (char offsets).
        for (k, (word, &(s, e))) in line.iter().zip(&spans).enumerate() {
            let replaced = replacements.iter().any(|rep| s < rep.end && rep.start < e);
            let found_here = word_chars.get(k).is_some_and(|&(cs, ce)| found.iter().any(|f| cs < f.end && f.start < ce));
            if replaced || found_here {
                burn.push(with_margin(word.rect, w, h));
            }
        }
    }
    burn.extend(page.unread.iter().copied());
    reading.chars = pass.pos() - start;
    reading.burn = burn.into_iter().map(to_box).collect();
    let treatment = conclude(pass, &reading, location);
    // Kept for redaction (a no-op in the other modes).
    pass.readings.keep(reading);
    Ok(treatment)
}

/// The note and the treatment of an image as its reading says, whether OCR just made the reading
/// or the detector did: a page read afresh and a page replayed end the same way.
fn conclude(pass: &mut Pass<'_>, reading: &ImageReading, location: &str) -> Treatment {
    if reading.blank {
        note(pass, location, ImageOutcome::Blanked(BlankReason::Unreadable));
        return Treatment::Blank;
    }
    let outcome = if reading.unread_regions == 0 {
        ImageOutcome::Read { words: reading.words, mean_confidence: reading.mean_confidence }
    } else {
        ImageOutcome::PartlyBlanked { words: reading.words, unread_regions: reading.unread_regions }
    };
    note(pass, location, outcome);
    if reading.burn.is_empty() {
        Treatment::Keep
    } else {
        Treatment::Burn(
            reading
                .burn
                .iter()
                .map(|b| Rect { x0: b.x, y0: b.y, x1: b.x.saturating_add(b.width), y1: b.y.saturating_add(b.height) })
                .collect(),
        )
    }
}

/// A word's box grown by a small margin: a tenth of its height above and below (accents,
/// descenders), a few pixels to the sides, short of the gap to the next word.
fn with_margin(r: Rect, w: u32, h: u32) -> Rect {
    let my = ((r.y1 - r.y0) / 10).max(2);
    let mx = ((r.y1 - r.y0) / 12).clamp(2, 4);
    Rect { x0: r.x0.saturating_sub(mx), y0: r.y0.saturating_sub(my), x1: (r.x1 + mx).min(w), y1: (r.y1 + my).min(h) }
}

/// Gives the findings of one OCR line the page and the union of the boxes of the words they
/// overlap (`word_chars`: each word's char range in the extracted text, as the findings' offsets).
fn place_findings(found: &mut [pii_core::Finding], line: &[ocr::Word], word_chars: &[(u64, u64)], page_no: Option<u32>) {
    for f in found {
        let boxes = line.iter().zip(word_chars).filter(|&(_, &(s, e))| s < f.end && f.start < e).map(|(w, _)| to_box(w.rect));
        f.page = page_no;
        f.bbox = boxes.reduce(BoundingBox::union);
    }
}

fn to_box(r: Rect) -> BoundingBox {
    BoundingBox { x: r.x0, y: r.y0, width: r.x1.saturating_sub(r.x0), height: r.y1.saturating_sub(r.y0) }
}

/// Decides and reads in one go: the policy first, then OCR.
///
/// # Errors
/// As [`before_decoding`] and [`read`].
pub(crate) fn treat(pass: &mut Pass<'_>, img: &DynamicImage, location: &str, page_no: Option<u32>) -> Result<Treatment, DocError> {
    match before_decoding(pass, location)? {
        Some(t) => Ok(t),
        None => read(pass, img, location, page_no),
    }
}

/// Applies a treatment to the pixels; returns whether they changed.
pub(crate) fn apply(img: &mut DynamicImage, t: &Treatment) -> bool {
    let (w, h) = (img.width(), img.height());
    match t {
        Treatment::Keep => false,
        Treatment::Blank => {
            fill(img, Rect { x0: 0, y0: 0, x1: w, y1: h }, [255, 255, 255, 255]);
            true
        }
        Treatment::Burn(rects) => {
            for r in rects {
                fill(img, *r, [0, 0, 0, 255]);
            }
            true
        }
    }
}

/// Fills a rectangle with an opaque colour, in the image's own pixel type.
fn fill(img: &mut DynamicImage, r: Rect, c: [u8; 4]) {
    let (x1, y1) = (r.x1.min(img.width()), r.y1.min(img.height()));
    let luma = c[0];
    match img {
        DynamicImage::ImageLuma8(b) => fill_buf(b, r.x0, r.y0, x1, y1, image::Luma([luma])),
        DynamicImage::ImageLumaA8(b) => fill_buf(b, r.x0, r.y0, x1, y1, image::LumaA([luma, 255])),
        DynamicImage::ImageRgb8(b) => fill_buf(b, r.x0, r.y0, x1, y1, image::Rgb([c[0], c[1], c[2]])),
        DynamicImage::ImageRgba8(b) => fill_buf(b, r.x0, r.y0, x1, y1, Rgba(c)),
        other => {
            // Wider pixel types are narrowed to 8 bits when decoded; this keeps the fill total anyway.
            let mut rgba = other.to_rgba8();
            fill_buf(&mut rgba, r.x0, r.y0, x1, y1, Rgba(c));
            *other = DynamicImage::ImageRgba8(rgba);
        }
    }
}

fn fill_buf<P: image::Pixel>(b: &mut image::ImageBuffer<P, Vec<P::Subpixel>>, x0: u32, y0: u32, x1: u32, y1: u32, p: P) {
    for y in y0..y1 {
        for x in x0..x1 {
            b.put_pixel(x, y, p);
        }
    }
}

/// Narrows a decoded image to 8-bit Luma, LumaA, Rgb or Rgba (the types [`apply`] fills and the
/// encoders write).
pub(crate) fn narrow(img: DynamicImage) -> DynamicImage {
    match img {
        DynamicImage::ImageLuma8(_) | DynamicImage::ImageLumaA8(_) | DynamicImage::ImageRgb8(_) | DynamicImage::ImageRgba8(_) => img,
        DynamicImage::ImageLuma16(_) => DynamicImage::ImageLuma8(img.to_luma8()),
        other if other.color().has_alpha() => DynamicImage::ImageRgba8(other.to_rgba8()),
        other => DynamicImage::ImageRgb8(other.to_rgb8()),
    }
}

/// The grayscale raster OCR reads: transparent pixels composited over white paper.
fn gray_on_white(img: &DynamicImage) -> GrayImage {
    if !img.color().has_alpha() {
        return img.to_luma8();
    }
    let rgba = img.to_rgba8();
    GrayImage::from_fn(rgba.width(), rgba.height(), |x, y| {
        let [r, g, b, a] = rgba.get_pixel(x, y).0;
        let l = (u32::from(r) * 299 + u32::from(g) * 587 + u32::from(b) * 114) / 1000;
        let a = u32::from(a);
        image::Luma([((l * a + 255 * (255 - a)) / 255) as u8])
    })
}

fn note(pass: &mut Pass<'_>, location: &str, outcome: ImageOutcome) {
    // Notes of attached documents are kept too (an image attached to an e-mail); the location of a
    // nested document does not say which attachment, which the e-mail's order does.
    pass.image_notes.push(ImageNote { location: location.to_owned(), outcome });
}

#[cfg(test)]
mod warning_tests {
    use super::{BlankReason, ImageNote, ImageOutcome};

    #[test]
    fn every_image_that_was_not_simply_read_says_so() {
        let note = |outcome| ImageNote { location: "page 2".into(), outcome };
        assert_eq!(note(ImageOutcome::Read { words: 12, mean_confidence: 91.0 }).warning(), None);
        let kept = note(ImageOutcome::KeptUnread).warning().unwrap();
        assert!(kept.starts_with("page 2") && kept.contains("not checked"), "{kept}");
        assert!(note(ImageOutcome::Blanked(BlankReason::Unreadable)).warning().unwrap().contains("could not read"));
        assert!(note(ImageOutcome::PartlyBlanked { words: 3, unread_regions: 2 }).warning().unwrap().contains("2 region"));
    }
}
