//! The OpenAPI document of the REST API, generated from the handlers' annotations. `proto/openapi.json`
//! holds a copy that a test keeps identical.

use actix_web::HttpResponse;
use utoipa::openapi::security::{ApiKey, ApiKeyValue, SecurityScheme};
use utoipa::{Modify, OpenApi};

struct ApiKeyScheme;

impl Modify for ApiKeyScheme {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme("api_key", SecurityScheme::ApiKey(ApiKey::Header(ApiKeyValue::new("X-API-Key"))));
    }
}

#[derive(OpenApi)]
#[openapi(
    info(title = "pii-redactor", description = "Finds personal data in documents and writes redacted copies."),
    paths(
        super::jobs::list::list_jobs,
        super::jobs::get::get_job,
        super::jobs::delete::delete_job,
        super::jobs::download::download_job,
        super::jobs::retry::retry_job,
        super::redact::uri::redact_uri,
        super::redact::batch::redact_batch,
        super::batches::list_batches,
        super::batches::get_batch,
        super::batches::delete_batch,
        super::tenant::get_self,
        super::admin::tenants::list_tenants,
        super::admin::tenants::create_tenant,
        super::admin::tenants::update_tenant,
        super::admin::tenants::disable_tenant,
        super::admin::keys::list_keys,
        super::admin::keys::create_key,
        super::admin::keys::revoke_key,
        super::analyze::analyze_text,
        super::analyze::redact_text,
        super::analyze::deanonymize_text,
        super::audit::list_audit,
        super::entities::list_entities,
        super::health::healthz,
        super::health::readyz,
    ),
    components(schemas(crate::error::ErrorBody, crate::dto::BuiltInEntityType)),
    modifiers(&ApiKeyScheme),
    tags(
        (name = "jobs", description = "Asynchronous redaction jobs"),
        (name = "batches", description = "Many jobs submitted together"),
        (name = "text", description = "Synchronous analysis and redaction of text"),
        (name = "tenants", description = "The caller's own tenant"),
        (name = "admin", description = "Tenants and API keys (administrator keys only)"),
        (name = "audit", description = "Who did what: the audit trail (keys with the admin scope)"),
        (name = "health", description = "Probes"),
    )
)]
pub struct ApiDoc;

/// The document as pretty JSON (what `proto/openapi.json` holds).
pub fn document_json() -> String {
    ApiDoc::openapi().to_pretty_json().unwrap_or_default()
}

pub async fn document() -> HttpResponse {
    HttpResponse::Ok().content_type("application/json").body(document_json())
}
