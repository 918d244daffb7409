//! Comuniza: a community lending library in one binary. `ARCHITECTURE.md` draws one write
//! from the form to the next read and says where each rule of DOMAIN.md lives.
//!
//! Module map (dependencies point down the list):
//! - [`cli`]: the subcommands (`serve`, `import`, `export`, `verify`, `rebuild`, `demo`,
//!   `create-admin`, `reset-password`, `backup`), the server's local control socket and its
//!   scheduled backups.
//! - [`config`]: the optional config file, applied under flags and environment variables.
//! - [`http`]: the axum router: HTML pages (maud), the JSON API, who may call what (the
//!   `Viewer`, `Member` and `Staff` extractors, CSRF-checked forms), the request's snapshot
//!   (`snap`), fingerprinted precompressed assets, ETags, security headers, the one error type,
//!   creation limits, and the accept loop with its connection cap and timeouts (`conn`).
//! - [`photos`]: photos of items and members' pictures: an upload checked from its header,
//!   turned upright and re-encoded in three sizes without its metadata, on threads of its own
//!   (`PhotoWork`); stored by `store::commands::photos`, served by `http::photos`.
//! - [`mail`]: optional e-mail: the SMTP transport, each outbox mail in words, the mailer
//!   task that delivers and retries, and the signed unsubscribe links.
//! - [`engine`]: the open data file, L1, live ranks and the writer, shared by all of the above.
//! - [`fixture`]: Django `dumpdata` fixtures, read as a stream and written back.
//! - [`auth`]: passwords (argon2id, imported Django hashes), the bounded password work, random
//!   secrets and their digests, the sign-in rate limiter and the creation quotas.
//! - [`cache`]: L1, an LRU per segment of ready responses, evicted exactly by each commit.
//! - [`views`]: materialized views kept on write (`maintain`; the period boards, `periods`),
//!   ranks in memory (`standings`),
//!   the API's shapes read from a snapshot (`read`, `personal`), and their rebuild and
//!   verification.
//! - [`store`]: the redb file: opening it (held by a server, repaired after a crash), tables,
//!   the rkyv codec, the read API (`read::Snapshot`: the only way pages and tools read), the
//!   commands, which cached responses each change shows (`evict`), the single writer with
//!   group commit, and verified snapshot backups. Commands call `views::maintain` (which sees
//!   only the view tables, `tx::Views`) so views change in the same transaction, and award
//!   the badges it answers (`commands::awards`).
//! - [`domain`]: records and rules of DOMAIN.md, no I/O: who may see what (`access`), loans,
//!   figures, boards, badges, limits and settings, photos, and text as search reads it
//!   (`search`).
//! - [`work`]: bounded work threads off the async workers (password checks, photos).
//! - [`ascending`]: finding an id in a table's pks read in order (import checks, rebuilds).
//! - [`stats`]: lock-free histograms and the Prometheus text format (used by `store` and `http`).

pub mod ascending;
pub mod auth;
pub mod cache;
pub mod cli;
pub mod config;
pub mod domain;
pub mod engine;
pub mod fixture;
pub mod http;
pub mod i18n;
pub mod mail;
pub mod photos;
pub mod stats;
pub mod store;
pub mod views;
pub mod work;
