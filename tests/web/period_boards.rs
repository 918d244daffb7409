//! The period and group boards over HTTP (issue 20): `GET /api/leaderboards?period=&group=`,
//! the `/leaderboards` page with its period and group choice, and "this month in …" on a
//! group's page; names hidden as on every board; a private group's boards only for those who
//! may open it; bad choices refused with a clear message; never a stale cached board.

use comuniza::domain::choice::Privacy;
use comuniza::domain::privacy::ProfilePrivacy;
use comuniza::domain::records::UserId;
use comuniza::store::commands::{Actor, JoinGroup, SetProfilePrivacy, StartSession};
use serde_json::Value;

use crate::helpers::{spawn_app, TestApp};

/// A community: ana lends to bob (in "Kiez Tools"), cara to dan (not in it); ana and bob
/// signed in by cookie.
struct Community {
    app: TestApp,
    client: reqwest::Client,
    ids: [UserId; 4],
}

impl Community {
    async fn new() -> Community {
        let app = spawn_app().await;
        let mut ids = Vec::new();
        for name in ["ana", "bob", "cara", "dan"] {
            ids.push(app.user(name).await);
        }
        let [ana, bob, cara, dan] = ids[..] else {
            unreachable!()
        };
        let kiez = app
            .group(ana, "Kiez Tools", Privacy::Public, "Berlin", "")
            .await;
        app.ok(Actor::User(bob), JoinGroup { group: kiez }).await;
        app.group(cara, "Quiet Circle", Privacy::Private, "Lisbon", "")
            .await;
        let ladder = app.item(ana, "Ladder", vec![]).await;
        app.complete_loan(ladder, ana, bob).await;
        let drill = app.item(cara, "Drill", vec![]).await;
        app.complete_loan(drill, cara, dan).await;
        app.complete_loan(drill, cara, dan).await;
        for (name, user) in [("ana", ana), ("bob", bob)] {
            let session = StartSession {
                user,
                hash: comuniza::auth::secret::digest(&format!("boards-{name}")),
                csrf: "t".into(),
                lifetime: 3_600_000,
            };
            app.ok(Actor::System, session).await;
        }
        let client = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap();
        Community {
            app,
            client,
            ids: [ana, bob, cara, dan],
        }
    }

    /// Status and body of `path` as `who` sees it (`None`: anonymous).
    async fn get(&self, path: &str, who: Option<&str>) -> (u16, String) {
        let mut req = self.client.get(format!("{}{path}", self.app.base));
        if let Some(name) = who {
            req = req.header("cookie", format!("comuniza_session=boards-{name}"));
        }
        let res = req.send().await.unwrap();
        (res.status().as_u16(), res.text().await.unwrap())
    }

    async fn json(&self, path: &str, who: Option<&str>) -> Value {
        let (status, body) = self.get(path, who).await;
        assert_eq!(status, 200, "{path}: {body}");
        serde_json::from_str(&body).unwrap()
    }
}

/// A board's rows as (username or null, score).
fn rows(v: &Value, board: &str) -> Vec<(Value, i64)> {
    v["boards"][board]
        .as_array()
        .unwrap_or_else(|| panic!("no board {board} in {v}"))
        .iter()
        .map(|r| (r["username"].clone(), r["score"].as_i64().unwrap()))
        .collect()
}

fn named(rows: &[(&str, i64)]) -> Vec<(Value, i64)> {
    rows.iter().map(|(n, s)| (Value::from(*n), *s)).collect()
}

#[tokio::test]
async fn the_api_answers_a_period_and_a_groups_boards_with_the_viewers_standing() {
    let c = Community::new().await;
    let month = c.json("/api/leaderboards?period=month", None).await;
    assert_eq!(month["period"], "month");
    assert_eq!(month["group"], Value::Null);
    let starts = month["starts"].as_str().unwrap();
    assert!(starts.ends_with("-01") && starts.len() == 10, "{starts}");
    assert_eq!(rows(&month, "lending"), named(&[("cara", 20), ("ana", 10)]));
    assert_eq!(
        rows(&month, "borrowing"),
        named(&[("dan", 20), ("bob", 10)])
    );
    assert!(month["boards"].get("reputation").is_none(), "{month}");
    assert_eq!(month["me"], Value::Null);
    // The group's month: its members only.
    let kiez = c
        .json(
            "/api/leaderboards?period=month&group=kiez-tools",
            Some("bob"),
        )
        .await;
    assert_eq!(kiez["group"], "kiez-tools");
    assert_eq!(rows(&kiez, "lending"), named(&[("ana", 10)]));
    assert_eq!(rows(&kiez, "borrowing"), named(&[("bob", 10)]));
    assert_eq!(kiez["me"]["borrowing"]["rank"], 1);
    assert_eq!(kiez["me"]["borrowing"]["score"], 10);
    assert_eq!(kiez["me"]["lending"], Value::Null, "bob lent nothing");
    // The group's all time has all four boards, trust too (two members, 50 each).
    let all = c.json("/api/leaderboards?group=kiez-tools", None).await;
    assert_eq!(all["period"], "all");
    assert_eq!(all["starts"], Value::Null);
    assert_eq!(rows(&all, "reputation").len(), 2, "{all}");
    assert_eq!(rows(&all, "lending"), named(&[("ana", 10)]));
    // The site's all time is as it always was.
    let site = c.json("/api/leaderboards", None).await;
    assert!(site.get("period").is_none());
    assert_eq!(rows(&site, "lending")[0], (Value::from("cara"), 20));
}

#[tokio::test]
async fn bad_choices_and_hidden_groups_are_refused_clearly() {
    let c = Community::new().await;
    let (status, body) = c.get("/api/leaderboards?period=fortnight", None).await;
    assert_eq!(status, 400);
    let v: Value = serde_json::from_str(&body).unwrap();
    let message = v["error"].as_str().unwrap_or_default().to_string() + &v.to_string();
    assert!(message.contains("fortnight"), "{body}");
    let (status, page) = c.get("/leaderboards?period=fortnight", None).await;
    assert_eq!(status, 400);
    assert!(
        page.contains("<html") && page.contains("fortnight"),
        "{page}"
    );
    // A private group's boards exist for its members only; to anyone else, as a group that
    // never was.
    for (path, who) in [
        ("/api/leaderboards?group=quiet-circle", None),
        (
            "/api/leaderboards?group=quiet-circle&period=week",
            Some("ana"),
        ),
        ("/leaderboards?group=quiet-circle", Some("bob")),
        ("/api/leaderboards?group=no-such-group", None),
    ] {
        let (status, body) = c.get(path, who).await;
        assert_eq!(status, 404, "{path} as {who:?}: {body}");
        assert!(!body.contains("cara"), "{path} names no one: {body}");
    }
}

#[tokio::test]
async fn names_hidden_from_boards_stay_hidden_and_a_board_is_never_stale() {
    let c = Community::new().await;
    let [ana, bob, ..] = c.ids;
    let path = "/api/leaderboards?period=week&group=kiez-tools";
    assert_eq!(
        rows(&c.json(path, None).await, "lending"),
        named(&[("ana", 10)])
    );
    // Ana leaves the boards: the cached board forgets her name at once.
    let hidden = SetProfilePrivacy {
        privacy: ProfilePrivacy {
            show_on_boards: false,
            ..ProfilePrivacy::default()
        },
    };
    c.app.ok(Actor::User(ana), hidden).await;
    let anyone = c.json(path, None).await;
    assert_eq!(rows(&anyone, "lending"), vec![(Value::Null, 10)]);
    assert!(!anyone.to_string().contains("\"ana\""), "{anyone}");
    // She still sees herself.
    let own = c.json(path, Some("ana")).await;
    assert_eq!(rows(&own, "lending"), named(&[("ana", 10)]));
    // Another loan: the board moves with it.
    let saw = c.app.item(ana, "Saw", vec![]).await;
    c.app.complete_loan(saw, ana, bob).await;
    let later = c.json(path, Some("bob")).await;
    assert_eq!(later["boards"]["lending"][0]["score"], 20);
    assert_eq!(later["me"]["borrowing"]["score"], 20);
    let (_, page) = c
        .get("/leaderboards?period=week&group=kiez-tools", None)
        .await;
    assert!(!page.contains(" ana</a>"), "hidden on the page too");
}

#[tokio::test]
async fn the_pages_offer_the_periods_and_groups_and_the_group_shows_its_month() {
    let c = Community::new().await;
    let (status, page) = c
        .get("/leaderboards?period=month&group=kiez-tools", Some("bob"))
        .await;
    assert_eq!(status, 200);
    assert!(page.contains("This month in Kiez Tools"), "{page}");
    assert!(
        page.contains(r#"href="/leaderboards?period=week&amp;group=kiez-tools""#),
        "the other periods keep the group"
    );
    assert!(page.contains(r#"aria-current="page">This month<"#));
    // The group choice lists bob's group and the whole site.
    assert!(page.contains(r#"<option value="kiez-tools" selected>Kiez Tools</option>"#));
    assert!(page.contains("The whole site"));
    // Bob's own standing: first of one in borrowing; not on the lending board.
    assert!(page.contains("#1"), "{page}");
    assert!(page.contains("not on this board yet"));
    assert!(page.contains(" ana</a>"), "the board names ana");
    assert!(!page.contains("cara"), "cara is not in the group");
    // The group's page: this month's top.
    let (_, group) = c.get("/groups/kiez-tools", None).await;
    assert!(group.contains("This month in Kiez Tools"), "{group}");
    assert!(group.contains(r#"href="/leaderboards?period=month&amp;group=kiez-tools""#));
    assert!(group.contains(" bob</a>"));
    // The site's week, for a visitor: a sign-in link that comes back here.
    let (_, week) = c.get("/leaderboards?period=week", None).await;
    assert!(week.contains("This week across the site"));
    assert!(week.contains(r#"href="/signin?next=%2Fleaderboards%3Fperiod%3Dweek""#));
    assert!(week.contains(" cara</a>"));
}
