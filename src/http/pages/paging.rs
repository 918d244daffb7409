//! Long lists a page at a time. One member once made 1,800 groups, and `/groups` then grew past
//! what the server would send; every list that grows with what members do is paged: `?page=N`
//! (1-based; a bad value is page 1; deep pages are bounded, so nobody makes the server skip a
//! whole table) and links to the neighbouring pages, the other query parameters kept.

use crate::i18n::{self, Arg, Lang};
use maud::{html, Markup};
use serde::Deserialize;

/// The deepest page served.
pub const MAX_PAGE: usize = 500;

/// The `?page=` of a page with one list (kept as text: a bad value is page 1, not an error).
#[derive(Deserialize, Default, Debug)]
pub struct PageQuery {
    #[serde(default)]
    pub page: String,
}

/// Which page of a list, and how long its pages are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Paging {
    pub page: usize,
    pub per_page: usize,
}

impl Paging {
    /// The page asked for in `requested` (the query's text).
    pub fn new(requested: &str, per_page: usize) -> Paging {
        let page = requested.trim().parse::<usize>().unwrap_or(1);
        Paging {
            page: page.clamp(1, MAX_PAGE),
            per_page: per_page.max(1),
        }
    }

    /// How many rows come before this page.
    pub fn skip(&self) -> usize {
        (self.page - 1) * self.per_page
    }

    /// This page's rows of `rows`, and whether more follow. Reads no further than the row
    /// after the page.
    pub fn take<T>(&self, rows: impl IntoIterator<Item = T>) -> (Vec<T>, bool) {
        let mut rows = rows.into_iter().skip(self.skip());
        let page: Vec<T> = rows.by_ref().take(self.per_page).collect();
        let more = page.len() == self.per_page && rows.next().is_some();
        (page, more)
    }

    /// The links to the previous and next pages (nothing when there is only one page).
    /// `href` gives the address of a page; `newer`/`older` name the directions.
    pub fn nav(
        &self,
        more: bool,
        href: impl Fn(usize) -> String,
        (steps, lang): (Steps, Lang),
    ) -> Markup {
        let page = self.page;
        let more = more && page < MAX_PAGE;
        let msg = |id| i18n::text(lang, id);
        html! {
            @if page > 1 || more {
                nav.pages aria-label=(msg("pages")) {
                    @if page > 1 { a rel="prev" href=(href(page - 1)) { "← " (msg(steps.back)) } }
                    span { (i18n::format(lang, "page-number", &[("page", Arg::count(page))])) }
                    @if more { a rel="next" href=(href(page + 1)) { (msg(steps.on)) " →" } }
                }
            }
        }
    }
}

/// `path` with the query `pairs` (empty values left out) and `page` (left out when 1).
pub fn href(path: &str, pairs: &[(&str, &str)], page_param: &str, page: usize) -> String {
    let mut s = form_urlencoded::Serializer::new(String::new());
    for (k, v) in pairs {
        if !v.is_empty() {
            s.append_pair(k, v);
        }
    }
    if page > 1 {
        s.append_pair(page_param, &page.to_string());
    }
    let q = s.finish();
    if q.is_empty() {
        path.to_string()
    } else {
        format!("{path}?{q}")
    }
}

/// The words of a list's links to its pages (message ids).
#[derive(Debug, Clone, Copy)]
pub struct Steps {
    back: &'static str,
    on: &'static str,
}

/// "← Previous · Page N · Next →".
pub const PREVIOUS_NEXT: Steps = Steps {
    back: "page-previous",
    on: "page-next",
};
/// "← Newer · Page N · Older →", for lists newest first.
pub const NEWER_OLDER: Steps = Steps {
    back: "page-newer",
    on: "page-older",
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_take_their_rows_and_tell_whether_more_follow() {
        let p = Paging::new("2", 3);
        assert_eq!(p.take(1..=10), (vec![4, 5, 6], true));
        assert_eq!(Paging::new("4", 3).take(1..=10), (vec![10], false));
        assert_eq!(Paging::new("2", 3).take(1..=6), (vec![4, 5, 6], false));
        assert_eq!(Paging::new("9", 3).take(1..=6), (vec![], false));
        for bad in ["", "0", "-1", "x", "99999999999999999999"] {
            assert_eq!(Paging::new(bad, 3).page, 1, "{bad:?}");
        }
        assert_eq!(Paging::new("100000", 3).page, MAX_PAGE);
    }

    #[test]
    fn links_keep_the_query_and_leave_out_page_one() {
        let q = [("q", "café & co"), ("city", "")];
        assert_eq!(href("/groups", &q, "page", 1), "/groups?q=caf%C3%A9+%26+co");
        assert_eq!(
            href("/groups", &q, "page", 3),
            "/groups?q=caf%C3%A9+%26+co&page=3"
        );
        assert_eq!(href("/groups", &[], "page", 1), "/groups");
        let p = Paging::new("2", 10);
        let nav = p
            .nav(
                true,
                |n| href("/x", &[], "page", n),
                (NEWER_OLDER, Lang::En),
            )
            .into_string();
        assert!(
            nav.contains("href=\"/x\"") && nav.contains("href=\"/x?page=3\""),
            "{nav}"
        );
        assert!(nav.contains("← Newer") && nav.contains("Page 2") && nav.contains("Older →"));
        let german = p
            .nav(true, |n| n.to_string(), (PREVIOUS_NEXT, Lang::De))
            .into_string();
        assert!(
            german.contains("← Zurück")
                && german.contains("Seite 2")
                && german.contains("Weiter →")
        );
        assert!(Paging::new("1", 10)
            .nav(false, |n| n.to_string(), (PREVIOUS_NEXT, Lang::De))
            .into_string()
            .is_empty());
        // The deepest page links back, never on to a page that would show it again.
        let last = Paging::new(&MAX_PAGE.to_string(), 10)
            .nav(
                true,
                |n| href("/x", &[], "page", n),
                (PREVIOUS_NEXT, Lang::En),
            )
            .into_string();
        assert!(
            last.contains("rel=\"prev\"") && !last.contains("rel=\"next\""),
            "{last}"
        );
    }
}
