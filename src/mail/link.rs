//! Unsubscribe links: one per member and kind of mail, signed with the site's key so that the
//! link alone (no sign-in) stops that kind of mail, and nobody can make one for someone else.
//! The token is `user (8 bytes) | kind (1) | HMAC-SHA256 (first 16 bytes)`, URL-safe base64.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use hmac::{Hmac, Mac};
use sha2::Sha256;

use crate::domain::records::UserId;

/// The site key that signs unsubscribe links (`EnsureSiteKey`).
pub const KEY_NAME: &str = "unsubscribe";

const MAC_LEN: usize = 16;

fn mac(key: &[u8], user: UserId, kind: u8) -> [u8; MAC_LEN] {
    // HMAC takes a key of any length: this cannot fail.
    let mut m = <Hmac<Sha256> as Mac>::new_from_slice(key).expect("HMAC takes any key");
    m.update(b"comuniza unsubscribe ");
    m.update(&user.0.to_le_bytes());
    m.update(&[kind]);
    let full = m.finalize().into_bytes();
    let mut out = [0u8; MAC_LEN];
    out.copy_from_slice(&full[..MAC_LEN]);
    out
}

/// The token of `user`'s link for `kind` (a `Kind` code, or `mail::ALL_KINDS`).
pub fn token(key: &[u8], user: UserId, kind: u8) -> String {
    let mut bytes = Vec::with_capacity(9 + MAC_LEN);
    bytes.extend_from_slice(&user.0.to_le_bytes());
    bytes.push(kind);
    bytes.extend_from_slice(&mac(key, user, kind));
    URL_SAFE_NO_PAD.encode(bytes)
}

/// The member and kind a token names, if it is one this site signed.
pub fn verify(key: &[u8], token: &str) -> Option<(UserId, u8)> {
    let bytes = URL_SAFE_NO_PAD.decode(token).ok()?;
    if bytes.len() != 9 + MAC_LEN {
        return None;
    }
    let user = UserId(u64::from_le_bytes(bytes[..8].try_into().ok()?));
    let kind = bytes[8];
    let expected = mac(key, user, kind);
    let same: bool = subtle::ConstantTimeEq::ct_eq(&bytes[9..], &expected[..]).into();
    same.then_some((user, kind))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_token_names_its_member_and_kind_and_cannot_be_changed() {
        let key = [7u8; 32];
        let t = token(&key, UserId(42), 3);
        assert_eq!(verify(&key, &t), Some((UserId(42), 3)));
        assert_eq!(verify(&[8u8; 32], &t), None, "another site's key");
        // Another member or kind with the same signature.
        let mut bytes = URL_SAFE_NO_PAD.decode(&t).unwrap();
        bytes[0] = 43;
        assert_eq!(verify(&key, &URL_SAFE_NO_PAD.encode(&bytes)), None);
        bytes[0] = 42;
        bytes[8] = 4;
        assert_eq!(verify(&key, &URL_SAFE_NO_PAD.encode(&bytes)), None);
        assert_eq!(verify(&key, "short"), None);
        assert_eq!(verify(&key, "!!not base64!!"), None);
    }
}
