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

mod cmap;
mod fonts;
mod text;

use std::collections::HashMap;

use lopdf::content::Content;
use lopdf::{Dictionary, Document, LoadOptions, Object, ObjectId, Stream};

use self::fonts::{deref, fonts_of, page_fonts};
use self::text::{extract, redacted_content};
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
        pass.progress(bytes.len() as u64 * (k as u64 + 1) / (total + 1))?;
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
