//! A member's picture: one photo, processed as items' photos are (upright, three sizes, no
//! metadata), shown beside their name on their profile, the boards and loan pages to whoever
//! may see that name; their initials otherwise.

use axum::extract::State;
use axum::response::Response;
use maud::{html, Markup};

use super::settings::account_again;
use crate::domain::photo::Fit;
use crate::domain::records::UserId;
use crate::domain::time::now;
use crate::http::error::AppError;
use crate::http::flash::Said;
use crate::http::form::Posted;
use crate::http::pages::items::photos::ACCEPT;
use crate::http::pages::layout::{alert, csrf_field, done};
use crate::http::photos::img;
use crate::http::session::{Member, Viewer};
use crate::http::state::App;
use crate::http::upload::{self, Uploaded};
use crate::store::commands::SetAvatar;
use crate::store::read::Snapshot;
use crate::store::StoreError;

/// The account page's part about it; `problem`: why the last change was refused.
pub(super) fn section(
    v: &Viewer,
    snap: &Snapshot,
    me: UserId,
    name: &str,
    problem: Option<&str>,
) -> Result<Markup, StoreError> {
    let picture = snap.avatar(me)?;
    Ok(html! {
        section.card #picture aria-labelledby="picture-h" {
            h2 #picture-h { (v.t("picture-title")) }
            (alert(problem))
            div.row {
                @match &picture {
                    Some(p) => (img(p, Fit::Thumb, v.t("picture-yours"), true)),
                    None => (crate::http::photos::avatar(None, name, 96)),
                }
                p.muted { (v.t("picture-help")) }
            }
            form.stack method="post" action="/account/picture" enctype="multipart/form-data" {
                (csrf_field(v))
                label { (v.t("picture-field"))
                    input type="file" name="photos" accept=(ACCEPT) required;
                }
                button type="submit" { @if picture.is_some() { (v.t("picture-change")) } @else { (v.t("picture-add")) } }
            }
            @if picture.is_some() {
                form method="post" action="/account/picture/remove" {
                    (csrf_field(v))
                    button.secondary type="submit" { (v.t("picture-remove")) }
                }
            }
        }
    })
}

/// `POST /account/picture`: one photo, processed, becomes the picture.
pub(super) async fn save(
    State(app): State<App>,
    Uploaded(Member { viewer: v, me }, _, files): Uploaded<Member>,
) -> Result<Response, AppError> {
    let started = now();
    let attempt = async {
        let [file] = &files[..] else {
            return Err(AppError::Unprocessable(crate::i18n::phrase::Phrase::id(
                "picture-choose-one",
            )));
        };
        let mut photos = upload::prepare(&app, &me, std::slice::from_ref(file), "").await?;
        let cmd = SetAvatar {
            user: me.id,
            photo: photos.pop(),
        };
        Ok(app.engine.writer.run(me.actor(), cmd).await?)
    };
    match attempt.await {
        Ok(_) => done(&app, me.id, started, Said::PictureSaved, "/account#picture"),
        Err(e) if e.status().is_server_error() && e.retry_after().is_none() => Err(e),
        Err(e) => account_again(&app, &v, &me, "picture", &e, None),
    }
}

/// `POST /account/picture/remove`.
pub(super) async fn remove(
    State(app): State<App>,
    Posted(Member { me, .. }, _): Posted<Member>,
) -> Result<Response, AppError> {
    let started = now();
    let cmd = SetAvatar {
        user: me.id,
        photo: None,
    };
    app.engine.writer.run(me.actor(), cmd).await?;
    done(&app, me.id, started, Said::Saved, "/account#picture")
}
