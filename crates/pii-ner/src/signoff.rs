//! The signature delimiter of plain-text mail and tickets: a line that opens with `--` (or a dash
//! `—`, `–`) followed by a name is signed by that person (`-- Sakura`, `-- Kwame Mensah (support):
//! reply`, `— J. Okafor, on call`), and so is the line under a `--` alone on its line (`Fatou Fall |
//! Operations`). The name ends the line or stops at `(`, `,`, `:`, `|` or a column gap. A line such
//! as `-- Note: see below` is not a signature: a one-word name must not be a common word; and a
//! text with more than two such lines is code with comments (`-- Zstd: compression level`).
//!
//! A dash inside a line signs what it ends when a name alone closes the line: a kudos post or a
//! quote (`… the firmware bug! 🎉 — Pranee`), an agenda item's owner (`Q3 roadmap — Tejo`).

use crate::cand::{Cands, Ent, evidence, parse_name, skip_title};
use crate::doc::{Doc, Kind};
use crate::rules;

pub(crate) fn find(doc: &Doc<'_>, out: &mut Cands) {
    trailing(doc, out);
    leading(doc, out);
    // Many `--` lines are comments (SQL, Lua, Haskell), not signatures: a message has one or two.
    let dashed = doc.text.lines().filter(|l| l.trim_start().starts_with("--")).count();
    if dashed > 2 {
        return;
    }
    let n = doc.toks.len();
    for i in 0..n {
        let t = &doc.toks[i];
        if !t.line_start {
            continue;
        }
        let j = if t.is_punct('-') && i + 1 < n && doc.toks[i + 1].is_punct('-') && !doc.toks[i + 1].space_before {
            i + 2
        } else if t.is_punct('—') || t.is_punct('–') {
            i + 1
        } else {
            continue;
        };
        // `--` alone on its line (the `-- ` delimiter of RFC 3676): the signature's first line
        // opens with the name (`Fatou Fall | Operations | Greyhaven`).
        let below = j < n && doc.toks[j].line_start && doc.toks[j].line == t.line + 1 && j == i + 2;
        if j >= n || (doc.toks[j].line_start && !below) || doc.toks[j].kind != Kind::Word {
            continue;
        }
        let j = skip_title(doc, j);
        let Some((e, words)) = parse_name(doc, j, 4, false) else { continue };
        let stop_ok = e >= n
            || doc.toks[e].line_start
            || doc.toks[e].wide_gap_before
            || ['(', ',', ':', '|'].into_iter().any(|p| doc.toks[e].is_punct(p));
        if !stop_ok || doc.toks[j..e].iter().any(|t| t.rf(rules::F_FUNCTION_WORD | rules::F_ORG_HEAD | rules::F_LEGAL_SUFFIX)) {
            continue;
        }
        let ev = evidence(doc, j, e);
        let ok = if words == 1 { !doc.toks[j].wordinfo().is_wordy() } else { ev.ok_in_context() };
        if ok {
            out.push(j, e, Ent::Person, 0.85);
        }
    }
}

/// A name alone after an em or en dash at the end of a line: 1 to 3 words, none a common word.
fn trailing(doc: &Doc<'_>, out: &mut Cands) {
    let n = doc.toks.len();
    for i in 1..n.saturating_sub(1) {
        let t = &doc.toks[i];
        if t.line_start || !(t.is_punct('—') || t.is_punct('–')) || !t.space_before {
            continue;
        }
        let j = i + 1;
        if doc.toks[j].line_start || !doc.toks[j].space_before || doc.toks[j].kind != Kind::Word || title_line(doc, i) {
            continue;
        }
        let j = skip_title(doc, j);
        let Some((e, words)) = parse_name(doc, j, 3, false) else { continue };
        let ends_line = e >= n || doc.toks[e].line_start;
        if !ends_line
            || doc.toks[j..e].iter().any(|t| t.rf(rules::F_FUNCTION_WORD | rules::F_ORG_HEAD | rules::F_LEGAL_SUFFIX | rules::F_CALENDAR))
        {
            continue;
        }
        if plain_name(doc, j, e, words) {
            out.push(j, e, Ent::Person, 0.75);
        }
    }
}

/// The signer's line under a message: a name opening the line before a dash and the team or firm
/// it signs for (`Nevio – Assistenza Clienti Edilnova S.r.l.`, `Dana – Customer Care, Acme Ltd`),
/// right under a line that ends a sentence. The firm is told by a legal form or an organisation's
/// head word after the dash.
fn leading(doc: &Doc<'_>, out: &mut Cands) {
    let n = doc.toks.len();
    for j in 2..n {
        let t = &doc.toks[j];
        let prev = &doc.toks[j - 1];
        // The line above ends a sentence: a full stop after a lower-case word (`disagio.`), not a
        // firm's `Lda.` heading the page.
        let sentence = (prev.is_punct('.') || prev.is_punct('!') || prev.is_punct('?'))
            && doc.toks[j - 2].is_word()
            && doc.toks[j - 2].shape == crate::doc::Shape::Lower
            && doc.toks[j - 2].char_len() >= 3;
        let under_sentence = t.line_start && prev.line + 1 == t.line && sentence;
        if !under_sentence || t.kind != Kind::Word {
            continue;
        }
        let Some((e, words)) = parse_name(doc, j, 3, false) else { continue };
        let dash = doc.toks.get(e).is_some_and(|d| (d.is_punct('—') || d.is_punct('–')) && d.space_before && !d.line_start);
        if !dash
            || doc.toks[j..e].iter().any(|t| t.rf(rules::F_FUNCTION_WORD | rules::F_ORG_HEAD | rules::F_LEGAL_SUFFIX | rules::F_CALENDAR))
        {
            continue;
        }
        let le = doc.line_end(e);
        let firm = (e + 1..le).any(|k| {
            let u = &doc.toks[k];
            (u.is_word() && u.rf(rules::F_LEGAL_SUFFIX | rules::F_ORG_HEAD))
                || (u.space_before && crate::org::dotted_form_end(doc, k).is_some())
        });
        // One word may be a town's as well (`Leeds – Consultoria …, Lda.` heads a dateline).
        let named = plain_name(doc, j, e, words) && (words > 1 || doc.toks[j].wordinfo().place.is_none());
        if firm && named {
            out.push(j, e, Ent::Person, 0.75);
        }
    }
}

/// A signer's name `j..e` of `words` words beside a dash: one word that is no common word, or
/// words whose evidence holds in context with none a common word.
fn plain_name(doc: &Doc<'_>, j: usize, e: usize, words: usize) -> bool {
    if words == 1 {
        return !doc.toks[j].wordinfo().is_wordy();
    }
    let ev = evidence(doc, j, e);
    ev.ok_in_context() && ev.wordy == 0
}

/// The dash at `i` parts a document's title line, not a message from its signer: the first line
/// with text, nothing but capitalised words, numbers and punctuation before the dash
/// (`Stadtbücherei Heilbronn – Ausleihquittung`, `CANTINA ESCOLAR — EMENTA DA SEMANA`).
fn title_line(doc: &Doc<'_>, i: usize) -> bool {
    let line = doc.toks[i].line;
    let first = doc.toks.first().is_some_and(|t| t.line == line);
    first && doc.toks[..i].iter().all(|t| t.kind != Kind::Word || t.shape != crate::doc::Shape::Lower)
}

#[cfg(test)]
mod tests {
    use crate::lexicon::Lexicon;
    use crate::tests::rule_values;

    #[test]
    fn a_name_before_a_dash_and_a_firm_under_a_message_signs_it() {
        let lex = Lexicon::from_rows(&[], &[]);
        let found = |text: &str| rule_values(&lex, text, super::leading);
        assert_eq!(found("Ci scusiamo per il disagio.\nNevio – Assistenza Clienti Edilnova S.r.l.\n"), ["Nevio"]);
        // Negative: no firm after the dash, and no sentence ended above.
        assert!(found("Ci scusiamo per il disagio.\nNevio – sempre a disposizione\n").is_empty());
        assert!(found("RICEVUTA\nNevio – Assistenza Clienti Edilnova S.r.l.\n").is_empty());
        assert!(found("Bytelusa Informática, Lda.\nRECIBO DE VENCIMENTO — Data de processamento, Lda.\n").is_empty());
    }

    #[test]
    fn a_name_after_a_dash_ends_a_message_but_not_a_title_line() {
        let lex = Lexicon::from_rows(&[("pranee", 1.0, 0.01, 0.0)], &[]);
        assert_eq!(rule_values(&lex, "Fixed the firmware bug! — Pranee\n", super::find), ["Pranee"]);
        assert_eq!(rule_values(&lex, "Intro\nQ3 roadmap — Pranee\n", super::find), ["Pranee"]);
        // Negative: the document's title line.
        assert!(rule_values(&lex, "Stadtbücherei Heilbronn – Ausleihquittung\nLeser: X\n", super::find).is_empty());
    }
}
