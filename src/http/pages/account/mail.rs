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
use crate::http::pages::sentence::Part;
use crate::http::session::{Member, Viewer};
use crate::http::snap::Snap;
use crate::http::state::App;
use crate::i18n::Arg;
use crate::mail::link;
use crate::store::commands::{Actor, SetMailChoices};

/// A link to the member's e-mail settings, for a sentence.
fn settings_link(v: &Viewer) -> Part<'static> {
    Part::Markup(html! { a href="/account/notifications" { (v.t("mail-settings")) } })
}

/// What each kind is (the message naming it), in the order the form lists them.
const KINDS: &[(Kind, &str)] = &[
    (Kind::LoanRequest, "mail-kind-request"),
    (Kind::LoanRequestWaiting, "mail-kind-request-waiting"),
    (Kind::LoanApproved, "mail-kind-approved"),
    (Kind::LoanRejected, "mail-kind-rejected"),
    (Kind::LoanCancelled, "mail-kind-cancelled"),
    (Kind::FirstInQueue, "mail-kind-first"),
    (Kind::LoanPickup, "mail-kind-pickup"),
    (Kind::LoanReturnInitiated, "mail-kind-given-back"),
    (Kind::LoanReturned, "mail-kind-returned"),
    (Kind::LoanExtensionRequest, "mail-kind-extension"),
    (Kind::LoanExtensionDecision, "mail-kind-extension-answer"),
    (Kind::LoanDueSoon, "mail-kind-due-soon"),
    (Kind::LoanDueToday, "mail-kind-due-today"),
    (Kind::LoanOverdue, "mail-kind-overdue"),
    (Kind::Message, "mail-kind-message"),
    (Kind::ReviewReceived, "mail-kind-review"),
    (Kind::JoinRequest, "mail-kind-join-request"),
    (Kind::JoinDecision, "mail-kind-join-answer"),
    (Kind::GroupInvitation, "mail-kind-invitation"),
    (Kind::BadgeEarned, "mail-kind-badge"),
];

fn name_of(kind: Kind) -> &'static str {
    KINDS
        .iter()
        .find(|(k, _)| *k == kind)
        .map_or("mail-kind-other", |(_, name)| name)
}

/// The message naming a choice.
fn choice_label(c: Choice) -> &'static str {
    match c {
        Choice::Off => "mail-choice-off",
        Choice::Each => "mail-choice-each",
        Choice::Digest => "mail-choice-digest",
    }
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
        h1 { (v.t("account-mail")) }
        p.lead {
            (v.say("mail-lead", &[
                ("inbox", Part::Markup(html! { a href="/notifications" { (v.t("mail-inbox")) } })),
                ("email", Part::Markup(html! { strong { (email) } })),
                ("account", Part::Markup(html! { a href="/account" { (v.t("mail-your-account")) } })),
            ]))
        }
        @if !mail_is_on(&app) {
            div.alert role="status" { p { (v.t("mail-off")) } }
        }
        form.stack method="post" action="/account/notifications" {
            (csrf_field(&v))
            div.table-wrap {
                table.mail-choices {
                    thead { tr { th scope="col" { (v.t("col-when")) } th scope="col" { (v.t("mail-by-email")) } } }
                    tbody {
                        @for (kind, name) in KINDS {
                            tr {
                                th scope="row" { label for={ "mail-" (kind.as_str()) } { (v.t(name)) } }
                                td {
                                    select id={ "mail-" (kind.as_str()) } name=(kind.as_str()) {
                                        @for c in Choice::ALL {
                                            option value=(c.as_str()) selected[choices.get(*kind) == c] { (v.t(choice_label(c))) }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            p.muted.small { (v.t("mail-digest-when")) }
            button type="submit" { (v.t("save")) }
        }
    };
    Ok(render(&v, v.t("account-mail"), Nav::Account, main))
}

/// `POST /account/notifications`: every kind's choice; a kind left out keeps its own.
pub(super) async fn save(
    State(app): State<App>,
    Posted(Member { viewer: _, me }, form): Posted<Member>,
) -> Result<Response, AppError> {
    let mut choices = Vec::new();
    for (kind, name) in KINDS {
        if let Some(text) = form.get(kind.as_str()) {
            let choice = Choice::parse(text).ok_or_else(|| {
                AppError::bad_request(
                    crate::i18n::phrase::Phrase::id("mail-not-a-choice")
                        .phrase("kind", crate::i18n::phrase::Phrase::Said(name, Vec::new())),
                )
            })?;
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
    let invalid = || AppError::not_found("link");
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

/// What an unsubscribe link stops, in `v`'s language.
fn what(v: &Viewer, kind: u8) -> String {
    match Kind::from_code(kind) {
        Some(k) => v.tr("mail-about", &[("kind", Arg::Text(v.t(name_of(k))))]),
        None => v.t("mail-every").into(),
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
        h1 { (v.t("unsubscribe-title")) }
        p { (v.say("unsubscribe-ask", &[("what", Part::Text(&what(&v, kind))), ("email", Part::Markup(html! { strong { (user.email) } }))])) }
        form method="post" action={ "/unsubscribe/" (token) } {
            button type="submit" { (v.t("unsubscribe-send")) }
        }
        p.muted.small { (v.say("unsubscribe-change", &[("link", settings_link(&v))])) }
    };
    Ok(render(&v, v.t("unsubscribe-title"), Nav::None, main))
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
        h1 { (v.t("unsubscribed-title")) }
        p { (v.say("unsubscribed-what", &[("what", Part::Text(&what(&v, kind))), ("email", Part::Markup(html! { strong { (user.email) } }))])) }
        p { (v.say("unsubscribed-again", &[("link", settings_link(&v))])) }
    };
    Ok(render_status(
        StatusCode::OK,
        &v,
        v.t("unsubscribed-page"),
        Nav::None,
        main,
    ))
}
