//! Notifications written by the writes that cause them (`notify`, called inside a command, so
//! a notification exists exactly when its cause does), and a member reading theirs.

use redb::ReadableTable;

use super::{Acting, Apply, CommandError, CommandResult};
use crate::domain::mail::{Choice, Choices, Mail, MailState};
use crate::domain::notice::{Kind, Notice};
use std::ops::Deref;

use crate::domain::records::{User, UserId};
use crate::store::codec::Stored;
use crate::store::read::count_of;
use crate::store::tables::UNREAD_COUNT;
use crate::store::tx::W;
use crate::store::StoreError;
use crate::views::maintain::Memo;

/// Tells `user` of something, unless they are the one who did it or can no longer read it (a
/// deactivated or deleted account).
#[allow(clippy::needless_pass_by_value)] // each notice is built for its one call
pub(crate) fn notify(w: &mut W<'_>, user: UserId, notice: Notice) -> Result<(), StoreError> {
    if notice.actor == Some(user) {
        return Ok(());
    }
    // Read in place: only whether the account is active (and has an address) matters here.
    let (active, has_email) = match w.users.deref().get(user.0)? {
        Some(v) => {
            let u = User::access(v.value())?;
            (u.is_active, !u.email.is_empty())
        }
        None => (false, false),
    };
    if !active {
        return Ok(());
    }
    // Numbered per member (the key holds the member), after their newest: the number is kept
    // beside the unread count, so telling someone reads one row and writes two, side by side.
    let (unread, newest) = head(w, user)?;
    let number = newest + 1;
    w.notices
        .open()?
        .insert((user.0, number), notice.encode().as_slice())?;
    set_head(w, user, unread + u64::from(!notice.read), number)?;
    w.fx.tell(user);
    if w.mail_on && has_email && !notice.read {
        queue_mail(w, user, notice.kind(), number)?;
    }
    Ok(())
}

/// The mail of notification `number`, as its member chose for its kind: into the outbox now,
/// or to wait for their daily digest (in this same transaction: the outbox).
fn queue_mail(w: &mut W<'_>, user: UserId, kind: Kind, number: u64) -> Result<(), StoreError> {
    let choices = match w.mail_choices.open()?.get(user.0)? {
        Some(v) => Choices::from_bytes(v.value()),
        None => Choices::default(),
    };
    match choices.get(kind) {
        Choice::Off => {}
        Choice::Each => enqueue(w, user, vec![number], false)?,
        Choice::Digest => {
            w.digest_waiting.open()?.insert((user.0, number), ())?;
        }
    }
    Ok(())
}

/// Puts a mail of `notices` to `user` in the outbox, due now.
pub(crate) fn enqueue(
    w: &mut W<'_>,
    user: UserId,
    notices: Vec<u64>,
    digest: bool,
) -> Result<(), StoreError> {
    let id = w.next_id("outbox")?;
    let mail = Mail {
        user,
        notices,
        digest,
        state: MailState::Queued,
        attempts: 0,
        at: w.now,
        error: String::new(),
        created_at: w.now,
    };
    w.outbox.open()?.insert(id, mail.encode().as_slice())?;
    w.outbox_due.open()?.insert((w.now, id), ())?;
    w.fx.mail_queued = true;
    Ok(())
}

/// Tells each of `users` (each once).
pub(crate) fn notify_each(
    w: &mut W<'_>,
    users: impl IntoIterator<Item = UserId>,
    notice: &Notice,
) -> Result<(), StoreError> {
    let mut told = Vec::new();
    for u in users {
        if !told.contains(&u) {
            notify(w, u, notice.clone())?;
            told.push(u);
        }
    }
    Ok(())
}

/// A member marks one notification read (`Some(number)`), or all of them (`None`).
#[derive(Debug, Clone, PartialEq)]
pub struct ReadNotices {
    pub number: Option<u64>,
}

impl Apply for ReadNotices {
    fn apply(&self, w: &mut W<'_>, _memo: &mut Memo, a: Acting) -> CommandResult {
        let user = a.member()?;
        let numbers: Vec<u64> = match self.number {
            Some(n) if n != UNREAD_COUNT => {
                if w.notices.open()?.get((user.0, n))?.is_none() {
                    return Err(CommandError::NotFound("notification"));
                }
                vec![n]
            }
            Some(_) => return Err(CommandError::NotFound("notification")),
            // All: every one of theirs is looked at (a rare act; a member has hundreds).
            None => {
                let mut all = Vec::new();
                for row in w
                    .notices
                    .open()?
                    .range((user.0, 1)..(user.0, UNREAD_COUNT))?
                {
                    let (k, v) = row?;
                    if !Notice::access(v.value())?.read {
                        all.push(k.value().1);
                    }
                }
                all
            }
        };
        let mut read = 0;
        for n in numbers {
            let mut notice = match w.notices.open()?.get((user.0, n))? {
                Some(v) => Notice::decode(v.value())?,
                None => continue,
            };
            if notice.read {
                continue;
            }
            notice.read = true;
            w.notices
                .open()?
                .insert((user.0, n), notice.encode().as_slice())?;
            read += 1;
        }
        let (unread, newest) = head(w, user)?;
        set_head(w, user, unread.saturating_sub(read), newest)?;
        w.fx.tell(user);
        Ok(read)
    }
}

/// A member's head row: their unread count, and the number of their newest notification
/// (read from the notifications when the row is missing or was written by a rebuild, which
/// keeps the count alone).
fn head(w: &mut W<'_>, user: UserId) -> Result<(u64, u64), StoreError> {
    let (unread, newest) = match w.notices.open()?.get((user.0, UNREAD_COUNT))? {
        Some(v) => {
            let bytes = v.value();
            let newest = bytes.get(8..16).and_then(|b| b.try_into().ok());
            (count_of(bytes), newest.map(u64::from_le_bytes))
        }
        None => (0, None),
    };
    let newest = match newest {
        Some(n) => n,
        None => w
            .notices
            .open()?
            .range((user.0, 1)..(user.0, UNREAD_COUNT))?
            .next_back()
            .transpose()?
            .map_or(0, |(k, _)| k.value().1),
    };
    Ok((unread, newest))
}

fn set_head(w: &mut W<'_>, user: UserId, unread: u64, newest: u64) -> Result<(), StoreError> {
    let mut row = [0u8; 16];
    row[..8].copy_from_slice(&unread.to_le_bytes());
    row[8..].copy_from_slice(&newest.to_le_bytes());
    w.notices
        .open()?
        .insert((user.0, UNREAD_COUNT), row.as_slice())?;
    Ok(())
}

/// Everything a member was told, gone with their account (their unread count with it).
pub(crate) fn forget_notices_of(w: &mut W<'_>, user: UserId) -> Result<(), CommandError> {
    let mut numbers = Vec::new();
    for row in w.notices.open()?.range((user.0, 0)..=(user.0, u64::MAX))? {
        numbers.push(row?.0.value().1);
    }
    for n in numbers {
        w.notices.open()?.remove((user.0, n))?;
    }
    Ok(())
}
