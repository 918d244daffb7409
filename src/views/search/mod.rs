//! Search (issue 18) as one more materialized view: an inverted index in the data file,
//! written in the transaction of the item, group or member it indexes, so results are never
//! stale, and rebuilt and verified from the records like every other view.
//!
//! - [`blocks`]: the postings, a term's records per impact in blocks of ids.
//! - [`document`]: what each record gives the index (`domain::search` turns text into terms).
//! - [`maintain`]: the write side, called by the commands: a record's terms compared with
//!   what the index holds of it, and only the differences written.
//! - [`query`]: a query's results for one viewer, best first, one page at a time.
//! - [`correct`]: one typo forgiven in a word that matches nothing.
//! - [`fresh`]: records whose postings wait for the next merge (a few dozen at most), which
//!   queries read whole.
//! - [`check`]: `rebuild` and `verify` of the index, streaming.
//!
//! The four tables (`store::tables`): the postings, one row per (kind, term, rank, block) in
//! the order a query wants to read them (the records a term weighs most in first, newest
//! first among equals); the dictionary of terms with how many records have each; each
//! record's own terms; and the pending records. Each kind's record count is in `meta`.

pub mod blocks;
pub mod check;
pub mod correct;
pub mod document;
pub mod fresh;
pub mod maintain;
pub mod query;

use redb::ReadableTable;

use crate::domain::search::{Kind, Language};
use crate::store::StoreError;

/// The key in `meta` of the language the index stems in (`Language::code`): the site's
/// language (the setting `language`), English when none is set. A data file without the key
/// stems in English, as every index did before the site had languages.
pub const LANGUAGE_KEY: &str = "search_language";

/// The language the index stems in, as `meta` keeps it.
pub fn language(meta: &impl ReadableTable<&'static str, u64>) -> Result<Language, StoreError> {
    Ok(Language::of_code(
        meta.get(LANGUAGE_KEY)?.map_or(0, |v| v.value()),
    ))
}

/// Ids the index can hold (a block's key counts blocks down from it).
pub const ID_LIMIT: u64 = (1 << 56) - 1;

/// The key in `meta` of how many records of `kind` the index holds.
pub fn count_key(kind: Kind) -> &'static str {
    match kind {
        Kind::Item => "search_docs:items",
        Kind::Group => "search_docs:groups",
        Kind::Member => "search_docs:members",
    }
}
