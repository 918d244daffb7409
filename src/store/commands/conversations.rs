//! Writing in a conversation (a loan's, or a join request's), reporting a message to staff,
//! and staff closing a report. Only the people of a conversation write in it or report from it
//! (`parties`); everyone else, staff included, is told it is not there.

use crate::i18n::phrase::Phrase;
use redb::ReadableTable;

use super::groups::admins_of;
use super::notices::notify_each;
use super::{conflict, forbidden, Acting, Apply, CommandError, CommandResult};
use crate::domain::choice::MemberStatus;
use crate::domain::conversation::{check_body, Message, Report, Thread, MESSAGE_MAX, NOTE_MAX};
use crate::domain::notice::{Kind, Notice};
use crate::domain::records::{Membership, UserId};
use crate::store::codec::Stored;
use crate::store::tx::W;
use crate::store::StoreError;
use crate::views::maintain::Memo;

/// Who a conversation is between, for one of them: the others to tell of a new message, and
/// how the notification points at it.
struct Parties {
    others: Vec<UserId>,
    notice: Notice,
}

/// The conversation's people as `user` may see them; `NotFound` for anyone outside it, so a
/// stranger cannot tell a conversation from a missing one.
fn parties(w: &W<'_>, thread: Thread, user: UserId) -> Result<Parties, CommandError> {
    let base = Notice::new(Kind::Message, w.now).by(user);
    match thread {
        Thread::Loan(id) => {
            let loan = w
                .loans
                .get(id)?
                .ok_or(CommandError::NotFound("conversation"))?;
            let other = if user == loan.lender {
                loan.borrower
            } else if user == loan.borrower {
                loan.lender
            } else {
                return Err(CommandError::NotFound("conversation"));
            };
            Ok(Parties {
                others: vec![other],
                notice: base.on_loan(id),
            })
        }
        Thread::Join(id) => {
            let m = w
                .memberships
                .get(id)?
                .ok_or(CommandError::NotFound("conversation"))?;
            let admins = admins_of(w, m.group)?;
            if user != m.user && !admins.contains(&user) {
                return Err(CommandError::NotFound("conversation"));
            }
            let mut others = admins;
            others.push(m.user);
            others.retain(|&u| u != user);
            Ok(Parties {
                others,
                notice: base.in_group(m.group).with_member(m.user),
            })
        }
    }
}

/// The number the next message of `thread` takes (one above its newest).
fn next_number(w: &mut W<'_>, thread: Thread) -> Result<u64, StoreError> {
    let (kind, id) = thread.key();
    let newest = w
        .messages
        .open()?
        .range((kind, id, 1)..=(kind, id, u64::MAX))?
        .next_back()
        .transpose()?
        .map_or(0, |(k, _)| k.value().2);
    Ok(newest + 1)
}

/// A member writes in a conversation they are part of; the others are told.
#[derive(Debug, Clone, PartialEq)]
pub struct WriteMessage {
    pub thread: Thread,
    pub body: String,
}

impl Apply for WriteMessage {
    fn apply(&self, w: &mut W<'_>, _memo: &mut Memo, a: Acting) -> CommandResult {
        let author = a.member()?;
        let Parties { others, notice } = parties(w, self.thread, author)?;
        if let Thread::Join(id) = self.thread {
            // A banned member's conversation is over: the ban is the group's answer.
            if w.memberships
                .get(id)?
                .is_some_and(|m: Membership| m.status == MemberStatus::Banned)
            {
                return Err(conflict(Phrase::id("refuse-member-banned")));
            }
        }
        let body = check_body("body", &self.body, MESSAGE_MAX)?;
        let number = next_number(w, self.thread)?;
        let (kind, id) = self.thread.key();
        let message = Message {
            author,
            body,
            created_at: w.now,
        };
        w.messages
            .open()?
            .insert((kind, id, number), message.encode().as_slice())?;
        notify_each(w, others, &notice)?;
        w.fx.threads.push((kind, id));
        Ok(number)
    }
}

/// A party reports someone else's message to staff, with a note: the report keeps a copy.
#[derive(Debug, Clone, PartialEq)]
pub struct ReportMessage {
    pub thread: Thread,
    pub number: u64,
    pub note: String,
}

impl Apply for ReportMessage {
    fn apply(&self, w: &mut W<'_>, _memo: &mut Memo, a: Acting) -> CommandResult {
        let reporter = a.member()?;
        parties(w, self.thread, reporter)?;
        let (kind, id) = self.thread.key();
        let message = match (self.thread, self.number) {
            // A loan's request message is its conversation's number 0.
            (Thread::Loan(loan), 0) => {
                let loan = w
                    .loans
                    .get(loan)?
                    .ok_or(CommandError::NotFound("message"))?;
                if loan.request_message.is_empty() {
                    return Err(CommandError::NotFound("message"));
                }
                Message {
                    author: loan.borrower,
                    body: loan.request_message,
                    created_at: loan.requested_at,
                }
            }
            _ => match w.messages.open()?.get((kind, id, self.number))? {
                Some(v) => Message::decode(v.value())?,
                None => return Err(CommandError::NotFound("message")),
            },
        };
        if message.author == reporter {
            return Err(forbidden(Phrase::id("refuse-report-own")));
        }
        let key = (kind, id, self.number, reporter.0);
        if w.reports.open()?.get(key)?.is_some() {
            return Err(conflict(Phrase::id("refuse-reported")));
        }
        let note = if self.note.trim().is_empty() {
            String::new()
        } else {
            check_body("note", &self.note, NOTE_MAX)?
        };
        let report = Report {
            author: message.author,
            body: message.body,
            note,
            created_at: w.now,
            closed_by: None,
        };
        w.reports.open()?.insert(key, report.encode().as_slice())?;
        Ok(self.number)
    }
}

/// A report's key, as the staff pages name it.
pub type ReportKey = (u8, u64, u64, u64);

/// Staff mark a report dealt with.
#[derive(Debug, Clone, PartialEq)]
pub struct CloseReport {
    pub key: ReportKey,
}

impl Apply for CloseReport {
    fn apply(&self, w: &mut W<'_>, _memo: &mut Memo, a: Acting) -> CommandResult {
        a.require_staff()?;
        let reports = w.reports.open()?;
        let mut report = match reports.get(self.key)? {
            Some(v) => Report::decode(v.value())?,
            None => return Err(CommandError::NotFound("report")),
        };
        if report.closed_by.is_some() {
            return Err(conflict(Phrase::id("conflict-report-dealt")));
        }
        // The host has no account: a report it closes is marked closed by nobody in particular.
        report.closed_by = Some(a.id.unwrap_or(UserId(0)));
        reports.insert(self.key, report.encode().as_slice())?;
        Ok(self.key.2)
    }
}

/// A join request's conversation goes with its membership record (declined, withdrawn, left).
/// Reports of it stay: staff may still need them.
pub(crate) fn forget_thread(w: &mut W<'_>, thread: Thread) -> Result<(), StoreError> {
    let (kind, id) = thread.key();
    let messages = w.messages.open()?;
    let mut numbers = Vec::new();
    for row in messages.range((kind, id, 0)..=(kind, id, u64::MAX))? {
        numbers.push(row?.0.value().2);
    }
    for n in numbers {
        messages.remove((kind, id, n))?;
    }
    Ok(())
}
