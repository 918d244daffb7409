//! Lists that grow with what members do come a page at a time, so one member's thousand groups
//! or items never make a page too big to send: `/groups`, a group's members and items,
//! `/my/items`, `/loans` and the staff's group and badge lists.

use comuniza::domain::records::GroupId;
use comuniza::domain::records::{ItemId, UserId};
use reqwest::StatusCode;

use crate::browser::{site_with_admin, Browser};
use crate::helpers::{badge_fields, group_fields, item_fields};
use comuniza::domain::choice::Privacy;
use comuniza::domain::loan::LoanAction;
use comuniza::store::commands::Actor;
use comuniza::store::commands::{CreateBadge, CreateGroup, CreateItem, JoinGroup, LoanStep};

/// How many times `needle` appears in `page`.
fn count(page: &str, needle: &str) -> usize {
    page.matches(needle).count()
}

#[tokio::test]
async fn the_group_list_and_a_groups_members_and_items_are_paged() {
    let (app, admin) = site_with_admin().await;
    let ana = app.user("ana").await;
    for n in 0..65 {
        let f = group_fields(&format!("Club {n:02}"), Privacy::Public, "Porto", "41.1");
        app.ok(Actor::User(ana), CreateGroup(f)).await;
    }
    let b = Browser::new(&app);
    let first = b.get("/groups").await.body;
    assert_eq!(count(&first, "<li class=\"card\">"), 30);
    assert!(first.contains("65 groups."), "the count is of all of them");
    assert!(
        first.contains("href=\"/groups?page=2\""),
        "a link to the next page"
    );
    let third = b.get("/groups?page=3").await.body;
    assert_eq!(count(&third, "<li class=\"card\">"), 5);
    assert!(third.contains("href=\"/groups?page=2\"") && !third.contains("page=4"));
    // A search keeps its words across pages.
    let found = b.get("/groups?q=club&page=2").await.body;
    assert!(
        found.contains("href=\"/groups?q=club&amp;page=3\""),
        "{found}"
    );
    let past = b.get("/groups?page=40").await;
    assert_eq!(past.status, StatusCode::OK);
    assert!(past.body.contains("past the last one"));

    // One group with 60 members and 40 items.
    let club = GroupId(1);
    for n in 0..59 {
        let m = app.user(&format!("member{n:02}")).await;
        app.ok(Actor::User(m), JoinGroup { group: club }).await;
    }
    for n in 0..40 {
        app.ok(
            Actor::User(ana),
            CreateItem(item_fields(&format!("Tool {n:02}"), vec![club])),
        )
        .await;
    }
    let page = b.get("/groups/club-00").await.body;
    assert_eq!(
        count(&page, "<a href=\"/users/member"),
        49,
        "50 members, ana first"
    );
    assert_eq!(count(&page, "<a href=\"/items/"), 30);
    assert!(page.contains("Members <span class=\"muted\">(60)</span>"));
    assert!(page.contains("href=\"/groups/club-00?members_page=2\""));
    assert!(page.contains("href=\"/groups/club-00?items_page=2\""));
    let both = b
        .get("/groups/club-00?members_page=2&items_page=2")
        .await
        .body;
    assert_eq!(count(&both, "<a href=\"/users/member"), 10);
    assert_eq!(count(&both, "<a href=\"/items/"), 10);
    // Each list's links keep the other's page.
    assert!(
        both.contains("href=\"/groups/club-00?items_page=2\""),
        "{both}"
    );
    assert!(both.contains("href=\"/groups/club-00?members_page=2\""));

    // The staff's list of groups.
    let staff = admin.get("/admin/groups").await.body;
    assert_eq!(count(&staff, "action=\"/admin/groups/"), 50);
    assert!(staff.contains("href=\"/admin/groups?page=2\""));
    let second = admin.get("/admin/groups?page=2").await.body;
    assert_eq!(count(&second, "action=\"/admin/groups/"), 15);
    // Archiving from page 2 comes back to page 2.
    admin
        .post(
            "/admin/groups/60/active",
            &[("active", "false"), ("page", "2")],
        )
        .await
        .assert_redirect("/admin/groups?page=2");
}

#[tokio::test]
async fn my_items_my_loans_and_the_badge_list_are_paged() {
    let (app, admin) = site_with_admin().await;
    let ana = Browser::sign_up(&app, "ana").await;
    let ana_id = UserId(2);
    let bob = app.user("bob").await;
    let mut items = Vec::new();
    for n in 0..55 {
        let id = app
            .ok(
                Actor::User(ana_id),
                CreateItem(item_fields(&format!("Thing {n:02}"), vec![])),
            )
            .await;
        items.push(ItemId(id));
    }
    let mine = ana.get("/my/items").await.body;
    assert_eq!(count(&mine, "/edit\""), 50);
    assert!(
        mine.contains("Thing 54") && !mine.contains("Thing 04<"),
        "newest first"
    );
    assert!(mine.contains("55 items"));
    let older = ana.get("/my/items?page=2").await.body;
    assert_eq!(count(&older, "/edit\""), 5);
    assert!(older.contains("Thing 00"));

    // 25 returned loans: the overview shows the newest 20 and a link to all of them.
    for item in items.iter().take(25) {
        app.complete_loan(*item, ana_id, bob).await;
    }
    let loans = ana.get("/loans").await.body;
    let returned = &loans[loans.find("Returned").unwrap()..];
    assert_eq!(count(returned, "<tr"), 21, "a header row and 20 loans");
    assert!(returned.contains("href=\"/loans?section=returned\""));
    assert!(returned.contains("See all 25"));
    let all = ana.get("/loans?section=returned").await.body;
    assert_eq!(count(&all, "<tr"), 26);
    assert!(all.contains("All my loans"));
    // An open loan is still on the overview.
    let request = app.request(bob, items[40]).await;
    app.ok(
        Actor::User(ana_id),
        LoanStep {
            loan: request,
            action: LoanAction::Approve,
        },
    )
    .await;
    let loans = ana.get("/loans").await.body;
    assert!(loans.contains("Promised, to hand over"));

    // The staff's badge list.
    for n in 0..55 {
        app.ok(
            Actor::System,
            CreateBadge(badge_fields(&format!("badge-{n:02}"), 5)),
        )
        .await;
    }
    let badges = admin.get("/admin/badges").await.body;
    assert_eq!(count(&badges, "<a href=\"/admin/badges/"), 50);
    assert!(badges.contains("href=\"/admin/badges?page=2\""));
    let rest = admin.get("/admin/badges?page=2").await.body;
    assert_eq!(count(&rest, "<a href=\"/admin/badges/"), 5);
}

#[tokio::test]
async fn one_member_cannot_flood_the_groups() {
    let (app, admin) = site_with_admin().await;
    let ana = Browser::sign_up(&app, "ana").await;
    admin
        .post("/admin/settings", &[("limit_groups_per_day", "2")])
        .await
        .assert_redirect("/admin/settings");
    let new_group = |name: &'static str| {
        [
            ("name", name),
            ("privacy", "public"),
            ("description", ""),
            ("city", ""),
            ("state", ""),
            ("country", ""),
            ("latitude", ""),
            ("longitude", ""),
        ]
    };
    for name in ["One", "Two"] {
        let page = ana.post("/groups/new", &new_group(name)).await;
        assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    }
    let page = ana.post("/groups/new", &new_group("Three")).await;
    assert_eq!(page.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(page
        .body
        .contains("New groups: this site allows at most 2 per day"));
    let list = Browser::new(&app).get("/groups").await.body;
    assert!(list.contains("2 groups."), "{list}");
}
