//! Manual grants: a badge given by hand (streaks, special actions, or any badge) and points
//! added or taken away, both to a member named by username.

use crate::http::pages::sentence::Part;
use axum::extract::{Query, State};
use axum::response::Response;
use axum::routing::{get, post};
use axum::Router;
use maud::{html, Markup};
use serde::Deserialize;

use super::{page, page_status};
use crate::domain::choice::PointsKind;
use crate::domain::records::UserId;
use crate::http::error::AppError;
use crate::http::form::{Form, Posted};
use crate::http::pages::layout::{alert, csrf_field, redirect};
use crate::http::session::{Staff, Viewer};
use crate::http::state::App;
use crate::store::commands::{AdjustPoints, GrantBadge};
use crate::store::commands::{Command, CommandError};

pub(super) fn router() -> Router<App> {
    Router::new()
        .route("/admin/grants", get(grants_page))
        .route("/admin/grants/badge", post(grant_badge))
        .route("/admin/grants/points", post(adjust_points))
}

/// The kinds staff may give by hand (`achievement` points come with badges only).
const KINDS: [PointsKind; 4] = [
    PointsKind::Bonus,
    PointsKind::Penalty,
    PointsKind::StreakBonus,
    PointsKind::Earned,
];

#[derive(Deserialize, Default)]
struct Done {
    #[serde(default)]
    done: String,
}

/// Which form a refused post belongs to.
#[derive(Clone, Copy, PartialEq)]
enum Which {
    Badge,
    Points,
}

fn view(
    app: &App,
    v: &Viewer,
    done: &str,
    refused: Option<(Which, &Form, &str)>,
) -> Result<Markup, AppError> {
    let snap = app.engine.snapshot()?;
    let badges = snap.badges()?;
    let empty = Form::default();
    let values = |w: Which| match refused {
        Some((r, f, m)) if r == w => (f, Some(m)),
        _ => (&empty, None),
    };
    let (bf, bproblem) = values(Which::Badge);
    let (pf, pproblem) = values(Which::Points);
    let notice = match done {
        "badge" => Some(v.t("grants-badge-done")),
        "points" => Some(v.t("grants-points-done")),
        _ => None,
    };
    Ok(html! {
        h1 { (v.t("admin-grants")) }
        @if let Some(n) = notice { div.notice role="status" { p { (n) } } }
        div.columns {
            section.card aria-labelledby="grant-h" {
                h2 #grant-h { (v.t("grants-badge-title")) }
                p { (v.t("grants-badge-help")) }
                (alert(bproblem))
                @if badges.is_empty() {
                    p.muted { (v.say("grants-no-badges", &[("link", Part::Markup(html! { a href="/admin/badges" { (v.t("grants-create-first")) } }))])) }
                }
                form.stack method="post" action="/admin/grants/badge" {
                    (csrf_field(v))
                    label { (v.t("field-username")) input type="text" name="username" value=(bf.text("username")) required autocomplete="off"; }
                    label { (v.t("grants-badge"))
                        select name="badge" required {
                            @for (id, b) in &badges {
                                option value=(id) selected[bf.text("badge") == id.to_string()] {
                                    (b.name) " (" (b.slug) ")" @if !b.is_active { " — " (v.t("users-inactive")) }
                                }
                            }
                        }
                    }
                    button type="submit" { (v.t("grants-badge-send")) }
                }
            }
            section.card aria-labelledby="points-h" {
                h2 #points-h { (v.t("grants-points-title")) }
                p { (v.t("grants-points-help")) }
                (alert(pproblem))
                form.stack method="post" action="/admin/grants/points" {
                    (csrf_field(v))
                    label { (v.t("field-username")) input type="text" name="username" value=(pf.text("username")) required autocomplete="off"; }
                    label { (v.t("grants-kind"))
                        select name="kind" {
                            @for k in KINDS {
                                option value=(k.as_str()) selected[pf.text("kind") == k.as_str()] { (k.as_str().replace('_', " ")) }
                            }
                        }
                    }
                    label { (v.t("grants-points")) input type="number" name="points" value=(pf.text("points")) required; }
                    label { (v.t("grants-why")) input type="text" name="description" value=(pf.text("description")) required maxlength="500"; }
                    button type="submit" { (v.t("grants-points-send")) }
                }
            }
        }
    })
}

async fn grants_page(
    State(app): State<App>,
    Staff { viewer: v, .. }: Staff,
    Query(q): Query<Done>,
) -> Result<Response, AppError> {
    let main = view(&app, &v, &q.done, None)?;
    Ok(page(&v, v.t("admin-grants"), "/admin/grants", main))
}

/// The user a form names by username (case-insensitive).
fn named_user(app: &App, form: &Form) -> Result<UserId, CommandError> {
    let snap = app.engine.snapshot()?;
    snap.user_id_by_username(form.text("username").trim())?
        .ok_or(CommandError::NotFound("user"))
}

/// Runs what `make` builds from the form; a refusal shows the form again with its message.
async fn submit(
    app: &App,
    staff: &Staff,
    form: &Form,
    which: Which,
    make: impl FnOnce(&Form) -> Result<Command, CommandError>,
) -> Result<Response, AppError> {
    let (v, actor) = (&staff.viewer, staff.me.actor());
    let result = match make(form) {
        Ok(cmd) => app.engine.writer.run(actor, cmd).await,
        Err(e) => Err(e),
    };
    match result {
        Ok(_) => Ok(redirect(match which {
            Which::Badge => "/admin/grants?done=badge",
            Which::Points => "/admin/grants?done=points",
        })),
        Err(e) => {
            let e = AppError::from(e);
            let main = view(app, v, "", Some((which, form, &e.message_in(v.lang))))?;
            Ok(page_status(
                e.status(),
                v,
                v.t("admin-grants"),
                "/admin/grants",
                main,
            ))
        }
    }
}

async fn grant_badge(
    State(app): State<App>,
    Posted(staff, form): Posted<Staff>,
) -> Result<Response, AppError> {
    submit(&app, &staff, &form, Which::Badge, |f| {
        Ok(GrantBadge {
            user: named_user(&app, f)?,
            badge: f.number("badge")?,
        }
        .into())
    })
    .await
}

async fn adjust_points(
    State(app): State<App>,
    Posted(staff, form): Posted<Staff>,
) -> Result<Response, AppError> {
    submit(&app, &staff, &form, Which::Points, |f| {
        let kind = f.choice("kind", PointsKind::parse)?;
        if !KINDS.contains(&kind) {
            return Err(crate::domain::validate::invalid(
                "kind",
                crate::i18n::phrase::Phrase::id("invalid-choice"),
            )
            .into());
        }
        Ok(AdjustPoints {
            user: named_user(&app, f)?,
            kind,
            points: f.number("points")?,
            description: f.text("description").to_string(),
        }
        .into())
    })
    .await
}
