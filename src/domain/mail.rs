//! E-mail, when the host configured an SMTP server: which notifications a member wants mailed
//! (`Choice` per kind, with defaults for those they never set), and the outbox's record of each
//! mail (`Mail`). A notification and its mail are written in one transaction (a transactional
//! outbox), so a mail exists exactly when its notification does; the mailer then delivers it,
//! retrying with backoff, and records the answer.

use rkyv::{Archive, Deserialize, Serialize};

use super::notice::Kind;
use super::records::UserId;
use super::time::Millis;

/// How a member wants to hear of one kind of notification by e-mail (in the app, always).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choice {
    Off,
    /// One mail for each.
    Each,
    /// Gathered into one mail a day.
    Digest,
}

impl Choice {
    pub const ALL: [Choice; 3] = [Choice::Each, Choice::Digest, Choice::Off];

    fn code(self) -> u8 {
        match self {
            Choice::Off => 0,
            Choice::Each => 1,
            Choice::Digest => 2,
        }
    }

    fn from_code(c: u8) -> Option<Choice> {
        match c {
            0 => Some(Choice::Off),
            1 => Some(Choice::Each),
            2 => Some(Choice::Digest),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Choice::Off => "off",
            Choice::Each => "each",
            Choice::Digest => "digest",
        }
    }

    pub fn parse(s: &str) -> Option<Choice> {
        Choice::ALL.into_iter().find(|c| c.as_str() == s)
    }

    pub fn label(self) -> &'static str {
        match self {
            Choice::Off => "No e-mail",
            Choice::Each => "An e-mail each time",
            Choice::Digest => "In a daily digest",
        }
    }
}

/// What a member hears by e-mail before they choose: what asks them to act, or tells them of
/// their own things (requests, answers, hand-overs to confirm, due dates, messages, groups).
/// News that asks nothing of them (a badge, a review, a step they saw coming) stays in the app.
pub fn default_choice(kind: Kind) -> Choice {
    use Kind as K;
    match kind {
        K::LoanRequest
        | K::LoanApproved
        | K::LoanRejected
        | K::LoanReturnInitiated
        | K::LoanExtensionRequest
        | K::LoanExtensionDecision
        | K::LoanOverdue
        | K::LoanDueSoon
        | K::LoanDueToday
        | K::LoanRequestWaiting
        | K::FirstInQueue
        | K::Message
        | K::JoinRequest
        | K::JoinDecision
        | K::GroupInvitation => Choice::Each,
        K::LoanPickup | K::LoanReturned | K::LoanCancelled | K::ReviewReceived | K::BadgeEarned => {
            Choice::Off
        }
    }
}

/// A member's choices as stored: one byte per kind code (absent or unknown: the default).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Choices(Vec<u8>);

impl Choices {
    pub fn from_bytes(bytes: &[u8]) -> Choices {
        Choices(bytes.to_vec())
    }

    pub fn as_bytes(&self) -> &[u8] {
        &self.0
    }

    pub fn get(&self, kind: Kind) -> Choice {
        self.0
            .get(usize::from(kind.code()))
            .and_then(|&c| Choice::from_code(c))
            .unwrap_or_else(|| default_choice(kind))
    }

    pub fn set(&mut self, kind: Kind, choice: Choice) {
        let at = usize::from(kind.code());
        if self.0.len() <= at {
            let missing: Vec<u8> = Kind::ALL[self.0.len()..=at]
                .iter()
                .map(|k| default_choice(*k).code())
                .collect();
            self.0.extend(missing);
        }
        self.0[at] = choice.code();
    }
}

/// Where a mail stands.
#[derive(Archive, Serialize, Deserialize, Debug, Clone, Copy, PartialEq, Eq)]
pub enum MailState {
    /// Waiting for its turn (first try, or a retry after a refusal).
    Queued,
    Sent,
    /// Given up: the server refused it for good, or every retry failed.
    Failed,
}

/// One mail of the outbox, as stored under its number.
#[derive(Archive, Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct Mail {
    pub user: UserId,
    /// The notifications it tells of (one, or a digest's), by their numbers in the member's
    /// inbox; its words are made when it is sent.
    pub notices: Vec<u64>,
    pub digest: bool,
    pub state: MailState,
    pub attempts: u32,
    /// When it is next tried (queued), or was sent.
    pub at: Millis,
    /// The mail server's last refusal, or why it could not be sent.
    pub error: String,
    pub created_at: Millis,
}

/// Tries before a mail is given up.
pub const MAX_ATTEMPTS: u32 = 8;

/// The first wait before a refused mail is tried again.
pub const FIRST_RETRY: Millis = 60_000;

/// When a mail refused for the `attempts`-th time is tried again: after `first`, then twice as
/// long each time (1, 2, 4 ... minutes by default, at most 128 times `first`); `None` once
/// [`MAX_ATTEMPTS`] were made (about 4 hours in all by default).
pub fn retry_at(attempts: u32, now: Millis, first: Millis) -> Option<Millis> {
    if attempts >= MAX_ATTEMPTS {
        return None;
    }
    let factor = 1i64 << attempts.saturating_sub(1).min(7);
    Some(now + factor * first)
}

/// The local hour from which a day's digest goes out.
pub const DIGEST_HOUR: i8 = 8;

/// What an unsubscribe link stops: one kind of mail, or every mail (a digest's link).
pub const ALL_KINDS: u8 = u8::MAX;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn choices_fall_back_to_their_defaults_and_keep_what_was_set() {
        let mut c = Choices::default();
        assert_eq!(c.get(Kind::LoanRequest), Choice::Each);
        assert_eq!(c.get(Kind::BadgeEarned), Choice::Off);
        c.set(Kind::LoanApproved, Choice::Digest);
        assert_eq!(c.get(Kind::LoanApproved), Choice::Digest);
        assert_eq!(c.get(Kind::LoanRequest), Choice::Each, "defaults kept");
        assert_eq!(c.get(Kind::BadgeEarned), Choice::Off);
        let again = Choices::from_bytes(c.as_bytes());
        assert_eq!(again, c);
        // A kind added after the row was written reads as its default.
        assert_eq!(
            Choices::from_bytes(&[0]).get(Kind::LoanRequest),
            Choice::Each
        );
        assert_eq!(Choices::from_bytes(&[0]).get(Kind::Message), Choice::Off);
    }

    #[test]
    fn retries_back_off_and_end() {
        let t = 1_000_000;
        assert_eq!(retry_at(1, t, FIRST_RETRY), Some(t + 60_000));
        assert_eq!(retry_at(2, t, FIRST_RETRY), Some(t + 120_000));
        assert_eq!(retry_at(7, t, FIRST_RETRY), Some(t + 64 * 60_000));
        assert_eq!(retry_at(MAX_ATTEMPTS, t, FIRST_RETRY), None);
        assert_eq!(retry_at(2, t, 10), Some(t + 20));
        for c in Choice::ALL {
            assert_eq!(Choice::parse(c.as_str()), Some(c));
        }
    }
}
