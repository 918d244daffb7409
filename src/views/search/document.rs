//! What each record gives the index, written once for the write path and for `rebuild` and
//! `verify`. A record that shows nowhere (an archived item or group, a deactivated or deleted
//! member) has no document.

use crate::domain::records::{Group, Item, ItemDetails, User, UNKNOWN_CITY};
use crate::domain::search::{Doc, Field, Kind, Language};

/// What an item's document reads beside the item: its category's name, its author and ISBN
/// (`ItemDetails`), its owner's name ([`owner_name`]) and whether visitors are shown it
/// (`privacy::seen_by_visitors`).
#[derive(Debug, Clone, Copy, Default)]
pub struct Beside<'a> {
    pub category: Option<&'a str>,
    pub author: &'a str,
    pub isbn: &'a str,
    pub owner: Option<&'a str>,
    pub owner_named_to_visitors: bool,
}

impl<'a> Beside<'a> {
    pub fn details(mut self, details: Option<&'a ItemDetails>) -> Self {
        if let Some(d) = details {
            self.author = &d.author;
            self.isbn = &d.isbn;
        }
        self
    }
}

/// The name an item's document carries for its owner: their display name while they are
/// active (nobody but the owner sees the items of a member switched off).
pub fn owner_name(owner: &User) -> Option<String> {
    owner.is_active.then(|| owner.display_name())
}

/// An item: its title, description, category, author and ISBN, and its owner's name (which
/// matches only for those who may see it), its words stemmed in `lang`.
pub fn item(item: &Item, beside: Beside<'_>, lang: Language) -> Option<Doc> {
    if !item.is_active {
        return None;
    }
    let mut fields = vec![
        (Field::Title, item.title.as_str()),
        (Field::Body, item.description.as_str()),
    ];
    if let Some(c) = beside.category {
        fields.push((Field::Detail, c));
    }
    fields.push((Field::Detail, beside.author));
    fields.push((Field::Detail, beside.isbn));
    if let Some(o) = beside.owner {
        fields.push((Field::Owner, o));
    }
    let mut doc = Doc::of(Kind::Item, &fields, lang)?;
    if !beside.owner_named_to_visitors {
        doc = doc.owner_unnamed_to_visitors();
    }
    // What a visitor may see: the same rule as pages, with an owner active when their name
    // is given (only an active owner's is).
    let owner_active = beside.owner.is_some();
    Some(
        match crate::domain::access::item_visible(None, item, owner_active, |_| false) {
            true => doc,
            false => doc.hidden_from_visitors(),
        },
    )
}

/// A group: its name, description, city and country.
pub fn group(group: &Group, lang: Language) -> Option<Doc> {
    if !group.is_active {
        return None;
    }
    let city = if group.city == UNKNOWN_CITY {
        ""
    } else {
        group.city.as_str()
    };
    let fields = [
        (Field::Title, group.name.as_str()),
        (Field::Body, group.description.as_str()),
        (Field::Detail, city),
        (Field::Detail, group.country.as_str()),
    ];
    Doc::of(Kind::Group, &fields, lang)
}

/// A member: their username and display name, while their account is active (a deleted
/// account is never active again).
pub fn member(user: &User, lang: Language) -> Option<Doc> {
    if !user.is_active {
        return None;
    }
    let name = user.display_name();
    let mut fields = vec![(Field::Title, user.username.as_str())];
    if name != user.username {
        fields.push((Field::Title, name.as_str()));
    }
    Doc::of(Kind::Member, &fields, lang)
}
