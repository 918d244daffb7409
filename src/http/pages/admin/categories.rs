//! Categories (staff): the list as a tree, a form for a new one (under a parent or not), and
//! each one renamed, moved or archived in place. Archived categories stay on their items but
//! are offered for no new one.

use axum::extract::{Path, State};
use axum::response::Response;
use axum::routing::{get, post};
use axum::Router;
use maud::{html, Markup};

use super::{page, page_status};
use crate::domain::records::{Category, Id};
use crate::domain::validate::Slug;
use crate::http::error::AppError;
use crate::http::form::{Form, Posted};
use crate::http::pages::layout::{alert, csrf_field, saved};
use crate::http::session::{Staff, Viewer};
use crate::http::state::App;
use crate::store::commands::{Command, CreateCategory, MergeCategory, UpdateCategory};

pub(super) fn router() -> Router<App> {
    Router::new()
        .route("/admin/categories", get(list).post(create))
        .route("/admin/categories/{id}", post(update))
        .route("/admin/categories/merge", post(merge))
        .route("/admin/categories/move", post(move_category))
}

/// Categories in tree order (each parent before its children), with their depth.
fn tree(all: &[(Id, Category)]) -> Vec<(usize, Id, &Category)> {
    fn walk<'a>(
        all: &'a [(Id, Category)],
        parent: Option<Id>,
        depth: usize,
        out: &mut Vec<(usize, Id, &'a Category)>,
    ) {
        let mut here: Vec<&(Id, Category)> =
            all.iter().filter(|(_, c)| c.parent == parent).collect();
        here.sort_by_key(|(_, c)| c.name.to_lowercase());
        for (id, c) in here {
            out.push((depth, *id, c));
            if depth < 8 {
                walk(all, Some(*id), depth + 1, out);
            }
        }
    }
    let mut out = Vec::new();
    walk(all, None, 0, &mut out);
    out
}

fn parent_select(
    v: &Viewer,
    all: &[(Id, Category)],
    name: &str,
    chosen: Option<Id>,
    except: Option<Id>,
) -> Markup {
    html! {
        select name=(name) {
            option value="" selected[chosen.is_none()] { (v.t("categories-top-choice")) }
            @for (depth, id, c) in tree(all) {
                @if Some(id) != except {
                    option value=(id) selected[chosen == Some(id)] { ("– ".repeat(depth)) (c.name) }
                }
            }
        }
    }
}

/// A required choice of one category, in tree order.
fn category_select(v: &Viewer, all: &[(Id, Category)], name: &str) -> Markup {
    html! {
        select name=(name) required {
            option value="" { (v.t("categories-choose")) }
            @for (depth, id, c) in tree(all) {
                option value=(id) { ("– ".repeat(depth)) (c.name) }
            }
        }
    }
}

fn view(app: &App, v: &Viewer, problem: Option<&str>) -> Result<Markup, AppError> {
    let all = app.engine.snapshot()?.categories()?;
    Ok(html! {
        h1 { (v.t("admin-categories")) }
        p.lead { (v.t("categories-lead")) }
        (alert(problem))
        section.card aria-labelledby="new-category-h" {
            h2 #new-category-h { (v.t("categories-new")) }
            form.row method="post" action="/admin/categories" {
                (csrf_field(v))
                label { (v.t("field-name")) input type="text" name="name" required maxlength="100"; }
                label { (v.t("categories-under")) (parent_select(v, &all, "parent", None, None)) }
                button type="submit" { (v.t("categories-add")) }
            }
        }
        @if all.len() > 1 {
            section.card aria-labelledby="move-category-h" {
                h2 #move-category-h { (v.t("categories-move-title")) }
                form.row method="post" action="/admin/categories/move" {
                    (csrf_field(v))
                    label { (v.t("categories-move")) (category_select(v, &all, "category")) }
                    label { (v.t("categories-move-under")) (parent_select(v, &all, "parent", None, None)) }
                    button type="submit" { (v.t("categories-move")) }
                }
            }
            section.card aria-labelledby="merge-category-h" {
                h2 #merge-category-h { (v.t("categories-merge-title")) }
                p { (v.t("categories-merge-help")) }
                form.row method="post" action="/admin/categories/merge" {
                    (csrf_field(v))
                    label { (v.t("categories-merge")) (category_select(v, &all, "from")) }
                    label { (v.t("categories-merge-into")) (category_select(v, &all, "into")) }
                    button type="submit" { (v.t("categories-merge")) }
                }
            }
        }
        @if all.is_empty() {
            p.muted { (v.t("categories-none")) }
        } @else {
            div.table-wrap { table.stacked {
                thead { tr { th { (v.t("field-name")) } th { (v.t("categories-under")) } th { (v.t("categories-offered")) } th { span.visually-hidden { (v.t("save")) } } } }
                tbody {
                    @for (depth, id, c) in tree(&all) {
                        @let form_id = format!("category-{id}");
                        tr {
                            td {
                                form #(form_id) method="post" action={ "/admin/categories/" (id) } { (csrf_field(v)) }
                                label { span.visually-hidden { (v.t("field-name")) } ("– ".repeat(depth))
                                    input type="text" name="name" value=(c.name) required maxlength="100" form=(form_id);
                                }
                            }
                            td data-label=(v.t("categories-under")) {
                                // Moved with the form above: one list of every category for the
                                // page, not one per row.
                                input type="hidden" name="parent" value=(c.parent.map(|p| p.to_string()).unwrap_or_default()) form=(form_id);
                                @match c.parent.and_then(|p| all.iter().find(|(i, _)| *i == p)) {
                                    Some((_, p)) => (p.name),
                                    None => span.muted { (v.t("categories-top")) },
                                }
                            }
                            td { label.check { input type="checkbox" name="active" value="on" checked[c.is_active] form=(form_id); (v.t("categories-offered-check")) } }
                            td { button type="submit" form=(form_id) { (v.t("save")) } }
                        }
                    }
                }
            } }
        }
    })
}

async fn list(
    State(app): State<App>,
    Staff { viewer: v, .. }: Staff,
) -> Result<Response, AppError> {
    let main = view(&app, &v, None)?;
    Ok(page(&v, v.t("admin-categories"), "/admin/categories", main))
}

/// The refusal of a category choice left empty (or tampered with) in `field`.
fn choose_a_category(field: &'static str) -> AppError {
    let why = crate::i18n::phrase::Phrase::id("invalid-choose-category");
    crate::domain::validate::invalid(field, why).into()
}

fn parent_of(form: &Form) -> Result<Option<Id>, AppError> {
    match form.text("parent").trim() {
        "" => Ok(None),
        p => p.parse().map(Some).map_err(|_| choose_a_category("parent")),
    }
}

async fn run(
    app: &App,
    staff: &Staff,
    cmd: Result<Command, AppError>,
) -> Result<Response, AppError> {
    let done = match cmd {
        Ok(cmd) => app
            .engine
            .writer
            .run(staff.me.actor(), cmd)
            .await
            .map_err(AppError::from),
        Err(e) => Err(e),
    };
    match done {
        Ok(_) => Ok(saved(app, "/admin/categories")),
        Err(e) => {
            let main = view(app, &staff.viewer, Some(&e.message_in(staff.viewer.lang)))?;
            Ok(page_status(
                e.status(),
                &staff.viewer,
                staff.viewer.t("admin-categories"),
                "/admin/categories",
                main,
            ))
        }
    }
}

/// A slug for a new category named `name`, unused by the others (`tools`, `tools-2`, ...):
/// the item list's filter finds a category by it.
fn free_slug(app: &App, name: &str) -> Result<String, AppError> {
    let taken: Vec<String> = app
        .engine
        .snapshot()?
        .categories()?
        .into_iter()
        .map(|(_, c)| c.slug)
        .collect();
    let base = Slug::spelled(name).unwrap_or_else(|| Slug::from_text("category"));
    let mut slug = base.clone();
    let mut n = 1;
    while taken.iter().any(|t| t == slug.as_str()) {
        n += 1;
        slug = base.with_suffix(n);
    }
    Ok(slug.into_string())
}

async fn create(
    State(app): State<App>,
    Posted(staff, form): Posted<Staff>,
) -> Result<Response, AppError> {
    let name = form.text("name").trim().to_string();
    let slug = free_slug(&app, &name)?;
    let cmd = parent_of(&form).map(|parent| CreateCategory { slug, name, parent }.into());
    run(&app, &staff, cmd).await
}

async fn update(
    State(app): State<App>,
    Path(id): Path<Id>,
    Posted(staff, form): Posted<Staff>,
) -> Result<Response, AppError> {
    let cmd = parent_of(&form).map(|parent| {
        UpdateCategory {
            category: id,
            name: form.text("name").to_string(),
            parent,
            is_active: form.flag("active"),
        }
        .into()
    });
    run(&app, &staff, cmd).await
}

async fn merge(
    State(app): State<App>,
    Posted(staff, form): Posted<Staff>,
) -> Result<Response, AppError> {
    let chosen = |field: &'static str| {
        form.text(field)
            .trim()
            .parse::<Id>()
            .map_err(|_| choose_a_category(field))
    };
    let cmd = chosen("from").and_then(|from| {
        Ok(MergeCategory {
            from,
            into: chosen("into")?,
        }
        .into())
    });
    run(&app, &staff, cmd).await
}

/// `POST /admin/categories/move`: a category put under another (or at the top), its name and
/// whether it is offered kept.
async fn move_category(
    State(app): State<App>,
    Posted(staff, form): Posted<Staff>,
) -> Result<Response, AppError> {
    let chosen = form
        .text("category")
        .trim()
        .parse::<Id>()
        .map_err(|_| choose_a_category("category"));
    let cmd = chosen.and_then(|id| {
        let c = app
            .engine
            .snapshot()?
            .category(id)?
            .ok_or_else(|| AppError::not_found("category"))?;
        Ok(UpdateCategory {
            category: id,
            name: c.name,
            parent: parent_of(&form)?,
            is_active: c.is_active,
        }
        .into())
    });
    run(&app, &staff, cmd).await
}
