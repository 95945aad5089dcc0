//! Synchronous analysis and redaction of text in the request body.

use actix_web::{HttpResponse, web};
use pii_core::engine::vault::VaultScope;
use pii_core::engine::{FpeValue, Scope, SegmentContext, anonymize_traced, deanonymize_spans};
use pii_core::text::CharCounter;
use pii_core::{Finding, JobId};

use crate::auth::Principal;
use crate::dto::{
    AnalyzeFinding, AnalyzeRequest, AnalyzeResponse, DeanonymizeRequest, DeanonymizeResponse, RedactTextRequest, RedactTextResponse,
    ValueSpan,
};
use crate::error::ApiError;
use crate::state::AppState;

/// Texts up to this size are analysed on the request's own thread; larger ones on the blocking pool,
/// so that no request holds an async worker for long.
const INLINE_TEXT_BYTES: usize = 16 * 1024;

/// Runs engine work for a request. A panic becomes a 500 whose logged cause is fixed: the panic's
/// own message (which tokio's join error repeats) may quote the document, and an inline panic
/// would otherwise take down the worker thread with every request it serves.
pub(crate) async fn run_cpu<T: Send + 'static>(len: usize, f: impl FnOnce() -> T + Send + 'static) -> Result<T, ApiError> {
    let stopped = || ApiError::Internal(pii_runtime::panics::STOPPED_REQUEST.into());
    if len <= INLINE_TEXT_BYTES {
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).map_err(|_| stopped())
    } else {
        tokio::task::spawn_blocking(f).await.map_err(|_| stopped())
    }
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
    let policy = req.policy();
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
    let policy = req.policy();
    let analyzer = state.engine.prepare(&policy)?;
    let mut keys = principal.keys(&state.master_key);
    // Each call is its own job: `pseudonymize` and `date_shift` are consistent within the call, or
    // across the tenant's calls under `pseudonym_scope: tenant`.
    let call = JobId::generate();
    keys.scope = Scope::job(call.to_string());
    let vault_scope = VaultScope::for_call(call, policy.pseudonym_scope);
    let text = req.text;
    let result = run_cpu(text.len(), move || {
        let spans = analyzer.analyze(&text, &SegmentContext::default());
        let redacted = anonymize_traced(&text, &spans, &policy, &keys)?;
        let mut counter = CharCounter::new(&text);
        let findings: Vec<Finding> = spans
            .into_iter()
            .map(|s| {
                let (start, end) = (counter.char_offset(s.start), counter.char_offset(s.end));
                Finding::new(s.entity_type, start, end, s.score)
            })
            .collect();
        let mut out = CharCounter::new(&redacted.text);
        let placed: Vec<ValueSpan> = redacted
            .pseudonyms
            .iter()
            .map(|p| ValueSpan { entity_type: p.minted.entity_type.clone(), start: out.char_offset(p.start), end: out.char_offset(p.end) })
            .collect();
        let minted = redacted.pseudonyms.into_iter().map(|p| p.minted).collect();
        let deposit = crate::vault::seal_call(&keys, vault_scope, minted)?;
        Ok::<_, pii_core::CoreError>((redacted.text, findings, placed, deposit, analyzer.language_warning()))
    })
    .await??;
    let (redacted, findings, pseudonyms, deposit, warning) = result;
    let pseudonym_scope = (!pseudonyms.is_empty()).then(|| deposit.scope.clone());
    let mut warnings: Vec<String> = warning.into_iter().collect();
    warnings.extend(deposit.warning());
    // The surrogates are reversible once their records are stored; the call fails otherwise.
    crate::vault::keep(&state, &principal.tenant, deposit).await?;
    Ok(HttpResponse::Ok().json(RedactTextResponse { text: redacted, findings, pseudonyms, pseudonym_scope, warnings }))
}

/// Restores the values that the `encrypt` operator replaced by tokens, the `fpe` values and the
/// `pseudonymize` surrogates the request points at, with the caller's tenant key and vault. A token
/// written for another tenant does not authenticate and the whole request is refused, so a tenant can
/// never read another's values; an `fpe` value decrypts under another tenant's key to a meaningless
/// value of the same shape; a surrogate is looked up in the caller's own vault only (another
/// tenant's, an unknown or an ambiguous one stays as it is and is listed in `not_restored`).
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
    let result = deanonymize_inner(&state, &principal, body.into_inner()).await;
    // Who reversed values, and when; never what they held.
    let (restored, not_restored) =
        crate::audit::audited(&state, &principal, pii_core::audit::AuditAction::Deanonymize, None, result).await?;
    Ok(HttpResponse::Ok().json(DeanonymizeResponse { text: restored.text, restored: restored.restored, not_restored }))
}

async fn deanonymize_inner(
    state: &AppState,
    principal: &Principal,
    req: DeanonymizeRequest,
) -> Result<(pii_core::engine::Deanonymized, Vec<ValueSpan>), ApiError> {
    let text = req.text;
    let fpe: Vec<FpeValue> = req.fpe.into_iter().map(|f| FpeValue { entity_type: f.entity_type, start: f.start, end: f.end }).collect();
    let keys = principal.keys(&state.master_key);
    if req.pseudonyms.is_empty() {
        let restored = run_cpu(text.len(), move || deanonymize_spans(&text, &fpe, &[], &keys)).await??;
        return Ok((restored, Vec::new()));
    }
    // Lookups first (HMACs, off the async threads for large requests), then the tenant's records,
    // then opening them and putting everything back in one pass.
    let (spans, lookup_keys) = (req.pseudonyms, keys.clone());
    let (text, wanted) = run_cpu(text.len(), move || {
        let wanted = crate::vault::lookups(&lookup_keys, &text, spans);
        (text, wanted)
    })
    .await?;
    let wanted = wanted?;
    let found = crate::vault::find(state, &principal.tenant, req.pseudonym_scope, &wanted).await?;
    let (master, caller) = (state.master_key.clone(), principal.clone());
    let result = run_cpu(text.len() + found.len() * 64, move || {
        let (known, not_restored) = crate::vault::resolve(|generation| caller.keys_at(&master, generation), wanted, &found);
        deanonymize_spans(&text, &fpe, &known, &keys).map(|r| (r, not_restored))
    })
    .await??;
    Ok(result)
}

#[cfg(test)]
mod tests {
    use super::{INLINE_TEXT_BYTES, run_cpu};
    use crate::error::ApiError;

    fn cause(r: Result<(), ApiError>) -> String {
        match r {
            Err(ApiError::Internal(cause)) => cause,
            other => panic!("expected an internal error, got {other:?}"),
        }
    }

    #[actix_web::test]
    async fn a_panic_inline_or_on_the_pool_is_a_500_that_quotes_nothing() {
        for len in [10, INLINE_TEXT_BYTES + 1] {
            let c = cause(run_cpu(len, || panic!("card 4111 1111 1111 1111 of Ottilie Brandvold")).await);
            assert!(!c.contains("4111") && !c.contains("Brandvold"), "{c}");
        }
    }

    #[actix_web::test]
    async fn work_that_returns_is_passed_through() {
        assert_eq!(run_cpu(10, || 7).await.ok(), Some(7));
        assert_eq!(run_cpu(INLINE_TEXT_BYTES + 1, || 8).await.ok(), Some(8));
    }
}
