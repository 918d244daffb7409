//! What every handler can reach: the engine, the sign-in limiter, the creation quotas, the
//! bounded password work, the first-run setup token and the web settings.
//! Handlers that need only the engine take `State<Engine>` (through `FromRef`).

use std::sync::Arc;

use axum::extract::FromRef;

use crate::auth::limiter::{Quota, SignInLimiter};
use crate::auth::work::PasswordWork;
use crate::engine::Engine;

/// Web settings given at start-up.
#[derive(Debug, Clone)]
pub struct WebConfig {
    /// Mark cookies `Secure` (the site is served over HTTPS, usually behind a proxy).
    pub secure_cookies: bool,
    /// How long a session lasts, in days.
    pub session_days: u32,
    /// The data file, for its size on the admin panel (`None`: shown as unknown).
    pub data_path: Option<std::path::PathBuf>,
    /// Write one access-log line per request (target `comuniza::access`, level INFO).
    pub access_log: bool,
    /// Reverse proxies whose `X-Forwarded-For` names the client.
    pub trusted_proxies: Vec<ipnet::IpNet>,
    /// Networks whose clients may read `/metrics` without the token.
    pub metrics_allow: Vec<ipnet::IpNet>,
    /// The token that opens `/metrics` from anywhere (`Authorization: Bearer`).
    pub metrics_token: Option<String>,
    /// Scheduled backups, if any, and the outcome of the last one (for the admin panel).
    pub backup_schedule: Option<crate::store::backup::Schedule>,
    pub last_backup: crate::store::backup::LastBackupCell,
    /// The secret of the first-run link (`/setup?token=`); `None`: a random one (tests set
    /// their own).
    pub setup_token: Option<String>,
    /// The connection cap and the header, idle and body timeouts.
    pub conn: super::conn::ConnLimits,
    /// The mail server notifications go through, as the staff page names it (no password);
    /// `None`: e-mail is off.
    pub mail_server: Option<String>,
    /// The languages visitors may choose, the first being the one when nothing else says
    /// (`--languages`; by default those every page speaks, `i18n::FINISHED`).
    pub languages: Vec<crate::i18n::Lang>,
}

/// Loopback: `/metrics` for the host itself by default.
pub fn loopback() -> Vec<ipnet::IpNet> {
    ["127.0.0.0/8", "::1/128"]
        .iter()
        .filter_map(|n| n.parse().ok())
        .collect()
}

impl Default for WebConfig {
    fn default() -> Self {
        Self {
            secure_cookies: false,
            session_days: 30,
            data_path: None,
            access_log: true,
            trusted_proxies: Vec::new(),
            metrics_allow: loopback(),
            metrics_token: None,
            backup_schedule: None,
            last_backup: Default::default(),
            setup_token: None,
            conn: Default::default(),
            mail_server: None,
            languages: crate::i18n::FINISHED.to_vec(),
        }
    }
}

/// The handlers' state: one reference count to clone (axum clones it several times per
/// request), its parts reached through `Deref`.
#[derive(Clone, Debug)]
pub struct App(Arc<AppParts>);

#[derive(Debug)]
pub struct AppParts {
    pub engine: Engine,
    pub limiter: SignInLimiter,
    pub quota: Quota,
    pub passwords: PasswordWork,
    /// Photo processing, bounded to the cores (`photos::PhotoWork`).
    pub photos: crate::photos::PhotoWork,
    /// Turns of the forms with files being received (`upload::read`): their bodies are held in
    /// memory, so only so many at once.
    pub uploads: std::sync::Arc<tokio::sync::Semaphore>,
    /// How many forms with files each member is sending now (`upload::MemberTurn`).
    pub uploads_by_member:
        parking_lot::Mutex<std::collections::HashMap<crate::domain::records::UserId, usize>>,
    /// Opens the first-run page while the site has no member; printed in the log at start.
    pub setup_token: String,
    pub config: WebConfig,
    /// Requests by route and status, for `/metrics`.
    pub requests: super::metrics::RequestMetrics,
    /// Set once the site has a member: from then on no page is sent to `/setup` (a site
    /// never goes back to having none: deleted accounts stay as former members).
    pub set_up: std::sync::atomic::AtomicBool,
    /// Live pages open, per member (`live`).
    pub streams: super::live::Streams,
    /// Set when the server stops: live streams end, so stopping does not wait for them.
    pub stopping: tokio::sync::watch::Sender<bool>,
}

impl App {
    pub fn new(engine: Engine, config: WebConfig) -> App {
        let setup_token = config
            .setup_token
            .clone()
            .unwrap_or_else(crate::auth::secret::new_secret);
        App(Arc::new(AppParts {
            engine,
            limiter: SignInLimiter::default(),
            quota: Quota::default(),
            passwords: PasswordWork::default(),
            photos: Default::default(),
            uploads: std::sync::Arc::new(
                tokio::sync::Semaphore::new(super::upload::upload_turns()),
            ),
            uploads_by_member: Default::default(),
            setup_token,
            config,
            requests: Default::default(),
            set_up: Default::default(),
            streams: Default::default(),
            stopping: tokio::sync::watch::channel(false).0,
        }))
    }
}

impl std::ops::Deref for App {
    type Target = AppParts;

    fn deref(&self) -> &AppParts {
        &self.0
    }
}

impl FromRef<App> for Engine {
    fn from_ref(app: &App) -> Engine {
        app.engine.clone()
    }
}
