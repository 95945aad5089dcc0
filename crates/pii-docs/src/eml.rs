//! E-mail (RFC 5322 / MIME).
//!
//! Extracted text, in MIME order (depth first): for each entity, the value of every header except
//! the MIME structure ones (`Content-*`, `MIME-Version`), unfolded and with RFC 2047 encoded words
//! decoded (the header's lower-case name as context); then its body: a `text/plain` body as text, a
//! `text/html` body as HTML, the parts of a `multipart/*` one after the other, a `message/rfc822`
//! one as an e-mail, and an attachment of a format this crate knows (by file name and magic bytes)
//! as that format (images included). Drawings (EMF, WMF, SVG) are blanked or refused as
//! [`crate::vector`] says; attachments of other types (archives, binaries) are passed through.
//!
//! Redacted headers are rewritten unfolded (RFC 2047 `B` encoding when not ASCII); redacted bodies
//! keep their transfer encoding and charset. Nesting of parts and attachments is bounded.

use base64::Engine as _;

use crate::edits::{self, SourceMap};
use crate::encoding::Encoding;
use crate::markup::{self, Flavor};
use crate::pass::{self, Pass};
use crate::{DocError, Format, Ran};

const SKIP_HEADERS: &[&str] = &["content-type", "content-transfer-encoding", "content-disposition", "content-id", "mime-version"];

pub(crate) fn run(bytes: &[u8], pass: &mut Pass<'_>) -> Result<Ran, DocError> {
    let out = entity(bytes, pass, 0)?;
    Ok(Ran { bytes: out, content_type: Format::Eml.content_type() })
}

struct Header {
    name: String,
    /// Raw range of the value (after the colon, up to but excluding the final line break).
    start: usize,
    end: usize,
}

/// A byte edit of an entity.
struct BEdit {
    start: usize,
    end: usize,
    bytes: Vec<u8>,
}

fn parse_headers(b: &[u8]) -> Result<(Vec<Header>, usize), DocError> {
    let mut headers = Vec::new();
    let mut i = 0;
    loop {
        if i >= b.len() {
            return Ok((headers, b.len()));
        }
        // Blank line: end of the header block.
        if b[i] == b'\n' {
            return Ok((headers, i + 1));
        }
        if b[i] == b'\r' && b.get(i + 1) == Some(&b'\n') {
            return Ok((headers, i + 2));
        }
        let line_end = |from: usize| b[from..].iter().position(|&c| c == b'\n').map_or(b.len(), |p| from + p);
        let mut e = line_end(i);
        // Folded continuation lines.
        while e + 1 < b.len() && (b[e + 1] == b' ' || b[e + 1] == b'\t') {
            e = line_end(e + 1);
        }
        let line = &b[i..e];
        let Some(colon) = line.iter().position(|&c| c == b':') else {
            if headers.is_empty() {
                return Err(DocError::Corrupt("not an e-mail: the first line is not a header".into()));
            }
            // A body without a blank line before it.
            return Ok((headers, i));
        };
        let name = String::from_utf8_lossy(&line[..colon]).trim().to_ascii_lowercase();
        if name.is_empty() || name.contains(' ') {
            if headers.is_empty() {
                return Err(DocError::Corrupt("not an e-mail: bad header name".into()));
            }
            return Ok((headers, i));
        }
        let vend = if e > i && b[e - 1] == b'\r' { e - 1 } else { e };
        headers.push(Header { name, start: i + colon + 1, end: vend.max(i + colon + 1) });
        i = (e + 1).min(b.len());
    }
}

fn header_value(b: &[u8], hs: &[Header], name: &str) -> Option<String> {
    hs.iter().find(|h| h.name == name).map(|h| unfold(&b[h.start..h.end]))
}

fn unfold(raw: &[u8]) -> String {
    let s: String = raw.iter().map(|&c| c as char).collect::<String>();
    let s = match std::str::from_utf8(raw) {
        Ok(u) => u.to_owned(),
        Err(_) => s,
    };
    s.replace("\r\n", "").replace('\n', "").trim().to_owned()
}

/// A parameter of a structured header such as `Content-Type` (`boundary`, `charset`, `name`).
fn param(value: &str, key: &str) -> Option<String> {
    for part in value.split(';').skip(1) {
        let Some((k, v)) = part.split_once('=') else { continue };
        if k.trim().eq_ignore_ascii_case(key) || k.trim().eq_ignore_ascii_case(&format!("{key}*")) {
            let v = v.trim();
            let v = v.strip_prefix('"').and_then(|x| x.strip_suffix('"')).unwrap_or(v);
            let v = v.rsplit("''").next().unwrap_or(v);
            return Some(v.to_owned());
        }
    }
    None
}

/// Walks one MIME entity; returns its redacted bytes in redaction mode.
fn entity(b: &[u8], pass: &mut Pass<'_>, depth: usize) -> Result<Option<Vec<u8>>, DocError> {
    if depth > pass.limits.max_attachment_depth {
        return Err(DocError::TooLarge(format!("e-mail parts nested deeper than {}", pass.limits.max_attachment_depth)));
    }
    let (headers, body_start) = parse_headers(b)?;
    let mut edits: Vec<BEdit> = Vec::new();
    for h in &headers {
        if SKIP_HEADERS.contains(&h.name.as_str()) {
            continue;
        }
        if let Some(e) = redact_header(&b[h.start..h.end], &h.name, pass)? {
            edits.push(BEdit { start: h.start, end: h.end, bytes: e });
        }
    }
    let ctype = header_value(b, &headers, "content-type").unwrap_or_else(|| "text/plain".into());
    let mime = ctype.split(';').next().unwrap_or("").trim().to_ascii_lowercase();
    let cte = header_value(b, &headers, "content-transfer-encoding").unwrap_or_default().to_ascii_lowercase();
    let disposition = header_value(b, &headers, "content-disposition").unwrap_or_default();
    let filename = param(&disposition, "filename").or_else(|| param(&ctype, "name"));
    let body = &b[body_start..];
    let attachment = disposition.to_ascii_lowercase().starts_with("attachment") || filename.is_some();

    if mime.starts_with("multipart/") {
        let boundary = param(&ctype, "boundary").ok_or_else(|| DocError::Corrupt("a multipart e-mail part without a boundary".into()))?;
        for (s, e) in split_multipart(body, boundary.as_bytes()) {
            if let Some(new) = entity(&body[s..e], pass, depth + 1)? {
                edits.push(BEdit { start: body_start + s, end: body_start + e, bytes: new });
            }
        }
    } else if mime == "message/rfc822" {
        let inner = decode_body(body, &cte)?;
        if let Some(new) = entity(&inner, pass, depth + 1)? {
            edits.push(BEdit { start: body_start, end: b.len(), bytes: encode_body(&new, &cte, line_break(b)) });
        }
    } else if (mime == "text/plain" || mime == "text/html" || mime.is_empty()) && !attachment {
        let raw = decode_body(body, &cte)?;
        // The part's charset, else (HTML) the page's own `<meta>`; valid UTF-8 is read as UTF-8.
        let charset =
            param(&ctype, "charset").or_else(|| (mime == "text/html").then(|| markup::declared_charset(&raw, Flavor::Html)).flatten());
        let enc = Encoding::declared_or_detected(charset.as_deref(), &raw);
        let text = enc.decode_all(&raw)?;
        let new_text = if mime == "text/html" {
            let mut e = Vec::new();
            markup::walk(&text, Flavor::Html, pass, &mut e)?;
            (!e.is_empty()).then(|| edits::apply(&text, &mut e))
        } else {
            let reps = pass.segment(&text, None)?;
            (!reps.is_empty()).then(|| pass::apply(&text, &reps))
        };
        if let Some(t) = new_text {
            let bytes = enc.encode_all(&t);
            edits.push(BEdit { start: body_start, end: b.len(), bytes: encode_body(&bytes, &cte, line_break(b)) });
        }
    } else {
        // An attachment: redact it when its format is known.
        let raw = decode_body(body, &cte)?;
        let name = filename.unwrap_or_default();
        // A drawing first: an SVG is XML too, but its text may be outlines that no text walk reads.
        if let Some(drawing) = crate::vector::sniff(&name, &raw) {
            // Named by kind, not by file name: a file name may be personal data, and the location
            // goes into the job's warnings.
            if let Some(empty) = crate::vector::run(drawing, "an attached drawing", pass)? {
                edits.push(BEdit { start: body_start, end: b.len(), bytes: encode_body(&empty, &cte, line_break(b)) });
            }
        } else if let Ok(format) = crate::sniff(&name, &raw[..raw.len().min(8192)])
            && !raw.is_empty()
        {
            if pass.depth + depth >= pass.limits.max_attachment_depth {
                return Err(DocError::TooLarge("attachments nested too deep".into()));
            }
            pass.depth += 1;
            let ran = if format == Format::Eml {
                entity(&raw, pass, depth + 1).map(|o| Ran { bytes: o, content_type: "" })
            } else {
                crate::run_bytes(&raw, format, pass)
            };
            pass.depth -= 1;
            let ran = ran.map_err(|e| match e {
                DocError::Corrupt(m) => DocError::Corrupt(format!("an attached {}: {m}", format.as_str())),
                e => e,
            })?;
            if let Some(new) = ran.bytes
                && new != raw
            {
                edits.push(BEdit { start: body_start, end: b.len(), bytes: encode_body(&new, &cte, line_break(b)) });
            }
        }
    }
    if !pass.is_redacting() {
        return Ok(None);
    }
    edits.sort_by_key(|e| e.start);
    let mut out = Vec::with_capacity(b.len());
    let mut pos = 0;
    for e in &edits {
        if e.start < pos {
            continue;
        }
        out.extend_from_slice(&b[pos..e.start]);
        out.extend_from_slice(&e.bytes);
        pos = e.end;
    }
    out.extend_from_slice(&b[pos..]);
    Ok(Some(out))
}

fn line_break(b: &[u8]) -> &'static str {
    if b.windows(2).any(|w| w == b"\r\n") { "\r\n" } else { "\n" }
}

/// Byte ranges of the parts of a multipart body.
fn split_multipart(body: &[u8], boundary: &[u8]) -> Vec<(usize, usize)> {
    let mut delim = b"--".to_vec();
    delim.extend_from_slice(boundary);
    let mut parts = Vec::new();
    let mut i = 0;
    let mut current: Option<usize> = None;
    while i < body.len() {
        let line_end = body[i..].iter().position(|&c| c == b'\n').map_or(body.len(), |p| i + p);
        let line = &body[i..line_end];
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        if line.starts_with(&delim) {
            let rest = &line[delim.len()..];
            let closing = rest.starts_with(b"--");
            if closing || rest.iter().all(u8::is_ascii_whitespace) {
                if let Some(s) = current.take() {
                    // The line break before the delimiter belongs to it.
                    let mut e = i;
                    if e > s && body[e - 1] == b'\n' {
                        e -= 1;
                        if e > s && body[e - 1] == b'\r' {
                            e -= 1;
                        }
                    }
                    parts.push((s, e.max(s)));
                }
                if closing {
                    break;
                }
                current = Some((line_end + 1).min(body.len()));
            }
        }
        i = line_end + 1;
    }
    if let Some(s) = current {
        parts.push((s, body.len()));
    }
    parts
}

fn decode_body(body: &[u8], cte: &str) -> Result<Vec<u8>, DocError> {
    match cte.trim() {
        "base64" => {
            let clean: Vec<u8> = body.iter().copied().filter(|c| !c.is_ascii_whitespace()).collect();
            base64::engine::general_purpose::STANDARD
                .decode(&clean)
                .or_else(|_| base64::engine::general_purpose::STANDARD_NO_PAD.decode(clean.strip_suffix(b"=").unwrap_or(&clean)))
                .map_err(|_| DocError::Corrupt("an e-mail part with invalid base64".into()))
        }
        "quoted-printable" => Ok(qp_decode(body)),
        _ => Ok(body.to_vec()),
    }
}

fn encode_body(data: &[u8], cte: &str, nl: &str) -> Vec<u8> {
    match cte.trim() {
        "base64" => {
            let s = base64::engine::general_purpose::STANDARD.encode(data);
            let mut out = Vec::with_capacity(s.len() + s.len() / 38 + 2);
            for chunk in s.as_bytes().chunks(76) {
                out.extend_from_slice(chunk);
                out.extend_from_slice(nl.as_bytes());
            }
            out
        }
        "quoted-printable" => qp_encode(data, nl),
        _ => data.to_vec(),
    }
}

fn qp_decode(b: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'=' {
            if b.get(i + 1) == Some(&b'\r') && b.get(i + 2) == Some(&b'\n') {
                i += 3;
                continue;
            }
            if b.get(i + 1) == Some(&b'\n') {
                i += 2;
                continue;
            }
            let hex = b.get(i + 1..i + 3).and_then(|h| std::str::from_utf8(h).ok()).and_then(|h| u8::from_str_radix(h, 16).ok());
            if let Some(v) = hex {
                out.push(v);
                i += 3;
                continue;
            }
        }
        out.push(b[i]);
        i += 1;
    }
    out
}

fn qp_encode(data: &[u8], nl: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len() * 11 / 10);
    let mut col = 0;
    let mut i = 0;
    while i < data.len() {
        let c = data[i];
        if c == b'\n' || (c == b'\r' && data.get(i + 1) == Some(&b'\n')) {
            out.extend_from_slice(nl.as_bytes());
            col = 0;
            i += if c == b'\r' { 2 } else { 1 };
            continue;
        }
        let at_eol = matches!(data.get(i + 1), None | Some(b'\r') | Some(b'\n'));
        let literal = (33..=126).contains(&c) && c != b'=' || ((c == b' ' || c == b'\t') && !at_eol);
        let piece: Vec<u8> = if literal { vec![c] } else { format!("={c:02X}").into_bytes() };
        if col + piece.len() > 75 {
            out.push(b'=');
            out.extend_from_slice(nl.as_bytes());
            col = 0;
        }
        col += piece.len();
        out.extend_from_slice(&piece);
        i += 1;
    }
    out
}

/// The redacted raw value of a header, or `None` when nothing in it is redacted (or when analysing).
///
/// The value the engine sees is unfolded, trimmed, with encoded words decoded; a [`SourceMap`] keeps
/// where each part came from, so a redaction rewrites only what it covers: an encoded word that a
/// finding touches is replaced whole (never left half-decoded), line folds inside a finding go with
/// it, and the rest of the header keeps its bytes. A header that is not UTF-8, or whose folding such
/// an edit would break, is rewritten whole and unfolded instead.
fn redact_header(raw: &[u8], name: &str, pass: &mut Pass<'_>) -> Result<Option<Vec<u8>>, DocError> {
    let Ok(raw) = std::str::from_utf8(raw) else {
        let value = decode_header(&unfold(raw));
        let reps = pass.segment(&value, Some(name))?;
        return Ok((!reps.is_empty()).then(|| format!(" {}", encode_header(&pass::apply(&value, &reps))).into_bytes()));
    };
    let mut value = String::new();
    let mut map = SourceMap::new();
    header_into(raw, &mut value, &mut map);
    let reps = pass.segment(&value, Some(name))?;
    if reps.is_empty() {
        return Ok(None);
    }
    let mut e = Vec::new();
    map.edits(&reps, &encode_header, &mut e);
    let new = edits::apply(raw, &mut e);
    let folds_intact = new.match_indices('\n').all(|(i, _)| matches!(new.as_bytes().get(i + 1), Some(b' ' | b'\t')));
    if folds_intact {
        Ok(Some(new.into_bytes()))
    } else {
        Ok(Some(format!(" {}", encode_header(&pass::apply(&value, &reps))).into_bytes()))
    }
}

/// Decodes a raw header value as `decode_header(&unfold(raw))` does, onto `out`, recording the
/// source of each part in `map`: literal text as it is, each encoded word as one atom, line breaks
/// and the blanks dropped between two encoded words as empty atoms.
fn header_into(raw: &str, out: &mut String, map: &mut SourceMap) {
    let start = raw.len() - raw.trim_start().len();
    let end = raw.trim_end().len().max(start);
    let mut seg = start;
    let mut i = start;
    let mut after_word = false;
    while let Some(s) = raw[i..end].find("=?").map(|k| i + k) {
        let Some((word, rest)) = encoded_word(&raw[s..end]) else {
            after_word = false;
            i = s + 2;
            continue;
        };
        let word_len = end - s - rest.len();
        if after_word && raw[seg..s].trim().is_empty() {
            map.atom(0, seg, s - seg, false);
        } else {
            unfold_into(raw, seg, s, out, map);
        }
        out.push_str(&word);
        map.atom(word.len(), s, word_len, true);
        seg = s + word_len;
        i = seg;
        after_word = true;
    }
    unfold_into(raw, seg, end, out, map);
}

/// Raw header text `start..end` without its line breaks.
fn unfold_into(raw: &str, start: usize, end: usize, out: &mut String, map: &mut SourceMap) {
    let mut lit = start;
    for (k, _) in raw[start..end].match_indices('\n') {
        let nl = start + k;
        let br = if nl > lit && raw.as_bytes()[nl - 1] == b'\r' { nl - 1 } else { nl };
        out.push_str(&raw[lit..br]);
        map.literal(lit, br - lit);
        map.atom(0, br, nl + 1 - br, false);
        lit = nl + 1;
    }
    out.push_str(&raw[lit..end]);
    map.literal(lit, end - lit);
}

/// Decodes RFC 2047 encoded words in any charset `encoding_rs` knows (others are left as they are).
fn decode_header(v: &str) -> String {
    let mut out = String::with_capacity(v.len());
    let mut rest = v;
    let mut last_was_word = false;
    while let Some(s) = rest.find("=?") {
        let Some((word, after)) = encoded_word(&rest[s..]) else {
            out.push_str(&rest[..s + 2]);
            rest = &rest[s + 2..];
            last_was_word = false;
            continue;
        };
        let between = &rest[..s];
        // Whitespace between two encoded words is dropped.
        if !(last_was_word && between.trim().is_empty()) {
            out.push_str(between);
        }
        out.push_str(&word);
        rest = after;
        last_was_word = true;
    }
    out.push_str(rest);
    out
}

fn encoded_word(s: &str) -> Option<(String, &str)> {
    let inner = s.strip_prefix("=?")?;
    let (charset, r) = inner.split_once('?')?;
    let (enc, r) = r.split_once('?')?;
    let end = r.find("?=")?;
    let text = &r[..end];
    let after = &r[end + 2..];
    let bytes = match enc {
        "B" | "b" => base64::engine::general_purpose::STANDARD.decode(text.trim()).ok()?,
        "Q" | "q" => qp_decode(text.replace('_', " ").as_bytes()),
        _ => return None,
    };
    // RFC 2231 adds a language after `*`.
    let cs = charset.split('*').next().unwrap_or("");
    let decoded = match Encoding::from_label(cs)? {
        Encoding::Declared(e) => e.decode_without_bom_handling_and_without_replacement(&bytes)?.into_owned(),
        _ => String::from_utf8(bytes).ok()?,
    };
    Some((decoded, after))
}

fn encode_header(v: &str) -> String {
    if v.is_ascii() {
        return v.to_owned();
    }
    format!("=?utf-8?B?{}?=", base64::engine::general_purpose::STANDARD.encode(v.as_bytes()))
}

#[cfg(test)]
#[allow(clippy::unwrap_used, reason = "a test fails loudly")]
mod tests {
    use super::*;

    #[test]
    fn encoded_words_decode() {
        assert_eq!(decode_header("=?utf-8?B?SsO2cmc=?= <j@x.org>"), "Jörg <j@x.org>");
        assert_eq!(decode_header("=?iso-8859-1?Q?J=F6rg_M?= =?utf-8?Q?=C3=BC?="), "Jörg Mü");
        assert_eq!(decode_header("plain =?x"), "plain =?x");
    }

    #[test]
    fn encoded_words_in_any_known_charset_decode() {
        assert_eq!(decode_header("=?ISO-8859-2?Q?Pawe=B3_Kowalski?= <p@x.pl>"), "Paweł Kowalski <p@x.pl>");
        assert_eq!(decode_header("=?windows-1251?B?yOLg7Q==?="), "Иван");
        assert_eq!(decode_header("=?koi8-r?Q?=E9=D7=C1=CE?="), "Иван");
        assert_eq!(decode_header("=?x-no-such-charset?Q?abc?="), "=?x-no-such-charset?Q?abc?=");
    }

    #[test]
    fn a_mapped_header_decodes_as_the_plain_decoder_does() {
        for raw in [
            " =?iso-8859-2?q?Pawe=B3?=\r\n =?iso-8859-2?q?_Kowalski?= <p@x.pl>",
            "  plain text,\r\n\tfolded  ",
            " a =?utf-8?B?SsO2cmc=?=  =?x?Q?y?= =?utf-8?Q?M=C3=BC?= b",
            "",
        ] {
            let mut value = String::new();
            let mut map = SourceMap::new();
            header_into(raw, &mut value, &mut map);
            assert_eq!(value, decode_header(&unfold(raw.as_bytes())), "{raw:?}");
        }
    }

    #[test]
    fn a_finding_in_an_encoded_word_replaces_the_whole_word_and_nothing_else() {
        use crate::pass::Replacement;
        let raw = " =?ISO-8859-2?Q?Pawe=B3_Kowalski?= <p@x.pl>, =?utf-8?Q?Caf=C3=A9?=";
        let mut value = String::new();
        let mut map = SourceMap::new();
        header_into(raw, &mut value, &mut map);
        assert_eq!(value, "Paweł Kowalski <p@x.pl>, Café");
        // Only `Kowalski`: the encoded word goes whole, the other one stays byte for byte.
        let start = value.find("Kowalski").unwrap();
        let mut e = Vec::new();
        map.edits(&[Replacement { start, end: start + 8, text: "<PERSON>".into() }], &encode_header, &mut e);
        assert_eq!(edits::apply(raw, &mut e), " <PERSON> <p@x.pl>, =?utf-8?Q?Caf=C3=A9?=");
    }

    #[test]
    fn a_finding_across_a_fold_takes_the_fold_with_it() {
        use crate::pass::Replacement;
        let raw = " Pawel\r\n Kowalski <p@x.pl>";
        let mut value = String::new();
        let mut map = SourceMap::new();
        header_into(raw, &mut value, &mut map);
        assert_eq!(value, "Pawel Kowalski <p@x.pl>");
        let mut e = Vec::new();
        map.edits(&[Replacement { start: 0, end: 14, text: "<PERSON>".into() }], &encode_header, &mut e);
        assert_eq!(edits::apply(raw, &mut e), " <PERSON> <p@x.pl>");
    }

    #[test]
    fn quoted_printable_round_trips() {
        let text = "Grüße = 100% über alles, a long line ".repeat(5).into_bytes();
        let enc = qp_encode(&text, "\r\n");
        assert!(enc.split(|&c| c == b'\n').all(|l| l.len() <= 77));
        assert_eq!(qp_decode(&enc), text);
    }

    #[test]
    fn multipart_bodies_split_at_their_boundary() {
        let body = b"preamble\r\n--b\r\npart one\r\n--b\r\npart two\r\n--b--\r\nepilogue";
        let parts: Vec<&[u8]> = split_multipart(body, b"b").into_iter().map(|(s, e)| &body[s..e]).collect();
        assert_eq!(parts, [&b"part one"[..], &b"part two"[..]]);
    }
}
