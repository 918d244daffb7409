//! Who is looking, for the privacy rules (DOMAIN.md, "Profile privacy"): an [`Audience`] is one
//! request's viewer, and answers whether they may see a member's profile, their name on the
//! boards, and their name on an item, group or loan page. What the rules need of the viewer
//! (their groups, the people they had loans with) is read once per request, on first need.

use std::cell::OnceCell;
use std::collections::HashSet;

use redb::ReadOnlyTable;

use crate::domain::choice::{ArchivedMemberStatus, MemberStatus};
use crate::domain::privacy::{self, went_beyond_request_archived, ProfilePrivacy, Standing};
use crate::domain::records::{GroupId, Loan, Membership, UserId};
use crate::store::codec::Stored;
use crate::store::read::Snapshot;
use crate::store::tables::{LOANS, MEMBERSHIPS, MEMBERSHIP_BY_USER};
use crate::store::StoreError;

/// The people the viewer had loans with: any loan, and loans that went beyond a request.
#[derive(Default)]
struct Partners {
    any: HashSet<UserId>,
    beyond_request: HashSet<UserId>,
}

pub struct Audience<'s> {
    snap: &'s Snapshot,
    me: Option<UserId>,
    staff: bool,
    /// The viewer's active memberships of active groups, ascending.
    groups: OnceCell<Vec<GroupId>>,
    partners: OnceCell<Partners>,
    tables: OnceCell<Tables>,
}

/// The membership tables, opened once per request when first needed.
struct Tables {
    by_user: ReadOnlyTable<(u64, u64), u64>,
    memberships: ReadOnlyTable<u64, &'static [u8]>,
}

impl<'s> Audience<'s> {
    /// `viewer`: the signed-in member's id and staff flag, `None` for an anonymous visitor.
    pub fn new(snap: &'s Snapshot, viewer: Option<(UserId, bool)>) -> Self {
        Self {
            snap,
            me: viewer.map(|(id, _)| id),
            staff: viewer.is_some_and(|(_, staff)| staff),
            groups: OnceCell::new(),
            partners: OnceCell::new(),
            tables: OnceCell::new(),
        }
    }

    pub fn anonymous(snap: &'s Snapshot) -> Self {
        Self::new(snap, None)
    }

    /// The snapshot it reads.
    pub fn snapshot(&self) -> &'s Snapshot {
        self.snap
    }

    /// The signed-in viewer, if any.
    pub fn me(&self) -> Option<UserId> {
        self.me
    }

    pub fn is_anonymous(&self) -> bool {
        self.me.is_none()
    }

    /// Whether the viewer may see `user`'s profile, and so their name wherever it is shown.
    pub fn sees_profile(&self, user: UserId) -> Result<bool, StoreError> {
        let p = self.snap.privacy_of(user)?;
        self.judge(user, p, false)
    }

    /// Whether the boards (and a board row anywhere) name `user` to the viewer.
    pub fn names_on_boards(&self, user: UserId) -> Result<bool, StoreError> {
        let p = self.snap.privacy_of(user)?;
        self.judge(user, p, true)
    }

    /// A member's privacy choices, as the rules read them.
    pub fn privacy_of(&self, user: UserId) -> Result<ProfilePrivacy, StoreError> {
        self.snap.privacy_of(user)
    }

    /// `sees_profile` (or `names_on_boards`) for a member whose privacy is known already (kept
    /// beside a cached page, which a change of it evicts).
    pub fn names_with(
        &self,
        user: UserId,
        privacy: ProfilePrivacy,
        on_boards: bool,
    ) -> Result<bool, StoreError> {
        self.judge(user, privacy, on_boards)
    }

    /// Whether an item, group or loan page names `user` to the viewer: when they may see the
    /// profile, or they share a loan (of any state: the two people of a request know each
    /// other).
    pub fn names_on_pages(&self, user: UserId) -> Result<bool, StoreError> {
        Ok(self.sees_profile(user)? || self.shares_loan(user)?)
    }

    /// Whether the viewer and `user` are the two people of a loan (of any state). Callers that
    /// know `sees_profile` already ask this alone rather than `names_on_pages`.
    pub fn shares_loan(&self, user: UserId) -> Result<bool, StoreError> {
        Ok(self.me.is_some() && self.partners()?.any.contains(&user))
    }

    fn judge(&self, user: UserId, p: ProfilePrivacy, on_boards: bool) -> Result<bool, StoreError> {
        let mut between = Between {
            audience: self,
            user,
            failed: None,
        };
        let answer = if on_boards {
            privacy::named_on_boards(p, &mut between)
        } else {
            privacy::sees_profile(p, &mut between)
        };
        match between.failed {
            Some(e) => Err(e),
            None => Ok(answer),
        }
    }

    /// How many groups the viewer is an active member of (active groups), and how many
    /// people they had a loan with beyond a request: the circles a member's privacy opens to.
    pub fn circles(&self) -> Result<(usize, usize), StoreError> {
        Ok((self.groups()?.len(), self.partners()?.beyond_request.len()))
    }

    fn groups(&self) -> Result<&[GroupId], StoreError> {
        if let Some(g) = self.groups.get() {
            return Ok(g);
        }
        let mut mine = Vec::new();
        if let Some(me) = self.me {
            for (group, m) in self.snap.memberships_of(me)? {
                if m.status == MemberStatus::Active
                    && self.snap.group(group)?.is_some_and(|g| g.is_active)
                {
                    mine.push(group);
                }
            }
        }
        mine.sort_unstable();
        Ok(self.groups.get_or_init(|| mine))
    }

    fn partners(&self) -> Result<&Partners, StoreError> {
        if let Some(p) = self.partners.get() {
            return Ok(p);
        }
        let mut found = Partners::default();
        if let Some(me) = self.me {
            // Read in place: only the two people and how far the loan went.
            let loans = self.snap.txn().open_table(LOANS)?;
            for id in self.snap.loans_of(me)? {
                let Some(v) = loans.get(id.0)? else {
                    continue;
                };
                let loan = Loan::access(v.value())?;
                let (lender, borrower) = (
                    UserId(loan.lender.0.to_native()),
                    UserId(loan.borrower.0.to_native()),
                );
                let other = if lender == me { borrower } else { lender };
                found.any.insert(other);
                if went_beyond_request_archived(loan) {
                    found.beyond_request.insert(other);
                }
            }
        }
        Ok(self.partners.get_or_init(|| found))
    }

    /// One range scan of the member's memberships (few), against the viewer's groups read
    /// once; a membership record is read only for a group they have in common.
    fn shares_group_with(&self, user: UserId) -> Result<bool, StoreError> {
        let mine = self.groups()?;
        if mine.is_empty() {
            return Ok(false);
        }
        let tables = self.tables()?;
        for row in tables.by_user.range((user.0, 0)..=(user.0, u64::MAX))? {
            let (k, id) = row?;
            if mine.binary_search(&GroupId(k.value().1)).is_err() {
                continue;
            }
            if let Some(v) = tables.memberships.get(id.value())? {
                if Membership::access(v.value())?.status == ArchivedMemberStatus::Active {
                    return Ok(true);
                }
            }
        }
        Ok(false)
    }

    fn tables(&self) -> Result<&Tables, StoreError> {
        if let Some(t) = self.tables.get() {
            return Ok(t);
        }
        let t = Tables {
            by_user: self.snap.txn().open_table(MEMBERSHIP_BY_USER)?,
            memberships: self.snap.txn().open_table(MEMBERSHIPS)?,
        };
        Ok(self.tables.get_or_init(|| t))
    }
}

/// The viewer and one member, for the domain's rules; a failed read is kept and reported by
/// `judge` (the rules themselves cannot fail).
struct Between<'a, 's> {
    audience: &'a Audience<'s>,
    user: UserId,
    failed: Option<StoreError>,
}

impl Between<'_, '_> {
    fn keep(&mut self, r: Result<bool, StoreError>) -> bool {
        r.unwrap_or_else(|e| {
            self.failed = Some(e);
            false
        })
    }
}

impl Standing for Between<'_, '_> {
    fn is_self_or_staff(&self) -> bool {
        self.audience.staff || self.audience.me == Some(self.user)
    }

    fn shares_group(&mut self) -> bool {
        if self.audience.me.is_none() {
            return false;
        }
        let r = self.audience.shares_group_with(self.user);
        self.keep(r)
    }

    fn had_loan(&mut self) -> bool {
        if self.audience.me.is_none() {
            return false;
        }
        let user = self.user;
        let r = self
            .audience
            .partners()
            .map(|p| p.beyond_request.contains(&user));
        self.keep(r)
    }
}
