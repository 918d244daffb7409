//! Reading views for the API: each function turns one read transaction into the JSON shape of
//! DOMAIN.md. Only view tables and single records are read, never a scan of base tables.

use redb::ReadableTable;
use serde::Serialize;

use crate::domain::boards::{ranks_of_sorted, score_of_key, Board};
use crate::domain::figures::Figures;
use crate::domain::records::{Badge, BadgeId, User, UserId};
use crate::domain::time::format_datetime;
use crate::store::codec::Stored;
use crate::store::read::Snapshot;
use crate::store::tables::{
    undesc, BADGES, BADGE_EARNERS, BOARDS, LOCATIONS, USERS, USER_BADGE_LIST,
};
use crate::store::StoreError;

use super::TOP_N;

#[derive(Debug, Serialize, PartialEq)]
pub struct LocationOut {
    pub city: String,
    pub state: String,
    pub country: String,
    pub latitude: f64,
    pub longitude: f64,
    pub group_count: u64,
}

/// Map locations: group_count descending, then country, state, city, latitude, longitude.
pub fn locations(snap: &Snapshot) -> Result<Vec<LocationOut>, StoreError> {
    let table = snap.txn().open_table(LOCATIONS)?;
    let mut rows = Vec::new();
    for entry in table.iter()? {
        let (k, v) = entry?;
        let (city, state, country, lat, lng) = k.value();
        rows.push((
            v.value(),
            country.to_string(),
            state.to_string(),
            city.to_string(),
            lat,
            lng,
        ));
    }
    rows.sort_by(|a, b| {
        b.0.cmp(&a.0)
            .then_with(|| (&a.1, &a.2, &a.3, a.4, a.5).cmp(&(&b.1, &b.2, &b.3, b.4, b.5)))
    });
    Ok(rows
        .into_iter()
        .map(|(count, country, state, city, lat, lng)| LocationOut {
            city,
            state,
            country,
            latitude: lat as f64 / 1e6,
            longitude: lng as f64 / 1e6,
            group_count: count,
        })
        .collect())
}

#[derive(Debug, Serialize, Clone, PartialEq)]
pub struct BadgeOut {
    pub slug: String,
    pub name: String,
    pub description: String,
    pub icon: String,
    pub badge_type: &'static str,
    pub category: &'static str,
    pub points: i64,
    pub display_order: i64,
    pub is_secret: bool,
    pub total_earned: u64,
}

pub(crate) fn badge_out(b: &Badge, total: u64) -> BadgeOut {
    BadgeOut {
        slug: b.slug.clone(),
        name: b.name.clone(),
        description: b.description.clone(),
        icon: b.icon.clone(),
        badge_type: b.badge_type.as_str(),
        category: b.category.as_str(),
        points: b.points,
        display_order: b.display_order,
        is_secret: b.is_secret,
        total_earned: total,
    }
}

/// Active badges in list order (display_order, category, badge_type, name). Secret badges are
/// left out: they are listed only to their earners, which a shared list cannot know.
pub fn badge_list(snap: &Snapshot) -> Result<Vec<BadgeOut>, StoreError> {
    badge_list_in(snap, None)
}

/// Badge `b` (number `id`) in `lang`'s words where staff wrote them (`Snapshot::badge_in`);
/// as it is without a language (the API's records).
pub(crate) fn in_language(
    snap: &Snapshot,
    (id, b): (BadgeId, Badge),
    lang: Option<crate::i18n::Lang>,
) -> Result<Badge, StoreError> {
    match lang {
        Some(lang) => snap.badge_in(id, b, lang),
        None => Ok(b),
    }
}

/// [`badge_list`], each badge in `lang`'s words.
pub fn badge_list_in(
    snap: &Snapshot,
    lang: Option<crate::i18n::Lang>,
) -> Result<Vec<BadgeOut>, StoreError> {
    let table = snap.txn().open_table(BADGES)?;
    let mut out = Vec::new();
    for entry in table.iter()? {
        let (id, v) = entry?;
        let b = Badge::decode(v.value())?;
        if b.is_active && !b.is_secret {
            let b = in_language(snap, (BadgeId(id.value()), b), lang)?;
            out.push(badge_out(&b, snap.badge_total(BadgeId(id.value()))?));
        }
    }
    sort_badges(&mut out);
    Ok(out)
}

/// Badge-list order: display_order, category, badge_type (string order), name.
pub fn sort_badges(badges: &mut [BadgeOut]) {
    badges.sort_by(|a, b| {
        (a.display_order, a.category, a.badge_type, &a.name).cmp(&(
            b.display_order,
            b.category,
            b.badge_type,
            &b.name,
        ))
    });
}

/// One of a badge's recent earners. Whether their name is shown is the page's business
/// (profile privacy): the view has it for those who may.
#[derive(Debug, PartialEq)]
pub struct EarnerOut {
    pub user: UserId,
    pub username: String,
    pub earned_at: String,
}

#[derive(Debug)]
pub struct BadgeDetailOut {
    pub badge: BadgeOut,
    pub total_earned: u64,
    pub recent_earners: Vec<EarnerOut>,
    pub has_earned: Option<bool>,
}

/// An active, not secret badge by slug with its most recent earners; `None` when there is
/// no such badge for everyone to see.
pub fn badge_detail(snap: &Snapshot, slug: &str) -> Result<Option<BadgeDetailOut>, StoreError> {
    Ok(badge_detail_with(snap, slug, false, None)?.map(|(_, d)| d))
}

/// An active badge by slug with its id, in `lang`'s words; secret ones only when `secret_ok`
/// (for their earners).
pub fn badge_detail_with(
    snap: &Snapshot,
    slug: &str,
    secret_ok: bool,
    lang: Option<crate::i18n::Lang>,
) -> Result<Option<(BadgeId, BadgeDetailOut)>, StoreError> {
    let Some(id) = snap.badge_id_by_slug(slug)? else {
        return Ok(None);
    };
    let Some(b) = snap.badge(id)? else {
        return Ok(None);
    };
    if !b.is_active || (b.is_secret && !secret_ok) {
        return Ok(None);
    }
    let b = in_language(snap, (id, b), lang)?;
    let total = snap.badge_total(id)?;
    let mut recent = Vec::new();
    let earners = snap.txn().open_table(BADGE_EARNERS)?;
    let users = snap.txn().open_table(USERS)?;
    for entry in earners
        .range((id.0, 0, 0)..=(id.0, u64::MAX, u64::MAX))?
        .take(TOP_N)
    {
        let (k, user) = entry?;
        let earned_at = undesc(k.value().1);
        if let Some(g) = users.get(user.value())? {
            let u = User::access(g.value())?;
            recent.push(EarnerOut {
                user: UserId(user.value()),
                username: u.username.as_str().to_string(),
                earned_at: format_datetime(earned_at),
            });
        }
    }
    Ok(Some((
        id,
        BadgeDetailOut {
            badge: badge_out(&b, total),
            total_earned: total,
            recent_earners: recent,
            has_earned: None,
        },
    )))
}

/// One row of a board. Whether the member is named is the page's business (profile
/// privacy): the view has the names for those who may see them.
#[derive(Debug, PartialEq)]
pub struct BoardRowOut {
    pub rank: u64,
    pub user: UserId,
    pub username: String,
    pub display_name: String,
    pub score: i64,
}

/// The first 20 of each board, in board order.
pub fn top_boards(snap: &Snapshot) -> Result<Vec<(Board, Vec<BoardRowOut>)>, StoreError> {
    let mut out = Vec::new();
    for board in Board::ALL {
        let mut rows = Vec::new();
        for entry in snap
            .txn()
            .open_table(BOARDS[board.index()])?
            .iter()?
            .take(TOP_N)
        {
            let (k, v) = entry?;
            let username = v.value().to_string();
            // A board's name is the user's: one that does not resolve is left out.
            if let Some(user) = snap.user_id_by_username(&username)? {
                rows.push((user, username, score_of_key(k.value())));
            }
        }
        out.push((board, ranked(snap, rows)?));
    }
    Ok(out)
}

/// The first 20 of each board of a scope (the site, `periods::SITE`, or a group) in a slot
/// (a period's, or `periods::ALL_TIME` for a group): the period boards have no reputation.
pub fn window_boards(
    snap: &Snapshot,
    scope: u64,
    slot: crate::views::periods::Slot,
) -> Result<Vec<(Board, Vec<BoardRowOut>)>, StoreError> {
    let mut out = Vec::new();
    for board in crate::views::periods::boards_in(slot) {
        let rows = snap.period_top(board, slot, scope, TOP_N)?;
        out.push((board, ranked(snap, rows)?));
    }
    Ok(out)
}

/// One month of a hall of fame: its first day, and each board's first three (place from 0,
/// user, username, score).
pub type HallMonth = (i32, Vec<(Board, Vec<HallPlace>)>);

/// A place in a hall of fame: place from 0, the member, their username (`None` once they are
/// no longer an active member: switched off or deleted since, they are named nowhere on the
/// boards), and their score.
pub type HallPlace = (u8, UserId, Option<String>, i64);

/// The hall of fame of a scope: its newest `months` closed months, newest first. Names are
/// the members' names now, not as they were at the close.
pub fn hall_of_fame(
    snap: &Snapshot,
    scope: u64,
    months: usize,
) -> Result<Vec<HallMonth>, StoreError> {
    let Some(table) = crate::store::read::optional(snap.txn(), crate::store::tables::HALL_OF_FAME)?
    else {
        return Ok(Vec::new());
    };
    let mut out: Vec<HallMonth> = Vec::new();
    let rows = (scope, i32::MIN, 0, 0)..=(scope, i32::MAX, u8::MAX, u8::MAX);
    for row in table.range(rows)?.rev() {
        let (k, v) = row?;
        let (_, month, board, place) = k.value();
        let (user, score, _) = v.value();
        let user = UserId(user);
        let Some(board) = Board::ALL.into_iter().find(|b| b.index() as u8 == board) else {
            continue;
        };
        if out.last().is_none_or(|m| m.0 != month) {
            if out.len() == months {
                break;
            }
            out.push((month, Vec::new()));
        }
        let boards = &mut out.last_mut().expect("pushed above").1;
        if boards.last().is_none_or(|b| b.0 != board) {
            boards.push((board, Vec::new()));
        }
        let places = &mut boards.last_mut().expect("pushed above").1;
        let username = snap.user(user)?.filter(|u| u.is_active).map(|u| u.username);
        places.push((place, user, username, score));
    }
    // Read backwards: each month's boards and places back in their order.
    for (_, boards) in &mut out {
        boards.reverse();
        for (_, places) in boards.iter_mut() {
            places.reverse();
        }
    }
    Ok(out)
}

/// Rows of a board, best first, with their ranks (ties share one) and display names.
fn ranked(
    snap: &Snapshot,
    rows: Vec<(UserId, String, i64)>,
) -> Result<Vec<BoardRowOut>, StoreError> {
    let scores: Vec<i64> = rows.iter().map(|r| r.2).collect();
    let mut out = Vec::with_capacity(rows.len());
    for (rank, (user, username, score)) in ranks_of_sorted(&scores).into_iter().zip(rows) {
        let display_name = snap
            .user(user)?
            .map(|u| u.display_name())
            .unwrap_or_else(|| username.clone());
        out.push(BoardRowOut {
            rank,
            user,
            username,
            display_name,
            score,
        });
    }
    Ok(out)
}

/// A user's public profile without ranks (those are composed per request).
#[derive(Debug)]
pub struct Profile {
    pub username: String,
    pub display_name: String,
    pub joined_at: String,
    pub figures: Figures,
    pub badges: Vec<(String, String)>,
}

/// An active user's profile by username (any case). Their secret badges are in it only
/// `with_secret` (for themselves and staff, DOMAIN.md's fine point): the cached profile
/// everyone else gets has none.
pub fn profile(
    snap: &Snapshot,
    username: &str,
    with_secret: bool,
) -> Result<Option<Profile>, StoreError> {
    let Some(id) = snap.user_id_by_username(username)? else {
        return Ok(None);
    };
    let Some(user) = snap.user(id)?.filter(|u| u.is_active) else {
        return Ok(None);
    };
    let figures: Figures = snap.figures(id)?;
    let mut badges = Vec::new();
    let list = snap.txn().open_table(USER_BADGE_LIST)?;
    let all = snap.txn().open_table(BADGES)?;
    for entry in list.range((id.0, 0, 0)..=(id.0, u64::MAX, u64::MAX))? {
        let (k, badge) = entry?;
        if let Some(g) = all.get(badge.value())? {
            let b = Badge::access(g.value())?;
            if b.is_active && (with_secret || !b.is_secret) {
                badges.push((
                    b.slug.as_str().to_string(),
                    format_datetime(undesc(k.value().1)),
                ));
            }
        }
    }
    Ok(Some(Profile {
        display_name: user.display_name(),
        username: user.username,
        joined_at: format_datetime(user.date_joined),
        figures,
        badges,
    }))
}
