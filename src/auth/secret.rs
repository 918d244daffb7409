//! Random secrets (session cookies, CSRF tokens, access tokens) and their stored digests.
//! Only the SHA-256 of a secret is ever written, so the data file signs no one in.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use password_hash::rand_core::{OsRng, RngCore};
use sha2::{Digest, Sha256};

use crate::store::commands::SecretHash;

/// 32 random bytes from the operating system, URL-safe base64 (43 characters).
pub fn new_secret() -> String {
    let mut bytes = [0u8; 32];
    OsRng.fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

/// A token as a page carries it: a fresh random pad, then the token XORed with the pad. The
/// bytes differ at every load, so a compressed page that also echoes what a visitor typed
/// cannot be probed for the token by its compressed length (BREACH).
pub fn masked(token: &str) -> String {
    let mut both = vec![0u8; token.len() * 2];
    let (pad, hidden) = both.split_at_mut(token.len());
    OsRng.fill_bytes(pad);
    for ((h, p), t) in hidden.iter_mut().zip(pad.iter()).zip(token.bytes()) {
        *h = p ^ t;
    }
    URL_SAFE_NO_PAD.encode(both)
}

/// The token a [`masked`] value carries; `None` when it is not one.
pub fn unmasked(value: &str) -> Option<String> {
    let both = URL_SAFE_NO_PAD.decode(value).ok()?;
    if both.len() % 2 != 0 {
        return None;
    }
    let (pad, hidden) = both.split_at(both.len() / 2);
    let token: Vec<u8> = pad.iter().zip(hidden).map(|(p, h)| p ^ h).collect();
    String::from_utf8(token).ok()
}

/// The digest a secret is stored under.
pub fn digest(secret: &str) -> SecretHash {
    Sha256::digest(secret.as_bytes()).into()
}

/// Hex of a digest, for forms that name a stored token (the digest is not a secret).
pub fn to_hex(hash: &[u8]) -> String {
    hash.iter().map(|b| format!("{b:02x}")).collect()
}

pub fn from_hex(s: &str) -> Option<SecretHash> {
    if s.len() != 64 || !s.is_ascii() {
        return None;
    }
    let mut out = [0u8; 32];
    for (i, byte) in out.iter_mut().enumerate() {
        *byte = u8::from_str_radix(&s[2 * i..2 * i + 2], 16).ok()?;
    }
    Some(out)
}

/// Compares two secrets in constant time.
pub fn same(a: &str, b: &str) -> bool {
    use subtle::ConstantTimeEq;
    a.len() == b.len() && bool::from(a.as_bytes().ct_eq(b.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_masked_token_differs_every_time_and_unmasks_to_the_token() {
        let token = new_secret();
        let (a, b) = (masked(&token), masked(&token));
        assert_ne!(a, b);
        assert!(!a.contains(&token));
        assert_eq!(unmasked(&a).as_deref(), Some(token.as_str()));
        assert_eq!(unmasked(&b).as_deref(), Some(token.as_str()));
        assert_eq!(unmasked("not base64!"), None);
        assert_eq!(unmasked("abc"), None);
    }

    #[test]
    fn secrets_are_random_and_digests_round_trip_through_hex() {
        let (a, b) = (new_secret(), new_secret());
        assert_ne!(a, b);
        assert_eq!(a.len(), 43);
        let h = digest(&a);
        assert_ne!(h, digest(&b));
        assert_eq!(from_hex(&to_hex(&h)), Some(h));
        assert_eq!(from_hex("zz"), None);
        assert_eq!(from_hex(&"g".repeat(64)), None);
        assert!(same(&a, &a.clone()));
        assert!(!same(&a, &b));
        assert!(!same(&a, &a[..42]));
    }
}
