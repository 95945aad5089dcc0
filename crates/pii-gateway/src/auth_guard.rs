//! A limit on failed authentications per client address, checked before a key is looked up.
//!
//! Every unknown key costs a database round trip (the negative cache only helps when the same wrong
//! key repeats), so a client spraying random keys could starve the connection pool for everyone.
//! An address that fails more than [`MAX_FAILURES`] times within [`WINDOW`] gets 429 with
//! `Retry-After` for the rest of the window, without the database being asked. Valid keys from
//! other addresses are unaffected; one from the same address waits out the window too.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Failed authentications an address may make per window.
pub const MAX_FAILURES: u32 = 20;
/// The window over which failures are counted.
pub const WINDOW: Duration = Duration::from_secs(10);
/// Addresses tracked at most; past it, expired windows are dropped (then everything, under a flood
/// of addresses, which at worst lets a few more failures through).
const MAX_ADDRESSES: usize = 100_000;

/// Failed authentications per address, in fixed windows.
#[derive(Debug, Default)]
pub struct FailedAuthLimiter {
    windows: Mutex<HashMap<IpAddr, (Instant, u32)>>,
}

impl FailedAuthLimiter {
    /// `Err(seconds to wait)` when `ip` has used up its failures in the current window.
    pub fn admit(&self, ip: IpAddr) -> Result<(), u64> {
        let windows = self.windows.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        match windows.get(&ip) {
            Some((start, n)) if *n >= MAX_FAILURES && start.elapsed() < WINDOW => {
                Err(WINDOW.saturating_sub(start.elapsed()).as_secs().max(1))
            }
            _ => Ok(()),
        }
    }

    /// Counts one failed authentication from `ip`.
    pub fn failed(&self, ip: IpAddr) {
        let mut windows = self.windows.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if windows.len() >= MAX_ADDRESSES && !windows.contains_key(&ip) {
            windows.retain(|_, (start, _)| start.elapsed() < WINDOW);
            if windows.len() >= MAX_ADDRESSES {
                windows.clear();
            }
        }
        let entry = windows.entry(ip).or_insert((Instant::now(), 0));
        if entry.0.elapsed() >= WINDOW {
            *entry = (Instant::now(), 0);
        }
        entry.1 = entry.1.saturating_add(1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_is_stopped_after_its_failures_and_others_are_not() {
        let l = FailedAuthLimiter::default();
        let (a, b): (IpAddr, IpAddr) = ("127.0.0.1".parse().unwrap(), "127.0.0.2".parse().unwrap());
        for _ in 0..MAX_FAILURES - 1 {
            l.failed(a);
        }
        assert!(l.admit(a).is_ok(), "one failure short of the limit");
        l.failed(a);
        let wait = l.admit(a).unwrap_err();
        assert!((1..=WINDOW.as_secs()).contains(&wait));
        assert!(l.admit(b).is_ok(), "another address is not affected");
    }
}
