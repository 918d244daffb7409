//! More time on a loan, in the browser: the loan page shows its latest extension to both
//! parties, the borrower's form to ask (`POST /loans/{id}/extension`) and the lender's answer
//! (`POST /loans/{id}/extension/accept` or `/decline`), each exactly when
//! `domain::extension::allowed_steps` gives it to them.

use axum::extract::{Path, State};
use axum::response::Response;
use maud::{html, Markup};

use super::detail::{refused, Part};
use crate::domain::extension::{allowed_steps, shown_state, ExtensionStep};
use crate::domain::loan::Party;
use crate::domain::records::{Extension, Loan, LoanId};
use crate::http::error::AppError;
use crate::http::form::{Form, Posted};
use crate::http::pages::layout::{alert, csrf_field};
use crate::http::pages::sentence;
use crate::http::session::{Member, Viewer};
use crate::http::state::App;
use crate::i18n::Arg;
use crate::store::commands::{AnswerExtension, AskExtension, CommandError};

/// The latest extension as the reader sees it.
fn standing(v: &Viewer, loan: &Loan, e: &Extension, who: Party) -> Markup {
    let days = html! { strong { (v.tr("count-more-days", &[("count", Arg::count(e.days))])) } };
    let asker = if who == Party::Borrower {
        "you"
    } else {
        "borrower"
    };
    let state = match shown_state(loan, e) {
        "pending" if who == Party::Lender => "to-answer",
        "pending" => "pending",
        "accepted" => "accepted",
        "declined" => "declined",
        _ => "unanswered",
    };
    let parts = [
        ("who", sentence::Part::Key(asker)),
        ("days", sentence::Part::Markup(days)),
        ("state", sentence::Part::Key(state)),
    ];
    html! {
        p { (v.say("extension-standing", &parts)) }
        @if !e.reason.is_empty() { blockquote.message { p { (e.reason) } } }
    }
}

/// The loan page's part about more time: what stands, and the reader's form or buttons.
pub(super) fn extension_part(
    v: &Viewer,
    (id, loan): (LoanId, &Loan),
    max_days: u32,
    current: Option<&Extension>,
    who: Party,
    (form, problem): (&Form, Option<&str>),
) -> Markup {
    let steps = allowed_steps(loan, current, who);
    if current.is_none() && steps.is_empty() {
        return alert(problem);
    }
    // A week by default, or the item's longest loan when that is shorter.
    let days = match form.text("days") {
        "" => 7.min(max_days).to_string(),
        typed => typed.to_string(),
    };
    html! {
        section.card aria-labelledby="more-time" {
            h2 #more-time { (v.t("more-time")) }
            @if let Some(e) = current { (standing(v, loan, e, who)) }
            (alert(problem))
            @if steps.contains(&ExtensionStep::Ask) {
                form.stack method="post" action={ "/loans/" (id) "/extension" } {
                    (csrf_field(v))
                    label { (v.tr("extension-how-many", &[("count", Arg::count(max_days))]))
                        input type="number" name="days" min="1" max=(max_days) required value=(days);
                    }
                    label { (v.t("extension-why"))
                        textarea name="reason" rows="2" maxlength="1000" { (form.text("reason")) }
                    }
                    button type="submit" { (v.t("extension-ask")) }
                }
            }
            @if steps.contains(&ExtensionStep::Accept) {
                div.actions {
                    @for (answer, label, class) in [("accept", "extension-accept", None), ("decline", "action-decline", Some("danger"))] {
                        form.inline method="post" action={ "/loans/" (id) "/extension/" (answer) } {
                            (csrf_field(v))
                            button class=[class] type="submit" { (v.t(label)) }
                        }
                    }
                }
            }
        }
    }
}

fn loan_id(id: &str) -> Result<LoanId, AppError> {
    id.parse().map_err(|_| AppError::not_found("loan"))
}

/// `POST /loans/{id}/extension`: the borrower asks.
pub(super) async fn ask(
    State(app): State<App>,
    Path(id): Path<String>,
    Posted(Member { viewer: v, me }, form): Posted<Member>,
) -> Result<Response, AppError> {
    let loan = loan_id(&id)?;
    let started = crate::domain::time::now();
    let attempt = async {
        let days = form.number::<i64>("days").map_err(CommandError::from)?;
        let cmd = AskExtension {
            loan,
            days,
            reason: form.text("reason").to_string(),
        };
        app.engine.writer.run(me.actor(), cmd).await
    };
    match attempt.await {
        Ok(_) => crate::http::pages::layout::done(
            &app,
            me.id,
            started,
            crate::http::flash::Said::ExtensionAsked,
            &format!("/loans/{loan}#more-time"),
        ),
        Err(e) => refused(&app, &v, &me, loan, (Part::Extension, &form), e.into()),
    }
}

/// `POST /loans/{id}/extension/{accept|decline}`: the lender answers.
pub(super) async fn answer(
    State(app): State<App>,
    Path((id, answer)): Path<(String, String)>,
    Posted(Member { viewer: v, me }, form): Posted<Member>,
) -> Result<Response, AppError> {
    let loan = loan_id(&id)?;
    let accept = match ExtensionStep::parse(&answer) {
        Some(ExtensionStep::Accept) => true,
        Some(ExtensionStep::Decline) => false,
        _ => return Err(AppError::not_found("page")),
    };
    let started = crate::domain::time::now();
    let done = app
        .engine
        .writer
        .run(me.actor(), AnswerExtension { loan, accept })
        .await;
    match done {
        Ok(_) => crate::http::pages::layout::done(
            &app,
            me.id,
            started,
            crate::http::flash::Said::ExtensionAnswered,
            &format!("/loans/{loan}#more-time"),
        ),
        Err(e) => refused(&app, &v, &me, loan, (Part::Extension, &form), e.into()),
    }
}
