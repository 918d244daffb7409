//! `/groups/{slug}/requests/{username}`: the conversation of a member's request to join a group,
//! between the member and the group's active admins. Nobody else may open it (staff who do not
//! run the group included): for them it is not there. It lasts as long as the membership record
//! (declining or withdrawing the request ends it).

use crate::http::pages::sentence::Part;
use crate::i18n::Arg;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use maud::html;

use crate::domain::choice::MemberStatus;
use crate::domain::conversation::Thread;
use crate::domain::records::{Group, Membership, User};
use crate::http::error::AppError;
use crate::http::flash::Said;
use crate::http::form::Posted;
use crate::http::pages::conversation::{is_party, section, Around};
use crate::http::pages::layout::{done, render_status, Nav};
use crate::http::session::{Me, Member, Viewer};
use crate::http::state::App;
use crate::store::commands::{ReportMessage, WriteMessage};
use crate::store::read::Snapshot;

/// The request as one of its people sees it.
struct Request {
    thread: Thread,
    group: Group,
    member: User,
    membership: Membership,
    path: String,
}

/// The request at `slug` and `username`, if `me` is the member who asked or runs the group.
fn find(snap: &Snapshot, me: &Me, slug: &str, username: &str) -> Result<Request, AppError> {
    let missing = || AppError::not_found("conversation");
    let group_id = snap.group_id_by_slug(slug)?.ok_or_else(missing)?;
    let member_id = snap.user_id_by_username(username)?.ok_or_else(missing)?;
    let id = snap
        .membership_id(group_id, member_id)?
        .ok_or_else(missing)?;
    let membership = snap.membership_by_id(id)?.ok_or_else(missing)?;
    if !is_party(snap, Thread::Join(id), me.id)? {
        return Err(missing());
    }
    let group = snap.group(group_id)?.ok_or_else(missing)?;
    let member = snap.user(member_id)?.ok_or_else(missing)?;
    Ok(Request {
        thread: Thread::Join(id),
        path: format!("/groups/{}/requests/{}", group.slug, member.username),
        group,
        member,
        membership,
    })
}

fn show(
    snap: &Snapshot,
    v: &Viewer,
    me: &Me,
    r: &Request,
    (page, problem): (&str, Option<(&str, &str)>),
) -> Result<(String, maud::Markup), AppError> {
    let zone = snap.zone_for(Some(me.id))?;
    let around = Around {
        thread: r.thread,
        path: &r.path,
        first: None,
        page,
        problem,
    };
    let asker = me.id == r.membership.user;
    let group = Arg::Text(&r.group.name);
    let title = if asker {
        v.tr("request-yours", &[("group", group)])
    } else {
        let name = r.member.display_name();
        let name = Arg::Text(&name);
        v.tr("request-theirs", &[("name", name), ("group", group)])
    };
    let state = match r.membership.status {
        MemberStatus::Pending => "request-pending",
        MemberStatus::Active => "request-approved",
        MemberStatus::Banned => "request-banned",
    };
    let main = html! {
        article.join-request {
            h1 { (title) }
            p { (v.say("request-state", &[("state", Part::Markup(html! { strong { (v.t(state)) } }))])) " "
                @if asker {
                    (v.t("request-write-admins"))
                } @else {
                    (v.say("request-answer-on", &[("link", Part::Markup(html! { a href={ "/groups/" (r.group.slug) } { (v.t("request-the-page")) } }))]))
                }
            }
            (section(snap, v, (me.id, &zone), &around)?)
        }
    };
    Ok((title, main))
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub(super) struct PageQuery {
    messages: String,
}

pub(super) async fn page(
    State(app): State<App>,
    Member { viewer: v, me }: Member,
    Path((slug, username)): Path<(String, String)>,
    Query(q): Query<PageQuery>,
) -> Result<Response, AppError> {
    let snap = app.engine.snapshot()?;
    let r = find(&snap, &me, &slug, &username)?;
    let (title, main) = show(&snap, &v, &me, &r, (&q.messages, None))?;
    Ok(render_status(StatusCode::OK, &v, &title, Nav::Groups, main))
}

/// After a refused message or report: the page again with the reason, and what was typed.
fn refused(
    app: &App,
    v: &Viewer,
    me: &Me,
    (slug, username): (&str, &str),
    typed: &str,
    e: AppError,
) -> Result<Response, AppError> {
    if matches!(e.status(), StatusCode::NOT_FOUND | StatusCode::FORBIDDEN) {
        return Err(e);
    }
    let snap = app.engine.snapshot()?;
    let r = find(&snap, me, slug, username)?;
    let message = e.message_in(v.lang);
    let (title, main) = show(&snap, v, me, &r, ("", Some((&message, typed))))?;
    Ok(render_status(e.status(), v, &title, Nav::Groups, main))
}

/// `POST .../messages`.
pub(super) async fn write(
    State(app): State<App>,
    Path((slug, username)): Path<(String, String)>,
    Posted(Member { viewer: v, me }, form): Posted<Member>,
) -> Result<Response, AppError> {
    let (thread, path) = {
        let snap = app.engine.snapshot()?;
        let r = find(&snap, &me, &slug, &username)?;
        (r.thread, r.path)
    };
    let started = crate::domain::time::now();
    let body = form.text("body");
    let cmd = WriteMessage {
        thread,
        body: body.to_string(),
    };
    match crate::http::limits::run_limited(
        &app,
        (&me).into(),
        crate::domain::limits::MESSAGES,
        me.actor(),
        cmd,
    )
    .await
    {
        Ok(_) => done(
            &app,
            me.id,
            started,
            Said::MessageSent,
            &format!("{path}#messages"),
        ),
        Err(e) => refused(&app, &v, &me, (&slug, &username), body, e),
    }
}

/// `POST .../messages/{n}/report`.
pub(super) async fn report(
    State(app): State<App>,
    Path((slug, username, number)): Path<(String, String, String)>,
    Posted(Member { viewer: v, me }, form): Posted<Member>,
) -> Result<Response, AppError> {
    let number: u64 = number.parse().map_err(|_| AppError::not_found("message"))?;
    let (thread, path) = {
        let snap = app.engine.snapshot()?;
        let r = find(&snap, &me, &slug, &username)?;
        (r.thread, r.path)
    };
    let started = crate::domain::time::now();
    let cmd = ReportMessage {
        thread,
        number,
        note: form.text("note").to_string(),
    };
    match app.engine.writer.run(me.actor(), cmd).await {
        Ok(_) => done(
            &app,
            me.id,
            started,
            Said::Reported,
            &format!("{path}#message-{number}"),
        ),
        Err(e) => refused(&app, &v, &me, (&slug, &username), "", e.into()),
    }
}
