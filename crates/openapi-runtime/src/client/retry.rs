//! Opt-in retries for idempotent requests.

use std::time::Duration;

use reqwest::Method;

/// When a request is sent again. The default sends every request once.
///
/// Retries apply **only to idempotent methods** (`GET`, `HEAD`, `PUT`, `DELETE`,
/// `OPTIONS`, `TRACE`), whose repetition cannot create a second resource; `POST` and
/// `PATCH` are always sent once. A request is retried when it got no answer (connection
/// refused or reset, timeout) or an answer saying that no server could take it
/// (`502`, `503`, `504`); each retry waits twice as long as the one before. A retried
/// request keeps its `x-request-id`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct RetryPolicy {
    /// How many times a request may be sent again (0: never).
    pub max_retries: u32,
    /// The wait before the first retry.
    pub initial_backoff: Duration,
}

impl RetryPolicy {
    /// No retries (the default).
    pub const fn none() -> Self {
        Self {
            max_retries: 0,
            initial_backoff: Duration::ZERO,
        }
    }

    /// Up to `max_retries` retries of idempotent requests, the first after
    /// `initial_backoff`.
    pub const fn idempotent(max_retries: u32, initial_backoff: Duration) -> Self {
        Self {
            max_retries,
            initial_backoff,
        }
    }

    /// How many retries `method` may have under this policy.
    pub fn retries_for(&self, method: &Method) -> u32 {
        if is_idempotent(method) {
            self.max_retries
        } else {
            0
        }
    }

    /// The wait before retry number `retry` (0-based).
    pub fn backoff(&self, retry: u32) -> Duration {
        self.initial_backoff
            .saturating_mul(2u32.saturating_pow(retry.min(16)))
    }
}

/// Methods that RFC 9110 defines as idempotent.
pub fn is_idempotent(method: &Method) -> bool {
    [
        Method::GET,
        Method::HEAD,
        Method::PUT,
        Method::DELETE,
        Method::OPTIONS,
        Method::TRACE,
    ]
    .contains(method)
}

/// Statuses that say the request did not reach a server able to answer it.
pub fn is_retryable_status(status: u16) -> bool {
    matches!(status, 502..=504)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_idempotent_methods_are_retried() {
        let policy = RetryPolicy::idempotent(3, Duration::from_millis(10));
        assert_eq!(policy.retries_for(&Method::GET), 3);
        assert_eq!(policy.retries_for(&Method::PUT), 3);
        assert_eq!(policy.retries_for(&Method::DELETE), 3);
        assert_eq!(policy.retries_for(&Method::POST), 0);
        assert_eq!(policy.retries_for(&Method::PATCH), 0);
        assert_eq!(RetryPolicy::default().retries_for(&Method::GET), 0);
    }

    #[test]
    fn backoff_doubles() {
        let policy = RetryPolicy::idempotent(3, Duration::from_millis(10));
        assert_eq!(policy.backoff(0), Duration::from_millis(10));
        assert_eq!(policy.backoff(2), Duration::from_millis(40));
    }
}
