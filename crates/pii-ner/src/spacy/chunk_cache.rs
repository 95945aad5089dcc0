//! The tokenizer's split of a white-space-free chunk, remembered per thread.
//!
//! Why: spaCy's tokenizer splits each chunk between white space on its own, from the chunk's text
//! alone (spaCy keeps the same cache), and a chunk with punctuation or digits (`Nom :`, `12/04/1975`,
//! `Perrin,`) runs the prefix, suffix, infix and URL patterns, backtracking regular expressions;
//! the recognizer's windows meet the same chunks again and again. A split taken from here is the
//! split the patterns would give, so tokens do not change. Bounded: when it holds [`CAPACITY`]
//! chunks it is emptied and starts over.

use std::cell::RefCell;
use std::sync::atomic::{AtomicUsize, Ordering};

use rustc_hash::FxHashMap;

use super::tokenizer::Tok;

/// Chunks kept per thread, all tokenizers together.
const CAPACITY: usize = 16384;

/// A chunk's tokens, offsets relative to the chunk's start.
type Split = Box<[Tok]>;

/// Splits by tokenizer, then chunk text.
#[derive(Default)]
struct Chunks {
    by_tokenizer: FxHashMap<usize, FxHashMap<Box<str>, Split>>,
    len: usize,
}

thread_local! {
    static CHUNKS: RefCell<Chunks> = RefCell::new(Chunks::default());
}

/// A fresh id for a tokenizer, the key of its splits here.
pub(crate) fn new_tokenizer_id() -> usize {
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

/// Pushes the remembered tokens of `chunk`, which starts at byte `start` of its text, onto `out`;
/// `false` when the chunk is not remembered.
pub(crate) fn get(tokenizer: usize, chunk: &str, start: usize, out: &mut Vec<Tok>) -> bool {
    CHUNKS.with_borrow(|c| {
        let Some(split) = c.by_tokenizer.get(&tokenizer).and_then(|m| m.get(chunk)) else { return false };
        out.extend(split.iter().map(|t| Tok { start: start + t.start, end: start + t.end, norm: t.norm.clone() }));
        true
    })
}

/// Remembers the tokens `toks` of `chunk`, which starts at byte `start` of their text.
pub(crate) fn keep(tokenizer: usize, chunk: &str, start: usize, toks: &[Tok]) {
    CHUNKS.with_borrow_mut(|c| {
        if c.len >= CAPACITY {
            *c = Chunks::default();
        }
        let split: Split = toks.iter().map(|t| Tok { start: t.start - start, end: t.end - start, norm: t.norm.clone() }).collect();
        if c.by_tokenizer.entry(tokenizer).or_default().insert(chunk.into(), split).is_none() {
            c.len += 1;
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_split_comes_back_at_the_chunks_new_place_for_its_own_tokenizer_only() {
        let (a, b) = (new_tokenizer_id(), new_tokenizer_id());
        let toks = [Tok { start: 10, end: 16, norm: None }, Tok { start: 16, end: 17, norm: Some("x".into()) }];
        keep(a, "Perrin,", 10, &toks);
        let mut out = Vec::new();
        assert!(get(a, "Perrin,", 100, &mut out));
        let got: Vec<(usize, usize, Option<&str>)> = out.iter().map(|t| (t.start, t.end, t.norm.as_deref())).collect();
        assert_eq!(got, [(100, 106, None), (106, 107, Some("x"))]);
        // Negative: another tokenizer, or another chunk, has nothing.
        assert!(!get(b, "Perrin,", 0, &mut out));
        assert!(!get(a, "Perrin.", 0, &mut out));
        assert_eq!(out.len(), 2);
    }
}
