//! What an attacker with a member account or an anonymous client tried, and must not get: open
//! redirects, tokens that outlive their password or open pages, a first-run page for whoever
//! comes first, cookies without `Secure`, private groups told apart through the API, personal
//! answers kept by shared caches, and floods of creations.

use comuniza::domain::records::UserId;
use reqwest::StatusCode;
use serde_json::{json, Value};

use crate::browser::{site_with_admin, Browser};
use crate::helpers::{spawn_app, TestApp, SETUP_TOKEN};
use comuniza::domain::choice::Privacy;
use comuniza::store::commands::Actor;
use comuniza::store::commands::{CreateUser, SetGroupActive};

fn id_of(app: &TestApp, name: &str) -> UserId {
    app.user_id(name)
}

/// A GET with a bearer token, no redirects followed: status, `Location`, body.
async fn with_token(app: &TestApp, path: &str, token: &str) -> (u16, Option<String>, String) {
    let res = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
        .get(format!("{}{path}", app.base))
        .bearer_auth(token)
        .send()
        .await
        .unwrap();
    let status = res.status().as_u16();
    let location = res
        .headers()
        .get("location")
        .map(|v| v.to_str().unwrap().to_string());
    (status, location, res.text().await.unwrap())
}

async fn me_status(app: &TestApp, token: &str) -> u16 {
    with_token(app, "/api/me", token).await.0
}

#[tokio::test]
async fn a_next_link_that_leaves_the_site_falls_back_to_the_start_page() {
    let (app, _admin) = site_with_admin().await;
    let ana = Browser::sign_up(&app, "ana").await;
    ana.post("/signout", &[]).await.assert_redirect("/");
    for next in [
        "/\t/evil.example",
        "/\\evil.example",
        "//evil.example",
        "/\r\nSet-Cookie: a=b",
        "https://evil.example/",
    ] {
        ana.post(
            "/signin",
            &[
                ("username", "ana"),
                ("password", "password-ana"),
                ("next", next),
            ],
        )
        .await
        .assert_redirect("/");
        // Signed in, the sign-in page forwards to `next` at once: the same rule.
        let q: String = form_urlencoded::byte_serialize(next.as_bytes()).collect();
        ana.get(&format!("/signin?next={q}"))
            .await
            .assert_redirect("/");
        ana.post("/signout", &[]).await.assert_redirect("/");
    }
    // A plain path on the site is kept.
    ana.post(
        "/signin",
        &[
            ("username", "ana"),
            ("password", "password-ana"),
            ("next", "/items?q=drill"),
        ],
    )
    .await
    .assert_redirect("/items?q=drill");
}

#[tokio::test]
async fn a_token_needs_the_password_and_never_opens_a_page() {
    let (app, admin) = site_with_admin().await;
    let ana = Browser::sign_up(&app, "ana").await;
    for current in ["", "not her password"] {
        let page = ana
            .post(
                "/account/tokens",
                &[("name", "stolen laptop"), ("current", current)],
            )
            .await;
        assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY, "{current:?}");
        assert!(!page.body.contains("cmz_"), "no token was made");
    }
    assert!(!ana.get("/account").await.body.contains("stolen laptop"));
    let token = ana.token("phone").await;
    assert_eq!(me_status(&app, &token).await, 200);

    // On pages a token is refused with a clear page, never sent round to sign in.
    for path in [
        "/account",
        "/loans",
        "/items",
        "/signin",
        "/signin?next=/signin",
    ] {
        let (status, location, body) = with_token(&app, path, &token).await;
        assert_eq!(status, 401, "{path}");
        assert_eq!(location, None, "{path}");
        assert!(body.contains("opens the JSON API only"), "{path}: {body}");
    }
    // A staff member's token does not open the staff pages (every member's email is there).
    let staff_token = admin.token("admin laptop").await;
    let (status, _, body) = with_token(&app, "/admin/users?q=", &staff_token).await;
    assert_eq!(status, 401);
    assert!(!body.contains("ana@example.org"));
    // A wrong token on a page: the same, and no redirect loop.
    let (status, location, _) = with_token(&app, "/signin", "cmz_wrong").await;
    assert_eq!((status, location), (401, None));
    // Other credentials (a proxy's Basic sign-in passed on) leave a browser's way to the
    // sign-in page as it was.
    let basic = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
        .get(format!("{}/account", app.base))
        .basic_auth("proxy-user", Some("proxy-password"))
        .send()
        .await
        .unwrap();
    assert_eq!(basic.status(), 303);
    assert_eq!(basic.headers()["location"], "/signin?next=%2Faccount");
}

#[tokio::test]
async fn tokens_are_revoked_with_the_password_and_every_sign_out() {
    let (app, admin) = site_with_admin().await;
    let mut ana = Browser::sign_up(&app, "ana").await;
    let ana_id = id_of(&app, "ana");

    // Changing the password.
    let token = ana.token("one").await;
    let page = ana
        .post(
            "/account/password",
            &[
                ("current", "password-ana"),
                ("password", "a new password"),
                ("password2", "a new password"),
            ],
        )
        .await;
    page.assert_redirect("/account");
    ana.password = "a new password".into();
    assert_eq!(
        me_status(&app, &token).await,
        401,
        "after a password change"
    );
    let account = ana.get("/account").await.body;
    assert!(
        account.contains("revokes your access tokens"),
        "the page says so"
    );

    // Signing out everywhere.
    let token = ana.token("two").await;
    ana.post("/account/signout-everywhere", &[])
        .await
        .assert_redirect("/");
    assert_eq!(
        me_status(&app, &token).await,
        401,
        "after sign-out everywhere"
    );

    // The staff signing her out.
    ana.post(
        "/signin",
        &[("username", "ana"), ("password", "a new password")],
    )
    .await
    .assert_redirect("/");
    let token = ana.token("three").await;
    admin
        .post(&format!("/admin/users/{ana_id}/signout"), &[("q", "")])
        .await
        .assert_redirect("/admin/users?q=");
    assert_eq!(me_status(&app, &token).await, 401, "after a staff sign-out");

    // Deactivated, then activated again: no old token comes back.
    ana.post(
        "/signin",
        &[("username", "ana"), ("password", "a new password")],
    )
    .await
    .assert_redirect("/");
    let token = ana.token("four").await;
    for active in ["false", "true"] {
        admin
            .post(
                &format!("/admin/users/{ana_id}/active"),
                &[("active", active), ("q", "")],
            )
            .await
            .assert_redirect("/admin/users?q=");
    }
    assert_eq!(me_status(&app, &token).await, 401, "after deactivation");
}

#[tokio::test]
async fn the_first_run_page_takes_only_the_setup_link() {
    let app = spawn_app().await;
    let b = Browser::new(&app);
    let fields = [
        ("username", "intruder"),
        ("email", "intruder@example.org"),
        ("password", "password-intruder"),
        ("password2", "password-intruder"),
    ];
    let csrf = b.csrf().await;
    for token in [None, Some(""), Some("guessed-token")] {
        let mut form = vec![("csrf", csrf.as_str())];
        form.extend_from_slice(&fields);
        if let Some(t) = token {
            form.push(("token", t));
        }
        let page = b.post_raw("/setup", &form).await;
        assert_eq!(page.status, StatusCode::FORBIDDEN, "{token:?}");
        assert!(page.body.contains("setup link"), "{}", page.body);
    }
    // Nor does signing up take the empty site: it is sent to the first-run page.
    let mut form = vec![("csrf", csrf.as_str())];
    form.extend_from_slice(&fields);
    form.push(("password2", "password-intruder"));
    b.post_raw("/signup", &form).await.assert_redirect("/setup");
    assert_eq!(app.get("/api/users/intruder").await.0, 404);
    let page = b.get("/setup?token=guessed-token").await;
    assert!(!page.body.contains("Create the administrator"));
    // With the link's token it works, and only once.
    let mut form = vec![("csrf", csrf.as_str()), ("token", SETUP_TOKEN)];
    form.extend_from_slice(&fields);
    b.post_raw("/setup", &form).await.assert_redirect("/admin");
    assert_eq!(
        b.get(&format!("/setup?token={SETUP_TOKEN}")).await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn with_secure_cookies_the_csrf_cookie_is_secure_and_host_only() {
    let dir = tempfile::tempdir().unwrap();
    let engine = comuniza::engine::Engine::open(
        &dir.path().join("secure.redb"),
        comuniza::cache::Capacities::default(),
    )
    .unwrap();
    engine
        .writer
        .run(
            Actor::System,
            CreateUser {
                username: "ana".into(),
                email: "ana@example.org".into(),
                first_name: String::new(),
                last_name: String::new(),
                password: comuniza::auth::password::hash_password("password-ana").unwrap(),
                is_staff: false,
            },
        )
        .await
        .unwrap();
    let config = comuniza::http::WebConfig {
        secure_cookies: true,
        ..crate::helpers::web_config()
    };
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(comuniza::http::serve_app(
        listener,
        comuniza::http::App::new(engine, config),
        std::future::pending(),
    ));
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let page = client.get(format!("{base}/signin")).send().await.unwrap();
    let set: Vec<String> = page
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_string())
        .collect();
    let csrf_cookie = set
        .iter()
        .find(|c| c.starts_with("__Host-comuniza_csrf="))
        .unwrap_or_else(|| panic!("{set:?}"));
    for part in ["Secure", "HttpOnly", "SameSite=Lax", "Path=/"] {
        assert!(csrf_cookie.contains(part), "{csrf_cookie}");
    }
    assert!(!csrf_cookie.contains("Domain"), "{csrf_cookie}");
    // Signing in sets the session cookie the same way.
    let body = page.text().await.unwrap();
    let csrf = crate::browser::csrf_of(&body).unwrap();
    let cookie = csrf_cookie.split(';').next().unwrap().to_string();
    let signed_in = client
        .post(format!("{base}/signin"))
        .header("cookie", &cookie)
        .form(&[
            ("csrf", csrf.as_str()),
            ("username", "ana"),
            ("password", "password-ana"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(signed_in.status(), 303);
    let session = signed_in
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_string())
        .find(|c| c.starts_with("__Host-comuniza_session="))
        .expect("a __Host- session cookie");
    assert!(session.contains("Secure"), "{session}");
    // A cookie without the prefix (planted by another host) signs nobody in.
    let value = session
        .split(';')
        .next()
        .unwrap()
        .split_once('=')
        .unwrap()
        .1;
    let planted = client
        .get(format!("{base}/account"))
        .header("cookie", format!("comuniza_session={value}"))
        .send()
        .await
        .unwrap();
    assert_eq!(planted.status(), 303, "sent to sign in");
}

#[tokio::test]
async fn the_write_api_answers_a_hidden_group_as_an_unknown_one() {
    let (app, _admin) = site_with_admin().await;
    let ana = Browser::sign_up(&app, "ana").await;
    let bob = Browser::sign_up(&app, "bob").await;
    let ana_id = id_of(&app, "ana");
    let bob_token = bob.token("cli").await;
    drop(ana);
    let private = app
        .group(ana_id, "Secret Shed", Privacy::Private, "Porto", "41.1")
        .await;
    let archived = app
        .group(ana_id, "Old Shed", Privacy::Public, "Porto", "41.1")
        .await;
    app.ok(
        Actor::User(ana_id),
        SetGroupActive {
            group: archived,
            active: false,
        },
    )
    .await;
    let item = app.item(ana_id, "Ladder", vec![private]).await;
    let _ = private;
    let call = |path: String, body: Value| {
        let (app, token) = (&app, bob_token.clone());
        async move {
            let res = app
                .client
                .post(format!("{}{path}", app.base))
                .bearer_auth(token)
                .json(&body)
                .send()
                .await
                .unwrap();
            (res.status().as_u16(), res.json::<Value>().await.unwrap())
        }
    };
    let new_item = |slug: &str| {
        json!({"title": "Saw", "condition": "good", "max_loan_days": 7,
               "visibility": "public", "groups": [slug]})
    };
    for slug in ["secret-shed", "old-shed", "no-such-group"] {
        let answers = [
            call(format!("/api/groups/{slug}/join"), json!({})).await,
            call(format!("/api/groups/{slug}/leave"), json!({})).await,
            call("/api/items".into(), new_item(slug)).await,
            call(
                format!("/api/items/{item}/request"),
                json!({ "group": slug }),
            )
            .await,
        ];
        for (status, body) in answers {
            assert_eq!(status, 404, "{slug}: {body}");
            assert_eq!(body["error"], "group not found", "{slug}: {body}");
        }
    }
    // Nothing was filed: no pending request in the private group.
    let bob_id = id_of(&app, "bob");
    assert!(app.read().membership(private, bob_id).unwrap().is_none());
}

#[tokio::test]
async fn personal_api_answers_are_private_and_vary_by_cookie_and_token() {
    let (app, _admin) = site_with_admin().await;
    let ana = Browser::sign_up(&app, "ana").await;
    let token = ana.token("cli").await;
    for path in ["/api/me", "/api/leaderboards", "/api/badges"] {
        let res = app
            .client
            .get(format!("{}{path}", app.base))
            .bearer_auth(&token)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 200, "{path}");
        let h = res.headers();
        assert_eq!(h["cache-control"], "private, no-cache", "{path}");
        assert_eq!(h["vary"], "Cookie, Authorization", "{path}");
        // Revalidated, the 304 says the same.
        let etag = h["etag"].to_str().unwrap().to_string();
        let again = app
            .client
            .get(format!("{}{path}", app.base))
            .bearer_auth(&token)
            .header("if-none-match", etag)
            .send()
            .await
            .unwrap();
        assert_eq!(again.status(), 304, "{path}");
        assert_eq!(again.headers()["cache-control"], "private, no-cache");
        assert_eq!(again.headers()["vary"], "Cookie, Authorization");
    }
    // Anonymous answers may be kept by shared caches, keyed on who asks.
    let res = app
        .client
        .get(format!("{}/api/leaderboards", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(res.headers()["cache-control"], "no-cache");
    assert_eq!(res.headers()["vary"], "Cookie, Authorization");
}

/// Sets a creation limit through the settings form.
async fn set_limit(admin: &Browser, setting: &str, value: &str) {
    let page = admin.get("/admin/settings").await;
    assert!(page.body.contains(setting), "the form shows {setting}");
    admin
        .post("/admin/settings", &[(setting, value)])
        .await
        .assert_redirect("/admin/settings");
}

#[tokio::test]
async fn creations_past_a_limit_are_refused_with_when_to_try_again() {
    let (app, admin) = site_with_admin().await;
    let ana = Browser::sign_up(&app, "ana").await;
    let token = ana.token("cli").await;
    set_limit(&admin, "limit_items_per_day", "2").await;
    let item = |title: &str| {
        [
            ("title", title.to_string()),
            ("condition", "good".into()),
            ("status", "available".into()),
            ("max_loan_days", "7".into()),
            ("visibility", "public".into()),
        ]
    };
    for title in ["Drill", "Saw"] {
        let fields = item(title);
        let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let page = ana.post("/items/new", &fields).await;
        assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    }
    // A refused creation gives its slot back: a bad form does not use one up.
    let page = ana.post("/items/new", &[("title", "")]).await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    let fields = item("Hammer");
    let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let res = ana
        .client
        .post(format!("{}/items/new", app.base))
        .form(&{
            let mut all = vec![("csrf", ana.csrf().await)];
            all.extend(fields.iter().map(|(k, v)| (*k, v.to_string())));
            all
        })
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 429);
    let wait: u64 = res.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!(wait > 0 && wait <= 86_400, "{wait}");
    let body = res.text().await.unwrap();
    assert!(body.contains("at most 2 per day for each member"), "{body}");
    assert!(
        body.contains("role=\"alert\""),
        "the form again, with the reason"
    );
    // The API counts the same limit, and says it in JSON.
    let res = app
        .client
        .post(format!("{}/api/items", app.base))
        .bearer_auth(&token)
        .json(
            &json!({"title": "Rake", "condition": "good", "max_loan_days": 7,
                      "visibility": "public"}),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 429);
    assert!(res.headers().contains_key("retry-after"));
    let body: Value = res.json().await.unwrap();
    assert!(body["error"]
        .as_str()
        .unwrap()
        .contains("new items: this site allows at most 2 per day"));
    assert_eq!(app.figure("ana", "items_shared").await, 2);
    // Staff are not limited.
    let fields = item("Admin's ladder");
    let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    for _ in 0..3 {
        let page = admin.post("/items/new", &fields).await;
        assert_eq!(page.status, StatusCode::SEE_OTHER);
    }
}

#[tokio::test]
async fn sign_ups_have_their_own_limit_apart_from_sign_in() {
    let (app, admin) = site_with_admin().await;
    set_limit(&admin, "limit_signups_per_hour", "1").await;
    let _ana = Browser::sign_up(&app, "ana").await;
    let b = Browser::new(&app);
    let page = b
        .post(
            "/signup",
            &[
                ("username", "bob"),
                ("email", "bob@example.org"),
                ("password", "password-bob"),
                ("password2", "password-bob"),
            ],
        )
        .await;
    assert_eq!(page.status, StatusCode::TOO_MANY_REQUESTS, "{}", page.body);
    assert!(
        page.body.contains("at most 1 per hour from one address"),
        "{}",
        page.body
    );
    assert_eq!(app.get("/api/users/bob").await.0, 404);
    // Signing in from the same address still works.
    b.post(
        "/signin",
        &[("username", "ana"), ("password", "password-ana")],
    )
    .await
    .assert_redirect("/");
}

#[tokio::test]
async fn a_new_email_needs_the_current_password() {
    let (app, _admin) = site_with_admin().await;
    let ana = Browser::sign_up(&app, "ana").await;
    for current in ["", "wrong password"] {
        let page = ana
            .post(
                "/account/profile",
                &[
                    ("first_name", "Ana"),
                    ("email", "mallory@example.org"),
                    ("current", current),
                ],
            )
            .await;
        assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY, "{current:?}");
        assert!(page.body.contains("password"), "{}", page.body);
    }
    let user = |app: &TestApp| app.read().user(id_of(app, "ana")).unwrap().unwrap();
    assert_eq!(user(&app).email, "ana@example.org");
    // Her name alone needs no password; the email with it changes.
    ana.post(
        "/account/profile",
        &[("first_name", "Ana"), ("email", "ana@example.org")],
    )
    .await
    .assert_redirect("/account");
    ana.post(
        "/account/profile",
        &[
            ("first_name", "Ana"),
            ("email", "ana@new.example"),
            ("current", "password-ana"),
        ],
    )
    .await
    .assert_redirect("/account");
    let u = user(&app);
    assert_eq!(
        (u.first_name.as_str(), u.email.as_str()),
        ("Ana", "ana@new.example")
    );
}

#[tokio::test]
async fn a_form_that_is_not_utf8_is_refused_not_stored_as_replacement_characters() {
    let (app, _admin) = site_with_admin().await;
    let ana = Browser::sign_up(&app, "ana").await;
    let csrf = ana.csrf().await;
    let body = format!("csrf={csrf}&first_name=Ana%FF%FE&email=ana%40example.org");
    let res = ana
        .client
        .post(format!("{}/account/profile", app.base))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(body)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 400);
    let page = res.text().await.unwrap();
    assert!(page.contains("not valid UTF-8"), "{page}");
    let account = ana.get("/account").await.body;
    assert!(!account.contains('\u{FFFD}'), "nothing was stored");
    assert!(
        account.contains("name=\"first_name\" value=\"\""),
        "{account}"
    );
}

#[tokio::test]
async fn a_name_may_not_hide_characters_or_pass_for_another_member() {
    let (app, _admin) = site_with_admin().await;
    let ana = Browser::sign_up(&app, "ana").await;
    for (first, said) in [
        ("ana\u{202E}nimda", "invisible characters"),
        ("ad\u{200B}min", "invisible characters"),
        ("\u{2066}Ana\u{2069}", "invisible characters"),
        ("Admin", "another member's username"),
    ] {
        let page = ana
            .post(
                "/account/profile",
                &[("first_name", first), ("email", "ana@example.org")],
            )
            .await;
        assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY, "{first:?}");
        assert!(page.body.contains(said), "{first:?}: {}", page.body);
    }
    // Her own username as her name is fine.
    ana.post(
        "/account/profile",
        &[("first_name", "ANA"), ("email", "ana@example.org")],
    )
    .await
    .assert_redirect("/account");
    // Nor may a new account take a member's username as its name.
    let b = Browser::new(&app);
    let page = b
        .post(
            "/signup",
            &[
                ("username", "mallory"),
                ("email", "mallory@example.org"),
                ("first_name", "admin"),
                ("password", "password-mallory"),
                ("password2", "password-mallory"),
            ],
        )
        .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.body.contains("another member's username"));
    assert_eq!(app.get("/api/users/mallory").await.0, 404);
}
