//! Groups in the browser: create and edit (typed coordinates, refusals), join / request /
//! approve / ban, private groups hidden from everyone else, the map and its markers, CSRF.

use comuniza::domain::records::UserId;
use comuniza::domain::records::{Group, GroupId, Membership};
use reqwest::StatusCode;

use crate::browser::{site_with_admin, Browser};
use crate::helpers::{group_fields, item_fields, TestApp};
use comuniza::domain::choice::{MemberStatus, Privacy, Role, Visibility};
use comuniza::store::commands::{Actor, Moderation};
use comuniza::store::commands::{CreateGroup, CreateItem, Moderate};
fn user_id(app: &TestApp, name: &str) -> UserId {
    app.user_id(name)
}

fn group(app: &TestApp, slug: &str) -> Option<Group> {
    app.read().group(app.group_id(slug)?).unwrap()
}

fn group_count(app: &TestApp) -> u64 {
    app.read().counts().unwrap().groups
}

/// The membership of `user` in the group at `slug`, if any.
fn membership(app: &TestApp, slug: &str, user: &str) -> Option<Membership> {
    let group = app.group_id(slug).unwrap();
    app.read().membership(group, user_id(app, user)).unwrap()
}

fn form<'a>(
    name: &'a str,
    privacy: &'a str,
    city: &'a str,
    lat: &'a str,
    lng: &'a str,
) -> Vec<(&'a str, &'a str)> {
    vec![
        ("name", name),
        ("description", "We share tools."),
        ("privacy", privacy),
        ("city", city),
        ("state", "Berlin"),
        ("country", "Germany"),
        ("latitude", lat),
        ("longitude", lng),
    ]
}

/// A site with member `ana` (signed in) owning a group made through the engine.
async fn with_group(privacy: Privacy) -> (TestApp, Browser, u64, u64) {
    let (app, _admin) = site_with_admin().await;
    let ana = Browser::sign_up(&app, "ana").await;
    let ana_id = user_id(&app, "ana");
    let g = app
        .group(ana_id, "Tool Library", privacy, "Berlin", "52.520008")
        .await;
    (app, ana, ana_id.0, g.0)
}

#[tokio::test]
async fn a_member_creates_a_group_with_typed_coordinates_and_becomes_its_admin() {
    let (app, _admin) = site_with_admin().await;
    Browser::new(&app)
        .get("/groups/new")
        .await
        .assert_redirect("/signin?next=%2Fgroups%2Fnew");
    let ana = Browser::sign_up(&app, "ana").await;
    let page = ana.get("/groups/new").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body.contains("class=\"land\""),
        "the map picker is drawn"
    );
    assert!(page.body.contains("map-picker."), "with its script");
    assert!(page
        .body
        .contains("joining is a request that one of its admins approves"));
    ana.post(
        "/groups/new",
        &form("Tool Library", "public", "Berlin", "52.520008", "13.404954"),
    )
    .await
    .assert_redirect("/groups/tool-library");
    let g = group(&app, "tool-library").unwrap();
    assert_eq!(
        (g.latitude, g.longitude, g.city.as_str()),
        (Some(52_520_008), Some(13_404_954), "Berlin")
    );
    let m = membership(&app, "tool-library", "ana").unwrap();
    assert_eq!((m.role, m.status), (Role::Admin, MemberStatus::Active));
    let page = ana.get("/groups/tool-library").await;
    assert!(page.body.contains("You are an admin"));
    assert!(page.body.contains("Edit the group"));
    let list = ana.get("/groups").await.body;
    assert!(list.contains("Tool Library") && list.contains("1 member"));
    assert!(list.contains("Create a group"));
    let locations = app.json("/api/groups/locations").await;
    assert_eq!(locations["locations"][0]["city"], "Berlin");
    // Text is shown as text; a group named like a page of its own gets another address.
    ana.post(
        "/groups/new",
        &[
            ("name", "Map"),
            ("privacy", "public"),
            ("description", "<script>alert(1)</script>"),
        ],
    )
    .await
    .assert_redirect("/groups/map-2");
    let page = ana.get("/groups/map-2").await.body;
    assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(!page.contains("<script>alert(1)"));
}

#[tokio::test]
async fn bad_group_forms_are_refused_with_their_reason_and_create_nothing() {
    let (app, _admin) = site_with_admin().await;
    let ana = Browser::sign_up(&app, "ana").await;
    let cases = [
        (
            form("Far North", "public", "Berlin", "95", "13.4"),
            "latitude",
        ),
        (
            form("Far East", "public", "Berlin", "52.5", "181"),
            "longitude",
        ),
        (
            form("Half", "public", "Berlin", "52.5", ""),
            "both latitude and longitude",
        ),
        (
            form("Wordy", "public", "Berlin", "north", "east"),
            "latitude",
        ),
        (form("", "public", "Berlin", "", ""), "name"),
        (form("Secretive", "hidden", "Berlin", "", ""), "privacy"),
    ];
    for (fields, reason) in cases {
        let page = ana.post("/groups/new", &fields).await;
        assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY, "{fields:?}");
        assert!(page.body.contains("role=\"alert\""), "{}", page.body);
        assert!(page.body.contains(reason), "{reason}: {}", page.body);
        // The form comes back with what was typed.
        assert!(page.body.contains(&format!("value=\"{}\"", fields[6].1)));
    }
    assert_eq!(group_count(&app), 0);
}

#[tokio::test]
async fn group_admins_edit_and_other_members_are_refused() {
    let (app, ana, ana_id, g) = with_group(Privacy::Public).await;
    let bob = Browser::sign_up(&app, "bob").await;
    bob.post("/groups/tool-library/join", &[])
        .await
        .assert_redirect("/groups/tool-library");
    // A plain member sees no edit button and may not edit.
    assert!(!bob
        .get("/groups/tool-library")
        .await
        .body
        .contains("Edit the group"));
    assert_eq!(
        bob.get("/groups/tool-library/edit").await.status,
        StatusCode::FORBIDDEN
    );
    let page = bob
        .post(
            "/groups/tool-library/edit",
            &form("Bob's", "private", "Paris", "", ""),
        )
        .await;
    assert_eq!(page.status, StatusCode::FORBIDDEN);
    assert!(page.body.contains("admins may edit it"), "{}", page.body);
    let before = group(&app, "tool-library").unwrap();
    assert_eq!(
        (before.name.as_str(), before.privacy),
        ("Tool Library", Privacy::Public)
    );

    // The owner edits: the form shows the stored values, and a change is saved.
    let page = ana.get("/groups/tool-library/edit").await;
    assert!(page.body.contains("value=\"52.520008\""), "{}", page.body);
    ana.post(
        "/groups/tool-library/edit",
        &form("Tool Library Mitte", "request", "Berlin", "52.53", "13.4"),
    )
    .await
    .assert_redirect("/groups/tool-library");
    let after = group(&app, "tool-library").unwrap();
    assert_eq!(after.name, "Tool Library Mitte");
    assert_eq!(after.privacy, Privacy::Request);
    assert_eq!(after.latitude, Some(52_530_000));
    // A refused edit keeps the group as it was and shows the reason.
    let page = ana
        .post(
            "/groups/tool-library/edit",
            &form("Tool Library Mitte", "public", "", "1", "2"),
        )
        .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.body.contains("city"));
    assert_eq!(group(&app, "tool-library").unwrap(), after);

    // Once promoted, bob is an admin and may edit.
    app.ok(
        Actor::User(UserId(ana_id)),
        Moderate {
            group: GroupId(g),
            user: user_id(&app, "bob"),
            action: Moderation::Promote,
        },
    )
    .await;
    assert_eq!(
        bob.get("/groups/tool-library/edit").await.status,
        StatusCode::OK
    );
    // Archiving is the owner's: bob sees no archive button; ana archives, the group leaves
    // the list and the map, and only its members see it.
    assert!(!bob
        .get("/groups/tool-library/edit")
        .await
        .body
        .contains("Archive this group"));
    ana.post("/groups/tool-library/archive", &[])
        .await
        .assert_redirect("/groups/tool-library");
    assert!(!group(&app, "tool-library").unwrap().is_active);
    assert!(!ana.get("/groups").await.body.contains("Tool Library"));
    assert_eq!(
        app.json("/api/groups/locations").await["locations"]
            .as_array()
            .unwrap()
            .len(),
        0
    );
    assert_eq!(
        Browser::new(&app).get("/groups/tool-library").await.status,
        StatusCode::NOT_FOUND
    );
    ana.post("/groups/tool-library/reopen", &[])
        .await
        .assert_redirect("/groups/tool-library");
    assert!(group(&app, "tool-library").unwrap().is_active);
}

#[tokio::test]
async fn joining_a_public_group_is_immediate_and_leaving_undoes_it() {
    let (app, _ana, _, _) = with_group(Privacy::Public).await;
    let anonymous = Browser::new(&app).get("/groups/tool-library").await;
    assert!(anonymous.body.contains("to join this group"));
    assert!(!anonymous.body.contains("Join this group"));
    let bob = Browser::sign_up(&app, "bob").await;
    assert!(bob
        .get("/groups/tool-library")
        .await
        .body
        .contains("Join this group"));
    bob.post("/groups/tool-library/join", &[])
        .await
        .assert_redirect("/groups/tool-library");
    assert_eq!(
        membership(&app, "tool-library", "bob").unwrap().status,
        MemberStatus::Active
    );
    assert_eq!(app.figure("bob", "groups_joined").await, 1);
    let page = bob.get("/groups/tool-library").await;
    assert!(page.body.contains("You are a member") && page.body.contains("2 members"));
    // Joining twice is refused with its reason, and changes nothing.
    let again = bob.post("/groups/tool-library/join", &[]).await;
    assert_eq!(again.status, StatusCode::CONFLICT);
    assert!(again.body.contains("already a member"));
    // From the group's page (a second tab), the refusal is said on that page, as it is now.
    let again = bob
        .post_from("/groups/tool-library", "/groups/tool-library/join", &[])
        .await;
    assert_eq!(again.status, StatusCode::CONFLICT);
    assert!(
        again.body.contains("<div class=\"alert\" role=\"alert\"><p>You are already a member of this group.</p></div>")
            && again.body.contains("You are a member")
            && !again.body.contains("Back to the start"),
        "{}",
        again.body
    );
    bob.post("/groups/tool-library/leave", &[])
        .await
        .assert_redirect("/groups/tool-library");
    assert!(membership(&app, "tool-library", "bob").is_none());
    assert_eq!(app.figure("bob", "groups_joined").await, 0);
}

#[tokio::test]
async fn a_request_waits_for_an_admin_who_approves_it() {
    let (app, ana, _, _) = with_group(Privacy::Request).await;
    let bob = Browser::sign_up(&app, "bob").await;
    let carl = Browser::sign_up(&app, "carl").await;
    assert!(bob
        .get("/groups/tool-library")
        .await
        .body
        .contains("Ask to join"));
    bob.post("/groups/tool-library/join", &[])
        .await
        .assert_redirect("/groups/tool-library");
    assert_eq!(
        membership(&app, "tool-library", "bob").unwrap().status,
        MemberStatus::Pending
    );
    assert!(bob
        .get("/groups/tool-library")
        .await
        .body
        .contains("waiting for approval"));
    // Requests are for the admins' eyes only.
    assert!(!carl
        .get("/groups/tool-library")
        .await
        .body
        .contains("asks to join"));
    let page = ana.get("/groups/tool-library").await;
    assert!(page.body.contains("asks to join"));
    assert!(page
        .body
        .contains("/groups/tool-library/members/bob/approve"));
    // Someone who is not an admin cannot approve.
    let refused = carl
        .post("/groups/tool-library/members/bob/approve", &[])
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    assert!(refused.body.contains("admins"));
    assert_eq!(
        membership(&app, "tool-library", "bob").unwrap().status,
        MemberStatus::Pending
    );
    // An unknown action or member is not found.
    assert_eq!(
        ana.post("/groups/tool-library/members/bob/crown", &[])
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        ana.post("/groups/tool-library/members/nobody/approve", &[])
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    ana.post("/groups/tool-library/members/bob/approve", &[])
        .await
        .assert_redirect("/groups/tool-library");
    assert_eq!(
        membership(&app, "tool-library", "bob").unwrap().status,
        MemberStatus::Active
    );
    assert!(bob
        .get("/groups/tool-library")
        .await
        .body
        .contains("You are a member"));
    // Approving again does not apply.
    let again = ana
        .post("/groups/tool-library/members/bob/approve", &[])
        .await;
    assert_eq!(again.status, StatusCode::CONFLICT);
    assert!(again.body.contains("does not apply"));
}

#[tokio::test]
async fn an_admin_bans_and_unbans_a_member() {
    let (app, ana, _, _) = with_group(Privacy::Public).await;
    let bob = Browser::sign_up(&app, "bob").await;
    bob.post("/groups/tool-library/join", &[])
        .await
        .assert_redirect("/groups/tool-library");
    ana.post("/groups/tool-library/members/bob/ban", &[])
        .await
        .assert_redirect("/groups/tool-library");
    assert_eq!(
        membership(&app, "tool-library", "bob").unwrap().status,
        MemberStatus::Banned
    );
    assert_eq!(app.figure("bob", "groups_joined").await, 0);
    assert!(bob
        .get("/groups/tool-library")
        .await
        .body
        .contains("You are banned"));
    let refused = bob.post("/groups/tool-library/join", &[]).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    assert!(refused.body.contains("banned"));
    // The owner cannot be moderated.
    let refused = ana.post("/groups/tool-library/members/ana/ban", &[]).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    assert!(ana
        .get("/groups/tool-library")
        .await
        .body
        .contains("/members/bob/unban"));
    ana.post("/groups/tool-library/members/bob/unban", &[])
        .await
        .assert_redirect("/groups/tool-library");
    assert!(membership(&app, "tool-library", "bob").is_none());
}

#[tokio::test]
async fn a_private_group_exists_only_for_its_members() {
    let (app, ana, ana_id, g) = with_group(Privacy::Private).await;
    let bob = Browser::sign_up(&app, "bob").await;
    app.group(
        UserId(ana_id),
        "Open Shelf",
        Privacy::Public,
        "Berlin",
        "52.520008",
    )
    .await;
    for viewer in [&bob, &Browser::new(&app)] {
        assert_eq!(
            viewer.get("/groups/tool-library").await.status,
            StatusCode::NOT_FOUND
        );
        let list = viewer.get("/groups?q=tool").await.body;
        assert!(!list.contains("Tool Library"));
        assert!(!viewer.get("/groups").await.body.contains("Tool Library"));
        let map = viewer.get("/groups/map").await.body;
        assert!(map.contains("Berlin, State, Country: 1 group"), "{map}");
    }
    // Posting to it tells nothing either, and does nothing.
    assert_eq!(
        bob.post("/groups/tool-library/join", &[]).await.status,
        StatusCode::NOT_FOUND
    );
    assert!(membership(&app, "tool-library", "bob").is_none());
    let locations = app.json("/api/groups/locations").await;
    assert_eq!(locations["locations"][0]["group_count"], 1);
    // Its members see it, with its items.
    let item = app.item(UserId(ana_id), "Ladder", vec![GroupId(g)]).await;
    let page = ana.get("/groups/tool-library").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains(&format!("/items/{item}")));
    assert!(ana.get("/groups").await.body.contains("Tool Library"));
}

#[tokio::test]
async fn a_group_page_lists_only_the_items_its_viewer_may_see() {
    let (app, ana, ana_id, g) = with_group(Privacy::Public).await;
    let item = |title: &str, visibility: Visibility| {
        let mut f = item_fields(title, vec![GroupId(g)]);
        f.visibility = visibility;
        CreateItem(f)
    };
    app.ok(
        Actor::User(UserId(ana_id)),
        item("Public drill", Visibility::Public),
    )
    .await;
    app.ok(
        Actor::User(UserId(ana_id)),
        item("Members' saw", Visibility::Restricted),
    )
    .await;
    app.ok(
        Actor::User(UserId(ana_id)),
        item("Own ladder", Visibility::Private),
    )
    .await;
    let anonymous = Browser::new(&app).get("/groups/tool-library").await.body;
    assert!(anonymous.contains("Public drill"));
    assert!(!anonymous.contains("saw") && !anonymous.contains("Own ladder"));
    let bob = Browser::sign_up(&app, "bob").await;
    bob.post("/groups/tool-library/join", &[])
        .await
        .assert_redirect("/groups/tool-library");
    let member = bob.get("/groups/tool-library").await.body;
    assert!(member.contains("Public drill") && member.contains("Members' saw"));
    assert!(!member.contains("Own ladder"));
    assert!(ana
        .get("/groups/tool-library")
        .await
        .body
        .contains("Own ladder"));
}

#[tokio::test]
async fn the_map_has_a_marker_per_place_linking_to_its_groups() {
    let (app, _admin) = site_with_admin().await;
    let ana = Browser::sign_up(&app, "ana").await;
    let ana_id = user_id(&app, "ana");
    app.group(
        ana_id,
        "Tools Berlin",
        Privacy::Public,
        "Berlin",
        "52.520008",
    )
    .await;
    app.group(
        ana_id,
        "Books Berlin",
        Privacy::Request,
        "Berlin",
        "52.520008",
    )
    .await;
    let mut lyon = group_fields("Lyon Shelf", Privacy::Public, "Lyon", "45.76");
    lyon.longitude = "4.84".into();
    app.ok(Actor::User(ana_id), CreateGroup(lyon)).await;
    let map = Browser::new(&app).get("/groups/map").await;
    assert_eq!(map.status, StatusCode::OK);
    assert!(map.body.contains("class=\"land\""));
    assert!(
        map.body
            .contains("href=\"/groups?city=Berlin&amp;country=Country\""),
        "{}",
        map.body
    );
    assert!(map
        .body
        .contains("<title>Berlin, State, Country: 2 groups</title>"));
    assert!(map
        .body
        .contains("<title>Lyon, State, Country: 1 group</title>"));
    // Berlin: x = 13.404954 + 180, y = 90 - 52.520008.
    assert!(
        map.body.contains("cx=\"193.405\" cy=\"37.48\""),
        "{}",
        map.body
    );
    // The accessible list below the map.
    assert!(map.body.contains("Places with groups"));
    // The marker's link lists that city's groups only.
    let list = ana.get("/groups?city=Berlin&country=Country").await.body;
    assert!(list.contains("Tools Berlin") && list.contains("Books Berlin"));
    assert!(!list.contains("Lyon Shelf"));
    // A new group shows on the next view of the map (the cached map is renewed).
    let mut paris = group_fields("Paris Shelf", Privacy::Public, "Paris", "48.85");
    paris.longitude = "2.35".into();
    app.ok(Actor::User(ana_id), CreateGroup(paris)).await;
    let map = ana.get("/groups/map").await.body;
    assert!(map.contains("Paris, State, Country: 1 group"));
    assert!(
        map.contains("Create a group"),
        "signed-in viewers get the button"
    );
    // The page has an ETag and answers 304 while nothing changed (for a visitor who keeps
    // the CSRF cookie of their first visit: the page's forms carry it).
    let visitor = Browser::new(&app).client;
    let url = format!("{}/groups/map", app.base);
    visitor.get(&url).send().await.unwrap();
    let first = visitor.get(&url).send().await.unwrap();
    let etag = first.headers()["etag"].clone();
    let again = visitor
        .get(&url)
        .header("if-none-match", etag)
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), StatusCode::NOT_MODIFIED);
}

/// Closer in, each group is its own marker (two in one city drawn apart, each a link to its
/// group), the map moves with plain links, and "groups near" a town lists the groups a viewer
/// may see, nearest first; a private group shows to nobody who may not see it.
#[tokio::test]
async fn the_map_zooms_in_to_each_group_and_finds_groups_near_a_town() {
    use comuniza::store::commands::{Actor, CreateGroup};
    let (app, _admin) = site_with_admin().await;
    let ana = Browser::sign_up(&app, "ana").await;
    let ana_id = app.user_id("ana");
    let place = |name: &str, privacy, city: &str, lat: &str, lng: &str| {
        let mut f = group_fields(name, privacy, city, lat);
        f.longitude = lng.into();
        f.state = String::new();
        f.country = "Portugal".into();
        f
    };
    for f in [
        place(
            "Alfama Tools",
            Privacy::Public,
            "Lisbon",
            "38.7117",
            "-9.1300",
        ),
        place(
            "Alfama Books",
            Privacy::Request,
            "Lisbon",
            "38.7117",
            "-9.1300",
        ),
        place("Porto Shed", Privacy::Public, "Porto", "41.1496", "-8.6110"),
        place(
            "Secret Garden",
            Privacy::Private,
            "Lisbon",
            "38.7200",
            "-9.1400",
        ),
    ] {
        app.ok(Actor::User(ana_id), CreateGroup(f)).await;
    }
    let visitor = Browser::new(&app);
    // The world: one marker for Lisbon's two public groups.
    let world = visitor.get("/groups/map").await.body;
    assert!(world.contains("Lisbon, Portugal: 2 groups"), "{world}");
    assert!(
        world.contains("href=\"/groups/map?lat=0&amp;lng=0&amp;z=1#map\""),
        "zoom in: {world}"
    );
    // Close to Lisbon: each group apart, named, linked; the private one nowhere.
    let close = visitor.get("/groups/map?lat=38.71&lng=-9.13&z=8").await;
    assert_eq!(close.status, StatusCode::OK);
    let close = close.body;
    for (name, slug) in [
        ("Alfama Tools", "alfama-tools"),
        ("Alfama Books", "alfama-books"),
    ] {
        assert!(
            close.contains(&format!("href=\"/groups/{slug}\" aria-label=\"{name}\"")),
            "{close}"
        );
    }
    assert!(!close.contains("Secret Garden"));
    let attr = |m: &str, name: &str| -> String {
        let at = format!("{name}=\"");
        m.split(at.as_str())
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap()
            .to_string()
    };
    let points: Vec<(String, String)> = close
        .split("class=\"marker group\"")
        .skip(1)
        .map(|m| (attr(m, "cx"), attr(m, "cy")))
        .collect();
    assert_eq!(points.len(), 2, "Porto is outside this view");
    assert_ne!(
        points[0], points[1],
        "two groups at one point are drawn apart"
    );
    assert!(
        close.matches("<g class=\"town\"").count() >= 3,
        "towns for bearings: {close}"
    );
    assert!(close.contains("land-50m"), "the finer outline");
    assert!(close.contains("Zoom out −") && close.contains("East →"));
    // Nonsense views are the world, never an error.
    for q in ["lat=abc&lng=1&z=3", "lat=1e999&lng=-1e999&z=255", "z=-1"] {
        let page = visitor.get(&format!("/groups/map?{q}")).await;
        assert_eq!(page.status, StatusCode::OK, "{q}");
    }

    // Groups near Lisbon, nearest first, with distances; Porto farther down.
    let near = visitor.get("/groups/map?near=lisbon").await.body;
    assert!(near.contains("Groups near Lisbon (PT)"), "{near}");
    let (tools, porto) = (
        near.find("Alfama Tools").unwrap(),
        near.find("Porto Shed").unwrap(),
    );
    assert!(tools < porto);
    assert!(
        near.contains("Porto, Portugal · 27") || near.contains("Porto, Portugal · 28"),
        "{near}"
    );
    assert!(
        !near.contains("Secret Garden"),
        "a visitor does not see a private group"
    );
    // Its owner does, on the list (never on the shared map).
    let hers = ana.get("/groups/map?near=Lisbon,%20PT").await.body;
    assert!(hers.contains("Secret Garden"), "{hers}");
    // A town the gazetteer does not know is found among the groups' cities, else said so.
    let nowhere = visitor.get("/groups/map?near=Xyzzyville").await;
    assert_eq!(nowhere.status, StatusCode::OK);
    assert!(nowhere.body.contains("No town or city called “Xyzzyville”"));
    // The group form's place finder.
    let (status, found) = app.get("/api/places?q=Porto,%20PT").await;
    assert_eq!(status, 200);
    assert_eq!(found["places"][0]["name"], "Porto");
    let (status, _) = app.get(&format!("/api/places?q={}", "x".repeat(101))).await;
    assert_eq!(status, 422);
}

#[tokio::test]
async fn forms_without_the_csrf_token_are_refused_and_change_nothing() {
    let (app, ana, _, _) = with_group(Privacy::Request).await;
    let page = ana
        .post_raw("/groups/new", &form("Sneaky", "public", "Berlin", "", ""))
        .await;
    assert_eq!(page.status, StatusCode::FORBIDDEN);
    assert!(page.body.contains("security token"));
    assert_eq!(group_count(&app), 1);
    let bob = Browser::sign_up(&app, "bob").await;
    assert_eq!(
        bob.post_raw("/groups/tool-library/join", &[("csrf", "wrong")])
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    assert!(membership(&app, "tool-library", "bob").is_none());
    bob.post("/groups/tool-library/join", &[])
        .await
        .assert_redirect("/groups/tool-library");
    assert_eq!(
        ana.post_raw("/groups/tool-library/members/bob/approve", &[])
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        ana.post_raw(
            "/groups/tool-library/edit",
            &form("Renamed", "public", "", "", "")
        )
        .await
        .status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        membership(&app, "tool-library", "bob").unwrap().status,
        MemberStatus::Pending
    );
    assert_eq!(group(&app, "tool-library").unwrap().name, "Tool Library");
}

#[tokio::test]
async fn site_staff_see_and_manage_every_group() {
    let (app, admin) = site_with_admin().await;
    let _ana = Browser::sign_up(&app, "ana").await;
    let ana_id = user_id(&app, "ana");
    app.group(
        ana_id,
        "Tool Library",
        Privacy::Private,
        "Berlin",
        "52.520008",
    )
    .await;
    let page = admin.get("/groups/tool-library").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Edit the group"));
    admin
        .post(
            "/groups/tool-library/edit",
            &form("Tool Library", "request", "Berlin", "52.52", "13.4"),
        )
        .await
        .assert_redirect("/groups/tool-library");
    assert_eq!(
        group(&app, "tool-library").unwrap().privacy,
        Privacy::Request
    );
    // Signed-out visitors may not edit anything.
    let anonymous = Browser::new(&app);
    anonymous
        .get("/groups/tool-library/edit")
        .await
        .assert_redirect("/signin?next=%2Fgroups%2Ftool-library%2Fedit");
    assert_eq!(
        anonymous
            .post("/groups/tool-library/join", &[])
            .await
            .status,
        StatusCode::UNAUTHORIZED
    );
}
