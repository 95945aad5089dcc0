//! The transactional outbox: queue messages written in the same transaction as the rows they belong
//! to, then relayed to the broker. A broker outage at submit time therefore loses nothing; a relay
//! that dies after publishing but before deleting re-publishes, which consumers tolerate (they are
//! idempotent on the job id and attempt).

use diesel::prelude::*;
use diesel::sql_types::{BigInt, Nullable, Text};
use pii_core::envelope::{Envelope, Route};

use crate::schema::outbox;
use crate::time_conv::now;
use crate::{DbConnection, DbError};

/// A message waiting in the outbox, as stored: the routing key and payload as text, the headers as
/// a JSON object of strings (null for rows written before the column existed).
#[derive(QueryableByName)]
struct OutboxRow {
    #[diesel(sql_type = BigInt)]
    id: i64,
    #[diesel(sql_type = Text)]
    routing_key: String,
    #[diesel(sql_type = Text)]
    payload: String,
    #[diesel(sql_type = Nullable<Text>)]
    headers: Option<String>,
}

impl OutboxRow {
    /// The row's id and its message, the routing key parsed into its [`Route`] here, once. Headers
    /// that do not parse are dropped: they carry only telemetry, so a bad value must not hold the
    /// message back.
    ///
    /// # Errors
    /// `DbError::Unreadable` for a routing key no route has.
    fn into_envelope(self) -> Result<(i64, Envelope), DbError> {
        let route = Route::from_routing_key(&self.routing_key).map_err(|_| DbError::Unreadable {
            table: "outbox",
            id: self.id.to_string(),
            field: "routing_key",
        })?;
        let headers = self.headers.as_deref().and_then(|h| serde_json::from_str(h).ok()).unwrap_or_default();
        Ok((self.id, Envelope::new(route, self.payload).with_headers(headers)))
    }
}

#[derive(Insertable)]
#[diesel(table_name = outbox)]
struct NewRow<'a> {
    routing_key: &'static str,
    payload: &'a str,
    created_at: time::PrimitiveDateTime,
    headers: Option<String>,
}

impl<'a> NewRow<'a> {
    /// The row that stores `m`.
    ///
    /// # Errors
    /// `DbError::Encode` for a message the table cannot hold: a payload that is not UTF-8 (the
    /// column is text; every message the services write is JSON) or a delay (there is no column
    /// for it, and dropping it would deliver a retry early).
    fn new(m: &'a Envelope, created_at: time::PrimitiveDateTime) -> Result<Self, DbError> {
        let refuse = |why: &str| DbError::Encode { what: "an outbox message", why: why.to_owned() };
        if m.delay.is_some() {
            return Err(refuse("a delayed message cannot wait in the outbox"));
        }
        let payload = std::str::from_utf8(&m.payload).map_err(|_| refuse("the payload is not UTF-8"))?;
        let headers = if m.headers.is_empty() { None } else { serde_json::to_string(&m.headers).ok() };
        Ok(NewRow { routing_key: m.route.routing_key(), payload, created_at, headers })
    }
}

pub(crate) fn insert_messages(conn: &mut DbConnection, messages: &[Envelope]) -> Result<(), DbError> {
    let at = now();
    for chunk in messages.chunks(500) {
        let rows = chunk.iter().map(|m| NewRow::new(m, at)).collect::<Result<Vec<_>, _>>()?;
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
/// `DbError` on failure, `DbError::Encode` for a message the table cannot hold (see `NewRow::new`).
pub fn enqueue(conn: &mut DbConnection, messages: &[Envelope]) -> Result<(), DbError> {
    insert_messages(conn, messages)
}

/// Takes up to `limit` of the oldest messages, hands them to `publish`, and deletes them only if
/// `publish` succeeded — all in one transaction. On PostgreSQL the rows are locked with
/// `SKIP LOCKED`, so several relays share the work without publishing a message twice.
///
/// Returns how many messages were relayed.
///
/// # Errors
/// The database error, or `publish`'s error mapped by the caller; the messages stay then. A row
/// whose routing key names no route is `DbError::Unreadable`, and it stays too (it holds back the
/// rows after it until an operator removes it: publishing them around it would reorder the outbox).
pub fn relay<E>(
    conn: &mut DbConnection,
    limit: u32,
    publish: impl FnOnce(&[Envelope]) -> Result<(), E>,
) -> Result<Result<usize, E>, DbError> {
    let claim = |conn: &mut DbConnection| -> Result<Vec<OutboxRow>, DbError> {
        Ok(match conn {
            DbConnection::Pg(c) => {
                diesel::sql_query("SELECT id, routing_key, payload, headers FROM outbox ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED")
                    .bind::<BigInt, _>(i64::from(limit))
                    .load(c)?
            }
            DbConnection::Sqlite(c) => diesel::sql_query("SELECT id, routing_key, payload, headers FROM outbox ORDER BY id LIMIT ?")
                .bind::<BigInt, _>(i64::from(limit))
                .load(c)?,
        })
    };
    let mut outcome = None;
    crate::write_tx::write_transaction(conn, |conn| {
        let (ids, msgs): (Vec<i64>, Vec<Envelope>) =
            claim(conn)?.into_iter().map(OutboxRow::into_envelope).collect::<Result<Vec<_>, _>>()?.into_iter().unzip();
        if msgs.is_empty() {
            outcome = Some(Ok(0));
            return Ok(());
        }
        match publish(&msgs) {
            Ok(()) => {
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
