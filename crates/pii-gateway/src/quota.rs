//! Per-tenant quotas: a request rate (token bucket per gateway instance) and a bound on jobs in
//! flight (counted in the store). Both answer 429 with `Retry-After`.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::Instant;

use pii_core::TenantId;
use pii_db::keys::Quotas;

/// The deployment's defaults, for tenants without their own.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct QuotaDefaults {
    /// 0 means unlimited.
    pub requests_per_second: f32,
    /// 0 means unlimited.
    pub max_jobs_in_flight: u32,
}

impl QuotaDefaults {
    /// The effective request rate of a tenant, if limited.
    pub fn rate(&self, q: &Quotas) -> Option<f32> {
        let r = q.requests_per_second.unwrap_or(self.requests_per_second);
        (r > 0.0).then_some(r)
    }

    /// The effective in-flight bound of a tenant, if limited.
    pub fn in_flight(&self, q: &Quotas) -> Option<u32> {
        let n = q.max_jobs_in_flight.unwrap_or(self.max_jobs_in_flight);
        (n > 0).then_some(n)
    }
}

#[derive(Debug)]
struct Bucket {
    tokens: f32,
    at: Instant,
}

/// Token buckets per tenant; a burst of two seconds' worth is allowed.
#[derive(Debug, Default)]
pub struct RateLimiter {
    buckets: Mutex<HashMap<TenantId, Bucket>>,
}

impl RateLimiter {
    /// Takes one token; on refusal, the seconds until one is available.
    pub fn take(&self, tenant: &TenantId, rate: f32) -> Result<(), u64> {
        let burst = (rate * 2.0).max(1.0);
        let now = Instant::now();
        let mut buckets = self.buckets.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        let b = buckets.entry(tenant.clone()).or_insert(Bucket { tokens: burst, at: now });
        b.tokens = (b.tokens + now.duration_since(b.at).as_secs_f32() * rate).min(burst);
        b.at = now;
        if b.tokens >= 1.0 {
            b.tokens -= 1.0;
            Ok(())
        } else {
            Err(((1.0 - b.tokens) / rate).ceil().max(1.0) as u64)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_burst_passes_then_the_rate_holds() {
        let r = RateLimiter::default();
        let t = TenantId::parse("t").unwrap();
        let passed = (0..10).filter(|_| r.take(&t, 2.0).is_ok()).count();
        assert_eq!(passed, 4, "a burst of two seconds at 2/s");
        assert!(r.take(&t, 2.0).unwrap_err() >= 1);
        let other = TenantId::parse("u").unwrap();
        assert!(r.take(&other, 2.0).is_ok(), "buckets are per tenant");
    }

    #[test]
    fn tenant_quotas_override_defaults() {
        let d = QuotaDefaults { requests_per_second: 10.0, max_jobs_in_flight: 0 };
        assert_eq!(d.rate(&Quotas::default()), Some(10.0));
        assert_eq!(d.rate(&Quotas { requests_per_second: Some(0.0), ..Default::default() }), None);
        assert_eq!(d.in_flight(&Quotas::default()), None);
        assert_eq!(d.in_flight(&Quotas { max_jobs_in_flight: Some(5), ..Default::default() }), Some(5));
    }
}
