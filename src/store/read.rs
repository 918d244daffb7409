//! Reading records for pages: one record by pk, an id by a unique name, the ids listed under
//! a key of a pair table. Each is a B-tree lookup or one range scan on a read transaction.

use redb::{ReadTransaction, ReadableTable, ReadableTableMetadata, TableDefinition};

use super::codec::Stored;
use super::tables::{NameIndex, PairIndex, PairSet, Records};
use super::StoreError;

/// One record by pk.
pub fn record<T: Stored>(
    txn: &ReadTransaction,
    table: Records,
    id: u64,
) -> Result<Option<T>, StoreError> {
    match txn.open_table(table)?.get(id)? {
        Some(v) => Ok(Some(T::decode(v.value())?)),
        None => Ok(None),
    }
}

/// The id a unique index gives a (lower-cased where the index is) name.
pub fn id_by_name(
    txn: &ReadTransaction,
    index: NameIndex,
    name: &str,
) -> Result<Option<u64>, StoreError> {
    Ok(txn.open_table(index)?.get(name)?.map(|v| v.value()))
}

/// The second parts of every `(first, second)` key of a pair set, ascending.
pub fn listed(txn: &ReadTransaction, table: PairSet, first: u64) -> Result<Vec<u64>, StoreError> {
    let t = txn.open_table(table)?;
    let mut out = Vec::new();
    for row in t.range((first, 0)..=(first, u64::MAX))? {
        out.push(row?.0.value().1);
    }
    Ok(out)
}

/// `(second, value)` of every `(first, second)` key of a pair index, ascending.
pub fn indexed(
    txn: &ReadTransaction,
    table: PairIndex,
    first: u64,
) -> Result<Vec<(u64, u64)>, StoreError> {
    let t = txn.open_table(table)?;
    let mut out = Vec::new();
    for row in t.range((first, 0)..=(first, u64::MAX))? {
        let (k, v) = row?;
        out.push((k.value().1, v.value()));
    }
    Ok(out)
}

/// Every record of a base table, in pk order, as (pk, record). For small tables only
/// (categories, badges): pages never scan users, items or loans.
pub fn all<T: Stored>(txn: &ReadTransaction, table: Records) -> Result<Vec<(u64, T)>, StoreError> {
    let t = txn.open_table(table)?;
    let mut out = Vec::new();
    for row in t.iter()? {
        let (k, v) = row?;
        out.push((k.value(), T::decode(v.value())?));
    }
    Ok(out)
}

/// A count of rows of any table.
pub fn count<K: redb::Key + 'static, V: redb::Value + 'static>(
    txn: &ReadTransaction,
    table: TableDefinition<'static, K, V>,
) -> Result<u64, StoreError> {
    Ok(txn.open_table(table)?.len()?)
}

/// The secret digests a user holds in a `(user, digest)` index (sessions, tokens), on a read
/// or a write transaction's table.
pub fn secrets_of(
    by_user: &impl ReadableTable<(u64, &'static [u8]), ()>,
    user: u64,
) -> Result<Vec<Vec<u8>>, StoreError> {
    let lo: (u64, &[u8]) = (user, &[]);
    let mut out = Vec::new();
    for row in by_user.range(lo..)? {
        let (k, _) = row?;
        let (u, digest) = k.value();
        if u != user {
            break;
        }
        out.push(digest.to_vec());
    }
    Ok(out)
}

/// A user's membership of a group, if any.
pub fn membership(
    txn: &ReadTransaction,
    group: u64,
    user: u64,
) -> Result<Option<crate::domain::records::Membership>, StoreError> {
    match txn
        .open_table(super::tables::MEMBERSHIP_BY_GROUP)?
        .get((group, user))?
    {
        Some(id) => record(txn, super::tables::MEMBERSHIPS, id.value()),
        None => Ok(None),
    }
}
