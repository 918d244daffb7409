//! Requests by route and status, their latency, and the access log: the outermost middleware
//! ([`observe`]) times every request and counts it under its route template (`/badges/{slug}`,
//! never the raw path, so the number of series stays bounded; `unmatched` for 404s of the
//! fallback). The route is learnt from the inner [`mark_route`] layer through a slot in the
//! request, because error pages are built anew on the way out and would lose it otherwise.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, OnceLock, RwLock};
use std::time::Instant;

use axum::extract::{ConnectInfo, MatchedPath, Request, State};
use axum::middleware::Next;
use axum::response::Response;
use http_body::Body as _;

use super::client::{client_ip, ClientAddr};
use super::state::App;
use crate::stats::{header, label_value, Histogram};

/// Status codes are counted in a flat array: 100..=599.
const FIRST_STATUS: u16 = 100;
const STATUSES: usize = 500;

#[derive(Debug)]
struct RouteStats {
    statuses: Box<[AtomicU64]>,
    latency: Histogram,
}

impl RouteStats {
    fn new() -> RouteStats {
        RouteStats {
            statuses: (0..STATUSES).map(|_| AtomicU64::new(0)).collect(),
            latency: Histogram::latency(),
        }
    }
}

/// Every route's counters. A route's entry is made on its first request (a write lock, once);
/// later requests take the read lock and add to atomics.
#[derive(Debug, Default)]
pub struct RequestMetrics {
    routes: RwLock<HashMap<Arc<str>, Arc<RouteStats>>>,
}

impl RequestMetrics {
    fn route(&self, name: &str) -> Arc<RouteStats> {
        if let Some(r) = self.routes.read().ok().and_then(|m| m.get(name).cloned()) {
            return r;
        }
        let mut routes = self.routes.write().unwrap_or_else(|e| e.into_inner());
        routes
            .entry(Arc::from(name))
            .or_insert_with(|| Arc::new(RouteStats::new()))
            .clone()
    }

    fn record(&self, route: &str, status: u16, micros: u64) {
        let r = self.route(route);
        let i = usize::from(status.saturating_sub(FIRST_STATUS));
        if let Some(c) = r.statuses.get(i) {
            c.fetch_add(1, Ordering::Relaxed);
        }
        r.latency.record(micros);
    }

    /// The requests counter and the latency histogram, in the Prometheus text format.
    pub fn render(&self, out: &mut String) {
        let routes = self.routes.read().unwrap_or_else(|e| e.into_inner());
        let mut names: Vec<&Arc<str>> = routes.keys().collect();
        names.sort();
        header(
            out,
            "comuniza_http_requests_total",
            "counter",
            "HTTP requests answered, by route template and status code.",
        );
        for name in &names {
            let route = label_value(name);
            for (i, c) in routes[*name].statuses.iter().enumerate() {
                let n = c.load(Ordering::Relaxed);
                if n > 0 {
                    let status = FIRST_STATUS as usize + i;
                    out.push_str(&format!(
                        "comuniza_http_requests_total{{route=\"{route}\",status=\"{status}\"}} {n}\n"
                    ));
                }
            }
        }
        header(
            out,
            "comuniza_http_request_duration_seconds",
            "histogram",
            "Time to answer a request (until its response starts), by route template.",
        );
        for name in &names {
            let labels = format!("route=\"{}\"", label_value(name));
            routes[*name]
                .latency
                .render(out, "comuniza_http_request_duration_seconds", &labels);
        }
    }
}

/// Where [`mark_route`] leaves the matched route for [`observe`].
#[derive(Clone)]
struct RouteSlot(Arc<OnceLock<MatchedPath>>);

/// The route layer: tells [`observe`] which route answered.
pub async fn mark_route(req: Request, next: Next) -> Response {
    if let (Some(slot), Some(path)) = (
        req.extensions().get::<RouteSlot>(),
        req.extensions().get::<MatchedPath>(),
    ) {
        let _ = slot.0.set(path.clone());
    }
    next.run(req).await
}

/// The outermost layer: counts and times every request, and writes its access-log line.
pub async fn observe(State(app): State<App>, mut req: Request, next: Next) -> Response {
    let started = Instant::now();
    let slot = RouteSlot(Arc::default());
    req.extensions_mut().insert(slot.clone());
    let peer = req
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|c| c.0.ip());
    let client = peer.map(|p| client_ip(p, req.headers(), &app.config.trusted_proxies));
    if let Some(ip) = client {
        req.extensions_mut().insert(ClientAddr(ip));
    }
    let log = app.config.access_log
        && tracing::enabled!(target: "comuniza::access", tracing::Level::INFO);
    let asked = log.then(|| {
        let client = client.map(|c| c.to_string()).unwrap_or_default();
        (req.method().clone(), req.uri().clone(), client)
    });
    let res = next.run(req).await;
    let micros = started.elapsed().as_micros().min(u128::from(u64::MAX)) as u64;
    let route = slot.0.get().map_or("unmatched", |p| p.as_str());
    let status = res.status().as_u16();
    app.requests.record(route, status, micros);
    if let Some((method, uri, client)) = asked {
        tracing::info!(
            target: "comuniza::access",
            method = %method,
            route,
            path = uri.path(),
            status,
            micros,
            bytes = res.body().size_hint().exact(),
            client = %client,
        );
    }
    res
}
