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
