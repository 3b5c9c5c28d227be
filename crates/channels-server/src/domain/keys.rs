//! API keys: issuing, listing, revoking, and resolving a presented key to its tenant.
//!
//! A key is shown once when issued; only its SHA-256 hash is stored, with a short
//! prefix that identifies it without revealing it. Accepted keys are remembered for a
//! short, bounded time (`key_cache`), so most requests authenticate without the database.

use std::sync::Arc;
use std::time::Instant;

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, DatabaseConnection, DbErr, EntityTrait,
    PaginatorTrait, QueryFilter, QueryOrder, TransactionTrait,
};
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

use super::key_cache::{KeyCache, KeyCacheOptions, KeyHash};
use super::{TenantId, tenants};
use crate::entity::{api_key, tenant};

/// Every key starts with this, so a leaked key is easy to recognise.
const KEY_MARKER: &str = "chk_";
/// Random bytes in a key (hex-encoded after the marker).
const KEY_RANDOM_BYTES: usize = 32;
/// Characters of the key kept as its displayable prefix: the marker and 8 hex digits.
const PREFIX_LEN: usize = KEY_MARKER.len() + 8;

/// A key just issued. `key` is the secret; it is not stored anywhere.
#[derive(Clone, Debug)]
pub struct IssuedKey {
    pub key: String,
    pub prefix: String,
    pub tenant: String,
}

/// What is known about a stored key.
#[derive(Clone, Debug, PartialEq)]
pub struct KeySummary {
    pub prefix: String,
    pub tenant: String,
    pub created_at: DateTime<Utc>,
    pub revoked_at: Option<DateTime<Utc>>,
}

#[derive(Debug, thiserror::Error)]
pub enum RevokeError {
    #[error("no active key has the prefix {0:?}")]
    NotFound(String),
    #[error("{count} active keys share the prefix {prefix:?}; give more of the key")]
    Ambiguous { prefix: String, count: u64 },
    #[error(transparent)]
    Database(#[from] DbErr),
}

#[derive(Clone, Debug)]
pub struct KeyService {
    db: DatabaseConnection,
    cache: Arc<KeyCache>,
}

impl KeyService {
    /// A service with its own cache of default size and lifetime.
    pub fn new(db: DatabaseConnection) -> Self {
        Self::with_cache(db, KeyCacheOptions::default())
    }

    pub fn with_cache(db: DatabaseConnection, cache: KeyCacheOptions) -> Self {
        Self {
            db,
            cache: Arc::new(KeyCache::new(cache)),
        }
    }

    /// Issues a key for the named tenant, creating the tenant if needed.
    pub async fn issue(&self, tenant_name: &str) -> Result<IssuedKey, DbErr> {
        let key = generate_key();
        let prefix = key[..PREFIX_LEN].to_owned();
        let txn = self.db.begin().await?;
        let tenant = tenants::find_or_create(&txn, tenant_name).await?;
        api_key::ActiveModel {
            tenant_id: Set(tenant.id),
            prefix: Set(prefix.clone()),
            key_hash: Set(hash_key(&key)),
            created_at: Set(super::now()),
            revoked_at: Set(None),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        txn.commit().await?;
        Ok(IssuedKey {
            key,
            prefix,
            tenant: tenant.name,
        })
    }

    /// On a fresh installation (no key at all, not even a revoked one) issues a key
    /// for the tenant `default`, so the API can be tried straight away.
    pub async fn issue_first_key(&self) -> Result<Option<IssuedKey>, DbErr> {
        if api_key::Entity::find().count(&self.db).await? > 0 {
            return Ok(None);
        }
        self.issue("default").await.map(Some)
    }

    pub async fn list(&self) -> Result<Vec<KeySummary>, DbErr> {
        let rows = api_key::Entity::find()
            .find_also_related(tenant::Entity)
            .order_by_asc(api_key::Column::Id)
            .all(&self.db)
            .await?;
        Ok(rows
            .into_iter()
            .map(|(key, tenant)| KeySummary {
                prefix: key.prefix,
                tenant: tenant.map(|t| t.name).unwrap_or_default(),
                created_at: key.created_at,
                revoked_at: key.revoked_at,
            })
            .collect())
    }

    /// Revokes the one active key identified by `prefix`: the prefix `keys list` shows,
    /// or the whole key.
    pub async fn revoke(&self, prefix: &str) -> Result<(), RevokeError> {
        let matching = api_key::Entity::find()
            .filter(api_key::Column::Prefix.eq(display_prefix(prefix)))
            .filter(api_key::Column::RevokedAt.is_null())
            .all(&self.db)
            .await?
            .into_iter()
            // A longer prefix (or the whole key) narrows the match down.
            .filter(|key| prefix.len() <= PREFIX_LEN || key.key_hash == hash_key(prefix))
            .collect::<Vec<_>>();
        let [key] = matching.as_slice() else {
            return Err(if matching.is_empty() {
                RevokeError::NotFound(prefix.to_owned())
            } else {
                RevokeError::Ambiguous {
                    prefix: prefix.to_owned(),
                    count: matching.len() as u64,
                }
            });
        };
        api_key::Entity::update_many()
            .set(api_key::ActiveModel {
                revoked_at: Set(Some(super::now())),
                ..Default::default()
            })
            .filter(api_key::Column::Id.eq(key.id))
            .exec(&self.db)
            .await?;
        // Takes effect at once in this process; other processes notice within their
        // cache's lifetime.
        if let Some(hash) = parse_hash(&key.key_hash) {
            self.cache.remove(&hash);
        }
        Ok(())
    }

    /// The tenant a presented key belongs to, or `None` for an unknown or revoked key.
    pub async fn authenticate(&self, presented: &str) -> Result<Option<TenantId>, DbErr> {
        let digest: KeyHash = Sha256::digest(presented.as_bytes()).into();
        if let Some(tenant) = self.cache.get(&digest, Instant::now()) {
            return Ok(Some(tenant));
        }
        let presented_hash = hex::encode(digest);
        let stored = api_key::Entity::find()
            .filter(api_key::Column::KeyHash.eq(presented_hash.as_str()))
            .filter(api_key::Column::RevokedAt.is_null())
            .one(&self.db)
            .await?;
        // The lookup already matched the hash; comparing again in constant time keeps
        // the decision itself free of timing differences.
        let tenant = stored
            .filter(|key| bool::from(key.key_hash.as_bytes().ct_eq(presented_hash.as_bytes())))
            .map(|key| TenantId(key.tenant_id));
        if let Some(tenant) = tenant {
            self.cache.insert(digest, tenant, Instant::now());
        }
        Ok(tenant)
    }
}

fn generate_key() -> String {
    let random: [u8; KEY_RANDOM_BYTES] = rand::random();
    format!("{KEY_MARKER}{}", hex::encode(random))
}

fn hash_key(key: &str) -> String {
    hex::encode(Sha256::digest(key.as_bytes()))
}

/// A stored (hex) hash as the cache's key.
fn parse_hash(stored: &str) -> Option<KeyHash> {
    hex::decode(stored).ok()?.try_into().ok()
}

/// The stored prefix for something a user typed: a prefix or a whole key.
fn display_prefix(typed: &str) -> &str {
    typed.get(..PREFIX_LEN).unwrap_or(typed)
}
