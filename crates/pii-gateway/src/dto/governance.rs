//! Bodies of the governance endpoints: the audit trail, and a tenant's deletion.

use pii_db::audit::AuditRecord;
use serde::Serialize;
use utoipa::ToSchema;

use super::timestamp;

/// One audit event: who (key id and tenant) did what to which object, how it ended, when. Never a
/// key, a URI or a value of a document.
#[derive(Debug, Serialize, ToSchema)]
pub struct AuditEventResponse {
    /// Increasing with time; a stable order for paging.
    pub id: i64,
    /// ISO 8601.
    pub at: String,
    /// The id of the key that acted (as `GET /admin/keys` shows it).
    pub key_id: String,
    pub tenant_id: String,
    /// job.create, job.download, job.delete, job.retry, batch.create, batch.delete, deanonymize,
    /// key.create, key.revoke, tenant.create, tenant.update, tenant.disable, scope.denied,
    /// job.purge (by the retention sweeper, key id `system`, or a tenant's deletion), tenant.delete,
    /// tenant.rotate_keys or tenant.rotate_output_keys.
    #[schema(example = "job.download")]
    pub action: String,
    /// The id of the job, batch, key or tenant acted on (for scope.denied: the missing scope).
    pub target: Option<String>,
    /// success, denied, not_found, rejected or failed.
    #[schema(example = "success")]
    pub outcome: String,
}

impl From<AuditRecord> for AuditEventResponse {
    fn from(r: AuditRecord) -> Self {
        AuditEventResponse {
            id: r.id,
            at: timestamp(r.at),
            key_id: r.key_id,
            tenant_id: r.tenant_id.to_string(),
            action: r.action.as_str().to_owned(),
            target: r.target,
            outcome: r.outcome.as_str().to_owned(),
        }
    }
}

/// `DELETE /admin/tenants/{tenant_id}`: the tenant is gone with its jobs, outputs, findings, keys
/// and grants; its audit events stay.
#[derive(Debug, Serialize, ToSchema)]
pub struct TenantDeletedResponse {
    #[schema(example = "Tenant deleted")]
    pub detail: String,
    pub tenant_id: String,
    /// Jobs purged with their outputs and findings (one `job.purge` audit event each).
    pub jobs_purged: u64,
}
