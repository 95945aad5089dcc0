//! Context words: the label in front of a value ("SSN:", "Passport no.", a JSON key, a CSV column
//! header) often decides what a bare number is.
//!
//! The keywords of every built-in kind are indexed by their first two bytes and matched at word
//! starts (ASCII case-insensitive, longest first so that "driver license" wins over "license").
//! Keywords in Hangul or Thai are matched at any character of a word in that script instead, and may
//! run on into it: Thai puts no space between words, and Korean writes compounds as one word and
//! attaches particles (`여권번호는`, "the passport number"). For a candidate the engine looks at
//! the field name of the segment, then at the CSV column header when the text is a delimited table,
//! then at a short window before the candidate. The **nearest** keyword that says something about a
//! kind decides for that kind: a label ("Phone:") boosts its own kind and suppresses the other
//! label-sensitive kinds; a negative word ("order", "tracking", "version") suppresses.

mod keywords;
mod keywords_eu;
mod scan;
mod tables;
mod trace;

use super::kind::{Kind, KindSet};
use crate::CoreError;
pub(crate) use keywords::{CONTEXT_FREE, bits};
use keywords::{KEYWORDS, Keyword, NATIONAL_PHONES, NEW_KINDS};
use scan::Hit;
pub(crate) use scan::ScanContext;
pub(crate) use trace::{NoTrace, Recorded, Trace};

use crate::engine::ContextSource;

/// What the context says about each kind.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Verdict {
    pub boost: KindSet,
    pub suppress: KindSet,
}

impl Verdict {
    pub(crate) fn decided(&self) -> KindSet {
        self.boost | self.suppress
    }

    /// Applies another verdict to the kinds this one has not decided.
    fn apply_verdict(&mut self, other: Verdict) {
        let open = !self.decided();
        self.boost |= other.boost & open;
        self.suppress |= other.suppress & open;
    }

    /// Applies a keyword, unless an earlier (nearer) one already decided its kinds.
    fn apply(&mut self, kw: &Keyword) {
        let open = !self.decided();
        self.boost |= kw.boost & open;
        self.suppress |= kw.suppress & open & !kw.boost;
    }

    /// [`Verdict::apply`], telling `trace` which kinds this keyword was the first to raise.
    #[inline(always)]
    fn apply_traced<T: Trace>(&mut self, kw: &Keyword, source: ContextSource, trace: &mut T) {
        let open = !self.decided();
        self.apply(kw);
        trace.decided(kw.word, source, kw.boost & open);
    }
}

/// The compiled keyword automaton.
pub(crate) struct ContextIndex {
    /// The main table's keywords followed by those of [`super::context_words`] (merged into an
    /// entry of the main table when the word is the same); hits index into it.
    keywords: Vec<Keyword>,
    /// For each folded three-byte prefix ([`fold3`]), the range of `order` holding the keywords
    /// that start with it.
    buckets: Vec<(u16, u16)>,
    /// Keyword indexes grouped by bucket, longest first within a bucket (leftmost-longest).
    order: Vec<u16>,
    /// Per keyword (by index): its first eight bytes folded with [`fold8`] and the mask of the
    /// bytes it has, so that most bucket members are rejected with one compare.
    head: Vec<(u64, u64)>,
    /// A bit per folded three-byte prefix that some keyword may start with: rejects almost every
    /// word of running text with one load.
    prefix3: Vec<u64>,
    /// The keywords in Hangul or Thai ([`substring_script`]) with their first character's three
    /// bytes, longest first; they are in none of the buckets.
    script: Vec<([u8; 3], u16)>,
    /// The labels (keywords that boost a kind and rule others out), folded by [`fold_label`]:
    /// the words a form writes before an identifier, which are never a name themselves.
    labels: std::collections::HashSet<String>,
}

/// A phrase lower-cased, with hyphens and runs of white space as one space: `Steuer-ID`,
/// `steuer id` and `STEUER  ID` fold alike.
fn fold_label(phrase: &str) -> String {
    phrase.split(|c: char| c.is_whitespace() || c == '-').filter(|w| !w.is_empty()).map(str::to_lowercase).collect::<Vec<_>>().join(" ")
}

/// Letters fold to 1-26 in either case, every other byte to 0.
const FOLD: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 26 {
        t[b'a' as usize + i] = i as u8 + 1;
        t[b'A' as usize + i] = i as u8 + 1;
        i += 1;
    }
    t
};

/// The folded three-byte prefix `a b c`.
#[inline(always)]
fn fold3(a: u8, b: u8, c: u8) -> usize {
    (usize::from(FOLD[a as usize]) * 27 + usize::from(FOLD[b as usize])) * 27 + usize::from(FOLD[c as usize])
}

/// Eight bytes with ASCII upper case folded to lower case (and a few punctuation bytes folded onto
/// others, which callers confirm exactly): one OR instead of eight table lookups.
#[inline(always)]
fn fold8(x: u64) -> u64 {
    x | 0x2020_2020_2020_2020
}

/// Whether `tail` (the letters right after a keyword) is an inflection of it: "passports",
/// "deploying", "called", not the rest of another word.
fn is_inflection(tail: &[u8]) -> bool {
    let mut b = [0u8; 3];
    if tail.len() > b.len() {
        return false;
    }
    for (d, s) in b.iter_mut().zip(tail) {
        *d = s.to_ascii_lowercase();
    }
    matches!(&b[..tail.len()], b"s" | b"es" | b"ed" | b"d" | b"ing" | b"er" | b"ers")
}

/// How far back from a candidate the window reaches on its own line, and into the line before.
pub(super) const WINDOW: usize = 64;

/// Keywords that are an identifier's acronym and a frequent word of one of the languages read
/// here: Spanish and Portuguese `sin`/`sem` prose would otherwise label the next line's phone
/// number a Canadian SIN and rule it out.
const SPELLED_ACRONYMS: &[&[u8]] = &[b"sin", b"nie"];
/// How far from the end of a previous line a keyword may be to count.
pub(super) const PREVIOUS_LINE_TAIL: usize = 24;
/// How many previous lines are searched when the candidate's own line has no keyword.
pub(super) const PREVIOUS_LINES: usize = 3;

impl ContextIndex {
    /// Groups the keywords by their folded first three bytes. Keywords are matched only at word starts, so a
    /// text position costs one table lookup unless a keyword starts with its two bytes.
    pub(crate) fn new() -> Result<Self, CoreError> {
        let mut keywords = KEYWORDS.to_vec();
        keywords.extend_from_slice(keywords_eu::KEYWORDS_EU);
        for &(word, kinds, is_label) in super::context_words::EXTRA {
            let boost = bits(kinds);
            match keywords.iter_mut().find(|k| k.word.eq_ignore_ascii_case(word)) {
                Some(k) => {
                    k.boost |= boost;
                    k.suppress &= !boost;
                }
                None => {
                    let suppress = if is_label { NEW_KINDS & !boost } else { 0 };
                    keywords.push(Keyword { word, boost, suppress });
                }
            }
        }
        // A phone label is a label of the country phone kinds as well.
        for k in &mut keywords {
            if k.boost & Kind::Phone.bit() != 0 {
                k.boost |= NATIONAL_PHONES;
                k.suppress &= !NATIONAL_PHONES;
            }
        }
        if keywords.len() > usize::from(u16::MAX) {
            return Err(CoreError::invalid("context keywords", "too many"));
        }
        let mut idx: Vec<(usize, usize, u16)> = Vec::with_capacity(keywords.len());
        let mut script: Vec<([u8; 3], u16)> = Vec::new();
        for (i, k) in keywords.iter().enumerate() {
            let w = k.word.as_bytes();
            if w.len() < 2 || w.len() > 64 {
                return Err(CoreError::invalid("context keywords", format!("{:?} must be 2 to 64 bytes", k.word)));
            }
            if substring_script(w, 0) {
                script.push(([w[0], w[1], w[2]], i as u16));
                continue;
            }
            idx.push((fold3(w[0], w[1], w.get(2).copied().unwrap_or(b' ')), usize::MAX - w.len(), i as u16));
        }
        idx.sort_unstable();
        let mut buckets = vec![(0u16, 0u16); 27 * 27 * 27];
        let order: Vec<u16> = idx.iter().map(|&(_, _, k)| k).collect();
        let mut i = 0;
        while i < idx.len() {
            let b = idx[i].0;
            let j = idx[i..].iter().take_while(|x| x.0 == b).count() + i;
            buckets[b] = (i as u16, (j - i) as u16);
            i = j;
        }
        script.sort_by_key(|&(_, k)| usize::MAX - keywords[usize::from(k)].word.len());
        let mut prefix3 = vec![0u64; (27 * 27 * 27) / 64 + 1];
        for k in keywords.iter().filter(|k| !substring_script(k.word.as_bytes(), 0)) {
            let w = k.word.as_bytes();
            // A two-letter keyword is followed by a non-letter (folded to 0).
            let h = fold3(w[0], w[1], w.get(2).copied().unwrap_or(b' '));
            // The empty prefix is where Hangul and Thai text goes to the script keywords.
            if h == 0 {
                return Err(CoreError::invalid("context keywords", format!("{:?} must have a letter in its first three bytes", k.word)));
            }
            prefix3[h / 64] |= 1 << (h % 64);
        }
        let head = keywords
            .iter()
            .map(|k| {
                let w = k.word.as_bytes();
                let n = w.len().min(8);
                let mut b = [0u8; 8];
                b[..n].copy_from_slice(&w[..n]);
                let mask = if n == 8 { u64::MAX } else { (1u64 << (8 * n)) - 1 };
                (fold8(u64::from_le_bytes(b)) & mask, mask)
            })
            .collect();
        let labels = keywords.iter().filter(|k| k.boost != 0 && k.suppress != 0).map(|k| fold_label(k.word)).collect();
        Ok(ContextIndex { keywords, buckets, order, head, prefix3, script, labels })
    }

    /// Whether `phrase` is one of the labels, as a whole (`Partita IVA`, `Steuer-ID`, `NHS number`).
    pub(crate) fn is_label(&self, phrase: &str) -> bool {
        self.labels.contains(&fold_label(phrase.trim().trim_end_matches(':')))
    }

    /// The keyword starting at `p` (a word start), if any: the longest that fits before `to` and
    /// ends a word or carries an inflection ("deploying", "passports") without being the stem of
    /// another word ("accountant" is not "account"). Returns its end and index.
    #[inline(always)]
    pub(crate) fn keyword_at(&self, bytes: &[u8], p: usize, to: usize) -> Option<(usize, u16)> {
        if p + 1 >= to {
            return None;
        }
        let h = fold3(bytes[p], bytes[p + 1], if p + 2 < to { bytes[p + 2] } else { 0 });
        if self.prefix3[h / 64] & (1 << (h % 64)) == 0 {
            // Hangul and Thai fold to the empty prefix, which no bucketed keyword has.
            return if bytes[p] >= 0xE0 { self.script_keyword_at(bytes, p, to) } else { None };
        }
        // A mailbox's name says nothing of the values around it (`accounts@pinecrest.co.uk`).
        self.keyword_slow(bytes, p, to, h).filter(|&(e, _)| !in_mail_address(bytes, p, e))
    }

    /// The longest keyword in Hangul or Thai starting at `p`, whatever follows it. Kept out of line:
    /// [`ContextIndex::keyword_at`] is inlined into the scanner's loop.
    #[inline(never)]
    fn script_keyword_at(&self, bytes: &[u8], p: usize, to: usize) -> Option<(usize, u16)> {
        if !substring_script(bytes, p) {
            return None;
        }
        let hay = &bytes[p..to];
        let first = hay.get(..3)?;
        self.script.iter().find_map(|&(head, k)| {
            let w = self.keywords[usize::from(k)].word.as_bytes();
            (first == head && hay.starts_with(w)).then_some((p + w.len(), k))
        })
    }

    fn keyword_slow(&self, bytes: &[u8], p: usize, to: usize, h: usize) -> Option<(usize, u16)> {
        let (off, len) = self.buckets[h];
        if len == 0 {
            return None;
        }
        // The text's next eight bytes, folded like the keywords' heads (zero-padded at the end).
        let text8 = match bytes.get(p..p + 8) {
            Some(b) => u64::from_le_bytes(b.try_into().unwrap_or_default()),
            None => {
                let mut b = [0u8; 8];
                b[..bytes.len() - p].copy_from_slice(&bytes[p..]);
                u64::from_le_bytes(b)
            }
        };
        let text8 = fold8(text8);
        for &k in &self.order[usize::from(off)..usize::from(off + len)] {
            let (head, mask) = self.head[usize::from(k)];
            if text8 & mask != head {
                continue;
            }
            let w = self.keywords[usize::from(k)].word.as_bytes();
            // The head compare folds a few punctuation bytes together: confirm exactly.
            if to - p < w.len() || !eq_fold(&bytes[p..p + w.len()], w) {
                continue;
            }
            let e = p + w.len();
            // An acronym that is a plain word of another language counts only in capitals
            // (`SIN`, not Spanish `sin`, without; `NIE`, not Polish or German `nie`).
            if SPELLED_ACRONYMS.contains(&w) && !bytes[p..e].iter().all(u8::is_ascii_uppercase) {
                continue;
            }
            // In camelCase (`accountNumber`) an upper-case letter after a lower-case one starts
            // the next word; in upper case (`ACCOUNTANT`) it does not.
            let camel = bytes[e - 1].is_ascii_lowercase();
            let tail =
                bytes[e..].iter().take(6).take_while(|b| if camel { b.is_ascii_lowercase() } else { b.is_ascii_alphabetic() }).count();
            // A keyword running into an accented letter (`nif` in `nifé`) is part of a longer word.
            if bytes.get(e + tail).is_some_and(|&b| b >= 0x80) && letter_len(bytes, e + tail) > 0 {
                continue;
            }
            // A keyword that runs into a longer word (`drivers lic` in `drivers licence`) gives way
            // to a shorter one that ends a word (`drivers`).
            if tail == 0 || w.len() > 3 && is_inflection(&bytes[e..e + tail]) {
                return Some((e, k));
            }
        }
        None
    }

    /// Keywords in `hay[from..to]` at word starts, as hits in text order, appended to `out`.
    fn hits(&self, hay: &str, from: usize, to: usize, out: &mut Vec<Hit>) {
        let bytes = hay.as_bytes();
        let mut p = from;
        while p + 1 < to {
            // A word starts after a non-letter, or at a camelCase hump (`dateOfBirth`).
            // In Hangul and Thai, at every character.
            if letter_len(bytes, p) == 0 || (letter_before(bytes, p) && !camel_hump(bytes, p) && !substring_script(bytes, p)) {
                p += 1;
                continue;
            }
            match self.keyword_at(bytes, p, to) {
                Some((e, k)) => {
                    out.push(Hit { start: p as u32, end: e as u32, keyword: k });
                    p = e;
                }
                None => {
                    p += 1;
                    while p < to && !camel_hump(bytes, p) {
                        let n = letter_len(bytes, p);
                        if n == 0 {
                            break;
                        }
                        p += n;
                    }
                }
            }
        }
    }

    /// Decides from a field name (JSON key, CSV header, XML attribute): every keyword in it counts,
    /// the last one being the nearest.
    pub(crate) fn field(&self, name: &str, verdict: &mut Verdict) {
        self.field_traced(name, verdict, ContextSource::FieldName, &mut NoTrace);
    }

    /// [`ContextIndex::field`], telling `trace` which keyword raised which kinds (as `source`).
    pub(crate) fn field_traced<T: Trace>(&self, name: &str, verdict: &mut Verdict, source: ContextSource, trace: &mut T) {
        let mut hits = Vec::new();
        let name = if name.len() > 256 { &name[..floor_char_boundary(name, 256)] } else { name };
        self.hits(name, 0, name.len(), &mut hits);
        for h in hits.iter().rev() {
            verdict.apply_traced(&self.keywords[h.keyword as usize], source, trace);
        }
    }
}

/// Whether `text` equals the lower-case keyword `word`, ASCII letters and the upper-case letters of
/// Latin-1 (`É`, `Ü`, two bytes after `0xC3`) folded to lower case.
fn eq_fold(text: &[u8], word: &[u8]) -> bool {
    text.len() == word.len()
        && text.iter().zip(word).enumerate().all(|(i, (&t, &w))| {
            t == w
                || t.to_ascii_lowercase() == w
                || i > 0 && text[i - 1] == 0xC3 && (0x80..=0x9E).contains(&t) && t != 0x97 && t | 0x20 == w
        })
}

/// Byte length of the letter (ASCII or not) starting at `p`, 0 when there is none.
#[inline]
pub(crate) fn letter_len(bytes: &[u8], p: usize) -> usize {
    let Some(&b) = bytes.get(p) else { return 0 };
    if b < 0x80 {
        return usize::from(b.is_ascii_alphabetic());
    }
    let n = match b {
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF7 => 4,
        _ => return 0,
    };
    bytes
        .get(p..p + n)
        .and_then(|t| std::str::from_utf8(t).ok())
        .and_then(|t| t.chars().next())
        .map_or(0, |c| if c.is_alphabetic() { n } else { 0 })
}

/// Whether the character at `p` is a Hangul syllable or of the Thai block: the scripts whose
/// keywords are matched inside words (see the module documentation).
#[inline]
pub(crate) fn substring_script(bytes: &[u8], p: usize) -> bool {
    // Thai is U+0E00-U+0E7F, Hangul syllables U+AC00-U+D7A3, as UTF-8 bytes.
    match bytes.get(p..p + 3) {
        Some(&[0xE0, b1, _]) => b1 == 0xB8 || b1 == 0xB9,
        Some(&[0xEA, b1, _]) => b1 >= 0xB0,
        Some(&[0xEB | 0xEC, _, _]) => true,
        Some(&[0xED, b1, b2]) => b1 < 0x9E || b1 == 0x9E && b2 <= 0xA3,
        _ => false,
    }
}

/// Whether the character ending right before `p` is a letter (ASCII or not), so that `p` is inside
/// a word (`léphone` in `Téléphone` is no word start).
#[inline]
pub(crate) fn letter_before(bytes: &[u8], p: usize) -> bool {
    if p == 0 {
        return false;
    }
    let b = bytes[p - 1];
    if b < 0x80 {
        return b.is_ascii_alphabetic();
    }
    let mut s = p - 1;
    while s > 0 && p - s < 4 && bytes[s] & 0xC0 == 0x80 {
        s -= 1;
    }
    letter_len(bytes, s) == p - s
}

/// Whether an upper-case letter at `p` follows a lower-case one: the start of a word inside a
/// camelCase name (`dateOfBirth`).
pub(super) fn camel_hump(bytes: &[u8], p: usize) -> bool {
    p > 0 && bytes[p].is_ascii_uppercase() && bytes[p - 1].is_ascii_lowercase()
}

pub(super) fn memrchr(needle: u8, hay: &[u8]) -> Option<usize> {
    memchr::memrchr(needle, hay)
}

/// Whether `bytes[start..end]` lies inside an e-mail address (`accounts@pinecrest.co.uk`,
/// `jane@phone-shop.example`): a mailbox's name says nothing of the values around it, so
/// `accounts` there must not take a phone number on the same line for an account number. The
/// address is the run of non-blank bytes around the word, looked at up to [`MAIL_REACH`] bytes away.
fn in_mail_address(bytes: &[u8], start: usize, end: usize) -> bool {
    let blank = |b: &u8| b.is_ascii_whitespace() || matches!(b, b'<' | b'>' | b'(' | b')' | b'"' | b',' | b';');
    let lo = start.saturating_sub(MAIL_REACH);
    let hi = (end + MAIL_REACH).min(bytes.len());
    let before = bytes[lo..start].iter().rev().take_while(|b| !blank(b));
    let after = bytes[end..hi].iter().take_while(|b| !blank(b));
    before.chain(after).any(|&b| b == b'@')
}

/// How far from a keyword [`in_mail_address`] looks for the `@` of an address around it.
const MAIL_REACH: usize = 64;

/// The largest char boundary at or below `i`.
pub(crate) fn floor_char_boundary(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

pub(super) fn memchr(needle: u8, hay: &[u8]) -> Option<usize> {
    memchr::memchr(needle, hay)
}

#[cfg(test)]
mod tests;
