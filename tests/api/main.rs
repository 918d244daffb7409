//! Integration tests of the engine and the JSON API on a spawned server (port 0, temp file).

mod badges;
mod boards;
mod cache;
mod helpers;
mod properties;
mod refusals;
mod verify;
