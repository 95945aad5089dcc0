//! `/entities`: every entity type the engine reports, so clients can discover them instead of
//! guessing names (an unlisted name in `entities` simply never matches).

use actix_web::HttpResponse;

use crate::dto::EntityDescription;
use crate::error::ApiError;

/// Every entity type, with a description, its country, whether its values are validated (check
/// digits, dates, region codes) and whether it is reported when a request names no types.
#[utoipa::path(get, path = "/api/v1/entities", tag = "text",
    responses((status = 200, body = Vec<EntityDescription>), (status = 401, body = crate::error::ErrorBody)),
    security(("api_key" = [])))]
pub async fn list_entities() -> Result<HttpResponse, ApiError> {
    let all: Vec<EntityDescription> = pii_core::engine::entity_catalog().into_iter().map(EntityDescription::from).collect();
    Ok(HttpResponse::Ok().json(all))
}
