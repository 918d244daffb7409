//! The JSON API. `read`: the read endpoints of DOMAIN.md through L1, with the viewer's personal
//! fields composed per request. `loans`: a loan and the viewer's loans, for their parties. `write`: the same commands as the forms, for programs signed in
//! with a personal access token (`Authorization: Bearer`).

mod loans;
pub(crate) use loans::loan_json;
mod boards;
mod messages;
mod notices;
mod photos;
mod read;
mod search;
mod write;

use crate::i18n::phrase::Phrase;
use axum::extract::rejection::JsonRejection;
use axum::extract::{FromRequest, Request};
use axum::Router;
use serde::de::DeserializeOwned;

use super::error::AppError;
use super::state::App;

pub fn router() -> Router<App> {
    Router::new()
        .merge(read::router())
        .merge(boards::router())
        .merge(loans::router())
        .merge(notices::router())
        .merge(messages::router())
        .merge(photos::router())
        .merge(search::router())
        .merge(write::router())
}

/// The `page` of a paged answer: 1 when not given; a whole number from 1 (to a million) else
/// 400.
/// The `?page=` of a paged API list (checked by [`page_number`]).
#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub(crate) struct PageQuery {
    pub page: Option<String>,
}

pub(crate) fn page_number(raw: Option<&str>) -> Result<usize, AppError> {
    match raw {
        None | Some("") => Ok(1),
        Some(p) => p
            .parse::<usize>()
            .ok()
            .filter(|p| (1..=1_000_000).contains(p))
            .ok_or_else(|| AppError::bad_request(Phrase::id("bad-page"))),
    }
}

/// A JSON body, refused in the API's own shape: too slow to arrive is 408, too large 413,
/// not JSON or not the expected fields 400 or 422 with the parser's reason.
pub(crate) struct JsonBody<T>(pub T);

impl<S, T> FromRequest<S> for JsonBody<T>
where
    T: DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = AppError;

    async fn from_request(req: Request, state: &S) -> Result<Self, AppError> {
        match axum::Json::<T>::from_request(req, state).await {
            Ok(axum::Json(value)) => Ok(JsonBody(value)),
            Err(JsonRejection::BytesRejection(e)) => Err(AppError::body_unreadable(&e, e.status())),
            Err(e) => Err(AppError::Rejected {
                status: e.status(),
                message: Phrase::id("bad-json").text("why", e.body_text()),
            }),
        }
    }
}
