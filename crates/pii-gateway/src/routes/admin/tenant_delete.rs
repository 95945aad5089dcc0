//! `DELETE /admin/tenants/{tenant_id}`: a tenant deleted for good, with its jobs, their outputs and
//! findings, its batches, keys and grants. Its audit events stay (the trail is append-only), and
//! gain one `job.purge` per job, by the administrator's key, and the `tenant.delete` itself.
//!
//! In three steps, each safe to repeat when the deletion is interrupted (a 503 says to try again):
//! the tenant is disabled first, so its keys stop working at once on this gateway and within a
//! second on the others and no job arrives meanwhile; its jobs are purged page by page like the
//! retention sweeper's (outputs first, then the rows, one short transaction per page); then the
//! tenant and what is left of it go in one transaction.
//!
//! Disabling without deleting is `PATCH` with `"disabled": true`.

use std::time::Duration;

use actix_web::{HttpResponse, web};
use pii_core::TenantId;
use pii_core::audit::AuditAction;
use pii_db::jobs::{self, JobFilter};
use pii_db::keys;
use pii_db::purge::PurgeRule;

use super::Admin;
use crate::auth::{Authenticator, Principal};
use crate::background::retention::PAGE;
use crate::dto::TenantDeletedResponse;
use crate::error::ApiError;
use crate::purge::{Reason, purge_page, record, remove_output};
use crate::state::AppState;

/// Pages in a row that purge nothing (their jobs held by a retention sweep in progress) before the
/// deletion gives up with a 503.
const STALLED_PAGES: u32 = 50;

/// Deletes a tenant with its jobs, outputs, findings, batches, keys and grants (its audit events
/// stay). Irreversible; a key seeded by `PII_REDACTOR_API_KEYS` comes back at the next start unless
/// it is removed from the seed too.
#[utoipa::path(delete, path = "/api/v1/admin/tenants/{tenant_id}", tag = "admin",
    params(("tenant_id" = String, Path)),
    responses(
        (status = 200, body = TenantDeletedResponse),
        (status = 401, body = crate::error::ErrorBody),
        (status = 404, body = crate::error::ErrorBody),
        (status = 422, body = crate::error::ErrorBody),
        (status = 503, body = crate::error::ErrorBody, description = "the deletion could not finish (the tenant stays disabled); try again"),
    ),
    security(("api_key" = [])))]
pub async fn delete_tenant(
    state: web::Data<AppState>,
    auth: web::Data<Authenticator>,
    admin: Admin,
    path: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let id = TenantId::parse(&path).map_err(|_| ApiError::NotFound("Tenant not found"))?;
    let target = Some(id.to_string());
    let result = delete(&state, &auth, &admin.0, id).await;
    let resp = crate::audit::audited(&state, &admin.0, AuditAction::TenantDelete, target, result).await?;
    Ok(HttpResponse::Ok().json(resp))
}

async fn delete(state: &AppState, auth: &Authenticator, who: &Principal, id: TenantId) -> Result<TenantDeletedResponse, ApiError> {
    if id.is_admin() {
        return Err(ApiError::Unprocessable("the administrator tenant is not managed here".into()));
    }
    let lookup = id.clone();
    let Some(current) = state.db.run(move |c| keys::get_tenant(c, &lookup)).await? else {
        return Err(ApiError::NotFound("Tenant not found"));
    };
    let t = id.clone();
    state.db.run(move |c| keys::upsert_tenant(c, &t, current.quotas, true)).await?;
    auth.clear_cache();

    let mut purged = 0u64;
    let mut stalled = 0;
    loop {
        let filter = JobFilter { tenant: Some(id.clone()), ..Default::default() };
        let page = state.db.run(move |c| jobs::list_jobs(c, &filter, PAGE, 0)).await?;
        if page.is_empty() {
            break;
        }
        let out = purge_page(state, page, PurgeRule::Tenant(id.clone()), &who.key_id, Reason::TenantDeleted).await?;
        if out.held > 0 {
            return Err(ApiError::Unavailable(
                "the storage of the tenant's outputs is unavailable; the tenant is disabled, delete it again later".into(),
            ));
        }
        if out.purged.is_empty() {
            stalled += 1;
            if stalled >= STALLED_PAGES {
                return Err(ApiError::Unavailable("the tenant's jobs are being purged elsewhere; delete it again later".into()));
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        } else {
            stalled = 0;
            purged += out.purged.len() as u64;
        }
    }

    let (t, actor) = (id.clone(), who.key_id.clone());
    let left = state.db.run(move |c| pii_db::purge::delete_tenant(c, &t, &actor)).await?.ok_or(ApiError::NotFound("Tenant not found"))?;
    auth.clear_cache();
    // Jobs submitted while the keys were still cached here or elsewhere: their rows are gone with
    // the tenant; whatever they wrote goes now (and what they write later is an orphan the event
    // consumer removes).
    record(&left, &who.key_id, Reason::TenantDeleted);
    for j in &left {
        remove_output(state, j).await;
    }
    purged += left.len() as u64;
    tracing::info!(tenant = %id, jobs_purged = purged, "tenant deleted");
    Ok(TenantDeletedResponse { detail: "Tenant deleted".into(), tenant_id: id.to_string(), jobs_purged: purged })
}
