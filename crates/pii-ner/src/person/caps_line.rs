//! A line that is nothing but a name in capitals: `DILRUKSHI DISSANAYAKE` heading an obituary,
//! `OSTAP KOVALCHUK-SHEVCHUK` on a certificate, the holder line of a card. Headings in capitals
//! are made of common words (`IMMUNISATION RECORD`, `ACTION ITEMS`), places (`NEW YORK`) or
//! organisations (`ZENTROVA LOGISTICS`); a name is made of words that are none of these.
//!
//! In title case the same line is a name only where it stands apart, with a blank line (or the
//! document's edge) above and below: the holder's line of a certificate (`This is to certify
//! that` / `Lidya Negash` / `has completed`), an author on a title page. A title-case line inside a
//! paragraph is too often a wrapped sentence or a list of products. Right above a street address,
//! in either case, the line is the name the address belongs to (a CV's or a letter's head).

use super::caps_surname::family_word;
use crate::cand::{Cands, Ent, Rule};
use crate::doc::{Doc, Shape};
use crate::rules;

/// Words no name line holds: titles, months, firms' and streets' words, roles, greetings and
/// closings, function words and group nouns (also those of a name in capitals inside a sentence,
/// [`super::caps_apposition`]).
pub(super) const NO_NAME_WORDS: u32 = rules::F_TITLES
    | rules::F_CALENDAR
    | rules::F_ORG_HEAD
    | rules::F_LEGAL_SUFFIX
    | rules::F_STREET_SUFFIX
    | rules::F_ROLES
    | rules::F_ROLE_NOUN
    | rules::F_GREETINGS
    | rules::F_CLOSING_WORD
    | rules::F_FUNCTION_WORD
    | rules::F_GROUP;

/// Towns smaller than this that are also family names are read as the name on a name line.
const SMALL_TOWN: u32 = 100_000;

/// Every line of two or three words in capitals that only a name can be, and every such line in
/// title case that stands apart. A line in capitals may hold several such names in columns (the
/// two families atop a wedding announcement: `ANTONELLA POPESCU      VALERIO AMATO`), and a title
/// may open it (`DON HUGO SUÁREZ HIDALGO`), which stays outside the name.
pub(super) fn caps_lines(doc: &Doc<'_>, out: &mut Cands) {
    let n = doc.toks.len();
    // Where the address rules' addresses start, read once (they ran before).
    let addresses: rustc_hash::FxHashSet<usize> =
        out.list.iter().filter(|c| c.rule == Rule::Address && c.ent == Ent::Location).map(|c| c.a).collect();
    let mut i = 0;
    while i < n {
        let le = doc.line_end(i);
        if doc.toks[i].line_start {
            if name_cell(doc, i, le) {
                out.push(i, le, Ent::Person, 0.75);
            } else if (stands_apart(doc, i, le) || signs_off(doc, i, le)) && two_or_three(doc, i, le) && name_line(doc, i, le, Shape::Cap) {
                out.push(i, le, Ent::Person, 0.7);
            } else if above_address(doc, &addresses, le) && heads_address(doc, i + usize::from(family_of(doc, i)), le) {
                // `Familie Lamrabet` above the address: the household's name, the word outside.
                out.push(i + usize::from(family_of(doc, i)), le, Ent::Person, 0.75);
            } else {
                // Columns: cells split at wide gaps, every one a name in capitals. Most lines have
                // no gap, and the walk allocates nothing.
                let cells =
                    || std::iter::successors(Some((i, cell_end(doc, i, le))), |&(_, b)| (b < le).then(|| (b, cell_end(doc, b, le))));
                if cells().nth(1).is_some() && cells().all(|(a, b)| name_cell(doc, a, b)) {
                    cells().for_each(|(a, b)| out.push(a, b, Ent::Person, 0.75));
                } else if cells().nth(1).is_some() && cells().skip(1).any(|(a, _)| cell_above_address(doc, &addresses, a)) {
                    // Two parties side by side (`EMPLOYEUR` / `SALARIÉ`): a later column's cell
                    // right above an address in the same column is the name it belongs to.
                    for (a, b) in cells().skip(1).filter(|&(a, b)| cell_above_address(doc, &addresses, a) && heads_address(doc, a, b)) {
                        out.push(a, b, Ent::Person, 0.75);
                    }
                } else if cells().any(|(a, b)| doc.toks[a..b].iter().any(|t| t.kind == crate::doc::Kind::Num)) {
                    // A table row of values (`14 May   FPI HIWOT MEKONNEN   500.00`, `11:45  THALITA
                    // ROCHA  First appearance`): a cell that is a name in capitals, after a short
                    // code in capitals (a payment type) at most.
                    // The name may open a longer description (`FPI HIWOT MEKONNEN REF DINNER`,
                    // `FPO MAXIME GUÉRIN rent share`): its first three or two words.
                    for (a, b) in cells().skip(1) {
                        let code = b > a + 2
                            && doc.toks[a].shape == Shape::Upper
                            && doc.toks[a].char_len() <= 3
                            && !doc.toks[a].wordinfo().is_name();
                        let a = a + usize::from(code);
                        if let Some(e) = [b, a + 3, a + 2].into_iter().filter(|&e| e <= b).find(|&e| name_cell(doc, a, e)) {
                            out.push(a, e, Ent::Person, 0.75);
                        }
                    }
                }
                let title = opening_title(&doc.toks[i]);
                if title
                    && doc.toks[i].shape == Shape::Upper
                    && !doc.toks[i + 1..le].iter().any(|t| t.wide_gap_before)
                    && name_cell(doc, i + 1, le)
                {
                    out.push(i + 1, le, Ent::Person, 0.75);
                }
            }
        }
        i = le.max(i + 1);
    }
}

/// Where the cell opening at token `a` ends: at the next wide gap on the line, or at its end `le`.
fn cell_end(doc: &Doc<'_>, a: usize, le: usize) -> usize {
    (a + 1..le).find(|&k| doc.toks[k].wide_gap_before).unwrap_or(le)
}

/// The line that opens at token `b` is a street address the address rules found (`addresses`, their
/// first tokens), right under the line before it.
fn above_address(doc: &Doc<'_>, addresses: &rustc_hash::FxHashSet<usize>, b: usize) -> bool {
    b < doc.toks.len() && b > 0 && doc.toks[b].line == doc.toks[b - 1].line + 1 && addresses.contains(&b)
}

/// The cell that opens at token `a` after a column gap stands right above an address the address
/// rules found starting in the same column of the next line.
fn cell_above_address(doc: &Doc<'_>, addresses: &rustc_hash::FxHashSet<usize>, a: usize) -> bool {
    let line = doc.toks[a].line;
    let column = doc.column(a);
    (a + 1..doc.toks.len())
        .skip_while(|&k| doc.toks[k].line == line)
        .take_while(|&k| doc.toks[k].line == line + 1)
        .find(|&k| doc.column(k) >= column)
        .is_some_and(|k| doc.column(k) == column && addresses.contains(&k))
}

/// The word at `k` names a household before its family name (`Familie Lamrabet`, `Famille Roux`).
pub(crate) fn family_of(doc: &Doc<'_>, k: usize) -> bool {
    matches!(&*doc.toks[k].lower, "familie" | "famille" | "familia" | "família" | "family" | "fam")
}

/// Tokens `a..b` (one line, no column gap) head an address as a name does, in capitals or in title
/// case: a CV's, a letter's or an invoice's `LOLI ELORZA VENEGAS` / `Calle Hornos Caleros 12, …`,
/// whatever the lists know of the words. Two to four words besides particles, each no common word
/// and none that a firm's, a street's, a title's or a heading's word is (`FARMACIA ZUBELDIA`,
/// `Servicio Técnico` head addresses too).
fn heads_address(doc: &Doc<'_>, a: usize, b: usize) -> bool {
    let names: Vec<&crate::doc::Token<'_>> = (a..b).filter(|&k| !inner_particle(doc, k, b)).map(|k| &doc.toks[k]).collect();
    let shape = doc.toks[a].shape;
    (1..=4).contains(&names.len())
        && (names.len() >= 2 || a > 0 && family_of(doc, a - 1))
        && matches!(shape, Shape::Upper | Shape::Cap)
        && !doc.toks[a + 1..b].iter().any(|t| t.wide_gap_before)
        && names.iter().all(|t| {
            t.is_word()
                && t.shape == shape
                && t.char_len() >= 2
                && !t.wordinfo().is_wordy()
                && !crate::org::prefix_head(t, doc.language)
                && !t.rf(NO_NAME_WORDS)
        })
}

/// Tokens `a..b` are two or three words besides inner particles (at most two).
fn two_or_three(doc: &Doc<'_>, a: usize, b: usize) -> bool {
    let particles = (a + 1..b.saturating_sub(1)).filter(|&k| inner_particle(doc, k, b)).count();
    a < b && (2..=3).contains(&(b - a - particles)) && particles <= 2
}

/// Tokens `a..b` are a name in capitals of two or three words.
fn name_cell(doc: &Doc<'_>, a: usize, b: usize) -> bool {
    two_or_three(doc, a, b) && name_line(doc, a, b, Shape::Upper)
}

/// Token `t` is a title that opens a name in capitals and stays outside it; `DON` / `DOM` (Spanish
/// and Portuguese) open an obituary's or a deed's name as titles do.
pub(super) fn opening_title(t: &crate::doc::Token<'_>) -> bool {
    t.rf(rules::F_TITLES) || matches!(&*t.lower, "don" | "dom")
}

/// Token `k` is a name particle inside the line that ends at `b` (`SIOBHÁN Ó CEALLAIGH`, `JAN VAN
/// DER BERG`): judged with the names around it, not as a word of its own.
pub(super) fn inner_particle(doc: &Doc<'_>, k: usize, b: usize) -> bool {
    k + 1 < b && doc.toks[k].is_word() && doc.toks[k].rf(rules::F_PARTICLES) && !doc.toks[k].line_start
}

/// The line of tokens `a..b` has a blank line, or the document's edge, above and below it.
fn stands_apart(doc: &Doc<'_>, a: usize, b: usize) -> bool {
    let line = doc.toks[a].line;
    let above = a == 0 || doc.toks[a - 1].line + 1 < line;
    let below = doc.toks.get(b).is_none_or(|t| t.line > line + 1);
    above && below
}

/// The line of tokens `a..b` ends the document right under a line that ends a sentence: the
/// signer's name under a letter's last paragraph, written without a sign-off (`Ringrazio per la
/// fiducia.` / `Samuele Fabbri`).
fn signs_off(doc: &Doc<'_>, a: usize, b: usize) -> bool {
    let last = b >= doc.toks.len();
    last && a > 0 && doc.toks[a - 1].line + 1 == doc.toks[a].line && matches!(&*doc.toks[a - 1].lower, "." | "!" | "?")
}

/// Tokens `a..b` (one line) are two or three words of `shape` (capitals or title case), each a
/// given name the lists know or a family name by [`family_word`], and none a common word, a
/// place, a title, a month, a role, a greeting, an organisation's or a street's word; at least
/// one is a name the lists know, or every word is one English hardly writes (zipf below 2), one
/// of them long.
fn name_line(doc: &Doc<'_>, a: usize, b: usize, shape: Shape) -> bool {
    let names: Vec<usize> = (a..b).filter(|&k| !inner_particle(doc, k, b)).collect();
    let toks: Vec<&crate::doc::Token<'_>> = names.iter().map(|&k| &doc.toks[k]).collect();
    let shaped = toks.iter().all(|t| {
        t.is_word() && (!t.wordy_part || article_compound(&t.lower)) && t.shape == shape && t.char_len() >= 3 && !t.rf(NO_NAME_WORDS)
    });
    if !shaped {
        return false;
    }
    let mut known = false;
    // A small town that is also a family name (`SUÁREZ`, `HIDALGO`) is the name beside a given name.
    let given_beside = toks.iter().any(|t| t.wordinfo().is_first());
    let last = names.last().copied();
    for (&k, t) in names.iter().zip(&toks) {
        let w = t.wordinfo();
        // A family name the lists know beside a given name is the name, whatever town bears it
        // (`AGUILAR CARMONA`); a town no list knows as a name only when small.
        let town_name = given_beside && (w.is_last() || w.place.as_ref().is_some_and(|p| p.population < SMALL_TOWN));
        // A word that opens a longer place name (`NEW` of `NEW YORK`) opens nothing as the last
        // word, nor as a name the lists know (`MIHAI`, `AGUILAR`).
        if w.is_wordy() || (w.place.is_some() && !w.is_first() && !town_name) || (w.starts_place && Some(k) != last && !w.is_name()) {
            return false;
        }
        let given = w.is_first();
        if !(given || family_word(doc, k)) {
            return false;
        }
        known |= w.is_name();
    }
    // Or words English hardly writes (a name's, in web text), one of them long; an elided article
    // (`D'EMBAUCHE` in `FICHE D'EMBAUCHE`) marks a heading in French or Italian, and a name with
    // one (`D'ANGELO`) is in the lists.
    let elided = toks.iter().any(|t| t.lower.contains(['\'', '’']));
    // With a particle inside, only names the lists know: words no list knows around `DE` are a
    // heading of another language as often (`FICHA DE CADASTRO`).
    let particle = names.len() < b - a;
    known
        || (!elided
            && !particle
            && toks.iter().all(|t| t.char_len() >= 4 && t.wordinfo().zipf < 2.0)
            && toks.iter().any(|t| t.char_len() >= 5))
}

/// A family name joined to its Arabic article or filial word (`AL-ZAHRANI`, `EL-SAYED`,
/// `BIN-SALEH`): the first part is an English word too (`al`, `el`), which must not make the
/// name a compound of words.
fn article_compound(lower: &str) -> bool {
    let mut parts = lower.split('-');
    let (Some(head), Some(_), None) = (parts.next(), parts.next(), parts.next()) else { return false };
    matches!(head, "al" | "el" | "ul" | "ad" | "ar" | "as" | "at" | "az" | "an" | "ash" | "abu" | "bin" | "ben" | "ibn" | "bint")
}

#[cfg(test)]
mod tests {
    use super::caps_lines;
    use crate::lexicon::{Lexicon, PlaceKind};
    use crate::tests::rule_values;

    fn lex() -> Lexicon {
        Lexicon::from_rows(
            &[
                ("mihai", 2.0, 0.05, 0.0),
                ("bernasconi", 0.0, 0.0, 0.0),
                ("adrián", 2.0, 0.007, 0.0),
                ("aguilar", 2.9, 0.0, 0.03),
                ("carmona", 2.3, 0.0, 0.006),
                ("anna", 4.1, 0.2, 0.0),
                ("toyota", 3.95, 0.0, 0.0),
                ("card", 5.4, 0.0, 0.0),
                ("payment", 5.1, 0.0, 0.0),
            ],
            &[
                ("Mihai Viteazu", PlaceKind::City, 5_000),
                ("Aguilar de la Frontera", PlaceKind::City, 13_509),
                ("Carmona", PlaceKind::City, 322_531),
                ("Toyota", PlaceKind::City, 426_162),
            ],
        )
    }

    #[test]
    fn names_that_towns_bear_or_begin_are_names_beside_a_given_name() {
        let found =
            rule_values(&lex(), "suoi cari\nMIHAI BERNASCONI\ndi anni 84\n\nPOR EL ALMA DE\nDON ADRIÁN AGUILAR CARMONA\nque\n", caps_lines);
        assert_eq!(found, ["MIHAI BERNASCONI", "ADRIÁN AGUILAR CARMONA"]);
        // Negative: a large town no list knows as a family name stays a town.
        assert!(rule_values(&lex(), "note\nANNA TOYOTA\nend\n", caps_lines).is_empty());
        // An Arabic article joined to the family name is part of the name; a compound of two
        // English words is no name.
        assert_eq!(rule_values(&lex(), "MIHAI AL-BERNASCONI\n\nPeacefully at home.\n", caps_lines), ["MIHAI AL-BERNASCONI"]);
        assert!(rule_values(&lex(), "MIHAI CARD-PAYMENT\n\nPeacefully at home.\n", caps_lines).is_empty());
    }

    #[test]
    fn a_name_in_capitals_in_a_row_of_values_is_a_name() {
        let rows = "14 May   FPI MIHAI BERNASCONI      500.00   5347.00\n11:45  ANNA BERNASCONI  First appearance\n\
                    09 May   FPO MIHAI BERNASCONI CARD PAYMENT   173.00\n";
        assert_eq!(rule_values(&lex(), rows, caps_lines), ["MIHAI BERNASCONI", "ANNA BERNASCONI", "MIHAI BERNASCONI"]);
        // Negative: a row whose cells are no names.
        assert!(rule_values(&lex(), "14 May   CARD PAYMENT   500.00\n", caps_lines).is_empty());
    }

    #[test]
    fn a_later_column_s_name_above_its_address_is_a_name() {
        let head = "EMPLOYER                       EMPLOYEE\n\
                    Toyota Card Payment Ltd        MIHAI BERNASCONI\n\
                    12 Main Street, Springfield    4 Oak Road, Shelbyville\n";
        let found = crate::tests::rule_values_with_addresses(&lex(), head, caps_lines);
        assert_eq!(found, ["MIHAI BERNASCONI"]);
        // Negative: the cell above is in another column than the address.
        let off = "Toyota Card Payment Ltd        MIHAI BERNASCONI\n\
                   12 Main Street, Springfield\n";
        assert!(crate::tests::rule_values_with_addresses(&lex(), off, caps_lines).is_empty());
    }
}
