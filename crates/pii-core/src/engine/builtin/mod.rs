//! The built-in recognizers for structured identifiers, run in one pass over the text.
//!
//! How a text is scanned:
//! 1. A byte-class table walks the text once and stops only at *trigger* positions: the start of an
//!    ASCII word (a letter or digit after a non-word byte), `+` or `(` before a number, and `@`.
//! 2. At each trigger, one dense DFA compiled from **every** pattern of every built-in recognizer
//!    (`regex-automata`, anchored, `MatchKind::All`) is driven byte by byte over a bounded window. It
//!    stops at the first dead state, which for ordinary words is after a byte or two, and reports every
//!    (pattern, end) pair that matched.
//! 3. For each pattern, the longest end that sits on a token boundary and passes the pattern's
//!    validator (checksum, ranges, layout) becomes a candidate with the validator's base score.
//! 4. The context (segment field name, CSV column header, the words before the candidate) boosts or
//!    suppresses the candidate by the nearest label (see [`super::context`]).
//!
//! E-mail addresses and URLs are found by small hand-written scanners at `@` and at `http`/`www.`
//! triggers; PEM private keys and JWTs likewise. No regex backtracks, nothing allocates per byte: a
//! scan allocates a few small buffers per call.

mod date;
mod finance;
mod ids;
mod ids_anglo;
mod ids_asia;
mod ids_de;
mod ids_eu;
mod ids_locale;
mod net;
mod numbers;
mod patterns;
mod phone;
mod phone_national;
mod secrets;
mod skip;
mod why;

use std::borrow::Cow;

use regex_automata::dfa::{Automaton, StartKind, dense};
use regex_automata::util::primitives::StateID;
use regex_automata::util::syntax;
use regex_automata::{Anchored, MatchKind};

use super::context::{CONTEXT_FREE, ContextIndex, Recorded, ScanContext, Verdict, letter_before, letter_len, substring_script};
use super::kind::{Kind, KindSet};
use super::{ContextSource, Provenance, Recognizer, SegmentContext, Span};
use crate::{CoreError, EntityType};
use skip::{plain_word, word_run};
use why::Rule;

/// The longest byte sequence any DFA pattern can match.
const MAX_MATCH: usize = 128;

/// What a validator says about a candidate: its score without and with a supporting context word.
/// A score of 0 means the candidate is reported only with context.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Score {
    pub base: f32,
    pub boosted: f32,
}

impl Score {
    pub(crate) const fn new(base: f32, boosted: f32) -> Self {
        Score { base, boosted }
    }

    /// A shape without a validator verdict, scored as Presidio scores a pattern: `base` alone; a
    /// supporting context word adds 0.35, and gives at least 0.4.
    pub(crate) fn weak(base: f32) -> Self {
        Score { base, boosted: (base + 0.35).clamp(0.4, 1.0) }
    }

    /// A value whose check digit or structure validates.
    pub(crate) const VALID: Score = Score { base: 1.0, boosted: 1.0 };
}

/// A pattern match handed to a validator: `text[start..end]` is the candidate.
pub(crate) struct Cand<'a> {
    pub text: &'a [u8],
    pub start: usize,
    pub end: usize,
}

impl<'a> Cand<'a> {
    pub(crate) fn s(&self) -> &'a [u8] {
        &self.text[self.start..self.end]
    }
}

pub(crate) type Check = fn(&Cand<'_>) -> Option<Score>;

/// One pattern of the built-in set.
pub(crate) struct Pattern {
    pub kind: Kind,
    pub regex: Cow<'static, str>,
    pub check: Check,
}

impl Pattern {
    pub(crate) fn new(kind: Kind, regex: &'static str, check: Check) -> Self {
        Pattern { kind, regex: Cow::Borrowed(regex), check }
    }
}

/// The built-in recognizer: every structured identifier, one DFA.
pub(crate) struct Builtin {
    dfa: dense::DFA<Vec<u32>>,
    start: StateID,
    /// Bytes on which some pattern can start (the DFA's first transition is not dead).
    first: [bool; 256],
    patterns: Vec<Pattern>,
    /// The name of each pattern, by pattern id (for explanations).
    names: Vec<Box<str>>,
    context: ContextIndex,
    entities: Vec<EntityType>,
}

impl Builtin {
    pub(crate) fn new() -> Result<Self, CoreError> {
        let (patterns, names) = patterns::named();
        let dfa = dense::Builder::new()
            .configure(dense::Config::new().match_kind(MatchKind::All).start_kind(StartKind::Anchored).minimize(false))
            .syntax(syntax::Config::new().unicode(false).utf8(false))
            .build_many(&patterns.iter().map(|p| p.regex.as_ref()).collect::<Vec<_>>())
            .map_err(|e| CoreError::invalid("built-in pattern", e.to_string()))?;
        let start = dfa
            .universal_start_state(Anchored::Yes)
            .ok_or_else(|| CoreError::invalid("built-in pattern", "patterns must not use look-around"))?;
        let mut first = [false; 256];
        for (b, f) in first.iter_mut().enumerate() {
            let next = dfa.next_state(start, b as u8);
            *f = !dfa.is_dead_state(next);
        }
        let mut entities: Vec<EntityType> = patterns.iter().map(|p| p.kind.entity()).collect();
        entities.extend([Kind::Email, Kind::Url, Kind::Secret].map(Kind::entity));
        entities.sort();
        entities.dedup();
        Ok(Builtin { dfa, start, first, patterns, names, context: ContextIndex::new()?, entities })
    }

    /// Heap bytes of the compiled DFA (for the benchmark's memory figure).
    pub(crate) fn memory_usage(&self) -> usize {
        self.dfa.memory_usage()
    }

    /// One scan of `text`; `why`, when given, receives a [`Provenance`] per span pushed.
    fn scan(&self, text: &str, ctx: &SegmentContext<'_>, out: &mut Vec<Span>, why: Option<&mut Vec<Provenance>>) {
        // The scan's buffers are kept per thread: most calls are small documents or cells, where
        // allocating and growing them anew was a sizeable part of the cost.
        // `hits` and `found` are cleared at each trigger; the context carries over the whole text.
        let mut bufs = SCRATCH.with(|s| s.take());
        bufs.context.reset();
        let explaining = why.is_some();
        let mut scan = Scan {
            b: self,
            text,
            bytes: text.as_bytes(),
            out,
            bufs,
            field: Verdict::default(),
            why,
            field_raised: Recorded::default(),
            raised: Recorded::default(),
        };
        if explaining {
            // The same verdict as below, keeping the words that decided it.
            let sources = [(ctx.context_words, ContextSource::CallerContext), (ctx.field_name, ContextSource::FieldName)];
            for (words, source) in sources.into_iter().filter_map(|(w, s)| Some((w?, s))) {
                self.context.field_traced(words, &mut scan.field, source, &mut scan.field_raised);
            }
        } else {
            for words in [ctx.context_words, ctx.field_name].into_iter().flatten() {
                self.context.field(words, &mut scan.field);
            }
        }
        scan.run();
        let bufs = scan.bufs;
        SCRATCH.with(|s| s.set(bufs));
    }
}

impl Recognizer for Builtin {
    fn name(&self) -> &str {
        "builtin"
    }

    fn supported_entities(&self) -> &[EntityType] {
        &self.entities
    }

    fn analyze(&self, text: &str, ctx: &SegmentContext<'_>, out: &mut Vec<Span>) {
        self.scan(text, ctx, out, None);
    }

    /// A name, place or organisation that is exactly one of the labels of the identifiers and
    /// stands as a label, before a colon or `#` (`Partita IVA:`, `Steuer-ID:`, `Passport #`), is
    /// that label, whoever guessed otherwise. Elsewhere the same word may be a name (`Driver`,
    /// `Handy`, `Call` are family names too).
    fn veto(&self, text: &str, spans: &mut Vec<Span>) {
        let labelled = |s: &Span| {
            let after = text[s.end..].trim_start_matches([' ', '\t']);
            text[s.start..s.end].ends_with(':') || after.starts_with([':', '#', '：'])
        };
        spans.retain(|s| !(super::kind::is_name_type(&s.entity_type) && labelled(s) && self.context.is_label(&text[s.start..s.end])));
    }

    fn analyze_explained(&self, text: &str, ctx: &SegmentContext<'_>, out: &mut Vec<Span>, why: &mut Vec<Provenance>) {
        self.scan(text, ctx, out, Some(why));
    }
}

/// Reusable buffers of one scan.
#[derive(Default)]
struct Buffers {
    /// (pattern id, end) pairs found at the current trigger.
    hits: Vec<(u32, u32)>,
    /// The best validated end of each pattern at the current trigger.
    found: Vec<(u16, u32, Score)>,
    context: ScanContext,
}

thread_local! {
    static SCRATCH: std::cell::Cell<Buffers> = std::cell::Cell::new(Buffers::default());
}

// Byte classes of the trigger table.
const DIGIT: u8 = 1;
const UPPER: u8 = 2;
const LOWER: u8 = 4;
const OPEN: u8 = 8; // '+' and '(' may open a phone number
const AT: u8 = 16;
const COLON: u8 = 32; // '::' may open an IPv6 address
const DASH: u8 = 64; // '-----BEGIN' opens a PEM block
const ALNUM: u8 = DIGIT | UPPER | LOWER;

const CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        let c = i as u8;
        t[i] = if c.is_ascii_digit() {
            DIGIT
        } else if c.is_ascii_uppercase() {
            UPPER
        } else if c.is_ascii_lowercase() {
            LOWER
        } else if c == b'+' || c == b'(' {
            OPEN
        } else if c == b'@' {
            AT
        } else if c == b':' {
            COLON
        } else if c == b'-' {
            DASH
        } else {
            0
        };
        i += 1;
    }
    t
};

#[inline]
pub(crate) fn is_alnum(b: u8) -> bool {
    CLASS[b as usize] & ALNUM != 0
}

/// One scan of one text.
struct Scan<'s, 'o> {
    b: &'s Builtin,
    text: &'s str,
    bytes: &'s [u8],
    out: &'o mut Vec<Span>,
    bufs: Buffers,
    /// The verdict of the segment's field name, applied before the text's own context.
    field: Verdict,
    /// Where explanations go, one per span pushed onto `out`; `None` when none was asked for, and
    /// then nothing below records anything.
    why: Option<&'o mut Vec<Provenance>>,
    /// The field name's keywords that raised some kind (explanations only).
    field_raised: Recorded,
    /// The keywords behind the last verdict, after those of the field name (explanations only).
    raised: Recorded,
}

impl Scan<'_, '_> {
    fn run(&mut self) {
        let bytes = self.bytes;
        let n = bytes.len();
        let mut i = 0;
        while i < n {
            let c = bytes[i];
            let class = CLASS[c as usize];
            if class == 0 {
                // A word starting with an accented letter (`Échéance`, `Überweisung`) may be a
                // keyword, and so may any character of a word in Hangul or Thai; the check costs
                // one compare for other bytes.
                if c >= 0xC0 && (!letter_before(bytes, i) && letter_len(bytes, i) > 0 || c >= 0xE0 && substring_script(bytes, i)) {
                    self.bufs.context.word_at(&self.b.context, bytes, i);
                }
                i += 1;
                continue;
            }
            if class & ALNUM != 0 {
                let start = i;
                let (run, digit_after) = word_run(bytes, i + 1);
                i += 1 + run;
                let digits = class & DIGIT != 0 || digit_after;
                // Not the rest of a word after an accented letter (`léphone` in `Téléphone`).
                if class & (UPPER | LOWER) != 0 && (start == 0 || bytes[start - 1] < 0x80 || !letter_before(bytes, start)) {
                    self.bufs.context.word_at(&self.b.context, bytes, start);
                }
                if !starts_token(bytes, start) {
                    continue;
                }
                if digits || !plain_word(bytes, start, i) {
                    self.patterns_at(start);
                }
                // A URL opens with `http`, `ftp:` or `www.` (any case), a JWT with `eyJ`: one compare
                // of the word's first four bytes passes over the many words that start with the
                // same letters, where a branch on the first letter mispredicted.
                if url_head(bytes, start) {
                    if let Some((s, e)) = net::url_at(bytes, start) {
                        self.emit_fixed(Kind::Url, "URL scanner", s, e, net::URL_SCORE);
                    }
                } else if bytes[start..].starts_with(b"eyJ")
                    && let Some((s, e)) = secrets::jwt_at(bytes, start)
                {
                    self.emit_fixed(Kind::Secret, "JWT scanner", s, e, 0.95);
                    i = e;
                    continue;
                }
                if (i - start == 40 || i - start < 40 && matches!(bytes.get(i), Some(b'/' | b'+')))
                    && let Some(e) = secrets::base64_40_at(bytes, start)
                {
                    self.emit_scored(Kind::Secret, "40-character base64 key scanner", start, e, secrets::BASE64_40);
                }
                continue;
            }
            match class {
                OPEN if i + 1 < n && (bytes[i + 1].is_ascii_digit() || bytes[i + 1] == b'+') && (i == 0 || !is_alnum(bytes[i - 1])) => {
                    self.patterns_at(i);
                }
                DASH if bytes[i..].starts_with(b"-----BEGIN ") => {
                    if let Some((s, e)) = secrets::pem_at(bytes, i) {
                        self.emit_fixed(Kind::Secret, "PEM private key scanner", s, e, 1.0);
                        i = e;
                        continue;
                    }
                }
                AT => {
                    if let Some((s, e)) = net::email_around(bytes, i) {
                        self.emit_fixed(Kind::Email, "e-mail address scanner", s, e, net::EMAIL_SCORE);
                    }
                }
                // "::1", "::ffff:10.0.0.1", and "::" on its own (not "std::cout", not ":::").
                COLON
                    if i + 1 < n
                        && bytes[i + 1] == b':'
                        && bytes.get(i + 2).is_none_or(|&b| b.is_ascii_hexdigit() || !is_alnum(b) && b != b':')
                        && (i == 0 || !is_alnum(bytes[i - 1]) && bytes[i - 1] != b':') =>
                {
                    self.patterns_at(i);
                }
                _ => {}
            }
            i += 1;
        }
    }

    /// Drives the DFA from `i` and turns the best match of each pattern into a candidate.
    fn patterns_at(&mut self, i: usize) {
        let dfa = &self.b.dfa;
        let bytes = self.bytes;
        if !self.b.first[bytes[i] as usize] {
            return;
        }
        let lim = (i + MAX_MATCH).min(bytes.len());
        self.bufs.hits.clear();
        let mut sid = self.b.start;
        let mut j = i;
        let mut alive = true;
        while j < lim {
            sid = dfa.next_state(sid, bytes[j]);
            if dfa.is_special_state(sid) {
                if dfa.is_dead_state(sid) || dfa.is_quit_state(sid) {
                    alive = false;
                    break;
                }
                // Only matches that end a token can become candidates.
                if dfa.is_match_state(sid) && ends_token(bytes, j) {
                    push_matches(dfa, sid, j, &mut self.bufs.hits);
                }
            }
            j += 1;
        }
        if alive {
            sid = if lim == bytes.len() { dfa.next_eoi_state(sid) } else { dfa.next_state(sid, bytes[lim]) };
            if dfa.is_match_state(sid) && ends_token(bytes, lim) {
                push_matches(dfa, sid, lim, &mut self.bufs.hits);
            }
        }
        if self.bufs.hits.is_empty() {
            return;
        }
        // Longest first within each pattern.
        if self.bufs.hits.len() > 1 {
            self.bufs.hits.sort_unstable_by_key(|&(pid, end)| (u64::from(pid) << 32) | u64::from(u32::MAX - end));
        }
        // The best end of each pattern, then one context lookup for those that need it.
        self.bufs.found.clear();
        let mut wanted = 0;
        let mut k = 0;
        while k < self.bufs.hits.len() {
            let pid = self.bufs.hits[k].0;
            let pattern = &self.b.patterns[pid as usize];
            let mut best = None;
            while k < self.bufs.hits.len() && self.bufs.hits[k].0 == pid {
                let end = self.bufs.hits[k].1 as usize;
                k += 1;
                if best.is_none() {
                    best = (pattern.check)(&Cand { text: bytes, start: i, end }).map(|score| (end, score));
                }
            }
            if let Some((end, score)) = best {
                self.bufs.found.push((pid as u16, end as u32, score));
                let bit = pattern.kind.bit();
                if CONTEXT_FREE & bit == 0 || score.base <= 0.0 {
                    wanted |= bit;
                }
            }
        }
        let v = if wanted != 0 { self.verdict_at(i, wanted) } else { Verdict::default() };
        for k in 0..self.bufs.found.len() {
            let (pid, end, score) = self.bufs.found[k];
            let kind = self.b.patterns[usize::from(pid)].kind;
            let bit = kind.bit();
            let s = if wanted & bit == 0 {
                score.base
            } else if v.suppress & bit != 0 {
                0.0
            } else if v.boost & bit != 0 {
                score.boosted.max(score.base)
            } else {
                score.base
            };
            if s > 0.0 {
                self.out.push(Span { entity_type: kind.entity(), start: i, end: end as usize, score: s });
                if self.why.is_some() {
                    let rule = Rule::Pattern(pid);
                    self.explain(kind, rule, score.base, s, wanted & bit != 0 && v.boost & bit != 0);
                }
            }
        }
    }

    /// The context verdict for a candidate starting at `start`.
    fn verdict_at(&mut self, start: usize, wanted: KindSet) -> Verdict {
        if self.why.is_none() {
            return self.bufs.context.verdict(&self.b.context, self.text, start, self.field, wanted);
        }
        // The field name's words come first, as its verdict is applied first.
        self.raised.raised.clear();
        self.raised.raised.extend_from_slice(&self.field_raised.raised);
        self.bufs.context.verdict_traced(&self.b.context, self.text, start, self.field, wanted, &mut self.raised)
    }

    /// A candidate of a hand-written scanner whose score depends on the context.
    fn emit_scored(&mut self, kind: Kind, rule: &'static str, start: usize, end: usize, score: Score) {
        let bit = kind.bit();
        let v = self.verdict_at(start, bit);
        let s = if v.suppress & bit != 0 {
            0.0
        } else if v.boost & bit != 0 {
            score.boosted.max(score.base)
        } else {
            score.base
        };
        if s > 0.0 {
            self.out.push(Span { entity_type: kind.entity(), start, end, score: s });
            if self.why.is_some() {
                self.explain(kind, Rule::Scanner(rule), score.base, s, v.boost & bit != 0);
            }
        }
    }

    /// Candidates of the hand-written scanners, which need no context.
    fn emit_fixed(&mut self, kind: Kind, rule: &'static str, start: usize, end: usize, score: f32) {
        self.out.push(Span { entity_type: kind.entity(), start, end, score });
        if self.why.is_some() {
            self.explain(kind, Rule::Scanner(rule), score, score, false);
        }
    }
}

fn push_matches(dfa: &dense::DFA<Vec<u32>>, sid: StateID, end: usize, hits: &mut Vec<(u32, u32)>) {
    for m in 0..dfa.match_len(sid) {
        hits.push((dfa.match_pattern(sid, m).as_u32(), end as u32));
    }
}

/// Whether the four bytes at `i` may open a URL: `http`, `ftp:` or `www.` in any case (a few
/// control bytes fold onto `:` and `.` too; [`net::url_at`] confirms exactly).
#[inline(always)]
fn url_head(b: &[u8], i: usize) -> bool {
    let Some(head) = b.get(i..i + 4) else { return false };
    let head = u32::from_le_bytes([head[0], head[1], head[2], head[3]]) | 0x2020_2020;
    [*b"http", *b"ftp:", *b"www."].iter().any(|p| head == u32::from_le_bytes(*p))
}

/// Whether a token may start at `i`: not inside a word, and not inside a longer dotted, dashed or
/// slashed code (`SKU-2157-VNF`, `release/8.6.9`, `10.0.19045.3803`).
#[inline]
fn starts_token(b: &[u8], i: usize) -> bool {
    if i == 0 {
        return true;
    }
    let p = b[i - 1];
    if is_alnum(p) {
        return false;
    }
    if i >= 2 {
        let pp = b[i - 2];
        if matches!(p, b'-' | b'.' | b'/' | b'_') && is_alnum(pp) {
            return false;
        }
        if p == b':' && pp.is_ascii_digit() {
            return false;
        }
    }
    true
}

/// Whether a token may end at `end` (exclusive): the same rules as [`starts_token`] mirrored.
#[inline]
pub(crate) fn ends_token(b: &[u8], end: usize) -> bool {
    if end >= b.len() {
        return true;
    }
    let n = b[end];
    if is_alnum(n) || n == b'_' {
        return false;
    }
    if end + 1 < b.len() && matches!(n, b'-' | b'.' | b'/') && is_alnum(b[end + 1]) {
        return false;
    }
    true
}

#[cfg(test)]
mod tests;
