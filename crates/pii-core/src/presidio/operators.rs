//! Presidio's operators (`replace`, `redact`, `mask`, `hash`, `encrypt`, `keep`; `decrypt` and
//! `deanonymize_keep` on the way back), with Presidio's parameters, defaults and checks. A
//! configuration is only checked when an entity uses it, as Presidio does, so an unused faulty entry
//! does not fail a request.

use serde_json::{Map, Value};
use sha2::{Digest, Sha256, Sha512};

use super::cipher;
use super::params::{PyType, as_int, check_type, missing, py_str, require};
use crate::CoreError;

/// Which way an engine runs: anonymizers and deanonymizers are separate sets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Anonymize,
    Deanonymize,
}

impl Direction {
    /// The operator names of this direction, in Presidio's order.
    pub fn operator_names(self) -> &'static [&'static str] {
        match self {
            Direction::Anonymize => &["custom", "encrypt", "hash", "keep", "mask", "redact", "replace"],
            Direction::Deanonymize => &["decrypt", "deanonymize_keep"],
        }
    }
}

/// One entry of `anonymizers` or `deanonymizers`: the operator's name and its parameters as sent.
#[derive(Debug, Clone)]
pub struct OperatorSpec {
    pub name: String,
    params: Map<String, Value>,
}

impl OperatorSpec {
    /// Reads one entry; a missing `type` is refused at once, everything else when it is used.
    pub fn from_json(v: &Value) -> Result<Self, CoreError> {
        let Value::Object(obj) = v else {
            return Err(CoreError::Refused("Invalid input, operator config must be an object".into()));
        };
        let mut params = obj.clone();
        let name = match params.get("type") {
            Some(t) if super::params::truthy(t) => py_str(&params.remove("type").unwrap_or(Value::Null)),
            _ => return Err(missing("operator config", "operator_name")),
        };
        Ok(OperatorSpec { name, params })
    }

    /// Presidio's default operator: `replace` with `<ENTITY_TYPE>`.
    pub fn default_replace() -> Self {
        OperatorSpec { name: "replace".into(), params: Map::new() }
    }

    /// Checks the parameters and rewrites `text` (the entity's original characters).
    pub(crate) fn apply(
        &self,
        direction: Direction,
        text: &str,
        entity_type: &str,
        entropy: &mut dyn FnMut(&mut [u8]),
    ) -> Result<String, CoreError> {
        if !direction.operator_names().contains(&self.name.as_str()) || self.name == "custom" {
            return Err(CoreError::Refused(format!("Invalid operator class '{}'.", self.name)));
        }
        let p = &self.params;
        match self.name.as_str() {
            "replace" => {
                check_type(p.get("new_value"), "new_value", PyType::Str)?;
                Ok(match p.get("new_value") {
                    Some(Value::String(s)) if !s.is_empty() => s.clone(),
                    _ => format!("<{entity_type}>"),
                })
            }
            "redact" => Ok(String::new()),
            "keep" | "deanonymize_keep" => Ok(text.to_owned()),
            "mask" => mask(p, text),
            "hash" => hash(p, text, entropy),
            "encrypt" => {
                let key = key(p)?;
                let mut iv = [0u8; cipher::IV_LEN];
                entropy(&mut iv);
                cipher::encrypt(&key, iv, text)
            }
            "decrypt" => cipher::decrypt(&key(p)?, text),
            other => Err(CoreError::Refused(format!("Invalid operator class '{other}'."))),
        }
    }
}

fn mask(p: &Map<String, Value>, text: &str) -> Result<String, CoreError> {
    let masking_char = require(p, "masking_char", PyType::Str)?;
    let masking_char = match masking_char {
        Value::String(s) => s.as_str(),
        _ => "",
    };
    if masking_char.chars().count() > 1 {
        return Err(CoreError::Refused("Invalid input, masking_char must be a character".into()));
    }
    let chars_to_mask = as_int(require(p, "chars_to_mask", PyType::Int)?).unwrap_or(0);
    let from_end = super::params::truthy(require(p, "from_end", PyType::Bool)?);
    let len = text.chars().count();
    let n = if chars_to_mask > 0 { usize::try_from(chars_to_mask).unwrap_or(usize::MAX).min(len) } else { 0 };
    let fill = masking_char.repeat(n);
    Ok(if from_end {
        let keep: String = text.chars().take(len - n).collect();
        keep + &fill
    } else {
        let rest: String = text.chars().skip(n).collect();
        fill + &rest
    })
}

fn hash(p: &Map<String, Value>, text: &str, entropy: &mut dyn FnMut(&mut [u8])) -> Result<String, CoreError> {
    let hash_type = match p.get("hash_type") {
        None => "sha256".to_owned(),
        Some(Value::Null) => return Err(CoreError::Refused("Expected parameter hash_type".into())),
        Some(v) => py_str(v),
    };
    if hash_type != "sha256" && hash_type != "sha512" {
        return Err(CoreError::Refused(format!("Parameter hash_type value {hash_type} is not in range of values ['sha256', 'sha512']")));
    }
    let salt: Vec<u8> = match p.get("salt") {
        None => {
            let mut s = vec![0u8; 32];
            entropy(&mut s);
            s
        }
        Some(Value::String(s)) if s.is_empty() => {
            return Err(CoreError::Refused(
                "Salt parameter cannot be empty. Either omit the salt parameter to auto-generate a random salt, or provide a salt of at least 16 bytes (128 bits).".into(),
            ))
        }
        Some(Value::String(s)) if s.len() < 16 => {
            return Err(CoreError::Refused(format!("Salt must be at least 16 bytes (128 bits). Provided salt is {} bytes.", s.len())))
        }
        Some(Value::String(s)) => s.as_bytes().to_vec(),
        Some(_) => return Err(CoreError::Refused("Invalid parameter value for 'salt'.".into())),
    };
    let mut input = text.as_bytes().to_vec();
    input.extend_from_slice(&salt);
    Ok(if hash_type == "sha512" { hex::encode(Sha512::digest(&input)) } else { hex::encode(Sha256::digest(&input)) })
}

fn key(p: &Map<String, Value>) -> Result<Vec<u8>, CoreError> {
    let refused = || CoreError::Refused("Invalid input, key must be of length 128, 192 or 256 bits".into());
    match p.get("key") {
        Some(Value::String(k)) if cipher::is_valid_key(k.as_bytes()) => Ok(k.as_bytes().to_vec()),
        Some(Value::String(_)) => Err(refused()),
        _ => {
            // Absent or null, or a truthy non-string, each with Presidio's own message.
            require(p, "key", PyType::Bytes)?;
            Err(refused())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn spec(v: Value) -> OperatorSpec {
        OperatorSpec::from_json(&v).unwrap_or_else(|_| OperatorSpec::default_replace())
    }

    fn run(v: Value, text: &str) -> Result<String, String> {
        spec(v).apply(Direction::Anonymize, text, "PHONE_NUMBER", &mut |b: &mut [u8]| b.fill(9)).map_err(|e| e.to_string())
    }

    #[test]
    fn replace_defaults_to_the_entity_type_and_checks_new_value() {
        assert_eq!(run(json!({"type": "replace"}), "x").as_deref(), Ok("<PHONE_NUMBER>"));
        assert_eq!(run(json!({"type": "replace", "new_value": "ANON"}), "x").as_deref(), Ok("ANON"));
        assert!(run(json!({"type": "replace", "new_value": 5}), "x").is_err());
    }

    #[test]
    fn mask_counts_characters_from_either_end_and_needs_its_three_parameters() {
        let m = json!({"type": "mask", "masking_char": "*", "chars_to_mask": 4, "from_end": true});
        assert_eq!(run(m, "034453334").as_deref(), Ok("03445****"));
        let m = json!({"type": "mask", "masking_char": "#", "chars_to_mask": 20, "from_end": false});
        assert_eq!(run(m, "Zoë").as_deref(), Ok("###"));
        let m = json!({"type": "mask", "masking_char": "*", "chars_to_mask": -1, "from_end": false});
        assert_eq!(run(m, "abc").as_deref(), Ok("abc"));
        let m = json!({"type": "mask", "masking_char": "**", "chars_to_mask": 1, "from_end": false});
        assert_eq!(run(m, "abc"), Err("Invalid input, masking_char must be a character".into()));
        let m = json!({"type": "mask", "masking_char": "*", "chars_to_mask": 1});
        assert_eq!(run(m, "abc"), Err("Expected parameter from_end".into()));
    }

    #[test]
    fn hash_is_salted_hex_of_the_chosen_digest_and_refuses_other_digests() {
        let salt = "0123456789abcdef";
        let h = run(json!({"type": "hash", "salt": salt}), "value").unwrap_or_default();
        assert_eq!(h, hex::encode(Sha256::digest(b"value0123456789abcdef")));
        let h = run(json!({"type": "hash", "hash_type": "sha512", "salt": salt}), "value").unwrap_or_default();
        assert_eq!(h.len(), 128);
        assert!(run(json!({"type": "hash", "hash_type": "md5"}), "v").is_err());
        assert!(run(json!({"type": "hash", "salt": "short"}), "v").is_err());
    }

    #[test]
    fn unknown_custom_and_wrong_direction_operators_are_refused() {
        assert_eq!(run(json!({"type": "scramble"}), "v"), Err("Invalid operator class 'scramble'.".into()));
        assert!(run(json!({"type": "custom", "new_value": "lambda x: x"}), "v").is_err());
        assert!(run(json!({"type": "decrypt", "key": "1111111111111111"}), "v").is_err());
        assert!(OperatorSpec::from_json(&json!({"new_value": "x"})).is_err());
    }

    #[test]
    fn encrypt_checks_the_key_length() {
        assert_eq!(
            run(json!({"type": "encrypt", "key": "invalidkey"}), "v"),
            Err("Invalid input, key must be of length 128, 192 or 256 bits".into())
        );
        assert_eq!(run(json!({"type": "encrypt"}), "v"), Err("Expected parameter key".into()));
        assert!(run(json!({"type": "encrypt", "key": "1111111111111111"}), "v").is_ok());
    }
}
