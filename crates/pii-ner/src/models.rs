//! Which statistical network reads a segment, by the segment's language.
//!
//! Why per language: the English network takes French and Spanish names for common words and
//! their sentence openings for names, while the French and Spanish pipelines read them as their
//! own. A language whose pipeline is published but not fetched on this machine gets no network
//! at all (the structural rules alone, and the analyzer reports it as degraded) rather than the
//! English one in disguise; languages without a published pipeline (German, Italian, Dutch,
//! Portuguese) keep the English network, which the rules around it already restrict to rare
//! capitalised words.

use std::path::Path;

use pii_core::lang::Language;

use crate::NerError;
use crate::spacy::{LanguageModel, SpacyNer, load_language};

/// The networks of one recognizer: English always, French and Spanish when fetched.
#[derive(Default)]
pub(crate) struct Networks {
    /// The English pipeline; `None` only in unit tests of the rules.
    pub english: Option<SpacyNer>,
    /// Fetched pipelines of other languages.
    others: Vec<(Language, SpacyNer)>,
    /// Languages with a published pipeline that is not in the models folder.
    pub missing: Vec<Language>,
}

/// Languages other than English that spaCy publishes a usable pipeline for.
const WITH_PIPELINE: [Language; 2] = [Language::French, Language::Spanish];

impl Networks {
    /// Loads English (required) and every other pipeline that was fetched.
    ///
    /// # Errors
    /// As [`SpacyNer::load`] for English; for another language only when its folder is there but
    /// does not hold a converted pipeline of this build (a missing folder is [`Networks::missing`]).
    pub fn load(models_dir: &Path) -> Result<Self, NerError> {
        let mut n = Networks { english: Some(SpacyNer::load(models_dir)?), ..Default::default() };
        for l in WITH_PIPELINE {
            match load_language(models_dir, l.code())? {
                LanguageModel::Ready(net) => n.others.push((l, *net)),
                LanguageModel::NotFetched { .. } | LanguageModel::Unsupported => n.missing.push(l),
            }
        }
        Ok(n)
    }

    /// The network to run on a segment in `language`, `None` for the rules alone.
    pub fn for_language(&self, language: Language) -> Option<&SpacyNer> {
        if WITH_PIPELINE.contains(&language) {
            return self.others.iter().find(|(l, _)| *l == language).map(|(_, n)| n);
        }
        self.english.as_ref()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_pipeline_means_no_network_and_not_the_english_one() {
        let n = Networks { missing: vec![Language::French, Language::Spanish], ..Default::default() };
        assert!(n.for_language(Language::French).is_none());
        assert!(n.for_language(Language::Spanish).is_none());
    }

    #[test]
    fn a_folder_without_pipelines_reports_french_and_spanish_missing() {
        let empty = std::env::temp_dir().join(format!("pii-ner-models-{}", std::process::id()));
        // English is required: its absence is an error, not a degraded language.
        assert!(Networks::load(&empty).is_err());
    }
}
