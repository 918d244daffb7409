//! Search (issue 18): the index finds items, groups and members by every field it reads, with
//! folded accents, stems, the last word as a prefix and one typo forgiven; it shows each
//! viewer only what they may see, before paging; and it follows every write at once.

use comuniza::domain::choice::{ItemStatus, Privacy, Visibility};
use comuniza::domain::records::{Id, ItemId, UserId};
use comuniza::store::commands::{
    Actor, CreateCategory, CreateItem, JoinGroup, UpdateCategory, UpdateItem, UpdateProfile,
};
use reqwest::StatusCode;
use serde_json::Value;

use crate::browser::{site_with_admin, Browser};
use crate::helpers::{item_fields, spawn_app, TestApp};

/// `text` as a query string's value.
fn encoded(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'-' | b'_' | b'.' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// The answer of `GET /api/search` to an anonymous visitor.
async fn api(app: &TestApp, q: &str, kind: &str, page: usize) -> Value {
    app.json(&format!(
        "/api/search?q={}&kind={kind}&page={page}",
        encoded(q)
    ))
    .await
}

/// What an anonymous search of `kind` finds first: titles of items, names of groups,
/// usernames of members.
async fn found(app: &TestApp, q: &str, kind: &str) -> Vec<String> {
    let key = match kind {
        "items" => "title",
        "groups" => "name",
        _ => "username",
    };
    api(app, q, kind, 1).await["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r[key].as_str().unwrap().to_string())
        .collect()
}

/// An item of `owner` with these fields, answered by id.
async fn share(app: &TestApp, owner: UserId, title: &str, description: &str) -> ItemId {
    let mut f = item_fields(title, vec![]);
    f.description = description.into();
    ItemId(app.ok(Actor::User(owner), CreateItem(f)).await)
}

async fn category(app: &TestApp, name: &str, slug: &str) -> Id {
    app.ok(
        Actor::System,
        CreateCategory {
            name: name.into(),
            slug: slug.into(),
            parent: None,
        },
    )
    .await
}

#[tokio::test]
async fn every_field_is_found_folded_stemmed_and_as_it_is_typed() {
    let app = spawn_app().await;
    let ana = app.user("ana").await;
    let garden = category(&app, "Gardening", "gardening").await;
    let mut f = item_fields("Cordless drill", vec![]);
    f.description = "Two batteries, a case and a Café crème mug".into();
    f.category = Some(garden);
    app.ok(Actor::User(ana), CreateItem(f)).await;
    share(&app, ana, "Straße bike", "").await;
    share(&app, ana, "Ladder", "Drilling not included").await;
    app.group(
        ana,
        "Kreuzberg Tool Library",
        Privacy::Public,
        "Berlin",
        "52.5",
    )
    .await;

    // Title, description, category, the owner's display name.
    assert_eq!(found(&app, "cordless", "items").await, ["Cordless drill"]);
    assert_eq!(
        found(&app, "batteries case", "items").await,
        ["Cordless drill"]
    );
    assert_eq!(found(&app, "gardening", "items").await, ["Cordless drill"]);
    assert_eq!(found(&app, "ANA tester", "items").await.len(), 3);
    // Folding: accents, case and letters decomposition keeps whole.
    assert_eq!(found(&app, "CAFE", "items").await, ["Cordless drill"]);
    assert_eq!(found(&app, "creme", "items").await, ["Cordless drill"]);
    assert_eq!(found(&app, "strasse", "items").await, ["Straße bike"]);
    // Stems: the title ranks above the description.
    assert_eq!(
        found(&app, "drills", "items").await,
        ["Cordless drill", "Ladder"]
    );
    // The last word is a prefix until a space follows; every word must be there.
    assert_eq!(
        found(&app, "cordless dri", "items").await,
        ["Cordless drill"]
    );
    assert_eq!(found(&app, "lad", "items").await, ["Ladder"]);
    assert!(found(&app, "cordless ladder", "items").await.is_empty());
    // Groups: name, city, country (the helper's "Country"), description ("A group").
    for q in ["kreuzberg", "berlin", "country", "tool libr"] {
        assert_eq!(
            found(&app, q, "groups").await,
            ["Kreuzberg Tool Library"],
            "{q}"
        );
    }
    // Members: username and display name.
    assert_eq!(found(&app, "ana", "members").await, ["ana"]);
    assert_eq!(found(&app, "tester", "members").await, ["ana"]);
    app.verify_clean();
}

#[tokio::test]
async fn a_typo_is_forgiven_and_said() {
    let app = spawn_app().await;
    let ana = app.user("ana").await;
    share(&app, ana, "Pressure washer", "").await;
    let answer = api(&app, "presure washer", "items", 1).await;
    assert_eq!(answer["corrected"], "pressure washer");
    assert_eq!(answer["results"][0]["title"], "Pressure washer");
    // A word said twice is looked up once: the typo after it is still the one guessed at.
    let twice = api(&app, "washer washer presure", "items", 1).await;
    assert_eq!(twice["corrected"], "washer washer pressure");
    assert_eq!(twice["results"][0]["title"], "Pressure washer");
    // An exact match is never "corrected"; short words are never guessed at.
    let exact = api(&app, "washer", "items", 1).await;
    assert_eq!(exact["corrected"], Value::Null);
    assert_eq!(exact["results"][0]["title"], "Pressure washer");
    assert!(found(&app, "wasr", "items").await.is_empty());
    assert!(found(&app, "xylophone", "items").await.is_empty());
    // Two typos in one word are too many.
    assert!(found(&app, "prssure wsher", "items").await.len() <= 1);
    assert!(found(&app, "prsure", "items").await.is_empty());
    // The page says so, and so does the item list.
    let page = Browser::new(&app).get("/search?q=presure").await.body;
    assert!(
        page.contains("No results for “presure”. Showing results for “pressure”."),
        "{page}"
    );
    assert!(page.contains("Pressure washer"));
    let list = Browser::new(&app).get("/items?q=presure").await.body;
    assert!(list.contains("Showing items for “pressure”"), "{list}");
    assert!(list.contains("Pressure washer"));
}

#[tokio::test]
async fn typos_are_forgiven_in_two_words_of_a_query_at_most() {
    let app = spawn_app().await;
    let ana = app.user("ana").await;
    share(&app, ana, "Garden pressure washer hose", "").await;
    let two = api(&app, "garden presure washr hose", "items", 1).await;
    assert_eq!(two["corrected"], "garden pressure washer hose");
    assert_eq!(two["results"][0]["title"], "Garden pressure washer hose");
    // A third unknown word is not guessed at (each guess looks up thousands of edits, so a
    // query of many unknown words would cost the server): the query finds nothing.
    let three = api(&app, "gardn presure washr hose", "items", 1).await;
    assert_eq!(three["results"], Value::Array(vec![]), "{three}");
    assert_eq!(three["corrected"], Value::Null);
    let page = Browser::new(&app)
        .get("/search?q=gardn+presure+washr+hose")
        .await
        .body;
    assert!(!page.contains("Garden pressure washer hose"), "{page}");
    assert!(!page.contains("Showing results for"), "{page}");
}

#[tokio::test]
async fn hidden_items_never_show_and_never_shift_a_page() {
    let (app, _admin) = site_with_admin().await;
    let ana = Browser::sign_up(&app, "ana").await;
    let bea = Browser::sign_up(&app, "bea").await;
    let ana_id = app.user_id("ana");
    let club = app
        .group(ana_id, "Club", Privacy::Public, "Porto", "41.1")
        .await;
    // 45 items: every third private, every third restricted to the club.
    for n in 0..45 {
        let mut f = item_fields(&format!("Hammer {n:02}"), vec![]);
        match n % 3 {
            0 => f.visibility = Visibility::Private,
            1 => {
                f.visibility = Visibility::Restricted;
                f.groups = vec![club];
            }
            _ => {}
        }
        app.ok(Actor::User(ana_id), CreateItem(f)).await;
    }
    let first = api(&app, "hammer", "items", 1).await;
    let titles: Vec<&str> = first["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["title"].as_str().unwrap())
        .collect();
    // Equal scores: newest first; a visitor sees the 15 public ones, on one page.
    let public: Vec<String> = (0..45)
        .rev()
        .filter(|n| n % 3 == 2)
        .map(|n| format!("Hammer {n:02}"))
        .collect();
    assert_eq!(titles, public);
    assert_eq!(first["next_page"], Value::Null);
    // The owner sees all 45, 20 a page: the third page has the last five.
    assert_eq!(all_found(&ana, "hammer").await.len(), 45);
    let third = json_of(&ana, "/api/search?q=hammer&page=3").await;
    assert_eq!(third["results"].as_array().unwrap().len(), 5);
    assert_eq!(third["results"][4]["title"], "Hammer 00", "the oldest last");
    // bea sees the restricted ones once she is in the club, never the private ones.
    assert_eq!(all_found(&bea, "hammer").await.len(), 15);
    app.ok(Actor::User(app.user_id("bea")), JoinGroup { group: club })
        .await;
    let hers = all_found(&bea, "hammer").await;
    assert_eq!(hers.len(), 30);
    let mut unique = hers.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), 30, "no result on two pages");
    assert!(hers.iter().all(|t| {
        let n: usize = t["Hammer ".len()..].parse().unwrap();
        n % 3 != 0
    }));
}

/// The JSON of a signed-in GET.
async fn json_of(b: &Browser, path: &str) -> Value {
    let r = b.get(path).await;
    assert_eq!(r.status, StatusCode::OK, "{path}: {}", r.body);
    serde_json::from_str(&r.body).unwrap()
}

/// Every item title a signed-in search finds, page after page.
async fn all_found(b: &Browser, q: &str) -> Vec<String> {
    let mut out = Vec::new();
    for page in 1.. {
        let v = json_of(b, &format!("/api/search?q={q}&page={page}")).await;
        for r in v["results"].as_array().unwrap() {
            out.push(r["title"].as_str().unwrap().to_string());
        }
        if v["next_page"].is_null() {
            break;
        }
        assert!(page < 10);
    }
    out
}

#[tokio::test]
async fn a_name_the_viewer_may_not_see_finds_nothing() {
    let (app, _admin) = site_with_admin().await;
    let cleo = Browser::sign_up_private(&app, "cleo").await;
    let cleo_id = app.user_id("cleo");
    share(&app, cleo_id, "Teapot", "").await;
    // A visitor finds the teapot by its words, never by its owner's name, nor her.
    assert_eq!(found(&app, "teapot", "items").await, ["Teapot"]);
    assert_eq!(
        api(&app, "teapot", "items", 1).await["results"][0]["owner"],
        Value::Null
    );
    assert!(found(&app, "cleo", "items").await.is_empty());
    assert!(found(&app, "cleo", "members").await.is_empty());
    // She finds both.
    let mine = json_of(&cleo, "/api/search?q=cleo").await;
    assert_eq!(mine["results"][0]["title"], "Teapot");
    assert_eq!(mine["results"][0]["owner"], "cleo");
    let me = json_of(&cleo, "/api/search?q=cleo&kind=members").await;
    assert_eq!(me["results"][0]["username"], "cleo");
    // Made public, she is found by anyone.
    let page = cleo
        .post("/account/privacy", &[("visibility", "public")])
        .await;
    assert_eq!(page.status, StatusCode::SEE_OTHER);
    assert_eq!(found(&app, "cleo", "items").await, ["Teapot"]);
    assert_eq!(found(&app, "cleo", "members").await, ["cleo"]);
    // Private again: her name finds nothing for a visitor, her words still find the teapot.
    let page = cleo
        .post("/account/privacy", &[("visibility", "private")])
        .await;
    assert_eq!(page.status, StatusCode::SEE_OTHER);
    assert!(found(&app, "cleo", "items").await.is_empty());
    assert_eq!(found(&app, "teapot", "items").await, ["Teapot"]);
    app.verify_clean();
}

#[tokio::test]
async fn equal_matches_rank_what_can_be_borrowed_first() {
    let app = spawn_app().await;
    let ana = app.user("ana").await;
    let older = share(&app, ana, "Tent", "").await;
    let mut f = item_fields("Tent", vec![]);
    f.status = ItemStatus::NotRightNow;
    app.ok(Actor::User(ana), CreateItem(f)).await;
    let ids: Vec<u64> = api(&app, "tent", "items", 1).await["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_u64().unwrap())
        .collect();
    assert_eq!(ids.len(), 2);
    assert_eq!(ids[0], older.0, "available before newer");
}

#[tokio::test]
async fn the_index_follows_every_write() {
    let app = spawn_app().await;
    let ana = app.user("ana").await;
    let tools = category(&app, "Tools", "tools").await;
    let mut f = item_fields("Hedge trimmer", vec![]);
    f.category = Some(tools);
    let id = ItemId(app.ok(Actor::User(ana), CreateItem(f.clone())).await);
    assert_eq!(found(&app, "tools", "items").await, ["Hedge trimmer"]);

    // A new title: the old words find nothing, the new ones find it.
    f.title = "Lawn mower".into();
    app.ok(
        Actor::User(ana),
        UpdateItem {
            item: id,
            fields: f.clone(),
            is_active: true,
        },
    )
    .await;
    assert!(found(&app, "hedge", "items").await.is_empty());
    assert_eq!(found(&app, "mower", "items").await, ["Lawn mower"]);
    // A category renamed; an owner renamed.
    app.ok(
        Actor::System,
        UpdateCategory {
            category: tools,
            name: "Garden machines".into(),
            parent: None,
            is_active: true,
        },
    )
    .await;
    assert!(found(&app, "tools", "items").await.is_empty());
    assert_eq!(found(&app, "machines", "items").await, ["Lawn mower"]);
    app.ok(
        Actor::User(ana),
        UpdateProfile {
            user: ana,
            first_name: "Anabela".into(),
            last_name: "Sousa".into(),
            email: "ana@example.org".into(),
        },
    )
    .await;
    assert_eq!(found(&app, "anabela", "items").await, ["Lawn mower"]);
    assert_eq!(found(&app, "sousa", "members").await, ["ana"]);
    assert!(found(&app, "tester", "members").await.is_empty());
    // Archived, it is gone; a member switched off is gone with their items.
    app.ok(
        Actor::User(ana),
        UpdateItem {
            item: id,
            fields: f.clone(),
            is_active: false,
        },
    )
    .await;
    assert!(found(&app, "mower", "items").await.is_empty());
    let kayak = share(&app, ana, "Kayak", "").await;
    app.set_active(ana, false).await;
    assert!(found(&app, "kayak", "items").await.is_empty());
    assert!(found(&app, "anabela", "members").await.is_empty());
    app.set_active(ana, true).await;
    assert_eq!(found(&app, "kayak", "items").await, ["Kayak"]);
    // Made private, a visitor no longer finds it; public again, they do.
    for (visibility, visitor_finds) in [(Visibility::Private, false), (Visibility::Public, true)] {
        let mut k = item_fields("Kayak", vec![]);
        k.visibility = visibility;
        app.ok(
            Actor::User(ana),
            UpdateItem {
                item: kayak,
                fields: k,
                is_active: true,
            },
        )
        .await;
        assert_eq!(
            found(&app, "kayak", "items").await.len(),
            usize::from(visitor_finds)
        );
        app.verify_clean();
    }
}

#[tokio::test]
async fn bad_searches_are_refused_with_a_reason() {
    let (app, _admin) = site_with_admin().await;
    let long = "a".repeat(201);
    for (path, why) in [
        ("/api/search".to_string(), "q:"),
        ("/api/search?q=%20%20".to_string(), "q:"),
        (format!("/api/search?q={long}"), "at most 200"),
        ("/api/search?q=drill&kind=loans".to_string(), "kind:"),
        ("/api/search?q=drill&page=0".to_string(), "page"),
        ("/api/search?q=drill&page=two".to_string(), "page"),
        ("/api/search?q=drill&page=51".to_string(), "first 50 pages"),
    ] {
        let (status, v) = app.get(&path).await;
        assert_eq!(status, 400, "{path}: {v}");
        assert!(v["error"].as_str().unwrap().contains(why), "{path}: {v}");
    }
    // The page reads odd values as its defaults.
    let b = Browser::new(&app);
    for path in [
        "/search?q=drill&kind=loans",
        "/search?q=drill&page=9999",
        "/search",
    ] {
        let page = b.get(path).await;
        assert_eq!(page.status, StatusCode::OK, "{path}");
    }
    let odd = b
        .get(&format!("/search?q={}", encoded("\u{202e}%<script>")))
        .await
        .body;
    assert!(!odd.contains("<script>"), "escaped");
}

#[tokio::test]
async fn the_search_page_has_a_tab_for_each_kind() {
    let app = spawn_app().await;
    let ana = app.user("ana").await;
    share(&app, ana, "Porto map", "").await;
    app.group(ana, "Porto Commons", Privacy::Public, "Porto", "41.1")
        .await;
    let b = Browser::new(&app);
    let items = b.get("/search?q=porto").await.body;
    assert!(items.contains("Porto map") && !items.contains("Porto Commons"));
    assert!(
        items.contains(r#"href="/search?q=porto&amp;kind=groups""#),
        "{items}"
    );
    let groups = b.get("/search?q=porto&kind=groups").await.body;
    assert!(groups.contains("Porto Commons") && !groups.contains("Porto map"));
    let none = b.get("/search?q=porto&kind=members").await.body;
    assert!(
        none.contains("Nothing matches “porto” among members"),
        "{none}"
    );
}

/// Search stems in the site's language: a German site finds "Bohrmaschine" when asked for
/// "Bohrmaschinen" (German stems both to one term), an English one only as a typo forgiven.
/// Changing the language indexes everything again in the same transaction: what was there
/// and what comes after speak the new language, and the index stays equal to its
/// recomputation.
#[tokio::test]
async fn search_stems_in_the_sites_language() {
    use comuniza::domain::settings::Setting;
    use comuniza::store::commands::SetSetting;
    let app = spawn_app().await;
    let ana = app.user("ana").await;
    share(&app, ana, "Bohrmaschine", "").await;
    let set_language = |value: &'static str| {
        let cmd = SetSetting {
            setting: Setting::Language,
            value: value.into(),
        };
        app.ok(Actor::System, cmd)
    };
    // The answer to `q`: its first title, and the query it was corrected to, if any.
    let ask = |q: &'static str| {
        let app = &app;
        async move {
            let answer = api(app, q, "items", 1).await;
            let first = answer["results"][0]["title"].as_str().map(str::to_string);
            (first, answer["corrected"].as_str().map(str::to_string))
        }
    };
    let guessed = (Some("Bohrmaschine".into()), Some("bohrmaschine".into()));
    assert_eq!(ask("Bohrmaschinen").await, guessed, "English: a typo");
    set_language("de").await;
    assert_eq!(
        ask("Bohrmaschinen").await,
        (Some("Bohrmaschine".into()), None)
    );
    app.verify_clean();
    // Written after the change: stemmed in German too ("Sägeblätter", "Sägeblatt").
    share(&app, ana, "Stichsäge", "Zwei Sägeblätter").await;
    assert_eq!(ask("Sägeblatt").await, (Some("Stichsäge".into()), None));
    app.verify_clean();
    // None set: English again.
    set_language("").await;
    assert_eq!(ask("Bohrmaschinen").await, guessed);
    app.verify_clean();
}
