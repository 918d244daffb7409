//! E-mail through the writer: a member's choices, and the mailer's record of what it did with
//! each mail of the outbox (sent, refused and when to try again), the daily digests, and the
//! site's signing key. The mailer sends outside any transaction, then records the answer here:
//! a mail is marked sent only after its server accepted it.

use redb::ReadableTable;

use super::notices::enqueue;
use super::reminders::Zones;
use super::{forbidden, Acting, Apply, CommandError, CommandResult};
use crate::domain::mail::{retry_at, Choice, Choices, Mail, MailState, DIGEST_HOUR};
use crate::domain::notice::{Kind, Notice};
use crate::domain::records::UserId;
use crate::domain::time::{Millis, MS_PER_DAY};
use crate::store::codec::Stored;
use crate::store::tx::W;
use crate::store::StoreError;
use crate::views::maintain::Memo;

/// The mailer's commands are the host's alone.
fn host_only(a: Acting) -> Result<(), CommandError> {
    match a.id {
        Some(_) => Err(forbidden(crate::i18n::phrase::Phrase::id(
            "refuse-mail-server",
        ))),
        None => Ok(()),
    }
}

/// A member chooses how they hear of some kinds of notification by e-mail.
#[derive(Debug, Clone, PartialEq)]
pub struct SetMailChoices {
    pub choices: Vec<(Kind, Choice)>,
}

impl Apply for SetMailChoices {
    fn apply(&self, w: &mut W<'_>, _memo: &mut Memo, a: Acting) -> CommandResult {
        let user = a.member()?;
        let table = w.mail_choices.open()?;
        let mut choices = match table.get(user.0)? {
            Some(v) => Choices::from_bytes(v.value()),
            None => Choices::default(),
        };
        for &(kind, choice) in &self.choices {
            choices.set(kind, choice);
        }
        table.insert(user.0, choices.as_bytes())?;
        Ok(user.0)
    }
}

fn load(w: &mut W<'_>, id: u64) -> Result<Option<Mail>, StoreError> {
    Ok(match w.outbox.open()?.get(id)? {
        Some(v) => Some(Mail::decode(v.value())?),
        None => None,
    })
}

/// The mail the mailer answers for, while it is still queued (`None`: its answer was
/// recorded already, which a second record leaves as it is).
fn still_queued(w: &mut W<'_>, a: Acting, id: u64) -> Result<Option<Mail>, CommandError> {
    host_only(a)?;
    let mail = load(w, id)?.ok_or(CommandError::NotFound("mail"))?;
    Ok((mail.state == MailState::Queued).then_some(mail))
}

fn store(w: &mut W<'_>, id: u64, mail: &Mail) -> Result<(), StoreError> {
    w.outbox.open()?.insert(id, mail.encode().as_slice())?;
    Ok(())
}

/// The mail server accepted mail `id`. Recording it twice changes nothing.
#[derive(Debug, Clone, PartialEq)]
pub struct MailSent {
    pub id: u64,
}

impl Apply for MailSent {
    fn apply(&self, w: &mut W<'_>, _memo: &mut Memo, a: Acting) -> CommandResult {
        let Some(mut mail) = still_queued(w, a, self.id)? else {
            return Ok(self.id);
        };
        w.outbox_due.open()?.remove((mail.at, self.id))?;
        mail.state = MailState::Sent;
        mail.attempts += 1;
        mail.at = w.now;
        mail.error.clear();
        store(w, self.id, &mail)?;
        Ok(self.id)
    }
}

/// Mail `id` could not be sent: `error` is the server's answer (or why it could not be asked).
/// A temporary refusal is tried again after a wait that doubles each time, starting at
/// `first_retry` (`domain::mail::retry_at`); a permanent one, or the last try, gives it up.
#[derive(Debug, Clone, PartialEq)]
pub struct MailFailed {
    pub id: u64,
    pub error: String,
    pub permanent: bool,
    pub first_retry: Millis,
}

impl Apply for MailFailed {
    fn apply(&self, w: &mut W<'_>, _memo: &mut Memo, a: Acting) -> CommandResult {
        let Some(mut mail) = still_queued(w, a, self.id)? else {
            return Ok(self.id);
        };
        let due = w.outbox_due.open()?;
        due.remove((mail.at, self.id))?;
        mail.attempts += 1;
        mail.error = self.error.chars().take(500).collect();
        match retry_at(mail.attempts, w.now, self.first_retry).filter(|_| !self.permanent) {
            Some(next) => {
                mail.at = next;
                due.insert((next, self.id), ())?;
            }
            None => {
                mail.state = MailState::Failed;
                mail.at = w.now;
            }
        }
        store(w, self.id, &mail)?;
        Ok(self.id)
    }
}

/// How long sent and given-up mails stay in the outbox for the staff page.
pub const OUTBOX_KEPT: Millis = 30 * MS_PER_DAY;

/// The daily digests due at `at` (each member's, once their local day reached
/// [`DIGEST_HOUR`], one a day), and the outbox's tidying (mails done more than
/// [`OUTBOX_KEPT`] ago leave it). Answers how many digests were queued.
#[derive(Debug, Clone, PartialEq)]
pub struct ComposeDigests {
    pub at: Millis,
}

impl Apply for ComposeDigests {
    fn apply(&self, w: &mut W<'_>, _memo: &mut Memo, a: Acting) -> CommandResult {
        host_only(a)?;
        let mut waiting: Vec<(u64, u64)> = Vec::new();
        for row in w.digest_waiting.open()?.iter()? {
            waiting.push(row?.0.value());
        }
        let zones = Zones::of_site(w)?;
        let mut made = 0;
        // The rows come by member (the key's first part): one run of them each.
        for run in waiting.chunk_by(|a, b| a.0 == b.0) {
            let user = run[0].0;
            let numbers = run.iter().map(|(_, n)| *n);
            let Some((day, hour)) = zones.of(w, UserId(user))?.day_and_hour(self.at) else {
                continue;
            };
            let last = w.digest_day.open()?.get(user)?.map(|v| v.value());
            if hour < DIGEST_HOUR || last == Some(day) {
                continue;
            }
            // What is still unread goes in; what they read in the meantime is news no more.
            let mut unread = Vec::new();
            for n in numbers {
                w.digest_waiting.open()?.remove((user, n))?;
                let still = match w.notices.open()?.get((user, n))? {
                    Some(v) => !Notice::access(v.value())?.read,
                    None => false,
                };
                if still {
                    unread.push(n);
                }
            }
            w.digest_day.open()?.insert(user, day)?;
            if !unread.is_empty() {
                enqueue(w, UserId(user), unread, true)?;
                made += 1;
            }
        }
        tidy(w, self.at)?;
        Ok(made)
    }
}

/// Mails sent or given up before `at - OUTBOX_KEPT` leave the outbox, oldest first (numbers
/// grow with time, so this stops at the first one too young or still queued).
fn tidy(w: &mut W<'_>, at: Millis) -> Result<(), StoreError> {
    let outbox = w.outbox.open()?;
    let mut old = Vec::new();
    for row in outbox.iter()? {
        let (k, v) = row?;
        let mail = Mail::access(v.value())?;
        let done = !matches!(mail.state, rkyv::Archived::<MailState>::Queued);
        if !done || mail.at.to_native() > at - OUTBOX_KEPT {
            break;
        }
        old.push(k.value());
    }
    for id in old {
        outbox.remove(id)?;
    }
    Ok(())
}

/// The site's key named `name`, set to `key` unless it already has one (the first start that
/// needs it makes it; every later one keeps it, so links signed with it keep working).
#[derive(Debug, Clone, PartialEq)]
pub struct EnsureSiteKey {
    pub name: &'static str,
    pub key: [u8; 32],
}

impl Apply for EnsureSiteKey {
    fn apply(&self, w: &mut W<'_>, _memo: &mut Memo, a: Acting) -> CommandResult {
        host_only(a)?;
        let keys = w.site_keys.open()?;
        if keys.get(self.name)?.is_none() {
            keys.insert(self.name, self.key.as_slice())?;
        }
        Ok(0)
    }
}
