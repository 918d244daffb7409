//! Sign-in, independent of HTTP: password hashing and verification (argon2id for new passwords,
//! imported Django `pbkdf2_sha256` hashes verified and then rehashed), random secrets for
//! sessions, CSRF and access tokens, the rate limits (sign-in attempts, creations), and the
//! password work on its own bounded threads (`work`).

pub mod limiter;
pub mod password;
pub mod secret;
pub mod work;
