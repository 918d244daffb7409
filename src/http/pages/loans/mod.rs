//! Loans in the browser: the viewer's loans as borrower and as lender grouped by state
//! (`/loans`), one loan (`/loans/{id}`, see `detail`), and the state machine's steps as
//! one-button forms (`POST /loans/{id}/{action}`). Each person sees exactly the actions
//! `domain::loan::allowed_actions` gives them; the command checks them again.

mod detail;

use axum::extract::{Path, State};
use axum::response::Response;
use axum::routing::{get, post};
use axum::Router;
use maud::{html, Markup};
use redb::ReadableDatabase;

use crate::domain::choice::LoanStatus;
use crate::domain::loan::{allowed_actions, is_overdue, party, LoanAction, Party};
use crate::domain::records::{Item, Loan, LoanId, User, UserId};
use crate::domain::time::{day_of, format_date, now, Day};
use crate::http::error::AppError;
use crate::http::form::Posted;
use crate::http::pages::items::{person, People};
use crate::http::pages::layout::{csrf_field, redirect, render, Nav};
use crate::http::session::Viewer;
use crate::http::state::App;
use crate::store::commands::Command;
use crate::store::read::listed;
use crate::store::tables::{ITEMS, LOANS, LOANS_BY_USER};
use crate::store::tx::get as read_record;

pub fn router() -> Router<App> {
    Router::new()
        .route("/loans", get(list))
        .route("/loans/{id}", get(detail::page))
        .route("/loans/{id}/review", post(detail::review))
        .route("/loans/{id}/{action}", post(act))
}

/// Returned and closed loans shown on `/loans` (the newest); open ones are always all shown.
const HISTORY_SHOWN: usize = 50;

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

fn section(v: &Viewer, me: UserId, title: &str, lines: &[&Line], today: Day) -> Markup {
    if lines.is_empty() {
        return html! {};
    }
    html! {
        section.loans {
            h2 { (title) " " span.muted { "(" (lines.len()) ")" } }
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
        }
    }
}

async fn list(State(app): State<App>, v: Viewer) -> Result<Response, AppError> {
    let me = v.require()?.id;
    let txn = app.engine.db.begin_read()?;
    let loans = txn.open_table(LOANS)?;
    let items = txn.open_table(ITEMS)?;
    let mut people = People::default();
    let mut lines = Vec::new();
    for id in listed(&txn, LOANS_BY_USER, me)?.into_iter().rev() {
        let Some(loan) = read_record::<Loan>(&loans, id)? else {
            continue;
        };
        let item = read_record::<Item>(&items, loan.item)?
            .map(|i| i.title)
            .unwrap_or_default();
        let other_id = if loan.lender == me {
            loan.borrower
        } else {
            loan.lender
        };
        let other = people.get(&txn, other_id)?.cloned();
        lines.push(Line {
            id,
            loan,
            item,
            other,
        });
    }
    let today = today();
    let pick =
        |f: &dyn Fn(&Line) -> bool| -> Vec<&Line> { lines.iter().filter(|l| f(l)).collect() };
    use LoanStatus as S;
    let to_answer = pick(&|l| l.loan.status == S::Requested && l.loan.lender == me);
    let asked = pick(&|l| l.loan.status == S::Requested && l.loan.borrower == me);
    let approved = pick(&|l| l.loan.status == S::Approved);
    let mut active = pick(&|l| matches!(l.loan.status, S::Active | S::BorrowerReturned));
    // Overdue loans first: they need doing something about.
    active.sort_by_key(|l| !is_overdue(&l.loan, today));
    let mut returned = pick(&|l| l.loan.status == S::Returned);
    returned.truncate(HISTORY_SHOWN);
    let mut closed = pick(&|l| matches!(l.loan.status, S::Rejected | S::Cancelled));
    closed.truncate(HISTORY_SHOWN);
    let main = html! {
        h1 { "My loans" }
        @if lines.is_empty() {
            p.notice { "No loans yet. " a href="/items" { "Find something to borrow" } "." }
        }
        (section(&v, me, "Requests to answer", &to_answer, today))
        (section(&v, me, "Waiting for an answer", &asked, today))
        (section(&v, me, "Approved, to hand over", &approved, today))
        (section(&v, me, "Active", &active, today))
        (section(&v, me, "Returned", &returned, today))
        (section(&v, me, "Rejected or cancelled", &closed, today))
    };
    Ok(render(&v, "My loans", Nav::Loans, main))
}

/// `POST /loans/{id}/{action}`: one step of the state machine, then back to the page it
/// came from (the list or the loan).
async fn act(
    State(app): State<App>,
    Path((id, action)): Path<(String, String)>,
    Posted { viewer: v, form }: Posted,
) -> Result<Response, AppError> {
    let actor = v.actor()?;
    let loan: LoanId = id.parse().map_err(|_| AppError::not_found("loan"))?;
    let action = LoanAction::parse(&action).ok_or_else(|| AppError::not_found("action"))?;
    app.engine
        .writer
        .run(actor, Command::Loan { loan, action })
        .await?;
    let own = format!("/loans/{loan}");
    let back = match form.text("back") {
        "/loans" => "/loans",
        _ => own.as_str(),
    };
    Ok(redirect(back))
}
