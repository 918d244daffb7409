//! Serving stored photos at `/photos/{digest}.jpg`, and the markup that shows them. An
//! address names the bytes' SHA-256, so what it serves never changes: a year of caching in
//! the viewer's browser, and the digest is the ETag. Who may fetch one follows what shows it (`photo::Use`): an item's
//! photo whoever may see the item, a member's picture whoever may see their name; anyone
//! else gets 404, as for the item itself.

use axum::extract::{Path, Request, State};
use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use maud::{html, Markup};

use super::error::AppError;
use super::pages::items::Access;
use super::session::Viewer;
use super::snap::Snap;
use super::state::App;
use crate::domain::photo::{Digest, Fit, Photo, Use};
use crate::store::read::Snapshot;
use crate::views::audience::Audience;

pub fn router() -> Router<App> {
    Router::new().route("/photos/{name}", get(serve))
}

/// The address of one size of a photo.
pub fn url(photo: &Photo, fit: Fit) -> String {
    format!("/photos/{}.jpg", photo.size(fit).digest.hex())
}

/// Whether one of the uses of a stored size shows it to `v` (`None`: an anonymous visitor):
/// an item they may see (staff see every item), a member whose name they may see.
fn shown_to(snap: &Snapshot, v: Option<&Viewer>, uses: &[Use]) -> Result<bool, AppError> {
    let me = v.and_then(|v| v.me.as_ref());
    let staff = me.is_some_and(|m| m.is_staff);
    let mut access: Option<Access> = None;
    let audience = Audience::new(snap, me.map(|m| (m.id, m.is_staff)));
    for &u in uses {
        let shown = match u {
            Use::Item(id) => {
                let Some(item) = snap.item(id)? else { continue };
                let owner_active = snap.is_active(item.owner)?;
                let access = match (&mut access, v) {
                    (Some(a), _) => a,
                    (None, Some(v)) => access.insert(super::pages::items::access_of(snap, v)?),
                    (None, None) => access.insert(Access::default()),
                };
                access.may_open_item(&item, owner_active)
            }
            Use::Avatar(user) => {
                staff || audience.names_on_pages(user)? || audience.names_on_boards(user)?
            }
        };
        if shown {
            return Ok(true);
        }
    }
    Ok(false)
}

/// `GET /photos/{digest}.jpg`. Most photos are of public items: whether anyone may see one is
/// asked first, and only when not is the viewer (their session) read.
async fn serve(
    State(app): State<App>,
    snap: Snap,
    Path(name): Path<String>,
    req: Request,
) -> Result<Response, AppError> {
    let digest = name
        .strip_suffix(".jpg")
        .and_then(Digest::parse)
        .ok_or_else(|| AppError::not_found("photo"))?;
    let uses = snap.photo_uses(digest)?;
    let shown = shown_to(&snap, None, &uses)? || {
        let (parts, _) = req.into_parts();
        let v = Viewer::of_request(&parts, &app)?;
        shown_to(&snap, Some(&v), &uses)?
    };
    if !shown {
        return Err(AppError::not_found("photo"));
    }
    let bytes = snap
        .photo_bytes(digest)?
        .ok_or_else(|| AppError::not_found("photo"))?;
    let etag = HeaderValue::from_str(&format!("\"{}\"", digest.hex()))
        .map_err(|e| AppError::internal(e.to_string()))?;
    Ok((
        [
            (header::CONTENT_TYPE, HeaderValue::from_static("image/jpeg")),
            // The bytes never change; whether someone may see them can (an item made
            // private): kept by the viewer's browser, never by a cache shared with others.
            (
                header::CACHE_CONTROL,
                HeaderValue::from_static("private, max-age=31536000, immutable"),
            ),
            (header::ETAG, etag),
        ],
        bytes,
    )
        .into_response())
}

/// An `<img>` of one size of a photo, its width and height set so the page does not move
/// when it arrives; lazy-loaded unless `eager`.
pub fn img(photo: &Photo, fit: Fit, alt: &str, eager: bool) -> Markup {
    let size = photo.size(fit);
    html! {
        img src=(url(photo, fit)) alt=(alt) width=(size.width) height=(size.height)
            loading=(if eager { "eager" } else { "lazy" }) decoding="async";
    }
}

/// What stands where an item without a photo would show one: its category's initial on the
/// category's own colour (or a neutral one), hidden from screen readers (the title says it).
pub fn placeholder(category: Option<(u64, &str)>) -> Markup {
    let (letter, hue) = match category {
        Some((id, name)) => (
            name.chars().next().map(|c| c.to_uppercase().to_string()),
            (id * 67) % 360,
        ),
        None => (None, 200),
    };
    html! {
        span.photo-none aria-hidden="true" style={ "--hue:" (hue) } {
            (letter.unwrap_or_else(|| "·".into()))
        }
    }
}

/// A member's picture, or their initials, at `px` pixels square.
pub fn avatar(picture: Option<&Photo>, name: &str, px: u32) -> Markup {
    match picture {
        Some(p) => html! {
            img.avatar src=(url(p, Fit::Thumb)) alt="" width=(px) height=(px) loading="lazy" decoding="async";
        },
        None => {
            let initials: String = name
                .split_whitespace()
                .filter_map(|w| w.chars().next())
                .take(2)
                .flat_map(char::to_uppercase)
                .collect();
            html! { span.avatar.initials aria-hidden="true" style={ "width:" (px) "px;height:" (px) "px" } { (initials) } }
        }
    }
}
