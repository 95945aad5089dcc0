use super::*;
use crate::lexicon::PlaceKind;

fn lex() -> Lexicon {
    Lexicon::from_rows(
        &[
            ("tony", 4.64, 0.19, 0.0),
            ("julian", 3.99, 0.052, 0.004),
            ("smart", 4.83, 0.0, 0.011),
            ("hussain", 3.28, 0.0, 0.001),
        ],
        &[("Leeds", PlaceKind::City, 455_000)],
    )
}

#[test]
fn placeholder_lexicon_builds() {
    let _ = NerRecognizer::for_tests(lex());
}
