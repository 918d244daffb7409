//! An item's photos in the browser: the gallery on its page, and on its edit page the photo
//! manager (add up to six, alt text, make one the primary, move, delete), for its owner and
//! staff. Adding posts `multipart/form-data` to `/items/{id}/photos`; each photo's buttons
//! post to `/items/{id}/photos/{digest}`.

use crate::i18n::{self, Arg, Lang};
use axum::extract::{Path, State};
use axum::response::Response;
use maud::{html, Markup};

use super::edit::editable;
use crate::domain::photo::{megabytes, Digest, Fit, Photos, Quota, MAX_PER_ITEM};
use crate::domain::records::{Item, ItemId};
use crate::domain::time::now;
use crate::http::error::AppError;
use crate::http::flash::Said;
use crate::http::form::Posted;
use crate::http::pages::layout::{alert, csrf_field, done, refused, Nav};
use crate::http::photos::{img, url};
use crate::http::session::{Member, Viewer};
use crate::http::state::App;
use crate::http::upload::{self, Uploaded};
use crate::store::commands::{AddPhotos, ArrangePhoto, RemovePhoto};
use crate::store::read::Snapshot;
use crate::store::StoreError;

/// The file types the inputs offer.
pub const ACCEPT: &str = "image/jpeg,image/png,image/webp";

/// The item page's gallery: one photo at page size (the primary, or the one chosen), and
/// below it a thumbnail linking to each (`#photo-N`, shown by CSS `:target`, no JavaScript);
/// the large photo opens the full size.
pub fn gallery(photos: &Photos, title: &str, lang: Lang) -> Markup {
    if photos.list.is_empty() {
        return html! {};
    }
    let many = photos.list.len() > 1;
    let t = |id| i18n::text(lang, id);
    let nth = |i: usize| {
        let args = [
            ("number", Arg::count(i + 1)),
            ("total", Arg::count(photos.list.len())),
        ];
        i18n::format(lang, "photo-number-of", &args)
    };
    html! {
        section.gallery aria-label=(t("photos")) {
            div.frames {
                @for (i, p) in photos.list.iter().enumerate() {
                    figure id={ "photo-" (i + 1) } {
                        a href=(url(p, Fit::Full)) { (img(p, Fit::Page, p.alt_or(title), i == 0)) }
                        @if many { figcaption { (nth(i)) } }
                    }
                }
            }
            @if many {
                nav aria-label=(t("photo-choose")) {
                    @for (i, p) in photos.list.iter().enumerate() {
                        a href={ "#photo-" (i + 1) } aria-label=(i18n::format(lang, "photo-number", &[("number", Arg::count(i + 1))])) {
                            (img(p, Fit::Thumb, "", false))
                        }
                    }
                }
            }
        }
    }
}

/// The photo manager on the edit page; `problem`: why the last change was refused.
pub fn manager(
    snap: &Snapshot,
    v: &Viewer,
    id: ItemId,
    item: &Item,
    problem: Option<&str>,
) -> Result<Markup, StoreError> {
    let photos = snap.item_photos(id)?;
    let used = snap.photo_usage(item.owner)?;
    let bound = Quota::PerMember.bytes(snap.setting(Quota::PerMember.key())?.as_deref());
    let room = MAX_PER_ITEM.saturating_sub(photos.list.len());
    let action = |p: &crate::domain::photo::Photo| format!("/items/{id}/photos/{}", p.key().hex());
    let last = photos.list.len().saturating_sub(1);
    Ok(html! {
        section.card.photos #photos aria-labelledby="photos-h" {
            h2 #photos-h { (v.t("photos")) }
            p.muted {
                (v.tr("photos-count", &[("count", Arg::count(photos.list.len())), ("total", Arg::count(MAX_PER_ITEM))])) " "
                @if let Some(bound) = bound {
                    (v.tr("photos-space-of", &[("used", Arg::Text(&megabytes(used))), ("total", Arg::Text(&megabytes(bound)))]))
                } @else {
                    (v.tr("photos-space", &[("used", Arg::Text(&megabytes(used)))]))
                }
            }
            (alert(problem))
            @if !photos.list.is_empty() {
                ol {
                    @for (i, p) in photos.list.iter().enumerate() {
                        li {
                            (img(p, Fit::Thumb, p.alt_or(&item.title), false))
                            @if i == 0 { p.primary-mark { (v.t("photo-primary")) } }
                            form.stack method="post" action=(action(p)) {
                                (csrf_field(v))
                                label { (v.t("photo-describe"))
                                    input type="text" name="alt" value=(p.alt) maxlength="200" placeholder=(item.title);
                                }
                                div.buttons {
                                    button type="submit" name="do" value="alt" { (v.t("photo-save-text")) }
                                    @if i > 0 {
                                        button.secondary type="submit" name="do" value="primary" { (v.t("photo-make-primary")) }
                                        button.secondary type="submit" name="do" value="earlier" aria-label=(v.tr("photo-move-earlier", &[("number", Arg::count(i + 1))])) { (v.t("photo-earlier")) }
                                    }
                                    @if i < last {
                                        button.secondary type="submit" name="do" value="later" aria-label=(v.tr("photo-move-later", &[("number", Arg::count(i + 1))])) { (v.t("photo-later")) }
                                    }
                                    button.danger type="submit" name="do" value="delete" aria-label=(v.tr("photo-delete-number", &[("number", Arg::count(i + 1))])) { (v.t("photo-delete")) }
                                }
                            }
                        }
                    }
                }
            }
            @if room > 0 {
                form.stack method="post" action={ "/items/" (id) "/photos" } enctype="multipart/form-data" {
                    (csrf_field(v))
                    label { (v.tr("photos-add-field", &[("count", Arg::count(room))]))
                        input type="file" name="photos" accept=(ACCEPT) multiple required;
                    }
                    button type="submit" { (v.t("photos-add")) }
                    p.muted { (v.t("photos-stripped")) }
                }
            } @else {
                p.muted { (v.t("photos-full")) }
            }
        }
    })
}

/// The edit page again with the photo manager's refusal.
fn refused_here(app: &App, v: &Viewer, id: ItemId, e: &AppError) -> Result<Response, AppError> {
    let snap = app.engine.snapshot()?;
    let item = snap.item(id)?.ok_or_else(|| AppError::not_found("item"))?;
    let main = super::edit::edit_view(&snap, v, id, &item, Some(&e.message_in(v.lang)))?;
    Ok(refused(e, v, v.t("item-edit"), Nav::MyItems, main))
}

pub(super) async fn add(
    State(app): State<App>,
    Path(id): Path<String>,
    Uploaded(Member { viewer: v, me }, _, files): Uploaded<Member>,
) -> Result<Response, AppError> {
    let (id, _) = editable(&app.engine.snapshot()?, &v, &me, &id)?;
    let started = now();
    let attempt = async {
        if files.is_empty() {
            return Err(AppError::Unprocessable(crate::i18n::phrase::Phrase::id(
                "photos-choose",
            )));
        }
        upload::at_most_an_items_worth(&files)?;
        let photos = upload::prepare(&app, &me, &files, "").await?;
        let cmd = AddPhotos { item: id, photos };
        Ok(app.engine.writer.run(me.actor(), cmd).await?)
    };
    match attempt.await {
        Ok(_) => done(&app, me.id, started, Said::PhotosAdded, &to(id)),
        Err(e) => refused_or(e, &app, &v, id),
    }
}

/// A refusal shown on the edit page; a failure of the server as it is.
fn refused_or(e: AppError, app: &App, v: &Viewer, id: ItemId) -> Result<Response, AppError> {
    if e.status().is_server_error() && e.retry_after().is_none() {
        return Err(e);
    }
    refused_here(app, v, id, &e)
}

/// Where a change sends the browser: the photo manager.
fn to(id: ItemId) -> String {
    format!("/items/{id}/edit#photos")
}

pub(super) async fn change(
    State(app): State<App>,
    Path((id, digest)): Path<(String, String)>,
    Posted(Member { viewer: v, me }, form): Posted<Member>,
) -> Result<Response, AppError> {
    let snap = app.engine.snapshot()?;
    let (id, _) = editable(&snap, &v, &me, &id)?;
    let photo = Digest::parse(&digest).ok_or_else(|| AppError::not_found("photo"))?;
    let photos = snap.item_photos(id)?;
    // Not held while the writer works.
    drop(snap);
    let at = photos
        .position(photo)
        .ok_or_else(|| AppError::not_found("photo"))?;
    let started = now();
    let arrange = |alt: Option<String>, position: Option<usize>| ArrangePhoto {
        item: id,
        photo,
        alt,
        position,
    };
    let (result, said) = match form.text("do") {
        "delete" => (
            app.engine
                .writer
                .run(me.actor(), RemovePhoto { item: id, photo })
                .await,
            Said::PhotoRemoved,
        ),
        "alt" => {
            let cmd = arrange(Some(form.text("alt").to_string()), None);
            (app.engine.writer.run(me.actor(), cmd).await, Said::Saved)
        }
        step @ ("primary" | "earlier" | "later") => {
            let to = match step {
                "primary" => 0,
                "earlier" => at.saturating_sub(1),
                _ => at + 1,
            };
            let cmd = arrange(None, Some(to.min(photos.list.len() - 1)));
            (app.engine.writer.run(me.actor(), cmd).await, Said::Saved)
        }
        _ => {
            return Err(AppError::bad_request(crate::i18n::phrase::Phrase::id(
                "bad-photo-action",
            )))
        }
    };
    match result {
        Ok(_) => done(&app, me.id, started, said, &to(id)),
        Err(e) => refused_or(e.into(), &app, &v, id),
    }
}
