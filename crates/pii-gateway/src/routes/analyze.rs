//! Synchronous analysis and redaction of text in the request body.

use actix_web::{HttpResponse, web};
use pii_core::engine::{FpeValue, Scope, SegmentContext, anonymize, deanonymize_with};
use pii_core::policy::RedactionPolicy;
use pii_core::text::CharCounter;
use pii_core::{Finding, JobId};

use crate::auth::Principal;
use crate::dto::{
    AnalyzeFinding, AnalyzeRequest, AnalyzeResponse, DeanonymizeRequest, DeanonymizeResponse, RedactTextRequest, RedactTextResponse,
};
use crate::error::ApiError;
use crate::state::AppState;

/// Texts up to this size are analysed on the request's own thread; larger ones on the blocking pool,
/// so that no request holds an async worker for long.
const INLINE_TEXT_BYTES: usize = 16 * 1024;

pub(crate) async fn run_cpu<T: Send + 'static>(len: usize, f: impl FnOnce() -> T + Send + 'static) -> Result<T, ApiError> {
    if len <= INLINE_TEXT_BYTES { Ok(f()) } else { tokio::task::spawn_blocking(f).await.map_err(|e| ApiError::Internal(e.to_string())) }
}

/// Finds the PII entities of a text; with `return_decision_process`, says why for each.
#[utoipa::path(post, path = "/api/v1/analyze", tag = "text", request_body = AnalyzeRequest,
    responses(
        (status = 200, body = AnalyzeResponse),
        (status = 400, body = crate::error::ErrorBody, description = "malformed JSON"),
        (status = 401, body = crate::error::ErrorBody),
        (status = 413, body = crate::error::ErrorBody),
        (status = 422, body = crate::error::ErrorBody),
    ),
    security(("api_key" = [])))]
pub async fn analyze_text(
    state: web::Data<AppState>,
    _principal: Principal,
    body: web::Json<AnalyzeRequest>,
) -> Result<HttpResponse, ApiError> {
    let req = body.into_inner();
    let policy = RedactionPolicy {
        entities: req.entities,
        score_threshold: req.score_threshold,
        allow_list: req.allow_list,
        deny_list: req.deny_list,
        ad_hoc_recognizers: req.ad_hoc_recognizers,
        operators: Default::default(),
        language: req.language,
        ..Default::default()
    };
    let analyzer = state.engine.prepare(&policy)?;
    let (text, explain) = (req.text, req.return_decision_process);
    let (findings, warning) = run_cpu(text.len(), move || {
        let ctx = SegmentContext::default();
        let findings: Vec<AnalyzeFinding> = if explain {
            analyzer.analyze_text_explained(&text, &ctx).into_iter().map(|(f, e)| AnalyzeFinding::new(f, Some(e))).collect()
        } else {
            analyzer.analyze_text(&text, &ctx).into_iter().map(|f| AnalyzeFinding::new(f, None)).collect()
        };
        (findings, analyzer.language_warning())
    })
    .await?;
    Ok(HttpResponse::Ok().json(AnalyzeResponse { findings, warnings: warning.into_iter().collect() }))
}

/// Finds the PII entities of a text and returns it redacted with the requested operators.
#[utoipa::path(post, path = "/api/v1/redact", tag = "text", request_body = RedactTextRequest,
    responses(
        (status = 200, body = RedactTextResponse),
        (status = 400, body = crate::error::ErrorBody, description = "malformed JSON"),
        (status = 401, body = crate::error::ErrorBody),
        (status = 413, body = crate::error::ErrorBody),
        (status = 422, body = crate::error::ErrorBody),
    ),
    security(("api_key" = [])))]
pub async fn redact_text(
    state: web::Data<AppState>,
    principal: Principal,
    body: web::Json<RedactTextRequest>,
) -> Result<HttpResponse, ApiError> {
    let req = body.into_inner();
    let policy = RedactionPolicy {
        entities: req.entities,
        score_threshold: req.score_threshold,
        allow_list: req.allow_list,
        deny_list: req.deny_list,
        ad_hoc_recognizers: req.ad_hoc_recognizers,
        operators: req.operators,
        pseudonym_scope: req.pseudonym_scope,
        language: req.language,
        ..Default::default()
    };
    let analyzer = state.engine.prepare(&policy)?;
    let mut keys = principal.keys(&state.master_key);
    // Each call is its own job: `pseudonymize` and `date_shift` are consistent within the call, or
    // across the tenant's calls under `pseudonym_scope: tenant`.
    keys.scope = Scope::job(JobId::generate().to_string());
    let text = req.text;
    let result = run_cpu(text.len(), move || {
        let spans = analyzer.analyze(&text, &SegmentContext::default());
        let redacted = anonymize(&text, &spans, &policy, &keys)?;
        let mut counter = CharCounter::new(&text);
        let findings: Vec<Finding> = spans
            .into_iter()
            .map(|s| {
                let (start, end) = (counter.char_offset(s.start), counter.char_offset(s.end));
                Finding::new(s.entity_type, start, end, s.score)
            })
            .collect();
        Ok::<_, pii_core::CoreError>((redacted, findings, analyzer.language_warning()))
    })
    .await??;
    let (redacted, findings, warning) = result;
    Ok(HttpResponse::Ok().json(RedactTextResponse { text: redacted, findings, warnings: warning.into_iter().collect() }))
}

/// Restores the values that the `encrypt` operator replaced by tokens, and the `fpe` values the
/// request points at, with the caller's tenant key. A token written for another tenant does not
/// authenticate and the whole request is refused, so a tenant can never read another's values; an
/// `fpe` value decrypts under another tenant's key to a meaningless value of the same shape.
#[utoipa::path(post, path = "/api/v1/deanonymize", tag = "text", request_body = DeanonymizeRequest,
    responses(
        (status = 200, body = DeanonymizeResponse),
        (status = 400, body = crate::error::ErrorBody),
        (status = 401, body = crate::error::ErrorBody),
        (status = 413, body = crate::error::ErrorBody),
        (status = 422, body = crate::error::ErrorBody),
    ),
    security(("api_key" = [])))]
pub async fn deanonymize_text(
    state: web::Data<AppState>,
    principal: Principal,
    body: web::Json<DeanonymizeRequest>,
) -> Result<HttpResponse, ApiError> {
    let req = body.into_inner();
    let text = req.text;
    let fpe: Vec<FpeValue> = req.fpe.into_iter().map(|f| FpeValue { entity_type: f.entity_type, start: f.start, end: f.end }).collect();
    let keys = principal.keys(&state.master_key);
    let result = match run_cpu(text.len(), move || deanonymize_with(&text, &fpe, &keys)).await {
        Ok(Ok(r)) => Ok(r),
        Ok(Err(e)) => Err(ApiError::from(e)),
        Err(e) => Err(e),
    };
    // Who reversed tokens, and when; never what they held.
    let restored = crate::audit::audited(&state, &principal, pii_core::audit::AuditAction::Deanonymize, None, result).await?;
    Ok(HttpResponse::Ok().json(DeanonymizeResponse { text: restored.text, restored: restored.restored }))
}
