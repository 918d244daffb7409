use comuniza::domain::figures::Figures;
use comuniza::domain::records::UserId;
use comuniza::store::codec::Stored;
use comuniza::store::commands::AdjustPoints;
use comuniza::store::tables::{
    BOARDS, BOARD_HISTOGRAM, FIGURES, ITEMS_BY_OWNER, SEARCH_BLOCKS, SEARCH_POSTINGS_BEFORE_BLOCKS,
};
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

    rebuild_clean(&app);
    let txn = app.engine.db.begin_read().unwrap();
    let figures = txn.open_table(FIGURES).unwrap();
    let f = Figures::decode(figures.get(bob).unwrap().unwrap().value()).unwrap();
    assert_eq!(f.items_borrowed, 1);
}

/// Rebuilds every view from the records, and checks that verify then finds nothing.
fn rebuild_clean(app: &crate::helpers::TestApp) {
    let now = comuniza::domain::time::now();
    comuniza::views::rebuild::rebuild(&app.engine.db, now, redb::Durability::Immediate).unwrap();
    app.verify_clean();
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
    rebuild_clean(&app);
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

/// A data file from a release whose rules counted private items as shared, and whose search
/// index kept a key per posting: its figures and its index are recomputed under the current
/// rules the first time it is opened, and only then.
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
    let diary = engine
        .writer
        .run_blocking(Actor::User(ana), CreateItem(diary))
        .unwrap();
    assert_eq!(items_shared(&engine), 0);
    engine.close();
    let finds_diary = |db: &redb::Database| {
        use comuniza::domain::search::Kind;
        use comuniza::views::search::query::{search, Seen};
        let txn = db.begin_read().unwrap();
        let mut owner = |_| Ok(Some(Seen::PLAIN));
        search(&txn, Kind::Item, "diary", (1, 20), &mut owner)
            .unwrap()
            .ids
    };

    // Make it the file an older release left: its private item counted, no rules mark.
    let db = redb::Database::open(&path).unwrap();
    let txn = db.begin_write().unwrap();
    {
        let mut figures = txn.open_table(FIGURES).unwrap();
        let mut f = Figures::decode(figures.get(ana.0).unwrap().unwrap().value()).unwrap();
        f.items_shared = 1;
        figures.insert(ana.0, f.encode().as_slice()).unwrap();
        txn.open_table(META).unwrap().remove("rules").unwrap();
        // The index as it was kept then: a key per posting, no blocks.
        txn.delete_table(SEARCH_BLOCKS).unwrap();
        let mut old = txn.open_table(SEARCH_POSTINGS_BEFORE_BLOCKS).unwrap();
        old.insert((1, "diari", 42), ()).unwrap();
    }
    txn.commit().unwrap();
    assert!(finds_diary(&db).is_empty(), "the old postings are not read");
    assert!(
        comuniza::views::rebuild::behind(&db).unwrap(),
        "verify can tell"
    );
    drop(db);

    let engine = Engine::open(&path, Default::default()).unwrap();
    assert!(!comuniza::views::rebuild::behind(&*engine.db).unwrap());
    assert_eq!(items_shared(&engine), 0);
    assert_eq!(finds_diary(&engine.db), [diary]);
    crate::helpers::assert_no_tables(&engine.db, &["search_postings"]);
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

/// Records whose words wait for the search index's next merge (`views::search::fresh`): the
/// postings still hold what they had, and verify takes that as it is, while it names a pending
/// document that is not the record's.
#[tokio::test]
async fn verify_takes_records_waiting_for_the_search_index_and_names_a_damaged_one() {
    use comuniza::domain::search::{Doc, Field, Kind, Language};
    use comuniza::store::commands::{Actor, UpdateItem};
    use comuniza::store::tables::SEARCH_FRESH;
    use comuniza::views::search::fresh::{decode, encode, FRESH_MAX};
    use redb::ReadableTableMetadata;

    let app = spawn_app().await;
    let (lena, bob) = (app.user("lena").await, app.user("bob").await);
    let pump = app.item(bob, "Bicycle pump", vec![]).await;
    let mut spanners = Vec::new();
    for n in 0..FRESH_MAX {
        spanners.push(app.item(lena, &format!("Spanner {n}"), vec![]).await);
    }
    let pending = |app: &crate::helpers::TestApp| {
        let txn = app.engine.db.begin_read().unwrap();
        let fresh = txn.open_table(SEARCH_FRESH).unwrap();
        let keys: Vec<(u8, u64)> = fresh
            .iter()
            .unwrap()
            .map(|r| r.unwrap().0.value())
            .collect();
        assert_eq!(keys.len() as u64, fresh.len().unwrap());
        keys
    };
    let merged = pending(&app);
    assert!(
        (merged.len() as u64) < FRESH_MAX - 3,
        "a merge came: {merged:?}"
    );
    assert!(!merged.contains(&(Kind::Member as u8, bob.0)));
    assert!(!merged.contains(&(Kind::Item as u8, pump.0)));
    assert!(!merged.contains(&(Kind::Item as u8, spanners[0].0)));
    // Since the merge: bob switched off (his own document gone, his item's changed), a
    // spanner archived (gone), a new item.
    app.set_active(bob, false).await;
    let archived = spanners[0];
    let fields = crate::helpers::item_fields("Spanner 0", vec![]);
    let archive = UpdateItem {
        item: archived,
        fields,
        is_active: false,
    };
    app.ok(Actor::User(lena), archive).await;
    let barrow = app.item(lena, "Wheelbarrow", vec![]).await;
    let waiting = pending(&app);
    for key in [
        (Kind::Member as u8, bob.0),
        (Kind::Item as u8, pump.0),
        (Kind::Item as u8, archived.0),
        (Kind::Item as u8, barrow.0),
    ] {
        assert!(waiting.contains(&key), "{key:?} waits: {waiting:?}");
    }
    app.verify_clean();

    // The wheelbarrow's pending document says another title.
    let hammer = Doc::of(Kind::Item, &[(Field::Title, "Hammer")], Language::English).unwrap();
    let txn = app.engine.db.begin_write().unwrap();
    {
        let mut fresh = txn.open_table(SEARCH_FRESH).unwrap();
        let key = (Kind::Item as u8, barrow.0);
        let row = fresh.get(key).unwrap().unwrap().value().to_vec();
        let (indexed, _) = decode(&row).unwrap();
        fresh
            .insert(key, encode(indexed, hammer.as_bytes()).as_slice())
            .unwrap();
    }
    txn.commit().unwrap();
    let d = comuniza::views::verify::verify(&*app.engine.db).unwrap();
    assert_eq!(d.count, 1, "{:#?}", d.lines);
    let line = format!("search: items {}'s pending document differs", barrow.0);
    assert!(d.lines[0].starts_with(&line), "{:#?}", d.lines);

    rebuild_clean(&app);
    assert!(
        pending(&app).is_empty(),
        "a rebuild writes every record's postings"
    );
}
