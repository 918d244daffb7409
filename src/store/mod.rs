//! The data file: opening it (`open`: a file a server holds, a file a crash left unclean),
//! redb tables (`tables`), the rkyv value codec (`codec`), the write context
//! that opens every table once per batch (`tx`), the commands (`commands`) and the single
//! writer thread with group commit (`writer`); `evict`: which cached responses each change
//! shows; `read`: the read API (a snapshot with the lookups pages and the API use).

pub mod backup;
pub mod bytekeys;
pub mod codec;
pub mod commands;
mod error;
pub mod evict;
pub mod open;
pub mod read;
pub mod tables;
pub mod tx;
pub mod writer;

pub use error::StoreError;

/// Makes a file readable by its owner only: the data file and its backups hold password
/// hashes and the digests of sessions and tokens.
pub fn owner_only(path: &std::path::Path) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))
}
