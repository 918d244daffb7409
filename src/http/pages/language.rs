//! The choice of language: `/language?lang=es`, the footer's switcher for visitors, keeps it
//! in a cookie for a year; `POST /account/language`, the switcher and the account page of a
//! member, keeps it in their account (it follows them to every device). Either way the page
//! it was chosen on is shown again in the new language.

use axum::extract::{Query, State};
use axum::http::{header, HeaderMap, StatusCode, Uri};
use axum::response::Response;
use axum::routing::{get, post};
use axum::Router;
use maud::{html, Markup};
use serde::Deserialize;

use super::account::safe_next;
use super::layout::{csrf_field, error_page_saying, redirect};
use crate::domain::records::UserId;
use crate::http::error::AppError;
use crate::http::form::Posted;
use crate::http::session::{self, Member, Viewer, LANGUAGE_COOKIE};
use crate::http::state::App;
use crate::i18n::Lang;
use crate::store::commands::SetLanguage;
use crate::store::read::Snapshot;
use crate::store::StoreError;

pub fn router() -> Router<App> {
    Router::new()
        .route("/language", get(switch))
        .route("/account/language", post(save))
}

/// The footer's choice of language, when the site offers more than one: for a visitor a
/// plain form that asks for `/language` (no script needed; no token, as it changes nothing on
/// the server, only the visitor's own cookie, and visitors' pages are the same for every
/// visitor: another site can link to it and so change a visitor's language, which the
/// switcher undoes); for a member a form that saves it in their account.
pub fn switcher(v: &Viewer) -> Markup {
    let fields = html! {
        label for="language" { (v.t("language")) }
        select #language name="lang" {
            @for l in v.offered.iter() {
                option value=(l.tag()) lang=(l.tag()) selected[l == v.lang] { (l.own_name()) }
            }
        }
        button type="submit" { (v.t("language-change")) }
    };
    html! {
        @if v.offered.len() > 1 {
            @if v.me.is_some() {
                form.language method="post" action="/account/language" { (csrf_field(v)) (fields) }
            } @else {
                form.language method="get" action="/language" { (fields) }
            }
        }
    }
}

/// The account page's part about it: the member's own language, or none (their browser's,
/// else the site's).
pub fn account_section(v: &Viewer, snap: &Snapshot, me: UserId) -> Result<Markup, StoreError> {
    let own = snap.language_of(me)?.filter(|l| v.offered.contains(*l));
    Ok(html! {
        @if v.offered.len() > 1 {
            section.card aria-labelledby="language-h" {
                h2 #language-h { (v.t("language")) }
                p { (v.t("language-account-help")) }
                form.stack method="post" action="/account/language" {
                    (csrf_field(v))
                    label { (v.t("language-mine"))
                        select name="lang" {
                            option value="" selected[own.is_none()] { (v.t("language-browsers")) }
                            @for l in v.offered.iter() {
                                option value=(l.tag()) lang=(l.tag()) selected[own == Some(l)] { (l.own_name()) }
                            }
                        }
                    }
                    button type="submit" { (v.t("save")) }
                }
            }
        }
    })
}

/// `POST /account/language`: the member's own language (empty: none), one the site offers.
async fn save(
    State(app): State<App>,
    headers: HeaderMap,
    Posted(Member { viewer: v, me }, form): Posted<Member>,
) -> Result<axum::response::Response, AppError> {
    let tag = form.text("lang").trim();
    let offered = |l: &Lang| v.offered.contains(*l) && l.tag() == tag;
    let lang = match tag {
        "" => None,
        _ => match Lang::of_tag(tag).filter(offered) {
            Some(l) => Some(l.tag().to_string()),
            None => {
                return Err(AppError::Unprocessable(crate::i18n::phrase::Phrase::id(
                    "language-unknown",
                )))
            }
        },
    };
    app.engine
        .writer
        .run(me.actor(), SetLanguage { lang })
        .await?;
    Ok(redirect(&back(&headers)))
}

#[derive(Deserialize)]
struct Asked {
    #[serde(default)]
    lang: String,
}

/// A year: a choice of language outlives any session.
const KEPT_SECONDS: i64 = 365 * 86_400;

async fn switch(
    State(app): State<App>,
    headers: HeaderMap,
    Query(asked): Query<Asked>,
) -> Response {
    let offered = &app.config.languages;
    let Some(lang) = Lang::of_tag(&asked.lang).filter(|l| offered.contains(l)) else {
        // Said in the language the page around it speaks.
        let status = StatusCode::BAD_REQUEST;
        return error_page_saying(&app, &headers, status, |v| {
            v.t("language-unknown").to_string()
        });
    };
    let mut res = redirect(&back(&headers));
    res.headers_mut().append(
        header::SET_COOKIE,
        session::set_cookie(
            LANGUAGE_COOKIE,
            lang.tag(),
            KEPT_SECONDS,
            app.config.secure_cookies,
        ),
    );
    res
}

/// The page the switcher was on: the path of the `Referer` when it is this site's (as the
/// rest of the site judges a `Referer`: its authority is the request's `Host`), through the
/// same filter as a sign-in's `next`; else the start page.
fn back(headers: &HeaderMap) -> String {
    let from = || -> Option<String> {
        let host = headers.get(header::HOST)?.to_str().ok()?;
        let referer: Uri = headers.get(header::REFERER)?.to_str().ok()?.parse().ok()?;
        if referer.authority()?.as_str() != host {
            return None;
        }
        let path = referer.path_and_query()?.as_str();
        let own = safe_next(path);
        (own != "/" && !own.starts_with("/language")).then(|| own.to_string())
    };
    from().unwrap_or_else(|| "/".into())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn back_from(referer: &str, host: &str) -> String {
        let mut h = HeaderMap::new();
        h.insert(header::REFERER, referer.parse().unwrap());
        h.insert(header::HOST, host.parse().unwrap());
        back(&h)
    }

    #[test]
    fn the_switcher_goes_back_only_to_this_sites_pages() {
        assert_eq!(
            back_from("http://lib.example/items?q=drill", "lib.example"),
            "/items?q=drill"
        );
        assert_eq!(back_from("https://evil.example/x", "lib.example"), "/");
        assert_eq!(
            back_from("http://lib.example//evil.example", "lib.example"),
            "/"
        );
        assert_eq!(
            back_from("http://lib.example/language?lang=es", "lib.example"),
            "/"
        );
        assert_eq!(back_from("http://lib.example", "lib.example"), "/");
        assert_eq!(back(&HeaderMap::new()), "/");
        assert_eq!(back_from("http://lib.example/a\\b", "lib.example"), "/");
        assert_eq!(
            back_from("/items", "lib.example"),
            "/",
            "an address, not a path"
        );
    }
}
