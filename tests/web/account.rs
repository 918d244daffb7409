//! First run, sign-up, sign-in (rate limit, Django hashes), sessions, CSRF, tokens.

use comuniza::domain::records::UserId;
use reqwest::StatusCode;

use crate::browser::{csrf_of, site_with_admin, Browser};
use crate::helpers::{serve_file, spawn_app};
use comuniza::store::commands::Actor;
use comuniza::store::commands::CreateUser;

#[tokio::test]
async fn an_empty_site_sends_everyone_to_the_first_run_page_once() {
    let app = spawn_app().await;
    let b = Browser::new(&app);
    b.get("/").await.assert_redirect("/setup");
    // Without the link from the server's log: where to find it, and no form.
    let locked = b.get("/setup").await;
    assert_eq!(locked.status, StatusCode::OK);
    assert!(locked.body.contains("setup link"), "{}", locked.body);
    assert!(!locked.body.contains("Create the administrator"));
    let setup = b
        .get(&format!("/setup?token={}", crate::helpers::SETUP_TOKEN))
        .await;
    assert_eq!(setup.status, StatusCode::OK);
    assert!(setup.body.contains("Create the administrator"));
    let (app, admin) = (app, b);
    let page = admin
        .post(
            "/setup",
            &[
                ("username", "root"),
                ("email", "root@example.org"),
                ("password", "long enough"),
                ("password2", "long enough"),
            ],
        )
        .await;
    page.assert_redirect("/admin");
    let home = admin.get("/").await;
    assert_eq!(home.status, StatusCode::OK);
    assert!(home.body.contains("Admin"), "staff see the admin menu");
    // The page is gone now; a second admin cannot be made through it.
    assert_eq!(
        Browser::new(&app).get("/setup").await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn sign_up_sign_out_and_sign_in_again() {
    let (app, _admin) = site_with_admin().await;
    let ana = Browser::sign_up(&app, "ana").await;
    assert!(ana
        .get("/account")
        .await
        .body
        .contains("Signed in as <strong>ana</strong>"));
    ana.post("/signout", &[]).await.assert_redirect("/");
    // Signed out, a member's page sends the browser to sign in and back.
    ana.get("/account")
        .await
        .assert_redirect("/signin?next=%2Faccount");
    let page = ana
        .post(
            "/signin",
            &[
                ("username", "ANA"),
                ("password", "password-ana"),
                ("next", "/items"),
            ],
        )
        .await;
    page.assert_redirect("/items");
    assert_eq!(ana.get("/account").await.status, StatusCode::OK);
    // Email works as the login too; an outside `next` is ignored.
    let b = Browser::new(&app);
    let page = b
        .post(
            "/signin",
            &[
                ("username", "ana@example.org"),
                ("password", "password-ana"),
                ("next", "//evil.example"),
            ],
        )
        .await;
    page.assert_redirect("/");
}

#[tokio::test]
async fn bad_sign_ups_are_refused_with_their_reason_and_create_nothing() {
    let (app, _admin) = site_with_admin().await;
    let b = Browser::new(&app);
    let cases: [(&[(&str, &str)], &str); 4] = [
        (
            &[
                ("username", "ab"),
                ("email", "ab@example.org"),
                ("password", "password1"),
                ("password2", "password1"),
            ],
            "username",
        ),
        (
            &[
                ("username", "bob"),
                ("email", "bob@example.org"),
                ("password", "short"),
                ("password2", "short"),
            ],
            "at least 8",
        ),
        (
            &[
                ("username", "bob"),
                ("email", "bob@example.org"),
                ("password", "password1"),
                ("password2", "password2"),
            ],
            "not the same",
        ),
        (
            &[
                ("username", "ADMIN"),
                ("email", "x@example.org"),
                ("password", "password1"),
                ("password2", "password1"),
            ],
            "taken",
        ),
    ];
    for (fields, reason) in cases {
        let page = b.post("/signup", fields).await;
        assert!(page.status.is_client_error(), "{fields:?}");
        assert!(page.body.contains(reason), "{reason}: {}", page.body);
        assert!(page.body.contains("role=\"alert\""));
    }
    assert_eq!(app.get("/api/users/bob").await.0, 404);
}

#[tokio::test]
async fn a_form_without_its_csrf_token_is_refused() {
    let (app, _admin) = site_with_admin().await;
    let ana = Browser::sign_up(&app, "ana").await;
    let page = ana
        .post_raw(
            "/account/profile",
            &[("first_name", "Mallory"), ("email", "m@example.org")],
        )
        .await;
    assert_eq!(page.status, StatusCode::FORBIDDEN);
    assert!(page.body.contains("security token"));
    let page = ana
        .post_raw(
            "/account/profile",
            &[
                ("csrf", "forged"),
                ("first_name", "Mallory"),
                ("email", "m@example.org"),
            ],
        )
        .await;
    assert_eq!(page.status, StatusCode::FORBIDDEN);
    assert_eq!(
        app.json("/api/users/ana").await["display_name"],
        "ana",
        "nothing changed"
    );
    // With the token it works.
    ana.post(
        "/account/profile",
        &[
            ("first_name", "Ana"),
            ("last_name", "Lopez"),
            ("email", "ana@example.org"),
        ],
    )
    .await
    .assert_redirect("/account");
    assert_eq!(
        app.json("/api/users/ana").await["display_name"],
        "Ana Lopez"
    );
}

#[tokio::test]
async fn sign_in_pauses_after_five_wrong_passwords() {
    let (app, _admin) = site_with_admin().await;
    Browser::sign_up(&app, "ana").await;
    let b = Browser::new(&app);
    for _ in 0..5 {
        let page = b
            .post(
                "/signin",
                &[("username", "ana"), ("password", "wrong password")],
            )
            .await;
        assert_eq!(page.status, StatusCode::UNAUTHORIZED);
        assert!(page.body.contains("do not match"));
    }
    // Even the right password waits now.
    let page = b
        .post(
            "/signin",
            &[("username", "ana"), ("password", "password-ana")],
        )
        .await;
    assert_eq!(page.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(page.body.contains("Too many attempts"), "{}", page.body);
}

#[tokio::test]
async fn an_imported_django_hash_signs_in_and_is_rehashed() {
    let (app, _admin) = site_with_admin().await;
    // Django's pbkdf2_sha256 of "django-pass" (salt "saltsalt", 1000 iterations).
    let django = "pbkdf2_sha256$1000$saltsalt$fpRGtR0XTWpNwIqEqf/7Xa3clFc9hikDrM+E36qAWbs=";
    let id = app
        .ok(
            Actor::System,
            CreateUser {
                username: "old".into(),
                email: "old@example.org".into(),
                first_name: String::new(),
                last_name: String::new(),
                password: django.into(),
                is_staff: false,
            },
        )
        .await;
    let stored =
        |app: &crate::helpers::TestApp| app.read().user(UserId(id)).unwrap().unwrap().password;
    let b = Browser::new(&app);
    b.post(
        "/signin",
        &[("username", "old"), ("password", "django-pass")],
    )
    .await
    .assert_redirect("/");
    assert!(
        stored(&app).starts_with("$argon2id$"),
        "rehashed: {}",
        stored(&app)
    );
    let b = Browser::new(&app);
    b.post(
        "/signin",
        &[("username", "old"), ("password", "django-pass")],
    )
    .await
    .assert_redirect("/");
}

#[tokio::test]
async fn changing_the_password_signs_out_other_browsers() {
    let (app, _admin) = site_with_admin().await;
    let first = Browser::sign_up(&app, "ana").await;
    let second = Browser::new(&app);
    second
        .post(
            "/signin",
            &[("username", "ana"), ("password", "password-ana")],
        )
        .await
        .assert_redirect("/");
    let page = first
        .post(
            "/account/password",
            &[
                ("current", "wrong one!"),
                ("password", "new password"),
                ("password2", "new password"),
            ],
        )
        .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        second.get("/account").await.status,
        StatusCode::OK,
        "a refused change signs no one out"
    );
    first
        .post(
            "/account/password",
            &[
                ("current", "password-ana"),
                ("password", "new password"),
                ("password2", "new password"),
            ],
        )
        .await
        .assert_redirect("/account");
    assert_eq!(
        first.get("/account").await.status,
        StatusCode::OK,
        "this browser got a new session"
    );
    second
        .get("/account")
        .await
        .assert_redirect("/signin?next=%2Faccount");
    let b = Browser::new(&app);
    b.post(
        "/signin",
        &[("username", "ana"), ("password", "new password")],
    )
    .await
    .assert_redirect("/");
}

#[tokio::test]
async fn sessions_are_kept_in_the_data_file_under_their_digest() {
    // Sessions live in the data file (so they survive a restart), stored by digest only.
    let (app, _admin) = site_with_admin().await;
    let ana = Browser::sign_up(&app, "ana").await;
    let account = ana.get("/account").await;
    let csrf = csrf_of(&account.body).unwrap();
    let read = app.read();
    let sessions_of = |name: &str| read.session_count_of(app.user_id(name)).unwrap();
    assert_eq!(
        (sessions_of("admin"), sessions_of("ana")),
        (1, 1),
        "the admin's and ana's"
    );
    // The page carries the 43-character token masked (a fresh pad at every load).
    let token = comuniza::auth::secret::unmasked(&csrf).unwrap();
    assert_eq!(token.len(), 43);
}

#[tokio::test]
async fn an_access_token_is_shown_once_works_as_bearer_and_can_be_revoked() {
    let (app, _admin) = site_with_admin().await;
    let ana = Browser::sign_up(&app, "ana").await;
    let page = ana
        .post(
            "/account/tokens",
            &[("name", "phone <app>"), ("current", "password-ana")],
        )
        .await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body.contains("phone &lt;app&gt;"),
        "the name is escaped"
    );
    let at = page.body.find("cmz_").expect("the secret is shown");
    let token: String = page.body[at..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
        .collect();
    let me = app
        .client
        .get(format!("{}/api/leaderboards", app.base))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(me.status(), 200);
    let listed = ana.get("/account").await;
    assert!(!listed.body.contains(&token), "never shown again");
    let hex_at =
        listed.body.find("name=\"token\" value=\"").unwrap() + "name=\"token\" value=\"".len();
    let hex = &listed.body[hex_at..hex_at + 64];
    ana.post("/account/tokens/revoke", &[("token", hex)])
        .await
        .assert_redirect("/account");
    let refused = app
        .client
        .get(format!("{}/api/leaderboards", app.base))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), 401);
    let body: serde_json::Value = refused.json().await.unwrap();
    assert!(body["error"].as_str().unwrap().contains("not valid"));
}

#[tokio::test]
async fn error_pages_are_in_the_site_layout_and_api_errors_are_json() {
    let (app, admin) = site_with_admin().await;
    let page = admin.get("/no/such/page").await;
    assert_eq!(page.status, StatusCode::NOT_FOUND);
    assert!(
        page.body.contains("<nav") && page.body.contains("Page not found"),
        "{}",
        page.body
    );
    assert!(page.body.contains("admin"), "the viewer's menu");
    let (status, body) = app.get("/api/nothing").await;
    assert_eq!(status, 404);
    assert_eq!(body["error"], "page not found");
}

#[tokio::test]
async fn a_session_survives_a_restart_of_the_server() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("restart.redb");
    let (engine, base, stop) = serve_file(&file).await;
    let mut ana = Browser::new_at(&base);
    ana.post(
        "/setup",
        &[
            ("username", "ana"),
            ("email", "ana@example.org"),
            ("password", "password-ana"),
            ("password2", "password-ana"),
        ],
    )
    .await
    .assert_redirect("/admin");
    drop(stop);
    // Wait until the server has let go of the engine, then close the file.
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    tokio::task::spawn_blocking(move || engine.close())
        .await
        .unwrap();

    let (_engine, base, _stop) = serve_file(&file).await;
    ana.base = base;
    let page = ana.get("/account").await;
    assert_eq!(
        page.status,
        StatusCode::OK,
        "still signed in after the restart"
    );
    assert!(page.body.contains("Signed in as <strong>ana</strong>"));
}

#[tokio::test]
async fn an_expired_session_signs_nobody_in() {
    let app = spawn_app().await;
    let ana = app.user("ana").await;
    // Sessions made to last 1 ms are expired by the time they are used; no clock is faked.
    for (cookie, lifetime) in [("fresh-session", 3_600_000), ("stale-session", 1)] {
        app.ok(
            comuniza::store::commands::Actor::System,
            comuniza::store::commands::StartSession {
                user: ana,
                hash: comuniza::auth::secret::digest(cookie),
                csrf: "t".into(),
                lifetime,
            },
        )
        .await;
    }
    tokio::time::sleep(std::time::Duration::from_millis(5)).await;
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let status = |cookie: &'static str| {
        let req = client
            .get(format!("{}/account", app.base))
            .header("cookie", format!("comuniza_session={cookie}"));
        async move { req.send().await.unwrap().status() }
    };
    assert_eq!(status("fresh-session").await, StatusCode::OK);
    assert_eq!(status("stale-session").await, StatusCode::SEE_OTHER);
}

/// A member downloads everything the site keeps about them: their own, never anyone else's.
#[tokio::test]
async fn a_member_downloads_all_their_data_and_only_theirs() {
    use comuniza::domain::choice::{PointsKind, Visibility};
    use comuniza::domain::records::{BadgeId, ItemId};
    use comuniza::store::commands::{
        AdjustPoints, CreateBadge, CreateItem, GrantBadge, ReviewLoan,
    };
    let (app, _admin) = site_with_admin().await;
    let ana = Browser::sign_up(&app, "ana").await;
    let bob = Browser::sign_up(&app, "bob").await;
    let (ana_id, bob_id) = (app.user_id("ana"), app.user_id("bob"));
    let ladder = app.item(ana_id, "Ladder", vec![]).await;
    let mut diary = crate::helpers::item_fields("Diary", vec![]);
    diary.visibility = Visibility::Private;
    let diary = ItemId(app.ok(Actor::User(ana_id), CreateItem(diary)).await);
    let loan = app.complete_loan(ladder, ana_id, bob_id).await;
    for (who, rating) in [(ana_id, 5), (bob_id, 4)] {
        let cmd = ReviewLoan {
            loan,
            rating,
            comment: "thanks".into(),
        };
        app.ok(Actor::User(who), cmd).await;
    }
    let mut secret = crate::helpers::badge_fields("hidden-gem", 5);
    secret.is_secret = true;
    let badge = BadgeId(app.ok(Actor::System, CreateBadge(secret)).await);
    app.ok(
        Actor::System,
        GrantBadge {
            user: ana_id,
            badge,
        },
    )
    .await;
    let bonus = AdjustPoints {
        user: ana_id,
        kind: PointsKind::Bonus,
        points: 25,
        description: "Founding member".into(),
    };
    app.ok(Actor::System, bonus).await;

    let res = ana
        .client
        .get(format!("{}/account/data", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    let h = res.headers().clone();
    assert_eq!(h["content-type"], "application/json");
    assert_eq!(h["cache-control"], "private, no-store");
    assert_eq!(
        h["content-disposition"],
        "attachment; filename=\"comuniza-ana.json\""
    );
    let data: serde_json::Value = res.json().await.unwrap();
    assert_eq!(data["account"]["username"], "ana");
    assert_eq!(data["account"]["email"], "ana@example.org");
    let titles: Vec<&str> = data["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["title"].as_str().unwrap())
        .collect();
    assert_eq!(titles, ["Ladder", "Diary"], "private items too");
    assert_eq!(data["loans"][0]["id"], loan.0);
    assert_eq!(data["loans"][0]["status"], "returned");
    assert_eq!(data["reviews_given"][0]["rating"], 5);
    assert_eq!(data["reviews_received"][0]["rating"], 4);
    assert_eq!(data["figures"]["items_lent"], 1);
    assert_eq!(data["badges"][0]["slug"], "hidden-gem");
    assert_eq!(data["badges"][0]["is_secret"], true);
    let points: Vec<&str> = data["points"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["description"].as_str().unwrap())
        .collect();
    assert!(points.contains(&"Founding member"), "{points:?}");
    // Bob's is his: none of Ana's items, her review of him as received.
    let his: serde_json::Value = bob
        .client
        .get(format!("{}/account/data", app.base))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(his["account"]["username"], "bob");
    assert_eq!(his["items"], serde_json::json!([]));
    assert_eq!(his["reviews_received"][0]["rating"], 5);
    assert!(!his.to_string().contains("Diary"));
    assert_eq!(data["items"][1]["id"], diary.0);
    // Nobody's for a visitor.
    Browser::new(&app)
        .get("/account/data")
        .await
        .assert_redirect("/signin?next=%2Faccount%2Fdata");
    // A few a day: each reads the points ledger whole.
    app.ok(
        Actor::System,
        comuniza::store::commands::SetSetting {
            setting: comuniza::domain::settings::Setting::Limit(
                comuniza::domain::limits::DATA_DOWNLOADS,
            ),
            value: "2".into(),
        },
    )
    .await;
    assert_eq!(ana.get("/account/data").await.status, StatusCode::OK);
    let refused = ana.get("/account/data").await;
    assert_eq!(
        refused.status,
        StatusCode::TOO_MANY_REQUESTS,
        "{}",
        refused.body
    );
}
