//! Random sequences of commands from several users, queued requests, extensions, leaving
//! the group and deleting accounts among them: a model written here from DOMAIN.md predicts which commands are
//! accepted (the server must agree on each), every loan's status, extension and queue, and
//! every figure and rank, which the API must show; `verify` finds no difference.

use comuniza::domain::choice::{PointsKind, Visibility};
use comuniza::domain::loan::{LoanAction, Party};
use comuniza::domain::records::{ItemId, LoanId, UserId};
use comuniza::store::commands::{Actor, Command};
use comuniza::store::commands::{
    AdjustPoints, AnswerExtension, AskExtension, CreateItem, DeleteAccount, JoinGroup, LeaveGroup,
    LoanStep, RequestLoan, ReviewLoan, SetUserActive, UpdateItem,
};
use proptest::prelude::*;

use crate::helpers::{item_fields, spawn_app, TestApp};

const USERS: usize = 4;
const BADGE_POINTS: i64 = 7;

#[derive(Debug, Clone)]
enum Op {
    /// An item, shared with the group only (restricted) or with everyone.
    Share(usize, bool),
    Withdraw(usize, usize),
    Request(usize, usize),
    Act(usize, usize, LoanAction),
    /// The loan's next step on the way to `returned`, by the party who takes it.
    Advance(usize, bool),
    Review(usize, usize, i64),
    /// More time asked on a loan (days), mostly by its borrower.
    Extend(usize, usize, i64),
    /// The answer to it (accept or not), mostly by its lender.
    Answer(usize, usize, bool),
    Join(usize),
    Leave(usize),
    Points(usize, i64),
    Activate(usize, bool),
    /// An account deleted: by its member, or by staff (`true`; also one staff switched off).
    Delete(usize, bool),
}

impl Op {
    /// The op with its item and loan indices taken modulo the numbers there are (`None` when
    /// it names one and there are none yet). More time is mostly asked on a loan that is out,
    /// and answered on one that has a request pending, so that both happen often.
    fn within(self, m: &Model) -> Option<Op> {
        let i = |x: usize| x.checked_rem(m.items.len());
        let l = |x: usize| x.checked_rem(m.loans.len());
        let among = |x: usize, keep: &dyn Fn(&MLoan) -> bool| {
            let some: Vec<usize> = (0..m.loans.len()).filter(|&n| keep(&m.loans[n])).collect();
            match some.len() {
                0 => l(x),
                n if x % 4 != 0 => Some(some[x % n]),
                _ => l(x),
            }
        };
        Some(match self {
            Op::Withdraw(u, x) => Op::Withdraw(u, i(x)?),
            Op::Request(u, x) => Op::Request(u, i(x)?),
            Op::Act(u, x, a) => Op::Act(u, l(x)?, a),
            Op::Advance(x, b) => Op::Advance(l(x)?, b),
            Op::Review(u, x, r) => Op::Review(u, l(x)?, r),
            Op::Extend(u, x, d) => Op::Extend(u, among(x, &|l| l.status == "active")?, d),
            Op::Answer(u, x, a) => {
                let pending = |l: &MLoan| matches!(l.extension, Some((_, "pending")));
                Op::Answer(u, among(x, &pending)?, a)
            }
            other => other,
        })
    }
}

fn op() -> impl Strategy<Value = Op> {
    let u = 0..USERS;
    let action = prop::sample::select(LoanAction::ALL.to_vec());
    prop_oneof![
        3 => (u.clone(), any::<bool>()).prop_map(|(a, g)| Op::Share(a, g)),
        1 => (u.clone(), 0..64usize).prop_map(|(a, b)| Op::Withdraw(a, b)),
        6 => (u.clone(), 0..64usize).prop_map(|(a, b)| Op::Request(a, b)),
        3 => (u.clone(), 0..64usize, action).prop_map(|(a, b, c)| Op::Act(a, b, c)),
        8 => (0..64usize, any::<bool>()).prop_map(|(l, b)| Op::Advance(l, b)),
        4 => (u.clone(), 0..64usize, 0..7i64).prop_map(|(a, b, c)| Op::Review(a, b, c)),
        4 => (u.clone(), 0..64usize, 0..9i64).prop_map(|(a, b, c)| Op::Extend(a, b, c)),
        3 => (u.clone(), 0..64usize, any::<bool>()).prop_map(|(a, b, c)| Op::Answer(a, b, c)),
        2 => u.clone().prop_map(Op::Join),
        1 => u.clone().prop_map(Op::Leave),
        1 => (u.clone(), -30..30i64).prop_map(|(a, b)| Op::Points(a, b)),
        1 => (u.clone(), any::<bool>()).prop_map(|(a, b)| Op::Activate(a, b)),
        1 => (u, any::<bool>()).prop_map(|(a, b)| Op::Delete(a, b)),
    ]
}

#[derive(Debug, Clone, Copy)]
struct MItem {
    owner: usize,
    active: bool,
    /// Shared with the group only.
    restricted: bool,
    private: bool,
}

#[derive(Debug, Clone, Copy)]
struct MLoan {
    item: usize,
    lender: usize,
    borrower: usize,
    status: &'static str,
    /// Made through the group (a restricted item's requests are).
    through_group: bool,
    /// The latest extension: days and state.
    extension: Option<(i64, &'static str)>,
}

impl MLoan {
    fn holds_item(&self) -> bool {
        matches!(self.status, "approved" | "active" | "borrower_returned")
    }
}

/// What the accepted commands did, kept the simplest way, and which commands DOMAIN.md
/// accepts: the test checks the server agrees on both.
#[derive(Default)]
struct Model {
    active: [bool; USERS],
    items: Vec<MItem>,
    loans: Vec<MLoan>,
    /// (loan, reviewer, reviewee, rating)
    reviews: Vec<(usize, usize, usize, i64)>,
    member: [bool; USERS],
    points: [i64; USERS],
    badge: [bool; USERS],
    /// Deleted accounts (former members): inactive for good.
    deleted: [bool; USERS],
}

#[derive(Debug, Default, Clone, Copy, PartialEq)]
struct Fig {
    lent: i64,
    borrowed: i64,
    on_time: i64,
    received: i64,
    sum: i64,
    given: i64,
    trust: i64,
    points: i64,
    shared: i64,
    joined: i64,
}

impl Model {
    fn figures(&self, u: usize) -> Fig {
        let mut f = Fig {
            points: self.points[u],
            joined: i64::from(self.member[u]),
            ..Fig::default()
        };
        f.shared = self
            .items
            .iter()
            .filter(|i| i.owner == u && i.active && !i.private)
            .count() as i64;
        for l in &self.loans {
            if l.status == "returned" {
                f.lent += i64::from(l.lender == u);
                // Every loan here is returned the day it starts, an extension only moving its
                // due date later: on time.
                f.borrowed += i64::from(l.borrower == u);
                f.on_time += i64::from(l.borrower == u);
            }
        }
        for &(_, reviewer, reviewee, rating) in &self.reviews {
            f.given += i64::from(reviewer == u);
            if reviewee == u {
                f.received += 1;
                f.sum += rating;
            }
        }
        let rating_part = if f.received > 0 {
            (10 * f.sum) / f.received - 25
        } else {
            0
        };
        // No loan here is late (each returns within its 7 days), so no late penalty.
        f.trust = (50 + rating_part + (2 * f.on_time).min(20)).clamp(0, 100);
        f
    }

    fn award_badges(&mut self) {
        for u in 0..USERS {
            if !self.badge[u] && self.figures(u).shared >= 2 {
                self.badge[u] = true;
                self.points[u] += BADGE_POINTS;
            }
        }
    }

    fn held(&self, item: usize) -> bool {
        self.loans.iter().any(|l| l.item == item && l.holds_item())
    }

    /// Whether DOMAIN.md accepts `op` by `actor` now.
    fn accepts(&self, op: &Op, actor: usize) -> bool {
        let staff_op = matches!(op, Op::Points(..) | Op::Activate(..) | Op::Delete(_, true));
        if !staff_op && !self.active[actor] {
            return false;
        }
        match *op {
            Op::Share(u, in_group) => !in_group || self.member[u],
            Op::Withdraw(u, i) => self.items[i].owner == u && !self.held(i),
            Op::Request(u, i) => {
                let it = self.items[i];
                let visible = it.active
                    && self.active[it.owner]
                    && !it.private
                    && (!it.restricted || self.member[u]);
                let asked = self.loans.iter().any(|l| {
                    l.item == i && l.borrower == u && (l.status == "requested" || l.holds_item())
                });
                it.owner != u && visible && !asked
            }
            Op::Act(_, l, action) => self.step_ok(l, action, actor),
            Op::Advance(l, b) => self.step_ok(l, next_step(self.loans[l].status, b), actor),
            Op::Review(_, l, rating) => {
                let loan = self.loans[l];
                (actor == loan.lender || actor == loan.borrower)
                    && loan.status == "returned"
                    && (1..=5).contains(&rating)
                    && !self.reviews.iter().any(|r| r.0 == l && r.1 == actor)
            }
            Op::Extend(_, l, days) => {
                let loan = self.loans[l];
                actor == loan.borrower
                    && loan.status == "active"
                    && !matches!(loan.extension, Some((_, "pending")))
                    && (1..=7).contains(&days)
            }
            Op::Answer(_, l, _) => {
                let loan = self.loans[l];
                actor == loan.lender
                    && loan.status == "active"
                    && matches!(loan.extension, Some((_, "pending")))
            }
            Op::Join(u) => !self.member[u],
            Op::Leave(u) => self.member[u],
            // Staff adjust by a non-zero amount.
            Op::Points(_, p) => p != 0,
            // A deleted account is never switched back on.
            Op::Activate(u, on) => !(on && self.deleted[u]),
            // Not while a loan of theirs is open, either side.
            Op::Delete(u, _) => {
                !self.deleted[u]
                    && !self
                        .loans
                        .iter()
                        .any(|l| l.holds_item() && (l.lender == u || l.borrower == u))
            }
        }
    }

    /// A loan step: by its party, along the graph, and an approval only when the item is
    /// free (active, no loan holding it): a request behind a loan waits in the queue.
    fn step_ok(&self, l: usize, action: LoanAction, actor: usize) -> bool {
        let loan = self.loans[l];
        let by = if action.taken_by() == Party::Lender {
            loan.lender
        } else {
            loan.borrower
        };
        let free = self.items[loan.item].active && !self.held(loan.item);
        actor == by
            && next_status(loan.status, action).is_some()
            && (action != LoanAction::Approve || free)
    }

    /// Deleting an account: their requests withdrawn, their items archived (the requests for
    /// them declined), the group left; inactive for good.
    fn delete(&mut self, u: usize) {
        for l in &mut self.loans {
            if l.status == "requested" && l.borrower == u {
                l.status = "cancelled";
            }
        }
        for i in 0..self.items.len() {
            if self.items[i].owner == u && self.items[i].active {
                self.items[i].active = false;
                for l in self.loans.iter_mut().filter(|l| l.item == i) {
                    if l.status == "requested" {
                        l.status = "rejected";
                    }
                }
            }
        }
        if self.member[u] {
            self.leave(u);
        }
        self.active[u] = false;
        self.deleted[u] = true;
    }

    /// Leaving the group: one's items are no longer shared with it (restricted ones become
    /// private) and the requests made through it, by them or for their items, are cancelled.
    fn leave(&mut self, u: usize) {
        self.member[u] = false;
        for it in self
            .items
            .iter_mut()
            .filter(|i| i.owner == u && i.restricted)
        {
            it.restricted = false;
            it.private = true;
        }
        for l in &mut self.loans {
            if l.through_group && l.status == "requested" && (l.borrower == u || l.lender == u) {
                l.status = "cancelled";
            }
        }
    }
}

/// Who acts on loan `l`: mostly the party the action needs (so loans do reach `returned` and
/// get reviewed), and for `u == USERS - 1` user `u` as drawn, who is often the wrong one.
fn party(m: &Model, u: usize, l: usize, lender: bool) -> usize {
    let loan = m.loans[l];
    match (u == USERS - 1, lender) {
        (true, _) => u,
        (false, true) => loan.lender,
        (false, false) => loan.borrower,
    }
}

/// The step that moves a loan towards `returned` (the borrower may report the return first).
fn next_step(status: &str, borrower_first: bool) -> LoanAction {
    match status {
        "requested" => LoanAction::Approve,
        "approved" => LoanAction::HandOver,
        "active" if borrower_first => LoanAction::BorrowerReturn,
        _ => LoanAction::ConfirmReturn,
    }
}

/// The status `action` leads to from `status`, if DOMAIN.md's graph has that edge.
fn next_status(status: &str, action: LoanAction) -> Option<&'static str> {
    Some(match (action, status) {
        (LoanAction::Approve, "requested") => "approved",
        (LoanAction::Reject, "requested") => "rejected",
        (LoanAction::Cancel, "requested" | "approved") => "cancelled",
        (LoanAction::HandOver, "approved") => "active",
        (LoanAction::BorrowerReturn, "active") => "borrower_returned",
        (LoanAction::ConfirmReturn, "active" | "borrower_returned") => "returned",
        _ => return None,
    })
}

async fn run_ops(ops: Vec<Op>) {
    let app = spawn_app().await;
    app.badge("sharer", BADGE_POINTS, "item_shared", Some(2), "{}")
        .await;
    let staff = app.staff("staff").await;
    let mut ids = Vec::new();
    for i in 0..USERS {
        ids.push(app.user(&format!("user{i}")).await);
    }
    let group = app
        .group(
            staff,
            "Commons",
            comuniza::domain::choice::Privacy::Public,
            "Berlin",
            "52.5",
        )
        .await;
    let mut m = Model {
        active: [true; USERS],
        ..Model::default()
    };
    let (mut item_ids, mut loan_ids) = (Vec::new(), Vec::new());
    for op in ops {
        // Indices pick among the items and loans there are by now.
        let Some(op) = op.within(&m) else {
            continue;
        };
        let (actor, cmd): (Option<usize>, Command) = match &op {
            Op::Share(u, in_group) => {
                let mut f = item_fields("Thing", vec![]);
                if *in_group {
                    f.groups = vec![group];
                    f.visibility = Visibility::Restricted;
                }
                (Some(*u), CreateItem(f).into())
            }
            Op::Withdraw(u, i) => (
                Some(*u),
                UpdateItem {
                    item: item_ids[*i],
                    fields: item_fields("Thing", vec![]),
                    is_active: false,
                }
                .into(),
            ),
            Op::Request(u, i) => (
                Some(*u),
                RequestLoan {
                    item: item_ids[*i],
                    group: None,
                    message: String::new(),
                }
                .into(),
            ),
            Op::Act(u, l, action) => (
                Some(party(&m, *u, *l, action.taken_by() == Party::Lender)),
                LoanStep {
                    loan: loan_ids[*l],
                    action: *action,
                }
                .into(),
            ),
            Op::Advance(l, borrower_first) => {
                let action = next_step(m.loans[*l].status, *borrower_first);
                let loan = m.loans[*l];
                let by = if action.taken_by() == Party::Lender {
                    loan.lender
                } else {
                    loan.borrower
                };
                let loan = loan_ids[*l];
                (Some(by), LoanStep { loan, action }.into())
            }
            Op::Review(u, l, rating) => (
                Some(party(&m, *u, *l, *u % 2 == 0)),
                ReviewLoan {
                    loan: loan_ids[*l],
                    rating: *rating,
                    comment: String::new(),
                }
                .into(),
            ),
            Op::Extend(u, l, days) => (
                Some(party(&m, *u, *l, false)),
                AskExtension {
                    loan: loan_ids[*l],
                    days: *days,
                    reason: "more time".into(),
                }
                .into(),
            ),
            Op::Answer(u, l, accept) => (
                Some(party(&m, *u, *l, true)),
                AnswerExtension {
                    loan: loan_ids[*l],
                    accept: *accept,
                }
                .into(),
            ),
            Op::Join(u) => (Some(*u), JoinGroup { group }.into()),
            Op::Leave(u) => (Some(*u), LeaveGroup { group }.into()),
            Op::Points(u, p) => (
                None,
                AdjustPoints {
                    user: ids[*u],
                    kind: PointsKind::Bonus,
                    points: *p,
                    description: "p".into(),
                }
                .into(),
            ),
            Op::Activate(u, a) => (
                None,
                SetUserActive {
                    user: ids[*u],
                    active: *a,
                }
                .into(),
            ),
            Op::Delete(u, by_staff) => (
                (!by_staff).then_some(*u),
                DeleteAccount { user: ids[*u] }.into(),
            ),
        };
        let (who, expected) = match actor {
            Some(u) => (ids[u], m.accepts(&op, u)),
            None => (staff, m.accepts(&op, USERS)),
        };
        let result = app.run(Actor::User(who), cmd.clone()).await;
        assert_eq!(
            result.is_ok(),
            expected,
            "{op:?} as {who}: {cmd:?} answered {result:?}"
        );
        let Ok(id) = result else {
            continue;
        };
        match op {
            Op::Share(u, in_group) => {
                item_ids.push(ItemId(id));
                m.items.push(MItem {
                    owner: u,
                    active: true,
                    restricted: in_group,
                    private: false,
                });
            }
            // Withdrawn with the fields given: public, in no group.
            // and the requests waiting for it are declined.
            Op::Withdraw(_, i) => {
                m.items[i].active = false;
                m.items[i].restricted = false;
                m.items[i].private = false;
                for l in m.loans.iter_mut().filter(|l| l.item == i) {
                    if l.status == "requested" {
                        l.status = "rejected";
                    }
                }
            }
            Op::Request(u, i) => {
                loan_ids.push(LoanId(id));
                m.loans.push(MLoan {
                    item: i,
                    lender: m.items[i].owner,
                    borrower: u,
                    status: "requested",
                    through_group: m.items[i].restricted,
                    extension: None,
                });
            }
            Op::Act(_, l, action) => {
                m.loans[l].status = next_status(m.loans[l].status, action).unwrap()
            }
            Op::Advance(l, borrower_first) => {
                let action = next_step(m.loans[l].status, borrower_first);
                m.loans[l].status = next_status(m.loans[l].status, action).unwrap();
            }
            Op::Review(_, l, rating) => {
                let u = actor.unwrap();
                let loan = m.loans[l];
                let other = if u == loan.lender {
                    loan.borrower
                } else {
                    loan.lender
                };
                m.reviews.push((l, u, other, rating));
            }
            Op::Extend(_, l, days) => m.loans[l].extension = Some((days, "pending")),
            Op::Answer(_, l, accept) => {
                let days = m.loans[l].extension.unwrap().0;
                let state = if accept { "accepted" } else { "declined" };
                m.loans[l].extension = Some((days, state));
            }
            Op::Join(u) => m.member[u] = true,
            Op::Leave(u) => m.leave(u),
            Op::Points(u, p) => m.points[u] += p,
            Op::Activate(u, a) => m.active[u] = a,
            Op::Delete(u, _) => m.delete(u),
        }
        m.award_badges();
    }
    check_loans(&app, &m, &loan_ids);
    check(&app, &m, &ids).await;
    app.verify_clean();
}

/// Each loan's status and extension as the model has them, and each request's place in its
/// item's queue (request order, among the item's requests still waiting).
fn check_loans(app: &TestApp, m: &Model, loan_ids: &[LoanId]) {
    let snap = app.read();
    for (l, want) in m.loans.iter().enumerate() {
        let id = loan_ids[l];
        let got = snap.loan(id).unwrap().unwrap();
        assert_eq!(got.status.as_str(), want.status, "loan {l}");
        let ext = snap.extension(id).unwrap();
        assert_eq!(
            ext.map(|e| (i64::from(e.days), e.state.as_str())),
            want.extension,
            "loan {l}"
        );
        let waiting: Vec<LoanId> = (0..m.loans.len())
            .filter(|&o| m.loans[o].item == want.item && m.loans[o].status == "requested")
            .map(|o| loan_ids[o])
            .collect();
        let queue: Vec<LoanId> = snap
            .queue_of(item_of(&snap, id))
            .unwrap()
            .into_iter()
            .map(|(l, _)| l)
            .collect();
        assert_eq!(queue, waiting, "the queue of loan {l}'s item");
    }
}

fn item_of(snap: &comuniza::store::read::Snapshot, loan: LoanId) -> ItemId {
    snap.loan(loan).unwrap().unwrap().item
}

async fn check(app: &TestApp, m: &Model, ids: &[UserId]) {
    let scores = |f: &Fig| [f.points, 10 * f.lent, 10 * f.borrowed, f.trust];
    // The staff member is on every board too: 0 points, 0 lent/borrowed, trust 50, in the group.
    let mut all: Vec<[i64; 4]> = vec![[0, 0, 0, 50]];
    for u in 0..USERS {
        if m.active[u] {
            all.push(scores(&m.figures(u)));
        }
    }
    for (u, &id) in ids.iter().enumerate() {
        let name = format!("user{u}");
        let (status, body) = app.get(&format!("/api/users/{name}")).await;
        if m.deleted[u] {
            // A former member: no name, no profile; the figures others' rest on stay.
            let snap = app.read();
            assert!(
                snap.user_id_by_username(&name).unwrap().is_none(),
                "{name} is gone"
            );
            let f = m.figures(u);
            let got = snap.figures(id).unwrap();
            assert_eq!(
                (
                    got.items_lent,
                    got.items_borrowed,
                    got.points,
                    got.items_shared
                ),
                (f.lent, f.borrowed, f.points, f.shared),
                "{name}, deleted"
            );
            assert_eq!(got.groups_joined, 0);
        }
        if !m.active[u] {
            assert_eq!(status, 404, "{name} is inactive");
            continue;
        }
        let f = m.figures(u);
        let got = &body["figures"];
        let want = [
            ("items_lent", f.lent),
            ("items_borrowed", f.borrowed),
            ("on_time_returns", f.on_time),
            ("late_returns", 0),
            ("reviews_received", f.received),
            ("rating_sum", f.sum),
            ("reviews_given", f.given),
            ("trust_score", f.trust),
            ("points", f.points),
            ("items_shared", f.shared),
            ("groups_joined", f.joined),
        ];
        for (k, v) in want {
            assert_eq!(got[k].as_i64(), Some(v), "{name}.{k} in {body}");
        }
        for (b, board) in ["overall", "lending", "borrowing", "reputation"]
            .iter()
            .enumerate()
        {
            let mine = scores(&f)[b];
            let rank = 1 + all.iter().filter(|s| s[b] > mine).count() as u64;
            assert_eq!(
                body["ranks"][board]["rank"].as_u64(),
                Some(rank),
                "{name} on {board}"
            );
            assert_eq!(body["ranks"][board]["score"].as_i64(), Some(mine));
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, .. ProptestConfig::default() })]

    #[test]
    fn random_commands_keep_every_view_equal_to_recomputation(ops in prop::collection::vec(op(), 10..90)) {
        tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap()
            .block_on(run_ops(ops));
    }
}
