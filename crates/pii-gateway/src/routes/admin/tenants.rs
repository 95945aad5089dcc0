use actix_web::{web, HttpResponse};
use pii_core::TenantId;
use pii_db::keys::{self, Quotas};

use super::require_admin;
use crate::auth::Principal;
use crate::dto::{TenantRequest, TenantResponse};
use crate::error::ApiError;
use crate::state::AppState;

fn quotas(r: &TenantRequest) -> Result<Quotas, ApiError> {
    if r.requests_per_second.is_some_and(|v| !(v >= 0.0 && v.is_finite())) {
        return Err(ApiError::Unprocessable("requests_per_second must be 0 or more".into()));
    }
    Ok(Quotas { requests_per_second: r.requests_per_second, max_jobs_in_flight: r.max_jobs_in_flight })
}

/// Every tenant.
#[utoipa::path(get, path = "/api/v1/admin/tenants", tag = "admin",
    responses((status = 200, body = Vec<TenantResponse>), (status = 401, body = crate::error::ErrorBody), (status = 404, body = crate::error::ErrorBody)),
    security(("api_key" = [])))]
pub async fn list_tenants(state: web::Data<AppState>, principal: Principal) -> Result<HttpResponse, ApiError> {
    require_admin(&principal)?;
    let rows = state.db.run(keys::list_tenants).await?;
    Ok(HttpResponse::Ok().json(rows.into_iter().map(TenantResponse::from).collect::<Vec<_>>()))
}

/// Creates a tenant (or sets an existing one's quotas).
#[utoipa::path(post, path = "/api/v1/admin/tenants", tag = "admin", request_body = TenantRequest,
    responses((status = 201, body = TenantResponse), (status = 400, body = crate::error::ErrorBody, description = "malformed JSON"), (status = 401, body = crate::error::ErrorBody), (status = 404, body = crate::error::ErrorBody), (status = 422, body = crate::error::ErrorBody)),
    security(("api_key" = [])))]
pub async fn create_tenant(state: web::Data<AppState>, principal: Principal, body: web::Json<TenantRequest>) -> Result<HttpResponse, ApiError> {
    require_admin(&principal)?;
    let r = body.into_inner();
    let raw = r.tenant_id.as_deref().ok_or_else(|| ApiError::Unprocessable("tenant_id is required".into()))?;
    let id = TenantId::parse(raw).map_err(|e| ApiError::Unprocessable(e.to_string()))?;
    if id.is_admin() {
        return Err(ApiError::Unprocessable("the administrator tenant is not managed here".into()));
    }
    let q = quotas(&r)?;
    let t = state.db.run(move |c| keys::upsert_tenant(c, &id, q, r.disabled)).await?;
    Ok(HttpResponse::Created().json(TenantResponse::from(t)))
}

/// Changes a tenant's quotas, or disables it (its keys stop working within half a minute).
#[utoipa::path(patch, path = "/api/v1/admin/tenants/{tenant_id}", tag = "admin", request_body = TenantRequest,
    params(("tenant_id" = String, Path)),
    responses((status = 200, body = TenantResponse), (status = 400, body = crate::error::ErrorBody, description = "malformed JSON"), (status = 401, body = crate::error::ErrorBody), (status = 404, body = crate::error::ErrorBody), (status = 422, body = crate::error::ErrorBody)),
    security(("api_key" = [])))]
pub async fn update_tenant(
    state: web::Data<AppState>,
    principal: Principal,
    path: web::Path<String>,
    body: web::Json<TenantRequest>,
) -> Result<HttpResponse, ApiError> {
    require_admin(&principal)?;
    let id = TenantId::parse(&path).map_err(|_| ApiError::NotFound("Tenant not found"))?;
    if id.is_admin() {
        return Err(ApiError::Unprocessable("the administrator tenant is not managed here".into()));
    }
    let r = body.into_inner();
    let q = quotas(&r)?;
    let lookup = id.clone();
    if state.db.run(move |c| keys::get_tenant(c, &lookup)).await?.is_none() {
        return Err(ApiError::NotFound("Tenant not found"));
    }
    let t = state.db.run(move |c| keys::upsert_tenant(c, &id, q, r.disabled)).await?;
    Ok(HttpResponse::Ok().json(TenantResponse::from(t)))
}

/// Disables a tenant: its keys stop working; its jobs stay until deleted.
#[utoipa::path(delete, path = "/api/v1/admin/tenants/{tenant_id}", tag = "admin",
    params(("tenant_id" = String, Path)),
    responses((status = 200, body = TenantResponse), (status = 401, body = crate::error::ErrorBody), (status = 404, body = crate::error::ErrorBody), (status = 422, body = crate::error::ErrorBody)),
    security(("api_key" = [])))]
pub async fn disable_tenant(state: web::Data<AppState>, principal: Principal, path: web::Path<String>) -> Result<HttpResponse, ApiError> {
    require_admin(&principal)?;
    let id = TenantId::parse(&path).map_err(|_| ApiError::NotFound("Tenant not found"))?;
    if id.is_admin() {
        return Err(ApiError::Unprocessable("the administrator tenant is not managed here".into()));
    }
    let lookup = id.clone();
    let Some(current) = state.db.run(move |c| keys::get_tenant(c, &lookup)).await? else {
        return Err(ApiError::NotFound("Tenant not found"));
    };
    let t = state.db.run(move |c| keys::upsert_tenant(c, &id, current.quotas, true)).await?;
    Ok(HttpResponse::Ok().json(TenantResponse::from(t)))
}
