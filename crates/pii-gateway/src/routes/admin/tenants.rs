use actix_web::{HttpResponse, web};
use pii_core::audit::AuditAction;
use pii_core::grants::{Grants, parse_grant};
use pii_core::{Retention, TenantId};
use pii_db::keys::{self, Quotas};

use super::Admin;
use crate::dto::{TenantRequest, TenantResponse};
use crate::error::ApiError;
use crate::state::AppState;

/// The grants a request asks for, parsed; `None` when it leaves them as they are.
fn requested_grants(r: &TenantRequest) -> Result<Option<Grants>, ApiError> {
    let Some(list) = &r.grants else { return Ok(None) };
    let prefixes = list
        .iter()
        .map(|p| parse_grant(p).map_err(|e| ApiError::Unprocessable(format!("grants: {p:?}: {e}"))))
        .collect::<Result<Vec<_>, _>>()?;
    Grants::new(prefixes).map(Some).map_err(|e| ApiError::Unprocessable(format!("grants: {e}")))
}

/// Writes the tenant's quotas, state and (when asked) grants and retention, and answers with all of
/// them.
async fn store_tenant(
    state: &AppState,
    id: TenantId,
    q: Quotas,
    disabled: bool,
    grants: Option<Grants>,
    retention: Option<Option<Retention>>,
) -> Result<TenantResponse, ApiError> {
    let (tenant, changes_grants) = (id.clone(), grants.is_some());
    let (t, g) = state
        .db
        .run(move |c| {
            let mut t = keys::upsert_tenant(c, &id, q, disabled)?;
            if let Some(g) = &grants {
                pii_db::grants::set_grants(c, &id, g)?;
            }
            if let Some(r) = retention {
                pii_db::retention::set_retention(c, &id, r)?;
                t.retention = r;
            }
            Ok::<_, pii_db::DbError>((t, pii_db::grants::grants_of(c, &id)?))
        })
        .await?;
    // A grant revoked stops the jobs that needed it, now, not at their next attempt.
    if changes_grants && !tenant.is_admin() {
        let reach = crate::grants::of_tenant(state, &tenant).await?;
        crate::routes::cancel::stop_outside_grants(state, &tenant, reach).await?;
    }
    Ok(TenantResponse::new(t, &g))
}

/// The retention a request asks for: `None` leaves it as it is, `Some(None)` returns the tenant to
/// the deployment's default.
fn requested_retention(r: &TenantRequest) -> Result<Option<Option<Retention>>, ApiError> {
    match r.retention_seconds {
        None => Ok(None),
        Some(None) => Ok(Some(None)),
        Some(Some(s)) => Retention::from_seconds(s).map(|r| Some(Some(r))).map_err(|e| ApiError::Unprocessable(e.to_string())),
    }
}

/// The quotas a request asks for over `base`: a field left out keeps its value in `base`, `null`
/// returns it to the deployment's default.
fn quotas(r: &TenantRequest, base: Quotas) -> Result<Quotas, ApiError> {
    let requests_per_second = r.requests_per_second.unwrap_or(base.requests_per_second);
    if requests_per_second.is_some_and(|v| !(v >= 0.0 && v.is_finite())) {
        return Err(ApiError::Unprocessable("requests_per_second must be 0 or more".into()));
    }
    Ok(Quotas { requests_per_second, max_jobs_in_flight: r.max_jobs_in_flight.unwrap_or(base.max_jobs_in_flight) })
}

/// Every tenant.
#[utoipa::path(get, path = "/api/v1/admin/tenants", tag = "admin",
    responses((status = 200, body = Vec<TenantResponse>), (status = 401, body = crate::error::ErrorBody), (status = 404, body = crate::error::ErrorBody)),
    security(("api_key" = [])))]
pub async fn list_tenants(state: web::Data<AppState>, _admin: Admin) -> Result<HttpResponse, ApiError> {
    let rows = state
        .db
        .run(|c| {
            keys::list_tenants(c)?
                .into_iter()
                .map(|t| {
                    let g = pii_db::grants::grants_of(c, &t.id)?;
                    Ok(TenantResponse::new(t, &g))
                })
                .collect::<Result<Vec<_>, pii_db::DbError>>()
        })
        .await?;
    Ok(HttpResponse::Ok().json(rows))
}

/// Creates a tenant (or sets an existing one's quotas).
#[utoipa::path(post, path = "/api/v1/admin/tenants", tag = "admin", request_body = TenantRequest,
    responses((status = 201, body = TenantResponse), (status = 400, body = crate::error::ErrorBody, description = "malformed JSON"), (status = 401, body = crate::error::ErrorBody), (status = 404, body = crate::error::ErrorBody), (status = 422, body = crate::error::ErrorBody)),
    security(("api_key" = [])))]
pub async fn create_tenant(state: web::Data<AppState>, admin: Admin, body: web::Json<TenantRequest>) -> Result<HttpResponse, ApiError> {
    let r = body.into_inner();
    let target = r.tenant_id.clone();
    let result = async {
        let raw = r.tenant_id.as_deref().ok_or_else(|| ApiError::Unprocessable("tenant_id is required".into()))?;
        let id = TenantId::parse(raw).map_err(|e| ApiError::Unprocessable(e.to_string()))?;
        if id.is_admin() {
            return Err(ApiError::Unprocessable("the administrator tenant is not managed here".into()));
        }
        let q = quotas(&r, Quotas::default())?;
        let grants = requested_grants(&r)?;
        let retention = requested_retention(&r)?;
        store_tenant(&state, id, q, r.disabled.unwrap_or(false), grants, retention).await
    }
    .await;
    // Only a well-formed id is named in the trail.
    let target = target.filter(|t| TenantId::parse(t).is_ok());
    let resp = crate::audit::audited(&state, &admin.0, AuditAction::TenantCreate, target, result).await?;
    Ok(HttpResponse::Created().json(resp))
}

/// Changes a tenant's quotas, storage grants or retention, or disables it (its keys stop working within a second).
#[utoipa::path(patch, path = "/api/v1/admin/tenants/{tenant_id}", tag = "admin", request_body = TenantRequest,
    params(("tenant_id" = String, Path)),
    responses((status = 200, body = TenantResponse), (status = 400, body = crate::error::ErrorBody, description = "malformed JSON"), (status = 401, body = crate::error::ErrorBody), (status = 404, body = crate::error::ErrorBody), (status = 422, body = crate::error::ErrorBody)),
    security(("api_key" = [])))]
pub async fn update_tenant(
    state: web::Data<AppState>,
    admin: Admin,
    path: web::Path<String>,
    body: web::Json<TenantRequest>,
) -> Result<HttpResponse, ApiError> {
    let id = TenantId::parse(&path).map_err(|_| ApiError::NotFound("Tenant not found"))?;
    let target = Some(id.to_string());
    let result = update(&state, id, body.into_inner()).await;
    let resp = crate::audit::audited(&state, &admin.0, AuditAction::TenantUpdate, target, result).await?;
    Ok(HttpResponse::Ok().json(resp))
}

async fn update(state: &AppState, id: TenantId, r: TenantRequest) -> Result<TenantResponse, ApiError> {
    if id.is_admin() {
        return Err(ApiError::Unprocessable("the administrator tenant is not managed here".into()));
    }
    let lookup = id.clone();
    let Some(current) = state.db.run(move |c| keys::get_tenant(c, &lookup)).await? else {
        return Err(ApiError::NotFound("Tenant not found"));
    };
    // A PATCH changes only what it names: quotas and state left out keep their values.
    let q = quotas(&r, current.quotas)?;
    let grants = requested_grants(&r)?;
    let retention = requested_retention(&r)?;
    let disabled = r.disabled.unwrap_or(current.disabled_at.is_some());
    store_tenant(state, id, q, disabled, grants, retention).await
}
