//! The language a page speaks (issue 19): chosen per request from the visitor's switcher
//! cookie, their browser's `Accept-Language`, then the site's setting, among the languages the
//! site offers; cached visitor pages are kept per language.

use comuniza::cache::ViewKey;
use comuniza::http::WebConfig;
use comuniza::i18n::{self, text, Lang};
use reqwest::StatusCode;

use crate::browser::{first_admin, Browser};
use crate::helpers::{spawn_app_with, web_config, TestApp};

/// A site offering `languages` (the first the default), with its first admin.
async fn site(languages: &[Lang]) -> (TestApp, Browser) {
    let config = WebConfig {
        languages: languages.to_vec(),
        ..web_config()
    };
    let app = spawn_app_with(config).await;
    let admin = first_admin(&app).await;
    (app, admin)
}

/// An anonymous request with `headers`, redirects not followed.
async fn visit(app: &TestApp, path: &str, headers: &[(&str, &str)]) -> reqwest::Response {
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let mut req = client.get(format!("{}{path}", app.base));
    for (k, v) in headers {
        req = req.header(*k, *v);
    }
    req.send().await.unwrap()
}

async fn body(app: &TestApp, path: &str, headers: &[(&str, &str)]) -> String {
    let res = visit(app, path, headers).await;
    assert_eq!(res.status(), StatusCode::OK);
    res.text().await.unwrap()
}

/// `browser`'s page at `path`, its browser asking for `languages`.
async fn page_in(app: &TestApp, browser: &Browser, path: &str, languages: &str) -> String {
    let res = browser
        .client
        .get(format!("{}{path}", app.base))
        .header("accept-language", languages);
    res.send().await.unwrap().text().await.unwrap()
}

/// The pages of `visits`, each read by its browser asking for `tag` and answering in it, as
/// one text.
async fn pages_in_language(app: &TestApp, visits: &[(&Browser, String)], tag: &str) -> String {
    let mut all = String::new();
    for (who, path) in visits {
        let page = page_in(app, who, path, tag).await;
        assert_eq!(lang_of(&page), tag, "{path}");
        all.push_str(&page);
    }
    all
}

fn lang_of(page: &str) -> &str {
    let at = page.find("<html lang=\"").expect("a page") + 12;
    &page[at..at + page[at..].find('"').unwrap()]
}

const ES: (&str, &str) = ("accept-language", "es-MX,es;q=0.9,en;q=0.5");

#[tokio::test]
async fn the_browsers_language_is_spoken_when_the_site_offers_it() {
    let (app, _admin) = site(&[Lang::En, Lang::Es, Lang::De]).await;
    let res = visit(&app, "/items", &[ES]).await;
    let vary: Vec<String> = res
        .headers()
        .get_all("vary")
        .iter()
        .map(|v| v.to_str().unwrap().to_string())
        .collect();
    assert!(
        vary.iter().any(|v| v.contains("Accept-Language")),
        "{vary:?}"
    );
    let spanish = res.text().await.unwrap();
    assert_eq!(lang_of(&spanish), "es");
    for said in [
        "Saltar al contenido",
        ">Objetos<",
        ">Clasificaciones<",
        "una biblioteca vecinal",
    ] {
        assert!(spanish.contains(said), "{said} in {spanish}");
    }
    assert!(!spanish.contains(">Leaderboards<"));
    // The switcher lists the offered languages in their own names, the current one chosen.
    assert!(spanish.contains(r#"<form class="language" method="get" action="/language">"#));
    assert!(spanish.contains(r#"<option value="es" lang="es" selected>Español</option>"#));
    assert!(spanish.contains(r#"<option value="de" lang="de">Deutsch</option>"#));
    assert!(!spanish.contains("Français"), "only the offered languages");

    let german = body(
        &app,
        "/items",
        &[("accept-language", "fr, de;q=0.8, es;q=0.5")],
    )
    .await;
    assert_eq!(lang_of(&german), "de", "the best offered one");
    assert!(german.contains(">Bestenlisten<"));
    let english = body(&app, "/items", &[("accept-language", "ja")]).await;
    assert_eq!(lang_of(&english), "en", "none offered: the site's first");
    let none = body(&app, "/items", &[]).await;
    assert_eq!(lang_of(&none), "en");
}

#[tokio::test]
async fn a_cached_page_is_kept_and_revalidated_per_language() {
    let (app, _admin) = site(&[Lang::En, Lang::Es]).await;
    let tag = |res: &reqwest::Response| res.headers()["etag"].to_str().unwrap().to_string();
    let es = visit(&app, "/items", &[ES]).await;
    let es_tag = tag(&es);
    let en = visit(&app, "/items", &[("accept-language", "en")]).await;
    assert_ne!(tag(&en), es_tag, "each language has its own tag");
    assert_eq!(tag(&visit(&app, "/items", &[ES]).await), es_tag, "kept");
    let again = visit(&app, "/items", &[ES, ("if-none-match", &es_tag)]).await;
    assert_eq!(again.status(), StatusCode::NOT_MODIFIED);
    // The Spanish page's tag does not confirm the English page.
    let other = visit(
        &app,
        "/items",
        &[("accept-language", "en"), ("if-none-match", &es_tag)],
    )
    .await;
    assert_eq!(other.status(), StatusCode::OK);
    assert_eq!(lang_of(&other.text().await.unwrap()), "en");
    // A write renews the page in every language it was kept in.
    let l1 = |lang| app.engine.l1.get(&ViewKey::ItemList.html(lang)).is_some();
    assert!(l1(Lang::En) && l1(Lang::Es));
    let ana = app.user("ana").await;
    app.item(ana, "Sourdough starter", vec![]).await;
    assert!(!l1(Lang::En) && !l1(Lang::Es), "evicted in both");
    let es = body(&app, "/items", &[ES]).await;
    assert!(es.contains("Sourdough starter"), "{es}");
    assert_ne!(tag(&visit(&app, "/items", &[ES]).await), es_tag);
}

#[tokio::test]
async fn the_switcher_sets_a_cookie_that_outranks_the_browser() {
    let (app, _admin) = site(&[Lang::En, Lang::Es, Lang::De]).await;
    let referer = format!("{}/groups?page=2", app.base);
    let res = visit(&app, "/language?lang=de", &[("referer", &referer)]).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        res.headers()["location"],
        "/groups?page=2",
        "back where it was"
    );
    let cookie = res.headers()["set-cookie"].to_str().unwrap();
    assert_eq!(
        cookie,
        "comuniza_lang=de; Path=/; Max-Age=31536000; HttpOnly; SameSite=Lax"
    );
    let page = body(&app, "/items", &[ES, ("cookie", "comuniza_lang=de")]).await;
    assert_eq!(lang_of(&page), "de", "the choice wins over the browser");
    // A cookie naming a language not offered (or none at all) is passed over.
    for stale in ["comuniza_lang=fr", "comuniza_lang=xx", "comuniza_lang="] {
        let page = body(&app, "/items", &[ES, ("cookie", stale)]).await;
        assert_eq!(lang_of(&page), "es", "{stale}");
    }
}

#[tokio::test]
async fn the_switcher_refuses_what_is_not_offered_and_never_leaves_the_site() {
    let (app, _admin) = site(&[Lang::En, Lang::Es]).await;
    for asked in ["fr", "xx", "", "es%0d%0aSet-Cookie:%20x=1"] {
        let res = visit(&app, &format!("/language?lang={asked}"), &[ES]).await;
        assert_eq!(res.status(), StatusCode::BAD_REQUEST, "{asked}");
        assert!(res.headers().get("set-cookie").is_none());
        let page = res.text().await.unwrap();
        assert!(
            page.contains("Ese idioma no está disponible aquí."),
            "said in the visitor's language: {page}"
        );
    }
    for referer in [
        "https://elsewhere.example/phish",
        "http://x//elsewhere.example",
    ] {
        let res = visit(&app, "/language?lang=es", &[("referer", referer)]).await;
        assert_eq!(res.headers()["location"], "/", "{referer}");
    }
}

#[tokio::test]
async fn a_site_offering_one_language_has_no_switcher_and_speaks_it() {
    let (app, _admin) = site(&[Lang::En]).await;
    let page = body(&app, "/items", &[ES]).await;
    assert_eq!(lang_of(&page), "en");
    assert!(!page.contains("action=\"/language\""), "no choice to offer");
    let res = visit(&app, "/language?lang=es", &[]).await;
    assert_eq!(res.status(), StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn the_sites_language_is_a_setting_for_visitors_who_ask_for_none() {
    let (app, admin) = site(&[Lang::En, Lang::Es, Lang::De]).await;
    let fields = [
        ("site_name", "Kiez"),
        ("site_tagline", ""),
        ("welcome_message", ""),
        ("language", "de"),
    ];
    admin
        .post("/admin/settings", &fields)
        .await
        .assert_redirect("/admin/settings");
    let page = body(&app, "/items", &[]).await;
    assert_eq!(lang_of(&page), "de");
    assert_eq!(
        lang_of(&body(&app, "/items", &[ES]).await),
        "es",
        "the browser's first"
    );
    // A language the site has but does not offer, and one it has not: refused, unchanged.
    for refused in ["fr", "tlh"] {
        let mut fields = fields;
        fields[3].1 = refused;
        let page = admin.post("/admin/settings", &fields).await;
        assert_eq!(page.status, 422, "{refused}");
        // The staff member reads the site's language, German: so does the refusal.
        assert!(page.body.contains(text(Lang::De, "invalid-language")));
    }
    assert_eq!(lang_of(&body(&app, "/items", &[]).await), "de");
    // None chosen: the first offered again.
    let mut none = fields;
    none[3].1 = "";
    admin
        .post("/admin/settings", &none)
        .await
        .assert_redirect("/admin/settings");
    assert_eq!(lang_of(&body(&app, "/items", &[]).await), "en");
}

#[tokio::test]
async fn a_members_chrome_speaks_their_language_too() {
    let (app, admin) = site(&[Lang::En, Lang::Fr]).await;
    let page = admin.get("/items").await;
    assert_eq!(lang_of(&page.body), "en");
    let french = page_in(&app, &admin, "/items", "fr-CA").await;
    assert_eq!(lang_of(&french), "fr");
    assert!(french.contains(">Se déconnecter<"), "{french}");
    assert!(french.contains("aria-label=\"Notifications, aucune non lue\""));
}

/// `browser`'s page at `path`, asking in Spanish.
async fn in_spanish(app: &TestApp, browser: &Browser, path: &str) -> String {
    page_in(app, browser, path, "es").await
}

#[tokio::test]
async fn a_member_keeps_their_language_in_their_account() {
    let (app, _admin) = site(&[Lang::En, Lang::Es, Lang::De]).await;
    let ana = Browser::sign_up(&app, "ana").await;
    // Their footer's switcher saves it, with the form's token.
    let page = in_spanish(&app, &ana, "/items").await;
    assert!(page.contains(r#"<form class="language" method="post" action="/account/language">"#));
    let account = in_spanish(&app, &ana, "/account").await;
    assert!(
        account.contains("El de mi navegador (si no, el del sitio)"),
        "{account}"
    );
    let saved = ana
        .post_from("/groups", "/account/language", &[("lang", "de")])
        .await;
    saved.assert_redirect("/groups");
    let page = in_spanish(&app, &ana, "/items").await;
    assert_eq!(
        lang_of(&page),
        "de",
        "the account's choice wins over the browser"
    );
    assert!(page.contains(r#"<option value="de" lang="de" selected>Deutsch</option>"#));
    let data: serde_json::Value =
        serde_json::from_str(&ana.get("/account/data").await.body).unwrap();
    assert_eq!(data["account"]["language"], "de", "{data}");
    // Another device (no cookie of theirs but the session) speaks it too; a visitor does not.
    assert_eq!(lang_of(&body(&app, "/items", &[ES]).await), "es");
    // Back to none: the browser's again.
    ana.post_from("/account", "/account/language", &[("lang", "")])
        .await
        .assert_redirect("/account");
    assert_eq!(lang_of(&in_spanish(&app, &ana, "/items").await), "es");
    assert_eq!(app.read().language_of(app.user_id("ana")).unwrap(), None);
}

#[tokio::test]
async fn a_members_language_refuses_what_is_not_offered_and_forged_forms() {
    let (app, _admin) = site(&[Lang::En, Lang::Es]).await;
    let ana = Browser::sign_up(&app, "ana").await;
    for refused in ["fr", "xx", "ES"] {
        let page = ana.post("/account/language", &[("lang", refused)]).await;
        assert_eq!(page.status, 422, "{refused}");
        assert!(
            page.body.contains("That language is not offered here."),
            "{refused}"
        );
    }
    assert_eq!(app.read().language_of(app.user_id("ana")).unwrap(), None);
    // No token, a forged one, or nobody signed in: refused, nothing kept.
    let page = ana.post_raw("/account/language", &[("lang", "es")]).await;
    assert_eq!(page.status, 403);
    let page = ana
        .post_raw("/account/language", &[("csrf", "forged"), ("lang", "es")])
        .await;
    assert_eq!(page.status, 403);
    let visitor = Browser::new(&app);
    let page = visitor.post("/account/language", &[("lang", "es")]).await;
    assert_ne!(page.status, 303);
    assert_eq!(app.read().language_of(app.user_id("ana")).unwrap(), None);
}

/// Messages of the home page, the boards, the lists of items, groups and badges, search and
/// the map, each of which shows on one of them.
const SAMPLE: &[&str] = &[
    "badges-lead",
    "badges-join",
    "groups-see-map",
    "groups-search-label",
    "groups-none",
    "map-heading",
    "map-move",
    "map-near",
    "map-find",
    "map-no-places",
    "region-world",
    "search-label",
    "search-tabs",
    "search-members",
    "items-category",
    "items-all-categories",
    "items-any-status",
    "items-filter",
    "items-condition",
    "status-available",
    "skip-to-content",
    "nav-items",
    "nav-boards",
    "sign-up",
    "footer-about",
    "home-numbers",
    "home-newest",
    "home-where",
    "home-top",
    "home-full-map",
    "home-browse-groups",
    "home-full-boards",
    "home-browse-items",
    "home-join",
    "home-browse",
    "board-rank",
    "board-member",
    "board-lending",
    "board-lending-what",
    "board-reputation-what",
    "boards-title",
    "boards-sign-in-why",
    "map-title",
    "a-member",
];

#[tokio::test]
async fn translated_pages_say_nothing_in_english_in_another_language() {
    let (app, _admin) = site(&Lang::ALL).await;
    let ana = app.user("ana").await;
    let bob = app.private_user("bob").await;
    let item = app.item(ana, "Ladder", vec![]).await;
    app.complete_loan(item, ana, bob).await;
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
        let asked = [("accept-language", lang.tag())];
        let pages = [
            body(&app, "/", &asked).await,
            body(&app, "/leaderboards", &asked).await,
            body(&app, "/items", &asked).await,
            body(&app, "/search?q=ladder", &asked).await,
            body(&app, "/search?q=qqqqqqq", &asked).await,
            body(&app, "/groups/map", &asked).await,
            body(&app, "/groups", &asked).await,
            body(&app, "/badges", &asked).await,
        ];
        assert!(pages.iter().all(|p| lang_of(p) == lang.tag()));
        let all = pages.concat();
        for id in SAMPLE {
            let (english, theirs) = (text(Lang::En, id), text(lang, id));
            assert!(
                all.contains(theirs),
                "{} {id}: {theirs:?} is shown",
                lang.tag()
            );
            if english == theirs {
                continue; // "Points" is French too
            }
            for shown in [
                format!(">{english}<"),
                format!("\"{english}\""),
                format!(" {english}"),
            ] {
                assert!(
                    !all.contains(&shown),
                    "{} {id}: {shown:?} is English",
                    lang.tag()
                );
            }
        }
        let nothing = i18n::format(
            lang,
            "search-nothing-items",
            &[("query", i18n::Arg::Text("qqqqqqq"))],
        );
        assert!(pages[4].contains(&nothing), "{}: {nothing}", lang.tag());
        // Counted things follow the language's plural forms.
        let items = i18n::format(lang, "count-items", &[("count", i18n::Arg::Number(1))]);
        assert!(
            pages[0].contains(&format!("<strong>1</strong>{items}")),
            "{}",
            lang.tag()
        );
    }
}

/// Messages of a member's item page, their items, their loans and a loan's page, each of
/// which shows on one of them.
/// Fails when `all` (pages in `lang`) lacks a sample message's text in `lang`, or holds its
/// English text (when the two differ) as a whole label or after a space.
fn assert_speaks(all: &str, lang: Lang, sample: &[&str]) {
    let tag = lang.tag();
    for id in sample {
        let (english, theirs) = (text(Lang::En, id), text(lang, id));
        assert!(all.contains(theirs), "{tag} {id}: {theirs:?} is shown");
        if english == theirs {
            continue;
        }
        for shown in [format!(">{english}<"), format!(" {english}")] {
            assert!(!all.contains(&shown), "{tag} {id}: {shown:?} is English");
        }
    }
}

const MEMBER_SAMPLE: &[&str] = &[
    "item-loans",
    "item-longest-loan",
    "item-owner",
    "item-who-sees",
    "visibility-public",
    "record-trust",
    "col-borrower",
    "col-asked",
    "col-with",
    "col-when",
    "loans-title",
    "loans-returned",
    "loans-requests",
    "loans-waiting-you",
    "loan-asked-to-answer",
    "loan-lender",
    "loan-handed-over",
    "loan-due-back",
    "review-how",
    "review-send",
    "rating-4",
    "messages-private",
    "messages-write",
    "send",
    "action-approve",
    "action-decline",
    "edit",
    "notices-title",
    "notices-mark-all",
    "item-share",
    "field-title",
    "field-longest-loan",
    "item-groups-shared",
    "item-archive-it",
    "item-save",
    "photos-add",
    "photos-stripped",
];

#[tokio::test]
async fn a_members_item_and_loans_say_nothing_in_english_in_another_language() {
    let (app, _admin) = site(&Lang::ALL).await;
    let ana = Browser::sign_up(&app, "ana").await;
    let ana_id = app.user_id("ana");
    let bob = app.user("bob").await;
    let item = app.item(ana_id, "Ladder", vec![]).await;
    let returned = app.complete_loan(item, ana_id, bob).await;
    let asked = app.request(bob, item).await;
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
        let tag = lang.tag();
        let visits = [
            (&ana, format!("/items/{item}")),
            (&ana, "/my/items".to_string()),
            (&ana, "/loans".to_string()),
            (&ana, format!("/loans/{returned}")),
            (&ana, format!("/loans/{asked}")),
            (&ana, "/notifications".to_string()),
            (&ana, "/items/new".to_string()),
            (&ana, format!("/items/{item}/edit")),
        ];
        let all = pages_in_language(&app, &visits, tag).await;
        assert_speaks(&all, lang, MEMBER_SAMPLE);
        // Sentences with a link inside keep it, in the language's order.
        let waiting = i18n::format(
            lang,
            "loans-waiting-item",
            &[
                ("item", i18n::Arg::Text("\u{1}")),
                ("count", i18n::Arg::Number(1)),
                ("person", i18n::Arg::Text("\u{2}")),
            ],
        );
        let (before_item, rest) = waiting.split_once('\u{1}').unwrap();
        let (between, _) = rest.split_once('\u{2}').unwrap();
        assert!(
            all.contains(&format!(
                "{before_item}<a href=\"/loans/{asked}\">Ladder</a>{between}"
            )),
            "{tag}: {between}"
        );
        // A notification's sentence, the item's title quoted as the language quotes.
        let ladder = i18n::format(
            lang,
            "notice-quoted",
            &[("name", i18n::Arg::Text("Ladder"))],
        );
        let asks = i18n::format(
            lang,
            "notice-loan-request",
            &[
                ("who", i18n::Arg::Text("BOB Tester")),
                ("item", i18n::Arg::Text(&ladder)),
            ],
        );
        assert!(all.contains(&asks), "{tag}: {asks}");
        // Dates as the language writes them.
        let day = comuniza::domain::time::day_of(comuniza::domain::time::now());
        let today = comuniza::i18n::numbers::date(lang, day);
        assert!(all.contains(&today), "{tag}: {today}");
    }
}

/// Message ids of a group's pages, a profile and a badge's progress.
const GROUP_SAMPLE: &[&str] = &[
    "group-members",
    "group-items",
    "group-edit",
    "col-role",
    "col-since",
    "member-pill-owner",
    "member-pill-asks",
    "member-ban",
    "invite-people",
    "invite-make-link",
    "invite-by-name",
    "invite-valid-for",
    "group-who-sees",
    "privacy-request-help",
    "group-where",
    "picker-help",
    "group-archive-title",
    "group-create-lead",
    "request-the-page",
    "profile-in-numbers",
    "figure-items-shared",
    "figure-reviews-received",
    "stat-trust",
    "profile-ranks",
    "profile-yours",
    "profile-no-reviews",
    "progress-yours",
];

#[tokio::test]
async fn a_group_a_profile_and_a_badges_progress_say_nothing_in_english_in_another_language() {
    use comuniza::domain::choice::Privacy;
    use comuniza::store::commands::{Actor, JoinGroup};
    let (app, _admin) = site(&Lang::ALL).await;
    let ana = Browser::sign_up(&app, "ana").await;
    let ana_id = app.user_id("ana");
    let bob = app.user("bob").await;
    let group = app
        .group(ana_id, "Kiez", Privacy::Request, "Berlin", "52.5")
        .await;
    app.ok(Actor::User(bob), JoinGroup { group }).await;
    app.item(ana_id, "Ladder", vec![group]).await;
    app.badge("sharer", 10, "item_shared", Some(3), "{}").await;
    let slug = app.read().group(group).unwrap().unwrap().slug;
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
        let tag = lang.tag();
        let visits = [
            (&ana, format!("/groups/{slug}")),
            (&ana, format!("/groups/{slug}/edit")),
            (&ana, format!("/groups/{slug}/requests/bob")),
            (&ana, "/groups/new".to_string()),
            (&ana, "/users/ana".to_string()),
            (&ana, "/badges/sharer".to_string()),
        ];
        let all = pages_in_language(&app, &visits, tag).await;
        assert_speaks(&all, lang, GROUP_SAMPLE);
        // Counts inside sentences, as the language says them.
        let progress = i18n::format(
            lang,
            "progress-items-shared",
            &[
                ("have", i18n::Arg::Number(1)),
                ("need", i18n::Arg::Number(3)),
            ],
        );
        assert!(all.contains(&progress), "{tag}: {progress}");
        let members = i18n::format(lang, "groups-members", &[("count", i18n::Arg::Number(1))]);
        assert!(all.contains(&members), "{tag}: {members}");
    }
}

/// Message ids of signing in and up, and of a member's account.
const ACCOUNT_SAMPLE: &[&str] = &[
    "signup-title",
    "signup-username-help",
    "field-login",
    "field-new-password",
    "account-title",
    "account-profile",
    "account-save-profile",
    "account-data-download",
    "tokens-title",
    "tokens-none",
    "sessions-sign-out-all",
    "picture-field",
    "privacy-who",
    "profile-partners-help",
    "privacy-col-boards",
    "contact-show",
    "zone-mine",
    "delete-title",
    "delete-items",
    "delete-understand",
    "mail-by-email",
    "mail-kind-due-today",
    "mail-choice-digest",
];

#[tokio::test]
async fn signing_in_and_a_members_account_say_nothing_in_english_in_another_language() {
    let (app, _admin) = site(&Lang::ALL).await;
    let ana = Browser::sign_up(&app, "ana").await;
    let visitor = Browser::new(&app);
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
        let tag = lang.tag();
        let visits = [
            (&visitor, "/signin".to_string()),
            (&visitor, "/signup".to_string()),
            (&ana, "/account".to_string()),
            (&ana, "/account/notifications".to_string()),
        ];
        let all = pages_in_language(&app, &visits, tag).await;
        assert_speaks(&all, lang, ACCOUNT_SAMPLE);
    }
}

/// What the site says of itself (its name, tagline and welcome), as staff wrote it for each
/// language: a Spanish reader sees the Spanish texts, anyone else the texts themselves; an
/// emptied one falls back; a cached home page follows every change; a text too long is
/// refused and changes nothing.
#[tokio::test]
async fn staff_write_the_sites_texts_for_each_language_and_others_fall_back() {
    let (app, admin) = site(&[Lang::En, Lang::Es, Lang::De]).await;
    let save = |name_es: &'static str, tagline_es: &'static str| {
        let admin = &admin;
        async move {
            let fields = [
                ("site_name", "Neighbours"),
                ("site_tagline", "Share instead of buying"),
                ("welcome_message", "Hello!"),
                ("site_name_es", name_es),
                ("site_tagline_es", tagline_es),
                ("welcome_message_es", "¡Hola, vecinos!"),
                ("site_name_de", ""),
            ];
            admin.post("/admin/settings", &fields).await
        }
    };
    save("Vecinos", "Compartir en vez de comprar")
        .await
        .assert_redirect("/admin/settings");
    let spanish = body(&app, "/", &[ES]).await;
    assert!(spanish.contains("· Vecinos</title>"), "{spanish}");
    assert!(spanish.contains("Compartir en vez de comprar"));
    assert!(spanish.contains("¡Hola, vecinos!"));
    assert!(!spanish.contains("Share instead of buying"));
    // German has no texts of its own: the texts themselves, in a German page.
    let german = body(&app, "/", &[("accept-language", "de")]).await;
    assert_eq!(lang_of(&german), "de");
    assert!(german.contains("· Neighbours</title>"), "{german}");
    assert!(german.contains("Share instead of buying") && german.contains("Hello!"));
    // The Spanish tagline emptied: the tagline itself, on the cached page too.
    save("Vecinos", "").await.assert_redirect("/admin/settings");
    let spanish = body(&app, "/", &[ES]).await;
    assert!(spanish.contains("Share instead of buying"), "{spanish}");
    assert!(spanish.contains("¡Hola, vecinos!"));
    // Too long a name in Spanish: refused, and nothing changed.
    let long: &'static str = Box::leak("x".repeat(101).into_boxed_str());
    let page = save(long, "Otra").await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    let spanish = body(&app, "/", &[ES]).await;
    assert!(spanish.contains("· Vecinos</title>"), "unchanged");
    assert!(!spanish.contains("Otra"), "unchanged");
    // A member may not write them.
    let ana = Browser::sign_up(&app, "ana").await;
    let fields = [("site_name_es", "Mío")];
    let page = ana.post("/admin/settings", &fields).await;
    assert!(page.status == StatusCode::FORBIDDEN || page.status == StatusCode::NOT_FOUND);
    assert!(body(&app, "/", &[ES]).await.contains("· Vecinos</title>"));
}

/// A badge's name and description as staff wrote them for a language: on the badge list, the
/// badge's page, a profile and the notification of earning it, for readers of that language
/// only; emptied, the badge's own again; too long, refused with nothing changed; a member
/// may not write them.
#[tokio::test]
async fn a_badge_speaks_each_language_staff_wrote_it_in() {
    let (app, admin) = site(&[Lang::En, Lang::Es, Lang::De]).await;
    let badge = app.badge("sharer", 10, "item_shared", Some(1), "{}").await;
    let texts = format!("/admin/badges/{badge}/texts");
    let write = |name: &'static str| {
        let (admin, texts) = (&admin, texts.clone());
        async move {
            let fields = [
                ("name_es", name),
                ("description_es", "Compartió su primera cosa"),
                ("name_de", ""),
                ("description_de", ""),
            ];
            admin.post(&texts, &fields).await
        }
    };
    write("Compartidora")
        .await
        .assert_redirect(&format!("/admin/badges/{badge}"));
    let edit = admin.get(&format!("/admin/badges/{badge}")).await.body;
    assert!(edit.contains("value=\"Compartidora\""), "{edit}");
    // Ana earns it by sharing, reading the site in Spanish.
    let ana = Browser::sign_up(&app, "ana").await;
    app.item(app.user_id("ana"), "Ladder", vec![]).await;
    let list = body(&app, "/badges", &[ES]).await;
    assert!(
        list.contains("Compartidora") && !list.contains(">sharer<"),
        "{list}"
    );
    let page = body(&app, "/badges/sharer", &[ES]).await;
    assert!(page.contains("<h1>Compartidora</h1>"), "{page}");
    assert!(page.contains("Compartió su primera cosa"));
    let english = body(&app, "/badges/sharer", &[]).await;
    assert!(english.contains("<h1>sharer</h1>") && english.contains("The sharer badge"));
    let profile = page_in(&app, &ana, "/users/ana", "es").await;
    assert!(
        profile.contains("<strong>Compartidora</strong>"),
        "{profile}"
    );
    let inbox = page_in(&app, &ana, "/notifications", "es").await;
    let quoted = i18n::format(
        Lang::Es,
        "notice-quoted",
        &[("name", i18n::Arg::Text("Compartidora"))],
    );
    let earned = i18n::format(
        Lang::Es,
        "notice-badge",
        &[("badge", i18n::Arg::Text(&quoted))],
    );
    assert!(inbox.contains(&earned), "{earned}: {inbox}");
    // German has no words of its own: the badge's.
    let german = body(&app, "/badges/sharer", &[("accept-language", "de")]).await;
    assert!(german.contains("<h1>sharer</h1>"), "{german}");
    // Too long: refused, nothing changed.
    let long: &'static str = Box::leak("x".repeat(101).into_boxed_str());
    let refused = write(long).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body(&app, "/badges/sharer", &[ES])
        .await
        .contains("<h1>Compartidora</h1>"));
    // Emptied: the badge's own name again, its page no longer cached with the old one.
    write("")
        .await
        .assert_redirect(&format!("/admin/badges/{badge}"));
    let page = body(&app, "/badges/sharer", &[ES]).await;
    assert!(page.contains("<h1>sharer</h1>"), "{page}");
    // A member may not write them.
    let page = ana.post(&texts, &[("name_es", "Mía")]).await;
    assert!(page.status == StatusCode::FORBIDDEN || page.status == StatusCode::NOT_FOUND);
    assert!(!body(&app, "/badges/sharer", &[ES]).await.contains("Mía"));
}

/// Message ids of the staff's overview, site settings, users, groups, reports, categories and
/// grants.
const STAFF_SAMPLE: &[&str] = &[
    "admin-overview",
    "admin-badges",
    "admin-badges-about",
    "admin-lead",
    "admin-at-a-glance",
    "start-title",
    "start-badges-standard",
    "settings-site-name",
    "settings-zone",
    "settings-limits",
    "settings-limits-help",
    "limit-items",
    "quota-member",
    "settings-texts-in",
    "settings-save",
    "users-starts-with",
    "users-joined",
    "users-make-staff",
    "users-deactivate",
    "admin-groups-lead",
    "admin-col-place",
    "reports-private",
    "reports-none",
    "categories-lead",
    "categories-new",
    "grants-badge-title",
    "grants-points-help",
    "grants-badge-send",
    "badge-admin-lead",
    "badge-admin-earned",
    "badge-admin-new",
    "badge-admin-slug",
    "badge-admin-active-check",
    "badge-admin-rules-help",
    "badge-admin-triggers",
    "badge-admin-threshold",
    "badge-admin-new-achievement",
    "trigger-item-shared",
    "trigger-by-hand",
    "sys-lead",
    "sys-l1-help",
    "sys-entries-of-capacity",
    "sys-dropped",
    "sys-writer-help",
    "sys-avg-latency",
    "sys-site-bound",
    "sys-avatars",
    "sys-failing",
    "sys-backup-help",
    "sys-backup-download",
];

#[tokio::test]
async fn the_staffs_pages_say_nothing_in_english_in_another_language() {
    use comuniza::domain::choice::Privacy;
    let (app, admin) = site(&Lang::ALL).await;
    let ana = app.user("ana").await;
    app.group(ana, "Kiez", Privacy::Public, "Berlin", "52.5")
        .await;
    let by_hand = app.badge("helper", 5, "special_action", None, "{}").await;
    let sharer = app.badge("sharer", 10, "item_shared", Some(3), "{}").await;
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
        let tag = lang.tag();
        let visits = [
            (&admin, "/admin".to_string()),
            (&admin, "/admin/settings".to_string()),
            (&admin, "/admin/users?q=a".to_string()),
            (&admin, "/admin/groups".to_string()),
            (&admin, "/admin/reports".to_string()),
            (&admin, "/admin/categories".to_string()),
            (&admin, "/admin/grants".to_string()),
            (&admin, "/admin/badges".to_string()),
            (&admin, format!("/admin/badges/{by_hand}")),
            (&admin, format!("/admin/badges/{sharer}")),
            (&admin, "/admin/system".to_string()),
        ];
        let all = pages_in_language(&app, &visits, tag).await;
        assert_speaks(&all, lang, STAFF_SAMPLE);
    }
}

/// Why an action was refused, in the reader's language: on the page it came from, on an
/// error page, and in the JSON API's `error` (the client's `Accept-Language`).
#[tokio::test]
async fn a_refusal_is_said_in_the_readers_language() {
    use comuniza::domain::choice::Privacy;
    use comuniza::store::commands::{Actor, SetLanguage};
    let (app, _admin) = site(&Lang::ALL).await;
    let ana = Browser::sign_up(&app, "ana").await;
    let ana_id = app.user_id("ana");
    let lang = Some("es".to_string());
    app.ok(Actor::User(ana_id), SetLanguage { lang }).await;
    let group = app
        .group(ana_id, "Kiez", Privacy::Public, "Berlin", "52.5")
        .await;
    let slug = app.read().group(group).unwrap().unwrap().slug;
    // Joining a group she already runs: refused, on the group's page, in Spanish.
    let page = ana.post(&format!("/groups/{slug}/join"), &[]).await;
    assert_eq!(page.status, StatusCode::CONFLICT);
    let said = text(Lang::Es, "refuse-already-member");
    assert_eq!(said, "ya eres miembro de este grupo");
    assert!(
        page.body.contains("<p>Ya eres miembro de este grupo.</p>"),
        "{}",
        page.body
    );
    assert!(!page.body.contains("already a member"), "{}", page.body);
    // An item that is not there: the error page says so in Spanish.
    let missing = ana.get("/items/987654").await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    let not_found = i18n::format(Lang::Es, "not-found", &[("what", i18n::Arg::Text("item"))]);
    assert_eq!(not_found, "no se encuentra el objeto");
    assert!(
        missing.body.contains("No se encuentra el objeto."),
        "{}",
        missing.body
    );
    // The API in the language its client asks for; English by default.
    let api = |languages: &'static str| {
        let url = format!("{}/api/badges/no-such-badge", app.base);
        async move {
            let res = reqwest::Client::new()
                .get(url)
                .header("accept-language", languages)
                .send()
                .await
                .unwrap();
            assert_eq!(res.status(), StatusCode::NOT_FOUND);
            res.json::<serde_json::Value>().await.unwrap()["error"].clone()
        }
    };
    assert_eq!(api("de-DE,de;q=0.9").await, "Abzeichen nicht gefunden");
    assert_eq!(api("en").await, "badge not found");
}

/// A form's refusal names the field as the reader's language does and says why in it: a
/// visitor who chose Spanish signs up with too short a username, a taken one, and passwords
/// too short.
#[tokio::test]
async fn a_refused_form_names_its_field_and_why_in_the_readers_language() {
    let (app, _admin) = site(&Lang::ALL).await;
    Browser::sign_up(&app, "ana").await;
    let visitor = Browser::new(&app);
    // The footer's switcher: a cookie for this visitor.
    let chose = visitor.get("/language?lang=es").await;
    assert!(chose.status.is_success() || chose.status.is_redirection());
    let sign_up = |username: &'static str, password: &'static str| {
        let visitor = &visitor;
        async move {
            let fields = [
                ("username", username),
                ("email", "new@example.org"),
                ("first_name", ""),
                ("last_name", ""),
                ("password", password),
                ("password2", password),
            ];
            visitor.post("/signup", &fields).await
        }
    };
    let short = sign_up("ab", "a long password").await;
    assert_eq!(short.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        short
            .body
            .contains("Nombre de usuario: debe tener de 3 a 50 caracteres."),
        "{}",
        short.body
    );
    let taken = sign_up("ana", "a long password").await;
    assert_eq!(taken.status, StatusCode::CONFLICT);
    assert!(
        taken.body.contains("Ese nombre de usuario ya está cogido."),
        "{}",
        taken.body
    );
    let password = sign_up("bea", "short").await;
    assert_eq!(password.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        password
            .body
            .contains("Contraseña: debe tener al menos 8 caracteres."),
        "{}",
        password.body
    );
    // Nothing was made.
    assert!(app.read().user_id_by_username("bea").unwrap().is_none());
}

/// "A refusal as a page shows it": the message with a capital and a full stop.
fn as_shown(lang: Lang, phrase: &comuniza::i18n::phrase::Phrase) -> String {
    let said = phrase.in_lang(lang);
    let mut chars = said.chars();
    let first = chars.next().map(|c| c.to_uppercase().collect::<String>());
    format!("{}{}.", first.unwrap_or_default(), chars.as_str())
}

/// The refusals only staff and programs meet speak the reader's language too: staff refused
/// by the rules (their own account), a member at a staff page, a program's token, and the
/// API's answer to a token holder in their own language whatever their client asks for.
#[tokio::test]
async fn refusals_staff_and_programs_meet_are_said_in_their_language() {
    use comuniza::i18n::phrase::Phrase;
    use comuniza::store::commands::{Actor, SetLanguage};
    let (app, admin) = site(&Lang::ALL).await;
    let admin_id = app.user_id("admin");
    let de = Some("de".to_string());
    app.ok(Actor::User(admin_id), SetLanguage { lang: de })
        .await;
    // Switching off their own account: refused by the rules, said in German on the page.
    let own = admin
        .post(
            &format!("/admin/users/{admin_id}/active"),
            &[("active", "false")],
        )
        .await;
    assert_eq!(own.status, StatusCode::FORBIDDEN);
    let said = as_shown(Lang::De, &Phrase::id("refuse-deactivate-self"));
    assert_eq!(said, "Du kannst dein eigenes Konto nicht deaktivieren.");
    assert!(own.body.contains(&said), "{}", own.body);
    assert!(!own.body.contains("your own account"), "{}", own.body);
    let still = app.read().user(admin_id).unwrap().unwrap();
    assert!(still.is_active, "nothing changed");
    // A form value no page sends: the field and why, in German.
    let forged = admin
        .post(
            &format!("/admin/users/{admin_id}/active"),
            &[("active", "maybe")],
        )
        .await;
    assert_eq!(forged.status, StatusCode::BAD_REQUEST);
    assert!(
        !forged.body.contains("must be true or false"),
        "{}",
        forged.body
    );
    // A Spanish member at a staff page.
    let ana = Browser::sign_up(&app, "ana").await;
    let ana_id = app.user_id("ana");
    let es = Some("es".to_string());
    app.ok(Actor::User(ana_id), SetLanguage { lang: es }).await;
    let staff_page = ana.get("/admin/system").await;
    assert_eq!(staff_page.status, StatusCode::FORBIDDEN);
    let said = as_shown(Lang::Es, &Phrase::id("refuse-staff-page"));
    assert!(staff_page.body.contains(&said), "{}", staff_page.body);
    assert!(
        !staff_page.body.contains("for the site"),
        "{}",
        staff_page.body
    );
    // Her token: the API answers her in Spanish even when her program asks for German.
    let token = ana.token("script").await;
    let post = |accept: Option<&'static str>| {
        let mut req = reqwest::Client::new()
            .post(format!("{}/api/items", app.base))
            .bearer_auth(&token)
            .json(&serde_json::json!({
                "title": "Drill", "description": "", "category": null,
                "condition": "shiny", "visibility": "public", "groups": [],
                "max_loan_days": 7
            }));
        if let Some(a) = accept {
            req = req.header("accept-language", a);
        }
        async move {
            let res = req.send().await.unwrap();
            assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
            let error = res.json::<serde_json::Value>().await.unwrap()["error"].clone();
            error.as_str().unwrap().to_string()
        }
    };
    let why = Phrase::id("invalid-one-of").text("list", "new, excellent, good, fair, poor");
    let expected = Phrase::id("invalid")
        .text("field", "condition")
        .text("label", "Condition")
        .phrase("reason", why)
        .in_lang(Lang::Es);
    assert_eq!(
        expected,
        "Estado de conservación: debe ser una de estas opciones: new, excellent, good, fair, poor"
    );
    assert_eq!(post(None).await, expected);
    assert_eq!(post(Some("de")).await, expected);
    assert!(
        app.read().items_of(ana_id).unwrap().is_empty(),
        "nothing was made"
    );
    // A program signed in by its cookie, not a token, at the write API: told in Spanish.
    let by_cookie = ana
        .client
        .post(format!("{}/api/items", app.base))
        .json(&serde_json::json!({}))
        .send()
        .await
        .unwrap();
    assert_eq!(by_cookie.status(), StatusCode::UNAUTHORIZED);
    let error = by_cookie.json::<serde_json::Value>().await.unwrap()["error"].clone();
    assert_eq!(error, Phrase::id("refuse-api-session").in_lang(Lang::Es));
}
