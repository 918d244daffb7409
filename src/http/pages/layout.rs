//! The page chrome every HTML page shares (head, menu, footer), the response helpers pages
//! use, and small form pieces (the CSRF field, one-button forms, the error box).
//!
//! Cached pages: the shared part of a page is rendered once into L1 and spliced into the
//! chrome here ([`compose`]); its ETag is the entry's combined with what this request added,
//! so no full page is hashed on the hot path.

use std::hash::Hasher;

use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use maud::{html, Markup, PreEscaped, DOCTYPE};

use bytes::Bytes;

use crate::cache::Entry;
use crate::http::assets;
use crate::http::chunks::Chunks;
use crate::http::encoding;
use crate::http::error::AppError;
use crate::http::flash::{self, Shown};
use crate::http::session::Viewer;
use crate::http::state::App;
use crate::i18n::{Arg, Lang, Langs};

/// The menu entry a page belongs to (marked `aria-current`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Nav {
    Home,
    Items,
    Groups,
    Map,
    Badges,
    Boards,
    MyItems,
    Loans,
    Inbox,
    Account,
    Admin,
    Search,
    None,
}

fn nav_link(current: Nav, me: Nav, href: &str, label: &str) -> Markup {
    html! {
        li { a href=(href) aria-current=[(current == me).then_some("page")] { (label) } }
    }
}

/// The hidden CSRF field every form carries, masked afresh each time (see
/// [`secret::masked`](crate::auth::secret::masked)).
pub fn csrf_field(v: &Viewer) -> Markup {
    let token = crate::auth::secret::masked(&v.csrf);
    html! { input type="hidden" name="csrf" value=(token); }
}

/// A form with one button that posts to `action` (join, approve, sign out, ...). A `danger`
/// button asks for confirmation first when JavaScript runs (`app.js`).
pub fn post_button(v: &Viewer, action: &str, label: &str, class: &str) -> Markup {
    let confirm = class
        .split(' ')
        .any(|c| c == "danger")
        .then(|| v.tr("are-you-sure", &[("action", Arg::Text(label))]));
    html! {
        form.inline method="post" action=(action) {
            (csrf_field(v))
            button.(class) type="submit" data-confirm=[confirm] { (label) }
        }
    }
}

/// The message of a refused form, shown above it and announced to screen readers.
pub fn alert(message: Option<&str>) -> Markup {
    html! {
        @if let Some(m) = message {
            div.alert role="alert" { p { (sentence(m)) } }
        }
    }
}

/// The header's way to the notifications, with how many are unread.
fn inbox_link(v: &Viewer, current: bool, unread: u64) -> Markup {
    let label = v.tr("inbox-unread", &[("count", Arg::count(unread))]);
    html! {
        a.inbox href="/notifications" aria-label=(label) aria-current=[current.then_some("page")] {
            (v.t("nav-inbox"))
            @if unread > 0 { " " span.count { (unread.min(99)) @if unread > 99 { "+" } } }
        }
    }
}

/// A choice of time zone (`chosen` selected), with `inherit` first when the choice may be
/// left to someone else ("The site's: Europe/Lisbon"; its value is empty).
pub fn zone_select(name: &str, chosen: &str, inherit: Option<&str>) -> Markup {
    html! {
        select name=(name) {
            @if let Some(label) = inherit {
                option value="" selected[chosen.is_empty()] { (label) }
            }
            @for z in crate::domain::zone::names() {
                option selected[z == chosen] { (z) }
            }
        }
    }
}

/// The whole page around `main`.
#[allow(clippy::needless_pass_by_value)] // maud components take their parts by value
pub fn page(v: &Viewer, title: &str, nav: Nav, main: Markup) -> Markup {
    let current = nav;
    html! {
        (DOCTYPE)
        html lang=(v.lang.tag()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) " · " (v.site_name) }
                link rel="stylesheet" href=(assets::url("style.css"));
                link rel="icon" href=(assets::url("favicon.svg")) type="image/svg+xml";
                script src=(assets::url("app.js")) defer {}
            }
            body {
                a.skip href="#main" { (v.t("skip-to-content")) }
                header.site {
                    nav.menu aria-label=(v.t("nav-main")) {
                        a.brand href="/" { (v.site_name) }
                        // On a phone the lists fold behind "Menu" (a checkbox and its label:
                        // no JavaScript); elsewhere the box and its label are not shown.
                        input #menu-open .menu-open type="checkbox" aria-label=(v.t("menu-show")) aria-controls="menu-lists";
                        label.menu-button for="menu-open" aria-hidden="true" { (v.t("menu")) }
                        div #menu-lists .menu-lists {
                        ul.sections {
                            (nav_link(current, Nav::Items, "/items", v.t("nav-items")))
                            (nav_link(current, Nav::Groups, "/groups", v.t("nav-groups")))
                            (nav_link(current, Nav::Map, "/groups/map", v.t("nav-map")))
                            (nav_link(current, Nav::Badges, "/badges", v.t("nav-badges")))
                            (nav_link(current, Nav::Boards, "/leaderboards", v.t("nav-boards")))
                            (nav_link(current, Nav::Search, "/search", v.t("nav-search")))
                        }
                        ul.account {
                            @if let Some(me) = &v.me {
                                (nav_link(current, Nav::MyItems, "/my/items", v.t("nav-my-items")))
                                (nav_link(current, Nav::Loans, "/loans", v.t("nav-loans")))
                                li { (inbox_link(v, current == Nav::Inbox, me.unread)) }
                                @if me.is_staff {
                                    (nav_link(current, Nav::Admin, "/admin", v.t("nav-admin")))
                                }
                                (nav_link(current, Nav::Account, "/account", &me.username))
                                li { (post_button(v, "/signout", v.t("sign-out"), "link")) }
                            } @else {
                                (nav_link(current, Nav::Account, "/signin", v.t("sign-in")))
                                li { a.button href="/signup" { (v.t("sign-up")) } }
                            }
                        }
                        }
                    }
                }
                main #main {
                    (flash_box(v, v.flash.as_ref()))
                    (main)
                }
                footer.site {
                    p { (v.site_name) " · " (v.t("footer-about")) }
                    (super::language::switcher(v))
                }
            }
        }
    }
}

/// The one-time message of the last action, or the badge it earned with its medal.
fn flash_box(v: &Viewer, shown: Option<&Shown>) -> Markup {
    html! {
        @match shown {
            Some(Shown::Said(said)) => div.flash role="status" { p { (v.t(said.id())) } },
            Some(Shown::Badge(b)) => div.flash.badge-earned role="status" {
                (crate::http::pages::badges::medal(b))
                div {
                    p { strong { (v.t("badge-earned")) " " (b.name) } }
                    p { (b.description) }
                    p { a href={ "/badges/" (b.slug) } { (v.t("badge-see")) } }
                }
            },
            None => {},
        }
    }
}

fn html_headers(res: &mut Response, v: &Viewer) {
    if v.flash.is_some() {
        // Said once: gone from the next page.
        flash::clear(res);
    }
    let h = res.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    // Pages change with every write: browsers revalidate (cheap, ETag); a signed-in page
    // is never kept by shared caches. Pages take no token: only the cookie tells who asks (and,
    // with the cookie, `Accept-Language` which language).
    crate::http::headers::per_viewer(h, v.me.is_some(), "Cookie, Accept-Language");
}

/// A page with status 200.
pub fn render(v: &Viewer, title: &str, nav: Nav, main: Markup) -> Response {
    render_status(StatusCode::OK, v, title, nav, main)
}

/// A page with another status (a refused form shown again: 422, 409, ...).
pub fn render_status(
    status: StatusCode,
    v: &Viewer,
    title: &str,
    nav: Nav,
    main: Markup,
) -> Response {
    let mut res = (status, page(v, title, nav, main).into_string()).into_response();
    html_headers(&mut res, v);
    res
}

/// A form shown again after a refusal: the refusal's status, and its `Retry-After` when it
/// has one (a rate limit, a busy server).
pub fn refused(
    e: &crate::http::error::AppError,
    v: &Viewer,
    title: &str,
    nav: Nav,
    main: Markup,
) -> Response {
    let mut res = render_status(e.status(), v, title, nav, main);
    if let Some(secs) = e.retry_after() {
        res.headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from(secs));
    }
    res
}

/// Where a composed page's cached fragment goes (never sent: replaced by the fragment).
const FRAGMENT_MARK: &str = "\u{0}comuniza-fragment\u{0}";

/// A page whose shared part comes from L1: `personal` (this viewer's part, may be empty)
/// above the cached fragment `shared` (HTML rendered by maud when it was cached).
pub fn compose(
    headers: &HeaderMap,
    v: &Viewer,
    title: &str,
    nav: Nav,
    personal: Markup,
    shared: &Entry,
) -> Response {
    compose_around(headers, v, title, nav, personal, shared, html! {})
}

/// [`compose`] with a personal part below the shared one too.
#[allow(clippy::needless_pass_by_value)] // maud components take their parts by value
pub fn compose_around(
    headers: &HeaderMap,
    v: &Viewer,
    title: &str,
    nav: Nav,
    above: Markup,
    shared: &Entry,
    below: Markup,
) -> Response {
    let mut h = crate::cache::Fnv64::default();
    for part in [
        shared.etag.as_str(),
        title,
        v.site_name.as_str(),
        above.0.as_str(),
        below.0.as_str(),
        &format!("{:?}", v.flash),
    ] {
        h.write(part.as_bytes());
        h.write_u8(0);
    }
    h.write_u8(nav as u8);
    h.write(v.lang.tag().as_bytes());
    // The chrome shows the token only to members (the sign-out button): a visitor's page
    // is the same for every visitor, token or not, and is built once.
    if let Some(me) = &v.me {
        h.write(v.csrf.as_bytes());
        h.write(me.username.as_bytes());
        h.write_u8(u8::from(me.is_staff));
        // The header's unread count.
        h.write(&me.unread.to_le_bytes());
    }
    let etag = format!("\"p{:016x}\"", h.finish());
    // The page is rendered around a marker, then sent as three parts: the chrome before it,
    // the cached fragment as it sits in L1 (no copy), and the rest.
    let parts = || {
        let main = html! { (above) (PreEscaped(FRAGMENT_MARK)) (below) };
        let full = page(v, title, nav, main).into_string();
        let at = full.find(FRAGMENT_MARK).unwrap_or(full.len());
        let full = Bytes::from(full);
        let rest = (at + FRAGMENT_MARK.len()).min(full.len());
        [full.slice(..at), shared.body.clone(), full.slice(rest..)]
    };
    let visitors = || {
        // Every visitor gets the same page: it is kept whole with its compressed forms.
        let anyone = v.me.is_none() && v.flash.is_none();
        anyone
            .then(|| shared.page(&etag, || parts().concat().into()))
            .flatten()
    };
    let mut res = if crate::http::cached::if_none_match(headers, &etag) {
        StatusCode::NOT_MODIFIED.into_response()
    } else if let Some(kept) = visitors() {
        let (body, coding) = encoding::send_form(headers, &kept.body, || &kept.forms);
        let mut res = body.into_response();
        encoding::set_coding(res.headers_mut(), coding);
        res
    } else {
        axum::body::Body::new(Chunks::new(parts())).into_response()
    };
    html_headers(&mut res, v);
    if let Ok(value) = HeaderValue::from_str(&etag) {
        res.headers_mut().insert(header::ETAG, value);
    }
    res
}

/// After a successful form: go to the page that shows its result (303, so reload does not
/// post again).
pub fn redirect(to: &str) -> Response {
    let mut res = StatusCode::SEE_OTHER.into_response();
    // A target a header cannot carry (a line break) goes to the start page, never nowhere.
    let to = HeaderValue::from_str(to).unwrap_or(HeaderValue::from_static("/"));
    res.headers_mut().insert(header::LOCATION, to);
    res
}

/// After `me`'s successful action begun at `started`: to `to`, saying `said` there once, or
/// celebrating the badge the action earned them.
pub fn done(
    app: &App,
    me: crate::domain::records::UserId,
    started: crate::domain::time::Millis,
    said: flash::Said,
    to: &str,
) -> Result<Response, AppError> {
    let shown = flash::after(&app.engine.snapshot()?, me, started, said)?;
    let mut res = redirect(to);
    flash::set(&mut res, shown, app.config.secure_cookies);
    Ok(res)
}

/// After a settings form: back to `to`, saying "Saved." there once.
pub fn saved(app: &App, to: &str) -> Response {
    let mut res = redirect(to);
    flash::set(
        &mut res,
        flash::Flash::Said(flash::Said::Saved),
        app.config.secure_cookies,
    );
    res
}

/// An error page in the site's layout, with the viewer's menu when they can be told.
pub fn error_page(
    app: &App,
    headers: &HeaderMap,
    status: StatusCode,
    message: &crate::i18n::phrase::Phrase,
) -> Response {
    error_page_saying(app, headers, status, |v| message.in_lang(v.lang))
}

/// [`error_page`] with a message in the viewer's words (`say` gets the viewer it is shown to).
pub fn error_page_saying(
    app: &App,
    headers: &HeaderMap,
    status: StatusCode,
    say: impl FnOnce(&Viewer) -> String,
) -> Response {
    let resolved = app
        .engine
        .snapshot()
        .map_err(AppError::from)
        .and_then(|snap| Viewer::resolve(app, &snap, headers, &Default::default(), false));
    let viewer = resolved.unwrap_or(Viewer {
        me: None,
        csrf: String::new(),
        site_name: "Comuniza".into(),
        address: None,
        flash: None,
        lang: app.config.languages.first().copied().unwrap_or(Lang::En),
        offered: Langs::of(&app.config.languages),
    });
    // The status's name as the viewer's language says it ("404 · No encontrado").
    let code = [("code", crate::i18n::Arg::Number(i64::from(status.as_u16())))];
    let reason = viewer.tr("status-name", &code);
    let message = say(&viewer);
    let main = html! {
        section.error-page {
            h1 { (status.as_u16()) " · " (reason) }
            p.reason { (sentence(&message)) }
            @if status == StatusCode::UNAUTHORIZED && viewer.me.is_none() {
                p {
                    a.button href="/signin" { (viewer.t("sign-in")) }
                    " " (viewer.t("error-sign-in-or")) " "
                    a href="/signup" { (viewer.t("error-create-account")) }
                }
            }
            p { a href="/" { (viewer.t("error-back")) } }
        }
    };
    render_status(status, &viewer, &reason, Nav::None, main)
}

/// A message as a sentence: "you are already a member" reads "You are already a member.".
pub fn sentence(m: &str) -> String {
    let m = m.trim();
    if m.ends_with(['.', '!', '?']) {
        let mut c = m.chars();
        c.next()
            .map(|f| f.to_uppercase().chain(c).collect())
            .unwrap_or_default()
    } else {
        format!("{}.", capitalized(m))
    }
}

/// A message as the start of a sentence: capital first letter, no final full stop.
fn capitalized(s: &str) -> String {
    let s = s.trim_end_matches('.');
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// "3 items", "1 item".
pub fn plural(n: u64, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}
