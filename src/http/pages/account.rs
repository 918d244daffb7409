//! Accounts in the browser: the first-run page, sign-up, sign-in (rate limited, Django hashes
//! rehashed), sign-out, and the account page (profile, password, access tokens, sign out
//! everywhere). Every successful sign-in gets a fresh session (rotation).

use axum::extract::{Query, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::Response;
use axum::routing::{get, post};
use axum::Router;
use maud::{html, Markup};
use redb::{ReadableDatabase, ReadableTable};
use serde::Deserialize;

use super::layout::{alert, csrf_field, post_button, redirect, render, render_status, Nav};
use crate::auth::password::{check_new_password, hash_password, verify_password, Verdict};
use crate::auth::secret;
use crate::domain::records::{AccessToken, User, UserId};
use crate::domain::time::{format_datetime, MS_PER_DAY};
use crate::engine::Engine;
use crate::http::error::AppError;
use crate::http::form::{Form, Posted};
use crate::http::session::{set_cookie, Me, Viewer, SESSION_COOKIE};
use crate::http::state::App;
use crate::store::codec::Stored;
use crate::store::commands::{Actor, Command};
use crate::store::read::record;
use crate::store::tables::{EMAILS, TOKENS, TOKENS_BY_USER, USERNAMES, USERS};

pub fn router() -> Router<App> {
    Router::new()
        .route("/setup", get(setup_page).post(setup))
        .route("/signup", get(signup_page).post(signup))
        .route("/signin", get(signin_page).post(signin))
        .route("/signout", post(signout))
        .route("/account", get(account_page))
        .route("/account/profile", post(update_profile))
        .route("/account/password", post(change_password))
        .route("/account/tokens", post(create_token))
        .route("/account/tokens/revoke", post(revoke_token))
        .route("/account/signout-everywhere", post(signout_everywhere))
}

#[derive(Deserialize, Default)]
pub struct Next {
    #[serde(default)]
    next: String,
}

/// Where to go after signing in: a path on this site only (never `//elsewhere`).
fn safe_next(next: &str) -> &str {
    if next.starts_with('/') && !next.starts_with("//") && !next.starts_with("/\\") {
        next
    } else {
        "/"
    }
}

/// Whether the data file holds no user yet (the first-run page is open).
pub fn site_is_empty(engine: &Engine) -> Result<bool, AppError> {
    let txn = engine.db.begin_read()?;
    Ok(txn.open_table(USERS)?.first()?.is_none())
}

fn text_field(label: &str, name: &str, kind: &str, value: &str, autocomplete: &str) -> Markup {
    html! {
        label { (label)
            input type=(kind) name=(name) value=(value) autocomplete=(autocomplete) required;
        }
    }
}

fn password_field(label: &str, name: &str, autocomplete: &str) -> Markup {
    html! {
        label { (label)
            input type="password" name=(name) autocomplete=(autocomplete) required minlength="8" maxlength="1024";
        }
    }
}

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

async fn setup_page(State(app): State<App>, v: Viewer) -> Result<Response, AppError> {
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

fn new_password(form: &Form) -> Result<String, AppError> {
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
async fn hash_blocking(plain: String) -> Result<String, AppError> {
    tokio::task::spawn_blocking(move || hash_password(&plain))
        .await
        .map_err(|e| AppError::new(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()))?
        .map_err(|e| AppError::new(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()))
}

async fn setup(
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

async fn signup_page(State(app): State<App>, v: Viewer) -> Result<Response, AppError> {
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

async fn signup(
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

async fn signin_page(
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
fn find_account(engine: &Engine, login: &str) -> Result<Option<(UserId, User)>, AppError> {
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

async fn signin(
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

async fn signout(
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

// -- the account page ----------------------------------------------------------------------------

/// A token just created: its secret is shown once.
struct NewToken {
    name: String,
    secret: String,
}

fn tokens_of(engine: &Engine, user: UserId) -> Result<Vec<(String, AccessToken)>, AppError> {
    let txn = engine.db.begin_read()?;
    let by_user = txn.open_table(TOKENS_BY_USER)?;
    let tokens = txn.open_table(TOKENS)?;
    let lo: (u64, &[u8]) = (user, &[]);
    let mut out = Vec::new();
    for row in by_user.range(lo..)? {
        let (k, _) = row?;
        let (u, hash) = k.value();
        if u != user {
            break;
        }
        if let Some(t) = tokens.get(hash)? {
            let hex = hash.iter().map(|b| format!("{b:02x}")).collect();
            out.push((hex, AccessToken::decode(t.value())?));
        }
    }
    out.sort_by_key(|(_, t)| std::cmp::Reverse(t.created_at));
    Ok(out)
}

struct AccountForm<'a> {
    problem: Option<(&'static str, &'a str)>,
    profile: Option<&'a Form>,
    new_token: Option<NewToken>,
}

fn account_view(app: &App, v: &Viewer, me: &Me, f: AccountForm<'_>) -> Result<Markup, AppError> {
    let txn = app.engine.db.begin_read()?;
    let user = record::<User>(&txn, USERS, me.id)?.ok_or_else(|| AppError::not_found("user"))?;
    let tokens = tokens_of(&app.engine, me.id)?;
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
        h1 { "Your account" }
        p { "Signed in as " strong { (me.username) } ". " a href={ "/users/" (me.username) } { "See your public profile" } "." }
        div.columns {
            section.card aria-labelledby="profile-h" {
                h2 #profile-h { "Profile" }
                (alert(problem("profile")))
                form.stack method="post" action="/account/profile" {
                    (csrf_field(v))
                    label { "First name" input type="text" name="first_name" value=(first) maxlength="150" autocomplete="given-name"; }
                    label { "Last name" input type="text" name="last_name" value=(last) maxlength="150" autocomplete="family-name"; }
                    label { "Email" input type="email" name="email" value=(email) required autocomplete="email"; }
                    button type="submit" { "Save profile" }
                }
            }
            section.card aria-labelledby="password-h" {
                h2 #password-h { "Password" }
                (alert(problem("password")))
                form.stack method="post" action="/account/password" {
                    (csrf_field(v))
                    (password_field("Current password", "current", "current-password"))
                    (password_field("New password (at least 8 characters)", "password", "new-password"))
                    (password_field("New password again", "password2", "new-password"))
                    button type="submit" { "Change password" }
                }
                p.muted { "Changing it signs you out on every other device." }
            }
        }
        section.card aria-labelledby="tokens-h" {
            h2 #tokens-h { "Access tokens for the API" }
            p { "A token lets a program act as you through the JSON API (" code { "Authorization: Bearer <token>" } "). Treat it like a password." }
            (alert(problem("tokens")))
            @if let Some(t) = &f.new_token {
                div.notice role="status" {
                    p { "Your new token " strong { (t.name) } " — copy it now, it is shown only once:" }
                    p { code.secret { (t.secret) } }
                }
            }
            @if tokens.is_empty() {
                p.muted { "You have no tokens." }
            } @else {
                table {
                    thead { tr { th { "Name" } th { "Starts with" } th { "Created" } th { span.visually-hidden { "Actions" } } } }
                    tbody {
                        @for (hex, t) in &tokens {
                            tr {
                                td { (t.name) }
                                td { code { (t.prefix) "…" } }
                                td { (format_datetime(t.created_at)) }
                                td {
                                    form.inline method="post" action="/account/tokens/revoke" {
                                        (csrf_field(v))
                                        input type="hidden" name="token" value=(hex);
                                        button.danger type="submit" { "Revoke" }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            form.row method="post" action="/account/tokens" {
                (csrf_field(v))
                label { "Token name" input type="text" name="name" required maxlength="100" placeholder="phone app"; }
                button type="submit" { "Create token" }
            }
        }
        section.card aria-labelledby="sessions-h" {
            h2 #sessions-h { "Sessions" }
            p { "Lost a phone, or signed in on a shared computer? Sign out of every browser at once." }
            (post_button(v, "/account/signout-everywhere", "Sign out everywhere", "danger"))
        }
    })
}

async fn account_page(State(app): State<App>, v: Viewer) -> Result<Response, AppError> {
    let me = v.require()?.clone();
    let main = account_view(
        &app,
        &v,
        &me,
        AccountForm {
            problem: None,
            profile: None,
            new_token: None,
        },
    )?;
    Ok(render(&v, "Your account", Nav::Account, main))
}

fn account_again(
    app: &App,
    v: &Viewer,
    me: &Me,
    e: AppError,
    f: AccountForm<'_>,
) -> Result<Response, AppError> {
    let main = account_view(app, v, me, f)?;
    Ok(render_status(
        e.status,
        v,
        "Your account",
        Nav::Account,
        main,
    ))
}

async fn update_profile(
    State(app): State<App>,
    Posted { viewer: v, form }: Posted,
) -> Result<Response, AppError> {
    let me = v.require()?.clone();
    let cmd = Command::UpdateProfile {
        user: me.id,
        first_name: form.text("first_name").to_string(),
        last_name: form.text("last_name").to_string(),
        email: form.text("email").to_string(),
    };
    match app.engine.writer.run(Actor::User(me.id), cmd).await {
        Ok(_) => Ok(redirect("/account")),
        Err(e) => {
            let e = AppError::from(e);
            let msg = e.message.clone();
            account_again(
                &app,
                &v,
                &me,
                e,
                AccountForm {
                    problem: Some(("profile", &msg)),
                    profile: Some(&form),
                    new_token: None,
                },
            )
        }
    }
}

async fn change_password(
    State(app): State<App>,
    Posted { viewer: v, form }: Posted,
) -> Result<Response, AppError> {
    let me = v.require()?.clone();
    let attempt = async {
        app.limiter
            .check(Some(&me.username), v.address)
            .map_err(AppError::too_many)?;
        let plain = new_password(&form)?;
        let (_, user) =
            find_account(&app.engine, &me.username)?.ok_or_else(|| AppError::not_found("user"))?;
        let current = form.text("current").to_string();
        let verdict =
            tokio::task::spawn_blocking(move || verify_password(&user.password, &current))
                .await
                .unwrap_or(Verdict::Wrong);
        if verdict == Verdict::Wrong {
            app.limiter.fail(Some(&me.username), v.address);
            return Err(AppError::new(
                StatusCode::UNPROCESSABLE_ENTITY,
                "your current password is not right",
            ));
        }
        let hash = hash_blocking(plain).await?;
        let w = &app.engine.writer;
        w.run(
            Actor::User(me.id),
            Command::SetPassword {
                user: me.id,
                password: hash,
            },
        )
        .await?;
        w.run(Actor::User(me.id), Command::EndAllSessions { user: me.id })
            .await?;
        Ok(())
    };
    match attempt.await {
        Ok(()) => {
            let signed_out = Viewer {
                me: None,
                ..v.clone()
            };
            start_session(&app, &signed_out, me.id, "/account").await
        }
        Err(e) => {
            let msg = e.message.clone();
            account_again(
                &app,
                &v,
                &me,
                e,
                AccountForm {
                    problem: Some(("password", &msg)),
                    profile: None,
                    new_token: None,
                },
            )
        }
    }
}

async fn create_token(
    State(app): State<App>,
    Posted { viewer: v, form }: Posted,
) -> Result<Response, AppError> {
    let me = v.require()?.clone();
    let token = format!("cmz_{}", secret::new_secret());
    let cmd = Command::CreateToken {
        hash: secret::digest(&token),
        name: form.text("name").to_string(),
        prefix: token[..8].to_string(),
    };
    match app.engine.writer.run(Actor::User(me.id), cmd).await {
        Ok(_) => {
            let shown = NewToken {
                name: form.text("name").trim().to_string(),
                secret: token,
            };
            let main = account_view(
                &app,
                &v,
                &me,
                AccountForm {
                    problem: None,
                    profile: None,
                    new_token: Some(shown),
                },
            )?;
            let mut res = render(&v, "Your account", Nav::Account, main);
            // The secret is on this page only: never stored by any cache.
            res.headers_mut()
                .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
            Ok(res)
        }
        Err(e) => {
            let e = AppError::from(e);
            let msg = e.message.clone();
            account_again(
                &app,
                &v,
                &me,
                e,
                AccountForm {
                    problem: Some(("tokens", &msg)),
                    profile: None,
                    new_token: None,
                },
            )
        }
    }
}

async fn revoke_token(
    State(app): State<App>,
    Posted { viewer: v, form }: Posted,
) -> Result<Response, AppError> {
    let me = v.require()?;
    let hash = secret::from_hex(form.text("token"))
        .ok_or_else(|| AppError::bad_request("no such token"))?;
    app.engine
        .writer
        .run(Actor::User(me.id), Command::RevokeToken { hash })
        .await?;
    Ok(redirect("/account"))
}

async fn signout_everywhere(
    State(app): State<App>,
    Posted { viewer: v, .. }: Posted,
) -> Result<Response, AppError> {
    let me = v.require()?;
    app.engine
        .writer
        .run(Actor::User(me.id), Command::EndAllSessions { user: me.id })
        .await?;
    let mut res = redirect("/");
    res.headers_mut().append(
        header::SET_COOKIE,
        set_cookie(SESSION_COOKIE, "", 0, app.config.secure_cookies),
    );
    Ok(res)
}
