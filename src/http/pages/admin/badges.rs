//! Badges and their achievements: every badge (inactive and secret ones too) with its rules,
//! and the forms that create and edit both. A refused form comes back with what was posted.

use crate::domain::records::BadgeId;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use axum::routing::{get, post};
use axum::Router;
use maud::{html, Markup};

use super::{check, page, page_status};
use crate::domain::choice::{BadgeCategory, BadgeType};
use crate::domain::records::{Achievement, Badge, Id};
use crate::http::error::AppError;
use crate::http::form::{Form, Posted};
use crate::http::pages::badges::{category_title, tier_name};
use crate::http::pages::layout::{alert, csrf_field, redirect};
use crate::http::pages::paging::{self, PageQuery, Paging, PREVIOUS_NEXT};
use crate::http::session::{Staff, Viewer};
use crate::http::state::App;
use crate::i18n::Arg;
use crate::store::commands::{AchievementFields, BadgeFields, CommandError};
use crate::store::commands::{CreateAchievement, CreateBadge, UpdateAchievement, UpdateBadge};

pub(super) fn router() -> Router<App> {
    Router::new()
        .route("/admin/badges", get(list).post(create_badge))
        .route("/admin/badges/{id}", get(edit).post(update_badge))
        .route("/admin/badges/{id}/achievements", post(create_achievement))
        .route("/admin/badges/{id}/texts", post(super::badge_texts::save))
        .route("/admin/achievements/{id}", post(update_achievement))
}

/// The trigger types of DOMAIN.md, each with the message saying what it means.
pub(super) const TRIGGERS: &[(&str, &str)] = &[
    ("item_shared", "trigger-item-shared"),
    ("loan_completed", "trigger-loan-completed"),
    ("group_joined", "trigger-group-joined"),
    ("review_given", "trigger-review-given"),
    ("threshold_reached", "trigger-threshold-reached"),
    ("streak_maintained", "trigger-by-hand"),
    ("special_action", "trigger-by-hand"),
    ("period_top", "trigger-period-top"),
];

/// Which form a refused post belongs to, with what was posted.
#[derive(Clone, Copy)]
enum Draft<'a> {
    None,
    Badge(&'a Form, &'a str),
    /// `None`: the new-achievement form; `Some(id)`: that achievement's form.
    Achievement(Option<Id>, &'a Form, &'a str),
    /// The badge's words in each language.
    Texts(&'a Form, &'a str),
}

/// The form of the edit page a post came from.
#[derive(Clone, Copy)]
pub(super) enum Slot {
    Badge,
    Achievement(Option<Id>),
    Texts,
}

/// A form filled from pairs, so records and posted forms render through the same code.
fn filled(pairs: &[(&str, &str)]) -> Form {
    Form::from_pairs(pairs.iter().copied())
}

fn badge_form_of(b: &Badge) -> Form {
    let (points, order) = (b.points.to_string(), b.display_order.to_string());
    let mut pairs = vec![
        ("name", b.name.as_str()),
        ("slug", b.slug.as_str()),
        ("description", b.description.as_str()),
        ("icon", b.icon.as_str()),
        ("badge_type", b.badge_type.as_str()),
        ("category", b.category.as_str()),
        ("points", points.as_str()),
        ("display_order", order.as_str()),
    ];
    if b.is_active {
        pairs.push(("is_active", "on"));
    }
    if b.is_secret {
        pairs.push(("is_secret", "on"));
    }
    filled(&pairs)
}

fn achievement_form_of(a: &Achievement) -> Form {
    let threshold = a.threshold_value.map(|t| t.to_string()).unwrap_or_default();
    let mut pairs = vec![
        ("trigger_type", a.trigger_type.as_str()),
        ("threshold_value", threshold.as_str()),
        ("conditions", a.conditions.as_str()),
    ];
    if a.is_active {
        pairs.push(("is_active", "on"));
    }
    filled(&pairs)
}

fn badge_fields(f: &Form) -> Result<BadgeFields, CommandError> {
    Ok(BadgeFields {
        name: f.text("name").to_string(),
        slug: f.text("slug").to_string(),
        description: f.text("description").to_string(),
        icon: f.text("icon").to_string(),
        badge_type: f.choice("badge_type", BadgeType::parse)?,
        category: f.choice("category", BadgeCategory::parse)?,
        points: f.number("points")?,
        is_active: f.flag("is_active"),
        is_secret: f.flag("is_secret"),
        display_order: f.number("display_order")?,
    })
}

fn achievement_fields(badge: BadgeId, f: &Form) -> Result<AchievementFields, CommandError> {
    Ok(AchievementFields {
        badge,
        trigger_type: f.text("trigger_type").to_string(),
        threshold_value: f.optional_number("threshold_value")?,
        conditions: f.text("conditions").to_string(),
        is_active: f.flag("is_active"),
    })
}

/// A choice among `choices` (values as stored), each shown as `shown` says it.
fn select(
    name: &str,
    label: &str,
    current: &str,
    choices: &[&str],
    shown: impl Fn(&str) -> String,
) -> Markup {
    html! {
        label { (label)
            select name=(name) {
                @for c in choices {
                    option value=(c) selected[*c == current] { (shown(c)) }
                }
            }
        }
    }
}

fn badge_form(v: &Viewer, action: &str, f: &Form, button: &str) -> Markup {
    let types: Vec<&str> = BadgeType::ALL.iter().map(|t| t.as_str()).collect();
    let cats: Vec<&str> = BadgeCategory::ALL.iter().map(|c| c.as_str()).collect();
    html! {
        form.stack method="post" action=(action) {
            (csrf_field(v))
            label { (v.t("field-name")) input type="text" name="name" value=(f.text("name")) required maxlength="100"; }
            label { (v.t("badge-admin-slug"))
                input type="text" name="slug" value=(f.text("slug")) required maxlength="50";
            }
            label { (v.t("badge-admin-description")) textarea name="description" maxlength="1000" { (f.text("description")) } }
            label { (v.t("badge-admin-icon")) input type="text" name="icon" value=(f.text("icon")) maxlength="100"; }
            (select("badge_type", v.t("badge-admin-type"), f.text("badge_type"), &types, |t| tier_name(t, v.lang).to_string()))
            (select("category", v.t("badge-admin-category"), f.text("category"), &cats, |c| category_title(c, v.lang).to_string()))
            label { (v.t("badge-admin-points-field")) input type="number" name="points" value=(f.text("points")) required; }
            label { (v.t("badge-admin-order-field")) input type="number" name="display_order" value=(f.text("display_order")) required; }
            (check("is_active", v.t("badge-admin-active-check"), f.flag("is_active")))
            (check("is_secret", v.t("badge-admin-secret-check"), f.flag("is_secret")))
            button type="submit" { (button) }
        }
    }
}

fn achievement_form(v: &Viewer, action: &str, f: &Form, button: &str) -> Markup {
    let triggers: Vec<&str> = TRIGGERS.iter().map(|(t, _)| *t).collect();
    let current = match f.text("trigger_type") {
        "" => "item_shared",
        t => t,
    };
    html! {
        form.stack method="post" action=(action) {
            (csrf_field(v))
            (select("trigger_type", v.t("badge-admin-trigger"), current, &triggers, str::to_string))
            label { (v.t("badge-admin-threshold")) input type="number" name="threshold_value" value=(f.text("threshold_value")); }
            label { (v.t("badge-admin-conditions"))
                textarea name="conditions" rows="2" { (f.text("conditions")) }
            }
            (check("is_active", v.t("badge-admin-active-plain"), f.flag("is_active")))
            button type="submit" { (button) }
        }
    }
}

fn triggers_help(v: &Viewer) -> Markup {
    html! {
        details.triggers {
            summary { (v.t("badge-admin-triggers")) }
            dl {
                @for (t, about) in TRIGGERS {
                    dt { code { (t) } }
                    dd { (v.t(about)) }
                }
            }
        }
    }
}

fn flags(v: &Viewer, b: &Badge) -> Markup {
    html! {
        @if b.is_active { span.pill.ok { (v.t("badge-admin-active")) } } @else { span.pill.warn { (v.t("badge-admin-inactive")) } }
        @if b.is_secret { " " span.pill { (v.t("badges-secret")) } }
    }
}

/// Badges a page on the list.
const PER_PAGE: usize = 50;

fn list_view(app: &App, v: &Viewer, at: Paging, draft: Draft<'_>) -> Result<Markup, AppError> {
    let snap = app.engine.snapshot()?;
    let (badges, more) = at.take(snap.badges()?);
    let mut rows = Vec::with_capacity(badges.len());
    for (id, b) in badges {
        let total = snap.badge_total(id)?;
        let rules: Vec<_> = snap
            .achievements_of(id)?
            .into_iter()
            .map(|(_, a)| a)
            .collect();
        rows.push((id, b, total, rules));
    }
    let empty = filled(&[
        ("is_active", "on"),
        ("points", "10"),
        ("display_order", "0"),
    ]);
    let (new_form, problem) = match draft {
        Draft::Badge(f, m) => (f, Some(m)),
        _ => (&empty, None),
    };
    Ok(html! {
        h1 { (v.t("admin-badges")) }
        p { (v.t("badge-admin-lead")) }
        div.table-wrap {
            table.stacked {
                thead { tr {
                    th { (v.t("grants-badge")) } th { (v.t("badge-admin-type")) } th { (v.t("badge-admin-category")) }
                    th.num { (v.t("badge-admin-points")) } th.num { (v.t("badge-admin-order")) } th.num { (v.t("badge-admin-earned")) }
                    th { (v.t("badge-admin-achievements")) } th { (v.t("badge-admin-state")) }
                } }
                tbody {
                    @for (id, b, total, rules) in &rows {
                        tr {
                            td { (b.icon) " " a href={ "/admin/badges/" (id) } { (b.name) } br; small { (b.slug) } }
                            td data-label=(v.t("badge-admin-type")) { (tier_name(b.badge_type.as_str(), v.lang)) }
                            td data-label=(v.t("badge-admin-category")) { (category_title(b.category.as_str(), v.lang)) }
                            td.num data-label=(v.t("badge-admin-points")) { (v.number(b.points)) }
                            td.num data-label=(v.t("badge-admin-order")) { (v.number(b.display_order)) }
                            td.num data-label=(v.t("badge-admin-earned")) { (v.number(*total)) }
                            td data-label=(v.t("badge-admin-achievements")) {
                                @if rules.is_empty() { span.muted { (v.t("badge-admin-by-hand")) } }
                                @for a in rules {
                                    div { code { (a.trigger_type) } " ≥ " (v.number(a.threshold_value.unwrap_or(1)))
                                        @if a.conditions != "{}" { " " code { (a.conditions) } }
                                        @if !a.is_active { " " span.pill.warn { (v.t("badge-admin-off")) } }
                                    }
                                }
                            }
                            td { (flags(v, b)) }
                        }
                    }
                }
            }
        }
        (at.nav(more, |p| paging::href("/admin/badges", &[], "page", p), (PREVIOUS_NEXT, v.lang)))
        section.card aria-labelledby="new-badge-h" {
            h2 #new-badge-h { (v.t("badge-admin-new")) }
            (alert(problem))
            (badge_form(v, "/admin/badges", new_form, v.t("badge-admin-create")))
        }
    })
}

async fn list(
    State(app): State<App>,
    Staff { viewer: v, .. }: Staff,
    Query(q): Query<PageQuery>,
) -> Result<Response, AppError> {
    let main = list_view(&app, &v, Paging::new(&q.page, PER_PAGE), Draft::None)?;
    Ok(page(&v, v.t("admin-badges"), "/admin/badges", main))
}

async fn create_badge(
    State(app): State<App>,
    Posted(Staff { viewer: v, me }, form): Posted<Staff>,
) -> Result<Response, AppError> {
    let actor = me.actor();
    let attempt = async {
        let cmd = CreateBadge(badge_fields(&form)?);
        app.engine.writer.run(actor, cmd).await
    };
    match attempt.await {
        Ok(id) => Ok(redirect(&format!("/admin/badges/{id}"))),
        Err(e) => {
            let e = AppError::from(e);
            let first = Paging::new("1", PER_PAGE);
            let main = list_view(&app, &v, first, Draft::Badge(&form, &e.message_in(v.lang)))?;
            Ok(page_status(
                e.status(),
                &v,
                v.t("admin-badges"),
                "/admin/badges",
                main,
            ))
        }
    }
}

fn edit_view(app: &App, v: &Viewer, id: BadgeId, draft: Draft<'_>) -> Result<Markup, AppError> {
    let snap = app.engine.snapshot()?;
    let badge = snap
        .badge(id)?
        .ok_or_else(|| AppError::not_found("badge"))?;
    let rules = snap.achievements_of(id)?;
    let saved = badge_form_of(&badge);
    let (badge_values, badge_problem) = match draft {
        Draft::Badge(f, m) => (f, Some(m)),
        _ => (&saved, None),
    };
    let fresh = filled(&[("is_active", "on"), ("threshold_value", "1")]);
    let (new_values, new_problem) = match draft {
        Draft::Achievement(None, f, m) => (f, Some(m)),
        _ => (&fresh, None),
    };
    Ok(html! {
        p { a href="/admin/badges" { (v.t("badge-admin-all")) } }
        h1 { (v.tr("badge-admin-title", &[("name", Arg::Text(&badge.name))])) }
        p { (flags(v, &badge)) " " a href={ "/badges/" (badge.slug) } { (v.t("badge-admin-public")) } }
        div.columns {
            section.card aria-labelledby="edit-h" {
                h2 #edit-h { (v.t("badge-admin-edit")) }
                (alert(badge_problem))
                (badge_form(v, &format!("/admin/badges/{id}"), badge_values, v.t("badge-admin-save")))
            }
            section.card aria-labelledby="rules-h" {
                h2 #rules-h { (v.t("badge-admin-achievements")) }
                p { (v.t("badge-admin-rules-help")) }
                (triggers_help(v))
                @for (aid, a) in &rules {
                    @let saved = achievement_form_of(a);
                    @let (values, problem) = match draft {
                        Draft::Achievement(Some(d), f, m) if d == *aid => (f, Some(m)),
                        _ => (&saved, None),
                    };
                    h3 { (v.tr("badge-admin-achievement", &[("number", Arg::Text(&aid.to_string()))])) }
                    (alert(problem))
                    (achievement_form(v, &format!("/admin/achievements/{aid}"), values, v.t("badge-admin-save-achievement")))
                }
                h3 { (v.t("badge-admin-new-achievement")) }
                (alert(new_problem))
                (achievement_form(v, &format!("/admin/badges/{id}/achievements"), new_values, v.t("badge-admin-add-achievement")))
            }
        }
        @let texts_draft = match draft { Draft::Texts(f, m) => Some((f, m)), _ => None };
        (super::badge_texts::section(v, &snap, id, texts_draft)?)
    })
}

async fn edit(
    State(app): State<App>,
    Staff { viewer: v, .. }: Staff,
    Path(id): Path<BadgeId>,
) -> Result<Response, AppError> {
    let main = edit_view(&app, &v, id, Draft::None)?;
    Ok(page(
        &v,
        v.t("badge-admin-edit-title"),
        "/admin/badges",
        main,
    ))
}

/// The edit page again after a refused form, or the redirect after a saved one.
pub(super) fn after_edit(
    app: &App,
    v: &Viewer,
    badge: BadgeId,
    result: Result<Id, CommandError>,
    form: &Form,
    slot: Slot,
) -> Result<Response, AppError> {
    match result {
        Ok(_) => Ok(redirect(&format!("/admin/badges/{badge}"))),
        Err(e) => {
            let e = AppError::from(e);
            let draft = match slot {
                Slot::Badge => Draft::Badge(form, &e.message_in(v.lang)),
                Slot::Achievement(a) => Draft::Achievement(a, form, &e.message_in(v.lang)),
                Slot::Texts => Draft::Texts(form, &e.message_in(v.lang)),
            };
            let main = edit_view(app, v, badge, draft)?;
            Ok(page_status(
                e.status(),
                v,
                v.t("badge-admin-edit-title"),
                "/admin/badges",
                main,
            ))
        }
    }
}

async fn update_badge(
    State(app): State<App>,
    Path(id): Path<BadgeId>,
    Posted(Staff { viewer: v, me }, form): Posted<Staff>,
) -> Result<Response, AppError> {
    let actor = me.actor();
    let result = match badge_fields(&form) {
        Ok(fields) => {
            let cmd = UpdateBadge { badge: id, fields };
            app.engine.writer.run(actor, cmd).await
        }
        Err(e) => Err(e),
    };
    after_edit(&app, &v, id, result, &form, Slot::Badge)
}

async fn create_achievement(
    State(app): State<App>,
    Path(id): Path<BadgeId>,
    Posted(Staff { viewer: v, me }, form): Posted<Staff>,
) -> Result<Response, AppError> {
    let actor = me.actor();
    let result = match achievement_fields(id, &form) {
        Ok(f) => {
            let cmd = CreateAchievement(f);
            app.engine.writer.run(actor, cmd).await
        }
        Err(e) => Err(e),
    };
    after_edit(&app, &v, id, result, &form, Slot::Achievement(None))
}

async fn update_achievement(
    State(app): State<App>,
    Path(aid): Path<Id>,
    Posted(Staff { viewer: v, me }, form): Posted<Staff>,
) -> Result<Response, AppError> {
    let actor = me.actor();
    let badge = app
        .engine
        .snapshot()?
        .achievement(aid)?
        .ok_or_else(|| AppError::not_found("achievement"))?
        .badge;
    let result = match achievement_fields(badge, &form) {
        Ok(fields) => {
            let cmd = UpdateAchievement {
                achievement: aid,
                fields,
            };
            app.engine.writer.run(actor, cmd).await
        }
        Err(e) => Err(e),
    };
    after_edit(&app, &v, badge, result, &form, Slot::Achievement(Some(aid)))
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_form_offers_exactly_the_trigger_types_of_the_domain() {
        let offered: Vec<&str> = super::TRIGGERS.iter().map(|(t, _)| *t).collect();
        assert_eq!(offered, crate::domain::badges::TRIGGER_TYPES);
    }
}
