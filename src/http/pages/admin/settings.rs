//! Site settings: one form for every setting of `store::commands::SETTINGS` and every
//! creation limit of `domain::limits`, each saved with `SetSetting`. The settings are saved one by one; the first refused one stops the rest and
//! is shown with the values as posted.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::get;
use axum::Router;
use maud::{html, Markup};
use redb::ReadableDatabase;

use super::{page, page_status, staff};
use crate::domain::limits;
use crate::domain::validate::check_text;
use crate::http::error::AppError;
use crate::http::form::{Form, Posted};
use crate::http::pages::layout::{alert, csrf_field, redirect};
use crate::http::session::Viewer;
use crate::http::state::App;
use crate::store::commands::{Command, CommandError, SETTINGS};
use crate::store::tables::SETTINGS as SETTINGS_TABLE;

pub(super) fn router() -> Router<App> {
    Router::new().route("/admin/settings", get(settings_page).post(save))
}

fn label_of(name: &str) -> &'static str {
    match name {
        "site_name" => "Site name (in the menu and page titles; empty: Comuniza)",
        "site_tagline" => "Tagline (under the name on the home page)",
        "welcome_message" => "Welcome message (on the home page)",
        _ => "Setting",
    }
}

/// The stored values, or the posted ones when a save was refused.
fn view(app: &App, v: &Viewer, posted: Option<(&Form, &str)>) -> Result<Markup, AppError> {
    let txn = app.engine.db.begin_read()?;
    let table = txn.open_table(SETTINGS_TABLE)?;
    let mut values = Vec::with_capacity(SETTINGS.len());
    for (name, max) in SETTINGS {
        let value = match posted {
            Some((f, _)) => f.text(name).to_string(),
            None => table
                .get(*name)?
                .map(|v| v.value().to_string())
                .unwrap_or_default(),
        };
        values.push((*name, *max, value));
    }
    let mut limits = Vec::with_capacity(limits::ALL.len());
    for limit in limits::ALL {
        let value = match posted {
            Some((f, _)) => f.text(limit.setting).to_string(),
            None => limit
                .value(table.get(limit.setting)?.as_ref().map(|v| v.value()))
                .to_string(),
        };
        limits.push((limit, value));
    }
    Ok(html! {
        h1 { "Site settings" }
        (alert(posted.map(|(_, m)| m)))
        form.stack method="post" action="/admin/settings" {
            (csrf_field(v))
            @for (name, max, value) in &values {
                label { (label_of(name))
                    @if *max > 200 {
                        textarea name=(name) maxlength=(max) rows="4" { (value) }
                    } @else {
                        input type="text" name=(name) value=(value) maxlength=(max);
                    }
                }
            }
            fieldset.limits {
                legend { "Limits" }
                p.muted { "What one member may start, so that nobody can flood the site's pages. 0 means no limit; staff are never limited." }
                @for (limit, value) in &limits {
                    label { (limit.label)
                        input type="number" name=(limit.setting) value=(value) min="0" max=(limits::MAX_LIMIT) required;
                    }
                }
            }
            button type="submit" { "Save settings" }
        }
    })
}

async fn settings_page(State(app): State<App>, v: Viewer) -> Result<Response, AppError> {
    v.require_staff()?;
    let main = view(&app, &v, None)?;
    Ok(page(&v, "Site settings", "/admin/settings", main))
}

async fn save(
    State(app): State<App>,
    Posted { viewer: v, form }: Posted,
) -> Result<Response, AppError> {
    let actor = staff(&v)?;
    // The form again, with what was typed and why it was refused.
    let refused = |e: AppError| {
        let main = view(&app, &v, Some((&form, &e.message)))?;
        Ok(page_status(
            e.status,
            &v,
            "Site settings",
            "/admin/settings",
            main,
        ))
    };
    // Check every value first, so a refusal changes nothing (each setting is its own command).
    for (name, max) in SETTINGS {
        if let Err(e) = check_text(name, form.text(name), *max, false) {
            return refused(CommandError::from(e).into());
        }
    }
    // A limit the form does not carry (a script posting the texts only) is left as it is.
    let limits_sent = limits::ALL.iter().filter(|l| form.get(l.setting).is_some());
    for limit in limits_sent.clone() {
        if let Err(e) = limits::parse(form.text(limit.setting)) {
            let message = format!("{}: {}", limit.label, e.reason);
            return refused(AppError::new(StatusCode::UNPROCESSABLE_ENTITY, message));
        }
    }
    let names = SETTINGS.iter().map(|(n, _)| *n);
    for name in names.chain(limits_sent.map(|l| l.setting)) {
        let cmd = Command::SetSetting {
            name: name.to_string(),
            value: form.text(name).to_string(),
        };
        if let Err(e) = app.engine.writer.run(actor, cmd).await {
            return refused(e.into());
        }
    }
    Ok(redirect("/admin/settings"))
}
