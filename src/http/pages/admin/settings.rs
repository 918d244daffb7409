//! Site settings: one form for every setting of `store::commands::SETTINGS`, each saved with
//! `SetSetting`. The settings are saved one by one; the first refused one stops the rest and
//! is shown with the values as posted.

use axum::extract::State;
use axum::response::Response;
use axum::routing::get;
use axum::Router;
use maud::{html, Markup};
use redb::ReadableDatabase;

use super::{page, page_status, staff};
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
    for (name, _) in SETTINGS {
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
