//! `GET /api/leaderboards?period=&group=`: the top 20 of each board of the site or of a group,
//! for this week, month or year or all time (issue 20). Each scope and period is one L1 entry,
//! shared by everyone (hidden names as nameless rows, revealed per viewer); the viewer's own
//! standing (`me`) is spliced in per request from the O(log n) rank indexes.

use axum::extract::Query;
use axum::response::Response;
use axum::routing::get;
use axum::Router;
use bytes::Bytes;
use serde_json::json;

use super::read::splice_last;
use crate::domain::boards::Board;
use crate::domain::time::format_date;
use crate::http::cached::{cached, json_for, json_for_entry, Reading};
use crate::http::error::AppError;
use crate::http::nameless::{self, Names, Rule};
use crate::http::pages::boards::HALL_MONTHS;
use crate::http::state::App;
use crate::http::windows::{period_name, Window, WindowQuery};
use crate::store::codec::Stored;
use crate::store::read::Snapshot;
use crate::store::StoreError;
use crate::views::audience::Audience;
use crate::views::read::{self, BoardRowOut, HallMonth};
use crate::views::{personal, standings::Standing};

pub(super) fn router() -> Router<App> {
    Router::new().route("/api/leaderboards", get(leaderboards))
}

/// Boards as JSON: `head` (which opens the object), `"boards": {...}`, the hall of fame when
/// there is one (`"hall_of_fame": [...]`) and `"me": null`; rows `names` may not name have
/// `"username": null` (and `"display_name": null`).
fn boards_json(
    head: String,
    boards: &[(Board, Vec<BoardRowOut>)],
    hall: Option<&[HallMonth]>,
    names: &Names,
) -> Result<String, StoreError> {
    let mut out = head;
    out.push_str("\"boards\":{");
    for (i, (board, rows)) in boards.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&format!("\"{}\":[", board.as_str()));
        for (j, r) in rows.iter().enumerate() {
            if j > 0 {
                out.push(',');
            }
            let shown = json!({ "rank": r.rank, "username": r.username,
                "display_name": r.display_name, "score": r.score });
            let hidden = json!({ "rank": r.rank, "username": null,
                "display_name": null, "score": r.score });
            names.json(
                &mut out,
                r.user,
                Rule::Boards,
                shown.to_string(),
                &hidden.to_string(),
            )?;
        }
        out.push(']');
    }
    out.push('}');
    if let Some(hall) = hall {
        out.push_str(",\"hall_of_fame\":");
        hall_json(&mut out, hall, names)?;
    }
    out.push_str(",\"me\":null}");
    Ok(out)
}

/// `[{"month": "2026-11-01", "boards": {"lending": [{"rank", "username", "score"}]}}]`,
/// newest month first; ties share a rank.
fn hall_json(out: &mut String, hall: &[HallMonth], names: &Names) -> Result<(), StoreError> {
    out.push('[');
    for (i, (month, boards)) in hall.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&format!(
            "{{\"month\":\"{}\",\"boards\":{{",
            format_date(*month)
        ));
        for (j, (board, places)) in boards.iter().enumerate() {
            if j > 0 {
                out.push(',');
            }
            out.push_str(&format!("\"{}\":[", board.as_str()));
            let scores: Vec<i64> = places.iter().map(|p| p.3).collect();
            let ranks = crate::domain::boards::ranks_of_sorted(&scores);
            for (k, ((_, user, username, score), rank)) in places.iter().zip(ranks).enumerate() {
                if k > 0 {
                    out.push(',');
                }
                let hidden = json!({ "rank": rank, "username": null, "score": score });
                let Some(username) = username else {
                    // No longer a member: named to no one.
                    out.push_str(&hidden.to_string());
                    continue;
                };
                let shown = json!({ "rank": rank, "username": username, "score": score });
                names.json(
                    out,
                    *user,
                    Rule::Boards,
                    shown.to_string(),
                    &hidden.to_string(),
                )?;
            }
            out.push(']');
        }
        out.push_str("}}");
    }
    out.push(']');
    Ok(())
}

/// The boards of `window`, as anyone sees them, and the hidden names' places.
fn window_entry(snap: &Snapshot, window: &Window) -> Result<(Bytes, Bytes), StoreError> {
    let anyone = Audience::anonymous(snap);
    let names = Names::new(&anyone);
    let body = if window.is_site_all_time() {
        boards_json("{".into(), &read::top_boards(snap)?, None, &names)?
    } else {
        let head = json!({
            "period": period_name(window.period()),
            "starts": window.span.map(|s| format_date(s.start)),
            "group": window.slug(),
        })
        .to_string();
        // `{...}` opened for the boards: the closing brace becomes a comma.
        let head = format!("{},", head.trim_end_matches('}'));
        let boards = read::window_boards(snap, window.scope(), window.slot())?;
        let hall = read::hall_of_fame(snap, window.scope(), HALL_MONTHS)?;
        boards_json(head, &boards, Some(&hall), &names)?
    };
    let slots = names.slots(&body).encode();
    Ok((Bytes::from(body), Bytes::from(slots)))
}

async fn leaderboards(
    Reading(e, mut snap, v, headers): Reading,
    Query(q): Query<WindowQuery>,
) -> Result<Response, AppError> {
    let window = Window::read(&snap, &v, &q)?;
    let key = window.key();
    let entry = cached(&e, Some(&mut snap), key, |snap| {
        window_entry(snap, &window).map(Some)
    })?
    .ok_or_else(|| AppError::not_found("page"))?;
    let Some(me) = &v.me else {
        return Ok(json_for_entry(&v, &headers, &entry));
    };
    let entry = nameless::for_viewer(&entry, &v.audience(&snap))?;
    let mine: Vec<(Board, Option<Standing>)> = if window.is_site_all_time() {
        let all = personal::standings_of(&snap, &e.standings, me.id)?;
        all.into_iter().map(|(b, s)| (b, Some(s))).collect()
    } else {
        let on = window.standings_of(&e, &snap, me.id)?;
        on.into_iter().map(|(b, s)| (b, s.map(|s| s.0))).collect()
    };
    let map: serde_json::Map<String, serde_json::Value> = mine
        .iter()
        .map(|(b, s)| (b.as_str().to_string(), json!(s)))
        .collect();
    let suffix: String = mine
        .iter()
        .map(|(_, s)| match s {
            Some(s) => format!("{}.{}.", s.rank, s.score),
            None => "-.".into(),
        })
        .collect();
    let (tag, body) = splice_last(&entry, &serde_json::Value::Object(map).to_string(), &suffix);
    Ok(json_for(&v, &headers, &tag, body))
}
