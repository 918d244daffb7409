//! A conversation as its people see it (on a loan's page and a join request's page): the
//! messages, newest page first and oldest first within a page, links made from web addresses
//! (escaped like every other word), a form to write, and beside each message of someone else a
//! "Report" form. Pages that show one check first that the viewer is one of its people.

use maud::{html, Markup};

use super::layout::{alert, csrf_field};
use super::paging::{self, Paging};
use crate::domain::conversation::{pieces, Piece, Thread, MESSAGE_MAX, NOTE_MAX};
use crate::domain::records::UserId;
use crate::domain::time::{format_datetime, Millis};
use crate::domain::zone::Zone;
use crate::http::session::Viewer;
use crate::i18n::numbers;
use crate::store::read::Snapshot;
use crate::store::StoreError;

/// Messages a page.
pub const PER_PAGE: usize = 30;

/// What a page puts around its conversation.
pub struct Around<'a> {
    pub thread: Thread,
    /// The page's address: messages are posted to `{path}/messages`.
    pub path: &'a str,
    /// A message that came before the conversation (a loan's request message), shown first.
    pub first: Option<(UserId, &'a str, Millis)>,
    /// The `?messages=` page asked for.
    pub page: &'a str,
    /// A refused message: why, and what was typed.
    pub problem: Option<(&'a str, &'a str)>,
}

/// Web addresses as links that leave the site safely; everything else as text.
pub fn linked(text: &str) -> Markup {
    html! {
        @for piece in pieces(text) {
            @match piece {
                Piece::Text(t) => (t),
                Piece::Link(href) => a href=(href) rel="nofollow noopener noreferrer ugc" target="_blank" { (href) },
            }
        }
    }
}

/// Whether `user` is one of the people of `thread` (a loan's two; a join request's member and
/// the group's active admins): the one rule pages, the API and live updates read by.
pub fn is_party(snap: &Snapshot, thread: Thread, user: UserId) -> Result<bool, StoreError> {
    use crate::domain::choice::{MemberStatus, Role};
    Ok(match thread {
        Thread::Loan(id) => snap
            .loan(id)?
            .is_some_and(|l| l.lender == user || l.borrower == user),
        Thread::Join(id) => match snap.membership_by_id(id)? {
            Some(m) if m.user == user => true,
            Some(m) => snap
                .membership(m.group, user)?
                .is_some_and(|a| a.role == Role::Admin && a.status == MemberStatus::Active),
            None => false,
        },
    })
}

fn author(snap: &Snapshot, v: &Viewer, id: UserId) -> Result<String, StoreError> {
    Ok(match snap.user(id)? {
        Some(u) => u.display_name(),
        None => v.t("messages-former-member").to_string(),
    })
}

/// The conversation section for `me`, one of its people.
pub fn section(
    snap: &Snapshot,
    v: &Viewer,
    (me, zone): (UserId, &Zone),
    around: &Around<'_>,
) -> Result<Markup, StoreError> {
    let paging = Paging::new(around.page, PER_PAGE);
    let (messages, older) = snap.messages(around.thread, paging.skip(), PER_PAGE)?;
    let mut rows = Vec::with_capacity(messages.len() + 1);
    // The message before the conversation opens its oldest page, as its number 0.
    if let (false, Some((by, text, at))) = (older, around.first) {
        if !text.is_empty() {
            rows.push((Some(0), by, text.to_string(), at));
        }
    }
    for (number, m) in messages {
        rows.push((Some(number), m.author, m.body, m.created_at));
    }
    let path = around.path;
    let href = |p| format!("{}#messages", paging::href(path, &[], "messages", p));
    let (problem, typed) = around.problem.unwrap_or_default();
    let mut shown = Vec::with_capacity(rows.len());
    for (number, by, body, at) in rows {
        let reported = match number {
            Some(n) if by != me => snap.reported(around.thread, n, me)?,
            _ => false,
        };
        shown.push((number, by, author(snap, v, by)?, body, at, reported));
    }
    Ok(html! {
        section.conversation #messages aria-labelledby="messages-h" data-thread={ (around.thread.key().0) ":" (around.thread.key().1) } {
            h2 #messages-h { (v.t("messages")) }
            p.muted.small { (v.t(if matches!(around.thread, Thread::Join(_)) { "messages-private-join" } else { "messages-private" })) }
            // What live updates replace (`app.js`): everything but the form being typed in.
            div.messages-list {
            (paging.nav(older, href, (paging::NEWER_OLDER, v.lang)))
            @if shown.is_empty() {
                p.muted { (v.t("messages-none")) }
            } @else {
                ol.messages {
                    @for (number, by, name, body, at, reported) in &shown {
                        li.message.mine[*by == me] id=[number.map(|n| format!("message-{n}"))] {
                            p.meta {
                                strong { @if *by == me { (v.t("messages-you")) } @else { (name) } }
                                " " time.muted datetime=(format_datetime(*at)) { (numbers::when(v.lang, zone, *at)) }
                            }
                            p.body { (linked(body)) }
                            @if let (Some(n), false) = (number, *by == me) {
                                @if *reported {
                                    p.muted.small { (v.t("messages-reported")) }
                                } @else {
                                    details.report {
                                        summary { (v.t("report")) }
                                        form.stack method="post" action={ (path) "/messages/" (n) "/report" } {
                                            (csrf_field(v))
                                            label { (v.t("report-what"))
                                                textarea name="note" rows="2" maxlength=(NOTE_MAX) {}
                                            }
                                            button.secondary.danger type="submit" { (v.t("report-send")) }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            }
            (alert((!problem.is_empty()).then_some(problem)))
            form.stack.write method="post" action={ (path) "/messages" } {
                (csrf_field(v))
                label { (v.t("messages-write"))
                    textarea name="body" rows="3" required maxlength=(MESSAGE_MAX) { (typed) }
                }
                button type="submit" { (v.t("send")) }
            }
        }
    })
}
