//! The routes of `/api/v1`, one module per resource.

pub mod admin;
pub mod analyze;
pub mod audit;
pub mod batches;
pub mod cancel;
pub mod entities;
pub mod health;
pub mod jobs;
pub mod listing;
pub mod openapi;
pub mod presidio;
pub mod redact;
pub mod tenant;

use actix_web::http::Method;
use actix_web::middleware::from_fn;
use actix_web::web;
use pii_core::KeyScope;

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
                    .route("/batches", web::get().to(batches::list_batches))
                    .route("/batches/{batch_id}", web::get().to(batches::get_batch))
                    .route("/batches/{batch_id}", web::delete().to(batches::delete_batch))
                    .route("/tenant", web::get().to(tenant::get_self))
                    .route("/admin/tenants", web::get().to(admin::tenants::list_tenants))
                    .route("/admin/tenants", web::post().to(admin::tenants::create_tenant))
                    .route("/admin/tenants/{tenant_id}", web::patch().to(admin::tenants::update_tenant))
                    .route("/admin/tenants/{tenant_id}", web::delete().to(admin::tenant_delete::delete_tenant))
                    .route("/admin/tenants/{tenant_id}/rotate-keys", web::post().to(admin::tenant_rotate::rotate_keys))
                    .route("/admin/keys", web::get().to(admin::keys::list_keys))
                    .route("/admin/keys", web::post().to(admin::keys::create_key))
                    .route("/admin/keys/{key_id}", web::delete().to(admin::keys::revoke_key))
                    .route("/redact", web::post().to(analyze::redact_text))
                    .route("/analyze", web::post().to(analyze::analyze_text))
                    .route("/entities", web::get().to(entities::list_entities))
                    .route("/deanonymize", web::post().to(analyze::deanonymize_text))
                    .route("/audit", web::get().to(audit::list_audit))
                    .route("/jobs/{job_id}/cancel", web::post().to(cancel::cancel_job))
                    .route("/batches/{batch_id}/cancel", web::post().to(cancel::cancel_batch)),
            ),
    )
    .configure(presidio::configure)
    .default_service(web::to(not_found));
}

/// The scope each authenticated route needs: the one table of them (checked by the authentication
/// middleware with the matched route's pattern). `None`: any valid key (the caller's own tenant,
/// catalogs), or no such route (answered 404 as before).
pub fn required_scope(method: &Method, pattern: Option<&str>) -> Option<KeyScope> {
    use KeyScope::{Admin, Analyze, Deanonymize, JobsRead, JobsWrite};
    let pattern = pattern?;
    let read = method == Method::GET || method == Method::HEAD;
    let scope = match pattern.strip_prefix("/api/v1").or_else(|| pattern.strip_prefix("/presidio").map(|_| pattern))? {
        "/jobs" | "/jobs/{job_id}" | "/jobs/{job_id}/download" | "/batches" | "/batches/{batch_id}" if read => JobsRead,
        "/jobs/{job_id}" | "/jobs/{job_id}/retry" | "/redact/uri" | "/redact/batch" | "/batches/{batch_id}" => JobsWrite,
        // Presidio's deanonymize decrypts with a key the caller sends: it reverses nothing this
        // service holds a secret for, so it is text analysis like its anonymize.
        "/analyze" | "/redact" | "/presidio/analyze" | "/presidio/anonymize" | "/presidio/deanonymize" => Analyze,
        "/deanonymize" => Deanonymize,
        p if p.starts_with("/admin/") => Admin,
        "/audit" => Admin,
        "/jobs/{job_id}/cancel" | "/batches/{batch_id}/cancel" => JobsWrite,
        _ => return None,
    };
    Some(scope)
}

async fn not_found() -> Result<actix_web::HttpResponse, ApiError> {
    Err(ApiError::NotFound("Not found"))
}

#[cfg(test)]
mod tests {
    use utoipa::OpenApi;

    use super::*;

    /// Every documented route that needs a key has a scope in the table, except these, which any
    /// valid key may call (they describe the caller or the service, and touch no job or text).
    const ANY_KEY: &[&str] = &["GET /api/v1/tenant", "GET /api/v1/entities"];

    #[test]
    fn every_authenticated_route_has_a_scope_or_is_knowingly_open_to_any_key() {
        let doc = openapi::ApiDoc::openapi();
        for (path, item) in &doc.paths.paths {
            for (method, op) in
                [(Method::GET, &item.get), (Method::POST, &item.post), (Method::PATCH, &item.patch), (Method::DELETE, &item.delete)]
            {
                let Some(op) = op else { continue };
                if op.security.is_none() {
                    continue;
                }
                let name = format!("{method} {path}");
                let scope = required_scope(&method, Some(path));
                assert_eq!(scope.is_none(), ANY_KEY.contains(&name.as_str()), "{name} -> {scope:?}");
            }
        }
    }

    #[test]
    fn routes_map_to_the_scopes_the_issue_names() {
        let s = |m: Method, p: &str| required_scope(&m, Some(p));
        assert_eq!(s(Method::GET, "/api/v1/jobs/{job_id}/download"), Some(KeyScope::JobsRead));
        assert_eq!(s(Method::DELETE, "/api/v1/jobs/{job_id}"), Some(KeyScope::JobsWrite));
        assert_eq!(s(Method::POST, "/api/v1/redact/batch"), Some(KeyScope::JobsWrite));
        assert_eq!(s(Method::GET, "/api/v1/batches"), Some(KeyScope::JobsRead));
        assert_eq!(s(Method::DELETE, "/api/v1/batches/{batch_id}"), Some(KeyScope::JobsWrite));
        assert_eq!(s(Method::POST, "/api/v1/analyze"), Some(KeyScope::Analyze));
        assert_eq!(s(Method::POST, "/api/v1/deanonymize"), Some(KeyScope::Deanonymize));
        assert_eq!(s(Method::POST, "/presidio/analyze"), Some(KeyScope::Analyze));
        assert_eq!(s(Method::GET, "/presidio/supportedentities"), None);
        assert_eq!(s(Method::DELETE, "/api/v1/admin/keys/{key_id}"), Some(KeyScope::Admin));
        assert_eq!(s(Method::GET, "/api/v1/audit"), Some(KeyScope::Admin));
        assert_eq!(s(Method::DELETE, "/api/v1/admin/tenants/{tenant_id}"), Some(KeyScope::Admin));
        assert_eq!(s(Method::POST, "/api/v1/jobs/{job_id}/cancel"), Some(KeyScope::JobsWrite));
        assert_eq!(s(Method::POST, "/api/v1/batches/{batch_id}/cancel"), Some(KeyScope::JobsWrite));
        assert_eq!(s(Method::GET, "/nowhere"), None);
    }
}
