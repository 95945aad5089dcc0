//! `/batches`: follow a batch by one handle, list a tenant's batches, delete one with its jobs.

use crate::routes::listing::Visible;
use actix_web::{HttpResponse, web};
use pii_core::BatchId;
use pii_core::audit::AuditAction;
use pii_core::uri::ObjectUri;
use pii_db::batches;
use pii_storage::Reach;
use serde::Deserialize;

use super::jobs::list::{parse_limit, parse_offset};
use crate::auth::Principal;
use crate::dto::{BatchResponse, DetailResponse};
use crate::error::ApiError;
use crate::state::AppState;

pub(crate) fn parse_batch_id(raw: &str) -> Result<BatchId, ApiError> {
    raw.parse().map_err(|_| ApiError::NotFound("Batch not found"))
}

/// A batch: counts per status, overall progress, created and completed times.
#[utoipa::path(get, path = "/api/v1/batches/{batch_id}", tag = "batches",
    params(("batch_id" = String, Path, description = "The batch id")),
    responses(
        (status = 200, body = BatchResponse),
        (status = 401, body = crate::error::ErrorBody),
        (status = 404, body = crate::error::ErrorBody),
    ),
    security(("api_key" = [])))]
pub async fn get_batch(state: web::Data<AppState>, principal: Principal, path: web::Path<String>) -> Result<HttpResponse, ApiError> {
    let id = parse_batch_id(&path)?;
    let scope = principal.scope();
    let (batch, counts) = state
        .db
        .run(move |c| {
            let Some(b) = batches::get_batch(c, id, &scope)? else { return Ok(None) };
            let counts = batches::batch_counts(c, id)?;
            Ok(Some((b, counts)))
        })
        .await?
        .ok_or(ApiError::NotFound("Batch not found"))?;
    Ok(HttpResponse::Ok().json(BatchResponse::new(batch, &counts)))
}

/// Query parameters of `GET /batches`.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
pub struct BatchListQuery {
    /// Filter by tenant (an administrator key lists any tenant; a tenant key only its own).
    tenant_id: Option<String>,
    /// Max results (default 50, max 100).
    #[param(value_type = Option<u32>)]
    limit: Option<String>,
    /// Pagination offset (default 0).
    #[param(value_type = Option<u64>)]
    offset: Option<String>,
}

/// The caller's batches, newest first, each as `GET /batches/{batch_id}` shows it.
#[utoipa::path(get, path = "/api/v1/batches", tag = "batches", params(BatchListQuery),
    responses(
        (status = 200, body = Vec<BatchResponse>),
        (status = 401, body = crate::error::ErrorBody),
        (status = 422, body = crate::error::ErrorBody, description = "an invalid filter or page"),
    ),
    security(("api_key" = [])))]
pub async fn list_batches(
    state: web::Data<AppState>,
    principal: Principal,
    query: web::Query<BatchListQuery>,
) -> Result<HttpResponse, ApiError> {
    let q = query.into_inner();
    let limit = parse_limit(q.limit.as_deref())?;
    let offset = parse_offset(q.offset.as_deref())?;
    let tenant = match Visible::of(&principal, q.tenant_id.as_deref())? {
        Visible::All => None,
        Visible::Tenant(t) => Some(t),
        Visible::Nothing => return Ok(HttpResponse::Ok().json(Vec::<BatchResponse>::new())),
    };
    let rows = state.db.run(move |c| batches::list_batches(c, tenant.as_ref(), limit, offset)).await?;
    Ok(HttpResponse::Ok().json(rows.into_iter().map(|(b, counts)| BatchResponse::new(b, &counts)).collect::<Vec<_>>()))
}

/// Deletes a batch, its jobs, and the outputs those jobs recorded writing (each only if the object
/// is still the one the job wrote). Irreversible.
#[utoipa::path(delete, path = "/api/v1/batches/{batch_id}", tag = "batches",
    params(("batch_id" = String, Path, description = "The batch id")),
    responses(
        (status = 200, body = DetailResponse, example = json!({"detail": "Batch deleted"})),
        (status = 401, body = crate::error::ErrorBody),
        (status = 404, body = crate::error::ErrorBody),
    ),
    security(("api_key" = [])))]
pub async fn delete_batch(state: web::Data<AppState>, principal: Principal, path: web::Path<String>) -> Result<HttpResponse, ApiError> {
    let target = parse_batch_id(&path).ok().map(|id| id.to_string());
    let result = remove_batch(&state, &principal, &path).await;
    crate::audit::audited(&state, &principal, AuditAction::BatchDelete, target, result).await
}

async fn remove_batch(state: &AppState, principal: &Principal, path: &str) -> Result<HttpResponse, ApiError> {
    let id = parse_batch_id(path)?;
    let scope = principal.scope();
    let outputs = {
        let scope = scope.clone();
        state
            .db
            .run(move |c| match batches::get_batch(c, id, &scope)? {
                Some(_) => Ok(Some(batches::batch_outputs(c, id)?)),
                None => Ok(None),
            })
            .await?
            .ok_or(ApiError::NotFound("Batch not found"))?
    };
    // Outputs first: if removing one fails, the batch still exists and the caller can try again.
    // Only the object each job wrote, not one that replaced it since.
    for (uri, written) in &outputs {
        if let Ok(out) = ObjectUri::parse(uri)
            && state.storage.head(&out, Reach::Service).await?.as_ref() == Some(written)
        {
            state.storage.delete(&out, Reach::Service).await?;
        }
    }
    let jobs = state.db.run(move |c| batches::delete_batch(c, id, &scope)).await?.ok_or(ApiError::NotFound("Batch not found"))?;
    tracing::info!(batch_id = %id, tenant = %principal.tenant, jobs, outputs = outputs.len(), "batch deleted");
    Ok(HttpResponse::Ok().json(DetailResponse { detail: "Batch deleted".into() }))
}
