//! Words a document uses as the name of a type, a program or a library: a capitalised word the
//! document writes as inline code (`` `Parker` ``, `` `Backtrace` ``). A name in backticks is an
//! identifier. Once a document shows the word so, its other bare mentions (`A Parker is…`) are that
//! identifier too: weak one-word guesses of a person, place or organisation made of it are dropped.
//! Strong findings (a label, a mailbox, a signature) stand, and a word of a full name the document
//! gives a person is never taken for an identifier.
//!
//! A version number after the word (`Rust 1.26`) was tried as a second sign and left out: on set
//! E's held-out half it cost four documents a leaked name for 1.4 fewer README words per 100 KB.

use rustc_hash::FxHashSet;

use crate::cand::{Cand, Ent};
use crate::doc::{Doc, Shape};

/// Below this score a one-word finding is a guess that the product use outweighs.
const WEAK: f32 = 0.85;

/// The lower-case forms of the document's product words; a word of a full name that the
/// document gives a person (`Oluwaseun Zentrix`) is none.
pub(crate) fn product_words(doc: &Doc<'_>, kept: &[Cand]) -> FxHashSet<String> {
    let n = doc.toks.len();
    let mut out = FxHashSet::default();
    for i in 0..n {
        let t = &doc.toks[i];
        if !t.is_word() || !matches!(t.shape, Shape::Cap | Shape::Other) {
            continue;
        }
        if crate::statistical::written_as_code(doc, i, i + 1) {
            out.insert(t.lower.to_string());
        }
    }
    if !out.is_empty() {
        for c in kept.iter().filter(|c| c.ent == Ent::Person && c.b > c.a + 1) {
            for t in &doc.toks[c.a..c.b] {
                out.remove(crate::propagate::strip_possessive(&t.lower));
            }
        }
    }
    out
}

/// `c` is a weak one-word person, place or organisation guess made of a product word.
pub(crate) fn is_product(doc: &Doc<'_>, products: &FxHashSet<String>, c: &Cand) -> bool {
    if products.is_empty() || c.score >= WEAK || c.b != c.a + 1 || !matches!(c.ent, Ent::Person | Ent::Location | Ent::Org) {
        return false;
    }
    products.contains(crate::propagate::strip_possessive(&doc.toks[c.a].lower))
}
