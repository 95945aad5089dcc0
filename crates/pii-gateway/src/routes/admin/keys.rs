use actix_web::{HttpResponse, web};
use pii_core::audit::AuditAction;
use pii_core::{KeyScopes, TenantId};
use pii_db::keys;
use serde::Deserialize;

use super::Admin;
use crate::auth::{Authenticator, generate_key};
use crate::dto::{KeyRequest, KeyResponse};
use crate::error::ApiError;
use crate::state::AppState;

#[derive(Debug, Deserialize, utoipa::IntoParams)]
pub struct KeyFilter {
    tenant_id: Option<String>,
}

/// API keys (ids and prefixes; never the keys).
#[utoipa::path(get, path = "/api/v1/admin/keys", tag = "admin", params(KeyFilter),
    responses((status = 200, body = Vec<KeyResponse>), (status = 401, body = crate::error::ErrorBody), (status = 404, body = crate::error::ErrorBody), (status = 422, body = crate::error::ErrorBody)),
    security(("api_key" = [])))]
pub async fn list_keys(state: web::Data<AppState>, _admin: Admin, q: web::Query<KeyFilter>) -> Result<HttpResponse, ApiError> {
    let tenant = q.tenant_id.as_deref().map(TenantId::parse).transpose().map_err(|e| ApiError::Unprocessable(e.to_string()))?;
    let rows = state.db.run(move |c| keys::list_keys(c, tenant.as_ref())).await?;
    Ok(HttpResponse::Ok().json(rows.into_iter().map(KeyResponse::from).collect::<Vec<_>>()))
}

/// Creates a key for a tenant (creating the tenant) with the scopes asked for (default: every scope
/// but deanonymize); the key is in this answer only.
#[utoipa::path(post, path = "/api/v1/admin/keys", tag = "admin", request_body = KeyRequest,
    responses((status = 201, body = KeyResponse), (status = 400, body = crate::error::ErrorBody, description = "malformed JSON"), (status = 401, body = crate::error::ErrorBody), (status = 404, body = crate::error::ErrorBody), (status = 422, body = crate::error::ErrorBody)),
    security(("api_key" = [])))]
pub async fn create_key(
    state: web::Data<AppState>,
    auth: web::Data<Authenticator>,
    admin: Admin,
    body: web::Json<KeyRequest>,
) -> Result<HttpResponse, ApiError> {
    let who = admin.0;
    let result = async {
        let tenant = TenantId::parse(&body.tenant_id).map_err(|e| ApiError::Unprocessable(e.to_string()))?;
        let scopes = match &body.scopes {
            None => KeyScopes::DEFAULT,
            Some(names) => {
                KeyScopes::from_names(names.iter().map(String::as_str)).map_err(|e| ApiError::Unprocessable(format!("scopes: {e}")))?
            }
        };
        let key = generate_key();
        let id =
            auth.seed(&tenant, &key, scopes).await?.ok_or_else(|| ApiError::Internal("a new key collided with a stored one".into()))?;
        let rows = state.db.run(move |c| keys::list_keys(c, Some(&tenant))).await?;
        let record = rows.into_iter().find(|k| k.id == id).ok_or_else(|| ApiError::Internal("the new key was not stored".into()))?;
        let mut resp = KeyResponse::from(record);
        resp.key = Some(key);
        tracing::info!(key_id = %resp.id, tenant = %resp.tenant_id, scopes = %scopes, "api key created");
        Ok(resp)
    }
    .await;
    let target = result.as_ref().ok().map(|r| r.id.clone());
    let resp = crate::audit::audited(&state, &who, AuditAction::KeyCreate, target, result).await?;
    Ok(HttpResponse::Created().json(resp))
}

/// Revokes a key.
#[utoipa::path(delete, path = "/api/v1/admin/keys/{key_id}", tag = "admin",
    params(("key_id" = String, Path)),
    responses((status = 200, body = crate::dto::DetailResponse), (status = 401, body = crate::error::ErrorBody), (status = 404, body = crate::error::ErrorBody)),
    security(("api_key" = [])))]
pub async fn revoke_key(
    state: web::Data<AppState>,
    auth: web::Data<Authenticator>,
    admin: Admin,
    path: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let id = path.into_inner();
    let shown = id.clone();
    let result = match state.db.run(move |c| keys::revoke_key(c, &id)).await {
        Ok(true) => Ok(()),
        Ok(false) => Err(ApiError::NotFound("Key not found")),
        Err(e) => Err(e.into()),
    };
    crate::audit::audited(&state, &admin.0, AuditAction::KeyRevoke, Some(shown.clone()), result).await?;
    auth.clear_cache();
    tracing::info!(key_id = %shown, "api key revoked");
    Ok(HttpResponse::Ok().json(crate::dto::DetailResponse { detail: "Key revoked".into() }))
}
