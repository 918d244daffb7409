//! A new site's first steps, for its administrator: a checklist on the panel's overview (name
//! the site, categories, badges, a first group, members) and the standard badge set in one
//! click (Comuniza's seed badges and this site's own, with the rules that award them).

use crate::http::pages::sentence::Part;
use crate::i18n::Arg;
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
    let link = |href: &str, id: &str| Part::Markup(html! { a href=(href) { (v.t(id)) } });
    let steps: [(bool, Markup); 5] = [
        (
            named,
            v.say(
                "start-name",
                &[("link", link("/admin/settings", "start-name-link"))],
            ),
        ),
        (
            categories,
            v.say(
                "start-categories",
                &[("link", link("/admin/categories", "start-categories-link"))],
            ),
        ),
        (
            c.badges > 0,
            html! {
                (v.say("start-badges", &[("link", link("/admin/badges", "nav-badges"))])) " "
                form.inline method="post" action="/admin/badges/standard" {
                    (csrf_field(v))
                    button type="submit" { (v.t("start-badges-standard")) }
                }
            },
        ),
        (
            c.groups > 0,
            v.say(
                "start-group",
                &[("link", link("/groups/new", "start-group-link"))],
            ),
        ),
        (c.users > 1, html! { (v.t("start-invite")) }),
    ];
    let left = steps.iter().filter(|(done, _)| !done).count();
    Ok(html! {
        @if left > 0 {
            section.card.checklist aria-labelledby="start-h" {
                h2 #start-h { (v.t("start-title")) }
                p.muted { (v.tr("start-left", &[("count", Arg::count(left)), ("total", Arg::count(steps.len()))])) }
                ol {
                    @for (done, what) in &steps {
                        li.done[*done] {
                            @if *done { span.visually-hidden { (v.t("start-done")) " " } "✓ " }
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
