//! What the importer checks across records, remembered compactly while the fixture streams:
//! pks per model, references to check at the end (their target may come later), loans for the
//! review rules, open loans per item.

use std::collections::HashMap;

use super::bad;
use crate::cli::idset::IdSet;
use crate::domain::choice::ItemStatus;
use crate::domain::records::{Id, Item};
use crate::fixture::{ImportError, Model};
use crate::store::codec::Stored;
use crate::store::tables::ITEMS;
use crate::store::tx::get;
use crate::store::StoreError;

use redb::ReadableTable;

/// A reference to check once every record is read (the target may come later in the file).
pub(super) struct Reference {
    from: Model,
    pk: Id,
    field: &'static str,
    to: Model,
    id: Id,
}

/// What the loader remembers about records to check references and cross-record rules.
pub(super) struct Checks {
    /// The pks read so far, per model (`Model::ALL` order).
    pub(super) ids: [IdSet; Model::ALL.len()],
    pub(super) references: Vec<Reference>,
    /// (loan, lender, borrower, returned), ascending by loan while the fixture keeps pk order.
    pub(super) loans: Vec<(Id, Id, Id, bool)>,
    pub(super) loans_sorted: bool,
    /// item -> its open loan
    pub(super) open_loans: HashMap<Id, Id>,
    pub(super) borrowed_items: IdSet,
    /// Reviews read before their loan: (review pk, loan, reviewer, reviewee).
    pub(super) reviews: Vec<(Id, Id, Id, Id)>,
    /// Photos' rows, whose files are read at the end (`media`).
    pub(super) images: Vec<(Id, crate::fixture::ImageRow)>,
    /// Members' pictures: (user, file), read at the end too.
    pub(super) avatars: Vec<(Id, String)>,
}

/// Whether a review fits its loan: between its lender and borrower, after the return.
fn check_review(
    pk: Id,
    loan: (Id, Id, Id, bool),
    reviewer: Id,
    reviewee: Id,
) -> Result<(), ImportError> {
    let (_, lender, borrower, returned) = loan;
    let pair_ok = (reviewer == lender && reviewee == borrower)
        || (reviewer == borrower && reviewee == lender);
    if !pair_ok {
        return Err(bad(
            Model::Review,
            pk,
            "reviewer and reviewee must be the loan's lender and borrower",
        ));
    }
    if !returned {
        return Err(bad(
            Model::Review,
            pk,
            "only a returned loan can be reviewed",
        ));
    }
    Ok(())
}

impl Default for Checks {
    fn default() -> Self {
        Checks {
            ids: Default::default(),
            references: Vec::new(),
            loans: Vec::new(),
            loans_sorted: true,
            open_loans: HashMap::new(),
            borrowed_items: IdSet::default(),
            reviews: Vec::new(),
            images: Vec::new(),
            avatars: Vec::new(),
        }
    }
}

impl Checks {
    /// A compact list rather than a map: a 1M-user fixture has 5M loans.
    pub(super) fn add_loan(&mut self, loan: (Id, Id, Id, bool)) {
        if self.loans.last().is_some_and(|last| last.0 >= loan.0) {
            self.loans_sorted = false;
        }
        self.loans.push(loan);
    }

    fn loan(&self, id: Id) -> Option<(Id, Id, Id, bool)> {
        match self.loans_sorted {
            true => self
                .loans
                .binary_search_by_key(&id, |l| l.0)
                .ok()
                .map(|i| self.loans[i]),
            false => None,
        }
    }

    /// Checks a review now when its loan is known, else after the last record.
    pub(super) fn add_review(
        &mut self,
        pk: Id,
        loan: Id,
        reviewer: Id,
        reviewee: Id,
    ) -> Result<(), ImportError> {
        match self.loan(loan) {
            Some(l) => check_review(pk, l, reviewer, reviewee),
            None => {
                self.reviews.push((pk, loan, reviewer, reviewee));
                Ok(())
            }
        }
    }

    pub(super) fn refer(&mut self, from: Model, pk: Id, field: &'static str, to: Model, id: Id) {
        if !self.ids[to as usize].contains(id) {
            self.references.push(Reference {
                from,
                pk,
                field,
                to,
                id,
            });
        }
    }

    pub(super) fn finish(&self) -> Result<(), ImportError> {
        for r in &self.references {
            if !self.ids[r.to as usize].contains(r.id) {
                return Err(bad(
                    r.from,
                    r.pk,
                    format!(
                        "field \"{}\": no {} with pk {}",
                        r.field,
                        r.to.label(),
                        r.id
                    ),
                ));
            }
        }
        if !self.reviews.is_empty() {
            let mut loans = self.loans.clone();
            loans.sort_unstable_by_key(|l| l.0);
            for &(pk, loan, reviewer, reviewee) in &self.reviews {
                if let Ok(i) = loans.binary_search_by_key(&loan, |l| l.0) {
                    check_review(pk, loans[i], reviewer, reviewee)?;
                }
            }
        }
        Ok(())
    }
}

/// An item shows `borrowed` exactly while it has an open loan: a fixture that disagrees is set
/// right (and the report says how often).
pub(super) fn correct_item_statuses(
    txn: &redb::WriteTransaction,
    checks: &Checks,
) -> Result<u64, StoreError> {
    let mut items = txn.open_table(ITEMS)?;
    let mut wrong: Vec<(Id, ItemStatus)> = Vec::new();
    for &item in checks.open_loans.keys() {
        if !checks.borrowed_items.contains(item) {
            wrong.push((item, ItemStatus::Borrowed));
        }
    }
    for entry in items.iter()? {
        let (id, v) = entry?;
        let id = id.value();
        let status = ItemStatus::from(&Item::access(v.value())?.status);
        if status == ItemStatus::Borrowed && !checks.open_loans.contains_key(&id) {
            wrong.push((id, ItemStatus::Available));
        }
    }
    for &(id, status) in &wrong {
        if let Some(mut item) = get::<Item>(&items, id)? {
            item.status = status;
            items.insert(id, item.encode().as_slice())?;
        }
    }
    Ok(wrong.len() as u64)
}
