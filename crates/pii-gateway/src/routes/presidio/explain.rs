//! Presidio's `analysis_explanation` for `return_decision_process: true`, filled with what the
//! engine knows of a finding: the recognizer that reports its type, its score, and whether the type
//! is validated (a validated type is only reported once its check digits or structure pass).
//!
//! The engine does not record the score before context, the rule or the context word per finding
//! (its spans carry type, offsets and score only), so those fields say so instead of guessing:
//! `original_score` equals `score` and the improvement is 0.

use pii_core::EntityType;
use pii_core::engine::{Engine, EntityInfo};
use serde::Serialize;

/// One finding's explanation, with Presidio's field names.
#[derive(Debug, Serialize)]
pub(super) struct Explanation {
    recognizer: String,
    pattern_name: Option<String>,
    pattern: Option<String>,
    original_score: f64,
    score: f64,
    textual_explanation: String,
    score_context_improvement: f64,
    supportive_context_word: String,
    validation_result: Option<bool>,
    regex_flags: Option<i64>,
}

/// Builds explanations against one engine and its catalog.
pub(super) struct Explainer<'a> {
    engine: &'a Engine,
    catalog: Vec<EntityInfo>,
    adhoc: Vec<(EntityType, String)>,
}

impl<'a> Explainer<'a> {
    pub(super) fn new(engine: &'a Engine, adhoc: Vec<(EntityType, String)>) -> Self {
        Explainer { engine, catalog: pii_core::engine::entity_catalog(), adhoc }
    }

    pub(super) fn explain(&self, entity_type: &EntityType, score: f64) -> Explanation {
        let adhoc = self.adhoc.iter().find(|(t, _)| t == entity_type).map(|(_, n)| n.clone());
        let recognizer =
            adhoc.clone().or_else(|| self.engine.recognizer_for(entity_type).map(str::to_owned)).unwrap_or_else(|| "deny_list".into());
        let validated = self.catalog.iter().find(|i| &i.entity_type == entity_type).filter(|i| i.validated).map(|_| true);
        let source = if adhoc.is_some() { "an ad-hoc recognizer of the request" } else { "pii-redactor's engine" };
        Explanation {
            textual_explanation: format!(
                "Identified as {entity_type} by {source} ({recognizer}); the engine does not record the score before context per finding"
            ),
            recognizer,
            pattern_name: None,
            pattern: None,
            original_score: score,
            score,
            score_context_improvement: 0.0,
            supportive_context_word: String::new(),
            validation_result: validated,
            regex_flags: None,
        }
    }
}
