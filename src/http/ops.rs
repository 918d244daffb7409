//! For the host and their monitoring: `/healthz` (the process answers), `/readyz` (the data
//! file reads and the writer runs) and `/metrics` (Prometheus text format), which answers only
//! clients in the configured networks (`--metrics-allow`, loopback by default) or holding the
//! metrics token (`--metrics-token`). None of them is cached or touches sessions.

use std::fmt::Write as _;
use std::net::IpAddr;
use std::sync::atomic::Ordering;

use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;

use super::state::App;
use crate::cache::SegmentStats;
use crate::domain::loan::is_overdue;
use crate::domain::time;
use crate::engine::Engine;
use crate::stats::{header as metric, single};
use crate::store::StoreError;

pub(super) fn router() -> Router<App> {
    Router::new()
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
        .route("/metrics", get(metrics))
}

fn plain(status: StatusCode, body: String) -> Response {
    (
        status,
        [
            (header::CONTENT_TYPE, "text/plain; charset=utf-8"),
            (header::CACHE_CONTROL, "no-store"),
        ],
        body,
    )
        .into_response()
}

async fn healthz() -> Response {
    plain(StatusCode::OK, "ok\n".into())
}

/// Why the engine cannot serve, if it cannot.
fn not_ready(engine: &Engine) -> Option<String> {
    if let Err(e) = engine.snapshot() {
        return Some(format!("the data file cannot be read: {e}"));
    }
    if !engine.writer_alive() {
        return Some("the writer has stopped; writes cannot be saved".into());
    }
    if let Some(e) = engine.stats.storage_failure() {
        return Some(format!(
            "writes fail ({e}); free disk space or make the file system writable, then \
             restart the server"
        ));
    }
    None
}

async fn readyz(State(app): State<App>) -> Response {
    match not_ready(&app.engine) {
        None => plain(StatusCode::OK, "ready\n".into()),
        Some(why) => plain(
            StatusCode::SERVICE_UNAVAILABLE,
            format!("not ready: {why}\n"),
        ),
    }
}

/// A client in an allowed network, or one holding the metrics token.
fn may_scrape(app: &App, client: Option<IpAddr>, headers: &HeaderMap) -> bool {
    let config = &app.config;
    if let Some(ip) = client {
        if config.metrics_allow.iter().any(|net| net.contains(&ip)) {
            return true;
        }
    }
    let bearer = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "));
    match (&config.metrics_token, bearer) {
        (Some(token), Some(given)) => crate::auth::secret::same(token, given),
        _ => false,
    }
}

async fn metrics(State(app): State<App>, req: Request) -> Response {
    let client = super::client::of(req.extensions());
    if !may_scrape(&app, client, req.headers()) {
        return plain(
            StatusCode::FORBIDDEN,
            "metrics are open to the networks of --metrics-allow or with the metrics token\n"
                .into(),
        );
    }
    let mut out = String::with_capacity(16 * 1024);
    app.requests.render(&mut out);
    render_cache(&app.engine, &mut out);
    render_writer(&app.engine, &mut out);
    if let Some(size) = app
        .config
        .data_path
        .as_ref()
        .and_then(|p| std::fs::metadata(p).ok())
    {
        single(
            &mut out,
            "comuniza_data_file_bytes",
            "gauge",
            "Size of the data file.",
            size.len(),
        );
    }
    match render_community(&app.engine, &mut out) {
        Ok(()) => {}
        Err(e) => tracing::warn!("metrics: reading the community failed: {e}"),
    }
    let mut res = plain(StatusCode::OK, out);
    res.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/plain; version=0.0.4; charset=utf-8"),
    );
    res
}

/// A per-segment L1 metric: name, type, help, and its value in a segment's counters.
type CacheSeries = (
    &'static str,
    &'static str,
    &'static str,
    fn(&SegmentStats) -> u64,
);

fn render_cache(engine: &Engine, out: &mut String) {
    let stats = engine.l1.stats();
    let series: [CacheSeries; 7] = [
        (
            "comuniza_l1_hits_total",
            "counter",
            "L1 lookups answered from memory.",
            |s| s.hits,
        ),
        (
            "comuniza_l1_misses_total",
            "counter",
            "L1 lookups that had to render.",
            |s| s.misses,
        ),
        (
            "comuniza_l1_fills_total",
            "counter",
            "Rendered entries stored in L1.",
            |s| s.fills,
        ),
        (
            "comuniza_l1_invalidations_total",
            "counter",
            "L1 entries removed because a commit changed them.",
            |s| s.invalidations,
        ),
        (
            "comuniza_l1_evictions_total",
            "counter",
            "L1 entries pushed out by the capacity.",
            |s| s.lru_evictions,
        ),
        (
            "comuniza_l1_entries",
            "gauge",
            "Entries resident in L1.",
            |s| s.entries,
        ),
        ("comuniza_l1_bytes", "gauge", "Bytes resident in L1.", |s| {
            s.bytes
        }),
    ];
    for (name, kind, help, value) in series {
        metric(out, name, kind, help);
        for s in &stats {
            let _ = writeln!(
                out,
                "{name}{{segment=\"{}\"}} {}",
                s.segment.as_str(),
                value(s)
            );
        }
    }
}

fn render_writer(engine: &Engine, out: &mut String) {
    let s = &engine.stats;
    let counters = [
        ("comuniza_commits_total", "Durable commits.", &s.commits),
        (
            "comuniza_commands_total",
            "Commands applied by the writer.",
            &s.commands,
        ),
        (
            "comuniza_commands_refused_total",
            "Commands refused (bad input, not allowed).",
            &s.refused,
        ),
    ];
    for (name, help, value) in counters {
        single(out, name, "counter", help, value.load(Ordering::Relaxed));
    }
    metric(
        out,
        "comuniza_commit_duration_seconds",
        "histogram",
        "Time of a commit: applying its commands and writing them durably.",
    );
    s.commit_latency
        .render(out, "comuniza_commit_duration_seconds", "");
    metric(
        out,
        "comuniza_commit_batch_size",
        "histogram",
        "Commands sharing one commit.",
    );
    s.batch_sizes.render(out, "comuniza_commit_batch_size", "");
    single(
        out,
        "comuniza_storage_ok",
        "gauge",
        "0 once the disk refused a write (full or read-only) until the server restarts.",
        u8::from(engine.stats.storage_failure().is_none()),
    );
    single(
        out,
        "comuniza_writer_up",
        "gauge",
        "1 while the writer thread runs.",
        u8::from(engine.writer_alive()),
    );
}

/// Users, open loans and overdue loans. Overdue needs each open loan's due date: O(open loans),
/// read at scrape time rather than kept on every write.
fn render_community(engine: &Engine, out: &mut String) -> Result<(), StoreError> {
    let snap = engine.snapshot()?;
    let users = snap.user_count()?;
    let open = snap.open_loans()?;
    let today = time::day_of(time::now());
    let overdue = open.iter().filter(|(_, l)| is_overdue(l, today)).count() as u64;
    single(out, "comuniza_users", "gauge", "User accounts.", users);
    single(
        out,
        "comuniza_loans_open",
        "gauge",
        "Loans holding their item: approved, active or returned awaiting confirmation.",
        open.len() as u64,
    );
    single(
        out,
        "comuniza_loans_overdue",
        "gauge",
        "Active loans past their due date (UTC).",
        overdue,
    );
    Ok(())
}
