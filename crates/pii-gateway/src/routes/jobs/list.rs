use crate::routes::listing::Visible;
use actix_web::{HttpResponse, web};
use pii_core::{BatchId, JobStatus};
use pii_db::jobs::{self, JobFilter};
use serde::Deserialize;

use crate::auth::Principal;
use crate::dto::JobResponse;
use crate::error::ApiError;
use crate::state::AppState;

pub const DEFAULT_LIMIT: u32 = 50;
pub const MAX_LIMIT: u32 = 100;

/// Query parameters of `GET /jobs`, read as text so each bad value gets its own message.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
pub struct ListQuery {
    /// Filter by tenant (an administrator key lists any tenant; a tenant key only its own).
    tenant_id: Option<String>,
    /// One of queued, processing, completed, failed, error.
    status: Option<String>,
    /// Max results (default 50, max 100).
    #[param(value_type = Option<u32>)]
    limit: Option<String>,
    /// Pagination offset (default 0).
    #[param(value_type = Option<u64>)]
    offset: Option<String>,
    /// Only the jobs of this batch.
    batch_id: Option<String>,
}

pub(crate) fn parse_limit(raw: Option<&str>) -> Result<u32, ApiError> {
    match raw {
        None => Ok(DEFAULT_LIMIT),
        Some(s) => match s.parse::<u32>() {
            Ok(n) if (1..=MAX_LIMIT).contains(&n) => Ok(n),
            _ => Err(ApiError::Unprocessable(format!("limit must be an integer from 1 to {MAX_LIMIT}"))),
        },
    }
}

pub(crate) fn parse_offset(raw: Option<&str>) -> Result<u64, ApiError> {
    match raw {
        None => Ok(0),
        Some(s) => s
            .parse::<u64>()
            .ok()
            .filter(|n| *n <= i64::MAX as u64)
            .ok_or_else(|| ApiError::Unprocessable("offset must be a non-negative integer".into())),
    }
}

/// The caller's jobs, newest first.
#[utoipa::path(get, path = "/api/v1/jobs", tag = "jobs", params(ListQuery),
    responses(
        (status = 200, body = Vec<JobResponse>),
        (status = 401, body = crate::error::ErrorBody),
        (status = 422, body = crate::error::ErrorBody, description = "an invalid filter or page"),
    ),
    security(("api_key" = [])))]
pub async fn list_jobs(state: web::Data<AppState>, principal: Principal, query: web::Query<ListQuery>) -> Result<HttpResponse, ApiError> {
    let q = query.into_inner();
    let limit = parse_limit(q.limit.as_deref())?;
    let offset = parse_offset(q.offset.as_deref())?;
    let status = q
        .status
        .as_deref()
        .map(str::parse::<JobStatus>)
        .transpose()
        .map_err(|_| ApiError::Unprocessable("status must be one of queued, processing, completed, failed, error".into()))?;
    let batch_id = q
        .batch_id
        .as_deref()
        .map(str::parse::<BatchId>)
        .transpose()
        .map_err(|_| ApiError::Unprocessable("batch_id is not a batch id".into()))?;
    let tenant = match Visible::of(&principal, q.tenant_id.as_deref())? {
        Visible::All => None,
        Visible::Tenant(t) => Some(t),
        Visible::Nothing => return Ok(HttpResponse::Ok().json(Vec::<JobResponse>::new())),
    };
    let filter = JobFilter { tenant, status, batch_id };
    let rows = state.db.run(move |c| jobs::list_jobs(c, &filter, limit, offset)).await?;
    let body: Vec<JobResponse> = rows.into_iter().map(JobResponse::from).collect();
    Ok(HttpResponse::Ok().json(body))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_and_offsets_are_bounded() {
        assert_eq!(parse_limit(None).unwrap(), 50);
        assert_eq!(parse_limit(Some("100")).unwrap(), 100);
        for bad in ["0", "101", "-5", "x", "1.5"] {
            assert!(parse_limit(Some(bad)).is_err(), "{bad}");
        }
        assert_eq!(parse_offset(None).unwrap(), 0);
        assert!(parse_offset(Some("-1")).is_err());
        assert!(parse_offset(Some("99999999999999999999")).is_err());
    }
}
