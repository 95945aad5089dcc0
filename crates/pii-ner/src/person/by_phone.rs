//! Whom to call: a classified ad, an SMS or a notice gives a name and then the number to reach that
//! person at, joined by the language's preposition: `Llamar a Dahiana al 637 23 40 56`, `appelez mon
//! mari Côme au 07 24 17 65 25`, `Contactar Simão Ramos pelo 923 879 177`, `Herrn Krause unter
//! 0711/090504`, `Any questions call Marleny on +86 571 9460 9088`. A firm or a service stands there
//! too (`Kundenservice unter`, `SMS al`): those are the language's words, which the common-word
//! filter drops after this rule, as it does for every guess below the structural score.

use crate::cand::{Cands, Ent, evidence, initial_len, nameish};
use crate::doc::{Doc, Kind, Shape};
use crate::rules;

/// The prepositions that put a phone number after a name, in the seven languages.
const PHONE_PREPOSITIONS: &[&str] = &["at", "on", "au", "al", "unter", "pelo", "op", "allo"];

/// Digits of a phone number with its trunk or country prefix; a date has eight at most.
const MIN_DIGITS: usize = 9;
const MAX_DIGITS: usize = 15;

const SCORE: f32 = 0.75;

/// `Name <preposition> <phone number>` on one line.
pub(crate) fn reached_by_phone(doc: &Doc<'_>, out: &mut Cands) {
    let n = doc.toks.len();
    for p in 1..n.saturating_sub(1) {
        let prep = &doc.toks[p];
        if !prep.is_word() || prep.shape != Shape::Lower || !PHONE_PREPOSITIONS.contains(&&*prep.lower) || prep.line_start {
            continue;
        }
        if !phone_after(doc, p + 1) {
            continue;
        }
        let Some(mut a) = name_before(doc, p) else { continue };
        // An English verb or noun opening the run is the sentence's (`Text Armine on …`, `Call
        // Marleny at …`); the other languages' words are trimmed after the rules (`lead::trim`).
        while a + 1 < p && doc.toks[a].is_word() && doc.toks[a].wordinfo().is_wordy() && !doc.toks[a].wordinfo().is_name() {
            a += 1;
        }
        if evidence(doc, a, p).ok_in_context() {
            out.push(a, p, Ent::Person, SCORE);
        }
    }
}

/// A phone number opens at `k` on the same line: digits in groups (spaces, dots, dashes, slashes,
/// brackets and a leading `+` between them), [`MIN_DIGITS`] to [`MAX_DIGITS`] of them.
fn phone_after(doc: &Doc<'_>, k: usize) -> bool {
    let Some(first) = doc.toks.get(k) else { return false };
    if first.line_start {
        return false;
    }
    let mut digits = 0;
    for t in doc.toks[k..].iter().take(12) {
        if t.line_start && digits > 0 {
            break;
        }
        let s = &doc.text[t.start..t.end];
        match t.kind {
            Kind::Num => digits += s.bytes().filter(u8::is_ascii_digit).count(),
            Kind::Punct if s.len() == 1 && "+()-./".contains(s) => {}
            _ => break,
        }
    }
    (MIN_DIGITS..=MAX_DIGITS).contains(&digits)
}

/// The start of the name that ends right before token `p`: up to four capitalised words, initials
/// and the lower-case particles between them, on `p`'s line; no title, greeting, month or town.
fn name_before(doc: &Doc<'_>, p: usize) -> Option<usize> {
    let mut a = p;
    let mut words = 0;
    let mut k = p;
    while k > 0 && words < 4 && !doc.toks[k].line_start {
        let j = k - 1;
        let t = &doc.toks[j];
        let w = t.wordinfo();
        if t.is_punct('.') && j > 0 && initial_len(doc, j - 1) == 2 {
            a = j - 1;
            k = j - 1;
            words += 1;
            continue;
        }
        let town = w.place.is_some() && !w.is_first();
        let name_word = t.is_word()
            && nameish(doc, j, false)
            && !town
            && !t.rf(rules::F_TITLES | rules::F_GREETINGS | rules::F_CALENDAR | rules::F_ORG_HEAD | rules::F_LEGAL_SUFFIX);
        let particle = t.is_word() && t.shape == Shape::Lower && t.rf(rules::F_PARTICLES) && a < p && j > 0 && nameish(doc, j - 1, false);
        if name_word {
            a = j;
            words += 1;
        } else if !particle {
            break;
        }
        k = j;
    }
    (words > 0 && doc.toks[a].is_word() || initial_len(doc, a) == 2).then_some(a)
}

#[cfg(test)]
mod tests {
    use super::reached_by_phone;
    use crate::lexicon::{Lexicon, PlaceKind};

    fn names(text: &str) -> Vec<String> {
        let lex = Lexicon::from_rows(
            &[("dahiana", 1.0, 0.001, 0.0), ("support", 5.5, 0.0, 0.0), ("text", 5.5, 0.0, 0.0), ("krause", 2.0, 0.0, 0.01)],
            &[("Lyon", PlaceKind::City, 500_000)],
        );
        crate::tests::rule_values(&lex, text, reached_by_phone)
    }

    #[test]
    fn a_name_before_the_number_to_call_is_a_person() {
        assert_eq!(names("Piso céntrico. Llamar a Dahiana al 637 23 40 56 (tardes)."), ["Dahiana"]);
        assert_eq!(names("si je ne réponds pas, appelez mon mari\n  Côme au 07 24 17 65 25\n"), ["Côme"]);
        assert_eq!(names("Bitte rufen Sie Herrn Krause unter 0711/090504 an."), ["Krause"]);
        assert_eq!(names("please contact M. Dizon on +36 (1) 165 6917."), ["M. Dizon"]);
        assert_eq!(names("Near the centre. Text Dahiana on +60 5-187 9372."), ["Dahiana"]);
        // Negative: a date after the preposition, a town, a common word, a number on the next line.
        assert!(names("Getekend te Harderwijk op 09-09-2024.").is_empty());
        assert!(names("Call our office in Lyon at 04 78 12 34 56.").is_empty());
        assert!(names("Or call Support at 0800 123 4567.").is_empty());
        assert!(names("Ask Dahiana at\n637 23 40 56").is_empty());
    }
}
