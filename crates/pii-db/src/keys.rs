//! Tenants and API keys. Keys are random, high-entropy strings, so a plain SHA-256 digest is a safe
//! way to store them (no salt or slow hash is needed, unlike passwords); the digest is the lookup key,
//! and the caller compares digests in constant time.

use diesel::prelude::*;
use pii_core::TenantId;
use time::OffsetDateTime;

use crate::schema::{api_keys, tenants};
use crate::time_conv::{from_db, now};
use crate::{DbConnection, DbError};

/// A stored key, without its secret.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiKeyRecord {
    pub id: String,
    pub tenant_id: TenantId,
    /// Hex SHA-256 of the key.
    pub key_hash: String,
    /// The first characters of the key, for people to recognise it.
    pub key_prefix: String,
    pub created_at: OffsetDateTime,
    pub revoked_at: Option<OffsetDateTime>,
}

#[derive(Queryable, Selectable)]
#[diesel(table_name = api_keys)]
struct KeyRow {
    id: String,
    tenant_id: String,
    key_hash: String,
    key_prefix: String,
    created_at: time::PrimitiveDateTime,
    revoked_at: Option<time::PrimitiveDateTime>,
}

impl TryFrom<KeyRow> for ApiKeyRecord {
    type Error = DbError;
    fn try_from(r: KeyRow) -> Result<Self, DbError> {
        Ok(ApiKeyRecord {
            id: r.id,
            tenant_id: TenantId::parse(&r.tenant_id)
                .map_err(|e| DbError::Corrupt { table: "api_keys", why: e.to_string() })?,
            key_hash: r.key_hash,
            key_prefix: r.key_prefix,
            created_at: from_db(r.created_at),
            revoked_at: r.revoked_at.map(from_db),
        })
    }
}

/// Creates the tenant if it does not exist.
///
/// # Errors
/// `DbError` on failure.
pub fn ensure_tenant(conn: &mut DbConnection, tenant: &TenantId) -> Result<(), DbError> {
    let exists = tenants::table.filter(tenants::id.eq(tenant.as_str())).count().get_result::<i64>(conn)? > 0;
    if !exists {
        let res = diesel::insert_into(tenants::table)
            .values((tenants::id.eq(tenant.as_str()), tenants::created_at.eq(now())))
            .execute(conn);
        match res {
            Ok(_) => {}
            // Another process created it in between.
            Err(diesel::result::Error::DatabaseError(diesel::result::DatabaseErrorKind::UniqueViolation, _)) => {}
            Err(e) => return Err(e.into()),
        }
    }
    Ok(())
}

/// Stores a key digest for a tenant (creating the tenant), unless that digest is already stored.
/// Returns whether a new key was stored.
///
/// # Errors
/// `DbError` on failure.
pub fn insert_key(conn: &mut DbConnection, id: &str, tenant: &TenantId, key_hash: &str, key_prefix: &str) -> Result<bool, DbError> {
    conn.transaction(|conn| {
        ensure_tenant(conn, tenant)?;
        let exists = api_keys::table.filter(api_keys::key_hash.eq(key_hash)).count().get_result::<i64>(conn)? > 0;
        if exists {
            return Ok(false);
        }
        diesel::insert_into(api_keys::table)
            .values((
                api_keys::id.eq(id),
                api_keys::tenant_id.eq(tenant.as_str()),
                api_keys::key_hash.eq(key_hash),
                api_keys::key_prefix.eq(key_prefix),
                api_keys::created_at.eq(now()),
            ))
            .execute(conn)?;
        Ok(true)
    })
}

/// The active (not revoked, tenant not disabled) key with this digest.
///
/// # Errors
/// `DbError` on failure.
pub fn find_active_key(conn: &mut DbConnection, key_hash: &str) -> Result<Option<ApiKeyRecord>, DbError> {
    let row = api_keys::table
        .inner_join(tenants::table)
        .filter(api_keys::key_hash.eq(key_hash))
        .filter(api_keys::revoked_at.is_null())
        .filter(tenants::disabled_at.is_null())
        .select(KeyRow::as_select())
        .first::<KeyRow>(conn)
        .optional()?;
    row.map(ApiKeyRecord::try_from).transpose()
}

/// Keys of a tenant (or of every tenant), newest first.
///
/// # Errors
/// `DbError` on failure.
pub fn list_keys(conn: &mut DbConnection, tenant: Option<&TenantId>) -> Result<Vec<ApiKeyRecord>, DbError> {
    let mut q = api_keys::table.select(KeyRow::as_select()).into_boxed();
    if let Some(t) = tenant {
        q = q.filter(api_keys::tenant_id.eq(t.as_str().to_owned()));
    }
    q.order(api_keys::id.desc()).load::<KeyRow>(conn)?.into_iter().map(ApiKeyRecord::try_from).collect()
}

/// Revokes a key; returns whether a key was revoked.
///
/// # Errors
/// `DbError` on failure.
pub fn revoke_key(conn: &mut DbConnection, id: &str) -> Result<bool, DbError> {
    let n = diesel::update(api_keys::table.filter(api_keys::id.eq(id)).filter(api_keys::revoked_at.is_null()))
        .set(api_keys::revoked_at.eq(Some(now())))
        .execute(conn)?;
    Ok(n == 1)
}
