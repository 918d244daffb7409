//! What every handler can reach: the engine, the sign-in limiter and the web settings.
//! Handlers that need only the engine take `State<Engine>` (through `FromRef`).

use std::sync::Arc;

use axum::extract::FromRef;

use crate::auth::limiter::SignInLimiter;
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
}

impl Default for WebConfig {
    fn default() -> Self {
        Self {
            secure_cookies: false,
            session_days: 30,
            data_path: None,
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
    pub config: WebConfig,
}

impl App {
    pub fn new(engine: Engine, config: WebConfig) -> App {
        App(Arc::new(AppParts {
            engine,
            limiter: SignInLimiter::default(),
            config,
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
