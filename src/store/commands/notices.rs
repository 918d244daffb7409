//! Notifications written by the writes that cause them (`notify`, called inside a command, so
//! a notification exists exactly when its cause does), and a member reading theirs.

use redb::ReadableTable;

use super::{Acting, Apply, CommandError, CommandResult};
use crate::domain::notice::Notice;
use crate::domain::records::UserId;
use crate::store::codec::Stored;
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
    match w.users.get(user)? {
        Some(u) if u.is_active => {}
        _ => return Ok(()),
    }
    let number = w.next_id("notices")?;
    w.notices
        .insert((user.0, number), notice.encode().as_slice())?;
    if !notice.read {
        w.notices_unread.insert((user.0, number), ())?;
        let unread = w.unread_counts.get(user.0)?.map_or(0, |v| v.value());
        w.unread_counts.insert(user.0, unread + 1)?;
    }
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
            Some(n) => {
                if w.notices.get((user.0, n))?.is_none() {
                    return Err(CommandError::NotFound("notification"));
                }
                vec![n]
            }
            None => {
                let mut all = Vec::new();
                for row in w.notices_unread.range((user.0, 0)..=(user.0, u64::MAX))? {
                    all.push(row?.0.value().1);
                }
                all
            }
        };
        let mut read = 0;
        for n in numbers {
            if w.notices_unread.remove((user.0, n))?.is_none() {
                continue;
            }
            let mut notice = match w.notices.get((user.0, n))? {
                Some(v) => Notice::decode(v.value())?,
                None => continue,
            };
            notice.read = true;
            w.notices.insert((user.0, n), notice.encode().as_slice())?;
            read += 1;
        }
        let unread = w.unread_counts.get(user.0)?.map_or(0, |v| v.value());
        let left = unread.saturating_sub(read);
        if left == 0 {
            w.unread_counts.remove(user.0)?;
        } else {
            w.unread_counts.insert(user.0, left)?;
        }
        Ok(read)
    }
}

/// Everything a member was told, gone with their account.
pub(crate) fn forget_notices_of(w: &mut W<'_>, user: UserId) -> Result<(), CommandError> {
    let mut numbers = Vec::new();
    for row in w.notices.range((user.0, 0)..=(user.0, u64::MAX))? {
        numbers.push(row?.0.value().1);
    }
    for n in numbers {
        w.notices.remove((user.0, n))?;
        w.notices_unread.remove((user.0, n))?;
    }
    w.unread_counts.remove(user.0)?;
    Ok(())
}
