//! Integration tests of the engine and the JSON API on a spawned server (port 0, temp file).

mod badges;
mod boards;
mod cache;
#[path = "../common/mod.rs"]
#[allow(dead_code)]
mod helpers;
mod period_boards;
mod properties;
mod refusals;
mod verify;
