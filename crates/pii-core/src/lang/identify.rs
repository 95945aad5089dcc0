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

#[cfg(test)]
mod tests {
    use super::*;

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
