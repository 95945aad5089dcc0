//! `POST /presidio/anonymize` and `POST /presidio/deanonymize`: the caller's text and results
//! rewritten by Presidio's rules (`pii_core::presidio`), with the caller's own operators and keys.

use actix_web::{HttpResponse, web};
use pii_core::presidio::{self, AnalyzerResult, Entity};
use serde_json::Value;

use super::{PresidioError, body};
use crate::auth::Principal;
use crate::routes::analyze::run_cpu;
use crate::state::AppState;

fn object(bytes: &[u8]) -> Result<serde_json::Map<String, Value>, PresidioError> {
    match body::parse::<Value>(bytes)? {
        Value::Object(o) if !o.is_empty() => Ok(o),
        _ => Err(PresidioError::bad_request("Invalid request json")),
    }
}

fn text_of(o: &serde_json::Map<String, Value>) -> Result<String, PresidioError> {
    match o.get("text") {
        None => Ok(String::new()),
        Some(Value::String(s)) => Ok(s.clone()),
        Some(_) => Err(PresidioError::invalid("Invalid input, text must be a string")),
    }
}

fn list<'a>(o: &'a serde_json::Map<String, Value>, key: &str) -> Result<&'a [Value], PresidioError> {
    match o.get(key) {
        Some(Value::Array(a)) => Ok(a),
        None | Some(Value::Null) => Ok(&[]),
        Some(_) => Err(PresidioError::invalid(format!("Invalid input, {key} must be a list"))),
    }
}

fn entropy(buf: &mut [u8]) {
    rand::fill(buf);
}

pub(super) async fn anonymize(state: web::Data<AppState>, _p: Principal, payload: web::Payload) -> Result<HttpResponse, PresidioError> {
    let bytes = body::read(payload, state.config.max_body_bytes).await?;
    let o = object(&bytes)?;
    let operators = presidio::operators_from_json(o.get("anonymizers"))?;
    if presidio::has_custom(&operators) {
        return Err(PresidioError::bad_request("Custom type anonymizer is not supported"));
    }
    if matches!(o.get("analyzer_results"), None | Some(Value::Null)) {
        return Err(PresidioError::invalid("Invalid input, request must contain analyzer results"));
    }
    let results = list(&o, "analyzer_results")?.iter().map(AnalyzerResult::from_json).collect::<Result<Vec<_>, _>>()?;
    let text = text_of(&o)?;
    let out = run_cpu(text.len(), move || presidio::anonymize(&text, &results, &operators, &mut entropy)).await??;
    Ok(HttpResponse::Ok().json(out))
}

pub(super) async fn deanonymize(state: web::Data<AppState>, _p: Principal, payload: web::Payload) -> Result<HttpResponse, PresidioError> {
    let bytes = body::read(payload, state.config.max_body_bytes).await?;
    let o = object(&bytes)?;
    let text = text_of(&o)?;
    let entities = list(&o, "anonymizer_results")?.iter().map(Entity::from_json).collect::<Result<Vec<_>, _>>()?;
    let operators = presidio::operators_from_json(o.get("deanonymizers"))?;
    let out = run_cpu(text.len(), move || presidio::deanonymize(&text, &entities, &operators)).await??;
    Ok(HttpResponse::Ok().json(out))
}
