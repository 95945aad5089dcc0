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
mod net;
mod numbers;
mod patterns;
mod phone;
mod secrets;

use std::borrow::Cow;

use regex_automata::dfa::{dense, Automaton, StartKind};
use regex_automata::util::primitives::StateID;
use regex_automata::util::syntax;
use regex_automata::{Anchored, MatchKind};

use super::context::{ContextIndex, TableHeaders, Verdict};
use super::kind::Kind;
use super::{Recognizer, SegmentContext, Span};
use crate::{CoreError, EntityType};

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
    patterns: Vec<Pattern>,
    context: ContextIndex,
    entities: Vec<EntityType>,
}

impl Builtin {
    pub(crate) fn new() -> Result<Self, CoreError> {
        let patterns = patterns::all();
        let dfa = dense::Builder::new()
            .configure(
                dense::Config::new()
                    .match_kind(MatchKind::All)
                    .start_kind(StartKind::Anchored)
                    .minimize(false),
            )
            .syntax(syntax::Config::new().unicode(false).utf8(false))
            .build_many(&patterns.iter().map(|p| p.regex.as_ref()).collect::<Vec<_>>())
            .map_err(|e| CoreError::invalid("built-in pattern", e.to_string()))?;
        let start = dfa
            .universal_start_state(Anchored::Yes)
            .ok_or_else(|| CoreError::invalid("built-in pattern", "patterns must not use look-around"))?;
        let mut entities: Vec<EntityType> = patterns.iter().map(|p| p.kind.entity()).collect();
        entities.extend([Kind::Email, Kind::Url, Kind::Secret].map(Kind::entity));
        entities.sort();
        entities.dedup();
        Ok(Builtin { dfa, start, patterns, context: ContextIndex::new()?, entities })
    }

    /// Heap bytes of the compiled DFA (for the benchmark's memory figure).
    pub(crate) fn memory_usage(&self) -> usize {
        self.dfa.memory_usage()
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
        let mut scan = Scan {
            b: self,
            text,
            bytes: text.as_bytes(),
            out,
            hits: Vec::new(),
            keywords: Vec::new(),
            tables: TableHeaders::default(),
            field: Verdict::default(),
        };
        if let Some(name) = ctx.field_name {
            self.context.field(name, &mut scan.field, &mut scan.keywords);
        }
        scan.run();
    }
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
    /// (pattern id, end) pairs found at the current trigger.
    hits: Vec<(u32, u32)>,
    keywords: Vec<u16>,
    tables: TableHeaders,
    /// The verdict of the segment's field name, applied before the text's own context.
    field: Verdict,
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
                i += 1;
                continue;
            }
            if class & ALNUM != 0 {
                if starts_token(bytes, i) {
                    self.patterns_at(i);
                    if class & (UPPER | LOWER) != 0 {
                        if let Some((s, e)) = net::url_at(bytes, i) {
                            self.emit_fixed(Kind::Url, s, e, net::URL_SCORE);
                        } else if c == b'e'
                            && let Some((s, e)) = secrets::jwt_at(bytes, i)
                        {
                            self.emit_fixed(Kind::Secret, s, e, 0.95);
                            i = e;
                            continue;
                        }
                    }
                }
                i += 1;
                while i < n && is_alnum(bytes[i]) {
                    i += 1;
                }
                continue;
            }
            match class {
                OPEN if i + 1 < n
                    && (bytes[i + 1].is_ascii_digit() || bytes[i + 1] == b'+')
                    && (i == 0 || !is_alnum(bytes[i - 1])) =>
                {
                    self.patterns_at(i);
                }
                DASH if bytes[i..].starts_with(b"-----BEGIN ") => {
                    if let Some((s, e)) = secrets::pem_at(bytes, i) {
                        self.emit_fixed(Kind::Secret, s, e, 1.0);
                        i = e;
                        continue;
                    }
                }
                AT => {
                    if let Some((s, e)) = net::email_around(bytes, i) {
                        self.emit_fixed(Kind::Email, s, e, net::EMAIL_SCORE);
                    }
                }
                COLON
                    if i + 2 < n
                        && bytes[i + 1] == b':'
                        && bytes[i + 2].is_ascii_hexdigit()
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
        let lim = (i + MAX_MATCH).min(bytes.len());
        self.hits.clear();
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
                if dfa.is_match_state(sid) {
                    push_matches(dfa, sid, j, &mut self.hits);
                }
            }
            j += 1;
        }
        if alive {
            sid = if lim == bytes.len() { dfa.next_eoi_state(sid) } else { dfa.next_state(sid, bytes[lim]) };
            if dfa.is_match_state(sid) {
                push_matches(dfa, sid, lim, &mut self.hits);
            }
        }
        if self.hits.is_empty() {
            return;
        }
        // Longest first within each pattern.
        self.hits.sort_unstable_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
        let mut verdict: Option<Verdict> = None;
        let mut k = 0;
        while k < self.hits.len() {
            let pid = self.hits[k].0;
            let pattern = &self.b.patterns[pid as usize];
            let mut found = None;
            while k < self.hits.len() && self.hits[k].0 == pid {
                let end = self.hits[k].1 as usize;
                k += 1;
                if found.is_some() || !ends_token(bytes, end) {
                    continue;
                }
                let cand = Cand { text: bytes, start: i, end };
                if let Some(score) = (pattern.check)(&cand) {
                    found = Some((end, score));
                }
            }
            if let Some((end, score)) = found {
                let v = *verdict.get_or_insert_with(|| self.verdict_at(i));
                let bit = pattern.kind.bit();
                let s = if v.suppress & bit != 0 {
                    0.0
                } else if v.boost & bit != 0 {
                    score.boosted.max(score.base)
                } else {
                    score.base
                };
                if s > 0.0 {
                    self.out.push(Span { entity_type: pattern.kind.entity(), start: i, end, score: s });
                }
            }
        }
    }

    /// The context verdict for a candidate starting at `start`: field name, then CSV header, then the
    /// window before it.
    fn verdict_at(&mut self, start: usize) -> Verdict {
        let mut v = self.field;
        if let Some(header) = self.tables.header_for(self.text, start) {
            self.b.context.field(header, &mut v, &mut self.keywords);
        }
        self.b.context.window(self.text, start, &mut v, &mut self.keywords);
        v
    }

    /// Candidates of the hand-written scanners, which need no context.
    fn emit_fixed(&mut self, kind: Kind, start: usize, end: usize, score: f32) {
        self.out.push(Span { entity_type: kind.entity(), start, end, score });
    }
}

fn push_matches(dfa: &dense::DFA<Vec<u32>>, sid: StateID, end: usize, hits: &mut Vec<(u32, u32)>) {
    for m in 0..dfa.match_len(sid) {
        hits.push((dfa.match_pattern(sid, m).as_u32(), end as u32));
    }
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
