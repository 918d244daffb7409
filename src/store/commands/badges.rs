//! Badges, achievements, manual grants, points adjustments and site settings (staff only).

use crate::domain::records::{Achievement, Badge, BadgeId, BadgeText, Id, PointsEntry, UserId};
use crate::i18n::phrase::Phrase;
use redb::ReadableTable;

use super::awards::{apply_contributions, award, award_each};
use super::{conflict, AchievementFields, Acting, Apply, BadgeFields, CommandError, CommandResult};
use crate::domain::badges::{check_achievement, RuleBook, MAX_BADGE_POINTS};
use crate::domain::choice::PointsKind;
use crate::domain::figures::{points_contributions, Figures};
use crate::domain::settings::Setting;
use crate::domain::validate::{check_text, invalid, Slug};
use crate::store::codec::Stored;
use crate::store::evict;
use crate::store::tx::{get, W};
use crate::store::StoreError;
use crate::views::maintain::Memo;

fn checked_badge(f: &BadgeFields) -> Result<Badge, CommandError> {
    if f.points.unsigned_abs() > MAX_BADGE_POINTS.unsigned_abs() {
        return Err(invalid(
            "points",
            Phrase::id("invalid-from-to")
                .number("min", -MAX_BADGE_POINTS)
                .number("max", MAX_BADGE_POINTS),
        )
        .into());
    }
    Ok(Badge {
        name: check_text("name", &f.name, 100, true)?,
        slug: Slug::parse(f.slug.trim())?.into_string(),
        description: check_text("description", &f.description, 1000, false)?,
        icon: check_text("icon", &f.icon, 100, false)?,
        badge_type: f.badge_type,
        category: f.category,
        points: f.points,
        is_active: f.is_active,
        is_secret: f.is_secret,
        display_order: f.display_order,
        created_at: 0,
    })
}

/// A new badge (staff).
#[derive(Debug, Clone, PartialEq)]
pub struct CreateBadge(pub BadgeFields);

impl Apply for CreateBadge {
    fn apply(&self, w: &mut W<'_>, _memo: &mut Memo, a: Acting) -> CommandResult {
        let CreateBadge(f) = self;
        a.require_staff()?;
        let mut badge = checked_badge(f)?;
        if w.badge_slugs.open()?.get(badge.slug.as_str())?.is_some() {
            return Err(conflict(Phrase::id("conflict-badge-slug")));
        }
        badge.created_at = w.now;
        let id = BadgeId(w.next_id("badges")?);
        w.badges.open()?.put(id, &badge)?;
        w.badge_slugs.open()?.insert(badge.slug.as_str(), id.0)?;
        w.badge_totals.insert(id.0, 0)?;
        evict::badge_list(&mut w.fx);
        Ok(id.0)
    }
}

/// A badge edited (staff).
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateBadge {
    pub badge: BadgeId,
    pub fields: BadgeFields,
}

impl Apply for UpdateBadge {
    fn apply(&self, w: &mut W<'_>, memo: &mut Memo, a: Acting) -> CommandResult {
        let UpdateBadge {
            badge: id,
            fields: ref f,
        } = *self;
        a.require_staff()?;
        let before = w
            .badges
            .open()?
            .get(id)?
            .ok_or(CommandError::NotFound("badge"))?;
        let mut after = checked_badge(f)?;
        after.created_at = before.created_at;
        if after.slug != before.slug {
            if w.badge_slugs.open()?.get(after.slug.as_str())?.is_some() {
                return Err(conflict(Phrase::id("conflict-badge-slug")));
            }
            w.badge_slugs.open()?.remove(before.slug.as_str())?;
            w.badge_slugs.open()?.insert(after.slug.as_str(), id)?;
        }
        w.badges.open()?.put(id, &after)?;
        evict::badge(&mut w.fx, &before.slug);
        evict::badge(&mut w.fx, &after.slug);
        // A badge's activity, name or secrecy shows on every profile that lists it.
        evict::all_profiles(&mut w.fx);
        if before.is_active != after.is_active {
            rules_changed(w, memo)?;
        }
        Ok(id.0)
    }
}

/// A badge's name and description in one language; both empty removes them, and members
/// reading it see the badge's own again.
#[derive(Debug, Clone, PartialEq)]
pub struct BadgeTextIn {
    /// A language tag the site has messages in.
    pub lang: String,
    pub name: String,
    pub description: String,
}

/// A badge's words in some languages (staff), as one form sends them: all saved, or none.
#[derive(Debug, Clone, PartialEq)]
pub struct SetBadgeTexts {
    pub badge: BadgeId,
    pub texts: Vec<BadgeTextIn>,
}

impl Apply for SetBadgeTexts {
    fn apply(&self, w: &mut W<'_>, _memo: &mut Memo, a: Acting) -> CommandResult {
        a.require_staff()?;
        let badge = w
            .badges
            .open()?
            .get(self.badge)?
            .ok_or(CommandError::NotFound("badge"))?;
        // Every language checked before any is written: a refused one changes nothing.
        let mut checked = Vec::with_capacity(self.texts.len());
        for t in &self.texts {
            let lang = crate::i18n::Lang::of_tag(&t.lang)
                .filter(|l| l.tag() == t.lang)
                .ok_or_else(|| invalid("lang", Phrase::id("invalid-site-language")))?;
            let text = BadgeText {
                name: check_text("name", &t.name, 100, false)?,
                description: check_text("description", &t.description, 1000, false)?,
            };
            checked.push((lang, text));
        }
        let table = w.badge_texts.open()?;
        for (lang, text) in checked {
            let key = (self.badge.0, lang.tag());
            if text == BadgeText::default() {
                table.remove(key)?;
            } else {
                table.insert(key, text.encode().as_slice())?;
            }
        }
        evict::badge(&mut w.fx, &badge.slug);
        // Profiles list the badges their members earned, by name.
        evict::all_profiles(&mut w.fx);
        Ok(self.badge.0)
    }
}

/// A new rule for a badge (staff).
#[derive(Debug, Clone, PartialEq)]
pub struct CreateAchievement(pub AchievementFields);

impl Apply for CreateAchievement {
    fn apply(&self, w: &mut W<'_>, memo: &mut Memo, a: Acting) -> CommandResult {
        create_achievement(w, memo, a, None, &self.0)
    }
}

/// A badge's rule edited (staff).
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateAchievement {
    pub achievement: Id,
    pub fields: AchievementFields,
}

impl Apply for UpdateAchievement {
    fn apply(&self, w: &mut W<'_>, memo: &mut Memo, a: Acting) -> CommandResult {
        create_achievement(w, memo, a, Some(self.achievement), &self.fields)
    }
}

fn create_achievement(
    w: &mut W<'_>,
    memo: &mut Memo,
    a: Acting,
    existing: Option<Id>,
    f: &AchievementFields,
) -> CommandResult {
    a.require_staff()?;
    if w.badges.open()?.get(f.badge)?.is_none() {
        return Err(invalid("badge", Phrase::id("invalid-badge")).into());
    }
    let trigger = check_text("trigger_type", &f.trigger_type, 50, true)?;
    let conditions: serde_json::Value = serde_json::from_str(if f.conditions.trim().is_empty() {
        "{}"
    } else {
        &f.conditions
    })
    .map_err(|_| invalid("conditions", Phrase::id("invalid-json-object")))?;
    check_achievement(&trigger, f.threshold_value, &conditions)?;
    let achievement = Achievement {
        badge: f.badge,
        trigger_type: trigger,
        threshold_value: f.threshold_value,
        conditions: conditions.to_string(),
        is_active: f.is_active,
    };
    let id = match existing {
        Some(id) => {
            let before = w
                .achievements
                .open()?
                .get(id)?
                .ok_or(CommandError::NotFound("achievement"))?;
            w.achievements_by_badge
                .open()?
                .remove((before.badge.0, id))?;
            id
        }
        None => w.next_id("achievements")?,
    };
    w.achievements.open()?.put(id, &achievement)?;
    w.achievements_by_badge
        .open()?
        .insert((achievement.badge.0, id), ())?;
    rules_changed(w, memo)?;
    Ok(id)
}

/// Reloads the rule book from the transaction, then awards every badge a new rule earns:
/// one pass over all users, which only an admin's change of the rules costs.
fn rules_changed(w: &mut W<'_>, memo: &mut Memo) -> Result<(), StoreError> {
    memo.rules = load_rules(&**w.achievements.open()?, &**w.badges.open()?)?;
    w.fx.rules_changed = true;
    let mut due: Vec<(UserId, Vec<BadgeId>)> = Vec::new();
    for entry in w.figures.iter()? {
        let (user, value) = entry?;
        let earned = memo.rules.earned(&Figures::decode(value.value())?);
        if !earned.is_empty() {
            due.push((UserId(user.value()), earned));
        }
    }
    for (user, badges) in due {
        award_each(w, memo, badges.into_iter().map(|b| (user, b)).collect())?;
    }
    Ok(())
}

/// The rules in force, from the achievement and badge tables of any transaction.
pub fn load_rules(
    achievements: &impl ReadableTable<u64, &'static [u8]>,
    badges: &impl ReadableTable<u64, &'static [u8]>,
) -> Result<RuleBook, StoreError> {
    let mut all = Vec::new();
    for entry in achievements.iter()? {
        all.push(Achievement::decode(entry?.1.value())?);
    }
    let mut found = std::collections::HashMap::new();
    for a in &all {
        if let Some(b) = get::<Badge>(badges, a.badge.0)? {
            found.insert(a.badge, b);
        }
    }
    Ok(RuleBook::new(&all, |id| found.get(&id)))
}

/// A badge given by hand (staff).
#[derive(Debug, Clone, PartialEq)]
pub struct GrantBadge {
    pub user: UserId,
    pub badge: BadgeId,
}

impl Apply for GrantBadge {
    fn apply(&self, w: &mut W<'_>, memo: &mut Memo, a: Acting) -> CommandResult {
        let GrantBadge { user, badge } = *self;
        a.require_staff()?;
        w.users.get(user)?.ok_or(CommandError::NotFound("user"))?;
        w.badges
            .open()?
            .get(badge)?
            .ok_or(CommandError::NotFound("badge"))?;
        if w.user_badge_by_pair.get((user.0, badge.0))?.is_some() {
            return Err(conflict(Phrase::id("conflict-has-badge")));
        }
        Ok(award(w, memo, user, badge, w.now)?)
    }
}

/// Points added or taken away by hand (staff).
#[derive(Debug, Clone, PartialEq)]
pub struct AdjustPoints {
    pub user: UserId,
    pub kind: PointsKind,
    pub points: i64,
    pub description: String,
}

impl Apply for AdjustPoints {
    fn apply(&self, w: &mut W<'_>, memo: &mut Memo, a: Acting) -> CommandResult {
        let AdjustPoints {
            user,
            kind,
            points,
            ref description,
        } = *self;
        a.require_staff()?;
        w.users.get(user)?.ok_or(CommandError::NotFound("user"))?;
        if kind == PointsKind::Achievement {
            return Err(
                invalid("transaction_type", Phrase::id("invalid-achievement-points")).into(),
            );
        }
        if points == 0 || points.unsigned_abs() > MAX_BADGE_POINTS.unsigned_abs() {
            return Err(invalid(
                "points",
                Phrase::id("invalid-points-nonzero").number("max", MAX_BADGE_POINTS),
            )
            .into());
        }
        let entry = PointsEntry {
            user,
            transaction_type: kind,
            points,
            description: check_text("description", description, 500, true)?,
            created_at: w.now,
        };
        let id = w.next_id("points")?;
        w.points.open()?.put(id, &entry)?;
        apply_contributions(w, memo, &points_contributions(&entry), 1)?;
        let dated = crate::domain::periods::points_events(&entry);
        super::period_boards::apply_events(w, memo, &dated, 1)?;
        Ok(id)
    }
}

/// A site setting (staff): a text setting (checked text), or a creation limit (a whole
/// number, stored as its text).
#[derive(Debug, Clone, PartialEq)]
pub struct SetSetting {
    pub setting: Setting,
    pub value: String,
}

/// Several settings, as the settings form sends them: all saved, or none (a crash or a
/// refused one leaves every setting as it was).
#[derive(Debug, Clone, PartialEq)]
pub struct SetSettings(pub Vec<SetSetting>);

impl Apply for SetSettings {
    fn apply(&self, w: &mut W<'_>, memo: &mut Memo, a: Acting) -> CommandResult {
        a.require_staff()?;
        // Every value checked before any is written: a refused one changes nothing.
        let mut checked = Vec::with_capacity(self.0.len());
        for one in &self.0 {
            checked.push((one.setting, one.stored()?));
        }
        for (setting, stored) in checked {
            store_setting(w, memo, setting, &stored)?;
        }
        Ok(self.0.len() as u64)
    }
}

impl SetSetting {
    /// The value as the settings table keeps it, or why it is refused.
    fn stored(&self) -> Result<String, CommandError> {
        let SetSetting { setting, ref value } = *self;
        Ok(match setting {
            Setting::Limit(_) => crate::domain::limits::parse(value)?.to_string(),
            Setting::Text(t) | Setting::TextIn(t, _) => {
                check_text(setting.key(), value, t.max_chars(), false)?
            }
            Setting::TimeZone => crate::domain::zone::check("time_zone", value)?,
            Setting::Quota(_) => crate::domain::photo::parse_mb(value)?.to_string(),
            Setting::Language => crate::domain::settings::check_language("language", value)?,
        })
    }
}

impl Apply for SetSetting {
    fn apply(&self, w: &mut W<'_>, memo: &mut Memo, a: Acting) -> CommandResult {
        a.require_staff()?;
        let stored = self.stored()?;
        store_setting(w, memo, self.setting, &stored)?;
        Ok(0)
    }
}

/// Writes a checked setting, with what follows from it.
fn store_setting(
    w: &mut W<'_>,
    memo: &mut Memo,
    setting: Setting,
    stored: &str,
) -> Result<(), CommandError> {
    w.settings.open()?.insert(setting.key(), stored)?;
    if setting == Setting::Language {
        // Search stems in the site's language (English when none is set): a new one
        // indexes every record again, in this transaction, so results never mix the two.
        let lang = crate::domain::search::Language::of_tag(stored);
        if crate::views::search::language(&w.meta)? != lang {
            crate::views::search::maintain::reindex(w, lang)?;
        }
    }
    if setting == Setting::TimeZone {
        // Shared pages show dates in the site's zone, and periods begin in it.
        evict::every_page(&mut w.fx);
        super::period_boards::recount(w, memo)?;
    }
    Ok(())
}
