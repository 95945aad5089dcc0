//! `/tenant`: what a tenant may know about itself.

use actix_web::{HttpResponse, web};

use crate::auth::Principal;
use crate::dto::TenantSelf;
use crate::error::ApiError;
use crate::state::AppState;

/// The caller's tenant, its quotas, how long its ended jobs are kept, and the secret that signs its
/// callbacks.
#[utoipa::path(get, path = "/api/v1/tenant", tag = "tenants",
    responses((status = 200, body = TenantSelf), (status = 401, body = crate::error::ErrorBody)),
    security(("api_key" = [])))]
pub async fn get_self(state: web::Data<AppState>, principal: Principal) -> Result<HttpResponse, ApiError> {
    let tenant = principal.tenant.clone();
    let own = state.db.run(move |c| pii_db::keys::get_tenant(c, &tenant)).await?.and_then(|t| t.retention);
    Ok(HttpResponse::Ok().json(TenantSelf {
        tenant_id: principal.tenant.to_string(),
        callback_signing_secret: hex::encode(state.master_key.tenant_signing_key(&principal.tenant, &principal.key_epoch)),
        key_epoch: principal.key_epoch.generation(),
        output_key_epoch: principal.key_epoch.output_generation(),
        requests_per_second: state.config.quotas.rate(&principal.quotas),
        max_jobs_in_flight: state.config.quotas.in_flight(&principal.quotas),
        retention_seconds: own.or(state.config.retention).map(pii_core::Retention::seconds),
    }))
}
