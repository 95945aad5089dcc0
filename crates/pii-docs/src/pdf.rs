//! PDF: true redaction of the text layer.
//!
//! Extracted text: one segment per page, in page order: the text shown by the page's content
//! stream (`Tj`, `TJ`, `'`, `"`), decoded through the font's `ToUnicode` map or its encoding, in
//! stream order, with `\n` where the baseline moves and a space where the pen jumps forward by more
//! than a fifth of the font size. Further segments follow the pages (see below).
//!
//! Redaction removes the bytes of every glyph of a finding from its text-showing operator (which
//! becomes a `TJ` whose numbers keep the remaining glyphs in place), wraps the page's content in
//! `q … Q` and draws an opaque black box over each removed stretch. The Info dictionary, the XMP
//! metadata of the catalogue and of the pages, and the page-piece dictionaries are removed;
//! unreferenced objects (old revisions, the replaced content streams) are pruned. Encrypted PDFs
//! are refused.
//!
//! After the pages come, as further segments: the text of each form XObject (object order,
//! redacted the same way inside the form), then the text strings of annotations (`Contents`, `T`,
//! `Subj`), bookmarks (`Title`) and form fields (`V`, `TU`, `T`), in object order, then the Info
//! dictionary. Then come the image objects' OCR lines (see [`crate::pdf_images`]), redacted in their
//! pixels. Not handled: text drawn by Type3 glyph procedures.

use std::collections::HashMap;

use lopdf::content::{Content, Operation};
use lopdf::{Dictionary, Document, LoadOptions, Object, ObjectId, Stream};

use crate::pass::Pass;
use crate::{DocError, Format, Ran};

pub(crate) fn run(bytes: &[u8], pass: &mut Pass<'_>) -> Result<Ran, DocError> {
    #[cfg(not(feature = "fuzzing"))]
    {
        // lopdf is third-party code facing hostile input: a panic in it must end the job, not the worker.
        match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| run_inner(bytes, pass))) {
            Ok(r) => r,
            Err(_) => Err(DocError::Corrupt("the PDF could not be parsed (parser failure)".into())),
        }
    }
    #[cfg(feature = "fuzzing")]
    run_inner(bytes, pass)
}

fn corrupt(e: impl std::fmt::Display) -> DocError {
    DocError::Corrupt(format!("not a valid PDF: {e}"))
}

fn run_inner(bytes: &[u8], pass: &mut Pass<'_>) -> Result<Ran, DocError> {
    if bytes.windows(8).take(4096).any(|w| w == b"/Encrypt") || find(bytes, b"/Encrypt").is_some() {
        // Checked before parsing: lopdf would try an empty password.
        if find(bytes, b"/Encrypt").is_some_and(|i| is_trailer_encrypt(bytes, i)) {
            return Err(DocError::Encrypted);
        }
    }
    // What the job's other documents (attachments of one e-mail) decompressed counts against the
    // same budget; the PDF's own input bytes are added once it is read.
    let remaining = pass.limits.max_decompressed_bytes.saturating_sub(pass.decompressed);
    if remaining == 0 {
        return Err(DocError::TooLarge(format!(
            "the documents of this job decompress to more than {} bytes together",
            pass.limits.max_decompressed_bytes
        )));
    }
    pass.decompressed = pass.decompressed.saturating_add(bytes.len() as u64);
    let limit = usize::try_from(remaining).unwrap_or(usize::MAX);
    let opts = LoadOptions { max_decompressed_size: Some(limit), ..LoadOptions::default() };
    let mut doc = Document::load_mem_with_options(bytes, opts).map_err(corrupt)?;
    if doc.was_encrypted() || doc.trailer.has(b"Encrypt") {
        return Err(DocError::Encrypted);
    }
    if doc.objects.len() > pass.limits.max_pdf_objects {
        return Err(DocError::TooLarge(format!("the PDF has {} objects, the limit is {}", doc.objects.len(), pass.limits.max_pdf_objects)));
    }
    let pages = doc.get_pages();
    if pages.len() > pass.limits.max_pdf_pages {
        return Err(DocError::TooLarge(format!("the PDF has {} pages, the limit is {}", pages.len(), pass.limits.max_pdf_pages)));
    }
    if pages.is_empty() {
        return Err(DocError::Corrupt("the PDF has no pages".into()));
    }
    let total = pages.len() as u64;
    for (k, (_, page_id)) in pages.iter().enumerate() {
        let content = doc.get_page_content_with_limit(*page_id, limit).map_err(corrupt)?;
        let mut content = Content::decode(&content).map_err(corrupt)?;
        let fonts = page_fonts(&doc, *page_id);
        let page = extract(&content.operations, &fonts);
        let reps = pass.segment(&page.text, None)?;
        let inline_blanked = crate::pdf_images::inline_images(&mut content.operations, k + 1, pass)?;
        if !reps.is_empty() || inline_blanked {
            let data =
                if reps.is_empty() { content.encode().map_err(corrupt)? } else { redacted_content(content.operations, &page, &reps)? };
            let mut stream = Stream::new(Dictionary::new(), data);
            let _ = stream.compress();
            let id = doc.add_object(Object::Stream(stream));
            let page_dict = doc.get_object_mut(*page_id).and_then(Object::as_dict_mut).map_err(corrupt)?;
            page_dict.set("Contents", Object::Reference(id));
        }
        // Progress in proportion to the pages done.
        pass.progress(bytes.len() as u64 * (k as u64 + 1) / (total + 1));
    }
    forms(&mut doc, pass, limit)?;
    crate::pdf_images::run(&mut doc, &pages, pass, limit)?;
    strings_in_dictionaries(&mut doc, pass)?;
    // Info dictionary: analysed so that its findings are reported, then removed on redaction.
    let info = match doc.trailer.get(b"Info") {
        Ok(Object::Reference(id)) => doc.get_dictionary(*id).ok().cloned(),
        Ok(Object::Dictionary(d)) => Some(d.clone()),
        _ => None,
    };
    if let Some(info) = info {
        for (key, value) in info.iter() {
            if let Object::String(s, _) = value {
                let key = String::from_utf8_lossy(key);
                pass.segment(&text_string(s), Some(&key))?;
            }
        }
    }
    if !pass.is_redacting() {
        return Ok(Ran { bytes: None, content_type: Format::Pdf.content_type() });
    }
    doc.trailer.remove(b"Info");
    if let Ok(cat) = doc.catalog_mut() {
        cat.remove(b"Metadata");
        cat.remove(b"PieceInfo");
    }
    for page_id in pages.values() {
        if let Ok(d) = doc.get_object_mut(*page_id).and_then(Object::as_dict_mut) {
            d.remove(b"Metadata");
            d.remove(b"PieceInfo");
        }
    }
    doc.prune_objects();
    let mut out = Vec::new();
    doc.save_to(&mut out).map_err(|e| DocError::Io(std::io::Error::other(e.to_string())))?;
    Ok(Ran { bytes: Some(out), content_type: Format::Pdf.content_type() })
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// `/Encrypt` followed by a reference or dictionary (the trailer entry, not text that says it).
fn is_trailer_encrypt(bytes: &[u8], at: usize) -> bool {
    let rest = &bytes[at + 8..bytes.len().min(at + 40)];
    let rest = rest.iter().skip_while(|b| b.is_ascii_whitespace()).copied().collect::<Vec<u8>>();
    rest.first().is_some_and(|b| b.is_ascii_digit() || *b == b'<')
}

/// A PDF text string: UTF-16BE with a BOM, else PDFDocEncoding (read as Latin-1).
fn text_string(s: &[u8]) -> String {
    if s.starts_with(&[0xFE, 0xFF]) {
        let units: Vec<u16> = s[2..].chunks_exact(2).map(|c| u16::from_be_bytes([c[0], c[1]])).collect();
        String::from_utf16_lossy(&units)
    } else {
        s.iter().map(|&b| b as char).collect()
    }
}

// ---------------------------------------------------------------------------------------------
// Fonts

/// Most character codes a font's width or ToUnicode tables may define (a 2-byte code space).
const MAX_CODES: usize = 1 << 17;

struct Font {
    /// Bytes per character code (1 for simple fonts, usually 2 for Type0).
    code_len: usize,
    to_unicode: HashMap<u32, String>,
    /// Simple fonts without a ToUnicode entry: code -> char.
    encoding: Option<[char; 256]>,
    widths: HashMap<u32, f32>,
    default_width: f32,
}

impl Font {
    fn unicode(&self, code: u32) -> String {
        if let Some(s) = self.to_unicode.get(&code) {
            return s.clone();
        }
        match &self.encoding {
            Some(t) if code < 256 => t[code as usize].to_string(),
            _ => char::from_u32(code).filter(|c| !c.is_control()).map_or_else(String::new, String::from),
        }
    }

    fn width(&self, code: u32) -> f32 {
        self.widths.get(&code).copied().unwrap_or(self.default_width)
    }
}

/// Form XObjects (reused content such as headers, stamps, or whole imported pages): each one's
/// text is a segment, in object order, redacted inside the form's own stream and coordinates.
fn forms(doc: &mut Document, pass: &mut Pass<'_>, limit: usize) -> Result<(), DocError> {
    let ids: Vec<ObjectId> = doc
        .objects
        .iter()
        .filter(|(_, o)| matches!(o, Object::Stream(st) if st.dict.get(b"Subtype").ok().and_then(|v| v.as_name().ok()) == Some(b"Form")))
        .map(|(id, _)| *id)
        .collect();
    for id in ids {
        let Ok(Object::Stream(st)) = doc.get_object(id) else { continue };
        let data = st.decompressed_content_with_limit(limit).or_else(|_| Ok::<_, DocError>(st.content.clone()))?;
        let Ok(content) = Content::decode(&data) else { continue };
        let fonts = match st.dict.get(b"Resources").ok().map(|o| deref(doc, o)).and_then(|o| o.as_dict().ok()) {
            Some(res) => fonts_of(doc, res),
            None => HashMap::new(),
        };
        let page = extract(&content.operations, &fonts);
        if page.text.trim().is_empty() {
            continue;
        }
        let reps = pass.segment(&page.text, None)?;
        if reps.is_empty() {
            continue;
        }
        let data = redacted_content(content.operations, &page, &reps)?;
        if let Ok(Object::Stream(st)) = doc.get_object_mut(id) {
            st.dict.remove(b"Filter");
            st.dict.remove(b"DecodeParms");
            st.set_plain_content(data);
            let _ = st.compress();
        }
    }
    Ok(())
}

/// Text strings of annotations (`Contents`, `T`, `Subj`), bookmarks (`Title`) and form fields
/// (`V`, `DV`, `TU`, `T`), in object order. A changed annotation or field loses its appearance stream
/// and rich-text copy, so viewers draw it again from the redacted value.
fn strings_in_dictionaries(doc: &mut Document, pass: &mut Pass<'_>) -> Result<(), DocError> {
    let ids: Vec<ObjectId> = doc.objects.keys().copied().collect();
    for id in ids {
        let Some(Object::Dictionary(d)) = doc.objects.get(&id) else { continue };
        let mut keys: Vec<&[u8]> = Vec::new();
        if d.has(b"Rect") && d.has(b"Subtype") {
            keys.extend([&b"Contents"[..], b"T", b"Subj"]);
        }
        if d.has(b"Title") && d.has(b"Parent") {
            keys.push(b"Title");
        }
        if d.has(b"FT") || (d.has(b"T") && d.has(b"V")) {
            keys.extend([&b"V"[..], b"DV", b"TU"]);
            if !keys.contains(&&b"T"[..]) {
                keys.push(b"T");
            }
        }
        if keys.is_empty() {
            continue;
        }
        let mut changed: Vec<(Vec<u8>, String)> = Vec::new();
        for key in keys {
            if let Ok(Object::String(raw, _)) = d.get(key) {
                let text = text_string(raw);
                let reps = pass.segment(&text, Some(&String::from_utf8_lossy(key)))?;
                if !reps.is_empty() {
                    changed.push((key.to_vec(), crate::pass::apply(&text, &reps)));
                }
            }
        }
        if changed.is_empty() {
            continue;
        }
        if let Some(Object::Dictionary(d)) = doc.objects.get_mut(&id) {
            for (key, value) in changed {
                d.set(key, Object::String(encode_text_string(&value), lopdf::StringFormat::Literal));
            }
            d.remove(b"AP");
            d.remove(b"RC");
        }
    }
    Ok(())
}

/// A PDF text string: PDFDocEncoding (Latin-1 here) when it fits, else UTF-16BE with a BOM.
fn encode_text_string(s: &str) -> Vec<u8> {
    if s.chars().all(|c| (c as u32) < 0x80) {
        return s.as_bytes().to_vec();
    }
    let mut out = vec![0xFE, 0xFF];
    out.extend(s.encode_utf16().flat_map(u16::to_be_bytes));
    out
}

fn fonts_of(doc: &Document, resources: &Dictionary) -> HashMap<Vec<u8>, Font> {
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

fn page_fonts(doc: &Document, page_id: ObjectId) -> HashMap<Vec<u8>, Font> {
    let mut out = HashMap::new();
    if let Ok(fonts) = doc.get_page_fonts(page_id) {
        for (name, dict) in fonts {
            out.insert(name, load_font(doc, dict));
        }
    }
    out
}

fn deref<'a>(doc: &'a Document, o: &'a Object) -> &'a Object {
    doc.dereference(o).map(|(_, o)| o).unwrap_or(o)
}

fn num(o: &Object) -> Option<f32> {
    match o {
        Object::Integer(i) => Some(*i as f32),
        Object::Real(r) => Some(*r),
        _ => None,
    }
}

fn load_font(doc: &Document, dict: &Dictionary) -> Font {
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

fn win_ansi() -> [char; 256] {
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

fn glyph_char(name: &[u8]) -> Option<char> {
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
fn standard_widths(base: &[u8]) -> (f32, &'static [u16]) {
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

/// Parses the `bfchar` and `bfrange` sections of a ToUnicode CMap.
fn parse_cmap(data: &[u8]) -> HashMap<u32, String> {
    let mut map = HashMap::new();
    let toks = cmap_tokens(data);
    let mut i = 0;
    while i < toks.len() {
        match toks[i].as_slice() {
            b"beginbfchar" => {
                i += 1;
                while i + 1 < toks.len() && toks[i] != b"endbfchar" {
                    if let (Some(src), Some(dst)) = (hex_code(&toks[i]), hex_utf16(&toks[i + 1])) {
                        map.insert(src, dst);
                    }
                    i += 2;
                }
            }
            b"beginbfrange" => {
                i += 1;
                while i + 2 < toks.len() && toks[i] != b"endbfrange" {
                    let (lo, hi) = (hex_code(&toks[i]), hex_code(&toks[i + 1]));
                    if toks[i + 2] == b"[" {
                        let mut k = i + 3;
                        let mut code = lo.unwrap_or(0);
                        while k < toks.len() && toks[k] != b"]" {
                            if map.len() >= MAX_CODES {
                                break;
                            }
                            if let Some(d) = hex_utf16(&toks[k]) {
                                map.insert(code, d);
                            }
                            code = code.wrapping_add(1);
                            k += 1;
                        }
                        i = k + 1;
                    } else {
                        if let (Some(lo), Some(hi), Some(dst)) = (lo, hi, hex_utf16(&toks[i + 2]))
                            && hi >= lo
                            && hi - lo < 65536
                            && map.len() < MAX_CODES
                        {
                            let mut chars: Vec<char> = dst.chars().collect();
                            for c in lo..=hi {
                                map.insert(c, chars.iter().collect());
                                if let Some(last) = chars.last_mut() {
                                    *last = char::from_u32(*last as u32 + 1).unwrap_or(*last);
                                }
                            }
                        }
                        i += 3;
                    }
                }
            }
            _ => {}
        }
        i += 1;
    }
    map
}

fn cmap_tokens(data: &[u8]) -> Vec<Vec<u8>> {
    let mut toks = Vec::new();
    let mut i = 0;
    while i < data.len() {
        let c = data[i];
        if c.is_ascii_whitespace() {
            i += 1;
        } else if c == b'<' {
            let e = data[i..].iter().position(|&b| b == b'>').map_or(data.len(), |p| i + p);
            toks.push(data[i..e.min(data.len())].to_vec());
            i = e + 1;
        } else if c == b'[' || c == b']' {
            toks.push(vec![c]);
            i += 1;
        } else if c == b'%' {
            while i < data.len() && data[i] != b'\n' {
                i += 1;
            }
        } else {
            let s = i;
            while i < data.len() && !data[i].is_ascii_whitespace() && !matches!(data[i], b'<' | b'[' | b']') {
                i += 1;
            }
            toks.push(data[s..i].to_vec());
        }
    }
    toks
}

fn hex_bytes(tok: &[u8]) -> Option<Vec<u8>> {
    let hex: Vec<u8> = tok.strip_prefix(b"<")?.iter().copied().filter(|b| b.is_ascii_hexdigit()).collect();
    hex.chunks(2)
        .map(|c| {
            let s = std::str::from_utf8(c).ok()?;
            let v = u8::from_str_radix(s, 16).ok()?;
            Some(if c.len() == 1 { v << 4 } else { v })
        })
        .collect()
}

fn hex_code(tok: &[u8]) -> Option<u32> {
    let b = hex_bytes(tok)?;
    if b.len() > 4 {
        return None;
    }
    Some(b.iter().fold(0u32, |a, &x| (a << 8) | u32::from(x)))
}

fn hex_utf16(tok: &[u8]) -> Option<String> {
    let b = hex_bytes(tok)?;
    let units: Vec<u16> = b.chunks(2).map(|c| u16::from_be_bytes([c[0], *c.get(1).unwrap_or(&0)])).collect();
    Some(String::from_utf16_lossy(&units))
}

// ---------------------------------------------------------------------------------------------
// Text extraction with glyph positions

type Matrix = [f32; 6];

const IDENTITY: Matrix = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0];

fn mul(a: &Matrix, b: &Matrix) -> Matrix {
    [
        a[0] * b[0] + a[1] * b[2],
        a[0] * b[1] + a[1] * b[3],
        a[2] * b[0] + a[3] * b[2],
        a[2] * b[1] + a[3] * b[3],
        a[4] * b[0] + a[5] * b[2] + b[4],
        a[4] * b[1] + a[5] * b[3] + b[5],
    ]
}

fn apply_m(m: &Matrix, x: f32, y: f32) -> (f32, f32) {
    (x * m[0] + y * m[2] + m[4], x * m[1] + y * m[3] + m[5])
}

#[derive(Clone)]
struct GState {
    ctm: Matrix,
    tc: f32,
    tw: f32,
    th: f32,
    tl: f32,
    ts: f32,
    font: Vec<u8>,
    size: f32,
}

/// One shown glyph: where its code sits in the content stream and in the extracted text.
struct Glyph {
    op: usize,
    /// Index in the TJ array (0 for the other operators).
    elem: usize,
    byte_start: usize,
    byte_len: usize,
    /// Byte range in the page text.
    text_start: usize,
    text_end: usize,
    /// TJ number that advances the pen as this glyph did.
    advance: f32,
    /// Bounding box in default user space: x0, y0, x1, y1.
    bbox: [f32; 4],
}

struct PageText {
    text: String,
    glyphs: Vec<Glyph>,
}

fn extract(ops: &[Operation], fonts: &HashMap<Vec<u8>, Font>) -> PageText {
    let fallback =
        Font { code_len: 1, to_unicode: HashMap::new(), encoding: Some(win_ansi()), widths: HashMap::new(), default_width: 500.0 };
    let mut gs = GState { ctm: IDENTITY, tc: 0.0, tw: 0.0, th: 1.0, tl: 0.0, ts: 0.0, font: Vec::new(), size: 0.0 };
    let mut stack: Vec<GState> = Vec::new();
    let mut tm = IDENTITY;
    let mut tlm = IDENTITY;
    let mut out = PageText { text: String::new(), glyphs: Vec::new() };
    // Where the previous glyph ended (user space) and its baseline, for separators.
    let mut last: Option<(f32, f32, f32)> = None;
    for (idx, op) in ops.iter().enumerate() {
        let n = |i: usize| op.operands.get(i).and_then(num).unwrap_or(0.0);
        match op.operator.as_str() {
            "q" if stack.len() < 256 => {
                stack.push(gs.clone());
            }
            "Q" => {
                if let Some(g) = stack.pop() {
                    gs = g;
                }
            }
            "cm" => gs.ctm = mul(&[n(0), n(1), n(2), n(3), n(4), n(5)], &gs.ctm),
            "BT" => {
                tm = IDENTITY;
                tlm = IDENTITY;
            }
            "Tf" => {
                gs.font = op.operands.first().and_then(|o| o.as_name().ok()).unwrap_or(b"").to_vec();
                gs.size = n(1);
            }
            "Tc" => gs.tc = n(0),
            "Tw" => gs.tw = n(0),
            "Tz" => gs.th = n(0) / 100.0,
            "TL" => gs.tl = n(0),
            "Ts" => gs.ts = n(0),
            "Td" | "TD" => {
                if op.operator == "TD" {
                    gs.tl = -n(1);
                }
                tlm = mul(&[1.0, 0.0, 0.0, 1.0, n(0), n(1)], &tlm);
                tm = tlm;
            }
            "Tm" => {
                tlm = [n(0), n(1), n(2), n(3), n(4), n(5)];
                tm = tlm;
            }
            "T*" => {
                tlm = mul(&[1.0, 0.0, 0.0, 1.0, 0.0, -gs.tl], &tlm);
                tm = tlm;
            }
            "Tj" | "'" | "\"" | "TJ" => {
                if op.operator == "'" || op.operator == "\"" {
                    if op.operator == "\"" {
                        gs.tw = n(0);
                        gs.tc = n(1);
                    }
                    tlm = mul(&[1.0, 0.0, 0.0, 1.0, 0.0, -gs.tl], &tlm);
                    tm = tlm;
                }
                let font = fonts.get(&gs.font).unwrap_or(&fallback);
                let elems: Vec<(usize, &Object)> = match op.operator.as_str() {
                    "TJ" => match op.operands.first() {
                        Some(Object::Array(a)) => a.iter().enumerate().collect(),
                        _ => Vec::new(),
                    },
                    "\"" => op.operands.get(2).map(|o| vec![(0, o)]).unwrap_or_default(),
                    _ => op.operands.first().map(|o| vec![(0, o)]).unwrap_or_default(),
                };
                for (elem, o) in elems {
                    match o {
                        Object::String(bytes, _) => {
                            let mut i = 0;
                            while i < bytes.len() {
                                let len = font.code_len.min(bytes.len() - i);
                                let code = bytes[i..i + len].iter().fold(0u32, |a, &b| (a << 8) | u32::from(b));
                                let w0 = font.width(code) / 1000.0;
                                let spacing = gs.tc + if len == 1 && code == 32 { gs.tw } else { 0.0 };
                                let trm = mul(&[gs.size * gs.th, 0.0, 0.0, gs.size, 0.0, gs.ts], &mul(&tm, &gs.ctm));
                                let (x0, y0) = apply_m(&trm, 0.0, 0.0);
                                let corners = [
                                    apply_m(&trm, 0.0, -0.25),
                                    apply_m(&trm, w0, -0.25),
                                    apply_m(&trm, 0.0, 0.95),
                                    apply_m(&trm, w0, 0.95),
                                ];
                                let bbox = corners.iter().fold([f32::MAX, f32::MAX, f32::MIN, f32::MIN], |b, &(x, y)| {
                                    [b[0].min(x), b[1].min(y), b[2].max(x), b[3].max(y)]
                                });
                                // Separators from the geometry.
                                let em = (gs.size * (gs.ctm[3].abs() + gs.ctm[1].abs()).max(1e-3) * (tm[3].abs() + tm[1].abs()).max(1e-3))
                                    .abs()
                                    .max(1e-3);
                                if let Some((lx, ly, _)) = last {
                                    if (y0 - ly).abs() > em * 0.5 {
                                        if !out.text.ends_with('\n') && !out.text.is_empty() {
                                            out.text.push('\n');
                                        }
                                    } else if x0 - lx > em * 0.2 && !out.text.ends_with([' ', '\n']) {
                                        out.text.push(' ');
                                    }
                                }
                                let s = font.unicode(code);
                                let text_start = out.text.len();
                                out.text.push_str(&s);
                                let advance = if gs.size.abs() > 1e-6 { w0 * 1000.0 + spacing * 1000.0 / gs.size } else { w0 * 1000.0 };
                                out.glyphs.push(Glyph {
                                    op: idx,
                                    elem,
                                    byte_start: i,
                                    byte_len: len,
                                    text_start,
                                    text_end: out.text.len(),
                                    advance,
                                    bbox,
                                });
                                let tx = (w0 * gs.size + spacing) * gs.th;
                                tm = mul(&[1.0, 0.0, 0.0, 1.0, tx, 0.0], &tm);
                                let (x1, y1) =
                                    apply_m(&mul(&[gs.size * gs.th, 0.0, 0.0, gs.size, 0.0, gs.ts], &mul(&tm, &gs.ctm)), 0.0, 0.0);
                                last = Some((x1, y1, em));
                                i += len;
                            }
                        }
                        o => {
                            if let Some(adj) = num(o) {
                                let tx = -adj / 1000.0 * gs.size * gs.th;
                                tm = mul(&[1.0, 0.0, 0.0, 1.0, tx, 0.0], &tm);
                            }
                        }
                    }
                }
            }
            _ => {}
        }
    }
    out
}

/// The content stream without the glyphs of `reps`, wrapped in `q … Q`, with black boxes over them.
fn redacted_content(ops: Vec<Operation>, page: &PageText, reps: &[crate::pass::Replacement]) -> Result<Vec<u8>, DocError> {
    let (ops, boxes) = remove_glyphs(ops, page, reps);
    let mut data = b"q\n".to_vec();
    data.extend(Content { operations: ops }.encode().map_err(corrupt)?);
    data.extend_from_slice(b"\nQ\nq 0 0 0 rg 0 0 0 RG\n");
    for b in boxes {
        data.extend_from_slice(format!("{:.2} {:.2} {:.2} {:.2} re f\n", b[0], b[1], b[2] - b[0], b[3] - b[1]).as_bytes());
    }
    data.extend_from_slice(b"Q\n");
    Ok(data)
}

/// Removes the glyphs of the replaced text ranges; returns the new operators and the boxes.
fn remove_glyphs(mut ops: Vec<Operation>, page: &PageText, reps: &[crate::pass::Replacement]) -> (Vec<Operation>, Vec<[f32; 4]>) {
    let mut removed: HashMap<usize, HashMap<(usize, usize), &Glyph>> = HashMap::new();
    let mut boxes: Vec<[f32; 4]> = Vec::new();
    for r in reps {
        let mut current: Option<(usize, [f32; 4])> = None;
        for g in page.glyphs.iter().filter(|g| g.text_start < r.end && g.text_end > r.start && g.text_end > g.text_start) {
            removed.entry(g.op).or_default().insert((g.elem, g.byte_start), g);
            match current.as_mut() {
                Some((op, b)) if *op == g.op || (g.bbox[1] - b[1]).abs() < 1.0 => {
                    *op = g.op;
                    *b = [b[0].min(g.bbox[0]), b[1].min(g.bbox[1]), b[2].max(g.bbox[2]), b[3].max(g.bbox[3])];
                }
                _ => {
                    boxes.extend(current.take().map(|(_, b)| b));
                    current = Some((g.op, g.bbox));
                }
            }
        }
        boxes.extend(current.map(|(_, b)| b));
    }
    let mut indices: Vec<usize> = removed.keys().copied().collect();
    indices.sort_unstable_by(|a, b| b.cmp(a));
    for idx in indices {
        let gone = &removed[&idx];
        let op = &ops[idx];
        let (prefix, elems): (Vec<Operation>, Vec<Object>) = match op.operator.as_str() {
            "TJ" => (Vec::new(), op.operands.first().and_then(|o| o.as_array().ok()).cloned().unwrap_or_default()),
            "'" => (vec![Operation::new("T*", vec![])], op.operands.first().cloned().into_iter().collect()),
            "\"" => (
                vec![
                    Operation::new("Tw", op.operands.first().cloned().into_iter().collect()),
                    Operation::new("Tc", op.operands.get(1).cloned().into_iter().collect()),
                    Operation::new("T*", vec![]),
                ],
                op.operands.get(2).cloned().into_iter().collect(),
            ),
            _ => (Vec::new(), op.operands.first().cloned().into_iter().collect()),
        };
        let mut arr: Vec<Object> = Vec::new();
        let push_num = |arr: &mut Vec<Object>, v: f32| {
            if let Some(Object::Real(prev)) = arr.last_mut() {
                *prev += v;
            } else {
                arr.push(Object::Real(v));
            }
        };
        for (e, obj) in elems.into_iter().enumerate() {
            match obj {
                Object::String(bytes, fmt) => {
                    let mut kept = Vec::new();
                    let mut i = 0;
                    while i < bytes.len() {
                        match gone.get(&(e, i)) {
                            Some(g) => {
                                if !kept.is_empty() {
                                    arr.push(Object::String(std::mem::take(&mut kept), fmt));
                                }
                                push_num(&mut arr, -g.advance);
                                i += g.byte_len.max(1);
                            }
                            None => {
                                kept.push(bytes[i]);
                                i += 1;
                            }
                        }
                    }
                    if !kept.is_empty() {
                        arr.push(Object::String(kept, fmt));
                    }
                }
                other => {
                    if let Some(v) = num(&other) {
                        push_num(&mut arr, v);
                    }
                }
            }
        }
        let mut replacement = prefix;
        replacement.push(Operation::new("TJ", vec![Object::Array(arr)]));
        ops.splice(idx..=idx, replacement);
    }
    (ops, boxes)
}
