use comuniza::domain::figures::Figures;
use comuniza::domain::records::UserId;
use comuniza::store::codec::Stored;
use comuniza::store::commands::AdjustPoints;
use comuniza::store::tables::{BOARDS, BOARD_HISTOGRAM, FIGURES, ITEMS_BY_OWNER};
use redb::{ReadableDatabase, ReadableTable};

use crate::helpers::spawn_app;

#[tokio::test]
async fn verify_names_a_damaged_view_and_rebuild_repairs_it() {
    let app = spawn_app().await;
    let (lena, bob) = (app.user("lena").await, app.user("bob").await);
    let drill = app.item(lena, "Drill", vec![]).await;
    app.complete_loan(drill, lena, bob).await;
    app.verify_clean();

    // Damage two views behind the writer's back: a figure and a histogram count.
    let txn = app.engine.db.begin_write().unwrap();
    {
        let mut figures = txn.open_table(FIGURES).unwrap();
        let mut f = Figures::decode(figures.get(bob).unwrap().unwrap().value()).unwrap();
        f.items_borrowed = 7;
        figures.insert(bob, f.encode().as_slice()).unwrap();
        let mut hist = txn.open_table(BOARD_HISTOGRAM).unwrap();
        hist.insert((0u8, 12345i64), 1).unwrap();
        // A row gone, and a board row naming someone else.
        let mut by_owner = txn.open_table(ITEMS_BY_OWNER).unwrap();
        assert!(by_owner.remove((lena.0, drill.0)).unwrap().is_some());
        let mut board = txn.open_table(BOARDS[0]).unwrap();
        let first = board.first().unwrap().map(|(k, _)| k.value()).unwrap();
        board.insert(first, "mallory").unwrap();
    }
    txn.commit().unwrap();

    let d = comuniza::views::verify::verify(&*app.engine.db).unwrap();
    assert_eq!(d.count, 4, "{:#?}", d.lines);
    let said = |start: &str, has: &str| {
        d.lines
            .iter()
            .any(|l| l.starts_with(start) && l.contains(has))
    };
    assert!(
        said(
            "items by owner: ",
            &format!("({}, {}) = () is missing", lena.0, drill.0)
        ),
        "{:#?}",
        d.lines
    );
    assert!(said("board overall: ", "is \"mallory\""), "{:#?}", d.lines);
    assert!(
        d.lines
            .iter()
            .any(|l| l.starts_with("figures: ") && l.contains("items_borrowed: 7")),
        "{:#?}",
        d.lines
    );
    assert!(
        d.lines
            .iter()
            .any(|l| l.starts_with("board histogram: (0, 12345)")),
        "{:#?}",
        d.lines
    );

    comuniza::views::rebuild::rebuild(
        &app.engine.db,
        comuniza::domain::time::now(),
        redb::Durability::Immediate,
    )
    .unwrap();
    app.verify_clean();
    let txn = app.engine.db.begin_read().unwrap();
    let figures = txn.open_table(FIGURES).unwrap();
    let f = Figures::decode(figures.get(bob).unwrap().unwrap().value()).unwrap();
    assert_eq!(f.items_borrowed, 1);
}

/// Points entries written behind the writer's back, as a hand-edited file would hold them.
fn write_points(app: &crate::helpers::TestApp, user: UserId, entries: &[(u64, i64)]) {
    use comuniza::domain::choice::PointsKind;
    use comuniza::domain::records::PointsEntry;
    let txn = app.engine.db.begin_write().unwrap();
    {
        let mut points = txn.open_table(comuniza::store::tables::POINTS).unwrap();
        for (id, n) in entries {
            let entry = PointsEntry {
                user,
                transaction_type: PointsKind::Bonus,
                points: *n,
                description: "edited".into(),
                created_at: 0,
            };
            points.insert(*id, entry.encode().as_slice()).unwrap();
        }
    }
    txn.commit().unwrap();
}

#[tokio::test]
async fn a_sum_past_what_a_figure_holds_is_refused_and_reported_never_wrapped() {
    use comuniza::store::commands::{Actor, CommandError};
    let app = spawn_app().await;
    let ana = app.user("ana").await;
    // The write path: ana's points near the largest value; a staff grant past it is refused
    // whole and changes nothing.
    write_points(&app, ana, &[(900, i64::MAX - 10)]);
    comuniza::views::rebuild::rebuild(
        &app.engine.db,
        comuniza::domain::time::now(),
        redb::Durability::Immediate,
    )
    .unwrap();
    app.verify_clean();
    let refused = app
        .run(
            Actor::System,
            AdjustPoints {
                user: ana,
                kind: comuniza::domain::choice::PointsKind::Bonus,
                points: 100,
                description: "too much".into(),
            },
        )
        .await;
    match refused {
        Err(CommandError::Internal(comuniza::store::StoreError::Overflow { user, source })) => {
            assert_eq!((user, source.field), (ana, "points"));
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(app.figure("ana", "points").await, i64::MAX - 10);
    app.verify_clean();

    // Records that add up past it (two edited entries): verify says so and names the user;
    // rebuild refuses rather than store a wrapped number.
    write_points(&app, ana, &[(901, i64::MAX - 10)]);
    let d = comuniza::views::verify::verify(&*app.engine.db).unwrap();
    assert!(
        d.lines.iter().any(|l| l
            == &format!(
                "figures: user {ana}: points would pass the largest value a figure holds \
                 (its records add up to more than it can hold)"
            )),
        "{:#?}",
        d.lines
    );
    let e = comuniza::views::rebuild::rebuild(
        &app.engine.db,
        comuniza::domain::time::now(),
        redb::Durability::Immediate,
    )
    .unwrap_err();
    assert!(
        e.to_string().contains(&format!("user {ana}: points")),
        "{e}"
    );
    assert_eq!(app.figure("ana", "points").await, i64::MAX - 10);
}

/// A data file from a release whose rules counted private items as shared: its figures are
/// recomputed under the current rules the first time it is opened, and only then.
#[test]
fn a_file_computed_under_older_rules_is_rebuilt_once_when_opened() {
    use comuniza::domain::choice::Visibility;
    use comuniza::engine::Engine;
    use comuniza::store::commands::{Actor, CreateItem, CreateUser};
    use comuniza::store::tables::META;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old-rules.redb");
    let engine = Engine::open(&path, Default::default()).unwrap();
    let ana = UserId(
        engine
            .writer
            .run_blocking(
                Actor::System,
                CreateUser {
                    username: "ana".into(),
                    email: "ana@example.org".into(),
                    first_name: String::new(),
                    last_name: String::new(),
                    password: "!".into(),
                    is_staff: false,
                },
            )
            .unwrap(),
    );
    let items_shared = |engine: &Engine| {
        engine
            .snapshot()
            .unwrap()
            .figures(ana)
            .unwrap()
            .items_shared
    };
    let mut diary = crate::helpers::item_fields("Diary", vec![]);
    diary.visibility = Visibility::Private;
    engine
        .writer
        .run_blocking(Actor::User(ana), CreateItem(diary))
        .unwrap();
    assert_eq!(items_shared(&engine), 0);
    engine.close();

    // Make it the file an older release left: its private item counted, no rules mark.
    let db = redb::Database::open(&path).unwrap();
    let txn = db.begin_write().unwrap();
    {
        let mut figures = txn.open_table(FIGURES).unwrap();
        let mut f = Figures::decode(figures.get(ana.0).unwrap().unwrap().value()).unwrap();
        f.items_shared = 1;
        figures.insert(ana.0, f.encode().as_slice()).unwrap();
        txn.open_table(META).unwrap().remove("rules").unwrap();
    }
    txn.commit().unwrap();
    assert!(
        comuniza::views::rebuild::behind(&db).unwrap(),
        "verify can tell"
    );
    drop(db);

    let engine = Engine::open(&path, Default::default()).unwrap();
    assert!(!comuniza::views::rebuild::behind(&*engine.db).unwrap());
    assert_eq!(items_shared(&engine), 0);
    let d = comuniza::views::verify::verify(&*engine.db).unwrap();
    assert_eq!(d.count, 0, "{:?}", d.lines);
    engine.close();

    // Marked now: a later figure a command keeps is left as it is at the next open.
    let db = redb::Database::open(&path).unwrap();
    let txn = db.begin_read().unwrap();
    let rules = txn
        .open_table(META)
        .unwrap()
        .get("rules")
        .unwrap()
        .map(|v| v.value());
    assert_eq!(rules, Some(comuniza::views::rebuild::RULES));
}
