use comuniza::domain::figures::Figures;
use comuniza::store::codec::Stored;
use comuniza::store::tables::{BOARD_HISTOGRAM, FIGURES};
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
    }
    txn.commit().unwrap();

    let d = comuniza::views::verify::verify(&*app.engine.db).unwrap();
    assert_eq!(d.count, 2, "{:#?}", d.lines);
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

    comuniza::views::rebuild::rebuild(&app.engine.db, 0, redb::Durability::Immediate).unwrap();
    app.verify_clean();
    let txn = app.engine.db.begin_read().unwrap();
    let figures = txn.open_table(FIGURES).unwrap();
    let f = Figures::decode(figures.get(bob).unwrap().unwrap().value()).unwrap();
    assert_eq!(f.items_borrowed, 1);
}
