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

/// The sections of the panel, in menu order: (path, title, what it is for).
const SECTIONS: &[(&str, &str, &str)] = &[
    (
        "/admin/badges",
        "Badges and achievements",
        "Create and edit badges and the rules that award them.",
    ),
    (
        "/admin/categories",
        "Categories",
        "The kinds of things members share: add, rename, nest and archive them.",
    ),
    (
        "/admin/grants",
        "Grants and points",
        "Give a badge by hand, or add or take away points.",
    ),
    (
        "/admin/users",
        "Users",
        "Find members by username; activate, deactivate, staff rights, sign-out.",
    ),
    ("/admin/groups", "Groups", "Archive or restore groups."),
    (
        "/admin/reports",
        "Reported messages",
        "Messages members reported to staff, with their notes.",
    ),
    (
        "/admin/settings",
        "Site settings",
        "The site's name, tagline and welcome message.",
    ),
    (
        "/admin/system",
        "Cache and storage",
        "L1 hit ratios, entries and bytes, commit latency, data file size, the e-mail outbox.",
    ),
];

/// The panel's own menu, above each section.
fn subnav(current: &str) -> Markup {
    html! {
        nav.admin-nav aria-label="Admin sections" {
            ul {
                li { a href="/admin" aria-current=[(current == "/admin").then_some("page")] { "Overview" } }
                @for (path, title, _) in SECTIONS {
                    li { a href=(path) aria-current=[(current == *path).then_some("page")] { (title) } }
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
    let main = html! { (subnav(current)) (main) };
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
        _ => Err(AppError::bad_request(format!(
            "{name} must be true or false"
        ))),
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
        ("users", c.users),
        ("groups", c.groups),
        ("items", c.items),
        ("loans", c.loans),
        ("open loans", c.open_loans),
        ("badges", c.badges),
    ];
    let main = html! {
        h1 { "Admin" }
        p.lead { "Run the community: its badges, members, groups and settings." }
        (start::checklist(&v, &snap)?)
        section.card aria-labelledby="counts-h" {
            h2 #counts-h { "At a glance" }
            @for (label, n) in figures {
                span.stat { strong { (n) } (label) }
            }
        }
        ul.admin-sections {
            @for (path, title, about) in SECTIONS {
                li.card {
                    h2 { a href=(path) { (title) } }
                    p { (about) }
                }
            }
        }
    };
    Ok(page(&v, "Admin", "/admin", main))
}
