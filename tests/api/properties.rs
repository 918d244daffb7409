//! Random sequences of commands from several users: afterwards `verify` finds no difference,
//! and a recomputation of every figure and rank from a model of the accepted commands, written
//! here from DOMAIN.md, agrees with the API.

use comuniza::domain::choice::PointsKind;
use comuniza::domain::loan::{LoanAction, Party};
use comuniza::domain::records::ItemId;
use comuniza::domain::records::LoanId;
use comuniza::domain::records::UserId;
use comuniza::store::commands::{Actor, Command};
use comuniza::store::commands::{
    AdjustPoints, CreateItem, JoinGroup, LeaveGroup, LoanStep, RequestLoan, ReviewLoan,
    SetUserActive, UpdateItem,
};
use proptest::prelude::*;

use crate::helpers::{item_fields, spawn_app, TestApp};

const USERS: usize = 4;
const BADGE_POINTS: i64 = 7;

#[derive(Debug, Clone)]
enum Op {
    Share(usize),
    Withdraw(usize, usize),
    Request(usize, usize),
    Act(usize, usize, LoanAction),
    /// The loan's next step on the way to `returned`, by the party who takes it.
    Advance(usize, bool),
    Review(usize, usize, i64),
    Join(usize),
    Leave(usize),
    Points(usize, i64),
    Activate(usize, bool),
}

fn op() -> impl Strategy<Value = Op> {
    let u = 0..USERS;
    let action = prop::sample::select(LoanAction::ALL.to_vec());
    prop_oneof![
        3 => u.clone().prop_map(Op::Share),
        1 => (u.clone(), 0..8usize).prop_map(|(a, b)| Op::Withdraw(a, b)),
        5 => (u.clone(), 0..5usize).prop_map(|(a, b)| Op::Request(a, b)),
        3 => (u.clone(), 0..10usize, action).prop_map(|(a, b, c)| Op::Act(a, b, c)),
        8 => (0..6usize, any::<bool>()).prop_map(|(l, b)| Op::Advance(l, b)),
        4 => (u.clone(), 0..6usize, 0..7i64).prop_map(|(a, b, c)| Op::Review(a, b, c)),
        1 => u.clone().prop_map(Op::Join),
        1 => u.clone().prop_map(Op::Leave),
        1 => (u.clone(), -30..30i64).prop_map(|(a, b)| Op::Points(a, b)),
        1 => (u, any::<bool>()).prop_map(|(a, b)| Op::Activate(a, b)),
    ]
}

/// What the accepted commands did, kept the simplest way.
#[derive(Default)]
struct Model {
    active: [bool; USERS],
    items: Vec<(usize, bool)>,
    /// (item, lender, borrower, status)
    loans: Vec<(usize, usize, usize, &'static str)>,
    /// (reviewer, reviewee, rating)
    reviews: Vec<(usize, usize, i64)>,
    member: [bool; USERS],
    points: [i64; USERS],
    badge: [bool; USERS],
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
        f.shared = self.items.iter().filter(|(o, a)| *o == u && *a).count() as i64;
        for &(_, lender, borrower, status) in &self.loans {
            if status == "returned" {
                f.lent += i64::from(lender == u);
                // Every loan here is returned the day it starts: on time.
                f.borrowed += i64::from(borrower == u);
                f.on_time += i64::from(borrower == u);
            }
        }
        for &(reviewer, reviewee, rating) in &self.reviews {
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
}

/// Who acts on loan `l`: mostly the party the action needs (so loans do reach `returned` and
/// get reviewed), and for `u == USERS - 1` user `u` as drawn, who is often the wrong one.
fn party(m: &Model, u: usize, l: usize, lender: bool) -> usize {
    let (_, lender_of, borrower_of, _) = m.loans[l];
    match (u == USERS - 1, lender) {
        (true, _) => u,
        (false, true) => lender_of,
        (false, false) => borrower_of,
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

fn next_status(status: &'static str, action: LoanAction) -> &'static str {
    match action {
        LoanAction::Approve => "approved",
        LoanAction::Reject => "rejected",
        LoanAction::Cancel => "cancelled",
        LoanAction::HandOver => "active",
        LoanAction::BorrowerReturn => "borrower_returned",
        LoanAction::ConfirmReturn if status != "returned" => "returned",
        LoanAction::ConfirmReturn => status,
    }
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
        let (actor, cmd): (UserId, Command) = match &op {
            Op::Share(u) => (ids[*u], CreateItem(item_fields("Thing", vec![])).into()),
            Op::Withdraw(u, i) if *i < item_ids.len() => {
                let mut f = item_fields("Thing", vec![]);
                f.title = "Thing".into();
                (
                    ids[*u],
                    UpdateItem {
                        item: item_ids[*i],
                        fields: f,
                        is_active: false,
                    }
                    .into(),
                )
            }
            Op::Request(u, i) if *i < item_ids.len() => (
                ids[*u],
                RequestLoan {
                    item: item_ids[*i],
                    group: None,
                    message: String::new(),
                }
                .into(),
            ),
            Op::Act(u, l, action) if *l < loan_ids.len() => (
                ids[party(&m, *u, *l, action.taken_by() == Party::Lender)],
                LoanStep {
                    loan: loan_ids[*l],
                    action: *action,
                }
                .into(),
            ),
            Op::Advance(l, borrower_first) if *l < loan_ids.len() => {
                let action = next_step(m.loans[*l].3, *borrower_first);
                let by_lender = action.taken_by() == Party::Lender;
                (
                    ids[if by_lender {
                        m.loans[*l].1
                    } else {
                        m.loans[*l].2
                    }],
                    LoanStep {
                        loan: loan_ids[*l],
                        action,
                    }
                    .into(),
                )
            }
            Op::Review(u, l, rating) if *l < loan_ids.len() => (
                ids[party(&m, *u, *l, *u % 2 == 0)],
                ReviewLoan {
                    loan: loan_ids[*l],
                    rating: *rating,
                    comment: String::new(),
                }
                .into(),
            ),
            Op::Join(u) => (ids[*u], JoinGroup { group }.into()),
            Op::Leave(u) => (ids[*u], LeaveGroup { group }.into()),
            Op::Points(u, p) => (
                staff,
                AdjustPoints {
                    user: ids[*u],
                    kind: PointsKind::Bonus,
                    points: *p,
                    description: "p".into(),
                }
                .into(),
            ),
            Op::Activate(u, a) => (
                staff,
                SetUserActive {
                    user: ids[*u],
                    active: *a,
                }
                .into(),
            ),
            _ => continue,
        };
        let Ok(id) = app.run(Actor::User(actor), cmd).await else {
            continue;
        };
        match op {
            Op::Share(u) => {
                item_ids.push(ItemId(id));
                m.items.push((u, true));
            }
            Op::Withdraw(_, i) => m.items[i].1 = false,
            Op::Request(u, i) => {
                loan_ids.push(LoanId(id));
                m.loans.push((i, m.items[i].0, u, "requested"));
            }
            Op::Act(_, l, action) => m.loans[l].3 = next_status(m.loans[l].3, action),
            Op::Advance(l, borrower_first) => {
                m.loans[l].3 = next_status(m.loans[l].3, next_step(m.loans[l].3, borrower_first))
            }
            Op::Review(u, l, rating) => {
                let u = party(&m, u, l, u % 2 == 0);
                let (_, lender, borrower, _) = m.loans[l];
                m.reviews
                    .push((u, if u == lender { borrower } else { lender }, rating));
            }
            Op::Join(u) => m.member[u] = true,
            Op::Leave(u) => m.member[u] = false,
            Op::Points(u, p) => m.points[u] += p,
            Op::Activate(u, a) => m.active[u] = a,
        }
        m.award_badges();
    }
    check(&app, &m).await;
    app.verify_clean();
}

async fn check(app: &TestApp, m: &Model) {
    let scores = |f: &Fig| [f.points, 10 * f.lent, 10 * f.borrowed, f.trust];
    // The staff member is on every board too: 0 points, 0 lent/borrowed, trust 50, in the group.
    let mut all: Vec<[i64; 4]> = vec![[0, 0, 0, 50]];
    for u in 0..USERS {
        if m.active[u] {
            all.push(scores(&m.figures(u)));
        }
    }
    for u in 0..USERS {
        let name = format!("user{u}");
        let (status, body) = app.get(&format!("/api/users/{name}")).await;
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
    #![proptest_config(ProptestConfig { cases: 24, .. ProptestConfig::default() })]

    #[test]
    fn random_commands_keep_every_view_equal_to_recomputation(ops in prop::collection::vec(op(), 10..90)) {
        tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap()
            .block_on(run_ops(ops));
    }
}
