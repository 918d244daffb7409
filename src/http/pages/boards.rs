//! `/leaderboards`: the boards (top 20) of the site or of a group, for this week, month or year
//! or all time (`?period=&group=`, `http::windows`), each cached once in L1 for everyone, with
//! the viewer's own rank and score on each composed per request from the rank index
//! (O(log n)).

use crate::http::photos::avatar;
use axum::response::Response;
use axum::routing::get;
use axum::Router;
use bytes::Bytes;
use maud::{html, Markup};

use super::layout::{compose, Nav};
use crate::domain::boards::Board;
use crate::domain::choice::MemberStatus;
use crate::domain::periods::Period;
use crate::engine::Engine;
use crate::http::cached::{cached, Reading};
use crate::http::error::AppError;
use crate::http::nameless::{self, a_member, Names, Rule, Slots};
use crate::http::session::Viewer;
use crate::http::state::App;
use crate::http::windows::{period_name, Window, WindowQuery, PERIODS};
use crate::i18n::{self, Arg, Lang};
use crate::store::codec::Stored;
use crate::store::read::Snapshot;
use crate::store::StoreError;
use crate::views::audience::Audience;
use crate::views::read::{hall_of_fame, top_boards, window_boards, BoardRowOut, HallMonth};
use axum::extract::Query;

pub fn router() -> Router<App> {
    Router::new().route("/leaderboards", get(leaderboards))
}

/// What each board ranks, for its heading, in `lang`.
pub fn board_title(b: Board, lang: Lang) -> (&'static str, &'static str) {
    let (title, what) = match b {
        Board::Overall => ("board-overall", "board-overall-what"),
        Board::Lending => ("board-lending", "board-lending-what"),
        Board::Borrowing => ("board-borrowing", "board-borrowing-what"),
        Board::Reputation => ("board-reputation", "board-reputation-what"),
    };
    (i18n::text(lang, title), i18n::text(lang, what))
}

/// One board's table; `limit` rows at most (the home page shows 5). Members `names` may not
/// name keep their row, as "a member".
pub fn board_table(
    board: Board,
    rows: &[BoardRowOut],
    limit: usize,
    (names, lang): (&Names, Lang),
) -> Result<Markup, StoreError> {
    let (title, what) = board_title(board, lang);
    let msg = |id| i18n::text(lang, id);
    let mut cells = Vec::new();
    // A page's list stops at the last score above zero (the API keeps DOMAIN.md's rows).
    for r in rows.iter().filter(|r| r.score != 0).take(limit) {
        let picture = names.snapshot().avatar(r.user)?;
        let face = avatar(picture.as_ref(), &r.username, 24);
        let named = html! { a.person href={ "/users/" (r.username) } { (face) " " (r.username) } };
        cells.push((r, names.html(r.user, Rule::Boards, named)?));
    }
    Ok(html! {
        section.card.board aria-labelledby={ "board-" (board.as_str()) } {
            h2 #{ "board-" (board.as_str()) } { (title) }
            p.muted { (what) }
            @if cells.is_empty() {
                p.muted { (msg("board-no-one")) }
            } @else {
                table {
                    thead { tr { th.num scope="col" { (msg("board-rank")) } th scope="col" { (msg("board-member")) } th.num scope="col" { (msg("board-score")) } } }
                    tbody {
                        @for (r, who) in &cells {
                            (names.row(r.user))
                            tr {
                                td.num { (r.rank) }
                                td { (who) }
                                td.num { (r.score) }
                            }
                        }
                    }
                }
            }
        }
    })
}

/// The four boards in `lang`, as an anonymous visitor sees them, and the hidden names'
/// places.
pub fn boards_html(
    snap: &Snapshot,
    (limit, lang): (usize, Lang),
    wrap: impl FnOnce(Vec<Markup>) -> Markup,
) -> Result<(String, Slots), StoreError> {
    tables_html(snap, &top_boards(snap)?, &[], (limit, lang), wrap)
}

/// Boards' tables in `lang`, as an anonymous visitor sees them, and the hidden names' places.
fn tables_html(
    snap: &Snapshot,
    boards: &[(Board, Vec<BoardRowOut>)],
    hall: &[HallMonth],
    (limit, lang): (usize, Lang),
    wrap: impl FnOnce(Vec<Markup>) -> Markup,
) -> Result<(String, Slots), StoreError> {
    let anyone = Audience::anonymous(snap);
    let names = Names::new(&anyone).speaking(lang);
    let mut tables = Vec::new();
    for (board, rows) in boards {
        tables.push(board_table(*board, rows, limit, (&names, lang))?);
    }
    let hall = hall_html(hall, &names, lang)?;
    let body = html! { (wrap(tables)) (hall) }.into_string();
    let slots = names.slots(&body);
    Ok((body, slots))
}

/// How many past months a hall of fame shows (the API gives as many).
pub const HALL_MONTHS: usize = 12;

/// A hall of fame: each past month's first three on each board, newest month first.
fn hall_html(hall: &[HallMonth], names: &Names, lang: Lang) -> Result<Markup, StoreError> {
    if hall.is_empty() {
        return Ok(html! {});
    }
    let msg = |id| i18n::text(lang, id);
    let mut months = Vec::new();
    for (start, boards) in hall {
        let mut lists = Vec::new();
        for (board, places) in boards {
            let mut items = Vec::new();
            let scores: Vec<i64> = places.iter().map(|p| p.3).collect();
            // Ties share a place, as on the boards.
            let ranks = crate::domain::boards::ranks_of_sorted(&scores);
            for ((_, user, username, score), rank) in places.iter().zip(ranks) {
                let who = match username {
                    Some(username) => {
                        let named = html! { a href={ "/users/" (username) } { (username) } };
                        names.html(*user, Rule::Boards, named)?
                    }
                    // No longer a member: named to no one.
                    None => a_member(lang),
                };
                items.push((who, *score, rank));
            }
            lists.push((board_title(*board, lang).0, items));
        }
        months.push((i18n::numbers::month(lang, *start), lists));
    }
    Ok(html! {
        section.card.hall aria-labelledby="hall-h" {
            h2 #hall-h { (msg("boards-hall")) }
            p.muted { (msg("boards-hall-what")) }
            @for (month, lists) in &months {
                h3 { (month) }
                dl.hall-month {
                    @for (title, items) in lists {
                        div {
                            dt { (title) }
                            dd { ol { @for (who, score, rank) in items { li value=(rank) { (who) " · " (i18n::numbers::number(lang, *score)) } } } }
                        }
                    }
                }
            }
        }
    })
}

/// The boards of `window` in `lang`, with the scope's hall of fame, for the cache.
fn window_html(
    snap: &Snapshot,
    window: &Window,
    lang: Lang,
) -> Result<(String, Slots), StoreError> {
    let boards = if window.is_site_all_time() {
        top_boards(snap)?
    } else {
        window_boards(snap, window.scope(), window.slot())?
    };
    let hall = hall_of_fame(snap, window.scope(), HALL_MONTHS)?;
    tables_html(snap, &boards, &hall, (usize::MAX, lang), |tables| {
        html! { div.boards { @for t in tables { (t) } } }
    })
}

/// A period's name on the page: "This month", "All time".
pub fn period_label(v: &Viewer, period: Option<Period>) -> &'static str {
    v.t(match period_name(period) {
        "week" => "boards-period-week",
        "month" => "boards-period-month",
        "year" => "boards-period-year",
        _ => "boards-period-all",
    })
}

/// The choice of period (tabs) and of group (a form: the viewer's groups), and what is shown.
fn choices(snap: &Snapshot, v: &Viewer, window: &Window) -> Result<Markup, AppError> {
    let mut groups = Vec::new();
    if let Some(me) = v.id() {
        for (id, m) in snap.memberships_of(me)? {
            if m.status == MemberStatus::Active {
                if let Some(g) = snap.group(id)?.filter(|g| g.is_active) {
                    groups.push((g.name, g.slug));
                }
            }
        }
    }
    if let Some(g) = &window.group {
        if !groups.iter().any(|(_, slug)| *slug == g.group.slug) {
            groups.push((g.group.name.clone(), g.group.slug.clone()));
        }
    }
    groups.sort();
    let label = period_label(v, window.period());
    let caption = match &window.group {
        Some(g) => v.tr(
            "boards-in-group",
            &[
                ("period", Arg::Text(label)),
                ("group", Arg::Text(&g.group.name)),
            ],
        ),
        None => v.tr("boards-in-site", &[("period", Arg::Text(label))]),
    };
    Ok(html! {
        nav.tabs aria-label=(v.t("boards-periods")) {
            ul {
                @for p in PERIODS {
                    li { a href=(window.href(p)) aria-current=[(p == window.period()).then_some("page")] { (period_label(v, p)) } }
                }
            }
        }
        @if !groups.is_empty() {
            form.row.scope method="get" action="/leaderboards" {
                label { (v.t("boards-scope"))
                    select name="group" {
                        option value="" selected[window.group.is_none()] { (v.t("boards-scope-site")) }
                        @for (name, slug) in &groups {
                            option value=(slug) selected[window.slug() == Some(slug.as_str())] { (name) }
                        }
                    }
                }
                @if let Some(p) = window.period() {
                    input type="hidden" name="period" value=(p.as_str());
                }
                button.secondary type="submit" { (v.t("boards-show")) }
            }
        }
        p.lead.caption {
            strong { (caption) }
            @if let Some(span) = window.span {
                " · " (v.tr("boards-since", &[("day", Arg::Text(&i18n::numbers::date(v.lang, span.start)))]))
            }
        }
    })
}

/// The viewer's standing on each board shown.
fn yours(e: &Engine, snap: &Snapshot, v: &Viewer, window: &Window) -> Result<Markup, AppError> {
    let Some(me) = &v.me else {
        let here = window.href(window.period());
        let next: String = form_urlencoded::byte_serialize(here.as_bytes()).collect();
        return Ok(html! {
            // The rest of the sentence brings its own space or comma ("Anmelden, um ...").
            p.lead { a href={ "/signin?next=" (next) } { (v.t("sign-in")) } (v.t("boards-sign-in-why")) }
        });
    };
    let mine = window.standings_of(e, snap, me.id)?;
    Ok(html! {
        section.card.mine aria-labelledby="mine-h" {
            h2 #mine-h { (v.t("boards-yours")) }
            ul.standings {
                @for (board, s) in mine {
                    li {
                        span.board-name { (board_title(board, v.lang).0) }
                        @match s {
                            Some((s, total)) => {
                                strong { "#" (s.rank) }
                                span.muted { " " (v.tr("boards-rank-of", &[("total", Arg::count(total)), ("score", Arg::Number(s.score))])) }
                            }
                            None => span.muted { (v.t("boards-not-on")) },
                        }
                    }
                }
            }
        }
    })
}

async fn leaderboards(
    Reading(e, mut snap, v, headers): Reading,
    Query(q): Query<WindowQuery>,
) -> Result<Response, AppError> {
    let window = Window::read(&snap, &v, &q)?;
    let entry = cached(&e, Some(&mut snap), window.key().html(v.lang), |snap| {
        let (body, slots) = window_html(snap, &window, v.lang)?;
        Ok(Some((Bytes::from(body), Bytes::from(slots.encode()))))
    })?
    .ok_or_else(|| AppError::not_found("page"))?;
    let entry = nameless::for_viewer(&entry, &v.audience(&snap))?;
    let above = html! {
        h1 { (v.t("boards-title")) }
        (choices(&snap, &v, &window)?)
        (yours(&e, &snap, &v, &window)?)
    };
    let title = match &window.group {
        Some(g) => format!("{} · {}", v.t("boards-title"), g.group.name),
        None => v.t("boards-title").to_string(),
    };
    Ok(compose(&headers, &v, &title, Nav::Boards, above, &entry))
}
