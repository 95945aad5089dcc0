//! The storage a tenant's jobs may reach, as the gateway hands it to them: the tenant's grants as
//! stored now, plus its own output area. Every message that starts an attempt (submission, retry on
//! request, a re-send by the sweeper) carries them, and the workers check every read and write
//! against them; a grant revoked while a job is going stops it at once
//! (`routes::cancel::stop_outside_grants`).

use std::collections::BTreeMap;

use pii_core::TenantId;
use pii_core::grants::Grants;
use pii_core::messages::{DetectCommand, JobCommand, JobSpec};
use pii_core::uri::ObjectUri;
use pii_db::jobs::JobRecord;
use pii_db::outbox::NewMessage;
use pii_queue::Route;

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

/// A stored job's detect message for its current attempt, with `grants`: the one conversion from a
/// job row back to work, shared by retries and re-sends.
///
/// # Errors
/// A description of the stored field that no longer parses.
pub fn detect_message(job: &JobRecord, grants: Grants, headers: BTreeMap<String, String>) -> Result<NewMessage, String> {
    let spec = JobSpec {
        job_id: job.id,
        tenant_id: job.tenant_id.clone(),
        batch_id: job.batch_id,
        attempt: job.attempt,
        input_uri: ObjectUri::parse(&job.input_uri).map_err(|e| format!("input_uri: {e}"))?,
        output_uri: ObjectUri::parse(&job.output_uri).map_err(|e| format!("output_uri: {e}"))?,
        policy: serde_json::from_str(&job.policy_json).map_err(|e| format!("policy: {e}"))?,
        grants: Some(grants),
    };
    let payload = serde_json::to_string(&JobCommand::Detect(DetectCommand { job: spec })).map_err(|e| e.to_string())?;
    Ok(NewMessage { routing_key: Route::Detect.routing_key().to_owned(), payload, headers })
}
