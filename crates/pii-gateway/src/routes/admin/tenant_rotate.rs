//! `POST /admin/tenants/{tenant_id}/rotate-keys`: one tenant's derived secrets rotated without
//! touching anyone else's (see `pii_core::key_epoch`).
//!
//! The tenant's key generation moves on by one. From then on its callbacks are signed with a new
//! secret (`GET /api/v1/tenant` shows it; callbacks name the generation in `X-PII-Redactor-Key-Epoch`)
//! and the lists of the policies it submits and the pseudonym records it gets are sealed under a new
//! key. What was sealed before names its generation and still opens: jobs already queued or stored,
//! vault records. The keys of its outputs (`hash`, `encrypt`, `fpe`, `pseudonymize`, `date_shift`)
//! stay as they are, unless the body asks for them too (`{"outputs": true}`, for a leaked output key):
//! then its output generation moves on as well, and from then on the same value hashes and
//! pseudonymizes differently and `encrypt` and `fpe` values made before no longer decrypt, while
//! jobs queued before keep the keys of their submission and vault records made before still restore.
//! Every gateway sees the new generations within a second (the authentication epoch moves).

use actix_web::{HttpRequest, HttpResponse, web};
use pii_core::TenantId;
use pii_core::audit::AuditAction;
use pii_db::keys::Rotation;
use serde::Deserialize;

use super::Admin;
use crate::auth::Authenticator;
use crate::dto::{RotateKeysRequest, TenantResponse};
use crate::error::ApiError;
use crate::idempotency::{parse_json, read_body};
use crate::state::AppState;

/// Most bytes of the body: it holds one flag.
const MAX_BODY: usize = 4096;

/// Rotates a tenant's callback signing secret and the keys that seal what the service keeps for it
/// (what was sealed before still opens), and with `{"outputs": true}` the keys of its outputs too.
#[utoipa::path(post, path = "/api/v1/admin/tenants/{tenant_id}/rotate-keys", tag = "admin",
    params(("tenant_id" = String, Path)),
    request_body(content = Option<RotateKeysRequest>, description = "optional: without one (or with `null`) only the callback signing secret and the key at rest rotate"),
    responses((status = 200, body = TenantResponse, description = "the tenant, with its new `key_epoch` (and `output_key_epoch`)"), (status = 400, body = crate::error::ErrorBody, description = "malformed JSON"), (status = 401, body = crate::error::ErrorBody), (status = 404, body = crate::error::ErrorBody), (status = 413, body = crate::error::ErrorBody), (status = 422, body = crate::error::ErrorBody)),
    security(("api_key" = [])))]
pub async fn rotate_keys(
    state: web::Data<AppState>,
    auth: web::Data<Authenticator>,
    admin: Admin,
    path: web::Path<String>,
    req: HttpRequest,
    payload: web::Payload,
) -> Result<HttpResponse, ApiError> {
    // `admin` is extracted first: the body is read for administrators only.
    let id = TenantId::parse(&path).map_err(|_| ApiError::NotFound("Tenant not found"))?;
    let rotation = requested_rotation(&req, payload).await?;
    let action = match rotation {
        Rotation::Keys => AuditAction::TenantRotateKeys,
        Rotation::KeysAndOutputs => AuditAction::TenantRotateOutputKeys,
    };
    let target = Some(id.to_string());
    let result = rotate(&state, id, rotation).await;
    // This gateway uses the new generation at once; the others within a second.
    auth.clear_cache();
    let resp = crate::audit::audited(&state, &admin.0, action, target, result).await?;
    Ok(HttpResponse::Ok().json(resp))
}

/// The rotation the body asks for: no body (only whitespace, or `null`) is `{}`, the keys only. Only
/// an object is read besides (serde would also take `[true]` for `{"outputs": true}`, and this one
/// cannot be undone).
async fn requested_rotation(req: &HttpRequest, payload: web::Payload) -> Result<Rotation, ApiError> {
    let body = read_body(payload, MAX_BODY).await?;
    if body.iter().all(u8::is_ascii_whitespace) {
        return Ok(Rotation::Keys);
    }
    let value: serde_json::Value = parse_json(req, &body)?;
    if value.is_null() {
        return Ok(Rotation::Keys);
    }
    if !value.is_object() {
        return Err(ApiError::Unprocessable("invalid request body: expected a JSON object".into()));
    }
    let r = RotateKeysRequest::deserialize(value).map_err(|e| ApiError::Unprocessable(format!("invalid request body: {e}")))?;
    Ok(if r.outputs { Rotation::KeysAndOutputs } else { Rotation::Keys })
}

async fn rotate(state: &AppState, id: TenantId, rotation: Rotation) -> Result<TenantResponse, ApiError> {
    if id.is_admin() {
        return Err(ApiError::Unprocessable("the administrator tenant is not managed here".into()));
    }
    let (t, g) = state
        .db
        .run(move |c| {
            let Some(t) = pii_db::keys::rotate_keys(c, &id, rotation)? else { return Ok(None) };
            Ok::<_, pii_db::DbError>(Some((t, pii_db::grants::grants_of(c, &id)?)))
        })
        .await?
        .ok_or(ApiError::NotFound("Tenant not found"))?;
    Ok(TenantResponse::new(t, &g))
}
