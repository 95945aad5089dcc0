//! Presidio's parameter checks, with its exact messages: its clients (and its own end-to-end tests)
//! match on them. Python's truthiness decides when a type is checked at all, and `true` counts as a
//! number there, so both are mirrored.

use serde_json::Value;

use crate::CoreError;

/// The JSON types Presidio names in its messages.
#[derive(Clone, Copy)]
pub(crate) enum PyType {
    Str,
    Int,
    Bool,
    /// Raw bytes: no JSON value is one, and Presidio's message then names no type.
    Bytes,
}

impl PyType {
    fn display(self) -> Option<&'static str> {
        match self {
            PyType::Str => Some("string"),
            PyType::Int => Some("number"),
            PyType::Bool => Some("boolean"),
            PyType::Bytes => None,
        }
    }

    fn admits(self, v: &Value) -> bool {
        match self {
            PyType::Str => v.is_string(),
            PyType::Int => v.is_i64() || v.is_u64() || v.is_boolean(),
            PyType::Bool => v.is_boolean(),
            PyType::Bytes => false,
        }
    }
}

/// Python's truthiness of a JSON value.
pub fn truthy(v: &Value) -> bool {
    match v {
        Value::Null => false,
        Value::Bool(b) => *b,
        Value::Number(n) => n.as_f64().is_some_and(|f| f != 0.0),
        Value::String(s) => !s.is_empty(),
        Value::Array(a) => !a.is_empty(),
        Value::Object(o) => !o.is_empty(),
    }
}

fn display_of(v: &Value) -> Option<&'static str> {
    match v {
        Value::String(_) => Some("string"),
        Value::Bool(_) => Some("boolean"),
        Value::Number(n) if n.is_i64() || n.is_u64() => Some("number"),
        Value::Array(_) => Some("array"),
        _ => None,
    }
}

/// A value as Python's `str()` prints it in a message.
pub(crate) fn py_str(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Null => "None".into(),
        Value::Bool(true) => "True".into(),
        Value::Bool(false) => "False".into(),
        other => other.to_string(),
    }
}

/// A truthy value of the wrong type is refused; falsy values pass, as in Presidio.
pub(crate) fn check_type(v: Option<&Value>, name: &str, ty: PyType) -> Result<(), CoreError> {
    let Some(v) = v else { return Ok(()) };
    if truthy(v) && !ty.admits(v) {
        let msg = match (ty.display(), display_of(v)) {
            (Some(e), Some(a)) => format!("Invalid parameter value for {name}. Expecting '{e}', but got '{a}'."),
            _ => format!("Invalid parameter value for '{name}'."),
        };
        return Err(CoreError::Refused(msg));
    }
    Ok(())
}

/// A parameter that must be present (not null) and of the given type.
pub(crate) fn require<'a>(params: &'a serde_json::Map<String, Value>, name: &str, ty: PyType) -> Result<&'a Value, CoreError> {
    match params.get(name) {
        None | Some(Value::Null) => Err(CoreError::Refused(format!("Expected parameter {name}"))),
        Some(v) => {
            check_type(Some(v), name, ty)?;
            Ok(v)
        }
    }
}

/// `Invalid input, {entity} must contain {name}`: Presidio's wording for a missing field.
pub(crate) fn missing(entity: &str, name: &str) -> CoreError {
    CoreError::Refused(format!("Invalid input, {entity} must contain {name}"))
}

/// An integer as Python reads it from JSON (`true` is 1); `None` for anything else.
pub(crate) fn as_int(v: &Value) -> Option<i64> {
    match v {
        Value::Bool(b) => Some(i64::from(*b)),
        Value::Number(n) => n.as_i64(),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn wrong_types_are_named_as_presidio_names_them_and_falsy_values_pass() {
        let err = check_type(Some(&json!("4")), "chars_to_mask", PyType::Int).err().map(|e| e.to_string());
        assert_eq!(err.as_deref(), Some("Invalid parameter value for chars_to_mask. Expecting 'number', but got 'string'."));
        let err = check_type(Some(&json!(1.5)), "start", PyType::Int).err().map(|e| e.to_string());
        assert_eq!(err.as_deref(), Some("Invalid parameter value for 'start'."));
        assert!(check_type(Some(&json!(0)), "from_end", PyType::Bool).is_ok());
        assert!(check_type(Some(&json!(true)), "chars_to_mask", PyType::Int).is_ok());
        let map = json!({"a": null}).as_object().cloned().unwrap_or_default();
        assert_eq!(require(&map, "a", PyType::Str).err().map(|e| e.to_string()).as_deref(), Some("Expected parameter a"));
    }
}
