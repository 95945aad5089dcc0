//! The routes of `/api/v1`, one module per resource.

pub mod admin;
pub mod analyze;
pub mod batches;
pub mod entities;
pub mod health;
pub mod jobs;
pub mod openapi;
pub mod presidio;
pub mod redact;
pub mod tenant;

use actix_web::middleware::from_fn;
use actix_web::web;

use crate::auth;
use crate::error::ApiError;

/// Wires every route.
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(
        web::scope("/api/v1")
            .route("/healthz", web::get().to(health::healthz))
            .route("/readyz", web::get().to(health::readyz))
            .route("/openapi.json", web::get().to(openapi::document))
            .service(
                web::scope("")
                    .wrap(from_fn(auth::authenticate))
                    .route("/jobs", web::get().to(jobs::list::list_jobs))
                    .route("/jobs/{job_id}", web::get().to(jobs::get::get_job))
                    .route("/jobs/{job_id}", web::delete().to(jobs::delete::delete_job))
                    .route("/jobs/{job_id}/download", web::get().to(jobs::download::download_job))
                    .route("/jobs/{job_id}/retry", web::post().to(jobs::retry::retry_job))
                    .route("/redact/uri", web::post().to(redact::uri::redact_uri))
                    .route("/redact/batch", web::post().to(redact::batch::redact_batch))
                    .route("/batches/{batch_id}", web::get().to(batches::get_batch))
                    .route("/tenant", web::get().to(tenant::get_self))
                    .route("/admin/tenants", web::get().to(admin::tenants::list_tenants))
                    .route("/admin/tenants", web::post().to(admin::tenants::create_tenant))
                    .route("/admin/tenants/{tenant_id}", web::patch().to(admin::tenants::update_tenant))
                    .route("/admin/tenants/{tenant_id}", web::delete().to(admin::tenants::disable_tenant))
                    .route("/admin/keys", web::get().to(admin::keys::list_keys))
                    .route("/admin/keys", web::post().to(admin::keys::create_key))
                    .route("/admin/keys/{key_id}", web::delete().to(admin::keys::revoke_key))
                    .route("/redact", web::post().to(analyze::redact_text))
                    .route("/analyze", web::post().to(analyze::analyze_text))
                    .route("/entities", web::get().to(entities::list_entities))
                    .route("/deanonymize", web::post().to(analyze::deanonymize_text)),
            ),
    )
    .configure(presidio::configure)
    .default_service(web::to(not_found));
}

async fn not_found() -> Result<actix_web::HttpResponse, ApiError> {
    Err(ApiError::NotFound("Not found"))
}
