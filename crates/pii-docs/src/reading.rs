//! OCR once per image: analysis records what it read in each image ([`ImageReading`]: the pixels
//! to burn and the chars the image's lines took), and redaction replays those readings instead of
//! running Tesseract again, which halves the cost of a scanned page.
//!
//! Replay is strict about order: the readings are taken one by one, each only for the image whose
//! location it names, met at the same point of the walk. At the first that does not match, replay
//! stops for the rest of the document and every later image is read again, so that a reading can
//! never be applied to another image (two attachments may both have a `page 1`). Recording keeps
//! a prefix for the same reason: once the job's box bound is reached, no later image is recorded.

use pii_core::image_reading::{ImageReading, MAX_BOXES_PER_JOB};

/// The readings of one pass, by mode.
#[derive(Debug)]
pub(crate) enum Readings<'a> {
    /// Analysis: each image's reading is kept, up to [`MAX_BOXES_PER_JOB`] boxes in all.
    Record { kept: Vec<ImageReading>, boxes: usize, full: bool },
    /// Redaction: the detector's readings, used in order.
    Replay { given: &'a [ImageReading], next: usize },
    /// Extraction, or a replay that stopped: every image is read.
    Off,
}

impl<'a> Readings<'a> {
    pub fn record() -> Self {
        Readings::Record { kept: Vec::new(), boxes: 0, full: false }
    }

    /// Readings to replay; none (every image read again) when they hold more boxes than a detector
    /// records for one job, as only a message it did not write can.
    pub fn replay(given: &'a [ImageReading]) -> Self {
        let boxes: usize = given.iter().map(|r| r.burn.len()).sum();
        if given.is_empty() || boxes > MAX_BOXES_PER_JOB { Readings::Off } else { Readings::Replay { given, next: 0 } }
    }

    /// Redaction: the reading of the image at `location`, when it is the next one given; otherwise
    /// `None`, and replay stops for the rest of the walk.
    pub fn take(&mut self, location: &str) -> Option<&'a ImageReading> {
        let Readings::Replay { given, next } = self else { return None };
        let given: &'a [ImageReading] = given;
        match given.get(*next) {
            Some(r) if r.location == location => {
                *next += 1;
                Some(r)
            }
            _ => {
                *self = Readings::Off;
                None
            }
        }
    }

    /// Analysis: keeps `reading` unless the job's box bound is reached (then no later one either).
    pub fn keep(&mut self, reading: ImageReading) {
        let Readings::Record { kept, boxes, full } = self else { return };
        if *full || *boxes + reading.burn.len() > MAX_BOXES_PER_JOB {
            *full = true;
            return;
        }
        *boxes += reading.burn.len();
        kept.push(reading);
    }

    /// Analysis: the readings kept, in document order (empty in the other modes).
    pub fn into_kept(self) -> Vec<ImageReading> {
        match self {
            Readings::Record { kept, .. } => kept,
            _ => Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use pii_core::finding::BoundingBox;

    fn reading(location: &str, boxes: usize) -> ImageReading {
        ImageReading {
            location: location.into(),
            chars: 10,
            words: 2,
            mean_confidence: 90.0,
            unread_regions: 0,
            blank: false,
            burn: vec![BoundingBox { x: 0, y: 0, width: 1, height: 1 }; boxes],
        }
    }

    #[test]
    fn replay_gives_each_reading_to_its_own_image_in_order() {
        let given = [reading("page 1", 1), reading("page 2", 0)];
        let mut r = Readings::replay(&given);
        assert_eq!(r.take("page 1").map(|x| x.location.as_str()), Some("page 1"));
        assert_eq!(r.take("page 2").map(|x| x.location.as_str()), Some("page 2"));
        assert!(r.take("page 3").is_none(), "past the end nothing is given");
    }

    #[test]
    fn replay_stops_for_good_at_the_first_image_it_does_not_match() {
        let given = [reading("page 1", 1), reading("page 2", 1)];
        let mut r = Readings::replay(&given);
        assert!(r.take("page 1, image object 4").is_none());
        // Even the reading that would match by name is not used once the walk diverged.
        assert!(r.take("page 1").is_none());
        assert!(r.take("page 2").is_none());
    }

    #[test]
    fn recording_keeps_a_prefix_within_the_box_bound() {
        let mut r = Readings::record();
        r.keep(reading("page 1", MAX_BOXES_PER_JOB - 1));
        r.keep(reading("page 2", 2));
        // Page 3 would fit, but is not kept once page 2 was not: replay must stay aligned.
        r.keep(reading("page 3", 0));
        let kept = r.into_kept();
        assert_eq!(kept.len(), 1);
        assert_eq!(kept[0].location, "page 1");
    }

    #[test]
    fn readings_with_more_boxes_than_a_detector_records_are_not_replayed() {
        let given = [reading("page 1", MAX_BOXES_PER_JOB), reading("page 2", 1)];
        assert!(Readings::replay(&given).take("page 1").is_none());
    }

    #[test]
    fn other_modes_neither_record_nor_give() {
        let mut off = Readings::replay(&[]);
        off.keep(reading("page 1", 1));
        assert!(off.take("page 1").is_none());
        assert!(off.into_kept().is_empty());
    }
}
