//! When the client tries a request again, and how long it waits first.
//!
//! The service answers 429 (quota, key spray guard) and 503 (not ready, draining) with a
//! `Retry-After`, and a gateway behind a load balancer can be briefly unreachable while pods roll.
//! A batch submitter pushing thousands of URIs should ride through that instead of giving up on the
//! first refusal, without hammering a service that asked it to wait. Kept free of I/O so that the
//! schedule is tested on its own.

use std::time::Duration;

use reqwest::StatusCode;
use time::OffsetDateTime;
use time::format_description::well_known::Rfc2822;

/// The first pause when the server gave no `Retry-After`.
const FIRST_PAUSE: Duration = Duration::from_millis(500);
/// The longest pause the doubling reaches.
const LONGEST_PAUSE: Duration = Duration::from_secs(30);
/// The longest `Retry-After` honoured; a server asking for more is reported, not waited for.
pub(crate) const LONGEST_ASKED: Duration = Duration::from_secs(300);

/// Whether a request may be sent again without doing its work twice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Repeatable {
    /// Reads, deletes and keyed submissions: any transient failure is tried again.
    Yes,
    /// A request the server may have acted on: tried again only when it surely did not
    /// (no connection was made, or it answered 429 before doing anything).
    OnlyIfUnsent,
}

/// What one attempt came to, as far as retrying is concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Attempt {
    /// The connection could not be made: nothing reached the server.
    NotConnected,
    /// Sent, but no (whole) answer came: a timeout or a dropped connection.
    NoAnswer,
    /// The server answered with this status.
    Answered(StatusCode),
}

/// The answers that mean "not now" rather than "no": a quota (429) or a gateway or server that
/// is not ready (502, 503, 504).
pub(crate) fn busy(status: StatusCode) -> bool {
    matches!(
        status,
        StatusCode::TOO_MANY_REQUESTS | StatusCode::BAD_GATEWAY | StatusCode::SERVICE_UNAVAILABLE | StatusCode::GATEWAY_TIMEOUT
    )
}

/// Whether `attempt` is worth another try for a request that is `repeatable`.
pub(crate) fn transient(attempt: Attempt, repeatable: Repeatable) -> bool {
    match (attempt, repeatable) {
        (Attempt::NotConnected, _) => true,
        (Attempt::Answered(StatusCode::TOO_MANY_REQUESTS), _) => true,
        (Attempt::NoAnswer, Repeatable::Yes) => true,
        (Attempt::Answered(s), Repeatable::Yes) => busy(s),
        _ => false,
    }
}

/// The pause a `Retry-After` value asks for: delay-seconds or an HTTP date (RFC 9110 §10.2.3).
/// `None` when it is neither; a date already past asks for no pause.
pub(crate) fn retry_after(value: &str, now: OffsetDateTime) -> Option<Duration> {
    let value = value.trim();
    if let Ok(secs) = value.parse::<u64>() {
        return Some(Duration::from_secs(secs));
    }
    let at = OffsetDateTime::parse(value, &Rfc2822).ok()?;
    Some(Duration::try_from(at - now).unwrap_or(Duration::ZERO))
}

/// The pause before attempt `n + 1` (`n` counts from 0) when the server named none: doubling
/// from half a second up to 30 s, each drawn at random from its upper half so that many clients
/// refused at once do not come back at once.
pub(crate) fn backoff(n: u32, jitter: f64) -> Duration {
    let full = FIRST_PAUSE.saturating_mul(2u32.saturating_pow(n.min(16))).min(LONGEST_PAUSE);
    full.mul_f64(0.5 + 0.5 * jitter.clamp(0.0, 1.0))
}

/// A number in [0, 1) that differs between processes and calls, for [`backoff`]; not for secrets.
pub(crate) fn jitter() -> f64 {
    let nanos = OffsetDateTime::now_utc().nanosecond();
    let mixed = u64::from(nanos ^ std::process::id().rotate_left(16)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    (mixed >> 11) as f64 / (1u64 << 53) as f64
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    #[test]
    fn retry_after_takes_seconds_and_http_dates() {
        let now = datetime!(2026-12-06 08:00:00 UTC);
        assert_eq!(retry_after("7", now), Some(Duration::from_secs(7)));
        assert_eq!(retry_after(" 0 ", now), Some(Duration::ZERO));
        assert_eq!(retry_after("Sun, 06 Dec 2026 08:01:30 GMT", now), Some(Duration::from_secs(90)));
        // A date already past: go now.
        assert_eq!(retry_after("Sun, 06 Dec 2026 07:00:00 GMT", now), Some(Duration::ZERO));
    }

    #[test]
    fn retry_after_ignores_what_is_neither() {
        let now = datetime!(2026-12-06 08:00:00 UTC);
        for v in ["", "-3", "1.5", "soon", "Sunday"] {
            assert_eq!(retry_after(v, now), None, "{v:?}");
        }
    }

    #[test]
    fn backoff_doubles_up_to_its_ceiling_and_stays_in_the_upper_half() {
        assert_eq!(backoff(0, 1.0), Duration::from_millis(500));
        assert_eq!(backoff(0, 0.0), Duration::from_millis(250));
        assert_eq!(backoff(3, 1.0), Duration::from_secs(4));
        assert_eq!(backoff(10, 1.0), LONGEST_PAUSE);
        assert_eq!(backoff(u32::MAX, 0.0), LONGEST_PAUSE / 2);
        let j = jitter();
        assert!((0.0..1.0).contains(&j));
    }

    #[test]
    fn what_is_tried_again_depends_on_whether_the_work_may_have_been_done() {
        use Attempt::*;
        use Repeatable::*;
        assert!(transient(NotConnected, OnlyIfUnsent));
        assert!(transient(Answered(StatusCode::TOO_MANY_REQUESTS), OnlyIfUnsent));
        assert!(transient(Answered(StatusCode::SERVICE_UNAVAILABLE), Yes));
        assert!(transient(NoAnswer, Yes));
        // The server may have acted: a non-repeatable request is not sent twice.
        assert!(!transient(NoAnswer, OnlyIfUnsent));
        assert!(!transient(Answered(StatusCode::SERVICE_UNAVAILABLE), OnlyIfUnsent));
        // Refusals and the server's own errors are final.
        for s in [StatusCode::BAD_REQUEST, StatusCode::UNAUTHORIZED, StatusCode::NOT_FOUND, StatusCode::INTERNAL_SERVER_ERROR] {
            assert!(!transient(Answered(s), Yes), "{s}");
        }
    }
}
