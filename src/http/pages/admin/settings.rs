//! Site settings: one form for every setting of `domain::settings` (the texts and the
//! creation limits), saved together by one `SetSettings` (one transaction). Every value is
//! checked before any is saved; a refusal shows the form again with the values as posted.

use axum::extract::State;
use axum::response::Response;
use axum::routing::get;
use axum::Router;
use maud::{html, Markup};

use super::{page, page_status};
use crate::domain::limits;
use crate::domain::photo::{self, Quota};
use crate::domain::settings::{check_language, Setting, Text};
use crate::domain::validate::{self, check_text};
use crate::domain::zone;
use crate::http::error::AppError;
use crate::http::form::{Form, Posted};
use crate::http::pages::layout::{alert, csrf_field, saved, zone_select};
use crate::http::session::{Staff, Viewer};
use crate::http::state::App;
use crate::i18n::{Arg, Lang};
use crate::store::commands::CommandError;
use crate::store::commands::{SetSetting, SetSettings};

pub(super) fn router() -> Router<App> {
    Router::new().route("/admin/settings", get(settings_page).post(save))
}

/// The message labelling a site text's field.
fn text_label(text: Text) -> &'static str {
    match text {
        Text::SiteName => "settings-site-name",
        Text::Tagline => "settings-tagline",
        Text::WelcomeMessage => "settings-welcome",
    }
}

/// The message labelling a limit's field, by its setting.
fn limit_label(setting: &str) -> &'static str {
    match setting {
        "limit_items_per_day" => "limit-items",
        "limit_groups_per_day" => "limit-groups",
        "limit_loan_requests_per_day" => "limit-loan-requests",
        "limit_signups_per_hour" => "limit-signups",
        "limit_data_downloads_per_day" => "limit-downloads",
        "limit_messages_per_hour" => "limit-messages",
        _ => "limit-photo-uploads",
    }
}

/// The message labelling a photo quota's field.
fn quota_label(quota: Quota) -> &'static str {
    match quota {
        Quota::PerMember => "quota-member",
        Quota::Site => "quota-site",
    }
}

/// A site text's field under `name`; `lang`: the language it is written in, when it is one
/// language's.
fn text_field(v: &Viewer, text: Text, name: &str, value: &str, lang: Option<Lang>) -> Markup {
    let lang = lang.map(Lang::tag);
    html! {
        label { (v.t(text_label(text)))
            @if text.max_chars() > 200 {
                textarea name=(name) lang=[lang] maxlength=(text.max_chars()) rows="4" { (value) }
            } @else {
                input type="text" name=(name) lang=[lang] value=(value) maxlength=(text.max_chars());
            }
        }
    }
}

/// The stored values, or the posted ones when a save was refused.
fn view(app: &App, v: &Viewer, posted: Option<(&Form, &str)>) -> Result<Markup, AppError> {
    let snap = app.engine.snapshot()?;
    let mut values = Vec::with_capacity(Text::ALL.len());
    for text in Text::ALL {
        let value = match posted {
            Some((f, _)) => f.text(text.key()).to_string(),
            None => snap.setting(text.key())?.unwrap_or_default(),
        };
        values.push((text, value));
    }
    // The texts as written for each language offered, where there is a choice of language.
    let mut localized = Vec::new();
    for lang in v.offered.iter().filter(|_| v.offered.len() > 1) {
        let mut texts = Vec::with_capacity(Text::ALL.len());
        for text in Text::ALL {
            let key = text.key_in(lang);
            let value = match posted {
                Some((f, _)) => f.text(key).to_string(),
                None => snap.setting(key)?.unwrap_or_default(),
            };
            texts.push((text, value));
        }
        localized.push((lang, texts));
    }
    let mut limits = Vec::with_capacity(limits::ALL.len());
    for limit in limits::ALL {
        let value = match posted {
            Some((f, _)) => f.text(limit.setting).to_string(),
            None => limit
                .value(snap.setting(limit.setting)?.as_deref())
                .to_string(),
        };
        limits.push((limit, value));
    }
    let mut quotas = Vec::with_capacity(Quota::ALL.len());
    for quota in Quota::ALL {
        let value = match posted {
            Some((f, _)) => f.text(quota.key()).to_string(),
            None => snap
                .setting(quota.key())?
                .unwrap_or_else(|| quota.default_mb().to_string()),
        };
        quotas.push((quota, value));
    }
    let zone = match posted {
        Some((f, _)) => f.text(Setting::TimeZone.key()).to_string(),
        None => snap
            .setting(Setting::TimeZone.key())?
            .unwrap_or_else(|| zone::DEFAULT.into()),
    };
    let language = match posted {
        Some((f, _)) => f.text(Setting::Language.key()).to_string(),
        None => snap.setting(Setting::Language.key())?.unwrap_or_default(),
    };
    Ok(html! {
        h1 { (v.t("admin-settings")) }
        (alert(posted.map(|(_, m)| m)))
        form.stack method="post" action="/admin/settings" {
            (csrf_field(v))
            @for (text, value) in &values { (text_field(v, *text, text.key(), value, None)) }
            @if !localized.is_empty() {
                fieldset.texts-in {
                    legend { (v.t("settings-texts-in")) }
                    p.muted { (v.t("settings-texts-in-help")) }
                    @for (lang, texts) in &localized {
                        details open[texts.iter().any(|(_, value)| !value.is_empty())] {
                            summary lang=(lang.tag()) { (lang.own_name()) }
                            @for (text, value) in texts { (text_field(v, *text, text.key_in(*lang), value, Some(*lang))) }
                        }
                    }
                }
            }
            label { (v.t("settings-zone"))
                (zone_select(Setting::TimeZone.key(), &zone, None))
            }
            @if v.offered.len() > 1 {
                label { (v.t("settings-language"))
                    select name=(Setting::Language.key()) {
                        option value="" selected[language.is_empty()] { (v.tr("settings-language-none", &[("language", Arg::Text(v.offered.iter().next().map_or("", |l| l.own_name())))])) }
                        @for l in v.offered.iter() {
                            option value=(l.tag()) lang=(l.tag()) selected[l.tag() == language] { (l.own_name()) }
                        }
                    }
                }
            }
            fieldset.limits {
                legend { (v.t("settings-limits")) }
                p.muted { (v.t("settings-limits-help")) }
                @for (limit, value) in &limits {
                    label { (v.t(limit_label(limit.setting)))
                        input type="number" name=(limit.setting) value=(value) min="0" max=(limits::MAX_LIMIT) required;
                    }
                }
            }
            fieldset.limits {
                legend { (v.t("settings-photos")) }
                p.muted { (v.t("settings-photos-help")) }
                @for (quota, value) in &quotas {
                    label { (v.t(quota_label(*quota)))
                        input type="number" name=(quota.key()) value=(value) min="0" max=(photo::MAX_QUOTA_MB) required;
                    }
                }
            }
            button type="submit" { (v.t("settings-save")) }
        }
    })
}

async fn settings_page(
    State(app): State<App>,
    Staff { viewer: v, .. }: Staff,
) -> Result<Response, AppError> {
    let main = view(&app, &v, None)?;
    Ok(page(&v, v.t("admin-settings"), "/admin/settings", main))
}

async fn save(
    State(app): State<App>,
    Posted(Staff { viewer: v, me }, form): Posted<Staff>,
) -> Result<Response, AppError> {
    let actor = me.actor();
    // The form again, with what was typed and why it was refused.
    let refused = |e: AppError| {
        let main = view(&app, &v, Some((&form, &e.message_in(v.lang))))?;
        Ok(page_status(
            e.status(),
            &v,
            v.t("admin-settings"),
            "/admin/settings",
            main,
        ))
    };
    // Check every value first, so a refusal names its field as the form labels it.
    // The texts, and those written for one language where the form carries them.
    let texts_in = Text::ALL
        .into_iter()
        .flat_map(|t| v.offered.iter().map(move |l| Setting::TextIn(t, l)))
        .filter(|s| form.get(s.key()).is_some());
    let texts: Vec<Setting> = Text::ALL
        .into_iter()
        .map(Setting::Text)
        .chain(texts_in)
        .collect();
    for &setting in &texts {
        let (Setting::Text(text) | Setting::TextIn(text, _)) = setting else {
            continue;
        };
        let key = setting.key();
        if let Err(e) = check_text(key, form.text(key), text.max_chars(), false) {
            return refused(CommandError::from(e).into());
        }
    }
    // A limit the form does not carry (a script posting the texts only) is left as it is.
    let limits_sent = limits::ALL.iter().filter(|l| form.get(l.setting).is_some());
    for limit in limits_sent.clone() {
        if let Err(e) = limits::parse(form.text(limit.setting)) {
            let label = v.t(limit_label(limit.setting));
            return refused(AppError::Unprocessable(e.labelled(limit.setting, label)));
        }
    }
    let quotas_sent = Quota::ALL.iter().filter(|q| form.get(q.key()).is_some());
    for quota in quotas_sent.clone() {
        if let Err(e) = photo::parse_mb(form.text(quota.key())) {
            let label = v.t(quota_label(*quota));
            return refused(AppError::Unprocessable(e.labelled(quota.key(), label)));
        }
    }
    // The zone only when it changes: a new one rewrites every cached page.
    let zone_key = Setting::TimeZone.key();
    let zone_sent = match form.get(zone_key) {
        Some(z) => match zone::check(zone_key, z) {
            Ok(z) => Some(z),
            Err(e) => return refused(CommandError::from(e).into()),
        },
        None => None,
    };
    let zone_now = app.engine.snapshot()?.setting(zone_key)?;
    let zone_changed = zone_sent
        .as_deref()
        .is_some_and(|z| zone_now.as_deref().unwrap_or(zone::DEFAULT) != z);
    // A language the site does not offer is refused (the form lists those it does).
    let language_key = Setting::Language.key();
    let language_sent = match form.get(language_key) {
        Some(tag) => match check_language(language_key, tag) {
            Ok(tag)
                if tag.is_empty() || Lang::of_tag(&tag).is_some_and(|l| v.offered.contains(l)) =>
            {
                Some(tag)
            }
            Ok(_) => {
                let e = validate::invalid(
                    language_key,
                    crate::i18n::phrase::Phrase::id("invalid-language"),
                );
                return refused(CommandError::from(e).into());
            }
            Err(e) => return refused(CommandError::from(e).into()),
        },
        None => None,
    };
    let zone = zone_changed.then_some(Setting::TimeZone);
    let language = language_sent.as_ref().map(|_| Setting::Language);
    let mut settings = Vec::new();
    for setting in texts
        .into_iter()
        .chain(zone)
        .chain(language)
        .chain(limits_sent.map(|l| Setting::Limit(*l)))
        .chain(quotas_sent.map(|q| Setting::Quota(*q)))
    {
        let value = match setting {
            Setting::TimeZone => zone_sent.clone().unwrap_or_default(),
            Setting::Language => language_sent.clone().unwrap_or_default(),
            _ => form.text(setting.key()).to_string(),
        };
        settings.push(SetSetting { setting, value });
    }
    // The whole form in one transaction: a crash keeps all of it or none.
    if let Err(e) = app.engine.writer.run(actor, SetSettings(settings)).await {
        return refused(e.into());
    }
    Ok(saved(&app, "/admin/settings"))
}
