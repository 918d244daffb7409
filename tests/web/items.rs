//! Item pages: sharing and editing through the forms (and the refusals), who sees what
//! (DOMAIN.md's visibility rules in the list and on the item's page), filters and pages.

use comuniza::domain::choice::{ItemStatus, Privacy, Visibility};
use comuniza::domain::records::UserId;
use comuniza::domain::records::{GroupId, Item, ItemId};
use comuniza::store::commands::Actor;
use comuniza::store::commands::{CreateCategory, CreateItem, JoinGroup, RequestLoan};
use reqwest::StatusCode;

use crate::browser::{site_with_admin, Browser};
use crate::helpers::{item_fields, TestApp};

pub(crate) fn user_id(app: &TestApp, name: &str) -> UserId {
    app.user_id(name)
}

pub(crate) fn item(app: &TestApp, id: ItemId) -> Item {
    app.read().item(id).unwrap().unwrap()
}

fn items_of(app: &TestApp, owner: UserId) -> Vec<ItemId> {
    app.read().items_of(owner).unwrap()
}

fn slug_of(app: &TestApp, group: GroupId) -> String {
    app.read().group(group).unwrap().unwrap().slug
}

/// The id at the end of a redirect to `/items/{id}` or `/loans/{id}`.
pub(crate) fn id_in(location: Option<&str>) -> u64 {
    location
        .unwrap()
        .rsplit('/')
        .next()
        .unwrap()
        .parse()
        .unwrap()
}

/// A complete item form with one field changed.
fn form<'a>(changes: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    let mut f = vec![
        ("title", "Cordless drill"),
        ("description", "With two batteries"),
        ("category", ""),
        ("condition", "good"),
        ("status", "available"),
        ("max_loan_days", "10"),
        ("visibility", "public"),
    ];
    for (k, v) in changes {
        match f.iter_mut().find(|(name, _)| name == k) {
            Some(pair) => pair.1 = v,
            None => f.push((k, v)),
        }
    }
    f
}

#[tokio::test]
async fn a_member_shares_an_item_through_the_form_and_everyone_sees_it() {
    let (app, _admin) = site_with_admin().await;
    let ana = Browser::sign_up(&app, "ana").await;
    let ana_id = user_id(&app, "ana");
    let g = app
        .group(ana_id, "Tool library", Privacy::Public, "Berlin", "52.52")
        .await;
    let page = ana.get("/items/new").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Tool library"), "her groups are offered");
    let g_text = g.to_string();
    let xss = "Drill <script>alert(1)</script>";
    let page = ana
        .post("/items/new", &form(&[("title", xss), ("groups", &g_text)]))
        .await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    let id = id_in(page.location.as_deref());
    let stored = item(&app, ItemId(id));
    assert_eq!(stored.title, xss);
    assert_eq!(stored.groups, vec![g]);
    assert_eq!(stored.max_loan_days, 10);
    let detail = Browser::new(&app).get(&format!("/items/{id}")).await;
    assert_eq!(detail.status, StatusCode::OK);
    assert!(detail
        .body
        .contains("Drill &lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(!detail.body.contains("<script>alert(1)"));
    assert!(detail.body.contains("href=\"/users/ana\""));
    assert!(detail.body.contains("Tool library"));
    assert!(
        detail.body.contains("Sign in"),
        "anonymous viewers are asked to sign in"
    );
    assert!(Browser::new(&app)
        .get("/items")
        .await
        .body
        .contains("Drill &lt;script&gt;"));
    assert!(ana
        .get("/my/items")
        .await
        .body
        .contains(&format!("/items/{id}/edit")));
    assert_eq!(app.figure("ana", "items_shared").await, 1);
}

#[tokio::test]
async fn bad_item_values_are_refused_with_their_reason_and_create_nothing() {
    let (app, _admin) = site_with_admin().await;
    let ana = Browser::sign_up(&app, "ana").await;
    let ana_id = user_id(&app, "ana");
    let bob_id = app.user("bob").await;
    let bobs_group = app
        .group(bob_id, "Bob's", Privacy::Public, "Paris", "48.85")
        .await;
    let other = bobs_group.to_string();
    for (changes, reason) in [
        (vec![("title", "  ")], "title"),
        (vec![("max_loan_days", "0")], "1 to 365"),
        (vec![("max_loan_days", "99999999999999")], "1 to 365"),
        (vec![("max_loan_days", "ten")], "whole number"),
        (vec![("groups", other.as_str())], "active member"),
        (vec![("visibility", "restricted")], "at least one group"),
        (vec![("status", "borrowed")], "borrowed"),
        (vec![("condition", "shiny")], "choices"),
    ] {
        let page = ana.post("/items/new", &form(&changes)).await;
        assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY, "{changes:?}");
        assert!(page.body.contains("role=\"alert\""), "{changes:?}");
        assert!(page.body.contains(reason), "{changes:?}: {}", page.body);
        assert!(
            page.body.contains("With two batteries"),
            "the form keeps what was typed"
        );
    }
    let page = ana.post_raw("/items/new", &form(&[])).await;
    assert_eq!(page.status, StatusCode::FORBIDDEN, "no CSRF token");
    assert!(page.body.contains("security token"));
    assert!(items_of(&app, ana_id).is_empty());
    assert_eq!(app.figure("ana", "items_shared").await, 0);
    Browser::new(&app)
        .get("/items/new")
        .await
        .assert_redirect("/signin?next=%2Fitems%2Fnew");
}

#[tokio::test]
async fn the_owner_edits_and_archives_an_item_and_nobody_else_may() {
    let (app, _admin) = site_with_admin().await;
    let ana = Browser::sign_up(&app, "ana").await;
    let bob = Browser::sign_up(&app, "bob").await;
    let ana_id = user_id(&app, "ana");
    let id = app.item(ana_id, "Ladder", vec![]).await;
    let edit = format!("/items/{id}/edit");
    let page = ana.get(&edit).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("value=\"Ladder\""));
    let changed = form(&[("title", "Tall ladder"), ("status", "not_right_now")]);
    ana.post(&edit, &changed)
        .await
        .assert_redirect(&format!("/items/{id}"));
    let after = item(&app, id);
    assert_eq!(after.title, "Tall ladder");
    assert_eq!(after.status, ItemStatus::NotRightNow);
    assert_eq!(after.max_loan_days, 10);
    // Bob may look at it but not edit it.
    assert_eq!(bob.get(&edit).await.status, StatusCode::FORBIDDEN);
    let page = bob.post(&edit, &form(&[("title", "Mine now")])).await;
    assert_eq!(page.status, StatusCode::FORBIDDEN);
    assert!(page.body.contains("owner"));
    assert!(!bob.get(&format!("/items/{id}")).await.body.contains(&edit));
    assert_eq!(item(&app, id), after);
    // A refused edit shows the form again and changes nothing.
    let page = ana.post(&edit, &form(&[("max_loan_days", "0")])).await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.body.contains("Save changes"));
    assert_eq!(item(&app, id), after);
    // Archived: gone for others, still on the owner's list.
    ana.post(&edit, &form(&[("title", "Tall ladder"), ("archive", "on")]))
        .await
        .assert_redirect(&format!("/items/{id}"));
    assert!(!item(&app, id).is_active);
    assert_eq!(
        bob.get(&format!("/items/{id}")).await.status,
        StatusCode::NOT_FOUND
    );
    assert!(!bob.get("/items").await.body.contains("Tall ladder"));
    assert!(ana.get("/my/items").await.body.contains("Archived"));
    assert_eq!(app.figure("ana", "items_shared").await, 0);
}

#[tokio::test]
async fn restricted_items_are_for_group_members_and_private_ones_for_their_owner() {
    let (app, _admin) = site_with_admin().await;
    let ana = Browser::sign_up(&app, "ana").await;
    let bob = Browser::sign_up(&app, "bob").await;
    let carol = Browser::sign_up(&app, "carol").await;
    let (ana_id, carol_id) = (user_id(&app, "ana"), user_id(&app, "carol"));
    let g = app
        .group(ana_id, "Neighbours", Privacy::Public, "Lyon", "45.76")
        .await;
    app.ok(Actor::User(carol_id), JoinGroup { group: g }).await;
    let make = |title: &str, visibility| {
        let mut f = item_fields(title, vec![g]);
        f.visibility = visibility;
        CreateItem(f)
    };
    let public = app
        .ok(Actor::User(ana_id), make("Public saw", Visibility::Public))
        .await;
    let restricted = app
        .ok(
            Actor::User(ana_id),
            make("Members tent", Visibility::Restricted),
        )
        .await;
    let private = app
        .ok(Actor::User(ana_id), make("Own diary", Visibility::Private))
        .await;
    let anonymous = Browser::new(&app);
    for (who, sees_restricted, sees_private) in [
        (&anonymous, false, false),
        (&bob, false, false),
        (&carol, true, false),
        (&ana, true, true),
    ] {
        let list = who.get("/items").await.body;
        assert!(list.contains("Public saw"));
        assert_eq!(list.contains("Members tent"), sees_restricted);
        assert_eq!(list.contains("Own diary"), sees_private);
        let status = |sees: bool| {
            if sees {
                StatusCode::OK
            } else {
                StatusCode::NOT_FOUND
            }
        };
        assert_eq!(
            who.get(&format!("/items/{public}")).await.status,
            StatusCode::OK
        );
        assert_eq!(
            who.get(&format!("/items/{restricted}")).await.status,
            status(sees_restricted)
        );
        assert_eq!(
            who.get(&format!("/items/{private}")).await.status,
            status(sees_private)
        );
    }
    // Bob cannot ask for what he may not see either.
    let page = bob.post(&format!("/items/{restricted}/request"), &[]).await;
    assert_eq!(page.status, StatusCode::NOT_FOUND);
    // An inactive owner's items are hidden from everyone else.
    app.set_active(ana_id, false).await;
    assert!(!bob.get("/items").await.body.contains("Public saw"));
    assert_eq!(
        bob.get(&format!("/items/{public}")).await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn the_list_filters_by_group_category_status_and_title() {
    let (app, _admin) = site_with_admin().await;
    let ana = Browser::sign_up(&app, "ana").await;
    let ana_id = user_id(&app, "ana");
    let g = app
        .group(ana_id, "Makers", Privacy::Public, "Porto", "41.15")
        .await;
    let tools = app
        .ok(
            Actor::System,
            CreateCategory {
                name: "Tools".into(),
                slug: "tools".into(),
                parent: None,
            },
        )
        .await;
    let mut red = item_fields("Red drill", vec![g]);
    red.category = Some(tools);
    app.ok(Actor::User(ana_id), CreateItem(red)).await;
    let mut blue = item_fields("Blue hammer", vec![]);
    blue.status = ItemStatus::NotRightNow;
    blue.category = Some(tools);
    app.ok(Actor::User(ana_id), CreateItem(blue)).await;
    app.item(ana_id, "Green DRILL bits", vec![]).await;
    let slug = slug_of(&app, g);
    let anonymous = Browser::new(&app);
    for (query, want) in [
        (format!("group={slug}"), vec!["Red drill"]),
        (
            "category=tools".to_string(),
            vec!["Red drill", "Blue hammer"],
        ),
        ("status=not_right_now".to_string(), vec!["Blue hammer"]),
        ("q=drill".to_string(), vec!["Red drill", "Green DRILL bits"]),
        ("q=drill&category=tools".to_string(), vec!["Red drill"]),
        ("group=no-such-group".to_string(), vec![]),
    ] {
        let body = anonymous.get(&format!("/items?{query}")).await.body;
        for title in ["Red drill", "Blue hammer", "Green DRILL bits"] {
            assert_eq!(
                body.contains(title),
                want.contains(&title),
                "{query}: {title}"
            );
        }
    }
    // Signed in, the group filter offers her groups.
    assert!(ana
        .get("/items")
        .await
        .body
        .contains(&format!("value=\"{slug}\"")));
}

#[tokio::test]
async fn the_list_pages_by_thirty_newest_first_and_the_cached_page_follows_writes() {
    let (app, _admin) = site_with_admin().await;
    let ana_id = app.user("ana").await;
    let anonymous = Browser::new(&app);
    assert!(anonymous
        .get("/items")
        .await
        .body
        .contains("No items are shared yet"));
    for n in 1..=31 {
        app.item(ana_id, &format!("Thing number {n:02}"), vec![])
            .await;
    }
    let first = anonymous.get("/items").await.body;
    assert!(
        first.contains("Thing number 31"),
        "the cached first page was renewed"
    );
    assert!(first.contains("Thing number 02"));
    assert!(!first.contains("Thing number 01"));
    assert!(first.find("Thing number 31") < first.find("Thing number 30"));
    assert!(first.contains("href=\"/items?page=2\""));
    let second = anonymous.get("/items?page=2").await.body;
    assert!(second.contains("Thing number 01"));
    assert!(!second.contains("Thing number 02"));
    assert!(
        second.contains("href=\"/items\""),
        "a link back to the first page"
    );
    // Bad page numbers are read as the first page, not refused.
    assert_eq!(anonymous.get("/items?page=x").await.status, StatusCode::OK);
}

#[tokio::test]
async fn the_anonymous_first_page_answers_304_to_its_etag() {
    let (app, _admin) = site_with_admin().await;
    let ana_id = app.user("ana").await;
    app.item(ana_id, "Kayak", vec![]).await;
    // A browser keeps its CSRF cookie, so its pages stay the same between requests.
    let client = Browser::new(&app).client;
    let first = client
        .get(format!("{}/items", app.base))
        .send()
        .await
        .unwrap();
    let etag = first.headers()["etag"].to_str().unwrap().to_string();
    assert!(first.text().await.unwrap().contains("Kayak"));
    let again = client
        .get(format!("{}/items", app.base))
        .header("if-none-match", &etag)
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), StatusCode::NOT_MODIFIED);
    app.item(ana_id, "Paddle", vec![]).await;
    let after = client
        .get(format!("{}/items", app.base))
        .header("if-none-match", &etag)
        .send()
        .await
        .unwrap();
    assert_eq!(after.status(), StatusCode::OK);
    assert!(after.text().await.unwrap().contains("Paddle"));
}

#[tokio::test]
async fn staff_may_open_and_edit_any_item_but_not_borrow_a_private_one() {
    let (app, admin) = site_with_admin().await;
    let ana_id = app.user("ana").await;
    let mut f = item_fields("Secret stash", vec![]);
    f.visibility = Visibility::Private;
    let id = app.ok(Actor::User(ana_id), CreateItem(f)).await;
    let page = admin.get(&format!("/items/{id}")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("as staff"));
    assert!(!page.body.contains("Send the request"));
    let edit = format!("/items/{id}/edit");
    assert_eq!(admin.get(&edit).await.status, StatusCode::OK);
    let changed = form(&[("title", "Moderated"), ("visibility", "private")]);
    admin
        .post(&edit, &changed)
        .await
        .assert_redirect(&format!("/items/{id}"));
    let after = item(&app, ItemId(id));
    assert_eq!((after.title.as_str(), after.owner), ("Moderated", ana_id));
}

#[tokio::test]
async fn a_deactivated_owners_items_are_hidden_and_refused_everywhere() {
    let (app, admin) = site_with_admin().await;
    let ana_id = app.user("ana").await;
    let bob = Browser::sign_up(&app, "bob").await;
    let bob_id = user_id(&app, "bob");
    let group = app
        .group(ana_id, "Tool Club", Privacy::Public, "Porto", "41.1")
        .await;
    app.ok(Actor::User(bob_id), JoinGroup { group }).await;
    let drill = app.item(ana_id, "Cordless drill", vec![group]).await;
    // Seen and requestable while ana is active.
    assert!(bob
        .get("/groups/tool-club")
        .await
        .body
        .contains("Cordless drill"));
    assert_eq!(
        bob.get(&format!("/items/{drill}")).await.status,
        StatusCode::OK
    );
    app.set_active(ana_id, false).await;
    // Hidden on the group page, the list and the item's page.
    assert!(!bob
        .get("/groups/tool-club")
        .await
        .body
        .contains("Cordless drill"));
    assert!(!bob.get("/items").await.body.contains("Cordless drill"));
    assert_eq!(
        bob.get(&format!("/items/{drill}")).await.status,
        StatusCode::NOT_FOUND
    );
    // Refused as unknown through the form, the API and the command itself.
    let page = bob.post(&format!("/items/{drill}/request"), &[]).await;
    assert_eq!(page.status, StatusCode::NOT_FOUND);
    let token = bob.token("cli").await;
    let res = app
        .client
        .post(format!("{}/api/items/{drill}/request", app.base))
        .bearer_auth(&token)
        .json(&serde_json::json!({}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 404);
    let refused = app
        .run(
            Actor::User(bob_id),
            RequestLoan {
                item: drill,
                group: None,
                message: String::new(),
            },
        )
        .await;
    assert!(
        matches!(
            refused,
            Err(comuniza::store::commands::CommandError::NotFound("item"))
        ),
        "{refused:?}"
    );
    // Back again, so is the item.
    drop(admin);
    app.set_active(ana_id, true).await;
    assert!(bob
        .get("/groups/tool-club")
        .await
        .body
        .contains("Cordless drill"));
    app.request(bob_id, drill).await;
}

#[tokio::test]
async fn private_items_are_shared_with_nobody_and_earn_no_sharing_badge() {
    let (app, _admin) = site_with_admin().await;
    let ana = Browser::sign_up(&app, "ana").await;
    app.badge("generous-shelf", 10, "item_shared", Some(3), "{}")
        .await;
    let shared = |v: serde_json::Value| v["figures"]["items_shared"].as_i64().unwrap();
    // Three private items through the form: shared with nobody.
    let mut ids = Vec::new();
    for title in ["Diary", "Photo album", "Toothbrush"] {
        let page = ana
            .post(
                "/items/new",
                &form(&[("title", title), ("visibility", "private")]),
            )
            .await;
        assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
        ids.push(id_in(page.location.as_deref()));
    }
    assert_eq!(shared(app.json("/api/users/ana").await), 0);
    assert!(!ana.get("/users/ana").await.body.contains("generous shelf"));
    // And through the API.
    let token = ana.token("script").await;
    let res = app
        .client
        .post(format!("{}/api/items", app.base))
        .bearer_auth(&token)
        .json(&serde_json::json!({"title": "Ledger", "condition": "good",
                                  "max_loan_days": 7, "visibility": "private"}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 201);
    assert_eq!(shared(app.json("/api/users/ana").await), 0);
    // Opened to everyone, they count, and the third earns the badge at once.
    for id in &ids {
        let page = ana
            .post(
                &format!("/items/{id}/edit"),
                &form(&[("title", "Shared now"), ("visibility", "public")]),
            )
            .await;
        assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    }
    let profile = app.json("/api/users/ana").await;
    assert_eq!(shared(profile.clone()), 3);
    assert_eq!(profile["badges"][0]["slug"], "generous-shelf", "{profile}");
    assert!(ana.get("/users/ana").await.body.contains("generous shelf"));
    app.verify_clean();
}
