//! Sign-in, independent of HTTP: password hashing and verification (argon2id for new passwords,
//! imported Django `pbkdf2_sha256` hashes verified and then rehashed), random secrets for
//! sessions, CSRF and access tokens, and the sign-in rate limiter.

pub mod limiter;
pub mod password;
pub mod secret;
