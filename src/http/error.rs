//! The one HTTP error type: maps domain and storage failures to a status in one place, answers
//! JSON `{"error": "..."}` under `/api` and a small HTML page elsewhere, and logs the cause of
//! every 5xx while showing the user a plain message.

use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use axum::Json;

use crate::store::commands::CommandError;
use crate::store::StoreError;

#[derive(Debug)]
pub struct AppError {
    pub status: StatusCode,
    pub message: String,
    /// Answer as JSON (the API) rather than HTML.
    pub json: bool,
}

impl AppError {
    pub fn not_found(what: &str) -> AppError {
        AppError {
            status: StatusCode::NOT_FOUND,
            message: format!("{what} not found"),
            json: true,
        }
    }

    pub fn html(mut self) -> AppError {
        self.json = false;
        self
    }
}

impl From<StoreError> for AppError {
    fn from(e: StoreError) -> Self {
        tracing::error!("storage error: {e}");
        AppError {
            status: StatusCode::INTERNAL_SERVER_ERROR,
            message: "something went wrong on the server; please try again".into(),
            json: true,
        }
    }
}

impl From<redb::TransactionError> for AppError {
    fn from(e: redb::TransactionError) -> Self {
        StoreError::from(e).into()
    }
}

impl From<CommandError> for AppError {
    fn from(e: CommandError) -> Self {
        let status = match &e {
            CommandError::Invalid(_) => StatusCode::UNPROCESSABLE_ENTITY,
            CommandError::NotFound(_) => StatusCode::NOT_FOUND,
            CommandError::Forbidden(_) => StatusCode::FORBIDDEN,
            CommandError::Conflict(_) => StatusCode::CONFLICT,
            CommandError::Internal(inner) => {
                tracing::error!("command failed: {inner}");
                return AppError {
                    status: StatusCode::INTERNAL_SERVER_ERROR,
                    message: "something went wrong on the server; please try again".into(),
                    json: true,
                };
            }
        };
        AppError {
            status,
            message: e.to_string(),
            json: true,
        }
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        if self.json {
            let body = serde_json::json!({ "error": self.message });
            (self.status, Json(body)).into_response()
        } else {
            let page = maud::html! {
                (maud::DOCTYPE)
                html lang="en" {
                    head {
                        meta charset="utf-8";
                        meta name="viewport" content="width=device-width, initial-scale=1";
                        title { (self.status.as_u16()) " · Comuniza" }
                        link rel="stylesheet" href=(super::assets::url("style.css"));
                    }
                    body {
                        main {
                            h1 { (self.status.canonical_reason().unwrap_or("Error")) }
                            p { (self.message) }
                            p { a href="/" { "Back to the start" } }
                        }
                    }
                }
            };
            (self.status, Html(page.into_string())).into_response()
        }
    }
}
