//! Per-request recognizers: ad-hoc patterns (Presidio's shape) and deny lists.
//!
//! A user pattern must never stall a worker. Every pattern is bounded in size by the policy
//! ([`crate::policy::limits::MAX_PATTERN_LEN`]) and here in compiled size; its run time is bounded
//! by the engine it runs on:
//! - patterns without look-around or back-references compile with the `regex` crate, whose
//!   finite-automata engines run in time linear in the input (`size_limit` and `dfa_size_limit`
//!   bound the automaton, so the constant is bounded too);
//! - the others compile with `fancy-regex`, which backtracks: each match attempt is capped by a
//!   backtrack limit, the text is searched in bounded windows, a window whose attempt exceeds the
//!   limit is skipped, and a pattern that keeps exceeding it, or that has used up its time budget
//!   for the segment, is abandoned for that segment.
//!
//! Deny-list values are found with one Aho-Corasick automaton (ASCII case-insensitive, whole words)
//! and always reported with score 1.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use super::explain::Candidate;
use super::{ContextSource, ContextWord, Provenance, Span};
use crate::policy::RedactionPolicy;
use crate::{CoreError, EntityType};

/// Compiled-size bound of a linear-time pattern (bytes of the compiled program).
const LINEAR_SIZE_LIMIT: usize = 1 << 20;
/// Cache bound of the lazy DFA of a linear-time pattern.
const LINEAR_DFA_LIMIT: usize = 2 << 20;
/// Nesting bound of a pattern.
const NEST_LIMIT: u32 = 64;
/// Backtracking steps allowed to one match attempt of a backtracking pattern.
const BACKTRACK_LIMIT: usize = 20_000;
/// Window of text searched at once by a backtracking pattern; consecutive windows overlap so that
/// matches up to [`WINDOW_OVERLAP`] bytes long are found whole.
const WINDOW: usize = 4096;
const WINDOW_OVERLAP: usize = 512;
/// Windows whose attempt exceeded the backtrack limit before a pattern is abandoned for a segment.
const MAX_FAILED_WINDOWS: usize = 4;
/// Time a backtracking pattern may spend on one segment.
const TIME_BUDGET: Duration = Duration::from_millis(200);
/// Time the backtracking patterns of one policy may spend on one request or job, over all its
/// segments: a document of ten thousand cells must not take ten thousand segment budgets.
const TOTAL_TIME_BUDGET: Duration = Duration::from_secs(10);
/// Compiled size counted for one pattern in the cache's memory bound (the regex engines do not
/// report theirs; this is the order of a typical user pattern's program and caches).
const PATTERN_BYTES_ESTIMATE: usize = 64 << 10;

/// What the backtracking patterns of one analyzer (one request or one job) have spent, and whether
/// any of them gave up on some text. A pattern that gives up may have missed matches there, so the
/// caller says so (a job records a warning) rather than presenting the result as complete.
#[derive(Debug, Default)]
pub(crate) struct Budget {
    spent_ns: AtomicU64,
    abandoned: AtomicBool,
}

impl Budget {
    fn spend(&self, d: Duration) {
        self.spent_ns.fetch_add(u64::try_from(d.as_nanos()).unwrap_or(u64::MAX), Ordering::Relaxed);
    }

    fn exhausted(&self) -> bool {
        Duration::from_nanos(self.spent_ns.load(Ordering::Relaxed)) >= TOTAL_TIME_BUDGET
    }

    fn abandon(&self) {
        self.abandoned.store(true, Ordering::Relaxed);
    }

    /// Whether a pattern gave up on some text (its time or backtracking limits).
    pub(crate) fn abandoned(&self) -> bool {
        self.abandoned.load(Ordering::Relaxed)
    }
}
/// The recognizer name of the policy's own deny list, and the rule of every deny-list value.
const DENY_LIST: &str = "deny_list";
/// Context words are looked for this many bytes before a match.
const CONTEXT_WINDOW: usize = 64;
/// Presidio's context enhancement: a supporting word raises the score by this much, to at least
/// [`CONTEXT_MIN_SCORE`].
const CONTEXT_BOOST: f32 = 0.35;
const CONTEXT_MIN_SCORE: f32 = 0.4;

enum Matcher {
    Linear(regex::Regex),
    Backtracking(fancy_regex::Regex),
}

struct Pattern {
    matcher: Matcher,
    score: f32,
    /// The pattern's name and source, for explanations.
    name: Box<str>,
    regex: Box<str>,
}

struct Compiled {
    /// The recognizer's name as the request gave it (`ad_hoc` when it gave none).
    name: Box<str>,
    entity: EntityType,
    patterns: Vec<Pattern>,
    /// Lower-cased context words.
    context: Vec<Box<str>>,
}

/// The ad-hoc recognizers and deny list of one policy.
#[derive(Default)]
pub(crate) struct AdHoc {
    recognizers: Vec<Compiled>,
    deny: Option<(AhoCorasick, Vec<EntityType>)>,
    /// Per deny-list value, the recognizer it came from (`deny_list` for the policy's own list).
    deny_names: Vec<Box<str>>,
}

impl std::fmt::Debug for AdHoc {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AdHoc")
            .field("recognizers", &self.recognizers.len())
            .field("deny_list", &self.deny.as_ref().map_or(0, |d| d.1.len()))
            .finish()
    }
}

/// Compiles one user pattern, linear-time when possible.
fn compile(pattern: &str) -> Result<Matcher, CoreError> {
    let linear =
        regex::RegexBuilder::new(pattern).size_limit(LINEAR_SIZE_LIMIT).dfa_size_limit(LINEAR_DFA_LIMIT).nest_limit(NEST_LIMIT).build();
    match linear {
        Ok(re) => Ok(Matcher::Linear(re)),
        Err(regex::Error::CompiledTooBig(_)) => {
            Err(CoreError::invalid("ad_hoc_recognizers", "a pattern compiles to more than the size limit"))
        }
        Err(_) => {
            // Look-around and back-references need the backtracking engine.
            let re = fancy_regex::RegexBuilder::new(pattern)
                .backtrack_limit(BACKTRACK_LIMIT)
                .delegate_size_limit(LINEAR_SIZE_LIMIT)
                .delegate_dfa_size_limit(LINEAR_DFA_LIMIT)
                .build()
                .map_err(|e| CoreError::invalid("ad_hoc_recognizers", format!("a pattern does not compile: {e}")))?;
            Ok(Matcher::Backtracking(re))
        }
    }
}

impl AdHoc {
    /// Compiles the ad-hoc recognizers and deny lists of `policy` (already validated).
    ///
    /// # Errors
    /// `CoreError::Invalid` for a pattern that does not compile or compiles too big.
    pub(crate) fn new(policy: &RedactionPolicy) -> Result<Self, CoreError> {
        let mut recognizers = Vec::with_capacity(policy.ad_hoc_recognizers.len());
        let mut deny_values: Vec<&str> = Vec::new();
        let mut deny_entities: Vec<EntityType> = Vec::new();
        let mut deny_names: Vec<Box<str>> = Vec::new();
        for d in &policy.deny_list {
            deny_values.push(d.value());
            deny_entities.push(d.entity_type());
            deny_names.push(DENY_LIST.into());
        }
        for r in &policy.ad_hoc_recognizers {
            let mut patterns = Vec::with_capacity(r.patterns.len());
            for p in &r.patterns {
                patterns.push(Pattern {
                    matcher: compile(&p.regex)?,
                    score: p.score,
                    name: p.name.as_str().into(),
                    regex: p.regex.as_str().into(),
                });
            }
            let name: Box<str> = if r.name.is_empty() { "ad_hoc".into() } else { r.name.as_str().into() };
            for v in &r.deny_list {
                deny_values.push(v);
                deny_entities.push(r.supported_entity.clone());
                deny_names.push(name.clone());
            }
            let context = r.context.iter().filter(|w| !w.is_empty()).map(|w| w.to_lowercase().into_boxed_str()).collect();
            recognizers.push(Compiled { name, entity: r.supported_entity.clone(), patterns, context });
        }
        let deny = if deny_values.is_empty() {
            None
        } else {
            let ac = AhoCorasickBuilder::new()
                .ascii_case_insensitive(true)
                .match_kind(MatchKind::LeftmostLongest)
                .build(&deny_values)
                .map_err(|e| CoreError::invalid("deny_list", e.to_string()))?;
            Some((ac, deny_entities))
        };
        Ok(AdHoc { recognizers, deny, deny_names })
    }

    /// Heap bytes of the compiled deny-list automaton plus an estimate for each pattern.
    pub(crate) fn memory_usage(&self) -> usize {
        let patterns: usize = self.recognizers.iter().map(|r| r.patterns.len()).sum();
        self.deny.as_ref().map_or(0, |(ac, e)| ac.memory_usage() + e.len() * std::mem::size_of::<EntityType>())
            + patterns * PATTERN_BYTES_ESTIMATE
    }

    /// The entity types this policy's own recognizers report.
    pub(crate) fn entities(&self) -> impl Iterator<Item = &EntityType> {
        self.recognizers.iter().map(|r| &r.entity).chain(self.deny.iter().flat_map(|d| d.1.iter()))
    }

    /// Pushes the ad-hoc and deny-list spans of `text` onto `out`; with `explain`, each also with
    /// its provenance.
    pub(crate) fn analyze(&self, text: &str, out: &mut Vec<Span>, budget: &Budget, mut explain: Option<&mut Vec<Candidate>>) {
        if let Some((ac, entities)) = &self.deny {
            let b = text.as_bytes();
            for m in ac.find_iter(text) {
                let whole = (m.start() == 0 || !is_word(b[m.start() - 1])) && (m.end() == b.len() || !is_word(b[m.end()]));
                if whole && text.is_char_boundary(m.start()) && text.is_char_boundary(m.end()) {
                    let span = Span { entity_type: entities[m.pattern().as_usize()].clone(), start: m.start(), end: m.end(), score: 1.0 };
                    if let Some(cands) = explain.as_deref_mut() {
                        let recognizer = self.deny_names.get(m.pattern().as_usize()).map_or(DENY_LIST, |n| n).to_owned();
                        cands.push(Candidate { span: span.clone(), recognizer, provenance: Provenance::rule(DENY_LIST, 1.0) });
                    }
                    out.push(span);
                }
            }
        }
        for r in &self.recognizers {
            for p in &r.patterns {
                let before = out.len();
                match &p.matcher {
                    Matcher::Linear(re) => {
                        for m in re.find_iter(text) {
                            if m.start() < m.end() {
                                out.push(Span { entity_type: r.entity.clone(), start: m.start(), end: m.end(), score: p.score });
                            }
                        }
                    }
                    Matcher::Backtracking(re) => backtracking(re, text, &r.entity, p.score, out, budget),
                }
                if r.context.is_empty() && explain.is_none() {
                    continue;
                }
                for s in &mut out[before..] {
                    let word = if r.context.is_empty() { None } else { context_word(text, s.start, &r.context) };
                    if word.is_some() {
                        s.score = (s.score + CONTEXT_BOOST).clamp(CONTEXT_MIN_SCORE, 1.0);
                    }
                    if let Some(cands) = explain.as_deref_mut() {
                        let context = word.map(|w| ContextWord::new(w.to_owned(), ContextSource::Nearby, p.score, s.score));
                        let provenance = Provenance {
                            rule: if p.name.is_empty() { "pattern".into() } else { p.name.to_string().into() },
                            pattern: Some(p.regex.to_string().into()),
                            original_score: p.score,
                            context,
                            validation: None,
                        };
                        cands.push(Candidate { span: s.clone(), recognizer: r.name.to_string(), provenance });
                    }
                }
            }
        }
    }
}

fn is_word(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// Runs a backtracking pattern over bounded, overlapping windows of `text`, within the segment's
/// and the analyzer's time budgets; giving up is recorded in `budget`.
fn backtracking(re: &fancy_regex::Regex, text: &str, entity: &EntityType, score: f32, out: &mut Vec<Span>, budget: &Budget) {
    if budget.exhausted() {
        budget.abandon();
        return;
    }
    let started = Instant::now();
    let complete = search_windows(re, text, entity, score, out, started);
    budget.spend(started.elapsed());
    if !complete {
        budget.abandon();
    }
}

/// The window loop of [`backtracking`]: whether the whole text was searched.
fn search_windows(re: &fancy_regex::Regex, text: &str, entity: &EntityType, score: f32, out: &mut Vec<Span>, started: Instant) -> bool {
    let mut failed = 0;
    let mut window_start = 0;
    // Matches are reported once even when two windows see them.
    let mut reported_to = 0;
    while window_start < text.len() {
        let mut end = (window_start + WINDOW).min(text.len());
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let window = &text[window_start..end];
        let mut pos = 0;
        while pos <= window.len() {
            match re.find_from_pos(window, pos) {
                Ok(Some(m)) => {
                    let (s, e) = (window_start + m.start(), window_start + m.end());
                    if e > s && s >= reported_to {
                        out.push(Span { entity_type: entity.clone(), start: s, end: e, score });
                        reported_to = e;
                    }
                    pos = if m.end() > m.start() { m.end() } else { next_char(window, m.end()) };
                }
                Ok(None) => break,
                Err(_) => {
                    failed += 1;
                    break;
                }
            }
            if started.elapsed() > TIME_BUDGET {
                return false;
            }
        }
        if end == text.len() {
            return failed == 0;
        }
        if failed >= MAX_FAILED_WINDOWS || started.elapsed() > TIME_BUDGET {
            return false;
        }
        let mut next = end.saturating_sub(WINDOW_OVERLAP).max(window_start + 1);
        while !text.is_char_boundary(next) {
            next += 1;
        }
        window_start = next;
    }
    failed == 0
}

fn next_char(s: &str, i: usize) -> usize {
    s[i..].chars().next().map_or(s.len() + 1, |c| i + c.len_utf8())
}

/// The first of `words` (lower case) that appears in the [`CONTEXT_WINDOW`] bytes before `start`.
fn context_word<'w>(text: &str, start: usize, words: &'w [Box<str>]) -> Option<&'w str> {
    let mut from = start.saturating_sub(CONTEXT_WINDOW);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let window = text[from..start].to_lowercase();
    words.iter().find(|w| window.contains(w.as_ref())).map(AsRef::as_ref)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn policy(json: &str) -> RedactionPolicy {
        let p: RedactionPolicy = serde_json::from_str(json).expect("test policy");
        p.validate().expect("valid test policy");
        p
    }

    fn run(p: &RedactionPolicy, text: &str) -> Vec<(String, String, f32)> {
        let mut out = Vec::new();
        AdHoc::new(p).expect("compiles").analyze(text, &mut out, &Budget::default(), None);
        out.iter().map(|s| (s.entity_type.to_string(), text[s.start..s.end].to_string(), s.score)).collect()
    }

    #[test]
    fn ad_hoc_patterns_score_and_take_context() {
        let p = policy(
            r#"{"ad_hoc_recognizers": [{"name": "zip", "supported_entity": "ZIP", "context": ["zip"],
                 "patterns": [{"name": "zip5", "regex": "\\b\\d{5}\\b", "score": 0.3}]}]}"#,
        );
        let r = run(&p, "zip 12345 and 67890");
        assert_eq!(r[0], ("ZIP".into(), "12345".into(), 0.65));
        assert_eq!(r[1].1, "67890");
    }

    #[test]
    fn look_around_patterns_use_the_backtracking_engine() {
        let p = policy(
            r#"{"ad_hoc_recognizers": [{"supported_entity": "EMPLOYEE_ID",
                 "patterns": [{"regex": "(?<=emp-)\\d{4}(?!\\d)", "score": 0.9}]}]}"#,
        );
        assert_eq!(run(&p, "ids emp-1234 and emp-12345"), vec![("EMPLOYEE_ID".into(), "1234".into(), 0.9)]);
    }

    #[test]
    fn deny_list_values_match_whole_words_case_insensitively() {
        let p = policy(r#"{"deny_list": ["Project Falcon", {"value": "acme", "entity_type": "ORGANIZATION"}]}"#);
        let r = run(&p, "project falcon at ACME, not acmecorp");
        assert_eq!(r.len(), 2);
        assert_eq!(r[0].0, "DENY_LIST");
        assert_eq!(r[1], ("ORGANIZATION".into(), "ACME".into(), 1.0));
    }

    #[test]
    fn oversized_and_broken_patterns_are_refused() {
        let big =
            policy(r#"{"ad_hoc_recognizers": [{"supported_entity": "X", "patterns": [{"regex": "(\\w{1,500}){1,500}", "score": 0.5}]}]}"#);
        assert!(AdHoc::new(&big).is_err());
        let broken = policy(r#"{"ad_hoc_recognizers": [{"supported_entity": "X", "patterns": [{"regex": "(unclosed", "score": 0.5}]}]}"#);
        assert!(AdHoc::new(&broken).is_err());
    }
}
