//! A notification in words, made when it is read from the records as they are then: what
//! happened, and where to go about it. The same words serve the inbox page and the API.

use crate::domain::choice::{MemberStatus, Privacy, Role};
use crate::domain::notice::{Kind, Notice};
use crate::domain::records::{GroupId, UserId};
use crate::domain::time::format_date;
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
    user: Option<UserId>,
    always: bool,
) -> Result<String, StoreError> {
    let Some(id) = user else {
        return Ok("Someone".into());
    };
    let Some(u) = snap.user(id)? else {
        return Ok("A former member".into());
    };
    let named = always || audience.names_on_pages(id)?;
    Ok(if named {
        u.display_name()
    } else {
        "A member".into()
    })
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

/// The words of `n` for the reader `audience`.
pub fn words(snap: &Snapshot, audience: &Audience, n: &Notice) -> Result<Words, StoreError> {
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
    let who = name_of(snap, audience, n.actor, runs_it || kind == Kind::Message)?;
    let loan = match n.loan {
        Some(id) => snap.loan(id)?.map(|l| (id, l)),
        None => None,
    };
    let item = match &loan {
        Some((_, l)) => snap
            .item(l.item)?
            .map_or_else(|| "an item".to_string(), |i| format!("“{}”", i.title)),
        None => "an item".into(),
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
        Some(g) => (format!("“{}”", g.name), format!("/groups/{}", g.slug)),
        None => ("a group".to_string(), "/groups".to_string()),
    };
    let loan_href = loan
        .as_ref()
        .map_or("/loans".into(), |(id, _)| format!("/loans/{id}"));
    let text = match kind {
        Kind::LoanRequest => format!("{who} asks to borrow {item}."),
        Kind::LoanApproved => format!("{who} said yes: {item} is promised to you."),
        Kind::LoanPickup => format!("{who} handed you {item}: the loan has started."),
        Kind::LoanReturnInitiated => {
            format!("{who} has given {item} back: confirm once you have it.")
        }
        Kind::LoanReturned => format!("{who} confirmed {item} is back. You can review the loan."),
        Kind::LoanRejected if n.actor.is_some() => {
            format!("{who} declined your request for {item}.")
        }
        Kind::LoanRejected => format!("Your request for {item} ended: it is no longer shared."),
        Kind::LoanCancelled if n.actor.is_some() => {
            format!("{who} withdrew the request for {item}.")
        }
        Kind::LoanCancelled => format!("The request for {item} was withdrawn."),
        Kind::LoanExtensionRequest => format!("{who} asks for more time with {item}."),
        Kind::LoanExtensionDecision if n.yes => format!("{who} gave you more time with {item}."),
        Kind::LoanExtensionDecision => format!("{who} declined more time with {item}."),
        Kind::LoanOverdue => format!("{item} is overdue: please return it or ask for more time."),
        Kind::LoanDueSoon => {
            let due = loan
                .as_ref()
                .and_then(|(_, l)| l.due_date)
                .map_or(String::new(), |d| format!(" on {}", format_date(d)));
            format!("{item} is due back{due}: return it, or ask for more time.")
        }
        Kind::LoanDueToday => format!("{item} is due back today."),
        Kind::LoanRequestWaiting => {
            format!("{who}'s request for {item} has waited 3 days for your answer.")
        }
        Kind::ReviewReceived => format!("{who} reviewed you after the loan of {item}."),
        Kind::FirstInQueue => {
            format!("{item} is free again, and your request is first: the owner can now say yes.")
        }
        Kind::JoinRequest => format!("{who} asks to join {group_name}."),
        Kind::JoinDecision if n.yes => format!("You are a member of {group_name} now."),
        Kind::JoinDecision => format!("Your request to join {group_name} was declined."),
        Kind::GroupInvitation => format!("{who} invites you to join {group_name}."),
        Kind::BadgeEarned => {
            let badge = match n.badge {
                Some(b) => snap.badge(b)?,
                None => None,
            };
            let (name, slug) = badge.map_or(("a badge".into(), String::new()), |b| {
                (format!("“{}”", b.name), b.slug)
            });
            let href = if slug.is_empty() {
                "/badges".into()
            } else {
                format!("/badges/{slug}")
            };
            return Ok(Words {
                text: format!("You earned the badge {name}."),
                href,
            });
        }
        Kind::Message => {
            let Some(member) = n.member else {
                return Ok(Words {
                    text: format!("{who} wrote to you about {item}."),
                    href: format!("{loan_href}#messages"),
                });
            };
            let person = snap.user(member)?;
            let (text, href) = match (&group, person) {
                (Some(g), Some(p)) => (
                    if reader == Some(member) {
                        format!("{who} wrote about your request to join {group_name}.")
                    } else if n.actor == Some(member) {
                        format!("{who} wrote about their request to join {group_name}.")
                    } else {
                        format!(
                            "{who} wrote about {}'s request to join {group_name}.",
                            p.display_name()
                        )
                    },
                    format!("/groups/{}/requests/{}#messages", g.slug, p.username),
                ),
                _ => (
                    format!("{who} wrote about a request to join a group."),
                    "/groups".into(),
                ),
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
