//! Sign-in: password hashing and verification (argon2id for new passwords, imported Django
//! `pbkdf2_sha256` hashes verified and then rehashed). Sessions come with the web app.

pub mod password;
