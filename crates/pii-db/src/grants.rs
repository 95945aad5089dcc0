//! Storage grants as stored: the URI prefixes each tenant may reach (see `pii_core::grants`).
//! Read on every submission, retry and re-send, so a change takes effect for the next message sent.

use diesel::prelude::*;
use pii_core::TenantId;
use pii_core::grants::{Grants, parse_grant};
use pii_core::uri::ObjectUri;

use crate::keys::ensure_tenant;
use crate::schema::tenant_grants;
use crate::time_conv::now;
use crate::{DbConnection, DbError};

fn corrupt(why: impl std::fmt::Display) -> DbError {
    DbError::Corrupt { table: "tenant_grants", why: why.to_string() }
}

/// A tenant's grants (none when it has no row).
///
/// # Errors
/// `DbError` on failure, `DbError::Corrupt` for a stored prefix that no longer parses.
pub fn grants_of(conn: &mut DbConnection, tenant: &TenantId) -> Result<Grants, DbError> {
    let rows: Vec<String> = tenant_grants::table
        .filter(tenant_grants::tenant_id.eq(tenant.as_str()))
        .order(tenant_grants::prefix.asc())
        .select(tenant_grants::prefix)
        .load(conn)?;
    let prefixes = rows.iter().map(|p| parse_grant(p).map_err(corrupt)).collect::<Result<Vec<_>, _>>()?;
    Grants::new(prefixes).map_err(corrupt)
}

/// Adds one grant (creating the tenant); an existing one is left as it is. Returns whether it was new.
///
/// # Errors
/// `DbError` on failure.
pub fn add_grant(conn: &mut DbConnection, tenant: &TenantId, prefix: &ObjectUri) -> Result<bool, DbError> {
    crate::write_tx::write_transaction(conn, |conn| {
        ensure_tenant(conn, tenant)?;
        let exists = tenant_grants::table
            .filter(tenant_grants::tenant_id.eq(tenant.as_str()))
            .filter(tenant_grants::prefix.eq(prefix.as_str()))
            .count()
            .get_result::<i64>(conn)?
            > 0;
        if exists {
            return Ok(false);
        }
        let res = diesel::insert_into(tenant_grants::table)
            .values((
                tenant_grants::tenant_id.eq(tenant.as_str()),
                tenant_grants::prefix.eq(prefix.as_str()),
                tenant_grants::created_at.eq(now()),
            ))
            .execute(conn);
        match res {
            Ok(_) => Ok(true),
            // Another process seeded the same grant in between.
            Err(diesel::result::Error::DatabaseError(diesel::result::DatabaseErrorKind::UniqueViolation, _)) => Ok(false),
            Err(e) => Err(e.into()),
        }
    })
}

/// Replaces a tenant's grants with `grants`, atomically.
///
/// # Errors
/// `DbError` on failure.
pub fn set_grants(conn: &mut DbConnection, tenant: &TenantId, grants: &Grants) -> Result<(), DbError> {
    crate::write_tx::write_transaction(conn, |conn| {
        ensure_tenant(conn, tenant)?;
        diesel::delete(tenant_grants::table.filter(tenant_grants::tenant_id.eq(tenant.as_str()))).execute(conn)?;
        let at = now();
        for p in grants.prefixes() {
            diesel::insert_into(tenant_grants::table)
                .values((
                    tenant_grants::tenant_id.eq(tenant.as_str()),
                    tenant_grants::prefix.eq(p.as_str()),
                    tenant_grants::created_at.eq(at),
                ))
                .execute(conn)?;
        }
        Ok(())
    })
}
