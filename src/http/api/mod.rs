//! The JSON API. `read`: the read endpoints of DOMAIN.md through L1, with the viewer's personal
//! fields composed per request. `loans`: a loan and the viewer's loans, for their parties. `write`: the same commands as the forms, for programs signed in
//! with a personal access token (`Authorization: Bearer`).

mod loans;
pub(crate) use loans::loan_json;
mod read;
mod write;

use axum::extract::rejection::JsonRejection;
use axum::extract::{FromRequest, Request};
use axum::Router;
use serde::de::DeserializeOwned;

use super::error::AppError;
use super::state::App;

pub fn router() -> Router<App> {
    Router::new()
        .merge(read::router())
        .merge(loans::router())
        .merge(write::router())
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
                message: e.body_text(),
            }),
        }
    }
}
