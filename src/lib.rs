//! Comuniza: a community lending library in one binary.
//!
//! Module map (dependencies point down the list):
//! - [`cli`]: the subcommands (`serve`, `import`, `export`, `verify`, `rebuild`).
//! - [`http`]: axum router, JSON API with ETags, fingerprinted assets, the one error type.
//! - [`engine`]: the open data file, L1, live ranks and the writer, shared by all of the above.
//! - [`fixture`]: Django `dumpdata` fixtures, read as a stream and written back.
//! - [`auth`]: passwords (argon2id, imported Django hashes); sessions come with the web app.
//! - [`cache`]: L1, an LRU per segment of ready responses, evicted exactly by each commit.
//! - [`views`]: materialized views kept on write (`maintain`), ranks in memory (`standings`),
//!   reads for the API (`read`), and their rebuild and verification from the base tables.
//! - [`store`]: the redb file: tables, the rkyv codec, the commands and the single writer with
//!   group commit. Commands call `views::maintain` so views change in the same transaction.
//! - [`domain`]: records and rules of DOMAIN.md, no I/O.

pub mod auth;
pub mod cache;
pub mod cli;
pub mod domain;
pub mod engine;
pub mod fixture;
pub mod http;
pub mod store;
pub mod views;
