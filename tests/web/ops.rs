//! `/healthz`, `/readyz` and `/metrics`: what they answer, what the metrics count, and who
//! may read them.

use comuniza::cache::Capacities;
use comuniza::engine::Engine;
use comuniza::http::{App, WebConfig};

use crate::helpers::spawn_app;

/// Serves a fresh data file with `config` (its data path set); answers the base URL.
async fn serve_with(dir: &std::path::Path, config: WebConfig) -> String {
    serve_on(dir, config, false).await
}

/// `serve_with`, on a site that has its first member when `member` (an empty site sends
/// every page to /setup).
async fn serve_on(dir: &std::path::Path, config: WebConfig, member: bool) -> String {
    let path = dir.join("ops.redb");
    let engine = Engine::open(&path, Capacities::default()).unwrap();
    if member {
        engine
            .writer
            .run(
                comuniza::store::commands::Actor::System,
                comuniza::store::commands::CreateUser {
                    username: "host".into(),
                    email: "host@example.org".into(),
                    first_name: String::new(),
                    last_name: String::new(),
                    password: "!".into(),
                    is_staff: true,
                },
            )
            .await
            .unwrap();
    }
    let config = WebConfig {
        data_path: Some(path),
        setup_token: Some(crate::helpers::SETUP_TOKEN.into()),
        ..config
    };
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(comuniza::http::serve_app(
        listener,
        App::new(engine, config),
        std::future::pending(),
    ));
    base
}

/// The value of the series `name` (with its labels exactly as written) in a metrics text.
fn value(text: &str, series: &str) -> Option<f64> {
    text.lines()
        .find_map(|l| l.strip_prefix(series)?.strip_prefix(' ')?.parse().ok())
}

#[tokio::test]
async fn health_and_readiness_answer_plain_text() {
    let app = spawn_app().await;
    let health = app
        .client
        .get(format!("{}/healthz", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(health.status(), 200);
    assert_eq!(health.headers()["cache-control"], "no-store");
    assert_eq!(health.text().await.unwrap(), "ok\n");
    let ready = app
        .client
        .get(format!("{}/readyz", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(ready.status(), 200);
    assert_eq!(ready.text().await.unwrap(), "ready\n");
}

#[tokio::test]
async fn metrics_count_requests_by_route_and_describe_the_engine() {
    let dir = tempfile::tempdir().unwrap();
    let base = serve_on(dir.path(), WebConfig::default(), true).await;
    let client = reqwest::Client::new();
    for path in [
        "/badges",
        "/badges/no-such-badge",
        "/badges/another",
        "/no/such/page",
    ] {
        client.get(format!("{base}{path}")).send().await.unwrap();
    }
    let res = client.get(format!("{base}/metrics")).send().await.unwrap();
    assert_eq!(res.status(), 200);
    assert!(res.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/plain; version=0.0.4"));
    let text = res.text().await.unwrap();
    // By route template, not by raw path; the fallback counts as `unmatched`.
    let requests =
        |labels: &str| value(&text, &format!("comuniza_http_requests_total{{{labels}}}"));
    assert_eq!(requests("route=\"/badges\",status=\"200\""), Some(1.0));
    assert_eq!(
        requests("route=\"/badges/{slug}\",status=\"404\""),
        Some(2.0)
    );
    assert_eq!(requests("route=\"unmatched\",status=\"404\""), Some(1.0));
    assert!(!text.contains("no-such-badge"), "raw paths are not labels");
    // The histogram of a route: cumulative buckets ending in +Inf = count.
    let h = "comuniza_http_request_duration_seconds";
    let inf = value(
        &text,
        &format!("{h}_bucket{{route=\"/badges/{{slug}}\",le=\"+Inf\"}}"),
    );
    assert_eq!(inf, Some(2.0));
    assert_eq!(
        value(&text, &format!("{h}_count{{route=\"/badges/{{slug}}\"}}")),
        Some(2.0)
    );
    for series in [
        "comuniza_l1_hits_total{segment=\"hot\"}",
        "comuniza_l1_misses_total{segment=\"warm\"}",
        "comuniza_commits_total",
        "comuniza_commit_duration_seconds_count",
        "comuniza_commit_batch_size_count",
        "comuniza_loans_open",
        "comuniza_loans_overdue",
    ] {
        assert!(value(&text, series).is_some(), "{series} in\n{text}");
    }
    assert_eq!(value(&text, "comuniza_writer_up"), Some(1.0));
    assert_eq!(value(&text, "comuniza_users"), Some(1.0), "the host");
    let size = std::fs::metadata(dir.path().join("ops.redb"))
        .unwrap()
        .len();
    assert_eq!(value(&text, "comuniza_data_file_bytes"), Some(size as f64));
}

#[tokio::test]
async fn metrics_count_users_and_commits() {
    let app = spawn_app().await;
    app.user("ana").await;
    app.user("bob").await;
    let text = app
        .client
        .get(format!("{}/metrics", app.base))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert_eq!(value(&text, "comuniza_users"), Some(2.0));
    let commits = value(&text, "comuniza_commits_total").unwrap();
    assert!(commits >= 2.0, "{commits} commits");
    assert_eq!(
        value(&text, "comuniza_commit_batch_size_count"),
        Some(commits),
        "one batch size per commit"
    );
}

#[tokio::test]
async fn metrics_are_refused_outside_the_allowed_networks_without_the_token() {
    let dir = tempfile::tempdir().unwrap();
    let config = WebConfig {
        metrics_allow: vec!["10.0.0.0/8".parse().unwrap()],
        metrics_token: Some("scrape-secret".into()),
        ..Default::default()
    };
    let base = serve_with(dir.path(), config).await;
    let client = reqwest::Client::new();
    let url = format!("{base}/metrics");
    let refused = client.get(&url).send().await.unwrap();
    assert_eq!(refused.status(), 403);
    assert!(!refused.text().await.unwrap().contains("comuniza_users"));
    let wrong = client
        .get(&url)
        .bearer_auth("scrape-secrex")
        .send()
        .await
        .unwrap();
    assert_eq!(wrong.status(), 403);
    let allowed = client
        .get(&url)
        .bearer_auth("scrape-secret")
        .send()
        .await
        .unwrap();
    assert_eq!(allowed.status(), 200);
    assert!(allowed.text().await.unwrap().contains("comuniza_users 0"));
}

/// Wrong sign-ins for unknown accounts (so only the per-address limit can stop them), each
/// claiming to come from `forwarded`; answers the last status.
async fn wrong_sign_ins(base: &str, forwarded: &str, n: usize) -> reqwest::StatusCode {
    let client = reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    // An empty site shows its first-run form instead of the sign-in form; the token is the same.
    let setup = format!("{base}/setup?token={}", crate::helpers::SETUP_TOKEN);
    let page = client.get(setup).send().await.unwrap();
    let csrf = crate::browser::csrf_of(&page.text().await.unwrap()).expect("a form");
    let mut status = reqwest::StatusCode::OK;
    for i in 0..n {
        let user = format!("nobody{i}");
        status = client
            .post(format!("{base}/signin"))
            .header("x-forwarded-for", forwarded)
            .form(&[
                ("csrf", csrf.as_str()),
                ("username", &user),
                ("password", "wrong"),
            ])
            .send()
            .await
            .unwrap()
            .status();
    }
    status
}

#[tokio::test]
async fn the_sign_in_limit_counts_forwarded_clients_only_behind_trusted_proxies() {
    let limit = comuniza::auth::limiter::PER_ADDRESS;
    // Behind a trusted proxy (this test's loopback), each forwarded client has its own count.
    let dir = tempfile::tempdir().unwrap();
    let config = WebConfig {
        trusted_proxies: vec!["127.0.0.0/8".parse().unwrap()],
        ..Default::default()
    };
    let base = serve_with(dir.path(), config).await;
    assert_eq!(wrong_sign_ins(&base, "198.51.100.7", limit).await, 401);
    assert_eq!(wrong_sign_ins(&base, "198.51.100.7", 1).await, 429);
    assert_eq!(wrong_sign_ins(&base, "198.51.100.8", 1).await, 401);

    // Without trusted proxies the header is the client's own claim: it changes nothing.
    let dir = tempfile::tempdir().unwrap();
    let base = serve_with(dir.path(), WebConfig::default()).await;
    assert_eq!(wrong_sign_ins(&base, "198.51.100.7", limit).await, 401);
    assert_eq!(wrong_sign_ins(&base, "198.51.100.9", 1).await, 429);
}
