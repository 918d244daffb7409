//! The JSON API. `read`: the read endpoints of DOMAIN.md through L1, with the viewer's personal
//! fields composed per request. `write`: the same commands as the forms, for programs signed in
//! with a personal access token (`Authorization: Bearer`).

mod read;
mod write;

use axum::Router;

use super::state::App;

pub fn router() -> Router<App> {
    Router::new().merge(read::router()).merge(write::router())
}
