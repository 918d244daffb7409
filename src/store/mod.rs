//! The data file: redb tables (`tables`), the rkyv value codec (`codec`), the write context
//! that opens every table once per batch (`tx`), the commands (`commands`) and the single
//! writer thread with group commit (`writer`); `read` has the lookups pages use.

pub mod backup;
pub mod codec;
pub mod commands;
mod error;
pub mod read;
pub mod tables;
pub mod tx;
pub mod writer;

pub use error::StoreError;
