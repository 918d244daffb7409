//! Invitations by name waiting for the member (a group's admins invited them): on the account
//! page, each with the group, who invited them, and Accept or Decline.

use axum::extract::{Path, State};
use axum::response::Response;
use maud::{html, Markup};

use crate::domain::records::{GroupId, UserId};
use crate::http::error::AppError;
use crate::http::form::Posted;
use crate::http::pages::layout::{csrf_field, redirect};
use crate::http::session::{Member, Viewer};
use crate::http::state::App;
use crate::store::commands::AnswerInvitation;
use crate::store::read::Snapshot;
use crate::store::StoreError;
use crate::views::audience::Audience;

/// Each waiting invitation: the group's id and name, and who invited them.
pub(crate) fn waiting(
    snap: &Snapshot,
    me: UserId,
    lang: crate::i18n::Lang,
) -> Result<Vec<(GroupId, String, String)>, StoreError> {
    let audience = Audience::new(snap, Some((me, false)));
    let mut out = Vec::new();
    for (group, invitation) in snap.invitations_of(me)? {
        let Some(g) = snap.group(group)?.filter(|g| g.is_active) else {
            continue;
        };
        // Named as the invitee may know them (profile privacy), else by their part.
        let by = match snap.user(invitation.invited_by)? {
            Some(u) if audience.names_on_pages(invitation.invited_by)? => u.display_name(),
            _ => crate::i18n::text(lang, "invited-by-an-admin").to_string(),
        };
        out.push((group, g.name, by));
    }
    Ok(out)
}

/// The account page's part about them (nothing when none waits).
pub(super) fn section(v: &Viewer, snap: &Snapshot, me: UserId) -> Result<Markup, StoreError> {
    let waiting = waiting(snap, me, v.lang)?;
    Ok(html! {
        @if !waiting.is_empty() {
            section.card #invitations aria-labelledby="invitations-h" {
                h2 #invitations-h { (v.t("invitations-title")) }
                ul.invitations {
                    @for (group, name, by) in &waiting {
                        li {
                            p { strong { (name) } span.muted { " · " (v.tr("invited-by", &[("by", crate::i18n::Arg::Text(by))])) } }
                            form.inline method="post" action={ "/account/invitations/" (group) "/accept" } {
                                (csrf_field(v))
                                button type="submit" { (v.t("invitation-accept")) }
                            }
                            " "
                            form.inline method="post" action={ "/account/invitations/" (group) "/decline" } {
                                (csrf_field(v))
                                button.secondary type="submit" { (v.t("action-decline")) }
                            }
                        }
                    }
                }
            }
        }
    })
}

/// `POST /account/invitations/{group}/{accept|decline}`: accepted, to the group's page.
pub(super) async fn answer(
    State(app): State<App>,
    Path((group, answer)): Path<(GroupId, String)>,
    Posted(Member { me, .. }, _): Posted<Member>,
) -> Result<Response, AppError> {
    let accept = match answer.as_str() {
        "accept" => true,
        "decline" => false,
        _ => return Err(AppError::not_found("page")),
    };
    let started = crate::domain::time::now();
    app.engine
        .writer
        .run(me.actor(), AnswerInvitation { group, accept })
        .await?;
    if !accept {
        return Ok(redirect("/account"));
    }
    let slug = app
        .engine
        .snapshot()?
        .group(group)?
        .map(|g| g.slug)
        .unwrap_or_default();
    crate::http::pages::layout::done(
        &app,
        me.id,
        started,
        crate::http::flash::Said::Joined,
        &format!("/groups/{slug}"),
    )
}
