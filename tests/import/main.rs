//! Import tests: fixtures from the vendored generator (`tests/data/gen_community.py`, run with
//! `python3`) and hand-written ones, imported with `comuniza::cli::import::import`, then read
//! back through the JSON API and compared with DOMAIN.md.

mod helpers;
mod model;

mod broken;
mod media;

mod generated;
#[path = "../common/phone.rs"]
#[allow(dead_code)]
mod phone;
mod quirks;
mod refuse;
mod roundtrip;
mod search;
mod upstream;
