//! What a viewer does on a group's page, each a one-button form: join (or ask to), withdraw
//! or leave, and for the group's admins approve, ban, unban, promote, demote and remove a
//! member. A refusal shows the group's page again with the reason and the command's status.

use axum::extract::{Path, State};
use axum::response::Response;

use super::detail::show;
use super::leaving::told;
use super::{load, Departure, Loaded};
use axum::http::StatusCode;

use crate::domain::choice::{MemberStatus, Privacy};
use crate::domain::records::UserId;
use crate::domain::time::now;
use crate::http::error::AppError;
use crate::http::flash::{self, Said};
use crate::http::form::Posted;
use crate::http::pages::layout::{redirect, render, Nav};
use crate::http::session::Member;
use crate::http::state::App;
use crate::i18n::Arg;
use crate::store::commands::{Command, Moderation};
use crate::store::commands::{JoinGroup, LeaveGroup, Moderate};
use crate::store::StoreError;

/// Runs a command about a group the viewer may see; success answers `then` (by default, back
/// to the group's page), a refusal shows the page again with the reason.
pub(super) async fn act(
    app: &App,
    member: &Member,
    slug: &str,
    cmd: impl FnOnce(&Loaded) -> Result<Command, AppError>,
    then: impl FnOnce(&Loaded) -> Response,
) -> Result<Response, AppError> {
    let (v, actor) = (&member.viewer, member.me.actor());
    let g = load(&app.engine.snapshot()?, v, slug)?;
    let outcome = match cmd(&g) {
        Ok(c) => app
            .engine
            .writer
            .run(actor, c)
            .await
            .map_err(AppError::from),
        Err(e) => Err(e),
    };
    match outcome {
        Ok(_) => Ok(then(&g)),
        Err(e) => show(
            &app.engine.snapshot()?,
            v,
            slug,
            &Default::default(),
            e.status(),
            Some(&e.message_in(v.lang)),
        ),
    }
}

pub(super) async fn join(
    State(app): State<App>,
    Path(slug): Path<String>,
    Posted(member, _): Posted<Member>,
) -> Result<Response, AppError> {
    let started = now();
    let mut res = act(
        &app,
        &member,
        &slug,
        |g| Ok(JoinGroup { group: g.id }.into()),
        back_to_group,
    )
    .await?;
    if res.status() == StatusCode::SEE_OTHER {
        // In at once (an open group), or asked: the admins answer.
        let snap = app.engine.snapshot()?;
        let g = load(&snap, &member.viewer, &slug)?;
        let said = match g.mine.map(|m| m.status) {
            Some(MemberStatus::Active) => Said::Joined,
            _ => Said::AskedToJoin,
        };
        let shown = flash::after(&snap, member.me.id, started, said)?;
        flash::set(&mut res, shown, app.config.secure_cookies);
    }
    Ok(res)
}

pub(super) async fn leave(
    State(app): State<App>,
    Path(slug): Path<String>,
    Posted(member, _): Posted<Member>,
) -> Result<Response, AppError> {
    // What leaving changes, read just before: told once it is done.
    let departure = {
        let snap = app.engine.snapshot()?;
        let g = load(&snap, &member.viewer, &slug)?;
        Departure::of(&snap, member.me.id, g.id)?
    };
    let v = member.viewer.clone();
    let then = move |g: &Loaded| {
        if !departure.is_empty() {
            let main = told(&v, &departure, &g.group.name);
            let title = v.tr("leaving-left", &[("group", Arg::Text(&g.group.name))]);
            return render(&v, &title, Nav::Groups, main);
        }
        // Someone leaving a private group may no longer see its page.
        match g.group.privacy {
            Privacy::Private => redirect("/groups"),
            _ => back_to_group(g),
        }
    };
    act(
        &app,
        &member,
        &slug,
        |g| Ok(LeaveGroup { group: g.id }.into()),
        then,
    )
    .await
}

fn back_to_group(g: &Loaded) -> Response {
    redirect(&g.path())
}

fn moderation(action: &str) -> Option<Moderation> {
    Some(match action {
        "approve" => Moderation::Approve,
        "ban" => Moderation::Ban,
        "unban" => Moderation::Unban,
        "promote" => Moderation::Promote,
        "demote" => Moderation::Demote,
        "remove" => Moderation::Remove,
        _ => return None,
    })
}

fn user_id(app: &App, username: &str) -> Result<Option<UserId>, StoreError> {
    app.engine.snapshot()?.user_id_by_username(username)
}

pub(super) async fn moderate(
    State(app): State<App>,
    Path((slug, username, action)): Path<(String, String, String)>,
    Posted(member, _): Posted<Member>,
) -> Result<Response, AppError> {
    let action = moderation(&action).ok_or_else(|| AppError::not_found("page"))?;
    let user = user_id(&app, &username)?;
    let cmd = |g: &Loaded| {
        let user = user.ok_or_else(|| AppError::not_found("member"))?;
        Ok(Moderate {
            group: g.id,
            user,
            action,
        }
        .into())
    };
    act(&app, &member, &slug, cmd, back_to_group).await
}
