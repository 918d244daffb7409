//! Leaving the site for good: the account page's last part, and the staff's confirmation for
//! a member who asks them. The account becomes an anonymous former member
//! (`store::commands::DeleteAccount`); a loan still open must be finished first, and the page
//! says which.

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

/// What deleting an account does, for the member and for staff. `you`: "you" or the member's
/// name.
pub(crate) fn consequences(open: &[(LoanId, String)], you: &str) -> Markup {
    html! {
        ul {
            li { "The name, email, password and profile are removed, and every session and access token ends." }
            li { "Items are archived; requests made are withdrawn and requests for the items declined." }
            li { "Every group membership ends. A group " (you) " own passes to its longest-serving admin (or member, made an admin); one with no one else in it is archived." }
            li { "Loans, reviews, badges and points stay, under \"Former member\", so that everyone else's records stay right." }
        }
        @if !open.is_empty() {
            div.notice role="status" {
                p { strong { "First finish the loans still open" } " (the other person is waiting for the item or its return):" }
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
            h2 #leave-h { "Delete your account" }
            p { "This cannot be undone. " a href="/account/data" download { "Download your data" } " first if you want to keep it." }
            (alert(problem))
            (consequences(&open, "you"))
            @if open.is_empty() {
                form.stack method="post" action="/account/delete" {
                    (csrf_field(v))
                    label { "Your password"
                        input type="password" name="current" required autocomplete="current-password" maxlength="1024";
                    }
                    label.check {
                        input type="checkbox" name="confirm" required;
                        "I understand that my account is deleted for good"
                    }
                    button.danger type="submit" { "Delete my account" }
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
            return Err(AppError::Unprocessable(
                "tick the box to say you want your account deleted".into(),
            ));
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
                h1 { "Your account is deleted" }
                p.lead { "Thank you for sharing with your neighbours. Your name is gone from the site; the loans you took part in stay, under \"Former member\"." }
                p { a href="/" { "Back to the start page" } }
            };
            let mut res = render(&anonymous, "Account deleted", Nav::None, main);
            super::signin::clear_session_cookie(&app, &mut res);
            Ok(res)
        }
        Err(e) => account_again(&app, &v, &me, "leave", &e, None),
    }
}
