//! Which keyword decided a context verdict, for explanations only.
//!
//! A [`super::Verdict`] is two bit sets: it says that some label raised or lowered a kind, not which
//! one. An explanation needs the word, so the verdict code reports every keyword it applies to a
//! [`Trace`], nearest first, with the kinds that keyword was the first to raise. The scan passes
//! [`NoTrace`], whose calls compile to nothing: the detection path does the same work as before.

use super::super::kind::KindSet;
use crate::engine::ContextSource;

/// Receives the keywords a verdict applies, in the order it applies them (the field name, then the
/// nearest keyword first); `boosted` holds the kinds this keyword raised and no earlier one decided.
pub(crate) trait Trace {
    /// Whether this trace keeps anything: lookups done only for the trace are skipped otherwise.
    const RECORDS: bool;
    fn decided(&mut self, word: &'static str, source: ContextSource, boosted: KindSet);
}

/// The trace of detection without explanations: records nothing.
pub(crate) struct NoTrace;

impl Trace for NoTrace {
    const RECORDS: bool = false;
    #[inline(always)]
    fn decided(&mut self, _word: &'static str, _source: ContextSource, _boosted: KindSet) {}
}

/// One keyword that raised some kinds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Raised {
    pub word: &'static str,
    pub source: ContextSource,
    pub kinds: KindSet,
}

/// The trace of an explanation: every keyword that raised a kind, in the verdict's order.
#[derive(Debug, Default)]
pub(crate) struct Recorded {
    pub raised: Vec<Raised>,
}

impl Recorded {
    /// The keyword that decided `kind` (a single bit): the first one that raised it.
    pub(crate) fn word_for(&self, kind: KindSet) -> Option<Raised> {
        self.raised.iter().find(|r| r.kinds & kind != 0).copied()
    }
}

impl Trace for Recorded {
    const RECORDS: bool = true;
    fn decided(&mut self, word: &'static str, source: ContextSource, boosted: KindSet) {
        if boosted != 0 {
            self.raised.push(Raised { word, source, kinds: boosted });
        }
    }
}
