//! First run, sign-up, sign-in and sign-out; every successful sign-in starts a new session.

use super::{password_field, safe_next, site_is_empty, text_field, Next};

use axum::extract::{Query, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::Response;
use maud::{html, Markup};
use redb::ReadableDatabase;

use super::super::layout::{alert, csrf_field, redirect, render, render_status, Nav};
use crate::auth::password::{check_new_password, hash_password, verify_password, Verdict};
use crate::auth::secret;
use crate::domain::records::{User, UserId};
use crate::domain::time::MS_PER_DAY;
use crate::engine::Engine;
use crate::http::error::AppError;
use crate::http::form::{Form, Posted};
use crate::http::session::{set_cookie, Viewer, SESSION_COOKIE};
use crate::http::state::App;
use crate::store::commands::{Actor, Command};
use crate::store::read::record;
use crate::store::tables::{EMAILS, USERNAMES, USERS};

// -- first run ---------------------------------------------------------------------------------

fn setup_form(v: &Viewer, form: &Form, problem: Option<&str>) -> Markup {
    html! {
        section.narrow {
            h1 { "Welcome to Comuniza" }
            p.lead { "This site has no members yet. Create the first account: it will be the site's administrator." }
            (alert(problem))
            form.stack method="post" action="/setup" {
                (csrf_field(v))
                (text_field("Username", "username", "text", form.text("username"), "username"))
                (text_field("Email", "email", "email", form.text("email"), "email"))
                (password_field("Password (at least 8 characters)", "password", "new-password"))
                (password_field("Password again", "password2", "new-password"))
                button type="submit" { "Create the administrator" }
            }
        }
    }
}

pub(super) async fn setup_page(State(app): State<App>, v: Viewer) -> Result<Response, AppError> {
    if !site_is_empty(&app.engine)? {
        return Err(AppError::not_found(
            "the first-run page (this site already has members)",
        ));
    }
    Ok(render(
        &v,
        "First run",
        Nav::None,
        setup_form(&v, &Form::default(), None),
    ))
}

pub(super) fn new_password(form: &Form) -> Result<String, AppError> {
    let plain = form.text("password");
    check_new_password(plain)
        .map_err(|e| AppError::new(StatusCode::UNPROCESSABLE_ENTITY, e.to_string()))?;
    if plain != form.text("password2") {
        return Err(AppError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "the two passwords are not the same",
        ));
    }
    Ok(plain.to_string())
}

/// argon2id on a blocking thread (it takes tens of milliseconds of CPU on purpose).
pub(super) async fn hash_blocking(plain: String) -> Result<String, AppError> {
    tokio::task::spawn_blocking(move || hash_password(&plain))
        .await
        .map_err(|e| AppError::new(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()))?
        .map_err(|e| AppError::new(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()))
}

pub(super) async fn setup(
    State(app): State<App>,
    Posted { viewer: v, form }: Posted,
) -> Result<Response, AppError> {
    if !site_is_empty(&app.engine)? {
        return Err(AppError::not_found(
            "the first-run page (this site already has members)",
        ));
    }
    let attempt = async {
        let plain = new_password(&form)?;
        let password = hash_blocking(plain).await?;
        let cmd = Command::CreateFirstAdmin {
            username: form.text("username").to_string(),
            email: form.text("email").to_string(),
            password,
        };
        Ok::<_, AppError>(app.engine.writer.run(Actor::System, cmd).await?)
    };
    match attempt.await {
        Ok(user) => start_session(&app, &v, user, "/admin").await,
        Err(e) => Ok(render_status(
            e.status,
            &v,
            "First run",
            Nav::None,
            setup_form(&v, &form, Some(&e.message)),
        )),
    }
}

// -- sign-up -------------------------------------------------------------------------------------

fn signup_form(v: &Viewer, form: &Form, problem: Option<&str>) -> Markup {
    html! {
        section.narrow {
            h1 { "Create an account" }
            p { "Already a member? " a href="/signin" { "Sign in" } "." }
            (alert(problem))
            form.stack method="post" action="/signup" {
                (csrf_field(v))
                label { "Username"
                    input type="text" name="username" value=(form.text("username")) autocomplete="username"
                        required minlength="3" maxlength="50" pattern="[A-Za-z0-9_\\-]+"
                        aria-describedby="username-help";
                }
                small #username-help { "3 to 50 letters, digits, - or _. Others see it on leaderboards." }
                (text_field("Email", "email", "email", form.text("email"), "email"))
                label { "First name (optional)"
                    input type="text" name="first_name" value=(form.text("first_name")) autocomplete="given-name" maxlength="150";
                }
                label { "Last name (optional)"
                    input type="text" name="last_name" value=(form.text("last_name")) autocomplete="family-name" maxlength="150";
                }
                (password_field("Password (at least 8 characters)", "password", "new-password"))
                (password_field("Password again", "password2", "new-password"))
                button type="submit" { "Create my account" }
            }
        }
    }
}

pub(super) async fn signup_page(State(app): State<App>, v: Viewer) -> Result<Response, AppError> {
    if site_is_empty(&app.engine)? {
        return Ok(redirect("/setup"));
    }
    if v.me.is_some() {
        return Ok(redirect("/account"));
    }
    Ok(render(
        &v,
        "Sign up",
        Nav::Account,
        signup_form(&v, &Form::default(), None),
    ))
}

pub(super) async fn signup(
    State(app): State<App>,
    Posted { viewer: v, form }: Posted,
) -> Result<Response, AppError> {
    let attempt = async {
        // Each sign-up costs an argon2 hash: it counts against the address's limit.
        app.limiter
            .check(None, v.address)
            .map_err(AppError::too_many)?;
        let plain = new_password(&form)?;
        app.limiter.fail(None, v.address);
        let password = hash_blocking(plain).await?;
        let cmd = Command::CreateUser {
            username: form.text("username").to_string(),
            email: form.text("email").to_string(),
            first_name: form.text("first_name").to_string(),
            last_name: form.text("last_name").to_string(),
            password,
            is_staff: false,
        };
        Ok::<_, AppError>(app.engine.writer.run(Actor::System, cmd).await?)
    };
    match attempt.await {
        Ok(user) => start_session(&app, &v, user, "/groups").await,
        Err(e) => Ok(render_status(
            e.status,
            &v,
            "Sign up",
            Nav::Account,
            signup_form(&v, &form, Some(&e.message)),
        )),
    }
}

// -- sign-in -------------------------------------------------------------------------------------

fn signin_form(v: &Viewer, login: &str, next: &str, problem: Option<&str>) -> Markup {
    html! {
        section.narrow {
            h1 { "Sign in" }
            p { "New here? " a href="/signup" { "Create an account" } "." }
            (alert(problem))
            form.stack method="post" action="/signin" {
                (csrf_field(v))
                input type="hidden" name="next" value=(next);
                (text_field("Username or email", "username", "text", login, "username"))
                (password_field("Password", "password", "current-password"))
                button type="submit" { "Sign in" }
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
    if v.me.is_some() {
        return Ok(redirect(safe_next(&q.next)));
    }
    Ok(render(
        &v,
        "Sign in",
        Nav::Account,
        signin_form(&v, "", &q.next, None),
    ))
}

/// The account a sign-in names, by username or email (both case-insensitive).
pub(super) fn find_account(
    engine: &Engine,
    login: &str,
) -> Result<Option<(UserId, User)>, AppError> {
    let txn = engine.db.begin_read()?;
    let folded = login.to_lowercase();
    let index = if login.contains('@') {
        EMAILS
    } else {
        USERNAMES
    };
    let Some(id) = txn
        .open_table(index)?
        .get(folded.as_str())?
        .map(|v| v.value())
    else {
        return Ok(None);
    };
    Ok(record::<User>(&txn, USERS, id)?.map(|u| (id, u)))
}

/// A hash to verify against when the account does not exist, so both cases cost the same.
fn decoy_hash() -> &'static str {
    static DECOY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    DECOY.get_or_init(|| hash_password("decoy password").unwrap_or_default())
}

pub(super) async fn signin(
    State(app): State<App>,
    Posted { viewer: v, form }: Posted,
) -> Result<Response, AppError> {
    let login = form.text("username").trim().to_string();
    let next = safe_next(form.text("next")).to_string();
    let again = |status: StatusCode, message: &str| {
        render_status(
            status,
            &v,
            "Sign in",
            Nav::Account,
            signin_form(&v, &login, &next, Some(message)),
        )
    };
    if login.is_empty() || form.text("password").is_empty() {
        return Ok(again(
            StatusCode::UNPROCESSABLE_ENTITY,
            "Enter your username (or email) and your password.",
        ));
    }
    if let Err(wait) = app.limiter.check(Some(&login), v.address) {
        let mut res = again(
            StatusCode::TOO_MANY_REQUESTS,
            &AppError::too_many(wait).message,
        );
        if let Ok(secs) = HeaderValue::from_str(&wait.0.as_secs().to_string()) {
            res.headers_mut().insert(header::RETRY_AFTER, secs);
        }
        return Ok(res);
    }
    let account = find_account(&app.engine, &login)?;
    let stored = account
        .as_ref()
        .map(|(_, u)| u.password.clone())
        .unwrap_or_else(|| decoy_hash().to_string());
    let plain = form.text("password").to_string();
    let verdict = tokio::task::spawn_blocking(move || verify_password(&stored, &plain))
        .await
        .unwrap_or(Verdict::Wrong);
    let (id, user) = match (account, verdict) {
        (Some(found), Verdict::Right { .. }) => found,
        _ => {
            app.limiter.fail(Some(&login), v.address);
            return Ok(again(
                StatusCode::UNAUTHORIZED,
                "That username and password do not match.",
            ));
        }
    };
    if !user.is_active {
        return Ok(again(
            StatusCode::FORBIDDEN,
            "This account is not active. Ask the site's staff to reactivate it.",
        ));
    }
    app.limiter.succeed(&login);
    if verdict == (Verdict::Right { rehash: true }) {
        // An imported Django hash: store argon2id from now on.
        let hash = hash_blocking(form.text("password").to_string()).await?;
        app.engine
            .writer
            .run(
                Actor::User(id),
                Command::SetPassword {
                    user: id,
                    password: hash,
                },
            )
            .await?;
    }
    start_session(&app, &v, id, &next).await
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
            .run(Actor::System, Command::EndSession { hash: old })
            .await;
    }
    let cookie = secret::new_secret();
    let days = i64::from(app.config.session_days.max(1));
    let cmd = Command::StartSession {
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
            SESSION_COOKIE,
            &cookie,
            days * 86_400,
            app.config.secure_cookies,
        ),
    );
    Ok(res)
}

pub(super) async fn signout(
    State(app): State<App>,
    Posted { viewer: v, .. }: Posted,
) -> Result<Response, AppError> {
    if let Some(hash) = v.me.as_ref().and_then(|m| m.session) {
        app.engine
            .writer
            .run(Actor::System, Command::EndSession { hash })
            .await?;
    }
    let mut res = redirect("/");
    res.headers_mut().append(
        header::SET_COOKIE,
        set_cookie(SESSION_COOKIE, "", 0, app.config.secure_cookies),
    );
    Ok(res)
}
