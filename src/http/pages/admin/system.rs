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
use crate::http::session::{Staff, Viewer};
use crate::http::state::App;
use crate::i18n::{self, Arg, Lang};

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

/// "93.4%" ("93,4 %" in French ...), or "—" when nothing was counted.
fn percent(lang: Lang, part: u64, whole: u64) -> String {
    if whole == 0 {
        "—".into()
    } else {
        let n = i18n::numbers::decimal(lang, 100.0 * ratio(part, whole), 1);
        i18n::format(lang, "size-percent", &[("n", Arg::Text(&n))])
    }
}

/// "1.5 MiB" ("1,5 Mio" in French).
pub(super) fn human_bytes(lang: Lang, n: u64) -> String {
    const UNITS: [&str; 5] = ["size-b", "size-kib", "size-mib", "size-gib", "size-tib"];
    let mut v = n as f64;
    let mut unit = 0;
    while v >= 1024.0 && unit < UNITS.len() - 1 {
        v /= 1024.0;
        unit += 1;
    }
    let figure = if unit == 0 {
        i18n::numbers::number(lang, n)
    } else {
        i18n::numbers::decimal(lang, v, 1)
    };
    i18n::format(lang, UNITS[unit], &[("n", Arg::Text(&figure))])
}

/// A horizontal bar chart: one row per `(label, share in 0..=1, value text)`.
fn bars(title: &str, rows: &[(String, f64, String)]) -> Markup {
    // Narrow enough that the 12px text stays readable when three charts share a row; the
    // labels' column as wide as the longest label needs (about 7 units a character at 12px).
    const WIDTH: f64 = 250.0;
    const ROW: f64 = 26.0;
    let longest = rows.iter().map(|(l, _, _)| l.chars().count()).max();
    let label_width = (longest.unwrap_or(0) as f64 * 7.0 + 8.0).clamp(60.0, 110.0);
    let bar_max = WIDTH - label_width - 80.0;
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
                    rect.track x=(label_width) y=(format!("{:.1}", y + 4.0)) width=(format!("{bar_max:.1}")) height="16" rx="3" {}
                    rect.bar x=(label_width) y=(format!("{:.1}", y + 4.0)) width=(format!("{:.1}", bar_max * share)) height="16" rx="3" {}
                    text.value x=(format!("{:.1}", label_width + bar_max + 6.0)) y=(format!("{:.1}", y + 16.0)) { (text) }
                }
            }
            figcaption { (title) }
        }
    }
}

fn cache_charts(v: &Viewer, stats: &[SegmentStats]) -> Markup {
    let lang = v.lang;
    let max_bytes = stats.iter().map(|s| s.bytes).max().unwrap_or(0);
    let hit: Vec<_> = stats
        .iter()
        .map(|s| {
            let looked = s.hits + s.misses;
            (
                s.segment.as_str().to_string(),
                ratio(s.hits, looked),
                percent(lang, s.hits, looked),
            )
        })
        .collect();
    let fill: Vec<_> = stats
        .iter()
        .map(|s| {
            (
                s.segment.as_str().to_string(),
                ratio(s.entries, s.capacity as u64),
                format!("{} / {}", v.number(s.entries), v.number(s.capacity)),
            )
        })
        .collect();
    let size: Vec<_> = stats
        .iter()
        .map(|s| {
            (
                s.segment.as_str().to_string(),
                ratio(s.bytes, max_bytes),
                human_bytes(lang, s.bytes),
            )
        })
        .collect();
    html! {
        div.charts {
            (bars(v.t("sys-hit-ratio"), &hit))
            (bars(v.t("sys-entries-of-capacity"), &fill))
            (bars(v.t("sys-bytes-held"), &size))
        }
    }
}

/// The counters as rows and the segments as columns: ten counters side by side would not fit
/// a desktop in German, three segments fit a phone.
fn cache_table(v: &Viewer, stats: &[SegmentStats]) -> Markup {
    let row = |id: &'static str, cell: &dyn Fn(&SegmentStats) -> String| {
        html! {
            tr {
                th scope="row" { (v.t(id)) }
                @for s in stats { td.num { (cell(s)) } }
            }
        }
    };
    let capacity = |s: &SegmentStats| match s.capacity {
        0 => v.t("sys-off").to_string(),
        c => v.number(c),
    };
    html! {
        div.table-wrap {
            table.counters {
                caption.visually-hidden { (v.t("sys-l1-caption")) }
                thead { tr {
                    th scope="col" { (v.t("sys-segment")) }
                    @for s in stats { th.num scope="col" { (s.segment.as_str()) } }
                } }
                tbody {
                    (row("sys-hits", &|s| v.number(s.hits)))
                    (row("sys-misses", &|s| v.number(s.misses)))
                    (row("sys-hit-ratio", &|s| percent(v.lang, s.hits, s.hits + s.misses)))
                    (row("sys-fills", &|s| v.number(s.fills)))
                    (row("sys-dropped", &|s| v.number(s.dropped_fills)))
                    (row("sys-invalidations", &|s| v.number(s.invalidations)))
                    (row("sys-evictions", &|s| v.number(s.lru_evictions)))
                    (row("sys-entries", &|s| v.number(s.entries)))
                    (row("sys-bytes", &|s| human_bytes(v.lang, s.bytes)))
                    (row("sys-capacity", &capacity))
                }
            }
        }
    }
}

/// Milliseconds from microseconds, "2.41 ms".
fn ms(lang: Lang, micros: u64) -> String {
    format!(
        "{} ms",
        i18n::numbers::decimal(lang, micros as f64 / 1000.0, 2)
    )
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
            v.t("sys-last").to_string(),
            ratio(last_batch, max_batch),
            v.number(last_batch),
        ),
        (
            v.t("sys-average").to_string(),
            if max_batch == 0 {
                0.0
            } else {
                (avg_batch / max_batch as f64).clamp(0.0, 1.0)
            },
            v.decimal(avg_batch, 1),
        ),
        (
            v.t("sys-max").to_string(),
            ratio(max_batch, max_batch),
            v.number(max_batch),
        ),
    ];
    let main = html! {
        h1 { (v.t("admin-system")) }
        p.lead { (v.t("sys-lead")) }
        section.card aria-labelledby="l1-h" {
            h2 #l1-h { (v.t("sys-l1")) }
            p { (v.t("sys-l1-help")) }
            (cache_charts(&v, &stats))
            (cache_table(&v, &stats))
        }
        section.card aria-labelledby="writer-h" {
            h2 #writer-h { (v.t("sys-writer")) }
            p { (v.t("sys-writer-help")) }
            (bars(v.t("sys-per-commit"), &batch_rows))
            dl.facts {
                dt { (v.t("sys-commits")) } dd { (v.number(commits)) }
                dt { (v.t("sys-commands")) } dd { (v.number(commands)) }
                dt { (v.t("sys-refused")) } dd { (v.number(refused)) }
                dt { (v.t("sys-avg-latency")) } dd { (ms(v.lang, avg_micros)) }
                dt { (v.t("sys-last-latency")) } dd { (ms(v.lang, last_micros)) }
                dt { (v.t("sys-last-batch")) } dd { (v.number(last_batch)) }
                dt { (v.t("sys-max-batch")) } dd { (v.number(max_batch)) }
            }
        }
        section.card aria-labelledby="file-h" {
            h2 #file-h { (v.t("sys-file")) }
            dl.facts {
                dt { (v.t("sys-size")) }
                dd { @match file_size {
                    Some(n) => (v.tr("sys-size-value", &[("size", Arg::Text(&human_bytes(v.lang, n))), ("bytes", Arg::count(n))])),
                    None => (v.t("sys-unknown")),
                } }
                @if let Some(p) = &app.config.data_path {
                    dt { (v.t("sys-path")) } dd { code { (p.display()) } }
                }
            }
        }
        (photos_section(&app, &v, file_size)?)
        (super::backups::section(&app, &v))
        (outbox_section(&app, &v)?)
    };
    Ok(page(&v, v.t("admin-system"), "/admin/system", main))
}

/// Photos: what the stored sizes take (each once, however many items show it), of the data
/// file and of the site's bound.
fn photos_section(app: &App, v: &Viewer, file_size: Option<u64>) -> Result<Markup, AppError> {
    use crate::domain::photo::Quota;
    use crate::http::pages::sentence::Part;
    let snap = app.engine.snapshot()?;
    let s = snap.photo_storage()?;
    let site = Quota::Site.bytes(snap.setting(Quota::Site.key())?.as_deref());
    let member = Quota::PerMember.bytes(snap.setting(Quota::PerMember.key())?.as_deref());
    let bound = |b: Option<u64>| {
        b.map_or_else(
            || v.t("sys-no-bound").to_string(),
            |b| human_bytes(v.lang, b),
        )
    };
    let share = |part: u64, whole: u64, id: &str| {
        let p = percent(v.lang, part, whole);
        v.tr(id, &[("percent", Arg::Text(&p))])
    };
    let settings_link = html! { a href="/admin/settings" { (v.t("admin-settings")) } };
    Ok(html! {
        section.card aria-labelledby="photos-h" {
            h2 #photos-h { (v.t("sys-photos")) }
            dl.facts {
                dt { (v.t("sys-stored")) }
                dd {
                    (v.tr("sys-stored-value", &[("size", Arg::Text(&human_bytes(v.lang, s.bytes))), ("count", Arg::count(s.sizes))]))
                    @if let Some(n) = file_size { " " (share(s.bytes, n, "sys-of-file")) }
                }
                dt { (v.t("sys-site-bound")) } dd { (bound(site)) @if let Some(b) = site { " " (share(s.bytes, b, "sys-used")) } }
                dt { (v.t("sys-member-bound")) } dd { (bound(member)) }
                dt { (v.t("sys-items-photos")) } dd { (v.number(s.items)) }
                dt { (v.t("sys-avatars")) } dd { (v.number(s.avatars)) }
            }
            p.muted { (v.say("sys-bounds-set", &[("link", Part::Markup(settings_link))])) }
        }
    })
}

/// Mails shown on the page, newest first.
const MAILS_SHOWN: usize = 20;

/// E-mail: the server mails go through, the outbox's counts and its newest mails, each with
/// the server's last answer.
fn outbox_section(app: &App, v: &Viewer) -> Result<Markup, AppError> {
    use crate::domain::mail::MailState;
    use crate::http::pages::sentence::Part;
    let snap = app.engine.snapshot()?;
    let (counts, newest) = snap.outbox(MAILS_SHOWN)?;
    let zone = snap.zone_for(v.id())?;
    let mut rows = Vec::with_capacity(newest.len());
    for (id, m) in newest {
        let to = snap
            .user(m.user)?
            .map_or_else(|| v.t("sys-former").to_string(), |u| u.username);
        rows.push((id, m, to));
    }
    Ok(html! {
        section.card aria-labelledby="mail-h" {
            h2 #mail-h { (v.t("sys-mail")) }
            @match &app.config.mail_server {
                Some(server) => p { (v.say("sys-mail-through", &[("server", Part::Markup(html! { code { (server) } }))])) },
                None => p { (v.say("sys-mail-off", &[("flag", Part::Markup(html! { code { "--smtp-url" } }))])) },
            }
            dl.facts {
                dt { (v.t("sys-queued")) } dd { (v.number(counts.queued)) }
                dt { (v.t("sys-failing")) } dd { (v.number(counts.failing)) }
                dt { (v.t("sys-sent")) } dd { (v.number(counts.sent)) }
                dt { (v.t("sys-given-up")) } dd { (v.number(counts.failed)) }
            }
            @if !rows.is_empty() {
                div.table-wrap {
                    table.outbox {
                        thead { tr {
                            th scope="col" { (v.t("sys-col-mail")) } th scope="col" { (v.t("sys-col-to")) } th scope="col" { (v.t("sys-col-state")) }
                            th scope="col" { (v.t("sys-col-tries")) } th scope="col" { (v.t("sys-col-when")) } th scope="col" { (v.t("sys-col-answer")) }
                        } }
                        tbody {
                            @for (id, m, to) in &rows {
                                tr {
                                    td { (id) @if m.digest { " " (v.t("sys-digest")) } }
                                    td { (to) }
                                    td { @match (m.state, m.attempts) {
                                        (MailState::Queued, 0) => span.pill { (v.t("sys-pill-queued")) },
                                        (MailState::Queued, _) => span.pill.warn { (v.t("sys-pill-failing")) },
                                        (MailState::Sent, _) => span.pill.ok { (v.t("sys-pill-sent")) },
                                        (MailState::Failed, _) => span.pill.danger { (v.t("sys-pill-given-up")) },
                                    } }
                                    td { (v.number(m.attempts)) }
                                    td.date { (i18n::numbers::when(v.lang, &zone, m.at)) }
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
        assert_eq!(human_bytes(Lang::En, 512), "512 B");
        assert_eq!(human_bytes(Lang::En, 1536), "1.5 KiB");
        assert_eq!(human_bytes(Lang::En, 3 << 20), "3.0 MiB");
        assert_eq!(human_bytes(Lang::Fr, 1536), "1,5 Kio");
        assert_eq!(human_bytes(Lang::De, 1536), "1,5 KiB");
        assert_eq!(percent(Lang::En, 0, 0), "—");
        assert_eq!(percent(Lang::En, 1, 4), "25.0%");
        assert_eq!(percent(Lang::Es, 1, 4), "25,0 %");
        assert_eq!(ratio(5, 0), 0.0);
    }
}
