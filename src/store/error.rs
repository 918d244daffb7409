//! Storage errors: the file could not be read or written, or a value in it is damaged.
//! Nothing here knows about HTTP.

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("data file: {0}")]
    Database(#[from] redb::DatabaseError),
    #[error("transaction: {0}")]
    Transaction(#[from] redb::TransactionError),
    #[error("table: {0}")]
    Table(#[from] redb::TableError),
    #[error("storage: {0}")]
    Storage(#[from] redb::StorageError),
    #[error("commit: {0}")]
    Commit(#[from] redb::CommitError),
    #[error("durability: {0}")]
    Durability(#[from] redb::SetDurabilityError),
    #[error("damaged value: {0}")]
    Corrupt(String),
    /// Two records share a field that must be unique (found while building its index).
    #[error("{model} pk {pk}: {message}")]
    Duplicate {
        model: &'static str,
        pk: u64,
        message: String,
    },
    #[error("the writer has stopped")]
    WriterGone,
    #[error("{0}")]
    Io(#[from] std::io::Error),
}
