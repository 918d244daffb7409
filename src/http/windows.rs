//! Which boards a leaderboard page or `GET /api/leaderboards` shows (issue 20): a scope (the
//! site, or a group the viewer may open) and a period (this week, month or year, or all
//! time), from `?period=&group=`, and the viewer's own standing on each of them.

use serde::Deserialize;

use crate::cache::ViewKey;
use crate::domain::boards::Board;
use crate::domain::choice::MemberStatus;
use crate::domain::periods::{Period, Span};
use crate::engine::Engine;
use crate::http::error::AppError;
use crate::http::pages::groups::{self, Loaded};
use crate::http::session::Viewer;
use crate::i18n::phrase::Phrase;
use crate::store::read::Snapshot;
use crate::views::periods::{boards_in, slot, Slot, ALL_TIME, SITE};
use crate::views::standings::Standing;

/// `?period=week|month|year|all&group=<slug>`; both may be left out (all time, the site).
#[derive(Deserialize, Default, Debug)]
pub struct WindowQuery {
    #[serde(default)]
    pub period: String,
    #[serde(default)]
    pub group: String,
}

/// A standing on a board and how many members the board has.
pub type Placed = (Standing, u64);

/// The boards asked for.
pub(crate) struct Window {
    /// `None`: all time.
    pub(crate) span: Option<Span>,
    /// `None`: the whole site.
    pub(crate) group: Option<Loaded>,
}

/// The `period` values, in the order the page offers them.
pub const PERIODS: [Option<Period>; 4] = [
    None,
    Some(Period::Year),
    Some(Period::Month),
    Some(Period::Week),
];

/// A period's name in links and the API (`all` for all time).
pub fn period_name(period: Option<Period>) -> &'static str {
    period.map_or("all", Period::as_str)
}

impl Window {
    /// The boards `q` asks for, as of the snapshot's instant in the site's time zone. A group the
    /// viewer may not open is "not found", as its page is.
    pub(crate) fn read(snap: &Snapshot, v: &Viewer, q: &WindowQuery) -> Result<Window, AppError> {
        let period = match q.period.as_str() {
            "" | "all" => None,
            name => Some(Period::parse(name).ok_or_else(|| {
                AppError::bad_request(Phrase::id("boards-unknown-period").text("period", name))
            })?),
        };
        let group = match q.group.as_str() {
            "" => None,
            slug => Some(groups::load(snap, v, slug)?),
        };
        let span = match period {
            Some(p) => Some(Span::of(p, snap.now(), &snap.site_zone()?)),
            None => None,
        };
        Ok(Window { span, group })
    }

    /// The site's all-time boards: the page and the API as they were before periods.
    pub(crate) fn is_site_all_time(&self) -> bool {
        self.span.is_none() && self.group.is_none()
    }

    pub(crate) fn period(&self) -> Option<Period> {
        self.span.map(|s| s.period)
    }

    pub(crate) fn scope(&self) -> u64 {
        self.group.as_ref().map_or(SITE, |g| g.id.0)
    }

    pub(crate) fn slot(&self) -> Slot {
        self.span.map_or(ALL_TIME, slot)
    }

    /// The L1 key of these boards (their JSON; the HTML twins are per language).
    pub(crate) fn key(&self) -> ViewKey {
        if self.is_site_all_time() {
            return ViewKey::Leaderboards;
        }
        let (period, start) = self.slot();
        ViewKey::Boards {
            scope: self.scope(),
            period,
            start,
        }
    }

    /// The group's slug, when a group's boards are shown.
    pub(crate) fn slug(&self) -> Option<&str> {
        self.group.as_ref().map(|g| g.group.slug.as_str())
    }

    /// The page of the same scope's boards for `period`.
    pub(crate) fn href(&self, period: Option<Period>) -> String {
        let mut href = String::from("/leaderboards");
        let mut sep = '?';
        if period.is_some() {
            href.push_str(&format!("{sep}period={}", period_name(period)));
            sep = '&';
        }
        if let Some(slug) = self.slug() {
            href.push_str(&format!("{sep}group={slug}"));
        }
        href
    }

    /// The viewer's standing on each board of the window: `None` where they are not on it (a
    /// score of 0, not an active member of the group, or switched off).
    pub(crate) fn standings_of(
        &self,
        e: &Engine,
        snap: &Snapshot,
        me: crate::domain::records::UserId,
    ) -> Result<Vec<(Board, Option<Placed>)>, AppError> {
        let on_site = snap.user(me)?.is_some_and(|u| u.is_active);
        let in_scope = match &self.group {
            None => true,
            Some(g) => snap
                .membership(g.id, me)?
                .is_some_and(|m| m.status == MemberStatus::Active),
        };
        let figures = snap.figures(me)?;
        let slot = self.slot();
        let mut out = Vec::new();
        for board in boards_in(slot) {
            let score = match self.span {
                Some(span) => snap.period_score(board, span, me)?,
                None => board.score(&figures),
            };
            let standing = if self.is_site_all_time() {
                // The site's all-time boards have every active member, a score of 0 too.
                let s = e.standings.standing(board, score);
                on_site.then(|| (s, e.standings.total(board)))
            } else if on_site && in_scope && score != 0 {
                let key = (board.index() as u8, slot.0, slot.1, self.scope());
                Some(e.standings.period_standing(&e.db, key, score)?)
            } else {
                None
            };
            out.push((board, standing));
        }
        Ok(out)
    }
}
