//! The language a segment is analysed in.
//!
//! Why inheritance: a cell (`Müller`), a subject line or a signature holds too few words for any
//! identification, and a guess from them is noise (`Rechnung 4711` reads as anything). Such a
//! segment belongs to its document, so it takes the document's language; only a segment long
//! enough and clearly identified may differ from it (a French column in an English CSV, an
//! English reply quoted in a German e-mail). A request that forces a language is obeyed
//! everywhere, and English stays the default when nothing is known, as the engine was before.

use super::{Identified, Language, LanguageChoice};

/// Letters a segment needs before its own identification is trusted over its document's.
pub const MIN_RELIABLE_CHARS: usize = 40;

/// whatlang's confidence below which a segment's guess is not trusted.
const MIN_CONFIDENCE: f64 = 0.5;

/// The language to analyse a segment in: the request's forced language, else the segment's own
/// when long and clear enough, else the document's, else the segment's own weak guess when the
/// document's is unknown and the guess is not hopeless, else English.
pub fn segment_language(choice: LanguageChoice, segment: Option<Identified>, document: Option<Language>) -> Language {
    if let LanguageChoice::Fixed(l) = choice {
        return l;
    }
    match (segment, document) {
        (Some(s), _) if s.letters >= MIN_RELIABLE_CHARS && s.confidence >= MIN_CONFIDENCE => s.language,
        (_, Some(d)) => d,
        (Some(s), None) if s.letters >= MIN_RELIABLE_CHARS / 2 && s.confidence >= MIN_CONFIDENCE => s.language,
        _ => Language::English,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn guess(language: Language, letters: usize, confidence: f64) -> Option<Identified> {
        Some(Identified { language, confidence, letters })
    }

    #[test]
    fn a_forced_language_wins_over_everything() {
        let l = segment_language(LanguageChoice::Fixed(Language::Dutch), guess(Language::French, 500, 1.0), Some(Language::German));
        assert_eq!(l, Language::Dutch);
    }

    #[test]
    fn a_long_clear_segment_keeps_its_own_language() {
        let l = segment_language(LanguageChoice::Auto, guess(Language::French, 120, 0.9), Some(Language::English));
        assert_eq!(l, Language::French);
    }

    #[test]
    fn a_short_or_unclear_segment_takes_its_documents_language() {
        let short = segment_language(LanguageChoice::Auto, guess(Language::Italian, 12, 1.0), Some(Language::German));
        assert_eq!(short, Language::German);
        let unclear = segment_language(LanguageChoice::Auto, guess(Language::Italian, 300, 0.1), Some(Language::German));
        assert_eq!(unclear, Language::German);
    }

    #[test]
    fn nothing_known_means_english() {
        assert_eq!(segment_language(LanguageChoice::Auto, None, None), Language::English);
        assert_eq!(segment_language(LanguageChoice::Auto, guess(Language::Spanish, 5, 1.0), None), Language::English);
        assert_eq!(segment_language(LanguageChoice::Auto, guess(Language::Spanish, 25, 0.9), None), Language::Spanish);
    }
}
