//! One-time messages after an action ("Your item is shared"), and the celebration of a badge
//! just earned. A form's redirect carries a short code in a cookie; the next page the browser
//! shows says it once and clears the cookie. No JavaScript, nothing stored server-side, and
//! only codes travel: the words are ours, so nothing a visitor writes can end up in them.

use axum::http::{header, HeaderMap};
use axum::response::Response;

use crate::domain::records::{BadgeId, UserId};
use crate::domain::time::Millis;
use crate::store::read::Snapshot;
use crate::store::StoreError;
use crate::views::read::{badge_out, BadgeOut};

use super::session::{cookie, set_cookie};

const COOKIE: &str = "flash";

macro_rules! said {
    ($($variant:ident = $code:literal, $id:literal;)+) => {
        /// What an action did, in the member's words.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum Said { $($variant),+ }

        impl Said {
            #[cfg(test)]
            const ALL: &[Said] = &[$(Said::$variant),+];

            /// Its message's id.
            pub fn id(self) -> &'static str {
                match self { $(Said::$variant => $id),+ }
            }
            fn code(self) -> &'static str {
                match self { $(Said::$variant => $code),+ }
            }
            fn parse(code: &str) -> Option<Said> {
                match code { $($code => Some(Said::$variant),)+ _ => None }
            }
        }
    };
}

said! {
    Welcome = "welcome", "flash-welcome";
    ItemShared = "shared", "flash-shared";
    ItemSaved = "item", "flash-item";
    Joined = "joined", "flash-joined";
    AskedToJoin = "asked", "flash-asked";
    Requested = "requested", "flash-requested";
    Approved = "approved", "flash-approved";
    Declined = "declined", "flash-declined";
    Cancelled = "cancelled", "flash-cancelled";
    HandedOver = "handed", "flash-handed";
    GivenBack = "given", "flash-given";
    Returned = "returned", "flash-returned";
    Reviewed = "reviewed", "flash-reviewed";
    ExtensionAsked = "more-time", "flash-more-time";
    ExtensionAnswered = "answered", "flash-answered";
    Saved = "saved", "flash-saved";
    PasswordChanged = "password", "flash-password";
    MessageSent = "sent", "flash-sent";
    Reported = "reported", "flash-reported";
    ReportClosed = "closed", "flash-closed";
    PhotosAdded = "photos", "flash-photos";
    PhotoRemoved = "photo-gone", "flash-photo-gone";
    PictureSaved = "picture", "flash-picture";
}

/// A message to show once.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flash {
    Said(Said),
    /// A badge just earned: celebrated with its medal and what it is for.
    Badge(BadgeId),
}

impl Flash {
    fn code(self) -> String {
        match self {
            Flash::Said(s) => s.code().to_string(),
            Flash::Badge(b) => format!("badge-{}", b.0),
        }
    }

    fn parse(code: &str) -> Option<Flash> {
        match code.strip_prefix("badge-") {
            Some(id) => id.parse().ok().map(|id| Flash::Badge(BadgeId(id))),
            None => Said::parse(code).map(Flash::Said),
        }
    }
}

/// A flash as the page shows it.
#[derive(Debug, Clone, PartialEq)]
pub enum Shown {
    Said(Said),
    Badge(BadgeOut),
}

/// The flash a request carries, read for the page of `viewer`. A badge is celebrated only to
/// a signed-in member who holds it (a cookie anyone can write must not show a secret badge's
/// name), and only while it is active.
pub fn of_request(
    headers: &HeaderMap,
    snap: &Snapshot,
    (viewer, lang): (Option<UserId>, crate::i18n::Lang),
) -> Result<Option<Shown>, StoreError> {
    // Only a page the browser navigates to takes the flash: a script's fetch of a page (the
    // live conversation, `app.js`) must not use it up before the page it was meant for.
    let fetched = headers
        .get("sec-fetch-mode")
        .is_some_and(|m| m.as_bytes() != b"navigate");
    if fetched {
        return Ok(None);
    }
    let Some(flash) = cookie(headers, COOKIE).and_then(Flash::parse) else {
        return Ok(None);
    };
    Ok(match (flash, viewer) {
        (Flash::Said(s), _) => Some(Shown::Said(s)),
        (Flash::Badge(id), Some(me)) if crate::views::personal::has_earned(snap, me, id)? => {
            match snap.badge(id)?.filter(|b| b.is_active) {
                Some(b) => Some(Shown::Badge(badge_out(&snap.badge_in(id, b, lang)?, 0))),
                None => None,
            }
        }
        (Flash::Badge(_), _) => None,
    })
}

/// Adds the flash to a response (the redirect after a form).
pub fn set(res: &mut Response, flash: Flash, secure: bool) {
    res.headers_mut().append(
        header::SET_COOKIE,
        set_cookie(COOKIE, &flash.code(), 300, secure),
    );
}

/// Clears the flash once a page has shown it.
pub fn clear(res: &mut Response) {
    res.headers_mut()
        .append(header::SET_COOKIE, set_cookie(COOKIE, "", 0, false));
}

/// The flash after `user`'s action that began at `started`: a badge it earned them, if any
/// (the newest), else `said`.
pub fn after(
    snap: &Snapshot,
    user: UserId,
    started: Millis,
    said: Said,
) -> Result<Flash, StoreError> {
    let newest = snap
        .user_badges_of(user)?
        .into_iter()
        .filter(|(_, at)| *at >= started)
        .max_by_key(|(_, at)| *at);
    Ok(match newest {
        Some((badge, _)) => Flash::Badge(badge),
        None => Flash::Said(said),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_read_back_and_anything_else_is_nothing() {
        for f in [
            Flash::Said(Said::ItemShared),
            Flash::Said(Said::Welcome),
            Flash::Badge(BadgeId(42)),
        ] {
            assert_eq!(Flash::parse(&f.code()), Some(f));
        }
        for junk in ["", "badge-", "badge-x", "<script>", "sharedd"] {
            assert_eq!(Flash::parse(junk), None, "{junk}");
        }
    }

    #[test]
    fn every_message_is_in_the_catalogs() {
        for said in Said::ALL {
            for lang in crate::i18n::Lang::ALL {
                let text = crate::i18n::text(lang, said.id());
                assert!(
                    text != "…" && !text.is_empty(),
                    "{} {}",
                    lang.tag(),
                    said.id()
                );
            }
        }
    }
}
