//! Reminders: what the server's own scheduler tells members about time passing, with no
//! one's write to cause it. A loan's borrower hears two days before the due date, on the day,
//! and once it is overdue (the next day, then every 3 days, at most 5 times); a lender hears of
//! a request left unanswered for 3 days. Each reminder has a key (its loan, kind and round)
//! and is sent once for it, however often the scheduler runs, restarts or the clock jumps.
//!
//! Reminders go out in daytime where the member is (9:00 to 20:00 in their zone): one due at
//! night waits for the morning's run.

use super::notice::Kind;
use super::time::{Day, Millis, MS_PER_DAY};

/// How many overdue reminders a loan gets at most, and how many days apart.
pub const OVERDUE_ROUNDS: u8 = 5;
pub const OVERDUE_EVERY: i32 = 3;
/// Days a request may wait before its lender is reminded.
pub const REQUEST_WAITS: i64 = 3;
/// The local hours reminders are sent in: [from, until).
pub const DAYTIME: (i8, i8) = (9, 20);

/// The reminder a borrower is due for an active loan due on `due`, on their local day
/// `today`: its kind and round (0 but for overdue ones); `None` when nothing is due. Only the
/// latest round counts: after a long pause, missed rounds are not sent late.
pub fn for_borrower(due: Day, today: Day) -> Option<(Kind, u8)> {
    let late = today - due;
    match late {
        -2 | -1 => Some((Kind::LoanDueSoon, 0)),
        0 => Some((Kind::LoanDueToday, 0)),
        l if l > 0 => {
            let round = ((l - 1) / OVERDUE_EVERY).min(i32::from(OVERDUE_ROUNDS) - 1);
            Some((Kind::LoanOverdue, round as u8))
        }
        _ => None,
    }
}

/// Whether a request made at `asked` has waited long enough at `now` to remind its lender.
pub fn request_waited(asked: Millis, now: Millis) -> bool {
    now - asked >= REQUEST_WAITS * MS_PER_DAY
}

/// Whether `hour` (local) is daytime.
pub fn daytime(hour: i8) -> bool {
    (DAYTIME.0..DAYTIME.1).contains(&hour)
}

/// The key a reminder is sent once for: its kind and round in one number.
pub fn key(kind: Kind, round: u8) -> u64 {
    (u64::from(kind.code()) << 8) | u64::from(round)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_borrower_hears_before_on_and_after_the_due_day() {
        let due = 100;
        assert_eq!(for_borrower(due, 95), None);
        assert_eq!(for_borrower(due, 98), Some((Kind::LoanDueSoon, 0)));
        assert_eq!(
            for_borrower(due, 99),
            Some((Kind::LoanDueSoon, 0)),
            "one key: once"
        );
        assert_eq!(for_borrower(due, 100), Some((Kind::LoanDueToday, 0)));
        assert_eq!(for_borrower(due, 101), Some((Kind::LoanOverdue, 0)));
        assert_eq!(for_borrower(due, 103), Some((Kind::LoanOverdue, 0)));
        assert_eq!(for_borrower(due, 104), Some((Kind::LoanOverdue, 1)));
        assert_eq!(for_borrower(due, 113), Some((Kind::LoanOverdue, 4)));
        assert_eq!(
            for_borrower(due, 500),
            Some((Kind::LoanOverdue, 4)),
            "at most 5 rounds"
        );
        assert!(request_waited(0, 3 * MS_PER_DAY) && !request_waited(0, 3 * MS_PER_DAY - 1));
        assert!(daytime(9) && daytime(19) && !daytime(20) && !daytime(3));
        assert_ne!(key(Kind::LoanOverdue, 1), key(Kind::LoanOverdue, 2));
    }
}
