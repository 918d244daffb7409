//! Invitations to groups (issue 14): links with an expiry, a number of uses and a way to
//! withdraw them; invitations by username, accepted or declined in the account; a private
//! group that stays invisible to everyone else. Every refusal changes nothing.

use reqwest::StatusCode;

use crate::browser::{site_with_admin, Browser};
use crate::helpers::TestApp;

const GROUP: &str = "/groups/secret-circle";

/// Ana's private group, made through the form.
async fn private_group(app: &TestApp) -> Browser {
    let ana = Browser::sign_up(app, "ana").await;
    let page = ana
        .post(
            "/groups/new",
            &[
                ("name", "Secret Circle"),
                ("description", "We lend each other our best tools."),
                ("privacy", "private"),
                ("city", "Lyon"),
                ("state", ""),
                ("country", "France"),
                ("latitude", ""),
                ("longitude", ""),
            ],
        )
        .await;
    page.assert_redirect(GROUP);
    ana
}

/// Makes a link as `admin` and answers its path (`/invite/CODE`), the newest on the page.
async fn make_link(admin: &Browser, days: &str, uses: &str) -> String {
    let page = admin
        .post(
            &format!("{GROUP}/invites"),
            &[("days", days), ("max_uses", uses)],
        )
        .await;
    page.assert_redirect(&format!("{GROUP}#invites-h"));
    let body = admin.get(GROUP).await.body;
    let at = body
        .find("href=\"/invite/")
        .expect("the new link is listed")
        + 6;
    body[at..].split('"').next().unwrap().to_string()
}

fn is_member(app: &TestApp, name: &str) -> bool {
    let snap = app.read();
    let group = snap.group_id_by_slug("secret-circle").unwrap().unwrap();
    let user = snap.user_id_by_username(name).unwrap().unwrap();
    snap.membership(group, user)
        .unwrap()
        .is_some_and(|m| m.status == comuniza::domain::choice::MemberStatus::Active)
}

#[tokio::test]
async fn a_link_brings_a_newcomer_through_sign_up_into_a_private_group() {
    let (app, _admin) = site_with_admin().await;
    let ana = private_group(&app).await;
    let anonymous = Browser::new(&app);
    // Invisible to everyone else, before and after.
    assert_eq!(anonymous.get(GROUP).await.status, StatusCode::NOT_FOUND);
    let link = make_link(&ana, "7", "2").await;
    let page = anonymous.get(&link).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Secret Circle"));
    assert!(page.body.contains("We lend each other our best tools."));
    let signup = format!("/signup?next={}", link.replace('/', "%2F"));
    assert!(page.body.contains(&signup), "{}", page.body);

    // Dora signs up from the link and comes back to it, then joins.
    let mut dora = Browser::new(&app);
    let form = dora.get(&signup).await.body;
    assert!(form.contains(&format!("name=\"next\" value=\"{link}\"")));
    let page = dora
        .post(
            "/signup",
            &[
                ("username", "dora"),
                ("email", "dora@example.org"),
                ("password", "password-dora"),
                ("password2", "password-dora"),
                ("next", &link),
            ],
        )
        .await;
    page.assert_redirect(&link);
    dora.password = "password-dora".into();
    assert!(dora.get(&link).await.body.contains("Join Secret Circle"));
    dora.post(&link, &[]).await.assert_redirect(GROUP);
    assert!(is_member(&app, "dora"));
    assert_eq!(dora.get(GROUP).await.status, StatusCode::OK);
    assert!(dora.get(&link).await.body.contains("You are a member"));
    // Joining twice is refused and counts nothing.
    let again = dora.post(&link, &[]).await;
    assert_eq!(again.status, StatusCode::CONFLICT);
    assert!(again.body.contains("already a member"));

    // Eve uses the second and last place; Finn finds it used up.
    let eve = Browser::sign_up(&app, "eve").await;
    eve.post(&link, &[]).await.assert_redirect(GROUP);
    assert!(ana.get(GROUP).await.body.contains("2 of 2"));
    let finn = Browser::sign_up(&app, "finn").await;
    let page = finn.get(&link).await;
    assert_eq!(page.status, StatusCode::GONE);
    assert!(page.body.contains("used as many times as it allows"));
    assert!(
        !page.body.contains("Secret Circle"),
        "a dead link shows nothing"
    );
    assert_eq!(finn.post(&link, &[]).await.status, StatusCode::GONE);
    assert!(!is_member(&app, "finn"));
    assert_eq!(finn.get(GROUP).await.status, StatusCode::NOT_FOUND);
    // The group is in no one else's list.
    assert!(!finn.get("/groups").await.body.contains("Secret Circle"));
}

#[tokio::test]
async fn admins_withdraw_links_and_only_admins_make_them() {
    let (app, _admin) = site_with_admin().await;
    let ana = private_group(&app).await;
    let link = make_link(&ana, "30", "0").await;
    assert!(ana.get(GROUP).await.body.contains("(no limit)"));
    let bob = Browser::sign_up(&app, "bob").await;
    bob.post(&link, &[]).await.assert_redirect(GROUP);

    // Bob, a plain member, may not make or withdraw links; nor may anyone outside.
    let code = link.trim_start_matches("/invite/");
    for (who, b, status) in [
        ("member", &bob, StatusCode::FORBIDDEN),
        ("anonymous", &Browser::new(&app), StatusCode::UNAUTHORIZED),
    ] {
        let made = b
            .post(
                &format!("{GROUP}/invites"),
                &[("days", "7"), ("max_uses", "5")],
            )
            .await;
        assert_eq!(made.status, status, "{who}");
        let revoked = b.post(&format!("{GROUP}/invites/{code}/revoke"), &[]).await;
        assert!(
            revoked.status.is_client_error(),
            "{who}: {}",
            revoked.status
        );
    }
    // A forged form.
    let forged = ana
        .post_raw(
            &format!("{GROUP}/invites"),
            &[("days", "7"), ("max_uses", "5")],
        )
        .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    // Values out of range, each with its reason.
    for (days, uses, said) in [
        ("0", "5", "Days: must be 1 to 90"),
        ("91", "5", "Days: must be 1 to 90"),
        ("7", "1001", "For how many people: must be at most 1,000"),
        ("7", "many", "For how many people: must be a whole number"),
    ] {
        let page = ana
            .post(
                &format!("{GROUP}/invites"),
                &[("days", days), ("max_uses", uses)],
            )
            .await;
        assert!(
            page.status.is_client_error(),
            "{days}/{uses}: {}",
            page.status
        );
        assert!(page.body.contains(said), "{said}: {}", page.body);
    }
    assert_eq!(app.read().invite_links_of(group(&app)).unwrap().len(), 1);

    // Promoted, Bob may; then Ana withdraws his link and it lets no one in.
    ana.post(&format!("{GROUP}/members/bob/promote"), &[])
        .await
        .assert_redirect(GROUP);
    let his = make_link(&bob, "1", "1").await;
    let his_code = his.trim_start_matches("/invite/");
    ana.post(&format!("{GROUP}/invites/{his_code}/revoke"), &[])
        .await
        .assert_redirect(&format!("{GROUP}#invites-h"));
    let cara = Browser::sign_up(&app, "cara").await;
    let page = cara.get(&his).await;
    assert_eq!(page.status, StatusCode::GONE);
    assert!(page.body.contains("withdrawn"));
    assert_eq!(cara.post(&his, &[]).await.status, StatusCode::GONE);
    assert!(!is_member(&app, "cara"));
    // What an admin made stops working when they stop being one.
    let another = make_link(&bob, "7", "0").await;
    ana.post(&format!("{GROUP}/members/bob/demote"), &[])
        .await
        .assert_redirect(GROUP);
    assert_eq!(cara.get(&another).await.status, StatusCode::GONE);
    assert!(!is_member(&app, "cara"));
    // A removed member is out; a banned one cannot come back by a link.
    ana.post(&format!("{GROUP}/members/bob/ban"), &[])
        .await
        .assert_redirect(GROUP);
    let page = bob.get(&link).await;
    assert!(page.body.contains("You cannot join this group"));
    assert_eq!(bob.post(&link, &[]).await.status, StatusCode::FORBIDDEN);
    assert_eq!(bob.get(GROUP).await.status, StatusCode::NOT_FOUND);
    // An unknown code is an unknown page.
    assert_eq!(
        cara.get("/invite/not-a-real-code-at-all").await.status,
        StatusCode::NOT_FOUND
    );
}

fn group(app: &TestApp) -> comuniza::domain::records::GroupId {
    app.read()
        .group_id_by_slug("secret-circle")
        .unwrap()
        .unwrap()
}

#[tokio::test]
async fn a_member_invited_by_name_accepts_or_declines_in_their_account() {
    let (app, _admin) = site_with_admin().await;
    let ana = private_group(&app).await;
    let bob = Browser::sign_up(&app, "bob").await;
    let cara = Browser::sign_up(&app, "cara").await;
    for name in ["bob", "cara"] {
        ana.post(&format!("{GROUP}/invitations"), &[("username", name)])
            .await
            .assert_redirect(&format!("{GROUP}#invites-h"));
    }
    // Refused: twice, an unknown name, someone already in.
    let twice = ana
        .post(&format!("{GROUP}/invitations"), &[("username", "bob")])
        .await;
    assert_eq!(twice.status, StatusCode::CONFLICT);
    let nobody = ana
        .post(&format!("{GROUP}/invitations"), &[("username", "nobody")])
        .await;
    assert_eq!(nobody.status, StatusCode::NOT_FOUND);
    let herself = ana
        .post(&format!("{GROUP}/invitations"), &[("username", "ana")])
        .await;
    assert_eq!(herself.status, StatusCode::CONFLICT);
    // Only an admin invites; anyone else learns nothing, not even whether a name exists.
    let by_cara = cara
        .post(&format!("{GROUP}/invitations"), &[("username", "bob")])
        .await;
    assert_eq!(
        by_cara.status,
        StatusCode::NOT_FOUND,
        "she cannot even see it"
    );
    let olga = Browser::sign_up(&app, "olga").await;
    olga.post(
        "/groups/new",
        &[
            ("name", "Open Shed"),
            ("description", ""),
            ("privacy", "public"),
            ("city", "Lyon"),
            ("state", ""),
            ("country", "France"),
            ("latitude", ""),
            ("longitude", ""),
        ],
    )
    .await
    .assert_redirect("/groups/open-shed");
    cara.post("/groups/open-shed/join", &[])
        .await
        .assert_redirect("/groups/open-shed");
    for name in ["nobody-by-that-name", "ana"] {
        let probe = cara
            .post("/groups/open-shed/invitations", &[("username", name)])
            .await;
        assert_eq!(probe.status, StatusCode::FORBIDDEN, "{name}");
        assert!(!probe.body.contains("not found"), "{name}");
    }

    // Bob sees it on his account page and on the home page, and accepts.
    let account = bob.get("/account").await.body;
    assert!(account.contains("Invitations to groups") && account.contains("Secret Circle"));
    let home = bob.get("/").await.body;
    assert!(home.contains("You are invited to join Secret Circle by ana."));
    let g = group(&app).0;
    bob.post(&format!("/account/invitations/{g}/accept"), &[])
        .await
        .assert_redirect(GROUP);
    assert!(is_member(&app, "bob"));
    assert!(!bob
        .get("/account")
        .await
        .body
        .contains("Invitations to groups"));
    // Cara declines: not a member, and the invitation is gone.
    cara.post(&format!("/account/invitations/{g}/decline"), &[])
        .await
        .assert_redirect("/account");
    assert!(!is_member(&app, "cara"));
    let again = cara
        .post(&format!("/account/invitations/{g}/accept"), &[])
        .await;
    assert_eq!(
        again.status,
        StatusCode::NOT_FOUND,
        "no invitation to accept"
    );
    assert!(!is_member(&app, "cara"));
    // Withdrawn before an answer: Dora finds nothing to accept.
    let dora = Browser::sign_up(&app, "dora").await;
    ana.post(&format!("{GROUP}/invitations"), &[("username", "dora")])
        .await
        .assert_redirect(&format!("{GROUP}#invites-h"));
    ana.post(&format!("{GROUP}/invitations/dora/withdraw"), &[])
        .await
        .assert_redirect(&format!("{GROUP}#invites-h"));
    assert!(!dora.get("/account").await.body.contains("Secret Circle"));
    assert_eq!(
        dora.post(&format!("/account/invitations/{g}/accept"), &[])
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    app.verify_clean();
}

/// An invitation accepted after its group closed is refused on the page the member answered
/// from, which still shows what it showed, rather than on an error page that leads away.
#[tokio::test]
async fn an_invitation_to_a_closed_group_is_refused_on_the_account_page() {
    use comuniza::store::commands::{Actor, SetGroupActive};
    let (app, _admin) = site_with_admin().await;
    let ana = private_group(&app).await;
    let bob = Browser::sign_up(&app, "bob").await;
    ana.post(&format!("{GROUP}/invitations"), &[("username", "bob")])
        .await
        .assert_redirect(&format!("{GROUP}#invites-h"));
    let g = group(&app).0;
    let owner = app.user_id("ana");
    app.ok(
        Actor::User(owner),
        SetGroupActive {
            group: group(&app),
            active: false,
        },
    )
    .await;
    let page = bob
        .post_from("/account", &format!("/account/invitations/{g}/accept"), &[])
        .await;
    assert_eq!(page.status, StatusCode::CONFLICT);
    assert!(
        page.body.contains("<p>This group is closed.</p>")
            && page.body.contains("<h1>Your account</h1>")
            && !page.body.contains("Back to the start"),
        "{}",
        page.body
    );
    assert!(!is_member(&app, "bob"));
    // Without the page it came from, or from a page elsewhere, an API address or a page the
    // member may not open (never fetched for them), the error page says it.
    for from in ["", "http://elsewhere.example/account", "/api/me", "/admin"] {
        let path = format!("/account/invitations/{g}/accept");
        let page = if from.is_empty() {
            bob.post(&path, &[]).await
        } else {
            bob.post_from(from, &path, &[]).await
        };
        assert_eq!(page.status, StatusCode::CONFLICT, "{from}");
        assert!(
            page.body.contains("<h1>409 · Conflict</h1>")
                && page.body.contains("This group is closed"),
            "{from}: {}",
            page.body
        );
    }
}

/// The group page that lists its invitation links (secrets, beside names members chose) goes
/// out uncompressed, so its length cannot be probed for them (BREACH); other pages are
/// compressed.
#[tokio::test]
async fn the_page_with_invitation_links_is_never_compressed() {
    let (app, _admin) = site_with_admin().await;
    let ana = private_group(&app).await;
    let link = make_link(&ana, "7", "10").await;
    let fetch = |path: &str| {
        ana.client
            .get(format!("{}{path}", app.base))
            .header("accept-encoding", "gzip, br")
            .send()
    };
    let group = fetch(GROUP).await.unwrap();
    assert_eq!(group.headers().get("content-encoding"), None);
    assert!(group.text().await.unwrap().contains(&link));
    let account = fetch("/account").await.unwrap();
    assert_eq!(account.headers()["content-encoding"], "gzip");
}
