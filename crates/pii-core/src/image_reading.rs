//! What detection read in one image, handed to redaction so that a page is read by OCR once.
//!
//! OCR is nearly all the cost of a scanned page (seconds of a core), and the redactor used to run
//! it a second time only to find again the words the detector's findings cover. The detector now
//! sends, per image it read, the pixels to burn (the boxes of the words under its findings, grown by
//! their margin, and the ink it could not read) and how many chars of extracted text the image's
//! lines took, so that offsets after the image still line up. Only geometry and counts travel: no
//! word of the document.
//!
//! A reading is trusted only for the image it names, met in the same order: the redactor checks the
//! input's SHA-256 against the detector's, walks the document the same way, and reads an image again
//! whenever the readings run out or do not match where it is.

use serde::{Deserialize, Serialize};

use crate::finding::BoundingBox;

/// Most boxes the readings of one job carry in all; past them the remaining images carry none, and
/// the redactor reads those again (a queue message stays a few megabytes at most).
pub const MAX_BOXES_PER_JOB: usize = 50_000;

/// One image that detection read by OCR, in document order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct ImageReading {
    /// Where the image is (`page 2`, `page 1, image object 12`), as the document walk names it.
    pub location: String,
    /// Chars of extracted text the image's OCR lines took (separators included).
    pub chars: u64,
    /// Words read in all, and their mean confidence (0–100).
    pub words: u32,
    pub mean_confidence: f32,
    /// Inked regions no confident word covered; they are among `burn`.
    #[serde(default)]
    pub unread_regions: u32,
    /// The image holds ink but no word OCR could read with confidence: blank it whole.
    #[serde(default)]
    pub blank: bool,
    /// Boxes to burn opaque, in the image's pixels.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub burn: Vec<BoundingBox>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reading_round_trips_and_omits_an_empty_burn_list() {
        let r = ImageReading {
            location: "page 1".into(),
            chars: 42,
            words: 7,
            mean_confidence: 91.5,
            unread_regions: 0,
            blank: false,
            burn: vec![],
        };
        let json = serde_json::to_value(&r).unwrap();
        assert!(json.get("burn").is_none(), "{json}");
        assert_eq!(serde_json::from_value::<ImageReading>(json).unwrap(), r);
        let with_box = ImageReading { burn: vec![BoundingBox { x: 1, y: 2, width: 3, height: 4 }], ..r };
        let back: ImageReading = serde_json::from_str(&serde_json::to_string(&with_box).unwrap()).unwrap();
        assert_eq!(back, with_box);
    }
}
