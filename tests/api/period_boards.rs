//! The period boards (issue 20) on the engine, with the writer's clock pinned: events spread
//! over several weeks, a month's boundary crossed with no batch step, members switched off and
//! on; a model written here from the issue predicts every kept board and score, and `verify`
//! (as of the pinned clock) finds the tables equal to their recomputation.

use std::collections::BTreeMap;

use comuniza::domain::boards::Board;
use comuniza::domain::choice::PointsKind;
use comuniza::domain::periods::{Period, Span};
use comuniza::domain::records::{ItemId, UserId};
use comuniza::domain::time::{parse_datetime, Millis};
use comuniza::domain::zone::Zone;
use comuniza::store::commands::{Actor, AdjustPoints};
use comuniza::views::periods::{period_code, SITE};
use proptest::prelude::*;

use crate::helpers::{spawn_app, TestApp};

const HOUR: Millis = 3_600_000;

fn at(s: &str) -> Millis {
    parse_datetime(s).unwrap()
}

async fn points(app: &TestApp, user: UserId, points: i64) {
    let kind = if points < 0 {
        PointsKind::Penalty
    } else {
        PointsKind::Bonus
    };
    let cmd = AdjustPoints {
        user,
        kind,
        points,
        description: "for the test".into(),
    };
    app.ok(Actor::System, cmd).await;
}

/// A period board of the site as stored: (user, score), best first.
fn board(app: &TestApp, board: Board, span: Span) -> Vec<(UserId, i64)> {
    let top = app.read().period_top(board, span, SITE, 1000).unwrap();
    top.into_iter().map(|(u, _, s)| (u, s)).collect()
}

fn verify_at(app: &TestApp, now: Millis) {
    let d = comuniza::views::verify::verify_at(&*app.engine.db, now).unwrap();
    assert_eq!(
        d.count,
        0,
        "verify found differences:\n{}",
        d.lines.join("\n")
    );
}

#[tokio::test]
async fn a_month_ends_and_the_next_starts_empty_with_no_batch_step() {
    let app = spawn_app().await;
    let clock = app.engine.writer.clock();
    let (ana, bob) = (app.user("ana").await, app.user("bob").await);
    clock.pin(at("2026-12-30T10:00:00Z"));
    points(&app, ana, 5).await;
    points(&app, bob, 3).await;
    let utc = Zone::default();
    let december = Span::of(Period::Month, at("2026-12-30T10:00:00Z"), &utc);
    assert_eq!(board(&app, Board::Overall, december), [(ana, 5), (bob, 3)]);
    // The new year: January's board has no rows, December's is still there, untouched.
    let new_year = at("2027-01-02T09:00:00Z");
    clock.pin(new_year);
    let january = Span::of(Period::Month, new_year, &utc);
    assert_eq!(january.previous(), december);
    assert!(board(&app, Board::Overall, january).is_empty());
    points(&app, bob, 2).await;
    assert_eq!(board(&app, Board::Overall, january), [(bob, 2)]);
    assert_eq!(board(&app, Board::Overall, december), [(ana, 5), (bob, 3)]);
    // The year's board started again too; the all-time board did not.
    let year = Span::of(Period::Year, new_year, &utc);
    assert_eq!(board(&app, Board::Overall, year), [(bob, 2)]);
    assert_eq!(app.rank("bob", "overall").await, (1, 5));
    verify_at(&app, new_year);
    // March: December is no longer kept; the next write deletes its rows.
    let march = at("2027-03-03T09:00:00Z");
    clock.pin(march);
    points(&app, ana, 1).await;
    assert!(board(&app, Board::Overall, december).is_empty(), "pruned");
    let score = |span| app.read().period_score(Board::Overall, span, ana).unwrap();
    assert_eq!(score(december), 0);
    assert_eq!(score(Span::of(Period::Month, march, &utc)), 1);
    verify_at(&app, march);
}

#[tokio::test]
async fn a_member_switched_off_leaves_the_period_boards_and_comes_back_with_their_scores() {
    let app = spawn_app().await;
    let clock = app.engine.writer.clock();
    let now = at("2026-12-09T12:00:00Z");
    clock.pin(now);
    let (ana, bob) = (app.user("ana").await, app.user("bob").await);
    let item = app.item(ana, "Ladder", vec![]).await;
    app.complete_loan(item, ana, bob).await;
    let week = Span::of(Period::Week, now, &Zone::default());
    assert_eq!(board(&app, Board::Lending, week), [(ana, 10)]);
    assert_eq!(board(&app, Board::Borrowing, week), [(bob, 10)]);
    app.set_active(ana, false).await;
    assert!(board(&app, Board::Lending, week).is_empty());
    assert_eq!(
        app.read().period_score(Board::Lending, week, ana).unwrap(),
        10
    );
    verify_at(&app, now);
    app.set_active(ana, true).await;
    assert_eq!(board(&app, Board::Lending, week), [(ana, 10)]);
    verify_at(&app, now);
}

#[tokio::test]
async fn the_sites_time_zone_decides_when_a_week_begins() {
    use comuniza::domain::settings::Setting;
    use comuniza::store::commands::SetSetting;
    let app = spawn_app().await;
    let clock = app.engine.writer.clock();
    let ana = app.user("ana").await;
    // Sunday 23:30 in UTC is already Monday in Berlin.
    let late_sunday = at("2026-12-06T23:30:00Z");
    clock.pin(late_sunday);
    points(&app, ana, 4).await;
    let (utc, berlin) = (Zone::default(), Zone::named("Europe/Berlin").unwrap());
    let utc_week = Span::of(Period::Week, late_sunday, &utc);
    assert_eq!(board(&app, Board::Overall, utc_week), [(ana, 4)]);
    let zone = SetSetting {
        setting: Setting::TimeZone,
        value: "Europe/Berlin".into(),
    };
    app.ok(Actor::System, zone).await;
    let berlin_week = Span::of(Period::Week, late_sunday, &berlin);
    assert_ne!(berlin_week, utc_week);
    assert_eq!(board(&app, Board::Overall, berlin_week), [(ana, 4)]);
    assert!(board(&app, Board::Overall, utc_week).is_empty());
    // The ranks were counted again with the boards.
    let key = |span: Span| {
        (
            Board::Overall.index() as u8,
            period_code(Period::Week),
            span.start,
            SITE,
        )
    };
    let standings = &app.engine.standings;
    assert_eq!(standings.period_standing(key(berlin_week), 4).1, 1);
    assert_eq!(standings.period_standing(key(utc_week), 4).1, 0);
    verify_at(&app, late_sunday);
}

#[derive(Debug, Clone)]
enum Op {
    Points(usize, i64),
    /// A loan of the lender's item to the borrower, returned.
    Return(usize, usize),
    /// The clock moves on this many hours.
    Wait(u32),
    Active(usize, bool),
}

const USERS: usize = 4;

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        4 => (0..USERS, prop_oneof![-4i64..0, 1i64..9]).prop_map(|(u, p)| Op::Points(u, p)),
        3 => (0..USERS, 0..USERS).prop_map(|(l, b)| Op::Return(l, b)),
        3 => (1u32..240).prop_map(Op::Wait),
        1 => (0..USERS, any::<bool>()).prop_map(|(u, a)| Op::Active(u, a)),
    ]
}

/// What the issue says a period board is: the active members whose events in the period add
/// up to something other than 0, best first, then by id.
fn expected(
    events: &[(usize, Board, Millis, i64)],
    active: &[bool],
    board: Board,
    span: Span,
) -> Vec<(usize, i64)> {
    let utc = Zone::default();
    let mut sums: BTreeMap<usize, i64> = BTreeMap::new();
    for &(u, b, t, s) in events {
        if b == board && Span::of(span.period, t, &utc) == span {
            *sums.entry(u).or_default() += s;
        }
    }
    let mut rows: Vec<(usize, i64)> = sums
        .into_iter()
        .filter(|&(u, s)| s != 0 && active[u])
        .collect();
    rows.sort_by_key(|&(u, s)| (-s, u));
    rows
}

async fn run_ops(start_hours: u32, ops: Vec<Op>) {
    let app = spawn_app().await;
    let clock = app.engine.writer.clock();
    let mut now = at("2026-11-23T00:00:00Z") + i64::from(start_hours) * HOUR;
    clock.pin(now);
    let mut users = Vec::new();
    let mut items: Vec<ItemId> = Vec::new();
    for n in 0..USERS {
        let u = app.user(&format!("member{n}")).await;
        items.push(app.item(u, &format!("Tool {n}"), vec![]).await);
        users.push(u);
    }
    let mut active = vec![true; USERS];
    let mut events: Vec<(usize, Board, Millis, i64)> = Vec::new();
    for op in ops {
        match op {
            Op::Points(u, p) => {
                points(&app, users[u], p).await;
                events.push((u, Board::Overall, now, p));
            }
            // Switched-off members' items cannot be borrowed: such a loan is left out.
            Op::Return(l, b) if l != b && active[l] && active[b] => {
                app.complete_loan(items[l], users[l], users[b]).await;
                events.push((l, Board::Lending, now, 10));
                events.push((b, Board::Borrowing, now, 10));
            }
            Op::Return(..) => {}
            Op::Wait(h) => {
                now += i64::from(h) * HOUR;
                clock.pin(now);
            }
            Op::Active(u, a) => {
                app.set_active(users[u], a).await;
                active[u] = a;
            }
        }
    }
    let utc = Zone::default();
    let snap = app.read();
    for b in [Board::Overall, Board::Lending, Board::Borrowing] {
        for period in Period::ALL {
            let current = Span::of(period, now, &utc);
            for span in [current, current.previous()] {
                let stored: Vec<(usize, i64)> = snap
                    .period_top(b, span, SITE, 100)
                    .unwrap()
                    .into_iter()
                    .map(|(u, _, s)| (users.iter().position(|x| *x == u).unwrap(), s))
                    .collect();
                let rows = expected(&events, &active, b, span);
                assert_eq!(stored, rows, "{b:?} {span:?}");
                // Ranks from the in-memory index: 1 + those strictly ahead; ties share one.
                let key = (b.index() as u8, period_code(span.period), span.start, SITE);
                for &(_, score) in &rows {
                    let ahead = rows.iter().filter(|r| r.1 > score).count() as u64;
                    let (standing, total) = app.engine.standings.period_standing(key, score);
                    assert_eq!((standing.rank, total), (ahead + 1, rows.len() as u64));
                }
            }
        }
    }
    verify_at(&app, now);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, .. ProptestConfig::default() })]

    #[test]
    fn period_boards_are_exact_against_the_model(
        start in 0u32..(24 * 40),
        ops in prop::collection::vec(op(), 5..60),
    ) {
        tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap()
            .block_on(run_ops(start, ops));
    }
}
