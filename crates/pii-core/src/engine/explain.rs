//! Explanations: why the engine reported a finding (Presidio's `return_decision_process`).
//!
//! Detection keeps its spans lean (type, offsets, score) and records nothing else. When a caller
//! asks why, [`Analyzer::analyze_explained`] runs the same analysis with each recognizer also
//! reporting a [`Provenance`] per candidate ([`Recognizer::analyze_explained`]), then pairs each
//! resolved span with the candidate it came from. [`Analyzer::analyze`] takes no part in it beyond
//! one check per recognizer and segment, and allocates nothing for it.
//!
//! What a provenance holds is the engine's own vocabulary, never the analysed text: a rule name, the
//! built-in regular expression, scores, and a context keyword as the keyword table spells it.

use std::borrow::Cow;

use super::{Analyzer, SegmentContext, Span};
use crate::Finding;
use crate::text::CharCounter;

/// Where the context word that raised a score stood.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ContextSource {
    /// The field the segment is the value of (a JSON key, a CSV column header passed by the caller).
    FieldName,
    /// The words the caller sent as the text's context (Presidio's `context`).
    CallerContext,
    /// The header of the CSV column the value sits in.
    ColumnHeader,
    /// Before the value on its own line.
    SameLine,
    /// At the end of one of the lines above.
    PreviousLine,
    /// Within the window before the match that an ad-hoc recognizer's context words are looked for in.
    Nearby,
}

impl ContextSource {
    /// A stable snake_case name for APIs.
    pub fn as_str(self) -> &'static str {
        match self {
            ContextSource::FieldName => "field_name",
            ContextSource::CallerContext => "caller_context",
            ContextSource::ColumnHeader => "column_header",
            ContextSource::SameLine => "same_line",
            ContextSource::PreviousLine => "previous_line",
            ContextSource::Nearby => "nearby",
        }
    }
}

/// A context word that raised a candidate's score.
#[derive(Debug, Clone, PartialEq)]
pub struct ContextWord {
    /// The keyword as the engine's keyword table (or the ad-hoc recognizer's `context`) spells it.
    pub word: Cow<'static, str>,
    pub source: ContextSource,
    /// How much the word raised the score (the score with it minus the score before context).
    pub improvement: f32,
}

impl ContextWord {
    /// The word that raised a score from `before` to `after`; the improvement is rounded to six
    /// decimals, so that it reads 0.35 rather than the `f32` remainder 0.34999996.
    pub fn new(word: impl Into<Cow<'static, str>>, source: ContextSource, before: f32, after: f32) -> Self {
        ContextWord { word: word.into(), source, improvement: ((after - before) * 1e6).round() / 1e6 }
    }
}

/// What one recognizer knew when it reported a candidate.
#[derive(Debug, Clone, PartialEq)]
pub struct Provenance {
    /// The pattern, scanner or rule that produced it: a stable name.
    pub rule: Cow<'static, str>,
    /// The regular expression of a pattern rule.
    pub pattern: Option<Cow<'static, str>>,
    /// The score before any context word raised it.
    pub original_score: f32,
    /// The context word that raised the score, if one did.
    pub context: Option<ContextWord>,
    /// The validator's verdict: `Some(true)` when check digits or a structural rule were verified
    /// (such types are reported only when they pass, so `Some(false)` never reaches a finding),
    /// `None` when the rule has no validator.
    pub validation: Option<bool>,
}

impl Provenance {
    /// A candidate of a rule that neither validates nor reads context.
    pub fn rule(rule: impl Into<Cow<'static, str>>, score: f32) -> Self {
        Provenance { rule: rule.into(), pattern: None, original_score: score, context: None, validation: None }
    }
}

/// Why one finding was reported.
#[derive(Debug, Clone, PartialEq)]
pub struct Explanation {
    /// The recognizer: `builtin`, `ner`, an ad-hoc recognizer's name, or `deny_list`.
    pub recognizer: String,
    pub provenance: Provenance,
    /// The finding's final score: after context, the cap on types that are off by default, and
    /// merging with adjacent pieces of the same type.
    pub score: f32,
}

/// A candidate of the explained analysis, kept until the spans are resolved.
#[derive(Debug)]
pub(crate) struct Candidate {
    pub span: Span,
    pub recognizer: String,
    pub provenance: Provenance,
}

/// Pushes `why` for the spans `out[from..]`, one each, into `cands`; a recognizer that broke the
/// one-per-span contract gets a record that names only the rule `unrecorded`.
pub(crate) fn collect(recognizer: &str, out: &[Span], from: usize, why: Vec<Provenance>, cands: &mut Vec<Candidate>) {
    let new = out.get(from..).unwrap_or_default();
    let mut why = why.into_iter();
    for s in new {
        let provenance = why.next().unwrap_or_else(|| Provenance::rule("unrecorded", s.score));
        cands.push(Candidate { span: s.clone(), recognizer: recognizer.to_owned(), provenance });
    }
}

/// The candidate a resolved span came from: same type, inside the span (merging may have grown
/// it), the same offsets first, then the highest score. `cands` is sorted by start, so that a long
/// text with many findings costs a binary search per finding, not a pass over every candidate.
fn origin<'c>(span: &Span, cands: &'c [Candidate]) -> Option<&'c Candidate> {
    let from = cands.partition_point(|c| c.span.start < span.start);
    let to = cands.partition_point(|c| c.span.start < span.end);
    cands[from..to.max(from)].iter().filter(|c| c.span.entity_type == span.entity_type && c.span.end <= span.end).max_by(|a, b| {
        let exact = |c: &Candidate| c.span.start == span.start && c.span.end == span.end;
        exact(a).cmp(&exact(b)).then(a.span.score.total_cmp(&b.span.score))
    })
}

impl Analyzer {
    /// [`Analyzer::analyze`] with an [`Explanation`] per span. Slower than `analyze` (every
    /// candidate's provenance is kept until the end); use it only when asked.
    pub fn analyze_explained(&self, text: &str, ctx: &SegmentContext<'_>) -> Vec<(Span, Explanation)> {
        let mut cands = Vec::new();
        let spans = self.run(text, ctx, Some(&mut cands));
        cands.sort_by_key(|c| c.span.start);
        spans
            .into_iter()
            .map(|s| {
                let explanation = match origin(&s, &cands) {
                    Some(c) => Explanation { recognizer: c.recognizer.clone(), provenance: c.provenance.clone(), score: s.score },
                    None => {
                        Explanation { recognizer: "unknown".into(), provenance: Provenance::rule("unrecorded", s.score), score: s.score }
                    }
                };
                (s, explanation)
            })
            .collect()
    }

    /// [`Analyzer::analyze_text`] with an [`Explanation`] per finding (char offsets).
    pub fn analyze_text_explained(&self, text: &str, ctx: &SegmentContext<'_>) -> Vec<(Finding, Explanation)> {
        let spans = self.analyze_explained(text, ctx);
        let mut counter = CharCounter::new(text);
        spans
            .into_iter()
            .map(|(s, e)| {
                let start = counter.char_offset(s.start);
                let end = counter.char_offset(s.end);
                (Finding::new(s.entity_type, start, end, s.score), e)
            })
            .collect()
    }
}

#[cfg(test)]
mod tests;
