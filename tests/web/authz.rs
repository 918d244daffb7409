//! Who may do what: each mutating action tried by everyone it concerns. The matrix below says
//! who is allowed (DOMAIN.md's loan rules, group moderation, staff pages); everyone else is
//! refused with the status written there, and a refused attempt changes no record (the
//! community is exported before and after and compared).
//!
//! The cast: `ana` lends the item and runs the group; `bob` asked to borrow it; `cara` is
//! another member of the group; `staff` runs the site but is in no group; and anonymous.

use comuniza::domain::choice::Privacy;
use comuniza::domain::loan::LoanAction;
use comuniza::domain::records::ItemId;
use comuniza::domain::records::{LoanId, UserId};
use comuniza::store::commands::Actor;
use comuniza::store::commands::{
    CreateToken, JoinGroup, LoanStep, SetGroupActive, SetPassword, StartSession,
};

use crate::helpers::{spawn_app, TestApp};

#[derive(Debug, Clone, Copy, PartialEq)]
enum Who {
    Anonymous,
    Ana,
    Bob,
    Cara,
    Staff,
}

use Who::*;

const EVERYONE: [Who; 5] = [Anonymous, Ana, Bob, Cara, Staff];

/// The scene of one row: a fresh community, with each member's token and browser session.
struct Scene {
    app: TestApp,
    item: ItemId,
    /// Bob's request for ana's item.
    loan: LoanId,
    /// Bob's loan of another item of ana's, approved and waiting to be handed over.
    approved: LoanId,
    /// Bob's loan of a third item of ana's, returned (both may review it).
    returned: LoanId,
    /// Bob's loan of a fourth item of ana's, handed over and not yet back.
    active: LoanId,
    users: [(Who, UserId); 4],
}

const CSRF: &str = "authz-csrf";
/// Every member's password in the scene (hashed once: argon2 is slow on purpose).
const PASSWORD: &str = "authz-password";

fn password_hash() -> &'static str {
    static HASH: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    HASH.get_or_init(|| comuniza::auth::password::hash_password(PASSWORD).unwrap())
}

fn secret(who: Who, kind: &str) -> String {
    format!("authz-{kind}-{who:?}")
}

async fn scene() -> Scene {
    let app = spawn_app().await;
    let ana = app.user("ana").await;
    let bob = app.user("bob").await;
    let cara = app.user("cara").await;
    let staff = app.staff("staff").await;
    let group = app
        .group(ana, "Tool Club", Privacy::Public, "Porto", "41.1")
        .await;
    for member in [bob, cara] {
        app.ok(Actor::User(member), JoinGroup { group }).await;
    }
    let item = app.item(ana, "Ladder", vec![group]).await;
    let loan = app.request(bob, item).await;
    let drill = app.item(ana, "Drill", vec![group]).await;
    let approved = app.request(bob, drill).await;
    app.ok(
        Actor::User(ana),
        LoanStep {
            loan: approved,
            action: LoanAction::Approve,
        },
    )
    .await;
    let saw = app.item(ana, "Saw", vec![group]).await;
    let returned = app.complete_loan(saw, ana, bob).await;
    let rake = app.item(ana, "Rake", vec![group]).await;
    let active = app.request(bob, rake).await;
    for action in [LoanAction::Approve, LoanAction::HandOver] {
        app.ok(
            Actor::User(ana),
            LoanStep {
                loan: active,
                action,
            },
        )
        .await;
    }
    // An archived group of ana's, to reopen.
    let old = app
        .group(ana, "Old Club", Privacy::Public, "Porto", "41.1")
        .await;
    app.ok(
        Actor::User(ana),
        SetGroupActive {
            group: old,
            active: false,
        },
    )
    .await;
    // A badge (id 1) with no achievement, for the staff's badge pages and grants.
    app.badge("helper", 10, "item_shared", None, "{}").await;
    let users = [(Ana, ana), (Bob, bob), (Cara, cara), (Staff, staff)];
    for (who, id) in users {
        // Everyone knows their password (account actions ask for it).
        app.ok(
            Actor::System,
            SetPassword {
                user: id,
                password: password_hash().into(),
                sign_out: false,
            },
        )
        .await;
        app.ok(
            Actor::User(id),
            CreateToken {
                hash: comuniza::auth::secret::digest(&secret(who, "token")),
                name: "authz".into(),
                prefix: "authz".into(),
            },
        )
        .await;
        app.ok(
            Actor::System,
            StartSession {
                user: id,
                hash: comuniza::auth::secret::digest(&secret(who, "session")),
                csrf: CSRF.into(),
                lifetime: 3_600_000,
            },
        )
        .await;
    }
    Scene {
        app,
        item,
        loan,
        approved,
        returned,
        active,
        users,
    }
}

/// Every record of the community, as the export writes it.
fn snapshot(app: &TestApp) -> Vec<u8> {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("snapshot.json");
    comuniza::cli::export::export(&*app.engine.db, &out).unwrap();
    std::fs::read(out).unwrap()
}

enum Via {
    /// The bearer-token write API with this JSON body (anonymous: no token).
    Api(&'static str),
    /// A browser form with its session and CSRF token (anonymous: no session).
    Form(&'static [(&'static str, &'static str)]),
}

/// One row of the matrix: an action, who may take it, and what the others get.
struct Row {
    what: &'static str,
    path: fn(&Scene) -> String,
    via: Via,
    allowed: &'static [Who],
    /// The status everyone else gets, anonymous apart.
    refused: fn(Who) -> u16,
    anonymous: u16,
}

async fn attempt(s: &Scene, row: &Row, who: Who) -> u16 {
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let url = format!("{}{}", s.app.base, (row.path)(s));
    let mut req = client.post(url);
    match row.via {
        Via::Api(body) => {
            if who != Anonymous {
                req = req.bearer_auth(secret(who, "token"));
            }
            req = req.header("content-type", "application/json").body(body);
        }
        Via::Form(fields) => {
            let mut cookie = format!("comuniza_csrf={CSRF}");
            if who != Anonymous {
                cookie.push_str(&format!("; comuniza_session={}", secret(who, "session")));
            }
            let mut form = vec![("csrf", CSRF)];
            form.extend_from_slice(fields);
            req = req.header("cookie", cookie).form(&form);
        }
    }
    req.send().await.unwrap().status().as_u16()
}

fn matrix() -> Vec<Row> {
    let party_or_hidden = |who| match who {
        Ana | Bob => 403,
        _ => 404,
    };
    vec![
        Row {
            what: "approve a loan request (the lender)",
            path: |s| format!("/api/loans/{}/approve", s.loan),
            via: Via::Api("{}"),
            allowed: &[Ana],
            refused: party_or_hidden,
            anonymous: 401,
        },
        Row {
            what: "reject a loan request (the lender)",
            path: |s| format!("/loans/{}/reject", s.loan),
            via: Via::Form(&[]),
            allowed: &[Ana],
            refused: party_or_hidden,
            anonymous: 401,
        },
        Row {
            what: "cancel a loan request (the borrower)",
            path: |s| format!("/api/loans/{}/cancel", s.loan),
            via: Via::Api("{}"),
            allowed: &[Bob],
            refused: party_or_hidden,
            anonymous: 401,
        },
        Row {
            what: "hand an approved loan over (the lender)",
            path: |s| format!("/api/loans/{}/hand_over", s.approved),
            via: Via::Api("{}"),
            allowed: &[Ana],
            refused: party_or_hidden,
            anonymous: 401,
        },
        Row {
            what: "report a loan returned (the borrower)",
            path: |s| format!("/api/loans/{}/borrower_return", s.active),
            via: Via::Api("{}"),
            allowed: &[Bob],
            refused: party_or_hidden,
            anonymous: 401,
        },
        Row {
            what: "confirm a loan returned (the lender)",
            path: |s| format!("/loans/{}/confirm_return", s.active),
            via: Via::Form(&[]),
            allowed: &[Ana],
            refused: party_or_hidden,
            anonymous: 401,
        },
        Row {
            what: "review a returned loan through the form (either party)",
            path: |s| format!("/loans/{}/review", s.returned),
            via: Via::Form(&[("rating", "4"), ("comment", "good")]),
            allowed: &[Ana, Bob],
            refused: |_| 404,
            anonymous: 401,
        },
        Row {
            what: "ask to borrow through the form (anyone but the owner)",
            path: |s| format!("/items/{}/request", s.item),
            via: Via::Form(&[("message", "may I?")]),
            allowed: &[Cara, Staff],
            refused: |who| if who == Bob { 409 } else { 403 },
            anonymous: 401,
        },
        Row {
            what: "share an item (any member)",
            path: |_| "/api/items".into(),
            via: Via::Api(
                r#"{"title": "Tent", "condition": "good", "max_loan_days": 7, "visibility": "public"}"#,
            ),
            allowed: &[Ana, Bob, Cara, Staff],
            refused: |_| 403,
            anonymous: 401,
        },
        Row {
            what: "reopen an archived group (its admins; staff; hidden from others)",
            path: |_| "/groups/old-club/reopen".into(),
            via: Via::Form(&[]),
            allowed: &[Ana, Staff],
            refused: |_| 404,
            anonymous: 401,
        },
        Row {
            what: "join a group through the form (anyone not in it)",
            path: |_| "/groups/tool-club/join".into(),
            via: Via::Form(&[]),
            allowed: &[Staff],
            refused: |_| 409,
            anonymous: 401,
        },
        Row {
            what: "leave a group through the form (its members)",
            path: |_| "/groups/tool-club/leave".into(),
            via: Via::Form(&[]),
            allowed: &[Bob, Cara],
            refused: |who| if who == Ana { 409 } else { 404 },
            anonymous: 401,
        },
        Row {
            what: "sign oneself out everywhere (every member)",
            path: |_| "/account/signout-everywhere".into(),
            via: Via::Form(&[]),
            allowed: &[Ana, Bob, Cara, Staff],
            refused: |_| 403,
            anonymous: 401,
        },
        Row {
            what: "review a returned loan (either party)",
            path: |s| format!("/api/loans/{}/review", s.returned),
            via: Via::Api(r#"{"rating": 5, "comment": "fine"}"#),
            allowed: &[Ana, Bob],
            refused: |_| 404,
            anonymous: 401,
        },
        Row {
            what: "archive a group (its admins; staff, to moderate)",
            path: |_| "/groups/tool-club/archive".into(),
            via: Via::Form(&[]),
            allowed: &[Ana, Staff],
            refused: |_| 403,
            anonymous: 401,
        },
        Row {
            what: "borrow an item (anyone but its owner; bob has asked already)",
            path: |s| format!("/api/items/{}/request", s.item),
            via: Via::Api("{}"),
            allowed: &[Cara, Staff],
            refused: |who| if who == Bob { 409 } else { 403 },
            anonymous: 401,
        },
        Row {
            what: "edit an item (its owner; staff, to moderate)",
            path: |s| format!("/items/{}/edit", s.item),
            via: Via::Form(&[
                ("title", "Long ladder"),
                ("description", ""),
                ("condition", "good"),
                ("status", "available"),
                ("max_loan_days", "7"),
                ("visibility", "public"),
                ("is_active", "on"),
            ]),
            allowed: &[Ana, Staff],
            refused: |_| 403,
            anonymous: 401,
        },
        Row {
            what: "remove a member from a group (its admins; staff, to moderate)",
            path: |_| "/groups/tool-club/members/cara/remove".into(),
            via: Via::Form(&[]),
            allowed: &[Ana, Staff],
            refused: |_| 403,
            anonymous: 401,
        },
        Row {
            what: "deactivate an account (staff)",
            path: |s| format!("/admin/users/{}/active", s.users[2].1),
            via: Via::Form(&[("active", "false")]),
            allowed: &[Staff],
            refused: |_| 403,
            anonymous: 401,
        },
        Row {
            what: "make a member staff (staff)",
            path: |s| format!("/admin/users/{}/staff", s.users[2].1),
            via: Via::Form(&[("staff", "true")]),
            allowed: &[Staff],
            refused: |_| 403,
            anonymous: 401,
        },
        Row {
            what: "sign a member out everywhere (staff)",
            path: |s| format!("/admin/users/{}/signout", s.users[1].1),
            via: Via::Form(&[]),
            allowed: &[Staff],
            refused: |_| 403,
            anonymous: 401,
        },
        Row {
            what: "archive any group from the admin pages (staff)",
            path: |_| "/admin/groups/1/active".into(),
            via: Via::Form(&[("active", "false")]),
            allowed: &[Staff],
            refused: |_| 403,
            anonymous: 401,
        },
        Row {
            what: "give a member points (staff)",
            path: |_| "/admin/grants/points".into(),
            via: Via::Form(&[
                ("username", "cara"),
                ("kind", "bonus"),
                ("points", "5"),
                ("description", "helped at the fair"),
            ]),
            allowed: &[Staff],
            refused: |_| 403,
            anonymous: 401,
        },
        Row {
            what: "leave a group (its members)",
            path: |_| "/api/groups/tool-club/leave".into(),
            via: Via::Api("{}"),
            allowed: &[Bob, Cara],
            refused: |who| if who == Ana { 409 } else { 404 },
            anonymous: 401,
        },
        Row {
            what: "edit a group (its admins; staff, to moderate)",
            path: |_| "/groups/tool-club/edit".into(),
            via: Via::Form(&[
                ("name", "Tool Club"),
                ("description", "Tools for all"),
                ("privacy", "public"),
                ("city", "Porto"),
                ("country", "PT"),
                ("latitude", "41.1"),
                ("longitude", "-8.6"),
            ]),
            allowed: &[Ana, Staff],
            refused: |_| 403,
            anonymous: 401,
        },
        Row {
            what: "start a group (any member)",
            path: |_| "/groups/new".into(),
            via: Via::Form(&[
                ("name", "Book Swap"),
                ("description", ""),
                ("privacy", "public"),
                ("city", "Braga"),
                ("country", "PT"),
                ("latitude", ""),
                ("longitude", ""),
            ]),
            allowed: &[Ana, Bob, Cara, Staff],
            refused: |_| 403,
            anonymous: 401,
        },
        Row {
            what: "join a group (anyone not in it)",
            path: |_| "/api/groups/tool-club/join".into(),
            via: Via::Api("{}"),
            allowed: &[Staff],
            refused: |_| 409,
            anonymous: 401,
        },
        Row {
            what: "create a badge (staff)",
            path: |_| "/admin/badges".into(),
            via: Via::Form(&[
                ("name", "Fixer"),
                ("slug", "fixer"),
                ("description", "Mends things"),
                ("icon", "wrench"),
                ("badge_type", "bronze"),
                ("category", "community"),
                ("points", "5"),
                ("display_order", "1"),
                ("is_active", "on"),
            ]),
            allowed: &[Staff],
            refused: |_| 403,
            anonymous: 401,
        },
        Row {
            what: "add an achievement to a badge (staff)",
            path: |_| "/admin/badges/1/achievements".into(),
            via: Via::Form(&[
                ("trigger_type", "item_shared"),
                ("threshold_value", "3"),
                ("conditions", "{}"),
                ("is_active", "on"),
            ]),
            allowed: &[Staff],
            refused: |_| 403,
            anonymous: 401,
        },
        Row {
            what: "edit a badge (staff)",
            path: |_| "/admin/badges/1".into(),
            via: Via::Form(&[
                ("name", "Helper"),
                ("slug", "helper"),
                ("description", "Helps"),
                ("icon", "hand"),
                ("badge_type", "silver"),
                ("category", "community"),
                ("points", "10"),
                ("display_order", "2"),
                ("is_active", "on"),
            ]),
            allowed: &[Staff],
            refused: |_| 403,
            anonymous: 401,
        },
        Row {
            what: "edit an achievement (staff)",
            path: |_| "/admin/achievements/1".into(),
            via: Via::Form(&[
                ("trigger_type", "item_shared"),
                ("threshold_value", "2"),
                ("conditions", "{}"),
                ("is_active", "on"),
            ]),
            allowed: &[Staff],
            refused: |_| 403,
            anonymous: 401,
        },
        Row {
            what: "change one's own profile (every member, for themselves only)",
            path: |_| "/account/profile".into(),
            via: Via::Form(&[
                ("first_name", "New"),
                ("last_name", "Name"),
                ("email", "new@example.org"),
                ("current", PASSWORD),
            ]),
            allowed: &[Ana, Bob, Cara, Staff],
            refused: |_| 403,
            anonymous: 401,
        },
        Row {
            what: "make an access token for oneself (every member)",
            path: |_| "/account/tokens".into(),
            via: Via::Form(&[("name", "laptop"), ("current", PASSWORD)]),
            allowed: &[Ana, Bob, Cara, Staff],
            refused: |_| 403,
            anonymous: 401,
        },
        Row {
            what: "grant a badge by hand (staff)",
            path: |_| "/admin/grants/badge".into(),
            via: Via::Form(&[("username", "cara"), ("badge", "1")]),
            allowed: &[Staff],
            refused: |_| 403,
            anonymous: 401,
        },
        Row {
            what: "change the site's settings (staff)",
            path: |_| "/admin/settings".into(),
            via: Via::Form(&[("name", "Renamed")]),
            allowed: &[Staff],
            refused: |_| 403,
            anonymous: 401,
        },
    ]
}

#[tokio::test]
async fn every_action_is_allowed_exactly_to_those_it_belongs_to() {
    for row in matrix() {
        // A fresh scene per allowed actor: an allowed attempt changes the scene.
        for &allowed in row.allowed {
            let s = scene().await;
            for who in EVERYONE {
                if row.allowed.contains(&who) {
                    continue;
                }
                let before = snapshot(&s.app);
                let status = attempt(&s, &row, who).await;
                let want = if who == Anonymous {
                    row.anonymous
                } else {
                    (row.refused)(who)
                };
                assert_eq!(status, want, "{}: {who:?}", row.what);
                assert!(
                    before == snapshot(&s.app),
                    "{}: {who:?}'s refused attempt changed a record",
                    row.what
                );
            }
            let status = attempt(&s, &row, allowed).await;
            assert!(
                matches!(status, 200 | 201 | 303),
                "{}: {allowed:?} was refused with {status}",
                row.what
            );
            s.app.verify_clean();
        }
    }
}

/// Every POST form route, with the scene's ids.
fn form_routes(s: &Scene) -> Vec<String> {
    let (item, loan, user) = (s.item, s.loan, s.users[2].1);
    [
        "/account/password".to_string(),
        "/account/profile".into(),
        "/account/signout-everywhere".into(),
        "/account/tokens".into(),
        "/account/tokens/revoke".into(),
        "/admin/achievements/1".into(),
        "/admin/badges".into(),
        "/admin/badges/1".into(),
        "/admin/badges/1/achievements".into(),
        "/admin/grants/badge".into(),
        "/admin/grants/points".into(),
        "/admin/groups/1/active".into(),
        "/admin/settings".into(),
        "/admin/system/backup".into(),
        format!("/admin/users/{user}/active"),
        format!("/admin/users/{user}/signout"),
        format!("/admin/users/{user}/staff"),
        "/groups/new".into(),
        "/groups/tool-club/archive".into(),
        "/groups/tool-club/edit".into(),
        "/groups/tool-club/join".into(),
        "/groups/tool-club/leave".into(),
        "/groups/tool-club/members/cara/remove".into(),
        "/groups/tool-club/reopen".into(),
        "/items/new".into(),
        format!("/items/{item}/edit"),
        format!("/items/{item}/request"),
        format!("/loans/{loan}/review"),
        format!("/loans/{loan}/approve"),
        "/signin".into(),
        "/signout".into(),
        "/signup".into(),
    ]
    .to_vec()
}

#[tokio::test]
async fn every_form_refuses_a_missing_or_forged_csrf_token_and_changes_nothing() {
    let s = scene().await;
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let before = snapshot(&s.app);
    for who in [Staff, Ana] {
        let session = secret(who, "session");
        for path in form_routes(&s) {
            for token in [None, Some("forged"), Some("")] {
                let mut form = vec![("title", "x"), ("name", "x"), ("username", "x")];
                if let Some(t) = token {
                    form.push(("csrf", t));
                }
                let status = client
                    .post(format!("{}{path}", s.app.base))
                    .header(
                        "cookie",
                        format!("comuniza_csrf={CSRF}; comuniza_session={session}"),
                    )
                    .form(&form)
                    .send()
                    .await
                    .unwrap()
                    .status();
                assert_eq!(status, 403, "{who:?} {path} with csrf {token:?}");
            }
        }
    }
    assert!(
        before == snapshot(&s.app),
        "a refused form changed a record"
    );
    // The sessions are still there: nothing signed anyone out.
    let account = client
        .get(format!("{}/account", s.app.base))
        .header(
            "cookie",
            format!("comuniza_session={}", secret(Ana, "session")),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(account.status(), 200);
}

#[tokio::test]
async fn security_headers_are_on_pages_api_assets_and_errors() {
    let s = scene().await;
    let home = reqwest::get(format!("{}/", s.app.base)).await.unwrap();
    let body = home.text().await.unwrap();
    let at = body.find("/assets/style.").expect("the stylesheet link");
    let asset = &body[at..at + body[at..].find('"').unwrap()];
    for path in [
        "/",
        "/api/badges",
        asset,
        "/no/such/page",
        "/api/users/nobody",
        "/healthz",
    ] {
        let res = reqwest::get(format!("{}{path}", s.app.base)).await.unwrap();
        let h = res.headers();
        let csp = h["content-security-policy"].to_str().unwrap();
        assert!(csp.contains("script-src 'self'"), "{path}: {csp}");
        assert!(!csp.contains("unsafe-inline"), "{path}: {csp}");
        assert!(csp.contains("frame-ancestors 'none'"), "{path}: {csp}");
        assert_eq!(h["x-content-type-options"], "nosniff", "{path}");
        assert_eq!(h["x-frame-options"], "DENY", "{path}");
        assert!(h.contains_key("referrer-policy"), "{path}");
    }
}
