//! Users: a search by username prefix (one range scan of the ordered username index, 50 at
//! most, never a scan of all users) with each account's state and the buttons to activate or
//! deactivate it, grant or remove staff rights, and sign it out everywhere.

use crate::i18n::phrase::Phrase;
use crate::i18n::Arg;
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
        h1 { (v.t("admin-users")) }
        form.row method="get" action="/admin/users" role="search" {
            label { (v.t("users-starts-with")) input type="search" name="q" value=(q) autocomplete="off"; }
            button type="submit" { (v.t("nav-search")) }
        }
        (alert(problem))
        @if found.is_empty() {
            p.muted { (v.t("users-none")) }
        } @else {
            p.muted {
                @if found.len() == MAX_FOUND { (v.tr("users-showing-first", &[("count", Arg::count(found.len()))])) }
                @else { (v.tr("users-showing", &[("count", Arg::count(found.len()))])) }
            }
            div.table-wrap {
                table.stacked {
                    thead { tr { th { (v.t("users-user")) } th { (v.t("field-email")) } th { (v.t("users-joined")) } th { (v.t("col-state")) } th { (v.t("col-actions")) } } }
                    tbody {
                        @for (id, u, deleted) in &found {
                            @let base = format!("/admin/users/{id}");
                            @let is_me = me == Some(*id);
                            tr {
                                td { a href={ "/users/" (u.username) } { (u.username) } br; small { (u.display_name()) } }
                                td data-label=(v.t("field-email")) { (u.email) }
                                td data-label=(v.t("users-joined")) { (crate::i18n::numbers::when(v.lang, &zone, u.date_joined)) }
                                td {
                                    @if *deleted { span.pill { (v.t("users-deleted")) } }
                                    @else if u.is_active { span.pill.ok { (v.t("users-active")) } } @else { span.pill.danger { (v.t("users-inactive")) } }
                                    @if u.is_staff { " " span.pill { (v.t("users-staff")) } }
                                }
                                td.buttons {
                                    @if *deleted {
                                        span.muted { (v.t("messages-former-member")) }
                                    } @else if !is_me {
                                        @if u.is_active {
                                            (action(v, &format!("{base}/active"), q, Some(("active", "false")), v.t("users-deactivate"), "danger"))
                                        } @else {
                                            (action(v, &format!("{base}/active"), q, Some(("active", "true")), v.t("users-activate"), "secondary"))
                                        }
                                        @if u.is_staff {
                                            (action(v, &format!("{base}/staff"), q, Some(("staff", "false")), v.t("users-remove-staff"), "secondary"))
                                        } @else {
                                            (action(v, &format!("{base}/staff"), q, Some(("staff", "true")), v.t("users-make-staff"), "secondary"))
                                        }
                                    }
                                    @if !*deleted {
                                        (action(v, &format!("{base}/signout"), q, None, v.t("sessions-sign-out-all"), "secondary"))
                                    }
                                    @if pictured.contains(id) {
                                        (action(v, &format!("{base}/picture/remove"), q, None, v.t("picture-remove"), "secondary"))
                                    }
                                    @if !*deleted && !u.is_staff {
                                        a.button.danger href={ (base) "/delete" } { (v.t("users-delete")) "…" }
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
        h1 { (v.tr("users-delete-title", &[("name", Arg::Text(&u.username))])) }
        p.lead { (v.t("users-delete-lead")) }
        (consequences(&v, &open, "they"))
        @if open.is_empty() {
            form.stack method="post" action={ "/admin/users/" (user) "/delete" } {
                (csrf_field(&v))
                input type="hidden" name="q" value={ (FORMER_MEMBER) (user) };
                label.check {
                    input type="checkbox" name="confirm" required;
                    (v.t("users-delete-asked"))
                }
                button.danger type="submit" { (v.t("users-delete-send")) }
            }
        }
        p { a href={ "/admin/users?q=" (u.username) } { (v.t("users-back")) } }
    };
    Ok(page(&v, v.t("users-delete-page"), "/admin/users", main))
}

/// `POST /admin/users/{id}/delete`.
async fn delete_account(
    State(app): State<App>,
    Path(user): Path<UserId>,
    Posted(staff, form): Posted<Staff>,
) -> Result<Response, AppError> {
    if !form.flag("confirm") {
        return Err(AppError::Unprocessable(Phrase::id("users-delete-tick")));
    }
    run(&app, &staff, &form, DeleteAccount { user }).await
}
