//! The sign-in rate limit: failed attempts are counted per account and per client address in a
//! sliding window, and checked *before* a password is verified (an imported pbkdf2 hash with a
//! million iterations costs real CPU, so the check must come first).

use std::collections::HashMap;
use std::net::IpAddr;
use std::time::{Duration, Instant};

use parking_lot::Mutex;

/// How long a failure counts.
pub const WINDOW: Duration = Duration::from_secs(15 * 60);
/// Failures per account within the window before sign-in to it pauses.
pub const PER_ACCOUNT: usize = 5;
/// Failures (and sign-ups) per address within the window.
pub const PER_ADDRESS: usize = 20;
/// Keys tracked at most; beyond it the stalest are forgotten (bounded memory under attack).
const MAX_KEYS: usize = 100_000;

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Key {
    Account(String),
    Address(IpAddr),
}

#[derive(Debug, Default)]
pub struct SignInLimiter {
    failures: Mutex<HashMap<Key, Vec<Instant>>>,
}

/// Refused: try again after this long.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryAfter(pub Duration);

impl RetryAfter {
    /// Whole minutes, rounded up, at least 1.
    pub fn minutes(self) -> u64 {
        self.0.as_secs().div_ceil(60).max(1)
    }
}

impl SignInLimiter {
    fn keys(account: Option<&str>, address: Option<IpAddr>) -> Vec<(Key, usize)> {
        let mut keys = Vec::with_capacity(2);
        if let Some(a) = account {
            keys.push((Key::Account(a.to_lowercase()), PER_ACCOUNT));
        }
        if let Some(ip) = address {
            keys.push((Key::Address(ip), PER_ADDRESS));
        }
        keys
    }

    /// Whether an attempt may go ahead now.
    pub fn check(&self, account: Option<&str>, address: Option<IpAddr>) -> Result<(), RetryAfter> {
        self.check_at(account, address, Instant::now())
    }

    pub fn check_at(
        &self,
        account: Option<&str>,
        address: Option<IpAddr>,
        now: Instant,
    ) -> Result<(), RetryAfter> {
        let mut map = self.failures.lock();
        let mut wait = Duration::ZERO;
        for (key, limit) in Self::keys(account, address) {
            if let Some(times) = map.get_mut(&key) {
                times.retain(|t| now.duration_since(*t) < WINDOW);
                if times.len() >= limit {
                    let oldest = times[times.len() - limit];
                    wait = wait.max(WINDOW - now.duration_since(oldest));
                }
            }
        }
        if wait.is_zero() {
            Ok(())
        } else {
            Err(RetryAfter(wait))
        }
    }

    /// Counts a failed attempt (or, with no account, a sign-up from the address).
    pub fn fail(&self, account: Option<&str>, address: Option<IpAddr>) {
        self.fail_at(account, address, Instant::now())
    }

    pub fn fail_at(&self, account: Option<&str>, address: Option<IpAddr>, now: Instant) {
        let mut map = self.failures.lock();
        if map.len() >= MAX_KEYS {
            map.retain(|_, times| {
                times
                    .last()
                    .is_some_and(|t| now.duration_since(*t) < WINDOW)
            });
            if map.len() >= MAX_KEYS {
                map.clear();
            }
        }
        for (key, limit) in Self::keys(account, address) {
            let times = map.entry(key).or_default();
            times.retain(|t| now.duration_since(*t) < WINDOW);
            times.push(now);
            // Only the last `limit` failures decide anything.
            if times.len() > limit {
                times.remove(0);
            }
        }
    }

    /// A successful sign-in clears the account's failures (not the address's).
    pub fn succeed(&self, account: &str) {
        self.failures
            .lock()
            .remove(&Key::Account(account.to_lowercase()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_account_pauses_after_five_failures_until_the_window_passes() {
        let l = SignInLimiter::default();
        let t0 = Instant::now();
        let ip: IpAddr = "10.0.0.1".parse().unwrap();
        for i in 0..PER_ACCOUNT {
            assert!(l.check_at(Some("Ana"), Some(ip), t0).is_ok(), "attempt {i}");
            l.fail_at(Some("ana"), Some(ip), t0);
        }
        let refused = l.check_at(Some("ANA"), None, t0).unwrap_err();
        assert_eq!(refused.minutes(), 15);
        // Another account from another address is not affected.
        assert!(l
            .check_at(Some("bo"), Some("10.0.0.2".parse().unwrap()), t0)
            .is_ok());
        let later = t0 + WINDOW + Duration::from_secs(1);
        assert!(l.check_at(Some("ana"), Some(ip), later).is_ok());
    }

    #[test]
    fn an_address_pauses_after_twenty_failures_over_many_accounts() {
        let l = SignInLimiter::default();
        let t0 = Instant::now();
        let ip: IpAddr = "10.0.0.9".parse().unwrap();
        for i in 0..PER_ADDRESS {
            assert!(l.check_at(Some(&format!("u{i}")), Some(ip), t0).is_ok());
            l.fail_at(Some(&format!("u{i}")), Some(ip), t0);
        }
        assert!(l.check_at(Some("fresh"), Some(ip), t0).is_err());
        assert!(l.check_at(Some("fresh"), None, t0).is_ok());
    }

    #[test]
    fn success_clears_the_account() {
        let l = SignInLimiter::default();
        let t0 = Instant::now();
        for _ in 0..PER_ACCOUNT {
            l.fail_at(Some("ana"), None, t0);
        }
        assert!(l.check_at(Some("ana"), None, t0).is_err());
        l.succeed("Ana");
        assert!(l.check_at(Some("ana"), None, t0).is_ok());
    }
}
