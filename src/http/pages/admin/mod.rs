//! The admin panel, staff only: a guard on the router refuses everyone else before any
//! handler runs (anonymous viewers get the sign-in page, members 403), and every handler
//! takes a [`Staff`] (or `Posted<Staff>`) as well, so none can be reached without one.
//!
//! | path | module |
//! |---|---|
//! | `/admin` | here: the overview |
//! | `/admin/badges/...`, `/admin/achievements/{id}` | `badges` |
//! | `/admin/grants/...` | `grants` (manual badges and points) |
//! | `/admin/users/...` | `users` |
//! | `/admin/groups/...` | `groups` |
//! | `/admin/reports/...` | `reports` (reported messages) |
//! | `/admin/settings` | `settings` |
//! | `/admin/system` | `system` (cache and storage panel) |
//!
//! Every write is a command run as the signed-in staff member; a refused form shows the same
//! page again with the command's message and its status, and nothing changes.

mod backups;
mod badge_texts;
mod badges;
mod categories;
mod grants;
mod groups;
mod reports;
mod settings;
mod start;
mod system;
mod users;

use crate::i18n::Arg;
use axum::extract::State;
use axum::http::StatusCode;
use axum::middleware;
use axum::response::Response;
use axum::routing::get;
use axum::Router;
use maud::{html, Markup};

use super::layout::{render, render_status, Nav};
use crate::http::error::AppError;
use crate::http::session::{staff_only, Staff, Viewer};
use crate::http::state::App;

pub fn router(app: &App) -> Router<App> {
    Router::new()
        .route("/admin", get(overview))
        .merge(badges::router())
        .merge(categories::router())
        .route(
            "/admin/badges/standard",
            axum::routing::post(start::add_standard),
        )
        .merge(grants::router())
        .merge(users::router())
        .merge(groups::router())
        .merge(reports::router())
        .merge(settings::router())
        .merge(system::router())
        .merge(backups::router())
        .route_layer(middleware::from_fn_with_state(app.clone(), staff_only))
}

/// The sections of the panel, in menu order: (path, title, what it is for), as message ids.
const SECTIONS: &[(&str, &str, &str)] = &[
    ("/admin/badges", "admin-badges", "admin-badges-about"),
    (
        "/admin/categories",
        "admin-categories",
        "admin-categories-about",
    ),
    ("/admin/grants", "admin-grants", "admin-grants-about"),
    ("/admin/users", "admin-users", "admin-users-about"),
    ("/admin/groups", "admin-groups", "admin-groups-about"),
    ("/admin/reports", "admin-reports", "admin-reports-about"),
    ("/admin/settings", "admin-settings", "admin-settings-about"),
    ("/admin/system", "admin-system", "admin-system-about"),
];

/// The panel's own menu, above each section.
fn subnav(v: &Viewer, current: &str) -> Markup {
    html! {
        nav.admin-nav aria-label=(v.t("admin-sections")) {
            ul {
                li { a href="/admin" aria-current=[(current == "/admin").then_some("page")] { (v.t("admin-overview")) } }
                @for (path, title, _) in SECTIONS {
                    li { a href=(path) aria-current=[(current == *path).then_some("page")] { (v.t(title)) } }
                }
            }
        }
    }
}

/// A panel page: the admin menu, then `main`.
fn page(v: &Viewer, title: &str, current: &str, main: Markup) -> Response {
    page_status(StatusCode::OK, v, title, current, main)
}

/// A panel page with another status (a refused form shown again).
#[allow(clippy::needless_pass_by_value)] // maud components take their parts by value
fn page_status(
    status: StatusCode,
    v: &Viewer,
    title: &str,
    current: &str,
    main: Markup,
) -> Response {
    let main = html! { (subnav(v, current)) (main) };
    if status == StatusCode::OK {
        render(v, title, Nav::Admin, main)
    } else {
        render_status(status, v, title, Nav::Admin, main)
    }
}

/// A `true`/`false` field; anything else is a bad request.
pub(super) fn yes_no(form: &crate::http::form::Form, name: &str) -> Result<bool, AppError> {
    match form.text(name) {
        "true" => Ok(true),
        "false" => Ok(false),
        _ => Err(AppError::bad_request(
            crate::i18n::phrase::Phrase::id("bad-yes-no").text("name", name),
        )),
    }
}

/// A checkbox with its label.
fn check(name: &str, label: &str, on: bool) -> Markup {
    html! {
        label.check { input type="checkbox" name=(name) value="on" checked[on]; (label) }
    }
}

async fn overview(
    State(app): State<App>,
    Staff { viewer: v, .. }: Staff,
) -> Result<Response, AppError> {
    let snap = app.engine.snapshot()?;
    let c = snap.counts()?;
    let figures = [
        ("admin-count-users", c.users),
        ("count-groups", c.groups),
        ("count-items", c.items),
        ("admin-count-loans", c.loans),
        ("admin-count-open-loans", c.open_loans),
        ("admin-count-badges", c.badges),
    ];
    let main = html! {
        h1 { (v.t("nav-admin")) }
        p.lead { (v.t("admin-lead")) }
        (start::checklist(&v, &snap)?)
        section.card aria-labelledby="counts-h" {
            h2 #counts-h { (v.t("admin-at-a-glance")) }
            @for (label, n) in figures {
                span.stat { strong { (v.number(n)) } (v.tr(label, &[("count", Arg::count(n))])) }
            }
        }
        ul.admin-sections {
            @for (path, title, about) in SECTIONS {
                li.card {
                    h2 { a href=(path) { (v.t(title)) } }
                    p { (v.t(about)) }
                }
            }
        }
    };
    Ok(page(&v, v.t("nav-admin"), "/admin", main))
}
