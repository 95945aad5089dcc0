//! Presidio's `analysis_explanation` for `return_decision_process: true`, filled from the engine's
//! own explanation of each finding ([`pii_core::engine::Explanation`]): the recognizer, the pattern
//! or rule and its regular expression, the score before context, the context word that raised it
//! and by how much, and the validator's verdict.
//!
//! Presidio's `regex_flags` are Python's `re` flags. The built-in patterns run without any (byte
//! level, case-sensitive), so they say 0; an ad-hoc pattern of the request says the flags it was
//! compiled with, read back from the inline group this endpoint put in front of it.

use pii_core::EntityType;
use serde::Serialize;

use super::analyze::py_score;

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

/// Python's `re` flags of an inline group as the ad-hoc parser writes it (`(?ims)`), and the pattern
/// without it.
fn split_inline_flags(pattern: &str) -> (i64, &str) {
    let Some(rest) = pattern.strip_prefix("(?") else { return (0, pattern) };
    let Some(close) = rest.find(')') else { return (0, pattern) };
    let group = &rest[..close];
    if group.is_empty() || !group.bytes().all(|b| matches!(b, b'i' | b'm' | b's' | b'x')) {
        return (0, pattern);
    }
    let flags = group.bytes().map(|b| match b {
        b'i' => 2,
        b'm' => 8,
        b's' => 16,
        _ => 64,
    });
    (flags.sum(), &rest[close + 1..])
}

/// A score difference as Python prints it (0.35, not 0.35000002).
fn py_difference(d: f32) -> f64 {
    (f64::from(d) * 1e6).round() / 1e6
}

impl Explanation {
    /// Presidio's explanation of a finding of `entity_type` whose final score is `score`.
    pub(super) fn new(entity_type: &EntityType, e: pii_core::engine::Explanation, score: f64) -> Self {
        let p = e.provenance;
        let builtin = e.recognizer == "builtin";
        let (regex_flags, pattern) = match &p.pattern {
            Some(re) if builtin => (Some(0), Some(re.to_string())),
            Some(re) => {
                let (flags, bare) = split_inline_flags(re);
                (Some(flags), Some(bare.to_owned()))
            }
            None => (None, None),
        };
        let (word, improvement) = match &p.context {
            Some(c) => (c.word.to_string(), py_difference(c.improvement)),
            None => (String::new(), 0.0),
        };
        let mut textual_explanation = format!("Identified as {entity_type} by the {} recognizer ({})", e.recognizer, p.rule);
        if let Some(c) = &p.context {
            textual_explanation.push_str(&format!("; the context word \"{}\" ({}) raised the score", c.word, c.source.as_str()));
        }
        if p.validation == Some(true) {
            textual_explanation.push_str("; its check digits or structure validate");
        }
        Explanation {
            recognizer: e.recognizer,
            pattern_name: Some(p.rule.into_owned()),
            pattern,
            original_score: py_score(p.original_score),
            score,
            textual_explanation,
            score_context_improvement: improvement,
            supportive_context_word: word,
            validation_result: p.validation,
            regex_flags,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_flags_are_read_back_as_pythons() {
        assert_eq!(split_inline_flags("(?ims)\\d{5}"), (26, "\\d{5}"));
        assert_eq!(split_inline_flags("(?i)ab"), (2, "ab"));
        // Negative: a group that is not only flags stays in the pattern.
        assert_eq!(split_inline_flags("(?:ab)c"), (0, "(?:ab)c"));
        assert_eq!(split_inline_flags("(?P<x>a)"), (0, "(?P<x>a)"));
        assert_eq!(split_inline_flags("abc"), (0, "abc"));
    }

    #[test]
    fn differences_print_as_python_does() {
        assert_eq!(py_difference(0.95 - 0.6), 0.35);
        assert_eq!(py_difference(0.0), 0.0);
    }
}
