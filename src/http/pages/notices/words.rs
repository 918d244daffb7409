//! A notification in words, made when it is read from the records as they are then: what
//! happened, and where to go about it. The same words serve the inbox page and the API.

use crate::domain::choice::{MemberStatus, Privacy, Role};
use crate::domain::notice::{Kind, Notice};
use crate::domain::records::{GroupId, UserId};
use crate::i18n::{self, numbers, Arg, Lang};
use crate::store::read::Snapshot;
use crate::store::StoreError;
use crate::views::audience::Audience;

/// What a notification says and where it leads.
pub struct Words {
    pub text: String,
    pub href: String,
}

/// The name the reader may see for `user`: their display name where the privacy rules let
/// them (the two people of a loan always see each other), else "a member". A group's admins
/// see who asks to join (`always`).
fn name_of(
    snap: &Snapshot,
    audience: &Audience,
    (user, always): (Option<UserId>, bool),
    lang: Lang,
) -> Result<String, StoreError> {
    let Some(id) = user else {
        return Ok(i18n::text(lang, "notice-someone").into());
    };
    let Some(u) = snap.user(id)? else {
        return Ok(i18n::text(lang, "notice-former-member").into());
    };
    let named = always || audience.names_on_pages(id)?;
    Ok(if named {
        u.display_name()
    } else {
        i18n::text(lang, "notice-a-member").into()
    })
}

/// A name as the language quotes it (“Ladder”, „Leiter“, « Échelle »).
fn quoted(lang: Lang, name: &str) -> String {
    i18n::format(lang, "notice-quoted", &[("name", Arg::Text(name))])
}

/// Whether the reader may still be told a group's name and address: anyone, for an open group
/// (public or on request) that is active; else its active members and those it invited.
fn group_shown(snap: &Snapshot, reader: Option<UserId>, id: GroupId) -> Result<bool, StoreError> {
    let Some(g) = snap.group(id)? else {
        return Ok(false);
    };
    if g.is_active && g.privacy != Privacy::Private {
        return Ok(true);
    }
    let Some(me) = reader else {
        return Ok(false);
    };
    if snap
        .membership(id, me)?
        .is_some_and(|m| m.status == MemberStatus::Active)
    {
        return Ok(true);
    }
    Ok(snap.invitations_of(me)?.iter().any(|(g, _)| *g == id))
}

/// The words of `n` for the reader `audience`, in `lang`.
pub fn words(
    snap: &Snapshot,
    audience: &Audience,
    n: &Notice,
    lang: Lang,
) -> Result<Words, StoreError> {
    let kind = n.kind();
    if !n.title.is_empty() || (kind == Kind::Message && !n.message.is_empty()) {
        // Imported from Comuniza: its own words.
        let text = match (n.title.trim(), n.message.trim()) {
            (t, "") => t.to_string(),
            ("", m) => m.to_string(),
            (t, m) => format!("{t}: {m}"),
        };
        let href = n.loan.map_or("/loans".into(), |l| format!("/loans/{l}"));
        return Ok(Words { text, href });
    }
    let reader = audience.me();
    // A group's admins see who asks to join while they run it.
    let runs_it = match (reader, n.group) {
        (Some(me), Some(g)) if kind == Kind::JoinRequest => snap
            .membership(g, me)?
            .is_some_and(|m| m.status == MemberStatus::Active && m.role == Role::Admin),
        _ => false,
    };
    // The people of a conversation know who writes to them.
    let who = name_of(
        snap,
        audience,
        (n.actor, runs_it || kind == Kind::Message),
        lang,
    )?;
    let loan = match n.loan {
        Some(id) => snap.loan(id)?.map(|l| (id, l)),
        None => None,
    };
    let item = match &loan {
        Some((_, l)) => snap.item(l.item)?.map_or_else(
            || i18n::text(lang, "notice-an-item").into(),
            |i| quoted(lang, &i.title),
        ),
        None => i18n::text(lang, "notice-an-item").into(),
    };
    // A member who asked to join is told the group's name while the request lasts.
    let asked = match (reader, n.group) {
        (Some(me), Some(g)) if n.member == Some(me) => snap.membership(g, me)?.is_some(),
        _ => false,
    };
    let group = match n.group {
        Some(g) if asked || group_shown(snap, reader, g)? => snap.group(g)?,
        _ => None,
    };
    let (group_name, group_href) = match &group {
        Some(g) => (quoted(lang, &g.name), format!("/groups/{}", g.slug)),
        None => (
            i18n::text(lang, "notice-a-group").into(),
            "/groups".to_string(),
        ),
    };
    let loan_href = loan
        .as_ref()
        .map_or("/loans".into(), |(id, _)| format!("/loans/{id}"));
    let args = [
        ("who", Arg::Text(&who)),
        ("item", Arg::Text(&item)),
        ("group", Arg::Text(&group_name)),
    ];
    let say = |id: &str| i18n::format(lang, id, &args);
    let text = match kind {
        Kind::LoanRequest => say("notice-loan-request"),
        Kind::LoanApproved => say("notice-loan-approved"),
        Kind::LoanPickup => say("notice-loan-pickup"),
        Kind::LoanReturnInitiated => say("notice-given-back"),
        Kind::LoanReturned => say("notice-returned"),
        Kind::LoanRejected if n.actor.is_some() => say("notice-declined"),
        Kind::LoanRejected => say("notice-ended-unshared"),
        Kind::LoanCancelled if n.actor.is_some() => say("notice-withdrew"),
        Kind::LoanCancelled => say("notice-withdrawn"),
        Kind::LoanExtensionRequest => say("notice-more-time"),
        Kind::LoanExtensionDecision if n.yes => say("notice-more-time-yes"),
        Kind::LoanExtensionDecision => say("notice-more-time-no"),
        Kind::LoanOverdue => say("notice-overdue"),
        Kind::LoanDueSoon => match loan.as_ref().and_then(|(_, l)| l.due_date) {
            Some(d) => {
                let date = numbers::date(lang, d);
                let args = [("item", Arg::Text(&item)), ("date", Arg::Text(&date))];
                i18n::format(lang, "notice-due-soon", &args)
            }
            None => say("notice-due-soon-undated"),
        },
        Kind::LoanDueToday => say("notice-due-today"),
        Kind::LoanRequestWaiting => say("notice-request-waiting"),
        Kind::ReviewReceived => say("notice-review"),
        Kind::FirstInQueue => say("notice-first-in-queue"),
        Kind::JoinRequest => say("notice-join-request"),
        Kind::JoinDecision if n.yes => say("notice-join-yes"),
        Kind::JoinDecision => say("notice-join-no"),
        Kind::GroupInvitation => say("notice-invitation"),
        Kind::BadgeEarned => {
            let badge = match n.badge {
                Some(id) => match snap.badge(id)? {
                    Some(b) => Some(snap.badge_in(id, b, lang)?),
                    None => None,
                },
                None => None,
            };
            let (name, slug) = badge.map_or_else(
                || (i18n::text(lang, "notice-a-badge").into(), String::new()),
                |b| (quoted(lang, &b.name), b.slug),
            );
            let href = if slug.is_empty() {
                "/badges".into()
            } else {
                format!("/badges/{slug}")
            };
            let text = i18n::format(lang, "notice-badge", &[("badge", Arg::Text(&name))]);
            return Ok(Words { text, href });
        }
        Kind::Message => {
            let Some(member) = n.member else {
                return Ok(Words {
                    text: say("notice-message-loan"),
                    href: format!("{loan_href}#messages"),
                });
            };
            let person = snap.user(member)?;
            let (text, href) = match (&group, person) {
                (Some(g), Some(p)) => (
                    if reader == Some(member) {
                        say("notice-message-your-request")
                    } else if n.actor == Some(member) {
                        say("notice-message-their-request")
                    } else {
                        let name = p.display_name();
                        let mut args = args.to_vec();
                        args.push(("name", Arg::Text(&name)));
                        i18n::format(lang, "notice-message-request-of", &args)
                    },
                    format!("/groups/{}/requests/{}#messages", g.slug, p.username),
                ),
                _ => (say("notice-message-a-request"), "/groups".into()),
            };
            return Ok(Words { text, href });
        }
    };
    let href = match kind {
        Kind::JoinRequest | Kind::JoinDecision => group_href,
        Kind::GroupInvitation => "/account#invitations-h".into(),
        _ => loan_href,
    };
    Ok(Words { text, href })
}
