//! First run, sign-up, sign-in and sign-out; every successful sign-in starts a new session.

use super::{password_field, safe_next, site_is_empty, text_field, Next};

use axum::extract::{Query, State};
use axum::http::{header, StatusCode};
use axum::response::Response;
use maud::{html, Markup};

use super::super::layout::{alert, csrf_field, redirect, refused, render, render_status, Nav};
use crate::auth::limiter::Login;
use crate::auth::password::{check_new_password, Verdict};
use crate::auth::secret;
use crate::domain::records::{User, UserId};
use crate::domain::time::MS_PER_DAY;
use crate::engine::Engine;
use crate::http::error::AppError;
use crate::http::form::{Form, Posted};
use crate::http::limits::{self, Creator};
use crate::http::pages::sentence::Part;
use crate::http::session::{session_cookie, set_cookie, Viewer};
use crate::http::state::App;
use crate::store::commands::Actor;
use crate::store::commands::{CreateFirstAdmin, CreateUser, EndSession, SetPassword, StartSession};

// -- first run ---------------------------------------------------------------------------------

/// The first-run page is for whoever started the server: it takes the token of the setup link
/// the server printed in its log (a site reachable from a network would otherwise belong to
/// whoever found it first).
fn setup_form(v: &Viewer, token: &str, form: &Form, problem: Option<&str>) -> Markup {
    html! {
        section.narrow {
            h1 { (v.t("setup-welcome")) }
            p.lead { (v.t("setup-lead")) }
            (alert(problem))
            form.stack method="post" action="/setup" {
                (csrf_field(v))
                input type="hidden" name="token" value=(token);
                (text_field(v.t("field-username"), "username", "text", form.text("username"), "username"))
                (text_field(v.t("field-email"), "email", "email", form.text("email"), "email"))
                (password_field(v.t("field-new-password"), "password", "new-password"))
                (password_field(v.t("field-password-again"), "password2", "new-password"))
                button type="submit" { (v.t("setup-create")) }
            }
        }
    }
}

/// What a visitor without the setup link sees on a site that has no administrator yet.
fn setup_locked(v: &Viewer) -> Markup {
    let code = |c: &str| Part::Markup(html! { code { (c) } });
    html! {
        section.narrow {
            h1 { (v.t("setup-locked")) }
            p.lead { (v.t("setup-no-admin")) }
            p { (v.say("setup-if-you-run", &[("link", code("/setup?token=…")), ("journal", code("journalctl -u comuniza")), ("docker", code("docker logs"))])) }
            pre { code { "comuniza create-admin --username NAME --email EMAIL" } }
            p { (v.t("setup-come-back")) }
        }
    }
}

#[derive(serde::Deserialize, Default)]
pub(super) struct SetupLink {
    #[serde(default)]
    token: String,
}

fn setup_gone() -> AppError {
    AppError::not_found("the first-run page (this site already has members)")
}

pub(super) async fn setup_page(
    State(app): State<App>,
    v: Viewer,
    Query(link): Query<SetupLink>,
) -> Result<Response, AppError> {
    if !site_is_empty(&app.engine)? {
        return Err(setup_gone());
    }
    let main = if secret::same(&link.token, &app.setup_token) {
        setup_form(&v, &link.token, &Form::default(), None)
    } else {
        setup_locked(&v)
    };
    Ok(render(&v, v.t("setup-title"), Nav::None, main))
}

pub(super) fn new_password(form: &Form) -> Result<String, AppError> {
    let plain = form.text("password");
    check_new_password(plain).map_err(|e| AppError::Unprocessable(e.phrase()))?;
    if plain != form.text("password2") {
        return Err(AppError::Unprocessable(crate::i18n::phrase::Phrase::id(
            "password-not-same",
        )));
    }
    Ok(plain.to_string())
}

pub(super) async fn setup(
    State(app): State<App>,
    Posted(v, form): Posted,
) -> Result<Response, AppError> {
    if !site_is_empty(&app.engine)? {
        return Err(setup_gone());
    }
    let token = form.text("token");
    if !secret::same(token, &app.setup_token) {
        return Ok(render_status(
            StatusCode::FORBIDDEN,
            &v,
            v.t("setup-title"),
            Nav::None,
            setup_locked(&v),
        ));
    }
    let attempt = async {
        let plain = new_password(&form)?;
        let password = app.passwords.hash(plain).await?;
        let cmd = CreateFirstAdmin {
            username: form.text("username").to_string(),
            email: form.text("email").to_string(),
            password,
        };
        Ok::<_, AppError>(app.engine.writer.run(Actor::System, cmd).await?)
    };
    match attempt.await {
        Ok(user) => start_session(&app, &v, UserId(user), "/admin").await,
        Err(e) => Ok(refused(
            &e,
            &v,
            v.t("setup-title"),
            Nav::None,
            setup_form(&v, token, &form, Some(&e.message_in(v.lang))),
        )),
    }
}

// -- sign-up -------------------------------------------------------------------------------------

/// The sign-up form; `next`: where the new member goes once in (an invitation they hold).
fn signup_form(v: &Viewer, form: &Form, next: &str, problem: Option<&str>) -> Markup {
    let signin = match next {
        "" | "/" => "/signin".to_string(),
        n => format!(
            "/signin?next={}",
            form_urlencoded::byte_serialize(n.as_bytes()).collect::<String>()
        ),
    };
    html! {
        section.narrow {
            h1 { (v.t("signup-title")) }
            p { (v.say("signup-already", &[("link", Part::Markup(html! { a href=(signin) { (v.t("sign-in")) } }))])) }
            (alert(problem))
            form.stack method="post" action="/signup" {
                (csrf_field(v))
                @if !next.is_empty() && next != "/" { input type="hidden" name="next" value=(next); }
                label { (v.t("field-username"))
                    input type="text" name="username" value=(form.text("username")) autocomplete="username"
                        required minlength="3" maxlength="50" pattern="[A-Za-z0-9_\\-]+"
                        aria-describedby="username-help";
                }
                small #username-help { (v.t("signup-username-help")) }
                (text_field(v.t("field-email"), "email", "email", form.text("email"), "email"))
                label { (v.t("field-first-name"))
                    input type="text" name="first_name" value=(form.text("first_name")) autocomplete="given-name" maxlength="150";
                }
                label { (v.t("field-last-name"))
                    input type="text" name="last_name" value=(form.text("last_name")) autocomplete="family-name" maxlength="150";
                }
                (password_field(v.t("field-new-password"), "password", "new-password"))
                (password_field(v.t("field-password-again"), "password2", "new-password"))
                button type="submit" { (v.t("signup-send")) }
            }
        }
    }
}

pub(super) async fn signup_page(
    State(app): State<App>,
    v: Viewer,
    Query(q): Query<Next>,
) -> Result<Response, AppError> {
    if site_is_empty(&app.engine)? {
        return Ok(redirect("/setup"));
    }
    let next = safe_next(&q.next);
    if v.me.is_some() {
        return Ok(redirect(if next == "/" { "/account" } else { next }));
    }
    // Not "Sign in": the menu marks no entry for the sign-up page.
    Ok(render(
        &v,
        v.t("sign-up"),
        Nav::None,
        signup_form(&v, &Form::default(), next, None),
    ))
}

pub(super) async fn signup(
    State(app): State<App>,
    Posted(v, form): Posted,
) -> Result<Response, AppError> {
    // The first account is the administrator's, made through the setup link: a sign-up on
    // an empty site would take the site from its host.
    if site_is_empty(&app.engine)? {
        return Ok(redirect("/setup"));
    }
    let attempt = async {
        let plain = new_password(&form)?;
        // Sign-ups have a limit of their own per address (a setting), apart from sign-in's:
        // a school's shared address signing up a class does not lock it out of signing in.
        let creator = Creator::Address(v.address);
        let slot = limits::reserve(&app, creator, crate::domain::limits::SIGN_UPS)?;
        let made = async {
            let password = app.passwords.hash(plain).await?;
            let cmd = CreateUser {
                username: form.text("username").to_string(),
                email: form.text("email").to_string(),
                first_name: form.text("first_name").to_string(),
                last_name: form.text("last_name").to_string(),
                password,
                is_staff: false,
            };
            Ok::<_, AppError>(app.engine.writer.run(Actor::System, cmd).await?)
        };
        made.await.inspect_err(|_| app.quota.release(slot))
    };
    match attempt.await {
        Ok(user) => {
            // Back to the invitation they came with, else to find a group.
            let next = match safe_next(form.text("next")) {
                "/" => "/groups",
                next => next,
            };
            let mut res = start_session(&app, &v, UserId(user), next).await?;
            crate::http::flash::set(
                &mut res,
                crate::http::flash::Flash::Said(crate::http::flash::Said::Welcome),
                app.config.secure_cookies,
            );
            Ok(res)
        }
        Err(e) => Ok(refused(
            &e,
            &v,
            v.t("sign-up"),
            Nav::None,
            signup_form(
                &v,
                &form,
                safe_next(form.text("next")),
                Some(&e.message_in(v.lang)),
            ),
        )),
    }
}

// -- sign-in -------------------------------------------------------------------------------------

fn signin_form(v: &Viewer, login: &str, next: &str, problem: Option<&str>) -> Markup {
    html! {
        section.narrow {
            h1 { (v.t("sign-in")) }
            p { (v.say("signin-new-here", &[("link", Part::Markup(html! { a href="/signup" { (v.t("signup-title")) } }))])) }
            (alert(problem))
            form.stack method="post" action="/signin" {
                (csrf_field(v))
                input type="hidden" name="next" value=(next);
                (text_field(v.t("field-login"), "username", "text", login, "username"))
                (password_field(v.t("field-password"), "password", "current-password"))
                button type="submit" { (v.t("sign-in")) }
            }
        }
    }
}

pub(super) async fn signin_page(
    State(app): State<App>,
    v: Viewer,
    Query(q): Query<Next>,
) -> Result<Response, AppError> {
    if site_is_empty(&app.engine)? {
        return Ok(redirect("/setup"));
    }
    let next = safe_next(&q.next);
    if v.me.is_some() {
        return Ok(redirect(next));
    }
    Ok(render(
        &v,
        v.t("sign-in"),
        Nav::Account,
        signin_form(&v, "", next, None),
    ))
}

/// The account a sign-in names, by username or email (both case-insensitive).
pub(super) fn find_account(
    engine: &Engine,
    login: &str,
) -> Result<Option<(UserId, User)>, AppError> {
    let snap = engine.snapshot()?;
    let id = if login.contains('@') {
        snap.user_id_by_email(login)?
    } else {
        snap.user_id_by_username(login)?
    };
    let Some(id) = id else {
        return Ok(None);
    };
    Ok(snap.user(id)?.map(|u| (id, u)))
}

pub(super) async fn signin(
    State(app): State<App>,
    Posted(v, form): Posted,
) -> Result<Response, AppError> {
    let login = form.text("username").trim().to_string();
    let next = safe_next(form.text("next")).to_string();
    let again = |e: AppError| {
        refused(
            &e,
            &v,
            v.t("sign-in"),
            Nav::Account,
            signin_form(&v, &login, &next, Some(&e.message_in(v.lang))),
        )
    };
    if login.is_empty() || form.text("password").is_empty() {
        return Ok(again(AppError::Unprocessable(
            crate::i18n::phrase::Phrase::id("signin-enter-both"),
        )));
    }
    let account = find_account(&app.engine, &login)?;
    // Counted before the password is checked, under the account it names (a username and an
    // email are one account), so guesses sent at once are refused before any is verified.
    let key = match &account {
        Some((id, _)) => Login::Account(*id),
        None => Login::unknown(&login),
    };
    let attempt = match app.limiter.reserve(key, v.address) {
        Ok(a) => a,
        Err(wait) => return Ok(again(AppError::too_many(wait))),
    };
    let stored = account.as_ref().map(|(_, u)| u.password.clone());
    let verdict = match app
        .passwords
        .verify(stored, form.text("password").to_string())
        .await
    {
        Ok(verdict) => verdict,
        Err(busy) => {
            app.limiter.release(attempt);
            return Ok(again(busy.into()));
        }
    };
    let (id, user) = match (account, verdict) {
        (Some(found), Verdict::Right { .. }) => found,
        _ => {
            return Ok(again(AppError::Unauthorized(
                crate::i18n::phrase::Phrase::id("signin-wrong"),
            )))
        }
    };
    app.limiter.succeed(attempt);
    if !user.is_active {
        return Ok(again(AppError::forbidden(crate::i18n::phrase::Phrase::id(
            "signin-inactive",
        ))));
    }
    if verdict == (Verdict::Right { rehash: true }) {
        // An imported Django hash: store argon2id from now on.
        let hash = app
            .passwords
            .hash(form.text("password").to_string())
            .await?;
        app.engine
            .writer
            .run(
                Actor::User(id),
                SetPassword {
                    user: id,
                    password: hash,
                    sign_out: false,
                },
            )
            .await?;
    }
    // A member whose username a move from Comuniza changed is told it first.
    let renamed = app.engine.snapshot()?.renamed_from(id)?.is_some();
    let to = match renamed {
        true => format!(
            "/account/welcome?next={}",
            form_urlencoded::byte_serialize(next.as_bytes()).collect::<String>()
        ),
        false => next,
    };
    start_session(&app, &v, id, &to).await
}

/// Starts a new session for `user` (ending the viewer's old one) and goes to `to`.
pub async fn start_session(
    app: &App,
    v: &Viewer,
    user: UserId,
    to: &str,
) -> Result<Response, AppError> {
    if let Some(old) = v.me.as_ref().and_then(|m| m.session) {
        let _ = app
            .engine
            .writer
            .run(Actor::System, EndSession { hash: old })
            .await;
    }
    let cookie = secret::new_secret();
    let days = i64::from(app.config.session_days.max(1));
    let cmd = StartSession {
        user,
        hash: secret::digest(&cookie),
        csrf: secret::new_secret(),
        lifetime: days * MS_PER_DAY,
    };
    app.engine.writer.run(Actor::System, cmd).await?;
    let mut res = redirect(to);
    res.headers_mut().append(
        header::SET_COOKIE,
        set_cookie(
            session_cookie(app.config.secure_cookies),
            &cookie,
            days * 86_400,
            app.config.secure_cookies,
        ),
    );
    Ok(res)
}

pub(super) async fn signout(
    State(app): State<App>,
    Posted(v, _): Posted,
) -> Result<Response, AppError> {
    if let Some(hash) = v.me.as_ref().and_then(|m| m.session) {
        app.engine
            .writer
            .run(Actor::System, EndSession { hash })
            .await?;
    }
    Ok(signed_out(&app))
}

/// To the start page, the browser's session cookie cleared.
pub(super) fn signed_out(app: &App) -> Response {
    let mut res = redirect("/");
    clear_session_cookie(app, &mut res);
    res
}

/// Tells the browser to forget its session cookie.
pub(super) fn clear_session_cookie(app: &App, res: &mut Response) {
    let secure = app.config.secure_cookies;
    res.headers_mut().append(
        header::SET_COOKIE,
        set_cookie(session_cookie(secure), "", 0, secure),
    );
}
