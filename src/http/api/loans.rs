//! Loans for programs, read by their parties (and staff): `GET /api/loans/{id}` and the
//! viewer's own, `GET /api/me/loans?role=lender|borrower&state=open|finished&page=N` (newest
//! first, 50 a page). Personal answers: ETag of the body, `Cache-Control: private`. Anyone
//! else gets the 404 of a loan that does not exist.

use axum::extract::{Path, Query};
use axum::http::HeaderMap;
use axum::response::Response;
use axum::routing::get;
use axum::Router;
use serde::Deserialize;
use serde_json::{json, Value};

use crate::domain::access::{self, Access};
use crate::domain::choice::LoanStatus;
use crate::domain::extension::shown_state;
use crate::domain::loan::is_overdue;
use crate::domain::records::{Loan, LoanId, UserId};
use crate::domain::time::{day_of, format_date, format_datetime, now};
use crate::http::cached::json_of;
use crate::http::error::AppError;
use crate::http::pages::items::{access_of, People};
use crate::http::pages::loans::{email_shown, Queue};
use crate::http::session::Member;
use crate::http::snap::Snap;
use crate::http::state::App;
use crate::store::read::Snapshot;
use crate::store::StoreError;

pub(super) fn router() -> Router<App> {
    Router::new()
        .route("/api/loans/{id}", get(one))
        .route("/api/me/loans", get(mine))
}

const PER_PAGE: usize = 50;

/// A loan as the API shows it to one of its parties (or staff).
pub(crate) fn loan_json(
    snap: &Snapshot,
    access: &Access,
    people: &mut People,
    (id, loan): (LoanId, &Loan),
) -> Result<Value, StoreError> {
    let mut person = |user: UserId| -> Result<Value, StoreError> {
        let shows = email_shown(snap, loan, access.me, user)?;
        Ok(match people.get(snap, user)? {
            Some(u) if shows => json!({
                "username": u.username,
                "display_name": u.display_name(),
                "email": u.email,
            }),
            Some(u) => json!({ "username": u.username, "display_name": u.display_name() }),
            None => Value::Null,
        })
    };
    let lender = person(loan.lender)?;
    let borrower = person(loan.borrower)?;
    let item = snap.item(loan.item)?;
    let group = match loan.group {
        Some(g) => snap
            .group(g)?
            .filter(|group| access.lists_group(g, group))
            .map(|group| group.slug),
        None => None,
    };
    let queue_position = if loan.status == LoanStatus::Requested {
        Queue::number_of(snap, loan.item, id)?
    } else {
        None
    };
    let extension = snap
        .extension(id)?
        .map(|e| json!({ "days": e.days, "reason": e.reason, "state": shown_state(loan, &e) }));
    let mut reviews = Vec::new();
    for (reviewer, r) in snap.reviews_of(id)? {
        let by = people.get(snap, reviewer)?.map(|u| u.username.clone());
        reviews.push(json!({
            "reviewer": by,
            "reviewer_role": r.reviewer_role.as_str(),
            "rating": r.rating,
            "comment": r.comment,
            "created_at": format_datetime(r.created_at),
        }));
    }
    Ok(json!({
        "id": id,
        "item": { "id": loan.item, "title": item.map(|i| i.title) },
        "lender": lender,
        "borrower": borrower,
        "group": group,
        "status": loan.status.as_str(),
        "overdue": is_overdue(loan, day_of(now())),
        "queue_position": queue_position,
        // The conversation's first message: its two people's alone, as on the page.
        "request_message": access
            .me
            .filter(|me| *me == loan.lender || *me == loan.borrower)
            .map(|_| loan.request_message.clone()),
        "requested_at": format_datetime(loan.requested_at),
        "approved_at": loan.approved_at.map(format_datetime),
        "start_date": loan.start_date.map(format_date),
        "due_date": loan.due_date.map(format_date),
        "returned_at": loan.returned_at.map(format_datetime),
        "extension": extension,
        "reviews": reviews,
    }))
}

async fn one(
    snap: Snap,
    Member { viewer: v, me }: Member,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let not_found = || AppError::not_found("loan");
    let id: LoanId = id.parse().map_err(|_| not_found())?;
    let loan = snap.loan(id)?.ok_or_else(not_found)?;
    if !access::loan_open(me.id, me.is_staff, &loan) {
        return Err(not_found());
    }
    let access = access_of(&snap, &v)?;
    let body = loan_json(&snap, &access, &mut People::default(), (id, &loan))?;
    Ok(json_of(&v, &headers, &body))
}

#[derive(Deserialize, Default)]
struct MineQuery {
    #[serde(default)]
    role: Option<String>,
    #[serde(default)]
    state: Option<String>,
    #[serde(default)]
    page: Option<String>,
}

/// Which of the viewer's loans a query asks for.
struct Wanted {
    lender: Option<bool>,
    open: Option<bool>,
    page: usize,
}

impl Wanted {
    fn read(q: &MineQuery) -> Result<Wanted, AppError> {
        let bad = |id| AppError::BadRequest(crate::i18n::phrase::Phrase::id(id));
        let lender = match q.role.as_deref() {
            None | Some("") => None,
            Some("lender") => Some(true),
            Some("borrower") => Some(false),
            Some(_) => return Err(bad("bad-loan-role")),
        };
        let open = match q.state.as_deref() {
            None | Some("") => None,
            Some("open") => Some(true),
            Some("finished") => Some(false),
            Some(_) => return Err(bad("bad-loan-state")),
        };
        let page = super::page_number(q.page.as_deref())?;
        Ok(Wanted { lender, open, page })
    }

    fn matches(&self, me: UserId, loan: &Loan) -> bool {
        // Open: still going somewhere (a request, a promise, a loan out); finished: returned,
        // declined or cancelled.
        let open = loan.status == LoanStatus::Requested || loan.status.is_open();
        self.lender.is_none_or(|l| l == (loan.lender == me)) && self.open.is_none_or(|o| o == open)
    }
}

async fn mine(
    snap: Snap,
    Member { viewer: v, me }: Member,
    Query(q): Query<MineQuery>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let wanted = Wanted::read(&q)?;
    let access = access_of(&snap, &v)?;
    let mut people = People::default();
    let skip = (wanted.page - 1) * PER_PAGE;
    let (mut loans, mut seen, mut more) = (Vec::new(), 0, false);
    for id in snap.loans_of(me.id)?.into_iter().rev() {
        let Some(loan) = snap.loan(id)? else { continue };
        if !wanted.matches(me.id, &loan) {
            continue;
        }
        seen += 1;
        if seen <= skip {
            continue;
        }
        if loans.len() == PER_PAGE {
            more = true;
            break;
        }
        loans.push(loan_json(&snap, &access, &mut people, (id, &loan))?);
    }
    let body = json!({
        "loans": loans,
        "page": wanted.page,
        "next_page": more.then_some(wanted.page + 1),
    });
    Ok(json_of(&v, &headers, &body))
}
