//! Presidio's `ad_hoc_recognizers` (serialized `PatternRecognizer`s) read into the engine's ad-hoc
//! recognizers. Presidio builds them with Python keyword arguments, so an unknown key is refused
//! with Python's message naming the first unknown key in the order sent; keys are therefore read
//! in document order, which `serde_json::Value` does not keep.

use std::fmt;

use pii_core::EntityType;
use pii_core::policy::{AdHocPattern, AdHocRecognizer};
use serde::Deserialize;
use serde::de::{Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::Value;

use super::PresidioError;

/// A JSON value whose objects keep their keys in the order they were sent.
#[derive(Debug, Clone)]
pub(super) enum Ordered {
    Object(Vec<(String, Ordered)>),
    Array(Vec<Ordered>),
    Scalar(Value),
}

impl<'de> Deserialize<'de> for Ordered {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Ordered;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a JSON value")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut m: A) -> Result<Ordered, A::Error> {
                let mut out = Vec::new();
                while let Some((k, v)) = m.next_entry::<String, Ordered>()? {
                    out.push((k, v));
                }
                Ok(Ordered::Object(out))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut s: A) -> Result<Ordered, A::Error> {
                let mut out = Vec::new();
                while let Some(v) = s.next_element::<Ordered>()? {
                    out.push(v);
                }
                Ok(Ordered::Array(out))
            }
            fn visit_bool<E>(self, v: bool) -> Result<Ordered, E> {
                Ok(Ordered::Scalar(Value::Bool(v)))
            }
            fn visit_i64<E>(self, v: i64) -> Result<Ordered, E> {
                Ok(Ordered::Scalar(Value::from(v)))
            }
            fn visit_u64<E>(self, v: u64) -> Result<Ordered, E> {
                Ok(Ordered::Scalar(Value::from(v)))
            }
            fn visit_f64<E>(self, v: f64) -> Result<Ordered, E> {
                Ok(Ordered::Scalar(Value::from(v)))
            }
            fn visit_str<E>(self, v: &str) -> Result<Ordered, E> {
                Ok(Ordered::Scalar(Value::String(v.to_owned())))
            }
            fn visit_string<E>(self, v: String) -> Result<Ordered, E> {
                Ok(Ordered::Scalar(Value::String(v)))
            }
            fn visit_unit<E>(self) -> Result<Ordered, E> {
                Ok(Ordered::Scalar(Value::Null))
            }
            fn visit_none<E>(self) -> Result<Ordered, E> {
                Ok(Ordered::Scalar(Value::Null))
            }
        }
        d.deserialize_any(V)
    }
}

impl Ordered {
    fn get(&self, key: &str) -> Option<&Ordered> {
        match self {
            Ordered::Object(kv) => kv.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    fn as_str(&self) -> Option<&str> {
        match self {
            Ordered::Scalar(Value::String(s)) => Some(s),
            _ => None,
        }
    }

    fn strings(&self) -> Vec<String> {
        match self {
            Ordered::Array(a) => a.iter().filter_map(|v| v.as_str().map(str::to_owned)).collect(),
            _ => Vec::new(),
        }
    }
}

/// The part of an analyze request read in key order.
#[derive(Deserialize)]
pub(super) struct AdHocPart {
    #[serde(default)]
    pub ad_hoc_recognizers: Option<Ordered>,
}

const RECOGNIZER_KEYS: &[&str] = &[
    "supported_entity",
    "supported_entities",
    "name",
    "supported_language",
    "patterns",
    "deny_list",
    "context",
    "deny_list_score",
    "global_regex_flags",
    "version",
    "country_code",
];
const PATTERN_KEYS: &[&str] = &["name", "regex", "score"];

/// Python's `re` flags as inline flags: IGNORECASE 2, MULTILINE 8, DOTALL 16, VERBOSE 64.
pub(super) fn inline_flags(flags: i64) -> String {
    let mut s = String::new();
    for (bit, c) in [(2, 'i'), (8, 'm'), (16, 's'), (64, 'x')] {
        if flags & bit != 0 {
            s.push(c);
        }
    }
    if s.is_empty() { s } else { format!("(?{s})") }
}

/// Presidio's default flags for ad-hoc patterns: DOTALL | MULTILINE | IGNORECASE.
const DEFAULT_FLAGS: i64 = 2 | 8 | 16;

pub(super) fn parse_error(detail: &str) -> PresidioError {
    PresidioError::bad_request(format!("Failed to parse /analyze request for AnalyzerEngine.analyze(). {detail}"))
}

fn unexpected(class: &str, obj: &Ordered, allowed: &[&str]) -> Result<(), PresidioError> {
    if let Ordered::Object(kv) = obj
        && let Some((k, _)) = kv.iter().find(|(k, _)| !allowed.contains(&k.as_str()))
    {
        return Err(parse_error(&format!("{class}.__init__() got an unexpected keyword argument '{k}'")));
    }
    Ok(())
}

fn missing_args(class: &str, obj: &Ordered, required: &[&str]) -> Result<(), PresidioError> {
    let missing: Vec<String> = required.iter().filter(|k| obj.get(k).is_none()).map(|k| format!("'{k}'")).collect();
    match missing.len() {
        0 => Ok(()),
        1 => Err(parse_error(&format!("{class}.__init__() missing 1 required positional argument: {}", missing[0]))),
        n => {
            let (last, rest) = missing.split_last().unwrap_or((&missing[0], &[]));
            Err(parse_error(&format!("{class}.__init__() missing {n} required positional arguments: {} and {last}", rest.join(", "))))
        }
    }
}

/// Reads the recognizers, with Presidio's checks and messages.
pub(super) fn recognizers(v: Option<&Ordered>) -> Result<Vec<AdHocRecognizer>, PresidioError> {
    let items = match v {
        None | Some(Ordered::Scalar(Value::Null)) => return Ok(Vec::new()),
        Some(Ordered::Array(a)) => a,
        Some(_) => return Err(parse_error("ad_hoc_recognizers must be a list")),
    };
    items.iter().map(recognizer).collect()
}

fn recognizer(rec: &Ordered) -> Result<AdHocRecognizer, PresidioError> {
    if !matches!(rec, Ordered::Object(_)) {
        return Err(parse_error("an ad-hoc recognizer must be an object"));
    }
    let mut patterns = Vec::new();
    if let Some(Ordered::Array(ps)) = rec.get("patterns") {
        for p in ps {
            unexpected("Pattern", p, PATTERN_KEYS)?;
            missing_args("Pattern", p, PATTERN_KEYS)?;
            let flags = match rec.get("global_regex_flags") {
                Some(Ordered::Scalar(v)) if v.is_i64() => v.as_i64().unwrap_or(DEFAULT_FLAGS),
                Some(Ordered::Scalar(Value::Null)) => 0,
                _ => DEFAULT_FLAGS,
            };
            let regex = p.get("regex").and_then(Ordered::as_str).ok_or_else(|| parse_error("a pattern's regex must be a string"))?;
            let score = match p.get("score") {
                Some(Ordered::Scalar(v)) => v.as_f64(),
                _ => None,
            }
            .ok_or_else(|| parse_error("a pattern's score must be a number"))?;
            #[allow(clippy::cast_possible_truncation, reason = "scores are in 0..=1; f32 is the engine's precision")]
            patterns.push(AdHocPattern {
                name: p.get("name").and_then(Ordered::as_str).unwrap_or_default().to_owned(),
                regex: format!("{}{regex}", inline_flags(flags)),
                score: score as f32,
            });
        }
    }
    unexpected("PatternRecognizer", rec, RECOGNIZER_KEYS)?;
    let entity = rec
        .get("supported_entity")
        .and_then(Ordered::as_str)
        .map(str::to_owned)
        .or_else(|| rec.get("supported_entities").and_then(|e| e.strings().into_iter().next()))
        .filter(|e| !e.is_empty())
        .ok_or_else(|| PresidioError::analyzer_refusal("Pattern recognizer should be initialized with entity"))?;
    let deny_list = rec.get("deny_list").map(Ordered::strings).unwrap_or_default();
    if patterns.is_empty() && deny_list.is_empty() {
        return Err(PresidioError::analyzer_refusal("Pattern recognizer should be initialized with patterns or with deny list"));
    }
    Ok(AdHocRecognizer {
        name: rec.get("name").and_then(Ordered::as_str).unwrap_or_default().to_owned(),
        supported_entity: EntityType::parse(&entity).map_err(|e| parse_error(&e.to_string()))?,
        patterns,
        context: rec.get("context").map(Ordered::strings).unwrap_or_default(),
        deny_list,
        supported_language: rec.get("supported_language").and_then(Ordered::as_str).map(str::to_owned),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(json: &str) -> Result<Vec<AdHocRecognizer>, String> {
        let part: AdHocPart = serde_json::from_str(json).map_err(|e| e.to_string())?;
        recognizers(part.ad_hoc_recognizers.as_ref()).map_err(|e| e.to_string())
    }

    #[test]
    fn a_pattern_recognizer_reads_into_an_ad_hoc_recognizer_with_presidios_default_flags() {
        let r = parse(
            r#"{"ad_hoc_recognizers": [{"name": "Ticket", "supported_language": "en", "supported_entity": "TICKET",
            "patterns": [{"name": "ticket", "regex": "TK-\\d{4}", "score": 0.3}], "context": ["ticket"]}]}"#,
        );
        let r = r.unwrap_or_default();
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].supported_entity.as_str(), "TICKET");
        assert_eq!(r[0].patterns[0].regex, "(?ims)TK-\\d{4}");
        assert_eq!(r[0].context, vec!["ticket".to_owned()]);
    }

    #[test]
    fn the_first_unknown_key_in_the_order_sent_is_named() {
        let e = parse(r#"{"ad_hoc_recognizers": [{"supported_entity": "X", "patterns": [{"zeta": 1, "alpha": 2}]}]}"#);
        assert_eq!(
            e.err().as_deref(),
            Some(
                "Failed to parse /analyze request for AnalyzerEngine.analyze(). Pattern.__init__() got an unexpected keyword argument 'zeta'"
            )
        );
        let e = parse(r#"{"ad_hoc_recognizers": [{"supported_entity": "X", "patterns": [{"name": "n"}]}]}"#);
        assert_eq!(
            e.err().as_deref(),
            Some(
                "Failed to parse /analyze request for AnalyzerEngine.analyze(). Pattern.__init__() missing 2 required positional arguments: 'regex' and 'score'"
            )
        );
        let e = parse(r#"{"ad_hoc_recognizers": [{"supported_entity": "X", "deny_list": ["a"], "colour": "red"}]}"#);
        assert!(e.err().unwrap_or_default().ends_with("PatternRecognizer.__init__() got an unexpected keyword argument 'colour'"));
    }

    #[test]
    fn a_recognizer_without_entity_or_without_patterns_and_deny_list_is_refused() {
        assert!(parse(r#"{"ad_hoc_recognizers": [{"deny_list": ["a"]}]}"#).is_err());
        assert!(parse(r#"{"ad_hoc_recognizers": [{"supported_entity": "X"}]}"#).is_err());
        assert_eq!(parse(r#"{"ad_hoc_recognizers": [{"supported_entity": "X", "deny_list": ["Mr."]}]}"#).map(|r| r.len()), Ok(1));
        assert_eq!(inline_flags(0), "");
    }
}
