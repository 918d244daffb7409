//! A group's page: what it is, where, who runs it, its members (pending requests and bans for
//! its admins only), the items shared with it that this viewer may see, and the buttons this
//! viewer may press: join / ask to join / withdraw / leave, and for its admins one button per
//! allowed change of each membership (approve, ban, unban, promote, demote, remove).

use crate::http::nameless::a_member;
use axum::extract::{Path, Query};
use axum::http::StatusCode;
use axum::response::Response;
use maud::{html, Markup};
use serde::Deserialize;

use super::invites::{self, AdminView};
use super::leaving::{warning, Departure};
use super::{load, member_count, place, privacy_pill, Loaded};
use crate::domain::choice::{MemberStatus, Role};
use crate::domain::records::{Item, ItemId, Membership, User};
use crate::domain::zone::Zone;
use crate::http::error::AppError;
use crate::http::pages::items::{access_of, People};
use crate::http::pages::layout::{alert, post_button, render_status, Nav};
use crate::http::pages::paging::{self, Paging, NEWER_OLDER, PREVIOUS_NEXT};
use crate::http::pages::sentence::Part;
use crate::http::session::Viewer;
use crate::http::snap::Snap;
use crate::i18n::Arg;
use crate::store::read::Snapshot;

struct MemberRow {
    user: User,
    m: Membership,
    /// Whether the viewer may know who this is (profile privacy): a group's admins always
    /// do, since they decide on its members.
    named: bool,
    /// Whether the viewer may open their profile.
    linked: bool,
}

/// Members and items a page: a group's lists are paged apart (`?members_page=`,
/// `?items_page=`), each keeping the other's page in its links.
const MEMBERS_PER_PAGE: usize = 50;
const ITEMS_PER_PAGE: usize = 30;

#[derive(Deserialize, Default, Debug)]
pub(super) struct Pages {
    #[serde(default)]
    members_page: String,
    #[serde(default)]
    items_page: String,
}

impl Pages {
    fn members(&self) -> Paging {
        Paging::new(&self.members_page, MEMBERS_PER_PAGE)
    }

    fn items(&self) -> Paging {
        Paging::new(&self.items_page, ITEMS_PER_PAGE)
    }

    /// The group's page with the members on page `m` and the items on page `i`.
    fn href(path: &str, m: usize, i: usize) -> String {
        let (m, i) = (m.to_string(), i.to_string());
        let pairs = [
            ("members_page", if m == "1" { "" } else { m.as_str() }),
            ("items_page", if i == "1" { "" } else { i.as_str() }),
        ];
        paging::href(path, &pairs, "page", 1)
    }
}

/// Everything the page shows, read from one snapshot.
struct Shown {
    g: Loaded,
    /// The owner, when the viewer may know who it is, and whether they may open the profile.
    owner: Option<(User, bool)>,
    members: Vec<MemberRow>,
    more_members: bool,
    active_members: u64,
    items: Vec<(ItemId, Item)>,
    more_items: bool,
    items_seen: usize,
    pages: (Paging, Paging),
    /// What the viewer would leave behind by leaving (an active member, not the owner).
    leaving: Departure,
    /// The invitations, for the group's admins.
    invites: Option<AdminView>,
    /// The viewer's time zone, for the days members joined.
    zone: Zone,
    /// "This month in …": the top of the group's month boards.
    month: Markup,
}

/// The top five of the group's boards this month, names as this viewer may see them.
fn month_boards(
    snap: &Snapshot,
    v: &Viewer,
    g: &Loaded,
    audience: &crate::views::audience::Audience<'_>,
) -> Result<Markup, AppError> {
    use crate::domain::periods::{Period, Span};
    use crate::http::pages::boards::{board_table, period_label};
    let month = Span::of(Period::Month, snap.now(), &snap.site_zone()?);
    let at = crate::views::periods::slot(month);
    let boards = crate::views::read::window_boards(snap, g.id.0, at)?;
    let names = crate::http::nameless::Names::new(audience).speaking(v.lang);
    let mut tables = Vec::new();
    for (board, rows) in &boards {
        tables.push(board_table(*board, rows, 5, (&names, v.lang))?);
    }
    let heading = v.tr(
        "boards-in-group",
        &[
            ("period", Arg::Text(period_label(v, Some(Period::Month)))),
            ("group", Arg::Text(&g.group.name)),
        ],
    );
    let all = format!("/leaderboards?period=month&group={}", g.group.slug);
    Ok(html! {
        section.month-boards aria-labelledby="month-h" {
            h2 #month-h { (heading) }
            @if boards.iter().all(|(_, rows)| rows.is_empty()) {
                p.muted { (v.t("group-boards-none")) }
            } @else {
                div.boards.compact { @for t in tables { (t) } }
            }
            p { a href=(all) { (v.t("group-boards-all")) } }
        }
    })
}

fn read_page(snap: &Snapshot, v: &Viewer, slug: &str, pages: &Pages) -> Result<Shown, AppError> {
    let g = load(snap, v, slug)?;
    let audience = v.audience(snap);
    let owner = match snap.user(g.group.owner)? {
        Some(u) => {
            let linked = audience.sees_profile(g.group.owner)?;
            (linked || audience.shares_loan(g.group.owner)?).then_some((u, linked))
        }
        _ => None,
    };
    let mut members = Vec::new();
    for (id, m) in snap.members_of(g.id)? {
        let Some(user) = snap.user(id)? else {
            continue;
        };
        // Requests and bans are the admins' business.
        if m.status == MemberStatus::Active || g.manages {
            let linked = audience.sees_profile(id)?;
            let named = g.manages || linked || audience.shares_loan(id)?;
            members.push(MemberRow {
                user,
                m,
                named,
                linked,
            });
        }
    }
    // Admins first, then pending requests, then by name.
    members.sort_by_key(|r| {
        (
            r.m.status != MemberStatus::Pending,
            r.m.status,
            r.m.role != Role::Admin,
            // Nameless members last, in joining order: their place among the names
            // would tell their initial.
            !r.named,
            if r.named {
                r.user.username.to_lowercase()
            } else {
                String::new()
            },
            r.m.joined_at,
        )
    });
    let access = access_of(snap, v)?;
    let mut owners = People::default();
    let mut items = Vec::new();
    for id in snap.items_in(g.id)? {
        if let Some(item) = snap.item(id)? {
            // An inactive owner's items are hidden here as everywhere (DOMAIN.md).
            if access.may_see(&item, owners.is_active(snap, item.owner)?) {
                items.push((id, item));
            }
        }
    }
    items.sort_by(|a, b| b.1.created_at.cmp(&a.1.created_at).then(b.0.cmp(&a.0)));
    let items_seen = items.len();
    let (members, more_members) = pages.members().take(members);
    let (items, more_items) = pages.items().take(items);
    let leaving = match (&g.mine, v.id()) {
        (Some(m), Some(me)) if m.status == MemberStatus::Active && me != g.group.owner => {
            Departure::of(snap, me, g.id)?
        }
        _ => Departure::default(),
    };
    let month = month_boards(snap, v, &g, &audience)?;
    Ok(Shown {
        month,
        leaving,
        invites: AdminView::read(snap, &g, v.id())?,
        zone: snap.zone_for(v.id())?,
        active_members: member_count(snap, g.id)?,
        g,
        owner,
        members,
        more_members,
        items,
        more_items,
        items_seen,
        pages: (pages.members(), pages.items()),
    })
}

/// The viewer's own buttons: join, ask, withdraw, leave; or why there are none.
fn my_actions(v: &Viewer, s: &Shown) -> Markup {
    let g = &s.g;
    let path = g.path();
    html! {
        div.actions {
            @if v.me.is_none() {
                p { (v.say("group-sign-in-to-join", &[("link", Part::Markup(html! { a href={ "/signin?next=" (path) } { (v.t("group-sign-in")) } }))])) }
            } @else if !g.group.is_active {
                p.muted { (v.t("group-archived-no-join")) }
            } @else {
                @match g.mine.as_ref().map(|m| m.status) {
                    None => {
                        @if g.group.privacy == crate::domain::choice::Privacy::Public {
                            (post_button(v, &format!("{path}/join"), v.t("group-join"), ""))
                        } @else {
                            (post_button(v, &format!("{path}/join"), v.t("group-ask-to-join"), ""))
                            small { (v.t("group-admin-approves")) }
                        }
                    }
                    Some(MemberStatus::Pending) => {
                        span.pill.warn { (v.t("group-request-waiting")) }
                        @if let Some(me) = &v.me {
                            a.button.secondary href={ (path) "/requests/" (me.username) } { (v.t("group-write-admins")) }
                        }
                        (post_button(v, &format!("{path}/leave"), v.t("group-withdraw-request"), "secondary"))
                    }
                    Some(MemberStatus::Active) => {
                        span.pill.ok { @if g.manages && g.mine.as_ref().is_some_and(|m| m.role == Role::Admin) { (v.t("group-you-admin")) } @else { (v.t("groups-you-member")) } }
                        @if v.id() != Some(g.group.owner) {
                            (post_button(v, &format!("{path}/leave"), v.t("group-leave"), "secondary"))
                            (warning(v, &s.leaving))
                        }
                    }
                    Some(MemberStatus::Banned) => {
                        span.pill.danger { (v.t("group-you-banned")) }
                    }
                }
            }
            @if g.manages {
                a.button.secondary href={ (path) "/edit" } { (v.t("group-edit")) }
            }
        }
    }
}

/// The moderation buttons an admin may press for one membership (the owner has none).
fn member_actions(v: &Viewer, s: &Shown, r: &MemberRow) -> Markup {
    if !s.g.manages || r.m.user == s.g.group.owner {
        return html! {};
    }
    let base = format!("{}/members/{}", s.g.path(), r.user.username);
    // Staff who do not run the group moderate it, but do not read its conversations.
    let runs_it =
        s.g.mine
            .as_ref()
            .is_some_and(|m| m.role == Role::Admin && m.status == MemberStatus::Active);
    let button = |action: &str, label: &str, class: &str| {
        post_button(v, &format!("{base}/{action}"), v.t(label), class)
    };
    html! {
        @match (r.m.status, r.m.role) {
            (MemberStatus::Pending, _) => {
                @if runs_it {
                    a.button.secondary href={ (s.g.path()) "/requests/" (r.user.username) } { (v.t("messages")) }
                }
                (button("approve", "action-approve", ""))
                (button("remove", "action-decline", "secondary"))
                (button("ban", "member-ban", "danger"))
            }
            (MemberStatus::Active, role) => {
                @if role == Role::Member {
                    (button("promote", "member-promote", "secondary"))
                } @else {
                    (button("demote", "member-demote", "secondary"))
                }
                (button("remove", "member-remove", "secondary danger"))
                (button("ban", "member-ban", "danger"))
            }
            (MemberStatus::Banned, _) => {
                (button("unban", "member-unban", "secondary"))
            }
        }
    }
}

fn status_pill(v: &Viewer, m: &Membership) -> Markup {
    let (class, id) = match (m.status, m.role) {
        (MemberStatus::Active, Role::Admin) => ("pill ok", "member-pill-admin"),
        (MemberStatus::Active, _) => ("pill", "member-pill-member"),
        (MemberStatus::Pending, _) => ("pill warn", "member-pill-asks"),
        (MemberStatus::Banned, _) => ("pill danger", "member-pill-banned"),
    };
    html! { span class=(class) { (v.t(id)) } }
}

fn members_view(v: &Viewer, s: &Shown) -> Markup {
    let (path, items_page) = (s.g.path(), s.pages.1.page);
    let nav = s.pages.0.nav(
        s.more_members,
        |m| Pages::href(&path, m, items_page),
        (PREVIOUS_NEXT, v.lang),
    );
    html! {
        section aria-labelledby="members-h" {
            h2 #members-h { (v.t("group-members")) " " span.muted { "(" (v.number(s.active_members)) ")" } }
            @if s.members.is_empty() {
                p.muted { (v.t("group-no-members")) }
            } @else {
                div.table-wrap {
                    table.members {
                        thead { tr {
                            th scope="col" { (v.t("col-member")) }
                            th scope="col" { (v.t("col-role")) }
                            th scope="col" { (v.t("col-since")) }
                            @if s.g.manages { th scope="col" { span.visually-hidden { (v.t("col-actions")) } } }
                        } }
                        tbody {
                            @for r in &s.members {
                                tr {
                                    th scope="row" {
                                        @if r.linked {
                                            a href={ "/users/" (r.user.username) } { (r.user.username) }
                                        } @else if r.named {
                                            (r.user.username)
                                        } @else {
                                            (a_member(v.lang))
                                        }
                                        @let name = r.user.display_name();
                                        @if r.named && name != r.user.username { " " span.muted { (name) } }
                                        @if r.m.user == s.g.group.owner { " " span.pill { (v.t("member-pill-owner")) } }
                                    }
                                    td { (status_pill(v, &r.m)) }
                                    td.date { (v.day(&s.zone, r.m.joined_at)) }
                                    @if s.g.manages { td { div.member-actions { (member_actions(v, s, r)) } } }
                                }
                            }
                        }
                    }
                }
                (nav)
            }
        }
    }
}

fn items_view(v: &Viewer, s: &Shown) -> Markup {
    let (path, members_page) = (s.g.path(), s.pages.0.page);
    let nav = s.pages.1.nav(
        s.more_items,
        |i| Pages::href(&path, members_page, i),
        (NEWER_OLDER, v.lang),
    );
    html! {
        section aria-labelledby="items-h" {
            h2 #items-h { (v.t("group-items")) " " span.muted { "(" (v.number(s.items_seen)) ")" } }
            @if s.items_seen == 0 {
                p.muted { (v.t("group-no-items")) }
            } @else if s.items.is_empty() {
                p { (v.t("groups-past-last")) " " a href=(Pages::href(&path, members_page, 1)) { (v.t("group-back-newest")) } }
            } @else {
                ul.group-items {
                    @for (id, item) in &s.items {
                        li {
                            a href={ "/items/" (id) } { (item.title) }
                            " "
                            span.pill { (crate::http::pages::items::status_label(item.status, v.lang)) }
                        }
                    }
                }
                (nav)
            }
        }
    }
}

fn page_view(v: &Viewer, s: &Shown, problem: Option<&str>) -> Markup {
    let g = &s.g.group;
    let at = place(g);
    html! {
        article.group {
            p { a href="/groups" { "← " (v.t("group-all")) } }
            h1 { (g.name) }
            p.group-meta {
                (privacy_pill(g.privacy, v.lang))
                @if !g.is_active { " " span.pill.danger { (v.t("group-archived")) } }
                " " (v.tr("groups-members", &[("count", Arg::count(s.active_members))]))
                @if !at.is_empty() { " · " (at) }
            }
            @if let Some((o, linked)) = &s.owner {
                @let name = html! { @if *linked { a href={ "/users/" (o.username) } { (o.username) } } @else { (o.username) } };
                p { (v.say("group-run-by", &[("person", Part::Markup(name))])) }
            }
            (alert(problem))
            (my_actions(v, s))
            @if !g.description.trim().is_empty() {
                section.description aria-label=(v.t("group-about")) {
                    @for para in g.description.split("\n\n") { p { (para.trim()) } }
                }
            }
            (s.month)
            (members_view(v, s))
            @if let Some(view) = &s.invites { (invites::section(v, &s.g, view)) }
            (items_view(v, s))
        }
    }
}

pub(super) async fn page(
    snap: Snap,
    v: Viewer,
    Path(slug): Path<String>,
    Query(pages): Query<Pages>,
) -> Result<Response, AppError> {
    show(&snap, &v, &slug, &pages, StatusCode::OK, None)
}

/// The page from `snap`: the request's on a visit, a fresh one after a refused action.
pub(super) fn show(
    snap: &Snapshot,
    v: &Viewer,
    slug: &str,
    pages: &Pages,
    status: StatusCode,
    problem: Option<&str>,
) -> Result<Response, AppError> {
    let s = read_page(snap, v, slug, pages)?;
    let title = s.g.group.name.clone();
    let mut res = render_status(status, v, &title, Nav::Groups, page_view(v, &s, problem));
    if s.invites.is_some() {
        // The group's invitation links are secrets on a page that also shows what members
        // wrote (their names): never compressed, so its length tells nothing of them.
        crate::http::encoding::never_compress(&mut res);
    }
    Ok(res)
}
