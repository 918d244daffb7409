//! The home page: the community at a glance. An empty data file sends visitors to the
//! first-run page.

use axum::extract::State;
use axum::response::Response;
use axum::routing::get;
use axum::Router;
use maud::html;

use super::account::site_is_empty;
use super::layout::{redirect, render, Nav};
use crate::http::error::AppError;
use crate::http::session::Viewer;
use crate::http::state::App;

pub fn router() -> Router<App> {
    Router::new().route("/", get(home))
}

async fn home(State(app): State<App>, v: Viewer) -> Result<Response, AppError> {
    if site_is_empty(&app.engine)? {
        return Ok(redirect("/setup"));
    }
    let main = html! {
        h1 { (v.site_name) }
        p.lead { "A community lending library." }
    };
    Ok(render(&v, "Home", Nav::Home, main))
}
