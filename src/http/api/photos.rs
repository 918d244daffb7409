//! An item's photos through the API. Reading follows the item's visibility (404 otherwise);
//! writing takes a personal access token, from the item's owner or staff.
//!
//! | method and path | what | answer |
//! |---|---|---|
//! | `GET /api/items/{id}/images` | the photos, primary first | 200 `{"images": [...]}` |
//! | `POST /api/items/{id}/images` | `multipart/form-data`, files in `image` (and `alt`) | 201 `{"images": [...]}` |
//! | `PATCH /api/items/{id}/images/{image}` | `{"alt"?, "position"?}` (position 0: primary) | 200 `{"images": [...]}` |
//! | `DELETE /api/items/{id}/images/{image}` | delete one | 200 `{"images": [...]}` |
//!
//! An image's `id` is its full size's digest; each size has its `url`, `width` and `height`.

use axum::extract::{DefaultBodyLimit, Path, Request, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, patch};
use axum::{Json, Router};
use serde::Deserialize;
use serde_json::{json, Value};

use super::JsonBody;
use crate::domain::photo::{Digest, Fit, Photo};
use crate::domain::records::ItemId;
use crate::http::error::AppError;
use crate::http::pages::items::access_of;
use crate::http::pages::items::detail::visible_item;
use crate::http::photos::url;
use crate::http::session::{TokenHolder, Viewer};
use crate::http::snap::Snap;
use crate::http::state::App;
use crate::http::upload;
use crate::http::UPLOAD_LIMIT;
use crate::i18n::phrase::Phrase;
use crate::store::commands::{AddPhotos, ArrangePhoto, RemovePhoto};
use crate::store::read::Snapshot;

pub(super) fn router() -> Router<App> {
    Router::new()
        .route(
            "/api/items/{id}/images",
            get(list)
                .post(add)
                .layer(DefaultBodyLimit::max(UPLOAD_LIMIT)),
        )
        .route(
            "/api/items/{id}/images/{image}",
            patch(arrange).delete(remove),
        )
}

fn size_json(p: &Photo, fit: Fit) -> Value {
    let s = p.size(fit);
    json!({ "url": url(p, fit), "width": s.width, "height": s.height, "bytes": s.bytes })
}

/// The item's photos as the API shows them.
fn images(snap: &Snapshot, item: ItemId, title: &str) -> Result<Value, AppError> {
    let photos = snap.item_photos(item)?;
    let list: Vec<Value> = photos
        .list
        .iter()
        .enumerate()
        .map(|(i, p)| {
            json!({
                "id": p.key().hex(),
                "position": i,
                "primary": i == 0,
                "alt": p.alt_or(title),
                "thumbnail": size_json(p, Fit::Thumb),
                "page": size_json(p, Fit::Page),
                "full": size_json(p, Fit::Full),
            })
        })
        .collect();
    Ok(json!({ "images": list }))
}

/// The item, if the viewer may see it (else 404, as its page); with `edit`, only for its
/// owner or staff (else 403).
fn item_for(
    snap: &Snapshot,
    v: &Viewer,
    id: &str,
    edit: bool,
) -> Result<(ItemId, String), AppError> {
    let access = access_of(snap, v)?;
    let (id, item, _) = visible_item(snap, &access, id)?;
    if edit && access.me != Some(item.owner) && !access.staff {
        return Err(AppError::forbidden(Phrase::id("refuse-photos-owner")));
    }
    Ok((id, item.title))
}

async fn list(snap: Snap, v: Viewer, Path(id): Path<String>) -> Result<Response, AppError> {
    let (id, title) = item_for(&snap, &v, &id, false)?;
    Ok(Json(images(&snap, id, &title)?).into_response())
}

/// The photos after a change, with `status`.
fn answer(app: &App, id: ItemId, status: StatusCode) -> Result<Response, AppError> {
    let snap = app.engine.snapshot()?;
    let title = snap.item(id)?.map(|i| i.title).unwrap_or_default();
    Ok((status, Json(images(&snap, id, &title)?)).into_response())
}

async fn add(
    State(app): State<App>,
    Path(id): Path<String>,
    TokenHolder(v, me): TokenHolder,
    req: Request,
) -> Result<Response, AppError> {
    let (id, _) = item_for(&app.engine.snapshot()?, &v, &id, true)?;
    let (form, files) = upload::read(&app, Some(me.id), req, "image").await?;
    if files.is_empty() {
        return Err(AppError::Unprocessable(Phrase::id("bad-photos-multipart")));
    }
    upload::at_most_an_items_worth(&files)?;
    let photos = upload::prepare(&app, &me, &files, form.text("alt")).await?;
    let actor = me.actor();
    app.engine
        .writer
        .run(actor, AddPhotos { item: id, photos })
        .await?;
    answer(&app, id, StatusCode::CREATED)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Arrangement {
    #[serde(default)]
    alt: Option<String>,
    #[serde(default)]
    position: Option<usize>,
}

fn image_id(raw: &str) -> Result<Digest, AppError> {
    Digest::parse(raw).ok_or_else(|| AppError::not_found("image"))
}

async fn arrange(
    State(app): State<App>,
    Path((id, image)): Path<(String, String)>,
    TokenHolder(v, me): TokenHolder,
    JsonBody(body): JsonBody<Arrangement>,
) -> Result<Response, AppError> {
    let (id, _) = item_for(&app.engine.snapshot()?, &v, &id, true)?;
    let cmd = ArrangePhoto {
        item: id,
        photo: image_id(&image)?,
        alt: body.alt,
        position: body.position,
    };
    app.engine.writer.run(me.actor(), cmd).await?;
    answer(&app, id, StatusCode::OK)
}

async fn remove(
    State(app): State<App>,
    Path((id, image)): Path<(String, String)>,
    TokenHolder(v, me): TokenHolder,
) -> Result<Response, AppError> {
    let (id, _) = item_for(&app.engine.snapshot()?, &v, &id, true)?;
    let cmd = RemovePhoto {
        item: id,
        photo: image_id(&image)?,
    };
    app.engine.writer.run(me.actor(), cmd).await?;
    answer(&app, id, StatusCode::OK)
}
