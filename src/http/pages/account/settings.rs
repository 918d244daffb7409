//! The account page: profile, password, access tokens and signing out everywhere.

use super::password_field;
use super::signin::{new_password, start_session};
use crate::http::pages::sentence::Part;
use crate::i18n;

use axum::extract::State;
use axum::http::{header, HeaderValue};
use axum::response::Response;
use maud::{html, Markup};

use super::super::layout::{alert, csrf_field, post_button, redirect, refused, render, Nav};
use crate::auth::limiter::Login;
use crate::auth::password::Verdict;
use crate::auth::secret;
use crate::domain::records::{AccessToken, UserId};
use crate::http::error::AppError;
use crate::http::form::{Form, Posted};
use crate::http::session::{Me, Member, Viewer};
use crate::http::snap::Snap;
use crate::http::state::App;
use crate::store::commands::Actor;
use crate::store::commands::{
    CreateToken, EndAllSessions, RevokeToken, SetPassword, UpdateProfile,
};
use crate::store::read::Snapshot;

// -- the account page ----------------------------------------------------------------------------

/// A token just created: its secret is shown once.
struct NewToken {
    name: String,
    secret: String,
}

/// The member's tokens, newest first, with the hex digest their revoke form names.
fn tokens_of(snap: &Snapshot, user: UserId) -> Result<Vec<(String, AccessToken)>, AppError> {
    let mut out: Vec<(String, AccessToken)> = snap
        .tokens_of(user)?
        .into_iter()
        .map(|(digest, t)| (secret::to_hex(&digest), t))
        .collect();
    out.sort_by_key(|(_, t)| std::cmp::Reverse(t.created_at));
    Ok(out)
}

/// What the account page shows beyond the account itself (nothing, by default).
#[derive(Default)]
struct AccountForm<'a> {
    problem: Option<(&'static str, &'a str)>,
    profile: Option<&'a Form>,
    new_token: Option<NewToken>,
}

/// The page from `snap`: the request's on a plain visit, a fresh one after a change.
fn account_view(
    snap: &Snapshot,
    v: &Viewer,
    me: &Me,
    f: &AccountForm<'_>,
) -> Result<Markup, AppError> {
    let user = snap
        .user(me.id)?
        .ok_or_else(|| AppError::not_found("user"))?;
    let tokens = tokens_of(snap, me.id)?;
    let zone = snap.zone_for(Some(me.id))?;
    let problem = |section: &str| f.problem.filter(|(s, _)| *s == section).map(|(_, m)| m);
    let (first, last, email) = match f.profile {
        Some(p) => (p.text("first_name"), p.text("last_name"), p.text("email")),
        None => (
            user.first_name.as_str(),
            user.last_name.as_str(),
            user.email.as_str(),
        ),
    };
    Ok(html! {
        h1 { (v.t("account-title")) }
        (super::invitations::section(v, snap, me.id)?)
        p { (v.say("account-signed-in-as", &[
            ("name", Part::Markup(html! { strong { (me.username) } })),
            ("profile", Part::Markup(html! { a href={ "/users/" (me.username) } { (v.t("account-see-profile")) } })),
            ("who", Part::Markup(html! { a href="#privacy-h" { (v.t("account-who-sees-it")) } })),
        ])) }
        div.columns {
            section.card aria-labelledby="profile-h" {
                h2 #profile-h { (v.t("account-profile")) }
                (alert(problem("profile")))
                form.stack method="post" action="/account/profile" {
                    (csrf_field(v))
                    label { (v.t("field-first-name-plain")) input type="text" name="first_name" value=(first) maxlength="150" autocomplete="given-name"; }
                    label { (v.t("field-last-name-plain")) input type="text" name="last_name" value=(last) maxlength="150" autocomplete="family-name"; }
                    label { (v.t("field-email")) input type="email" name="email" value=(email) required autocomplete="email"; }
                    label { (v.t("field-current-password-email"))
                        input type="password" name="current" autocomplete="current-password" maxlength="1024";
                    }
                    button type="submit" { (v.t("account-save-profile")) }
                }
            }
            section.card aria-labelledby="password-h" {
                h2 #password-h { (v.t("field-password")) }
                (alert(problem("password")))
                form.stack method="post" action="/account/password" {
                    (csrf_field(v))
                    (password_field(v.t("field-current-password"), "current", "current-password"))
                    (password_field(v.t("field-new-password-change"), "password", "new-password"))
                    (password_field(v.t("field-new-password-again"), "password2", "new-password"))
                    button type="submit" { (v.t("account-change-password")) }
                }
                p.muted { (v.t("account-password-help")) }
            }
        }
        (super::picture::section(v, snap, me.id, &user.display_name(), problem("picture"))?)
        (super::privacy::section(v, snap, me.id)?)
        (super::contact::section(v, snap.shows_email_on_loans(me.id)?))
        (super::zone::section(v, snap, me.id)?)
        (crate::http::pages::language::account_section(v, snap, me.id)?)
        section.card aria-labelledby="mail-h" {
            h2 #mail-h { (v.t("account-mail")) }
            p { (v.say("account-mail-help", &[("link", Part::Markup(html! { a href="/account/notifications" { (v.t("account-mail-link")) } }))])) }
        }
        section.card aria-labelledby="data-h" {
            h2 #data-h { (v.t("account-data")) }
            p { (v.t("account-data-help")) }
            p { a.button.secondary href="/account/data" download { (v.t("account-data-download")) } }
        }
        section.card aria-labelledby="tokens-h" {
            h2 #tokens-h { (v.t("tokens-title")) }
            p { (v.say("tokens-help", &[("header", Part::Markup(html! { code { "Authorization: Bearer <token>" } })), ("path", Part::Markup(html! { code { "/api" } }))])) }
            (alert(problem("tokens")))
            @if let Some(t) = &f.new_token {
                div.notice role="status" {
                    p { (v.say("tokens-new", &[("name", Part::Markup(html! { strong { (t.name) } }))])) }
                    p { code.secret { (t.secret) } }
                }
            }
            @if tokens.is_empty() {
                p.muted { (v.t("tokens-none")) }
            } @else {
                table {
                    thead { tr { th { (v.t("field-name")) } th { (v.t("tokens-starts-with")) } th { (v.t("tokens-created")) } th { span.visually-hidden { (v.t("col-actions")) } } } }
                    tbody {
                        @for (hex, t) in &tokens {
                            tr {
                                td { (t.name) }
                                td { code { (t.prefix) "…" } }
                                td { (i18n::numbers::when(v.lang, &zone, t.created_at)) }
                                td {
                                    form.inline method="post" action="/account/tokens/revoke" {
                                        (csrf_field(v))
                                        input type="hidden" name="token" value=(hex);
                                        button.danger type="submit" { (v.t("tokens-revoke")) }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            form.row method="post" action="/account/tokens" {
                (csrf_field(v))
                label { (v.t("tokens-name")) input type="text" name="name" required maxlength="100" placeholder=(v.t("tokens-name-example")); }
                (password_field(v.t("field-your-password"), "current", "current-password"))
                button type="submit" { (v.t("tokens-create")) }
            }
        }
        section.card aria-labelledby="sessions-h" {
            h2 #sessions-h { (v.t("sessions-title")) }
            p { (v.t("sessions-help")) }
            (post_button(v, "/account/signout-everywhere", v.t("sessions-sign-out-all"), "danger"))
        }
        (super::leaving::section(v, snap, me.id, problem("leave"))?)
    })
}

pub(super) async fn account_page(
    snap: Snap,
    Member { viewer: v, me }: Member,
) -> Result<Response, AppError> {
    let main = account_view(&snap, &v, &me, &AccountForm::default())?;
    Ok(render(&v, v.t("account-title"), Nav::Account, main))
}

/// The account page again after a refused form: its message above the `section` that
/// failed, what was typed kept where it is not secret.
pub(super) fn account_again(
    app: &App,
    v: &Viewer,
    me: &Me,
    section: &'static str,
    e: &AppError,
    profile: Option<&Form>,
) -> Result<Response, AppError> {
    let f = AccountForm {
        problem: Some((section, &e.message_in(v.lang))),
        profile,
        ..AccountForm::default()
    };
    let main = account_view(&app.engine.snapshot()?, v, me, &f)?;
    Ok(refused(e, v, v.t("account-title"), Nav::Account, main))
}

/// Checks the viewer's current password (for a new password, an access token, a new email),
/// counted by the sign-in limiter like a sign-in.
pub(super) async fn confirm_password(
    app: &App,
    v: &Viewer,
    me: &Me,
    typed: &str,
) -> Result<(), AppError> {
    let snap = app.engine.snapshot()?;
    let user = snap
        .user(me.id)?
        .ok_or_else(|| AppError::not_found("user"))?;
    drop(snap);
    let attempt = app
        .limiter
        .reserve(Login::Account(me.id), v.address)
        .map_err(AppError::too_many)?;
    match app
        .passwords
        .verify(Some(user.password), typed.to_string())
        .await
    {
        Ok(Verdict::Right { .. }) => {
            app.limiter.succeed(attempt);
            Ok(())
        }
        Ok(Verdict::Wrong) => Err(AppError::Unprocessable(crate::i18n::phrase::Phrase::id(
            "password-wrong-current",
        ))),
        Err(busy) => {
            app.limiter.release(attempt);
            Err(busy.into())
        }
    }
}

/// The member's email now, to tell whether a profile form changes it.
fn email_of(app: &App, me: &Me) -> Result<String, AppError> {
    let snap = app.engine.snapshot()?;
    let user = snap
        .user(me.id)?
        .ok_or_else(|| AppError::not_found("user"))?;
    Ok(user.email)
}

pub(super) async fn update_profile(
    State(app): State<App>,
    Posted(Member { viewer: v, me }, form): Posted<Member>,
) -> Result<Response, AppError> {
    let attempt = async {
        let email = form.text("email").trim();
        // A new email is a new way to sign in: it takes the current password.
        if !email.eq_ignore_ascii_case(&email_of(&app, &me)?) {
            if form.text("current").is_empty() {
                return Err(AppError::Unprocessable(crate::i18n::phrase::Phrase::id(
                    "password-for-email",
                )));
            }
            confirm_password(&app, &v, &me, form.text("current")).await?;
        }
        let cmd = UpdateProfile {
            user: me.id,
            first_name: form.text("first_name").to_string(),
            last_name: form.text("last_name").to_string(),
            email: email.to_string(),
        };
        Ok(app.engine.writer.run(Actor::User(me.id), cmd).await?)
    };
    match attempt.await {
        Ok(_) => {
            let mut res = redirect("/account");
            let said = crate::http::flash::Flash::Said(crate::http::flash::Said::Saved);
            crate::http::flash::set(&mut res, said, app.config.secure_cookies);
            Ok(res)
        }
        Err(e) => account_again(&app, &v, &me, "profile", &e, Some(&form)),
    }
}

pub(super) async fn change_password(
    State(app): State<App>,
    Posted(Member { viewer: v, me }, form): Posted<Member>,
) -> Result<Response, AppError> {
    let attempt = async {
        let plain = new_password(&form)?;
        confirm_password(&app, &v, &me, form.text("current")).await?;
        let cmd = SetPassword {
            user: me.id,
            password: app.passwords.hash(plain).await?,
            sign_out: true,
        };
        app.engine.writer.run(Actor::User(me.id), cmd).await?;
        Ok(())
    };
    match attempt.await {
        Ok(()) => {
            let signed_out = Viewer {
                me: None,
                ..v.clone()
            };
            let mut res = start_session(&app, &signed_out, me.id, "/account").await?;
            let said = crate::http::flash::Flash::Said(crate::http::flash::Said::PasswordChanged);
            crate::http::flash::set(&mut res, said, app.config.secure_cookies);
            Ok(res)
        }
        Err(e) => account_again(&app, &v, &me, "password", &e, None),
    }
}

pub(super) async fn create_token(
    State(app): State<App>,
    Posted(Member { viewer: v, me }, form): Posted<Member>,
) -> Result<Response, AppError> {
    let token = format!("cmz_{}", secret::new_secret());
    let attempt = async {
        // A token is a second password that outlives the session: it takes the first one.
        confirm_password(&app, &v, &me, form.text("current")).await?;
        let cmd = CreateToken {
            hash: secret::digest(&token),
            name: form.text("name").to_string(),
            prefix: token[..8].to_string(),
        };
        Ok::<_, AppError>(app.engine.writer.run(Actor::User(me.id), cmd).await?)
    };
    match attempt.await {
        Ok(_) => {
            let shown = NewToken {
                name: form.text("name").trim().to_string(),
                secret: token,
            };
            let main = account_view(
                &app.engine.snapshot()?,
                &v,
                &me,
                &AccountForm {
                    new_token: Some(shown),
                    ..AccountForm::default()
                },
            )?;
            let mut res = render(&v, v.t("account-title"), Nav::Account, main);
            // The secret is on this page only: never stored by any cache.
            res.headers_mut()
                .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
            Ok(res)
        }
        Err(e) => account_again(&app, &v, &me, "tokens", &e, None),
    }
}

pub(super) async fn revoke_token(
    State(app): State<App>,
    Posted(Member { me, .. }, form): Posted<Member>,
) -> Result<Response, AppError> {
    let me = &me;
    let hash = secret::from_hex(form.text("token"))
        .ok_or_else(|| AppError::bad_request(crate::i18n::phrase::Phrase::id("bad-no-token")))?;
    app.engine
        .writer
        .run(Actor::User(me.id), RevokeToken { hash })
        .await?;
    Ok(redirect("/account"))
}

pub(super) async fn signout_everywhere(
    State(app): State<App>,
    Posted(Member { me, .. }, _): Posted<Member>,
) -> Result<Response, AppError> {
    let me = &me;
    app.engine
        .writer
        .run(Actor::User(me.id), EndAllSessions { user: me.id })
        .await?;
    Ok(super::signin::signed_out(&app))
}
