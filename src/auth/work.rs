//! Password work off the async workers, and bounded. An argon2 check holds 19 MiB and tens of
//! milliseconds of a core; an imported pbkdf2 hash with a million iterations holds a core for
//! 150-350 ms. Run without a bound, 300 sign-ins at once took 7.6 GB and every core. So the
//! work runs on its own threads, one per core, and at most one check per thread at a time; the
//! others wait in line, and one that waited `wait` without a turn is refused as [`Busy`] (the
//! HTTP layer answers 503 with `Retry-After`).
//!
//! The threads are `work::Workers` (why threads of their own: see there).
//!
//! A login that names no account, and an account whose password is unusable (Django's
//! `!...`), are checked against a decoy argon2 hash made like ours, so they cost what an
//! account of this site costs. (An imported pbkdf2 hash costs more until its first sign-in
//! rehashes it; it counts as one turn like the others.)

use std::sync::OnceLock;
use std::time::Duration;

use crate::work::{cores, Workers};

use super::password::{hash_password, is_usable, verify_password, PasswordError, Verdict};

/// The server had no turn free for a password check within the wait: try again shortly.
#[derive(Debug, Clone, Copy, thiserror::Error)]
#[error("the server is busy checking other sign-ins; please try again in a few seconds")]
pub struct Busy {
    pub retry_after: Duration,
}

#[derive(Debug, thiserror::Error)]
pub enum HashError {
    #[error(transparent)]
    Busy(#[from] Busy),
    #[error(transparent)]
    Failed(#[from] PasswordError),
}

#[derive(Debug)]
pub struct PasswordWork {
    workers: Workers,
}

/// How long a check waits for its turn before it is refused.
pub const DEFAULT_WAIT: Duration = Duration::from_secs(5);

impl Default for PasswordWork {
    /// One turn per core.
    fn default() -> Self {
        PasswordWork::new(cores(), DEFAULT_WAIT)
    }
}

/// The hash checked when there is no usable one, so that a missing or unusable password costs
/// what a real one does.
fn decoy() -> &'static str {
    static DECOY: OnceLock<String> = OnceLock::new();
    DECOY.get_or_init(|| hash_password("a decoy password nobody has").unwrap_or_default())
}

/// What a check computed: the stored hash, or the decoy in its place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Checked {
    Stored,
    Decoy,
}

/// Checks `plain` against `stored`, or against the decoy when there is no usable hash.
fn check(stored: Option<&str>, plain: &str) -> (Verdict, Checked) {
    match stored.filter(|s| is_usable(s)) {
        Some(stored) => (verify_password(stored, plain), Checked::Stored),
        None => {
            let _ = verify_password(decoy(), plain);
            (Verdict::Wrong, Checked::Decoy)
        }
    }
}

impl PasswordWork {
    /// `turns` threads, each doing one check at a time; a check waits at most `wait` for one.
    pub fn new(turns: usize, wait: Duration) -> PasswordWork {
        PasswordWork {
            workers: Workers::new("passwords", turns, wait),
        }
    }

    /// Runs `work` on a password thread once a turn is free.
    async fn run<T: Send + 'static>(
        &self,
        work: impl FnOnce() -> T + Send + 'static,
    ) -> Result<T, Busy> {
        // A panic in the hasher is not a reason to sign anyone in: treat it as busy.
        self.workers.run(work).await.map_err(|_| Busy {
            retry_after: self.workers.wait(),
        })
    }

    /// Checks `plain` against `stored` (`None`: the login names no account). An unusable or
    /// missing hash is checked against the decoy, and is always wrong.
    pub async fn verify(&self, stored: Option<String>, plain: String) -> Result<Verdict, Busy> {
        self.run(move || check(stored.as_deref(), &plain).0).await
    }

    /// A new argon2id hash of `plain`.
    pub async fn hash(&self, plain: String) -> Result<String, HashError> {
        Ok(self.run(move || hash_password(&plain)).await??)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unusable_and_missing_hashes_are_checked_against_the_decoy_and_never_verify() {
        let real = hash_password("real password").unwrap();
        assert_eq!(
            check(Some(&real), "real password"),
            (Verdict::Right { rehash: false }, Checked::Stored)
        );
        // Django's unusable passwords, typed exactly, and garbage: the same argon2 work as a
        // real account (it used to answer 50 times faster), and wrong.
        let runs = || crate::auth::password::ARGON2_RUNS.with(|n| n.get());
        // The decoy itself is made once, at its first use: made here, it is not counted below.
        let _ = decoy();
        for stored in [
            Some("!unusable"),
            Some("!"),
            Some(""),
            Some("garbage"),
            None,
        ] {
            let typed = stored.unwrap_or("anything");
            let before = runs();
            assert_eq!(
                check(stored, typed),
                (Verdict::Wrong, Checked::Decoy),
                "{stored:?}"
            );
            assert_eq!(runs(), before + 1, "one argon2 check for {stored:?}");
        }
        assert!(
            decoy().starts_with("$argon2id$"),
            "the decoy costs what a real check does"
        );
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_check_that_finds_no_turn_in_time_is_refused_as_busy() {
        let work = std::sync::Arc::new(PasswordWork::new(1, Duration::from_millis(1)));
        let stored = hash_password("pw").unwrap();
        let checks: Vec<_> = (0..6)
            .map(|_| {
                let (work, stored) = (work.clone(), stored.clone());
                tokio::spawn(async move { work.verify(Some(stored), "pw".into()).await })
            })
            .collect();
        let mut busy = 0;
        let mut done = 0;
        for c in checks {
            match c.await.unwrap() {
                Ok(v) => {
                    assert_eq!(v, Verdict::Right { rehash: false });
                    done += 1;
                }
                Err(b) => {
                    assert_eq!(b.retry_after, Duration::from_millis(1));
                    busy += 1;
                }
            }
        }
        assert!(done >= 1, "the first check had its turn");
        assert!(
            busy >= 1,
            "one turn for six checks that wait 1 ms: some were refused"
        );
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_caller_that_gives_up_keeps_its_turn_until_the_work_is_done() {
        let work = std::sync::Arc::new(PasswordWork::new(1, Duration::from_secs(30)));
        // 300,000 pbkdf2 iterations: a check that takes a while.
        let slow = "pbkdf2_sha256$300000$abcdefghijklmnopqrstuv$\
                    j/QpkhAF4aDIpkY+Jg+65slJRcq0rGauxaYspGSZ3Zw="
            .to_string();
        let caller = {
            let work = work.clone();
            tokio::spawn(async move { work.verify(Some(slow), "guess".into()).await })
        };
        while work.workers.free_turns() > 0 {
            tokio::task::yield_now().await;
        }
        // The client went away: its request's future is dropped.
        caller.abort();
        let _ = caller.await;
        assert_eq!(
            work.workers.free_turns(),
            0,
            "the thread still works for it: its turn is not free"
        );
        // The next check waits for that turn, and gets it once the work is done.
        let stored = hash_password("pw").unwrap();
        let next = work.verify(Some(stored), "pw".into()).await;
        assert_eq!(next.unwrap(), Verdict::Right { rehash: false });
        assert_eq!(work.workers.free_turns(), 1);
    }
}
