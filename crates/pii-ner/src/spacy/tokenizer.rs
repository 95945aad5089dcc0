//! spaCy's rule-based tokenizer, ported: white space handling, special cases (exceptions with
//! their norms), prefix / suffix / infix patterns, the token_match pattern (French keeps its
//! hyphenated and elided words whole with it) and the URL pattern, in spaCy's order. The patterns
//! and exceptions are the pipeline's own, as its package serialises them.
//! Then, as spaCy's `_apply_special_cases`, special cases whose own affix tokenisation spans several
//! tokens are found again in the token sequence (`(D-Mass.)` gives `D`, `-`, `Mass.`) and merged.

use fancy_regex::{Regex, RegexBuilder};
use rustc_hash::{FxHashMap, FxHashSet};

use super::chunk_cache;

/// One token: byte range in the text and the norm its special case gives it, if any.
#[derive(Debug, Clone)]
pub(crate) struct Tok {
    pub start: usize,
    pub end: usize,
    pub norm: Option<Box<str>>,
}

/// spaCy's special cases: a string and the tokens it splits into, each with its optional norm.
pub(crate) type SpecialCases = FxHashMap<Box<str>, Vec<(Box<str>, Option<Box<str>>)>>;

#[derive(Debug)]
pub(crate) struct Tokenizer {
    prefix: Regex,
    suffix: Regex,
    infix: Regex,
    /// Strings kept as one token (`None` when the pipeline has no such pattern).
    token_match: Option<Regex>,
    url: Regex,
    specials: SpecialCases,
    /// spaCy's `_special_matcher`: the affix tokenisation (without special cases) of each special
    /// case that has a prefix, suffix, infix or space, as the token texts joined by `\0`.
    special_patterns: FxHashSet<Box<str>>,
    /// First token text of each pattern, and the longest pattern in tokens.
    pattern_starts: FxHashSet<Box<str>>,
    pattern_max: usize,
    /// Key of this tokenizer's splits in [`chunk_cache`].
    id: usize,
}

/// Python's `str.isspace` for one character: Rust's white space plus the four information
/// separators U+001C..U+001F.
pub(crate) fn is_space(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

/// The pipeline's tokenizer patterns, in Python `re` syntax.
pub(crate) struct Patterns<'a> {
    pub prefix: &'a str,
    pub suffix: &'a str,
    pub infix: &'a str,
    /// Empty when the pipeline has none.
    pub token_match: &'a str,
    pub url: &'a str,
}

/// Python `re` pattern to `fancy_regex`: drops the `u` flag (Unicode is the default) and
/// backslashes before characters that need no escaping (`\'`, `\"`, `\!`).
fn port_pattern(p: &str) -> String {
    let p = p.replace("(?u)", "").replace("(?iu)", "(?i)").replace("(?ui)", "(?i)");
    let mut out = String::with_capacity(p.len());
    let mut chars = p.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\'
            && let Some(&n) = chars.peek()
            && n.is_ascii_punctuation()
            && !"\\.+*?()|[]{}^$#&-~/".contains(n)
        {
            out.push(n);
            chars.next();
            continue;
        }
        out.push(c);
    }
    out
}

impl Tokenizer {
    pub fn new(p: &Patterns<'_>, specials: SpecialCases) -> Result<Self, String> {
        // French's token_match is one alternation of some 260 word patterns, each with the
        // case-folded class of all lower-case letters: beyond the default size limits.
        let compile = |p: &str| {
            RegexBuilder::new(&port_pattern(p))
                .delegate_size_limit(1 << 30)
                .delegate_dfa_size_limit(1 << 28)
                .build()
                .map_err(|e| e.to_string())
        };
        let mut t = Tokenizer {
            prefix: compile(p.prefix)?,
            suffix: compile(p.suffix)?,
            infix: compile(p.infix)?,
            token_match: if p.token_match.is_empty() { None } else { Some(compile(p.token_match)?) },
            url: compile(p.url)?,
            specials,
            special_patterns: FxHashSet::default(),
            pattern_starts: FxHashSet::default(),
            pattern_max: 0,
            id: chunk_cache::new_tokenizer_id(),
        };
        // `add_special_case` with `faster_heuristics`: only strings that the affix rules would split.
        let mut patterns = Vec::new();
        for s in t.specials.keys() {
            let s: &str = s;
            if Self::find_len(&t.prefix, s) != 0
                || Self::find_len(&t.suffix, s) != 0
                || t.infix.find_iter(s).flatten().next().is_some()
                || s.contains(' ')
            {
                let toks = t.tokenize_affixes(s, false);
                if toks.is_empty() {
                    continue;
                }
                let key: String = toks.iter().map(|k| format!("{}\0", &s[k.start..k.end])).collect();
                patterns.push((key, s[toks[0].start..toks[0].end].to_owned(), toks.len()));
            }
        }
        for (key, first, n) in patterns {
            t.special_patterns.insert(key.into_boxed_str());
            t.pattern_starts.insert(first.into_boxed_str());
            t.pattern_max = t.pattern_max.max(n);
        }
        Ok(t)
    }

    /// Tokens of `text`, offsets relative to `text`.
    pub fn tokenize(&self, text: &str) -> Vec<Tok> {
        let toks = self.tokenize_affixes(text, true);
        self.apply_special_cases(text, toks)
    }

    /// spaCy's `_tokenize_affixes`: white space, then each chunk by special cases (if
    /// `with_specials`) and affixes.
    fn tokenize_affixes(&self, text: &str, with_specials: bool) -> Vec<Tok> {
        let mut out = Vec::new();
        if text.is_empty() {
            return out;
        }
        let mut start = 0;
        let mut in_ws = text.chars().next().is_some_and(is_space);
        for (i, c) in text.char_indices() {
            if is_space(c) != in_ws {
                if start < i {
                    self.chunk(text, start, i, with_specials, &mut out);
                }
                start = if c == ' ' { i + 1 } else { i };
                in_ws = !in_ws;
            }
        }
        if start < text.len() {
            self.chunk(text, start, text.len(), with_specials, &mut out);
        }
        out
    }

    /// spaCy's `_apply_special_cases`: finds the special-case patterns in the token sequence
    /// (every match, as its `PhraseMatcher` does), keeps the longest then leftmost of overlapping
    /// ones, and replaces each kept span whose text is a special case by that case's tokens.
    fn apply_special_cases(&self, text: &str, toks: Vec<Tok>) -> Vec<Tok> {
        if self.pattern_max == 0 {
            return toks;
        }
        let mut matches: Vec<(usize, usize)> = Vec::new();
        let mut key = String::new();
        for i in 0..toks.len() {
            if !self.pattern_starts.contains(&text[toks[i].start..toks[i].end]) {
                continue;
            }
            key.clear();
            for j in i..toks.len().min(i + self.pattern_max) {
                key.push_str(&text[toks[j].start..toks[j].end]);
                key.push('\0');
                if self.special_patterns.contains(key.as_str()) {
                    matches.push((i, j + 1));
                }
            }
        }
        if matches.is_empty() {
            return toks;
        }
        // _filter_special_spans: longest first, then leftmost; a span is kept when neither its
        // first nor its last token was covered by a span looked at before (kept or not).
        matches.sort_by(|a, b| (b.1 - b.0).cmp(&(a.1 - a.0)).then(a.0.cmp(&b.0)));
        let mut seen = vec![false; toks.len()];
        let mut kept: Vec<(usize, usize)> = Vec::new();
        for &(s, e) in &matches {
            if !seen[s] && !seen[e - 1] {
                kept.push((s, e));
            }
            seen[s..e].iter_mut().for_each(|v| *v = true);
        }
        kept.sort_unstable();
        let mut out = Vec::with_capacity(toks.len());
        let mut i = 0;
        let mut k = 0;
        while i < toks.len() {
            if k < kept.len() && kept[k].0 == i {
                let (s, e) = kept[k];
                k += 1;
                let (a, b) = (toks[s].start, toks[e - 1].end);
                if !self.special(text, a, b, &mut out) {
                    out.extend_from_slice(&toks[s..e]);
                }
                i = e;
            } else {
                out.push(toks[i].clone());
                i += 1;
            }
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

    /// spaCy's `token_match(string)`: a match at the start (Python's `re.match`).
    fn token_matches(&self, s: &str) -> bool {
        self.token_match.as_ref().is_some_and(|re| re.find(s).ok().flatten().is_some_and(|m| m.start() == 0))
    }

    fn find_len(re: &Regex, s: &str) -> usize {
        match re.find(s) {
            Ok(Some(m)) => m.end() - m.start(),
            _ => 0,
        }
    }

    /// One white-space-free (or white-space-only) chunk `text[start..end]`.
    fn chunk(&self, text: &str, start: usize, end: usize, with_specials: bool, out: &mut Vec<Tok>) {
        if with_specials && self.special(text, start, end, out) {
            return;
        }
        // A chunk of letters only (most words): no prefix, suffix or infix pattern of spaCy's
        // pipelines matches letters alone (they need punctuation, a symbol or a digit), so the
        // chunk is one token, as the loop below would find after running every pattern over it.
        // The parity tests (tests/spacy_parity.rs) check this against spaCy for each language.
        if text[start..end].chars().all(char::is_alphabetic) {
            out.push(Tok { start, end, norm: None });
            return;
        }
        // Any other chunk is split by its own text alone: remembered (the construction's own
        // runs without special cases are not).
        if !with_specials {
            self.split(text, start, end, false, out);
            return;
        }
        if chunk_cache::get(self.id, &text[start..end], start, out) {
            return;
        }
        let from = out.len();
        self.split(text, start, end, true, out);
        chunk_cache::keep(self.id, &text[start..end], start, &out[from..]);
    }

    /// spaCy's `_split_affixes` and `_attach_tokens` on the chunk `text[start..end]`.
    fn split(&self, text: &str, start: usize, end: usize, with_specials: bool, out: &mut Vec<Tok>) {
        // _split_affixes
        let (mut s, mut e) = (start, end);
        let mut prefixes: Vec<(usize, usize)> = Vec::new();
        let mut suffixes: Vec<(usize, usize)> = Vec::new();
        let mut last_size = usize::MAX;
        while s < e && e - s != last_size {
            if self.token_matches(&text[s..e]) {
                break;
            }
            if with_specials && self.specials.contains_key(&text[s..e]) {
                break;
            }
            last_size = e - s;
            let pre_len = Self::find_len(&self.prefix, &text[s..e]);
            if pre_len != 0 {
                let minus_pre = &text[s + pre_len..e];
                if !minus_pre.is_empty() && with_specials && self.specials.contains_key(minus_pre) {
                    prefixes.push((s, s + pre_len));
                    s += pre_len;
                    break;
                }
            }
            let suf_len = Self::find_len(&self.suffix, &text[s + pre_len..e]);
            if suf_len != 0 {
                let minus_suf = &text[s..e - suf_len];
                if !minus_suf.is_empty() && with_specials && self.specials.contains_key(minus_suf) {
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
            if with_specials && self.special(text, s, e, out) {
            } else if self.token_matches(span) || self.url.find(span).ok().flatten().is_some_and(|m| m.start() == 0) {
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
