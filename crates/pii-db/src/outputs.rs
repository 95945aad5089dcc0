//! What jobs wrote: the questions asked before an output location is reused or an object deleted.

use diesel::prelude::*;
use pii_core::TenantId;

use crate::schema::jobs;
use crate::{DbConnection, DbError};

/// Whether a job of `tenant` (in any state) has `output_uri` as its output: it wrote the object, or
/// is about to, or the tenant chose to overwrite it when submitting. Such an object may be replaced
/// by the tenant's later jobs without `overwrite`; any other existing object may not.
///
/// # Errors
/// `DbError` on failure.
pub fn tenant_wrote(conn: &mut DbConnection, tenant: &TenantId, output_uri: &str) -> Result<bool, DbError> {
    let n: i64 =
        jobs::table.filter(jobs::tenant_id.eq(tenant.as_str())).filter(jobs::output_uri.eq(output_uri)).count().get_result(conn)?;
    Ok(n > 0)
}

/// Of `uris`, those that some job of `tenant` has as its output (for batches: one query per page).
///
/// # Errors
/// `DbError` on failure.
pub fn written_among(conn: &mut DbConnection, tenant: &TenantId, uris: &[String]) -> Result<Vec<String>, DbError> {
    let mut out = Vec::new();
    for chunk in uris.chunks(500) {
        let mut found: Vec<String> = jobs::table
            .filter(jobs::tenant_id.eq(tenant.as_str()))
            .filter(jobs::output_uri.eq_any(chunk))
            .select(jobs::output_uri)
            .distinct()
            .load(conn)?;
        out.append(&mut found);
    }
    Ok(out)
}
