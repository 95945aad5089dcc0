//! JSON documents (loaded whole) and NDJSON (streamed line by line).
//!
//! Extracted text: in document order, every object key and every string value (escapes decoded),
//! and every integer literal of [`MIN_ID_DIGITS`] or more digits (an identifier stored as a
//! number), each followed by `\n`. A value's key is its context (`field_name`); values inside an
//! array take the key of the array. Only the bytes of a finding change: whitespace, key order and
//! every other value stay as they were. A redacted number becomes a string holding the operator's
//! output. NDJSON is the same per line, lines in order.

use std::io::Write;

use crate::edits::{self, Edit, SourceMap};
use crate::encoding::{Decoder, Encoder, Encoding};
use crate::pass::{self, Pass};
use crate::{DocError, Format, Input, Ran};

/// Integer literals with at least this many digits are analysed as identifiers.
pub(crate) const MIN_ID_DIGITS: usize = 5;

pub(crate) fn run_json(bytes: &[u8], pass: &mut Pass<'_>) -> Result<Ran, DocError> {
    let enc = Encoding::detect_bytes(bytes);
    let text = enc.decode_cow(bytes)?;
    let mut edits = Vec::new();
    walk(&text, pass, &mut edits).map_err(|e| e.context("JSON document"))?;
    let out = pass.is_redacting().then(|| enc.encode_owned(edits::apply(&text, &mut edits)));
    Ok(Ran { bytes: out, content_type: Format::Json.content_type() })
}

pub(crate) fn run_ndjson(input: &Input, pass: &mut Pass<'_>, out: &mut dyn Write) -> Result<&'static str, DocError> {
    let enc = Encoding::detect(input)?;
    let mut dec = Decoder::new(input.open()?, enc);
    let mut encoder = Encoder::new(out, enc);
    let mut buf = String::new();
    let mut outbuf = String::new();
    let mut edits = Vec::new();
    let mut line_no = 0u64;
    loop {
        let more = dec.next_chunk(&mut buf, 1 << 16)?;
        let mut pos = 0;
        while let Some(nl) = buf[pos..].find('\n').map(|i| i + pos).or((!more && pos < buf.len()).then_some(buf.len())) {
            line_no += 1;
            let line = &buf[pos..nl];
            if !line.trim().is_empty() {
                edits.clear();
                walk(line, pass, &mut edits).map_err(|e| e.context(&format!("NDJSON line {line_no}")))?;
                if pass.is_redacting() {
                    if edits.is_empty() {
                        outbuf.push_str(line);
                    } else {
                        outbuf.push_str(&edits::apply(line, &mut edits));
                    }
                }
            } else if pass.is_redacting() {
                outbuf.push_str(line);
            }
            if pass.is_redacting() && nl < buf.len() {
                outbuf.push('\n');
            }
            pos = (nl + 1).min(buf.len());
            if outbuf.len() >= 1 << 16 {
                encoder.write_str(&outbuf)?;
                outbuf.clear();
            }
        }
        buf.drain(..pos);
        if buf.len() > pass.limits.max_record_bytes {
            return Err(DocError::TooLarge(format!("an NDJSON line longer than {} bytes", pass.limits.max_record_bytes)));
        }
        pass.progress(dec.consumed)?;
        if !more {
            break;
        }
    }
    encoder.write_str(&outbuf)?;
    Ok(Format::Ndjson.content_type())
}

trait Context {
    fn context(self, what: &str) -> Self;
}

impl Context for DocError {
    fn context(self, what: &str) -> Self {
        match self {
            DocError::Corrupt(m) => DocError::Corrupt(format!("{what}: {m}")),
            DocError::TooLarge(m) => DocError::TooLarge(format!("{what}: {m}")),
            e => e,
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Expect {
    Value,
    ValueOrEnd,
    KeyOrEnd,
    Key,
    Colon,
    CommaOrEnd,
    Done,
}

struct Frame {
    object: bool,
    /// The key that names this container's values.
    key: Option<String>,
}

fn bad(at: usize, what: &str) -> DocError {
    DocError::Corrupt(format!("invalid JSON at byte {at}: {what}"))
}

/// Walks one JSON text, handing strings and identifier-like numbers to the pass, collecting edits.
fn walk(src: &str, pass: &mut Pass<'_>, edits: &mut Vec<Edit>) -> Result<(), DocError> {
    let b = src.as_bytes();
    let mut i = 0;
    let mut stack: Vec<Frame> = Vec::new();
    let mut expect = Expect::Value;
    // The key of the value about to be read.
    let mut key: Option<String> = None;
    let mut text = String::new();
    let mut map = SourceMap::new();
    loop {
        while i < b.len() && matches!(b[i], b' ' | b'\t' | b'\n' | b'\r') {
            i += 1;
        }
        if i >= b.len() {
            return if expect == Expect::Done { Ok(()) } else { Err(bad(i, "unexpected end (truncated?)")) };
        }
        let c = b[i];
        match expect {
            Expect::Done => return Err(bad(i, "data after the end of the value")),
            Expect::Colon => {
                if c != b':' {
                    return Err(bad(i, "expected ':'"));
                }
                i += 1;
                expect = Expect::Value;
            }
            Expect::CommaOrEnd => match (c, stack.last().map(|f| f.object)) {
                (b',', Some(true)) => {
                    i += 1;
                    expect = Expect::Key;
                }
                (b',', Some(false)) => {
                    i += 1;
                    key = stack.last().and_then(|f| f.key.clone());
                    expect = Expect::Value;
                }
                (b'}', Some(true)) | (b']', Some(false)) => {
                    i += 1;
                    stack.pop();
                    expect = if stack.is_empty() { Expect::Done } else { Expect::CommaOrEnd };
                }
                _ => return Err(bad(i, "expected ',' or the end of the container")),
            },
            Expect::Key | Expect::KeyOrEnd => {
                if c == b'}' && expect == Expect::KeyOrEnd {
                    i += 1;
                    stack.pop();
                    expect = if stack.is_empty() { Expect::Done } else { Expect::CommaOrEnd };
                    continue;
                }
                if c != b'"' {
                    return Err(bad(i, "expected a key"));
                }
                let end = string(src, i, &mut text, &mut map)?;
                let reps = pass.segment(&text, None)?;
                map.edits(&reps, &escape_json, edits);
                key = Some(text.clone());
                i = end;
                expect = Expect::Colon;
            }
            Expect::Value | Expect::ValueOrEnd => {
                if c == b']' && expect == Expect::ValueOrEnd {
                    i += 1;
                    stack.pop();
                    expect = if stack.is_empty() { Expect::Done } else { Expect::CommaOrEnd };
                    continue;
                }
                let after = if stack.is_empty() { Expect::Done } else { Expect::CommaOrEnd };
                match c {
                    b'{' | b'[' => {
                        if stack.len() >= pass.limits.max_nesting_depth {
                            return Err(DocError::TooLarge(format!("JSON nested deeper than {} levels", pass.limits.max_nesting_depth)));
                        }
                        stack.push(Frame { object: c == b'{', key: key.take() });
                        if c == b'[' {
                            key = stack.last().and_then(|f| f.key.clone());
                        }
                        i += 1;
                        expect = if c == b'{' { Expect::KeyOrEnd } else { Expect::ValueOrEnd };
                    }
                    b'"' => {
                        let end = string(src, i, &mut text, &mut map)?;
                        let reps = pass.segment(&text, key.as_deref())?;
                        map.edits(&reps, &escape_json, edits);
                        i = end;
                        expect = after;
                    }
                    b'-' | b'0'..=b'9' => {
                        let end = number_end(b, i)?;
                        let lit = &src[i..end];
                        let digits = lit.bytes().filter(u8::is_ascii_digit).count();
                        if digits >= MIN_ID_DIGITS && lit.bytes().all(|c| c.is_ascii_digit() || c == b'-') {
                            let reps = pass.segment(lit, key.as_deref())?;
                            if !reps.is_empty() {
                                let new = pass::apply(lit, &reps);
                                edits.push(Edit { start: i, end, text: format!("\"{}\"", escape_json(&new)) });
                            }
                        }
                        i = end;
                        expect = after;
                    }
                    b't' | b'f' | b'n' => {
                        let word: &[u8] = match c {
                            b't' => b"true",
                            b'f' => b"false",
                            _ => b"null",
                        };
                        if !b[i..].starts_with(word) {
                            return Err(bad(i, "unexpected literal"));
                        }
                        i += word.len();
                        expect = after;
                    }
                    _ => return Err(bad(i, "expected a value")),
                }
                if expect == Expect::CommaOrEnd || expect == Expect::Done {
                    key = None;
                }
            }
        }
    }
}

fn number_end(b: &[u8], start: usize) -> Result<usize, DocError> {
    let mut i = start;
    if b[i] == b'-' {
        i += 1;
    }
    let int_start = i;
    while i < b.len() && b[i].is_ascii_digit() {
        i += 1;
    }
    if i == int_start {
        return Err(bad(start, "invalid number"));
    }
    if i < b.len() && b[i] == b'.' {
        i += 1;
        let s = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        if i == s {
            return Err(bad(start, "invalid number"));
        }
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        i += 1;
        if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
            i += 1;
        }
        let s = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        if i == s {
            return Err(bad(start, "invalid number"));
        }
    }
    Ok(i)
}

/// Decodes the string starting with the quote at `start` into `text` and `map`; returns the offset
/// after its closing quote.
fn string(src: &str, start: usize, text: &mut String, map: &mut SourceMap) -> Result<usize, DocError> {
    text.clear();
    map.clear();
    let b = src.as_bytes();
    let mut i = start + 1;
    let mut lit = i;
    loop {
        let Some(&c) = b.get(i) else {
            return Err(bad(start, "unterminated string"));
        };
        match c {
            b'"' => {
                text.push_str(&src[lit..i]);
                map.literal(lit, i - lit);
                return Ok(i + 1);
            }
            b'\\' => {
                text.push_str(&src[lit..i]);
                map.literal(lit, i - lit);
                let esc_start = i;
                let e = *b.get(i + 1).ok_or_else(|| bad(i, "unterminated escape"))?;
                let ch = match e {
                    b'"' => '"',
                    b'\\' => '\\',
                    b'/' => '/',
                    b'b' => '\u{8}',
                    b'f' => '\u{c}',
                    b'n' => '\n',
                    b'r' => '\r',
                    b't' => '\t',
                    b'u' => {
                        let hi = hex4(b, i + 2)?;
                        if (0xD800..0xDC00).contains(&hi) && b.get(i + 6) == Some(&b'\\') && b.get(i + 7) == Some(&b'u') {
                            let lo = hex4(b, i + 8)?;
                            if (0xDC00..0xE000).contains(&lo) {
                                let cp = 0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00);
                                i += 6;
                                char::from_u32(cp).unwrap_or('\u{fffd}')
                            } else {
                                '\u{fffd}'
                            }
                        } else {
                            char::from_u32(hi).unwrap_or('\u{fffd}')
                        }
                    }
                    _ => return Err(bad(i, "invalid escape")),
                };
                i += if e == b'u' { 6 } else { 2 };
                text.push(ch);
                map.atom(ch.len_utf8(), esc_start, i - esc_start, true);
                lit = i;
            }
            0..=0x1f => return Err(bad(i, "control character in a string")),
            _ => i += 1,
        }
    }
}

fn hex4(b: &[u8], at: usize) -> Result<u32, DocError> {
    let s = b.get(at..at + 4).ok_or_else(|| bad(at, "short \\u escape"))?;
    let s = std::str::from_utf8(s).map_err(|_| bad(at, "bad \\u escape"))?;
    u32::from_str_radix(s, 16).map_err(|_| bad(at, "bad \\u escape"))
}

/// Escapes text for the inside of a JSON string.
pub(crate) fn escape_json(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out
}
