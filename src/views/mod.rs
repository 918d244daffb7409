//! Materialized views: kept on write (`maintain`), ranked in memory (`rank`, `standings`), read
//! for the API (`read`), and rebuilt or verified from the base tables (`rebuild`).

pub mod audience;
pub mod dating;
pub mod derive;
pub mod maintain;
pub mod periods;
pub mod personal;
pub mod photos;
pub mod rank;
pub mod read;
pub mod rebuild;
pub mod search;
pub mod standings;
pub mod verify;

/// How many entries a leaderboard and a badge's recent earners show.
pub const TOP_N: usize = 20;
