//! The storage a tenant's jobs may reach, as the gateway hands it to them: the tenant's grants as
//! stored now, plus its own output area. Every message that starts an attempt (submission, retry on
//! request, a re-send by the sweeper) carries them, and the workers check every read and write
//! against them; a grant revoked while a job is going stops it at once
//! (`routes::cancel::stop_outside_grants`).

use pii_core::TenantId;
use pii_core::grants::Grants;
use pii_core::uri::ObjectUri;

use crate::error::ApiError;
use crate::state::AppState;

/// The tenant's grants and `{output base}/{tenant}/`. The administrator gets no implicit storage.
///
/// # Errors
/// `ApiError` from the store.
pub async fn of_tenant(state: &AppState, tenant: &TenantId) -> Result<Grants, ApiError> {
    let lookup = tenant.clone();
    let grants = state.db.run(move |c| pii_db::grants::grants_of(c, &lookup)).await?;
    if tenant.is_admin() {
        return Ok(grants);
    }
    let base = state.config.output_base.as_str().trim_end_matches('/');
    let area = ObjectUri::parse_prefix(&format!("{base}/{}/", tenant.as_str())).map_err(|e| ApiError::Internal(e.to_string()))?;
    Ok(grants.with(area))
}
