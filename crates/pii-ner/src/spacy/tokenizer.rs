//! spaCy's rule-based English tokenizer, ported: white space handling, special cases (exceptions
//! with their norms), prefix / suffix / infix patterns and the URL pattern, in spaCy's order.
//! The retokenisation of special cases that span several affix tokens (`_apply_special_cases`) is
//! not ported; it only matters for rare emoticon-like strings.

use fancy_regex::Regex;
use rustc_hash::FxHashMap;

/// One token: byte range in the text and the norm its special case gives it, if any.
#[derive(Debug, Clone)]
pub(crate) struct Tok {
    pub start: usize,
    pub end: usize,
    pub norm: Option<Box<str>>,
}

#[derive(Debug)]
pub(crate) struct Tokenizer {
    prefix: Regex,
    suffix: Regex,
    infix: Regex,
    url: Regex,
    specials: FxHashMap<Box<str>, Vec<(Box<str>, Option<Box<str>>)>>,
}

/// Python `re` pattern to `fancy_regex`: drops `(?u)` and backslashes before characters that need
/// no escaping (`\'`, `\"`, `\!`).
fn port_pattern(p: &str) -> String {
    let p = p.replace("(?u)", "");
    let mut out = String::with_capacity(p.len());
    let mut chars = p.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' {
            if let Some(&n) = chars.peek() {
                if n.is_ascii_punctuation() && !"\\.+*?()|[]{}^$#&-~/".contains(n) {
                    out.push(n);
                    chars.next();
                    continue;
                }
            }
        }
        out.push(c);
    }
    out
}

impl Tokenizer {
    pub fn new(
        prefix: &str,
        suffix: &str,
        infix: &str,
        url: &str,
        specials: FxHashMap<Box<str>, Vec<(Box<str>, Option<Box<str>>)>>,
    ) -> Result<Self, String> {
        let compile = |p: &str| Regex::new(&port_pattern(p)).map_err(|e| e.to_string());
        Ok(Tokenizer { prefix: compile(prefix)?, suffix: compile(suffix)?, infix: compile(infix)?, url: compile(url)?, specials })
    }

    /// Tokens of `text`, offsets relative to `text`.
    pub fn tokenize(&self, text: &str) -> Vec<Tok> {
        let mut out = Vec::new();
        if text.is_empty() {
            return out;
        }
        let mut start = 0;
        let mut in_ws = text.chars().next().is_some_and(char::is_whitespace);
        for (i, c) in text.char_indices() {
            if c.is_whitespace() != in_ws {
                if start < i {
                    self.chunk(text, start, i, &mut out);
                }
                start = if c == ' ' { i + 1 } else { i };
                in_ws = !in_ws;
            }
        }
        if start < text.len() {
            self.chunk(text, start, text.len(), &mut out);
        }
        out
    }

    fn special(&self, text: &str, start: usize, end: usize, out: &mut Vec<Tok>) -> bool {
        let Some(parts) = self.specials.get(&text[start..end]) else { return false };
        let mut pos = start;
        for (orth, norm) in parts {
            let e = (pos + orth.len()).min(end);
            out.push(Tok { start: pos, end: e, norm: norm.clone() });
            pos = e;
        }
        true
    }

    fn find_len(re: &Regex, s: &str) -> usize {
        match re.find(s) {
            Ok(Some(m)) => m.end() - m.start(),
            _ => 0,
        }
    }

    /// One white-space-free (or white-space-only) chunk `text[start..end]`.
    fn chunk(&self, text: &str, start: usize, end: usize, out: &mut Vec<Tok>) {
        if self.special(text, start, end, out) {
            return;
        }
        // _split_affixes
        let (mut s, mut e) = (start, end);
        let mut prefixes: Vec<(usize, usize)> = Vec::new();
        let mut suffixes: Vec<(usize, usize)> = Vec::new();
        let mut last_size = usize::MAX;
        while s < e && e - s != last_size {
            if self.specials.contains_key(&text[s..e]) {
                break;
            }
            last_size = e - s;
            let pre_len = Self::find_len(&self.prefix, &text[s..e]);
            if pre_len != 0 {
                let minus_pre = &text[s + pre_len..e];
                if !minus_pre.is_empty() && self.specials.contains_key(minus_pre) {
                    prefixes.push((s, s + pre_len));
                    s += pre_len;
                    break;
                }
            }
            let suf_len = Self::find_len(&self.suffix, &text[s + pre_len..e]);
            if suf_len != 0 {
                let minus_suf = &text[s..e - suf_len];
                if !minus_suf.is_empty() && self.specials.contains_key(minus_suf) {
                    suffixes.push((e - suf_len, e));
                    e -= suf_len;
                    break;
                }
            }
            if pre_len != 0 && suf_len != 0 && pre_len + suf_len <= e - s {
                prefixes.push((s, s + pre_len));
                suffixes.push((e - suf_len, e));
                s += pre_len;
                e -= suf_len;
            } else if pre_len != 0 {
                prefixes.push((s, s + pre_len));
                s += pre_len;
            } else if suf_len != 0 {
                suffixes.push((e - suf_len, e));
                e -= suf_len;
            }
        }
        // _attach_tokens
        for &(a, b) in &prefixes {
            out.push(Tok { start: a, end: b, norm: None });
        }
        if s < e {
            let span = &text[s..e];
            if self.special(text, s, e, out) {
            } else if self.url.find(span).ok().flatten().is_some_and(|m| m.start() == 0) {
                out.push(Tok { start: s, end: e, norm: None });
            } else {
                let mut pos = s;
                let mut any = false;
                for m in self.infix.find_iter(span).flatten() {
                    any = true;
                    let (is, ie) = (s + m.start(), s + m.end());
                    if is == s {
                        continue;
                    }
                    if is != pos {
                        out.push(Tok { start: pos, end: is, norm: None });
                    }
                    if is != ie {
                        out.push(Tok { start: is, end: ie, norm: None });
                    }
                    pos = ie;
                }
                if !any {
                    out.push(Tok { start: s, end: e, norm: None });
                } else if pos < e {
                    out.push(Tok { start: pos, end: e, norm: None });
                }
            }
        }
        for &(a, b) in suffixes.iter().rev() {
            out.push(Tok { start: a, end: b, norm: None });
        }
    }
}
