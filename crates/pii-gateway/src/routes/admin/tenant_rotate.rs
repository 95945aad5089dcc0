//! `POST /admin/tenants/{tenant_id}/rotate-keys`: one tenant's derived secrets rotated without
//! touching anyone else's (see `pii_core::key_epoch`).
//!
//! The tenant's key generation moves on by one. From then on its callbacks are signed with a new
//! secret (`GET /api/v1/tenant` shows it; callbacks name the generation in `X-PII-Redactor-Key-Epoch`)
//! and the lists of the policies it submits and the pseudonym records it gets are sealed under a new
//! key. What was sealed before names its generation and still opens: jobs already queued or stored,
//! vault records. The keys of its outputs (`hash`, `encrypt`, `fpe`, `pseudonymize`, `date_shift`)
//! stay as they are: those tokens sit in the tenant's documents and must stay reversible and
//! consistent. Every gateway sees the new generation within a second (the authentication epoch moves).

use actix_web::{HttpResponse, web};
use pii_core::TenantId;
use pii_core::audit::AuditAction;

use super::Admin;
use crate::auth::Authenticator;
use crate::dto::TenantResponse;
use crate::error::ApiError;
use crate::state::AppState;

/// Rotates a tenant's callback signing secret and the keys that seal what the service keeps for it;
/// what was sealed before still opens.
#[utoipa::path(post, path = "/api/v1/admin/tenants/{tenant_id}/rotate-keys", tag = "admin",
    params(("tenant_id" = String, Path)),
    responses((status = 200, body = TenantResponse, description = "the tenant, with its new `key_epoch`"), (status = 401, body = crate::error::ErrorBody), (status = 404, body = crate::error::ErrorBody), (status = 422, body = crate::error::ErrorBody)),
    security(("api_key" = [])))]
pub async fn rotate_keys(
    state: web::Data<AppState>,
    auth: web::Data<Authenticator>,
    admin: Admin,
    path: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let id = TenantId::parse(&path).map_err(|_| ApiError::NotFound("Tenant not found"))?;
    let target = Some(id.to_string());
    let result = rotate(&state, id).await;
    // This gateway uses the new generation at once; the others within a second.
    auth.clear_cache();
    let resp = crate::audit::audited(&state, &admin.0, AuditAction::TenantRotateKeys, target, result).await?;
    Ok(HttpResponse::Ok().json(resp))
}

async fn rotate(state: &AppState, id: TenantId) -> Result<TenantResponse, ApiError> {
    if id.is_admin() {
        return Err(ApiError::Unprocessable("the administrator tenant is not managed here".into()));
    }
    let (t, g) = state
        .db
        .run(move |c| {
            let Some(t) = pii_db::keys::rotate_keys(c, &id)? else { return Ok(None) };
            Ok::<_, pii_db::DbError>(Some((t, pii_db::grants::grants_of(c, &id)?)))
        })
        .await?
        .ok_or(ApiError::NotFound("Tenant not found"))?;
    Ok(TenantResponse::new(t, &g))
}
