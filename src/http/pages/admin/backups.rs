//! Backups on the staff's cache and storage panel: the schedule and its last outcome, and a
//! button that makes a fresh verified backup and downloads it.

use axum::body::Body;
use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::Router;
use maud::{html, Markup};

use super::system::human_bytes;
use crate::domain::time::now;
use crate::http::error::AppError;
use crate::http::form::Posted;
use crate::http::pages::layout::post_button;
use crate::http::pages::sentence::Part;
use crate::http::session::{Staff, Viewer};
use crate::http::state::App;
use crate::i18n::phrase::Phrase;
use crate::i18n::{self, Arg};
use crate::store::backup::{backup, file_name};

pub(super) fn router() -> Router<App> {
    Router::new().route("/admin/system/backup", post(download))
}

/// The panel's "Backups" card.
pub(super) fn section(app: &App, v: &Viewer) -> Markup {
    let last = app.config.last_backup.lock().ok().and_then(|l| l.clone());
    let zone = app
        .engine
        .snapshot()
        .and_then(|s| s.zone_for(v.id()))
        .unwrap_or_default();
    let code = |text: String| Part::Markup(html! { code { (text) } });
    html! {
        section.card aria-labelledby="backups-h" {
            h2 #backups-h { (v.t("sys-backups")) }
            @match &app.config.backup_schedule {
                Some(s) => p { (v.say("sys-backups-every", &[
                    ("every", Part::Text(&every(v, s.every))),
                    ("dir", code(s.dir.display().to_string())),
                    ("keep", Part::count(s.keep)),
                ])) },
                None => p { (v.say("sys-backups-none", &[("flag", code("--backup-every 6h".into()))])) },
            }
            @if let Some(last) = last {
                dl.facts {
                    dt { (v.t("sys-backup-last")) } dd { (i18n::numbers::when(v.lang, &zone, last.at)) }
                    dt { (v.t("sys-backup-result")) }
                    @match &last.result {
                        Ok(r) => dd { (v.say("sys-backup-verified", &[
                            ("size", Part::Text(&human_bytes(v.lang, r.bytes))),
                            ("path", code(r.path.display().to_string())),
                        ])) },
                        Err(e) => dd { strong { (v.t("sys-backup-failed")) } " " (e) },
                    }
                }
            }
            p { (v.t("sys-backup-help")) }
            (post_button(v, "/admin/system/backup", v.t("sys-backup-download"), ""))
        }
    }
}

/// "6 hours", "30 minutes", in the viewer's language.
fn every(v: &Viewer, d: std::time::Duration) -> String {
    let (id, n) = match d.as_secs() {
        s if s % 86400 == 0 => ("duration-days", s / 86400),
        s if s % 3600 == 0 => ("duration-hours", s / 3600),
        s if s % 60 == 0 => ("duration-minutes", s / 60),
        s => ("duration-seconds", s),
    };
    v.tr(id, &[("count", Arg::count(n))])
}

/// Makes a verified backup into a hidden file next to the data file (or the temp directory),
/// then streams it; the file is unlinked once open, so it goes away with the download.
async fn download(State(app): State<App>, _: Posted<Staff>) -> Result<Response, AppError> {
    let at = now();
    let dir = app
        .config
        .data_path
        .as_ref()
        .and_then(|d| d.parent())
        .filter(|d| !d.as_os_str().is_empty())
        .map_or_else(std::env::temp_dir, |d| d.to_path_buf());
    // A random name, so two downloads at once never share a file.
    let temp = dir.join(format!(
        ".download-{}.redb",
        &crate::auth::secret::new_secret()[..16]
    ));
    let engine = app.engine.clone();
    let made = tokio::task::spawn_blocking(move || backup(&*engine.db, None, &temp, false))
        .await
        .map_err(|e| AppError::internal(format!("the backup task: {e}")))?;
    let report = made.map_err(|e| {
        AppError::Unavailable(Phrase::id("unavailable-backup-made").text("why", e.to_string()))
    })?;
    let file = tokio::fs::File::open(&report.path).await;
    let _ = std::fs::remove_file(&report.path);
    let file = file.map_err(|e| {
        AppError::Unavailable(Phrase::id("unavailable-backup-read").text("why", e.to_string()))
    })?;
    tracing::info!("backup downloaded by staff ({} bytes)", report.bytes);
    Ok((
        [
            (header::CONTENT_TYPE, "application/octet-stream".to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{}\"", file_name(at)),
            ),
            (header::CONTENT_LENGTH, report.bytes.to_string()),
            (header::CACHE_CONTROL, "no-store".to_string()),
        ],
        Body::from_stream(tokio_util::io::ReaderStream::new(file)),
    )
        .into_response())
}
