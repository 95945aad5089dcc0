//! Unit tests on a small hand-made lexicon, so that they run without the models folder.

use proptest::prelude::*;

use super::*;
use crate::lexicon::PlaceKind;

/// The text of each candidate that one rule (`rule`) finds in `text`, read with `lex`: the unit
/// tests of single rules share it.
pub(crate) fn rule_values(lex: &Lexicon, text: &str, rule: impl Fn(&crate::doc::Doc<'_>, &mut crate::cand::Cands)) -> Vec<String> {
    rule_values_in(lex, text, pii_core::lang::Language::English, rule)
}

/// [`rule_values`] after the address rules, whose addresses `rule` reads; only `rule`'s values.
pub(crate) fn rule_values_with_addresses(
    lex: &Lexicon,
    text: &str,
    rule: impl Fn(&crate::doc::Doc<'_>, &mut crate::cand::Cands),
) -> Vec<String> {
    let doc = crate::doc::Doc::new(text, lex);
    let mut out = crate::cand::Cands { rule: Rule::Address, ..crate::cand::Cands::default() };
    crate::address::addresses(&doc, lex, &mut out);
    let before = out.list.len();
    out.rule = Rule::Unnamed;
    rule(&doc, &mut out);
    out.list[before..].iter().map(|c| doc.text[doc.toks[c.a].start..doc.toks[c.b - 1].end].to_owned()).collect()
}

/// [`rule_values`] on `text` read as a segment in `language`.
pub(crate) fn rule_values_in(
    lex: &Lexicon,
    text: &str,
    language: pii_core::lang::Language,
    rule: impl Fn(&crate::doc::Doc<'_>, &mut crate::cand::Cands),
) -> Vec<String> {
    let doc = crate::doc::Doc::new(text, lex).in_language(language);
    let mut out = crate::cand::Cands::default();
    rule(&doc, &mut out);
    out.list.iter().map(|c| doc.text[doc.toks[c.a].start..doc.toks[c.b - 1].end].to_owned()).collect()
}

/// (word, zipf, first-name share %, last-name share %), shaped like the real lists.
const WORDS: &[(&str, f32, f32, f32)] = &[
    ("rocco", 2.5, 0.01, 0.0),
    ("will", 6.45, 0.018, 0.003),
    ("rose", 4.82, 0.296, 0.059),
    ("bill", 5.15, 0.112, 0.002),
    ("hunter", 4.37, 0.009, 0.069),
    ("green", 5.13, 0.0, 0.183),
    ("long", 5.81, 0.004, 0.092),
    ("may", 5.98, 0.029, 0.040),
    ("the", 7.7, 0.0, 0.0),
    ("we", 6.8, 0.0, 0.0),
    ("follow", 5.2, 0.0, 0.0),
    ("up", 6.4, 0.0, 0.0),
    ("garden", 4.8, 0.0, 0.0),
    ("gold", 5.17, 0.0, 0.006),
    ("client", 4.9, 0.0, 0.0),
    ("customer", 4.9, 0.0, 0.0),
    ("travel", 5.0, 0.0, 0.0),
    ("linux", 4.4, 0.0, 0.0),
    ("carolina", 4.52, 0.021, 0.001),
    ("power", 5.6, 0.0, 0.001),
    ("open", 5.6, 0.0, 0.0),
    ("files", 4.9, 0.0, 0.0),
    ("google", 5.4, 0.0, 0.0),
    ("authorization", 4.3, 0.0, 0.0),
    ("request", 5.0, 0.0, 0.0),
    ("build", 5.04, 0.0, 0.0),
    ("input", 4.6, 0.0, 0.0),
    ("lead", 5.2, 0.0, 0.0),
    ("trainer", 4.0, 0.0, 0.0),
    ("output", 4.5, 0.0, 0.0),
    ("name", 5.6, 0.0, 0.0),
    ("patient", 4.9, 0.0, 0.0),
    ("anna", 4.1, 0.2, 0.0),
    ("maria", 4.5, 0.83, 0.0),
    ("garcia", 4.0, 0.0, 0.254),
    ("joel", 3.9, 0.1, 0.01),
    ("goodwin", 3.5, 0.0, 0.03),
    ("samuel", 4.1, 0.2, 0.02),
    ("david", 5.13, 2.363, 0.014),
    ("smith", 4.89, 0.0, 1.006),
    ("queue", 4.3, 0.0, 0.0),
    ("ask", 5.5, 0.0, 0.0),
    ("depth", 4.5, 0.0, 0.0),
    ("hayes", 3.8, 0.0, 0.07),
    ("owen", 3.9, 0.1, 0.03),
    ("kelly", 4.5, 0.2, 0.2),
    ("phillips", 4.0, 0.0, 0.2),
    ("thomas", 4.9, 1.0, 0.3),
    ("robinson", 4.2, 0.0, 0.2),
    ("kowalski", 2.7, 0.0, 0.005),
    ("mark", 5.05, 0.938, 0.005),
    ("jan", 4.6, 0.02, 0.0),
    ("invoice", 4.3, 0.0, 0.0),
    ("paid", 5.0, 0.0, 0.0),
    ("contact", 5.0, 0.0, 0.0),
    ("there", 6.5, 0.0, 0.0),
    ("yesterday", 5.0, 0.0, 0.0),
    // For the rules on names from outside the US census and on chat lines.
    ("nguyen", 3.9, 0.0, 0.1),
    ("van", 4.6, 0.0, 0.01),
    ("an", 6.5, 0.0, 0.0),
    ("portal", 4.3, 0.0, 0.0),
    ("service", 5.3, 0.0, 0.0),
    ("access", 5.0, 0.0, 0.0),
    ("reset", 4.2, 0.0, 0.0),
    ("jurgen", 2.5, 0.003, 0.0),
    ("muller", 3.2, 0.0, 0.01),
    ("lucas", 4.0, 0.05, 0.01),
    ("juan", 4.3, 0.3, 0.0),
    ("carlos", 4.4, 0.3, 0.0),
    ("award", 4.8, 0.0, 0.0),
    ("went", 5.6, 0.0, 0.0),
    ("to", 7.4, 0.0, 0.0),
    ("can", 6.6, 0.0, 0.0),
    ("you", 7.0, 0.0, 0.0),
    ("me", 6.7, 0.0, 0.0),
    ("back", 6.0, 0.0, 0.0),
    ("team", 5.5, 0.0, 0.0),
    ("when", 6.5, 0.0, 0.0),
    ("deploy", 3.7, 0.0, 0.0),
    ("is", 7.3, 0.0, 0.0),
    ("done", 5.7, 0.0, 0.0),
    ("everyone", 5.4, 0.0, 0.0),
    ("thanks", 5.5, 0.0, 0.0),
    ("ping", 3.9, 0.0, 0.0),
    ("joined", 4.9, 0.0, 0.0),
    ("office", 5.4, 0.0, 0.0),
    ("avenue", 4.5, 0.0, 0.0),
    ("closed", 5.0, 0.0, 0.0),
    ("order", 5.6, 0.0, 0.0),
    ("your", 6.8, 0.0, 0.0),
    ("built", 5.2, 0.0, 0.0),
    ("by", 6.8, 0.0, 0.0),
    ("in", 7.3, 0.0, 0.0),
    ("was", 7.0, 0.0, 0.0),
    ("renewed", 3.9, 0.0, 0.0),
    ("from", 6.8, 0.0, 0.0),
    ("please", 5.9, 0.0, 0.0),
    ("review", 5.1, 0.0, 0.0),
    // Names outside the census that are also towns somewhere, and a given name beside them.
    ("dmitri", 2.9, 0.0, 0.0),
    ("sokolov", 2.2, 0.0, 0.0),
    // A census given name too rare for the first-name threshold, and a common word borne as a name.
    ("natalya", 2.67, 0.001, 0.0),
    ("winter", 4.6, 0.001, 0.001),
    ("ngozi", 2.3, 0.0, 0.0),
    ("okonkwo", 1.9, 0.0, 0.0),
    ("called", 5.4, 0.0, 0.0),
    ("office", 5.4, 0.0, 0.0),
    ("signed", 4.9, 0.0, 0.0),
    ("visit", 5.3, 0.0, 0.0),
    ("moved", 5.0, 0.0, 0.0),
    ("to", 7.4, 0.0, 0.0),
    ("in", 7.3, 0.0, 0.0),
    ("and", 7.5, 0.0, 0.0),
    ("offices", 4.4, 0.0, 0.0),
    ("toyota", 3.95, 0.0, 0.0),
    ("corolla", 3.15, 0.0, 0.0),
    ("salvador", 3.72, 0.049, 0.002),
];

const PLACES: &[(&str, PlaceKind, u32)] = &[
    ("Alcalá de Henares", PlaceKind::City, 193_751),
    ("Leeds", PlaceKind::City, 455_000),
    ("Indianapolis", PlaceKind::City, 867_000),
    ("Manchester", PlaceKind::City, 395_000),
    ("Tanzania", PlaceKind::Country, 41_000_000),
    ("Salt Lake City", PlaceKind::City, 200_000),
    ("Sokolov", PlaceKind::City, 22_007),
    ("Ngozi", PlaceKind::City, 61_716),
    ("Toyota", PlaceKind::City, 426_162),
    ("Hola", PlaceKind::City, 30_000),
    ("García", PlaceKind::City, 10_000),
    ("Salvador", PlaceKind::City, 2_711_840),
];

fn recognizer() -> NerRecognizer {
    NerRecognizer::for_tests(Lexicon::from_rows(WORDS, PLACES))
}

/// `(type, text)` of every span found in `text`.
fn found(text: &str) -> Vec<(&'static str, String)> {
    found_in(text, None)
}

fn found_in(text: &str, field: Option<&str>) -> Vec<(&'static str, String)> {
    let r = recognizer();
    let mut out = Vec::new();
    r.analyze(text, &SegmentContext { field_name: field, ..Default::default() }, &mut out);
    out.sort_by_key(|s| s.start);
    out.iter()
        .map(|s| {
            let ty = match s.entity_type.as_str() {
                "PERSON" => "PERSON",
                "LOCATION" => "LOCATION",
                _ => "ORGANIZATION",
            };
            (ty, text[s.start..s.end].to_owned())
        })
        .collect()
}

/// The values of the spans of type `ty` found in `text`.
fn values_of(text: &str, ty: &str) -> Vec<String> {
    found(text).into_iter().filter(|(t, _)| *t == ty).map(|(_, v)| v).collect()
}

/// The persons found in `text`.
fn people(text: &str) -> Vec<String> {
    values_of(text, "PERSON")
}

fn has(text: &str, ty: &str, value: &str) -> bool {
    found(text).iter().any(|(t, v)| *t == ty && v == value)
}

#[test]
fn titles_stay_outside_the_person_span() {
    assert!(has("Referring physician: Dr. Phillips", "PERSON", "Phillips"));
    assert!(has("Please see Mrs Kowalski tomorrow.", "PERSON", "Kowalski"));
    // Titles in a row all stay outside.
    assert!(has("Please see Prof. Dr. Kowalski tomorrow.", "PERSON", "Kowalski"));
    // A title ending its line names nobody on the next.
    assert!(!people("BOARDING PASS\nKOWALSKI MRS\nFROM ZENTRIXA CITY  TO LEEDS\n").iter().any(|p| p.contains("FROM")));
    // A family name with an elided particle after a title keeps the particle.
    assert!(
        has("Surveillance neuro, Dr d'Zentrixa prévenu.", "PERSON", "d'Zentrixa"),
        "{:?}",
        people("Surveillance neuro, Dr d'Zentrixa prévenu.")
    );
    // A name in capitals keeps its particles in capitals; `Docteur` is a title.
    let caps = "COMPARECE\n\nDOÑA ZENTRIXA WRUBAT DE MENDIZÁBAL, mayor de edad.\n";
    assert!(has(caps, "PERSON", "ZENTRIXA WRUBAT DE MENDIZÁBAL"), "{:?}", people(caps));
    assert!(has("Ordonnance\nDocteur ZENTRIXA KOWALSKI\nMédecin\n", "PERSON", "ZENTRIXA KOWALSKI"));
    // Negative: a heading in capitals with a particle names nobody.
    assert!(people("JUZGADO DE PRIMERA INSTANCIA\n").is_empty(), "{:?}", people("JUZGADO DE PRIMERA INSTANCIA\n"));
    // Negative: an initial after a title stays in the name, even a letter that is a title too.
    assert!(has("Please see Mrs J. Kowalski tomorrow.", "PERSON", "J. Kowalski"));
    assert!(has("Please see Mrs M. Kowalski tomorrow.", "PERSON", "M. Kowalski"));
    // Portuguese titles end in an ordinal sign (`Prof.ª`, `Enf.º`), which stays outside too.
    assert!(has("Explicações: Prof.ª Zentrixa Kowalski, 21 962 9333.", "PERSON", "Zentrixa Kowalski"));
    assert!(has("Escala: Enf.º Wrubat Kowalski de serviço.", "PERSON", "Wrubat Kowalski"));
    assert!(has("Pedidos à Enf.ª Chefe Zentrixa Kowalski até sexta.", "PERSON", "Zentrixa Kowalski"));
    assert!(has("Bom dia, Sr. Eng.º Wrubat Kowalski,", "PERSON", "Wrubat Kowalski"));
    assert!(!has("Bom dia, Sr. Eng.º Wrubat Kowalski,", "PERSON", "Eng"));
    // Negative: an ordinal sign after a number is no title's (`3.º ciclo`).
    assert!(people("Alunos do 3.º Ciclo e secundário.").is_empty(), "{:?}", people("Alunos do 3.º Ciclo e secundário."));
    // Dutch `de heer`, also where running text wraps after it; `van` before a firm's head word is
    // the preposition, not a particle of the name.
    let wrapped = "Welkom, in het bijzonder de heer\nVan Kowalski van Uitzendbureau Zentrixa, die later spreekt.";
    assert!(has(wrapped, "PERSON", "Van Kowalski"), "{:?}", people(wrapped));
    assert!(has("Wij spraken met de heer Kowalski over de huur.", "PERSON", "Kowalski"));
    // Negative: a title ending a line of capitals, or a lord without `de`.
    assert!(people("Zij is een heer van Zentrixa.").is_empty(), "{:?}", people("Zij is een heer van Zentrixa."));
}

#[test]
fn last_comma_first_is_one_span() {
    assert!(has("Name: Goodwin, Joel\nAdmitted: 15 Apr 2020", "PERSON", "Goodwin, Joel"));
    // A family name in capitals keeps its given name when the field goes on after a comma.
    assert!(has("Name: GOODWIN, Joel, ID checked\n", "PERSON", "GOODWIN, Joel"));
    // Negative: in mixed case a comma after the given name makes a list.
    assert!(!has("Name: Goodwin, Joel, ID checked\n", "PERSON", "Goodwin, Joel"));
}

#[test]
fn later_mentions_of_a_found_name_are_found() {
    let f = found("Name: Goodwin, Joel\n\nHospital course: Joel was admitted with pneumonia.");
    assert_eq!(f.iter().filter(|(t, v)| *t == "PERSON" && v == "Joel").count(), 1, "{f:?}");
}

#[test]
fn all_caps_names_in_form_fields_are_found() {
    let text = "TRAVEL AUTHORIZATION REQUEST\n\nSurname: HAYES\nGiven names: OWEN\n";
    assert!(has(text, "PERSON", "HAYES"));
    assert!(has(text, "PERSON", "OWEN"));
    assert!(!found(text).iter().any(|(_, v)| v.contains("TRAVEL")));
}

#[test]
fn a_full_address_is_one_location_span() {
    assert!(has(
        "Home address: 08823 Hayes Path, Indianapolis, IN 46140\nStart date: 22 Dec 2025",
        "LOCATION",
        "08823 Hayes Path, Indianapolis, IN 46140"
    ));
    assert!(has("Address: 955 Hooper Trafficway, Manchester W19 5QA", "LOCATION", "955 Hooper Trafficway, Manchester W19 5QA"));
    assert!(has("ship to 12 Oak Street Apt. 4, Springfield, IL 62704 today", "LOCATION", "12 Oak Street Apt. 4, Springfield, IL 62704"));
}

#[test]
fn international_street_forms_are_addresses() {
    assert!(has("Lieferadresse: Hauptstraße 12, 10115 Berlin", "LOCATION", "Hauptstraße 12, 10115 Berlin"));
    assert!(has("envoyer au 12 rue de Rivoli, 75001 Paris", "LOCATION", "12 rue de Rivoli, 75001 Paris"));
    // A flat after a slash stays in the address.
    assert!(
        has("Deliver to: ul. Szeroka 12/4, 80-397 Gdańsk\n", "LOCATION", "ul. Szeroka 12/4, 80-397 Gdańsk"),
        "{:?}",
        found("Deliver to: ul. Szeroka 12/4, 80-397 Gdańsk\n")
    );
    // An Irish Eircode closes the address; a code of another shape does not.
    assert!(has("Current address: Flat 10, 93 Ollerton Road, Galway H91 D9K1\n", "LOCATION", "Flat 10, 93 Ollerton Road, Galway H91 D9K1"));
    assert!(!has("Current address: Flat 10, 93 Ollerton Road, Galway H91 DK\n", "LOCATION", "Flat 10, 93 Ollerton Road, Galway H91 DK"));
}

#[test]
fn city_and_state_code_are_one_span() {
    assert!(has("She is based in Atlanta, GA and travels often.", "LOCATION", "Atlanta, GA"));
}

#[test]
fn known_places_with_context_are_locations() {
    assert!(has("Lives with spouse in Leeds.", "LOCATION", "Leeds"));
    // A place label's value ends at the place, not at the noun of what stands there.
    assert!(has("Incident no. 12   Site: Leeds depot\n", "LOCATION", "Leeds"));
    // Negative: with a house number the lower-case words are the street's.
    assert!(has("Site: 12 rue de la Paix\n", "LOCATION", "12 rue de la Paix"));
    assert!(has("Country of residence: Tanzania", "LOCATION", "Tanzania"));
    assert!(has("The Salt Lake City office is closed.", "LOCATION", "Salt Lake City"));
    // A place of several words known whole is the place, not a name with a particle.
    assert!(has("Los trenes con destino a Alcalá de Henares saldrán desde la vía 4.", "LOCATION", "Alcalá de Henares"));
    assert!(has("Los trenes con destino a Alcalá de Henares saldrán.\nAtentamente, Jan de Vries", "PERSON", "Jan de Vries"));
}

#[test]
fn firms_of_the_other_languages_keep_their_joining_words_and_forms() {
    let orgs = |text: &str| values_of(text, "ORGANIZATION");
    for (text, want) in [
        ("Trabajo en Talleres Hermanos de la Fuente S.L. desde 2019.", "Talleres Hermanos de la Fuente S.L."),
        ("La factura de Distribuciones Levante y Asociados, S.A. está pendiente.", "Distribuciones Levante y Asociados, S.A."),
        ("Firmado por Construcciones del Ebro SLU ayer.", "Construcciones del Ebro SLU"),
        ("Pedido enviado por García & Cía. S.L. ayer.", "García & Cía. S.L."),
        ("Contrato con Krestel Servicios S.L.U. firmado ayer.", "Krestel Servicios S.L.U."),
        ("Cliente: DALVENNE SERVICIOS S.A.", "DALVENNE SERVICIOS S.A."),
    ] {
        assert!(orgs(text).iter().any(|o| o == want), "{text}: {:?}", orgs(text));
    }
    // Negatives: a lower-case word before the joiner, and a plural address, stay outside.
    assert!(orgs("La factura de Distribuciones Levante S.A. llegó.").iter().all(|o| !o.contains("factura")));
    assert!(orgs("Senhores da Krestel Ltda.,\nInformamos que").iter().all(|o| !o.contains("Senhores")));
    assert!(people("Cliente: DALVENNE SERVICIOS S.A.").is_empty());
    // A head word of one language opens a firm under a person's label in that language.
    let lex = || Lexicon::from_rows(WORDS, PLACES);
    let italian = found_in_language(lex(), Language::Italian, &[], "Cliente: Caseificio Sociale Prato Alto\n");
    assert_eq!(italian, [("ORGANIZATION".to_owned(), "Caseificio Sociale Prato Alto".to_owned())]);
    // Negative: the same words in English are no firm's head.
    let english = found_in_language(lex(), Language::English, &[], "Cliente: Caseificio Sociale Prato Alto\n");
    assert!(english.iter().all(|(t, _)| t != "ORGANIZATION"), "{english:?}");
}

#[test]
fn a_saint_s_name_and_a_dutch_greeting_are_no_persons() {
    let p = people("Il funerale si terrà nella chiesa di San Rocco alle 15.");
    assert!(!p.iter().any(|p| p.contains("Rocco")), "{p:?}");
    assert!(!people("Lieve vrienden,\nde uitvaart is donderdag.").iter().any(|p| p == "Lieve"));
    // Negative: the same name without the saint is a person.
    assert!(people("Il funerale di Rocco Giardini si terrà alle 15.").iter().any(|p| p.contains("Rocco")));
}

#[test]
fn organisations_keep_their_legal_suffix() {
    assert!(has("This Agreement is made between Robinson Inc, with offices at", "ORGANIZATION", "Robinson Inc"));
    assert!(has("Regards,\nAnna\nNorthbridge Software Corp.", "ORGANIZATION", "Northbridge Software Corp."));
    assert!(has("Employer: Kowalski GmbH & Co. KG", "ORGANIZATION", "Kowalski GmbH & Co. KG"));
    // Forms written in lower case, and a short form in mixed case.
    assert!(
        has("We received an offer from Zentrixa Kowalski bv today.", "ORGANIZATION", "Zentrixa Kowalski bv"),
        "{:?}",
        found("We received an offer from Zentrixa Kowalski bv today.")
    );
    assert!(has("Vermieter: Wohnbau Zentrixa eG\n", "ORGANIZATION", "Wohnbau Zentrixa eG"));
    // The abbreviated brothers that open a family firm.
    assert!(has("Angebot von Gebr. Zentrixa Holzbau GmbH erhalten.", "ORGANIZATION", "Gebr. Zentrixa Holzbau GmbH"));
    assert!(
        has("Ente: Trasporti F.lli Zentrixa S.n.c. - sede", "ORGANIZATION", "Trasporti F.lli Zentrixa S.n.c."),
        "{:?}",
        found("Ente: Trasporti F.lli Zentrixa S.n.c. - sede")
    );
    // Negative: a lower-case form that is a word, and `e.g.`.
    assert!(!has("Kowalski spa was nice.", "ORGANIZATION", "Kowalski spa"));
    assert!(values_of("Use Zentrixa e.g. for tests.", "ORGANIZATION").is_empty());
}

#[test]
fn schools_research_centres_and_clubs_named_after_a_town_are_organisations() {
    for org in ["Norvane Polytechnic", "Tidewell Research Centre", "Leeds Rovers", "Zentrixa Athletic"] {
        let text = format!("Badge: Ngozi\n{org}\nresult 2-1 today\n");
        assert!(has(&text, "ORGANIZATION", org), "{org}: {:?}", found(&text));
    }
    // Negative: common words before the head make no organisation.
    assert!(!found("We did some customer research today.\n").iter().any(|(t, _)| *t == "ORGANIZATION"));
}

#[test]
fn a_person_before_of_stays_outside_the_organisation() {
    let f = found("Host Anna talks to Dmitri Sokolov of Kowalski GmbH about vaccines.");
    assert!(f.iter().any(|(t, x)| *t == "ORGANIZATION" && x == "Kowalski GmbH"), "{f:?}");
    assert!(!f.iter().any(|(t, x)| *t == "ORGANIZATION" && x.contains("Sokolov")), "{f:?}");
    // Negative: an organisation's head word before `of` stays part of it.
    assert!(has("We bank with the Bank of Kowalski Ltd now.", "ORGANIZATION", "Bank of Kowalski Ltd"));
}

#[test]
fn signature_company_after_a_job_title_is_an_organisation() {
    let f = found("Cheers,\nAnna Garcia\nOffice Manager, Carr, Wood and Goodwin\n");
    assert!(f.contains(&("PERSON", "Anna Garcia".into())), "{f:?}");
    assert!(f.contains(&("ORGANIZATION", "Carr, Wood and Goodwin".into())), "{f:?}");
}

#[test]
fn salutations_find_names_that_are_also_words() {
    assert!(has("Dear Long,\n\nPlease find our details below.", "PERSON", "Long"));
    assert!(has("Hi Maria, thanks for the call.", "PERSON", "Maria"));
    assert!(!found("Dear Customer,\nYour order shipped.").iter().any(|(t, _)| *t == "PERSON"));
}

#[test]
fn common_words_used_as_words_stay() {
    for text in [
        "We will follow up next week.",
        "Meet me in the rose garden.",
        "The jacket comes in hunter green.",
        "Please bill the client directly.",
        "Colours: Hunter Green, Rose Gold.",
        "Will reassess at the next visit.",
    ] {
        assert!(found(text).is_empty(), "{text}: {:?}", found(text));
    }
}

#[test]
fn lowercase_names_in_chat_are_found() {
    let chat = "[09:24] visitor: hi its anna garcia i cant log in\n[09:26] samuel: sorry to hear that\n[09:27] visitor: ok\n[09:28] samuel: thanks\n";
    let f = found(chat);
    assert!(f.contains(&("PERSON", "anna garcia".into())), "{f:?}");
    assert_eq!(f.iter().filter(|(t, v)| *t == "PERSON" && v == "samuel").count(), 2, "{f:?}");
    assert!(!f.iter().any(|(_, v)| v == "visitor"));
}

#[test]
fn structured_fields_give_context() {
    assert!(has("{\"full_name\": \"Maria Kowalski\", \"plan\": \"pro\"}", "PERSON", "Maria Kowalski"));
    assert!(has("charge declined order=1 customer=\"Anna Garcia\"", "PERSON", "Anna Garcia"));
    // A user name under a person's key is whole (`li.wei`, not `li`).
    assert!(has("{\"assignee\": \"li.wei\", \"state\": \"open\"}", "PERSON", "li.wei"));
    // Negative: an address or a path under the key is no user name.
    assert!(!has("{\"assignee\": \"li.wei@example.org\"}", "PERSON", "li.wei"));
    // Nor a metric's dotted name under `name`.
    assert!(!found("{\"name\": \"queue.depth\", \"value\": 12}").iter().any(|(t, _)| *t == "PERSON"));
    let csv = "emp_id,employee,ssn\nE1,\"Garcia, Anna\",123\nE2,Joel Goodwin,456\n";
    assert!(has(csv, "PERSON", "Garcia, Anna"));
    assert!(has(csv, "PERSON", "Joel Goodwin"));
    // The document layer's field name: a lone unknown name in a `patient` column.
    assert_eq!(found_in("Oluwaseun Adeyemi", Some("patient")), vec![("PERSON", "Oluwaseun Adeyemi".to_owned())]);
}

#[test]
fn names_with_middle_initials_are_found_in_prose() {
    assert!(has("I'd like to introduce you to Maria K. Villanueva, who leads procurement.", "PERSON", "Maria K. Villanueva"));
    // Negative: a unit's letter after a degree sign is no initial.
    assert!(people("Store below 25 °C. Zentrixa fans stay cool.").iter().all(|p| !p.contains("C.")));
}

#[test]
fn no_names_inside_email_addresses_or_urls() {
    let f = found("Contact anna.garcia@example.com or https://example.com/Maria/Garcia for details.");
    assert!(f.is_empty(), "{f:?}");
}

#[test]
fn load_fails_clearly_without_the_model() {
    let dir = std::env::temp_dir().join(format!("pii-ner-missing-{}", std::process::id()));
    let err = NerRecognizer::load(&dir).expect_err("no model files there");
    let msg = err.to_string();
    assert!(msg.contains("scripts/fetch-models"), "{msg}");
    assert!(matches!(err, NerError::Missing { .. }));
}

#[test]
fn load_rejects_files_of_another_format_version() {
    let dir = std::env::temp_dir().join(format!("pii-ner-format-{}", std::process::id()));
    let sub = dir.join(MODEL_SUBDIR);
    std::fs::create_dir_all(&sub).expect("temp dir");
    std::fs::write(sub.join("MANIFEST.json"), "{\"format_version\": 999}").expect("write");
    let err = NerRecognizer::load(&dir).expect_err("wrong version");
    assert!(matches!(err, NerError::Format { .. }), "{err}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn recognizer_is_send_and_sync() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<NerRecognizer>();
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, .. ProptestConfig::default() })]

    #[test]
    fn analysis_never_panics_and_spans_land_on_char_boundaries(text in "\\PC{0,200}") {
        let r = recognizer();
        let mut out = Vec::new();
        r.analyze(&text, &SegmentContext::default(), &mut out);
        r.analyze(&text, &SegmentContext { field_name: Some("name"), ..Default::default() }, &mut out);
        for s in &out {
            prop_assert!(s.start < s.end && s.end <= text.len());
            prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        }
    }

    #[test]
    fn structured_looking_noise_never_panics(text in "([A-Z][a-z]{0,8}|[0-9]{1,6}|[,:;\"'()=\\n\\t #.-]|É|ß|😀| ){0,80}") {
        let r = recognizer();
        let mut out = Vec::new();
        r.analyze(&text, &SegmentContext::default(), &mut out);
        for s in &out {
            prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end) && s.start < s.end);
        }
    }
}

#[test]
fn names_in_scripts_without_case_are_found_where_the_context_says_so() {
    assert!(has("Name: 田中太郎\nDOB: 1980-01-01", "PERSON", "田中太郎"));
    assert!(has("Patient: Иван Петров\n", "PERSON", "Иван Петров"));
    assert!(!found("注文は発送されました。").iter().any(|(t, _)| *t == "PERSON"));
}

#[test]
fn diacritics_do_not_hide_census_names() {
    // `Kowalski` is in the lexicon; `Kowalská` folds to `kowalska`, which is not, but `Müller`-style
    // folding must still find ASCII spellings.
    assert!(has("Regards,\nAnna Kówalski\n", "PERSON", "Anna Kówalski"));
}

#[test]
fn verbs_that_are_names_at_a_sentence_start_stay() {
    assert!(found("Mark the invoice as paid.").is_empty());
}

#[test]
fn names_with_particles_and_unknown_names_in_prose_are_found() {
    assert!(has("Our contact there, Jan de Vries, apologised.", "PERSON", "Jan de Vries"));
    assert!(has("Yesterday Chukwuemeka Okonkwo approved the budget.", "PERSON", "Chukwuemeka Okonkwo"));
}

#[test]
fn form_labels_in_other_languages_give_context() {
    assert!(has("Nombre: Alejandro Gutiérrez\nCiudad: Valparaíso", "PERSON", "Alejandro Gutiérrez"));
    assert!(has("Nom : Dupont\nPrénom : Marie-Claire", "PERSON", "Dupont"));
    assert!(has("Nom : Dupont\nPrénom : Marie-Claire", "PERSON", "Marie-Claire"));
    assert!(has("Kontakt: Jürgen Müller, Hauptstraße 12", "PERSON", "Jürgen Müller"));
    assert!(has("Nazwisko: Wójcik\nImię: Paweł", "PERSON", "Wójcik"));
    assert!(has("Firma: Brandt Maschinenbau\n", "ORGANIZATION", "Brandt Maschinenbau"));
    // A lower-case value after a weak label is no name.
    assert!(!found("Kontakt: siehe oben").iter().any(|(t, _)| *t == "PERSON"));
}

#[test]
fn role_nouns_put_a_name_after_them() {
    assert!(has("Patient Nguyễn Văn An, DOB 12/03/1978, was seen.", "PERSON", "Nguyễn Văn An"));
    assert!(has("Pt. Maria Kowalski reports dizziness.", "PERSON", "Maria Kowalski"));
    // A receipt's operator line in capitals, when the name is one the lists know.
    assert!(has("Store 0767\nOPERATOR ANNA\nItem 3\n", "PERSON", "ANNA"));
    // Family members (`his sister Zentrixa`).
    assert!(has("Spoke to the client and his sister Zentrixa today.", "PERSON", "Zentrixa"));
    // Teachers and waiters of the other languages, also in commas after the article.
    assert!(has("Il maestro Zentrixa ha detto di portare il libro.", "PERSON", "Zentrixa"));
    assert!(has("El camarero, Zentrixa, muy atento.", "PERSON", "Zentrixa"));
    // Teachers of Portuguese (`o professor`).
    assert!(has("Beneficiou do apoio com o professor Wrubat.", "PERSON", "Wrubat"));
    // Negative: a specialist's title after the role is the job, not a name.
    for text in [
        "Patient Portal access was reset.",
        "Customer Service will call you back.",
        "Consultant Rheumatologist\n",
        "Nurse Radiographers on duty.",
        "My brother Customer Service agent called.",
        "PATIENT DETAILS\n",
        "OPERATOR ZENTRIXA\n",
        "El camarero, muy atento, nos trajo la carta.",
        "O professor de serviço confirma a visita.",
    ] {
        assert!(!found(text).iter().any(|(t, _)| *t == "PERSON"), "{text}: {:?}", found(text));
    }
}

#[test]
fn diacritics_do_not_turn_names_into_english_words() {
    // `Văn` folds to `van`, a particle and an English word; it stays a name word.
    let f = found("Patient Trần Văn Nguyễn was seen.");
    assert!(f.iter().any(|(t, v)| *t == "PERSON" && v.contains("Văn")), "{f:?}");
}

#[test]
fn family_name_first_names_are_found() {
    assert!(has("Park Ji-yeon joined the office.", "PERSON", "Park Ji-yeon"));
    // A day's short name after a Vietnamese middle name is the given name; not after another name.
    assert!(has("Bui Thi Thu joined the office.", "PERSON", "Bui Thi Thu"));
    assert!(!has("Park Ji-yeon Thu 14:00", "PERSON", "Park Ji-yeon Thu"));
    assert!(has("We met Le Thi Hoa yesterday.", "PERSON", "Le Thi Hoa"));
    assert!(!found("Park Avenue is closed.").iter().any(|(t, _)| *t == "PERSON"));
    // A surname as the second word is a brand or a place, not a given name.
    let lex = Lexicon::from_rows(WORDS, PLACES);
    let doc = Doc::new("The Park Hayes hotel is booked.", &lex);
    let mut c = Cands::default();
    crate::person::surname_first(&doc, &mut c);
    assert!(c.list.is_empty(), "{:?}", c.list);
}

#[test]
fn chat_handles_and_lowercase_chat_lines() {
    assert!(has("@lucas.oliveira thanks! ping raj when the deploy is done", "PERSON", "lucas.oliveira"));
    assert!(has("hey it's thanh huong, can u call me back", "PERSON", "thanh huong"));
    assert!(!found("@here please review").iter().any(|(t, _)| *t == "PERSON"));
    for text in ["can you ping the team when the deploy is done", "thanks everyone", "we will follow up"] {
        assert!(found(text).is_empty(), "{text}: {:?}", found(text));
    }
    // An e-mail address stays masked.
    assert!(found("mail lucas@example.com").is_empty());
}

#[test]
fn legal_forms_with_inner_dots_and_sentence_final_periods() {
    assert!(has("Your order from Zalando SE.", "ORGANIZATION", "Zalando SE"));
    assert!(has("It was built by Fincantieri S.p.A. in Monfalcone.", "ORGANIZATION", "Fincantieri S.p.A."));
    assert!(has("We signed with Vestas Wind Systems A/S.", "ORGANIZATION", "Vestas Wind Systems A/S"));
    assert!(has("The contract with Samsung Electronics Co., Ltd. was renewed.", "ORGANIZATION", "Samsung Electronics Co., Ltd."));
    assert!(has("Supplier: Kowalczyk Sp. z o.o.", "ORGANIZATION", "Kowalczyk Sp. z o.o."));
    assert!(has("We buy from Smurfit Kappa Group plc.", "ORGANIZATION", "Smurfit Kappa Group plc"));
    assert!(has("Owned by Groupe Renault S.A.S.", "ORGANIZATION", "Groupe Renault S.A.S."));
}

#[test]
fn runs_of_particles_stay_inside_names() {
    assert!(has("The award went to Juan Carlos de la Fuente.", "PERSON", "Juan Carlos de la Fuente"));
}

#[test]
fn salutations_in_other_languages() {
    assert!(has("Sehr geehrter Herr Hoffmann,\n\nanbei die Rechnung.", "PERSON", "Hoffmann"));
    // A thanks calls its addressee, anywhere in a message, an emoji closing the call.
    assert!(has("Merci Rocco ! et à demain", "PERSON", "Rocco"), "{:?}", found("Merci Rocco ! et à demain"));
    assert!(has("Super merci Rocco 🙏 et toi ?", "PERSON", "Rocco"), "{:?}", found("Super merci Rocco 🙏 et toi ?"));
    // A welcome back calls its addressee.
    assert!(has("Grande partita. Bentornato Rocco!", "PERSON", "Rocco"), "{:?}", found("Grande partita. Bentornato Rocco!"));
    // Negative: a thanks before a common word or a product calls nobody.
    assert!(people("Merci Google !").is_empty(), "{:?}", people("Merci Google !"));
    assert!(people("und danke Service, bis morgen.").is_empty(), "{:?}", people("und danke Service, bis morgen."));
}

#[test]
fn a_birthplace_before_a_description_is_a_place() {
    // `nato a X, residente in …` reads as a party described after a comma too: the birth slot wins.
    let text = "il Sig. Zentrixa Kowalski, nato a Wrubat Okonkwo, residente in Italia.";
    assert!(has(text, "LOCATION", "Wrubat Okonkwo"), "{:?}", found(text));
    // Negative: a party described after a comma stays a person.
    let text = "nomina Zentrixa Kowalski, residente in Italia.";
    assert!(has(text, "PERSON", "Zentrixa Kowalski"), "{:?}", found(text));
    // The birth word opening a line is no given name, though the lists hold it as one.
    let lex = Lexicon::from_rows(&[("nata", 2.0, 0.01, 0.0)], &[]);
    let f = found_in_language(lex, Language::Italian, &[], "Dati personali\n\nNata a Wrubat il 16 giugno 1965\n");
    assert!(!f.iter().any(|(t, v)| t == "PERSON" && v.contains("Nata")), "{f:?}");
}

#[test]
fn a_town_name_beside_a_name_is_part_of_a_person() {
    assert!(has("Dmitri Sokolov called the office.", "PERSON", "Dmitri Sokolov"), "{:?}", found("Dmitri Sokolov called the office."));
    assert!(has("Ngozi Okonkwo signed the form.", "PERSON", "Ngozi Okonkwo"), "{:?}", found("Ngozi Okonkwo signed the form."));
    // A second family name after the town belongs to the person too.
    let two = "Dmitri Sokolov Wrzenik signed the form.";
    assert!(has(two, "PERSON", "Dmitri Sokolov Wrzenik"), "{:?}", found(two));
    // Negative: a common word after them stays outside.
    assert!(has("Dmitri Sokolov called the office.", "PERSON", "Dmitri Sokolov"));
    // The same towns with nothing name-like beside them stay places.
    assert!(has("Offices in Leeds and Sokolov.", "LOCATION", "Sokolov"), "{:?}", found("Offices in Leeds and Sokolov."));
    assert!(has("Visit Sokolov in May.", "LOCATION", "Sokolov"), "{:?}", found("Visit Sokolov in May."));
    assert!(has("She moved to Ngozi.", "LOCATION", "Ngozi"), "{:?}", found("She moved to Ngozi."));
    // Two towns side by side are no person; nor is a town before a word English text often uses.
    assert!(!found("Leeds Sokolov").iter().any(|(t, _)| *t == "PERSON"), "{:?}", found("Leeds Sokolov"));
    assert!(!found("Vehicle: Toyota Corolla").iter().any(|(t, _)| *t == "PERSON"), "{:?}", found("Vehicle: Toyota Corolla"));
}

#[test]
fn last_first_in_a_mail_header_stops_at_the_address() {
    for text in ["From: \"Goodwin, Joel\" <jg@example.org>", "Cc: Goodwin, Joel <jg@example.org>"] {
        assert!(has(text, "PERSON", "Goodwin, Joel"), "{text}: {:?}", found(text));
    }
}

#[test]
fn a_town_named_like_a_greeting_needs_a_preposition() {
    assert!(!found("Hola equipo, gracias.").iter().any(|(t, _)| *t == "LOCATION"), "{:?}", found("Hola equipo, gracias."));
    assert!(has("She was born in Hola.", "LOCATION", "Hola"), "{:?}", found("She was born in Hola."));
}

#[test]
fn organisations_named_head_first_as_in_other_languages() {
    assert!(
        has("She works at Banco Santander now.", "ORGANIZATION", "Banco Santander"),
        "{:?}",
        found("She works at Banco Santander now.")
    );
    assert!(
        has("Transfer from Banque de France received.", "ORGANIZATION", "Banque de France"),
        "{:?}",
        found("Transfer from Banque de France received.")
    );
    assert!(!found("the banco is closed").iter().any(|(t, _)| *t == "ORGANIZATION"));
}

#[test]
fn other_mentions_of_a_found_name_take_possessives_initials_and_hyphen_parts() {
    let f = found("Name: Goodwin, Joel\n\nJoel's chart was sent to J. Goodwin and GOODWIN signed.");
    let persons: Vec<&str> = f.iter().filter(|(t, _)| *t == "PERSON").map(|(_, v)| v.as_str()).collect();
    // The possessive ending is not part of the name: `<PERSON>'s` once redacted.
    assert!(persons.contains(&"Joel") && !persons.contains(&"Joel's"), "{persons:?}");
    assert!(persons.contains(&"J. Goodwin"), "{persons:?}");
    assert!(persons.contains(&"GOODWIN"), "{persons:?}");
    let f = found("Name: Anna Smith-Hayes\n\nHayes will call back.");
    assert!(f.iter().any(|(t, v)| *t == "PERSON" && v == "Hayes"), "{f:?}");
    // Negative: a longer word holding the name, and an initial before some other word.
    let f = found("Name: Goodwin, Joel\n\nJoelle called, see e.g. Goodwin's notes; Goodwinton is a town.");
    assert!(!f.iter().any(|(_, v)| v.contains("Joelle") || v.contains("Goodwinton") || v.contains("g.")), "{f:?}");
    assert!(f.iter().any(|(t, v)| *t == "PERSON" && v == "Goodwin"), "{f:?}");
}

#[test]
fn prose_that_wraps_a_line_before_a_colon_is_not_chat() {
    let lex = Lexicon::from_rows(WORDS, PLACES);
    let prose = "The following keys are\nincluded:\n\n* one thing that is long enough\n* and the other one here\n\n\
                 See the docs at\nhttps://example.org/a for the list of all the\nsituations:\n\n* where it is used\n";
    assert!(!Doc::new(prose, &lex).lowercase_chat);
    let chat = "anna: can you ping the team\nsam: when the deploy is done\nanna: thanks everyone\n";
    assert!(Doc::new(chat, &lex).lowercase_chat);
}

#[test]
fn a_region_code_counts_only_in_upper_case() {
    assert!(has("She is based in Atlanta, GA and travels often.", "LOCATION", "Atlanta, GA"));
    // Lowercase chat, where lowercase words may be names: `, in` and `, or` stay words.
    let chat = "anna: the build uses the compiler, or the linker\nsam: ok and the standard, in the end it works\n\
                anna: thanks, me too\n";
    let f = found(chat);
    assert!(!f.iter().any(|(t, _)| *t == "LOCATION"), "{f:?}");
    // Lowercase, but before a ZIP code in an address: still part of the place.
    let chat = "anna: send it to 12 oak street, indianapolis, in 46140 please\nsam: ok will do\nanna: thanks\n";
    assert!(found(chat).iter().any(|(t, v)| *t == "LOCATION" && v.ends_with("in 46140")), "{:?}", found(chat));
}

#[test]
fn a_wrapped_prose_line_without_capitals_is_no_chat_line() {
    // `its` and `it is` introduce a name in a chat line, not in a sentence carried over a line break.
    let prose = "The tool reads each file, but the author is not\nfamiliar with its okonkwo, so we can not say more.\n";
    assert!(!found(prose).iter().any(|(t, _)| *t == "PERSON"), "{:?}", found(prose));
    assert!(has("hey its okonkwo, can you call me back", "PERSON", "okonkwo"));
}

#[test]
fn function_words_alone_are_never_a_person() {
    let lex = Lexicon::from_rows(WORDS, PLACES);
    let doc = Doc::new("The plan. In short: My notes.", &lex);
    for (a, b) in [(0, 1), (3, 4), (6, 7)] {
        assert!(only_function_words(&doc, &Cand { a, b, ent: Ent::Person, score: 0.9, rule: crate::cand::Rule::Unnamed }), "{a}..{b}");
    }
    // Negative: a name beside a function word, and a given name that is also a word (`Will`).
    let doc = Doc::new("The Goodwin plan, Will", &lex);
    assert!(!only_function_words(&doc, &Cand { a: 0, b: 2, ent: Ent::Person, score: 0.9, rule: crate::cand::Rule::Unnamed }));
    assert!(!only_function_words(&doc, &Cand { a: 4, b: 5, ent: Ent::Person, score: 0.9, rule: crate::cand::Rule::Unnamed }));
}

#[test]
fn hyphenated_code_words_are_no_organisation() {
    // `Smith-Lynch` alone reads as a firm; `Set-Alias` in backticks and `Reset-ForegroundColor` are code.
    assert!(has("We retained Smith-Lynch for the audit.", "ORGANIZATION", "Smith-Lynch"));
    // A one-letter part (`E-Mail`, `X-Ray`) is no family name, and a label (`Rechnungs-Nr:`) no firm.
    for text in [
        "Including the `Set-Alias` line helps.",
        "Call Reset-ForegroundColor when done.",
        "Telefon: 0151 13496091\nE-Mail: petra@example.de",
        "Book an X-Ray today.",
        "Kunden-Nr: 4471",
    ] {
        assert!(!found(text).iter().any(|(t, _)| *t == "ORGANIZATION"), "{text}: {:?}", found(text));
    }
}

#[test]
fn an_accented_name_that_is_also_a_place_keeps_its_name_lists() {
    // `garcía` is in the gazetteer, `garcia` in the name lists: the two halves are joined.
    assert!(
        has("The report was reviewed by María García last week.", "PERSON", "María García"),
        "{:?}",
        found("The report was reviewed by María García last week.")
    );
    // Negative: the place alone, after a place preposition, stays a place.
    assert!(!found("We flew to García in May.").iter().any(|(t, _)| *t == "PERSON"));
}

#[test]
fn a_possessive_is_looked_up_as_its_word() {
    let lex = Lexicon::from_rows(WORDS, PLACES);
    let doc = Doc::new("Smith's plan and the team’s plan, but zzyzx's", &lex);
    assert!(doc.toks[0].info.is_some_and(|w| w.last > 0.0));
    assert!(doc.toks[4].info.is_some_and(|w| w.zipf > 5.0), "{:?}", doc.toks[4].lower);
    // Negative: an unknown word stays unknown with or without its `'s`.
    assert!(doc.toks[8].info.is_none(), "{:?}", doc.toks[8].lower);
}

mod addresses;
mod credits;
mod explain;
mod generalize;
mod layouts;
mod positions;
mod readmes;
mod records;
mod slots;
mod titles;

#[test]
fn a_weak_full_name_of_words_english_never_uses_spreads() {
    let lex = Lexicon::from_rows(WORDS, PLACES);
    let mentions = |text: &str| {
        let doc = Doc::new(text, &lex);
        let lower = vocabulary::lower_words(&doc);
        // The network's weak guess on the first two words.
        let mut kept = vec![Cand { a: 0, b: 2, ent: Ent::Person, score: 0.45, rule: Rule::Network }];
        propagate(&doc, &mut kept, &[], &lower, true);
        kept.iter().filter(|c| c.rule == Rule::RepeatedPerson).map(|c| doc.tok_text(c.a).to_owned()).collect::<Vec<_>>()
    };
    assert_eq!(mentions("Lidya Negash opened the scoring. Negash then sealed it."), ["Negash"]);
    // Negative: a weak guess with a word English uses (`Goodwin`) does not spread.
    assert!(mentions("Goodwin Negash opened the scoring. Negash then sealed it.").is_empty());
}

#[test]
fn a_town_that_lost_to_a_winner_dropped_since_comes_back_unless_it_is_a_word() {
    use crate::cand::{Cand, Rule};
    let lex = Lexicon::from_rows(&[], &[("Colmar", PlaceKind::City, 65_405), ("Centro", PlaceKind::City, 300_000)]);
    let mut r = NerRecognizer::for_tests(lex);
    r.common = common::CommonWords::from_words_zipf(Language::French, &[("mairie", 4.5), ("de", 7.0), ("colmar", 3.6), ("centro", 5.4)]);
    let back = |text: &str| {
        let doc = Doc::new(text, &r.lex).in_language(Language::French);
        let town = Cand { a: 2, b: 3, ent: Ent::Location, score: 0.7, rule: Rule::Gazetteer };
        let mut kept = Vec::new();
        r.readmit(&doc, &mut kept, vec![town], Language::French);
        kept.len()
    };
    assert_eq!(back("Mairie de Colmar"), 1);
    // Negative: a town spelled as a frequent word of the language stays out.
    assert_eq!(back("Mairie de Centro"), 0);
    // Negative: a town still covered by a kept candidate stays out.
    let doc = Doc::new("Mairie de Colmar", &r.lex).in_language(Language::French);
    let mut kept = vec![Cand { a: 0, b: 3, ent: Ent::Org, score: 0.8, rule: Rule::Gazetteer }];
    r.readmit(&doc, &mut kept, vec![Cand { a: 2, b: 3, ent: Ent::Location, score: 0.7, rule: Rule::Gazetteer }], Language::French);
    assert_eq!(kept.len(), 1);
}

/// `(type, text)` of every span found in `text` read as a segment in `language`, with `words` as
/// that language's word list.
fn found_in_language(lex: Lexicon, language: Language, words: &[(&str, f32)], text: &str) -> Vec<(String, String)> {
    let mut r = NerRecognizer::for_tests(lex);
    r.common = common::CommonWords::from_words_zipf(language, words);
    let mut out = Vec::new();
    r.analyze(text, &SegmentContext { language: Some(language), ..Default::default() }, &mut out);
    out.iter().map(|s| (s.entity_type.as_str().to_owned(), text[s.start..s.end].to_owned())).collect()
}

#[test]
fn a_town_beside_a_word_of_the_language_is_the_town_or_the_word_not_a_person() {
    let words = [("polizei", 4.6), ("inspektion", 3.6), ("lengua", 5.0), ("castellana", 3.74), ("y", 7.0)];
    let found = |text: &str| {
        let lex = Lexicon::from_rows(&[], &[("Wismar", PlaceKind::City, 42_000), ("Castellana", PlaceKind::City, 16_919)]);
        found_in_language(lex, Language::German, &words, text)
    };
    assert_eq!(found("Polizeiinspektion Wismar – Vorgang 12\n"), [("LOCATION".to_owned(), "Wismar".to_owned())]);
    // A town of 42,000 people stays the town though its name is as frequent as the language's words.
    let rosenheim = |text: &str| {
        let lex = Lexicon::from_rows(&[], &[("Wismar", PlaceKind::City, 42_000)]);
        found_in_language(lex, Language::German, &[("standort", 4.6), ("wismar", 3.7), ("am", 7.0)], text)
    };
    assert_eq!(rosenheim("Sie arbeitet am Standort Wismar.\n"), [("LOCATION".to_owned(), "Wismar".to_owned())]);
    assert!(found("Lengua Castellana\n").is_empty());
    // A city as large as Dortmund is written as often as a frequent word; only a word more frequent
    // still (`Essen`, eating) is read as the word.
    let city = |name: &str, zipf: f32, text: &str| {
        let lex = Lexicon::from_rows(&[], &[(name, PlaceKind::City, 588_000)]);
        found_in_language(
            lex,
            Language::German,
            &[("polizei", 4.6), ("inspektion", 3.6), (&name.to_lowercase(), zipf), ("gutes", 5.0)],
            text,
        )
    };
    assert_eq!(city("Dortmund", 4.68, "Polizeiinspektion Dortmund – Vorgang 12\n"), [("LOCATION".to_owned(), "Dortmund".to_owned())]);
    assert!(city("Essen", 5.33, "Gutes Essen\n").is_empty());
    // Negative: a word no list knows beside the town is a name with it.
    assert_eq!(found("Es kam Ngozi Wismar herein.\n"), [("PERSON".to_owned(), "Ngozi Wismar".to_owned())]);
}

#[test]
fn an_echoed_lower_case_speaker_survives_the_language_s_word_filter() {
    let words = [("ton", 4.6), ("van", 7.0), ("de", 7.5), ("zoon", 4.8), ("ik", 7.0)];
    let people = |text: &str| {
        let found = found_in_language(Lexicon::from_rows(WORDS, PLACES), Language::Dutch, &words, text);
        found.into_iter().filter(|(t, _)| t == "PERSON").map(|(_, v)| v).collect::<Vec<_>>()
    };
    let chat = "[08:10] Ria: wie neemt de ballen mee?\n[08:11] ton: ik heb het al gedaan\n[08:12] Ria: neem jij de zoon van Ton mee?\n";
    assert!(people(chat).iter().any(|p| p == "ton"), "{:?}", people(chat));
    // Negative: never written capitalised inside a sentence, the word stays a word.
    let chat = "[08:10] Ria: wie neemt de ballen mee?\n[08:11] ton: ik heb het al gedaan\n[08:12] Ria: goed zo\n";
    assert!(!people(chat).iter().any(|p| p == "ton"), "{:?}", people(chat));
}

/// Persons found in `text` read as a German segment, with `words` as the German word list.
fn german_people(text: &str, words: &[(&str, f32)]) -> Vec<String> {
    found_in_language(Lexicon::from_rows(WORDS, PLACES), Language::German, words, text)
        .into_iter()
        .filter(|(t, _)| t == "PERSON")
        .map(|(_, v)| v)
        .collect()
}

#[test]
fn german_letters_signs_and_ranks_stay_outside_names() {
    let words = [("ist", 7.0), ("und", 7.0), ("ich", 7.0), ("mein", 6.0), ("mann", 5.0)];
    // `i. A.` signs on behalf; `POK` is a police rank; `lt.` is `laut`.
    let signed = german_people("Ihre Hausverwaltung\ni. A. Zentrixa Kowalski, Objektbetreuung\n", &words);
    assert!(signed.iter().any(|p| p == "Zentrixa Kowalski") && !signed.iter().any(|p| p.starts_with("A.")), "{signed:?}");
    assert_eq!(german_people("Sachbearbeiter: POK M. Kowalski\n", &words), ["M. Kowalski"]);
    assert!(german_people("Zusatzbeitrag lt. Satzung\n", &words).is_empty());
    // A noun after a possessive opens no name.
    assert_eq!(german_people("Mein Mann Zentrixa und ich suchen eine Wohnung.\n", &words), ["Zentrixa"]);
    // Negative: `M.` before a family name is an initial in German, and a title stays a title.
    assert_eq!(german_people("Punkte: M. Kowalski (2), F. Zentrixa (2)\n", &words), ["M. Kowalski", "F. Zentrixa"]);
    assert_eq!(german_people("Vertragsarzt: Dr. Kowalski\n", &words), ["Kowalski"]);
}

#[test]
fn a_german_noun_by_its_ending_is_no_unknown_name() {
    let words = [("als", 7.0), ("in", 7.0), ("der", 7.5)];
    assert!(german_people("Bewerbung als Sachbearbeiterin Finanzbuchhaltung – Kennziffer 12\n", &words).is_empty());
    // Also where a particle between the words made the run look like `Given zu Family`.
    let words = [("als", 7.0), ("in", 7.0), ("der", 7.5), ("zu", 7.0), ("wichtige", 4.6)];
    assert!(german_people("Wichtige Sicherheitsinformation zu Wasserkochern\n\nBitte lesen.\n", &words).is_empty());
    // Negative: names no list knows without such an ending.
    assert_eq!(german_people("Es kam Zentrixa Okonkwo herein.\n", &words), ["Zentrixa Okonkwo"]);
}

#[test]
fn a_found_given_name_with_a_german_genitive_s_is_a_mention() {
    let text = "Von: Flurina Hinterberger\n\nLaut Flurinas Mail liegt sie im Plan.";
    let people = |language: Language| {
        let lex = Lexicon::from_rows(&[("flurina", 1.0, 0.01, 0.0), ("hinterberger", 1.0, 0.0, 0.01), ("mail", 4.5, 0.0, 0.0)], &[]);
        let found = found_in_language(lex, language, &[("mail", 4.5), ("laut", 5.0)], text);
        found.into_iter().filter(|(t, _)| t == "PERSON").map(|(_, v)| v).collect::<Vec<_>>()
    };
    assert!(people(Language::German).iter().any(|v| v == "Flurinas"), "{:?}", people(Language::German));
    // Negative: English writes the genitive with an apostrophe; a bare `s` makes another word.
    assert!(!people(Language::English).iter().any(|v| v == "Flurinas"), "{:?}", people(Language::English));
}

#[test]
fn a_small_town_after_the_language_s_of_is_the_town() {
    let lex = Lexicon::from_rows(&[("marco", 3.0, 0.3, 0.0)], &[("Cefalù", PlaceKind::City, 11_613), ("Marco", PlaceKind::City, 12_000)]);
    let found = found_in_language(
        lex,
        Language::Italian,
        &[("comando", 4.2), ("stazione", 4.5), ("carabinieri", 4.0), ("di", 7.5), ("figlio", 4.6)],
        "Comando Stazione Carabinieri di Cefalù\nÈ il figlio di Marco.\n",
    );
    assert!(found.contains(&("LOCATION".to_owned(), "Cefalù".to_owned())), "{found:?}");
    // Negative: a town that is also a given name, after `di`, is the person's.
    assert!(!found.contains(&("LOCATION".to_owned(), "Marco".to_owned())), "{found:?}");
    // Nor is a town spelled as a word of the language after `de` (`Unidade de Saúde`).
    let lex = Lexicon::from_rows(&[], &[("Saúde", PlaceKind::City, 12_000)]);
    let found = found_in_language(lex, Language::Portuguese, &[("unidade", 4.6), ("de", 7.5), ("saúde", 5.3)], "Unidade de Saúde\n");
    assert!(!found.iter().any(|(t, _)| t == "LOCATION"), "{found:?}");
}

#[test]
fn a_dutch_town_named_with_the_old_genitive_article_is_found() {
    let lex = Lexicon::from_rows(&[], &[("'s-Hertogenbosch", PlaceKind::City, 160_783)]);
    let found = found_in_language(
        lex,
        Language::Dutch,
        &[("wij", 6.5), ("wonen", 5.0), ("in", 7.5)],
        "Wij wonen in 's-Hertogenbosch sinds 2020.\n",
    );
    assert!(found.iter().any(|(t, v)| t == "LOCATION" && v == "'s-Hertogenbosch"), "{found:?}");
    // Negative: the same word without the town's capital is no town.
    let lex = Lexicon::from_rows(&[], &[("'s-Hertogenbosch", PlaceKind::City, 160_783)]);
    let found = found_in_language(lex, Language::Dutch, &[("wij", 6.5)], "wij zien s-hertogenbosch niet.\n");
    assert!(!found.iter().any(|(t, _)| t == "LOCATION"), "{found:?}");
}

#[test]
fn a_confident_persons_handle_in_lower_case_keeps_their_capitalised_signature() {
    let text = "Assegnato a: Erion Bouzidi\n--- Nota interna (erion, 07:35) ---\nverificato.\n\nCi scusiamo per il disagio.\nErion – Assistenza Clienti Edilnova Costruzioni S.r.l.\n";
    let lex = Lexicon::from_rows(&[("erion", 0.0, 0.015, 0.0), ("bouzidi", 0.0, 0.0, 0.001)], &[]);
    let found = found_in_language(lex, Language::Italian, &[("di", 7.5)], text);
    let signature = text.rfind("Erion").expect("test input");
    let people: Vec<&String> = found.iter().filter(|(t, _)| t == "PERSON").map(|(_, v)| v).collect();
    assert!(people.iter().filter(|v| v.as_str() == "Erion").count() == 1, "{found:?} (signature at {signature})");
    // And the label's full name is found as before.
    assert!(people.iter().any(|v| v.as_str() == "Erion Bouzidi"), "{found:?}");
}

#[test]
fn a_column_beside_the_visitors_holds_departments_in_the_language_s_words() {
    let text = "| Nome | Visita a |\n|---|---|\n| Zentrixa Kowalski | Armazém |\n| Wrubat Nowak | Eng.ª Zentrixa Wrubat |\n| Ngozi Okafor | Direção |\n";
    let found = found_in_language(
        Lexicon::from_rows(WORDS, PLACES),
        Language::Portuguese,
        &[("armazém", 4.2), ("direção", 4.6), ("nome", 5.5), ("visita", 4.8), ("a", 7.0)],
        text,
    );
    let people: Vec<&str> = found.iter().filter(|(t, _)| t == "PERSON").map(|(_, v)| v.as_str()).collect();
    assert!(!people.contains(&"Armazém") && !people.contains(&"Direção"), "{people:?}");
    // Negative: the names in the same table stay found.
    assert!(people.contains(&"Zentrixa Kowalski") && people.contains(&"Zentrixa Wrubat"), "{people:?}");
}

#[test]
fn an_inverted_name_whose_family_name_ends_like_a_house_is_a_person() {
    let found =
        |text: &str| found_in_language(Lexicon::from_rows(WORDS, PLACES), Language::Dutch, &[("naam", 5.0), ("voornaam", 4.0)], text);
    let f = found("Naam en voornaam : Kamphuis, Zentrixa\n");
    assert!(f.iter().any(|(t, v)| t == "PERSON" && v == "Kamphuis, Zentrixa"), "{f:?}");
    // Negative: the same ending opening a firm's name under a person's label.
    let f = found("Naam : Gezondheidscentrum Wrubat\n");
    assert!(!f.iter().any(|(t, _)| t == "PERSON"), "{f:?}");
}
