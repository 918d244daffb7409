//! `/account/welcome`: after a move from Comuniza, a member whose username could not be kept
//! (invalid here, or another member's ignoring case) is told their new one at their first
//! sign-in, before going on. "Continue" (`POST`) records that they were told.

use crate::http::pages::sentence::Part;
use axum::extract::{Query, State};
use axum::response::Response;
use maud::html;
use serde::Deserialize;

use super::safe_next;
use crate::http::error::AppError;
use crate::http::form::Posted;
use crate::http::pages::layout::{csrf_field, redirect, render, Nav};
use crate::http::session::Member;
use crate::http::snap::Snap;
use crate::http::state::App;
use crate::store::commands::AcknowledgeRename;

#[derive(Deserialize, Default)]
pub(super) struct Next {
    #[serde(default)]
    next: String,
}

pub(super) async fn welcome_page(
    snap: Snap,
    Member { viewer: v, me }: Member,
    Query(q): Query<Next>,
) -> Result<Response, AppError> {
    let next = safe_next(&q.next);
    // Nothing to tell (told already, or never renamed): straight on.
    let Some(old) = snap.renamed_from(me.id)? else {
        return Ok(redirect(next));
    };
    let main = html! {
        section.narrow {
            h1 { (v.t("renamed-title")) }
            p { (v.say("renamed-now", &[("name", Part::Markup(html! { strong { (me.username) } }))])) }
            @if !old.is_empty() {
                p { (v.say("renamed-old", &[("name", Part::Markup(html! { strong { (old) } }))])) }
            }
            p { (v.say("renamed-sign-in", &[("link", Part::Markup(html! { a href="/account" { (v.t("renamed-account-page")) } }))])) }
            form method="post" action="/account/welcome" {
                (csrf_field(&v))
                input type="hidden" name="next" value=(next);
                button type="submit" { (v.t("renamed-continue")) }
            }
        }
    };
    Ok(render(&v, v.t("renamed-page"), Nav::Account, main))
}

pub(super) async fn acknowledge(
    State(app): State<App>,
    Posted(Member { me, .. }, form): Posted<Member>,
) -> Result<Response, AppError> {
    app.engine.writer.run(me.actor(), AcknowledgeRename).await?;
    Ok(redirect(safe_next(form.text("next"))))
}
