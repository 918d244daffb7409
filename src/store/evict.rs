//! Which cached responses show what: the one place a change to the data is turned into the
//! L1 keys whose responses it changes. Commands and view maintenance name the change; the
//! writer evicts the keys once the batch is durable (DESIGN.md rule 3).
//!
//! | change | cached responses |
//! |---|---|
//! | a member's figures, name, email or activity | their profile |
//! | the top of a board | the boards, the home page |
//! | a badge (earned, created, edited) | its page, the badge list |
//! | a badge's name, activity or secrecy | every profile (`all_profiles`) |
//! | the map's groups | the map, the home page |
//! | what the item list shows (items, categories, owners' names and activity) | the item list |
//! | the home page's counts and newest items | the home page |
//! | the site's time zone | every page (`every_page`) |

use super::tx::Effects;
use crate::cache::ViewKey;

/// A member's profile (figures, name, badges, activity).
pub fn profile(fx: &mut Effects, username: &str) {
    fx.evict(ViewKey::user(username));
}

/// Every profile: a badge they may list was renamed, switched off or made secret.
pub fn all_profiles(fx: &mut Effects) {
    fx.evict_all_users = true;
}

/// Every cached page: what they all show changed (the site's time zone, in which their dates
/// are written).
pub fn every_page(fx: &mut Effects) {
    fx.evict_all_users = true;
}

/// The top of a board moved (the boards page and the home page's top five).
pub fn board_tops(fx: &mut Effects) {
    fx.evict(ViewKey::Leaderboards);
    fx.evict(ViewKey::Home);
}

/// A badge's page and the badge list (its totals, or the badge itself).
pub fn badge(fx: &mut Effects, slug: &str) {
    fx.evict(ViewKey::Badge(slug.to_string()));
    fx.evict(ViewKey::BadgeList);
}

/// The badge list alone (a badge created: no page was cached for it).
pub fn badge_list(fx: &mut Effects) {
    fx.evict(ViewKey::BadgeList);
}

/// The map's aggregates (and the home page's map).
pub fn locations(fx: &mut Effects) {
    fx.evict(ViewKey::Locations);
    fx.evict(ViewKey::Home);
}

/// What the public item list shows: items, their status, category and owner.
pub fn item_list(fx: &mut Effects) {
    fx.evict(ViewKey::ItemList);
}

/// The home page's counts and newest items.
pub fn home(fx: &mut Effects) {
    fx.evict(ViewKey::Home);
}

/// An item's status changed (a loan took or gave it back): the list shows the status and the
/// home page counts the items out on loan.
pub fn item_status(fx: &mut Effects) {
    item_list(fx);
    home(fx);
}
