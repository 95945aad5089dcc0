//! What a request asks for: which entities, how sure, what to ignore or always catch, extra patterns,
//! and how each entity type is anonymized. The JSON shape follows Presidio's analyzer and anonymizer
//! requests so that existing clients carry over.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::lang::LanguageChoice;
use crate::{CoreError, EntityType, KeyEpoch};

/// Bounds that keep one request from stalling a worker or bloating a queue message.
pub mod limits {
    pub const MAX_ALLOW_LIST: usize = 10_000;
    pub const MAX_DENY_LIST: usize = 10_000;
    pub const MAX_LIST_VALUE_LEN: usize = 256;
    pub const MAX_AD_HOC_RECOGNIZERS: usize = 32;
    pub const MAX_AD_HOC_PATTERNS: usize = 16;
    pub const MAX_PATTERN_LEN: usize = 1024;
    pub const MAX_CONTEXT_WORDS: usize = 64;
    pub const MAX_OPERATORS: usize = 128;
    pub const MAX_REPLACEMENT_LEN: usize = 256;
    pub const MAX_ENTITIES: usize = 256;
    /// The widest `date_shift` window, in days either way.
    pub const MAX_SHIFT_DAYS: u32 = 3650;
}

/// Options shared by `POST /analyze`, `POST /redact`, `POST /redact/uri` and batches.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RedactionPolicy {
    /// Only these entity types are reported; all built-in types when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entities: Option<Vec<EntityType>>,
    /// Findings scoring below this are dropped (0 to 1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score_threshold: Option<f32>,
    /// Values never reported, compared exactly (case-sensitive) with the matched text.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub allow_list: Vec<String>,
    /// Values always reported wherever they occur as whole words.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub deny_list: Vec<DenyListEntry>,
    /// Extra patterns for this request.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ad_hoc_recognizers: Vec<AdHocRecognizer>,
    /// Operator per entity type; the key `DEFAULT` applies to every other type.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub operators: BTreeMap<String, OperatorConfig>,
    /// The allow list, deny list and ad-hoc recognizers sealed under the tenant's key, while the
    /// policy is at rest or in a queue (see `engine::seal`); never set by a request.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sealed: Option<String>,
    /// What happens to image content (image files, scanned PDF pages, images inside documents).
    #[serde(default, skip_serializing_if = "ImagePolicy::is_default")]
    pub images: ImagePolicy,
    /// What happens to image content that OCR cannot read with confidence (under `images: ocr`).
    #[serde(default, skip_serializing_if = "UnreadableImages::is_default")]
    pub unreadable_images: UnreadableImages,
    /// Within what `pseudonymize` and `date_shift` stay consistent: the same value gets the same
    /// surrogate, and dates the same offset. `job` by default (a text call is its own job), `batch`
    /// by default for batch jobs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pseudonym_scope: Option<PseudonymScope>,
    /// The language of the documents: `auto` (the default: identified per document and segment)
    /// or one of `en`, `fr`, `de`, `es`, `it`, `nl`, `pt` to analyse everything in that language.
    #[serde(default, skip_serializing_if = "LanguageChoice::is_auto")]
    pub language: LanguageChoice,
    /// The tenant's key epoch (see [`crate::key_epoch`]) its secrets derive from while the policy
    /// is at rest or in a queue; written by the gateway from the caller's tenant, never by a request.
    #[serde(default, skip_serializing_if = "KeyEpoch::is_legacy")]
    pub key_epoch: KeyEpoch,
}

/// Within what the surrogates of `pseudonymize` and the offset of `date_shift` stay the same.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum PseudonymScope {
    /// One job (one text call).
    Job,
    /// Every job of one batch (a job outside a batch is its own scope).
    Batch,
    /// Every job and call of the tenant.
    Tenant,
}

/// How image content is treated. Image content never passes silently: it is read and redacted in
/// its pixels, blanked, refused, or (only when asked for by name) kept with a warning.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum ImagePolicy {
    /// Read with OCR; the findings' words are burned out of the pixels.
    #[default]
    Ocr,
    /// Blank every image without reading it.
    Remove,
    /// End the job with an error naming the page or image that holds image content.
    Fail,
    /// Keep images as they are, unread (the job records a warning).
    Keep,
}

impl ImagePolicy {
    pub fn is_default(&self) -> bool {
        *self == ImagePolicy::default()
    }
}

/// What happens, under [`ImagePolicy::Ocr`], to image content OCR cannot read with confidence
/// (low word confidence, ink where no word was read, an image that cannot be decoded).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum UnreadableImages {
    /// Blank the unread regions (or the whole image when it cannot be decoded).
    #[default]
    Remove,
    /// End the job with an error naming the page or image.
    Fail,
}

impl UnreadableImages {
    pub fn is_default(&self) -> bool {
        *self == UnreadableImages::default()
    }
}

/// A deny-list value, either bare (reported as `DENY_LIST`) or with its own entity type.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(untagged)]
pub enum DenyListEntry {
    Value(String),
    Typed { value: String, entity_type: EntityType },
}

impl DenyListEntry {
    pub fn value(&self) -> &str {
        match self {
            DenyListEntry::Value(v) | DenyListEntry::Typed { value: v, .. } => v,
        }
    }

    pub fn entity_type(&self) -> EntityType {
        match self {
            DenyListEntry::Value(_) => EntityType::parse("DENY_LIST").unwrap_or(EntityType::SECRET),
            DenyListEntry::Typed { entity_type, .. } => entity_type.clone(),
        }
    }
}

/// A user-defined recognizer, in Presidio's ad-hoc recognizer shape.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AdHocRecognizer {
    #[serde(default)]
    pub name: String,
    pub supported_entity: EntityType,
    #[serde(default)]
    pub patterns: Vec<AdHocPattern>,
    /// Words that raise the score when they appear near a match.
    #[serde(default)]
    pub context: Vec<String>,
    /// Exact values reported as this entity.
    #[serde(default)]
    pub deny_list: Vec<String>,
    /// Accepted for compatibility with Presidio clients; the engine is language-neutral.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub supported_language: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AdHocPattern {
    #[serde(default)]
    pub name: String,
    pub regex: String,
    pub score: f32,
}

/// How one entity type is rewritten in the output.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(tag = "type", rename_all = "lowercase", deny_unknown_fields)]
pub enum OperatorConfig {
    /// Replace with `new_value`, or with `<ENTITY_TYPE>` when absent.
    Replace {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        new_value: Option<String>,
    },
    /// Remove the value.
    Redact,
    /// Overwrite `chars_to_mask` characters with `masking_char`, from the start or the end.
    Mask {
        masking_char: String,
        chars_to_mask: u32,
        #[serde(default)]
        from_end: bool,
    },
    /// A salted digest: equal values hash equal within one tenant only.
    Hash {
        #[serde(default)]
        hash_type: HashType,
    },
    /// Authenticated encryption with the tenant's key; reversible through `POST /deanonymize`.
    Encrypt,
    /// Leave the value as it is (it is still reported).
    Keep,
    /// A realistic surrogate of the same type and shape, the same for the same value within the
    /// policy's `pseudonym_scope` (see `engine::pseudonym`).
    Pseudonymize,
    /// FF1 format-preserving encryption of the value's digits or letters with the tenant's key;
    /// separators kept, check digits recomputed (credit cards, IBANs); reversible.
    Fpe,
    /// Dates moved by one keyed non-zero offset per scope, within ±`max_days` (default 365), written
    /// back in the format they were found in.
    #[serde(rename = "date_shift")]
    DateShift {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        max_days: Option<u32>,
    },
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum HashType {
    #[default]
    Sha256,
    Sha512,
}

impl Default for OperatorConfig {
    fn default() -> Self {
        OperatorConfig::Replace { new_value: None }
    }
}

/// The key of the operator that applies to every entity type without its own.
pub const DEFAULT_OPERATOR_KEY: &str = "DEFAULT";

impl RedactionPolicy {
    /// The operator for `entity`, falling back to `DEFAULT`, then to `replace`.
    pub fn operator_for(&self, entity: &EntityType) -> OperatorConfig {
        self.operators.get(entity.as_str()).or_else(|| self.operators.get(DEFAULT_OPERATOR_KEY)).cloned().unwrap_or_default()
    }

    /// Whether `entity` is a type something can report under this policy: a built-in type, the
    /// bare deny list's `DENY_LIST`, or a type the policy's own ad-hoc recognizers or typed deny-list
    /// entries define. Naming any other type is a mistake the caller should hear about, not a filter
    /// that silently matches nothing.
    pub fn knows(&self, entity: &EntityType) -> bool {
        entity.is_built_in()
            || entity.as_str() == "DENY_LIST"
            || self.ad_hoc_recognizers.iter().any(|r| &r.supported_entity == entity)
            || self.deny_list.iter().any(|d| &d.entity_type() == entity)
    }

    /// Checks every bound and value so that a policy accepted at the edge can never fail later.
    ///
    /// # Errors
    /// `CoreError::Invalid` naming the first field out of bounds.
    pub fn validate(&self) -> Result<(), CoreError> {
        use limits::*;
        if self.sealed.is_some() {
            // A worker that forgot to unseal would otherwise run without the caller's lists.
            return Err(CoreError::invalid("policy", "a sealed policy must be unsealed before use"));
        }
        if let Some(t) = self.score_threshold
            && !(0.0..=1.0).contains(&t)
        {
            return Err(CoreError::invalid("score_threshold", "must be between 0 and 1"));
        }
        if self.entities.as_ref().is_some_and(|e| e.len() > MAX_ENTITIES) {
            return Err(CoreError::invalid("entities", format!("at most {MAX_ENTITIES}")));
        }
        check_list("allow_list", self.allow_list.iter().map(String::as_str), MAX_ALLOW_LIST)?;
        check_list("deny_list", self.deny_list.iter().map(DenyListEntry::value), MAX_DENY_LIST)?;
        if self.ad_hoc_recognizers.len() > MAX_AD_HOC_RECOGNIZERS {
            return Err(CoreError::invalid("ad_hoc_recognizers", format!("at most {MAX_AD_HOC_RECOGNIZERS}")));
        }
        for r in &self.ad_hoc_recognizers {
            if r.patterns.is_empty() && r.deny_list.is_empty() {
                return Err(CoreError::invalid("ad_hoc_recognizers", "each needs patterns or a deny_list"));
            }
            if r.patterns.len() > MAX_AD_HOC_PATTERNS {
                return Err(CoreError::invalid("ad_hoc_recognizers", format!("at most {MAX_AD_HOC_PATTERNS} patterns each")));
            }
            if r.context.len() > MAX_CONTEXT_WORDS {
                return Err(CoreError::invalid("ad_hoc_recognizers", format!("at most {MAX_CONTEXT_WORDS} context words")));
            }
            check_list("ad_hoc_recognizers.deny_list", r.deny_list.iter().map(String::as_str), MAX_DENY_LIST)?;
            for p in &r.patterns {
                if p.regex.is_empty() || p.regex.len() > MAX_PATTERN_LEN {
                    return Err(CoreError::invalid("ad_hoc_recognizers", format!("a pattern must be 1 to {MAX_PATTERN_LEN} bytes")));
                }
                if !(0.0..=1.0).contains(&p.score) {
                    return Err(CoreError::invalid("ad_hoc_recognizers", "a pattern score must be between 0 and 1"));
                }
            }
        }
        if self.operators.len() > MAX_OPERATORS {
            return Err(CoreError::invalid("operators", format!("at most {MAX_OPERATORS}")));
        }
        if let Some(unknown) = self.entities.iter().flatten().find(|e| !self.knows(e)) {
            return Err(CoreError::invalid("entities", format!("unknown entity type {unknown} (GET /api/v1/entities lists them)")));
        }
        for (key, op) in &self.operators {
            if key != DEFAULT_OPERATOR_KEY {
                let entity = EntityType::parse(key)?;
                if !self.knows(&entity) {
                    return Err(CoreError::invalid("operators", format!("unknown entity type {entity} (GET /api/v1/entities lists them)")));
                }
            }
            match op {
                OperatorConfig::Replace { new_value: Some(v) } if v.len() > MAX_REPLACEMENT_LEN => {
                    return Err(CoreError::invalid("operators", format!("new_value is longer than {MAX_REPLACEMENT_LEN} bytes")));
                }
                OperatorConfig::Mask { masking_char, .. } if masking_char.chars().count() != 1 => {
                    return Err(CoreError::invalid("operators", "masking_char must be exactly one character"));
                }
                OperatorConfig::DateShift { max_days: Some(n) } if !(1..=MAX_SHIFT_DAYS).contains(n) => {
                    return Err(CoreError::invalid("operators", format!("date_shift max_days must be 1 to {MAX_SHIFT_DAYS}")));
                }
                _ => {}
            }
        }
        Ok(())
    }
}

fn check_list<'a>(what: &'static str, values: impl ExactSizeIterator<Item = &'a str>, max: usize) -> Result<(), CoreError> {
    if values.len() > max {
        return Err(CoreError::invalid(what, format!("at most {max} values")));
    }
    for v in values {
        if v.is_empty() || v.len() > limits::MAX_LIST_VALUE_LEN {
            return Err(CoreError::invalid(what, format!("values must be 1 to {} bytes", limits::MAX_LIST_VALUE_LEN)));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_defaults_to_auto_round_trips_and_refuses_other_codes() {
        let p: RedactionPolicy = serde_json::from_str("{}").unwrap();
        assert!(p.language.is_auto());
        assert_eq!(serde_json::to_string(&p).unwrap(), "{}", "auto is not written");
        let p: RedactionPolicy = serde_json::from_str(r#"{"language": "nl"}"#).unwrap();
        assert_eq!(p.language, LanguageChoice::Fixed(crate::lang::Language::Dutch));
        let back: RedactionPolicy = serde_json::from_str(&serde_json::to_string(&p).unwrap()).unwrap();
        assert_eq!(back, p);
        assert!(serde_json::from_str::<RedactionPolicy>(r#"{"language": "xx"}"#).is_err());
    }

    #[test]
    fn presidio_style_operators_parse() {
        let p: RedactionPolicy = serde_json::from_str(
            r#"{"operators": {"DEFAULT": {"type": "replace", "new_value": "<X>"},
                "PHONE_NUMBER": {"type": "mask", "masking_char": "*", "chars_to_mask": 4, "from_end": true},
                "EMAIL_ADDRESS": {"type": "hash"}, "US_SSN": {"type": "redact"}}}"#,
        )
        .unwrap();
        p.validate().unwrap();
        assert_eq!(p.operator_for(&EntityType::US_SSN), OperatorConfig::Redact);
        assert_eq!(p.operator_for(&EntityType::PERSON), OperatorConfig::Replace { new_value: Some("<X>".into()) });
        assert_eq!(RedactionPolicy::default().operator_for(&EntityType::PERSON), OperatorConfig::default());
    }

    #[test]
    fn pseudonymization_operators_and_scope_parse() {
        let p: RedactionPolicy = serde_json::from_str(
            r#"{"pseudonym_scope": "tenant", "operators": {"PERSON": {"type": "pseudonymize"}, "CREDIT_CARD": {"type": "fpe"},
                "DATE_TIME": {"type": "date_shift", "max_days": 30}, "DEFAULT": {"type": "date_shift"}}}"#,
        )
        .unwrap();
        p.validate().unwrap();
        assert_eq!(p.pseudonym_scope, Some(PseudonymScope::Tenant));
        assert_eq!(p.operator_for(&EntityType::PERSON), OperatorConfig::Pseudonymize);
        assert_eq!(p.operator_for(&EntityType::CREDIT_CARD), OperatorConfig::Fpe);
        assert_eq!(p.operator_for(&EntityType::DATE_TIME), OperatorConfig::DateShift { max_days: Some(30) });
        assert_eq!(p.operator_for(&EntityType::URL), OperatorConfig::DateShift { max_days: None });
    }

    #[test]
    fn images_default_to_ocr_and_parse_by_name() {
        let p: RedactionPolicy = serde_json::from_str("{}").unwrap();
        assert_eq!((p.images, p.unreadable_images), (ImagePolicy::Ocr, UnreadableImages::Remove));
        assert_eq!(serde_json::to_string(&p).unwrap(), "{}", "defaults are not written into stored policies");
        let p: RedactionPolicy = serde_json::from_str(r#"{"images": "fail", "unreadable_images": "fail"}"#).unwrap();
        assert_eq!((p.images, p.unreadable_images), (ImagePolicy::Fail, UnreadableImages::Fail));
        for v in ["remove", "keep"] {
            serde_json::from_str::<RedactionPolicy>(&format!(r#"{{"images": "{v}"}}"#)).unwrap();
        }
        assert!(serde_json::from_str::<RedactionPolicy>(r#"{"images": "ignore"}"#).is_err());
    }

    #[test]
    fn out_of_bounds_policies_are_refused() {
        let bad = [
            r#"{"score_threshold": 1.5}"#,
            r#"{"operators": {"person": {"type": "redact"}}}"#,
            r#"{"operators": {"DEFAULT": {"type": "mask", "masking_char": "**", "chars_to_mask": 1}}}"#,
            r#"{"allow_list": [""]}"#,
            r#"{"ad_hoc_recognizers": [{"supported_entity": "ZIP", "patterns": []}]}"#,
            r#"{"operators": {"DATE_TIME": {"type": "date_shift", "max_days": 0}}}"#,
            r#"{"operators": {"DATE_TIME": {"type": "date_shift", "max_days": 3651}}}"#,
        ];
        for b in bad {
            let p: RedactionPolicy = serde_json::from_str(b).unwrap();
            assert!(p.validate().is_err(), "{b}");
        }
        assert!(serde_json::from_str::<RedactionPolicy>(r#"{"bogus": 1}"#).is_err());
        assert!(serde_json::from_str::<RedactionPolicy>(r#"{"pseudonym_scope": "world"}"#).is_err());
        assert!(serde_json::from_str::<RedactionPolicy>(r#"{"entities": ["nope"]}"#).is_err());
    }

    #[test]
    fn unknown_entity_types_in_entities_or_operators_are_named_and_defined_ones_pass() {
        let refused = |json: &str| serde_json::from_str::<RedactionPolicy>(json).unwrap().validate().err().map(|e| e.to_string());
        let e = refused(r#"{"entities": ["PERSON", "PASSPORT_NUMBER"]}"#).unwrap_or_default();
        assert!(e.contains("PASSPORT_NUMBER"), "{e}");
        let e = refused(r#"{"operators": {"PHONE": {"type": "redact"}}}"#).unwrap_or_default();
        assert!(e.contains("PHONE"), "{e}");
        for ok in [
            r#"{"entities": ["PERSON", "DE_TAX_ID", "DENY_LIST"]}"#,
            r#"{"entities": ["ZIP"], "operators": {"ZIP": {"type": "redact"}}, "ad_hoc_recognizers": [{"supported_entity": "ZIP", "patterns": [{"regex": "\\d{5}", "score": 0.4}]}]}"#,
            r#"{"entities": ["PROJECT"], "deny_list": [{"value": "Bluebird", "entity_type": "PROJECT"}]}"#,
        ] {
            assert_eq!(refused(ok), None, "{ok}");
        }
    }
}
