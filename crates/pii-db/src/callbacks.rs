//! Callbacks waiting to be delivered: written in the same transaction as the status change that
//! caused them, then POSTed by the gateway's dispatcher with retries and backoff.

use diesel::prelude::*;
use pii_core::TenantId;
use time::OffsetDateTime;

use crate::jobs::corrupt;
use crate::schema::callbacks;
use crate::time_conv::{from_db, now, to_db};
use crate::{DbConnection, DbError};

/// A callback to send.
#[derive(Debug, Clone)]
pub struct NewCallback {
    pub tenant_id: TenantId,
    pub url: String,
    /// `job.completed`, `job.failed`, `batch.completed`, …
    pub event: String,
    pub payload: String,
}

/// A callback due for delivery.
#[derive(Debug, Clone, PartialEq)]
pub struct CallbackRecord {
    pub id: i64,
    pub tenant_id: TenantId,
    pub url: String,
    pub event: String,
    pub payload: String,
    pub attempts: u32,
    pub next_attempt_at: OffsetDateTime,
}

/// Enqueues a callback (inside the caller's transaction).
///
/// # Errors
/// `DbError` on failure.
pub fn enqueue(conn: &mut DbConnection, c: &NewCallback) -> Result<(), DbError> {
    let at = now();
    diesel::insert_into(callbacks::table)
        .values((
            callbacks::tenant_id.eq(c.tenant_id.as_str()),
            callbacks::url.eq(&c.url),
            callbacks::event.eq(&c.event),
            callbacks::payload.eq(&c.payload),
            callbacks::attempts.eq(0),
            callbacks::next_attempt_at.eq(at),
            callbacks::created_at.eq(at),
        ))
        .execute(conn)?;
    Ok(())
}

/// Claims up to `limit` due callbacks for `lease`: they are not due again before the lease ends, so
/// another dispatcher does not send them at the same time.
///
/// # Errors
/// `DbError` on failure.
pub fn claim_due(conn: &mut DbConnection, limit: u32, lease: time::Duration) -> Result<Vec<CallbackRecord>, DbError> {
    crate::write_tx::write_transaction(conn, |conn| {
        let now_ = now();
        type Row = (i64, String, String, String, String, i32, time::PrimitiveDateTime);
        let rows: Vec<Row> = callbacks::table
            .filter(callbacks::delivered_at.is_null())
            .filter(callbacks::gave_up_at.is_null())
            .filter(callbacks::next_attempt_at.le(now_))
            .order(callbacks::next_attempt_at.asc())
            .limit(i64::from(limit))
            .select((
                callbacks::id,
                callbacks::tenant_id,
                callbacks::url,
                callbacks::event,
                callbacks::payload,
                callbacks::attempts,
                callbacks::next_attempt_at,
            ))
            .load(conn)?;
        let until = to_db(OffsetDateTime::now_utc() + lease);
        let mut claimed = Vec::with_capacity(rows.len());
        for (id, tenant, url, event, payload, attempts, next) in rows {
            let n = diesel::update(callbacks::table.filter(callbacks::id.eq(id)).filter(callbacks::next_attempt_at.eq(next)))
                .set(callbacks::next_attempt_at.eq(until))
                .execute(conn)?;
            if n == 1 {
                claimed.push(CallbackRecord {
                    id,
                    tenant_id: TenantId::parse(&tenant).map_err(corrupt)?,
                    url,
                    event,
                    payload,
                    attempts: u32::try_from(attempts).unwrap_or(0),
                    next_attempt_at: from_db(until),
                });
            }
        }
        Ok(claimed)
    })
}

/// Records a delivery.
///
/// # Errors
/// `DbError` on failure.
pub fn delivered(conn: &mut DbConnection, id: i64) -> Result<(), DbError> {
    diesel::update(callbacks::table.filter(callbacks::id.eq(id)))
        .set((callbacks::delivered_at.eq(Some(now())), callbacks::attempts.eq(callbacks::attempts + 1)))
        .execute(conn)?;
    Ok(())
}

/// Records a failed attempt: tried again at `retry_at`, or given up when `None`.
///
/// # Errors
/// `DbError` on failure.
pub fn failed(conn: &mut DbConnection, id: i64, error: &str, retry_at: Option<OffsetDateTime>) -> Result<(), DbError> {
    let target = callbacks::table.filter(callbacks::id.eq(id));
    match retry_at {
        Some(at) => diesel::update(target)
            .set((
                callbacks::attempts.eq(callbacks::attempts + 1),
                callbacks::last_error.eq(error),
                callbacks::next_attempt_at.eq(to_db(at)),
            ))
            .execute(conn)?,
        None => diesel::update(target)
            .set((callbacks::attempts.eq(callbacks::attempts + 1), callbacks::last_error.eq(error), callbacks::gave_up_at.eq(Some(now()))))
            .execute(conn)?,
    };
    Ok(())
}

/// Callbacks not yet delivered nor given up (a metrics signal).
///
/// # Errors
/// `DbError` on failure.
pub fn pending(conn: &mut DbConnection) -> Result<i64, DbError> {
    Ok(callbacks::table.filter(callbacks::delivered_at.is_null()).filter(callbacks::gave_up_at.is_null()).count().get_result(conn)?)
}
