//! Users: a search by username prefix (one range scan of the ordered username index, 50 at
//! most, never a scan of all users) with each account's state and the buttons to activate or
//! deactivate it, grant or remove staff rights, and sign it out everywhere.

use axum::extract::{Path, Query, State};
use axum::response::Response;
use axum::routing::{get, post};
use axum::Router;
use maud::{html, Markup};
use serde::Deserialize;

use super::{page, page_status, yes_no};
use crate::domain::records::{User, UserId};
use crate::domain::validate::FORMER_MEMBER;
use crate::http::error::AppError;
use crate::http::form::{Form, Posted};
use crate::http::pages::account::leaving::{consequences, open_loans};
use crate::http::pages::layout::{alert, csrf_field, redirect};
use crate::http::session::{Staff, Viewer};
use crate::http::state::App;
use crate::store::commands::Command;
use crate::store::commands::{DeleteAccount, EndAllSessions, SetUserActive, SetUserStaff};

/// The most users one search shows.
pub(super) const MAX_FOUND: usize = 50;

pub(super) fn router() -> Router<App> {
    Router::new()
        .route("/admin/users", get(users_page))
        .route("/admin/users/{id}/active", post(set_active))
        .route("/admin/users/{id}/staff", post(set_staff))
        .route("/admin/users/{id}/signout", post(sign_out))
        .route("/admin/users/{id}/picture/remove", post(remove_picture))
        .route(
            "/admin/users/{id}/delete",
            get(delete_page).post(delete_account),
        )
}

#[derive(Deserialize, Default)]
struct Search {
    #[serde(default)]
    q: String,
}

/// Users whose username starts with `prefix` (case-insensitive), in username order, each
/// with whether the account was deleted.
fn search(app: &App, prefix: &str) -> Result<Vec<(UserId, User, bool)>, AppError> {
    let snap = app.engine.snapshot()?;
    let mut out = Vec::new();
    for (id, u) in snap.users_from(prefix.trim(), MAX_FOUND)? {
        let deleted = snap.deleted_at(id)?.is_some();
        out.push((id, u, deleted));
    }
    Ok(out)
}

/// A one-button form that keeps the search (`q`) and sends one value.
fn action(
    v: &Viewer,
    path: &str,
    q: &str,
    value: Option<(&str, &str)>,
    label: &str,
    class: &str,
) -> Markup {
    html! {
        form.inline method="post" action=(path) {
            (csrf_field(v))
            input type="hidden" name="q" value=(q);
            @if let Some((name, val)) = value { input type="hidden" name=(name) value=(val); }
            button.(class) type="submit" { (label) }
        }
    }
}

fn view(app: &App, v: &Viewer, q: &str, problem: Option<&str>) -> Result<Markup, AppError> {
    let found = search(app, q)?;
    let me = v.id();
    let snap = app.engine.snapshot()?;
    let zone = snap.zone_for(me)?;
    // Members with a picture: staff may take one away (an offensive picture).
    let mut pictured = Vec::new();
    for (id, _, _) in &found {
        if snap.avatar(*id)?.is_some() {
            pictured.push(*id);
        }
    }
    Ok(html! {
        h1 { "Users" }
        form.row method="get" action="/admin/users" role="search" {
            label { "Username starts with" input type="search" name="q" value=(q) autocomplete="off"; }
            button type="submit" { "Search" }
        }
        (alert(problem))
        @if found.is_empty() {
            p.muted { "No username starts with that." }
        } @else {
            p.muted { "Showing " (found.len()) @if found.len() == MAX_FOUND { " (the first " (MAX_FOUND) "; type more of the name to narrow)" } "." }
            div.table-wrap {
                table.stacked {
                    thead { tr { th { "User" } th { "Email" } th { "Joined" } th { "State" } th { "Actions" } } }
                    tbody {
                        @for (id, u, deleted) in &found {
                            @let base = format!("/admin/users/{id}");
                            @let is_me = me == Some(*id);
                            tr {
                                td { a href={ "/users/" (u.username) } { (u.username) } br; small { (u.display_name()) } }
                                td data-label="Email" { (u.email) }
                                td data-label="Joined" { (zone.when(u.date_joined)) }
                                td {
                                    @if *deleted { span.pill { "deleted" } }
                                    @else if u.is_active { span.pill.ok { "active" } } @else { span.pill.danger { "inactive" } }
                                    @if u.is_staff { " " span.pill { "staff" } }
                                }
                                td.buttons {
                                    @if *deleted {
                                        span.muted { "a former member" }
                                    } @else if !is_me {
                                        @if u.is_active {
                                            (action(v, &format!("{base}/active"), q, Some(("active", "false")), "Deactivate", "danger"))
                                        } @else {
                                            (action(v, &format!("{base}/active"), q, Some(("active", "true")), "Activate", "secondary"))
                                        }
                                        @if u.is_staff {
                                            (action(v, &format!("{base}/staff"), q, Some(("staff", "false")), "Remove staff", "secondary"))
                                        } @else {
                                            (action(v, &format!("{base}/staff"), q, Some(("staff", "true")), "Make staff", "secondary"))
                                        }
                                    }
                                    @if !*deleted {
                                        (action(v, &format!("{base}/signout"), q, None, "Sign out everywhere", "secondary"))
                                    }
                                    @if pictured.contains(id) {
                                        (action(v, &format!("{base}/picture/remove"), q, None, "Remove picture", "secondary"))
                                    }
                                    @if !*deleted && !u.is_staff {
                                        a.button.danger href={ (base) "/delete" } { "Delete account…" }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    })
}

async fn users_page(
    State(app): State<App>,
    Staff { viewer: v, .. }: Staff,
    Query(s): Query<Search>,
) -> Result<Response, AppError> {
    let main = view(&app, &v, &s.q, None)?;
    Ok(page(&v, v.t("admin-users"), "/admin/users", main))
}

/// Runs `cmd`; back to the same search, or the page again with the refusal.
async fn run(
    app: &App,
    staff: &Staff,
    form: &Form,
    cmd: impl Into<Command>,
) -> Result<Response, AppError> {
    let (v, actor) = (&staff.viewer, staff.me.actor());
    let q = form.text("q");
    match app.engine.writer.run(actor, cmd).await {
        Ok(_) => {
            let query: String = form_urlencoded::Serializer::new(String::new())
                .append_pair("q", q)
                .finish();
            Ok(redirect(&format!("/admin/users?{query}")))
        }
        Err(e) => {
            let e = AppError::from(e);
            let main = view(app, v, q, Some(&e.message_in(v.lang)))?;
            Ok(page_status(
                e.status(),
                v,
                v.t("admin-users"),
                "/admin/users",
                main,
            ))
        }
    }
}

async fn set_active(
    State(app): State<App>,
    Path(user): Path<UserId>,
    Posted(staff, form): Posted<Staff>,
) -> Result<Response, AppError> {
    let active = yes_no(&form, "active")?;
    run(&app, &staff, &form, SetUserActive { user, active }).await
}

async fn set_staff(
    State(app): State<App>,
    Path(user): Path<UserId>,
    Posted(staff, form): Posted<Staff>,
) -> Result<Response, AppError> {
    let staff_flag = yes_no(&form, "staff")?;
    run(
        &app,
        &staff,
        &form,
        SetUserStaff {
            user,
            staff: staff_flag,
        },
    )
    .await
}

async fn sign_out(
    State(app): State<App>,
    Path(user): Path<UserId>,
    Posted(staff, form): Posted<Staff>,
) -> Result<Response, AppError> {
    run(&app, &staff, &form, EndAllSessions { user }).await
}

async fn remove_picture(
    State(app): State<App>,
    Path(user): Path<UserId>,
    Posted(staff, form): Posted<Staff>,
) -> Result<Response, AppError> {
    let cmd = crate::store::commands::SetAvatar { user, photo: None };
    run(&app, &staff, &form, cmd).await
}

/// `GET /admin/users/{id}/delete`: what deleting this member's account does, and the button.
async fn delete_page(
    State(app): State<App>,
    Path(user): Path<UserId>,
    Staff { viewer: v, .. }: Staff,
) -> Result<Response, AppError> {
    let snap = app.engine.snapshot()?;
    let u = snap
        .user(user)?
        .filter(|_| snap.deleted_at(user).ok().flatten().is_none())
        .ok_or_else(|| AppError::not_found("user"))?;
    let open = open_loans(&snap, user)?;
    let main = html! {
        h1 { "Delete the account of " (u.username) }
        p.lead { "For a member who asked for it. This cannot be undone." }
        (consequences(&v, &open, "they"))
        @if open.is_empty() {
            form.stack method="post" action={ "/admin/users/" (user) "/delete" } {
                (csrf_field(&v))
                input type="hidden" name="q" value={ (FORMER_MEMBER) (user) };
                label.check {
                    input type="checkbox" name="confirm" required;
                    "The member asked for their account to be deleted"
                }
                button.danger type="submit" { "Delete the account" }
            }
        }
        p { a href={ "/admin/users?q=" (u.username) } { "Back to the users" } }
    };
    Ok(page(&v, "Delete an account", "/admin/users", main))
}

/// `POST /admin/users/{id}/delete`.
async fn delete_account(
    State(app): State<App>,
    Path(user): Path<UserId>,
    Posted(staff, form): Posted<Staff>,
) -> Result<Response, AppError> {
    if !form.flag("confirm") {
        return Err(AppError::Unprocessable(
            "tick the box to say the member asked for it".into(),
        ));
    }
    run(&app, &staff, &form, DeleteAccount { user }).await
}
