//! Accounts in the browser: the first-run page, sign-up, sign-in (rate limited, Django hashes
//! rehashed), sign-out, and the account page (profile, password, access tokens, sign out
//! everywhere). Every successful sign-in gets a fresh session (rotation).

//!
//! - `signin`: the first-run page, sign-up, sign-in, sign-out and starting sessions.
//! - `settings`: the account page (profile, password, access tokens, sign out everywhere).
//! - `renamed`: after a move from Comuniza, the first sign-in of a member whose username had
//!   to change tells them the new one.

mod contact;
mod data;
pub(crate) mod invitations;
pub(crate) mod leaving;
mod mail;
mod picture;
mod privacy;
mod renamed;
mod settings;
mod signin;
mod zone;

pub use signin::start_session;

use axum::extract::DefaultBodyLimit;
use axum::routing::{get, post};
use axum::Router;
use maud::{html, Markup};
use serde::Deserialize;

use crate::engine::Engine;
use crate::http::error::AppError;
use crate::http::state::App;

pub fn router() -> Router<App> {
    Router::new()
        .route("/setup", get(signin::setup_page).post(signin::setup))
        .route("/signup", get(signin::signup_page).post(signin::signup))
        .route("/signin", get(signin::signin_page).post(signin::signin))
        .route("/signout", post(signin::signout))
        .route("/account", get(settings::account_page))
        .route(
            "/account/welcome",
            get(renamed::welcome_page).post(renamed::acknowledge),
        )
        .route("/account/profile", post(settings::update_profile))
        .route(
            "/account/picture",
            post(picture::save).layer(DefaultBodyLimit::max(crate::http::UPLOAD_LIMIT)),
        )
        .route("/account/picture/remove", post(picture::remove))
        .route("/account/contact", post(contact::save))
        .route("/account/privacy", post(privacy::save))
        .route("/account/time-zone", post(zone::save))
        .route("/account/notifications", get(mail::page).post(mail::save))
        .route(
            "/unsubscribe/{token}",
            get(mail::unsubscribe_page).post(mail::unsubscribe),
        )
        .route("/account/delete", post(leaving::delete))
        .route(
            "/account/invitations/{group}/{answer}",
            post(invitations::answer),
        )
        .route("/account/data", get(data::download))
        .route("/account/password", post(settings::change_password))
        .route("/account/tokens", post(settings::create_token))
        .route("/account/tokens/revoke", post(settings::revoke_token))
        .route(
            "/account/signout-everywhere",
            post(settings::signout_everywhere),
        )
}

#[derive(Deserialize, Default)]
pub struct Next {
    #[serde(default)]
    pub(super) next: String,
}

/// Where to go after signing in: a plain path (and query) on this site, else `/`.
///
/// Browsers drop tabs and line breaks from URLs and read `\\` as `/`, so `/\t/evil.example`
/// is `//evil.example` to them, another site. Only visible ASCII without a backslash is
/// taken, starting with one `/` and not two, with no fragment; anything else (and any byte a
/// `Location` header cannot carry) falls back to the start page.
pub(crate) fn safe_next(next: &str) -> &str {
    let plain = next
        .bytes()
        .all(|b| b.is_ascii_graphic() && b != b'\\' && b != b'#');
    if plain && next.starts_with('/') && !next.starts_with("//") {
        next
    } else {
        "/"
    }
}

/// Whether the data file holds no user yet (the first-run page is open).
pub fn site_is_empty(engine: &Engine) -> Result<bool, AppError> {
    Ok(engine.snapshot()?.has_no_users()?)
}

pub(super) fn text_field(
    label: &str,
    name: &str,
    kind: &str,
    value: &str,
    autocomplete: &str,
) -> Markup {
    html! {
        label { (label)
            input type=(kind) name=(name) value=(value) autocomplete=(autocomplete) required;
        }
    }
}

pub(super) fn password_field(label: &str, name: &str, autocomplete: &str) -> Markup {
    html! {
        label { (label)
            input type="password" name=(name) autocomplete=(autocomplete) required minlength="8" maxlength="1024";
        }
    }
}

#[cfg(test)]
mod tests {
    use super::safe_next;

    #[test]
    fn only_plain_paths_on_this_site_are_followed() {
        for kept in [
            "/",
            "/items",
            "/items?q=drill&page=2",
            "/users/ana%20b",
            "/@x",
        ] {
            assert_eq!(safe_next(kept), kept);
        }
        for refused in [
            "",
            "items",
            "//evil.example",
            "/\t/evil.example",
            "/\\evil.example",
            "/\\/evil.example",
            "/ /evil.example",
            "/\n/evil.example",
            "/\r\nSet-Cookie: x=1",
            "https://evil.example",
            "/items#frag",
            "/caf\u{e9}",
            "/\u{0}",
        ] {
            assert_eq!(safe_next(refused), "/", "{refused:?}");
        }
    }
}
