//! A new site's first steps (issue 15): the administrator's checklist, the standard badges in
//! one click, and categories made, nested, renamed and archived by staff only.

use reqwest::StatusCode;

use crate::browser::{site_with_admin, Browser};

#[tokio::test]
async fn a_new_administrator_follows_the_checklist() {
    let (app, admin) = site_with_admin().await;
    let overview = admin.get("/admin").await.body;
    assert!(overview.contains("Getting started"));
    assert!(overview.contains("5 of 5 steps left") || overview.contains("4 of 5 steps left"));

    // The standard badges, with their rules, in one click; twice adds nothing more.
    admin
        .post("/admin/badges/standard", &[])
        .await
        .assert_redirect("/admin/badges");
    let badges = app.read().badges().unwrap();
    assert_eq!(badges.len(), 10);
    let rules: usize = badges
        .iter()
        .map(|(id, _)| app.read().achievements_of(*id).unwrap().len())
        .sum();
    assert!(
        rules >= 8,
        "the badges come with the rules that award them: {rules}"
    );
    admin
        .post("/admin/badges/standard", &[])
        .await
        .assert_redirect("/admin/badges");
    assert_eq!(app.read().badges().unwrap().len(), 10);

    // Categories: one, one under it, renamed, archived.
    admin
        .post("/admin/categories", &[("name", "Tools"), ("parent", "")])
        .await
        .assert_redirect("/admin/categories");
    let tools = app.read().categories().unwrap()[0].0;
    admin
        .post(
            "/admin/categories",
            &[("name", "Power tools"), ("parent", &tools.to_string())],
        )
        .await
        .assert_redirect("/admin/categories");
    let cats = app.read().categories().unwrap();
    let power = cats.iter().find(|(_, c)| c.name == "Power tools").unwrap();
    assert_eq!(power.1.parent, Some(tools));
    assert_eq!(power.1.slug, "power-tools");
    admin
        .post(
            &format!("/admin/categories/{}", power.0),
            &[("name", "Machines"), ("parent", &tools.to_string())],
        )
        .await
        .assert_redirect("/admin/categories");
    let now = app.read().category(power.0).unwrap().unwrap();
    assert_eq!(now.name, "Machines");
    assert!(!now.is_active, "no tick: archived");
    // A category under itself is refused, with its reason, and changes nothing.
    let page = admin
        .post(
            &format!("/admin/categories/{tools}"),
            &[
                ("name", "Tools"),
                ("parent", &tools.to_string()),
                ("active", "on"),
            ],
        )
        .await;
    assert!(page.status.is_client_error(), "{}", page.status);
    assert_eq!(app.read().category(tools).unwrap().unwrap().parent, None);
    let overview = admin.get("/admin").await.body;
    assert!(overview.contains("✓"), "done steps are ticked");

    // A second "Tools" gets an address of its own, so the item list can filter by it.
    admin
        .post("/admin/categories", &[("name", "Tools"), ("parent", "")])
        .await
        .assert_redirect("/admin/categories");
    let slugs: Vec<String> = app
        .read()
        .categories()
        .unwrap()
        .into_iter()
        .map(|(_, c)| c.slug)
        .collect();
    assert!(
        slugs.contains(&"tools".to_string()) && slugs.contains(&"tools-2".to_string()),
        "{slugs:?}"
    );

    // Members may not.
    let ana = Browser::sign_up(&app, "ana").await;
    assert_eq!(
        ana.get("/admin/categories").await.status,
        StatusCode::FORBIDDEN
    );
    let refused = ana
        .post("/admin/categories", &[("name", "Mine"), ("parent", "")])
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    let refused = ana.post("/admin/badges/standard", &[]).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    assert_eq!(app.read().categories().unwrap().len(), 3);
}

#[tokio::test]
async fn before_its_first_member_every_page_leads_to_setup() {
    let app = crate::helpers::spawn_app().await;
    let visitor = Browser::new(&app);
    for path in [
        "/",
        "/items",
        "/groups",
        "/badges",
        "/leaderboards",
        "/signin",
        "/users/x",
    ] {
        visitor.get(path).await.assert_redirect("/setup");
    }
    // The API, operations and the setup page answer as they are.
    assert_eq!(app.get("/api/badges").await.0, 200);
    assert_eq!(visitor.get("/healthz").await.status, StatusCode::OK);
    assert_eq!(visitor.get("/setup").await.status, StatusCode::OK);
    // Once the first admin exists, pages are pages.
    crate::browser::first_admin(&app).await;
    assert_eq!(visitor.get("/items").await.status, StatusCode::OK);
}

/// Merging moves the items and sub-categories of one category into another and removes it, in
/// one step; merging a category into its own sub-category lifts that one into its place.
#[tokio::test]
async fn staff_merge_categories_and_items_follow() {
    use comuniza::store::commands::{Actor, CreateItem};
    let (app, admin) = site_with_admin().await;
    let ana_id = app.user("ana").await;
    let add = |name: &'static str, parent: Option<u64>| {
        let admin = &admin;
        let app = &app;
        async move {
            let parent = parent.map(|p| p.to_string()).unwrap_or_default();
            admin
                .post("/admin/categories", &[("name", name), ("parent", &parent)])
                .await
                .assert_redirect("/admin/categories");
            app.read()
                .categories()
                .unwrap()
                .into_iter()
                .find(|(_, c)| c.name == name)
                .unwrap()
                .0
        }
    };
    let tools = add("Tools", None).await;
    let power = add("Power tools", Some(tools)).await;
    let garden = add("Garden", None).await;
    let item_in = |title: &'static str, category: u64| {
        let mut f = crate::helpers::item_fields(title, vec![]);
        f.category = Some(category);
        app.ok(Actor::User(ana_id), CreateItem(f))
    };
    let drill = comuniza::domain::records::ItemId(item_in("Drill", power).await);
    let saw = comuniza::domain::records::ItemId(item_in("Saw", tools).await);
    let category_of = |item| app.read().item(item).unwrap().unwrap().category;

    // Into itself: refused on the categories page, with the form's words; nothing changes.
    let page = admin
        .post(
            "/admin/categories/merge",
            &[("from", &tools.to_string()), ("into", &tools.to_string())],
        )
        .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        page.body.contains("Into: choose another category"),
        "{}",
        page.body
    );
    assert!(
        page.body.contains("Merge two categories"),
        "the page, not an error page"
    );

    // Tools into Garden: the saw and Power tools follow, Tools is gone.
    admin
        .post(
            "/admin/categories/merge",
            &[("from", &tools.to_string()), ("into", &garden.to_string())],
        )
        .await
        .assert_redirect("/admin/categories");
    assert_eq!(category_of(saw), Some(garden));
    assert_eq!(category_of(drill), Some(power));
    assert_eq!(app.read().category(tools).unwrap(), None);
    assert_eq!(
        app.read().category(power).unwrap().unwrap().parent,
        Some(garden)
    );
    let list = admin.get("/items?category=garden").await.body;
    assert!(list.contains("Saw") && list.contains("Drill"), "{list}");

    // Garden into its own sub-category: Power tools takes its place at the top.
    admin
        .post(
            "/admin/categories/merge",
            &[("from", &garden.to_string()), ("into", &power.to_string())],
        )
        .await
        .assert_redirect("/admin/categories");
    assert_eq!(app.read().category(power).unwrap().unwrap().parent, None);
    assert_eq!(category_of(saw), Some(power));
    assert_eq!(app.read().categories().unwrap().len(), 1);

    // Not into an archived category: its items' next edit would lose it.
    let books = add("Old books", None).await;
    admin
        .post(
            &format!("/admin/categories/{books}"),
            &[("name", "Old books"), ("parent", "")],
        )
        .await
        .assert_redirect("/admin/categories");
    let page = admin
        .post(
            "/admin/categories/merge",
            &[("from", &power.to_string()), ("into", &books.to_string())],
        )
        .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        page.body.contains("that category is archived"),
        "{}",
        page.body
    );
    assert_eq!(category_of(saw), Some(power));
    // Moved under another with the move form, its name and offer kept.
    admin
        .post(
            "/admin/categories/move",
            &[
                ("category", &books.to_string()),
                ("parent", &power.to_string()),
            ],
        )
        .await
        .assert_redirect("/admin/categories");
    let moved = app.read().category(books).unwrap().unwrap();
    assert_eq!(
        (moved.parent, moved.name.as_str(), moved.is_active),
        (Some(power), "Old books", false)
    );

    // A member may not merge; an unknown category is refused.
    let bob = Browser::sign_up(&app, "bob").await;
    let other = add("Books", None).await;
    let refused = bob
        .post(
            "/admin/categories/merge",
            &[("from", &other.to_string()), ("into", &power.to_string())],
        )
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    let page = admin
        .post(
            "/admin/categories/merge",
            &[("from", "999"), ("into", &power.to_string())],
        )
        .await;
    assert_eq!(page.status, StatusCode::NOT_FOUND);
    assert_eq!(app.read().categories().unwrap().len(), 3);
    app.verify_clean();
}
