//! Prints the raw candidates for a text read from stdin (developer tool for the rules), or with
//! `focus` as argument the ranges where the network would run, with `words LANG` what the
//! word lists say of each word, with `final LANG` the recognizer's spans and their rules.

use std::io::Read;

use pii_core::engine::{Recognizer, SegmentContext};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let ner = pii_ner::NerRecognizer::load(&pii_ner::models_dir_from_env())?;
    let mut text = String::new();
    std::io::stdin().read_to_string(&mut text)?;
    if std::env::args().nth(1).is_some_and(|a| a == "words") {
        let language =
            std::env::args().nth(2).and_then(|c| pii_core::lang::Language::parse(&c).ok()).unwrap_or(pii_core::lang::Language::English);
        for w in text.split_whitespace() {
            println!("{w}: {}", ner.debug_word(w, language));
        }
        return Ok(());
    }
    if std::env::args().nth(1).is_some_and(|a| a == "focus") {
        let mut n = 0;
        for doc in text.split("\n\n") {
            let language = pii_core::lang::identify(doc).map_or(pii_core::lang::Language::English, |i| i.language);
            for (s, e) in ner.debug_focus(doc, language) {
                n += 1;
                println!("{:?}", &doc[s..e]);
            }
        }
        eprintln!("{n} focus ranges");
        return Ok(());
    }
    // `cands LANG`: every rule's candidates with the text read in LANG.
    let language = std::env::args().nth(2).and_then(|c| pii_core::lang::Language::parse(&c).ok());
    // `final LANG`: what the recognizer reports, as the engine receives it.
    if std::env::args().nth(1).is_some_and(|a| a == "final") {
        let mut spans = Vec::new();
        ner.analyze(&text, &SegmentContext { language, ..SegmentContext::default() }, &mut spans);
        for s in spans {
            println!("{:13} {:.2} {:?}", s.entity_type.as_str(), s.score, &text[s.start..s.end]);
        }
        return Ok(());
    }
    for (s, e, ty, score, masked, rule) in ner.debug_candidates(&text, &SegmentContext { language, ..SegmentContext::default() }) {
        println!("{ty:13} {score:.2} {masked:5} {rule:16} {:?}", &text[s..e]);
    }
    Ok(())
}
