//! Creating and editing a group: one form for both (name, description, privacy explained,
//! place, coordinates typed or picked on the map), shown again with the posted values and the
//! reason when the command refuses it. Archiving and reopening are the owner's (and staff's).

use crate::domain::records::GroupId;
use crate::i18n::phrase::Phrase;
use axum::extract::{Path, State};
use axum::response::Response;
use maud::{html, Markup};

use super::{load, Loaded};
use crate::domain::choice::Privacy;
use crate::domain::limits;
use crate::domain::records::{Group, UNKNOWN_CITY};
use crate::domain::validate::format_coordinate;
use crate::http::error::AppError;
use crate::http::form::{Form, Posted};
use crate::http::limits::run_limited;
use crate::http::pages::layout::refused;
use crate::http::pages::layout::{alert, csrf_field, redirect, render, render_status, Nav};
use crate::http::pages::map::picker;
use crate::http::session::{Member, Viewer};
use crate::http::state::App;
use crate::i18n::Arg;
use crate::store::commands::GroupFields;
use crate::store::commands::{CreateGroup, SetGroupActive, UpdateGroup};

/// What each privacy means, shown beside its choice: its label and its help.
fn privacy_words(p: Privacy) -> (&'static str, &'static str) {
    match p {
        Privacy::Public => ("privacy-public", "privacy-public-help"),
        Privacy::Request => ("privacy-request", "privacy-request-help"),
        Privacy::Private => ("privacy-private", "privacy-private-help"),
    }
}

/// The form's values: from a posted form, or from the group being edited.
struct Values {
    name: String,
    description: String,
    privacy: String,
    city: String,
    state: String,
    country: String,
    latitude: String,
    longitude: String,
}

impl Values {
    fn posted(f: &Form) -> Values {
        let t = |n: &str| f.text(n).to_string();
        Values {
            name: t("name"),
            description: t("description"),
            privacy: t("privacy"),
            city: t("city"),
            state: t("state"),
            country: t("country"),
            latitude: t("latitude"),
            longitude: t("longitude"),
        }
    }

    fn of(g: &Group) -> Values {
        Values {
            name: g.name.clone(),
            description: g.description.clone(),
            privacy: g.privacy.as_str().into(),
            // "Unknown" is how a group without a place is stored, not something to edit.
            city: if g.city == UNKNOWN_CITY {
                String::new()
            } else {
                g.city.clone()
            },
            state: g.state.clone(),
            country: g.country.clone(),
            latitude: g.latitude.map(format_coordinate).unwrap_or_default(),
            longitude: g.longitude.map(format_coordinate).unwrap_or_default(),
        }
    }

    fn empty() -> Values {
        Values::posted(&Form::default())
    }
}

fn fields(f: &Form) -> Result<GroupFields, AppError> {
    let privacy = f
        .choice("privacy", Privacy::parse)
        .map_err(|e| AppError::from(crate::store::commands::CommandError::from(e)))?;
    Ok(GroupFields {
        name: f.text("name").into(),
        description: f.text("description").into(),
        privacy,
        city: f.text("city").into(),
        state: f.text("state").into(),
        country: f.text("country").into(),
        latitude: f.text("latitude").into(),
        longitude: f.text("longitude").into(),
    })
}

fn text_input(label: &str, name: &str, value: &str, max: u32, required: bool) -> Markup {
    html! {
        label { (label)
            input type="text" name=(name) value=(value) maxlength=(max) required[required];
        }
    }
}

fn group_form(v: &Viewer, action: &str, submit: &str, f: &Values, problem: Option<&str>) -> Markup {
    html! {
        (alert(problem))
        form.stack.group-form method="post" action=(action) {
            (csrf_field(v))
            (text_input(v.t("field-name"), "name", &f.name, 100, true))
            label { (v.t("field-description-optional"))
                textarea name="description" maxlength="5000" { (f.description) }
            }
            fieldset {
                legend { (v.t("group-who-sees")) }
                @for p in Privacy::ALL {
                    @let (label, help) = privacy_words(*p);
                    @let id = format!("privacy-{}", p.as_str());
                    div.choice {
                        label.check {
                            input type="radio" name="privacy" value=(p.as_str())
                                checked[f.privacy == p.as_str() || (f.privacy.is_empty() && *p == Privacy::Public)]
                                aria-describedby=(id);
                            (v.t(label))
                        }
                        small id=(id) { (v.t(help)) }
                    }
                }
            }
            fieldset {
                legend { (v.t("group-where")) }
                p.muted { (v.t("group-where-help")) }
                (text_input(v.t("field-city"), "city", &f.city, 100, false))
                (text_input(v.t("field-state-optional"), "state", &f.state, 100, false))
                (text_input(v.t("field-country"), "country", &f.country, 100, false))
                div.coordinates {
                    label { (v.t("field-latitude"))
                        input #latitude type="text" name="latitude" value=(f.latitude) inputmode="decimal" maxlength="12" placeholder="52.520008";
                    }
                    label { (v.t("field-longitude"))
                        input #longitude type="text" name="longitude" value=(f.longitude) inputmode="decimal" maxlength="12" placeholder="13.404954";
                    }
                }
                (picker(v, &f.latitude, &f.longitude))
            }
            button type="submit" { (submit) }
        }
    }
}

fn new_view(v: &Viewer, f: &Values, problem: Option<&str>) -> Markup {
    html! {
        section.group-edit {
            h1 { (v.t("group-create")) }
            p.lead { (v.t("group-create-lead")) }
            (group_form(v, "/groups/new", v.t("group-create-send"), f, problem))
        }
    }
}

pub(super) async fn new_page(Member { viewer: v, me: _ }: Member) -> Result<Response, AppError> {
    Ok(render(
        &v,
        v.t("group-create"),
        Nav::Groups,
        new_view(&v, &Values::empty(), None),
    ))
}

pub(super) async fn create(
    State(app): State<App>,
    Posted(Member { viewer: v, me }, form): Posted<Member>,
) -> Result<Response, AppError> {
    let actor = me.actor();
    let me = &me;
    let attempt = async {
        let cmd = CreateGroup(fields(&form)?);
        run_limited(&app, me.into(), limits::GROUPS, actor, cmd).await
    };
    match attempt.await {
        Ok(id) => {
            // The command chose the slug: read it from after the write.
            let g: Group = app
                .engine
                .snapshot()?
                .group(GroupId(id))?
                .ok_or_else(|| AppError::not_found("group"))?;
            Ok(redirect(&format!("/groups/{}", g.slug)))
        }
        Err(e) => Ok(refused(
            &e,
            &v,
            v.t("group-create"),
            Nav::Groups,
            new_view(&v, &Values::posted(&form), Some(&e.message_in(v.lang))),
        )),
    }
}

/// The group for its edit form: visible to the viewer, and managed by them (else 403).
fn managed(app: &App, v: &Viewer, slug: &str) -> Result<Loaded, AppError> {
    let snap = app.engine.snapshot()?;
    let g = load(&snap, v, slug)?;
    if !g.manages {
        return Err(AppError::forbidden(Phrase::id("refuse-admins-edit")));
    }
    Ok(g)
}

fn edit_view(v: &Viewer, g: &Loaded, f: &Values, problem: Option<&str>) -> Markup {
    let owner_or_staff = v.is_staff() || v.id() == Some(g.group.owner);
    html! {
        section.group-edit {
            p { a href=(g.path()) { "← " (g.group.name) } }
            h1 { (v.tr("group-edit-title", &[("group", Arg::Text(&g.group.name))])) }
            (group_form(v, &format!("{}/edit", g.path()), v.t("group-save"), f, problem))
            @if owner_or_staff {
                section.card aria-labelledby="archive-h" {
                    @if g.group.is_active {
                        h2 #archive-h { (v.t("group-archive-title")) }
                        p { (v.t("group-archive-what")) }
                        (archive_button(v, g, "archive", v.t("group-archive"), "danger"))
                    } @else {
                        h2 #archive-h { (v.t("group-reopen-title")) }
                        p { (v.t("group-reopen-what")) }
                        (archive_button(v, g, "reopen", v.t("group-reopen"), "secondary"))
                    }
                }
            }
        }
    }
}

fn archive_button(v: &Viewer, g: &Loaded, verb: &str, label: &str, class: &str) -> Markup {
    html! {
        form.inline method="post" action={ (g.path()) "/" (verb) } {
            (csrf_field(v))
            button class=(class) type="submit" data-confirm=[(verb == "archive").then_some(v.t("group-archive-confirm"))] { (label) }
        }
    }
}

pub(super) async fn edit_page(
    State(app): State<App>,
    Member { viewer: v, .. }: Member,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    let g = managed(&app, &v, &slug)?;
    let title = v.tr("group-edit-title", &[("group", Arg::Text(&g.group.name))]);
    let main = edit_view(&v, &g, &Values::of(&g.group), None);
    Ok(render(&v, &title, Nav::Groups, main))
}

pub(super) async fn update(
    State(app): State<App>,
    Path(slug): Path<String>,
    Posted(Member { viewer: v, me }, form): Posted<Member>,
) -> Result<Response, AppError> {
    let g = managed(&app, &v, &slug)?;
    let attempt = async {
        let cmd = UpdateGroup {
            group: g.id,
            fields: fields(&form)?,
        };
        Ok::<_, AppError>(app.engine.writer.run(me.actor(), cmd).await?)
    };
    match attempt.await {
        // The slug stays what it was when the name changes: links to the group keep working.
        Ok(_) => Ok(redirect(&g.path())),
        Err(e) => {
            let title = v.tr("group-edit-title", &[("group", Arg::Text(&g.group.name))]);
            let main = edit_view(&v, &g, &Values::posted(&form), Some(&e.message_in(v.lang)));
            Ok(render_status(e.status(), &v, &title, Nav::Groups, main))
        }
    }
}

async fn set_active(
    app: App,
    Member { viewer: v, me }: Member,
    slug: String,
    active: bool,
) -> Result<Response, AppError> {
    let g = managed(&app, &v, &slug)?;
    let cmd = SetGroupActive {
        group: g.id,
        active,
    };
    app.engine.writer.run(me.actor(), cmd).await?;
    Ok(redirect(&g.path()))
}

pub(super) async fn archive(
    State(app): State<App>,
    Path(slug): Path<String>,
    Posted(member, _): Posted<Member>,
) -> Result<Response, AppError> {
    set_active(app, member, slug, false).await
}

pub(super) async fn reopen(
    State(app): State<App>,
    Path(slug): Path<String>,
    Posted(member, _): Posted<Member>,
) -> Result<Response, AppError> {
    set_active(app, member, slug, true).await
}
