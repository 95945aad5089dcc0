//! `/batches`: follow a batch by one handle.

use actix_web::{HttpResponse, web};
use pii_core::BatchId;
use pii_db::batches;

use crate::auth::Principal;
use crate::dto::BatchResponse;
use crate::error::ApiError;
use crate::state::AppState;

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
    let id: BatchId = path.parse().map_err(|_| ApiError::NotFound("Batch not found"))?;
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
