//! Tenants and API keys. Keys are random, high-entropy strings, so a plain SHA-256 digest is a safe
//! way to store them (no salt or slow hash is needed, unlike passwords); the digest is the lookup key,
//! and the caller compares digests in constant time.

use diesel::prelude::*;
use pii_core::{KeyEpoch, KeyScopes, TenantId};
use time::OffsetDateTime;

use crate::schema::{api_keys, auth_epoch, tenants};
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
    /// What the key may do.
    pub scopes: KeyScopes,
}

/// A tenant's own quotas; `None` means the deployment's default.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Quotas {
    pub requests_per_second: Option<f32>,
    pub max_jobs_in_flight: Option<u32>,
}

/// A tenant as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct TenantRecord {
    pub id: TenantId,
    pub created_at: OffsetDateTime,
    pub disabled_at: Option<OffsetDateTime>,
    pub quotas: Quotas,
    /// How long its ended jobs are kept; `None`: the deployment's default (see [`crate::retention`]).
    pub retention: Option<pii_core::Retention>,
    /// How many times its keys were rotated (the generation of its key epoch).
    pub key_generation: u32,
    /// How many times the keys of its outputs were rotated (the output generation of its key epoch).
    pub output_key_generation: u32,
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
    scopes: String,
}

impl TryFrom<KeyRow> for ApiKeyRecord {
    type Error = DbError;
    fn try_from(r: KeyRow) -> Result<Self, DbError> {
        Ok(ApiKeyRecord {
            id: r.id,
            tenant_id: TenantId::parse(&r.tenant_id).map_err(|e| DbError::Corrupt { table: "api_keys", why: e.to_string() })?,
            key_hash: r.key_hash,
            key_prefix: r.key_prefix,
            created_at: from_db(r.created_at),
            revoked_at: r.revoked_at.map(from_db),
            scopes: r.scopes.parse().map_err(|e: pii_core::CoreError| DbError::Corrupt { table: "api_keys", why: e.to_string() })?,
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
        let res =
            // A new tenant, or one created again under a deleted one's id: a fresh key epoch.
            diesel::insert_into(tenants::table)
                .values((tenants::id.eq(tenant.as_str()), tenants::created_at.eq(now()), tenants::key_epoch.eq(KeyEpoch::generate().salt())))
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

/// A key to store.
#[derive(Debug, Clone)]
pub struct NewKey<'a> {
    pub id: &'a str,
    pub tenant: &'a TenantId,
    /// Hex SHA-256 of the key.
    pub key_hash: &'a str,
    pub key_prefix: &'a str,
    pub scopes: KeyScopes,
}

/// Stores a key digest for a tenant (creating the tenant), unless that digest is already stored;
/// then only its scopes are set to `scopes` (a seed that changed its scopes takes effect at the
/// next start). Returns whether a new key was stored.
///
/// # Errors
/// `DbError` on failure.
pub fn insert_key(conn: &mut DbConnection, key: &NewKey<'_>) -> Result<bool, DbError> {
    let NewKey { id, tenant, key_hash, key_prefix, scopes } = key.clone();
    crate::write_tx::write_transaction(conn, |conn| {
        ensure_tenant(conn, tenant)?;
        let stored: Option<String> =
            api_keys::table.filter(api_keys::key_hash.eq(key_hash)).select(api_keys::scopes).first(conn).optional()?;
        if let Some(stored) = stored {
            if stored != scopes.to_string() {
                diesel::update(api_keys::table.filter(api_keys::key_hash.eq(key_hash)))
                    .set(api_keys::scopes.eq(scopes.to_string()))
                    .execute(conn)?;
                bump_auth_epoch(conn)?;
            }
            return Ok(false);
        }
        diesel::insert_into(api_keys::table)
            .values((
                api_keys::id.eq(id),
                api_keys::tenant_id.eq(tenant.as_str()),
                api_keys::key_hash.eq(key_hash),
                api_keys::key_prefix.eq(key_prefix),
                api_keys::created_at.eq(now()),
                api_keys::scopes.eq(scopes.to_string()),
            ))
            .execute(conn)?;
        bump_auth_epoch(conn)?;
        Ok(true)
    })
}

/// The active (not revoked, tenant not disabled) key with this digest, and its tenant's quotas.
///
/// # Errors
/// `DbError` on failure.
pub fn find_active_key(conn: &mut DbConnection, key_hash: &str) -> Result<Option<ActiveKey>, DbError> {
    let row = api_keys::table
        .inner_join(tenants::table)
        .filter(api_keys::key_hash.eq(key_hash))
        .filter(api_keys::revoked_at.is_null())
        .filter(tenants::disabled_at.is_null())
        .select((
            KeyRow::as_select(),
            tenants::requests_per_second,
            tenants::max_jobs_in_flight,
            tenants::key_epoch,
            tenants::key_generation,
            tenants::output_key_generation,
        ))
        .first::<(KeyRow, Option<f32>, Option<i32>, String, i32, i32)>(conn)
        .optional()?;
    row.map(|(k, rps, inflight, salt, generation, output_generation)| {
        Ok(ActiveKey {
            key: ApiKeyRecord::try_from(k)?,
            quotas: Quotas { requests_per_second: rps, max_jobs_in_flight: inflight.and_then(|n| u32::try_from(n).ok()) },
            key_epoch: epoch_from_row(&salt, generation, output_generation)?,
        })
    })
    .transpose()
}

fn epoch_from_row(salt: &str, generation: i32, output_generation: i32) -> Result<KeyEpoch, DbError> {
    let corrupt = |why: String| DbError::Corrupt { table: "tenants", why };
    let generation = u32::try_from(generation).map_err(|_| corrupt("a negative key generation".into()))?;
    let output_generation = u32::try_from(output_generation).map_err(|_| corrupt("a negative output key generation".into()))?;
    KeyEpoch::from_parts(salt, generation, output_generation).map_err(|e| corrupt(e.to_string()))
}

/// The tenant's current key epoch (what its callbacks are signed with), or `None` if it does not exist.
///
/// # Errors
/// `DbError` on failure; `DbError::Corrupt` for a stored epoch that does not parse.
pub fn key_epoch_of(conn: &mut DbConnection, tenant: &TenantId) -> Result<Option<KeyEpoch>, DbError> {
    tenants::table
        .filter(tenants::id.eq(tenant.as_str()))
        .select((tenants::key_epoch, tenants::key_generation, tenants::output_key_generation))
        .first::<(String, i32, i32)>(conn)
        .optional()?
        .map(|(salt, generation, output_generation)| epoch_from_row(&salt, generation, output_generation))
        .transpose()
}

/// Which of a tenant's keys a rotation moves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rotation {
    /// The key generation: callback signing and the key at rest. The tenant's outputs stay as they are.
    Keys,
    /// The key generation and the output generation: besides the above, the keys of the tenant's
    /// `hash`, `encrypt`, `fpe`, `pseudonymize` and `date_shift` outputs.
    KeysAndOutputs,
}

/// Rotates the tenant's keys: advances its key generation, so that its callbacks are signed and what
/// is sealed for it from now on is sealed under new keys, while what was sealed before still opens
/// with the generation it names; with [`Rotation::KeysAndOutputs`] its output generation too, so that
/// its outputs from now on are made with new keys. Every gateway picks the new generations up within
/// a second (the authentication epoch moves). Returns the tenant as it is now, or `None` if it does
/// not exist.
///
/// # Errors
/// `DbError` on failure.
pub fn rotate_keys(conn: &mut DbConnection, tenant: &TenantId, rotation: Rotation) -> Result<Option<TenantRecord>, DbError> {
    crate::write_tx::write_transaction(conn, |conn| {
        let outputs = i32::from(rotation == Rotation::KeysAndOutputs);
        let n = diesel::update(tenants::table.filter(tenants::id.eq(tenant.as_str())))
            .set((
                tenants::key_generation.eq(tenants::key_generation + 1),
                tenants::output_key_generation.eq(tenants::output_key_generation + outputs),
            ))
            .execute(conn)?;
        if n == 0 {
            return Ok(None);
        }
        bump_auth_epoch(conn)?;
        get_tenant(conn, tenant)
    })
}

/// An active key with what its requests need of its tenant.
#[derive(Debug, Clone)]
pub struct ActiveKey {
    pub key: ApiKeyRecord,
    pub quotas: Quotas,
    /// The tenant's key epoch, which its secrets derive from.
    pub key_epoch: KeyEpoch,
}

type TenantRow = (String, time::PrimitiveDateTime, Option<time::PrimitiveDateTime>, Option<f32>, Option<i32>, Option<i64>, i32, i32);

/// The columns of a [`TenantRow`].
const TENANT_COLUMNS: (
    tenants::id,
    tenants::created_at,
    tenants::disabled_at,
    tenants::requests_per_second,
    tenants::max_jobs_in_flight,
    tenants::retention_seconds,
    tenants::key_generation,
    tenants::output_key_generation,
) = (
    tenants::id,
    tenants::created_at,
    tenants::disabled_at,
    tenants::requests_per_second,
    tenants::max_jobs_in_flight,
    tenants::retention_seconds,
    tenants::key_generation,
    tenants::output_key_generation,
);

fn tenant_from_row(
    (id, created, disabled, rps, inflight, retention, generation, output_generation): TenantRow,
) -> Result<TenantRecord, DbError> {
    let corrupt = |why: String| DbError::Corrupt { table: "tenants", why };
    Ok(TenantRecord {
        id: TenantId::parse(&id).map_err(|e| corrupt(e.to_string()))?,
        created_at: from_db(created),
        disabled_at: disabled.map(from_db),
        quotas: Quotas { requests_per_second: rps, max_jobs_in_flight: inflight.and_then(|n| u32::try_from(n).ok()) },
        retention: retention.map(crate::retention::from_seconds).transpose().map_err(corrupt)?,
        key_generation: u32::try_from(generation).map_err(|_| corrupt("a negative key generation".into()))?,
        output_key_generation: u32::try_from(output_generation).map_err(|_| corrupt("a negative output key generation".into()))?,
    })
}

/// Every tenant, by id.
///
/// # Errors
/// `DbError` on failure.
pub fn list_tenants(conn: &mut DbConnection) -> Result<Vec<TenantRecord>, DbError> {
    tenants::table.order(tenants::id.asc()).select(TENANT_COLUMNS).load::<TenantRow>(conn)?.into_iter().map(tenant_from_row).collect()
}

/// One tenant.
///
/// # Errors
/// `DbError` on failure.
pub fn get_tenant(conn: &mut DbConnection, id: &TenantId) -> Result<Option<TenantRecord>, DbError> {
    tenants::table
        .filter(tenants::id.eq(id.as_str()))
        .select(TENANT_COLUMNS)
        .first::<TenantRow>(conn)
        .optional()?
        .map(tenant_from_row)
        .transpose()
}

/// Creates or updates a tenant: sets its quotas and enables or disables it.
///
/// # Errors
/// `DbError` on failure.
pub fn upsert_tenant(conn: &mut DbConnection, id: &TenantId, quotas: Quotas, disabled: bool) -> Result<TenantRecord, DbError> {
    crate::write_tx::write_transaction(conn, |conn| {
        ensure_tenant(conn, id)?;
        let disabled_at = if disabled { Some(now()) } else { None };
        diesel::update(tenants::table.filter(tenants::id.eq(id.as_str())))
            .set((
                tenants::requests_per_second.eq(quotas.requests_per_second),
                tenants::max_jobs_in_flight.eq(quotas.max_jobs_in_flight.map(|n| i32::try_from(n).unwrap_or(i32::MAX))),
                tenants::disabled_at.eq(disabled_at),
            ))
            .execute(conn)?;
        bump_auth_epoch(conn)?;
        get_tenant(conn, id)?.ok_or(DbError::Query(diesel::result::Error::NotFound))
    })
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
    crate::write_tx::write_transaction(conn, |conn| {
        let n = diesel::update(api_keys::table.filter(api_keys::id.eq(id)).filter(api_keys::revoked_at.is_null()))
            .set(api_keys::revoked_at.eq(Some(now())))
            .execute(conn)?;
        if n == 1 {
            bump_auth_epoch(conn)?;
        }
        Ok(n == 1)
    })
}

/// The current authentication epoch (see the `auth_epoch` migration).
///
/// # Errors
/// `DbError` on failure.
pub fn auth_epoch(conn: &mut DbConnection) -> Result<i64, DbError> {
    Ok(auth_epoch::table.filter(auth_epoch::id.eq(1)).select(auth_epoch::epoch).first(conn)?)
}

/// Moves the authentication epoch on: every gateway drops its cached keys within a second.
///
/// # Errors
/// `DbError` on failure.
pub fn bump_auth_epoch(conn: &mut DbConnection) -> Result<(), DbError> {
    diesel::update(auth_epoch::table.filter(auth_epoch::id.eq(1))).set(auth_epoch::epoch.eq(auth_epoch::epoch + 1)).execute(conn)?;
    Ok(())
}
