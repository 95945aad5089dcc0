//! Authentication by `X-API-Key`. Keys are looked up by their SHA-256 digest and the digest is then
//! compared in constant time; verified digests are cached so a busy client costs no database round
//! trip per request, and unknown digests are cached briefly too. Every gateway reads the store's
//! authentication epoch at most once a second and drops both caches when it moved, so a revoked key
//! or a disabled tenant stops working on every gateway within about a second. Failed attempts are
//! limited per client address before any lookup (`auth_guard`). Once a key is known, the route's
//! scope (`routes::required_scope`, the one table of them) is checked here too: a key without it
//! gets 403 naming the scope, and the refusal is audited.

use std::collections::HashMap;
use std::future::{Ready, ready};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use actix_web::dev::Payload;
use actix_web::{FromRequest, HttpMessage, HttpRequest, web};
use pii_core::audit::{AuditAction, AuditOutcome};
use pii_core::policy::RedactionPolicy;
use pii_core::{KeyEpoch, KeyScope, KeyScopes, TenantId};
use pii_db::keys::Quotas;
use pii_db::{Db, DbError, keys};
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

use crate::error::ApiError;

/// How long a verified key is trusted without asking the store again.
const CACHE_TTL: Duration = Duration::from_secs(30);
/// Most cached keys; the cache is cleared when full (keys are few in practice).
const CACHE_MAX: usize = 10_000;
/// How long an unknown key is refused without asking the store (a new key also moves the epoch,
/// which clears this cache on every gateway).
const MISS_TTL: Duration = Duration::from_secs(10);
/// How often the authentication epoch is read.
const EPOCH_CHECK: Duration = Duration::from_secs(1);
/// How long a request waits for that read before going on without it.
const EPOCH_WAIT: Duration = Duration::from_millis(250);

/// The caller, once authenticated.
#[derive(Debug, Clone, PartialEq)]
pub struct Principal {
    /// The key's id (never the key): what the audit trail names.
    pub key_id: String,
    pub tenant: TenantId,
    pub quotas: Quotas,
    /// What the key may do.
    pub scopes: KeyScopes,
    /// The tenant's key epoch: its secrets (and the policies it seals) derive from it.
    pub key_epoch: KeyEpoch,
}

impl Principal {
    pub fn is_admin(&self) -> bool {
        self.tenant.is_admin()
    }

    pub fn scope(&self) -> pii_db::jobs::Scope {
        pii_db::jobs::Scope::of(&self.tenant)
    }

    /// The tenant's secrets in its key epoch.
    pub fn keys(&self, master: &pii_runtime::keys::MasterKey) -> pii_core::engine::TenantKeys {
        master.tenant_keys(&self.tenant, &self.key_epoch)
    }

    /// The tenant's secrets at key generation `generation` of its epoch: what opens a record sealed
    /// before (or, on a gateway whose cache has not seen a rotation yet, after) the current one.
    /// The salt stays the tenant's own, so nothing of an earlier tenant under the same id opens.
    pub fn keys_at(&self, master: &pii_runtime::keys::MasterKey, generation: u32) -> pii_core::engine::TenantKeys {
        master.tenant_keys(&self.tenant, &self.key_epoch.at_generation(generation))
    }

    /// `policy` as it is stored and queued for this tenant: it names the tenant's key epoch (the
    /// workers derive the same secrets from it) and its lists are sealed under the tenant's key.
    ///
    /// # Errors
    /// A sealing failure.
    pub fn seal(&self, master: &pii_runtime::keys::MasterKey, policy: RedactionPolicy) -> Result<RedactionPolicy, pii_core::CoreError> {
        RedactionPolicy { key_epoch: self.key_epoch.clone(), ..policy }.seal(&self.keys(master))
    }
}

/// Hex SHA-256 of an API key, as stored.
pub fn key_digest(key: &str) -> String {
    hex::encode(Sha256::digest(key.as_bytes()))
}

/// A new random API key: `pk_` and 40 characters of base-32 (200 bits).
pub fn generate_key() -> String {
    const ALPHABET: &[u8] = b"abcdefghijklmnopqrstuvwxyz234567";
    let bytes: [u8; 40] = rand::random();
    let body: String = bytes.iter().map(|b| ALPHABET[usize::from(b & 31)] as char).collect();
    format!("pk_{body}")
}

/// Verifies keys against the store, with a short-lived cache.
#[derive(Debug)]
pub struct Authenticator {
    db: Db,
    cache: Mutex<HashMap<String, (Principal, Instant)>>,
    misses: Mutex<HashMap<String, Instant>>,
    /// When the epoch was last read, and what it was.
    epoch: Mutex<(Option<Instant>, Option<i64>)>,
    /// Failed attempts per client address.
    pub guard: crate::auth_guard::FailedAuthLimiter,
}

impl Authenticator {
    pub fn new(db: Db) -> Self {
        Authenticator {
            db,
            cache: Mutex::new(HashMap::new()),
            misses: Mutex::new(HashMap::new()),
            epoch: Mutex::new((None, None)),
            guard: crate::auth_guard::FailedAuthLimiter::default(),
        }
    }

    /// Reads the authentication epoch if the last read is a second old, and drops the caches when
    /// it moved. A store that cannot be asked within [`EPOCH_WAIT`] leaves the caches as they are.
    async fn refresh_epoch(&self) {
        {
            let mut e = self.epoch.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
            if e.0.is_some_and(|at| at.elapsed() < EPOCH_CHECK) {
                return;
            }
            e.0 = Some(Instant::now());
        }
        // Bounded: during a database outage a request must not wait for the pool here as well as for
        // its own work (the caches stay as they are until the store answers again).
        let Ok(Ok(now)) = tokio::time::timeout(EPOCH_WAIT, self.db.run(keys::auth_epoch)).await else { return };
        let moved = {
            let mut e = self.epoch.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
            let moved = e.1.is_some_and(|before| before != now);
            e.1 = Some(now);
            moved
        };
        if moved {
            self.clear_cache();
        }
    }

    /// Stores a key (and its tenant) given as plain text, e.g. from `PII_REDACTOR_API_KEYS`, with
    /// the scopes it may use; a key already stored takes these scopes. Returns the new key's id, or
    /// `None` when the key was already stored.
    ///
    /// # Errors
    /// `DbError` when the store fails.
    pub async fn seed(&self, tenant: &TenantId, key: &str, scopes: KeyScopes) -> Result<Option<String>, DbError> {
        let digest = key_digest(key);
        // A seeded key was chosen by a person and may be reused elsewhere: none of it is stored in
        // clear (generated keys keep a prefix for people to tell them apart).
        let prefix = String::from("(seeded)");
        let tenant = tenant.clone();
        let id = format!("key_{}", ulid::Ulid::generate().to_string().to_lowercase());
        let stored = self
            .db
            .run(move |c| {
                let new = keys::NewKey { id: &id, tenant: &tenant, key_hash: &digest, key_prefix: &prefix, scopes };
                Ok(keys::insert_key(c, &new)?.then_some(id))
            })
            .await?;
        // A changed seed may have changed a cached key's scopes on this instance.
        self.clear_cache();
        Ok(stored)
    }

    /// The tenant of `key`, if the key is active.
    ///
    /// # Errors
    /// `ApiError::Unauthorized` for an unknown or revoked key; `ApiError::Unavailable` when the store
    /// cannot be asked.
    pub async fn verify(&self, key: &str) -> Result<Principal, ApiError> {
        if key.is_empty() || key.len() > 256 {
            return Err(ApiError::Unauthorized);
        }
        let digest = key_digest(key);
        self.refresh_epoch().await;
        if let Some(p) = self.cached(&digest) {
            return Ok(p);
        }
        if self.missed(&digest) {
            return Err(ApiError::Unauthorized);
        }
        let lookup = digest.clone();
        let found = self.db.run(move |c| keys::find_active_key(c, &lookup)).await?;
        let Some(keys::ActiveKey { key: record, quotas, key_epoch }) = found else {
            let mut misses = self.misses.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
            if misses.len() >= CACHE_MAX {
                misses.clear();
            }
            misses.insert(digest, Instant::now());
            return Err(ApiError::Unauthorized);
        };
        // The row was found by digest; compare again in constant time so the check itself does not
        // depend on an index lookup's behaviour.
        if !bool::from(record.key_hash.as_bytes().ct_eq(digest.as_bytes())) {
            return Err(ApiError::Unauthorized);
        }
        let mut cache = self.cache.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if cache.len() >= CACHE_MAX {
            cache.clear();
        }
        let principal = Principal { key_id: record.id, tenant: record.tenant_id, quotas, scopes: record.scopes, key_epoch };
        cache.insert(digest, (principal.clone(), Instant::now()));
        Ok(principal)
    }

    fn cached(&self, digest: &str) -> Option<Principal> {
        let cache = self.cache.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        cache.get(digest).filter(|(_, at)| at.elapsed() < CACHE_TTL).map(|(p, _)| p.clone())
    }

    fn missed(&self, digest: &str) -> bool {
        let misses = self.misses.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        misses.get(digest).is_some_and(|at| at.elapsed() < MISS_TTL)
    }

    /// Forgets cached keys, known and unknown (after a revocation or a new key on this instance).
    pub fn clear_cache(&self) {
        self.cache.lock().unwrap_or_else(std::sync::PoisonError::into_inner).clear();
        self.misses.lock().unwrap_or_else(std::sync::PoisonError::into_inner).clear();
    }
}

/// Marker stored in request extensions by the authentication middleware.
#[derive(Debug, Clone)]
pub struct Authenticated(pub Principal);

impl FromRequest for Principal {
    type Error = ApiError;
    type Future = Ready<Result<Self, Self::Error>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        ready(req.extensions().get::<Authenticated>().map(|a| a.0.clone()).ok_or(ApiError::Unauthorized))
    }
}

/// Middleware body: authenticates every request under the protected scope.
pub async fn authenticate(
    req: actix_web::dev::ServiceRequest,
    next: actix_web::middleware::Next<impl actix_web::body::MessageBody + 'static>,
) -> Result<actix_web::dev::ServiceResponse<actix_web::body::BoxBody>, actix_web::Error> {
    let auth = req.app_data::<web::Data<Authenticator>>().cloned();
    let state = req.app_data::<web::Data<crate::state::AppState>>().cloned();
    let key = req.headers().get("x-api-key").and_then(|v| v.to_str().ok()).map(str::to_owned);
    let ip = req.peer_addr().map(|a| a.ip());
    let mut principal = match (auth, key) {
        (Some(auth), Some(key)) => match ip.map(|ip| auth.guard.admit(ip)) {
            Some(Err(retry_after_secs)) => Err(ApiError::RateLimited { retry_after_secs }),
            _ => {
                let verified = auth.verify(&key).await;
                if let (Err(ApiError::Unauthorized), Some(ip)) = (&verified, ip) {
                    auth.guard.failed(ip);
                }
                verified
            }
        },
        _ => Err(ApiError::Unauthorized),
    };
    // The request-rate quota applies to every authenticated request; administrators are exempt.
    if let (Ok(p), Some(state)) = (&principal, &state)
        && !p.is_admin()
        && let Some(rate) = state.config.quotas.rate(&p.quotas)
        && let Err(retry_after_secs) = state.rate.take(&p.tenant, rate)
    {
        principal = Err(ApiError::RateLimited { retry_after_secs });
    }
    // The route's scope. Admin routes do not exist for tenant keys (404, as their handlers answer),
    // so only an administrator key learns that it lacks the `admin` scope.
    if let Ok(p) = &principal
        && let Some(needed) = crate::routes::required_scope(req.method(), req.match_pattern().as_deref())
        && !p.scopes.contains(needed)
    {
        let is_admin_route = needed == KeyScope::Admin && req.path().starts_with("/api/v1/admin/");
        if is_admin_route && !p.is_admin() {
            principal = Err(ApiError::NotFound("Not found"));
        } else {
            if let Some(state) = &state {
                crate::audit::record(state, p, AuditAction::ScopeDenied, Some(needed.as_str().to_owned()), AuditOutcome::Denied).await;
            }
            principal = Err(ApiError::Forbidden(format!("this API key lacks the {needed} scope")));
        }
    }
    match principal {
        Ok(p) => {
            req.extensions_mut().insert(Authenticated(p));
            Ok(next.call(req).await?.map_into_boxed_body())
        }
        Err(e) => {
            let (http_req, _) = req.into_parts();
            let resp = actix_web::ResponseError::error_response(&e);
            Ok(actix_web::dev::ServiceResponse::new(http_req, resp))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_keys_are_long_random_and_prefixed() {
        let a = generate_key();
        let b = generate_key();
        assert!(a.starts_with("pk_") && a.len() == 43);
        assert_ne!(a, b);
        assert_eq!(key_digest(&a).len(), 64);
    }
}
