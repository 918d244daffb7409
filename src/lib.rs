//! Comuniza: a community lending library in one binary.
//!
//! Module map (dependencies point down the list, never up):
//! - [`http`]: axum router, JSON API, ETags; reads through [`cache`], writes through [`store`].
//! - [`cli`]: the subcommands (`serve`, `import`, `export`, `verify`, `rebuild`).
//! - [`cache`]: L1, an LRU per segment of ready responses, evicted exactly by each commit.
//! - [`views`]: materialized views kept on write, their rebuild and their verification.
//! - [`store`]: the redb file: tables, the rkyv codec, the single writer with group commit.
//! - [`domain`]: records and rules of DOMAIN.md, no I/O.

pub mod cache;
pub mod cli;
pub mod domain;
pub mod engine;
pub mod fixture;
pub mod http;
pub mod store;
pub mod views;
