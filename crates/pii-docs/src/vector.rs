//! Drawings that are not rasters (EMF, WMF, SVG) inside office packages and e-mails. They carry
//! text (an EMF's text records, an SVG's `<text>`: a chart's labels, a signature block pasted as a
//! picture), and this crate has no renderer to read them with, so they are never passed as read:
//! under `images: ocr` and `remove` they are blanked, replaced by an empty drawing of the same kind
//! (so the document still opens and shows an empty frame); `fail` refuses the document, naming the
//! entry (as does `unreadable_images: fail`); `keep` keeps them, with the job's warning.

use crate::DocError;
use crate::pass::Pass;
use crate::scan::{self, Treatment};

/// The kinds of drawing recognised.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Drawing {
    Emf,
    Wmf,
    Svg,
}

impl Drawing {
    fn name(self) -> &'static str {
        match self {
            Drawing::Emf => "EMF",
            Drawing::Wmf => "WMF",
            Drawing::Svg => "SVG",
        }
    }
}

/// Recognises a drawing by its bytes (an SVG also by its name, as its XML may start with anything).
pub(crate) fn sniff(name: &str, bytes: &[u8]) -> Option<Drawing> {
    // EMF: an EMR_HEADER record (type 1) whose signature at offset 40 is " EMF".
    if bytes.len() >= 44 && bytes[..4] == [1, 0, 0, 0] && &bytes[40..44] == b" EMF" {
        return Some(Drawing::Emf);
    }
    // WMF: the placeable header's key, or a plain header (type 1 or 2, header size 9 words).
    if bytes.starts_with(&[0xD7, 0xCD, 0xC6, 0x9A])
        || (bytes.len() >= 18 && matches!(bytes[..2], [1, 0] | [2, 0]) && bytes[2..4] == [9, 0] && matches!(bytes[4..6], [0, 3] | [0, 1]))
    {
        return Some(Drawing::Wmf);
    }
    let lower = name.to_ascii_lowercase();
    let head = &bytes[..bytes.len().min(4096)];
    let has_svg_root = head.windows(4).any(|w| w == b"<svg");
    if lower.ends_with(".svg") || lower.ends_with(".svgz") || (has_svg_root && (head.starts_with(b"<?xml") || head.starts_with(b"<svg"))) {
        return Some(Drawing::Svg);
    }
    None
}

/// Decides what happens to a drawing; returns the bytes to write in its place, if they change.
///
/// # Errors
/// `DocError::ImageContent` under `images: fail` or `unreadable_images: fail`.
pub(crate) fn run(drawing: Drawing, location: &str, pass: &mut Pass<'_>) -> Result<Option<Vec<u8>>, DocError> {
    let treatment = match scan::before_decoding(pass, location)? {
        Some(t) => t,
        None => scan::undecodable(pass, location, &format!("a {} drawing, whose text is not read", drawing.name()))?,
    };
    Ok(match treatment {
        Treatment::Keep => None,
        Treatment::Blank | Treatment::Burn(_) => pass.is_redacting().then(|| empty(drawing)),
    })
}

/// An empty drawing of the kind: one that draws nothing and holds no text.
pub(crate) fn empty(drawing: Drawing) -> Vec<u8> {
    match drawing {
        Drawing::Svg => br#"<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>"#.to_vec(),
        Drawing::Emf => {
            // EMR_HEADER (88 bytes) and EMR_EOF (20 bytes): bounds and frame empty, 2 records.
            let mut b = Vec::with_capacity(108);
            let u32s = |b: &mut Vec<u8>, v: &[u32]| v.iter().for_each(|x| b.extend_from_slice(&x.to_le_bytes()));
            u32s(&mut b, &[1, 88]); // type, size
            u32s(&mut b, &[0, 0, 0, 0]); // rclBounds
            u32s(&mut b, &[0, 0, 0, 0]); // rclFrame
            u32s(&mut b, &[0x464D_4520, 0x0001_0000, 108, 2]); // " EMF", version, bytes, records
            b.extend_from_slice(&[1, 0, 0, 0]); // handles (1: the reserved one), reserved
            u32s(&mut b, &[0, 0, 0]); // description length and offset, palette entries
            u32s(&mut b, &[1024, 768, 320, 240]); // reference device in pixels and millimetres
            u32s(&mut b, &[14, 20, 0, 16, 20]); // EMR_EOF: type, size, no palette, its offset, size
            b
        }
        Drawing::Wmf => {
            // META_HEADER (9 words) and META_EOF (3 words): 12 words in all, no objects.
            let u16s = |v: &[u16]| v.iter().flat_map(|x| x.to_le_bytes()).collect::<Vec<u8>>();
            u16s(&[1, 9, 0x0300, 12, 0, 0, 3, 0, 0, 3, 0, 0])
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_empty_drawings_are_recognised_as_their_own_kind() {
        for d in [Drawing::Emf, Drawing::Wmf, Drawing::Svg] {
            assert_eq!(sniff("x.bin", &empty(d)), Some(d), "{d:?}");
        }
        let emf = empty(Drawing::Emf);
        assert_eq!(emf.len(), 108);
        assert_eq!(u32::from_le_bytes([emf[48], emf[49], emf[50], emf[51]]), 108, "nBytes is the file's length");
    }

    #[test]
    fn rasters_text_and_other_xml_are_not_drawings() {
        assert_eq!(sniff("image1.png", b"\x89PNG\r\n\x1a\n0000000000000000000000000000000000000000000000"), None);
        assert_eq!(sniff("notes.xml", br#"<?xml version="1.0"?><w:document/>"#), None);
        assert_eq!(sniff("notes.txt", b"plain words about an <svg element"), None);
        assert_eq!(sniff("chart.svg", b"<?xml version=\"1.0\"?><svg><text>x</text></svg>"), Some(Drawing::Svg));
        assert_eq!(sniff("no-name", b"<svg xmlns=\"http://www.w3.org/2000/svg\"><text>x</text></svg>"), Some(Drawing::Svg));
    }
}
