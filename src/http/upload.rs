//! Forms that carry photos (`multipart/form-data`): the [`Uploaded`] extractor reads the text
//! fields into a [`Form`] (its CSRF token checked, as [`super::form::Posted`] does) and the
//! files into [`Upload`]s; [`prepare`] has them processed on the photo threads. Only the
//! addresses [`is_upload`] names take bodies up to `UPLOAD_LIMIT`.

use axum::extract::{FromRef, FromRequest, Multipart, Request};
use axum::http::StatusCode;
use bytes::Bytes;

use super::error::AppError;
use super::form::Form;
use super::limits::reserve;
use super::session::{Me, Viewer, Who};
use super::state::App;
use crate::domain::limits;
use crate::domain::photo::{NewPhoto, MAX_PER_ITEM};
use crate::domain::records::UserId;
use crate::i18n::phrase::Phrase;
use crate::photos::Refused;

/// Whether `path` is an address that takes photos.
pub fn is_upload(path: &str) -> bool {
    let parts: Vec<&str> = path.trim_end_matches('/').split('/').collect();
    matches!(
        parts.as_slice(),
        ["", "items", "new"]
            | ["", "items", _, "photos"]
            | ["", "api", "items", _, "images"]
            | ["", "account", "picture"]
    )
}

/// A file of the form.
#[derive(Debug, Clone)]
pub struct Upload {
    /// Its name on the sender's device, for messages.
    pub name: String,
    pub bytes: Bytes,
}

/// The most parts a form with files has (six photos and a few fields, with room to spare).
const MAX_PARTS: usize = 64;
/// How long a form with files waits for its turn to be received.
const TURN_WAIT: std::time::Duration = std::time::Duration::from_secs(30);

/// The files of a form, and its turn among the forms with files being received: at most
/// [`upload_turns`] are held in memory at once, so uploads cannot exhaust it.
#[derive(Debug, Default)]
pub struct Files {
    list: Vec<Upload>,
    _turn: Option<tokio::sync::OwnedSemaphorePermit>,
    _member: Option<MemberTurn>,
}

/// The forms with files one member may send at once: more would let one member hold every
/// turn (a body may take long on a slow link, as long as it keeps coming).
pub const PER_MEMBER: usize = 2;

/// One of a member's forms with files being received; given back when dropped.
#[derive(Debug)]
pub struct MemberTurn {
    app: App,
    user: UserId,
}

impl MemberTurn {
    fn take(app: &App, user: UserId) -> Result<MemberTurn, AppError> {
        let mut sending = app.uploads_by_member.lock();
        let n = sending.entry(user).or_insert(0);
        if *n >= PER_MEMBER {
            return Err(AppError::TooMany {
                message: Phrase::id("busy-member-uploads").number("count", PER_MEMBER),
                retry_after: TURN_WAIT.as_secs(),
            });
        }
        *n += 1;
        Ok(MemberTurn {
            app: app.clone(),
            user,
        })
    }
}

impl Drop for MemberTurn {
    fn drop(&mut self) {
        let mut sending = self.app.uploads_by_member.lock();
        if let Some(n) = sending.get_mut(&self.user) {
            *n -= 1;
            if *n == 0 {
                sending.remove(&self.user);
            }
        }
    }
}

impl std::ops::Deref for Files {
    type Target = [Upload];

    fn deref(&self) -> &[Upload] {
        &self.list
    }
}

/// Forms with files received at once: two per core (each up to `UPLOAD_LIMIT` in memory).
pub fn upload_turns() -> usize {
    2 * crate::work::cores()
}

/// The text fields and the files of a `multipart/form-data` body (an
/// `application/x-www-form-urlencoded` one has text alone, within the limit of every other
/// form). A file input left empty sends a part without a name or bytes: it is not a file.
/// A body with files waits for its turn (`App::uploads`) before it is read.
pub async fn read(
    app: &App,
    member: Option<UserId>,
    req: Request,
    file_field: &str,
) -> Result<(Form, Files), AppError> {
    let is_multipart = req
        .headers()
        .get(axum::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("multipart/form-data"));
    if !is_multipart {
        // Text alone: the limit of every other form.
        let limited = http_body_util::Limited::new(req.into_body(), super::BODY_LIMIT);
        let bytes = match http_body_util::BodyExt::collect(limited).await {
            Ok(collected) => collected.to_bytes(),
            Err(e) if e.is::<http_body_util::LengthLimitError>() => {
                return Err(AppError::TooLarge(super::BODY_LIMIT))
            }
            Err(e) => return Err(AppError::body_unreadable(&*e, StatusCode::BAD_REQUEST)),
        };
        let form =
            Form::parse(&bytes).map_err(|_| AppError::bad_request(Phrase::id("bad-form-text")))?;
        return Ok((form, Files::default()));
    }
    let member_turn = member.map(|m| MemberTurn::take(app, m)).transpose()?;
    let turn = tokio::time::timeout(TURN_WAIT, app.uploads.clone().acquire_owned())
        .await
        .ok()
        .and_then(Result::ok)
        .ok_or_else(|| AppError::Busy {
            message: Phrase::id("busy-uploads"),
            retry_after: TURN_WAIT.as_secs(),
        })?;
    let mut multipart = Multipart::from_request(req, app).await.map_err(|e| {
        AppError::bad_request(Phrase::id("bad-form-unreadable").text("why", e.to_string()))
    })?;
    let mut pairs: Vec<(String, String)> = Vec::new();
    let mut files = Vec::new();
    let (mut parts, mut text_bytes) = (0, 0);
    loop {
        let field = match multipart.next_field().await {
            Ok(Some(f)) => f,
            Ok(None) => break,
            Err(e) => return Err(unreadable(&e)),
        };
        parts += 1;
        if parts > MAX_PARTS {
            return Err(AppError::Unprocessable(
                Phrase::id("bad-form-parts").number("max", MAX_PARTS),
            ));
        }
        let name = field.name().unwrap_or_default().to_string();
        match field.file_name().map(str::to_string) {
            Some(file) if name == file_field => {
                let bytes = field.bytes().await.map_err(|e| unreadable(&e))?;
                if !(file.is_empty() && bytes.is_empty()) {
                    files.push(Upload { name: file, bytes });
                }
            }
            Some(_) => {}
            None => {
                let text = field.text().await.map_err(|e| unreadable(&e))?;
                // Its text within the limit of a form without files.
                text_bytes += name.len() + text.len();
                if text_bytes > super::BODY_LIMIT {
                    return Err(AppError::TooLarge(super::BODY_LIMIT));
                }
                pairs.push((name, text));
            }
        }
    }
    let form = Form::from_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    Ok((
        form,
        Files {
            list: files,
            _turn: Some(turn),
            _member: member_turn,
        },
    ))
}

/// A multipart body that broke off: too large, too slow, or not multipart.
fn unreadable(e: &axum::extract::multipart::MultipartError) -> AppError {
    match e.status() {
        StatusCode::PAYLOAD_TOO_LARGE => AppError::TooLarge(super::UPLOAD_LIMIT),
        status => AppError::body_unreadable(e, status),
    }
}

/// A form with files posted by a browser, its CSRF token checked, from someone `W` admits;
/// the files are those of its `photos` field.
#[derive(Debug)]
pub struct Uploaded<W = Viewer>(pub W, pub Form, pub Files);

impl<S, W> FromRequest<S> for Uploaded<W>
where
    App: FromRef<S>,
    S: Send + Sync,
    W: Who + Send,
{
    type Rejection = AppError;

    async fn from_request(req: Request, state: &S) -> Result<Uploaded<W>, AppError> {
        let (mut parts, body) = req.into_parts();
        let viewer =
            <Viewer as axum::extract::FromRequestParts<S>>::from_request_parts(&mut parts, state)
                .await?;
        // Who may send it is decided before its body is read.
        let who = W::admit(viewer.clone())?;
        let app = App::from_ref(state);
        let member = viewer.me.as_ref().map(|m| m.id);
        let (form, files) = read(&app, member, Request::from_parts(parts, body), "photos").await?;
        form.check_csrf(&viewer)?;
        Ok(Uploaded(who, form, files))
    }
}

/// Refuses more files than an item holds, before any is processed.
pub fn at_most_an_items_worth(files: &[Upload]) -> Result<(), AppError> {
    if files.len() > MAX_PER_ITEM {
        return Err(AppError::Unprocessable(
            Phrase::id("invalid-photos-fewer").number("max", MAX_PER_ITEM),
        ));
    }
    Ok(())
}

/// Each upload processed on the photo threads, with `alt` as its alt text; the first one
/// refused is the answer, naming its file. It counts against `me`'s photo upload limit
/// first, refused or not: the work is done either way.
pub async fn prepare(
    app: &App,
    me: &Me,
    uploads: &[Upload],
    alt: &str,
) -> Result<Vec<NewPhoto>, AppError> {
    reserve(app, me.into(), limits::PHOTO_UPLOADS)?;
    let mut out = Vec::with_capacity(uploads.len());
    for upload in uploads {
        let prepared = app
            .photos
            .prepare(upload.bytes.clone(), alt.to_string())
            .await
            .map_err(|busy| AppError::Busy {
                message: Phrase::id("busy-photos"),
                retry_after: busy.retry_after.as_secs(),
            })?;
        out.push(prepared.map_err(|r| refused(&upload.name, &r))?);
    }
    Ok(out)
}

/// A refused upload as an answer: 413 for a file too large, 415 for one that is not a photo,
/// 422 for the rest; the message names the file.
pub fn refused(name: &str, r: &Refused) -> AppError {
    let message = if name.is_empty() {
        Phrase::id("photo-not-added")
    } else {
        Phrase::id("photo-named-not-added").text("name", name)
    };
    let message = message.phrase("why", r.phrase());
    match r {
        Refused::TooLarge => AppError::Rejected {
            status: StatusCode::PAYLOAD_TOO_LARGE,
            message,
        },
        Refused::NotAPhoto => AppError::UnsupportedMedia(message),
        Refused::TooManyPixels(_) | Refused::Broken(_) => AppError::Unprocessable(message),
    }
}

#[cfg(test)]
mod tests {
    use super::is_upload;

    #[test]
    fn only_the_addresses_that_take_photos_take_large_bodies() {
        for path in [
            "/items/new",
            "/items/12/photos",
            "/api/items/12/images",
            "/account/picture",
        ] {
            assert!(is_upload(path), "{path}");
        }
        for path in [
            "/items/12/edit",
            "/items/12/photos/abc",
            "/api/items/12",
            "/account",
            "/items/new/x",
            "/login",
        ] {
            assert!(!is_upload(path), "{path}");
        }
    }
}
