use comuniza::domain::records::BadgeId;
use comuniza::store::commands::Actor;
use comuniza::store::commands::{AdjustPoints, CreateBadge, GrantBadge, ReviewLoan};
use serde_json::json;

use crate::helpers::{badge_fields, spawn_app};

#[tokio::test]
async fn sharing_an_item_awards_its_badge_in_the_same_write() {
    let app = spawn_app().await;
    app.badge("comrade", 10, "item_shared", Some(1), "{}").await;
    app.badge("library-hero", 50, "item_shared", Some(2), "{}")
        .await;
    let ana = app.user("ana").await;
    app.item(ana, "Tent", vec![]).await;

    let detail = app.json("/api/badges/comrade").await;
    assert_eq!(detail["total_earned"], 1);
    assert_eq!(detail["recent_earners"][0]["username"], "ana");
    assert_eq!(detail["has_earned"], serde_json::Value::Null);
    assert_eq!(
        app.figure("ana", "points").await,
        10,
        "the badge's points are in the ledger"
    );
    assert_eq!(app.rank("ana", "overall").await, (1, 10));
    let profile = app.json("/api/users/ana").await;
    assert_eq!(profile["badges"].as_array().unwrap().len(), 1);
    assert_eq!(profile["badges"][0]["slug"], "comrade");
    let hero = app.json("/api/badges/library-hero").await;
    assert_eq!(hero["total_earned"], 0);
    app.verify_clean();
}

#[tokio::test]
async fn the_rating_rule_is_exact_and_needs_min_reviews() {
    let app = spawn_app().await;
    app.badge(
        "well-regarded",
        40,
        "threshold_reached",
        None,
        r#"{"type": "rating", "value": 4.4, "min_reviews": 5}"#,
    )
    .await;
    let (lender, star) = (app.user("lender").await, app.user("star").await);
    // Ratings 5,5,4,4,4 sum to 22 over 5 reviews: exactly 4.4 = 22/5.
    for (i, rating) in [5, 5, 4, 4, 4].into_iter().enumerate() {
        let item = app.item(lender, &format!("Thing {i}"), vec![]).await;
        let loan = app.complete_loan(item, lender, star).await;
        app.ok(
            Actor::User(lender),
            ReviewLoan {
                loan,
                rating,
                comment: String::new(),
            },
        )
        .await;
        let earned = app.json("/api/badges/well-regarded").await["total_earned"]
            .as_u64()
            .unwrap();
        assert_eq!(earned, u64::from(i == 4), "after {} reviews", i + 1);
    }
    app.verify_clean();
}

#[tokio::test]
async fn the_badge_list_is_ordered_and_hides_secret_and_inactive_badges() {
    let app = spawn_app().await;
    let mut b = badge_fields("zeta", 5);
    b.display_order = 1;
    app.ok(Actor::System, CreateBadge(b.clone())).await;
    b.slug = "alpha".into();
    b.name = "Alpha".into();
    app.ok(Actor::System, CreateBadge(b.clone())).await;
    b.slug = "gold-first".into();
    b.name = "Zzz".into();
    b.badge_type = comuniza::domain::choice::BadgeType::Gold;
    app.ok(Actor::System, CreateBadge(b.clone())).await;
    b.slug = "secret".into();
    b.is_secret = true;
    app.ok(Actor::System, CreateBadge(b.clone())).await;
    b.slug = "off".into();
    b.is_secret = false;
    b.is_active = false;
    app.ok(Actor::System, CreateBadge(b.clone())).await;
    let list = app.json("/api/badges").await;
    let slugs: Vec<&str> = list["badges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["slug"].as_str().unwrap())
        .collect();
    // Same order and category: badge_type "bronze" < "gold", then name "Alpha" < "zeta".
    assert_eq!(slugs, ["alpha", "zeta", "gold-first"]);
    assert_eq!(list["badges"][0]["total_earned"], json!(0));
    assert_eq!(app.get("/api/badges/secret").await.0, 404);
    assert_eq!(app.get("/api/badges/off").await.0, 404);
    assert_eq!(app.get("/api/badges/nope").await.0, 404);
}

#[tokio::test]
async fn a_new_rule_is_awarded_to_everyone_it_holds_for() {
    let app = spawn_app().await;
    let ana = app.user("ana").await;
    app.item(ana, "Tent", vec![]).await;
    app.badge("comrade", 10, "item_shared", Some(1), "{}").await;
    assert_eq!(app.json("/api/badges/comrade").await["total_earned"], 1);
    assert_eq!(app.figure("ana", "points").await, 10);
    let staff = app.staff("staff").await;
    app.ok(
        Actor::User(staff),
        AdjustPoints {
            user: ana,
            kind: comuniza::domain::choice::PointsKind::Penalty,
            points: -25,
            description: "Late".into(),
        },
    )
    .await;
    assert_eq!(app.rank("ana", "overall").await, (2, -15));
    app.verify_clean();
}

#[tokio::test]
async fn a_badge_granted_by_hand_shows_on_a_cached_profile_even_when_it_is_worth_nothing() {
    let app = spawn_app().await;
    let ana = app.user("ana").await;
    let thanks = app
        .ok(Actor::System, CreateBadge(badge_fields("thank-you", 0)))
        .await;
    // The profile is cached before the grant.
    let before = app.json("/api/users/ana").await;
    assert_eq!(before["badges"], json!([]));
    app.ok(
        Actor::System,
        GrantBadge {
            user: ana,
            badge: BadgeId(thanks),
        },
    )
    .await;
    let after = app.json("/api/users/ana").await;
    assert_eq!(after["badges"][0]["slug"], "thank-you", "{after}");
    assert_eq!(after["figures"]["points"], 0);
    app.verify_clean();
}
