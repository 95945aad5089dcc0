use std::collections::HashSet;

use actix_web::{HttpRequest, HttpResponse, web};
use pii_core::audit::{AuditAction, AuditOutcome};
use pii_core::uri::ObjectUri;
use pii_core::{BatchId, JobId};
use pii_db::batches::NewBatch;
use pii_db::jobs::NewJob;

use super::submit::{self, Planned};
use super::uri::{detect_message, plan_parsed};
use crate::auth::Principal;
use crate::dto::{BatchCreated, BatchRequest};
use crate::error::ApiError;
use crate::idempotency::{IdempotencyKey, parse_json, read_body};
use crate::state::AppState;
use pii_storage::Reach;

/// Most item errors quoted in one answer.
const MAX_QUOTED_ERRORS: usize = 5;
/// Most bytes of policy one batch may store across its jobs (policy size times items): a 1.6 MB deny
/// list fits 40 items, a 4 KB policy the whole 10,000.
pub const MAX_BATCH_POLICY_BYTES: usize = 64 << 20;

/// One item's input URI and its explicit output URI, each parsed or the reason it was refused
/// (refusals are reported per item, not for the whole batch).
type ItemUris = (Result<ObjectUri, String>, Option<Result<ObjectUri, String>>);

/// Creates many jobs at once, from listed inputs or every object below a prefix; one handle follows
/// them all. Every job or none is created. Jobs also appear in `GET /jobs` (filter `batch_id`).
#[utoipa::path(post, path = "/api/v1/redact/batch", tag = "batches", request_body = BatchRequest,
    params(("Idempotency-Key" = Option<String>, Header, description = "makes retries of this request safe")),
    responses(
        (status = 202, body = BatchCreated),
        (status = 400, body = crate::error::ErrorBody),
        (status = 401, body = crate::error::ErrorBody),
        (status = 413, body = crate::error::ErrorBody, description = "the request body or the prefix is too large"),
        (status = 409, body = crate::error::ErrorBody, description = "an output holds an object no job of this tenant wrote, and `overwrite` is not set"),
        (status = 422, body = crate::error::ErrorBody, description = "an item is invalid (the first ones are named)"),
        (status = 429, body = crate::error::ErrorBody),
        (status = 503, body = crate::error::ErrorBody, description = "the job store, or the store of an output location, is unavailable"),
    ),
    security(("api_key" = [])))]
pub async fn redact_batch(
    state: web::Data<AppState>,
    principal: Principal,
    req: HttpRequest,
    payload: web::Payload,
) -> Result<HttpResponse, ApiError> {
    // A created batch is audited with its id where it is created; a refusal here, without one.
    let result = submit_batch(&state, &principal, req, payload).await;
    if result.is_err() {
        crate::audit::record(&state, &principal, AuditAction::BatchCreate, None, crate::audit::outcome_of(&result)).await;
    }
    result
}

async fn submit_batch(state: &AppState, principal: &Principal, req: HttpRequest, payload: web::Payload) -> Result<HttpResponse, ApiError> {
    // A batch body may carry 10,000 items: allow more than a single request.
    let body = read_body(payload, state.config.max_body_bytes.max(8 << 20)).await?;
    let idem = IdempotencyKey::from_request(&req, &body)?;
    if let Some(k) = &idem
        && let Some(replayed) = k.replay(&state.db, &principal.tenant).await?
    {
        return Ok(replayed);
    }
    let r: BatchRequest = parse_json(&req, &body)?;
    let max = state.config.max_batch_items;
    let policy = r.policy();
    state.engine.prepare(&policy)?;
    // Sealed once for the whole batch: every job row and message holds the same sealed policy.
    let policy = policy.seal(&state.master_key.tenant_keys(&principal.tenant))?;
    let metadata = submit::metadata_json(r.metadata.as_ref())?;
    let callback = submit::callback_url(state, r.callback_url.as_deref())?;
    let grants = crate::grants::of_tenant(state, &principal.tenant).await?;
    let output_prefix = r
        .output_prefix
        .as_deref()
        .map(ObjectUri::parse_prefix)
        .transpose()
        .map_err(|e| ApiError::Unprocessable(format!("output_prefix: {e}")))?;

    // (input, explicit output) pairs.
    let pairs: Vec<ItemUris> = match (&r.input_prefix, r.items.is_empty()) {
        (Some(_), false) => return Err(ApiError::Unprocessable("give either items or input_prefix, not both".into())),
        (None, true) => return Err(ApiError::Unprocessable("items must hold at least one input (or give input_prefix)".into())),
        (None, false) => {
            if r.items.len() > max {
                return Err(ApiError::TooLarge(format!("a batch holds at most {max} items; this one has {}", r.items.len())));
            }
            r.items
                .iter()
                .map(|it| {
                    let input = ObjectUri::parse(&it.input_uri).map_err(|e| format!("input_uri: {e}"));
                    let output = match (&it.output_uri, &output_prefix, &input) {
                        (Some(o), _, _) => Some(ObjectUri::parse(o).map_err(|e| format!("output_uri: {e}"))),
                        (None, Some(p), Ok(i)) => Some(p.join_key(&i.file_name()).map_err(|e| format!("output_uri: {e}"))),
                        _ => None,
                    };
                    (input, output)
                })
                .collect()
        }
        (Some(prefix), true) => {
            let prefix = ObjectUri::parse_prefix(prefix).map_err(|e| ApiError::Unprocessable(format!("input_prefix: {e}")))?;
            // Outside the grants a prefix is "no such folder", as a missing one is.
            let listed = state.storage.list(&prefix, Reach::Tenant(&grants), max).await.map_err(|e| match e {
                pii_storage::StorageError::TooLarge(why) => ApiError::TooLarge(format!("input_prefix: {why}")),
                pii_storage::StorageError::NotFound => ApiError::Unprocessable("input_prefix: no such folder or bucket".into()),
                other => ApiError::Unprocessable(format!("input_prefix: {other}")),
            })?;
            // Outputs written into the listed prefix itself would be listed by the next batch.
            let listed: Vec<_> = listed.into_iter().filter(|(_, rel)| !rel.split('/').any(|s| s == "redacted")).collect();
            if listed.is_empty() {
                return Err(ApiError::Unprocessable("input_prefix: no objects below this prefix".into()));
            }
            listed
                .into_iter()
                .map(|(input, rel)| {
                    let output = output_prefix.as_ref().map(|p| p.join_key(&rel).map_err(|e| format!("output_uri: {e}")));
                    (Ok(input), output)
                })
                .collect()
        }
    };
    let policy_json = serde_json::to_string(&policy).map_err(|e| ApiError::Internal(e.to_string()))?;
    // Each job row and each message carries the policy: bound the total before anything is built.
    let policy_total = policy_json.len().saturating_mul(pairs.len());
    if policy_total > MAX_BATCH_POLICY_BYTES {
        return Err(ApiError::TooLarge(format!(
            "the policy ({} bytes) times {} items is {policy_total} bytes, over the {MAX_BATCH_POLICY_BYTES}-byte limit for one batch; \
             send fewer items per batch or a smaller policy",
            policy_json.len(),
            pairs.len()
        )));
    }
    submit::check_in_flight(state, principal, pairs.len()).await?;

    let batch_id = BatchId::generate();
    let mut planned = Planned::default();
    let mut errors = Vec::new();
    let mut outputs = HashSet::with_capacity(pairs.len());
    for (i, (input, output)) in pairs.into_iter().enumerate() {
        let spec = match (input, output.transpose()) {
            (Ok(input), Ok(output)) => {
                plan_parsed(state, principal, &grants, JobId::generate(), input, output, policy.clone()).map_err(|e| e.to_string())
            }
            (Err(e), _) | (_, Err(e)) => Err(e),
        };
        let spec = match spec {
            Ok(mut s) => {
                if !outputs.insert(s.output_uri.clone()) {
                    errors.push(format!("items[{i}]: output {} is also the output of another item", s.output_uri));
                    continue;
                }
                s.batch_id = Some(batch_id);
                s
            }
            Err(e) => {
                errors.push(format!("items[{i}]: {e}"));
                continue;
            }
        };
        if errors.is_empty() {
            planned.jobs.push(NewJob {
                id: spec.job_id,
                tenant_id: principal.tenant.clone(),
                batch_id: Some(batch_id),
                input_uri: spec.input_uri.to_string(),
                output_uri: spec.output_uri.to_string(),
                policy_json: policy_json.clone(),
                callback_url: None,
                metadata_json: metadata.clone(),
            });
            planned.messages.push(detect_message(spec)?);
        }
    }
    if !errors.is_empty() {
        let n = errors.len();
        errors.truncate(MAX_QUOTED_ERRORS);
        return Err(ApiError::Unprocessable(format!("{n} item(s) are invalid; nothing was created: {}", errors.join("; "))));
    }
    if !r.overwrite {
        let outs: Vec<&ObjectUri> = outputs.iter().collect();
        let mut refused = submit::foreign_outputs(state, principal, &outs, &grants).await?;
        if !refused.is_empty() {
            let n = refused.len();
            refused.truncate(MAX_QUOTED_ERRORS);
            return Err(ApiError::Conflict(format!("{n} output(s) would replace objects; nothing was created: {}", refused.join("; "))));
        }
    }
    let total = planned.jobs.len();
    planned.batch = Some(NewBatch {
        id: batch_id,
        tenant_id: principal.tenant.clone(),
        jobs_total: u32::try_from(total).unwrap_or(u32::MAX),
        callback_url: callback,
        metadata_json: metadata,
    });
    let resp = submit::commit(state, principal, planned, idem.as_ref(), |sub| {
        let created = BatchCreated {
            batch_id: batch_id.to_string(),
            job_ids: sub.jobs.iter().map(|j| j.id.to_string()).collect(),
            jobs_created: sub.jobs.len(),
        };
        Ok((202, serde_json::to_string(&created).map_err(|e| ApiError::Internal(e.to_string()))?))
    })
    .await?;
    tracing::info!(batch_id = %batch_id, tenant = %principal.tenant, jobs = total, "batch created");
    crate::audit::record(state, principal, AuditAction::BatchCreate, Some(batch_id.to_string()), AuditOutcome::Success).await;
    Ok(resp)
}
