//! The period and group boards (issue 20) on the engine, with the writer's clock pinned:
//! events spread over several weeks, a month's boundary crossed with no batch step, members
//! switched off and on, joining and leaving groups; a model written here from the issue
//! predicts every kept board and score, the site's and each group's, and `verify` (as of the
//! pinned clock) finds the tables equal to their recomputation.

use std::collections::BTreeMap;

use comuniza::domain::boards::Board;
use comuniza::domain::choice::{PointsKind, Privacy};
use comuniza::domain::periods::{Period, Span};
use comuniza::domain::records::{GroupId, ItemId, UserId};
use comuniza::domain::time::{parse_datetime, Millis};
use comuniza::domain::zone::Zone;
use comuniza::store::commands::{Actor, AdjustPoints, JoinGroup, LeaveGroup};
use comuniza::views::periods::{period_code, slot, Slot, ALL_TIME, SITE};
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
    let top = app
        .read()
        .period_top(board, slot(span), SITE, 1000)
        .unwrap();
    top.into_iter().map(|(u, _, s)| (u, s)).collect()
}

/// A public group in Berlin that `host` makes and `members` join.
async fn group_of(app: &TestApp, host: UserId, name: &str, members: &[UserId]) -> GroupId {
    let group = app.group(host, name, Privacy::Public, "Berlin", "").await;
    for &u in members {
        app.ok(Actor::User(u), JoinGroup { group }).await;
    }
    group
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
    let key = |span: Span| {
        (
            Board::Overall.index() as u8,
            period_code(Period::Week),
            span.start,
            SITE,
        )
    };
    let standings = &app.engine.standings;
    let members = |span| {
        let db = &app.engine.db;
        standings.period_standing(db, key(span), 4).unwrap().1
    };
    // Asked for, the week's index is loaded (and would be moved by the writer from now on).
    assert_eq!(members(utc_week), 1);
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
    assert_eq!(members(berlin_week), 1);
    assert_eq!(members(utc_week), 0);
    verify_at(&app, late_sunday);
}

/// A group's board as stored: (user, score), best first.
fn group_board(app: &TestApp, board: Board, at: Slot, group: GroupId) -> Vec<(UserId, i64)> {
    let top = app.read().period_top(board, at, group.0, 1000).unwrap();
    top.into_iter().map(|(u, _, s)| (u, s)).collect()
}

#[tokio::test]
async fn a_member_of_two_groups_is_on_both_until_banned_from_one_and_gone_from_all() {
    use comuniza::store::commands::{DeleteAccount, Moderate, Moderation};
    let app = spawn_app().await;
    let now = at("2026-12-09T12:00:00Z");
    app.engine.writer.clock().pin(now);
    let host = app.user("host").await;
    let (ana, bob) = (app.user("ana").await, app.user("bob").await);
    let mut groups = Vec::new();
    for name in ["Kreuzberg Tools", "Neukoelln Books"] {
        groups.push(group_of(&app, host, name, &[ana, bob]).await);
    }
    let item = app.item(ana, "Ladder", vec![]).await;
    app.complete_loan(item, ana, bob).await;
    points(&app, bob, 7).await;
    let month = slot(Span::of(Period::Month, now, &Zone::default()));
    for &g in &groups {
        assert_eq!(group_board(&app, Board::Lending, month, g), [(ana, 10)]);
        assert_eq!(group_board(&app, Board::Borrowing, month, g), [(bob, 10)]);
        assert_eq!(group_board(&app, Board::Overall, month, g), [(bob, 7)]);
        // All time: every member with a score, the host's trust of 50 too.
        let trust = group_board(&app, Board::Reputation, ALL_TIME, g);
        assert_eq!(trust.len(), 3, "{trust:?}");
        assert_eq!(group_board(&app, Board::Lending, ALL_TIME, g), [(ana, 10)]);
    }
    verify_at(&app, now);
    // Banned from the first group: off its boards, still on the second's.
    let ban = Moderate {
        group: groups[0],
        user: ana,
        action: Moderation::Ban,
    };
    app.ok(Actor::User(host), ban).await;
    assert!(group_board(&app, Board::Lending, month, groups[0]).is_empty());
    assert!(group_board(&app, Board::Lending, ALL_TIME, groups[0]).is_empty());
    assert_eq!(
        group_board(&app, Board::Lending, month, groups[1]),
        [(ana, 10)]
    );
    verify_at(&app, now);
    // Gone from the site: off every board, the groups' and the site's.
    app.ok(Actor::System, DeleteAccount { user: ana }).await;
    assert!(group_board(&app, Board::Lending, month, groups[1]).is_empty());
    assert!(group_board(&app, Board::Lending, ALL_TIME, groups[1]).is_empty());
    assert!(board(
        &app,
        Board::Lending,
        Span::of(Period::Month, now, &Zone::default())
    )
    .is_empty());
    assert_eq!(
        group_board(&app, Board::Borrowing, month, groups[1]),
        [(bob, 10)]
    );
    verify_at(&app, now);
}

#[derive(Debug, Clone)]
enum Op {
    Points(usize, i64),
    /// A loan of the lender's item to the borrower, returned.
    Return(usize, usize),
    /// The clock moves on this many hours.
    Wait(u32),
    Active(usize, bool),
    /// A member joins (`true`) or leaves one of the groups.
    Member(usize, usize, bool),
}

const USERS: usize = 4;
const GROUPS: usize = 2;

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        4 => (0..USERS, prop_oneof![-4i64..0, 1i64..9]).prop_map(|(u, p)| Op::Points(u, p)),
        3 => (0..USERS, 0..USERS).prop_map(|(l, b)| Op::Return(l, b)),
        3 => (1u32..240).prop_map(Op::Wait),
        1 => (0..USERS, any::<bool>()).prop_map(|(u, a)| Op::Active(u, a)),
        2 => (0..USERS, 0..GROUPS, any::<bool>()).prop_map(|(u, g, j)| Op::Member(u, g, j)),
    ]
}

/// What the issue says a period board is: the active members (of the scope: `on`) whose
/// events in the period add up to something other than 0, best first, then by id.
fn expected(
    events: &[(usize, Board, Millis, i64)],
    on: &dyn Fn(usize) -> bool,
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
    best_first(sums.into_iter().filter(|&(u, s)| s != 0 && on(u)).collect())
}

fn best_first(mut rows: Vec<(usize, i64)>) -> Vec<(usize, i64)> {
    rows.sort_by_key(|&(u, s)| (-s, u));
    rows
}

/// Asks for a rank on every board kept at `now`, which loads their indexes.
fn load_indexes(app: &TestApp, groups: &[GroupId], now: Millis) {
    let utc = Zone::default();
    let scopes = std::iter::once(SITE).chain(groups.iter().map(|g| g.0));
    for scope in scopes {
        for b in Board::ALL {
            let mut slots = vec![ALL_TIME];
            for period in Period::ALL {
                let current = Span::of(period, now, &utc);
                slots.extend([slot(current), slot(current.previous())]);
            }
            for (p, start) in slots {
                let key = (b.index() as u8, p, start, scope);
                let standings = &app.engine.standings;
                standings.period_standing(&app.engine.db, key, 0).unwrap();
            }
        }
    }
}

/// One stored board against the model's rows, and the in-memory ranks of each of its scores.
fn check_board(
    app: &TestApp,
    users: &[UserId],
    b: Board,
    at: Slot,
    scope: u64,
    rows: &[(usize, i64)],
) {
    let stored: Vec<(usize, i64)> = app
        .read()
        .period_top(b, at, scope, 100)
        .unwrap()
        .into_iter()
        .map(|(u, _, s)| (users.iter().position(|x| *x == u).unwrap(), s))
        .collect();
    assert_eq!(stored, rows, "{b:?} {at:?} scope {scope}");
    // Ranks from the in-memory index: 1 + those strictly ahead; ties share one.
    let key = (b.index() as u8, at.0, at.1, scope);
    for &(_, score) in rows {
        let ahead = rows.iter().filter(|r| r.1 > score).count() as u64;
        let standings = &app.engine.standings;
        let (standing, total) = standings
            .period_standing(&app.engine.db, key, score)
            .unwrap();
        assert_eq!((standing.rank, total), (ahead + 1, rows.len() as u64));
    }
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
    // The groups' host takes part in nothing but is on their boards (a trust of 50).
    let host = app.user("host").await;
    users.push(host);
    let mut groups: Vec<GroupId> = Vec::new();
    for g in 0..GROUPS {
        let name = format!("Group {g}");
        groups.push(app.group(host, &name, Privacy::Public, "Town", "").await);
    }
    // members[g][u]: user u is an active member of group g.
    let mut members = vec![vec![false; USERS + 1]; GROUPS];
    for m in &mut members {
        m[USERS] = true;
    }
    let mut active = [true; USERS + 1];
    let mut events: Vec<(usize, Board, Millis, i64)> = Vec::new();
    for op in ops {
        match op {
            Op::Points(u, p) => {
                points(&app, users[u], p).await;
                events.push((u, Board::Overall, now, p));
            }
            Op::Return(l, b) if l != b && active[l] && active[b] => {
                app.complete_loan(items[l], users[l], users[b]).await;
                events.push((l, Board::Lending, now, 10));
                events.push((b, Board::Borrowing, now, 10));
            }
            Op::Wait(h) => {
                now += i64::from(h) * HOUR;
                clock.pin(now);
                // The rank indexes of the boards now kept are loaded here, so that at the
                // end some come from their rows and some from the writer's moves since.
                load_indexes(&app, &groups, now);
            }
            Op::Active(u, a) => {
                app.set_active(users[u], a).await;
                active[u] = a;
            }
            Op::Member(u, g, join) if active[u] && members[g][u] != join => {
                let group = groups[g];
                if join {
                    app.ok(Actor::User(users[u]), JoinGroup { group }).await;
                } else {
                    app.ok(Actor::User(users[u]), LeaveGroup { group }).await;
                }
                members[g][u] = join;
            }
            // Refused or nothing to do: a loan with a member switched off (their items
            // cannot be borrowed), joining twice, leaving a group one is not in.
            Op::Return(..) | Op::Member(..) => {}
        }
    }
    let utc = Zone::default();
    let scopes = std::iter::once(SITE).chain(groups.iter().map(|g| g.0));
    for (n, scope) in scopes.enumerate() {
        let on = |u: usize| active[u] && (scope == SITE || members[n - 1][u]);
        for b in [Board::Overall, Board::Lending, Board::Borrowing] {
            for period in Period::ALL {
                let current = Span::of(period, now, &utc);
                for span in [current, current.previous()] {
                    let rows = expected(&events, &on, b, span);
                    check_board(&app, &users, b, slot(span), scope, &rows);
                }
            }
        }
        if scope == SITE {
            continue;
        }
        // A group's all-time boards: its members' all-time scores that are not 0.
        for b in Board::ALL {
            let snap = app.read();
            let scores = (0..=USERS).filter(|&u| on(u)).map(|u| {
                let f = snap.figures(users[u]).unwrap();
                (u, b.score(&f))
            });
            let rows = best_first(scores.filter(|r| r.1 != 0).collect());
            check_board(&app, &users, b, ALL_TIME, scope, &rows);
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

/// The hall of fame of a scope: (month's first day, board, place, user, score), oldest first.
fn hall(app: &TestApp, scope: u64) -> Vec<(i32, Board, u8, UserId, i64)> {
    let months = comuniza::views::read::hall_of_fame(&app.read(), scope, 100).unwrap();
    let mut out = Vec::new();
    for (month, boards) in months.into_iter().rev() {
        for (board, places) in boards {
            for (place, user, _, score) in places {
                out.push((month, board, place, user, score));
            }
        }
    }
    out
}

/// The instant November's lending is done at.
fn november() -> Millis {
    at("2026-11-10T12:00:00Z")
}

/// November's lenders, with the clock pinned at [`november`]: ana lends twice (20), bob once
/// (10), both to cara, with the "Lender of the month" badge in place; bob is a member of
/// `group`.
struct November {
    ana: UserId,
    bob: UserId,
    cara: UserId,
    lender: comuniza::domain::records::BadgeId,
    drill: ItemId,
}

async fn lenders_of_november(app: &TestApp, group: Option<GroupId>) -> November {
    app.engine.writer.clock().pin(november());
    let (ana, bob, cara) = (
        app.user("ana").await,
        app.user("bob").await,
        app.user("cara").await,
    );
    let lender = app
        .badge(
            "lender-of-the-month",
            25,
            "period_top",
            Some(1),
            r#"{"board": "lending", "period": "month"}"#,
        )
        .await;
    if let Some(group) = group {
        app.ok(Actor::User(bob), JoinGroup { group }).await;
    }
    let (ladder, drill) = (
        app.item(ana, "Ladder", vec![]).await,
        app.item(bob, "Drill", vec![]).await,
    );
    app.complete_loan(ladder, ana, cara).await;
    app.complete_loan(ladder, ana, cara).await;
    app.complete_loan(drill, bob, cara).await;
    November {
        ana,
        bob,
        cara,
        lender,
        drill,
    }
}

#[tokio::test]
async fn a_month_closes_once_into_the_hall_of_fame_and_its_lender_of_the_month() {
    use comuniza::store::commands::SendReminders;
    let app = spawn_app().await;
    let clock = app.engine.writer.clock();
    let november = november();
    clock.pin(november);
    let host = app.user("host").await;
    let kiez = app.group(host, "Kiez", Privacy::Public, "Berlin", "").await;
    let November {
        ana,
        bob,
        cara,
        lender,
        drill,
    } = lenders_of_november(&app, Some(kiez)).await;
    let badges = |user| app.read().user_badges_of(user).unwrap();
    assert!(badges(ana).is_empty(), "not before the month ends");
    // December: the scheduler's write (reminders) is the first write; it closes November.
    let december = at("2026-12-01T00:10:00Z");
    clock.pin(december);
    app.ok(Actor::System, SendReminders { at: december }).await;
    let nov = Span::of(Period::Month, november, &Zone::default()).start;
    let site = hall(&app, SITE);
    assert!(
        site.contains(&(nov, Board::Lending, 0, ana, 20))
            && site.contains(&(nov, Board::Lending, 1, bob, 10)),
        "{site:?}"
    );
    assert!(site.contains(&(nov, Board::Borrowing, 0, cara, 30)));
    // The group's hall: its members only (bob; the host scored nothing).
    let group = hall(&app, kiez.0);
    assert_eq!(group, [(nov, Board::Lending, 0, bob, 10)]);
    // The API gives the halls with the boards.
    let api = app.json("/api/leaderboards?period=month&group=kiez").await;
    let month = &api["hall_of_fame"][0];
    assert_eq!(month["month"], "2026-11-01", "{api}");
    assert_eq!(month["boards"]["lending"][0]["username"], "bob");
    assert_eq!(month["boards"]["lending"][0]["rank"], 1);
    let site_api = app.json("/api/leaderboards?period=week").await;
    let lending = &site_api["hall_of_fame"][0]["boards"]["lending"];
    assert_eq!(lending[0]["username"], "ana", "{site_api}");
    assert_eq!(
        (lending[1]["rank"].clone(), lending[1]["score"].clone()),
        (2.into(), 10.into())
    );
    // Lender of the month, once: ana alone (first), with the badge's points.
    assert_eq!(badges(ana).len(), 1);
    assert_eq!(badges(ana)[0].0, lender);
    assert!(badges(bob).is_empty() && badges(cara).is_empty());
    let points_of = |user| app.read().figures(user).unwrap().points;
    assert_eq!(points_of(ana), 25);
    // More writes in December, and the writer forgetting what it remembers (a refused
    // command resets nothing, a failed batch would): nothing is closed or awarded again.
    points(&app, cara, 1).await;
    app.ok(Actor::System, SendReminders { at: december }).await;
    assert_eq!(hall(&app, SITE), site);
    assert_eq!(badges(ana).len(), 1);
    assert_eq!(points_of(ana), 25);
    verify_at(&app, december);
    // January: December's lender is bob (tied with no one); ana keeps hers, not twice.
    app.complete_loan(drill, bob, cara).await;
    let january = at("2027-01-04T08:00:00Z");
    clock.pin(january);
    points(&app, cara, 1).await;
    assert_eq!(badges(bob).len(), 1);
    assert_eq!(badges(ana).len(), 1);
    let dec = Span::of(Period::Month, december, &Zone::default()).start;
    assert!(hall(&app, SITE).contains(&(dec, Board::Lending, 0, bob, 10)));
    verify_at(&app, january);
    // The badge's page tells a member how it is earned.
    let session = comuniza::store::commands::StartSession {
        user: cara,
        hash: comuniza::auth::secret::digest("hall-cara"),
        csrf: "t".into(),
        lifetime: 3_600_000,
    };
    app.ok(Actor::System, session).await;
    let url = format!("{}/badges/lender-of-the-month", app.base);
    let signed_in = app
        .client
        .get(url)
        .header("cookie", "comuniza_session=hall-cara");
    let page = signed_in.send().await.unwrap().text().await.unwrap();
    let rule = "Awarded when each month ends to the first on that month's Lending board";
    assert!(page.contains(rule), "{page}");
}

/// No write for two months (a server switched off over the holidays): the first write after
/// closes November, December and January, in order, each once; November's lender gets the
/// badge, the empty months leave no hall and award nothing.
#[tokio::test]
async fn months_that_ended_while_nobody_wrote_are_all_closed_by_the_next_write() {
    use comuniza::store::commands::SendReminders;
    let app = spawn_app().await;
    let clock = app.engine.writer.clock();
    let november = november();
    let November {
        ana,
        bob,
        cara,
        lender,
        ..
    } = lenders_of_november(&app, None).await;
    // A weekly rule too: its awards, closed first, must not prune November's rows.
    let weekly = r#"{"board": "lending", "period": "week"}"#;
    let of_the_week = app
        .badge("lender-of-the-week", 5, "period_top", Some(1), weekly)
        .await;
    let february = at("2027-02-03T07:00:00Z");
    clock.pin(february);
    app.ok(Actor::System, SendReminders { at: february }).await;
    let nov = Span::of(Period::Month, november, &Zone::default()).start;
    let site = hall(&app, SITE);
    let months: std::collections::BTreeSet<i32> = site.iter().map(|h| h.0).collect();
    assert_eq!(months.into_iter().collect::<Vec<_>>(), [nov], "{site:?}");
    assert!(
        site.contains(&(nov, Board::Lending, 0, ana, 20)),
        "{site:?}"
    );
    assert!(
        site.contains(&(nov, Board::Lending, 1, bob, 10)),
        "{site:?}"
    );
    let badges = |user| app.read().user_badges_of(user).unwrap();
    let mut awarded: Vec<_> = badges(ana).into_iter().map(|b| b.0).collect();
    awarded.sort();
    assert_eq!(awarded, [lender, of_the_week]);
    assert!(badges(bob).is_empty() && badges(cara).is_empty());
    // Every kind is marked closed up to the one just ended: later writes close nothing.
    let jan = Span::of(Period::Month, february, &Zone::default()).previous();
    let closed = |kind: Period| {
        let txn = redb::ReadableDatabase::begin_read(&*app.engine.db).unwrap();
        let meta = txn.open_table(comuniza::store::tables::META).unwrap();
        let key = comuniza::views::periods::closed_key(kind);
        redb::ReadableTable::get(&meta, key)
            .unwrap()
            .map(|v| v.value() as i64)
    };
    assert_eq!(closed(Period::Month), Some(i64::from(jan.start)));
    let last_week = Span::of(Period::Week, february, &Zone::default()).previous();
    assert_eq!(closed(Period::Week), Some(i64::from(last_week.start)));
    points(&app, cara, 1).await;
    assert_eq!(hall(&app, SITE), site);
    assert_eq!(badges(ana).len(), 2);
    verify_at(&app, february);
}

#[tokio::test]
async fn the_hall_of_fame_is_on_the_boards_pages_with_hidden_names_hidden() {
    use comuniza::domain::privacy::ProfilePrivacy;
    use comuniza::store::commands::SetProfilePrivacy;
    let app = spawn_app().await;
    let clock = app.engine.writer.clock();
    clock.pin(at("2026-11-10T12:00:00Z"));
    let (ana, bob) = (app.user("ana").await, app.user("bob").await);
    let ladder = app.item(ana, "Ladder", vec![]).await;
    app.complete_loan(ladder, ana, bob).await;
    clock.pin(at("2026-12-02T12:00:00Z"));
    points(&app, bob, 1).await;
    let (client, base) = (app.client.clone(), app.base.clone());
    let page = |path: &'static str| {
        let (client, url) = (client.clone(), format!("{base}{path}"));
        async move { client.get(url).send().await.unwrap().text().await.unwrap() }
    };
    let month = page("/leaderboards?period=month").await;
    assert!(
        month.contains("Hall of fame") && month.contains("November 2026"),
        "{month}"
    );
    assert!(
        month.contains(r#"<a href="/users/ana">ana</a> · 10"#),
        "{month}"
    );
    // Ana leaves the boards: the cached page forgets her in the hall too.
    let hidden = ProfilePrivacy {
        show_on_boards: false,
        ..ProfilePrivacy::default()
    };
    app.ok(Actor::User(ana), SetProfilePrivacy { privacy: hidden })
        .await;
    let month = page("/leaderboards?period=month").await;
    assert!(!month.contains("/users/ana"), "{month}");
    assert!(month.contains("November 2026"));
}

/// A hall of fame place names the member as they are now: switched off or deleted since,
/// they are named to no one (their score and place stay), as they are on no board.
#[tokio::test]
async fn members_switched_off_or_deleted_since_are_nameless_in_the_hall_of_fame() {
    use comuniza::store::commands::{DeleteAccount, SendReminders};
    let app = spawn_app().await;
    let clock = app.engine.writer.clock();
    let November { ana, bob, .. } = lenders_of_november(&app, None).await;
    let december = at("2026-12-02T12:00:00Z");
    clock.pin(december);
    app.ok(Actor::System, SendReminders { at: december }).await;
    let lending = |api: &serde_json::Value| api["hall_of_fame"][0]["boards"]["lending"].clone();
    let api = app.json("/api/leaderboards?period=month").await;
    assert_eq!(lending(&api)[0]["username"], "ana", "{api}");
    assert_eq!(lending(&api)[1]["username"], "bob", "{api}");
    let page = || async {
        let url = format!("{}/leaderboards?period=month", app.base);
        app.client
            .get(url)
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap()
    };
    assert!(page()
        .await
        .contains(r#"<a href="/users/ana">ana</a> · 20"#));
    // Staff switch ana off; bob deletes his account.
    app.set_active(ana, false).await;
    app.ok(Actor::User(bob), DeleteAccount { user: bob }).await;
    let api = app.json("/api/leaderboards?period=month").await;
    let places = lending(&api);
    let expected = serde_json::json!([
        {"rank": 1, "username": null, "score": 20},
        {"rank": 2, "username": null, "score": 10},
    ]);
    assert_eq!(places, expected, "{api}");
    let html = page().await;
    assert!(html.contains("November 2026"), "{html}");
    assert!(!html.contains("/users/ana") && !html.contains("/users/former-member"));
    // Not to staff either: no name is kept aside for anyone.
    let hall = comuniza::views::read::hall_of_fame(&app.read(), SITE, 1).unwrap();
    let names: Vec<Option<String>> = hall[0].1[0].1.iter().map(|p| p.2.clone()).collect();
    assert_eq!(names, [None, None]);
    // Ana back: named again.
    app.set_active(ana, true).await;
    let api = app.json("/api/leaderboards?period=month").await;
    assert_eq!(lending(&api)[0]["username"], "ana", "{api}");
}

/// Points lost in a month (a penalty) put a member on its board, below everyone who gained,
/// but never in its hall of fame, and never make them its "Points of the month".
#[tokio::test]
async fn a_member_who_lost_points_is_never_in_the_hall_of_fame() {
    use comuniza::store::commands::SendReminders;
    let app = spawn_app().await;
    let clock = app.engine.writer.clock();
    let november = at("2026-11-10T12:00:00Z");
    clock.pin(november);
    let (ana, bob, cara) = (
        app.user("ana").await,
        app.user("bob").await,
        app.user("cara").await,
    );
    let host = app.user("host").await;
    let kiez = group_of(&app, host, "Kiez", &[bob, cara]).await;
    let monthly = r#"{"board": "overall", "period": "month"}"#;
    let badge = app
        .badge("points-of-the-month", 5, "period_top", Some(3), monthly)
        .await;
    points(&app, ana, 4).await;
    points(&app, bob, -3).await;
    points(&app, cara, -1).await;
    let nov = Span::of(Period::Month, november, &Zone::default());
    assert_eq!(
        board(&app, Board::Overall, nov),
        [(ana, 4), (cara, -1), (bob, -3)]
    );
    let december = at("2026-12-01T08:00:00Z");
    clock.pin(december);
    app.ok(Actor::System, SendReminders { at: december }).await;
    let site: Vec<_> = hall(&app, SITE)
        .into_iter()
        .filter(|h| h.1 == Board::Overall)
        .collect();
    assert_eq!(site, [(nov.start, Board::Overall, 0, ana, 4)]);
    // Kiez's members all lost points: no place in its hall.
    let group: Vec<_> = hall(&app, kiez.0)
        .into_iter()
        .filter(|h| h.1 == Board::Overall)
        .collect();
    assert_eq!(group, []);
    let badges = |user| app.read().user_badges_of(user).unwrap();
    assert_eq!(badges(ana).len(), 1);
    assert_eq!(badges(ana)[0].0, badge);
    assert!(badges(bob).is_empty() && badges(cara).is_empty());
}

/// The clock set months ahead by mistake, then put back: the months it "closed" had not
/// begun. When it is back, the marks it left are found, the hall forgets those months, the
/// boards are counted again from the records, and the real month closes when it ends, with
/// the lending done after the clock was put back.
#[tokio::test]
async fn a_clock_set_ahead_then_back_closes_the_real_month_when_it_ends() {
    use comuniza::store::commands::SendReminders;
    let app = spawn_app().await;
    let clock = app.engine.writer.clock();
    let november = november();
    let November {
        ana,
        bob,
        cara,
        drill,
        ..
    } = lenders_of_november(&app, None).await;
    // Set ahead to March 2027: November, December... February close (ana's badge comes
    // early, and stays); cara lends in March, which closes in April.
    let march = at("2027-03-10T12:00:00Z");
    clock.pin(march);
    let spade = app.item(cara, "Spade", vec![]).await;
    app.complete_loan(spade, cara, bob).await;
    clock.pin(at("2027-04-02T12:00:00Z"));
    points(&app, cara, 1).await;
    let mar = Span::of(Period::Month, march, &Zone::default()).start;
    assert!(hall(&app, SITE).iter().any(|h| h.0 == mar), "set ahead");
    // Back to November: bob lends twice more, ahead of ana.
    let late_november = at("2026-11-20T12:00:00Z");
    clock.pin(late_november);
    app.complete_loan(drill, bob, cara).await;
    app.complete_loan(drill, bob, cara).await;
    assert_eq!(
        hall(&app, SITE),
        [],
        "no month has ended since November began"
    );
    let nov = Span::of(Period::Month, november, &Zone::default());
    assert_eq!(board(&app, Board::Lending, nov), [(bob, 30), (ana, 20)]);
    verify_at(&app, late_november);
    // December: November closes, with bob first.
    let december = at("2026-12-01T00:10:00Z");
    clock.pin(december);
    app.ok(Actor::System, SendReminders { at: december }).await;
    let lending: Vec<_> = hall(&app, SITE)
        .into_iter()
        .filter(|h| h.1 == Board::Lending)
        .collect();
    assert_eq!(
        lending,
        [
            (nov.start, Board::Lending, 0, bob, 30),
            (nov.start, Board::Lending, 1, ana, 20),
        ]
    );
    assert_eq!(app.read().user_badges_of(bob).unwrap().len(), 1);
    verify_at(&app, december);
}

/// The rank indexes of a period's boards are let go once the period is no longer kept.
#[tokio::test]
async fn the_rank_indexes_of_periods_no_longer_kept_are_let_go() {
    let app = spawn_app().await;
    let clock = app.engine.writer.clock();
    let november = at("2026-11-10T12:00:00Z");
    clock.pin(november);
    let ana = app.user("ana").await;
    points(&app, ana, 4).await;
    let week = slot(Span::of(Period::Week, november, &Zone::default()));
    let month = slot(Span::of(Period::Month, november, &Zone::default()));
    let standings = &app.engine.standings;
    let rank = |(p, start): Slot, score| {
        let key = (Board::Overall.index() as u8, p, start, SITE);
        standings
            .period_standing(&app.engine.db, key, score)
            .unwrap()
            .0
            .rank
    };
    assert_eq!((rank(week, 4), rank(month, 4)), (1, 1));
    assert_eq!(standings.period_boards_held(), 2);
    // Two weeks on: November's second week is neither this week nor last.
    clock.pin(at("2026-11-24T12:00:00Z"));
    points(&app, ana, 1).await;
    assert_eq!(standings.period_boards_held(), 1, "the month's stays");
    // The month's index kept moving: ana's 5 is first, a 4 would be second.
    assert_eq!((rank(month, 5), rank(month, 4)), (1, 2));
}

/// A server off from November to February, then started on a release that rebuilds its
/// views: the rebuild keeps November's and December's rows (never closed), so the first
/// write closes them as it would have without the rebuild.
#[tokio::test]
async fn a_rebuild_after_months_off_keeps_the_unclosed_months_for_their_close() {
    use comuniza::store::commands::SendReminders;
    let app = spawn_app().await;
    let clock = app.engine.writer.clock();
    let november = november();
    let November { ana, bob, .. } = lenders_of_november(&app, None).await;
    let february = at("2027-02-03T07:00:00Z");
    comuniza::views::rebuild::rebuild(&app.engine.db, february, redb::Durability::Immediate)
        .unwrap();
    verify_at(&app, february);
    clock.pin(february);
    app.ok(Actor::System, SendReminders { at: february }).await;
    let nov = Span::of(Period::Month, november, &Zone::default()).start;
    let lending: Vec<_> = hall(&app, SITE)
        .into_iter()
        .filter(|h| h.1 == Board::Lending)
        .collect();
    assert_eq!(
        lending,
        [
            (nov, Board::Lending, 0, ana, 20),
            (nov, Board::Lending, 1, bob, 10),
        ]
    );
    assert_eq!(app.read().user_badges_of(ana).unwrap().len(), 1);
    verify_at(&app, february);
}

/// `verify` compares the period and group boards slot by slot: a damaged row of a group's
/// month, of a group's all-time board and of the site's year is each named, in its table,
/// and a rebuild puts them right.
#[tokio::test]
async fn verify_names_damaged_period_and_group_rows_and_rebuild_repairs_them() {
    use comuniza::store::tables::{PERIOD_BOARDS, PERIOD_SCORES};
    use comuniza::views::periods::{row_key, score_key};
    let app = spawn_app().await;
    let now = at("2026-12-09T12:00:00Z");
    app.engine.writer.clock().pin(now);
    let host = app.user("host").await;
    let (ana, bob) = (app.user("ana").await, app.user("bob").await);
    let g = group_of(&app, host, "Kreuzberg Tools", &[ana, bob]).await;
    let item = app.item(ana, "Ladder", vec![]).await;
    app.complete_loan(item, ana, bob).await;
    verify_at(&app, now);

    let zone = Zone::default();
    let (month, year) = (
        Span::of(Period::Month, now, &zone),
        Span::of(Period::Year, now, &zone),
    );
    let txn = app.engine.db.begin_write().unwrap();
    {
        let mut rows = txn.open_table(PERIOD_BOARDS).unwrap();
        // The group's month: ana's lending row gone.
        let gone = row_key(Board::Lending, slot(month), g.0, 10, ana);
        assert!(rows.remove(gone).unwrap().is_some());
        // The group's all-time borrowing board: bob's row under another name.
        let renamed = row_key(Board::Borrowing, ALL_TIME, g.0, 10, bob);
        assert!(rows.insert(renamed, "mallory").unwrap().is_some());
        let mut scores = txn.open_table(PERIOD_SCORES).unwrap();
        // The site's year: bob's borrowing score changed.
        let changed = score_key(Board::Borrowing, year, bob);
        assert_eq!(scores.insert(changed, 30).unwrap().unwrap().value(), 10);
    }
    txn.commit().unwrap();

    let d = comuniza::views::verify::verify_at(&*app.engine.db, now).unwrap();
    assert_eq!(d.count, 3, "{:#?}", d.lines);
    let said = |start: &str, has: &str| {
        d.lines
            .iter()
            .any(|l| l.starts_with(start) && l.contains(has))
    };
    let key = |k: (u8, u8, i32, u64, u64, u64)| format!("{k:?}");
    let gone = row_key(Board::Lending, slot(month), g.0, 10, ana);
    assert!(said("period boards: ", &key(gone)), "{:#?}", d.lines);
    assert!(said("period boards: ", "\"mallory\""), "{:#?}", d.lines);
    assert!(said("period scores: ", " 30"), "{:#?}", d.lines);

    comuniza::views::rebuild::rebuild(&app.engine.db, now, redb::Durability::Immediate).unwrap();
    verify_at(&app, now);
}

/// The period boards' tables as files before rules version 7 named them.
const OLD_TABLES: [&str; 2] = ["view_period_scores", "view_period_boards"];

/// A data file from before rules version 7 kept the period and group boards with their keys
/// as tuples, in tables of other names: it is rebuilt when first opened, its boards read as
/// before, and the old tables are gone.
#[tokio::test]
async fn boards_kept_with_tuple_keys_are_rebuilt_with_byte_keys_when_opened() {
    use comuniza::store::tables::{
        META, PERIOD_BOARDS, PERIOD_BOARDS_BEFORE_BYTES, PERIOD_SCORES, PERIOD_SCORES_BEFORE_BYTES,
    };
    use redb::{ReadableDatabase, ReadableTable, ReadableTableMetadata};
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("rules-6.redb");
    // The app's own folder is another: the file stays across the restart.
    let app = crate::helpers::serve_in(tempfile::tempdir().unwrap(), &path).await;
    let now = comuniza::domain::time::now();
    let host = app.user("host").await;
    let (ana, bob) = (app.user("ana").await, app.user("bob").await);
    let g = group_of(&app, host, "Kreuzberg Tools", &[ana, bob]).await;
    let item = app.item(ana, "Ladder", vec![]).await;
    app.complete_loan(item, ana, bob).await;
    let month = slot(Span::of(Period::Month, now, &Zone::default()));
    let boards = |app: &TestApp| {
        [(ALL_TIME, g.0), (month, g.0), (month, SITE)].map(|(at, scope)| {
            let top = app
                .read()
                .period_top(Board::Lending, at, scope, 10)
                .unwrap();
            top.into_iter().map(|(u, _, s)| (u, s)).collect::<Vec<_>>()
        })
    };
    let before = boards(&app);
    assert!(
        before.iter().all(|b| b.len() == 1),
        "ana lent once: {before:?}"
    );
    app.stop().await;

    // Make it the file rules version 6 left.
    let db = redb::Database::open(&path).unwrap();
    let txn = db.begin_write().unwrap();
    let rows = {
        let mut old = txn.open_table(PERIOD_SCORES_BEFORE_BYTES).unwrap();
        for row in txn.open_table(PERIOD_SCORES).unwrap().iter().unwrap() {
            let (k, v) = row.unwrap();
            old.insert(k.value(), v.value()).unwrap();
        }
        let mut old = txn.open_table(PERIOD_BOARDS_BEFORE_BYTES).unwrap();
        for row in txn.open_table(PERIOD_BOARDS).unwrap().iter().unwrap() {
            let (k, v) = row.unwrap();
            old.insert(k.value(), v.value()).unwrap();
        }
        old.len().unwrap()
    };
    txn.delete_table(PERIOD_SCORES).unwrap();
    txn.delete_table(PERIOD_BOARDS).unwrap();
    txn.open_table(META).unwrap().insert("rules", 6).unwrap();
    txn.commit().unwrap();
    // A backup by this release before the file is brought to its rules is refused, and says
    // what to do.
    let dest = dir.path().join("copy.redb");
    let refused = comuniza::store::backup::backup(&db, Some(&path), &dest, false).unwrap_err();
    assert!(
        refused.to_string().contains("earlier release's rules"),
        "{refused}"
    );
    assert!(!dest.exists());
    drop(db);

    let app = crate::helpers::serve_in(tempfile::tempdir().unwrap(), &path).await;
    assert_eq!(boards(&app), before);
    let txn = app.engine.db.begin_read().unwrap();
    assert_eq!(txn.open_table(PERIOD_BOARDS).unwrap().len().unwrap(), rows);
    drop(txn);
    crate::helpers::assert_no_tables(&app.engine.db, &OLD_TABLES);
    app.verify_clean();
    let copy = comuniza::store::backup::backup(&*app.engine.db, None, &dest, false).unwrap();
    assert!(copy.rows > 0 && dest.exists(), "{copy:?}");
}

/// A file with no members yet, last opened by a release before rules version 7 (which made
/// its tables, empty): opened now, the older rules' tables are gone, and it backs up.
#[test]
fn an_empty_file_of_older_rules_loses_their_tables_when_opened() {
    use comuniza::store::tables::{META, PERIOD_BOARDS_BEFORE_BYTES, PERIOD_SCORES_BEFORE_BYTES};
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("empty-rules-6.redb");
    comuniza::engine::Engine::open(&path, Default::default())
        .unwrap()
        .close();
    let db = redb::Database::open(&path).unwrap();
    let txn = db.begin_write().unwrap();
    txn.open_table(PERIOD_SCORES_BEFORE_BYTES).unwrap();
    txn.open_table(PERIOD_BOARDS_BEFORE_BYTES).unwrap();
    txn.open_table(META).unwrap().insert("rules", 6).unwrap();
    txn.commit().unwrap();
    drop(db);

    let engine = comuniza::engine::Engine::open(&path, Default::default()).unwrap();
    crate::helpers::assert_no_tables(&engine.db, &OLD_TABLES);
    let dest = dir.path().join("copy.redb");
    comuniza::store::backup::backup(&*engine.db, None, &dest, false).unwrap();
    engine.close();
}
