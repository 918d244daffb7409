//! The admin panel: staff only (anonymous 401, members 403, on GET and POST), every form and
//! button, and the refusals (bad values, conflicts, missing CSRF), each of which changes nothing.

use comuniza::domain::records::UserId;
use reqwest::StatusCode;

use crate::browser::{site_with_admin, Browser, Page};
use crate::helpers::{badge_fields, group_fields, TestApp};
use comuniza::cache::Capacities;
use comuniza::domain::choice::Privacy;
use comuniza::engine::Engine;
use comuniza::store::commands::Actor;
use comuniza::store::commands::{CreateBadge, CreateGroup};

const PAGES: [&str; 7] = [
    "/admin",
    "/admin/badges",
    "/admin/grants",
    "/admin/users",
    "/admin/groups",
    "/admin/settings",
    "/admin/system",
];

#[track_caller]
fn assert_refused(page: &Page, status: StatusCode, message: &str) {
    assert_eq!(page.status, status, "{}", page.body);
    assert!(page.body.contains("role=\"alert\""), "{}", page.body);
    // `message` is part of the reason; alerts speak in sentences ("A badge with that slug
    // exists."), so a reason's first word may be capitalized.
    let mut c = message.chars();
    let first: String = c.next().unwrap().to_uppercase().chain(c).collect();
    assert!(
        page.body.contains(message) || page.body.contains(&first),
        "{message:?} in {}",
        page.body
    );
}

async fn badge_slugs(app: &TestApp) -> Vec<String> {
    app.json("/api/badges").await["badges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["slug"].as_str().unwrap().to_string())
        .collect()
}

async fn user_badges(app: &TestApp, username: &str) -> Vec<String> {
    app.json(&format!("/api/users/{username}")).await["badges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["slug"].as_str().unwrap().to_string())
        .collect()
}

#[tokio::test]
async fn only_staff_reach_the_panel_on_get_and_post() {
    let (app, admin) = site_with_admin().await;
    let ana = Browser::sign_up(&app, "ana").await;
    let anonymous = Browser::new(&app);
    for path in PAGES {
        assert_eq!(admin.get(path).await.status, StatusCode::OK, "{path}");
        assert_eq!(ana.get(path).await.status, StatusCode::FORBIDDEN, "{path}");
        let page = anonymous.get(path).await;
        assert_eq!(page.status, StatusCode::SEE_OTHER, "{path}");
        assert!(
            page.location
                .as_deref()
                .unwrap_or("")
                .starts_with("/signin?next=%2Fadmin"),
            "{path}: {:?}",
            page.location
        );
    }
    // A member's posts are refused whatever they carry, and change nothing.
    let ana_id = user_id(&app, "ana").await.to_string();
    let posts: [(&str, &[(&str, &str)]); 6] = [
        ("/admin/settings", &[("site_name", "Taken over")]),
        (
            "/admin/badges",
            &[
                ("name", "Mine"),
                ("slug", "mine"),
                ("badge_type", "gold"),
                ("category", "special"),
                ("points", "1000"),
                ("display_order", "0"),
                ("is_active", "on"),
            ],
        ),
        (
            "/admin/grants/points",
            &[
                ("username", "ana"),
                ("kind", "bonus"),
                ("points", "500"),
                ("description", "me"),
            ],
        ),
        (
            "/admin/grants/badge",
            &[("username", "ana"), ("badge", "1")],
        ),
        ("/admin/groups/1/active", &[("active", "false")]),
        (
            &format!("/admin/users/{ana_id}/staff"),
            &[("staff", "true")],
        ),
    ];
    for (path, fields) in posts {
        assert_eq!(
            ana.post(path, fields).await.status,
            StatusCode::FORBIDDEN,
            "{path}"
        );
    }
    assert_eq!(ana.get("/admin").await.status, StatusCode::FORBIDDEN);
    assert!(badge_slugs(&app).await.is_empty());
    assert_eq!(app.figure("ana", "points").await, 0);
    assert!(!admin.get("/").await.body.contains("Taken over"));
    // The menu shows the panel to staff only.
    assert!(admin.get("/admin").await.body.contains("href=\"/admin\""));
    assert!(!ana.get("/account").await.body.contains("href=\"/admin\""));
}

/// The fields of the badge the tests below make through the form.
const FIRST_SHARE: [(&str, &str); 9] = [
    ("name", "First Share"),
    ("slug", "first-share"),
    ("description", "Shared <b>one</b> item"),
    ("icon", "🎁"),
    ("badge_type", "bronze"),
    ("category", "community"),
    ("points", "10"),
    ("display_order", "1"),
    ("is_active", "on"),
];

/// A site whose member ana shares one item, and the badge of [`FIRST_SHARE`] made through the
/// admin form: the staff's browser and the badge's edit page.
async fn first_share_badge() -> (TestApp, Browser, String) {
    let (app, admin) = site_with_admin().await;
    Browser::sign_up(&app, "ana").await;
    let ana = app.json("/api/users/ana").await;
    assert_eq!(ana["figures"]["items_shared"], 0);
    let sharer = user_id(&app, "ana").await;
    app.item(sharer, "Drill", vec![]).await;
    let page = admin.post("/admin/badges", &FIRST_SHARE).await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    let edit = page.location.clone().unwrap();
    assert!(edit.starts_with("/admin/badges/"));
    (app, admin, edit)
}

/// The badge's rule "one item shared", made through the form on its edit page.
async fn item_shared_rule(admin: &Browser, edit: &str) {
    let page = admin
        .post(
            &format!("{edit}/achievements"),
            &[
                ("trigger_type", "item_shared"),
                ("threshold_value", "1"),
                ("conditions", ""),
                ("is_active", "on"),
            ],
        )
        .await;
    page.assert_redirect(edit);
}

#[tokio::test]
async fn a_badge_made_through_the_form_shows_its_text_escaped_and_every_trigger() {
    let (app, admin, edit) = first_share_badge().await;
    assert_eq!(badge_slugs(&app).await, ["first-share"]);
    let body = admin.get(&edit).await.body;
    assert!(
        body.contains("Shared &lt;b&gt;one&lt;/b&gt; item"),
        "escaped"
    );
    assert!(
        body.contains("threshold_reached"),
        "the trigger select lists every trigger"
    );
}

#[tokio::test]
async fn a_refused_badge_form_keeps_what_was_typed_and_makes_nothing() {
    let (app, admin, _) = first_share_badge().await;
    let fields = FIRST_SHARE;
    // Refusals: the same slug, a bad number, a bad choice; nothing is created.
    let page = admin.post("/admin/badges", &fields).await;
    assert_refused(&page, StatusCode::CONFLICT, "a badge with that slug exists");
    assert!(
        page.body.contains("value=\"First Share\""),
        "the form keeps what was typed"
    );
    let mut bad = fields;
    bad[1] = ("slug", "other");
    bad[6] = ("points", "lots");
    let page = admin.post("/admin/badges", &bad).await;
    assert_refused(&page, StatusCode::UNPROCESSABLE_ENTITY, "points");
    // Points are bounded like a staff adjustment: two maximum badges once made 98 points.
    for points in ["9223372036854775807", "1000001", "-1000001"] {
        bad[6] = ("points", points);
        let page = admin.post("/admin/badges", &bad).await;
        assert_refused(
            &page,
            StatusCode::UNPROCESSABLE_ENTITY,
            "Points: must be from -1,000,000 to 1,000,000",
        );
    }
    bad[6] = ("points", "5");
    bad[4] = ("badge_type", "diamond");
    let page = admin.post("/admin/badges", &bad).await;
    assert_refused(&page, StatusCode::UNPROCESSABLE_ENTITY, "badge_type");
    assert_eq!(badge_slugs(&app).await, ["first-share"]);
    // Without the CSRF token: refused, nothing made.
    bad[4] = ("badge_type", "gold");
    let page = admin.post_raw("/admin/badges", &bad).await;
    assert_eq!(page.status, StatusCode::FORBIDDEN);
    assert_eq!(badge_slugs(&app).await, ["first-share"]);
}

#[tokio::test]
async fn a_badge_rule_is_checked_against_domain_md_and_awards_the_badge_at_once() {
    let (app, admin, edit) = first_share_badge().await;
    // An achievement with bad conditions is refused; a good one awards the badge at once.
    let rules = format!("{edit}/achievements");
    let page = admin
        .post(
            &rules,
            &[
                ("trigger_type", "item_shared"),
                ("threshold_value", "1"),
                ("conditions", "{oops"),
                ("is_active", "on"),
            ],
        )
        .await;
    assert_refused(
        &page,
        StatusCode::UNPROCESSABLE_ENTITY,
        "Conditions: must be a JSON object",
    );
    // Rules DOMAIN.md does not know are refused too, with what it does know.
    for (trigger, threshold, conditions, said) in [
        ("made_up", "1", "{}", "Trigger: must be one of item_shared"),
        ("item_shared", "-3", "{}", "Threshold: must be from 0"),
        (
            "threshold_reached",
            "",
            r#"{"type": "rating", "value": "lots"}"#,
            "value must be a number from 0 to 5",
        ),
    ] {
        let page = admin
            .post(
                &rules,
                &[
                    ("trigger_type", trigger),
                    ("threshold_value", threshold),
                    ("conditions", conditions),
                    ("is_active", "on"),
                ],
            )
            .await;
        assert_refused(&page, StatusCode::UNPROCESSABLE_ENTITY, said);
    }
    assert!(user_badges(&app, "ana").await.is_empty());
    item_shared_rule(&admin, &edit).await;
    assert_eq!(user_badges(&app, "ana").await, ["first-share"]);
    assert_eq!(app.figure("ana", "points").await, 10);
}

#[tokio::test]
async fn a_rule_and_its_badge_are_edited_and_a_secret_badge_leaves_the_public_lists() {
    let (app, admin, edit) = first_share_badge().await;
    item_shared_rule(&admin, &edit).await;
    // Edit the achievement (threshold up, switched off) and the badge (renamed, secret).
    let body = admin.get(&edit).await.body;
    let at = body.find("action=\"/admin/achievements/").unwrap();
    let rest = &body[at + "action=\"".len()..];
    let achievement = &rest[..rest.find('"').unwrap()];
    let page = admin
        .post(
            achievement,
            &[("trigger_type", "item_shared"), ("threshold_value", "x")],
        )
        .await;
    assert_refused(&page, StatusCode::UNPROCESSABLE_ENTITY, "threshold_value");
    let page = admin
        .post(
            achievement,
            &[
                ("trigger_type", "item_shared"),
                ("threshold_value", "5"),
                ("conditions", "{}"),
            ],
        )
        .await;
    page.assert_redirect(&edit);
    let body = admin.get(&edit).await.body;
    assert!(
        body.contains("name=\"threshold_value\" value=\"5\""),
        "{body}"
    );
    let mut renamed = FIRST_SHARE;
    renamed[0] = ("name", "Sharer");
    let page = admin
        .post(&edit, &[&renamed[..], &[("is_secret", "on")]].concat())
        .await;
    page.assert_redirect(&edit);
    let list = admin.get("/admin/badges").await.body;
    assert!(list.contains("Sharer") && list.contains("secret"));
    // Secret: anonymous viewers no longer see it listed, nor on ana's profile; the badge stays
    // with ana, as staff see there.
    assert!(badge_slugs(&app).await.is_empty());
    assert!(user_badges(&app, "ana").await.is_empty());
    let seen = admin.get("/users/ana").await.body;
    assert!(seen.contains("href=\"/badges/first-share\""), "{seen}");
}

#[tokio::test]
async fn staff_see_inactive_badges_and_an_unknown_badge_is_not_found() {
    let (app, admin) = site_with_admin().await;
    // Inactive badges are listed to staff too.
    let mut retired = badge_fields("retired-badge", 5);
    retired.is_active = false;
    app.ok(Actor::System, CreateBadge(retired)).await;
    let list = admin.get("/admin/badges").await.body;
    assert!(list.contains("retired badge") && list.contains("inactive"));
    // Unknown badge: 404.
    assert_eq!(
        admin.get("/admin/badges/999").await.status,
        StatusCode::NOT_FOUND
    );
}

async fn user_id(app: &TestApp, username: &str) -> UserId {
    app.user_id(username)
}

#[tokio::test]
async fn badges_are_granted_and_points_adjusted_by_username() {
    let (app, admin) = site_with_admin().await;
    let bob = app.user("bob").await;
    let badge = app
        .ok(Actor::System, CreateBadge(badge_fields("helper", 20)))
        .await
        .to_string();
    let page = admin
        .post(
            "/admin/grants/badge",
            &[("username", "nobody"), ("badge", &badge)],
        )
        .await;
    assert_refused(&page, StatusCode::NOT_FOUND, "user not found");
    assert!(page.body.contains("value=\"nobody\""));
    let page = admin
        .post(
            "/admin/grants/badge",
            &[("username", "BOB"), ("badge", &badge)],
        )
        .await;
    page.assert_redirect("/admin/grants?done=badge");
    assert!(admin
        .get("/admin/grants?done=badge")
        .await
        .body
        .contains("The badge was granted."));
    assert_eq!(user_badges(&app, "bob").await, ["helper"]);
    assert_eq!(app.figure("bob", "points").await, 20);
    let page = admin
        .post(
            "/admin/grants/badge",
            &[("username", "bob"), ("badge", &badge)],
        )
        .await;
    assert_refused(&page, StatusCode::CONFLICT, "already has this badge");

    let points = |kind: &'static str, n: &'static str| {
        [
            ("username", "bob"),
            ("kind", kind),
            ("points", n),
            ("description", "Spring clean-up"),
        ]
    };
    admin
        .post("/admin/grants/points", &points("bonus", "15"))
        .await
        .assert_redirect("/admin/grants?done=points");
    admin
        .post("/admin/grants/points", &points("penalty", "-5"))
        .await
        .assert_redirect("/admin/grants?done=points");
    assert_eq!(app.figure("bob", "points").await, 30);
    for (kind, n, why) in [
        ("achievement", "5", "kind"),
        ("bonus", "0", "non-zero"),
        ("bonus", "ten", "points"),
        ("gift", "5", "kind"),
    ] {
        let page = admin.post("/admin/grants/points", &points(kind, n)).await;
        assert_refused(&page, StatusCode::UNPROCESSABLE_ENTITY, why);
    }
    let page = admin
        .post(
            "/admin/grants/points",
            &[
                ("username", "bob"),
                ("kind", "bonus"),
                ("points", "5"),
                ("description", " "),
            ],
        )
        .await;
    assert_refused(&page, StatusCode::UNPROCESSABLE_ENTITY, "description");
    let page = admin
        .post_raw("/admin/grants/points", &points("bonus", "50"))
        .await;
    assert_eq!(page.status, StatusCode::FORBIDDEN);
    assert_eq!(app.figure("bob", "points").await, 30);
    let _ = bob;
}

/// A site with members ana (signed in, in her own browser), anabel and bruno: the staff's
/// browser, ana's, and the admin path of ana's account.
async fn members_to_manage() -> (TestApp, Browser, Browser, String) {
    let (app, admin) = site_with_admin().await;
    let ana = Browser::sign_up(&app, "ana").await;
    for name in ["anabel", "bruno"] {
        app.user(name).await;
    }
    let base = format!("/admin/users/{}", user_id(&app, "ana").await);
    (app, admin, ana, base)
}

#[tokio::test]
async fn staff_find_members_by_the_start_of_their_username() {
    let (_app, admin, _ana, _) = members_to_manage().await;
    let page = admin.get("/admin/users?q=AN").await;
    assert!(page.body.contains(">ana<") && page.body.contains(">anabel<"));
    assert!(!page.body.contains(">bruno<") && !page.body.contains("href=\"/users/admin\""));
    assert!(admin
        .get("/admin/users?q=zz")
        .await
        .body
        .contains("No username starts with that."));
}

#[tokio::test]
async fn staff_rights_are_given_and_taken_back() {
    let (_app, admin, ana, base) = members_to_manage().await;
    // Staff rights: ana reaches the panel, then no longer.
    admin
        .post(&format!("{base}/staff"), &[("staff", "true"), ("q", "an")])
        .await
        .assert_redirect("/admin/users?q=an");
    assert_eq!(ana.get("/admin").await.status, StatusCode::OK);
    admin
        .post(&format!("{base}/staff"), &[("staff", "false"), ("q", "")])
        .await
        .assert_redirect("/admin/users?q=");
    assert_eq!(ana.get("/admin").await.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn a_deactivated_member_is_signed_out_and_off_the_api_until_activated() {
    let (app, admin, ana, base) = members_to_manage().await;
    // Deactivated: off the API and signed out; activated again: back.
    admin
        .post(&format!("{base}/active"), &[("active", "false"), ("q", "")])
        .await
        .assert_redirect("/admin/users?q=");
    assert_eq!(app.get("/api/users/ana").await.0, 404);
    ana.get("/account")
        .await
        .assert_redirect("/signin?next=%2Faccount");
    admin
        .post(&format!("{base}/active"), &[("active", "true"), ("q", "")])
        .await
        .assert_redirect("/admin/users?q=");
    assert_eq!(app.get("/api/users/ana").await.0, 200);
    // Deactivation signed her out for good: she signs in again.
    ana.get("/account")
        .await
        .assert_redirect("/signin?next=%2Faccount");
    ana.post(
        "/signin",
        &[("username", "ana"), ("password", "password-ana")],
    )
    .await
    .assert_redirect("/");
    assert_eq!(ana.get("/account").await.status, StatusCode::OK);
}

#[tokio::test]
async fn staff_sign_a_member_out_everywhere() {
    let (_app, admin, ana, base) = members_to_manage().await;
    assert_eq!(ana.get("/account").await.status, StatusCode::OK);
    // Sign out everywhere.
    admin
        .post(&format!("{base}/signout"), &[("q", "")])
        .await
        .assert_redirect("/admin/users?q=");
    ana.get("/account")
        .await
        .assert_redirect("/signin?next=%2Faccount");
}

#[tokio::test]
async fn staff_cannot_drop_their_own_rights_and_bad_member_actions_change_nothing() {
    let (app, admin, _ana, base) = members_to_manage().await;
    // Refusals: staff cannot drop their own rights or account (no button is shown either);
    // a bad value; a missing token; an unknown user.
    let admin_id = user_id(&app, "admin").await;
    let page = admin.get("/admin/users?q=admin").await;
    assert!(!page
        .body
        .contains(&format!("/admin/users/{admin_id}/active")));
    let page = admin
        .post(
            &format!("/admin/users/{admin_id}/active"),
            &[("active", "false")],
        )
        .await;
    assert_refused(
        &page,
        StatusCode::FORBIDDEN,
        "you cannot deactivate your own account",
    );
    let page = admin
        .post(
            &format!("/admin/users/{admin_id}/staff"),
            &[("staff", "false")],
        )
        .await;
    assert_refused(
        &page,
        StatusCode::FORBIDDEN,
        "you cannot remove your own staff rights",
    );
    assert_eq!(admin.get("/admin").await.status, StatusCode::OK);
    let page = admin
        .post(&format!("{base}/active"), &[("active", "maybe")])
        .await;
    assert_eq!(page.status, StatusCode::BAD_REQUEST);
    let page = admin
        .post_raw(&format!("{base}/active"), &[("active", "false")])
        .await;
    assert_eq!(page.status, StatusCode::FORBIDDEN);
    assert_eq!(app.get("/api/users/ana").await.0, 200);
    let page = admin
        .post("/admin/users/9999/staff", &[("staff", "true")])
        .await;
    assert_refused(&page, StatusCode::NOT_FOUND, "user not found");
}

#[tokio::test]
async fn groups_are_archived_and_restored() {
    let (app, admin) = site_with_admin().await;
    let owner = app.user("olga").await;
    let group = app
        .ok(
            Actor::User(owner),
            CreateGroup(group_fields(
                "Tool Library",
                Privacy::Public,
                "Berlin",
                "52.52",
            )),
        )
        .await;
    let places = || async {
        app.json("/api/groups/locations").await["locations"]
            .as_array()
            .unwrap()
            .len()
    };
    assert_eq!(places().await, 1);
    let list = admin.get("/admin/groups").await.body;
    assert!(list.contains("Tool Library") && list.contains("Archive"));
    let path = format!("/admin/groups/{group}/active");
    let page = admin.post_raw(&path, &[("active", "false")]).await;
    assert_eq!(page.status, StatusCode::FORBIDDEN);
    assert_eq!(places().await, 1);
    admin
        .post(&path, &[("active", "false")])
        .await
        .assert_redirect("/admin/groups");
    assert_eq!(places().await, 0);
    assert!(admin.get("/admin/groups").await.body.contains("archived"));
    admin
        .post(&path, &[("active", "true")])
        .await
        .assert_redirect("/admin/groups");
    assert_eq!(places().await, 1);
    let page = admin
        .post("/admin/groups/999/active", &[("active", "false")])
        .await;
    assert_refused(&page, StatusCode::NOT_FOUND, "not found");
}

#[tokio::test]
async fn site_settings_are_saved_and_bad_ones_change_nothing() {
    let (_app, admin) = site_with_admin().await;
    let page = admin
        .post(
            "/admin/settings",
            &[
                ("site_name", "Nachbarschaft"),
                ("site_tagline", "Teilen statt kaufen"),
                ("welcome_message", "Hallo!"),
            ],
        )
        .await;
    page.assert_redirect("/admin/settings");
    let body = admin.get("/admin/settings").await.body;
    assert!(
        body.contains("<title>Site settings · Nachbarschaft</title>"),
        "{body}"
    );
    assert!(body.contains("value=\"Teilen statt kaufen\""));
    let long = "x".repeat(101);
    let page = admin
        .post(
            "/admin/settings",
            &[
                ("site_name", long.as_str()),
                ("site_tagline", "Changed"),
                ("welcome_message", ""),
            ],
        )
        .await;
    assert_refused(
        &page,
        StatusCode::UNPROCESSABLE_ENTITY,
        "Site name: must be at most 100 characters",
    );
    let body = admin.get("/admin/settings").await.body;
    assert!(
        body.contains("value=\"Teilen statt kaufen\""),
        "nothing changed"
    );
    assert!(body.contains("Hallo!"));
    let page = admin
        .post_raw(
            "/admin/settings",
            &[
                ("site_name", "Hijacked"),
                ("site_tagline", ""),
                ("welcome_message", ""),
            ],
        )
        .await;
    assert_eq!(page.status, StatusCode::FORBIDDEN);
    assert!(admin.get("/admin").await.body.contains("Nachbarschaft"));
}

#[tokio::test]
async fn the_system_panel_shows_cache_writer_and_file_figures() {
    let (app, admin) = site_with_admin().await;
    // Fill the hot segment a little.
    for _ in 0..3 {
        app.json("/api/leaderboards").await;
    }
    let body = admin.get("/admin/system").await.body;
    for text in [
        "hot",
        "warm",
        "cold",
        "Hit ratio",
        "<svg",
        "role=\"img\"",
        "Commits",
        "Average commit latency",
        "Largest batch size",
        "unknown",
    ] {
        assert!(body.contains(text), "{text:?} in {body}");
    }
    assert!(!body.contains("style="), "no inline styles (CSP)");

    // With the data file's path known (as `serve` gives it), its size is shown.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sized.redb");
    let engine = Engine::open(&path, Capacities::default()).unwrap();
    let config = comuniza::http::WebConfig {
        data_path: Some(path.clone()),
        ..crate::helpers::web_config()
    };
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let second = Browser {
        client: reqwest::Client::builder()
            .cookie_store(true)
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap(),
        base: format!("http://{}", listener.local_addr().unwrap()),
        password: "password-host".into(),
    };
    let served = comuniza::http::App::new(engine, config);
    tokio::spawn(comuniza::http::serve_app(
        listener,
        served,
        std::future::pending(),
    ));
    let setup = [
        ("username", "host"),
        ("email", "host@example.org"),
        ("password", "password-host"),
        ("password2", "password-host"),
    ];
    second
        .post("/setup", &setup)
        .await
        .assert_redirect("/admin");
    let body = second.get("/admin/system").await.body;
    let size = std::fs::metadata(&path).unwrap().len();
    let size = comuniza::i18n::numbers::number(comuniza::i18n::Lang::En, size);
    assert!(body.contains(&format!("({size} bytes)")), "{body}");
}
