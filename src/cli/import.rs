//! `comuniza import FILE`: a Django fixture into a new data file, all or nothing. Records stream
//! into a temporary file next to the data file (committed in chunks without fsync, since nothing
//! reads it yet); references and cross-record rules are checked; every view is then built by the
//! same code as `rebuild`, and only a complete, durable import replaces the data file by rename.
//! Any error leaves the data file exactly as it was.

use std::collections::HashMap;
use std::fs::File;
use std::io::{BufReader, Read};
use std::path::{Path, PathBuf};
use std::time::Instant;

use redb::{Database, Durability, ReadableDatabase, ReadableTable, ReadableTableMetadata};

use super::idset::IdSet;
use crate::domain::choice::{ItemStatus, LoanStatus};
use crate::domain::records::{Id, Item};
use crate::fixture::{read_fixture, FixtureRecord, ImportError, Model, ReadReport};
use crate::store::codec::Stored;
use crate::store::tables::{ITEMS, META, USERS};
use crate::store::tx::{bump_next_id, get, W};
use crate::store::StoreError;
use crate::views::rebuild::{rebuild_in, RebuildReport};

/// Records per intermediate commit.
const CHUNK: usize = 200_000;

#[derive(Debug)]
pub struct ImportReport {
    pub read: ReadReport,
    pub rebuild: RebuildReport,
    /// Items whose stored status disagreed with their loans and was set right.
    pub statuses_corrected: u64,
    pub seconds: f64,
}

#[derive(Debug, thiserror::Error)]
pub enum ImportFailure {
    #[error("{0}")]
    Fixture(#[from] ImportError),
    #[error("{0}")]
    Store(#[from] StoreError),
    #[error("{0}")]
    Refused(String),
}

impl From<std::io::Error> for ImportFailure {
    fn from(e: std::io::Error) -> Self {
        ImportFailure::Store(e.into())
    }
}

fn store_err(e: impl Into<StoreError>) -> ImportError {
    ImportError::Other(Box::new(e.into()))
}

fn bad(model: Model, pk: Id, message: impl Into<String>) -> ImportError {
    ImportError::record(model.label(), Some(pk), message)
}

/// A reference to check once every record is read (the target may come later in the file).
struct Reference {
    from: Model,
    pk: Id,
    field: &'static str,
    to: Model,
    id: Id,
}

/// What the loader remembers about records to check references and cross-record rules.
struct Checks {
    /// The pks read so far, per model (`Model::ALL` order).
    ids: [IdSet; Model::ALL.len()],
    references: Vec<Reference>,
    /// (loan, lender, borrower, returned), ascending by loan while the fixture keeps pk order.
    loans: Vec<(Id, Id, Id, bool)>,
    loans_sorted: bool,
    /// item -> its open loan
    open_loans: HashMap<Id, Id>,
    borrowed_items: IdSet,
    /// Reviews read before their loan: (review pk, loan, reviewer, reviewee).
    reviews: Vec<(Id, Id, Id, Id)>,
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
        }
    }
}

impl Checks {
    /// A compact list rather than a map: a 1M-user fixture has 5M loans.
    fn add_loan(&mut self, loan: (Id, Id, Id, bool)) {
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
    fn add_review(
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

    fn refer(&mut self, from: Model, pk: Id, field: &'static str, to: Model, id: Id) {
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

    fn finish(&self) -> Result<(), ImportError> {
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

/// Counts the bytes read, for the progress bar.
struct Counting<R> {
    inner: R,
    bar: Option<indicatif::ProgressBar>,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        if let Some(bar) = &self.bar {
            bar.inc(n as u64);
        }
        Ok(n)
    }
}

fn temp_path(data: &Path) -> PathBuf {
    let mut name = data.file_name().unwrap_or_default().to_os_string();
    name.push(".importing");
    data.with_file_name(name)
}

/// Refuses to overwrite a data file that already holds a community (unless `replace`).
fn check_target(data: &Path, replace: bool) -> Result<(), ImportFailure> {
    if !data.exists() || replace {
        return Ok(());
    }
    // Read-only: opening for writing would rewrite parts of the file even when nothing changes.
    let db = redb::ReadOnlyDatabase::open(data).map_err(|e| match e {
        redb::DatabaseError::DatabaseAlreadyOpen => ImportFailure::Refused(format!(
            "{} is in use (is the server running?)",
            data.display()
        )),
        e => ImportFailure::Store(e.into()),
    })?;
    let txn = db.begin_read().map_err(StoreError::from)?;
    let users = match txn.open_table(USERS) {
        Ok(t) => t.len().map_err(StoreError::from)?,
        Err(_) => 0,
    };
    if users > 0 {
        return Err(ImportFailure::Refused(format!(
            "{} already holds a community ({users} users); pass --replace to overwrite it",
            data.display()
        )));
    }
    Ok(())
}

pub fn import(
    data: &Path,
    fixture: &Path,
    replace: bool,
    progress: bool,
) -> Result<ImportReport, ImportFailure> {
    let started = Instant::now();
    check_target(data, replace)?;
    let file = File::open(fixture)
        .map_err(|e| ImportFailure::Refused(format!("cannot open {}: {e}", fixture.display())))?;
    let bar = progress.then(|| {
        let bar = indicatif::ProgressBar::new(file.metadata().map(|m| m.len()).unwrap_or(0));
        bar.set_style(
            indicatif::ProgressStyle::with_template("{bar:40} {bytes}/{total_bytes} {eta} {msg}")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        bar
    });
    let temp = temp_path(data);
    let _ = std::fs::remove_file(&temp);
    let result = load(
        &temp,
        Counting {
            inner: file,
            bar: bar.clone(),
        },
        started,
    );
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    match result {
        Ok(report) => {
            std::fs::rename(&temp, data)?;
            if let Some(dir) = data.parent().filter(|d| !d.as_os_str().is_empty()) {
                File::open(dir)?.sync_all()?;
            }
            Ok(report)
        }
        Err(e) => {
            let _ = std::fs::remove_file(&temp);
            Err(e)
        }
    }
}

fn load(
    temp: &Path,
    input: impl Read + Send,
    started: Instant,
) -> Result<ImportReport, ImportFailure> {
    let db = crate::engine::open_database(temp)?;
    let mut checks = Checks::default();
    // Parsing and storing run on the two cores side by side: this thread stores each chunk
    // while the parser fills the next. Two chunks in flight bound the memory.
    let (chunks, received) = std::sync::mpsc::sync_channel::<Vec<FixtureRecord>>(2);
    let read = std::thread::scope(|scope| {
        let parser = scope.spawn(move || {
            let mut chunk = Vec::with_capacity(CHUNK);
            let report = read_fixture(BufReader::with_capacity(1 << 20, input), |record| {
                chunk.push(record);
                if chunk.len() >= CHUNK {
                    let full = std::mem::replace(&mut chunk, Vec::with_capacity(CHUNK));
                    // The store side stopped on an error of its own: it reports that one.
                    chunks
                        .send(full)
                        .map_err(|_| ImportError::NotAFixture("stopped".into()))?;
                }
                Ok(())
            })?;
            let _ = chunks.send(chunk);
            Ok::<_, ImportError>(report)
        });
        let mut stored = Ok(());
        for mut chunk in received.iter() {
            stored = write_chunk(&db, &mut chunk, &mut checks);
            if stored.is_err() {
                break;
            }
        }
        drop(received);
        let parsed = parser
            .join()
            .unwrap_or_else(|_| Err(ImportError::NotAFixture("the parser stopped".into())));
        stored.and(parsed)
    })?;
    tracing::info!(
        "records stored after {:.1} s",
        started.elapsed().as_secs_f64()
    );
    checks.finish()?;
    let mut txn = db.begin_write().map_err(StoreError::from)?;
    txn.set_durability(Durability::Immediate)
        .map_err(StoreError::from)?;
    let statuses_corrected = correct_item_statuses(&txn, &checks)?;
    {
        let mut meta = txn.open_table(META).map_err(StoreError::from)?;
        for (model, name) in [
            (Model::User, "users"),
            (Model::Group, "groups"),
            (Model::Membership, "memberships"),
            (Model::Category, "categories"),
            (Model::Item, "items"),
            (Model::Loan, "loans"),
            (Model::Review, "reviews"),
            (Model::Badge, "badges"),
            (Model::Achievement, "achievements"),
            (Model::UserBadge, "user_badges"),
            (Model::Points, "points"),
        ] {
            bump_next_id(&mut meta, name, checks.ids[model as usize].max())?;
        }
    }
    drop(checks);
    tracing::info!(
        "records checked after {:.1} s",
        started.elapsed().as_secs_f64()
    );
    // Unique fields (usernames, slugs, pairs) are checked here, on the sorted indexes.
    let rebuild = rebuild_in(&txn, crate::domain::time::now()).map_err(|e| match e {
        StoreError::Duplicate { model, pk, message } => {
            ImportFailure::Fixture(ImportError::record(model, Some(pk), message))
        }
        e => ImportFailure::Store(e),
    })?;
    tracing::info!("views built after {:.1} s", started.elapsed().as_secs_f64());
    txn.commit().map_err(StoreError::from)?;
    drop(db);
    Ok(ImportReport {
        read,
        rebuild,
        statuses_corrected,
        seconds: started.elapsed().as_secs_f64(),
    })
}

/// An item shows `borrowed` exactly while it has an open loan: a fixture that disagrees is set
/// right (and the report says how often).
fn correct_item_statuses(txn: &redb::WriteTransaction, checks: &Checks) -> Result<u64, StoreError> {
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

fn write_chunk(
    db: &Database,
    chunk: &mut Vec<FixtureRecord>,
    checks: &mut Checks,
) -> Result<(), ImportError> {
    let mut txn = db.begin_write().map_err(store_err)?;
    txn.set_durability(Durability::None).map_err(store_err)?;
    {
        let mut w = W::open(&txn, 0).map_err(store_err)?;
        for record in chunk.drain(..) {
            insert(&mut w, checks, record)?;
        }
    }
    txn.commit().map_err(store_err)?;
    Ok(())
}

/// Inserts one record, refusing a pk seen before; unique fields are checked on the indexes.
fn insert(w: &mut W<'_>, c: &mut Checks, record: FixtureRecord) -> Result<(), ImportError> {
    let (model, pk) = (record.model(), record.pk());
    let dup = |what: &str| bad(model, pk, format!("duplicate {what}"));
    macro_rules! store {
        ($table:expr, $value:expr) => {
            if $table
                .insert(pk, $value.encode().as_slice())
                .map_err(store_err)?
                .is_some()
            {
                return Err(dup("pk"));
            }
        };
    }
    match &record {
        FixtureRecord::User(_, u) => {
            store!(w.users, u);
        }
        FixtureRecord::Group(_, g) => {
            c.refer(model, pk, "owner", Model::User, g.owner);
            store!(w.groups, g);
        }
        FixtureRecord::Membership(_, m) => {
            c.refer(model, pk, "group", Model::Group, m.group);
            c.refer(model, pk, "user", Model::User, m.user);
            store!(w.memberships, m);
        }
        FixtureRecord::Category(_, cat) => {
            if let Some(p) = cat.parent {
                c.refer(model, pk, "parent", Model::Category, p);
            }
            store!(w.categories, cat);
        }
        FixtureRecord::Item(_, i) => {
            c.refer(model, pk, "owner", Model::User, i.owner);
            if let Some(cat) = i.category {
                c.refer(model, pk, "category", Model::Category, cat);
            }
            for &g in &i.groups {
                c.refer(model, pk, "groups", Model::Group, g);
            }
            if i.status == ItemStatus::Borrowed {
                c.borrowed_items.insert(pk);
            }
            store!(w.items, i);
        }
        FixtureRecord::Loan(_, l) => {
            c.refer(model, pk, "item", Model::Item, l.item);
            c.refer(model, pk, "borrower", Model::User, l.borrower);
            c.refer(model, pk, "lender", Model::User, l.lender);
            if let Some(g) = l.group {
                c.refer(model, pk, "group", Model::Group, g);
            }
            if l.borrower == l.lender {
                return Err(bad(model, pk, "the borrower is the lender"));
            }
            if l.status.is_open() {
                if let Some(other) = c.open_loans.insert(l.item, pk) {
                    return Err(bad(
                        model,
                        pk,
                        format!("item {} already has an open loan (pk {other})", l.item),
                    ));
                }
            }
            c.add_loan((pk, l.lender, l.borrower, l.status == LoanStatus::Returned));
            store!(w.loans, l);
        }
        FixtureRecord::Review(_, r) => {
            c.refer(model, pk, "loan", Model::Loan, r.loan);
            c.refer(model, pk, "reviewer", Model::User, r.reviewer);
            c.refer(model, pk, "reviewee", Model::User, r.reviewee);
            c.add_review(pk, r.loan, r.reviewer, r.reviewee)?;
            store!(w.reviews, r);
        }
        FixtureRecord::Badge(_, b) => {
            store!(w.badges, b);
        }
        FixtureRecord::Achievement(_, a) => {
            c.refer(model, pk, "badge", Model::Badge, a.badge);
            store!(w.achievements, a);
        }
        FixtureRecord::UserBadge(_, ub) => {
            c.refer(model, pk, "user", Model::User, ub.user);
            c.refer(model, pk, "badge", Model::Badge, ub.badge);
            store!(w.user_badges, ub);
        }
        FixtureRecord::Points(_, p) => {
            c.refer(model, pk, "user", Model::User, p.user);
            store!(w.points, p);
        }
    }
    c.ids[model as usize].insert(pk);
    Ok(())
}
