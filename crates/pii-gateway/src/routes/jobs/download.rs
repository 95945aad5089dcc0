use actix_web::http::header::{ContentDisposition, DispositionParam, DispositionType};
use actix_web::{HttpResponse, web};
use futures::TryStreamExt;
use pii_core::JobStatus;
use pii_core::audit::AuditAction;
use pii_db::jobs;
use pii_storage::StorageError;

use super::parse_job_id;
use crate::auth::Principal;
use crate::error::ApiError;
use crate::state::AppState;

/// The redacted file, with the Content-Type of its format.
#[utoipa::path(get, path = "/api/v1/jobs/{job_id}/download", tag = "jobs",
    params(("job_id" = String, Path, description = "The job id")),
    responses(
        (status = 200, description = "the redacted file", content_type = "application/octet-stream"),
        (status = 401, body = crate::error::ErrorBody),
        (status = 404, body = crate::error::ErrorBody, description = "no such job, not completed, or its output was deleted"),
    ),
    security(("api_key" = [])))]
pub async fn download_job(state: web::Data<AppState>, principal: Principal, path: web::Path<String>) -> Result<HttpResponse, ApiError> {
    let target = parse_job_id(&path).ok().map(|id| id.to_string());
    let result = download_job_inner(&state, &principal, &path).await;
    crate::audit::audited(&state, &principal, AuditAction::JobDownload, target, result).await
}

async fn download_job_inner(state: &AppState, principal: &Principal, path: &str) -> Result<HttpResponse, ApiError> {
    let id = parse_job_id(path)?;
    let scope = principal.scope();
    let job = state.db.run(move |c| jobs::get_job(c, id, &scope)).await?.ok_or(ApiError::NotFound("Job not found"))?;
    if job.status != JobStatus::Completed {
        return Err(ApiError::NotFound("The job has not completed"));
    }
    let uri = &job.output_uri;
    let (stream, len) = match state.storage.read_stream(uri, pii_storage::Reach::Service).await {
        Ok(s) => s,
        Err(StorageError::NotFound) => return Err(ApiError::NotFound("The job output was deleted")),
        Err(e) => return Err(e.into()),
    };
    let content_type = job.content_type.unwrap_or_else(|| "application/octet-stream".into());
    let name = uri.file_name();
    let mut resp = HttpResponse::Ok();
    resp.content_type(content_type).no_chunking(len);
    if !name.is_empty() {
        resp.insert_header(ContentDisposition {
            disposition: DispositionType::Attachment,
            parameters: vec![DispositionParam::Filename(name)],
        });
    }
    Ok(resp.streaming(stream.map_err(|e| actix_web::error::ErrorServiceUnavailable(e.to_string()))))
}
