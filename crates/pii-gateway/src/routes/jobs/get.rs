use actix_web::{HttpResponse, web};
use pii_db::jobs;

use super::parse_job_id;
use crate::auth::Principal;
use crate::dto::JobResponse;
use crate::error::ApiError;
use crate::state::AppState;

/// One job of the caller's tenant.
#[utoipa::path(get, path = "/api/v1/jobs/{job_id}", tag = "jobs",
    params(("job_id" = String, Path, description = "The job id")),
    responses(
        (status = 200, body = JobResponse),
        (status = 401, body = crate::error::ErrorBody),
        (status = 404, body = crate::error::ErrorBody, description = "no such job for this tenant"),
    ),
    security(("api_key" = [])))]
pub async fn get_job(state: web::Data<AppState>, principal: Principal, path: web::Path<String>) -> Result<HttpResponse, ApiError> {
    let id = parse_job_id(&path)?;
    let scope = principal.scope();
    let job = state.db.run(move |c| jobs::get_job(c, id, &scope)).await?.ok_or(ApiError::NotFound("Job not found"))?;
    Ok(HttpResponse::Ok().json(JobResponse::from(job)))
}
