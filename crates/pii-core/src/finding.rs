//! What the engine reports: the type of an entity, where it is and how sure we are. Never the value.

use std::borrow::Cow;
use std::fmt;

use serde::{Deserialize, Deserializer, Serialize};

use crate::CoreError;

/// An entity type name, spelled as Presidio spells it (`PERSON`, `EMAIL_ADDRESS`, …) so that users can
/// switch without relabelling; ad-hoc recognizers and deny lists may introduce their own names.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct EntityType(Cow<'static, str>);

macro_rules! entity_types {
    ($($name:ident),* $(,)?) => {
        impl EntityType {
            $(pub const $name: EntityType = EntityType(Cow::Borrowed(stringify!($name)));)*

            /// Every entity type a built-in recognizer can report.
            pub const BUILT_IN: &'static [EntityType] = &[$(EntityType::$name),*];
        }
    };
}

entity_types!(
    PERSON,
    LOCATION,
    ORGANIZATION,
    NRP,
    EMAIL_ADDRESS,
    PHONE_NUMBER,
    CREDIT_CARD,
    IBAN_CODE,
    IP_ADDRESS,
    MAC_ADDRESS,
    URL,
    DATE_TIME,
    CRYPTO,
    US_SSN,
    US_ITIN,
    US_PASSPORT,
    US_DRIVER_LICENSE,
    US_BANK_NUMBER,
    ABA_ROUTING_NUMBER,
    MEDICAL_LICENSE,
    UK_NHS,
    UK_NINO,
    ES_NIF,
    ES_NIE,
    IT_FISCAL_CODE,
    PL_PESEL,
    FI_PERSONAL_IDENTITY_CODE,
    SE_PERSONNUMMER,
    NL_BSN,
    FR_NIR,
    DE_TAX_ID,
    IN_PAN,
    IN_AADHAAR,
    SG_NRIC_FIN,
    AU_ABN,
    AU_ACN,
    AU_TFN,
    AU_MEDICARE,
    CA_SIN,
    BR_CPF,
    BR_CNPJ,
    KR_RRN,
    DE_BSNR,
    DE_FUEHRERSCHEIN,
    DE_HANDELSREGISTER,
    DE_HEALTH_INSURANCE,
    DE_ID_CARD,
    DE_KFZ,
    DE_LANR,
    DE_PASSPORT,
    DE_PLZ,
    DE_SOCIAL_SECURITY,
    DE_TAX_NUMBER,
    DE_VAT_ID,
    ES_PASSPORT,
    IN_GSTIN,
    IN_PASSPORT,
    IN_VEHICLE_REGISTRATION,
    IN_VOTER,
    IT_DRIVER_LICENSE,
    IT_IDENTITY_CARD,
    IT_PASSPORT,
    IT_VAT_CODE,
    KR_BRN,
    KR_DRIVER_LICENSE,
    KR_FRN,
    KR_PASSPORT,
    NG_NIN,
    NG_VEHICLE_REGISTRATION,
    PH_TIN,
    SE_ORGANISATIONSNUMMER,
    SG_UEN,
    TH_TNIN,
    TR_LICENSE_PLATE,
    TR_NATIONAL_ID,
    UK_DRIVING_LICENCE,
    UK_PASSPORT,
    UK_POSTCODE,
    UK_VEHICLE_REGISTRATION,
    US_MBI,
    US_NPI,
    ZA_ID_NUMBER,
    FR_SIREN,
    FR_SIRET,
    BE_NATIONAL_NUMBER,
    PT_NIF,
    PH_MOBILE_NUMBER,
    TR_PHONE_NUMBER,
    SECRET,
);

impl EntityType {
    /// Accepts `[A-Z][A-Z0-9_]{0,63}`; built-in names come back without allocating.
    ///
    /// # Errors
    /// `CoreError::Invalid` for any other spelling.
    pub fn parse(s: &str) -> Result<Self, CoreError> {
        if let Some(known) = Self::BUILT_IN.iter().find(|e| e.as_str() == s) {
            return Ok(known.clone());
        }
        let valid = !s.is_empty()
            && s.len() <= 64
            && s.as_bytes()[0].is_ascii_uppercase()
            && s.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_');
        if valid {
            Ok(EntityType(Cow::Owned(s.to_owned())))
        } else {
            Err(CoreError::invalid("entity type", format!("{s:?} is not of the form [A-Z][A-Z0-9_]*")))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn is_built_in(&self) -> bool {
        Self::BUILT_IN.contains(self)
    }
}

impl fmt::Display for EntityType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl fmt::Debug for EntityType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for EntityType {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = Cow::<str>::deserialize(d)?;
        Self::parse(&s).map_err(serde::de::Error::custom)
    }
}

impl schemars::JsonSchema for EntityType {
    fn schema_name() -> Cow<'static, str> {
        Cow::Borrowed("EntityType")
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({ "type": "string", "pattern": "^[A-Z][A-Z0-9_]{0,63}$" })
    }
}

/// One detected entity. Offsets count Unicode scalar values (Python `str` indexes) into the
/// document's extracted text, `end` exclusive; `score` is in 0..=1 with Presidio's meaning.
///
/// Text read from a picture (an image file, a scanned PDF page) also says where the entity is on
/// it: offsets into OCR text mean little to someone checking a scan by eye, a page and a box do.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Finding {
    pub entity_type: EntityType,
    pub start: u64,
    pub end: u64,
    pub score: f32,
    /// The page (from 1) of the picture the text was read from; absent for text that has none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<u32>,
    /// The box around the words of the entity on that page, in the picture's pixels.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bbox: Option<BoundingBox>,
}

/// A rectangle in a picture's pixels: `x`, `y` from the top-left corner, then its size.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct BoundingBox {
    pub x: u32,
    pub y: u32,
    pub width: u32,
    pub height: u32,
}

impl BoundingBox {
    /// The smallest box holding both.
    #[must_use]
    pub fn union(self, other: BoundingBox) -> BoundingBox {
        let x1 = (self.x + self.width).max(other.x + other.width);
        let y1 = (self.y + self.height).max(other.y + other.height);
        let (x, y) = (self.x.min(other.x), self.y.min(other.y));
        BoundingBox { x, y, width: x1 - x, height: y1 - y }
    }
}

impl Finding {
    /// A finding in text that has no picture behind it.
    pub fn new(entity_type: EntityType, start: u64, end: u64, score: f32) -> Finding {
        Finding { entity_type, start, end, score, page: None, bbox: None }
    }

    pub fn len(&self) -> u64 {
        self.end - self.start
    }

    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn built_in_names_parse_to_the_constants() {
        assert_eq!(EntityType::parse("US_SSN").unwrap(), EntityType::US_SSN);
        assert!(EntityType::parse("US_SSN").unwrap().is_built_in());
        assert!(!EntityType::parse("EMPLOYEE_ID").unwrap().is_built_in());
    }

    #[test]
    fn malformed_names_are_refused() {
        for bad in ["", "person", "1ABC", "A-B", "A B", &"A".repeat(65)] {
            assert!(EntityType::parse(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn a_finding_serializes_to_the_api_shape() {
        let f = Finding::new(EntityType::PERSON, 42, 55, 0.93);
        assert_eq!(serde_json::to_string(&f).unwrap(), r#"{"entity_type":"PERSON","start":42,"end":55,"score":0.93}"#);
    }
}
