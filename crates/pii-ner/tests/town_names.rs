//! Towns that GeoNames lists under a longer official name are found under the name people write:
//! `Kempten` for `Kempten (Allgäu)`, `Greifswald` for `Universitäts- und Hansestadt Greifswald`
//! (`tools/convert_models.py`, `everyday_names`). Uses the real models folder
//! (`PII_REDACTOR_MODELS_DIR`, else `models/` at the workspace root); without it the test says so
//! and passes, like the other scored tests.
#![allow(clippy::unwrap_used, reason = "test code fails loudly on purpose; its helpers unwrap like its tests")]

mod common;

use pii_core::EntityType;
use pii_core::lang::LanguageChoice;

#[test]
fn a_town_is_found_under_its_everyday_name() {
    let Some(a) = common::analyzer(LanguageChoice::Auto) else { return };
    for (text, town) in [
        ("Wir bieten Ihnen folgendes Angebot für das Bauvorhaben in Greifswald an.", "Greifswald"),
        ("Die Trauerfeier findet am Freitag um 14 Uhr in der Friedhofskapelle in Kempten statt.", "Kempten"),
        ("Der Umzug von Schwedt nach Berlin ist für März geplant.", "Schwedt"),
    ] {
        assert!(common::values(&a, text, &EntityType::LOCATION).contains(&town.to_owned()), "{town} in {text:?}");
    }
}

#[test]
fn a_district_named_by_its_number_gives_no_word_a_place() {
    let Some(a) = common::analyzer(LanguageChoice::Auto) else { return };
    // `Seen (Kreis 3)` is a district of Winterthur: its name alone is the English word.
    let text = "Seen by the duty doctor this morning; the wound is healing well.";
    assert!(common::values(&a, text, &EntityType::LOCATION).is_empty());
}

#[test]
fn a_country_is_found_as_each_language_writes_it() {
    let Some(a) = common::analyzer(LanguageChoice::Auto) else { return };
    for (text, country) in [
        ("Zarnow Co., Ltd., Groningen, Netherlands", "Netherlands"),
        ("Wir leben seit 2010 in Deutschland und arbeiten in Bonn.", "Deutschland"),
        ("Vivo en España desde 2010 con mi familia.", "España"),
        ("Abbiamo vissuto in Italia per dieci anni.", "Italia"),
        ("Moro no Brasil desde 2010 com a minha família.", "Brasil"),
    ] {
        let places = common::values(&a, text, &EntityType::LOCATION);
        assert!(places.iter().any(|p| p.ends_with(country)), "{country} in {text:?}: {places:?}");
    }
    // Negative: a country's name in one language that is a given name in the lists stays a name
    // (`Dominique` is Dominica in French).
    let text = "Dominique a appelé ce matin pour confirmer le rendez-vous.";
    assert!(!common::values(&a, text, &EntityType::LOCATION).contains(&"Dominique".to_owned()));
}
