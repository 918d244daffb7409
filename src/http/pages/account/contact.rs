//! How the two people of a loan reach each other: a member may show their email to the other
//! person of each of their loans (lender or borrower), and to nobody else. Off unless they
//! choose it here; the loan page and `GET /api/loans/{id}` show it to that other person only.

use axum::extract::State;
use axum::response::Response;
use maud::{html, Markup};

use crate::http::error::AppError;
use crate::http::form::Posted;
use crate::http::pages::layout::{csrf_field, saved};
use crate::http::session::{Member, Viewer};
use crate::http::state::App;
use crate::store::commands::ShowEmailOnLoans;

/// The account page's part about it.
pub(super) fn section(v: &Viewer, shows: bool) -> Markup {
    html! {
        section.card aria-labelledby="contact-h" {
            h2 #contact-h { (v.t("contact-title")) }
            p { (v.t("contact-help")) }
            form.stack method="post" action="/account/contact" {
                (csrf_field(v))
                label.check {
                    input type="checkbox" name="show" checked[shows];
                    (v.t("contact-show"))
                }
                button type="submit" { (v.t("save")) }
            }
        }
    }
}

/// `POST /account/contact`.
pub(super) async fn save(
    State(app): State<App>,
    Posted(Member { me, .. }, form): Posted<Member>,
) -> Result<Response, AppError> {
    let show = form.flag("show");
    app.engine
        .writer
        .run(me.actor(), ShowEmailOnLoans { show })
        .await?;
    Ok(saved(&app, "/account#contact-h"))
}
