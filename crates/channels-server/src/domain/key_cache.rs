//! A bounded, in-memory cache of accepted API keys, so that authenticating a request
//! costs a hash and a map lookup instead of a database round trip.
//!
//! Entries are keyed by the SHA-256 of the key (the secret itself is never kept) and
//! expire `ttl` after they were read from the database. That expiry is the bound on how
//! long a revocation made elsewhere (the `keys` command line, another replica) can go
//! unnoticed; a revocation made through this process's `KeyService` evicts the entry at
//! once. Unknown or revoked keys are not cached: each attempt asks the database.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use super::TenantId;

/// How long an accepted key is trusted without asking the database again, and how many
/// keys are remembered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct KeyCacheOptions {
    pub ttl: Duration,
    pub capacity: usize,
}

impl KeyCacheOptions {
    /// Five seconds: a revoked key stops working that long after `keys revoke` at most.
    pub const DEFAULT_TTL: Duration = Duration::from_secs(5);
    pub const DEFAULT_CAPACITY: usize = 10_000;
}

impl Default for KeyCacheOptions {
    fn default() -> Self {
        Self {
            ttl: Self::DEFAULT_TTL,
            capacity: Self::DEFAULT_CAPACITY,
        }
    }
}

pub type KeyHash = [u8; 32];

#[derive(Debug)]
struct Entry {
    tenant: TenantId,
    expires: Instant,
}

#[derive(Debug)]
pub struct KeyCache {
    options: KeyCacheOptions,
    entries: Mutex<HashMap<KeyHash, Entry>>,
}

impl KeyCache {
    pub fn new(options: KeyCacheOptions) -> Self {
        Self {
            options,
            entries: Mutex::new(HashMap::new()),
        }
    }

    /// The tenant of a key accepted less than `ttl` ago.
    pub fn get(&self, hash: &KeyHash, now: Instant) -> Option<TenantId> {
        let entries = self.lock();
        entries
            .get(hash)
            .filter(|entry| entry.expires > now)
            .map(|entry| entry.tenant)
    }

    /// Remembers a key the database just accepted.
    pub fn insert(&self, hash: KeyHash, tenant: TenantId, now: Instant) {
        if self.options.capacity == 0 || self.options.ttl.is_zero() {
            return;
        }
        let mut entries = self.lock();
        if entries.len() >= self.options.capacity && !entries.contains_key(&hash) {
            entries.retain(|_, entry| entry.expires > now);
            if entries.len() >= self.options.capacity {
                // Still full of live keys: start over rather than track recency; the
                // next request of each key refills its entry from the database.
                entries.clear();
            }
        }
        entries.insert(
            hash,
            Entry {
                tenant,
                expires: now + self.options.ttl,
            },
        );
    }

    /// Forgets a key at once (it was revoked by this process).
    pub fn remove(&self, hash: &KeyHash) {
        self.lock().remove(hash);
    }

    pub fn len(&self) -> usize {
        self.lock().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<KeyHash, Entry>> {
        // The map is consistent after every statement, so a panic elsewhere while the
        // lock was held leaves nothing to repair.
        self.entries
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cache(ttl_ms: u64, capacity: usize) -> KeyCache {
        KeyCache::new(KeyCacheOptions {
            ttl: Duration::from_millis(ttl_ms),
            capacity,
        })
    }

    #[test]
    fn an_entry_expires_after_the_ttl() {
        let cache = cache(100, 10);
        let now = Instant::now();
        cache.insert([1; 32], TenantId(7), now);
        assert_eq!(cache.get(&[1; 32], now), Some(TenantId(7)));
        assert_eq!(
            cache.get(&[1; 32], now + Duration::from_millis(99)),
            Some(TenantId(7))
        );
        assert_eq!(cache.get(&[1; 32], now + Duration::from_millis(100)), None);
        assert_eq!(cache.get(&[2; 32], now), None);
    }

    #[test]
    fn removal_takes_effect_at_once() {
        let cache = cache(10_000, 10);
        let now = Instant::now();
        cache.insert([1; 32], TenantId(7), now);
        cache.remove(&[1; 32]);
        assert_eq!(cache.get(&[1; 32], now), None);
    }

    #[test]
    fn the_cache_never_grows_past_its_capacity() {
        let cache = cache(10_000, 3);
        let now = Instant::now();
        for i in 0..10u8 {
            cache.insert([i; 32], TenantId(i.into()), now);
            assert!(cache.len() <= 3);
        }
        assert_eq!(cache.get(&[9; 32], now), Some(TenantId(9)));
    }

    #[test]
    fn expired_entries_make_room_first() {
        let cache = cache(100, 2);
        let now = Instant::now();
        cache.insert([1; 32], TenantId(1), now);
        cache.insert([2; 32], TenantId(2), now + Duration::from_millis(50));
        cache.insert([3; 32], TenantId(3), now + Duration::from_millis(120));
        assert_eq!(
            cache.get(&[2; 32], now + Duration::from_millis(120)),
            Some(TenantId(2))
        );
        assert_eq!(
            cache.get(&[3; 32], now + Duration::from_millis(120)),
            Some(TenantId(3))
        );
    }

    #[test]
    fn a_zero_ttl_disables_caching() {
        let cache = cache(0, 10);
        cache.insert([1; 32], TenantId(1), Instant::now());
        assert!(cache.is_empty());
    }
}
