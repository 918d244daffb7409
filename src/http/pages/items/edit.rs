//! Sharing an item (`/items/new`) and editing one (`/items/{id}/edit`, its owner or staff):
//! one form for both. A refused form comes back with what was typed and the reason.

use crate::domain::time::now;
use crate::http::flash::Said;
use crate::http::pages::layout::done;
use crate::http::pages::sentence::Part;
use crate::i18n::phrase::Phrase;
use crate::i18n::Arg;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use maud::{html, Markup};

use super::{access_of, active_groups, condition_label, groups_named, status_label};
use crate::domain::choice::{Condition, ItemStatus, Visibility};
use crate::domain::limits;
use crate::domain::photo::MAX_PER_ITEM;
use crate::domain::records::{GroupId, Item, ItemId, UserId};
use crate::http::error::AppError;
use crate::http::form::{Form, Posted};
use crate::http::limits::{reserve_for, run_limited};
use crate::http::pages::layout::{alert, csrf_field, refused, render, render_status, Nav};
use crate::http::session::{Me, Member, Viewer};
use crate::http::snap::Snap;
use crate::http::state::App;
use crate::http::upload::{self, Uploaded};
use crate::store::commands::{CommandError, ItemFields};
use crate::store::commands::{CreateItem, CreateItemWithPhotos, UpdateItem};
use crate::store::read::Snapshot;
use crate::store::StoreError;

/// The statuses an owner sets by hand (`borrowed` follows the loans).
const SETTABLE: [ItemStatus; 3] = [
    ItemStatus::Available,
    ItemStatus::NotRightNow,
    ItemStatus::SpecialConditions,
];

/// The message saying what a visibility means.
fn visibility_help(v: Visibility) -> &'static str {
    match v {
        Visibility::Public => "visibility-public-help",
        Visibility::Restricted => "visibility-restricted-help",
        Visibility::Private => "visibility-private-help",
    }
}

/// A new item's starting values.
fn blank() -> Form {
    Form::from_pairs([
        ("condition", "good"),
        ("status", "available"),
        ("max_loan_days", "14"),
        ("visibility", "public"),
    ])
}

/// An item's values as the form would post them, so one renderer serves both.
fn values_of(item: &Item) -> Form {
    let category = item.category.map(|c| c.to_string()).unwrap_or_default();
    let days = item.max_loan_days.to_string();
    let groups: Vec<String> = item.groups.iter().map(|g| g.to_string()).collect();
    let mut pairs = vec![
        ("title", item.title.as_str()),
        ("description", &item.description),
        ("category", &category),
        ("condition", item.condition.as_str()),
        ("status", item.status.as_str()),
        ("max_loan_days", &days),
        ("visibility", item.visibility.as_str()),
    ];
    pairs.extend(groups.iter().map(|g| ("groups", g.as_str())));
    if !item.is_active {
        pairs.push(("archive", "on"));
    }
    Form::from_pairs(pairs)
}

/// The fields a posted form names; a value that does not parse comes back as its message.
fn fields_of(form: &Form) -> Result<ItemFields, CommandError> {
    let days: u64 = form.number("max_loan_days")?;
    let mut groups = form.numbers::<GroupId>("groups")?;
    groups.sort_unstable();
    groups.dedup();
    Ok(ItemFields {
        title: form.text("title").to_string(),
        description: form.text("description").to_string(),
        category: form.optional_number("category")?,
        condition: form.choice("condition", Condition::parse)?,
        status: form.choice("status", ItemStatus::parse)?,
        // Too large for u32 is too large for an item: the command says by how much.
        max_loan_days: u32::try_from(days).unwrap_or(u32::MAX),
        visibility: form.choice("visibility", Visibility::parse)?,
        groups,
    })
}

/// The form; `item` is `Some` when editing. `owner` is whose groups are offered.
fn item_form(
    snap: &Snapshot,
    v: &Viewer,
    item: Option<(ItemId, &Item)>,
    owner: UserId,
    form: &Form,
    problem: Option<&str>,
) -> Result<Markup, StoreError> {
    let cats = snap.categories()?;
    let groups = groups_named(snap, &active_groups(snap, owner)?)?;
    let chosen: Vec<&str> = form.all("groups").collect();
    let action = match item {
        Some((id, _)) => format!("/items/{id}/edit"),
        None => "/items/new".into(),
    };
    let lent = item.is_some_and(|(_, i)| i.status == ItemStatus::Borrowed);
    let waiting = match item {
        Some((id, i)) if i.is_active => snap.queue_of(id)?.len(),
        _ => 0,
    };
    Ok(html! {
        section.narrow {
            h1 { @if let Some((_, i)) = item { (v.tr("item-edit-title", &[("item", Arg::Text(&i.title))])) } @else { (v.t("item-share")) } }
            (alert(problem))
            form.stack.item-form method="post" action=(action) enctype=[item.is_none().then_some("multipart/form-data")] {
                (csrf_field(v))
                label { (v.t("field-title"))
                    input type="text" name="title" value=(form.text("title")) required maxlength="200";
                }
                label { (v.t("field-description-optional"))
                    textarea name="description" rows="5" maxlength="5000" { (form.text("description")) }
                }
                label { (v.t("item-category"))
                    select name="category" {
                        option value="" { (v.t("item-none")) }
                        @for (id, c) in cats.iter().filter(|(_, c)| c.is_active) {
                            option value=(id) selected[form.text("category") == id.to_string()] { (c.name) }
                        }
                    }
                }
                label { (v.t("item-condition"))
                    select name="condition" {
                        @for c in Condition::ALL {
                            option value=(c.as_str()) selected[form.text("condition") == c.as_str()] { (condition_label(*c, v.lang)) }
                        }
                    }
                }
                label { (v.t("col-status"))
                    select name="status" aria-describedby=[lent.then_some("status-help")] {
                        @for s in SETTABLE {
                            option value=(s.as_str()) selected[form.text("status") == s.as_str()] { (status_label(s, v.lang)) }
                        }
                    }
                }
                @if lent {
                    small #status-help { (v.t("item-lent-now-help")) }
                }
                label { (v.t("field-longest-loan"))
                    input type="number" name="max_loan_days" value=(form.text("max_loan_days")) required min="1" max="365";
                }
                fieldset {
                    legend { (v.t("item-who-sees")) }
                    @for vis in Visibility::ALL {
                        label.check {
                            input type="radio" name="visibility" value=(vis.as_str()) checked[form.text("visibility") == vis.as_str()];
                            strong { (super::visibility_label(*vis, v.lang)) } " · " (v.t(visibility_help(*vis)))
                        }
                    }
                }
                fieldset {
                    legend { (v.t("item-groups-shared")) }
                    @if groups.is_empty() {
                        p.muted { (v.say("item-no-group", &[("link", Part::Markup(html! { a href="/groups" { (v.t("item-find-group")) } }))])) }
                    }
                    @for (id, g) in &groups {
                        label.check {
                            input type="checkbox" name="groups" value=(id) checked[chosen.contains(&id.to_string().as_str())];
                            (g.name)
                        }
                    }
                }
                @if item.is_none() {
                    label { (v.tr("item-photos-field", &[("count", Arg::count(MAX_PER_ITEM))]))
                        input type="file" name="photos" accept=(super::photos::ACCEPT) multiple;
                    }
                    @if problem.is_some() { p.muted { (v.t("item-photos-again")) } }
                }
                @if item.is_some() {
                    label.check {
                        input type="checkbox" name="archive" checked[form.flag("archive")];
                        (v.t("item-archive-it"))
                    }
                    @if waiting > 0 {
                        p.muted { (v.tr("item-archive-declines", &[("count", Arg::count(waiting))])) }
                    }
                }
                button type="submit" { @if item.is_some() { (v.t("item-save")) } @else { (v.t("item-share-send")) } }
            }
        }
    })
}

pub(super) async fn new_page(
    snap: Snap,
    Member { viewer: v, me }: Member,
) -> Result<Response, AppError> {
    let me = me.id;
    let main = item_form(&snap, &v, None, me, &blank(), None)?;
    Ok(render(&v, v.t("item-share"), Nav::MyItems, main))
}

pub(super) async fn create(
    State(app): State<App>,
    Uploaded(Member { viewer: v, me }, form, files): Uploaded<Member>,
) -> Result<Response, AppError> {
    let actor = me.actor();
    let me = &me;
    let started = now();
    let attempt = async {
        let fields = fields_of(&form).map_err(AppError::from)?;
        upload::at_most_an_items_worth(&files)?;
        if files.is_empty() {
            return run_limited(&app, me.into(), limits::ITEMS, actor, CreateItem(fields)).await;
        }
        // The item is counted before the photos are processed (a member past the limit costs
        // no work), and processed before anything is written: a photo refused leaves no item.
        let counted = reserve_for(&app, me.into(), limits::ITEMS)?;
        let photos = upload::prepare(&app, me, &files, "").await?;
        let cmd = CreateItemWithPhotos { fields, photos };
        let id = app.engine.writer.run(actor, cmd).await?;
        counted.keep();
        Ok(id)
    };
    match attempt.await {
        Ok(id) => done(
            &app,
            me.id,
            started,
            Said::ItemShared,
            &format!("/items/{id}"),
        ),
        Err(e) => {
            let snap = app.engine.snapshot()?;
            let main = item_form(&snap, &v, None, me.id, &form, Some(&e.message_in(v.lang)))?;
            Ok(refused(&e, &v, v.t("item-share"), Nav::MyItems, main))
        }
    }
}

/// The item to edit, for its owner or staff: others get 404 if they may not see it, else 403.
pub(super) fn editable(
    snap: &Snapshot,
    v: &Viewer,
    me: &Me,
    id: &str,
) -> Result<(ItemId, Item), AppError> {
    let access = access_of(snap, v)?;
    let (id, item, _) = super::detail::visible_item(snap, &access, id)?;
    if item.owner != me.id && !me.is_staff {
        return Err(AppError::forbidden(Phrase::id("refuse-item-owner-only")));
    }
    Ok((id, item))
}

pub(super) async fn edit_page(
    snap: Snap,
    Member { viewer: v, me }: Member,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let (id, item) = editable(&snap, &v, &me, &id)?;
    let main = edit_view(&snap, &v, id, &item, None)?;
    Ok(render(&v, v.t("item-edit"), Nav::MyItems, main))
}

/// The edit page: the item's form with its values, and its photos (`photo_problem`: why
/// the last change of them was refused).
pub(super) fn edit_view(
    snap: &Snapshot,
    v: &Viewer,
    id: ItemId,
    item: &Item,
    photo_problem: Option<&str>,
) -> Result<Markup, StoreError> {
    let form = item_form(
        snap,
        v,
        Some((id, item)),
        item.owner,
        &values_of(item),
        None,
    )?;
    let photos = super::photos::manager(snap, v, id, item, photo_problem)?;
    Ok(html! { (form) section.narrow { (photos) } })
}

pub(super) async fn update(
    State(app): State<App>,
    Path(id): Path<String>,
    Posted(Member { viewer: v, me }, form): Posted<Member>,
) -> Result<Response, AppError> {
    let actor = me.actor();
    let (id, _) = {
        let snap = app.engine.snapshot()?;
        editable(&snap, &v, &me, &id)?
    };
    let started = now();
    let attempt = async {
        let cmd = UpdateItem {
            item: id,
            fields: fields_of(&form)?,
            is_active: !form.flag("archive"),
        };
        app.engine.writer.run(actor, cmd).await
    };
    match attempt.await {
        Ok(_) => done(
            &app,
            me.id,
            started,
            Said::ItemSaved,
            &format!("/items/{id}"),
        ),
        Err(e) => {
            let e = AppError::from(e);
            if !matches!(
                e.status(),
                StatusCode::UNPROCESSABLE_ENTITY | StatusCode::CONFLICT
            ) {
                return Err(e);
            }
            let snap = app.engine.snapshot()?;
            let item = snap.item(id)?.ok_or_else(|| AppError::not_found("item"))?;
            let main = item_form(
                &snap,
                &v,
                Some((id, &item)),
                item.owner,
                &form,
                Some(&e.message_in(v.lang)),
            )?;
            Ok(render_status(
                e.status(),
                &v,
                v.t("item-edit"),
                Nav::MyItems,
                main,
            ))
        }
    }
}
