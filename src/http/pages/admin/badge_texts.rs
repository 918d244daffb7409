//! A badge's name and description in each language the site offers (issue 19): a part of
//! the badge's edit page for staff, every language of the form saved by one `SetBadgeTexts`.
//! Members reading a language see its words; an empty field leaves the badge's own.

use axum::extract::{Path, State};
use axum::response::Response;
use maud::{html, Markup};

use super::badges::{after_edit, Slot};
use crate::domain::records::BadgeId;
use crate::domain::validate::check_text;
use crate::http::error::AppError;
use crate::http::form::{Form, Posted};
use crate::http::pages::layout::{alert, csrf_field};
use crate::http::session::{Staff, Viewer};
use crate::http::state::App;
use crate::i18n::Lang;
use crate::store::commands::{BadgeTextIn, SetBadgeTexts};
use crate::store::read::Snapshot;
use crate::store::StoreError;

/// The longest name and description, as the badge's own.
const NAME_CHARS: usize = 100;
const DESCRIPTION_CHARS: usize = 1000;

fn name_field(lang: Lang) -> String {
    format!("name_{}", lang.tag())
}

fn description_field(lang: Lang) -> String {
    format!("description_{}", lang.tag())
}

/// The languages a badge's words may be written in: those offered, when there is a choice.
fn languages(v: &Viewer) -> impl Iterator<Item = Lang> + '_ {
    v.offered.iter().filter(|_| v.offered.len() > 1)
}

/// The edit page's part: one name and description per language, as stored or as posted
/// (`draft`, with why it was refused). Nothing when the site speaks one language.
pub(super) fn section(
    v: &Viewer,
    snap: &Snapshot,
    id: BadgeId,
    draft: Option<(&Form, &str)>,
) -> Result<Markup, StoreError> {
    let mut rows = Vec::new();
    for lang in languages(v) {
        let (name, description) = match draft {
            Some((f, _)) => (
                f.text(&name_field(lang)).to_string(),
                f.text(&description_field(lang)).to_string(),
            ),
            None => snap
                .badge_text(id, lang)?
                .map(|t| (t.name, t.description))
                .unwrap_or_default(),
        };
        rows.push((lang, name, description));
    }
    if rows.is_empty() {
        return Ok(html! {});
    }
    Ok(html! {
        section.card aria-labelledby="texts-h" {
            h2 #texts-h { (v.t("settings-texts-in")) }
            p.muted { (v.t("badge-texts-help")) }
            (alert(draft.map(|(_, m)| m)))
            form.stack method="post" action={ "/admin/badges/" (id) "/texts" } {
                (csrf_field(v))
                @for (lang, name, description) in &rows {
                    fieldset lang=(lang.tag()) {
                        legend { (lang.own_name()) }
                        label { (v.t("field-name"))
                            input type="text" name=(name_field(*lang)) value=(name) maxlength=(NAME_CHARS);
                        }
                        label { (v.t("badge-description"))
                            textarea name=(description_field(*lang)) maxlength=(DESCRIPTION_CHARS) rows="2" { (description) }
                        }
                    }
                }
                button type="submit" { (v.t("save")) }
            }
        }
    })
}

/// `POST /admin/badges/{id}/texts`: every language's words checked, then saved.
pub(super) async fn save(
    State(app): State<App>,
    Path(id): Path<BadgeId>,
    Posted(Staff { viewer: v, me }, form): Posted<Staff>,
) -> Result<Response, AppError> {
    let mut texts = Vec::new();
    for lang in languages(&v) {
        let (name, description) = (name_field(lang), description_field(lang));
        // A field the form does not carry leaves that language as it is.
        if form.get(&name).is_none() && form.get(&description).is_none() {
            continue;
        }
        let name = check_text("name", form.text(&name), NAME_CHARS, false);
        let description = check_text(
            "description",
            form.text(&description),
            DESCRIPTION_CHARS,
            false,
        );
        let checked = name.and_then(|n| description.map(|d| (n, d)));
        match checked {
            Ok((name, description)) => texts.push(BadgeTextIn {
                lang: lang.tag().to_string(),
                name,
                description,
            }),
            Err(e) => return after_edit(&app, &v, id, Err(e.into()), &form, Slot::Texts),
        }
    }
    // Every language of the form in one transaction: a crash keeps all of them or none.
    let cmd = SetBadgeTexts { badge: id, texts };
    let result = app.engine.writer.run(me.actor(), cmd).await;
    after_edit(&app, &v, id, result, &form, Slot::Texts)
}
