//! A form or contract leaves a line of underscores for a signature and prints the signer's name in
//! brackets beside or under it: `Firma del genitore: ______________  (Tancredi Țurcanu)`,
//! `_____________________` / `(Graciete Samakuva Coutinho)`. The blank says a person signs there,
//! so the bracketed name is one whatever lists know its words; a role in brackets is one word or
//! lower-case (`(Erziehungsberechtigte)`, `(firma leggibile)`), an initialism is letters (`(L.S.)`).

use crate::cand::{Cands, Ent};
use crate::doc::{Doc, Kind, Shape};
use crate::rules;

/// Underscores in a row that make a signature blank.
const BLANK: usize = 4;

/// Below [`crate::common::STRUCTURE_SCORE`]: a run of the language's ordinary words in brackets
/// (`(Unterschrift Mutter)`) is still dropped as such.
const SCORE: f32 = 0.8;

/// `____ (Name)` on one line, or `(Name)` alone on the line under a blank.
pub(crate) fn signed_blanks(doc: &Doc<'_>, out: &mut Cands) {
    let n = doc.toks.len();
    for open in 1..n.saturating_sub(2) {
        if !doc.toks[open].is_punct('(') {
            continue;
        }
        let prev = &doc.toks[open - 1];
        let beside = !doc.toks[open].line_start && blank_ends_at(doc, open - 1);
        let under = doc.toks[open].line_start && blank_ends_at(doc, open - 1) && prev_line_is_blank(doc, open - 1);
        if !(beside || under) || prev.kind == Kind::Word {
            continue;
        }
        let Some(close) = (open + 1..n.min(open + 12)).find(|&k| doc.toks[k].is_punct(')') || doc.toks[k].line_start) else { continue };
        if !doc.toks[close].is_punct(')') || doc.toks[close].line_start {
            continue;
        }
        let inner = &doc.toks[open + 1..close];
        let names = inner.iter().filter(|t| t.kind == Kind::Word && t.shape != Shape::Lower).count();
        let fits = inner.iter().all(|t| {
            t.kind == Kind::Word
                && t.char_len() >= 2
                && (matches!(t.shape, Shape::Cap | Shape::Upper | Shape::Other) || (t.shape == Shape::Lower && t.rf(rules::F_PARTICLES)))
                || t.is_punct('-')
        });
        let first_named = inner.first().is_some_and(|t| t.shape != Shape::Lower);
        if (2..=5).contains(&names) && fits && first_named {
            out.push(open + 1, close, Ent::Person, SCORE);
        }
    }
}

/// Token `k` ends a run of at least [`BLANK`] underscores.
fn blank_ends_at(doc: &Doc<'_>, k: usize) -> bool {
    let t = &doc.toks[k];
    let s = &doc.text[t.start..t.end];
    s.len() >= BLANK && s.bytes().all(|b| b == b'_') || {
        // The tokenizer may split a long run into single underscores.
        let mut count = 0;
        let mut j = k + 1;
        while j > 0 && doc.toks[j - 1].is_punct('_') {
            count += 1;
            j -= 1;
            if count >= BLANK {
                return true;
            }
        }
        false
    }
}

/// The line that token `k` ends holds nothing but the blank (and a label before it).
fn prev_line_is_blank(doc: &Doc<'_>, k: usize) -> bool {
    let line = doc.toks[k].line;
    let first = (0..=k).rev().take_while(|&j| doc.toks[j].line == line).last().unwrap_or(k);
    (first..=k).filter(|&j| doc.toks[j].kind == Kind::Word).count() <= 3
}

#[cfg(test)]
mod tests {
    use super::signed_blanks;
    use crate::lexicon::Lexicon;

    fn names(text: &str) -> Vec<String> {
        let lex = Lexicon::from_rows(&[("firma", 3.5, 0.0, 0.0)], &[]);
        crate::tests::rule_values(&lex, text, signed_blanks)
    }

    #[test]
    fn a_name_in_brackets_at_a_signature_blank_is_a_person() {
        assert_eq!(names("Firma del genitore per presa visione: ______________________  (Tancredi Țurcanu)\n"), ["Tancredi Țurcanu"]);
        assert_eq!(names("_________________________\n(Graciete Samakuva Coutinho)\n"), ["Graciete Samakuva Coutinho"]);
        assert_eq!(names("____________________\n(Rosilene da Paixão Tenreiro)"), ["Rosilene da Paixão Tenreiro"]);
        // Negative: a role, lower-case words, an initialism, brackets without a blank.
        assert!(names("____________________ (Erziehungsberechtigte)\n").is_empty());
        assert!(names("____________________ (firma leggibile)\n").is_empty());
        assert!(names("____________________ (L.S.)\n").is_empty());
        assert!(names("Consegnato a Tancredi (Tancredi Țurcanu) ieri.\n").is_empty());
    }
}
