//! Feedback after every action (issue 15): a one-time message on the page the form leads to,
//! gone on the next one, and a badge celebrated with its medal and what it is for.

use reqwest::StatusCode;

use crate::browser::{site_with_admin, Browser};

/// Follows a redirect as a browser does, answering the page it leads to.
async fn follow(b: &Browser, page: crate::browser::Page) -> String {
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    let to = page.location.clone().expect("a redirect");
    b.get(&to).await.body
}

/// The home page fetched by `b` with a `Cookie` header written by hand (a forged one).
async fn home_with_cookie(b: &Browser, app: &crate::helpers::TestApp, cookie: &str) -> String {
    let res = b
        .client
        .get(format!("{}/", app.base))
        .header("Cookie", cookie);
    res.send().await.unwrap().text().await.unwrap()
}

fn said(body: &str) -> Option<String> {
    let at = body.find("class=\"flash")?;
    let end = body[at..].find("</div>")? + at;
    Some(body[at..end].to_string())
}

#[tokio::test]
async fn each_action_says_what_it_did_once() {
    let (app, _admin) = site_with_admin().await;
    // A new member is welcomed, on the page sign-up leads to, and only there.
    let ana = Browser::new(&app);
    let page = ana
        .post(
            "/signup",
            &[
                ("username", "ana"),
                ("email", "ana@example.org"),
                ("password", "password-ana"),
                ("password2", "password-ana"),
            ],
        )
        .await;
    let first = follow(&ana, page).await;
    assert!(said(&first)
        .unwrap()
        .contains("Welcome! Your account is ready"));
    assert_eq!(said(&ana.get("/groups").await.body), None, "said once");
    assert!(ana.get("/").await.body.contains("<h1>Welcome, ana</h1>"));

    // Sharing an item.
    let page = ana
        .post(
            "/items/new",
            &[
                ("title", "Ladder"),
                ("description", ""),
                ("condition", "good"),
                ("status", "available"),
                ("max_loan_days", "7"),
                ("visibility", "public"),
            ],
        )
        .await;
    let item_path = page.location.clone().expect("to the item");
    let shown = follow(&ana, page).await;
    assert!(
        said(&shown).unwrap().contains("Your item is shared."),
        "{shown}"
    );

    // A loan's steps, each in the words of the one who took it.
    let bob = Browser::sign_up(&app, "bob").await;
    let page = bob
        .post(&format!("{item_path}/request"), &[("message", "")])
        .await;
    let loan_page = follow(&bob, page).await;
    assert!(said(&loan_page).unwrap().contains("Your request is sent"));
    let loan = app.read().loans_of(app.user_id("bob")).unwrap()[0];
    let page = ana.post(&format!("/loans/{loan}/approve"), &[]).await;
    assert!(said(&follow(&ana, page).await)
        .unwrap()
        .contains("You said yes"));
    let page = ana.post(&format!("/loans/{loan}/hand_over"), &[]).await;
    assert!(said(&follow(&ana, page).await)
        .unwrap()
        .contains("Handed over"));
    let page = ana
        .post(&format!("/loans/{loan}/confirm_return"), &[])
        .await;
    assert!(said(&follow(&ana, page).await)
        .unwrap()
        .contains("The item is back"));
    let page = ana
        .post(
            &format!("/loans/{loan}/review"),
            &[("rating", "5"), ("comment", "Careful borrower")],
        )
        .await;
    assert!(said(&follow(&ana, page).await)
        .unwrap()
        .contains("Thank you for your review"));

    // Joining a group.
    app.group(
        app.user_id("bob"),
        "Open Shed",
        comuniza::domain::choice::Privacy::Public,
        "Lyon",
        "",
    )
    .await;
    let page = ana.post("/groups/open-shed/join", &[]).await;
    assert!(said(&follow(&ana, page).await)
        .unwrap()
        .contains("You are a member"));
    // A forged cookie of another kind is nothing.
    let res = home_with_cookie(&Browser::new(&app), &app, "flash=<script>alert(1)</script>").await;
    assert_eq!(said(&res), None);
}

#[tokio::test]
async fn a_badge_earned_is_celebrated_with_its_medal_and_what_it_is_for() {
    let (app, _admin) = site_with_admin().await;
    app.badge("joiner", 5, "group_joined", Some(1), "{}").await;
    let ana = Browser::sign_up(&app, "ana").await;
    let owner = app.user("olga").await;
    app.group(
        owner,
        "Open Shed",
        comuniza::domain::choice::Privacy::Public,
        "Lyon",
        "",
    )
    .await;
    let page = ana.post("/groups/open-shed/join", &[]).await;
    let body = follow(&ana, page).await;
    let box_ = said(&body).expect("a celebration");
    assert!(box_.contains("You earned a badge: joiner"), "{box_}");
    assert!(box_.contains("The joiner badge"), "what it is for: {box_}");
    assert!(box_.contains("href=\"/badges/joiner\""));
    assert!(box_.contains("class=\"medal"), "its medal: {box_}");
    assert!(
        box_.contains("⭐"),
        "the icon staff chose (fas fa-star): {box_}"
    );
    // Said once: the next page celebrates nothing.
    assert_eq!(said(&ana.get("/").await.body), None);
}

#[tokio::test]
async fn refusals_speak_in_the_forms_words_and_counts_agree_with_their_nouns() {
    let (app, _admin) = site_with_admin().await;
    let ana = Browser::sign_up(&app, "ana").await;
    let page = ana
        .post(
            "/items/new",
            &[
                ("title", "Ladder"),
                ("description", ""),
                ("condition", "good"),
                ("status", "available"),
                ("max_loan_days", "0"),
                ("visibility", "public"),
            ],
        )
        .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        page.body.contains("Longest loan: choose 1 to 365 days"),
        "{}",
        page.body
    );
    assert!(!page.body.contains("max_loan_days:"));
    // One of each on the home page: "1 member", not "1 members".
    let home = Browser::new(&app).get("/").await.body;
    assert!(home.contains("<strong>0</strong>items"), "{home}");
    assert!(!home.contains("<strong>1</strong>members"));
}

#[tokio::test]
async fn a_forged_cookie_shows_no_badge_to_someone_who_did_not_earn_it() {
    let (app, _admin) = site_with_admin().await;
    let mut secret = crate::helpers::badge_fields("hidden-gem", 5);
    secret.is_secret = true;
    let id = app
        .ok(
            comuniza::store::commands::Actor::System,
            comuniza::store::commands::CreateBadge(secret),
        )
        .await;
    let ana = Browser::sign_up(&app, "ana").await;
    for b in [&Browser::new(&app), &ana] {
        let res = home_with_cookie(b, &app, &format!("flash=badge-{id}")).await;
        assert!(!res.contains("hidden gem"), "a secret badge's name leaked");
        assert_eq!(said(&res), None);
    }
}
