//! Profile privacy (DOMAIN.md, "Profile privacy") through the pages and the API, for each kind
//! of viewer: anonymous, a member who shares a group, a member who had a loan with them, an
//! unrelated member, the member themselves, and staff. Privacy hides names; ranks, scores and
//! counts stay what they are.

use reqwest::StatusCode;
use serde_json::Value;

use comuniza::domain::choice::Privacy;
use comuniza::domain::records::{BadgeId, UserId};
use comuniza::store::commands::{Actor, CreateBadge, GrantBadge, JoinGroup};

use crate::browser::{site_with_admin, Browser};
use crate::helpers::{badge_fields, TestApp};

/// The member whose privacy is tested: a private profile (a new account's), in one group,
/// lending a ladder, holding a badge.
const HIDDEN: &str = "annika";

/// Who sees a `private` profile, viewer by viewer (`Cast::viewers`): anonymous, neighbour,
/// borrower, stranger, herself, staff.
const PRIVATE: [bool; 6] = [false, true, false, false, true, true];
/// Who sees a `lenders_borrowers` profile, in the same order.
const LENDERS_BORROWERS: [bool; 6] = [false, false, true, false, true, true];

/// Everyone who looks at annika.
struct Cast {
    app: TestApp,
    anonymous: Browser,
    annika: Browser,
    /// Shares an active group with her.
    neighbour: Browser,
    /// Borrowed her ladder (a loan beyond a request), in no group with her.
    borrower: Browser,
    /// Neither.
    stranger: Browser,
    staff: Browser,
    annika_id: UserId,
    ladder: comuniza::domain::records::ItemId,
}

impl Cast {
    async fn new() -> Cast {
        let (app, staff) = site_with_admin().await;
        let annika = Browser::sign_up_private(&app, HIDDEN).await;
        let neighbour = Browser::sign_up(&app, "nina").await;
        let borrower = Browser::sign_up(&app, "boris").await;
        let stranger = Browser::sign_up(&app, "stefan").await;
        let annika_id = app.user_id(HIDDEN);
        let nina = app.user_id("nina");
        let boris = app.user_id("boris");
        let group = app
            .group(nina, "Kreuzberg Tools", Privacy::Public, "Berlin", "52.5")
            .await;
        app.ok(Actor::User(annika_id), JoinGroup { group }).await;
        let ladder = app.item(annika_id, "Tall ladder", vec![group]).await;
        app.complete_loan(ladder, annika_id, boris).await;
        let badge = app
            .ok(
                Actor::System,
                CreateBadge(badge_fields("good-neighbour", 5)),
            )
            .await;
        app.ok(
            Actor::System,
            GrantBadge {
                user: annika_id,
                badge: BadgeId(badge),
            },
        )
        .await;
        Cast {
            anonymous: Browser::new(&app),
            app,
            annika,
            neighbour,
            borrower,
            stranger,
            staff,
            annika_id,
            ladder,
        }
    }

    /// Every viewer with their name, in the order of `PRIVATE` and `LENDERS_BORROWERS`.
    fn viewers(&self) -> [(&'static str, &Browser); 6] {
        [
            ("anonymous", &self.anonymous),
            ("neighbour", &self.neighbour),
            ("borrower", &self.borrower),
            ("stranger", &self.stranger),
            ("herself", &self.annika),
            ("staff", &self.staff),
        ]
    }
}

async fn json(b: &Browser, path: &str) -> (StatusCode, Value) {
    let page = b.get(path).await;
    let v = serde_json::from_str(&page.body).unwrap_or(Value::Null);
    (page.status, v)
}

/// Annika's row on a board of `/api/leaderboards`, found by her score (every other member
/// there scores differently on the lending board).
fn row_with_score(boards: &Value, board: &str, score: i64) -> Value {
    boards["boards"][board]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["score"] == score)
        .unwrap_or_else(|| panic!("no row scoring {score} on {board}: {boards}"))
        .clone()
}

#[tokio::test]
async fn a_private_profile_shows_only_to_group_mates_herself_and_staff() {
    let cast = Cast::new().await;
    // Who may open the profile, page and API alike.
    for ((who, b), sees) in cast.viewers().into_iter().zip(PRIVATE) {
        let want = if sees {
            StatusCode::OK
        } else {
            StatusCode::NOT_FOUND
        };
        let (status, profile) = json(b, "/api/users/annika").await;
        assert_eq!(status, want, "{who}: /api/users/annika");
        let unknown = json(b, "/api/users/nobody-at-all").await;
        if !sees {
            // Exactly as an unknown name answers: nothing tells that she exists.
            assert_eq!(profile, unknown.1, "{who}");
        } else {
            assert_eq!(profile["username"], HIDDEN, "{who}");
            assert_eq!(profile["figures"]["items_lent"], 1, "{who}");
        }
        let page = b.get("/users/annika").await;
        assert_eq!(page.status, want, "{who}: /users/annika");
    }
    // The same through a program's access token.
    for (who, b, want) in [
        ("neighbour", &cast.neighbour, StatusCode::OK),
        ("stranger", &cast.stranger, StatusCode::NOT_FOUND),
    ] {
        let token = b.token("reader").await;
        let status = cast
            .app
            .client
            .get(format!("{}/api/users/annika", cast.app.base))
            .bearer_auth(&token)
            .send()
            .await
            .unwrap()
            .status();
        assert_eq!(status, want, "{who} with a token");
    }
}

#[tokio::test]
async fn boards_earners_groups_and_items_say_a_member_to_those_who_may_not_see_her() {
    let cast = Cast::new().await;
    // She lent once: 10 on the lending board, which nobody else has.
    let named_on = |v: &Value| row_with_score(v, "lending", 10);
    for ((who, b), sees) in cast.viewers().into_iter().zip(PRIVATE) {
        // The board row keeps its rank and score, nameless or not.
        let (status, boards) = json(b, "/api/leaderboards").await;
        assert_eq!(status, StatusCode::OK);
        let row = named_on(&boards);
        assert_eq!(row["rank"], 1, "{who}: {row}");
        if sees {
            assert_eq!(row["username"], HIDDEN, "{who}");
            assert_eq!(row["display_name"], HIDDEN, "{who}");
        } else {
            assert!(row["username"].is_null(), "{who}: {row}");
            assert!(row["display_name"].is_null(), "{who}: {row}");
        }
        // The borrower's own row is named for everyone: his profile is public.
        assert_eq!(
            row_with_score(&boards, "borrowing", 10)["username"],
            "boris"
        );
        let page = b.get("/leaderboards").await.body;
        assert_eq!(page.contains("href=\"/users/annika\""), sees, "{who}");
        if !sees {
            assert!(page.contains("a member"), "{who}");
        }

        // A badge's recent earners: the entry stays, the name goes.
        let (_, badge) = json(b, "/api/badges/good-neighbour").await;
        let earner = &badge["recent_earners"][0];
        assert_eq!(badge["total_earned"], 1);
        assert!(earner["earned_at"].is_string());
        assert_eq!(earner["username"] == HIDDEN, sees, "{who}: {earner}");
        assert_eq!(earner["username"].is_null(), !sees, "{who}: {earner}");
        let page = b.get("/badges/good-neighbour").await.body;
        assert_eq!(page.contains("href=\"/users/annika\""), sees, "{who}");

        // The group's member list: the row and the count stay; the borrower knows her from
        // their loan.
        let page = b.get("/groups/kreuzberg-tools").await.body;
        assert!(page.contains("(2)"), "{who}: two members counted");
        let knows = sees || who == "borrower";
        assert_eq!(page.contains(HIDDEN), knows, "{who}: group page");

        // Her item: the item shows, the owner's name only to those who may know her (the
        // borrower shared a loan with her).
        let page = b.get(&format!("/items/{}", cast.ladder)).await.body;
        assert!(page.contains("Tall ladder"));
        assert_eq!(page.contains(HIDDEN), knows, "{who}");
        let list = b.get("/items").await.body;
        assert_eq!(list.contains(HIDDEN), knows, "{who}");

        // The home page (newest items, top of the boards) follows the profile rule.
        let home = b.get("/").await.body;
        assert!(home.contains("Tall ladder"), "{who}");
        assert_eq!(home.contains(HIDDEN), sees, "{who}: home");
    }
    // The loan page names both people to each other.
    let loans = cast.borrower.get("/loans").await.body;
    assert!(
        loans.contains(HIDDEN),
        "the borrower's loans name the lender"
    );
}

#[tokio::test]
async fn lenders_borrowers_opens_to_loan_partners_and_off_the_boards_hides_the_name_there_only() {
    let cast = Cast::new().await;
    let annika = &cast.annika;
    // The choice is in the account page, explained, with a preview.
    let account = annika.get("/account").await.body;
    assert!(account.contains("Who can see my profile and my name"));
    assert!(
        account.contains("value=\"private\" checked"),
        "new accounts start private"
    );
    assert!(account.contains("What others see now"));
    let saved = annika
        .post("/account/privacy", &[("visibility", "lenders_borrowers")])
        .await;
    saved.assert_redirect("/account#privacy-h");
    for ((who, b), sees) in cast.viewers().into_iter().zip(LENDERS_BORROWERS) {
        let (status, _) = json(b, "/api/users/annika").await;
        assert_eq!(status == StatusCode::OK, sees, "{who}");
        let (_, boards) = json(b, "/api/leaderboards").await;
        let row = row_with_score(&boards, "lending", 10);
        assert_eq!(row["username"] == HIDDEN, sees, "{who}: {row}");
    }

    // Public, but off the boards: her profile is anyone's, her board rows nobody's name but
    // hers (and staff's).
    let saved = annika
        .post(
            "/account/privacy",
            &[("visibility", "public"), ("off_boards", "on")],
        )
        .await;
    saved.assert_redirect("/account#privacy-h");
    assert!(annika
        .get("/account")
        .await
        .body
        .contains("name=\"off_boards\" checked"));
    for (who, b) in cast.viewers() {
        let (status, _) = json(b, "/api/users/annika").await;
        assert_eq!(status, StatusCode::OK, "{who}: public profile");
        let (_, boards) = json(b, "/api/leaderboards").await;
        let row = row_with_score(&boards, "lending", 10);
        let named = who == "herself" || who == "staff";
        assert_eq!(row["username"] == HIDDEN, named, "{who}: {row}");
        assert_eq!(row["rank"], 1);
        // Elsewhere (a badge's earners) her name shows: only the boards leave her off.
        let (_, badge) = json(b, "/api/badges/good-neighbour").await;
        assert_eq!(badge["recent_earners"][0]["username"], HIDDEN, "{who}");
        // Her profile's ranks would name her rows: others get none.
        let (_, profile) = json(b, "/api/users/annika").await;
        assert_eq!(profile["ranks"].is_null(), !named, "{who}: {profile}");
        let page = b.get("/users/annika").await.body;
        assert_eq!(
            page.contains("chose to stay off the boards"),
            !named,
            "{who}"
        );
    }
    // The data download says what she chose.
    let data: Value = serde_json::from_str(&annika.get("/account/data").await.body).unwrap();
    assert_eq!(data["account"]["profile_visibility"], "public");
    assert_eq!(data["account"]["show_on_boards"], false);
}

#[tokio::test]
async fn bad_privacy_posts_are_refused_and_change_nothing() {
    let cast = Cast::new().await;
    let before = cast.app.read().privacy_of(cast.annika_id).unwrap();
    // A value that is no choice.
    let page = cast
        .annika
        .post("/account/privacy", &[("visibility", "everyone")])
        .await;
    assert_eq!(page.status, StatusCode::BAD_REQUEST);
    assert!(page.body.contains("Choose who can see your profile"));
    // No CSRF token: a forged form from another site.
    let page = cast
        .annika
        .post_raw("/account/privacy", &[("visibility", "public")])
        .await;
    assert_eq!(page.status, StatusCode::FORBIDDEN);
    // Anonymous.
    let page = cast
        .anonymous
        .post("/account/privacy", &[("visibility", "public")])
        .await;
    assert_eq!(page.status, StatusCode::UNAUTHORIZED);
    assert_eq!(cast.app.read().privacy_of(cast.annika_id).unwrap(), before);
    let (status, _) = json(&cast.anonymous, "/api/users/annika").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_change_of_mind_shows_at_once_on_every_cached_page() {
    let cast = Cast::new().await;
    let anon = &cast.anonymous;
    // Fill the caches with her nameless.
    for path in [
        "/api/leaderboards",
        "/leaderboards",
        "/api/badges/good-neighbour",
        "/",
    ] {
        assert!(!anon.get(path).await.body.contains(HIDDEN), "{path}");
    }
    cast.annika
        .post("/account/privacy", &[("visibility", "public")])
        .await
        .assert_redirect("/account#privacy-h");
    for path in [
        "/api/leaderboards",
        "/leaderboards",
        "/api/badges/good-neighbour",
        "/badges/good-neighbour",
        "/",
        "/api/users/annika",
        "/users/annika",
    ] {
        let page = anon.get(path).await;
        assert_eq!(page.status, StatusCode::OK, "{path}");
        assert!(page.body.contains(HIDDEN), "{path} names her now");
    }
    // A new name shows at once too (the boards' rows carry it).
    cast.annika
        .post(
            "/account/profile",
            &[
                ("first_name", "Anni"),
                ("last_name", "K."),
                ("email", "annika@example.org"),
            ],
        )
        .await
        .assert_redirect("/account");
    let (_, boards) = json(anon, "/api/leaderboards").await;
    assert_eq!(
        row_with_score(&boards, "lending", 10)["display_name"],
        "Anni K."
    );
    // And back: gone again at once.
    cast.annika
        .post("/account/privacy", &[("visibility", "private")])
        .await
        .assert_redirect("/account#privacy-h");
    for path in [
        "/api/leaderboards",
        "/leaderboards",
        "/api/badges/good-neighbour",
        "/",
    ] {
        assert!(!anon.get(path).await.body.contains(HIDDEN), "{path}");
    }
    assert_eq!(
        anon.get("/users/annika").await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn a_profile_shows_the_reviews_received_and_the_items_the_viewer_may_see() {
    let cast = Cast::new().await;
    let boris = cast.app.user_id("boris");
    let loan = cast.app.read().loans_of(boris).unwrap()[0];
    cast.app
        .ok(
            Actor::User(boris),
            comuniza::store::commands::ReviewLoan {
                loan,
                rating: 4,
                comment: "Sturdy <b>ladder</b>, lent with a smile".into(),
            },
        )
        .await;
    let page = cast.neighbour.get("/users/annika").await.body;
    assert!(
        page.contains("Reviews received <span class=\"muted\">(1)</span>"),
        "{page}"
    );
    assert!(page.contains("Sturdy &lt;b&gt;ladder&lt;/b&gt;, lent with a smile"));
    assert!(page.contains("★★★★☆"));
    // Boris is public: named and linked.
    assert!(
        page.contains("from <a class=\"person\" href=\"/users/boris\">"),
        "{page}"
    );
    assert!(page.contains("Tall ladder"), "her item, public");
    // Boris's own profile: the review he gave is not among those he received.
    let his = cast.neighbour.get("/users/boris").await.body;
    assert!(his.contains("Reviews received <span class=\"muted\">(0)</span>"));
}
