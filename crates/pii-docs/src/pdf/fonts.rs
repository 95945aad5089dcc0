//! Fonts of a PDF page: character codes to text (ToUnicode maps, simple encodings, glyph names)
//! and glyph widths, which place each glyph for extraction and redaction.

use std::collections::HashMap;

use lopdf::{Dictionary, Document, Object, ObjectId};

use super::cmap::parse_cmap;

/// Most character codes a font's width or ToUnicode tables may define (a 2-byte code space).
pub(super) const MAX_CODES: usize = 1 << 17;

pub(super) struct Font {
    /// Bytes per character code (1 for simple fonts, usually 2 for Type0).
    pub(super) code_len: usize,
    pub(super) to_unicode: HashMap<u32, String>,
    /// Simple fonts without a ToUnicode entry: code -> char.
    pub(super) encoding: Option<[char; 256]>,
    pub(super) widths: HashMap<u32, f32>,
    pub(super) default_width: f32,
}

impl Font {
    pub(super) fn unicode(&self, code: u32) -> String {
        if let Some(s) = self.to_unicode.get(&code) {
            return s.clone();
        }
        match &self.encoding {
            Some(t) if code < 256 => t[code as usize].to_string(),
            _ => char::from_u32(code).filter(|c| !c.is_control()).map_or_else(String::new, String::from),
        }
    }

    pub(super) fn width(&self, code: u32) -> f32 {
        self.widths.get(&code).copied().unwrap_or(self.default_width)
    }
}

pub(super) fn fonts_of(doc: &Document, resources: &Dictionary) -> HashMap<Vec<u8>, Font> {
    let mut out = HashMap::new();
    if let Some(fonts) = resources.get(b"Font").ok().map(|o| deref(doc, o)).and_then(|o| o.as_dict().ok()) {
        for (name, f) in fonts.iter() {
            if let Ok(d) = deref(doc, f).as_dict() {
                out.insert(name.clone(), load_font(doc, d));
            }
        }
    }
    out
}

pub(super) fn page_fonts(doc: &Document, page_id: ObjectId) -> HashMap<Vec<u8>, Font> {
    let mut out = HashMap::new();
    if let Ok(fonts) = doc.get_page_fonts(page_id) {
        for (name, dict) in fonts {
            out.insert(name, load_font(doc, dict));
        }
    }
    out
}

pub(super) fn deref<'a>(doc: &'a Document, o: &'a Object) -> &'a Object {
    doc.dereference(o).map(|(_, o)| o).unwrap_or(o)
}

pub(super) fn num(o: &Object) -> Option<f32> {
    match o {
        Object::Integer(i) => Some(*i as f32),
        Object::Real(r) => Some(*r),
        _ => None,
    }
}

pub(super) fn load_font(doc: &Document, dict: &Dictionary) -> Font {
    let subtype = dict.get(b"Subtype").ok().and_then(|o| o.as_name().ok()).unwrap_or(b"");
    let base = dict.get(b"BaseFont").ok().and_then(|o| o.as_name().ok()).unwrap_or(b"");
    let to_unicode = dict
        .get(b"ToUnicode")
        .ok()
        .map(|o| deref(doc, o))
        .and_then(|o| o.as_stream().ok())
        .and_then(|s| s.decompressed_content().ok().or_else(|| Some(s.content.clone())))
        .map(|data| parse_cmap(&data))
        .unwrap_or_default();
    let mut widths = HashMap::new();
    if subtype == b"Type0" {
        let desc = dict
            .get(b"DescendantFonts")
            .ok()
            .map(|o| deref(doc, o))
            .and_then(|o| o.as_array().ok())
            .and_then(|a| a.first())
            .map(|o| deref(doc, o))
            .and_then(|o| o.as_dict().ok());
        let mut dw = 1000.0;
        if let Some(d) = desc {
            dw = d.get(b"DW").ok().and_then(num).unwrap_or(1000.0);
            if let Some(w) = d.get(b"W").ok().map(|o| deref(doc, o)).and_then(|o| o.as_array().ok()) {
                let mut i = 0;
                while i < w.len() {
                    let Some(first) = num(deref(doc, &w[i])) else { break };
                    match w.get(i + 1).map(|o| deref(doc, o)) {
                        Some(Object::Array(list)) => {
                            for (k, v) in list.iter().enumerate().take(MAX_CODES.saturating_sub(widths.len())) {
                                if let Some(v) = num(deref(doc, v)) {
                                    widths.insert((first as u32).wrapping_add(k as u32), v);
                                }
                            }
                            i += 2;
                        }
                        Some(o) => {
                            let last = num(o).unwrap_or(first);
                            let v = w.get(i + 2).map(|o| deref(doc, o)).and_then(num).unwrap_or(dw);
                            if last >= first && last - first < 65536.0 && widths.len() < MAX_CODES {
                                for c in first as u32..=last as u32 {
                                    widths.insert(c, v);
                                }
                            }
                            i += 3;
                        }
                        None => break,
                    }
                }
            }
        }
        return Font { code_len: 2, to_unicode, encoding: None, widths, default_width: dw };
    }
    // Simple font.
    let first = dict.get(b"FirstChar").ok().and_then(num).unwrap_or(0.0) as u32;
    if let Some(w) = dict.get(b"Widths").ok().map(|o| deref(doc, o)).and_then(|o| o.as_array().ok()) {
        for (k, v) in w.iter().enumerate() {
            if let Some(v) = num(deref(doc, v)) {
                widths.insert(first.wrapping_add(k as u32), v);
            }
        }
    }
    let mut default_width = 500.0;
    if widths.is_empty() {
        let table = standard_widths(base);
        for (k, &v) in table.1.iter().enumerate() {
            widths.insert(32 + k as u32, f32::from(v));
        }
        default_width = table.0;
    }
    let mut enc = win_ansi();
    match dict.get(b"Encoding").ok().map(|o| deref(doc, o)) {
        Some(Object::Dictionary(e)) => {
            if let Ok(diffs) = e.get(b"Differences").and_then(Object::as_array) {
                let mut code = 0usize;
                for d in diffs {
                    match d {
                        Object::Integer(i) => code = (*i).clamp(0, 255) as usize,
                        Object::Name(n) => {
                            if code < 256
                                && let Some(c) = glyph_char(n)
                            {
                                enc[code] = c;
                            }
                            code += 1;
                        }
                        _ => {}
                    }
                }
            }
        }
        Some(Object::Name(_)) | None => {}
        _ => {}
    }
    Font { code_len: 1, to_unicode, encoding: Some(enc), widths, default_width }
}

pub(super) fn win_ansi() -> [char; 256] {
    let mut t = ['\0'; 256];
    for (i, c) in t.iter_mut().enumerate() {
        *c = char::from_u32(i as u32).unwrap_or('\0');
    }
    let high = [
        '€', '\0', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\0', 'Ž', '\0', '\0', '‘', '’', '“', '”', '•', '–', '—', '˜',
        '™', 'š', '›', 'œ', '\0', 'ž', 'Ÿ',
    ];
    t[0x80..0xA0].copy_from_slice(&high);
    t
}

pub(super) fn glyph_char(name: &[u8]) -> Option<char> {
    let n = std::str::from_utf8(name).ok()?;
    if n.len() == 1 {
        return n.chars().next();
    }
    if let Some(hex) = n.strip_prefix("uni").filter(|h| h.len() == 4) {
        return u32::from_str_radix(hex, 16).ok().and_then(char::from_u32);
    }
    let c = match n {
        "space" => ' ',
        "at" => '@',
        "period" => '.',
        "comma" => ',',
        "hyphen" | "minus" => '-',
        "plus" => '+',
        "parenleft" => '(',
        "parenright" => ')',
        "colon" => ':',
        "semicolon" => ';',
        "underscore" => '_',
        "slash" => '/',
        "zero" => '0',
        "one" => '1',
        "two" => '2',
        "three" => '3',
        "four" => '4',
        "five" => '5',
        "six" => '6',
        "seven" => '7',
        "eight" => '8',
        "nine" => '9',
        "quoteright" => '’',
        "quoteleft" => '‘',
        "quotesingle" => '\'',
        "quotedbl" => '"',
        "exclam" => '!',
        "question" => '?',
        "numbersign" => '#',
        "dollar" => '$',
        "percent" => '%',
        "ampersand" => '&',
        "asterisk" => '*',
        "equal" => '=',
        "udieresis" => 'ü',
        "adieresis" => 'ä',
        "odieresis" => 'ö',
        "eacute" => 'é',
        "egrave" => 'è',
        "germandbls" => 'ß',
        _ => return None,
    };
    Some(c)
}

/// Widths (1/1000 em) of chars 32..=126 of the standard 14 fonts, and the default width.
pub(super) fn standard_widths(base: &[u8]) -> (f32, &'static [u16]) {
    const HELVETICA: [u16; 95] = [
        278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556,
        278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667,
        611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833,
        556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
    ];
    const TIMES: [u16; 95] = [
        250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500,
        278, 278, 564, 564, 564, 444, 921, 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667, 556,
        611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469, 500, 333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778,
        500, 500, 500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541,
    ];
    const COURIER: [u16; 95] = [600; 95];
    let name = String::from_utf8_lossy(base);
    if name.contains("Courier") {
        (600.0, &COURIER)
    } else if name.contains("Times") {
        (500.0, &TIMES)
    } else {
        (556.0, &HELVETICA)
    }
}
