//! The person spoken to at the end of a sentence: `Thanks for riding, Kidist`, `See you on Monday,
//! Tomasz!`. After a comma that closes a clause of ordinary words, one or two name-shaped words
//! that end the sentence are the addressee. A town (`…offices in Leeds, Manchester`), a firm's
//! suffix (`Acme, Inc.`) or a common word (`…, Thanks`) is no addressee.

use crate::cand::{Cands, Ent};
use crate::doc::{Doc, Shape};
use crate::rules;

/// Every `<clause>, Name` that ends its sentence.
/// A town this large after the comma that ends a sentence is the town, even where a rare given
/// name is spelled so.
const LARGE_TOWN: u32 = 100_000;

pub(super) fn vocatives(doc: &Doc<'_>, out: &mut Cands) {
    let n = doc.toks.len();
    for c in 2..n.saturating_sub(1) {
        if !doc.toks[c].is_punct(',') || doc.toks[c].line_start {
            continue;
        }
        // The clause before the comma: two or more lower-case words on the same line.
        let line_a = doc.line_first(c);
        let clause = doc.toks[line_a..c].iter().filter(|t| t.is_word() && t.shape == Shape::Lower).count();
        // Or one word that opens a chat message or a line (`Claro, Braima!`, `Obrigada, Inês!`):
        // then only an exclamation closes the call, which no list of towns or products ends with.
        let opener = clause < 2 && c >= 1 && doc.toks[c - 1].is_word() && doc.toks[c - 1].shape == Shape::Cap && opens_message(doc, c - 1);
        if clause < 2 && !opener {
            continue;
        }
        let a = c + 1;
        let mut b = a;
        while b < n
            && b < a + 2
            && doc.toks[b].is_word()
            && doc.toks[b].shape == Shape::Cap
            && !doc.toks[b].line_start
            && doc.toks[b].space_before
        {
            b += 1;
        }
        if b == a {
            continue;
        }
        // The sentence ends there: a full stop, `!` or `?`, or the end of the text, of a paragraph
        // or of a short line (a long hard-wrapped line goes on: `…, Canonical` / `Encoding Rules`).
        // A short line is no hard-wrapped one: it ends where its writer ended it.
        let short_line = doc.toks[b - 1].end - doc.toks[line_a].start < 50;
        let para_end =
            b == n || (doc.toks[b].line_start && (short_line || doc.toks[b].line > doc.toks[b - 1].line + 1 || !doc.toks[b].is_word()));
        let ends = if opener {
            doc.toks.get(b).is_some_and(|t| t.is_punct('!'))
        } else {
            para_end || doc.toks[b].is_punct('!') || doc.toks[b].is_punct('.') || doc.toks[b].is_punct('?')
        };
        let after_ok = b == n || doc.toks[b].line_start || doc.toks.get(b + 1).is_none_or(|u| u.line_start || u.shape != Shape::Lower);
        if !ends || !after_ok {
            continue;
        }
        let plain = doc.toks[a..b].iter().all(|t| {
            let w = t.wordinfo();
            !w.is_wordy()
                && w.place.is_none_or(|p| w.is_first() && p.population < LARGE_TOWN)
                && !w.starts_place
                && t.char_len() >= 3
                && !t.rf(rules::F_LEGAL_SUFFIX
                    | rules::F_ORG_HEAD
                    | rules::F_GROUP
                    | rules::F_CALENDAR
                    | rules::F_TITLES
                    | rules::F_CLOSING_WORD)
        });
        if plain {
            out.push(a, b, Ent::Person, 0.7);
        } else if b == a + 1 && doc.toks[a].wordinfo().place.is_some_and(|p| p.population >= LARGE_TOWN) {
            // A large town that is also a rare given name is the town (`…at the crematorium,
            // Verona.`), where the sentence would otherwise make it a person's name.
            out.push(a, b, Ent::Location, 0.7);
        }
    }
}

/// Token `k` opens its line, or a chat turn after the speaker's colon (`18:10 - Ana Vaz: Claro`).
fn opens_message(doc: &Doc<'_>, k: usize) -> bool {
    doc.toks[k].line_start
        || (k >= 2 && doc.toks[k - 1].is_punct(':') && doc.toks[k - 2].is_word() && doc.toks[k - 2].shape != Shape::Lower)
}

#[cfg(test)]
mod tests {
    use crate::lexicon::{Lexicon, PlaceKind};
    use crate::tests::rule_values;

    #[test]
    fn a_name_after_the_comma_that_ends_a_sentence_is_its_addressee_but_a_large_town_is_not() {
        let lex = Lexicon::from_rows(&[("verona", 2.5, 0.002, 0.0), ("zentrixa", 1.0, 0.01, 0.0)], &[("Verona", PlaceKind::City, 258_000)]);
        assert_eq!(rule_values(&lex, "Thanks for the help, Zentrixa!", super::vocatives), ["Zentrixa"]);
        // One word opening a chat turn, then the name and an exclamation.
        assert_eq!(rule_values(&lex, "18:10 - Ana Vaz: Claro, Zentrixa! Quanto mais melhor", super::vocatives), ["Zentrixa"]);
        // Negative: the same opener before a full stop, and inside a line.
        assert!(rule_values(&lex, "Claro, Zentrixa.", super::vocatives).is_empty());
        assert!(rule_values(&lex, "Ok Claro, Zentrixa!", super::vocatives).is_empty());
        // The town is found as a place (the test reads the text of every candidate).
        let doc = crate::doc::Doc::new("Funeral at the crematorium, Verona.", &lex);
        let mut out = crate::cand::Cands::default();
        super::vocatives(&doc, &mut out);
        assert!(out.list.iter().all(|c| c.ent == crate::cand::Ent::Location), "{:?}", out.list);
    }
}
