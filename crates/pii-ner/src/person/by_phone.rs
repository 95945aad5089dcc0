//! Whom to call: a classified ad, an SMS or a notice gives a name and then the number to reach that
//! person at, joined by the language's preposition: `Llamar a Dahiana al 637 23 40 56`, `appelez mon
//! mari Côme au 07 24 17 65 25`, `Contactar Simão Ramos pelo 923 879 177`, `Herrn Krause unter
//! 0711/090504`, `Any questions call Marleny on +86 571 9460 9088`. A firm or a service stands there
//! too (`Kundenservice unter`, `SMS al`): those are the language's words, which the common-word
//! filter drops after this rule, as it does for every guess below the structural score. An ad also
//! puts the number after a dash or a colon, with a phone label at most (`Mylene – cell. 335 734
//! 5449`, `Tratar com Deepika: 965 252 393`).

use crate::cand::{Cands, Ent, evidence, initial_len, nameish};
use crate::doc::{Doc, Kind, Shape};
use crate::rules;

/// The prepositions that put a phone number after a name, in the seven languages.
const PHONE_PREPOSITIONS: &[&str] = &["at", "on", "au", "al", "unter", "pelo", "op", "allo"];

/// Digits of a phone number with its trunk or country prefix; a date has eight at most.
const MIN_DIGITS: usize = 9;
const MAX_DIGITS: usize = 15;

const SCORE: f32 = 0.75;

/// Score of a name before a dash or a colon and a number: an ad's, but also where a firm's name
/// stands (`at Crestmoor Estates — +66 …`), which a firm's own rule outranks.
const MARK_SCORE: f32 = 0.6;

/// The words that label a phone number after a name and a dash or a colon (`Mylene – cell. 335 …`,
/// `Rachide: Tel. 21 805 …`), lower-cased, in the seven languages.
const PHONE_LABELS: &[&str] = &[
    "cell",
    "cel",
    "cellulare",
    "tel",
    "tél",
    "telf",
    "telefone",
    "telemóvel",
    "telemovel",
    "móvil",
    "movil",
    "handy",
    "gsm",
    "mobile",
    "mob",
];

/// Where the phone number starts after the separator at `p`: right after a colon, a dash or a
/// comma, or after a phone label and its full stop or colon there (`– cell. 335 …`).
fn number_start(doc: &Doc<'_>, p: usize) -> Option<usize> {
    let n = doc.toks.len();
    let mut k = p + 1;
    if k < n && doc.toks[k].is_word() && PHONE_LABELS.contains(&&*doc.toks[k].lower) && !doc.toks[k].line_start {
        k += 1;
        while k < n && (doc.toks[k].is_punct('.') || doc.toks[k].is_punct(':')) && !doc.toks[k].line_start {
            k += 1;
        }
    }
    phone_after(doc, k).then_some(k)
}

/// How token `p` joins a name to the number to call, as the score of the name: the language's
/// preposition (`al`, `unter`, `pelo`), or a colon, a dash or a comma (`Tratar com Deepika: 965 …`,
/// `Familie Hijazi, +49 …`).
fn joins_number(doc: &Doc<'_>, p: usize) -> Option<f32> {
    let t = &doc.toks[p];
    if t.line_start {
        return None;
    }
    let preposition = t.is_word() && t.shape == Shape::Lower && PHONE_PREPOSITIONS.contains(&&*t.lower);
    let mark = t.is_punct(':') || t.is_punct('–') || t.is_punct('—') || t.is_punct(',') || (t.is_punct('-') && t.space_before);
    if preposition && phone_after(doc, p + 1) {
        Some(SCORE)
    } else if mark && number_start(doc, p).is_some() {
        Some(MARK_SCORE)
    } else {
        None
    }
}

/// `Name <preposition> <phone number>` or `Name: <phone number>` on one line.
pub(crate) fn reached_by_phone(doc: &Doc<'_>, out: &mut Cands) {
    let n = doc.toks.len();
    for p in 1..n.saturating_sub(1) {
        let Some(score) = joins_number(doc, p) else { continue };
        let Some(mut a) = name_before(doc, p) else { continue };
        // An English verb or noun opening the run is the sentence's (`Text Armine on …`, `Call
        // Marleny at …`); the other languages' words are trimmed after the rules (`lead::trim`).
        while a + 1 < p && doc.toks[a].is_word() && doc.toks[a].wordinfo().is_wordy() && !doc.toks[a].wordinfo().is_name() {
            a += 1;
        }
        // Before a dash or a colon the name stands alone: after a place's preposition it is a firm's
        // or a place's (`at Crestmoor Estates — +66 …`), and after a comma the given name of an
        // inverted name (`ALEXIOU, KATERINA, tel. …`), which the inverted-name rules read whole.
        // Nor is it an English word there (`Standard : +33 1 …`, a firm's switchboard).
        let before = (a > 0 && !doc.toks[a].line_start).then(|| &doc.toks[a - 1]);
        let wordy = doc.toks[a..p].iter().any(|t| t.is_word() && t.wordinfo().is_wordy() && !t.wordinfo().is_name());
        // A particle before it makes it the end of a place's or a firm's name (`Maison de santé du
        // Haut-Ris, +33 …`).
        let particle = |t: &crate::doc::Token<'_>| t.shape == Shape::Lower && t.rf(rules::F_PARTICLES);
        // One word opening a field before its colon is the field's label (`Rijksregisternummer :
        // 66.12.16-249.62`, `Telefoon: 06-…`).
        let label = doc.toks[p].is_punct(':') && a + 1 == p && (doc.toks[a].line_start || doc.toks[a].wide_gap_before);
        if score == MARK_SCORE
            && (wordy || label || before.is_some_and(|t| t.is_punct(',') || t.rf(rules::F_PLACE_PREPOSITIONS) || particle(t)))
        {
            continue;
        }
        // The household's word stays outside its family name (`Familie Hijazi, +49 …`).
        if a + 1 < p && crate::person::caps_line::family_of(doc, a) {
            a += 1;
        }
        if evidence(doc, a, p).ok_in_context() {
            out.push(a, p, Ent::Person, score);
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
    let mut groups = 0;
    let mut dots = 0;
    for t in doc.toks[k..].iter().take(12) {
        if t.line_start && digits > 0 {
            break;
        }
        let s = &doc.text[t.start..t.end];
        match t.kind {
            Kind::Num => {
                digits += s.bytes().filter(u8::is_ascii_digit).count();
                groups += 1 + s.matches('.').count();
                dots += s.matches('.').count();
            }
            Kind::Punct if s.len() == 1 && "+()-./".contains(s) => dots += usize::from(s == "."),
            _ => break,
        }
    }
    // Four groups parted by dots and nothing else, not opened by a trunk's zero, is an IP address
    // (`Dest: 192.79.5.219`; Belgium writes `02.123.45.67`).
    let ip = groups == 4 && dots == 3 && !doc.text[first.start..].starts_with('0');
    (MIN_DIGITS..=MAX_DIGITS).contains(&digits) && !ip
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
        assert_eq!(names("Badante automunita.\nDahiana – cell. 335 734 5449\n"), ["Dahiana"]);
        assert_eq!(names("Negociável. Tratar com Dahiana: 965 252 393."), ["Dahiana"]);
        assert_eq!(names("Finderlohn. Familie Krause, +49 89 1039322"), ["Krause"]);
        // Negative: a date after the preposition, a town, a common word, a number on the next line.
        assert!(names("Getekend te Harderwijk op 09-09-2024.").is_empty());
        assert!(names("Call our office in Lyon at 04 78 12 34 56.").is_empty());
        assert!(names("Or call Support at 0800 123 4567.").is_empty());
        assert!(names("Ask Dahiana at\n637 23 40 56").is_empty());
        assert!(names("Lyon: 04 78 12 34 56").is_empty());
        assert!(names("Support – tel. 0800 123 4567").is_empty());
        assert!(names("Dahiana: ci vediamo alle 12").is_empty());
        assert!(names("Source: 10.229.201.51  Dest: 192.79.5.219 tcp/5432").is_empty());
        assert!(names("Brewings with Dahiana at Crestmoor Estates — +66 53 008 082").is_empty());
        assert!(names("Inviting person: KRAUSE, DAHIANA, tel. 0803 143 9447").is_empty());
        assert!(names("29 rue Pasteur, 43765 Roubaix\nSupport : +33 1 51 79 97 60").is_empty());
        assert!(names("Renseignements : Maison de santé du Haut-Ris, +33 1 01 02 20 12.").is_empty());
        assert!(names("Naam: Dahiana Krause\nRijksregisternummer : 66.12.16-249.62\n").is_empty());
        assert_eq!(names("Contact: Dahiana – tél. 02.123.45.67"), ["Dahiana"]);
    }
}
