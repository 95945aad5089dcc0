//! `POST /presidio/analyze`: Presidio's analyzer request (one text or a list of texts) answered with
//! this engine's findings in Presidio's result shape. Presidio's defaults hold: every score above 0
//! is returned unless `score_threshold` says otherwise, and ad-hoc patterns are case-insensitive.

use actix_web::{HttpResponse, web};
use pii_core::EntityType;
use pii_core::engine::SegmentContext;
use pii_core::lang::LanguageChoice;
use pii_core::policy::RedactionPolicy;
use serde::Serialize;
use serde_json::Value;

use super::adhoc::{self, AdHocPart, inline_flags, parse_error};
use super::catalog::check_language;
use super::explain::Explanation;
use super::{PresidioError, body};
use crate::auth::Principal;
use crate::routes::analyze::run_cpu;
use crate::state::AppState;

/// One result, as Presidio's analyzer serializes it (without `recognition_metadata`, which it drops).
#[derive(Debug, Serialize)]
struct PresidioResult {
    entity_type: EntityType,
    start: u64,
    end: u64,
    score: f64,
    analysis_explanation: Option<Explanation>,
}

/// Python's default flags for the allow-list regex: DOTALL | MULTILINE | IGNORECASE.
const DEFAULT_REGEX_FLAGS: i64 = 2 | 8 | 16;

/// Scores print as the engine's `f32` reads in decimal (0.85, not 0.8500000238418579).
pub(super) fn py_score(s: f32) -> f64 {
    s.to_string().parse().unwrap_or(f64::from(s))
}

fn strings(v: Option<&Value>) -> Option<Vec<String>> {
    match v {
        Some(Value::Array(a)) => Some(a.iter().filter_map(|s| s.as_str().map(str::to_owned)).collect()),
        _ => None,
    }
}

pub(super) async fn analyze(state: web::Data<AppState>, _p: Principal, payload: web::Payload) -> Result<HttpResponse, PresidioError> {
    let bytes = body::read(payload, state.config.max_body_bytes).await?;
    let Value::Object(o) = body::parse::<Value>(&bytes)? else {
        return Err(PresidioError::bad_request("Invalid request json"));
    };
    // Presidio builds the ad-hoc recognizers first, so their errors come before the text's.
    let part: AdHocPart = body::parse(&bytes)?;
    let ad_hoc = adhoc::recognizers(part.ad_hoc_recognizers.as_ref())?;

    let (texts, batch) = match o.get("text") {
        Some(Value::String(s)) if !s.is_empty() => (vec![s.clone()], false),
        Some(Value::Array(a)) if !a.is_empty() => {
            let texts: Option<Vec<String>> = a.iter().map(|t| t.as_str().map(str::to_owned)).collect();
            (texts.ok_or_else(|| parse_error("every text of a batch must be a string"))?, true)
        }
        None | Some(Value::Null | Value::String(_) | Value::Array(_)) => return Err(PresidioError::analyzer_refusal("No text provided")),
        Some(_) => return Err(parse_error("text must be a string or a list of strings")),
    };
    // Presidio's `language` is the language to analyse in: forced, never identified.
    let language = match o.get("language") {
        Some(Value::String(l)) if !l.is_empty() => LanguageChoice::Fixed(check_language(l)?),
        None | Some(Value::Null | Value::String(_)) => return Err(PresidioError::analyzer_refusal("No language provided")),
        Some(_) => LanguageChoice::Fixed(check_language("")?),
    };
    // Unknown names select nothing, as in Presidio (an ad-hoc recognizer may define them); an
    // empty list means every type.
    let known = |e: &EntityType| e.is_built_in() || ad_hoc.iter().any(|r| &r.supported_entity == e);
    let requested = strings(o.get("entities")).filter(|names| !names.is_empty());
    let entities =
        requested.as_ref().map(|names| names.iter().filter_map(|n| EntityType::parse(n).ok()).filter(|e| known(e)).collect::<Vec<_>>());
    if entities.as_ref().is_some_and(Vec::is_empty) {
        // Only unknown types were asked for: nothing can match.
        let empty: Vec<Vec<PresidioResult>> = texts.iter().map(|_| Vec::new()).collect();
        return Ok(if batch { HttpResponse::Ok().json(empty) } else { HttpResponse::Ok().json(Vec::<PresidioResult>::new()) });
    }
    #[allow(clippy::cast_possible_truncation, reason = "thresholds are in 0..=1; f32 is the engine's precision")]
    let threshold = o.get("score_threshold").and_then(Value::as_f64).map_or(0.0, |t| t as f32);
    let explain = o.get("return_decision_process").is_some_and(pii_core::presidio::truthy);
    let context = strings(o.get("context")).map(|c| c.join(" ")).filter(|c| !c.is_empty());
    let allow_list = strings(o.get("allow_list")).unwrap_or_default();
    let regex_allow = o.get("allow_list_match").and_then(Value::as_str) == Some("regex");
    let allow_regex = if regex_allow {
        let terms: Vec<&str> = allow_list.iter().map(String::as_str).filter(|t| !t.is_empty()).collect();
        let flags = o.get("regex_flags").and_then(Value::as_i64).unwrap_or(DEFAULT_REGEX_FLAGS);
        if terms.is_empty() {
            None
        } else {
            let pattern = format!("{}(?:{})", inline_flags(flags), terms.join("|"));
            Some(
                regex::RegexBuilder::new(&pattern)
                    .size_limit(1 << 20)
                    .build()
                    .map_err(|_| parse_error("allow_list is not a valid regular expression"))?,
            )
        }
    } else {
        None
    };

    let policy = RedactionPolicy {
        entities,
        score_threshold: Some(threshold.clamp(0.0, 1.0)),
        allow_list: if regex_allow { Vec::new() } else { allow_list },
        ad_hoc_recognizers: ad_hoc,
        language,
        ..Default::default()
    };
    let analyzer = state.engine.prepare(&policy).map_err(|e| parse_error(&e.to_string()))?;
    let size = texts.iter().map(String::len).sum();
    let results = run_cpu(size, move || {
        let ctx = SegmentContext { context_words: context.as_deref(), ..Default::default() };
        texts
            .iter()
            .map(|text| {
                let chars: Vec<char> = if allow_regex.is_some() { text.chars().collect() } else { Vec::new() };
                let findings: Vec<_> = if explain {
                    analyzer.analyze_text_explained(text, &ctx).into_iter().map(|(f, e)| (f, Some(e))).collect()
                } else {
                    analyzer.analyze_text(text, &ctx).into_iter().map(|f| (f, None)).collect()
                };
                findings
                    .into_iter()
                    .filter(|(f, _)| match &allow_regex {
                        Some(re) => {
                            let (s, e) = (usize::try_from(f.start).unwrap_or(usize::MAX), usize::try_from(f.end).unwrap_or(usize::MAX));
                            !re.is_match(&chars.get(s..e).unwrap_or_default().iter().collect::<String>())
                        }
                        None => true,
                    })
                    .map(|(f, e)| {
                        let score = py_score(f.score);
                        PresidioResult {
                            analysis_explanation: e.map(|e| Explanation::new(&f.entity_type, e, score)),
                            entity_type: f.entity_type,
                            start: f.start,
                            end: f.end,
                            score,
                        }
                    })
                    .collect::<Vec<_>>()
            })
            .collect::<Vec<_>>()
    })
    .await?;
    if batch { Ok(HttpResponse::Ok().json(results)) } else { Ok(HttpResponse::Ok().json(results.into_iter().next().unwrap_or_default())) }
}
