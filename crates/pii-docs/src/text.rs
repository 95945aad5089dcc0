//! Format sniffing, and plain text streamed in windows.
//!
//! Extracted text: the decoded text itself. It is read in windows of [`WINDOW`] bytes; each window
//! after the first starts [`OVERLAP`] bytes before the end of the previous one (at a whitespace when
//! there is one), and a window only keeps the entities that start in its own part, so an entity
//! crossing a window boundary is found once, whole, as long as it is shorter than the overlap.

use std::io::Write;

use crate::encoding::{Decoder, Encoder, Encoding};
use crate::pass::Pass;
use crate::{DocError, Format, Input};

const WINDOW: usize = 1 << 20;
const OVERLAP: usize = 4096;

pub(crate) fn sniff(file_name: &str, head: &[u8]) -> Result<Format, DocError> {
    let ext = file_name.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase()).unwrap_or_default();
    if head.starts_with(b"%PDF-") || head[..head.len().min(1024)].windows(5).any(|w| w == b"%PDF-") {
        return Ok(Format::Pdf);
    }
    if let Some(f) = crate::raster::sniff(head) {
        return Ok(f);
    }
    if head.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        return match ext.as_str() {
            "docx" | "xlsx" => Err(DocError::Encrypted),
            _ => Err(DocError::Unsupported("legacy Office (OLE) files are not supported; save as DOCX or XLSX".into())),
        };
    }
    if head.starts_with(b"PK\x03\x04") {
        return match ext.as_str() {
            "docx" | "docm" | "dotx" => Ok(Format::Docx),
            "xlsx" | "xlsm" | "xltx" => Ok(Format::Xlsx),
            _ if head.windows(5).any(|w| w == b"word/") => Ok(Format::Docx),
            _ if head.windows(3).any(|w| w == b"xl/") => Ok(Format::Xlsx),
            _ => Err(DocError::Unsupported("a ZIP archive that is neither DOCX nor XLSX".into())),
        };
    }
    let utf16 = head.starts_with(&[0xFF, 0xFE]) || head.starts_with(&[0xFE, 0xFF]);
    let looks_binary = !utf16 && head.iter().take(8192).any(|&b| b == 0);
    if looks_binary {
        return Err(DocError::Unsupported(format!(
            "cannot redact this binary file type ({})",
            if ext.is_empty() { "no extension" } else { &ext }
        )));
    }
    let by_ext = match ext.as_str() {
        "txt" | "text" | "log" | "md" => Some(Format::Text),
        "csv" => Some(Format::Csv),
        "tsv" | "tab" => Some(Format::Tsv),
        "json" => Some(Format::Json),
        "ndjson" | "jsonl" => Some(Format::Ndjson),
        "html" | "htm" | "xhtml" => Some(Format::Html),
        "xml" => Some(Format::Xml),
        "eml" | "mime" => Some(Format::Eml),
        "docx" | "xlsx" | "pdf" => {
            return Err(DocError::Corrupt(format!("the file is named .{ext} but is not a valid {ext} file")));
        }
        _ => None,
    };
    if let Some(f) = by_ext {
        // A .json file that holds one object per line is NDJSON.
        if f == Format::Json && looks_ndjson(head) {
            return Ok(Format::Ndjson);
        }
        return Ok(f);
    }
    // By content.
    let text = String::from_utf8_lossy(&head[..head.len().min(4096)]);
    let t = text.trim_start_matches('\u{feff}').trim_start();
    let lower = t.get(..t.len().min(256)).unwrap_or("").to_ascii_lowercase();
    if lower.starts_with("<!doctype html") || lower.starts_with("<html") {
        return Ok(Format::Html);
    }
    if lower.starts_with("<?xml") || (lower.starts_with('<') && !lower.starts_with("<!")) {
        return Ok(if lower.contains("<html") { Format::Html } else { Format::Xml });
    }
    if t.starts_with('{') {
        return Ok(if looks_ndjson(head) { Format::Ndjson } else { Format::Json });
    }
    if t.starts_with('[') {
        return Ok(Format::Json);
    }
    let first = t.lines().next().unwrap_or("");
    let header_names = ["from:", "received:", "return-path:", "mime-version:", "message-id:", "delivered-to:", "date:", "to:", "subject:"];
    if header_names.iter().any(|h| first.to_ascii_lowercase().starts_with(h)) {
        return Ok(Format::Eml);
    }
    Ok(Format::Text)
}

/// Two or more complete `{…}` lines at the start.
fn looks_ndjson(head: &[u8]) -> bool {
    let text = String::from_utf8_lossy(&head[..head.len().min(4096)]);
    let mut lines = text.lines().filter(|l| !l.trim().is_empty());
    let complete: Vec<&str> = lines.by_ref().take(2).collect();
    complete.len() == 2 && complete.iter().all(|l| l.trim_start().starts_with('{') && l.trim_end().ends_with('}'))
}

/// Analyses or redacts plain text, streamed.
pub(crate) fn run(input: &Input, pass: &mut Pass<'_>, out: &mut dyn Write) -> Result<&'static str, DocError> {
    let enc = Encoding::detect(input)?;
    let mut dec = Decoder::new(input.open()?, enc);
    if pass.is_redacting() {
        redact(&mut dec, pass, &mut Encoder::new(out, enc))?;
    } else if pass.is_extracting() {
        let mut buf = String::new();
        loop {
            let more = dec.next_chunk(&mut buf, WINDOW)?;
            pass.write_extracted(&buf)?;
            pass.advance(pii_core::text::char_len(&buf));
            buf.clear();
            pass.progress(dec.consumed)?;
            if !more {
                break;
            }
        }
    } else {
        analyze(&mut dec, pass)?;
    }
    Ok(content_type(Format::Text, enc))
}

/// The output media type of a text format in encoding `enc`.
pub(crate) fn content_type(format: Format, enc: Encoding) -> &'static str {
    match (format, enc.charset()) {
        // The page's own `<meta>` names the charset it is written in.
        (Format::Html, _) if matches!(enc, Encoding::Declared(_)) => "text/html",
        (Format::Text, "utf-16") => "text/plain; charset=utf-16",
        (Format::Text, "iso-8859-1") => "text/plain; charset=iso-8859-1",
        (Format::Csv, "utf-16") => "text/csv; charset=utf-16",
        (Format::Csv, "iso-8859-1") => "text/csv; charset=iso-8859-1",
        (Format::Tsv, "utf-16") => "text/tab-separated-values; charset=utf-16",
        (Format::Tsv, "iso-8859-1") => "text/tab-separated-values; charset=iso-8859-1",
        (Format::Html, "utf-16") => "text/html; charset=utf-16",
        (Format::Html, "iso-8859-1") => "text/html; charset=iso-8859-1",
        (f, _) => f.content_type(),
    }
}

fn analyze(dec: &mut Decoder<'_>, pass: &mut Pass<'_>) -> Result<(), DocError> {
    let analyzer = pass.analyzer().ok_or_else(|| DocError::Mismatch("analysis without an analyzer".into()))?;
    let mut buf = String::new();
    // Global char offset of buf[0] (a text attached to an e-mail starts after the e-mail's own
    // text); end (global chars) of the last entity kept.
    let origin = pass.pos();
    let mut buf_start: u64 = origin;
    let mut last_end: u64 = origin;
    loop {
        let more = dec.next_chunk(&mut buf, WINDOW)?;
        if more && buf.len() < WINDOW {
            continue;
        }
        // The part of this window it owns ends at `own`; the rest is seen again by the next window.
        let own = if more { cut_point(&buf, buf.len().saturating_sub(OVERLAP)) } else { buf.len() };
        let spans = analyzer.analyze(&buf, &pii_core::engine::SegmentContext::default());
        let mut cc = pii_core::text::CharCounter::new(&buf);
        let mut kept = Vec::new();
        for s in spans {
            if s.start >= own {
                break;
            }
            let gs = buf_start + cc.char_offset(s.start);
            if gs < last_end {
                continue;
            }
            last_end = buf_start + cc.char_offset(s.end);
            kept.push(s);
        }
        pass.push_window_spans(&buf, buf_start, &kept)?;
        let own_chars = pii_core::text::CharCounter::new(&buf).char_offset(own);
        buf.drain(..own);
        buf_start += own_chars;
        pass.progress(dec.consumed)?;
        if !more {
            break;
        }
    }
    pass.advance(buf_start - origin);
    Ok(())
}

/// A char boundary at or before `at`, preferably just after a whitespace within the last 256 bytes.
fn cut_point(s: &str, at: usize) -> usize {
    let mut at = at.min(s.len());
    while !s.is_char_boundary(at) {
        at -= 1;
    }
    let lo = at.saturating_sub(256);
    let bytes = s.as_bytes();
    for i in (lo..at).rev() {
        if bytes[i].is_ascii_whitespace() {
            return i + 1;
        }
    }
    at
}

fn redact(dec: &mut Decoder<'_>, pass: &mut Pass<'_>, enc: &mut Encoder<'_>) -> Result<(), DocError> {
    let mut buf = String::new();
    // Global char offset of buf[0], and chars in buf.
    let origin = pass.pos();
    let mut buf_start: u64 = origin;
    let mut buf_chars: u64 = 0;
    loop {
        let before = buf.len();
        let more = dec.next_chunk(&mut buf, WINDOW)?;
        buf_chars += pii_core::text::char_len(&buf[before..]);
        // Written up to byte `cur` (char `cur_chars` relative to buf_start).
        let (mut cur, mut cur_chars) = (0usize, 0u64);
        while let Some(f) = pass.next_finding() {
            let fs = f.start.max(buf_start + cur_chars);
            let fe = f.end;
            if fs >= buf_start + buf_chars || (fe > buf_start + buf_chars && more) {
                break; // not in this buffer yet, or its end is still to come
            }
            let fe = fe.min(buf_start + buf_chars);
            if fe <= fs {
                pass.skip_next(); // overlaps the finding just applied
                continue;
            }
            let a = cur + byte_at(&buf[cur..], fs - buf_start - cur_chars);
            let b = a + byte_at(&buf[a..], fe - fs);
            let replacement = pass.apply_next(&buf[a..b])?;
            enc.write_str(&buf[cur..a])?;
            enc.write_str(&replacement)?;
            cur = b;
            cur_chars = fe - buf_start;
        }
        // Keep the text from a pending finding's start; write the rest.
        let keep_from = match pass.next_finding() {
            Some(f) if more && f.start < buf_start + buf_chars => f.start.max(buf_start + cur_chars) - buf_start,
            _ => buf_chars,
        };
        let k = cur + byte_at(&buf[cur..], keep_from - cur_chars);
        enc.write_str(&buf[cur..k])?;
        buf.drain(..k);
        buf_start += keep_from;
        buf_chars -= keep_from;
        if buf.len() > WINDOW * 4 {
            return Err(DocError::TooLarge("a finding longer than the text window".into()));
        }
        pass.progress(dec.consumed)?;
        if !more {
            break;
        }
    }
    enc.write_str(&buf)?;
    pass.advance(buf_start + buf_chars - origin);
    Ok(())
}

fn byte_at(s: &str, chars: u64) -> usize {
    pii_core::text::ByteCounter::new(s).byte_offset(chars)
}
