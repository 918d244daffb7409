//! Passwords, pure: no I/O, no store.
//!
//! New passwords are hashed with argon2id (the `argon2` crate's defaults: m=19456 KiB, t=2,
//! p=1) into a PHC string `$argon2id$v=19$...` with a random salt. Passwords imported from
//! Django are `pbkdf2_sha256$<iterations>$<salt>$<base64 sha256>`; they verify here, and a
//! successful check asks the caller to rehash them to argon2id (DOMAIN.md, User). Anything
//! else, including Django's unusable `!...` passwords and the empty string, never verifies.

use crate::i18n::phrase::Phrase;
use std::cell::RefCell;

use argon2::password_hash::rand_core::{OsRng, RngCore};
use argon2::password_hash::{Output, ParamsString, PasswordHash, SaltString};
use argon2::{Algorithm, Argon2, Block, Params, Version};
use base64::engine::general_purpose::STANDARD;
use base64::Engine as _;
use sha2::Sha256;
use subtle::ConstantTimeEq;

use crate::domain::validate::{invalid, Invalid};

/// Shortest new password, in characters.
pub const MIN_LEN: usize = 8;
/// Longest new password, in characters.
pub const MAX_LEN: usize = 1024;

/// Django iteration counts above this are refused (bounds the CPU one check can cost).
const MAX_PBKDF2_ITERATIONS: u32 = 2_000_000;
/// Argon2 cost bounds for stored hashes: a hash asking for more is refused rather than run
/// (bounds memory and CPU; our own hashes use the far smaller defaults).
const MAX_ARGON2_M_COST: u32 = 256 * 1024;
const MAX_ARGON2_T_COST: u32 = 16;
const MAX_ARGON2_P_COST: u32 = 16;

const DJANGO_PBKDF2: &str = "pbkdf2_sha256";
const SHA256_LEN: usize = 32;

#[derive(Debug, thiserror::Error)]
pub enum PasswordError {
    #[error("password hashing failed: {0}")]
    Hash(String),
}

/// The outcome of checking a password against a stored hash.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Wrong,
    /// `rehash`: the stored hash is an old format; store `hash_password(plain)` instead.
    Right {
        rehash: bool,
    },
}

thread_local! {
    /// The argon2 working memory of this thread (19 MiB for our hashes), kept between checks.
    /// Allocated and freed per check, as the `argon2` crate does by default, the allocator kept
    /// most of every one: 20 sign-ins in a row grew the server by 350 MiB.
    static BLOCKS: RefCell<Vec<Block>> = const { RefCell::new(Vec::new()) };
}

// argon2 computations run by this thread (tests count the decoy's).
#[cfg(test)]
thread_local! {
    pub(crate) static ARGON2_RUNS: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// argon2 of `plain` and `salt` into `out`, in this thread's kept memory.
fn argon2_into(
    argon: &Argon2<'_>,
    plain: &str,
    salt: &[u8],
    out: &mut [u8],
) -> Result<(), argon2::Error> {
    #[cfg(test)]
    ARGON2_RUNS.with(|n| n.set(n.get() + 1));
    let need = argon.params().block_count();
    if need > Params::default().block_count() {
        // Larger than our own hashes: not kept after the check.
        let mut once = vec![Block::default(); need];
        return argon.hash_password_into_with_memory(plain.as_bytes(), salt, out, &mut once);
    }
    BLOCKS.with(|blocks| {
        let mut blocks = blocks.borrow_mut();
        if blocks.len() < need {
            blocks.resize(need, Block::default());
        }
        // Every block is written in the first pass before it is read: what a previous check
        // left there does not matter.
        argon.hash_password_into_with_memory(plain.as_bytes(), salt, out, &mut blocks[..need])
    })
}

/// A new argon2id PHC string for `plain`, with a random salt.
pub fn hash_password(plain: &str) -> Result<String, PasswordError> {
    let fail = |e: &dyn std::fmt::Display| PasswordError::Hash(e.to_string());
    let mut salt = [0u8; 16];
    OsRng.fill_bytes(&mut salt);
    let params = Params::default();
    let argon = Argon2::new(Algorithm::Argon2id, Version::V0x13, params.clone());
    let mut out = [0u8; 32];
    argon2_into(&argon, plain, &salt, &mut out).map_err(|e| fail(&e))?;
    let salt = SaltString::encode_b64(&salt).map_err(|e| fail(&e))?;
    let phc = PasswordHash {
        algorithm: Algorithm::Argon2id.ident(),
        version: Some(Version::V0x13.into()),
        params: ParamsString::try_from(&params).map_err(|e| fail(&e))?,
        salt: Some(salt.as_salt()),
        hash: Some(Output::new(&out).map_err(|e| fail(&e))?),
    };
    Ok(phc.to_string())
}

/// Checks `plain` against a parsed argon2id hash, in constant time.
fn argon2_matches(hash: &PasswordHash<'_>, plain: &str) -> bool {
    let (Some(expected), Some(salt)) = (hash.hash, hash.salt) else {
        return false;
    };
    let Ok(params) = Params::try_from(hash) else {
        return false;
    };
    let version = hash
        .version
        .and_then(|v| Version::try_from(v).ok())
        .unwrap_or(Version::V0x13);
    let mut salt_bytes = [0u8; 64];
    let Ok(salt) = salt.decode_b64(&mut salt_bytes) else {
        return false;
    };
    let argon = Argon2::new(Algorithm::Argon2id, version, params);
    let mut out = vec![0u8; expected.len()];
    argon2_into(&argon, plain, salt, &mut out).is_ok()
        && bool::from(out.as_slice().ct_eq(expected.as_bytes()))
}

/// Checks `plain` against `stored` (argon2id PHC or Django `pbkdf2_sha256`). Never panics.
pub fn verify_password(stored: &str, plain: &str) -> Verdict {
    if let Some(hash) = parse_argon2(stored) {
        return if argon2_matches(&hash, plain) {
            Verdict::Right { rehash: false }
        } else {
            Verdict::Wrong
        };
    }
    if let Some(django) = parse_django(stored) {
        return if django.matches(plain) {
            Verdict::Right { rehash: true }
        } else {
            Verdict::Wrong
        };
    }
    Verdict::Wrong
}

/// Whether `stored` is a hash some password could verify against (not `!...`, not empty,
/// not garbage).
pub fn is_usable(stored: &str) -> bool {
    parse_argon2(stored).is_some() || parse_django(stored).is_some()
}

/// The rule for a new password: 8 to 1024 characters.
pub fn check_new_password(plain: &str) -> Result<(), Invalid> {
    let len = plain.chars().count();
    if len < MIN_LEN {
        return Err(invalid(
            "password",
            Phrase::id("invalid-too-short").number("min", MIN_LEN),
        ));
    }
    if len > MAX_LEN {
        return Err(invalid(
            "password",
            Phrase::id("invalid-too-long").number("max", MAX_LEN),
        ));
    }
    Ok(())
}

/// An argon2id PHC string with a hash and costs within bounds.
fn parse_argon2(stored: &str) -> Option<PasswordHash<'_>> {
    if !stored.starts_with("$argon2id$") {
        return None;
    }
    let hash = PasswordHash::new(stored).ok()?;
    if hash.algorithm != Algorithm::Argon2id.ident() || hash.hash.is_none() || hash.salt.is_none() {
        return None;
    }
    let params = Params::try_from(&hash).ok()?;
    let within = params.m_cost() <= MAX_ARGON2_M_COST
        && params.t_cost() <= MAX_ARGON2_T_COST
        && params.p_cost() <= MAX_ARGON2_P_COST;
    within.then_some(hash)
}

/// A parsed Django `pbkdf2_sha256$<iterations>$<salt>$<base64 sha256>`.
#[derive(Debug, PartialEq, Eq)]
struct DjangoPbkdf2<'a> {
    iterations: u32,
    salt: &'a str,
    hash: [u8; SHA256_LEN],
}

impl DjangoPbkdf2<'_> {
    /// Runs PBKDF2-HMAC-SHA256 over `plain` and compares in constant time.
    fn matches(&self, plain: &str) -> bool {
        let mut derived = [0u8; SHA256_LEN];
        pbkdf2::pbkdf2_hmac::<Sha256>(
            plain.as_bytes(),
            self.salt.as_bytes(),
            self.iterations,
            &mut derived,
        );
        bool::from(derived.ct_eq(&self.hash))
    }
}

/// Parses a Django hash without running it; `None` for anything malformed, unusable (`!...`)
/// or with an iteration count outside 1..=2,000,000.
fn parse_django(stored: &str) -> Option<DjangoPbkdf2<'_>> {
    let mut parts = stored.split('$');
    let (algorithm, iterations, salt, hash) =
        (parts.next()?, parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || algorithm != DJANGO_PBKDF2 || salt.is_empty() {
        return None;
    }
    if iterations.is_empty()
        || iterations.len() > 10
        || !iterations.bytes().all(|b| b.is_ascii_digit())
    {
        return None;
    }
    let iterations: u32 = iterations.parse().ok()?;
    if !(1..=MAX_PBKDF2_ITERATIONS).contains(&iterations) {
        return None;
    }
    let hash: [u8; SHA256_LEN] = STANDARD.decode(hash).ok()?.try_into().ok()?;
    Some(DjangoPbkdf2 {
        iterations,
        salt,
        hash,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Generated with Python's `hashlib.pbkdf2_hmac('sha256', b'password-ana',
    /// b'abcdefghijklmnopqrstuv', 150)`, as the dataset generator does.
    const DJANGO_ANA: &str =
        "pbkdf2_sha256$150$abcdefghijklmnopqrstuv$j/QpkhAF4aDIpkY+Jg+65slJRcq0rGauxaYspGSZ3Zw=";

    #[test]
    fn hash_then_verify() {
        let stored = hash_password("correct horse battery").unwrap();
        assert!(
            stored.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
            "{stored}"
        );
        assert!(is_usable(&stored));
        assert_eq!(
            verify_password(&stored, "correct horse battery"),
            Verdict::Right { rehash: false }
        );
        assert_eq!(
            verify_password(&stored, "correct horse batterY"),
            Verdict::Wrong
        );
        assert_eq!(verify_password(&stored, ""), Verdict::Wrong);
    }

    #[test]
    fn our_hashes_and_the_crates_agree_whatever_the_kept_memory_held() {
        use argon2::password_hash::{PasswordHasher, PasswordVerifier};
        let ours = hash_password("shared secret").unwrap();
        let parsed = PasswordHash::new(&ours).unwrap();
        assert!(Argon2::default()
            .verify_password(b"shared secret", &parsed)
            .is_ok());
        let salt = SaltString::generate(&mut OsRng);
        let theirs = Argon2::default()
            .hash_password(b"shared secret", &salt)
            .unwrap()
            .to_string();
        // The kept memory now holds the blocks of the last check: they must not matter.
        for _ in 0..2 {
            assert_eq!(
                verify_password(&theirs, "shared secret"),
                Verdict::Right { rehash: false }
            );
            assert_eq!(verify_password(&theirs, "shared secreT"), Verdict::Wrong);
        }
    }

    #[test]
    fn salts_differ() {
        let a = hash_password("same password").unwrap();
        let b = hash_password("same password").unwrap();
        assert_ne!(a, b);
        assert_eq!(
            verify_password(&a, "same password"),
            Verdict::Right { rehash: false }
        );
        assert_eq!(
            verify_password(&b, "same password"),
            Verdict::Right { rehash: false }
        );
    }

    #[test]
    fn django_hash_verifies_and_asks_for_rehash() {
        assert!(is_usable(DJANGO_ANA));
        assert_eq!(
            verify_password(DJANGO_ANA, "password-ana"),
            Verdict::Right { rehash: true }
        );
        assert_eq!(verify_password(DJANGO_ANA, "password-Ana"), Verdict::Wrong);
        assert_eq!(verify_password(DJANGO_ANA, "password-bob"), Verdict::Wrong);
        assert_eq!(verify_password(DJANGO_ANA, ""), Verdict::Wrong);
    }

    #[test]
    fn django_iterations_are_read_from_the_hash() {
        // Same salt and hash bytes, different count: the derived key no longer matches.
        let other = DJANGO_ANA.replacen("$150$", "$100$", 1);
        assert_eq!(verify_password(&other, "password-ana"), Verdict::Wrong);
    }

    #[test]
    fn parses_a_million_iterations_without_running_them() {
        let stored = DJANGO_ANA.replacen("$150$", "$1000000$", 1);
        let parsed = parse_django(&stored).expect("a 1,000,000-iteration hash is a valid format");
        assert_eq!(parsed.iterations, 1_000_000);
        assert_eq!(parsed.salt, "abcdefghijklmnopqrstuv");
        assert!(is_usable(&stored));
        let max = DJANGO_ANA.replacen("$150$", "$2000000$", 1);
        assert_eq!(parse_django(&max).map(|p| p.iterations), Some(2_000_000));
    }

    #[test]
    fn django_iteration_bounds_are_refused() {
        for count in [
            "0",
            "2000001",
            "4294967295",
            "4294967296",
            "99999999999",
            "+150",
            "-1",
            " 150",
            "1.5",
        ] {
            let stored = DJANGO_ANA.replacen("$150$", &format!("${count}$"), 1);
            assert_eq!(parse_django(&stored), None, "{count}");
            assert!(!is_usable(&stored), "{count}");
            assert_eq!(
                verify_password(&stored, "password-ana"),
                Verdict::Wrong,
                "{count}"
            );
        }
    }

    #[test]
    fn garbage_is_wrong_without_panic() {
        let inputs = [
            "",
            "!",
            "!abc",
            "!pbkdf2_sha256$150$abcdefghijklmnopqrstuv$j/QpkhAF4aDIpkY+Jg+65slJRcq0rGauxaYspGSZ3Zw=",
            "pbkdf2_sha256",
            "pbkdf2_sha256$",
            "pbkdf2_sha256$$$",
            "pbkdf2_sha256$x$y$z",
            "pbkdf2_sha256$0$s$h",
            "pbkdf2_sha256$150$$j/QpkhAF4aDIpkY+Jg+65slJRcq0rGauxaYspGSZ3Zw=",
            "pbkdf2_sha256$150$salt$AAAA",
            "pbkdf2_sha256$150$salt$not base64!",
            "pbkdf2_sha256$150$abcdefghijklmnopqrstuv$j/QpkhAF4aDIpkY+Jg+65slJRcq0rGauxaYspGSZ3Zw=$",
            "pbkdf2_sha1$150$abcdefghijklmnopqrstuv$j/QpkhAF4aDIpkY+Jg+65slJRcq0rGauxaYspGSZ3Zw=",
            "argon2$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaA",
            "$argon2id$broken",
            "$argon2id$",
            "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0",
            "$argon2i$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaA",
            "$argon2id$v=19$m=4294967295,t=2,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaA",
            "$argon2id$v=19$m=19456,t=4294967295,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaA",
            "$argon2id$v=19$m=1,t=0,p=0$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaA",
            "$2b$12$abcdefghijklmnopqrstuuABCDEFGHIJKLMNOPQRSTUVWXYZ01234",
            "md5$salt$hash",
            "plaintext password",
            "$$$$$$$$",
            "\u{0}\u{ffff}é$é$é",
        ];
        for stored in inputs {
            assert_eq!(
                verify_password(stored, "password-ana"),
                Verdict::Wrong,
                "{stored:?}"
            );
            assert_eq!(verify_password(stored, ""), Verdict::Wrong, "{stored:?}");
            assert_eq!(
                verify_password(stored, stored),
                Verdict::Wrong,
                "{stored:?}"
            );
            assert!(!is_usable(stored), "{stored:?}");
        }
    }

    #[test]
    fn random_bytes_are_wrong_without_panic() {
        // A fixed xorshift stream, so a failure reproduces.
        let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        let prefixes = [
            "",
            "pbkdf2_sha256$",
            "pbkdf2_sha256$150$",
            "$argon2id$",
            "$argon2id$v=19$",
            "!",
        ];
        for round in 0..2_000 {
            let len = (next() % 120) as usize;
            let bytes: Vec<u8> = (0..len).map(|_| next() as u8).collect();
            let stored = format!(
                "{}{}",
                prefixes[round % prefixes.len()],
                String::from_utf8_lossy(&bytes)
            );
            assert_eq!(
                verify_password(&stored, "password-ana"),
                Verdict::Wrong,
                "{stored:?}"
            );
        }
    }

    #[test]
    fn new_password_bounds() {
        assert!(check_new_password("").is_err());
        assert!(check_new_password("1234567").is_err());
        assert!(check_new_password("12345678").is_ok());
        // Characters, not bytes: 7 two-byte characters are still too short.
        assert!(check_new_password("ééééééé").is_err());
        assert!(check_new_password("éééééééé").is_ok());
        assert!(check_new_password(&"x".repeat(1024)).is_ok());
        assert!(check_new_password(&"é".repeat(1024)).is_ok());
        let err = check_new_password(&"x".repeat(1025)).unwrap_err();
        assert_eq!(err.field, "password");
        assert_eq!(check_new_password("short").unwrap_err().field, "password");
    }
}
