//! A month's close by the real binary, across SIGKILLs: the month before this one is written
//! in-process with the writer's clock in it, then the binary (on the real clock) closes it in
//! its first batch while writers are busy and is killed at random moments around it. The
//! hall of fame holds the month, its "Lender of the month" is awarded exactly once with its
//! points once, and `verify` is clean.

use super::*;
use comuniza::domain::boards::Board;
use comuniza::domain::choice::{BadgeCategory, BadgeType};
use comuniza::domain::loan::LoanAction;
use comuniza::domain::periods::{Period, Span};
use comuniza::domain::records::{BadgeId, LoanId};
use comuniza::domain::time::MS_PER_DAY;
use comuniza::store::commands::{
    AchievementFields, BadgeFields, CreateAchievement, CreateBadge, CreateItem, LoanStep,
    RequestLoan,
};
use comuniza::views::periods::SITE;

/// Last month's lender (two returns) and the "Lender of the month" badge, written with the
/// writer's clock on the 10th of last month (UTC, the site's zone).
fn last_months_lender(data: &Path, month: Span) -> (UserId, BadgeId) {
    let engine = Engine::open(data, Capacities::default()).unwrap();
    let w = &engine.writer;
    w.clock()
        .pin((i64::from(month.start) + 9) * MS_PER_DAY + 12 * 3_600_000);
    let lender = add_member(w, "lender", TOKEN);
    let borrower = add_member(w, "borrower", "crash-periods-borrower-0123456789");
    let badge = BadgeId(
        w.run_blocking(
            Actor::System,
            CreateBadge(BadgeFields {
                name: "Lender of the month".into(),
                slug: "lender-of-the-month".into(),
                description: "The month's first lender".into(),
                icon: "fas fa-star".into(),
                badge_type: BadgeType::Gold,
                category: BadgeCategory::Lending,
                points: 25,
                is_active: true,
                is_secret: false,
                display_order: 1,
            }),
        )
        .unwrap(),
    );
    let rule = AchievementFields {
        badge,
        trigger_type: "period_top".into(),
        threshold_value: Some(1),
        conditions: r#"{"board": "lending", "period": "month"}"#.into(),
        is_active: true,
    };
    w.run_blocking(Actor::System, CreateAchievement(rule))
        .unwrap();
    let fields = public_item("Ladder".into(), 7, Vec::new());
    let item = ItemId(
        w.run_blocking(Actor::User(lender), CreateItem(fields))
            .unwrap(),
    );
    for _ in 0..2 {
        let request = RequestLoan {
            item,
            group: None,
            message: String::new(),
        };
        let loan = LoanId(w.run_blocking(Actor::User(borrower), request).unwrap());
        for action in [
            LoanAction::Approve,
            LoanAction::HandOver,
            LoanAction::ConfirmReturn,
        ] {
            w.run_blocking(Actor::User(lender), LoanStep { loan, action })
                .unwrap();
        }
    }
    engine.close();
    (lender, badge)
}

#[test]
fn last_month_is_closed_once_by_the_binary_across_sigkills() {
    let seed =
        env_u64("COMUNIZA_CRASH_SEED").unwrap_or_else(|| comuniza::domain::time::now() as u64);
    println!("period close crash test: COMUNIZA_CRASH_SEED={seed}");
    let mut rng = Rng(seed | 1);
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("periods.redb");
    let utc = comuniza::domain::zone::Zone::default();
    let month = Span::of(Period::Month, comuniza::domain::time::now(), &utc).previous();
    let (lender, badge) = last_months_lender(&data, month);
    let points_before = read_only(&data).figures(lender).unwrap().points;
    assert!(
        comuniza::views::read::hall_of_fame(&read_only(&data), SITE, 12)
            .unwrap()
            .is_empty(),
        "nothing is closed before the binary runs"
    );

    let mut acked = Vec::new();
    for round in 0..6 {
        // The first batch closes the month; the kill lands before, in or after it.
        let mut server = start(&data);
        let stop = Arc::new(AtomicBool::new(false));
        let writers = write_until(&server.base, round, &stop);
        std::thread::sleep(Duration::from_millis(rng.below(60)));
        server.child.kill().unwrap();
        server.child.wait().unwrap();
        stop.store(true, Ordering::Relaxed);
        acked.extend(collect(writers));
    }
    let server = start(&data);
    let stop = Arc::new(AtomicBool::new(false));
    let writers = write_until(&server.base, 6, &stop);
    std::thread::sleep(Duration::from_millis(50));
    assert!(terminate(server).success());
    stop.store(true, Ordering::Relaxed);
    acked.extend(collect(writers));
    check(&data, &acked);

    let read = read_only(&data);
    let hall = comuniza::views::read::hall_of_fame(&read, SITE, 12).unwrap();
    assert_eq!(hall.len(), 1, "{hall:?}");
    let (first_day, boards) = &hall[0];
    assert_eq!(*first_day, month.start);
    let lending = boards.iter().find(|(b, _)| *b == Board::Lending);
    let places = &lending.expect("a lending board").1;
    assert_eq!(places.len(), 1, "{places:?}");
    assert_eq!((places[0].0, places[0].1), (0, lender));
    let awarded: Vec<BadgeId> = read
        .user_badges_of(lender)
        .unwrap()
        .into_iter()
        .map(|(b, _)| b)
        .collect();
    assert_eq!(awarded, [badge], "awarded exactly once");
    assert_eq!(read.figures(lender).unwrap().points, points_before + 25);
}
