use comuniza::domain::choice::Privacy;
use comuniza::store::commands::Actor;
use comuniza::store::commands::{ReviewLoan, SetGroupActive, SetUserActive, SetUserStaff};

use crate::helpers::spawn_app;

#[tokio::test]
async fn returning_a_loan_moves_the_lender_up_the_lending_board() {
    let app = spawn_app().await;
    let (lena, bo, cy) = (
        app.user("lena").await,
        app.user("bob").await,
        app.user("cyd").await,
    );
    let drill = app.item(lena, "Drill", vec![]).await;
    assert_eq!(
        app.rank("lena", "lending").await,
        (1, 0),
        "everyone shares rank 1 at 0"
    );

    app.complete_loan(drill, lena, bo).await;

    assert_eq!(app.rank("lena", "lending").await, (1, 10));
    assert_eq!(app.rank("bob", "lending").await, (2, 0));
    assert_eq!(
        app.rank("cyd", "lending").await,
        (2, 0),
        "ties share a rank"
    );
    assert_eq!(app.rank("bob", "borrowing").await, (1, 10));
    let boards = app.json("/api/leaderboards").await;
    let lending = &boards["boards"]["lending"];
    assert_eq!(lending[0]["username"], "lena");
    assert_eq!(lending[0]["score"], 10);
    assert_eq!(lending[1]["rank"], 2);
    assert_eq!(lending[1]["username"], "bob", "ties are ordered by user id");
    assert_eq!(boards["me"], serde_json::Value::Null);
    assert_eq!(app.figure("lena", "items_lent").await, 1);
    assert_eq!(app.figure("bob", "items_borrowed").await, 1);
    assert_eq!(app.figure("bob", "on_time_returns").await, 1);
    // 50 + min(2 * 1, 20) = 52
    assert_eq!(app.figure("bob", "trust_score").await, 52);
    let _ = cy;
    app.verify_clean();
}

#[tokio::test]
async fn reviews_move_the_trust_score_with_the_floor_rule() {
    let app = spawn_app().await;
    let (ann, ben) = (app.user("ann").await, app.user("ben").await);
    let book = app.item(ann, "Book", vec![]).await;
    let lamp = app.item(ann, "Lamp", vec![]).await;
    let kite = app.item(ann, "Kite", vec![]).await;
    for (item, rating) in [(book, 5), (lamp, 5), (kite, 4)] {
        let loan = app.complete_loan(item, ann, ben).await;
        app.ok(
            Actor::User(ann),
            ReviewLoan {
                loan,
                rating,
                comment: "ok".into(),
            },
        )
        .await;
    }
    // 3 reviews summing 14: floor(140 / 3) = 46; 50 + 46 - 25 + min(2 * 3, 20) = 77.
    assert_eq!(app.figure("ben", "rating_sum").await, 14);
    assert_eq!(app.figure("ben", "trust_score").await, 77);
    assert_eq!(app.figure("ann", "reviews_given").await, 3);
    assert_eq!(app.rank("ben", "reputation").await, (1, 77));
    assert_eq!(app.rank("ann", "reputation").await, (2, 50));
    app.verify_clean();
}

#[tokio::test]
async fn inactive_users_leave_every_board_and_their_profile_answers_404() {
    let app = spawn_app().await;
    let admin = app.user("admin").await;
    app.ok(
        Actor::System,
        SetUserStaff {
            user: admin,
            staff: true,
        },
    )
    .await;
    let (a, b) = (app.user("alpha").await, app.user("beta").await);
    let item = app.item(a, "Saw", vec![]).await;
    app.complete_loan(item, a, b).await;
    app.ok(
        Actor::User(admin),
        SetUserActive {
            user: a,
            active: false,
        },
    )
    .await;
    let (status, body) = app.get("/api/users/alpha").await;
    assert_eq!(status, 404);
    assert!(body["error"].as_str().unwrap().contains("not found"));
    let boards = app.json("/api/leaderboards").await;
    let lending: Vec<&str> = boards["boards"]["lending"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["username"].as_str().unwrap())
        .collect();
    assert_eq!(lending, ["admin", "beta"]);
    assert_eq!(app.rank("beta", "lending").await, (1, 0));
    app.set_active(a, true).await;
    assert_eq!(app.rank("alpha", "lending").await, (1, 10));
    app.verify_clean();
}

#[tokio::test]
async fn the_map_counts_listed_groups_per_place_in_order() {
    let app = spawn_app().await;
    let o = app.user("owner").await;
    app.group(o, "Berlin Tools", Privacy::Public, "Berlin", "52.520008")
        .await;
    app.group(o, "Berlin Books", Privacy::Request, "Berlin", "52.520008")
        .await;
    app.group(o, "Secret Berlin", Privacy::Private, "Berlin", "52.520008")
        .await;
    app.group(o, "Nowhere", Privacy::Public, "", "").await;
    app.group(o, "Aachen", Privacy::Public, "Aachen", "50.775346")
        .await;
    let closed = app
        .group(o, "Closed", Privacy::Public, "Aachen", "50.775346")
        .await;
    app.ok(
        Actor::User(o),
        SetGroupActive {
            group: closed,
            active: false,
        },
    )
    .await;
    let v = app.json("/api/groups/locations").await;
    let locs = v["locations"].as_array().unwrap();
    assert_eq!(locs.len(), 2, "{v}");
    assert_eq!(locs[0]["city"], "Berlin");
    assert_eq!(
        locs[0]["group_count"], 2,
        "the private group is not published"
    );
    assert_eq!(locs[0]["latitude"].as_f64(), Some(52.520008));
    assert_eq!(locs[0]["longitude"].as_f64(), Some(13.404954));
    assert_eq!(locs[1]["city"], "Aachen");
    assert_eq!(locs[1]["group_count"], 1);
    app.verify_clean();
}
