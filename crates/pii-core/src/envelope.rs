//! One queue message, from the moment it is written to the moment the broker has it.
//!
//! Why one type: a message is written by the gateway into the outbox (in the transaction of the rows
//! it belongs to), read back by the relay and published; workers publish their follow-ups directly.
//! Each of those steps used to have its own struct (an outbox insert with a `String` routing key, an
//! outbox row, a broker message with a typed route), and the routing key was parsed at the relay,
//! long after it was written. Now the [`Route`] is typed from the start: `pii-db` parses the stored
//! key once, when it reads a row, and `pii-queue` publishes the same [`Envelope`] it is handed.
//!
//! Plain data, so it lives here, below both `pii-db` and `pii-queue`. Neither the stored row (a text
//! `routing_key`, a text `payload`, headers as a JSON object) nor the AMQP message changed with it.

use std::collections::BTreeMap;
use std::time::Duration;

use crate::messages::Stage;

/// Message headers (W3C trace context and the like). Values are short ASCII strings.
pub type Headers = BTreeMap<String, String>;

/// Where a message goes: the broker's routing key, typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Route {
    Detect,
    Redact,
    Event,
    /// A cancel notice, broadcast to every worker (through the cancel stream, not a work queue).
    Cancel,
}

impl Route {
    /// The routing key on the wire and in the outbox table.
    pub fn routing_key(self) -> &'static str {
        match self {
            Route::Detect => "detect",
            Route::Redact => "redact",
            Route::Event => "event",
            Route::Cancel => "cancel",
        }
    }

    /// The route of a stored or received routing key.
    ///
    /// # Errors
    /// The unknown key.
    pub fn from_routing_key(k: &str) -> Result<Self, String> {
        match k {
            "detect" => Ok(Route::Detect),
            "redact" => Ok(Route::Redact),
            "event" => Ok(Route::Event),
            "cancel" => Ok(Route::Cancel),
            other => Err(other.to_owned()),
        }
    }
}

impl From<Stage> for Route {
    fn from(s: Stage) -> Self {
        match s {
            Stage::Detect => Route::Detect,
            Stage::Redact => Route::Redact,
        }
    }
}

/// A message on its way to the broker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Envelope {
    pub route: Route,
    /// The body; JSON for every message the services write (a test may publish any bytes).
    pub payload: Vec<u8>,
    /// Broker headers to publish with it (the W3C trace context of the request that wrote it).
    pub headers: Headers,
    /// Deliver no earlier than this from now (retries with backoff). Only workers delay a message,
    /// publishing it directly; the outbox has no column for it and refuses a delayed message.
    pub delay: Option<Duration>,
}

impl Envelope {
    /// A message without headers or delay.
    pub fn new(route: Route, payload: impl Into<Vec<u8>>) -> Self {
        Envelope { route, payload: payload.into(), headers: Headers::new(), delay: None }
    }

    /// `body` serialised as JSON.
    ///
    /// # Errors
    /// The serialisation error (never expected for the message types, which serialise).
    pub fn json<T: serde::Serialize>(route: Route, body: &T) -> Result<Self, serde_json::Error> {
        Ok(Self::new(route, serde_json::to_vec(body)?))
    }

    /// The same message with these headers.
    #[must_use]
    pub fn with_headers(self, headers: Headers) -> Self {
        Envelope { headers, ..self }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_route_reads_back_from_its_routing_key() {
        for route in [Route::Detect, Route::Redact, Route::Event, Route::Cancel] {
            assert_eq!(Route::from_routing_key(route.routing_key()), Ok(route));
        }
        assert_eq!(Route::from_routing_key("detected"), Err("detected".to_owned()));
    }
}
