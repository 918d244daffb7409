//! Rate limits as sliding windows of attempts per key, reserved *before* the costly or risky
//! work starts: an attempt is counted at the moment it is checked, atomically, so two hundred
//! guesses sent at once see each other and all but the first few are refused before any
//! password is verified. A successful sign-in gives its attempt back.
//!
//! - [`SignInLimiter`]: failed sign-ins (and other password checks) per account and per
//!   address. The account is the resolved one, so a username and an email count as one;
//!   logins that name no account are counted under the login as typed, apart from accounts.
//! - [`Quota`]: how many things one member (or one address, for sign-ups) may create in a
//!   window; the limits are site settings.

use std::collections::HashMap;
use std::hash::Hash;
use std::net::IpAddr;
use std::time::{Duration, Instant};

use parking_lot::Mutex;

use crate::domain::records::UserId;

/// How long a failed sign-in counts.
pub const WINDOW: Duration = Duration::from_secs(15 * 60);
/// Failures per account within the window before sign-in to it pauses.
pub const PER_ACCOUNT: usize = 5;
/// Failures per address within the window.
pub const PER_ADDRESS: usize = 20;
/// Keys tracked at most per limiter; beyond it the stalest are forgotten (bounded memory under
/// attack).
const MAX_KEYS: usize = 100_000;

/// Refused: try again after this long.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryAfter(pub Duration);

impl RetryAfter {
    /// Whole minutes, rounded up, at least 1.
    pub fn minutes(self) -> u64 {
        self.0.as_secs().div_ceil(60).max(1)
    }

    /// Whole seconds, rounded up, at least 1 (the `Retry-After` header).
    pub fn seconds(self) -> u64 {
        let s = self.0.as_secs() + u64::from(self.0.subsec_nanos() > 0);
        s.max(1)
    }
}

/// Attempts per key within a window.
#[derive(Debug)]
struct Windows<K> {
    attempts: Mutex<HashMap<K, Vec<Instant>>>,
}

impl<K> Default for Windows<K> {
    fn default() -> Self {
        Windows {
            attempts: Mutex::new(HashMap::new()),
        }
    }
}

/// Attempts counted by [`Windows::reserve`], to give back on success.
#[derive(Debug)]
#[must_use = "an attempt is given back on success, or left counted on failure"]
struct Reserved<K> {
    keys: Vec<K>,
    at: Instant,
}

impl<K: Clone + Eq + Hash> Windows<K> {
    /// Counts an attempt under every key at once, or none when one of them is at its limit.
    fn reserve(
        &self,
        keys: &[(K, usize)],
        window: Duration,
        now: Instant,
    ) -> Result<Reserved<K>, RetryAfter> {
        let mut map = self.attempts.lock();
        let mut wait = Duration::ZERO;
        for (key, limit) in keys {
            if let Some(times) = map.get_mut(key) {
                times.retain(|t| now.duration_since(*t) < window);
                if times.len() >= *limit {
                    let oldest = times[times.len() - limit];
                    wait = wait.max(window.saturating_sub(now.duration_since(oldest)));
                }
            }
        }
        if !wait.is_zero() {
            return Err(RetryAfter(wait));
        }
        if keys.iter().any(|(_, limit)| *limit == 0) {
            return Err(RetryAfter(window));
        }
        if map.len() >= MAX_KEYS {
            map.retain(|_, times| {
                times
                    .last()
                    .is_some_and(|t| now.duration_since(*t) < window)
            });
            if map.len() >= MAX_KEYS {
                map.clear();
            }
        }
        for (key, _) in keys {
            map.entry(key.clone()).or_default().push(now);
        }
        Ok(Reserved {
            keys: keys.iter().map(|(k, _)| k.clone()).collect(),
            at: now,
        })
    }

    /// Gives an attempt back (it did not happen, or it succeeded).
    fn release(&self, r: Reserved<K>) {
        let mut map = self.attempts.lock();
        for key in r.keys {
            if let Some(times) = map.get_mut(&key) {
                if let Some(i) = times.iter().rposition(|t| *t == r.at) {
                    times.remove(i);
                }
                if times.is_empty() {
                    map.remove(&key);
                }
            }
        }
    }

    fn clear(&self, key: &K) {
        self.attempts.lock().remove(key);
    }
}

/// Whose sign-in is attempted: a resolved account, or a login that names none.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Login {
    Account(UserId),
    /// Folded to lower case, so `Ana` and `ana` count together.
    Unknown(String),
}

impl Login {
    pub fn unknown(typed: &str) -> Login {
        Login::Unknown(typed.trim().to_lowercase())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum SignInKey {
    Login(Login),
    Address(IpAddr),
}

/// The sign-in rate limit (also for the other checks of a password: changing it, creating an
/// access token, changing one's email).
#[derive(Debug, Default)]
pub struct SignInLimiter {
    windows: Windows<SignInKey>,
}

/// A password check under way, counted as a failure unless [`SignInLimiter::succeed`] or
/// [`SignInLimiter::release`] gives it back.
#[derive(Debug)]
#[must_use = "a sign-in attempt is given back on success, or left counted on failure"]
pub struct Attempt {
    reserved: Reserved<SignInKey>,
    login: Login,
}

impl SignInLimiter {
    /// Counts an attempt for `login` from `address`, or refuses when either is at its limit.
    pub fn reserve(&self, login: Login, address: Option<IpAddr>) -> Result<Attempt, RetryAfter> {
        self.reserve_at(login, address, Instant::now())
    }

    pub fn reserve_at(
        &self,
        login: Login,
        address: Option<IpAddr>,
        now: Instant,
    ) -> Result<Attempt, RetryAfter> {
        let mut keys = vec![(SignInKey::Login(login.clone()), PER_ACCOUNT)];
        if let Some(ip) = address {
            keys.push((SignInKey::Address(ip), PER_ADDRESS));
        }
        let reserved = self.windows.reserve(&keys, WINDOW, now)?;
        Ok(Attempt { reserved, login })
    }

    /// The password was right: the attempt is given back and the account's failures cleared
    /// (the address keeps its other failures).
    pub fn succeed(&self, attempt: Attempt) {
        self.windows.clear(&SignInKey::Login(attempt.login));
        self.windows.release(attempt.reserved);
    }

    /// The check did not take place (the server was too busy to run it): not a failure.
    pub fn release(&self, attempt: Attempt) {
        self.windows.release(attempt.reserved);
    }
}

pub use crate::domain::limits::Creation;

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum QuotaKey {
    Member(Creation, UserId),
    Address(IpAddr),
}

/// Creation limits: the n-th thing in the window is refused with the time until a slot frees.
#[derive(Debug, Default)]
pub struct Quota {
    windows: Windows<QuotaKey>,
}

/// A creation counted by [`Quota::reserve`]; give it back with [`Quota::release`] when the
/// creation was refused for another reason.
#[derive(Debug)]
#[must_use = "a refused creation gives its slot back"]
pub struct Slot(Reserved<QuotaKey>);

impl Quota {
    /// Counts one creation of `what` by `member` (or, for sign-ups, from `address`) at `now`
    /// within `window`, at most `limit` of them.
    pub fn reserve_at(
        &self,
        what: Creation,
        member: Option<UserId>,
        address: Option<IpAddr>,
        limit: usize,
        window: Duration,
        now: Instant,
    ) -> Result<Option<Slot>, RetryAfter> {
        // Sign-ups count per address; everything else per member (a kind added later is
        // counted as soon as it has a limit: no list here to forget it in).
        let key = match (what, member, address) {
            (Creation::Account, _, Some(ip)) => QuotaKey::Address(ip),
            (kind, Some(user), _) if kind != Creation::Account => QuotaKey::Member(what, user),
            // Nobody to count under: nothing is limited.
            _ => return Ok(None),
        };
        self.windows
            .reserve(&[(key, limit)], window, now)
            .map(|r| Some(Slot(r)))
    }

    pub fn release(&self, slot: Option<Slot>) {
        if let Some(Slot(r)) = slot {
            self.windows.release(r);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> Option<IpAddr> {
        Some(s.parse().unwrap())
    }

    #[test]
    fn an_account_pauses_after_five_attempts_counted_as_they_start() {
        let l = SignInLimiter::default();
        let t0 = Instant::now();
        // Five attempts in flight at once: none has failed yet, all are counted.
        let flying: Vec<_> = (0..PER_ACCOUNT)
            .map(|i| {
                l.reserve_at(Login::Account(UserId(7)), ip(&format!("10.0.0.{i}")), t0)
                    .unwrap()
            })
            .collect();
        let refused = l
            .reserve_at(Login::Account(UserId(7)), ip("10.0.1.1"), t0)
            .unwrap_err();
        assert_eq!(refused.minutes(), 15);
        assert_eq!(refused.seconds(), 900);
        // Another account from another address is not affected.
        assert!(l
            .reserve_at(Login::Account(UserId(8)), ip("10.0.0.99"), t0)
            .is_ok());
        drop(flying);
        let later = t0 + WINDOW + Duration::from_secs(1);
        assert!(l
            .reserve_at(Login::Account(UserId(7)), ip("10.0.0.1"), later)
            .is_ok());
    }

    #[test]
    fn an_address_pauses_after_twenty_attempts_over_many_logins() {
        let l = SignInLimiter::default();
        let t0 = Instant::now();
        let addr = ip("10.0.0.9");
        for i in 0..PER_ADDRESS {
            let _ = l
                .reserve_at(Login::unknown(&format!("u{i}")), addr, t0)
                .unwrap();
        }
        assert!(l.reserve_at(Login::Account(UserId(1)), addr, t0).is_err());
        assert!(l
            .reserve_at(Login::Account(UserId(1)), ip("10.0.0.10"), t0)
            .is_ok());
    }

    #[test]
    fn success_gives_the_attempt_back_and_clears_the_account() {
        let l = SignInLimiter::default();
        let t0 = Instant::now();
        for _ in 0..PER_ACCOUNT - 1 {
            let _ = l.reserve_at(Login::Account(UserId(3)), None, t0).unwrap();
        }
        let right = l
            .reserve_at(Login::Account(UserId(3)), ip("10.0.0.5"), t0)
            .unwrap();
        assert!(l.reserve_at(Login::Account(UserId(3)), None, t0).is_err());
        l.succeed(right);
        for _ in 0..PER_ACCOUNT {
            let _ = l.reserve_at(Login::Account(UserId(3)), None, t0).unwrap();
        }
        // An attempt that never ran is given back without clearing anything.
        let l = SignInLimiter::default();
        let a = l.reserve_at(Login::Account(UserId(4)), None, t0).unwrap();
        l.release(a);
        for _ in 0..PER_ACCOUNT {
            let _ = l.reserve_at(Login::Account(UserId(4)), None, t0).unwrap();
        }
        assert!(l.reserve_at(Login::Account(UserId(4)), None, t0).is_err());
    }

    #[test]
    fn unknown_logins_count_apart_from_accounts_and_ignore_case() {
        let l = SignInLimiter::default();
        let t0 = Instant::now();
        for _ in 0..PER_ACCOUNT {
            let _ = l.reserve_at(Login::unknown("Ghost"), None, t0).unwrap();
        }
        assert!(l.reserve_at(Login::unknown("GHOST "), None, t0).is_err());
        assert!(l.reserve_at(Login::Account(UserId(1)), None, t0).is_ok());
    }

    #[test]
    fn quotas_count_per_member_and_kind_and_refused_creations_give_back() {
        let q = Quota::default();
        let t0 = Instant::now();
        let day = Duration::from_secs(86_400);
        let a = q
            .reserve_at(Creation::Item, Some(UserId(1)), None, 2, day, t0)
            .unwrap();
        let _b = q
            .reserve_at(Creation::Item, Some(UserId(1)), None, 2, day, t0)
            .unwrap();
        let wait = q
            .reserve_at(Creation::Item, Some(UserId(1)), None, 2, day, t0)
            .unwrap_err();
        assert_eq!(wait.seconds(), 86_400);
        assert!(q
            .reserve_at(Creation::Group, Some(UserId(1)), None, 2, day, t0)
            .is_ok());
        assert!(q
            .reserve_at(Creation::Item, Some(UserId(2)), None, 2, day, t0)
            .is_ok());
        q.release(a);
        assert!(q
            .reserve_at(Creation::Item, Some(UserId(1)), None, 2, day, t0)
            .is_ok());
        // Sign-ups count per address; a limit of zero refuses at once.
        let hour = Duration::from_secs(3600);
        assert!(q
            .reserve_at(Creation::Account, None, ip("10.0.0.1"), 1, hour, t0)
            .is_ok());
        assert!(q
            .reserve_at(Creation::Account, None, ip("10.0.0.1"), 1, hour, t0)
            .is_err());
        assert!(q
            .reserve_at(Creation::Account, None, ip("10.0.0.2"), 0, hour, t0)
            .is_err());
    }
}
