//! The outbox's edge: a message is written and read back as the same `Envelope`, its routing key
//! parsed into a `Route` when the row is read; a row that names no route and a message the table
//! cannot hold are refused there, not at the broker.
#![allow(clippy::unwrap_used, reason = "test code fails loudly on purpose; its helpers unwrap like its tests")]

use std::time::Duration;

use diesel::RunQueryDsl;
use pii_core::envelope::{Envelope, Headers, Route};
use pii_db::{DbConnection, DbError, outbox};

#[macro_use]
mod common;

use common::{Backend, postgres, sqlite};

/// Relays everything waiting; returns what `publish` was handed (the outbox keeps it when `keep`).
fn relay(c: &mut DbConnection, keep: bool) -> Result<Vec<Envelope>, DbError> {
    let mut seen = Vec::new();
    let outcome = outbox::relay(c, 100, |msgs| {
        seen = msgs.to_vec();
        if keep { Err(()) } else { Ok(()) }
    })?;
    assert_eq!(outcome.is_ok(), !keep);
    Ok(seen)
}

async fn a_message_reads_back_as_written_with_its_route_typed(b: Backend) {
    let traced: Headers = [("traceparent".to_owned(), "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01".to_owned())].into();
    let written = vec![
        Envelope::new(Route::Detect, r#"{"stage":"detect"}"#).with_headers(traced),
        Envelope::new(Route::Cancel, r#"{"job_id":"x"}"#),
        Envelope::new(Route::Event, "{}"),
    ];
    let sent = written.clone();
    let read = b.db.run(move |c| {
        outbox::enqueue(c, &sent)?;
        // A failed publish hands the same messages again next time.
        assert_eq!(relay(c, true)?, sent);
        relay(c, false)
    });
    assert_eq!(read.await.unwrap(), written);
    assert_eq!(b.db.run(outbox::pending).await.unwrap(), 0);
}

async fn a_row_naming_no_route_is_unreadable_and_stays(b: Backend) {
    let outcome =
        b.db.run(|c| {
            diesel::sql_query("INSERT INTO outbox (routing_key, payload, created_at) VALUES ('detected', '{}', CURRENT_TIMESTAMP)")
                .execute(c)?;
            relay(c, false)
        })
        .await;
    assert!(matches!(outcome, Err(DbError::Unreadable { table: "outbox", field: "routing_key", .. })), "{outcome:?}");
    assert_eq!(b.db.run(outbox::pending).await.unwrap(), 1, "the row is kept for an operator");
}

async fn a_message_the_table_cannot_hold_is_refused_on_write(b: Backend) {
    let mut delayed = Envelope::new(Route::Detect, "{}");
    delayed.delay = Some(Duration::from_secs(5));
    let binary = Envelope::new(Route::Detect, b"\x00\xffnot json".to_vec());
    for refused in [delayed, binary] {
        let written = b.db.run(move |c| outbox::enqueue(c, &[refused])).await;
        assert!(matches!(written, Err(DbError::Encode { what: "an outbox message", .. })), "{written:?}");
    }
    assert_eq!(b.db.run(outbox::pending).await.unwrap(), 0);
}

both_backends!(
    a_message_reads_back_as_written_with_its_route_typed,
    a_row_naming_no_route_is_unreadable_and_stays,
    a_message_the_table_cannot_hold_is_refused_on_write,
);
