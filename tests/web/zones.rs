//! Time zones (issue 15): the site's, chosen by staff, and a member's own, in their account.
//! Instants on a member's pages read in their zone, shared pages in the site's; a zone the
//! database does not know is refused and changes nothing.

use comuniza::domain::zone::Zone;
use reqwest::StatusCode;

use crate::browser::{site_with_admin, Browser};

const SITE_TEXTS: [(&str, &str); 3] = [
    ("site_name", "Barrio"),
    ("site_tagline", ""),
    ("welcome_message", ""),
];

fn with_zone(zone: &str) -> Vec<(&str, &str)> {
    let mut f = SITE_TEXTS.to_vec();
    f.push(("time_zone", zone));
    f
}

#[tokio::test]
async fn the_site_and_each_member_read_times_in_their_own_zone() {
    let (app, admin) = site_with_admin().await;
    let ana = Browser::sign_up(&app, "ana").await;
    let joined = app
        .read()
        .user(app.user_id("ana"))
        .unwrap()
        .unwrap()
        .date_joined;
    // UTC until staff choose: the admin's list of members says so.
    let users = admin.get("/admin/users").await.body;
    assert!(
        users.contains(&comuniza::i18n::numbers::when(
            comuniza::i18n::Lang::En,
            &Zone::default(),
            joined
        )),
        "{users}"
    );

    // Tokyo for the site (no summer time: the same words all year).
    admin
        .post("/admin/settings", &with_zone("Asia/Tokyo"))
        .await
        .assert_redirect("/admin/settings");
    let tokyo = Zone::named("Asia/Tokyo").unwrap();
    let users = admin.get("/admin/users").await.body;
    assert!(
        users.contains(&comuniza::i18n::numbers::when(
            comuniza::i18n::Lang::En,
            &tokyo,
            joined
        )) && users.contains(" JST"),
        "{users}"
    );
    assert!(!users.contains(" UTC</td>"), "{users}");
    let settings = admin.get("/admin/settings").await.body;
    assert!(
        settings.contains("<option selected>Asia/Tokyo</option>"),
        "{settings}"
    );
    // The shared profile page was cached before: it now reads in Tokyo's days.
    let profile = Browser::new(&app).get("/users/ana").await.body;
    assert!(
        profile.contains(&format!(
            "member since {}",
            comuniza::i18n::numbers::day_in(comuniza::i18n::Lang::En, &tokyo, joined)
        )),
        "{profile}"
    );

    // Ana keeps the site's until she chooses Mexico City; then her pages read in it.
    let account = ana.get("/account").await.body;
    assert!(
        account.contains("The site&#39;s (Asia/Tokyo)")
            || account.contains("The site's (Asia/Tokyo)"),
        "{account}"
    );
    assert!(account.contains(" JST</strong> there"), "{account}");
    ana.post(
        "/account/time-zone",
        &[("time_zone", "America/Mexico_City")],
    )
    .await
    .assert_redirect("/account#zone-h");
    let account = ana.get("/account").await.body;
    assert!(
        account.contains("<option selected>America/Mexico_City</option>"),
        "{account}"
    );
    assert!(account.contains(" CST</strong> there"), "{account}");
    assert_eq!(
        app.read()
            .time_zone_of(app.user_id("ana"))
            .unwrap()
            .as_deref(),
        Some("America/Mexico_City")
    );
    // The admin still reads Tokyo: a member's choice is theirs.
    assert!(admin.get("/admin/users").await.body.contains(" JST"));
    // Back to the site's.
    ana.post("/account/time-zone", &[("time_zone", "")])
        .await
        .assert_redirect("/account#zone-h");
    assert_eq!(app.read().time_zone_of(app.user_id("ana")).unwrap(), None);
}

#[tokio::test]
async fn an_unknown_zone_or_a_stranger_changes_nothing() {
    let (app, admin) = site_with_admin().await;
    let ana = Browser::sign_up(&app, "ana").await;
    // Unknown, or an alias the lists do not offer (a form could not show it as chosen).
    for bad in [
        "Mars/Olympus_Mons",
        "../../../etc/passwd",
        "UTC+25",
        "US/Pacific",
        "localtime",
    ] {
        let page = ana.post("/account/time-zone", &[("time_zone", bad)]).await;
        assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY, "{bad}");
        assert!(
            page.body.contains("choose a time zone from the list"),
            "{}",
            page.body
        );
        let page = admin.post("/admin/settings", &with_zone(bad)).await;
        assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY, "{bad}");
        assert!(
            page.body.contains("choose a time zone from the list"),
            "{}",
            page.body
        );
    }
    assert_eq!(app.read().time_zone_of(app.user_id("ana")).unwrap(), None);
    assert_eq!(app.read().setting("time_zone").unwrap(), None);
    assert_eq!(
        app.read().setting("site_name").unwrap(),
        None,
        "no setting saved"
    );
    // A member may not set the site's; a visitor has no zone to set; a forged form is refused.
    let page = ana.post("/admin/settings", &with_zone("Asia/Tokyo")).await;
    assert_eq!(page.status, StatusCode::FORBIDDEN);
    let visitor = Browser::new(&app);
    let page = visitor
        .post("/account/time-zone", &[("time_zone", "Asia/Tokyo")])
        .await;
    assert_eq!(page.status, StatusCode::UNAUTHORIZED);
    let page = ana
        .post_raw("/account/time-zone", &[("time_zone", "Asia/Tokyo")])
        .await;
    assert_eq!(page.status, StatusCode::FORBIDDEN);
    assert_eq!(app.read().time_zone_of(app.user_id("ana")).unwrap(), None);
    assert_eq!(app.read().setting("time_zone").unwrap(), None);
}
