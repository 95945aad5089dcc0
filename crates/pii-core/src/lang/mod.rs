//! Which language a document, or one segment of it, is written in.
//!
//! Names, places and organisations are found by a language's own model and words, so the engine
//! must know the language of each segment (a paragraph, a cell, an e-mail part). A request may
//! force it (`language: "fr"`) or leave it to identification (`auto`, the default).
//!
//! Layout: this file holds the closed set of languages and the request's choice; [`identify`]
//! guesses the language of a text; [`inherit`] decides which language a segment is analysed in.

mod identify;
mod inherit;

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::CoreError;

pub use identify::{Identified, identify};
pub use inherit::{MIN_RELIABLE_CHARS, segment_language};

/// A language the engine has words, dates, identifiers and a name recogniser for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Language {
    English,
    French,
    German,
    Spanish,
    Italian,
    Dutch,
    Portuguese,
}

impl Language {
    /// Every supported language, English first (the default when nothing else is known).
    pub const ALL: [Language; 7] = [
        Language::English,
        Language::French,
        Language::German,
        Language::Spanish,
        Language::Italian,
        Language::Dutch,
        Language::Portuguese,
    ];

    /// ISO 639-1 code, as requests spell it.
    pub fn code(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::French => "fr",
            Language::German => "de",
            Language::Spanish => "es",
            Language::Italian => "it",
            Language::Dutch => "nl",
            Language::Portuguese => "pt",
        }
    }

    /// The language of an ISO 639-1 code, exactly as [`Language::code`] writes it.
    ///
    /// # Errors
    /// `CoreError::Invalid` naming the accepted codes for any other string.
    pub fn parse(code: &str) -> Result<Self, CoreError> {
        Self::ALL.into_iter().find(|l| l.code() == code).ok_or_else(|| {
            CoreError::invalid("language", format!("unknown language {code:?}: expected auto, en, fr, de, es, it, nl or pt"))
        })
    }

    /// A bit of its own, to record sets of languages in one integer.
    pub(crate) fn bit(self) -> u8 {
        1 << (self as u8)
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// The `language` of a request: identified per document and segment, or forced by the caller.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum LanguageChoice {
    /// Identify the language of each document and segment (the default).
    #[default]
    Auto,
    /// Analyse everything as this language.
    Fixed(Language),
}

impl LanguageChoice {
    pub fn is_auto(&self) -> bool {
        *self == LanguageChoice::Auto
    }
}

impl FromStr for LanguageChoice {
    type Err = CoreError;

    fn from_str(s: &str) -> Result<Self, CoreError> {
        if s == "auto" { Ok(LanguageChoice::Auto) } else { Language::parse(s).map(LanguageChoice::Fixed) }
    }
}

impl fmt::Display for LanguageChoice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LanguageChoice::Auto => f.write_str("auto"),
            LanguageChoice::Fixed(l) => f.write_str(l.code()),
        }
    }
}

impl Serialize for LanguageChoice {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for LanguageChoice {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

impl schemars::JsonSchema for LanguageChoice {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "LanguageChoice".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "enum": ["auto", "en", "fr", "de", "es", "it", "nl", "pt"]
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn auto_and_the_seven_codes_parse_and_print_back() {
        assert_eq!("auto".parse::<LanguageChoice>().ok(), Some(LanguageChoice::Auto));
        for l in Language::ALL {
            let c: LanguageChoice = l.code().parse().expect("a supported code");
            assert_eq!(c, LanguageChoice::Fixed(l));
            assert_eq!(c.to_string(), l.code());
        }
    }

    #[test]
    fn other_codes_and_spellings_are_refused() {
        for bad in ["", "xx", "EN", "fr-CA", "english", "pl", " auto"] {
            assert!(bad.parse::<LanguageChoice>().is_err(), "{bad:?}");
        }
        let e = serde_json::from_str::<LanguageChoice>("\"zz\"").expect_err("refused");
        assert!(e.to_string().contains("unknown language"), "{e}");
    }

    #[test]
    fn each_language_has_its_own_bit() {
        let all = Language::ALL.iter().fold(0u8, |acc, l| {
            assert_eq!(acc & l.bit(), 0);
            acc | l.bit()
        });
        assert_eq!(all.count_ones(), 7);
    }
}
