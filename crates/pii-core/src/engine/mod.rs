//! The PII entity engine.
//!
//! Contract used by the rest of the workspace (keep these signatures stable; everything else in
//! this module is free to change):
//!
//! - [`Engine`]: built once (compiles every pattern), `Send + Sync`, shared behind an `Arc` by all
//!   threads. [`EngineBuilder::with_recognizer`] admits extra recognizers (the name/place/organisation
//!   recognizer of the NER crate plugs in there).
//! - [`Engine::prepare`] turns a [`RedactionPolicy`] into an [`Analyzer`] (entity filter, threshold,
//!   allow and deny lists, compiled ad-hoc recognizers); done once per job or request.
//! - [`Analyzer::analyze`] finds entities in one text segment, optionally with the structure around it
//!   ([`SegmentContext`]: a CSV column header, a JSON key); it returns [`Span`]s with UTF-8 byte offsets,
//!   sorted and non-overlapping. [`Analyzer::analyze_text`] returns API [`Finding`]s in char offsets.
//! - [`Analyzer::analyze_explained`] returns the same spans with an [`Explanation`] each (the
//!   recognizer, rule or pattern, score before context, context word, validator's verdict), from
//!   recognizers that implement [`Recognizer::analyze_explained`]; detection itself records none of it.
//! - [`anonymize`] applies the policy's operators to a text and its spans; [`Scope`] (in
//!   [`TenantKeys`]) names the job and batch that `pseudonymize` and `date_shift` stay consistent in.
//!   [`anonymize_traced`] also returns what each `pseudonymize` surrogate stands for, which [`vault`]
//!   seals for the tenant's pseudonym vault; [`deanonymize_spans`] puts such values back.

mod adhoc;
mod adhoc_cache;
mod anonymize;
mod builtin;
mod catalog;
mod checksum;
mod checksum_ids;
mod checksum_locale;
mod context;
mod context_words;
mod explain;
mod kind;
mod pseudonym;
mod resolve;
mod seal;
pub mod vault;

use std::collections::HashSet;
use std::sync::Arc;
use std::sync::atomic::{AtomicU8, Ordering};

pub use anonymize::{
    Anonymized, AtRestKey, Deanonymized, FpeValue, KnownValue, MAX_FPE_VALUES, PseudonymAt, Restored, TOKEN_PREFIX, TenantKeys, anonymize,
    anonymize_traced, deanonymize, deanonymize_spans, deanonymize_with,
};
pub use catalog::{EntityInfo, entity_catalog};
pub use explain::{ContextSource, ContextWord, Explanation, Provenance};
pub use pseudonym::Scope;
pub use pseudonym::ff1::{Ff1, fpe_decrypt};

use crate::lang::{Language, LanguageChoice, MIN_RELIABLE_CHARS, identify, segment_language};
use crate::policy::RedactionPolicy;
use crate::text::CharCounter;
use crate::{CoreError, EntityType, Finding};

/// The score threshold applied when a policy sets none. Candidates whose shape is weak evidence on
/// its own (a bare nine-digit number) score below it unless a context word supports them, as in
/// Presidio; a policy may set 0 to see every candidate.
pub const DEFAULT_SCORE_THRESHOLD: f32 = 0.4;

/// A detected entity in byte offsets of the analysed segment.
#[derive(Debug, Clone, PartialEq)]
pub struct Span {
    pub entity_type: EntityType,
    pub start: usize,
    pub end: usize,
    pub score: f32,
}

/// Structure around a segment that helps to decide what it holds.
#[derive(Debug, Clone, Copy, Default)]
pub struct SegmentContext<'a> {
    /// The CSV column header, JSON key or XML attribute name the segment is the value of.
    pub field_name: Option<&'a str>,
    /// Words the caller says surround the text (Presidio's `context`): they count as the segment's
    /// label for keyword-scored types, like a field name, but never make the text itself a value.
    pub context_words: Option<&'a str>,
    /// The language of the document the segment belongs to, when the caller identified it
    /// ([`Analyzer::document_language`]). Recognizers receive here the segment's own language, as
    /// [`Analyzer::analyze`] decides it ([`crate::lang::segment_language`]); `None` reads as English.
    pub language: Option<Language>,
}

/// A source of candidate spans. Implementations must be cheap to call on any text and never panic.
///
/// Contract for implementors (the built-in set and the NER crate alike):
/// - offsets are UTF-8 byte offsets into `text` and must lie on char boundaries, `start < end`;
/// - spans may overlap each other and spans of other recognizers: the analyzer resolves conflicts
///   (higher score, then longer, then entity priority) and applies the policy's entity filter,
///   threshold and allow list afterwards, so a recognizer reports what it believes with a score in
///   0..=1 and does not filter by policy itself;
/// - `ctx.field_name`, when present, names the field the whole segment is the value of.
pub trait Recognizer: Send + Sync {
    /// A stable name, used in explanations and metrics.
    fn name(&self) -> &str;
    /// The entity types this recognizer can report.
    fn supported_entities(&self) -> &[EntityType];
    /// Pushes candidate spans for `text` onto `out` (byte offsets, any order, may overlap).
    fn analyze(&self, text: &str, ctx: &SegmentContext<'_>, out: &mut Vec<Span>);
    /// [`Recognizer::analyze`], also saying what produced each span: pushes onto `why` exactly one
    /// [`Provenance`] per span it pushes onto `out`, in the same order. Called only when a caller
    /// asks for explanations. The default names the recognizer's score and no rule; recognizers
    /// that know their rules override it.
    fn analyze_explained(&self, text: &str, ctx: &SegmentContext<'_>, out: &mut Vec<Span>, why: &mut Vec<Provenance>) {
        let from = out.len();
        self.analyze(text, ctx, out);
        why.extend(out[from..].iter().map(|s| Provenance::rule(self.name().to_owned(), s.score)));
    }
    /// Languages this recognizer serves at reduced strength on this machine (its model for them was
    /// not fetched), so that a job or a result can say so instead of passing it over in silence.
    fn degraded_languages(&self) -> &[Language] {
        &[]
    }
    /// Whether this recognizer reads [`SegmentContext::language`]. The engine identifies a
    /// segment's language (a trigram count, most of the cost of short texts for pattern
    /// recognizers) only when some recognizer does.
    fn reads_language(&self) -> bool {
        false
    }
    /// Removes from `spans` (every recognizer's, of one segment) those this recognizer knows to
    /// be wrong: called after all have analysed `text`. The default keeps everything.
    fn veto(&self, _text: &str, _spans: &mut Vec<Span>) {}
}

/// Assembles an [`Engine`] from the built-in recognizers and any extra ones.
pub struct EngineBuilder {
    extra: Vec<Arc<dyn Recognizer>>,
}

impl std::fmt::Debug for EngineBuilder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("EngineBuilder").field("extra", &self.extra.len()).finish()
    }
}

impl EngineBuilder {
    /// Adds a recognizer whose spans are resolved together with the built-in ones.
    pub fn with_recognizer(mut self, r: Arc<dyn Recognizer>) -> Self {
        self.extra.push(r);
        self
    }

    /// Compiles every built-in pattern into one automaton.
    ///
    /// # Errors
    /// `CoreError` if a built-in pattern fails to compile (a bug, caught by tests).
    pub fn build(self) -> Result<Engine, CoreError> {
        let builtin = Arc::new(builtin::Builtin::new()?);
        let builtin_bytes = builtin.memory_usage();
        let mut recognizers: Vec<Arc<dyn Recognizer>> = vec![builtin];
        recognizers.extend(self.extra);
        let reads_language = recognizers.iter().any(|r| r.reads_language());
        Ok(Engine {
            inner: Arc::new(Inner { recognizers, builtin_bytes, adhoc_cache: adhoc_cache::AdHocCache::default(), reads_language }),
        })
    }
}

struct Inner {
    recognizers: Vec<Arc<dyn Recognizer>>,
    builtin_bytes: usize,
    adhoc_cache: adhoc_cache::AdHocCache,
    /// Some recognizer reads the segment's language (see [`Recognizer::reads_language`]).
    reads_language: bool,
}

/// The compiled engine; clone it freely (it is an `Arc`).
#[derive(Clone)]
pub struct Engine {
    inner: Arc<Inner>,
}

impl std::fmt::Debug for Engine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Engine").field("recognizers", &self.inner.recognizers.len()).finish()
    }
}

impl Engine {
    pub fn builder() -> EngineBuilder {
        EngineBuilder { extra: Vec::new() }
    }

    /// Every entity type some recognizer of this engine can report.
    pub fn supported_entities(&self) -> Vec<EntityType> {
        let mut all: Vec<EntityType> = self.inner.recognizers.iter().flat_map(|r| r.supported_entities().iter().cloned()).collect();
        all.sort();
        all.dedup();
        all
    }

    /// The names of this engine's recognizers, in the order they run.
    pub fn recognizer_names(&self) -> Vec<String> {
        self.inner.recognizers.iter().map(|r| r.name().to_owned()).collect()
    }

    /// The first recognizer that reports `entity_type`, by name.
    pub fn recognizer_for(&self, entity_type: &EntityType) -> Option<&str> {
        self.inner.recognizers.iter().find(|r| r.supported_entities().contains(entity_type)).map(|r| r.name())
    }

    /// Heap bytes held by the compiled built-in automaton.
    pub fn automaton_bytes(&self) -> usize {
        self.inner.builtin_bytes
    }

    /// Compiles a request's policy against this engine.
    ///
    /// # Errors
    /// `CoreError::Invalid` for a policy out of bounds or an ad-hoc pattern that does not compile.
    pub fn prepare(&self, policy: &RedactionPolicy) -> Result<Analyzer, CoreError> {
        policy.validate()?;
        Ok(Analyzer {
            engine: self.clone(),
            entities: policy.entities.clone(),
            threshold: policy.score_threshold.unwrap_or(DEFAULT_SCORE_THRESHOLD),
            allow_list: policy.allow_list.iter().map(|s| s.as_str().into()).collect(),
            adhoc: self.inner.adhoc_cache.get(policy)?,
            adhoc_budget: adhoc::Budget::default(),
            images: policy.images,
            unreadable_images: policy.unreadable_images,
            language: policy.language,
            seen_languages: AtomicU8::new(0),
        })
    }
}

/// An engine bound to one policy. `Send + Sync`: one analyzer may serve many threads.
#[derive(Debug)]
pub struct Analyzer {
    engine: Engine,
    entities: Option<Vec<EntityType>>,
    threshold: f32,
    allow_list: HashSet<Box<str>>,
    adhoc: Arc<adhoc::AdHoc>,
    adhoc_budget: adhoc::Budget,
    images: crate::policy::ImagePolicy,
    unreadable_images: crate::policy::UnreadableImages,
    language: LanguageChoice,
    /// One bit per [`Language`] that some segment was analysed in.
    seen_languages: AtomicU8,
}

impl Analyzer {
    /// The policy's treatment of image content (the document layer reads it when it meets an image).
    pub fn images(&self) -> (crate::policy::ImagePolicy, crate::policy::UnreadableImages) {
        (self.images, self.unreadable_images)
    }

    /// Entities in `text`, byte offsets, sorted by start, non-overlapping.
    ///
    /// The policy's `entities` filter applies to the engine's recognizers; the policy's own ad-hoc
    /// recognizers and deny list are always reported (the request asked for them by name). The
    /// score threshold and the allow list apply to everything.
    pub fn analyze(&self, text: &str, ctx: &SegmentContext<'_>) -> Vec<Span> {
        self.run(text, ctx, None)
    }

    /// [`Analyzer::analyze`]; with `record`, every candidate is also pushed there with its
    /// provenance (see [`explain`]).
    fn run(&self, text: &str, ctx: &SegmentContext<'_>, mut record: Option<&mut Vec<explain::Candidate>>) -> Vec<Span> {
        let language = if self.engine.inner.reads_language {
            let language = self.segment_language(text, ctx.language);
            self.seen_languages.fetch_or(language.bit(), Ordering::Relaxed);
            Some(language)
        } else {
            ctx.language
        };
        let ctx = &SegmentContext { language, ..*ctx };
        // Room for the candidates of a typical short document without growing: growing is a
        // visible share of the cost of analysing small texts.
        let mut spans = Vec::with_capacity(8);
        for r in &self.engine.inner.recognizers {
            match record.as_deref_mut() {
                None => r.analyze(text, ctx, &mut spans),
                Some(cands) => {
                    let (from, mut why) = (spans.len(), Vec::new());
                    r.analyze_explained(text, ctx, &mut spans, &mut why);
                    explain::collect(r.name(), &spans, from, why, cands);
                }
            }
        }
        for r in &self.engine.inner.recognizers {
            r.veto(text, &mut spans);
        }
        match &self.entities {
            Some(wanted) => spans.retain(|s| wanted.contains(&s.entity_type)),
            // Types that are off by default show only when named, or at a lowered threshold.
            None => {
                for s in &mut spans {
                    if s.score > kind::OFF_BY_DEFAULT_CAP && kind::off_by_default(&s.entity_type) {
                        s.score = kind::OFF_BY_DEFAULT_CAP;
                    }
                }
            }
        }
        self.adhoc.analyze(text, &mut spans, &self.adhoc_budget, record);
        spans.retain(|s| {
            s.start < s.end
                && s.end <= text.len()
                && text.is_char_boundary(s.start)
                && text.is_char_boundary(s.end)
                && s.score >= self.threshold
                && (self.allow_list.is_empty() || !self.allow_list.contains(&text[s.start..s.end]))
        });
        resolve::resolve(text, spans)
    }

    /// The language of a whole document (`text` may be its first pages): the policy's forced one,
    /// or the identified one when the text says enough; callers pass it in each segment's
    /// [`SegmentContext::language`] so that short segments inherit it.
    pub fn document_language(&self, text: &str) -> Option<Language> {
        match self.language {
            LanguageChoice::Fixed(l) => Some(l),
            LanguageChoice::Auto => identify(text).filter(|i| i.letters >= MIN_RELIABLE_CHARS).map(|i| i.language),
        }
    }

    /// The language `text` is analysed in (see [`segment_language`]); identification is skipped
    /// when the language is forced, or when the segment is too short to overrule its document's.
    fn segment_language(&self, text: &str, document: Option<Language>) -> Language {
        let guess = match (self.language, document) {
            (LanguageChoice::Fixed(_), _) => None,
            (LanguageChoice::Auto, Some(_)) if text.len() < MIN_RELIABLE_CHARS => None,
            (LanguageChoice::Auto, _) => identify(text),
        };
        segment_language(self.language, guess, document)
    }

    /// Languages some segment was analysed in whose model is missing on this machine: the names,
    /// places and organisations in them were found by the structural rules alone. A job records
    /// them as a warning; a result shows them beside its findings.
    pub fn languages_without_model(&self) -> Vec<Language> {
        let seen = self.seen_languages.load(Ordering::Relaxed);
        let mut out: Vec<Language> = Vec::new();
        for r in &self.engine.inner.recognizers {
            for &l in r.degraded_languages() {
                if seen & l.bit() != 0 && !out.contains(&l) {
                    out.push(l);
                }
            }
        }
        out.sort();
        out
    }

    /// The warning a job, a result or the CLI shows when [`Analyzer::languages_without_model`] is
    /// not empty; it names the language codes and never any text.
    pub fn language_warning(&self) -> Option<String> {
        let missing = self.languages_without_model();
        if missing.is_empty() {
            return None;
        }
        let codes: Vec<&str> = missing.iter().map(|l| l.code()).collect();
        Some(format!(
            "the NER model or word list of {} is not on this machine (run scripts/fetch-models): names, places and organisations in it were found with the structural rules alone",
            codes.join(", ")
        ))
    }

    /// Whether one of the policy's backtracking ad-hoc patterns gave up on some of the text this
    /// analyzer has seen (its time or backtracking limits): its matches there may be missing, which
    /// a job records as a warning instead of presenting the result as complete.
    pub fn adhoc_incomplete(&self) -> bool {
        self.adhoc_budget.abandoned()
    }

    /// The entity types this analyzer can report: the engine's (or the policy's `entities`), plus
    /// the policy's ad-hoc and deny-list types.
    pub fn reported_entities(&self) -> Vec<EntityType> {
        let mut all = match &self.entities {
            Some(e) => e.clone(),
            None => self.engine.supported_entities(),
        };
        all.extend(self.adhoc.entities().cloned());
        all.sort();
        all.dedup();
        all
    }

    /// Entities in `text` as API findings (char offsets).
    pub fn analyze_text(&self, text: &str, ctx: &SegmentContext<'_>) -> Vec<Finding> {
        let spans = self.analyze(text, ctx);
        let mut counter = CharCounter::new(text);
        spans
            .into_iter()
            .map(|s| {
                let start = counter.char_offset(s.start);
                let end = counter.char_offset(s.end);
                Finding::new(s.entity_type, start, end, s.score)
            })
            .collect()
    }
}

#[cfg(test)]
mod language_tests {
    use std::sync::Mutex;

    use super::*;

    /// Records the language each segment reached it in, and says French is served without its model;
    /// `reads` says whether it reads the language at all.
    #[derive(Default)]
    struct Spy {
        seen: Mutex<Vec<Option<Language>>>,
        reads: bool,
    }

    impl Spy {
        fn reading() -> Spy {
            Spy { reads: true, ..Spy::default() }
        }
    }

    impl Recognizer for Spy {
        fn name(&self) -> &str {
            "spy"
        }
        fn supported_entities(&self) -> &[EntityType] {
            &[]
        }
        fn analyze(&self, _text: &str, ctx: &SegmentContext<'_>, _out: &mut Vec<Span>) {
            self.seen.lock().unwrap().push(ctx.language);
        }
        fn degraded_languages(&self) -> &[Language] {
            &[Language::French]
        }
        fn reads_language(&self) -> bool {
            self.reads
        }
    }

    #[test]
    fn no_identification_when_no_recognizer_reads_the_language() {
        let deaf = Arc::new(Spy::default());
        let engine = Engine::builder().with_recognizer(deaf.clone()).build().unwrap();
        let a = engine.prepare(&RedactionPolicy::default()).unwrap();
        a.analyze(FRENCH, &SegmentContext::default());
        a.analyze(FRENCH, &SegmentContext { language: Some(Language::German), ..Default::default() });
        // Nothing identified: the segment's language is only what the caller passed.
        assert_eq!(deaf.seen.lock().unwrap().clone(), vec![None, Some(Language::German)]);
        // With a recognizer that reads it, the French text is identified.
        let spy = Arc::new(Spy::reading());
        analyzer(&spy, "auto").analyze(FRENCH, &SegmentContext::default());
        assert_eq!(spy.seen.lock().unwrap().clone(), vec![Some(Language::French)]);
    }

    /// Reports the first two words of every line, when both are capitalised, as a person (the
    /// guess a name model makes of `Partita IVA:` and of `Mario Rossi:` alike).
    struct Pairs;

    impl Recognizer for Pairs {
        fn name(&self) -> &str {
            "pairs"
        }
        fn supported_entities(&self) -> &[EntityType] {
            &[]
        }
        fn analyze(&self, text: &str, _ctx: &SegmentContext<'_>, out: &mut Vec<Span>) {
            let mut at = 0;
            for line in text.split_inclusive('\n') {
                let words: Vec<&str> = line.split_whitespace().take(2).collect();
                if let [a, b] = words[..]
                    && a.starts_with(char::is_uppercase)
                    && b.starts_with(char::is_uppercase)
                {
                    let end = a.len() + 1 + b.trim_end_matches(':').len();
                    out.push(Span { entity_type: EntityType::parse("PERSON").unwrap(), start: at, end: at + end, score: 0.9 });
                }
                at += line.len();
            }
        }
    }

    #[test]
    fn a_name_guess_that_is_an_identifiers_label_is_dropped() {
        let engine = Engine::builder().with_recognizer(Arc::new(Pairs)).build().unwrap();
        let a = engine.prepare(&RedactionPolicy::default()).unwrap();
        let text = "Partita IVA: 87956920232\nMario Rossi: presente\nMinnie Driver said so\nDriver Minnie: no\n";
        let persons: Vec<&str> = a
            .analyze_text(text, &SegmentContext::default())
            .iter()
            .filter(|f| f.entity_type.as_str() == "PERSON")
            .map(|f| &text[f.start as usize..f.end as usize])
            .collect();
        // Negative: a name that is no label stays, and a label word that stands as no label
        // (`Minnie Driver said`) is no label there.
        assert_eq!(persons, ["Mario Rossi", "Minnie Driver", "Driver Minnie"]);
    }

    const FRENCH: &str = "Veuillez trouver ci-joint la facture du mois dernier et n'hésitez pas à nous contacter.";
    const ENGLISH: &str = "Please find attached the invoice for last month and do not hesitate to contact us.";

    fn analyzer(spy: &Arc<Spy>, language: &str) -> Analyzer {
        let engine = Engine::builder().with_recognizer(spy.clone()).build().unwrap();
        let policy: RedactionPolicy = serde_json::from_str(&format!(r#"{{"language": "{language}"}}"#)).unwrap();
        engine.prepare(&policy).unwrap()
    }

    #[test]
    fn recognizers_get_the_segments_language_and_short_segments_inherit_the_documents() {
        let spy = Arc::new(Spy::reading());
        let a = analyzer(&spy, "auto");
        a.analyze(FRENCH, &SegmentContext::default());
        a.analyze("Total 42", &SegmentContext { language: Some(Language::German), ..Default::default() });
        a.analyze(ENGLISH, &SegmentContext { language: Some(Language::German), ..Default::default() });
        let seen = spy.seen.lock().unwrap().clone();
        assert_eq!(seen, vec![Some(Language::French), Some(Language::German), Some(Language::English)]);
    }

    #[test]
    fn a_forced_language_reaches_every_segment() {
        let spy = Arc::new(Spy::reading());
        let a = analyzer(&spy, "nl");
        a.analyze(FRENCH, &SegmentContext::default());
        assert_eq!(spy.seen.lock().unwrap().clone(), vec![Some(Language::Dutch)]);
        assert_eq!(a.document_language(ENGLISH), Some(Language::Dutch));
    }

    #[test]
    fn a_degraded_language_is_reported_only_once_a_segment_was_in_it() {
        let spy = Arc::new(Spy::reading());
        let a = analyzer(&spy, "auto");
        a.analyze(ENGLISH, &SegmentContext::default());
        assert!(a.languages_without_model().is_empty() && a.language_warning().is_none());
        a.analyze(FRENCH, &SegmentContext::default());
        assert_eq!(a.languages_without_model(), vec![Language::French]);
        let w = a.language_warning().unwrap();
        assert!(w.contains("fr") && !w.contains("facture"), "names the code, never the text: {w}");
    }
}
