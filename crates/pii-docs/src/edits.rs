//! Source maps from a segment's decoded text back to the raw bytes it came from, and byte edits.
//!
//! A segment's text can differ from its raw bytes (escapes, entities) and can be gathered from places
//! that are not contiguous (the runs of a DOCX paragraph, HTML text around inline tags). A
//! [`SourceMap`] records, piece by piece, where each stretch of decoded text came from; a redaction
//! of decoded bytes `s..e` becomes raw edits: the escaped operator output goes into the first
//! writable stretch touched, and the finding's bytes in every other stretch are deleted, so markup
//! between the stretches stays as it was.

use crate::pass::Replacement;

#[derive(Debug, Clone, Copy)]
struct Piece {
    dec_start: usize,
    dec_len: usize,
    raw_start: usize,
    raw_len: usize,
    /// Decoded and raw bytes are the same (so a part of the piece can be edited).
    literal: bool,
    /// Text may be written here (false for a DOCX `<w:tab/>` standing for `\t`).
    writable: bool,
}

/// Where each part of a decoded segment lies in the raw document.
#[derive(Debug, Default, Clone)]
pub(crate) struct SourceMap {
    pieces: Vec<Piece>,
    dec_len: usize,
}

/// Replace raw bytes `start..end` of a document by `text`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Edit {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

impl SourceMap {
    pub fn new() -> Self {
        SourceMap::default()
    }

    pub fn clear(&mut self) {
        self.pieces.clear();
        self.dec_len = 0;
    }

    /// `len` bytes copied verbatim from raw offset `raw_start`.
    pub fn literal(&mut self, raw_start: usize, len: usize) {
        if len == 0 {
            return;
        }
        if let Some(p) = self.pieces.last_mut()
            && p.literal
            && p.writable
            && p.raw_start + p.raw_len == raw_start
            && p.dec_start + p.dec_len == self.dec_len
        {
            p.raw_len += len;
            p.dec_len += len;
            self.dec_len += len;
            return;
        }
        self.pieces.push(Piece { dec_start: self.dec_len, dec_len: len, raw_start, raw_len: len, literal: true, writable: true });
        self.dec_len += len;
    }

    /// `dec_len` decoded bytes that stand for raw `raw_start..raw_start+raw_len` as a whole (an escape).
    pub fn atom(&mut self, dec_len: usize, raw_start: usize, raw_len: usize, writable: bool) {
        self.pieces.push(Piece { dec_start: self.dec_len, dec_len, raw_start, raw_len, literal: false, writable });
        self.dec_len += dec_len;
    }

    /// Raw edits for the replacements of this segment; `escape` turns operator output into raw text.
    pub fn edits(&self, reps: &[Replacement], escape: &dyn Fn(&str) -> String, out: &mut Vec<Edit>) {
        for r in reps {
            let mut written = false;
            let mut runs: Vec<(usize, usize, bool)> = Vec::new();
            for p in &self.pieces {
                let (ps, pe) = (p.dec_start, p.dec_start + p.dec_len);
                let overlaps = if p.dec_len == 0 { ps > r.start && ps < r.end } else { ps < r.end && pe > r.start };
                if !overlaps {
                    continue;
                }
                let (rs, re) = if p.literal {
                    (p.raw_start + r.start.max(ps) - ps, p.raw_start + r.end.min(pe) - ps)
                } else {
                    (p.raw_start, p.raw_start + p.raw_len)
                };
                match runs.last_mut() {
                    Some((_, last_end, w)) if *last_end == rs => {
                        *last_end = re;
                        *w |= p.writable;
                    }
                    _ => runs.push((rs, re, p.writable)),
                }
            }
            for (rs, re, writable) in runs {
                let text = if writable && !written {
                    written = true;
                    escape(&r.text)
                } else {
                    String::new()
                };
                out.push(Edit { start: rs, end: re, text });
            }
        }
    }
}

/// Applies edits (any order; overlapping ones after the first are dropped) to `raw`.
pub(crate) fn apply(raw: &str, edits: &mut [Edit]) -> String {
    edits.sort_by_key(|e| (e.start, e.end));
    let mut out = String::with_capacity(raw.len());
    let mut pos = 0;
    for e in edits.iter() {
        if e.start < pos || e.end > raw.len() {
            continue;
        }
        out.push_str(&raw[pos..e.start]);
        out.push_str(&e.text);
        pos = e.end;
    }
    out.push_str(&raw[pos..]);
    out
}

/// Escapes text for XML/HTML character data.
pub(crate) fn escape_xml_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    out
}

/// Escapes text for an XML/HTML attribute value in either kind of quotes.
pub(crate) fn escape_xml_attr(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
#[allow(clippy::unwrap_used, reason = "a test fails loudly")]
mod tests {
    use super::*;

    #[test]
    fn a_replacement_across_two_runs_keeps_the_markup_between() {
        // raw: <t>ab12</t><t>34cd</t>, decoded "ab1234cd"
        let raw = "<t>ab12</t><t>34cd</t>";
        let mut m = SourceMap::new();
        m.literal(3, 4);
        m.literal(14, 4);
        let mut edits = Vec::new();
        m.edits(&[Replacement { start: 2, end: 6, text: "<N>".into() }], &escape_xml_text, &mut edits);
        assert_eq!(apply(raw, &mut edits), "<t>ab&lt;N&gt;</t><t>cd</t>");
    }

    #[test]
    fn an_escape_inside_a_finding_is_replaced_whole() {
        // raw: a&amp;b  decoded: a&b
        let raw = "xa&amp;by";
        let mut m = SourceMap::new();
        m.literal(1, 1);
        m.atom(1, 2, 5, true);
        m.literal(7, 1);
        let mut edits = Vec::new();
        m.edits(&[Replacement { start: 1, end: 3, text: "Z".into() }], &escape_xml_text, &mut edits);
        assert_eq!(apply(raw, &mut edits), "xaZy");
    }
}
