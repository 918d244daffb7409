//! (being written)

use axum::Router;

use crate::http::state::App;

pub fn router() -> Router<App> {
    Router::new()
}
