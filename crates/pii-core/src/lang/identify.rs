//! Guessing the language of a text among the seven the engine supports.
//!
//! Why a closed list: the engine has words and models for seven languages only, and a guess among
//! all of whatlang's 69 would often name a neighbour it has nothing for (Catalan for Spanish,
//! Afrikaans for Dutch); restricted to the seven, the nearest supported language wins. Why a
//! prefix only: trigram counting is linear in the text, and a document's first few kilobytes say
//! as much about its language as the whole of it, so a large document costs no more than a page.

use std::sync::OnceLock;

use whatlang::{Detector, Lang};

use super::Language;

/// Bytes of a text looked at (rounded down to a char boundary).
const SAMPLE_BYTES: usize = 4096;

/// A guess and how sure whatlang is of it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Identified {
    pub language: Language,
    /// whatlang's confidence, 0 to 1.
    pub confidence: f64,
    /// Letters in the sample: a guess from a dozen letters is a guess, not an identification.
    pub letters: usize,
}

/// The language of `text` among the supported seven, or `None` when it holds no letters of a
/// Latin script (numbers, codes, another script).
pub fn identify(text: &str) -> Option<Identified> {
    static DETECTOR: OnceLock<Detector> = OnceLock::new();
    let mut end = text.len().min(SAMPLE_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let sample = &text[..end];
    let letters = sample.chars().filter(|c| c.is_alphabetic()).count();
    if letters == 0 {
        return None;
    }
    if let Some(english) = plainly_english(sample, letters) {
        return Some(english);
    }
    let detector = DETECTOR
        .get_or_init(|| Detector::with_allowlist(vec![Lang::Eng, Lang::Fra, Lang::Deu, Lang::Spa, Lang::Ita, Lang::Nld, Lang::Por]));
    let info = detector.detect(sample)?;
    let language = match info.lang() {
        Lang::Eng => Language::English,
        Lang::Fra => Language::French,
        Lang::Deu => Language::German,
        Lang::Spa => Language::Spanish,
        Lang::Ita => Language::Italian,
        Lang::Nld => Language::Dutch,
        Lang::Por => Language::Portuguese,
        _ => return None,
    };
    Some(Identified { language, confidence: info.confidence(), letters })
}

/// English words that none of the six other languages writes as a word of its own.
const ENGLISH_ONLY: &[&str] = &[
    "the", "and", "to", "for", "with", "you", "your", "that", "this", "are", "be", "have", "has", "our", "it", "at", "by", "from",
    "please", "not", "if", "can", "been", "they", "their", "which", "would", "should", "there", "what", "when", "about",
];

/// A sample in ASCII where English-only words are at least a fifth of ten or more words: English
/// without asking whatlang, whose trigram count is most of the engine's cost on short English texts
/// (a few hundred bytes, identified one by one). Another language written without accents (Dutch,
/// Italian) does not use these words that often.
fn plainly_english(sample: &str, letters: usize) -> Option<Identified> {
    if !sample.is_ascii() {
        return None;
    }
    let (mut words, mut english) = (0usize, 0usize);
    for w in sample.split(|c: char| !c.is_ascii_alphabetic()).filter(|w| !w.is_empty()) {
        words += 1;
        if w.len() <= 6 && ENGLISH_ONLY.iter().any(|e| e.eq_ignore_ascii_case(w)) {
            english += 1;
        }
    }
    (words >= 10 && english * 5 >= words).then_some(Identified { language: Language::English, confidence: 1.0, letters })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_english_is_told_without_trigrams_and_other_languages_are_not() {
        let en = "Please find attached the invoice for last month and let me know if you have any questions.";
        assert_eq!(plainly_english(en, 80).map(|i| i.language), Some(Language::English));
        // Dutch and Italian without accents, and a short English line, go to whatlang.
        assert!(
            plainly_english("In de bijlage vindt u de factuur van vorige maand, neem gerust contact met ons op bij vragen.", 80).is_none()
        );
        assert!(
            plainly_english("In allegato trova la fattura del mese scorso, per qualsiasi domanda siamo a sua disposizione.", 80).is_none()
        );
        assert!(plainly_english("Thanks for the update", 18).is_none());
    }

    #[test]
    fn sentences_of_each_language_are_identified() {
        let cases = [
            ("Please find attached the invoice for last month and let me know if you have questions.", Language::English),
            ("Veuillez trouver ci-joint la facture du mois dernier et n'hésitez pas à me contacter.", Language::French),
            ("Anbei erhalten Sie Ihre Rechnung für den letzten Monat, bei Fragen stehen wir gerne zur Verfügung.", Language::German),
            ("Adjunto le envío la factura del mes pasado; no dude en ponerse en contacto con nosotros.", Language::Spanish),
            ("In allegato trova la fattura del mese scorso, per qualsiasi domanda siamo a sua disposizione.", Language::Italian),
            ("In de bijlage vindt u de factuur van vorige maand, neem gerust contact met ons op bij vragen.", Language::Dutch),
            ("Segue em anexo a fatura do mês passado, estamos à disposição para qualquer dúvida que tenha.", Language::Portuguese),
        ];
        for (text, want) in cases {
            assert_eq!(identify(text).map(|i| i.language), Some(want), "{want}");
        }
    }

    #[test]
    fn text_without_letters_has_no_language() {
        assert_eq!(identify("4111 1111 1111 1111 / 2024-03-01"), None);
        assert_eq!(identify(""), None);
    }

    #[test]
    fn only_a_prefix_is_read_and_it_ends_on_a_char_boundary() {
        // Past the sample, a different language changes nothing; `é` straddles the cut.
        let head = "é".repeat(SAMPLE_BYTES / 2 - 10) + " Veuillez trouver ci-joint la facture du mois dernier.";
        let text = head + &" the and of to is was for that with".repeat(500);
        let i = identify(&text).expect("letters");
        assert!(i.letters <= SAMPLE_BYTES);
    }
}
