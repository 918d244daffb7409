//! Groups moderation: every group, 50 a page in the order they were made, with its privacy,
//! owner, location and state, and a button to archive it (closed to new members and loans,
//! off the map) or restore it, which comes back to the same page.

use axum::extract::{Path, Query, State};
use axum::response::Response;
use axum::routing::{get, post};
use axum::Router;
use maud::{html, Markup};

use super::{page, page_status, yes_no};
use crate::domain::records::GroupId;
use crate::http::error::AppError;
use crate::http::form::Posted;
use crate::http::pages::layout::{alert, csrf_field, redirect};
use crate::http::pages::paging::{self, PageQuery, Paging, PREVIOUS_NEXT};
use crate::http::session::{Staff, Viewer};
use crate::http::state::App;
use crate::store::commands::SetGroupActive;

pub(super) fn router() -> Router<App> {
    Router::new()
        .route("/admin/groups", get(groups_page))
        .route("/admin/groups/{id}/active", post(set_active))
}

/// Groups a page.
const PER_PAGE: usize = 50;

fn href(page: usize) -> String {
    paging::href("/admin/groups", &[], "page", page)
}

fn view(app: &App, v: &Viewer, at: Paging, problem: Option<&str>) -> Result<Markup, AppError> {
    let snap = app.engine.snapshot()?;
    let (groups, more) = at.take(snap.groups()?);
    let mut owners = Vec::with_capacity(groups.len());
    for (_, g) in &groups {
        owners.push(snap.user(g.owner)?.map(|u| u.username));
    }
    Ok(html! {
        h1 { (v.t("admin-groups")) }
        p { (v.t("admin-groups-lead")) }
        (alert(problem))
        @if groups.is_empty() {
            p.muted { @if at.page == 1 { (v.t("groups-none")) } @else { (v.t("groups-past-last")) " " a href=(href(1)) { (v.t("page-back-first")) } } }
        } @else {
            div.table-wrap {
                table.stacked {
                    thead { tr { th { (v.t("admin-col-group")) } th { (v.t("privacy-title")) } th { (v.t("member-pill-owner")) } th { (v.t("admin-col-place")) } th { (v.t("col-state")) } th { (v.t("col-actions")) } } }
                    tbody {
                        @for ((id, g), owner) in groups.iter().zip(&owners) {
                            tr {
                                td { a href={ "/groups/" (g.slug) } { (g.name) } }
                                td data-label=(v.t("privacy-title")) { (crate::http::pages::groups::privacy_pill(g.privacy, v.lang)) }
                                td data-label=(v.t("member-pill-owner")) { @if let Some(o) = owner { a href={ "/users/" (o) } { (o) } } }
                                td data-label=(v.t("admin-col-place")) { (g.city) @if !g.country.is_empty() { ", " (g.country) } }
                                td { @if g.is_active { span.pill.ok { (v.t("users-active")) } } @else { span.pill.warn { (v.t("group-archived")) } } }
                                td {
                                    form.inline method="post" action={ "/admin/groups/" (id) "/active" } {
                                        (csrf_field(v))
                                        input type="hidden" name="page" value=(at.page);
                                        @if g.is_active {
                                            input type="hidden" name="active" value="false";
                                            button.danger type="submit" { (v.t("admin-archive")) " " span.visually-hidden { (g.name) } }
                                        } @else {
                                            input type="hidden" name="active" value="true";
                                            button.secondary type="submit" { (v.t("admin-restore")) " " span.visually-hidden { (g.name) } }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            (at.nav(more, href, (PREVIOUS_NEXT, v.lang)))
        }
    })
}

async fn groups_page(
    State(app): State<App>,
    Staff { viewer: v, .. }: Staff,
    Query(q): Query<PageQuery>,
) -> Result<Response, AppError> {
    let main = view(&app, &v, Paging::new(&q.page, PER_PAGE), None)?;
    Ok(page(&v, v.t("admin-groups"), "/admin/groups", main))
}

async fn set_active(
    State(app): State<App>,
    Path(group): Path<GroupId>,
    Posted(Staff { viewer: v, me }, form): Posted<Staff>,
) -> Result<Response, AppError> {
    let actor = me.actor();
    let active = yes_no(&form, "active")?;
    let at = Paging::new(form.text("page"), PER_PAGE);
    match app
        .engine
        .writer
        .run(actor, SetGroupActive { group, active })
        .await
    {
        Ok(_) => Ok(redirect(&href(at.page))),
        Err(e) => {
            let e = AppError::from(e);
            let main = view(&app, &v, at, Some(&e.message_in(v.lang)))?;
            Ok(page_status(
                e.status(),
                &v,
                v.t("admin-groups"),
                "/admin/groups",
                main,
            ))
        }
    }
}
