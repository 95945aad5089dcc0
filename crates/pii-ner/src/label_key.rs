//! A weak guess that is itself the key of a field: `Alta: 02-09-2026`, `Fecha de emisión: 18 de
//! junio`, `Personeelsnr. ..... B76-926629`. The word names the field and the value follows it.
//!
//! Why: forms in every language open a line (or a column) with a capitalised word before a colon
//! or a dotted leader, and the prose shape and the network, which see only the capital, read it as
//! a name or a place. A chat's speaker stands in the same place, so a lone word counts as a key
//! only when its value starts with a number (a date, an amount, a code); a key that goes on in
//! lower-case words before the colon (`Fecha de emisión:`) is a label whatever follows. The
//! rules that read structure (labels, speaker columns) are not judged here, but for a key with no
//! value in a row of keys (`Verhuurder:          Huurder:`, a form's signature block), which the
//! label rule reads as the value of the key before it.

use crate::cand::Cand;
use crate::doc::{Doc, Kind, Shape};
use crate::rule::Rule;

/// Guesses at or above this score came from more than a capital's look.
const KEY_GUESS: f32 = 0.8;

/// Lower-case words a key may go on with before its colon (`de emisión`, `del procedimiento`).
const MAX_KEY_TAIL: usize = 3;

/// Whether candidate `c` is a weak guess that stands as the key of a field.
pub(crate) fn is_key(doc: &Doc<'_>, c: &Cand) -> bool {
    if empty_key(doc, c) || town_named_key(doc, c) {
        return true;
    }
    if c.score >= KEY_GUESS || !matches!(c.rule, Rule::Prose | Rule::Network) || c.a >= c.b {
        return false;
    }
    if !opens_field(doc, c.a) {
        return false;
    }
    let n = doc.toks.len();
    let mut k = c.b;
    // An abbreviation's dot (`Personeelsnr.`) belongs to the key.
    if k < n && doc.toks[k].is_punct('.') && doc.toks[k].glued() && !doc.toks[k].line_start {
        k += 1;
    }
    // The key may go on in lower-case words (`Data de nascimento`).
    let mut tail = 0;
    while k < n && tail < MAX_KEY_TAIL && doc.toks[k].is_word() && doc.toks[k].shape == Shape::Lower && !doc.toks[k].line_start {
        k += 1;
        tail += 1;
    }
    let Some(value) = separator_end(doc, k) else { return false };
    if value >= n || doc.toks[value].line_start {
        return false;
    }
    tail > 0 || matches!(doc.toks[value].kind, Kind::Num | Kind::Alnum)
}

/// Candidate `c` is a town the gazetteer read in a field's label that the key lists know, at the
/// field's start before its colon (`Mentor:` is a town in Ohio, `Kassa:` one in Slovakia): the label,
/// whatever its value.
fn town_named_key(doc: &Doc<'_>, c: &Cand) -> bool {
    c.rule == Rule::Gazetteer
        && opens_field(doc, c.a)
        && doc.toks.get(c.b).is_some_and(|t| t.is_punct(':') && !t.line_start)
        && crate::structure::classify_key(&doc.text[doc.toks[c.a].start..doc.toks[c.b - 1].end]).is_some()
}

/// Candidate `c` is a column of a row of keys: after a gap, right before a colon that nothing
/// follows on the line but another column, with a colon before it on the line.
fn empty_key(doc: &Doc<'_>, c: &Cand) -> bool {
    let n = doc.toks.len();
    let t = &doc.toks[c.a];
    let colon = c.b < n && doc.toks[c.b].is_punct(':') && doc.toks[c.b].glued();
    let empty = doc.toks.get(c.b + 1).is_none_or(|v| v.line_start || v.wide_gap_before);
    let keyed_row = (doc.line_first(c.a)..c.a).any(|k| doc.toks[k].is_punct(':'));
    t.wide_gap_before && !t.line_start && colon && empty && keyed_row
}

/// Token `a` opens a line, or a column after a gap of two spaces or a tab.
fn opens_field(doc: &Doc<'_>, a: usize) -> bool {
    doc.toks[a].line_start || doc.toks[a].wide_gap_before
}

/// The token after a colon (`:` or French ` :`) or a dotted leader at `k`, on the same line.
fn separator_end(doc: &Doc<'_>, k: usize) -> Option<usize> {
    let t = doc.toks.get(k)?;
    if t.line_start {
        return None;
    }
    if t.is_punct(':') {
        return Some(k + 1);
    }
    // A bar parts a dateline's place from its date (`Lugo | 19/07/2023`) as often as a key from
    // its value.
    if t.is_punct('|') {
        return None;
    }
    crate::structure::leader_end(doc, k)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cand::Ent;
    use crate::lexicon::Lexicon;

    fn key(text: &str, word: &str, rule: Rule) -> bool {
        let lex = Lexicon::from_rows(&[], &[]);
        let doc = Doc::new(text, &lex);
        let a = (0..doc.toks.len()).position(|i| doc.tok_text(i) == word).expect("test input");
        is_key(&doc, &Cand { a, b: a + 1, ent: Ent::Person, score: 0.65, rule })
    }

    #[test]
    fn a_weak_guess_before_a_colon_and_a_number_is_a_key() {
        assert!(key("Internação: 06-01-2025        Alta: 02-09-2026\n", "Alta", Rule::Prose));
        assert!(key("FACTURA N.º 1\nFecha de emisión: 18 de junio de 2024\n", "Fecha", Rule::Network));
        assert!(key("Werknemer ..... Febe\nPersoneelsnr. ..... B76-926629\n", "Personeelsnr", Rule::Network));
        // Negative: a speaker's turn, a name inside a sentence, and a rule that read structure.
        assert!(!key("Maria: see you at ten\n", "Maria", Rule::Prose));
        assert!(!key("We met Maria: 3 times.\n", "Maria", Rule::Prose));
        assert!(!key("Alta: 02-09-2026\n", "Alta", Rule::Label));
        assert!(!key("Lugo | 19/07/2023\n", "Lugo", Rule::Network));
    }

    #[test]
    fn a_town_spelled_as_a_known_label_is_the_label() {
        assert!(key("Leerling: Wendelien Wijnen\nMentor:       K. Feenstra\n", "Mentor", Rule::Gazetteer));
        // Negative: the town as a value, and a town before a colon that labels nothing known.
        assert!(!key("Woonplaats: Mentor\n", "Mentor", Rule::Gazetteer));
        assert!(!key("Kassa: 2\n", "Kassa", Rule::Gazetteer));
    }

    #[test]
    fn a_key_with_no_value_in_a_row_of_keys_is_a_key() {
        assert!(key("Verhuurder:          Huurder:          Borg:\n", "Huurder", Rule::Label));
        assert!(key("Verhuurder:          Huurder:\n", "Huurder", Rule::Label));
        // Negative: a value before the next key, and a speaker at a line's start.
        assert!(!key("Verhuurder:          Huurder          Borg: 500\n", "Huurder", Rule::Label));
        assert!(!key("Huurder:\nsee you\n", "Huurder", Rule::Prose));
        assert!(!key("Verhuurder:          Huurder: K. Jansen\n", "Huurder", Rule::Label));
    }
}
