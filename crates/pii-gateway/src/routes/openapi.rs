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

/// A 403 on every operation that needs a scope, naming it, from the one table that decides it
/// ([`super::required_scope`]): a key may lack any scope, and a client reading the document should
/// expect that answer. Handlers do not declare it themselves.
struct ScopeResponses;

impl Modify for ScopeResponses {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use actix_web::http::Method;
        use utoipa::openapi::{ContentBuilder, Ref, ResponseBuilder};
        for (path, item) in openapi.paths.paths.iter_mut() {
            let ops = [
                (Method::GET, &mut item.get),
                (Method::POST, &mut item.post),
                (Method::PATCH, &mut item.patch),
                (Method::DELETE, &mut item.delete),
            ];
            for (method, op) in ops {
                let (Some(op), Some(scope)) = (op.as_mut(), super::required_scope(&method, Some(path))) else { continue };
                op.responses.responses.entry("403".to_owned()).or_insert_with(|| {
                    ResponseBuilder::new()
                        .description(format!("the key lacks the {scope} scope"))
                        .content("application/json", ContentBuilder::new().schema(Some(Ref::from_schema_name("ErrorBody"))).build())
                        .build()
                        .into()
                });
            }
        }
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
        super::admin::tenant_delete::delete_tenant,
        super::admin::tenant_rotate::rotate_keys,
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
        super::cancel::cancel_job,
        super::cancel::cancel_batch,
    ),
    components(schemas(crate::error::ErrorBody, crate::dto::BuiltInEntityType)),
    modifiers(&ApiKeyScheme, &ScopeResponses),
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
