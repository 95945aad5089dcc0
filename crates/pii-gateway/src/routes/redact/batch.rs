//! `POST /redact/batch`: many jobs followed by one handle, from inputs listed in the request or from
//! every object below a prefix of any size.
//!
//! Listed items are all created in the request's transaction. A prefix is listed page by page: the
//! request lists and creates the first page (so a missing, forbidden or empty prefix, or a refused
//! output, is still answered at once) and, when more objects follow, the batch answers with
//! `listing: true` and the background lister goes on (`crate::background::lister`).

use actix_web::{HttpRequest, HttpResponse, web};
use pii_core::BatchId;
use pii_core::audit::{AuditAction, AuditOutcome};
use pii_core::uri::ObjectUri;
use pii_db::batch_listing::ListingStart;
use pii_db::batches::NewBatch;

use super::batch_items::{self, Shared};
use super::submit::{self, Planned};
use crate::auth::Principal;
use crate::background::lister;
use crate::batch_pages::PrefixBatch;
use crate::dto::{BatchCreated, BatchRequest};
use crate::error::ApiError;
use crate::idempotency::{IdempotencyKey, parse_json, read_body};
use crate::state::AppState;

/// Creates many jobs at once, from listed inputs (up to `PII_REDACTOR_MAX_BATCH_ITEMS`, every job or
/// none) or every object below a prefix of any size (listed and submitted page by page; the answer
/// holds the first page and says `listing: true` while more follow). One handle follows them all.
/// Jobs also appear in `GET /jobs` (filter `batch_id`).
#[utoipa::path(post, path = "/api/v1/redact/batch", tag = "batches", request_body = BatchRequest,
    params(("Idempotency-Key" = Option<String>, Header, description = "makes retries of this request safe")),
    responses(
        (status = 202, body = BatchCreated),
        (status = 400, body = crate::error::ErrorBody),
        (status = 401, body = crate::error::ErrorBody),
        (status = 413, body = crate::error::ErrorBody, description = "the request body, the listed items or the policy total is too large"),
        (status = 409, body = crate::error::ErrorBody, description = "an output holds an object no job of this tenant wrote, and `overwrite` is not set"),
        (status = 422, body = crate::error::ErrorBody, description = "an item is invalid (the first ones are named)"),
        (status = 429, body = crate::error::ErrorBody),
        (status = 503, body = crate::error::ErrorBody, description = "the job store, or the store of an input or output location, is unavailable"),
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
    let policy = r.policy();
    state.engine.prepare(&policy)?;
    // Sealed once for the whole batch: every job row and message holds the same sealed policy.
    let policy = principal.seal(&state.master_key, policy)?;
    let policy_json = serde_json::to_string(&policy).map_err(|e| ApiError::Internal(e.to_string()))?;
    let metadata = submit::metadata_json(r.metadata.as_ref())?;
    let callback = submit::callback_url(state, r.callback_url.as_deref())?;
    let grants = crate::grants::of_tenant(state, &principal.tenant).await?;
    let output_prefix = r
        .output_prefix
        .as_deref()
        .map(ObjectUri::parse_prefix)
        .transpose()
        .map_err(|e| ApiError::Unprocessable(format!("output_prefix: {e}")))?;
    let batch_id = BatchId::generate();

    let (mut planned, going_on) = match (&r.input_prefix, r.items.is_empty()) {
        (Some(_), false) => return Err(ApiError::Unprocessable("give either items or input_prefix, not both".into())),
        (None, true) => return Err(ApiError::Unprocessable("items must hold at least one input (or give input_prefix)".into())),
        (None, false) => {
            let shared = Shared {
                batch_id,
                tenant: &principal.tenant,
                grants: &grants,
                policy: &policy,
                policy_json: &policy_json,
                output_prefix: output_prefix.as_ref(),
                metadata_json: metadata.as_deref(),
                overwrite: r.overwrite,
            };
            (batch_items::plan(state, &r.items, &shared).await?, None)
        }
        (Some(prefix), true) => {
            let prefix = ObjectUri::parse_prefix(prefix).map_err(|e| ApiError::Unprocessable(format!("input_prefix: {e}")))?;
            let batch = PrefixBatch {
                batch_id,
                tenant: principal.tenant.clone(),
                grants: grants.clone(),
                prefix,
                output_prefix,
                policy,
                policy_json,
                metadata_json: metadata.clone(),
                overwrite: r.overwrite,
            };
            first_page(state, batch).await?
        }
    };
    submit::check_in_flight(state, principal, planned.jobs.len()).await?;

    let total = planned.jobs.len();
    let listing = going_on.as_ref().map(|(b, after)| listing_start(state, b, after));
    planned.batch = Some(NewBatch {
        id: batch_id,
        tenant_id: principal.tenant.clone(),
        jobs_total: u32::try_from(total).unwrap_or(u32::MAX),
        callback_url: callback,
        metadata_json: metadata,
        listing,
    });
    let resp = submit::commit(state, principal, planned, idem.as_ref(), |sub| {
        let created = BatchCreated {
            batch_id: batch_id.to_string(),
            job_ids: sub.jobs.iter().map(|j| j.id.to_string()).collect(),
            jobs_created: sub.jobs.len(),
            listing: going_on.is_some(),
        };
        Ok((202, serde_json::to_string(&created).map_err(|e| ApiError::Internal(e.to_string()))?))
    })
    .await?;
    tracing::info!(batch_id = %batch_id, tenant = %principal.tenant, jobs = total, listing = going_on.is_some(), "batch created");
    crate::audit::record(state, principal, AuditAction::BatchCreate, Some(batch_id.to_string()), AuditOutcome::Success).await;
    if let Some((batch, after)) = going_on {
        // This gateway holds the lease it wrote with the batch: it goes on at once.
        lister::go_on(state.clone(), batch, Some(after));
    }
    Ok(resp)
}

/// Where the background lister goes on, written with the batch: this gateway holds the lease.
fn listing_start(state: &AppState, b: &PrefixBatch, after: &str) -> ListingStart {
    ListingStart {
        input_prefix: b.prefix.to_string(),
        output_prefix: b.output_prefix.as_ref().map(ToString::to_string),
        policy_json: b.policy_json.clone(),
        overwrite: b.overwrite,
        after: after.to_owned(),
        owner: lister::me().clone(),
        lease_until: time::OffsetDateTime::now_utc() + lister::lease(state),
    }
}

/// The first page of a prefix batch, and the batch with its last key when more objects follow.
async fn first_page(state: &AppState, batch: PrefixBatch) -> Result<(Planned, Option<(PrefixBatch, String)>), ApiError> {
    let size = state.config.batch_listing.page_size;
    batch_items::check_policy_total(&batch.policy_json, size, "objects per page")?;
    let page = batch.list(state, None, size).await?;
    if page.objects.is_empty() {
        return Err(ApiError::Unprocessable("input_prefix: no objects below this prefix".into()));
    }
    let after = (!page.done).then(|| page.last_key().map(str::to_owned)).flatten();
    let plan = batch.plan(state, page.objects).await.map_err(|e| match e {
        ApiError::Unprocessable(m) => ApiError::Unprocessable(format!("{m}; nothing was created")),
        ApiError::Conflict(m) => ApiError::Conflict(format!("{m}; nothing was created")),
        other => other,
    })?;
    if plan.jobs.is_empty() && after.is_none() {
        return Err(ApiError::Unprocessable("input_prefix: no objects below this prefix (besides outputs under redacted/)".into()));
    }
    let planned = Planned { batch: None, jobs: plan.jobs, messages: plan.messages };
    Ok((planned, after.map(|a| (batch, a))))
}
