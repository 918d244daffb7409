//! The cache and storage panel: each L1 segment's counters (hits, misses, fills, evictions,
//! entries, bytes), the writer's (commits, latency, batch sizes) and the data file's size, as
//! tables and small inline SVG bar charts. Current values only: the counters are cumulative
//! since start-up, so they already tell the story. The charts are drawn with SVG attributes and
//! classes (the CSP forbids inline styles); every chart has a text equivalent in its table.

use std::sync::atomic::Ordering;

use axum::extract::State;
use axum::response::Response;
use axum::routing::get;
use axum::Router;
use maud::{html, Markup};

use super::page;
use crate::cache::SegmentStats;
use crate::http::error::AppError;
use crate::http::session::Staff;
use crate::http::state::App;

pub(super) fn router() -> Router<App> {
    Router::new().route("/admin/system", get(system_page))
}

/// `part / whole` in 0..=1 (0 when `whole` is 0).
fn ratio(part: u64, whole: u64) -> f64 {
    if whole == 0 {
        0.0
    } else {
        (part as f64 / whole as f64).clamp(0.0, 1.0)
    }
}

/// "93.4 %", or "—" when nothing was counted.
fn percent(part: u64, whole: u64) -> String {
    if whole == 0 {
        "—".into()
    } else {
        format!("{:.1} %", 100.0 * ratio(part, whole))
    }
}

/// "1.5 MiB".
pub(super) fn human_bytes(n: u64) -> String {
    const UNITS: [&str; 5] = ["B", "KiB", "MiB", "GiB", "TiB"];
    let mut v = n as f64;
    let mut unit = 0;
    while v >= 1024.0 && unit < UNITS.len() - 1 {
        v /= 1024.0;
        unit += 1;
    }
    if unit == 0 {
        format!("{n} B")
    } else {
        format!("{v:.1} {}", UNITS[unit])
    }
}

/// A horizontal bar chart: one row per `(label, share in 0..=1, value text)`.
fn bars(title: &str, rows: &[(String, f64, String)]) -> Markup {
    // Narrow enough that the 12px text stays readable when three charts share a row.
    const WIDTH: f64 = 250.0;
    const LABEL: f64 = 60.0;
    const ROW: f64 = 26.0;
    let bar_max = WIDTH - LABEL - 80.0;
    let height = ROW * rows.len() as f64 + 4.0;
    let summary: Vec<String> = rows
        .iter()
        .map(|(label, _, text)| format!("{label}: {text}"))
        .collect();
    html! {
        figure.chart {
            svg viewBox={ "0 0 " (WIDTH) " " (height) } role="img"
                aria-label={ (title) ": " (summary.join(", ")) } {
                @for (i, (label, share, text)) in rows.iter().enumerate() {
                    @let y = 2.0 + ROW * i as f64;
                    text.label x="0" y=(format!("{:.1}", y + 16.0)) { (label) }
                    rect.track x=(LABEL) y=(format!("{:.1}", y + 4.0)) width=(format!("{bar_max:.1}")) height="16" rx="3" {}
                    rect.bar x=(LABEL) y=(format!("{:.1}", y + 4.0)) width=(format!("{:.1}", bar_max * share)) height="16" rx="3" {}
                    text.value x=(format!("{:.1}", LABEL + bar_max + 6.0)) y=(format!("{:.1}", y + 16.0)) { (text) }
                }
            }
            figcaption { (title) }
        }
    }
}

fn cache_charts(stats: &[SegmentStats]) -> Markup {
    let max_bytes = stats.iter().map(|s| s.bytes).max().unwrap_or(0);
    let hit: Vec<_> = stats
        .iter()
        .map(|s| {
            let looked = s.hits + s.misses;
            (
                s.segment.as_str().to_string(),
                ratio(s.hits, looked),
                percent(s.hits, looked),
            )
        })
        .collect();
    let fill: Vec<_> = stats
        .iter()
        .map(|s| {
            (
                s.segment.as_str().to_string(),
                ratio(s.entries, s.capacity as u64),
                format!("{} / {}", s.entries, s.capacity),
            )
        })
        .collect();
    let size: Vec<_> = stats
        .iter()
        .map(|s| {
            (
                s.segment.as_str().to_string(),
                ratio(s.bytes, max_bytes),
                human_bytes(s.bytes),
            )
        })
        .collect();
    html! {
        div.charts {
            (bars("Hit ratio", &hit))
            (bars("Entries of capacity", &fill))
            (bars("Bytes held", &size))
        }
    }
}

fn cache_table(stats: &[SegmentStats]) -> Markup {
    html! {
        div.table-wrap {
            table.stacked {
                caption.visually-hidden { "L1 counters per segment" }
                thead { tr {
                    th { "Segment" } th.num { "Hits" } th.num { "Misses" } th.num { "Hit ratio" }
                    th.num { "Fills" } th.num { "Dropped fills" } th.num { "Invalidations" }
                    th.num { "LRU evictions" } th.num { "Entries" } th.num { "Bytes" } th.num { "Capacity" }
                } }
                tbody {
                    @for s in stats {
                        tr {
                            th scope="row" { (s.segment.as_str()) }
                            td.num data-label="Hits" { (s.hits) }
                            td.num data-label="Misses" { (s.misses) }
                            td.num data-label="Hit ratio" { (percent(s.hits, s.hits + s.misses)) }
                            td.num data-label="Fills" { (s.fills) }
                            td.num data-label="Dropped fills" { (s.dropped_fills) }
                            td.num data-label="Invalidations" { (s.invalidations) }
                            td.num data-label="LRU evictions" { (s.lru_evictions) }
                            td.num data-label="Entries" { (s.entries) }
                            td.num data-label="Bytes" { (human_bytes(s.bytes)) }
                            td.num data-label="Capacity" { @if s.capacity == 0 { "off" } @else { (s.capacity) } }
                        }
                    }
                }
            }
        }
    }
}

/// Milliseconds from microseconds, "2.41 ms".
fn ms(micros: u64) -> String {
    format!("{:.2} ms", micros as f64 / 1000.0)
}

async fn system_page(
    State(app): State<App>,
    Staff { viewer: v, .. }: Staff,
) -> Result<Response, AppError> {
    let stats = app.engine.l1.stats();
    let w = &app.engine.stats;
    let commits = w.commits.load(Ordering::Relaxed);
    let commands = w.commands.load(Ordering::Relaxed);
    let refused = w.refused.load(Ordering::Relaxed);
    let total_micros = w.commit_micros_total.load(Ordering::Relaxed);
    let last_micros = w.last_commit_micros.load(Ordering::Relaxed);
    let last_batch = w.last_batch.load(Ordering::Relaxed);
    let max_batch = w.max_batch.load(Ordering::Relaxed);
    let avg_micros = total_micros.checked_div(commits).unwrap_or(0);
    let avg_batch = if commits == 0 {
        0.0
    } else {
        commands as f64 / commits as f64
    };
    let file_size = app
        .config
        .data_path
        .as_ref()
        .and_then(|p| std::fs::metadata(p).ok())
        .map(|m| m.len());
    let batch_rows = [
        (
            "last".to_string(),
            ratio(last_batch, max_batch),
            last_batch.to_string(),
        ),
        (
            "average".to_string(),
            if max_batch == 0 {
                0.0
            } else {
                (avg_batch / max_batch as f64).clamp(0.0, 1.0)
            },
            format!("{avg_batch:.1}"),
        ),
        (
            "max".to_string(),
            ratio(max_batch, max_batch),
            max_batch.to_string(),
        ),
    ];
    let main = html! {
        h1 { "Cache and storage" }
        p.lead { "Counters since the server started." }
        section.card aria-labelledby="l1-h" {
            h2 #l1-h { "L1 cache" }
            p { "Ready responses in three segments: hot (boards, badge list, map), warm (badge pages), cold (profiles). Each commit invalidates exactly what it changed." }
            (cache_charts(&stats))
            (cache_table(&stats))
        }
        section.card aria-labelledby="writer-h" {
            h2 #writer-h { "Writer" }
            p { "One writer commits queued commands together (group commit)." }
            (bars("Commands per commit", &batch_rows))
            dl.figures {
                dt { "Commits" } dd { (commits) }
                dt { "Commands" } dd { (commands) }
                dt { "Refused commands" } dd { (refused) }
                dt { "Average commit latency" } dd { (ms(avg_micros)) }
                dt { "Last commit latency" } dd { (ms(last_micros)) }
                dt { "Last batch size" } dd { (last_batch) }
                dt { "Largest batch size" } dd { (max_batch) }
            }
        }
        section.card aria-labelledby="file-h" {
            h2 #file-h { "Data file" }
            dl.figures {
                dt { "Size" }
                dd { @match file_size { Some(n) => { (human_bytes(n)) " (" (n) " bytes)" }, None => "unknown" } }
                @if let Some(p) = &app.config.data_path {
                    dt { "Path" } dd { code { (p.display()) } }
                }
            }
        }
        (photos_section(&app, file_size)?)
        (super::backups::section(&app, &v))
        (outbox_section(&app)?)
    };
    Ok(page(&v, v.t("admin-system"), "/admin/system", main))
}

/// Photos: what the stored sizes take (each once, however many items show it), of the data
/// file and of the site's bound.
fn photos_section(app: &App, file_size: Option<u64>) -> Result<maud::Markup, AppError> {
    use crate::domain::photo::Quota;
    let snap = app.engine.snapshot()?;
    let s = snap.photo_storage()?;
    let site = Quota::Site.bytes(snap.setting(Quota::Site.key())?.as_deref());
    let member = Quota::PerMember.bytes(snap.setting(Quota::PerMember.key())?.as_deref());
    let bound = |b: Option<u64>| b.map_or_else(|| "no bound".to_string(), human_bytes);
    Ok(html! {
        section.card aria-labelledby="photos-h" {
            h2 #photos-h { "Photos" }
            dl.figures {
                dt { "Stored" }
                dd {
                    (human_bytes(s.bytes)) " in " (s.sizes) " files"
                    @if let Some(n) = file_size { " (" (percent(s.bytes, n)) " of the data file)" }
                }
                dt { "Site's bound" } dd { (bound(site)) @if let Some(b) = site { " (" (percent(s.bytes, b)) " used)" } }
                dt { "Each member's bound" } dd { (bound(member)) }
                dt { "Items with photos" } dd { (s.items) }
                dt { "Members with a picture" } dd { (s.avatars) }
            }
            p.muted { "Bounds are set in " a href="/admin/settings" { "Site settings" } "." }
        }
    })
}

/// Mails shown on the page, newest first.
const MAILS_SHOWN: usize = 20;

/// E-mail: the server mails go through, the outbox's counts and its newest mails, each with
/// the server's last answer.
fn outbox_section(app: &App) -> Result<maud::Markup, AppError> {
    use crate::domain::mail::MailState;
    let snap = app.engine.snapshot()?;
    let (counts, newest) = snap.outbox(MAILS_SHOWN)?;
    let zone = snap.zone_for(None)?;
    let mut rows = Vec::with_capacity(newest.len());
    for (id, m) in newest {
        let to = snap
            .user(m.user)?
            .map_or_else(|| "a former member".into(), |u| u.username);
        rows.push((id, m, to));
    }
    Ok(html! {
        section.card aria-labelledby="mail-h" {
            h2 #mail-h { "E-mail" }
            @match &app.config.mail_server {
                Some(server) => p { "Notifications members chose are mailed through " code { (server) } "." },
                None => p { "Off: no mail server is set (" code { "--smtp-url" } ", see the README). Notifications stay in the inbox." },
            }
            dl.figures {
                dt { "Queued" } dd { (counts.queued) }
                dt { "Failing (queued again after a refusal)" } dd { (counts.failing) }
                dt { "Sent (last 30 days)" } dd { (counts.sent) }
                dt { "Given up" } dd { (counts.failed) }
            }
            @if !rows.is_empty() {
                div.table-wrap {
                    table.outbox {
                        thead { tr {
                            th scope="col" { "Mail" } th scope="col" { "To" } th scope="col" { "State" }
                            th scope="col" { "Tries" } th scope="col" { "When" } th scope="col" { "Server's answer" }
                        } }
                        tbody {
                            @for (id, m, to) in &rows {
                                tr {
                                    td { (id) @if m.digest { " (digest)" } }
                                    td { (to) }
                                    td { @match (m.state, m.attempts) {
                                        (MailState::Queued, 0) => span.pill { "queued" },
                                        (MailState::Queued, _) => span.pill.warn { "failing, will retry" },
                                        (MailState::Sent, _) => span.pill.ok { "sent" },
                                        (MailState::Failed, _) => span.pill.danger { "given up" },
                                    } }
                                    td { (m.attempts) }
                                    td.date { (zone.when(m.at)) }
                                    td { (m.error) }
                                }
                            }
                        }
                    }
                }
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bytes_and_ratios_read_well() {
        assert_eq!(human_bytes(512), "512 B");
        assert_eq!(human_bytes(1536), "1.5 KiB");
        assert_eq!(human_bytes(3 << 20), "3.0 MiB");
        assert_eq!(percent(0, 0), "—");
        assert_eq!(percent(1, 4), "25.0 %");
        assert_eq!(ratio(5, 0), 0.0);
    }
}
