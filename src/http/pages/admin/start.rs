//! A new site's first steps, for its administrator: a checklist on the panel's overview (name
//! the site, categories, badges, a first group, members) and the standard badge set in one
//! click (Comuniza's seed badges and this site's own, with the rules that award them).

use axum::extract::State;
use axum::response::Response;
use maud::{html, Markup};

use crate::cli::demo::data::{badge_fields, badge_rule, BADGES};
use crate::domain::records::BadgeId;
use crate::domain::settings::Text;
use crate::http::error::AppError;
use crate::http::flash::{self, Flash, Said};
use crate::http::form::Posted;
use crate::http::pages::layout::{csrf_field, redirect};
use crate::http::session::{Staff, Viewer};
use crate::http::state::App;
use crate::store::commands::{CreateAchievement, CreateBadge};
use crate::store::read::Snapshot;
use crate::store::StoreError;

/// The checklist, while anything on it is left to do (nothing once the site is running).
pub(super) fn checklist(v: &Viewer, snap: &Snapshot) -> Result<Markup, StoreError> {
    let c = snap.counts()?;
    let named = snap
        .setting(Text::SiteName.key())?
        .is_some_and(|n| !n.trim().is_empty());
    let categories = !snap.categories()?.is_empty();
    let steps: [(bool, Markup); 5] = [
        (
            named,
            html! { a href="/admin/settings" { "Name the site" } ", and write its welcome message." },
        ),
        (
            categories,
            html! { a href="/admin/categories" { "Add categories" } " for the things members share (tools, books, games ...)." },
        ),
        (
            c.badges > 0,
            html! {
                "Add badges: make your own on " a href="/admin/badges" { "Badges" } ", or start with the standard set: "
                form.inline method="post" action="/admin/badges/standard" {
                    (csrf_field(v))
                    button type="submit" { "Add the standard badges" }
                }
            },
        ),
        (
            c.groups > 0,
            html! { a href="/groups/new" { "Start a first group" } " for your neighbourhood." },
        ),
        (
            c.users > 1,
            html! { "Invite members: share the site's address, or a group's invitation link from its page." },
        ),
    ];
    let left = steps.iter().filter(|(done, _)| !done).count();
    Ok(html! {
        @if left > 0 {
            section.card.checklist aria-labelledby="start-h" {
                h2 #start-h { "Getting started" }
                p.muted { (left) " of " (steps.len()) " steps left." }
                ol {
                    @for (done, what) in &steps {
                        li.done[*done] {
                            @if *done { span.visually-hidden { "Done: " } "✓ " }
                            (what)
                        }
                    }
                }
            }
        }
    })
}

/// `POST /admin/badges/standard`: each standard badge not on the site yet (by its address),
/// with its rule.
pub(super) async fn add_standard(
    State(app): State<App>,
    Posted(Staff { me, .. }, _): Posted<Staff>,
) -> Result<Response, AppError> {
    let actor = me.actor();
    let mut added = 0;
    for b in BADGES {
        let existing = {
            let snap = app.engine.snapshot()?;
            match snap.badge_id_by_slug(b.1)? {
                Some(id) => Some((id, snap.achievements_of(id)?.is_empty())),
                None => None,
            }
        };
        if let Some((id, without_rule)) = existing {
            // There already (a second click, or an earlier run cut short): its rule is added
            // if it has none.
            if let Some(rule) = badge_rule(&b, id).filter(|_| without_rule) {
                app.engine
                    .writer
                    .run(actor, CreateAchievement(rule))
                    .await?;
            }
            continue;
        }
        let created = app
            .engine
            .writer
            .run(actor, CreateBadge(badge_fields(&b)))
            .await?;
        if let Some(rule) = badge_rule(&b, BadgeId(created)) {
            app.engine
                .writer
                .run(actor, CreateAchievement(rule))
                .await?;
        }
        added += 1;
    }
    let mut res = redirect("/admin/badges");
    if added > 0 {
        flash::set(
            &mut res,
            Flash::Said(Said::Saved),
            app.config.secure_cookies,
        );
    }
    Ok(res)
}
