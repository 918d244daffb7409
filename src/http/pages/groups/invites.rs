//! Invitations to a group (`domain::invite`). For the group's admins, a part of its page: the
//! links (with their expiry, uses and a button to withdraw each), a form for a new one, and
//! invitations by username. For whoever holds a link, `/invite/{code}`: the group shown (a
//! private one too) and the way in, through sign-up or sign-in when needed and back.

use crate::i18n::phrase::Phrase;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use maud::{html, Markup};

use super::actions::act;
use super::{load, member_count, place, privacy_pill, Loaded};
use crate::auth::secret;
use crate::domain::choice::MemberStatus;
use crate::domain::invite::{InviteLink, LinkState, MAX_LINK_DAYS, MAX_LINK_USES};
use crate::domain::records::UserId;
use crate::domain::time::now;
use crate::domain::zone::Zone;
use crate::http::error::AppError;
use crate::http::flash::{self, Said};
use crate::http::form::Posted;
use crate::http::pages::layout::{csrf_field, post_button, redirect, render_status, Nav};
use crate::http::session::{Member, Viewer};
use crate::http::snap::Snap;
use crate::http::state::App;
use crate::i18n::Arg;
use crate::store::commands::{
    CreateInviteLink, InviteMember, JoinByLink, RevokeInviteLink, WithdrawInvitation,
};
use crate::store::read::Snapshot;
use crate::store::StoreError;

/// What the admins' part of the page shows.
pub(super) struct AdminView {
    links: Vec<(String, InviteLink)>,
    /// Members invited by name who have not answered, by the username the admin typed (their
    /// display name is for those their privacy lets see it).
    invited: Vec<String>,
    /// The admin's time zone, for the days links run out.
    zone: Zone,
}

impl AdminView {
    pub(super) fn read(
        snap: &Snapshot,
        g: &Loaded,
        viewer: Option<UserId>,
    ) -> Result<Option<AdminView>, StoreError> {
        if !g.manages {
            return Ok(None);
        }
        let mut links = snap.invite_links_of(g.id)?;
        // Newest first: the one just made is on top.
        links.sort_by_key(|(_, l)| std::cmp::Reverse(l.created_at));
        let mut invited = Vec::new();
        for user in snap.invited_to(g.id)? {
            if let Some(u) = snap.user(user)? {
                invited.push(u.username);
            }
        }
        Ok(Some(AdminView {
            links,
            invited,
            zone: snap.zone_for(viewer)?,
        }))
    }
}

/// A link's state: its message id and the pill's class.
fn link_state_words(l: &InviteLink, at: i64) -> (&'static str, &'static str) {
    match l.state(at) {
        LinkState::Open => ("invite-open", "ok"),
        LinkState::Expired => ("invite-expired", ""),
        LinkState::UsedUp => ("invite-used-up", ""),
        LinkState::Revoked => ("invite-withdrawn", "danger"),
    }
}

/// The admins' part of the group's page.
pub(super) fn section(v: &Viewer, g: &Loaded, view: &AdminView) -> Markup {
    let path = g.path();
    let at = now();
    html! {
        section.card.invites aria-labelledby="invites-h" {
            h2 #invites-h { (v.t("invite-people")) }
            p { @if g.group.privacy != crate::domain::choice::Privacy::Public { (v.t("invite-link-what-no-wait")) } @else { (v.t("invite-link-what")) } }
            form.row method="post" action={ (path) "/invites" } {
                (csrf_field(v))
                label { (v.t("invite-valid-for"))
                    select name="days" {
                        @for days in [1, 7, 30, MAX_LINK_DAYS] {
                            option value=(days) selected[days == 7] { (v.tr("count-days", &[("count", Arg::count(days))])) }
                        }
                    }
                }
                label { (v.t("invite-how-many"))
                    input type="number" name="max_uses" min="0" max=(MAX_LINK_USES) value="10" inputmode="numeric";
                }
                button type="submit" { (v.t("invite-make-link")) }
            }
            p.muted { (v.t("invite-no-limit-help")) }
            @if !view.links.is_empty() {
                div.table-wrap { table.stacked {
                    thead { tr { th { (v.t("col-link")) } th { (v.t("col-until")) } th { (v.t("col-used")) } th { (v.t("col-state")) } th { span.visually-hidden { (v.t("col-actions")) } } } }
                    tbody {
                        @for (code, l) in &view.links {
                            @let (state, class) = link_state_words(l, at);
                            tr {
                                td { a href={ "/invite/" (code) } { "/invite/" (code) } }
                                td data-label=(v.t("col-until")) { (v.day(&view.zone, l.expires_at)) }
                                td data-label=(v.t("col-used")) {
                                    @if l.max_uses > 0 {
                                        (v.tr("invite-uses-of", &[("count", Arg::count(l.uses)), ("total", Arg::count(l.max_uses))]))
                                    } @else {
                                        (v.tr("invite-uses", &[("count", Arg::count(l.uses))]))
                                    }
                                }
                                td { span.pill.(class) { (v.t(state)) } }
                                td {
                                    @if l.state(at) == LinkState::Open {
                                        (post_button(v, &format!("{path}/invites/{code}/revoke"), v.t("invite-withdraw"), "secondary"))
                                    }
                                }
                            }
                        }
                    }
                } }
            }
            h3 { (v.t("invite-by-name")) }
            form.row method="post" action={ (path) "/invitations" } {
                (csrf_field(v))
                label { (v.t("field-username"))
                    input type="text" name="username" required maxlength="50" autocomplete="off";
                }
                button type="submit" { (v.t("invite")) }
            }
            p.muted { (v.t("invite-by-name-help")) }
            @if !view.invited.is_empty() {
                ul.invited {
                    @for username in &view.invited {
                        li {
                            (username) " " span.pill { (v.t("invite-invited")) } " "
                            (post_button(v, &format!("{path}/invitations/{username}/withdraw"), v.t("invite-withdraw"), "secondary"))
                        }
                    }
                }
            }
        }
    }
}

/// A new link's code: 22 URL-safe characters (132 random bits).
fn new_code() -> String {
    secret::new_secret().chars().take(22).collect()
}

/// A whole number typed into the form, or a clear refusal.
fn number(form: &crate::http::form::Form, field: &'static str) -> Result<u32, AppError> {
    let text = form.text(field).trim();
    if text.is_empty() {
        return Ok(0);
    }
    text.parse().map_err(|_| {
        let why = crate::i18n::phrase::Phrase::id("invalid-whole-number");
        crate::domain::validate::invalid(field, why).into()
    })
}

/// `POST /groups/{slug}/invites`.
pub(super) async fn create_link(
    State(app): State<App>,
    Path(slug): Path<String>,
    Posted(member, form): Posted<Member>,
) -> Result<Response, AppError> {
    let cmd = |g: &Loaded| {
        Ok(CreateInviteLink {
            group: g.id,
            code: new_code(),
            days: number(&form, "days")?,
            max_uses: number(&form, "max_uses")?,
        }
        .into())
    };
    act(&app, &member, &slug, cmd, to_invites).await
}

fn to_invites(g: &Loaded) -> Response {
    redirect(&format!("{}#invites-h", g.path()))
}

/// `POST /groups/{slug}/invites/{code}/revoke`.
pub(super) async fn revoke_link(
    State(app): State<App>,
    Path((slug, code)): Path<(String, String)>,
    Posted(member, _): Posted<Member>,
) -> Result<Response, AppError> {
    let cmd = |g: &Loaded| Ok(RevokeInviteLink { group: g.id, code }.into());
    act(&app, &member, &slug, cmd, to_invites).await
}

/// The member named `username`, or "member not found", asked only by the group's admins:
/// anyone else is refused before any name is looked up (whether a name exists is no one
/// else's business).
fn member_named(app: &App, g: &Loaded, username: &str) -> Result<UserId, AppError> {
    if !g.manages {
        return Err(AppError::forbidden(Phrase::id("refuse-admins-only")));
    }
    app.engine
        .snapshot()?
        .user_id_by_username(username.trim())?
        .ok_or_else(|| AppError::not_found("member"))
}

/// `POST /groups/{slug}/invitations`: a member invited by name.
pub(super) async fn invite_member(
    State(app): State<App>,
    Path(slug): Path<String>,
    Posted(member, form): Posted<Member>,
) -> Result<Response, AppError> {
    let cmd = |g: &Loaded| {
        let user = member_named(&app, g, form.text("username"))?;
        Ok(InviteMember { group: g.id, user }.into())
    };
    act(&app, &member, &slug, cmd, to_invites).await
}

/// `POST /groups/{slug}/invitations/{username}/withdraw`.
pub(super) async fn withdraw_invitation(
    State(app): State<App>,
    Path((slug, username)): Path<(String, String)>,
    Posted(member, _): Posted<Member>,
) -> Result<Response, AppError> {
    let cmd = |g: &Loaded| {
        let user = member_named(&app, g, &username)?;
        Ok(WithdrawInvitation { group: g.id, user }.into())
    };
    act(&app, &member, &slug, cmd, to_invites).await
}

/// `GET /invite/{code}`: the group as the link shows it, and the way in.
pub(super) async fn link_page(
    snap: Snap,
    v: Viewer,
    Path(code): Path<String>,
) -> Result<Response, AppError> {
    link_view(&snap, &v, &code, StatusCode::OK, None)
}

fn link_view(
    snap: &Snapshot,
    v: &Viewer,
    code: &str,
    status: StatusCode,
    problem: Option<&str>,
) -> Result<Response, AppError> {
    let link = snap
        .invite_link(code)?
        .ok_or_else(|| AppError::not_found("invitation"))?;
    let state = link.state(now());
    let group = snap
        .group(link.group)?
        .ok_or_else(|| AppError::not_found("invitation"))?;
    if state != LinkState::Open || !group.is_active {
        // Nothing about the group to whoever holds a dead link.
        let why = match state {
            _ if !group.is_active => "invite-dead-closed",
            LinkState::Expired => "invite-dead-expired",
            LinkState::UsedUp => "invite-dead-used-up",
            _ => "invite-dead-withdrawn",
        };
        let main = html! {
            h1 { (v.t("invite-dead")) }
            p.lead { (v.t(why)) " " (v.t("invite-ask-new")) }
        };
        return Ok(render_status(
            StatusCode::GONE,
            v,
            v.t("invitation"),
            Nav::Groups,
            main,
        ));
    }
    let mine = match v.id() {
        Some(me) => snap.membership(link.group, me)?.map(|m| m.status),
        None => None,
    };
    let members = member_count(snap, link.group)?;
    let at = place(&group);
    let here = format!("/invite/{code}");
    let next = form_urlencoded::byte_serialize(here.as_bytes()).collect::<String>();
    let main = html! {
        article.group.invitation {
            p.muted { (v.t("invite-you-are-invited")) }
            h1 { (group.name) }
            p.group-meta {
                (privacy_pill(group.privacy, v.lang)) " " (v.tr("groups-members", &[("count", Arg::count(members))]))
                @if !at.is_empty() { " · " (at) }
            }
            (crate::http::pages::layout::alert(problem))
            @if !group.description.trim().is_empty() {
                section.description aria-label=(v.t("group-about")) {
                    @for para in group.description.split("\n\n") { p { (para.trim()) } }
                }
            }
            @match (v.me.is_some(), mine) {
                (false, _) => {
                    p.actions {
                        a.button href={ "/signup?next=" (next) } { (v.t("invite-sign-up")) }
                        a.button.secondary href={ "/signin?next=" (next) } { (v.t("invite-sign-in")) }
                    }
                    p.muted { (v.t("invite-come-back")) }
                },
                (true, Some(MemberStatus::Active)) => {
                    p { (v.t("invite-already-member")) " " a href={ "/groups/" (group.slug) } { (v.t("invite-go-to-group")) } }
                },
                (true, Some(MemberStatus::Banned)) => {
                    p.notice { (v.t("invite-cannot-join")) }
                },
                (true, _) => {
                    form method="post" action=(here) {
                        (csrf_field(v))
                        button type="submit" { (v.tr("invite-join", &[("group", Arg::Text(&group.name))])) }
                    }
                },
            }
        }
    };
    Ok(render_status(status, v, &group.name, Nav::Groups, main))
}

/// `POST /invite/{code}`: in, and on to the group's page.
pub(super) async fn join_by_link(
    State(app): State<App>,
    Path(code): Path<String>,
    Posted(Member { viewer: v, me }, _): Posted<Member>,
) -> Result<Response, AppError> {
    let started = now();
    let done = app
        .engine
        .writer
        .run(me.actor(), JoinByLink { code: code.clone() })
        .await;
    let snap = app.engine.snapshot()?;
    match done {
        Ok(_) => {
            let link = snap
                .invite_link(&code)?
                .ok_or_else(|| AppError::not_found("invitation"))?;
            let g = load(&snap, &v, &group_slug(&snap, link.group)?)?;
            let mut res = redirect(&g.path());
            let shown = flash::after(&snap, me.id, started, Said::Joined)?;
            flash::set(&mut res, shown, app.config.secure_cookies);
            Ok(res)
        }
        Err(e) => {
            let e = AppError::from(e);
            link_view(&snap, &v, &code, e.status(), Some(&e.message_in(v.lang)))
        }
    }
}

fn group_slug(snap: &Snapshot, group: crate::domain::records::GroupId) -> Result<String, AppError> {
    Ok(snap
        .group(group)?
        .ok_or_else(|| AppError::not_found("group"))?
        .slug)
}
