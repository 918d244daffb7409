//! A member's own time zone: the dates and times of their pages (loans, tokens, the group
//! pages they read) in it; the site's zone until they choose one.

use crate::http::pages::sentence::Part;
use crate::i18n::{self, Arg};
use axum::extract::State;
use axum::response::Response;
use maud::{html, Markup};

use crate::domain::settings::Setting;
use crate::domain::time::now;
use crate::domain::zone;
use crate::http::error::AppError;
use crate::http::form::Posted;
use crate::http::pages::layout::{csrf_field, saved, zone_select};
use crate::http::session::{Member, Viewer};
use crate::http::state::App;
use crate::store::commands::SetTimeZone;
use crate::store::read::Snapshot;
use crate::store::StoreError;

/// The account page's part about it.
pub(super) fn section(
    v: &Viewer,
    snap: &Snapshot,
    me: crate::domain::records::UserId,
) -> Result<Markup, StoreError> {
    let own = snap.time_zone_of(me)?.unwrap_or_default();
    let site = snap
        .setting(Setting::TimeZone.key())?
        .unwrap_or_else(|| zone::DEFAULT.into());
    let shown = snap.zone_for(Some(me))?;
    Ok(html! {
        section.card aria-labelledby="zone-h" {
            h2 #zone-h { (v.t("zone-title")) }
            p { (v.say("zone-now", &[("time", Part::Markup(html! { strong { (i18n::numbers::when(v.lang, &shown, now())) } }))])) }
            form.stack method="post" action="/account/time-zone" {
                (csrf_field(v))
                label { (v.t("zone-mine"))
                    (zone_select("time_zone", &own, Some(&v.tr("zone-sites", &[("zone", Arg::Text(&site))]))))
                }
                button type="submit" { (v.t("save")) }
            }
        }
    })
}

/// `POST /account/time-zone`: the zone chosen, or none (the site's).
pub(super) async fn save(
    State(app): State<App>,
    Posted(Member { me, .. }, form): Posted<Member>,
) -> Result<Response, AppError> {
    let chosen = form.text("time_zone").trim();
    let zone = (!chosen.is_empty()).then(|| chosen.to_string());
    app.engine
        .writer
        .run(me.actor(), SetTimeZone { zone })
        .await?;
    Ok(saved(&app, "/account#zone-h"))
}
