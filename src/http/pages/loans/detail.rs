//! `/loans/{id}`: one loan for its lender, its borrower and staff (anyone else: 404): the
//! item, the parties, every date, the status in the reader's words (overdue shown), a
//! request's place in the item's queue, the request message, the viewer's actions, more time
//! (`extension`), the reviews, and once returned the review form (`POST /loans/{id}/review`)
//! for a party who has not reviewed yet. A refused step or form shows this page again with the
//! reason beside what was refused (`refused`).

use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use maud::{html, Markup};

use super::extension::extension_part;
use super::{action_buttons, email_shown, status_pill, today, Queue};
use crate::domain::access;
use crate::domain::choice::LoanStatus;
use crate::domain::conversation::Thread;
use crate::domain::limits;
use crate::domain::loan::{party, Party};
use crate::domain::records::{Loan, LoanId, Review, User, UserId};
use crate::domain::time::{format_date, format_datetime, Millis};
use crate::domain::zone::Zone;
use crate::http::error::AppError;
use crate::http::flash::Said;
use crate::http::form::{Form, Posted};
use crate::http::limits::run_limited;
use crate::http::pages::conversation::{section, Around};
use crate::http::pages::items::{access_of, person, People};
use crate::http::pages::layout::{alert, csrf_field, render, render_status, Nav};
use crate::http::pages::sentence;
use crate::http::session::{Me, Member, Viewer};
use crate::http::snap::Snap;
use crate::http::state::App;
use crate::i18n::{numbers, Arg, Lang};
use crate::store::commands::CommandError;
use crate::store::commands::{ReportMessage, ReviewLoan, WriteMessage};
use crate::store::read::Snapshot;
use crate::store::StoreError;

/// The ratings a review may give, with their words' message ids.
const RATINGS: [(i64, &str); 5] = [
    (1, "rating-1"),
    (2, "rating-2"),
    (3, "rating-3"),
    (4, "rating-4"),
    (5, "rating-5"),
];

fn when((lang, zone): (Lang, &Zone), t: Option<Millis>) -> Markup {
    html! {
        @match t {
            Some(t) => time datetime=(format_datetime(t)) { (numbers::when(lang, zone, t)) },
            None => span.muted { "–" },
        }
    }
}

fn day(lang: Lang, d: Option<i32>) -> Markup {
    html! {
        @match d {
            Some(d) => time datetime=(format_date(d)) { (numbers::date(lang, d)) },
            None => span.muted { "–" },
        }
    }
}

/// The loan's reviews, the lender's first.
fn reviews_of(snap: &Snapshot, id: LoanId, loan: &Loan) -> Result<Vec<Review>, StoreError> {
    let mut out: Vec<(UserId, Review)> = snap.reviews_of(id)?;
    out.sort_by_key(|(reviewer, _)| *reviewer != loan.lender);
    Ok(out.into_iter().map(|(_, r)| r).collect())
}

fn review_form(v: &Viewer, id: LoanId, other: &User, form: &Form, problem: Option<&str>) -> Markup {
    html! {
        section.card aria-labelledby="review" {
            h2 #review { (v.tr("review-title", &[("name", Arg::Text(&other.display_name()))])) }
            (alert(problem))
            form.stack method="post" action={ "/loans/" (id) "/review" } {
                (csrf_field(v))
                fieldset.rating {
                    legend { (v.t("review-how")) }
                    @for (n, label) in RATINGS {
                        label.check {
                            input type="radio" name="rating" value=(n) required checked[form.text("rating") == n.to_string()];
                            (n) " · " (v.t(label))
                        }
                    }
                }
                label { (v.t("review-comment"))
                    textarea name="comment" rows="3" maxlength="2000" { (form.text("comment")) }
                }
                button type="submit" { (v.t("review-send")) }
            }
        }
    }
}

/// The other person of the loan, for one of its parties.
fn party_id(loan: &Loan, who: Party) -> UserId {
    if who == Party::Lender {
        loan.borrower
    } else {
        loan.lender
    }
}

/// Where a refusal is shown: beside the form it came from.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Part {
    Steps,
    Review,
    Extension,
    Messages,
}

/// A refusal brought back to the page: its message, the form it came from, and what was typed.
pub(super) struct Problem<'a> {
    pub part: Part,
    pub message: String,
    pub form: &'a Form,
}

impl Problem<'_> {
    fn at<'p>(problem: Option<&'p Problem<'_>>, part: Part) -> Option<&'p str> {
        problem
            .filter(|p| p.part == part)
            .map(|p| p.message.as_str())
    }
}

/// The loan's dates, each as far as it has got: instants in the viewer's zone, the hand-over
/// and due days as the calendar days they are.
fn dates(v: &Viewer, zone: &Zone, loan: &Loan) -> Markup {
    let lang = v.lang;
    html! {
        dt { (v.t("col-asked")) } dd { (when((lang, zone), Some(loan.requested_at))) }
        dt { (v.t("pill-promised")) } dd { (when((lang, zone), loan.approved_at)) }
        dt { (v.t("loan-handed-over")) } dd { (day(lang, loan.start_date)) }
        dt { (v.t("loan-due-back")) } dd { (day(lang, loan.due_date)) }
        dt { (v.t("loans-returned")) }
        dd {
            @if loan.status == LoanStatus::BorrowerReturned {
                (v.t("loan-given-back-note"))
            } @else {
                (when((lang, zone), loan.returned_at))
            }
        }
    }
}

/// Where a request stands in the item's queue, in the reader's words.
fn queue_part(v: &Viewer, who: Party, place: Option<(usize, usize)>, free: bool) -> Markup {
    let Some((n, of)) = place else {
        return html! {};
    };
    let others = of - 1;
    let id = match (who, n, free) {
        (Party::Borrower, 1, true) => "queue-you-first-free",
        (Party::Borrower, 1, false) => "queue-you-first-lent",
        (Party::Borrower, _, _) => "queue-you-behind",
        // Staff, who are neither party, read where it stands.
        (Party::Other, _, true) => "queue-staff-free",
        (Party::Other, _, false) => "queue-staff-lent",
        (_, 1, true) if others == 0 => "queue-owner-only",
        (_, 1, true) => "queue-owner-first",
        (_, _, true) => "queue-owner-free",
        (_, _, false) => "queue-owner-lent",
    };
    let args = [
        ("number", Arg::count(n)),
        ("total", Arg::count(of)),
        // Those before a borrower, or behind the first request for its owner.
        (
            "count",
            Arg::count(if who == Party::Borrower {
                n - 1
            } else {
                others
            }),
        ),
    ];
    html! { p.notice.queue { (v.tr(id, &args)) } }
}

/// The page; `problem` brings back a refused form.
pub(super) fn detail(
    snap: &Snapshot,
    v: &Viewer,
    me: &Me,
    (id, messages_page): (LoanId, &str),
    problem: Option<&Problem<'_>>,
) -> Result<(String, Markup), AppError> {
    let loan = snap.loan(id)?.ok_or_else(|| AppError::not_found("loan"))?;
    if !access::loan_open(me.id, me.is_staff, &loan) {
        return Err(AppError::not_found("loan"));
    }
    let who = party(&loan, me.id);
    let item = snap
        .item(loan.item)?
        .ok_or_else(|| AppError::not_found("item"))?;
    let queue = Queue::of(snap, loan.item, &item)?;
    let mut people = People::default();
    let lender = people.get(snap, loan.lender)?.cloned();
    let borrower = people.get(snap, loan.borrower)?.cloned();
    let access = access_of(snap, v)?;
    let audience = v.audience(snap);
    let group = match loan.group {
        Some(g) => snap.group(g)?.filter(|group| access.lists_group(g, group)),
        None => None,
    };
    let reviews = reviews_of(snap, id, &loan)?;
    let zone = snap.zone_for(Some(me.id))?;
    let reviewed = reviews.iter().any(|r| r.reviewer == me.id);
    let other = match who {
        Party::Lender => borrower.as_ref(),
        Party::Borrower => lender.as_ref(),
        Party::Other => None,
    };
    let review_to = other.filter(|_| loan.status == LoanStatus::Returned && !reviewed);
    // The other person's email, when they chose to show it to the people of their loans.
    let other_email = match other {
        Some(u) if email_shown(snap, &loan, Some(me.id), party_id(&loan, who))? => {
            Some(u.email.clone())
        }
        _ => None,
    };
    let extension = snap.extension(id)?;
    let empty = Form::default();
    let form_of = |part| {
        problem
            .filter(|p| p.part == part)
            .map_or(&empty, |p| p.form)
    };
    // Its two people only: staff see the loan, never what its people wrote to each other.
    let conversation = if who == Party::Other {
        html! {}
    } else {
        let path = format!("/loans/{id}");
        let around = Around {
            thread: Thread::Loan(id),
            path: &path,
            first: Some((loan.borrower, &loan.request_message, loan.requested_at)),
            page: messages_page,
            problem: problem
                .filter(|p| p.part == Part::Messages)
                .map(|p| (p.message.as_str(), p.form.text("body"))),
        };
        section(snap, v, (me.id, &zone), &around)?
    };
    let title = v.tr("loan-title", &[("item", Arg::Text(&item.title))]);
    let item_link = html! { a href={ "/items/" (loan.item) } { (item.title) } };
    let main = html! {
        article.loan-detail {
            h1 { (v.say("loan-title", &[("item", sentence::Part::Markup(item_link))])) }
            p { (status_pill(&loan, who, (today(), v.lang))) }
            @if loan.status == LoanStatus::Requested {
                (queue_part(v, who, queue.place(id), queue.free))
            }
            dl.facts {
                dt { (v.t("loan-lender")) } dd { @if let Some(u) = &lender { (person(&audience, (loan.lender, u), v.lang)?) } }
                dt { (v.t("col-borrower")) } dd { @if let Some(u) = &borrower { (person(&audience, (loan.borrower, u), v.lang)?) } }
                @if let Some(email) = &other_email {
                    dt { (v.t("loan-their-email")) } dd { a href={ "mailto:" (email) } { (email) } }
                }
                @if let Some(g) = &group {
                    dt { (v.t("loan-through")) } dd { a href={ "/groups/" (g.slug) } { (g.name) } }
                }
                (dates(v, &zone, &loan))
            }
            (alert(Problem::at(problem, Part::Steps)))
            div.actions { (action_buttons(v, (id, &loan), (me.id, queue.free), &format!("/loans/{id}"), None)) }
            (extension_part(v, (id, &loan), item.max_loan_days, extension.as_ref(), who, (form_of(Part::Extension), Problem::at(problem, Part::Extension))))
            @if let Some(other) = review_to {
                (review_form(v, id, other, form_of(Part::Review), Problem::at(problem, Part::Review)))
            } @else {
                (alert(Problem::at(problem, Part::Review)))
            }
            (conversation)
            @if !reviews.is_empty() {
                section aria-labelledby="reviews" {
                    h2 #reviews { (v.t("reviews")) }
                    @for r in &reviews {
                        @let by = if r.reviewer == loan.lender { &lender } else { &borrower };
                        figure.review {
                            blockquote {
                                p { strong { (r.rating) " / 5" } }
                                @if !r.comment.is_empty() { p { (r.comment) } }
                            }
                            figcaption { (v.tr("review-by", &[("name", Arg::Text(&by.as_ref().map(User::display_name).unwrap_or_default()))])) }
                        }
                    }
                }
            }
        }
    };
    Ok((title, main))
}

/// A refused step or form: the loan's page again with the reason where it was asked, and the
/// refusal's status. A loan the viewer may not see (or that is not there) stays an error page.
pub(super) fn refused(
    app: &App,
    v: &Viewer,
    me: &Me,
    id: LoanId,
    (part, form): (Part, &Form),
    e: AppError,
) -> Result<Response, AppError> {
    if matches!(e.status(), StatusCode::NOT_FOUND | StatusCode::FORBIDDEN) {
        return Err(e);
    }
    let snap = app.engine.snapshot()?;
    let problem = Problem {
        part,
        message: e.message_in(v.lang),
        form,
    };
    let (title, main) = detail(&snap, v, me, (id, ""), Some(&problem))?;
    Ok(render_status(e.status(), v, &title, Nav::Loans, main))
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub(super) struct PageQuery {
    messages: String,
}

pub(super) async fn page(
    snap: Snap,
    Member { viewer: v, me }: Member,
    Path(id): Path<String>,
    Query(q): Query<PageQuery>,
) -> Result<Response, AppError> {
    let id: LoanId = id.parse().map_err(|_| AppError::not_found("loan"))?;
    let (title, main) = detail(&snap, &v, &me, (id, &q.messages), None)?;
    Ok(render(&v, &title, Nav::Loans, main))
}

pub(super) async fn review(
    State(app): State<App>,
    Path(id): Path<String>,
    Posted(Member { viewer: v, me }, form): Posted<Member>,
) -> Result<Response, AppError> {
    let loan: LoanId = id.parse().map_err(|_| AppError::not_found("loan"))?;
    let started = crate::domain::time::now();
    let attempt = async {
        let rating = form.number::<i64>("rating").map_err(CommandError::from)?;
        let cmd = ReviewLoan {
            loan,
            rating,
            comment: form.text("comment").to_string(),
        };
        app.engine.writer.run(me.actor(), cmd).await
    };
    let result = attempt.await.map_err(AppError::from);
    let to = format!("/loans/{loan}");
    let asked = Asked {
        loan,
        part: Part::Review,
        form: &form,
        started,
    };
    answer(&app, (&v, &me), &asked, result, (Said::Reviewed, &to))
}

/// A posted loan form, for its answer.
struct Asked<'a> {
    loan: LoanId,
    part: Part,
    form: &'a Form,
    started: Millis,
}

/// A loan form's answer: on to `to`, saying `said` there once; or the loan's page again with
/// the refusal beside the form it came from.
fn answer(
    app: &App,
    (v, me): (&Viewer, &Me),
    asked: &Asked<'_>,
    result: Result<u64, AppError>,
    (said, to): (Said, &str),
) -> Result<Response, AppError> {
    match result {
        Ok(_) => crate::http::pages::layout::done(app, me.id, asked.started, said, to),
        Err(e) => refused(app, v, me, asked.loan, (asked.part, asked.form), e),
    }
}

/// `POST /loans/{id}/messages`: one of the loan's two people writes to the other.
pub(super) async fn write(
    State(app): State<App>,
    Path(id): Path<String>,
    Posted(Member { viewer: v, me }, form): Posted<Member>,
) -> Result<Response, AppError> {
    let loan: LoanId = id.parse().map_err(|_| AppError::not_found("loan"))?;
    let started = crate::domain::time::now();
    let cmd = WriteMessage {
        thread: Thread::Loan(loan),
        body: form.text("body").to_string(),
    };
    let result = run_limited(&app, (&me).into(), limits::MESSAGES, me.actor(), cmd).await;
    let to = format!("/loans/{loan}#messages");
    let asked = Asked {
        loan,
        part: Part::Messages,
        form: &form,
        started,
    };
    answer(&app, (&v, &me), &asked, result, (Said::MessageSent, &to))
}

/// `POST /loans/{id}/messages/{n}/report`: the other person's message, copied to staff.
pub(super) async fn report(
    State(app): State<App>,
    Path((id, number)): Path<(String, String)>,
    Posted(Member { viewer: v, me }, form): Posted<Member>,
) -> Result<Response, AppError> {
    let loan: LoanId = id.parse().map_err(|_| AppError::not_found("loan"))?;
    let number: u64 = number.parse().map_err(|_| AppError::not_found("message"))?;
    let started = crate::domain::time::now();
    let cmd = ReportMessage {
        thread: Thread::Loan(loan),
        number,
        note: form.text("note").to_string(),
    };
    let result = app
        .engine
        .writer
        .run(me.actor(), cmd)
        .await
        .map_err(AppError::from);
    let to = format!("/loans/{loan}#message-{number}");
    let asked = Asked {
        loan,
        part: Part::Messages,
        form: &form,
        started,
    };
    answer(&app, (&v, &me), &asked, result, (Said::Reported, &to))
}
