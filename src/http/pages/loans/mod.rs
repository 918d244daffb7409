//! Loans in the browser: the viewer's loans as borrower and as lender grouped by state
//! (`/loans`, with "waiting for you" above them when an item of theirs is free and asked for),
//! one loan (`/loans/{id}`, see `detail`; more time on it, `extension`), and the state
//! machine's steps as one-button forms (`POST /loans/{id}/{action}`). Each person sees exactly
//! the actions `domain::loan::allowed_actions` gives them (an approval only when the item is
//! free: requests wait in a queue, `Queue`); the command checks them again. Statuses are worded
//! from the reader's side (`words`).

mod detail;
mod extension;
mod words;

pub use words::status_pill;

use crate::http::flash::Said;
use crate::http::pages::layout;
use std::collections::hash_map::{Entry, HashMap};

use axum::extract::{Path, Query, State};
use axum::response::Response;
use axum::routing::{get, post};
use axum::Router;
use maud::{html, Markup};
use serde::Deserialize;

use crate::domain::access::shares_contact;
use crate::domain::choice::LoanStatus;
use crate::domain::loan::{allowed_actions, is_overdue, party, queue_position, LoanAction};
use crate::domain::records::{Item, ItemId, Loan, LoanId, UserId};
use crate::domain::time::{day_of, now, Day};
use crate::domain::zone::Zone;
use crate::http::error::AppError;
use crate::http::form::Posted;
use crate::http::pages::items::{person, People};
use crate::http::pages::layout::{csrf_field, render, Nav};
use crate::http::pages::paging::{self, Paging, NEWER_OLDER};
use crate::http::pages::sentence::Part;
use crate::http::session::{Member, Viewer};
use crate::http::state::App;
use crate::i18n::Arg;
use crate::store::commands::LoanStep;
use crate::store::read::Snapshot;
use crate::store::StoreError;
use words::{key_date, relation};

pub fn router() -> Router<App> {
    Router::new()
        .route("/loans", get(list))
        .route("/loans/{id}", get(detail::page))
        .route("/loans/{id}/review", post(detail::review))
        .route("/loans/{id}/messages", post(detail::write))
        .route("/loans/{id}/messages/{number}/report", post(detail::report))
        .route("/loans/{id}/extension", post(extension::ask))
        .route("/loans/{id}/extension/{answer}", post(extension::answer))
        .route("/loans/{id}/{action}", post(act))
}

/// Loans of each state shown on the overview `/loans`; the rest of a state is a page of its own
/// (`/loans?section=returned&page=2`), 50 a page.
const SECTION_SHOWN: usize = 20;
const PER_PAGE: usize = 50;

#[derive(Deserialize, Default)]
struct ListQuery {
    #[serde(default)]
    section: String,
    #[serde(default)]
    page: String,
}

/// Today, as loans count days (UTC).
pub fn today() -> Day {
    day_of(now())
}

/// An item's requests in queue order, and whether one of them may be approved now.
pub struct Queue {
    /// The item is active and no loan holds it.
    pub free: bool,
    /// `(loan, borrower)` of the requests waiting, first in line first.
    pub waiting: Vec<(LoanId, UserId)>,
}

impl Queue {
    pub fn of(snap: &Snapshot, id: ItemId, item: &Item) -> Result<Queue, StoreError> {
        Ok(Queue {
            free: item.is_active && snap.open_loan_of(id)?.is_none(),
            waiting: snap.queue_of(id)?,
        })
    }

    /// A request's place: `(number, out of)`.
    pub fn place(&self, loan: LoanId) -> Option<(usize, usize)> {
        let ids: Vec<LoanId> = self.waiting.iter().map(|(l, _)| *l).collect();
        queue_position(&ids, loan).map(|n| (n, ids.len()))
    }

    /// A request's number in its item's queue, read alone (the API's `queue_position`).
    pub fn number_of(
        snap: &Snapshot,
        item: ItemId,
        loan: LoanId,
    ) -> Result<Option<usize>, StoreError> {
        let ids: Vec<LoanId> = snap.queue_of(item)?.into_iter().map(|(l, _)| l).collect();
        Ok(queue_position(&ids, loan))
    }

    /// The item is free and someone is waiting for it: the owner's turn to answer.
    pub fn waits_for_owner(&self) -> bool {
        self.free && !self.waiting.is_empty()
    }
}

/// Whether `viewer` sees `person`'s email on `loan`: they are its two people, the lender said
/// yes (`domain::access::shares_contact`), and `person` chose to show it. The loan page and
/// the API ask here.
pub fn email_shown(
    snap: &Snapshot,
    loan: &Loan,
    viewer: Option<UserId>,
    person: UserId,
) -> Result<bool, StoreError> {
    let parties = [loan.lender, loan.borrower];
    let between_them =
        viewer.is_some_and(|v| v != person && parties.contains(&v)) && parties.contains(&person);
    Ok(between_them && shares_contact(loan) && snap.shows_email_on_loans(person)?)
}

/// "Number 2 of 3 in the queue", for a request that waits behind others or a loan.
pub fn place_words(v: &Viewer, place: Option<(usize, usize)>, free: bool) -> Markup {
    html! {
        @if let Some((n, of)) = place {
            @if n > 1 || !free {
                span.muted { " · " (v.tr("queue-place", &[("number", Arg::count(n)), ("total", Arg::count(of))])) }
            }
        }
    }
}

/// A step's button: its message id and its class.
fn action_label(a: LoanAction) -> (&'static str, Option<&'static str>) {
    match a {
        LoanAction::Approve => ("action-approve", None),
        LoanAction::Reject => ("action-decline", Some("danger")),
        LoanAction::Cancel => ("action-cancel", Some("danger")),
        LoanAction::HandOver => ("action-hand-over", None),
        LoanAction::BorrowerReturn => ("action-given-back", None),
        LoanAction::ConfirmReturn => ("action-confirm-back", None),
    }
}

/// The buttons for exactly the actions `user` may take (`item_free`: a request may be
/// approved); `back` is where each one returns. In a list, `what` names the item so that
/// "Approve" says which loan it approves.
pub fn action_buttons(
    v: &Viewer,
    (id, loan): (LoanId, &Loan),
    (user, item_free): (UserId, bool),
    back: &str,
    what: Option<&str>,
) -> Markup {
    html! {
        @for a in allowed_actions(loan, user, item_free) {
            @let (label, class) = action_label(a);
            @let label = v.t(label);
            form.inline method="post" action={ "/loans/" (id) "/" (a.as_str()) } {
                (csrf_field(v))
                input type="hidden" name="back" value=(back);
                button class=[class] type="submit" aria-label=[what.map(|w| v.tr("action-about", &[("action", Arg::Text(label)), ("item", Arg::Text(w))]))] { (label) }
            }
        }
    }
}

/// One loan of the viewer with what the list shows of it.
struct Line {
    id: LoanId,
    loan: Loan,
    item: String,
    /// The other person, as the viewer sees them.
    other: Option<Markup>,
    /// For a request: its place in the item's queue, and whether the item is free.
    place: Option<(usize, usize)>,
    free: bool,
}

/// One state's loans: its key in `?section=`, its heading and its loans (newest first).
struct Section<'a> {
    key: &'static str,
    /// The heading's message id.
    title: &'static str,
    lines: Vec<&'a Line>,
}

/// A state's table. `more`: what follows it (a link to all of them, or the pages).
#[allow(clippy::needless_pass_by_value)] // maud components take their parts by value
fn section(
    (v, zone): (&Viewer, &Zone),
    me: UserId,
    s: &Section<'_>,
    lines: &[&Line],
    more: Markup,
) -> Markup {
    if lines.is_empty() {
        return html! {};
    }
    let today = today();
    html! {
        section.loans id=(s.key) {
            h2 { (v.t(s.title)) " " span.muted { "(" (v.number(s.lines.len())) ")" } }
            div.table-wrap { table.stacked {
                thead { tr { th { (v.t("col-item")) } th { (v.t("col-with")) } th { (v.t("col-when")) } th { (v.t("col-status")) } th { (v.t("col-actions")) } } }
                tbody {
                    @for l in lines {
                        @let who = party(&l.loan, me);
                        tr class=[is_overdue(&l.loan, today).then_some("overdue")] {
                            th scope="row" { a href={ "/loans/" (l.id) } { (l.item) } }
                            td { (relation(v, &l.loan, who, l.other.clone().unwrap_or_default())) }
                            td data-label=(v.t("col-when")) { (key_date((v.lang, zone), &l.loan)) }
                            td { (status_pill(&l.loan, who, (today, v.lang))) (place_words(v, l.place, l.free)) }
                            td.actions { (action_buttons(v, (l.id, &l.loan), (me, l.free), "/loans", Some(&l.item))) }
                        }
                    }
                }
            } }
            (more)
        }
    }
}

/// The owner's items that are free again with someone waiting: "waiting for you". (The
/// notifications to come will announce the same moment.)
fn waiting_for_owner(v: &Viewer, lines: &[Line], me: UserId) -> Markup {
    let mut firsts: Vec<&Line> = lines
        .iter()
        .filter(|l| l.loan.lender == me && l.free && l.place.is_some_and(|(n, _)| n == 1))
        .collect();
    firsts.sort_by_key(|l| l.id);
    html! {
        @if !firsts.is_empty() {
            section.card.waiting aria-labelledby="waiting-for-you" {
                h2 #waiting-for-you { (v.t("loans-waiting-you")) }
                ul {
                    @for l in &firsts {
                        @let (_, of) = l.place.unwrap_or((1, 1));
                        li {
                            (v.say("loans-waiting-item", &[
                                ("item", Part::Markup(html! { a href={ "/loans/" (l.id) } { (l.item) } })),
                                ("count", Part::count(of)),
                                ("person", Part::Markup(l.other.clone().unwrap_or_default())),
                            ]))
                        }
                    }
                }
            }
        }
    }
}

/// The viewer's loans, newest first, with the item's title and the other person.
fn lines_of(snap: &Snapshot, v: &Viewer, me: UserId) -> Result<Vec<Line>, AppError> {
    let audience = v.audience(snap);
    let mut people = People::default();
    let mut queues = HashMap::new();
    let mut lines = Vec::new();
    for id in snap.loans_of(me)?.into_iter().rev() {
        let Some(loan) = snap.loan(id)? else {
            continue;
        };
        let Some(item) = snap.item(loan.item)? else {
            continue;
        };
        let (place, free) = if loan.status == LoanStatus::Requested {
            // Read once per item, however many of its requests the viewer has.
            let queue = match queues.entry(loan.item) {
                Entry::Occupied(e) => e.into_mut(),
                Entry::Vacant(e) => e.insert(Queue::of(snap, loan.item, &item)?),
            };
            (queue.place(id), queue.free)
        } else {
            (None, false)
        };
        let other_id = if loan.lender == me {
            loan.borrower
        } else {
            loan.lender
        };
        let other = match people.get(snap, other_id)? {
            Some(u) => Some(person(&audience, (other_id, u), v.lang)?),
            None => None,
        };
        lines.push(Line {
            id,
            loan,
            item: item.title,
            other,
            place,
            free,
        });
    }
    Ok(lines)
}

/// The loans by state, in the order the page shows them.
fn sections(lines: &[Line], me: UserId) -> Vec<Section<'_>> {
    let today = today();
    let pick =
        |f: &dyn Fn(&Line) -> bool| -> Vec<&Line> { lines.iter().filter(|l| f(l)).collect() };
    use LoanStatus as S;
    let mut active = pick(&|l| matches!(l.loan.status, S::Active | S::BorrowerReturned));
    // Overdue loans first: they need doing something about.
    active.sort_by_key(|l| !is_overdue(&l.loan, today));
    let section = |key, title, lines| Section { key, title, lines };
    vec![
        section(
            "requests",
            "loans-requests",
            pick(&|l| l.loan.status == S::Requested && l.loan.lender == me),
        ),
        section(
            "asked",
            "loans-asked",
            pick(&|l| l.loan.status == S::Requested && l.loan.borrower == me),
        ),
        section(
            "promised",
            "loans-promised",
            pick(&|l| l.loan.status == S::Approved),
        ),
        section("out", "loans-out", active),
        section(
            "returned",
            "loans-returned",
            pick(&|l| l.loan.status == S::Returned),
        ),
        section(
            "closed",
            "loans-closed",
            pick(&|l| matches!(l.loan.status, S::Rejected | S::Cancelled)),
        ),
    ]
}

async fn list(
    State(app): State<App>,
    Member { viewer: v, me }: Member,
    Query(q): Query<ListQuery>,
) -> Result<Response, AppError> {
    let me = me.id;
    let snap = app.engine.snapshot()?;
    let lines = lines_of(&snap, &v, me)?;
    let zone = snap.zone_for(Some(me))?;
    let sections = sections(&lines, me);
    // One state, a page at a time.
    if let Some(s) = sections.iter().find(|s| s.key == q.section) {
        let paging = Paging::new(&q.page, PER_PAGE);
        let (shown, more) = paging.take(s.lines.iter().copied());
        let href = |p| paging::href("/loans", &[("section", s.key)], "page", p);
        let main = html! {
            p { a href="/loans" { "← " (v.t("loans-all")) } }
            h1 { (v.t(s.title)) }
            @if shown.is_empty() {
                p.notice { (v.t("loans-none-here")) " " a href="/loans" { (v.t("loans-all")) } }
            }
            (section((&v, &zone), me, s, &shown, paging.nav(more, href, (NEWER_OLDER, v.lang))))
        };
        return Ok(render(&v, v.t(s.title), Nav::Loans, main));
    }
    let main = html! {
        h1 { (v.t("loans-title")) }
        (waiting_for_owner(&v, &lines, me))
        @if lines.is_empty() {
            p.notice { (v.t("loans-none")) " " a href="/items" { (v.t("loans-find")) } }
        }
        @for s in &sections {
            @let more = html! {
                @if s.lines.len() > SECTION_SHOWN {
                    p.more { a href={ "/loans?section=" (s.key) } { (v.tr("loans-see-all", &[("count", Arg::count(s.lines.len()))])) " →" } }
                }
            };
            @let first: Vec<&Line> = s.lines.iter().take(SECTION_SHOWN).copied().collect();
            (section((&v, &zone), me, s, &first, more))
        }
    };
    Ok(render(&v, v.t("loans-title"), Nav::Loans, main))
}

/// Where a step returns: the list or an item's page it was taken from, else the loan's page
/// (never anywhere else a posted field names).
fn back_to(back: &str, loan: LoanId) -> String {
    let item_page = back
        .strip_prefix("/items/")
        .is_some_and(|id| id.parse::<ItemId>().is_ok());
    if back == "/loans" || item_page {
        back.to_string()
    } else {
        format!("/loans/{loan}")
    }
}

/// `POST /loans/{id}/{action}`: one step of the state machine, then back to the page it
/// came from (the list or the loan). A refused step shows the loan's page with the reason.
async fn act(
    State(app): State<App>,
    Path((id, action)): Path<(String, String)>,
    Posted(Member { viewer: v, me }, form): Posted<Member>,
) -> Result<Response, AppError> {
    let loan: LoanId = id.parse().map_err(|_| AppError::not_found("loan"))?;
    let action = LoanAction::parse(&action).ok_or_else(|| AppError::not_found("page"))?;
    let started = crate::domain::time::now();
    let done = app
        .engine
        .writer
        .run(me.actor(), LoanStep { loan, action })
        .await;
    if let Err(e) = done {
        return detail::refused(&app, &v, &me, loan, (detail::Part::Steps, &form), e.into());
    }
    let said = match action {
        LoanAction::Approve => Said::Approved,
        LoanAction::Reject => Said::Declined,
        LoanAction::Cancel => Said::Cancelled,
        LoanAction::HandOver => Said::HandedOver,
        LoanAction::BorrowerReturn => Said::GivenBack,
        LoanAction::ConfirmReturn => Said::Returned,
    };
    layout::done(
        &app,
        me.id,
        started,
        said,
        &back_to(form.text("back"), loan),
    )
}
