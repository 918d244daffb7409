//! Home, badges, leaderboards, profiles (shared parts from L1, the viewer's part per request),
//! the API's personal fields and the JSON write API with access tokens.

use comuniza::domain::records::BadgeId;
use comuniza::domain::records::{LoanId, UserId};
use reqwest::StatusCode;
use serde_json::{json, Value};

use crate::browser::{site_with_admin, Browser};
use crate::helpers::{badge_fields, TestApp};
use comuniza::domain::choice::Privacy;
use comuniza::domain::settings::{Setting, Text};
use comuniza::store::commands::Actor;
use comuniza::store::commands::{CreateBadge, GrantBadge, LoanStep, RequestLoan, SetSetting};

/// A user signed up through the form, with their id.
pub(crate) async fn member(app: &TestApp, name: &str) -> (Browser, UserId) {
    let b = Browser::sign_up(app, name).await;
    let id = app.user_id(name);
    (b, id)
}

pub(crate) async fn api(
    app: &TestApp,
    method: reqwest::Method,
    path: &str,
    token: &str,
    body: Option<Value>,
) -> (u16, Value) {
    let mut req = app
        .client
        .request(method, format!("{}{path}", app.base))
        .bearer_auth(token);
    if let Some(b) = body {
        req = req.json(&b);
    }
    let res = req.send().await.unwrap();
    let status = res.status().as_u16();
    (status, res.json().await.unwrap_or(Value::Null))
}

#[tokio::test]
async fn leaderboards_show_the_top_and_the_viewers_own_rank() {
    let (app, _admin) = site_with_admin().await;
    let (ana, ana_id) = member(&app, "ana").await;
    let (bob, bo_id) = member(&app, "bob").await;
    let item = app.item(ana_id, "Drill", vec![]).await;
    app.complete_loan(item, ana_id, bo_id).await;
    let anon = Browser::new(&app).get("/leaderboards").await;
    assert_eq!(anon.status, StatusCode::OK);
    assert!(anon.body.contains("href=\"/users/ana\""));
    assert!(anon.body.contains("Sign in</a> to see your own rank"));
    let page = ana.get("/leaderboards").await;
    assert!(page.body.contains("Your standing"));
    // ana lent one item: 10 points on lending, alone at #1 there.
    let lending = &page.body[page.body.find("Your standing").unwrap()..];
    assert!(
        lending.contains("Lending</span><strong>#1</strong>"),
        "{lending}"
    );
    // Her own rows are marked on the cached boards, for her alone: lending (ana) and trust
    // (everyone at 50) name her; bob's page marks his, a visitor's none.
    let row_of = |body: &str, name: &str| -> Vec<bool> {
        body.split("<!--row-->")
            .skip(1)
            .filter(|r| r.contains(&format!("href=\"/users/{name}\"")))
            .map(|r| r.starts_with("<tr class=\"mine\">"))
            .collect()
    };
    let mine = row_of(&page.body, "ana");
    assert!(mine.len() >= 2 && mine.iter().all(|m| *m), "{mine:?}");
    assert!(row_of(&page.body, "bob").iter().all(|m| !m));
    let bobs = bob.get("/leaderboards").await.body;
    assert!(row_of(&bobs, "ana").iter().all(|m| !m));
    assert!(row_of(&bobs, "bob").iter().all(|m| *m) && !row_of(&bobs, "bob").is_empty());
    assert!(!anon.body.contains("class=\"mine\""));
    assert_eq!(
        page.body.matches("class=\"mine\"").count(),
        mine.len(),
        "only her rows"
    );
    // The API gives the same through a token.
    let token = ana.token("cli").await;
    let (status, v) = api(
        &app,
        reqwest::Method::GET,
        "/api/leaderboards",
        &token,
        None,
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(v["me"]["lending"], json!({"rank": 1, "score": 10}));
    assert_eq!(app.json("/api/leaderboards").await["me"], Value::Null);
}

#[tokio::test]
async fn badges_show_progress_has_earned_and_secret_badges_only_to_their_earners() {
    let (app, _admin) = site_with_admin().await;
    let (ana, ana_id) = member(&app, "ana").await;
    let (bo, _) = member(&app, "bob").await;
    app.badge("sharer", 10, "item_shared", Some(3), "{}").await;
    let mut secret = badge_fields("hidden-gem", 5);
    secret.is_secret = true;
    let hidden = app.ok(Actor::System, CreateBadge(secret)).await;
    app.item(ana_id, "Saw", vec![]).await;
    let page = ana.get("/badges/sharer").await;
    assert!(page.body.contains("1 / 3 items shared"), "{}", page.body);
    app.item(ana_id, "Hammer", vec![]).await;
    app.item(ana_id, "Ladder", vec![]).await;
    let page = ana.get("/badges/sharer").await;
    assert!(page.body.contains("You have earned this badge"));
    assert!(page.body.contains("href=\"/users/ana\""), "a recent earner");
    assert!(bo
        .get("/badges/sharer")
        .await
        .body
        .contains("0 / 3 items shared"));
    // The secret badge: 404 and unlisted for everyone until granted.
    assert_eq!(
        ana.get("/badges/hidden-gem").await.status,
        StatusCode::NOT_FOUND
    );
    assert!(!ana.get("/badges").await.body.contains("hidden gem"));
    app.ok(
        Actor::System,
        GrantBadge {
            user: ana_id,
            badge: BadgeId(hidden),
        },
    )
    .await;
    assert_eq!(ana.get("/badges/hidden-gem").await.status, StatusCode::OK);
    assert!(ana.get("/badges").await.body.contains("Your secret badges"));
    assert_eq!(
        bo.get("/badges/hidden-gem").await.status,
        StatusCode::NOT_FOUND
    );
    assert!(!bo.get("/badges").await.body.contains("hidden gem"));
    // API: the earner sees it listed with has_earned; others get 404.
    let token = ana.token("t").await;
    let (s, v) = api(
        &app,
        reqwest::Method::GET,
        "/api/badges/hidden-gem",
        &token,
        None,
    )
    .await;
    assert_eq!((s, v["has_earned"].clone()), (200, json!(true)));
    let (_, list) = api(&app, reqwest::Method::GET, "/api/badges", &token, None).await;
    let slugs: Vec<_> = list["badges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["slug"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(slugs, ["hidden-gem", "sharer"]);
    assert_eq!(app.get("/api/badges/hidden-gem").await.0, 404);
    let (_, sharer) = api(
        &app,
        reqwest::Method::GET,
        "/api/badges/sharer",
        &token,
        None,
    )
    .await;
    assert_eq!(sharer["has_earned"], json!(true));
    assert_eq!(
        app.json("/api/badges/sharer").await["has_earned"],
        Value::Null
    );
}

/// "Your progress" explains each kind of rule in its own terms: an average rating over a
/// number of reviews, a trust score, or staff's award (a rule this site does not count).
#[tokio::test]
async fn badge_progress_explains_rating_trust_and_granted_rules() {
    let (app, _admin) = site_with_admin().await;
    let (ana, ana_id) = member(&app, "ana").await;
    let (bob, bo_id) = member(&app, "bob").await;
    app.badge(
        "five-stars",
        50,
        "threshold_reached",
        None,
        r#"{"type": "rating", "value": 4.5, "min_reviews": 2}"#,
    )
    .await;
    app.badge(
        "trusted",
        40,
        "threshold_reached",
        None,
        r#"{"type": "trust_score", "value": 70}"#,
    )
    .await;
    app.badge("month-streak", 100, "streak_maintained", Some(4), "{}")
        .await;
    let page = ana.get("/badges/five-stars").await.body;
    assert!(
        page.contains("average rating of <strong>4.5</strong> or better"),
        "{page}"
    );
    assert!(page.contains("You have no reviews yet."), "{page}");
    assert!(page.contains("Reviews received: 0 / 2"), "{page}");
    // Bob lends to Ana and she rates him 4: his average shows, the reviews count up.
    let saw = app.item(bo_id, "Saw", vec![]).await;
    let loan = app.complete_loan(saw, bo_id, ana_id).await;
    app.ok(
        Actor::User(ana_id),
        comuniza::store::commands::ReviewLoan {
            loan,
            rating: 4,
            comment: String::new(),
        },
    )
    .await;
    let page = bob.get("/badges/five-stars").await.body;
    assert!(
        page.contains("Your average now: <strong>4</strong> from 1 review."),
        "{page}"
    );
    assert!(page.contains("Reviews received: 1 / 2"), "{page}");
    // Trust: 50 + floor(10 * 4 / 1) - 25 = 65, against 70.
    let trust = app.figure("bob", "trust_score").await;
    let page = bob.get("/badges/trusted").await.body;
    assert!(
        page.contains("trust score of <strong>70</strong> or more"),
        "{page}"
    );
    assert!(
        page.contains(&format!("Your trust score: {trust} / 70")),
        "{page}"
    );
    assert!(
        !page.contains("Reviews received"),
        "no review count asked: {page}"
    );
    let page = bob.get("/badges/month-streak").await.body;
    assert!(page.contains("the site's staff award it"), "{page}");
    assert!(!page.contains("<progress"), "{page}");
}

#[tokio::test]
async fn a_profile_shows_figures_badges_and_live_ranks() {
    let (app, _admin) = site_with_admin().await;
    let (ana, ana_id) = member(&app, "ana").await;
    let (_bo, bo_id) = member(&app, "bob").await;
    app.badge("first-loan", 10, "loan_completed", Some(1), "{}")
        .await;
    let item = app.item(ana_id, "Tent", vec![]).await;
    app.complete_loan(item, ana_id, bo_id).await;
    let page = Browser::new(&app).get("/users/bob").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body.contains("first loan"),
        "bo borrowed once and earned it"
    );
    assert!(page.body.contains("Borrowing</span><strong>#1</strong>"));
    assert!(!page.body.contains("This is your public profile"));
    assert!(ana
        .get("/users/ana")
        .await
        .body
        .contains("This is your public profile"));
    assert_eq!(
        Browser::new(&app).get("/users/nobody").await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn the_home_page_shows_the_community_and_renews_after_each_change() {
    let (app, _admin) = site_with_admin().await;
    let (ana, ana_id) = member(&app, "ana").await;
    let before = Browser::new(&app).get("/").await;
    assert!(before.body.contains("No items shared yet"));
    app.item(ana_id, "Sewing <machine>", vec![]).await;
    let after = Browser::new(&app).get("/").await;
    assert!(
        after.body.contains("Sewing &lt;machine&gt;"),
        "escaped, and not stale"
    );
    assert!(
        !after.body.contains("comuniza-fragment"),
        "the cached part replaced its marker"
    );
    assert!(after.body.ends_with("</html>"));
    assert!(ana.get("/").await.body.contains("Welcome, ana"));
    app.ok(
        Actor::System,
        SetSetting {
            setting: Setting::Text(Text::Tagline),
            value: "Share more, buy less".into(),
        },
    )
    .await;
    let page = Browser::new(&app).get("/").await;
    assert!(page.body.contains("Share more, buy less"));
}

#[tokio::test]
async fn html_pages_have_etags_and_answer_304() {
    let (app, _admin) = site_with_admin().await;
    // Pages with a form for visitors (`/signin`) differ at every load: their token is
    // masked afresh (tests/web/compression.rs).
    for path in ["/", "/leaderboards", "/badges", "/items", "/groups/map"] {
        let res = app
            .client
            .get(format!("{}{path}", app.base))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 200, "{path}");
        let tag = res.headers()["etag"].to_str().unwrap().to_string();
        assert!(res.headers()["content-security-policy"]
            .to_str()
            .unwrap()
            .contains("frame-ancestors 'none'"));
        let again = app
            .client
            .get(format!("{}{path}", app.base))
            .header("if-none-match", &tag)
            .header(
                "cookie",
                res.headers()
                    .get("set-cookie")
                    .map(|c| c.to_str().unwrap().split(';').next().unwrap().to_string())
                    .unwrap_or_default(),
            )
            .send()
            .await
            .unwrap();
        assert_eq!(again.status(), 304, "{path}");
    }
}

#[tokio::test]
async fn assets_are_served_precompressed_and_immutable() {
    let (app, _admin) = site_with_admin().await;
    let page = Browser::new(&app).get("/").await;
    let at = page.body.find("/assets/style.").unwrap();
    let url = &page.body[at..at + page.body[at..].find('"').unwrap()];
    let raw = reqwest::Client::builder().no_gzip().build().unwrap();
    let res = raw
        .get(format!("{}{url}", app.base))
        .header("accept-encoding", "gzip")
        .send()
        .await
        .unwrap();
    assert_eq!(res.headers()["content-encoding"], "gzip");
    assert_eq!(
        res.headers()["cache-control"],
        "public, max-age=31536000, immutable"
    );
    let res = raw
        .get(format!("{}{url}", app.base))
        .header("accept-encoding", "br, gzip")
        .send()
        .await
        .unwrap();
    assert_eq!(res.headers()["content-encoding"], "br");
    let plain = raw.get(format!("{}{url}", app.base)).send().await.unwrap();
    assert!(plain.headers().get("content-encoding").is_none());
    assert!(plain.text().await.unwrap().contains("header.site"));
}

#[tokio::test]
async fn the_write_api_answers_the_membership_a_join_or_a_leave_leaves() {
    let (app, _admin) = site_with_admin().await;
    let (_, ana_id) = member(&app, "ana").await;
    let (bo, bob_id) = member(&app, "bob").await;
    let open = app
        .group(ana_id, "Tools", Privacy::Public, "Berlin", "52.52")
        .await;
    let asked = app
        .group(ana_id, "Seeds", Privacy::Request, "Berlin", "52.52")
        .await;
    let tb = bo.token("b").await;
    use reqwest::Method as M;
    // What the answer says is what was stored, read back through the read API.
    let stored = |group| {
        app.read()
            .membership(group, bob_id)
            .unwrap()
            .map(|m| m.status.as_str())
    };
    let (s, v) = api(&app, M::POST, "/api/groups/tools/join", &tb, None).await;
    assert_eq!((s, v["membership"].clone()), (200, json!("active")), "{v}");
    assert_eq!(stored(open), Some("active"));
    let (s, v) = api(&app, M::POST, "/api/groups/seeds/join", &tb, None).await;
    assert_eq!((s, v["membership"].clone()), (200, json!("pending")), "{v}");
    assert_eq!(stored(asked), Some("pending"));
    let (s, v) = api(&app, M::POST, "/api/groups/tools/leave", &tb, None).await;
    let left = json!({
        "group": "tools",
        "membership": null,
        "unshared_items": [],
        "now_private": [],
        "cancelled_requests": [],
    });
    assert_eq!((s, v), (200, left));
    assert_eq!(stored(open), None);
    // A second join of a pending request is refused and changes nothing.
    let (s, v) = api(&app, M::POST, "/api/groups/seeds/join", &tb, None).await;
    assert_eq!(s, 409, "{v}");
    assert_eq!(stored(asked), Some("pending"));
    let (s, v) = api(&app, M::POST, "/api/groups/tools/rejoin", &tb, None).await;
    assert_eq!(s, 404, "{v}");
    assert!(v["error"].as_str().unwrap().contains("join, leave"), "{v}");
}

#[tokio::test]
async fn the_write_api_runs_a_loan_from_request_to_reviews() {
    let (app, _admin) = site_with_admin().await;
    let (ana, ana_id) = member(&app, "ana").await;
    let (bo, _) = member(&app, "bob").await;
    app.group(ana_id, "Tools", Privacy::Public, "Berlin", "52.52")
        .await;
    let (ta, tb) = (ana.token("a").await, bo.token("b").await);
    use reqwest::Method as M;
    let (s, v) = api(&app, M::POST, "/api/groups/tools/join", &tb, None).await;
    assert_eq!((s, v["membership"].clone()), (200, json!("active")), "{v}");
    let (s, v) = api(&app, M::POST, "/api/items", &ta, Some(json!({"title": "Drill", "condition": "good", "max_loan_days": 7, "visibility": "restricted", "groups": ["tools"]}))).await;
    assert_eq!(s, 201, "{v}");
    let item = v["id"].as_u64().unwrap();
    let (s, v) = api(
        &app,
        M::POST,
        &format!("/api/items/{item}/request"),
        &tb,
        Some(json!({"message": "please"})),
    )
    .await;
    assert_eq!((s, v["status"].clone()), (201, json!("requested")), "{v}");
    let loan = v["loan"].as_u64().unwrap();
    // The borrower may not approve their own request.
    let (s, v) = api(
        &app,
        M::POST,
        &format!("/api/loans/{loan}/approve"),
        &tb,
        None,
    )
    .await;
    assert_eq!(s, 403, "{v}");
    assert!(v["error"].as_str().unwrap().len() > 5);
    for (token, action, status) in [
        (&ta, "approve", "approved"),
        (&ta, "hand_over", "active"),
        (&tb, "borrower_return", "borrower_returned"),
        (&ta, "confirm_return", "returned"),
    ] {
        let (s, v) = api(
            &app,
            M::POST,
            &format!("/api/loans/{loan}/{action}"),
            token,
            None,
        )
        .await;
        assert_eq!(
            (s, v["status"].clone()),
            (200, json!(status)),
            "{action}: {v}"
        );
    }
    let (s, _) = api(
        &app,
        M::POST,
        &format!("/api/loans/{loan}/review"),
        &tb,
        Some(json!({"rating": 5, "comment": "great"})),
    )
    .await;
    assert_eq!(s, 201);
    let (s, v) = api(
        &app,
        M::POST,
        &format!("/api/loans/{loan}/review"),
        &ta,
        Some(json!({"rating": 6})),
    )
    .await;
    assert_eq!(s, 422, "{v}");
    assert_eq!(app.figure("ana", "items_lent").await, 1);
    assert_eq!(app.figure("ana", "reviews_received").await, 1);
    assert_eq!(
        app.figure("bob", "reviews_received").await,
        0,
        "the refused review left nothing"
    );
    app.verify_clean();
}

#[tokio::test]
async fn the_write_api_refuses_sessions_bad_tokens_and_bad_bodies_with_json() {
    let (app, _admin) = site_with_admin().await;
    let (ana, _) = member(&app, "ana").await;
    // A browser session may not write through the API (no CSRF surface).
    let res = ana
        .client
        .post(format!("{}/api/items", app.base))
        .json(&json!({}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 401);
    let v: Value = res.json().await.unwrap();
    assert!(v["error"].as_str().unwrap().contains("access token"));
    let (s, v) = api(
        &app,
        reqwest::Method::POST,
        "/api/items",
        "cmz_wrong",
        Some(json!({})),
    )
    .await;
    assert_eq!(s, 401);
    assert!(v["error"].as_str().unwrap().contains("not valid"));
    let token = ana.token("t").await;
    let (s, v) = api(
        &app,
        reqwest::Method::POST,
        "/api/items",
        &token,
        Some(json!({"title": "x"})),
    )
    .await;
    assert_eq!(s, 422, "{v}");
    assert!(
        v["error"].as_str().unwrap().contains("missing field"),
        "{v}"
    );
    let (s, v) = api(
        &app,
        reqwest::Method::POST,
        "/api/items",
        &token,
        Some(json!({"title": "", "condition": "good", "max_loan_days": 7, "visibility": "public"})),
    )
    .await;
    assert_eq!(s, 422);
    assert!(v["error"].as_str().unwrap().contains("Title"), "{v}");
    let (s, _) = api(
        &app,
        reqwest::Method::POST,
        "/api/loans/999/approve",
        &token,
        None,
    )
    .await;
    assert_eq!(s, 404);
    let (s, _) = api(
        &app,
        reqwest::Method::POST,
        "/api/loans/1/dance",
        &token,
        None,
    )
    .await;
    assert_eq!(s, 404);
    assert_eq!(app.figure("ana", "items_shared").await, 0);
}

#[tokio::test]
async fn a_loan_request_leaves_the_home_page_cached_and_an_approval_renews_it() {
    use comuniza::cache::ViewKey;
    use comuniza::domain::loan::LoanAction;
    let (app, _admin) = site_with_admin().await;
    let (_ana, ana_id) = member(&app, "ana").await;
    let (_bob, bob_id) = member(&app, "bob").await;
    let item = app.item(ana_id, "Ladder", vec![]).await;
    let cached = |key: ViewKey| {
        app.engine
            .l1
            .get(&key.html(comuniza::i18n::Lang::En))
            .is_some()
    };
    for path in ["/", "/items"] {
        assert_eq!(Browser::new(&app).get(path).await.status, StatusCode::OK);
    }
    assert!(cached(ViewKey::Home) && cached(ViewKey::ItemList));
    let loan = app
        .ok(
            Actor::User(bob_id),
            RequestLoan {
                item,
                group: None,
                message: String::new(),
            },
        )
        .await;
    assert!(
        cached(ViewKey::Home) && cached(ViewKey::ItemList),
        "a request changes neither page"
    );
    app.ok(
        Actor::User(ana_id),
        LoanStep {
            loan: LoanId(loan),
            action: LoanAction::Approve,
        },
    )
    .await;
    assert!(
        !cached(ViewKey::Home) && !cached(ViewKey::ItemList),
        "the item is out on loan now"
    );
    let home = Browser::new(&app).get("/").await.body;
    assert!(
        home.contains("<strong>1</strong>item out on loan"),
        "{home}"
    );
}

/// DOMAIN.md's fine point: a member's secret badges are on their profile for themselves and
/// staff only; everyone else (anonymous, another member) sees the list without them, on the
/// page and in the API, and a cached profile never hands one viewer's view to another.
#[tokio::test]
async fn secret_badges_are_on_a_profile_for_its_member_and_staff_only() {
    let (app, admin) = site_with_admin().await;
    let (ana, ana_id) = member(&app, "ana").await;
    let (bob, _) = member(&app, "bob").await;
    let mut secret = badge_fields("hidden-gem", 5);
    secret.is_secret = true;
    let hidden = app.ok(Actor::System, CreateBadge(secret)).await;
    app.ok(Actor::System, CreateBadge(badge_fields("open-hand", 5)))
        .await;
    for badge in [BadgeId(hidden), BadgeId(hidden + 1)] {
        app.ok(
            Actor::System,
            GrantBadge {
                user: ana_id,
                badge,
            },
        )
        .await;
    }
    let anonymous = Browser::new(&app);
    let slugs = |v: &Value| -> Vec<String> {
        v["badges"]
            .as_array()
            .unwrap()
            .iter()
            .map(|b| b["slug"].as_str().unwrap().to_string())
            .collect()
    };
    let (ta, tb, ts) = (
        ana.token("a").await,
        bob.token("b").await,
        admin.token("s").await,
    );
    // Each viewer twice, in turns, so a cached answer would show through.
    for _ in 0..2 {
        for (who, token, sees) in [
            ("anonymous", None, false),
            ("bob", Some(&tb), false),
            ("ana", Some(&ta), true),
            ("staff", Some(&ts), true),
        ] {
            let mut req = app.client.get(format!("{}/api/users/ana", app.base));
            if let Some(t) = token {
                req = req.bearer_auth(t);
            }
            let v: Value = req.send().await.unwrap().json().await.unwrap();
            let want: Vec<&str> = if sees {
                vec!["open-hand", "hidden-gem"]
            } else {
                vec!["open-hand"]
            };
            assert_eq!(slugs(&v), want, "{who} through the API");
        }
        for (who, browser, sees) in [
            ("anonymous", &anonymous, false),
            ("bob", &bob, false),
            ("ana", &ana, true),
            ("staff", &admin, true),
        ] {
            let page = browser.get("/users/ana").await;
            assert_eq!(page.status, StatusCode::OK);
            assert_eq!(
                page.body.contains("href=\"/badges/hidden-gem\""),
                sees,
                "{who} on the page"
            );
            assert!(page.body.contains("href=\"/badges/open-hand\""));
        }
    }
}
