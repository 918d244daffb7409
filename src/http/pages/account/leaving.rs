//! Leaving the site for good: the account page's last part, and the staff's confirmation for
//! a member who asks them. The account becomes an anonymous former member
//! (`store::commands::DeleteAccount`); a loan still open must be finished first, and the page
//! says which.

use crate::http::pages::sentence::Part;
use crate::i18n::Arg;
use axum::extract::State;
use axum::response::Response;
use maud::{html, Markup};

use super::settings::{account_again, confirm_password};
use crate::domain::records::{LoanId, UserId};
use crate::http::error::AppError;
use crate::http::form::Posted;
use crate::http::pages::layout::{alert, csrf_field, render, Nav};
use crate::http::session::{Member, Viewer};
use crate::http::state::App;
use crate::store::commands::DeleteAccount;
use crate::store::read::Snapshot;
use crate::store::StoreError;

/// The member's loans still open (promised, lent out, or given back and not yet confirmed),
/// with their items' titles: these hold the deletion back.
pub(crate) fn open_loans(
    snap: &Snapshot,
    user: UserId,
) -> Result<Vec<(LoanId, String)>, StoreError> {
    let mut out = Vec::new();
    for id in snap.loans_of(user)? {
        let Some(loan) = snap.loan(id)? else {
            continue;
        };
        if loan.status.is_open() {
            let title = snap.item(loan.item)?.map(|i| i.title).unwrap_or_default();
            out.push((id, title));
        }
    }
    Ok(out)
}

/// What deleting an account does, for the member and for staff (`who`: "you" or "they", a
/// key of the message).
pub(crate) fn consequences(v: &Viewer, open: &[(LoanId, String)], who: &'static str) -> Markup {
    html! {
        ul {
            li { (v.t("delete-removed")) }
            li { (v.t("delete-items")) }
            li { (v.tr("delete-groups", &[("who", Arg::Text(who))])) }
            li { (v.t("delete-records")) }
        }
        @if !open.is_empty() {
            div.notice role="status" {
                p { (v.say("delete-open-first", &[("first", Part::Markup(html! { strong { (v.t("delete-finish-first")) } }))])) }
                ul { @for (id, title) in open { li { a href={ "/loans/" (id) } { (title) } } } }
            }
        }
    }
}

/// The account page's part about it.
pub(super) fn section(
    v: &Viewer,
    snap: &Snapshot,
    me: UserId,
    problem: Option<&str>,
) -> Result<Markup, StoreError> {
    let open = open_loans(snap, me)?;
    Ok(html! {
        section.card #leave aria-labelledby="leave-h" {
            h2 #leave-h { (v.t("delete-title")) }
            p { (v.say("delete-cannot-undo", &[("link", Part::Markup(html! { a href="/account/data" download { (v.t("delete-download") ) } }))])) }
            (alert(problem))
            (consequences(v, &open, "you"))
            @if open.is_empty() {
                form.stack method="post" action="/account/delete" {
                    (csrf_field(v))
                    label { (v.t("field-your-password"))
                        input type="password" name="current" required autocomplete="current-password" maxlength="1024";
                    }
                    label.check {
                        input type="checkbox" name="confirm" required;
                        (v.t("delete-understand"))
                    }
                    button.danger type="submit" { (v.t("delete-send")) }
                }
            }
        }
    })
}

/// `POST /account/delete`: the password, the box ticked, then the deletion; the browser's
/// session ended with it.
pub(super) async fn delete(
    State(app): State<App>,
    Posted(Member { viewer: v, me }, form): Posted<Member>,
) -> Result<Response, AppError> {
    let attempt = async {
        if !form.flag("confirm") {
            return Err(AppError::Unprocessable(crate::i18n::phrase::Phrase::id(
                "delete-tick",
            )));
        }
        confirm_password(&app, &v, &me, form.text("current")).await?;
        app.engine
            .writer
            .run(me.actor(), DeleteAccount { user: me.id })
            .await?;
        Ok(())
    };
    match attempt.await {
        Ok(()) => {
            let anonymous = Viewer {
                me: None,
                flash: None,
                ..v.clone()
            };
            let main = html! {
                h1 { (v.t("deleted-title")) }
                p.lead { (v.t("deleted-lead")) }
                p { a href="/" { (v.t("error-back")) } }
            };
            let mut res = render(&anonymous, v.t("deleted-page"), Nav::None, main);
            super::signin::clear_session_cookie(&app, &mut res);
            Ok(res)
        }
        Err(e) => account_again(&app, &v, &me, "leave", &e, None),
    }
}
