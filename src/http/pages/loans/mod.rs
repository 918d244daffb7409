//! Loans in the browser: the viewer's loans as borrower and as lender grouped by state
//! (`/loans`), one loan (`/loans/{id}`, see `detail`), and the state machine's steps as
//! one-button forms (`POST /loans/{id}/{action}`). Each person sees exactly the actions
//! `domain::loan::allowed_actions` gives them; the command checks them again.

mod detail;

use axum::extract::{Path, Query, State};
use axum::response::Response;
use axum::routing::{get, post};
use axum::Router;
use maud::{html, Markup};
use serde::Deserialize;

use crate::domain::choice::LoanStatus;
use crate::domain::loan::{allowed_actions, is_overdue, party, LoanAction, Party};
use crate::domain::records::{Loan, LoanId, User, UserId};
use crate::domain::time::{day_of, format_date, now, Day};
use crate::http::error::AppError;
use crate::http::form::Posted;
use crate::http::pages::items::{person, People};
use crate::http::pages::layout::{csrf_field, redirect, render, Nav};
use crate::http::pages::paging::{self, Paging, NEWER_OLDER};
use crate::http::session::{Member, Viewer};
use crate::http::state::App;
use crate::store::commands::LoanStep;
use crate::store::read::Snapshot;

pub fn router() -> Router<App> {
    Router::new()
        .route("/loans", get(list))
        .route("/loans/{id}", get(detail::page))
        .route("/loans/{id}/review", post(detail::review))
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

/// The loan's status as a pill; an active loan past its due date shows as overdue.
pub fn loan_status_pill(loan: &Loan, today: Day) -> Markup {
    if is_overdue(loan, today) {
        return html! { span.pill.danger { "Overdue" } };
    }
    let (class, label) = match loan.status {
        LoanStatus::Requested => ("pill warn", "Requested"),
        LoanStatus::Approved => ("pill ok", "Approved, to hand over"),
        LoanStatus::Active => ("pill ok", "Lent out"),
        LoanStatus::BorrowerReturned => ("pill warn", "Returned by the borrower, to confirm"),
        LoanStatus::Returned => ("pill", "Returned"),
        LoanStatus::Rejected => ("pill", "Rejected"),
        LoanStatus::Cancelled => ("pill", "Cancelled"),
    };
    html! { span class=(class) { (label) } }
}

fn action_label(a: LoanAction) -> (&'static str, Option<&'static str>) {
    match a {
        LoanAction::Approve => ("Approve", None),
        LoanAction::Reject => ("Reject", Some("danger")),
        LoanAction::Cancel => ("Cancel the request", Some("danger")),
        LoanAction::HandOver => ("Hand it over now", None),
        LoanAction::BorrowerReturn => ("I have returned it", None),
        LoanAction::ConfirmReturn => ("Confirm it is back", None),
    }
}

/// The buttons for exactly the actions `user` may take; `back` is where each one returns.
/// In a list, `what` names the item so that "Approve" says which loan it approves.
pub fn action_buttons(
    v: &Viewer,
    (id, loan): (LoanId, &Loan),
    user: UserId,
    back: &str,
    what: Option<&str>,
) -> Markup {
    html! {
        @for a in allowed_actions(loan, user) {
            @let (label, class) = action_label(a);
            form.inline method="post" action={ "/loans/" (id) "/" (a.as_str()) } {
                (csrf_field(v))
                input type="hidden" name="back" value=(back);
                button class=[class] type="submit" aria-label=[what.map(|w| format!("{label}: {w}"))] { (label) }
            }
        }
    }
}

/// One loan of the viewer with what the list shows of it.
struct Line {
    id: LoanId,
    loan: Loan,
    item: String,
    other: Option<User>,
}

/// One state's loans: its key in `?section=`, its heading and its loans (newest first).
struct Section<'a> {
    key: &'static str,
    title: &'static str,
    lines: Vec<&'a Line>,
}

/// A state's table. `more`: what follows it (a link to all of them, or the pages).
#[allow(clippy::needless_pass_by_value)] // maud components take their parts by value
fn section(v: &Viewer, me: UserId, s: &Section<'_>, lines: &[&Line], more: Markup) -> Markup {
    if lines.is_empty() {
        return html! {};
    }
    let today = today();
    html! {
        section.loans {
            h2 { (s.title) " " span.muted { "(" (s.lines.len()) ")" } }
            div.table-wrap { table {
                thead { tr { th { "Item" } th { "With" } th { "Dates" } th { "Status" } th { "Actions" } } }
                tbody {
                    @for l in lines {
                        tr class=[is_overdue(&l.loan, today).then_some("overdue")] {
                            th scope="row" { a href={ "/loans/" (l.id) } { (l.item) } }
                            td {
                                @if party(&l.loan, me) == Party::Lender { "lending to " } @else { "borrowing from " }
                                @if let Some(u) = &l.other { (person(u)) }
                            }
                            td {
                                @if let Some(due) = l.loan.due_date { "due " (format_date(due)) }
                                @else { "asked " (format_date(day_of(l.loan.requested_at))) }
                            }
                            td { (loan_status_pill(&l.loan, today)) }
                            td.actions { (action_buttons(v, (l.id, &l.loan), me, "/loans", Some(&l.item))) }
                        }
                    }
                }
            } }
            (more)
        }
    }
}

/// The viewer's loans, newest first, with the item's title and the other person.
fn lines_of(snap: &Snapshot, me: UserId) -> Result<Vec<Line>, AppError> {
    let mut people = People::default();
    let mut lines = Vec::new();
    for id in snap.loans_of(me)?.into_iter().rev() {
        let Some(loan) = snap.loan(id)? else {
            continue;
        };
        let item = snap.item(loan.item)?.map(|i| i.title).unwrap_or_default();
        let other_id = if loan.lender == me {
            loan.borrower
        } else {
            loan.lender
        };
        let other = people.get(snap, other_id)?.cloned();
        lines.push(Line {
            id,
            loan,
            item,
            other,
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
            "Requests to answer",
            pick(&|l| l.loan.status == S::Requested && l.loan.lender == me),
        ),
        section(
            "waiting",
            "Waiting for an answer",
            pick(&|l| l.loan.status == S::Requested && l.loan.borrower == me),
        ),
        section(
            "approved",
            "Approved, to hand over",
            pick(&|l| l.loan.status == S::Approved),
        ),
        section("active", "Active", active),
        section(
            "returned",
            "Returned",
            pick(&|l| l.loan.status == S::Returned),
        ),
        section(
            "closed",
            "Rejected or cancelled",
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
    let lines = lines_of(&snap, me)?;
    let sections = sections(&lines, me);
    // One state, a page at a time.
    if let Some(s) = sections.iter().find(|s| s.key == q.section) {
        let paging = Paging::new(&q.page, PER_PAGE);
        let (shown, more) = paging.take(s.lines.iter().copied());
        let href = |p| paging::href("/loans", &[("section", s.key)], "page", p);
        let main = html! {
            p { a href="/loans" { "← All my loans" } }
            h1 { (s.title) }
            @if shown.is_empty() {
                p.notice { "No loans here. " a href="/loans" { "Back to all my loans" } "." }
            }
            (section(&v, me, s, &shown, paging.nav(more, href, NEWER_OLDER)))
        };
        return Ok(render(&v, s.title, Nav::Loans, main));
    }
    let main = html! {
        h1 { "My loans" }
        @if lines.is_empty() {
            p.notice { "No loans yet. " a href="/items" { "Find something to borrow" } "." }
        }
        @for s in &sections {
            @let more = html! {
                @if s.lines.len() > SECTION_SHOWN {
                    p.more { a href={ "/loans?section=" (s.key) } { "See all " (s.lines.len()) " →" } }
                }
            };
            @let first: Vec<&Line> = s.lines.iter().take(SECTION_SHOWN).copied().collect();
            (section(&v, me, s, &first, more))
        }
    };
    Ok(render(&v, "My loans", Nav::Loans, main))
}

/// `POST /loans/{id}/{action}`: one step of the state machine, then back to the page it
/// came from (the list or the loan).
async fn act(
    State(app): State<App>,
    Path((id, action)): Path<(String, String)>,
    Posted(Member { me, .. }, form): Posted<Member>,
) -> Result<Response, AppError> {
    let actor = me.actor();
    let loan: LoanId = id.parse().map_err(|_| AppError::not_found("loan"))?;
    let action = LoanAction::parse(&action).ok_or_else(|| AppError::not_found("action"))?;
    app.engine
        .writer
        .run(actor, LoanStep { loan, action })
        .await?;
    let own = format!("/loans/{loan}");
    let back = match form.text("back") {
        "/loans" => "/loans",
        _ => own.as_str(),
    };
    Ok(redirect(back))
}
