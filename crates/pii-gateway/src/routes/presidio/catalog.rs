//! Presidio's listing endpoints: health, supported entities, recognizers, anonymizers and
//! deanonymizers.

use actix_web::{HttpResponse, web};
use pii_core::lang::Language;
use pii_core::presidio::Direction;
use serde::Deserialize;

use super::PresidioError;
use crate::auth::Principal;
use crate::state::AppState;

/// Presidio's `language` query parameter; other parameters are ignored, as Presidio ignores them.
#[derive(Deserialize)]
pub(super) struct LanguageQuery {
    language: Option<String>,
}

/// The language of a Presidio request: one of the engine's seven codes (`en`, `fr`, `de`, `es`,
/// `it`, `nl`, `pt`; Presidio has no `auto`); any other is refused in Presidio's words, as it
/// refuses a language it has no recognizers for.
pub(super) fn check_language(language: &str) -> Result<Language, PresidioError> {
    Language::parse(language).map_err(|_| PresidioError::analyzer_refusal("No matching recognizers were found to serve the request."))
}

fn language(query: &str) -> Result<(), PresidioError> {
    let q: LanguageQuery =
        web::Query::<LanguageQuery>::from_query(query).map(web::Query::into_inner).unwrap_or(LanguageQuery { language: None });
    match q.language.as_deref() {
        None | Some("") => Ok(()),
        Some(l) => check_language(l).map(drop),
    }
}

pub(super) async fn health() -> HttpResponse {
    HttpResponse::Ok().content_type("text/plain; charset=utf-8").body("pii-redactor Presidio-compatible API is up")
}

pub(super) async fn supported_entities(
    req: actix_web::HttpRequest,
    state: web::Data<AppState>,
    _p: Principal,
) -> Result<HttpResponse, PresidioError> {
    language(req.query_string())?;
    let names: Vec<String> = state.engine.supported_entities().into_iter().map(|e| e.as_str().to_owned()).collect();
    Ok(HttpResponse::Ok().json(names))
}

pub(super) async fn recognizers(
    req: actix_web::HttpRequest,
    state: web::Data<AppState>,
    _p: Principal,
) -> Result<HttpResponse, PresidioError> {
    language(req.query_string())?;
    Ok(HttpResponse::Ok().json(state.engine.recognizer_names()))
}

pub(super) async fn anonymizers(_p: Principal) -> HttpResponse {
    // `custom` (code sent by the caller) is never run, so it is not offered.
    let names: Vec<&str> = Direction::Anonymize.operator_names().iter().copied().filter(|n| *n != "custom").collect();
    HttpResponse::Ok().json(names)
}

pub(super) async fn deanonymizers(_p: Principal) -> HttpResponse {
    HttpResponse::Ok().json(Direction::Deanonymize.operator_names())
}
