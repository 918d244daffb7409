//! Private groups and private or restricted items never show to those who may not see them
//! (DOMAIN.md): not on pages, not in search, not in the API, not on the map, not in counts.

use comuniza::domain::choice::{Privacy, Visibility};
use comuniza::store::commands::Actor;
use comuniza::store::commands::{CreateItem, StartSession};

use crate::helpers::{item_fields, spawn_app};

/// Words that only the hidden things carry.
const HIDDEN: [&str; 4] = [
    "Secret Circle",
    "Secret Ladder",
    "Private Diary",
    "Hidden Town",
];

#[tokio::test]
async fn hidden_groups_and_items_stay_hidden_everywhere() {
    let app = spawn_app().await;
    let ana = app.user("ana").await;
    let cara = app.user("cara").await;
    let open = app
        .group(ana, "Open Club", Privacy::Public, "Lisbon", "38.7")
        .await;
    let secret = app
        .group(
            ana,
            "Secret Circle",
            Privacy::Private,
            "Hidden Town",
            "41.2",
        )
        .await;
    let restricted = app
        .ok(
            Actor::User(ana),
            CreateItem(comuniza::store::commands::ItemFields {
                visibility: Visibility::Restricted,
                ..item_fields("Secret Ladder", vec![secret])
            }),
        )
        .await;
    let private = app
        .ok(
            Actor::User(ana),
            CreateItem(comuniza::store::commands::ItemFields {
                visibility: Visibility::Private,
                ..item_fields("Private Diary", vec![open])
            }),
        )
        .await;
    app.item(ana, "Open Hammer", vec![open]).await;
    for (name, user) in [("cara", cara), ("ana", ana)] {
        app.ok(
            Actor::System,
            StartSession {
                user,
                hash: comuniza::auth::secret::digest(&format!("privacy-{name}")),
                csrf: "t".into(),
                lifetime: 3_600_000,
            },
        )
        .await;
    }
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let get = |path: String, who: Option<&str>| {
        let mut req = client.get(format!("{}{path}", app.base));
        if let Some(name) = who {
            req = req.header("cookie", format!("comuniza_session=privacy-{name}"));
        }
        async move {
            let res = req.send().await.unwrap();
            (res.status().as_u16(), res.text().await.unwrap())
        }
    };

    let pages = [
        "/",
        "/items",
        "/items?q=Secret",
        "/items?q=Diary",
        "/groups",
        "/groups?q=Secret",
        "/groups?city=Hidden%20Town",
        "/groups/map",
        "/users/ana",
        "/leaderboards",
        "/api/groups/locations",
        "/api/users/ana",
    ];
    for who in [None, Some("cara")] {
        for path in pages {
            let (status, body) = get(path.to_string(), who).await;
            assert_eq!(status, 200, "{who:?} {path}");
            // A search echoes its own words back; those are not a leak.
            let asked = path.replace("%20", " ");
            for word in HIDDEN.iter().filter(|w| !asked.contains(*w)) {
                assert!(!body.contains(word), "{who:?} sees {word:?} on {path}");
            }
            assert!(
                !path.starts_with("/items") || path.contains('?') || body.contains("Open Hammer"),
                "{who:?}: the visible item is listed on {path}"
            );
        }
        for path in [
            "/groups/secret-circle".to_string(),
            format!("/items/{restricted}"),
            format!("/items/{private}"),
        ] {
            let (status, body) = get(path.clone(), who).await;
            assert_eq!(status, 404, "{who:?} {path}");
            for word in HIDDEN {
                assert!(!body.contains(word), "{who:?} sees {word:?} on {path}");
            }
        }
    }
    // The map counts only what its viewer may see: one public group, in Lisbon.
    let (_, locations) = get("/api/groups/locations".into(), None).await;
    let places: serde_json::Value = serde_json::from_str(&locations).unwrap();
    let total: u64 = places
        .as_array()
        .or_else(|| places["locations"].as_array())
        .expect("a list of places")
        .iter()
        .map(|p| p["group_count"].as_u64().unwrap())
        .sum();
    assert_eq!(total, 1, "{places}");

    // Their owner sees them all.
    for path in [
        "/groups/secret-circle".to_string(),
        format!("/items/{restricted}"),
        format!("/items/{private}"),
    ] {
        assert_eq!(get(path.clone(), Some("ana")).await.0, 200, "ana {path}");
    }
}
