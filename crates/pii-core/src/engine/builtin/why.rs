//! Explanations of the built-in set: which pattern or scanner reported a candidate, its score
//! before context, the keyword that raised it and the validator's verdict. Called only when the
//! scan was asked for explanations ([`super::Scan::why`]), after the span is pushed.

use super::Scan;
use crate::engine::kind::Kind;
use crate::engine::{ContextWord, Provenance};

/// What produced a candidate of the built-in set.
#[derive(Clone, Copy)]
pub(super) enum Rule {
    /// A DFA pattern, by id.
    Pattern(u16),
    /// A hand-written scanner, by name.
    Scanner(&'static str),
}

impl Scan<'_, '_> {
    /// Records why the span just pushed was reported: `boosted` says the verdict raised its kind.
    #[cold]
    pub(super) fn explain(&mut self, kind: Kind, rule: Rule, base: f32, score: f32, boosted: bool) {
        let context = if boosted && score > base {
            self.raised.word_for(kind.bit()).map(|r| ContextWord::new(r.word, r.source, base, score))
        } else {
            None
        };
        let provenance = match rule {
            Rule::Pattern(pid) => {
                let pattern = &self.b.patterns[usize::from(pid)];
                Provenance {
                    rule: self.b.names[usize::from(pid)].to_string().into(),
                    pattern: Some(pattern.regex.clone()),
                    original_score: base,
                    context,
                    validation: crate::engine::catalog::validated(kind).then_some(true),
                }
            }
            Rule::Scanner(name) => Provenance {
                rule: name.into(),
                pattern: None,
                original_score: base,
                context,
                validation: crate::engine::catalog::validated(kind).then_some(true),
            },
        };
        if let Some(why) = self.why.as_deref_mut() {
            why.push(provenance);
        }
    }
}
