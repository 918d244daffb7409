//! Private groups and private or restricted items never show to those who may not see them
//! (DOMAIN.md): not on pages, not in search, not in the API, not on the map, not in counts.

use comuniza::domain::choice::{Privacy, Visibility};
use comuniza::domain::records::ItemId;
use comuniza::store::commands::{Actor, CreateItem, StartSession};

use crate::helpers::{item_fields, spawn_app};

/// Words that only the hidden things carry.
const HIDDEN: [&str; 4] = [
    "Secret Circle",
    "Secret Ladder",
    "Private Diary",
    "Hidden Town",
];

/// A community with hidden things: ana's private group with a restricted item in it, her
/// private item in an open group, and one open item; ana and cara signed in by cookie.
struct Hidden {
    app: crate::helpers::TestApp,
    client: reqwest::Client,
    restricted: ItemId,
    private: ItemId,
}

impl Hidden {
    async fn new() -> Hidden {
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
        Hidden {
            app,
            client,
            restricted: ItemId(restricted),
            private: ItemId(private),
        }
    }

    /// A page as `who` sees it (`None`: anonymous): status and body.
    async fn get(&self, path: &str, who: Option<&str>) -> (u16, String) {
        let mut req = self.client.get(format!("{}{path}", self.app.base));
        if let Some(name) = who {
            req = req.header("cookie", format!("comuniza_session=privacy-{name}"));
        }
        let res = req.send().await.unwrap();
        (res.status().as_u16(), res.text().await.unwrap())
    }

    /// The pages of the hidden group and items.
    fn hidden_pages(&self) -> [String; 3] {
        [
            "/groups/secret-circle".to_string(),
            format!("/items/{}", self.restricted),
            format!("/items/{}", self.private),
        ]
    }
}

#[tokio::test]
async fn no_list_search_board_or_map_names_what_is_hidden() {
    let h = Hidden::new().await;
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
            let (status, body) = h.get(path, who).await;
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
    }
}

#[tokio::test]
async fn a_hidden_group_or_item_is_not_found_and_its_page_names_nothing() {
    let h = Hidden::new().await;
    for who in [None, Some("cara")] {
        for path in h.hidden_pages() {
            let (status, body) = h.get(&path, who).await;
            assert_eq!(status, 404, "{who:?} {path}");
            for word in HIDDEN {
                assert!(!body.contains(word), "{who:?} sees {word:?} on {path}");
            }
        }
    }
}

#[tokio::test]
async fn the_map_counts_only_the_groups_its_viewer_may_see() {
    let h = Hidden::new().await;
    // One public group, in Lisbon.
    let (_, locations) = h.get("/api/groups/locations", None).await;
    let places: serde_json::Value = serde_json::from_str(&locations).unwrap();
    let total: u64 = places
        .as_array()
        .or_else(|| places["locations"].as_array())
        .expect("a list of places")
        .iter()
        .map(|p| p["group_count"].as_u64().unwrap())
        .sum();
    assert_eq!(total, 1, "{places}");
}

#[tokio::test]
async fn their_owner_sees_the_hidden_group_and_items() {
    let h = Hidden::new().await;
    for path in h.hidden_pages() {
        assert_eq!(h.get(&path, Some("ana")).await.0, 200, "ana {path}");
    }
}
