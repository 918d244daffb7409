//! Creation limits, site settings that bound what one member can do to everyone's pages: how
//! many items, groups and loan requests a member may start in a day, and how many accounts one
//! address may sign up in an hour. `0` turns a limit off. Staff are never limited.

use std::time::Duration;

use super::validate::{invalid, Invalid};

/// The window a limit counts over.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Per {
    Hour,
    Day,
}

impl Per {
    pub fn window(self) -> Duration {
        match self {
            Per::Hour => Duration::from_secs(3600),
            Per::Day => Duration::from_secs(86_400),
        }
    }

    pub fn word(self) -> &'static str {
        match self {
            Per::Hour => "hour",
            Per::Day => "day",
        }
    }
}

/// What a limit counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Creation {
    Item,
    Group,
    LoanRequest,
    /// Downloads of a member's own data (each reads the points ledger whole).
    DataDownload,
    /// Sign-ups, per address.
    Account,
    /// Messages in conversations (each tells someone).
    Message,
    /// Photo uploads (each is decoded and encoded again: seconds of a core).
    PhotoUpload,
}

/// One limit: its setting, what it counts and its default.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limit {
    pub kind: Creation,
    /// Its setting's key; also the key of what it counts in the message `error-limit`.
    pub setting: &'static str,
    pub per: Per,
    pub default: usize,
}

/// The largest limit a setting takes (each counted thing costs a few bytes of memory).
pub const MAX_LIMIT: usize = 10_000;

pub const ITEMS: Limit = Limit {
    kind: Creation::Item,
    setting: "limit_items_per_day",
    per: Per::Day,
    default: 100,
};

pub const GROUPS: Limit = Limit {
    kind: Creation::Group,
    setting: "limit_groups_per_day",
    per: Per::Day,
    default: 5,
};

pub const LOAN_REQUESTS: Limit = Limit {
    kind: Creation::LoanRequest,
    setting: "limit_loan_requests_per_day",
    per: Per::Day,
    default: 50,
};

pub const SIGN_UPS: Limit = Limit {
    kind: Creation::Account,
    setting: "limit_signups_per_hour",
    per: Per::Hour,
    default: 10,
};

pub const DATA_DOWNLOADS: Limit = Limit {
    kind: Creation::DataDownload,
    setting: "limit_data_downloads_per_day",
    per: Per::Day,
    default: 10,
};

pub const MESSAGES: Limit = Limit {
    kind: Creation::Message,
    setting: "limit_messages_per_hour",
    per: Per::Hour,
    default: 60,
};

pub const PHOTO_UPLOADS: Limit = Limit {
    kind: Creation::PhotoUpload,
    setting: "limit_photo_uploads_per_hour",
    per: Per::Hour,
    default: 60,
};

pub const ALL: [Limit; 7] = [
    ITEMS,
    GROUPS,
    LOAN_REQUESTS,
    MESSAGES,
    PHOTO_UPLOADS,
    DATA_DOWNLOADS,
    SIGN_UPS,
];

impl Limit {
    /// The limit a stored setting gives (`None`: unset, the default applies); `Some(0)` is
    /// "no limit".
    pub fn value(&self, stored: Option<&str>) -> usize {
        stored.and_then(|s| parse(s).ok()).unwrap_or(self.default)
    }

    pub fn by_setting(name: &str) -> Option<Limit> {
        ALL.into_iter().find(|l| l.setting == name)
    }
}

/// A limit as typed in the settings form: a whole number from 0 to [`MAX_LIMIT`].
pub fn parse(text: &str) -> Result<usize, Invalid> {
    let n: usize = text
        .trim()
        .parse()
        .map_err(|_| invalid("value", crate::i18n::phrase::Phrase::id("invalid-limit")))?;
    if n > MAX_LIMIT {
        return Err(invalid(
            "value",
            crate::i18n::phrase::Phrase::id("invalid-limit-max").number("max", MAX_LIMIT),
        ));
    }
    Ok(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_parse_within_bounds_and_fall_back_to_their_default() {
        assert_eq!(parse(" 25 "), Ok(25));
        assert_eq!(parse("0"), Ok(0));
        assert!(parse("-1").is_err());
        assert!(parse("ten").is_err());
        assert!(parse("10001").is_err());
        assert_eq!(ITEMS.value(None), 100);
        assert_eq!(ITEMS.value(Some("3")), 3);
        assert_eq!(ITEMS.value(Some("junk")), 100);
        assert_eq!(Limit::by_setting("limit_groups_per_day"), Some(GROUPS));
        assert_eq!(Limit::by_setting("site_name"), None);
    }
}
