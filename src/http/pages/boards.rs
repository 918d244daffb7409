//! `/leaderboards`: the four boards (top 20), cached once in L1 for everyone, with the viewer's
//! own rank and score on each composed per request from the rank index (O(log n)).

use crate::http::photos::avatar;
use axum::response::Response;
use axum::routing::get;
use axum::Router;
use bytes::Bytes;
use maud::{html, Markup};

use super::layout::{compose, Nav};
use crate::cache::ViewKey;
use crate::domain::boards::Board;
use crate::http::cached::{cached, Reading};
use crate::http::error::AppError;
use crate::http::nameless::{self, Names, Rule, Slots};
use crate::http::state::App;
use crate::i18n::{self, Arg, Lang};
use crate::store::codec::Stored;
use crate::store::read::Snapshot;
use crate::store::StoreError;
use crate::views::audience::Audience;
use crate::views::personal;
use crate::views::read::{top_boards, BoardRowOut};

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
    let anyone = Audience::anonymous(snap);
    let names = Names::new(&anyone).speaking(lang);
    let mut tables = Vec::new();
    for (board, rows) in &top_boards(snap)? {
        tables.push(board_table(*board, rows, limit, (&names, lang))?);
    }
    let body = wrap(tables).into_string();
    let slots = names.slots(&body);
    Ok((body, slots))
}

async fn leaderboards(Reading(e, mut snap, v, headers): Reading) -> Result<Response, AppError> {
    let entry = cached(
        &e,
        Some(&mut snap),
        ViewKey::Leaderboards.html(v.lang),
        |snap| {
            let (body, slots) = boards_html(snap, (usize::MAX, v.lang), |tables| {
                html! { div.boards { @for t in tables { (t) } } }
            })?;
            Ok(Some((Bytes::from(body), Bytes::from(slots.encode()))))
        },
    )?
    .ok_or_else(|| AppError::not_found("page"))?;
    let entry = nameless::for_viewer(&entry, &v.audience(&snap))?;
    let personal = match &v.me {
        Some(me) => {
            let mine = personal::standings_of(&snap, &e.standings, me.id)?;
            html! {
                h1 { (v.t("boards-title")) }
                section.card.mine aria-labelledby="mine-h" {
                    h2 #mine-h { (v.t("boards-yours")) }
                    ul.standings {
                        @for (board, s) in mine {
                            li {
                                span.board-name { (board_title(board, v.lang).0) }
                                strong { "#" (s.rank) }
                                span.muted { " " (v.tr("boards-rank-of", &[("total", Arg::count(e.standings.total(board))), ("score", Arg::Number(s.score))])) }
                            }
                        }
                    }
                }
            }
        }
        None => html! {
            h1 { (v.t("boards-title")) }
            // The rest of the sentence brings its own space or comma ("Anmelden, um ...").
            p.lead { a href="/signin?next=/leaderboards" { (v.t("sign-in")) } (v.t("boards-sign-in-why")) }
        },
    };
    Ok(compose(
        &headers,
        &v,
        v.t("boards-title"),
        Nav::Boards,
        personal,
        &entry,
    ))
}
