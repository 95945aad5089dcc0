//! `/audit`: the audit trail. A tenant's key (with the `admin` scope) sees its tenant's events; the
//! administrator key sees every tenant's, or one's with `tenant_id`.

use crate::routes::listing::Visible;
use actix_web::{HttpResponse, web};
use pii_core::audit::AuditAction;
use pii_db::audit::{self, AuditFilter};
use pii_db::jobs::Scope;
use serde::Deserialize;
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use super::jobs::list::{parse_limit, parse_offset};
use crate::auth::Principal;
use crate::dto::AuditEventResponse;
use crate::error::ApiError;
use crate::state::AppState;

/// Query parameters of `GET /audit`, read as text so each bad value gets its own message.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
pub struct AuditQuery {
    /// Only this action (e.g. job.download).
    action: Option<String>,
    /// Events at or after this time (ISO 8601).
    since: Option<String>,
    /// Events before this time (ISO 8601).
    until: Option<String>,
    /// Only this tenant (administrator key; a tenant key sees only its own).
    tenant_id: Option<String>,
    /// Max results (default 50, max 100).
    #[param(value_type = Option<u32>)]
    limit: Option<String>,
    /// Pagination offset (default 0).
    #[param(value_type = Option<u64>)]
    offset: Option<String>,
}

fn parse_time(name: &str, raw: Option<&str>) -> Result<Option<OffsetDateTime>, ApiError> {
    raw.map(|s| OffsetDateTime::parse(s, &Rfc3339).map_err(|_| ApiError::Unprocessable(format!("{name} must be an ISO 8601 time"))))
        .transpose()
}

/// Audit events, newest first.
#[utoipa::path(get, path = "/api/v1/audit", tag = "audit", params(AuditQuery),
    responses(
        (status = 200, body = Vec<AuditEventResponse>),
        (status = 401, body = crate::error::ErrorBody),
        (status = 422, body = crate::error::ErrorBody, description = "an invalid filter or page"),
    ),
    security(("api_key" = [])))]
pub async fn list_audit(state: web::Data<AppState>, principal: Principal, query: web::Query<AuditQuery>) -> Result<HttpResponse, ApiError> {
    let q = query.into_inner();
    let limit = parse_limit(q.limit.as_deref())?;
    let offset = parse_offset(q.offset.as_deref())?;
    let action =
        q.action.as_deref().map(str::parse::<AuditAction>).transpose().map_err(|e| ApiError::Unprocessable(format!("action: {e}")))?;
    let since = parse_time("since", q.since.as_deref())?;
    let until = parse_time("until", q.until.as_deref())?;
    let scope = match Visible::of(&principal, q.tenant_id.as_deref())? {
        Visible::All => Scope::All,
        Visible::Tenant(t) => Scope::Tenant(t),
        Visible::Nothing => return Ok(HttpResponse::Ok().json(Vec::<AuditEventResponse>::new())),
    };
    let filter = AuditFilter { scope, action, since, until };
    let rows = state.db.run(move |c| audit::list(c, &filter, limit, offset)).await?;
    Ok(HttpResponse::Ok().json(rows.into_iter().map(AuditEventResponse::from).collect::<Vec<_>>()))
}
