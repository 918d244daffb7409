//! `/account/notifications`: how a member hears of each kind of notification by e-mail (in the
//! app, always): an e-mail each time, a daily digest, or none. And `/unsubscribe/{token}`,
//! the link in every mail: it stops that kind of mail (a digest's link, every mail) with no
//! sign-in, the signed token being the member's word; mail programs post to it directly
//! (RFC 8058 one-click), people see a page with one button first.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use maud::html;

use crate::domain::mail::{Choice, ALL_KINDS};
use crate::domain::notice::Kind;
use crate::http::error::AppError;
use crate::http::form::Posted;
use crate::http::pages::layout::{csrf_field, render, render_status, saved, Nav};
use crate::http::session::{Member, Viewer};
use crate::http::snap::Snap;
use crate::http::state::App;
use crate::mail::link;
use crate::store::commands::{Actor, SetMailChoices};

/// What each kind is, in the form's words, in the order the form lists them.
const KINDS: &[(Kind, &str)] = &[
    (Kind::LoanRequest, "Someone asks to borrow your thing"),
    (
        Kind::LoanRequestWaiting,
        "A request waited 3 days for your answer",
    ),
    (Kind::LoanApproved, "Your request is accepted"),
    (Kind::LoanRejected, "Your request is declined or ends"),
    (Kind::LoanCancelled, "A request for your thing is withdrawn"),
    (Kind::FirstInQueue, "Your request is first in the queue"),
    (Kind::LoanPickup, "A loan starts (the thing is handed over)"),
    (
        Kind::LoanReturnInitiated,
        "A borrower gave your thing back: confirm it",
    ),
    (Kind::LoanReturned, "The lender confirmed the return"),
    (Kind::LoanExtensionRequest, "A borrower asks for more time"),
    (
        Kind::LoanExtensionDecision,
        "The answer to your request for more time",
    ),
    (Kind::LoanDueSoon, "A loan is due in two days"),
    (Kind::LoanDueToday, "A loan is due today"),
    (Kind::LoanOverdue, "A loan is overdue"),
    (Kind::Message, "A message about a loan or a join request"),
    (Kind::ReviewReceived, "Someone reviewed you"),
    (Kind::JoinRequest, "Someone asks to join a group you run"),
    (Kind::JoinDecision, "The answer to your request to join"),
    (Kind::GroupInvitation, "A group invites you"),
    (Kind::BadgeEarned, "You earned a badge"),
];

fn name_of(kind: Kind) -> &'static str {
    KINDS
        .iter()
        .find(|(k, _)| *k == kind)
        .map_or("Other news", |(_, name)| name)
}

/// Whether this server mails at all (the choices are kept either way).
fn mail_is_on(app: &App) -> bool {
    app.config.mail_server.is_some()
}

pub(super) async fn page(
    State(app): State<App>,
    snap: Snap,
    Member { viewer: v, me }: Member,
) -> Result<Response, AppError> {
    let choices = snap.mail_choices(me.id)?;
    let email = snap.user(me.id)?.map(|u| u.email).unwrap_or_default();
    let main = html! {
        h1 { "E-mail notifications" }
        p.lead {
            "Everything is in your " a href="/notifications" { "inbox" } " on this site. Choose what also comes by e-mail to "
            strong { (email) } " (change it on " a href="/account" { "your account" } ")."
        }
        @if !mail_is_on(&app) {
            div.alert role="status" { p { "This site sends no e-mail yet: its host has not set up a mail server. Your choices are kept for when it does." } }
        }
        form.stack method="post" action="/account/notifications" {
            (csrf_field(&v))
            div.table-wrap {
                table.mail-choices {
                    thead { tr { th scope="col" { "When" } th scope="col" { "By e-mail" } } }
                    tbody {
                        @for (kind, name) in KINDS {
                            tr {
                                th scope="row" { label for={ "mail-" (kind.as_str()) } { (name) } }
                                td {
                                    select id={ "mail-" (kind.as_str()) } name=(kind.as_str()) {
                                        @for c in Choice::ALL {
                                            option value=(c.as_str()) selected[choices.get(*kind) == c] { (c.label()) }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            p.muted.small { "The daily digest comes once a day, from 8:00 in your time zone, with what you have not read yet." }
            button type="submit" { "Save" }
        }
    };
    Ok(render(&v, "E-mail notifications", Nav::Account, main))
}

/// `POST /account/notifications`: every kind's choice; a kind left out keeps its own.
pub(super) async fn save(
    State(app): State<App>,
    Posted(Member { me, .. }, form): Posted<Member>,
) -> Result<Response, AppError> {
    let mut choices = Vec::new();
    for (kind, name) in KINDS {
        if let Some(text) = form.get(kind.as_str()) {
            let choice = Choice::parse(text)
                .ok_or_else(|| AppError::bad_request(format!("{name}: not a choice")))?;
            choices.push((*kind, choice));
        }
    }
    app.engine
        .writer
        .run(me.actor(), SetMailChoices { choices })
        .await?;
    Ok(saved(&app, "/account/notifications"))
}

/// The member and what the link stops, if the link is this site's.
fn read_link(
    app: &App,
    token: &str,
) -> Result<
    (
        crate::domain::records::User,
        crate::domain::records::UserId,
        u8,
    ),
    AppError,
> {
    let snap = app.engine.snapshot()?;
    let invalid = || AppError::not_found("unsubscribe link");
    let key = snap.site_key(link::KEY_NAME)?.ok_or_else(invalid)?;
    let (user_id, kind) = link::verify(&key, token).ok_or_else(invalid)?;
    let user = snap
        .user(user_id)?
        .filter(|u| u.is_active)
        .ok_or_else(invalid)?;
    if kind != ALL_KINDS && Kind::from_code(kind).is_none() {
        return Err(invalid());
    }
    Ok((user, user_id, kind))
}

fn what(kind: u8) -> String {
    match Kind::from_code(kind) {
        Some(k) => format!("e-mails about “{}”", name_of(k).to_lowercase()),
        None => "every e-mail from this site (digests included)".into(),
    }
}

/// `GET /unsubscribe/{token}`: what the link stops, and the button that does it.
pub(super) async fn unsubscribe_page(
    State(app): State<App>,
    v: Viewer,
    Path(token): Path<String>,
) -> Result<Response, AppError> {
    let (user, _, kind) = read_link(&app, &token)?;
    let main = html! {
        h1 { "Stop e-mails" }
        p { "Stop " (what(kind)) " to " strong { (user.email) } "? Your notifications stay in your inbox on the site." }
        form method="post" action={ "/unsubscribe/" (token) } {
            button type="submit" { "Stop them" }
        }
        p.muted.small { "You can change this, and every other choice, on " a href="/account/notifications" { "your e-mail settings" } " when signed in." }
    };
    Ok(render(&v, "Stop e-mails", Nav::None, main))
}

/// `POST /unsubscribe/{token}`: stops them. No CSRF token: the signed link is the authority
/// (and mail programs post `List-Unsubscribe=One-Click` with nothing else).
pub(super) async fn unsubscribe(
    State(app): State<App>,
    v: Viewer,
    Path(token): Path<String>,
) -> Result<Response, AppError> {
    let (user, user_id, kind) = read_link(&app, &token)?;
    let kinds: Vec<(Kind, Choice)> = match Kind::from_code(kind) {
        Some(k) => vec![(k, Choice::Off)],
        None => Kind::ALL.iter().map(|k| (*k, Choice::Off)).collect(),
    };
    app.engine
        .writer
        .run(Actor::User(user_id), SetMailChoices { choices: kinds })
        .await?;
    let main = html! {
        h1 { "Done" }
        p { "No more " (what(kind)) " to " strong { (user.email) } "." }
        p { "Changed your mind? Choose again on " a href="/account/notifications" { "your e-mail settings" } "." }
    };
    Ok(render_status(
        StatusCode::OK,
        &v,
        "Stopped",
        Nav::None,
        main,
    ))
}
