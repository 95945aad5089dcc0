//! A word the network took for a place or an organisation, coordinated with a person (`Ifeoma and
//! Tariq`), is a person when no list knows the word (`retype::coordinated`); a known place in the
//! same position stays a place. Uses the real models folder (`PII_REDACTOR_MODELS_DIR`, else
//! `models/` at the workspace root); without it the test says so and passes.
#![allow(clippy::unwrap_used, reason = "test code fails loudly on purpose; its helpers unwrap like its tests")]

mod common;

use pii_core::EntityType;
use pii_core::lang::LanguageChoice;

#[test]
fn an_unknown_word_coordinated_with_a_person_is_a_person_and_a_known_place_stays_one() {
    let Some(a) = common::analyzer(LanguageChoice::Auto) else { return };
    let text = "Congratulations to Year 5. Special mention goes to Ifeoma and Tariq for their volcano.";
    let persons = common::values(&a, text, &EntityType::PERSON);
    assert!(persons.contains(&"Ifeoma".to_owned()) && persons.contains(&"Tariq".to_owned()), "{persons:?}");
    let text = "Last spring we flew to Lisbon and Tariq met us at the airport.";
    assert_eq!(common::values(&a, text, &EntityType::LOCATION), vec!["Lisbon".to_owned()]);
}

#[test]
fn a_given_name_english_writes_now_and_then_is_a_person_beside_one() {
    let Some(a) = common::analyzer(LanguageChoice::Auto) else { return };
    // `Ahmed` is a given name, also frequent in English text and the first word of a town's name.
    let text = "Dank aan Sanne en Ahmed voor de organisatie van het teamuitje naar Texel vorige week vrijdag.";
    let persons = common::values(&a, text, &EntityType::PERSON);
    assert!(persons.contains(&"Ahmed".to_owned()), "{persons:?}");
    // A common word of English in the same place stays a word.
    let text = "Thanks to Sanne and Will for the help, the plan will work.";
    assert!(!common::values(&a, text, &EntityType::PERSON).contains(&"Will".to_owned()));
}
