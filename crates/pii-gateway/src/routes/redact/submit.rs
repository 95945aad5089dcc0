//! What single and batch submissions share: validating what is not the input itself (callback,
//! metadata, quota), and committing the jobs with their messages and idempotency record.

use actix_web::HttpResponse;
use pii_core::ErrorKind;
use pii_core::grants::Grants;
use pii_core::messages::OutputVersion;
use pii_core::uri::ObjectUri;
use pii_db::jobs::{self, Submission};
use pii_storage::Reach;

use crate::auth::Principal;
use crate::error::ApiError;
use crate::idempotency::IdempotencyKey;
use crate::state::AppState;

/// Most bytes of caller metadata per job or batch.
pub const MAX_METADATA_BYTES: usize = 4096;

/// The caller's metadata as stored JSON text: an object of bounded size.
///
/// # Errors
/// `ApiError::Unprocessable` for anything else.
pub fn metadata_json(metadata: Option<&serde_json::Value>) -> Result<Option<String>, ApiError> {
    let Some(m) = metadata else { return Ok(None) };
    if !m.is_object() {
        return Err(ApiError::Unprocessable("metadata must be a JSON object".into()));
    }
    let text = serde_json::to_string(m).map_err(|e| ApiError::Internal(e.to_string()))?;
    if text.len() > MAX_METADATA_BYTES {
        return Err(ApiError::Unprocessable(format!("metadata must be at most {MAX_METADATA_BYTES} bytes of JSON")));
    }
    Ok(Some(text))
}

/// A callback URL this deployment may call.
///
/// # Errors
/// `ApiError::Unprocessable` for a malformed or refused URL.
pub fn callback_url(state: &AppState, url: Option<&str>) -> Result<Option<String>, ApiError> {
    let Some(u) = url else { return Ok(None) };
    if u.len() > pii_core::uri::MAX_URI_LEN {
        return Err(ApiError::Unprocessable("callback_url is too long".into()));
    }
    let parsed = url::Url::parse(u).map_err(|e| ApiError::Unprocessable(format!("callback_url: {e}")))?;
    state.storage.check_callback_url(&parsed).map_err(|e| ApiError::Unprocessable(format!("callback_url: {e}")))?;
    Ok(Some(parsed.to_string()))
}

/// Refuses a submission that would take the tenant past its in-flight quota.
///
/// # Errors
/// `ApiError::RateLimited` past the quota.
pub async fn check_in_flight(state: &AppState, principal: &Principal, adding: usize) -> Result<(), ApiError> {
    if principal.is_admin() {
        return Ok(());
    }
    let Some(max) = state.config.quotas.in_flight(&principal.quotas) else { return Ok(()) };
    let tenant = principal.tenant.clone();
    let now = state.db.run(move |c| jobs::count_in_flight(c, &tenant)).await?;
    if now.saturating_add(adding as i64) > i64::from(max) {
        return Err(ApiError::QuotaExceeded(format!(
            "{now} jobs are queued or processing; this tenant may have at most {max} (adding {adding} would exceed it)"
        )));
    }
    Ok(())
}

/// Refuses outputs that would replace an object no job of this tenant wrote or is writing, unless the caller
/// said `overwrite`. Returns the refusals, one line per output, for the caller to report.
///
/// # Errors
/// `ApiError` when the store or the database cannot be asked.
pub async fn foreign_outputs(
    state: &AppState,
    tenant: &pii_core::TenantId,
    outputs: &[&ObjectUri],
    grants: &Grants,
) -> Result<Vec<String>, ApiError> {
    use futures::StreamExt;
    let reach = Reach::Tenant(grants);
    let storage = &state.storage;
    // Owned URIs: a stream over `&&ObjectUri` is not general enough for a spawned task's future.
    let owned: Vec<ObjectUri> = outputs.iter().map(|o| (*o).clone()).collect();
    let heads: Vec<(String, Result<Option<OutputVersion>, pii_storage::StorageError>)> = futures::stream::iter(owned)
        .map(move |o: ObjectUri| async move {
            let head = storage.head(&o, reach).await;
            (o.to_string(), head)
        })
        .buffered(16)
        .collect()
        .await;
    let mut existing = Vec::new();
    for (uri, head) in heads {
        // The check is never skipped: a store that cannot be asked is a 503, not a pass.
        let found = head.map_err(|e| match e {
            pii_storage::StorageError::Unavailable(_) => {
                ApiError::Unavailable("the output location cannot be checked now (its store is unavailable); try again shortly".into())
            }
            other => ApiError::Unprocessable(format!("output_uri: {other}")),
        })?;
        if found.is_some() {
            existing.push(uri);
        }
    }
    if existing.is_empty() {
        return Ok(Vec::new());
    }
    let tenant = tenant.clone();
    let asked = existing.clone();
    let ours = state.db.run(move |c| pii_db::outputs::written_among(c, &tenant, &asked)).await?;
    Ok(existing
        .into_iter()
        .filter(|u| !ours.contains(u))
        .map(|u| format!("output {u} already exists and no job of this tenant wrote it (set \"overwrite\": true to replace it)"))
        .collect())
}

/// What a submission will create.
#[derive(Debug, Default)]
pub struct Planned {
    pub batch: Option<pii_db::batches::NewBatch>,
    pub jobs: Vec<pii_db::jobs::NewJob>,
    pub messages: Vec<pii_core::envelope::Envelope>,
}

/// Commits a submission. `answer` builds the response from the submission as it will be stored,
/// before the commit, so that with an idempotency key the answer is stored with the jobs and a
/// concurrent twin of the request gets the same answer.
///
/// # Errors
/// `ApiError` from the store, or the replay's refusal.
pub async fn commit<F>(
    state: &AppState,
    principal: &Principal,
    planned: Planned,
    idem: Option<&IdempotencyKey>,
    answer: F,
) -> Result<HttpResponse, ApiError>
where
    F: FnOnce(&Submission<'_>) -> Result<(u16, String), ApiError>,
{
    let created = planned.jobs.len() as u64;
    let preview = Submission::new(&planned.jobs, &planned.messages);
    let at = preview.at;
    let (status, body) = answer(&preview)?;
    let record = idem.map(|k| k.record(&principal.tenant, status, &body));
    let stored = state
        .db
        .run(move |c| {
            let sub = Submission { at, batch: planned.batch, jobs: &planned.jobs, messages: &planned.messages, idempotency: record };
            jobs::create_jobs(c, sub)
        })
        .await;
    match stored {
        Ok(_) => {}
        Err(e) if idem.is_some() && e.kind() == ErrorKind::Conflict => {
            // Another request with the same key committed first: answer as it did.
            if let Some(k) = idem
                && let Some(resp) = k.replay(&state.db, &principal.tenant).await?
            {
                return Ok(resp);
            }
            return Err(e.into());
        }
        Err(e) => return Err(e.into()),
    }
    state.relay.notify_one();
    pii_runtime::metrics::jobs_queued(principal.tenant.as_str(), created);
    pii_runtime::telemetry::annotate("pii.tenant", principal.tenant.to_string());
    pii_runtime::telemetry::annotate("pii.jobs", i64::try_from(created).unwrap_or(i64::MAX));
    let code = actix_web::http::StatusCode::from_u16(status).unwrap_or(actix_web::http::StatusCode::ACCEPTED);
    Ok(HttpResponse::build(code).content_type("application/json").body(body))
}
