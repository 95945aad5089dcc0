use actix_web::{HttpResponse, web};

use crate::dto::HealthResponse;
use crate::error::ApiError;
use crate::state::AppState;

/// Liveness: the process answers.
#[utoipa::path(get, path = "/api/v1/healthz", tag = "health", responses((status = 200, body = HealthResponse)))]
pub async fn healthz() -> HttpResponse {
    HttpResponse::Ok().json(HealthResponse { status: "ok" })
}

/// Readiness: the job store answers. The broker is not asked: while RabbitMQ is away the gateway
/// still accepts jobs (the transactional outbox holds their messages and the relay publishes them
/// once it is back), so taking every gateway out of service then would refuse work the outbox
/// exists to keep. A broker outage shows as `pii_outbox_pending` growing instead.
#[utoipa::path(get, path = "/api/v1/readyz", tag = "health", responses(
    (status = 200, body = HealthResponse),
    (status = 503, body = crate::error::ErrorBody, description = "the job store is unreachable"),
))]
pub async fn readyz(state: web::Data<AppState>) -> Result<HttpResponse, ApiError> {
    let db = tokio::time::timeout(std::time::Duration::from_secs(3), state.db.ping()).await;
    if !matches!(db, Ok(Ok(()))) {
        return Err(ApiError::Unavailable("the job store is unreachable".into()));
    }
    Ok(HttpResponse::Ok().json(HealthResponse { status: "ready" }))
}
