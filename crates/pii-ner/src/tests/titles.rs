//! Titles of the six other languages before a name (`Sig.ra Benedetta`, `drs. Wilhelmina ter
//! Horst`, `Dra. Goikoetxea`, `Dona Cleide`, `mevrouw Terpstra`), which they write in lower case
//! inside a sentence, and a signature's role line (`Il legale rappresentante`, `Headteacher`). Each
//! with a case it must leave alone.

use super::*;

#[test]
fn titles_of_other_languages_name_the_person_after_them() {
    for (text, name) in [
        ("Ho parlato con la Sig.ra Benedetta Scarpellini ieri.", "Benedetta Scarpellini"),
        ("Hoogachtend,\n\ndrs. Wilhelmina ter Horst\nTeamleider\n", "Wilhelmina ter Horst"),
        ("Fdo.: Dra. Itziar Goikoetxea\n", "Itziar Goikoetxea"),
        ("A reunião com a Dona Cleide foi remarcada.", "Cleide"),
        ("Per chiarimenti contatti il rag. Pierluigi Vannucci.", "Pierluigi Vannucci"),
        ("Vragen? Mail naar de directeur, mevrouw Terpstra.", "Terpstra"),
        ("Ieri la signora Bianchi ha chiamato.", "Bianchi"),
        ("Juf Ineke heette iedereen welkom.", "Ineke"),
        ("DS Garcia interviewed the witness on Monday.", "Garcia"),
        ("I gave this account to Sergeant Kowalski at the scene.", "Kowalski"),
        // A police rank only in capitals (`DS`): `Di` is an Italian family name's particle.
        ("Delegato: Pier Paolo Di Garcia\n", "Pier Paolo Di Garcia"),
        // A nurse's title with its ordinal sign, before a particle or a head's title.
        ("Enf.º da Paixão: formação obrigatória.", "da Paixão"),
        ("Pedidos à Enf.ª Chefe Rosilene Dourado Zagalo com 48 horas.", "Rosilene Dourado Zagalo"),
    ] {
        let p = people(text);
        assert!(p.iter().any(|v| v == name), "{name} in {p:?} ({text:?})");
    }
    // Negative: the title is no town of its spelling, and a lower-case title without its full
    // stop is a word (`ir` in `ir al banco`).
    let f = found("Ho parlato con la Sig.ra Benedetta Scarpellini ieri.");
    assert!(!f.iter().any(|(t, _)| *t == "LOCATION"), "{f:?}");
    assert!(people("Mañana voy a ir Banco Central.").is_empty(), "{:?}", people("Mañana voy a ir Banco Central."));
    // A lower-case title written in full counts only in its own forms: `signora` before a
    // capitalised word, not `meester` inside a compound sentence about a degree.
    assert!(people("Hij is meester in de rechten.").is_empty(), "{:?}", people("Hij is meester in de rechten."));
    // Nor is the nurse's title without a name after it.
    assert!(people("Enf.ª de serviço: ver escala.").is_empty(), "{:?}", people("Enf.ª de serviço: ver escala."));
    // A rank's letters before a title-case product are no title of a person there.
    assert!(people("Publication: PC Magazine\n").is_empty(), "{:?}", people("Publication: PC Magazine\n"));
}

#[test]
fn a_role_under_the_closing_is_no_signer() {
    let p = people("Distinti saluti\nIl legale rappresentante\n");
    assert!(p.is_empty(), "{p:?}");
    // A name with a particle in lower case still signs.
    let p = people("Met vriendelijke groet,\nBram de Boer\n");
    assert!(p.iter().any(|v| v == "Bram de Boer"), "{p:?}");
    // One word under the signer is a role or a department; a firm's name there has more.
    let f = found("Kind regards,\nDeborah Achterberg\nHeadteacher\n");
    assert!(!f.iter().any(|(t, _)| *t == "ORGANIZATION"), "{f:?}");
    let f = found("Kind regards,\nDeborah Achterberg\nKestrel Analytics\n");
    assert!(f.iter().any(|(t, v)| *t == "ORGANIZATION" && v == "Kestrel Analytics"), "{f:?}");
}

#[test]
fn signature_markers_of_other_languages_label_the_signer() {
    assert_eq!(people("Se levanta la sesión.\nFdo.: Eusebio Calvo Herrero"), ["Eusebio Calvo Herrero"]);
    assert_eq!(people("Getekend: Marloes Kuipers"), ["Marloes Kuipers"]);
    // The marker before a date names nobody.
    assert!(people("Firmato: 12/03/2025").is_empty());
}

#[test]
fn a_particle_in_capitals_is_no_rank_outside_english() {
    use pii_core::lang::Language;
    let lex = Lexicon::from_rows(WORDS, PLACES);
    let titled = |text: &str, language| crate::tests::rule_values_in(&lex, text, language, crate::person::titles_for_tests);
    assert!(titled("SCUOLA SECONDARIA DI PRIMO GRADO", Language::Italian).is_empty());
    // Negative: the British rank in English.
    assert_eq!(titled("DI Wrubat Kowalski took the statement.", Language::English), ["Wrubat Kowalski"]);
    // A title before a column's gap names nobody in the next column.
    assert!(titled("  1. CAJADO Zentrixa / SRA          Adulto         Bilhete A97-712362", Language::Portuguese).is_empty());
}
