//! Storing records as they stream in: one write transaction per chunk, base tables only
//! (indexes and views are built afterwards from the sorted records).

use crate::domain::privacy::ProfilePrivacy;
use crate::domain::validate::FORMER_MEMBER;
use redb::{Database, Durability};

use super::checks::Checks;
use super::{bad, store_err};
use crate::domain::choice::{ItemStatus, LoanStatus};
use crate::domain::records::{ItemDetails, Stamped, Stamps};
use crate::fixture::{FixtureRecord, ImportError, Kept, Model};
use crate::store::codec::Stored;
use crate::store::tx::W;

pub(super) fn write_chunk(
    db: &Database,
    chunk: &mut Vec<FixtureRecord>,
    checks: &mut Checks,
) -> Result<(), ImportError> {
    let mut txn = db.begin_write().map_err(store_err)?;
    txn.set_durability(Durability::None).map_err(store_err)?;
    {
        let mut w = W::open(&txn, 0).map_err(store_err)?;
        for record in chunk.drain(..) {
            insert(&mut w, checks, &record)?;
        }
    }
    txn.commit().map_err(store_err)?;
    Ok(())
}

/// Inserts one record, refusing a pk seen before; unique fields are checked on the indexes.
fn insert(w: &mut W<'_>, c: &mut Checks, record: &FixtureRecord) -> Result<(), ImportError> {
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
    // What Comuniza keeps beside the record: its stamps, last sign-in, new username, details
    // and extension.
    let keep = |w: &mut W<'_>, kind: Stamped, kept: &Kept| -> Result<(), ImportError> {
        if kept.stamps != Stamps::default() {
            let stamps = kept.stamps.encode();
            w.stamps
                .insert((kind as u8, pk), stamps.as_slice())
                .map_err(store_err)?;
        }
        if let Some(at) = kept.last_login {
            w.last_logins
                .open()
                .map_err(store_err)?
                .insert(pk, at)
                .map_err(store_err)?;
        }
        if let Some(visibility) = kept.profile_visibility {
            let privacy = ProfilePrivacy {
                visibility,
                ..ProfilePrivacy::default()
            };
            if privacy != ProfilePrivacy::default() {
                w.profile_privacy
                    .open()
                    .map_err(store_err)?
                    .insert(pk, privacy.packed())
                    .map_err(store_err)?;
            }
        }
        if let Some(old) = &kept.renamed_from {
            w.renamed
                .open()
                .map_err(store_err)?
                .insert(pk, old.as_str())
                .map_err(store_err)?;
        }
        if let Some(d) = &kept.details {
            // The details themselves, not their box (a `Box` archives as a pointer).
            let details: &ItemDetails = d;
            w.item_details
                .open()
                .map_err(store_err)?
                .insert(pk, details.encode().as_slice())
                .map_err(store_err)?;
        }
        if let Some(e) = &kept.extension {
            w.extensions
                .open()
                .map_err(store_err)?
                .insert(pk, e.encode().as_slice())
                .map_err(store_err)?;
        }
        Ok(())
    };
    match record {
        FixtureRecord::User(_, u, kept) => {
            keep(w, Stamped::User, kept)?;
            if let Some(path) = &kept.avatar {
                c.avatars.push((pk, path.clone()));
            }
            // An account deleted here and exported stays deleted when it comes back: no one
            // signs up with that name, so it marks a former member.
            if !u.is_active && u.username.to_ascii_lowercase().starts_with(FORMER_MEMBER) {
                w.former_members
                    .open()
                    .map_err(store_err)?
                    .insert(pk, w.now)
                    .map_err(store_err)?;
            }
            store!(w.users, u);
        }
        FixtureRecord::Group(_, g, kept) => {
            keep(w, Stamped::Group, kept)?;
            c.refer(model, pk, "owner", Model::User, g.owner.0);
            store!(w.groups, g);
        }
        FixtureRecord::Membership(_, m) => {
            c.refer(model, pk, "group", Model::Group, m.group.0);
            c.refer(model, pk, "user", Model::User, m.user.0);
            store!(w.memberships, m);
        }
        FixtureRecord::Category(_, cat, kept) => {
            keep(w, Stamped::Category, kept)?;
            if let Some(p) = cat.parent {
                c.refer(model, pk, "parent", Model::Category, p);
            }
            store!(w.categories.open().map_err(store_err)?, cat);
        }
        FixtureRecord::Item(_, i, kept) => {
            keep(w, Stamped::Item, kept)?;
            c.refer(model, pk, "owner", Model::User, i.owner.0);
            if let Some(cat) = i.category {
                c.refer(model, pk, "category", Model::Category, cat);
            }
            for &g in &i.groups {
                c.refer(model, pk, "groups", Model::Group, g.0);
            }
            if i.status == ItemStatus::Borrowed {
                c.borrowed_items.insert(pk);
            }
            store!(w.items, i);
        }
        FixtureRecord::Loan(_, l, kept) => {
            c.refer(model, pk, "item", Model::Item, l.item.0);
            c.refer(model, pk, "borrower", Model::User, l.borrower.0);
            c.refer(model, pk, "lender", Model::User, l.lender.0);
            if let Some(g) = l.group {
                c.refer(model, pk, "group", Model::Group, g.0);
            }
            if l.borrower == l.lender {
                return Err(bad(model, pk, "the borrower is the lender"));
            }
            if l.status.is_open() {
                if let Some(other) = c.open_loans.insert(l.item.0, pk) {
                    return Err(bad(
                        model,
                        pk,
                        format!("item {} already has an open loan (pk {other})", l.item),
                    ));
                }
            }
            c.add_loan((
                pk,
                l.lender.0,
                l.borrower.0,
                l.status == LoanStatus::Returned,
            ));
            keep(w, Stamped::Loan, kept)?;
            store!(w.loans, l);
        }
        FixtureRecord::Review(_, r, kept) => {
            keep(w, Stamped::Review, kept)?;
            c.refer(model, pk, "loan", Model::Loan, r.loan.0);
            c.refer(model, pk, "reviewer", Model::User, r.reviewer.0);
            c.refer(model, pk, "reviewee", Model::User, r.reviewee.0);
            c.add_review(pk, r.loan.0, r.reviewer.0, r.reviewee.0)?;
            store!(w.reviews.open().map_err(store_err)?, r);
        }
        FixtureRecord::Badge(_, b) => {
            store!(w.badges.open().map_err(store_err)?, b);
        }
        FixtureRecord::Achievement(_, a) => {
            c.refer(model, pk, "badge", Model::Badge, a.badge.0);
            store!(w.achievements.open().map_err(store_err)?, a);
        }
        FixtureRecord::UserBadge(_, ub) => {
            c.refer(model, pk, "user", Model::User, ub.user.0);
            c.refer(model, pk, "badge", Model::Badge, ub.badge.0);
            store!(w.user_badges.open().map_err(store_err)?, ub);
        }
        FixtureRecord::Points(_, p) => {
            c.refer(model, pk, "user", Model::User, p.user.0);
            store!(w.points.open().map_err(store_err)?, p);
        }
        // Numbered by its pk in its member's inbox (pks grow as Comuniza made them, so the
        // newest is the highest); the unread counts are derived with the other views.
        FixtureRecord::Notice(_, user, n) => {
            c.refer(model, pk, "user", Model::User, user.0);
            if let Some(loan) = n.loan {
                c.refer(model, pk, "related_loan", Model::Loan, loan.0);
            }
            if pk == crate::store::tables::UNREAD_COUNT || c.ids[model as usize].contains(pk) {
                return Err(dup("pk"));
            }
            w.notices
                .open()
                .map_err(store_err)?
                .insert((user.0, pk), n.encode().as_slice())
                .map_err(store_err)?;
        }
        // Its file is read once every record is in (`media`).
        FixtureRecord::Image(_, row) => {
            c.refer(model, pk, "item", Model::Item, row.item.0);
            c.images.push((pk, row.clone()));
        }
    }
    c.ids[model as usize].insert(pk);
    Ok(())
}
