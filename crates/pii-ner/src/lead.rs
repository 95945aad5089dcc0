//! Ordinary words that a name rule took in front of a given name: the article Portuguese and
//! Italian put before a given name in speech (`O Thiago`, `la Giulia`, `der Thomas`), an adverb
//! opening the sentence (`Ieri la Giulia ha chiamato`).
//!
//! Why: the prose rules read a run of capitalised words and name particles (`la`, `de`) as one
//! name, so a capitalised word of the language before the name joins it. Such a word is a common
//! word of the segment's language and no name; the person starts at the given name after it.

use crate::cand::{Cand, Ent};
use crate::common::{PERSON_ZIPF, STRUCTURE_SCORE, WordList};
use crate::doc::{Doc, Kind};

/// Moves the start of every person candidate below [`STRUCTURE_SCORE`] past the common words and
/// particles before its first given name, when common words are all there is before it.
pub(crate) fn trim(doc: &Doc<'_>, kept: &mut [Cand], list: Option<&WordList>) {
    let Some(list) = list else { return };
    for c in kept.iter_mut().filter(|c| c.ent == Ent::Person && c.score < STRUCTURE_SCORE) {
        // German puts a noun after a possessive (`mein Mann Korbinian`, `Ihren Termin`): the word
        // after it opens no name, though `Mann` is a family name too.
        if c.a + 1 < c.b && after_german_possessive(doc, c.a + 1) {
            c.a += 1; // `Mein Mann Korbinian`: the possessive opens the run
        }
        if after_german_possessive(doc, c.a) {
            c.a += 1;
            if c.a >= c.b {
                continue;
            }
        }
        let Some(g) = (c.a..c.b).find(|&k| given(doc, k)) else {
            // No given name: a common word that opens the sentence before family names is the
            // sentence's (`Según Casals Medina, …`, `Secondo Zhou …`).
            let rest_named = (c.a + 1..c.b).any(|k| doc.toks[k].is_word() && doc.toks[k].wordinfo().is_name());
            let t = &doc.toks[c.a];
            // Both a written-out word and the name after it in title case (not `Partita IVA`, not
            // the initial of `R. Jacobs` after a full stop).
            let words = c.b > c.a + 1
                && t.kind == Kind::Word
                && t.char_len() >= 3
                && t.shape == crate::doc::Shape::Cap
                && doc.toks[c.a + 1].kind == Kind::Word
                && doc.toks[c.a + 1].shape == crate::doc::Shape::Cap;
            if words && doc.sentence_start(c.a) && rest_named && !t.wordinfo().is_census() && crate::common::ordinary(list, t, PERSON_ZIPF)
            {
                c.a += 1;
            }
            continue;
        };
        if g == c.a {
            continue;
        }
        let lead = &doc.toks[c.a..g];
        // German capitalises its nouns: there a compound of two ordinary words before a given name,
        // which the list rarely holds whole, is no part of it either (`Trauzeugen Theresa`,
        // `Sitznachbarn Volker Ammann`).
        let ordinary = |t: &crate::doc::Token<'_>| crate::common::ordinary_noun(list, doc, t);
        // At least one ordinary word, the rest particles (`Ieri la`), nothing that may be a name.
        if lead.iter().all(|t| t.kind == Kind::Word && (ordinary(t) || t.rf(crate::rules::F_PARTICLES))) && lead.iter().any(ordinary) {
            c.a = g;
            continue;
        }
        // Particles alone opening the line before a given name that is no family name are the
        // preposition of a byline (`di Marites Scuderi` under a headline, `von Tanja Weber`):
        // particles come before family names, not given names.
        let particles = lead.iter().all(|t| t.kind == Kind::Word && t.shape == crate::doc::Shape::Lower && t.rf(crate::rules::F_PARTICLES));
        if particles && doc.toks[c.a].line_start && !doc.toks[g].wordinfo().is_last() && g + 1 < c.b && doc.toks[g + 1].is_word() {
            c.a = g;
            continue;
        }
        // One rarer word of the language before a given name and a family name is the person's
        // role (`Obmann Othmar Kılıç`, `Bewoner Durk Sital`): a word no list knows as a name.
        let role = |t: &crate::doc::Token<'_>| {
            t.kind == Kind::Word && !t.wordinfo().is_name() && crate::common::zipf_in(list, &t.lower).is_some_and(|z| z >= ROLE_ZIPF)
        };
        // The given name must be no family name too: `Thaís Santos Rodrigues` opens with hers.
        if let [t] = lead
            && role(t)
            && !doc.toks[g].wordinfo().is_last()
            && g + 1 < c.b
            && doc.toks[g + 1].is_word()
        {
            c.a = g;
        }
    }
}

/// Moves the start of every person candidate below [`STRUCTURE_SCORE`] past the nouns of the
/// language that open it before an initial or a known given name: a role or an office (`Azubi T.
/// Demirtaş`, `Geschäftsführerin Parwana Szymański`, `Agente Principal E. Osório`). A noun here is
/// a word of the language at least [`PERSON_ZIPF`] frequent (in German also a compound of its
/// words) that no list knows as a name: rarer words of the language are given names as often
/// (`Barthélemy`, `Geertruida`). A particle right after the nouns makes them the head of a noun
/// phrase (`Centro de Salud`), which [`crate::common::CommonWords::only_common_words`] judges whole.
pub(crate) fn trim_roles(doc: &Doc<'_>, kept: &mut [Cand], list: Option<&WordList>) {
    let Some(list) = list else { return };
    let noun = |t: &crate::doc::Token<'_>, zipf: f32| {
        t.kind == Kind::Word
            && matches!(t.shape, crate::doc::Shape::Cap | crate::doc::Shape::Upper)
            && !t.wordinfo().is_first()
            && !t.wordinfo().is_last()
            && (crate::common::zipf_in(list, &t.lower).is_some_and(|z| z >= zipf)
                || (doc.language == pii_core::lang::Language::German && crate::common::ordinary_compound(list, &t.lower)))
    };
    let nouns_end = |a: usize, b: usize, zipf: f32| {
        let mut a = a;
        while a + 1 < b && crate::cand::initial_len(doc, a) == 0 && noun(&doc.toks[a], zipf) {
            a += 1;
        }
        a
    };
    for c in kept.iter_mut().filter(|c| c.ent == Ent::Person && c.score < STRUCTURE_SCORE) {
        let mut a = nouns_end(c.a, c.b, PERSON_ZIPF);
        // Right before an initial, which opens the name for sure, a rarer word of the language is
        // the role too (`Azubi T. Demirtaş`, `azubi` at zipf 3.5).
        if a == c.a {
            let before_initial = nouns_end(c.a, c.b, ROLE_ZIPF);
            if before_initial > c.a && crate::cand::initial_len(doc, before_initial) > 0 {
                a = before_initial;
            }
        }
        if a == c.a || (doc.toks[a].rf(crate::rules::F_PARTICLES) && doc.toks[a].shape == crate::doc::Shape::Lower) {
            continue;
        }
        // What is left is a name by its own evidence: an initial, or a given name the lists know
        // before a family name. A given name no list knows is as often a word of the language
        // (`Girolamo`, `Olha`) as the noun before it, and a lone word after a noun is the noun's
        // (`Ein Kassenbon`, `A Primeira Outorgante`).
        let initial = (a..c.b).any(|k| crate::cand::initial_len(doc, k) > 0);
        let given = c.b - a >= 2 && doc.toks[a].wordinfo().is_first();
        if initial || given {
            c.a = a;
        }
    }
}

/// Cuts every person candidate at the first column gap inside it: a name fills one cell of a
/// table, and a run across the gaps is a header row or a row's next cells (`CONDOMINO   MILLESIMI
/// PRESENZA`, `Chissano Lucimara     M    M`). What is left is judged on its own words.
pub(crate) fn trim_at_gap(doc: &Doc<'_>, kept: &mut [Cand]) {
    for c in kept.iter_mut().filter(|c| c.ent == Ent::Person) {
        if let Some(k) = (c.a + 1..c.b).find(|&k| doc.toks[k].wide_gap_before) {
            c.b = k;
        }
    }
}

/// Cuts every German person candidate below [`STRUCTURE_SCORE`] before a particle that only
/// ordinary German words follow: `vom`, `von`, `zum` before a common noun are a preposition, not a
/// noble family name (`Mehmet vom Bahnhof abholen`), where `Maria vom Berg` keeps `Berg`, a family
/// name the lists know.
pub(crate) fn trim_tail(doc: &Doc<'_>, kept: &mut [Cand], list: Option<&WordList>) {
    let Some(list) = list else { return };
    if doc.language != pii_core::lang::Language::German {
        return;
    }
    for c in kept.iter_mut().filter(|c| c.ent == Ent::Person && c.score < STRUCTURE_SCORE) {
        let Some(p) = (c.a + 1..c.b).find(|&k| doc.toks[k].shape == crate::doc::Shape::Lower && doc.toks[k].rf(crate::rules::F_PARTICLES))
        else {
            continue;
        };
        let tail = &doc.toks[p + 1..c.b];
        let words = || tail.iter().filter(|t| t.kind == Kind::Word && t.shape != crate::doc::Shape::Lower);
        if words().count() > 0 && words().all(|t| crate::common::ordinary(list, t, PERSON_ZIPF)) {
            c.b = p;
        }
    }
}

/// Moves the start of every organisation candidate past the ordinary words of the language that
/// open it before its own name: a preposition or article in every language (`Desde Ambrelo, S.A.,
/// le informamos`) and, in German, the nouns it capitalises (`Unser Partner Costeval AG`, `Firma
/// Orvanne GmbH`). The Romance languages put the firm's trade first in its name (`Construcciones
/// Ebro S.L.`, `Talleres Guadalquivir`), so there only the function words go. The name left must
/// still hold a word of its own, no ordinary word of the language, before its legal form or head:
/// `Deutsche Bank AG` keeps `Deutsche`, since `Bank` is an ordinary word too.
pub(crate) fn trim_orgs(doc: &Doc<'_>, kept: &mut [Cand], list: Option<&WordList>) {
    let Some(list) = list else { return };
    let nouns = doc.language == pii_core::lang::Language::German;
    let plain = |t: &crate::doc::Token<'_>| {
        t.kind == Kind::Word
            && !t.rf(crate::rules::F_ORG_HEAD | crate::rules::F_LEGAL_SUFFIX)
            && !crate::org::PREFIX_HEADS.contains(&&*t.lower)
            && ((nouns && crate::common::ordinary(list, t, PERSON_ZIPF))
                || crate::common::zipf_in(list, &t.lower).is_some_and(|z| z >= crate::common::FUNCTION_ZIPF))
    };
    // A job or a department of the language and its `of` before the firm (`Director de Recursos
    // Humanos de Laboratorios Quimbal S.A.`, `Reactie van Lumavelt Software B.V.`): the firm opens
    // after the last such particle whose words before are all ordinary and none a firm's head. A
    // trade and one `de` open many a firm's own name in the Romance languages (`Brasserie du Mont
    // Gaudry SA`), so there the job or department needs its own `de` too.
    let ordinary_word = |t: &crate::doc::Token<'_>| {
        t.kind == Kind::Word
            && !t.rf(crate::rules::F_ORG_HEAD | crate::rules::F_LEGAL_SUFFIX)
            && !crate::org::PREFIX_HEADS.contains(&&*t.lower)
            && crate::common::ordinary(list, t, crate::common::FOCUS_ZIPF)
    };
    let of = |t: &crate::doc::Token<'_>| {
        t.kind == Kind::Word
            && t.shape == crate::doc::Shape::Lower
            && matches!(&*t.lower, "de" | "do" | "da" | "di" | "del" | "van" | "du" | "des")
    };
    for c in kept.iter_mut().filter(|c| c.ent == Ent::Org && c.rule == crate::cand::Rule::LegalForm && !nouns) {
        let cut = (c.a + 1..c.b.saturating_sub(1))
            .rev()
            .filter(|&p| of(&doc.toks[p]) && doc.toks[c.a..p].iter().all(|t| ordinary_word(t) || of(t) || t.kind != Kind::Word))
            .filter(|&p| doc.toks[p + 1].kind == Kind::Word && doc.toks[p + 1].shape != crate::doc::Shape::Lower)
            .find(|&p| doc.language == pii_core::lang::Language::Dutch || doc.toks[c.a..=p].iter().filter(|t| of(t)).count() >= 2);
        if let Some(p) = cut {
            c.a = p + 1;
        }
    }
    for c in kept.iter_mut().filter(|c| c.ent == Ent::Org && c.rule == crate::cand::Rule::LegalForm) {
        let Some(own) = (c.a..c.b).find(|&k| !plain(&doc.toks[k])) else { continue };
        let t = &doc.toks[own];
        let name_word =
            t.kind == Kind::Word && t.shape != crate::doc::Shape::Lower && !t.rf(crate::rules::F_ORG_HEAD | crate::rules::F_LEGAL_SUFFIX);
        if own > c.a && name_word {
            c.a = own;
        }
    }
}

/// Token `k` follows a German possessive determiner, in a German segment.
fn after_german_possessive(doc: &Doc<'_>, k: usize) -> bool {
    doc.language == pii_core::lang::Language::German
        && k > 0
        && doc.toks[k].is_word()
        && !doc.toks[k].line_start
        && matches!(
            &*doc.toks[k - 1].lower,
            "mein"
                | "meine"
                | "meinen"
                | "meinem"
                | "meiner"
                | "unser"
                | "unsere"
                | "unseren"
                | "unserem"
                | "unserer"
                | "dein"
                | "deine"
                | "deinen"
                | "deinem"
                | "ihr"
                | "ihre"
                | "ihren"
                | "ihrem"
                | "ihrer"
                | "sein"
                | "seine"
                | "seinen"
                | "seinem"
                | "seiner"
                | "euer"
                | "eure"
                | "euren"
                | "eurem"
        )
}

/// Token `k` is a capitalised given name.
pub(crate) fn given(doc: &Doc<'_>, k: usize) -> bool {
    let t = &doc.toks[k];
    t.is_word() && t.shape == crate::doc::Shape::Cap && t.wordinfo().is_first()
}

/// A word this frequent in the language before a given name and a family name is a role there.
const ROLE_ZIPF: f32 = 3.0;

#[cfg(test)]
mod role_tests {
    use super::*;
    use crate::cand::Rule;
    use crate::common::CommonWords;
    use crate::lexicon::Lexicon;
    use pii_core::lang::Language;

    /// The person over the whole of `text` after [`trim_roles`], read in `language` with `words`.
    fn trimmed(text: &str, language: Language, words: &[(&str, f32)]) -> String {
        let lex = Lexicon::from_rows(&[("parwana", 1.0, 0.01, 0.0), ("rosa", 4.0, 0.1, 0.0)], &[]);
        let common = CommonWords::from_words_zipf(language, words);
        let doc = Doc::new(text, &lex).in_language(language);
        let mut kept = vec![Cand { a: 0, b: doc.toks.len(), ent: Ent::Person, score: 0.7, rule: Rule::Prose }];
        trim_roles(&doc, &mut kept, common.list(language));
        doc.text[doc.toks[kept[0].a].start..doc.toks[kept[0].b - 1].end].to_owned()
    }

    #[test]
    fn a_role_before_a_name_is_no_part_of_it() {
        let german = [("azubi", 4.1), ("geschäft", 4.5), ("führerin", 3.4)];
        assert_eq!(trimmed("Azubi T. Demirtaş", Language::German, &german), "T. Demirtaş");
        // Before an initial, a rarer word of the language is a role too; not before a name.
        assert_eq!(trimmed("Azubi T. Demirtaş", Language::German, &[("azubi", 3.5)]), "T. Demirtaş");
        assert_eq!(trimmed("Azubi Parwana Demirtaş", Language::German, &[("azubi", 3.5)]), "Azubi Parwana Demirtaş");
        assert_eq!(trimmed("Geschäftsführerin Parwana Szymański", Language::German, &german), "Parwana Szymański");
        let portuguese = [("agente", 4.7), ("principal", 5.3)];
        assert_eq!(trimmed("Agente Principal E. Osório", Language::Portuguese, &portuguese), "E. Osório");
    }

    #[test]
    fn a_name_a_noun_phrase_and_nouns_alone_stay_whole() {
        let spanish = [("centro", 5.0), ("de", 7.5), ("salud", 4.8), ("rosa", 4.5)];
        // A given name that is also a word, a noun before a particle, nothing but nouns.
        assert_eq!(trimmed("Rosa Szymańska", Language::Spanish, &spanish), "Rosa Szymańska");
        assert_eq!(trimmed("Centro de Salud Kowalczyk", Language::Spanish, &spanish), "Centro de Salud Kowalczyk");
        assert_eq!(trimmed("Centro Salud", Language::Spanish, &spanish), "Centro Salud");
        // A rarer word of the language is a given name as often, and so is a frequent one before a
        // family name alone.
        assert_eq!(trimmed("Lazare Letellier", Language::French, &[("lazare", 3.2)]), "Lazare Letellier");
        assert_eq!(trimmed("Olha Beirão Rangel", Language::Portuguese, &[("olha", 4.6)]), "Olha Beirão Rangel");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cand::Rule;
    use crate::common::CommonWords;
    use crate::lexicon::Lexicon;
    use pii_core::lang::Language;

    /// The person over `text` up to its first full stop, after [`trim`], the document read in `language`.
    fn trimmed(text: &str, language: Language, words: &[(&str, f32)], score: f32) -> String {
        let lex = Lexicon::from_rows(
            &[
                ("thiago", 1.0, 0.01, 0.0),
                ("giulia", 1.0, 0.02, 0.0),
                ("costa", 3.5, 0.0, 0.01),
                ("santos", 3.0, 0.01, 0.05),
                ("garcia", 4.0, 0.0, 0.254),
                ("smith", 4.89, 0.0, 1.006),
            ],
            &[],
        );
        let common = CommonWords::from_words_zipf(language, words);
        let doc = Doc::new(text, &lex).in_language(language);
        let b = doc.toks.iter().position(|t| t.is_punct('.')).unwrap_or(doc.toks.len());
        let mut kept = vec![Cand { a: 0, b, ent: Ent::Person, score, rule: Rule::Prose }];
        trim(&doc, &mut kept, common.list(language));
        doc.text[doc.toks[kept[0].a].start..doc.toks[kept[0].b - 1].end].to_owned()
    }

    /// The organisation over `text` up to its first comma, after [`trim_orgs`] in `language`.
    fn trimmed_org(language: Language, words: &[(&str, f32)], text: &str) -> String {
        let lex = Lexicon::from_rows(&[], &[]);
        let common = CommonWords::from_words_zipf(language, words);
        let doc = Doc::new(text, &lex).in_language(language);
        let b = doc.toks.iter().position(|t| t.is_punct(',')).unwrap_or(doc.toks.len());
        let mut kept = vec![Cand { a: 0, b, ent: Ent::Org, score: 0.85, rule: Rule::LegalForm }];
        trim_orgs(&doc, &mut kept, common.list(language));
        doc.text[doc.toks[kept[0].a].start..doc.toks[kept[0].b - 1].end].to_owned()
    }

    #[test]
    fn a_bylines_preposition_before_a_given_name_is_left_out() {
        let italian: [(&str, f32); 0] = [];
        assert_eq!(trimmed("di Giulia Rossi", Language::Italian, &italian, 0.7), "Giulia Rossi");
        // Negatives: a particle before a family name, one inside a line, and before a given name
        // alone.
        assert_eq!(trimmed("di Costa Rossi", Language::Italian, &italian, 0.7), "di Costa Rossi");
        assert_eq!(trimmed("Articolo di Giulia Rossi", Language::Italian, &italian, 0.7), "Articolo di Giulia Rossi");
        assert_eq!(trimmed("di Giulia", Language::Italian, &italian, 0.7), "di Giulia");
    }

    #[test]
    fn a_preposition_opening_an_organisation_is_left_out() {
        let words = [("desde", 6.1), ("banco", 5.0), ("partner", 4.5), ("bank", 4.5), ("construcciones", 4.1)];
        let org = |text: &str| trimmed_org(Language::German, &words, text);
        assert_eq!(org("Desde Ambrelo Servicios, le informamos"), "Ambrelo Servicios");
        assert_eq!(org("Desde Partner Ambrelo, le informamos"), "Ambrelo");
        // Negatives: a firm's head word opens the name (`Banco`), and a name of ordinary words only
        // keeps them all.
        assert_eq!(org("Banco Ambrelo, le informamos"), "Banco Ambrelo");
        assert_eq!(org("Partner Bank, le informamos"), "Partner Bank");
        // Outside German the trade opening a firm's name stays in it (`Construcciones Ebro S.L.`),
        // and only function words go.
        let org_es = |text: &str| trimmed_org(Language::Spanish, &words, text);
        assert_eq!(org_es("Construcciones Ambrelo, le informamos"), "Construcciones Ambrelo");
        assert_eq!(org_es("Desde Ambrelo, le informamos"), "Ambrelo");
        // A job or department and its `de` before the firm stay out; a firm's head before `de` stays.
        let words = [
            ("director", 4.5),
            ("departamento", 4.6),
            ("recursos", 4.6),
            ("humanos", 4.4),
            ("de", 7.6),
            ("banco", 5.0),
            ("construcciones", 4.1),
            ("vale", 4.5),
        ];
        let org_es = |text: &str| trimmed_org(Language::Spanish, &words, text);
        assert_eq!(org_es("Director de Recursos Humanos de Laboratorios Ambrelo S.A., con"), "Laboratorios Ambrelo S.A.");
        assert_eq!(
            org_es("Departamento de Recursos Humanos de Construcciones Vale de Ambrelo S.L., con"),
            "Construcciones Vale de Ambrelo S.L."
        );
        assert_eq!(org_es("Banco de Ambrelo S.A., con"), "Banco de Ambrelo S.A.");
        // A trade and one `de` are the firm's own name.
        let words = [("brasserie", 3.5), ("du", 7.0), ("mont", 4.2)];
        assert_eq!(trimmed_org(Language::French, &words, "Brasserie du Mont Ambrelo SA, où"), "Brasserie du Mont Ambrelo SA");
    }

    #[test]
    fn an_article_or_adverb_before_a_given_name_is_left_out() {
        assert_eq!(trimmed("O Thiago.", Language::Portuguese, &[("o", 7.5)], 0.8), "Thiago");
        assert_eq!(trimmed("Ieri la Giulia.", Language::Italian, &[("ieri", 4.9), ("la", 7.3)], 0.7), "Giulia");
        // A German compound of two ordinary words before a given name.
        let german = [("ammann", 3.19), ("trau", 3.2), ("zeugen", 4.1)];
        assert_eq!(trimmed("Trauzeugen Thiago.", Language::German, &german, 0.7), "Thiago");
        // Negative: a rarer word that is no compound (a family name too: `Ammann Antonia`), and
        // the compound outside German.
        assert_eq!(trimmed("Ammann Thiago.", Language::German, &german, 0.7), "Ammann Thiago");
        assert_eq!(trimmed("Trauzeugen Thiago.", Language::Dutch, &german, 0.7), "Trauzeugen Thiago");
        // Before family names only, a common word opening the sentence.
        assert_eq!(trimmed("Según Garcia Smith.", Language::Spanish, &[("según", 5.3)], 0.7), "Garcia Smith");
        // Negative: before words no list knows as names, the run is judged whole.
        assert_eq!(trimmed("Según Xoqel Wrubat.", Language::Spanish, &[("según", 5.3)], 0.7), "Según Xoqel Wrubat");
        // One rarer word of the language before a given and a family name is a role.
        assert_eq!(trimmed("Obmann Thiago Smith.", Language::German, &[("obmann", 3.45)], 0.85), "Thiago Smith");
        // Negative: a family name the lists know, a word the language does not know, and a
        // given name with nothing after it.
        assert_eq!(trimmed("Costa Thiago Smith.", Language::Portuguese, &[("costa", 3.5)], 0.85), "Costa Thiago Smith");
        assert_eq!(trimmed("Xoqel Thiago Smith.", Language::German, &[("obmann", 3.45)], 0.85), "Xoqel Thiago Smith");
        assert_eq!(trimmed("Obmann Thiago.", Language::German, &[("obmann", 3.45)], 0.85), "Obmann Thiago");
        assert_eq!(trimmed("Thaís Santos Smith.", Language::Portuguese, &[("thaís", 3.4)], 0.85), "Thaís Santos Smith");
    }

    #[test]
    fn a_family_name_before_the_given_name_or_a_labelled_value_stays_whole() {
        // `Costa` is a word of Portuguese and a family name; a labelled value is kept as written.
        assert_eq!(trimmed("Costa Thiago.", Language::Portuguese, &[("costa", 4.6)], 0.8), "Costa Thiago");
        assert_eq!(trimmed("O Thiago.", Language::Portuguese, &[("o", 7.5)], 0.9), "O Thiago");
        assert_eq!(trimmed("O Thiago.", Language::English, &[], 0.8), "O Thiago");
    }

    #[test]
    fn a_german_particle_before_ordinary_nouns_ends_the_person() {
        let lex = Lexicon::from_rows(&[("mehmet", 2.0, 0.05, 0.0), ("berg", 3.0, 0.0, 0.01)], &[]);
        let common = CommonWords::from_words_zipf(Language::German, &[("bahnhof", 4.7), ("berg", 4.8)]);
        let cut = |text: &str, language: Language| {
            let doc = Doc::new(text, &lex).in_language(language);
            let b = doc.toks.iter().position(|t| t.is_punct('.')).unwrap_or(doc.toks.len());
            let mut kept = vec![Cand { a: 0, b, ent: Ent::Person, score: 0.7, rule: Rule::Prose }];
            trim_tail(&doc, &mut kept, common.list(language));
            doc.text[doc.toks[kept[0].a].start..doc.toks[kept[0].b - 1].end].to_owned()
        };
        assert_eq!(cut("Mehmet vom Bahnhof.", Language::German), "Mehmet");
        // Negative: a family name after the particle, and the same words outside German.
        assert_eq!(cut("Mehmet vom Berg.", Language::German), "Mehmet vom Berg");
        assert_eq!(cut("Mehmet vom Bahnhof.", Language::Dutch), "Mehmet vom Bahnhof");
    }
}

#[cfg(test)]
mod gap_tests {
    use super::trim_at_gap;
    use crate::cand::{Cand, Ent};
    use crate::doc::Doc;
    use crate::lexicon::Lexicon;
    use crate::rule::Rule;

    fn trimmed(text: &str, words: usize) -> String {
        let lex = Lexicon::from_rows(&[], &[]);
        let doc = Doc::new(text, &lex);
        let mut kept = [Cand { a: 0, b: words, ent: Ent::Person, score: 0.7, rule: Rule::Network }];
        trim_at_gap(&doc, &mut kept);
        doc.text[doc.toks[kept[0].a].start..doc.toks[kept[0].b - 1].end].to_owned()
    }

    #[test]
    fn a_person_ends_at_a_column_gap() {
        assert_eq!(trimmed("Chissano Lucimara        M    M\n", 4), "Chissano Lucimara");
        assert_eq!(trimmed("Abonos     Descontos\n", 2), "Abonos");
        // Negative: one space between the words of a name.
        assert_eq!(trimmed("Chissano Lucimara Neto\n", 3), "Chissano Lucimara Neto");
    }
}
