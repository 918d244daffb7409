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
    /// A write (or an import) would take a user's figure past what it holds.
    #[error("user {user}: {source}")]
    Overflow {
        user: crate::domain::records::UserId,
        source: crate::domain::figures::FigureOverflow,
    },
    #[error("{0}")]
    Io(#[from] std::io::Error),
}

impl StoreError {
    /// The disk refused a write (full, read-only, failing), or redb refuses to go on after such
    /// a refusal until the file is reopened. Not a bug of ours, and not the caller's fault: the
    /// host must act (free space, make the file system writable, restart).
    pub fn is_storage_failure(&self) -> bool {
        use redb::StorageError as S;
        let storage = |e: &S| matches!(e, S::Io(_) | S::PreviousIo);
        match self {
            StoreError::Io(_) => true,
            StoreError::Storage(e)
            | StoreError::Commit(redb::CommitError::Storage(e))
            | StoreError::Transaction(redb::TransactionError::Storage(e))
            | StoreError::Table(redb::TableError::Storage(e)) => storage(e),
            _ => false,
        }
    }
}
