//! The findings of `POST /api/v1/analyze`, with the explanation a request asks for with
//! `return_decision_process: true`: which recognizer and rule reported the finding, its score before
//! context, the context word that raised it and the validator's verdict. Never the value itself.

use pii_core::engine::Explanation;
use pii_core::{EntityType, Finding};
use serde::Serialize;
use utoipa::ToSchema;

/// One finding of `POST /api/v1/analyze`.
#[derive(Debug, Serialize, ToSchema)]
pub struct AnalyzeFinding {
    #[schema(value_type = String, example = "PHONE_NUMBER")]
    pub entity_type: EntityType,
    /// Offset of the first character (Unicode scalar values, as Python `str` indexes).
    pub start: u64,
    /// Offset after the last character.
    pub end: u64,
    /// Confidence between 0 and 1.
    pub score: f32,
    /// Why the finding was reported; present only when the request set `return_decision_process`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub explanation: Option<FindingExplanation>,
}

impl AnalyzeFinding {
    pub fn new(f: Finding, explanation: Option<Explanation>) -> Self {
        AnalyzeFinding {
            entity_type: f.entity_type,
            start: f.start,
            end: f.end,
            score: f.score,
            explanation: explanation.map(FindingExplanation::from),
        }
    }
}

/// Why one finding was reported.
#[derive(Debug, Serialize, ToSchema)]
pub struct FindingExplanation {
    /// The recognizer: `builtin` (structured identifiers), `ner` (names, places, organisations),
    /// the name of one of the request's ad-hoc recognizers, or `deny_list`.
    #[schema(example = "builtin")]
    pub recognizer: String,
    /// The pattern, scanner or rule that found it, by a stable name.
    #[schema(example = "PHONE_NUMBER pattern 1 (phone)")]
    pub rule: String,
    /// The regular expression of a pattern rule; null for scanners and structural rules.
    pub pattern: Option<String>,
    /// The score before any context word raised it.
    pub original_score: f32,
    /// The final score (as the finding's `score`).
    pub score: f32,
    /// The context words that raised the score (as the engine's keyword list or the ad-hoc
    /// recognizer's `context` spells them); empty when none did.
    pub context_words: Vec<String>,
    /// Where those words stood: `field_name`, `caller_context`, `column_header`, `same_line`,
    /// `previous_line` or `nearby` (an ad-hoc recognizer's window); null when no word raised it.
    #[schema(example = "same_line")]
    pub context_source: Option<String>,
    /// How much the context raised the score; 0 when no word did.
    pub context_improvement: f32,
    /// The validator's verdict: true when check digits or a structural rule were verified (a
    /// validated type is reported only when they pass); null when the rule has no validator.
    pub validation_result: Option<bool>,
}

impl From<Explanation> for FindingExplanation {
    fn from(e: Explanation) -> Self {
        let p = e.provenance;
        let (context_words, context_source, context_improvement) = match p.context {
            Some(c) => (vec![c.word.into_owned()], Some(c.source.as_str().to_owned()), c.improvement),
            None => (Vec::new(), None, 0.0),
        };
        FindingExplanation {
            recognizer: e.recognizer,
            rule: p.rule.into_owned(),
            pattern: p.pattern.map(|p| p.into_owned()),
            original_score: p.original_score,
            score: e.score,
            context_words,
            context_source,
            context_improvement,
            validation_result: p.validation,
        }
    }
}
