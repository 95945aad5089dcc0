//! The transactional outbox: queue messages written in the same transaction as the rows they belong
//! to, then relayed to the broker. A broker outage at submit time therefore loses nothing; a relay
//! that dies after publishing but before deleting re-publishes, which consumers tolerate (they are
//! idempotent on the job id and attempt).

use std::collections::BTreeMap;

use diesel::prelude::*;
use diesel::sql_types::{BigInt, Nullable, Text, Timestamp};

use crate::schema::outbox;
use crate::time_conv::now;
use crate::{DbConnection, DbError};

/// A message to relay.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewMessage {
    /// The broker routing key (`detect`, `redact`, …).
    pub routing_key: String,
    /// The JSON body.
    pub payload: String,
    /// Broker headers to publish with it (the W3C trace context of the request that wrote it).
    pub headers: BTreeMap<String, String>,
}

impl NewMessage {
    /// A message without headers.
    pub fn new(routing_key: impl Into<String>, payload: impl Into<String>) -> Self {
        NewMessage { routing_key: routing_key.into(), payload: payload.into(), headers: BTreeMap::new() }
    }
}

/// A message waiting in the outbox.
#[derive(Debug, Clone, PartialEq, Eq, QueryableByName, Queryable)]
pub struct OutboxMessage {
    #[diesel(sql_type = BigInt)]
    pub id: i64,
    #[diesel(sql_type = Text)]
    pub routing_key: String,
    #[diesel(sql_type = Text)]
    pub payload: String,
    #[diesel(sql_type = Timestamp)]
    pub created_at: time::PrimitiveDateTime,
    /// Headers as a JSON object of strings; none for rows written before the column existed.
    #[diesel(sql_type = Nullable<Text>)]
    pub headers: Option<String>,
}

impl OutboxMessage {
    /// The broker headers to publish with this message (empty when none or unreadable: headers carry
    /// only telemetry, so a bad value must not hold the message back).
    pub fn header_map(&self) -> BTreeMap<String, String> {
        self.headers.as_deref().and_then(|h| serde_json::from_str(h).ok()).unwrap_or_default()
    }
}

#[derive(Insertable)]
#[diesel(table_name = outbox)]
struct NewRow<'a> {
    routing_key: &'a str,
    payload: &'a str,
    created_at: time::PrimitiveDateTime,
    headers: Option<String>,
}

pub(crate) fn insert_messages(conn: &mut DbConnection, messages: &[NewMessage]) -> Result<(), DbError> {
    let at = now();
    for chunk in messages.chunks(500) {
        let rows: Vec<NewRow<'_>> = chunk
            .iter()
            .map(|m| NewRow {
                routing_key: &m.routing_key,
                payload: &m.payload,
                created_at: at,
                headers: if m.headers.is_empty() { None } else { serde_json::to_string(&m.headers).ok() },
            })
            .collect();
        match conn {
            DbConnection::Pg(c) => diesel::insert_into(outbox::table).values(&rows).execute(c)?,
            DbConnection::Sqlite(c) => diesel::insert_into(outbox::table).values(&rows).execute(c)?,
        };
    }
    Ok(())
}

/// Enqueues messages on their own (for messages not tied to a row change).
///
/// # Errors
/// `DbError` on failure.
pub fn enqueue(conn: &mut DbConnection, messages: &[NewMessage]) -> Result<(), DbError> {
    insert_messages(conn, messages)
}

/// Takes up to `limit` of the oldest messages, hands them to `publish`, and deletes them only if
/// `publish` succeeded — all in one transaction. On PostgreSQL the rows are locked with
/// `SKIP LOCKED`, so several relays share the work without publishing a message twice.
///
/// Returns how many messages were relayed.
///
/// # Errors
/// The database error, or `publish`'s error mapped by the caller; the messages stay then.
pub fn relay<E>(
    conn: &mut DbConnection,
    limit: u32,
    publish: impl FnOnce(&[OutboxMessage]) -> Result<(), E>,
) -> Result<Result<usize, E>, DbError> {
    let claim = |conn: &mut DbConnection| -> Result<Vec<OutboxMessage>, DbError> {
        Ok(match conn {
            DbConnection::Pg(c) => diesel::sql_query(
                "SELECT id, routing_key, payload, created_at, headers FROM outbox ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED",
            )
            .bind::<BigInt, _>(i64::from(limit))
            .load(c)?,
            DbConnection::Sqlite(c) => {
                diesel::sql_query("SELECT id, routing_key, payload, created_at, headers FROM outbox ORDER BY id LIMIT ?")
                    .bind::<BigInt, _>(i64::from(limit))
                    .load(c)?
            }
        })
    };
    let mut outcome = None;
    crate::write_tx::write_transaction(conn, |conn| {
        let msgs = claim(conn)?;
        if msgs.is_empty() {
            outcome = Some(Ok(0));
            return Ok(());
        }
        match publish(&msgs) {
            Ok(()) => {
                let ids: Vec<i64> = msgs.iter().map(|m| m.id).collect();
                diesel::delete(outbox::table.filter(outbox::id.eq_any(ids))).execute(conn)?;
                outcome = Some(Ok(msgs.len()));
                Ok(())
            }
            Err(e) => {
                outcome = Some(Err(e));
                Ok::<(), DbError>(())
            }
        }
    })?;
    Ok(outcome.unwrap_or(Ok(0)))
}

/// Messages waiting to be relayed (a readiness and metrics signal).
///
/// # Errors
/// `DbError` on failure.
pub fn pending(conn: &mut DbConnection) -> Result<i64, DbError> {
    Ok(outbox::table.count().get_result(conn)?)
}

/// What waits in the outbox: how many messages, and for how long the oldest has (the relay unable
/// to publish, because the broker is away or no gateway relays, which a count alone does not tell).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Backlog {
    pub pending: i64,
    /// Seconds since the oldest waiting message was committed; 0 when none waits.
    pub oldest_age_secs: f64,
}

/// Reads the [`Backlog`] (metrics signal).
///
/// # Errors
/// `DbError` on failure.
pub fn backlog(conn: &mut DbConnection) -> Result<Backlog, DbError> {
    let pending = pending(conn)?;
    let oldest: Option<time::PrimitiveDateTime> = outbox::table.select(diesel::dsl::min(outbox::created_at)).first(conn)?;
    let now = time::OffsetDateTime::now_utc();
    let oldest_age_secs = oldest.map_or(0.0, |at| (now - at.assume_utc()).as_seconds_f64().max(0.0));
    Ok(Backlog { pending, oldest_age_secs })
}
