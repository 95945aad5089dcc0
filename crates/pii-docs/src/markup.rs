//! HTML and XML: a tokenizer that keeps the byte range of everything it reads, shared with DOCX
//! and XLSX, and the HTML/XML formats built on it.
//!
//! Extracted text, in document order: text nodes (entities and character references decoded; in
//! HTML, text around inline elements such as `<b>` or `<a>` is joined into one segment, and
//! whitespace-only text is skipped), comments, CDATA sections, and the values of attributes that
//! carry data, with the attribute's name as context (HTML: `href`, `title`, `alt`, `value`,
//! `placeholder`, `content`, `label`, `aria-*`, `data-*`, `summary`; XML: every attribute except
//! namespace and `xml:` declarations). An XML text node has its element's local name as context
//! (`<familyName>`, `<bank:accountNumber>`), as a JSON value has its key; HTML element names say
//! nothing about their text and are not used. Scripts, styles, tags, the DOCTYPE and processing
//! instructions are neither analysed nor changed. Character references are decoded as
//! [`crate::charref`] says (in HTML the whole HTML5 table); each one maps back to its raw bytes as
//! a whole, so a redaction removes the whole `&eacute;`. Custom XML entities are never expanded, so
//! entity bombs cost nothing. Bytes that are not UTF-8 are read in the charset the page declares
//! (`<meta charset>`, `<meta http-equiv>`, the XML declaration), else as Latin-1, and written back in it.

use crate::charref;
use crate::edits::{self, Edit, SourceMap, escape_xml_attr, escape_xml_text};
use crate::encoding::Encoding;
use crate::pass::Pass;
use crate::{DocError, Format, Ran};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Flavor {
    Html,
    Xml,
}

#[derive(Debug)]
pub(crate) struct Attr<'a> {
    pub name: &'a str,
    /// Raw value range (without quotes).
    pub start: usize,
    pub end: usize,
}

#[derive(Debug)]
pub(crate) enum Tok<'a> {
    /// Character data, raw range.
    Text(usize, usize),
    /// The content of a CDATA section.
    CData(usize, usize),
    /// The content of a comment.
    Comment(usize, usize),
    Start {
        name: &'a str,
        attrs: Vec<Attr<'a>>,
        empty: bool,
        start: usize,
        end: usize,
    },
    End {
        name: &'a str,
        start: usize,
        end: usize,
    },
    /// A DOCTYPE, processing instruction or XML declaration.
    Other,
    /// The content of an HTML script or style element.
    RawText,
}

pub(crate) struct Scanner<'a> {
    src: &'a str,
    pos: usize,
    html: bool,
    raw_until: Option<&'static str>,
}

fn corrupt(at: usize, what: &str) -> DocError {
    DocError::Corrupt(format!("invalid markup at byte {at}: {what}"))
}

impl<'a> Scanner<'a> {
    pub fn new(src: &'a str, flavor: Flavor) -> Self {
        Scanner { src, pos: 0, html: flavor == Flavor::Html, raw_until: None }
    }

    /// The next token, `None` at the end.
    pub fn next_tok(&mut self) -> Result<Option<Tok<'a>>, DocError> {
        let src = self.src;
        let b = src.as_bytes();
        let start = self.pos;
        if start >= b.len() {
            return Ok(None);
        }
        if let Some(end_tag) = self.raw_until.take() {
            let lower_find = find_ci(&src[start..], end_tag).map_or(b.len(), |i| start + i);
            self.pos = lower_find;
            return Ok(Some(Tok::RawText));
        }
        if b[start] != b'<' {
            let end = src[start..].find('<').map_or(b.len(), |i| start + i);
            self.pos = end;
            return Ok(Some(Tok::Text(start, end)));
        }
        let rest = &src[start..];
        if rest.starts_with("<!--") {
            let end = rest.get(4..).and_then(|r| r.find("-->")).map(|i| start + 4 + i);
            return match end {
                Some(e) => {
                    self.pos = e + 3;
                    Ok(Some(Tok::Comment(start + 4, e)))
                }
                None if self.html => {
                    self.pos = b.len();
                    Ok(Some(Tok::Comment(start + 4, b.len())))
                }
                None => Err(corrupt(start, "unterminated comment")),
            };
        }
        if rest.starts_with("<![CDATA[") {
            let e = rest.get(9..).and_then(|r| r.find("]]>")).map(|i| start + 9 + i).ok_or_else(|| corrupt(start, "unterminated CDATA"))?;
            self.pos = e + 3;
            return Ok(Some(Tok::CData(start + 9, e)));
        }
        if rest.starts_with("<!") || rest.starts_with("<?") {
            // DOCTYPE (maybe with an internal subset), PI, XML declaration.
            let mut depth = 0i32;
            let mut quote: Option<u8> = None;
            let mut i = start + 2;
            while i < b.len() {
                let c = b[i];
                match quote {
                    Some(q) if c == q => quote = None,
                    Some(_) => {}
                    None => match c {
                        b'"' | b'\'' if !rest.starts_with("<?") => quote = Some(c),
                        b'[' => depth += 1,
                        b']' => depth -= 1,
                        b'>' if depth <= 0 => {
                            self.pos = i + 1;
                            return Ok(Some(Tok::Other));
                        }
                        _ => {}
                    },
                }
                i += 1;
            }
            return Err(corrupt(start, "unterminated declaration"));
        }
        let closing = rest.starts_with("</");
        let name_start = start + if closing { 2 } else { 1 };
        let mut i = name_start;
        while i < b.len() && !b[i].is_ascii_whitespace() && b[i] != b'>' && b[i] != b'/' {
            i += 1;
        }
        let name = &src[name_start..i];
        let name_ok = name.bytes().next().is_some_and(|c| c.is_ascii_alphabetic() || c == b'_' || c >= 0x80);
        if !name_ok {
            if self.html {
                // A stray '<' in HTML text.
                let end = src[start + 1..].find('<').map_or(b.len(), |k| start + 1 + k);
                self.pos = end;
                return Ok(Some(Tok::Text(start, end)));
            }
            return Err(corrupt(start, "'<' that does not start a tag"));
        }
        if closing {
            let e = src[i..].find('>').map(|k| i + k).ok_or_else(|| corrupt(start, "unterminated end tag"))?;
            self.pos = e + 1;
            return Ok(Some(Tok::End { name, start, end: e + 1 }));
        }
        let mut attrs = Vec::new();
        loop {
            while i < b.len() && b[i].is_ascii_whitespace() {
                i += 1;
            }
            match b.get(i) {
                None => return Err(corrupt(start, "unterminated tag")),
                Some(b'>') => {
                    self.pos = i + 1;
                    if self.html && (name.eq_ignore_ascii_case("script") || name.eq_ignore_ascii_case("style")) {
                        self.raw_until = Some(if name.eq_ignore_ascii_case("script") { "</script" } else { "</style" });
                    }
                    return Ok(Some(Tok::Start { name, attrs, empty: false, start, end: i + 1 }));
                }
                Some(b'/') if b.get(i + 1) == Some(&b'>') => {
                    self.pos = i + 2;
                    return Ok(Some(Tok::Start { name, attrs, empty: true, start, end: i + 2 }));
                }
                Some(b'/') if self.html => {
                    i += 1;
                    continue;
                }
                Some(_) => {}
            }
            let an_start = i;
            while i < b.len() && !b[i].is_ascii_whitespace() && !matches!(b[i], b'=' | b'>' | b'/') {
                i += 1;
            }
            if i == an_start {
                return Err(corrupt(i, "bad attribute"));
            }
            let an = &src[an_start..i];
            let mut j = i;
            while j < b.len() && b[j].is_ascii_whitespace() {
                j += 1;
            }
            if b.get(j) != Some(&b'=') {
                if !self.html {
                    return Err(corrupt(i, "attribute without a value"));
                }
                attrs.push(Attr { name: an, start: i, end: i });
                continue;
            }
            j += 1;
            while j < b.len() && b[j].is_ascii_whitespace() {
                j += 1;
            }
            match b.get(j) {
                Some(&q) if q == b'"' || q == b'\'' => {
                    let e = src[j + 1..].find(q as char).map(|k| j + 1 + k).ok_or_else(|| corrupt(j, "unterminated attribute value"))?;
                    attrs.push(Attr { name: an, start: j + 1, end: e });
                    i = e + 1;
                }
                Some(_) if self.html => {
                    let vs = j;
                    while j < b.len() && !b[j].is_ascii_whitespace() && b[j] != b'>' {
                        j += 1;
                    }
                    attrs.push(Attr { name: an, start: vs, end: j });
                    i = j;
                }
                _ => return Err(corrupt(j, "unquoted attribute value")),
            }
        }
    }
}

fn find_ci(hay: &str, needle: &str) -> Option<usize> {
    let n = needle.as_bytes();
    hay.as_bytes().windows(n.len()).position(|w| w.eq_ignore_ascii_case(n))
}

/// Decodes raw character data `start..end` (entities and character references, see
/// [`crate::charref`]) onto `text`, recording the source in `map`: each reference is one atom, so a
/// finding that touches it replaces the whole `&...;`.
pub(crate) fn decode_into(src: &str, start: usize, end: usize, html: bool, text: &mut String, map: &mut SourceMap) {
    let s = &src[start..end];
    let mut lit = 0;
    let mut i = 0;
    while let Some(k) = s[i..].find('&').map(|k| k + i) {
        match charref::decode(&s[k..], html) {
            Some((c, len)) => {
                text.push_str(&s[lit..k]);
                map.literal(start + lit, k - lit);
                let n = c.push_to(text);
                map.atom(n, start + k, len, true);
                lit = k + len;
                i = lit;
            }
            None => i = k + 1,
        }
    }
    text.push_str(&s[lit..]);
    map.literal(start + lit, s.len() - lit);
}

const HTML_INLINE: &[&str] = &[
    "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del", "dfn", "em", "font", "i", "ins", "kbd", "label", "mark", "q", "s",
    "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr",
];

const HTML_VOID: &[&str] = &["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"];

fn html_data_attr(name: &str) -> bool {
    let n = name.to_ascii_lowercase();
    matches!(n.as_str(), "href" | "title" | "alt" | "value" | "placeholder" | "content" | "label" | "summary")
        || n.starts_with("data-")
        || n.starts_with("aria-")
}

fn xml_data_attr(name: &str) -> bool {
    !(name == "xmlns" || name.starts_with("xmlns:") || name.starts_with("xml:"))
}

/// Text gathered for one segment.
struct Acc {
    text: String,
    map: SourceMap,
}

impl Acc {
    /// Analyses the gathered text; `field` is the XML element that holds it, which names the
    /// value as a JSON key does (`<familyName>`, `<ssn>`).
    fn flush(&mut self, pass: &mut Pass<'_>, field: Option<&str>, edits: &mut Vec<Edit>) -> Result<(), DocError> {
        if !self.text.trim().is_empty() {
            let reps = pass.segment(&self.text, field)?;
            self.map.edits(&reps, &escape_xml_text, edits);
        }
        self.text.clear();
        self.map.clear();
        Ok(())
    }
}

pub(crate) fn run(bytes: &[u8], flavor: Flavor, pass: &mut Pass<'_>) -> Result<Ran, DocError> {
    let enc = Encoding::declared_or_detected(declared_charset(bytes, flavor).as_deref(), bytes);
    let src = enc.decode_cow(bytes)?;
    let mut edits = Vec::new();
    walk(&src, flavor, pass, &mut edits)?;
    let out = pass.is_redacting().then(|| enc.encode_owned(edits::apply(&src, &mut edits)));
    let content_type = match flavor {
        Flavor::Html => crate::text::content_type(Format::Html, enc),
        Flavor::Xml => Format::Xml.content_type(),
    };
    Ok(Ran { bytes: out, content_type })
}

/// The charset a document declares near its start: an HTML `<meta charset=...>` or `<meta
/// http-equiv="content-type" content="...; charset=...">` in the first 1024 bytes (where the HTML
/// standard's prescan looks), or an XML declaration's `encoding="..."`.
pub(crate) fn declared_charset(bytes: &[u8], flavor: Flavor) -> Option<String> {
    let head = &bytes[..bytes.len().min(1024)];
    let lower: Vec<u8> = head.to_ascii_lowercase();
    let (tag, key): (&[u8], &[u8]) = match flavor {
        Flavor::Html => (b"<meta", b"charset"),
        Flavor::Xml => (b"<?xml", b"encoding"),
    };
    let mut from = 0;
    while let Some(t) = find_bytes(&lower[from..], tag).map(|i| from + i) {
        let end = lower[t..].iter().position(|&c| c == b'>').map_or(lower.len(), |i| t + i);
        let inside = &lower[t..end];
        if let Some(k) = find_bytes(inside, key) {
            let rest = &head[t + k + key.len()..end];
            let rest = rest.trim_ascii_start().strip_prefix(b"=")?.trim_ascii_start();
            let rest = rest.strip_prefix(b"\"").or_else(|| rest.strip_prefix(b"'")).unwrap_or(rest);
            let label: Vec<u8> =
                rest.iter().copied().take_while(|c| c.is_ascii_alphanumeric() || matches!(c, b'-' | b'_' | b'.' | b':')).collect();
            return (!label.is_empty()).then(|| String::from_utf8_lossy(&label).into_owned());
        }
        from = end;
    }
    None
}

fn find_bytes(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// The element whose text is being gathered, without its namespace prefix, as the field name of
/// an XML text node. HTML element names (`p`, `div`) say nothing about their text.
fn field_of<'a>(flavor: Flavor, stack: &[&'a str]) -> Option<&'a str> {
    match flavor {
        Flavor::Html => None,
        Flavor::Xml => stack.last().map(|name| name.rsplit(':').next().unwrap_or(name)),
    }
}

/// Walks an HTML or XML document, collecting the edits of its redactions.
pub(crate) fn walk(src: &str, flavor: Flavor, pass: &mut Pass<'_>, edits: &mut Vec<Edit>) -> Result<(), DocError> {
    let html = flavor == Flavor::Html;
    let mut sc = Scanner::new(src, flavor);
    let mut acc = Acc { text: String::new(), map: SourceMap::new() };
    let mut stack: Vec<&str> = Vec::new();
    let mut text = String::new();
    let mut map = SourceMap::new();
    while let Some(tok) = sc.next_tok()? {
        match tok {
            Tok::Text(s, e) => decode_into(src, s, e, html, &mut acc.text, &mut acc.map),
            Tok::CData(s, e) => {
                acc.flush(pass, field_of(flavor, &stack), edits)?;
                if !src[s..e].trim().is_empty() {
                    let reps = pass.segment(&src[s..e], None)?;
                    map.clear();
                    map.literal(s, e - s);
                    map.edits(&reps, &|t: &str| t.replace("]]>", "]] >"), edits);
                }
            }
            Tok::Comment(s, e) => {
                acc.flush(pass, field_of(flavor, &stack), edits)?;
                if !src[s..e].trim().is_empty() {
                    let reps = pass.segment(&src[s..e], None)?;
                    map.clear();
                    map.literal(s, e - s);
                    map.edits(&reps, &|t: &str| t.replace("--", "- -"), edits);
                }
            }
            Tok::Other | Tok::RawText => acc.flush(pass, field_of(flavor, &stack), edits)?,
            Tok::Start { name, attrs, empty, .. } => {
                let inline = html && HTML_INLINE.iter().any(|t| t.eq_ignore_ascii_case(name));
                if !inline {
                    acc.flush(pass, field_of(flavor, &stack), edits)?;
                }
                for a in &attrs {
                    let wanted = if html { html_data_attr(a.name) } else { xml_data_attr(a.name) };
                    if wanted && a.end > a.start {
                        text.clear();
                        map.clear();
                        decode_into(src, a.start, a.end, html, &mut text, &mut map);
                        if !text.trim().is_empty() {
                            let reps = pass.segment(&text, Some(a.name))?;
                            map.edits(&reps, &escape_xml_attr, edits);
                        }
                    }
                }
                let void = html && HTML_VOID.iter().any(|t| t.eq_ignore_ascii_case(name));
                if !empty && !void {
                    if stack.len() >= pass.limits.max_nesting_depth {
                        return Err(DocError::TooLarge(format!("elements nested deeper than {} levels", pass.limits.max_nesting_depth)));
                    }
                    stack.push(name);
                }
            }
            Tok::End { name, .. } => {
                let inline = html && HTML_INLINE.iter().any(|t| t.eq_ignore_ascii_case(name));
                if !inline {
                    acc.flush(pass, field_of(flavor, &stack), edits)?;
                }
                if html {
                    if let Some(k) = stack.iter().rposition(|t| t.eq_ignore_ascii_case(name)) {
                        stack.truncate(k);
                    }
                } else if stack.pop() != Some(name) {
                    return Err(corrupt(0, &format!("mismatched end tag </{name}>")));
                }
            }
        }
    }
    acc.flush(pass, field_of(flavor, &stack), edits)?;
    if !html && !stack.is_empty() {
        return Err(DocError::Corrupt("the XML ends before its elements are closed (truncated?)".into()));
    }
    Ok(())
}
