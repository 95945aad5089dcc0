//! Capitalised names in running text, judged by the evidence of the name lists: runs of
//! capitalised words split at organisation and street words, trimmed of common words.

use crate::cand::{Cands, Ent, evidence, initial_len, nameish, parse_name};
use crate::doc::{Doc, Kind, Shape};
use crate::rules;

/// Capitalised names in running text with evidence from the name lists.
pub(super) fn prose(doc: &Doc<'_>, out: &mut Cands) {
    let n = doc.toks.len();
    let mut i = 0;
    while i < n {
        if !(nameish(doc, i, false) || initial_len(doc, i) > 0) || doc.toks[i].masked {
            i += 1;
            continue;
        }
        // The maximal run of name-like tokens.
        let Some((e, _)) = parse_name(doc, i, 6, false) else {
            i += 1;
            continue;
        };
        if doc.toks[i].shape == Shape::Upper && doc.line_is_upper(i) {
            i = e;
            continue;
        }
        judge_run(doc, i, e, out);
        i = e.max(i + 1);
    }
}

pub(super) fn stop_word(t: &crate::doc::Token<'_>) -> bool {
    let lower = &*t.lower;
    t.rf(rules::F_ORG_HEAD)
        || t.rf(rules::F_LEGAL_SUFFIX)
        || t.rf(rules::F_STREET_SUFFIX)
            && !matches!(
                lower,
                "green"
                    | "hill"
                    | "wood"
                    | "woods"
                    | "lane"
                    | "brook"
                    | "brooks"
                    | "ford"
                    | "field"
                    | "fields"
                    | "park"
                    | "banks"
                    | "chase"
                    | "hall"
                    | "ward"
                    | "hollow"
                    | "mills"
                    | "meadows"
                    | "burg"
                    | "rose"
                    | "grove"
                    | "dale"
                    | "glen"
                    | "vale"
                    | "knoll"
                    | "rowe"
                    | "ridge"
                    | "key"
                    | "mount"
                    | "stream"
                    | "lake"
                    | "reed"
                    | "isle"
                    | "cove"
                    | "cliff"
                    | "wells"
                    | "way"
                    | "gate"
                    | "station"
                    | "walker"
                    | "spring"
                    | "springs"
                    | "forest"
                    | "hills"
                    | "rivers"
                    | "river"
                    | "bridge"
                    | "bend"
                    | "shore"
                    | "ranch"
                    | "union"
                    | "villa"
                    | "ville"
                    | "well"
                    | "port"
                    | "haven"
                    | "camp"
                    | "crest"
                    | "cross"
                    | "beach"
                    | "pine"
                    | "marsh"
                    | "fort"
                    | "croft"
                    | "burgess"
                    | "row"
            )
        || t.rf(rules::F_TITLES)
        || t.rf(rules::F_GREETINGS)
}

/// Decides whether run `a..b` of capitalised words is a person.
pub(super) fn judge_run(doc: &Doc<'_>, a: usize, b: usize, out: &mut Cands) {
    // Split the run at stop words (organisation heads, street types, months) and judge the pieces.
    let mut s = a;
    let mut k = a;
    while k < b {
        let t = &doc.toks[k];
        // A one-letter title after a word of the run is that name's initial (`Rossi M.`; `M.`
        // is the French `Monsieur` only before a name), and so is one glued to the next initial
        // (`M.J. Peeters`).
        // A letter that the segment's language writes as no title (`M.` outside French) is an
        // initial wherever it stands (`Punkte: M. Vogt`).
        let initial_after = t.char_len() == 1
            && ((k > a && initial_len(doc, k) > 0)
                || crate::cand::initial_chain(doc, k)
                || (initial_len(doc, k) == 2 && !crate::cand::letter_title(doc, k)));
        // A title closing the run is its family name, as `parse_name` took it.
        let family_title = k > s && k + 1 == b && t.rf(rules::F_TITLES) && crate::cand::closing_family_title(doc, k);
        if t.is_word()
            && !initial_after
            && !family_title
            && (stop_word(t) || (t.rf(rules::F_CALENDAR) && !crate::cand::calendar_name(doc, k)) || joins_places(doc, k, a, b))
        {
            if k > s {
                judge_piece(doc, s, k, out, k < b);
            }
            s = k + 1;
        }
        k += 1;
    }
    if s < b {
        judge_piece(doc, s, b, out, false);
    }
}

/// A lower-case `e`, `y`, `et`, `und` or `en` at `k` between two words of the run `a..b` that are
/// both places and neither a given name (`tra Cremona e Nuoro`, `entre Burgos y Soria`): a list
/// of places. The same words join the two family names of one Iberian person (`Costa e Silva`),
/// so the run is cut only where both sides are towns the gazetteer knows.
fn joins_places(doc: &Doc<'_>, k: usize, a: usize, b: usize) -> bool {
    let t = &doc.toks[k];
    if k <= a || k + 1 >= b || t.shape != Shape::Lower || !matches!(&*t.lower, "e" | "y" | "et" | "und" | "en") {
        return false;
    }
    let place = |j: usize| {
        let w = doc.toks[j].wordinfo();
        doc.toks[j].shape == Shape::Cap && w.place.is_some() && !w.is_first()
    };
    place(k - 1) && place(k + 1)
}

pub(super) fn is_common(doc: &Doc<'_>, k: usize) -> bool {
    let t = &doc.toks[k];
    let w = t.wordinfo();
    if t.shape == Shape::Upper && !w.is_name() {
        return true; // acronyms and codes: `SKU`, `DEA`
    }
    // A month or day that is a given name, used as one (`Jan Oosterhuis`), is the name.
    if t.rf(rules::F_CALENDAR) && t.shape == Shape::Cap && crate::cand::calendar_name(doc, k) {
        return false;
    }
    !w.is_name() && (w.is_wordy() || t.common_compound || w.place.is_some_and(|p| p.population >= 100_000))
}

/// A leading common word that is still a first name before a surname (`Jesus Quinn`, `Will Smith`).
pub(super) fn first_before_last(doc: &Doc<'_>, k: usize, b: usize) -> bool {
    let w = doc.toks[k].wordinfo();
    if k + 2 < b && doc.toks[k + 1].rf(rules::F_PARTICLES) && doc.toks[k + 1].shape == Shape::Lower {
        return w.first >= 0.01; // `Jan de Vries`
    }
    k + 1 < b && w.first >= 0.01 && !doc.sentence_start(k) && {
        let l = doc.toks[k + 1].wordinfo();
        l.is_last() && l.is_name()
    }
}

/// `San`, `Santa`, `São`, `Saint`, `Sankt`, `Sint` and their short forms before a name.
fn is_saint(t: &crate::doc::Token<'_>) -> bool {
    t.is_word()
        && t.shape == Shape::Cap
        && matches!(&*t.lower, "san" | "santa" | "santo" | "sant" | "são" | "saint" | "sainte" | "sankt" | "sint" | "st")
}

pub(super) fn judge_piece(doc: &Doc<'_>, a: usize, b: usize, out: &mut Cands, before_stop: bool) {
    // A piece followed by an organisation head or street type belongs to that name, not a person.
    if before_stop {
        return;
    }
    let mut a = a;
    let mut b = b;
    // Trim common words at both ends (`Customer Aaron T. Madden reports`), and a title at the start
    // (`Mevrouw Visser`).
    while a < b
        && initial_len(doc, a) == 0
        && ((is_common(doc, a) && !first_before_last(doc, a, b)) || doc.toks[a].kind != Kind::Word || doc.toks[a].rf(rules::F_TITLES))
    {
        a += 1;
    }
    let full_b = b;
    while b > a && initial_len(doc, b - 1) == 0 && !doc.toks[b - 1].is_punct('.') && is_common(doc, b - 1) {
        b -= 1;
    }
    if a >= b {
        return;
    }
    // A saint's name names a church, a feast or a place (`chiesa di San Rocco`, `Sint Maarten`).
    if (a + 1 < b && is_saint(&doc.toks[a])) || (a > 0 && !doc.toks[a].line_start && is_saint(&doc.toks[a - 1])) {
        return;
    }
    if b < full_b {
        // A clear first name or an initial followed by surnames that are also words is a person
        // (`Rebecca Miles`, `Z. Chen`); an ambiguous one is a thing (`Hunter Green`, `Rose Gold`).
        let lead = doc.toks[a].wordinfo();
        let clear = initial_len(doc, a) > 0 || (lead.is_first() && lead.ambiguity() < 0.012) || (a + 1 < b && initial_len(doc, a + 1) > 0);
        // Spanish and Portuguese names carry two family names (`Rocío Valverde Pastor`): there a
        // second one the lists know at all is kept after a first.
        let two_families = matches!(doc.language, pii_core::lang::Language::Spanish | pii_core::lang::Language::Portuguese) && b - a >= 2;
        let share = if two_families { 0.001 } else { 0.005 };
        let surnames = doc.toks[b..full_b].iter().all(|t| t.kind != Kind::Word || (t.wordinfo().last >= share && t.shape != Shape::Upper));
        // Particles and one capitalised word after them are a family name whatever the word
        // (`Marie-Louise de Wit`, `M. de Wit`).
        let particles = full_b - b >= 2
            && doc.toks[b..full_b - 1].iter().all(|t| t.is_word() && t.shape == Shape::Lower && t.rf(rules::F_PARTICLES))
            && doc.toks[full_b - 1].shape == Shape::Cap;
        if clear && ((surnames && full_b - b == 1) || particles) {
            b = full_b;
        } else if doc.toks[b - 1].shape != Shape::Upper {
            return;
        }
    }
    // A run may start with a lone initial only before a name (`J. Smith`).
    let ev = evidence(doc, a, b);
    if ev.words == 0 {
        return;
    }
    let ss = doc.sentence_start(a);
    let first = doc.toks[a].wordinfo();
    // A column gap ends the number's cell (`24 March 2016<TAB>Y. Hamidi`).
    let prev_digit = a > 0 && doc.toks[a - 1].kind == Kind::Num && !doc.toks[a].line_start && !doc.toks[a].wide_gap_before;
    if prev_digit {
        return; // `12 Hayes Path`: the address rules decide
    }
    // A single all-caps word outside a label is an acronym more often than a name.
    if ev.words + ev.initials == 1 && doc.toks[a].shape == Shape::Upper {
        return;
    }
    // A name ends in a family name, not in an English word built with a derivational ending that
    // nobody bears (`Rust Version Compatibility`, `Unicode Normalization` in a heading).
    let last = &doc.toks[b - 1];
    if ev.words >= 2
        && last.is_word()
        && crate::cand::english_derivative(last)
        && !last.wordinfo().is_name()
        && !last.wordinfo().is_census()
    {
        return;
    }
    // `zur` joins German nouns more often than it opens a family name (`Hinweis zur Wartung`):
    // a run across it is a name only beside a name the lists know (`Maria zur Linden`).
    if ev.names + ev.census == 0 && doc.toks[a..b].iter().any(|t| t.shape == Shape::Lower && &*t.lower == "zur") {
        return;
    }
    let score;
    if ev.words >= 2 {
        if ev.names >= 1 && (first.is_first() || ev.initials > 0 || ev.names >= 2 || !ss) && ev.wordy <= ev.names {
            score = if ev.names >= 2 || ev.initials > 0 { 0.85 } else { 0.7 };
        } else if ev.initials > 0 && ev.wordy == 0 {
            score = 0.7;
        } else if ev.unknown == ev.words
            && ev.words <= 3
            && doc.toks[a..b].iter().all(|t| t.kind != Kind::Word || (t.char_len() >= 3 && !crate::cand::english_derivative(t)))
            && (!ss
                || (b < doc.toks.len()
                    && doc.toks[b].is_word()
                    && doc.toks[b].shape == Shape::Lower
                    && doc.toks[b].space_before
                    && !doc.toks[b].line_start))
        {
            // Names the lists do not know (`Chukwuemeka Okafor approved`): a run of two or three
            // capitalised words that are neither names nor English words, in running text.
            score = if ss { 0.45 } else { 0.5 };
        } else if doc.toks[a..b].iter().any(|t| t.rf(rules::F_PARTICLES) && t.shape == Shape::Lower) && ev.wordy < ev.words {
            // `Jan de Vries`, `Ludwig van Beethoven`
            score = 0.7;
        } else if ev.names >= 1 && ev.unknown >= 1 && ev.wordy == 0 {
            score = 0.6;
        } else {
            return;
        }
    } else if ev.initials > 0 && (ev.names + ev.census + ev.unknown) >= 1 {
        score = 0.8;
    } else if ev.names == 1 && first.is_first() && first.ambiguity() < if ss { 0.006 } else { 0.015 } {
        // `Maria and I spoke`; but `Mark the invoice` at a sentence start is a verb.
        score = 0.65;
    } else if ev.names == 1 && !ss && first.last >= 0.01 && first.place.is_none() && !first.is_first() && first.ambiguity() < 0.015 {
        score = 0.5;
    } else {
        return;
    }
    out.push(a, b, Ent::Person, score);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Lexicon;

    fn names(text: &str) -> Vec<String> {
        // `m` is a title word (French `M.`), as in the real lists.
        let lex = Lexicon::from_rows(&[("rossi", 3.4, 0.0, 0.008), ("m", 5.5, 0.0, 0.0), ("dr", 4.5, 0.0, 0.0)], &[]);
        crate::tests::rule_values(&lex, text, prose)
    }

    #[test]
    fn particles_and_a_word_after_a_clear_given_name_are_its_family_name() {
        let lex =
            Lexicon::from_rows(&[("wit", 4.0, 0.0, 0.0), ("de", 5.0, 0.0, 0.0), ("marie", 4.0, 0.5, 0.0), ("white", 5.0, 0.0, 0.0)], &[]);
        assert_eq!(crate::tests::rule_values(&lex, "Gewonnen door Marie de Wit gisteren.", prose), ["Marie de Wit"]);
        // Negative: a word right after the name, without a particle, stays out.
        assert!(crate::tests::rule_values(&lex, "Gewonnen door Marie White gisteren.", prose).is_empty());
    }

    #[test]
    fn a_one_letter_title_after_a_family_name_is_its_initial() {
        assert_eq!(names("Ho visto Rossi M. ieri."), ["Rossi M."]);
        // Negative: a longer title inside the run still splits it.
        assert!(names("Ho visto Rossi Dr. Ferrand ieri.").iter().all(|n| !n.contains("Dr")));
    }

    #[test]
    fn a_compound_of_common_words_opening_a_run_is_trimmed() {
        let lex = Lexicon::from_rows(
            &[
                ("runner", 4.2, 0.0, 0.0),
                ("up", 6.4, 0.0, 0.0),
                ("ingrid", 2.5, 0.05, 0.0),
                ("smith", 4.9, 0.0, 1.0),
                ("brown", 5.0, 0.0, 0.5),
            ],
            &[],
        );
        assert_eq!(crate::tests::rule_values(&lex, "The prize went to Runner-up Ingrid Smith today.", prose), ["Ingrid Smith"]);
        // Negative: a double-barrelled family name of names stays (`brown` is a word and a name).
        assert_eq!(crate::tests::rule_values(&lex, "The prize went to Ingrid Smith-Brown today.", prose), ["Ingrid Smith-Brown"]);
    }

    #[test]
    fn a_plural_greeting_opening_a_letter_is_no_name() {
        let lex = Lexicon::from_rows(&[("cari", 2.4, 0.007, 0.0), ("carla", 2.5, 0.05, 0.0)], &[]);
        let italian = |text: &str| crate::tests::rule_values_in(&lex, text, pii_core::lang::Language::Italian, prose);
        assert!(italian("Cari soci e care socie, eccoci qui.").is_empty());
        // Negative: a given name that greets nobody.
        assert_eq!(italian("Ha parlato Carla oggi."), ["Carla"]);
    }

    #[test]
    fn a_title_word_closing_a_run_is_a_family_name() {
        let lex = Lexicon::from_rows(&[("rocío", 2.0, 0.05, 0.0), ("valverde", 2.7, 0.0, 0.002), ("pastor", 4.1, 0.0, 0.002)], &[]);
        let spanish = |text: &str| crate::tests::rule_values_in(&lex, text, pii_core::lang::Language::Spanish, prose);
        assert_eq!(spanish("Hablé con Rocío Valverde Pastor ayer."), ["Rocío Valverde Pastor"]);
        // Negative: before a name it stays a title.
        assert!(spanish("Hablé con Pastor Valverde ayer.").iter().all(|n| !n.starts_with("Pastor")));
    }

    #[test]
    fn a_one_letter_title_glued_to_the_next_initial_opens_a_chain_of_initials() {
        assert_eq!(names("Ik sprak met M.J. Rossi gisteren."), ["M.J. Rossi"]);
        // With a space after its dot, the letter is an initial where the language writes no such
        // title, and a title outside the name in French (Monsieur).
        assert_eq!(names("Ik sprak met M. J. Rossi gisteren."), ["M. J. Rossi"]);
        let lex = Lexicon::from_rows(&[("rossi", 3.4, 0.0, 0.008), ("m", 5.5, 0.0, 0.0)], &[]);
        let french = crate::tests::rule_values_in(&lex, "J'ai parlé avec M. J. Rossi hier.", pii_core::lang::Language::French, prose);
        assert!(french.iter().all(|n| !n.starts_with('M')), "{french:?}");
    }

    #[test]
    fn a_conjunction_between_two_towns_cuts_the_run() {
        use crate::lexicon::PlaceKind;
        let lex = Lexicon::from_rows(
            &[("costa", 3.0, 0.0, 0.01), ("silva", 3.0, 0.0, 0.05), ("giulia", 2.0, 0.2, 0.0)],
            &[("Cremona", PlaceKind::City, 71_223), ("Nuoro", PlaceKind::City, 36_000), ("Costa", PlaceKind::City, 20_000)],
        );
        let italian = |text: &str| crate::tests::rule_values_in(&lex, text, pii_core::lang::Language::Italian, prose);
        assert!(italian("Una vita divisa tra Cremona e Nuoro, dove vivono.").iter().all(|n| !n.contains(" e ")));
        // Negative: one side a family name only (`Silva` is no town here), the run stays one name.
        assert_eq!(italian("Ho parlato con Giulia Costa e Silva ieri."), ["Giulia Costa e Silva"]);
    }
}
