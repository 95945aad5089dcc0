//! Compiled ad-hoc recognizers and deny lists, shared by every request and job with the same ones.
//!
//! A batch of thousands of jobs, or a client calling `/analyze` in a loop, sends the same patterns
//! and deny list each time; compiling them anew (a deny list of a million values is an automaton of
//! tens of megabytes) would cost more than the analysis. The cache is keyed by a SHA-256 digest of
//! the policy's ad-hoc part, so the values themselves are not kept as keys, and it is bounded in
//! entries and in the memory the compiled automata hold (a big entry evicts the oldest ones; one
//! over the whole bound is compiled for its caller and not kept).

use std::sync::{Arc, Mutex};

use sha2::{Digest, Sha256};

use super::adhoc::AdHoc;
use crate::CoreError;
use crate::policy::RedactionPolicy;

/// Most compiled policies kept.
const MAX_ENTRIES: usize = 64;
/// Most bytes of compiled automata kept.
const MAX_BYTES: usize = 256 << 20;

/// The cache; one per engine.
#[derive(Default)]
pub(crate) struct AdHocCache {
    /// Least recently used first.
    entries: Mutex<Vec<([u8; 32], Arc<AdHoc>)>>,
}

impl std::fmt::Debug for AdHocCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AdHocCache").field("entries", &self.lock().len()).finish()
    }
}

/// The digest of what [`AdHoc::new`] compiles from a policy: its ad-hoc recognizers and deny list.
fn digest(policy: &RedactionPolicy) -> Result<[u8; 32], CoreError> {
    let part = serde_json::to_vec(&(&policy.ad_hoc_recognizers, &policy.deny_list))
        .map_err(|e| CoreError::invalid("ad_hoc_recognizers", e.to_string()))?;
    Ok(Sha256::digest(&part).into())
}

impl AdHocCache {
    fn lock(&self) -> std::sync::MutexGuard<'_, Vec<([u8; 32], Arc<AdHoc>)>> {
        self.entries.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// The compiled ad-hoc part of `policy`, from the cache or compiled now (outside the lock, so
    /// one big deny list does not hold up other requests).
    ///
    /// # Errors
    /// What [`AdHoc::new`] refuses.
    pub(crate) fn get(&self, policy: &RedactionPolicy) -> Result<Arc<AdHoc>, CoreError> {
        if policy.ad_hoc_recognizers.is_empty() && policy.deny_list.is_empty() {
            return Ok(Arc::new(AdHoc::default()));
        }
        let key = digest(policy)?;
        {
            let mut entries = self.lock();
            if let Some(i) = entries.iter().position(|(k, _)| *k == key) {
                let hit = entries.remove(i);
                let found = hit.1.clone();
                entries.push(hit);
                return Ok(found);
            }
        }
        let compiled = Arc::new(AdHoc::new(policy)?);
        let size = compiled.memory_usage();
        if size <= MAX_BYTES {
            let mut entries = self.lock();
            if !entries.iter().any(|(k, _)| *k == key) {
                entries.push((key, compiled.clone()));
                let mut total: usize = entries.iter().map(|(_, a)| a.memory_usage()).sum();
                while entries.len() > MAX_ENTRIES || total > MAX_BYTES {
                    let (_, evicted) = entries.remove(0);
                    total -= evicted.memory_usage();
                }
            }
        }
        Ok(compiled)
    }

    #[cfg(test)]
    fn len(&self) -> usize {
        self.lock().len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn policy(json: &str) -> RedactionPolicy {
        serde_json::from_str(json).unwrap_or_default()
    }

    #[test]
    fn the_same_ad_hoc_part_is_compiled_once_and_a_different_one_apart() {
        let cache = AdHocCache::default();
        let a = policy(r#"{"deny_list": ["Bluebird"], "score_threshold": 0.5}"#);
        let a_again = policy(r#"{"deny_list": ["Bluebird"], "score_threshold": 0.9}"#);
        let b = policy(r#"{"deny_list": ["Redwing"]}"#);
        let first = cache.get(&a).unwrap_or_default();
        let second = cache.get(&a_again).unwrap_or_default();
        assert!(Arc::ptr_eq(&first, &second), "other policy fields do not matter");
        let other = cache.get(&b).unwrap_or_default();
        assert!(!Arc::ptr_eq(&first, &other));
        assert_eq!(cache.len(), 2);
        // No ad-hoc part: nothing compiled, nothing kept.
        let _ = cache.get(&policy("{}"));
        assert_eq!(cache.len(), 2);
    }

    #[test]
    fn the_cache_keeps_at_most_its_bound_of_entries_dropping_the_least_recently_used() {
        let cache = AdHocCache::default();
        let first = policy(r#"{"deny_list": ["value-0"]}"#);
        let kept = cache.get(&first).unwrap_or_default();
        for i in 1..=MAX_ENTRIES {
            let _ = cache.get(&policy(&format!(r#"{{"deny_list": ["value-{i}"]}}"#)));
        }
        assert_eq!(cache.len(), MAX_ENTRIES);
        // The first was the least recently used: it is compiled anew.
        assert!(!Arc::ptr_eq(&kept, &cache.get(&first).unwrap_or_default()));
    }

    #[test]
    fn a_pattern_that_does_not_compile_is_refused_and_not_kept() {
        let cache = AdHocCache::default();
        let bad = policy(r#"{"ad_hoc_recognizers": [{"supported_entity": "X", "patterns": [{"regex": "(unclosed", "score": 0.5}]}]}"#);
        assert!(cache.get(&bad).is_err());
        assert_eq!(cache.len(), 0);
    }
}
