//! Idempotency keys: a retried submission with the same key and body gets the original answer and
//! creates nothing; the same key with another body is refused. Records expire after a day.

use diesel::prelude::*;
use pii_core::TenantId;
use time::OffsetDateTime;

use crate::schema::idempotency_keys;
use crate::time_conv::to_db;
use crate::{DbConnection, DbError};

/// How long an answer is kept for replays.
pub const RETENTION: time::Duration = time::Duration::hours(24);

/// The answer to store with the request that produced it.
#[derive(Debug, Clone)]
pub struct NewIdempotency {
    pub tenant_id: TenantId,
    pub key: String,
    /// A digest of the method, path and body.
    pub request_hash: String,
    pub response_status: u16,
    pub response_body: String,
}

/// A stored answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredResponse {
    pub request_hash: String,
    pub status: u16,
    pub body: String,
}

pub(crate) fn insert(conn: &mut DbConnection, i: &NewIdempotency, at: time::PrimitiveDateTime) -> Result<(), DbError> {
    diesel::insert_into(idempotency_keys::table)
        .values((
            idempotency_keys::tenant_id.eq(i.tenant_id.as_str()),
            idempotency_keys::key.eq(&i.key),
            idempotency_keys::request_hash.eq(&i.request_hash),
            idempotency_keys::response_status.eq(i16::try_from(i.response_status).unwrap_or(200)),
            idempotency_keys::response_body.eq(&i.response_body),
            idempotency_keys::created_at.eq(at),
        ))
        .execute(conn)?;
    Ok(())
}

/// The answer stored for `key`, if it has not expired.
///
/// # Errors
/// `DbError` on failure.
pub fn find(conn: &mut DbConnection, tenant: &TenantId, key: &str) -> Result<Option<StoredResponse>, DbError> {
    let since = to_db(OffsetDateTime::now_utc() - RETENTION);
    let row: Option<(String, i16, String)> = idempotency_keys::table
        .filter(idempotency_keys::tenant_id.eq(tenant.as_str()))
        .filter(idempotency_keys::key.eq(key))
        .filter(idempotency_keys::created_at.gt(since))
        .select((idempotency_keys::request_hash, idempotency_keys::response_status, idempotency_keys::response_body))
        .first(conn)
        .optional()?;
    Ok(row.map(|(request_hash, status, body)| StoredResponse { request_hash, status: u16::try_from(status).unwrap_or(200), body }))
}

/// Deletes expired records; returns how many.
///
/// # Errors
/// `DbError` on failure.
pub fn purge_expired(conn: &mut DbConnection) -> Result<usize, DbError> {
    let before = to_db(OffsetDateTime::now_utc() - RETENTION);
    Ok(diesel::delete(idempotency_keys::table.filter(idempotency_keys::created_at.le(before))).execute(conn)?)
}
