//! The periods of the boards (issue 20): this week, this month and this year, as the site's
//! time zone counts them. Weeks start on Monday; months and years by the calendar. A period
//! is its kind and its first local day ([`Span`]), and that is part of a period board's key:
//! when a period ends, the next one simply has no rows yet, with no batch job to empty a board.
//!
//! What counts on a period board is dated ([`Dated`]): the points a member earned (each
//! points entry, at its `created_at`) and the loans returned (at `returned_at`), as lender
//! and as borrower. The reputation board stays all-time only: trust is not a sum of events.

use super::boards::Board;
use super::records::{Loan, PointsEntry, UserId};
use super::time::{civil_from_days, day_of, days_from_civil, Day, Millis};
use super::zone::Zone;
use crate::domain::choice::LoanStatus;

/// A kind of period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Period {
    Week,
    Month,
    Year,
}

impl Period {
    pub const ALL: [Period; 3] = [Period::Week, Period::Month, Period::Year];

    pub fn as_str(self) -> &'static str {
        match self {
            Period::Week => "week",
            Period::Month => "month",
            Period::Year => "year",
        }
    }

    pub fn parse(s: &str) -> Option<Period> {
        Period::ALL.into_iter().find(|p| p.as_str() == s)
    }

    /// The first day of the period of this kind that holds `day`.
    pub fn start(self, day: Day) -> Day {
        match self {
            // 1970-01-01 was a Thursday: three days after a Monday.
            Period::Week => day - (i64::from(day) + 3).rem_euclid(7) as Day,
            Period::Month => {
                let (y, m, _) = civil_from_days(i64::from(day));
                days_from_civil(y, m, 1) as Day
            }
            Period::Year => {
                let (y, _, _) = civil_from_days(i64::from(day));
                days_from_civil(y, 1, 1) as Day
            }
        }
    }

    /// The first day of the period after the one that starts on `start`.
    pub fn next(self, start: Day) -> Day {
        let (y, m, _) = civil_from_days(i64::from(start));
        match self {
            Period::Week => start + 7,
            Period::Month if m == 12 => days_from_civil(y + 1, 1, 1) as Day,
            Period::Month => days_from_civil(y, m + 1, 1) as Day,
            Period::Year => days_from_civil(y + 1, 1, 1) as Day,
        }
    }
}

/// One period: its kind and its first local day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Span {
    pub period: Period,
    pub start: Day,
}

impl Span {
    /// The period of kind `period` that instant `t` falls in, where `zone` is.
    pub fn of(period: Period, t: Millis, zone: &Zone) -> Span {
        Span::holding(period, local_day(t, zone))
    }

    /// The period of kind `period` that holds local day `day`.
    pub fn holding(period: Period, day: Day) -> Span {
        Span {
            period,
            start: period.start(day),
        }
    }

    /// The first day after this period.
    pub fn end(self) -> Day {
        self.period.next(self.start)
    }

    pub fn holds(self, day: Day) -> bool {
        (self.start..self.end()).contains(&day)
    }

    /// The period before this one.
    pub fn previous(self) -> Span {
        Span::holding(self.period, self.start - 1)
    }
}

/// The calendar day instant `t` falls on where `zone` is (UTC's outside the years the zone
/// database counts).
pub fn local_day(t: Millis, zone: &Zone) -> Day {
    zone.day_and_hour(t)
        .map_or_else(|| day_of(t), |(day, _)| day)
}

/// What one record adds to one member's score on one board, and when: the period boards
/// count it in the periods that hold that instant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dated {
    pub user: UserId,
    pub board: Board,
    pub at: Millis,
    pub score: i64,
}

/// The boards a period counts on: every board but reputation.
pub fn has_periods(board: Board) -> bool {
    board != Board::Reputation
}

/// A returned loan: 10 on the lending board for its lender and 10 on the borrowing board for
/// its borrower, when it was returned (the all-time boards' own weights). A loan returned
/// without a return time (an old import) counts on the all-time boards only.
pub fn loan_events(loan: &Loan) -> Vec<Dated> {
    match (loan.status, loan.returned_at) {
        (LoanStatus::Returned, Some(at)) => vec![
            Dated {
                user: loan.lender,
                board: Board::Lending,
                at,
                score: 10,
            },
            Dated {
                user: loan.borrower,
                board: Board::Borrowing,
                at,
                score: 10,
            },
        ],
        _ => Vec::new(),
    }
}

/// A points entry: its points on the overall board, when they were given (a penalty takes
/// them away in its period).
pub fn points_events(entry: &PointsEntry) -> Vec<Dated> {
    if entry.points == 0 {
        return Vec::new();
    }
    vec![Dated {
        user: entry.user,
        board: Board::Overall,
        at: entry.created_at,
        score: entry.points,
    }]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::time::parse_date;

    fn day(s: &str) -> Day {
        parse_date(s).unwrap()
    }

    #[test]
    fn weeks_start_on_monday_and_months_and_years_by_the_calendar() {
        // 2026-12-03 is a Thursday.
        assert_eq!(Period::Week.start(day("2026-12-03")), day("2026-11-30"));
        assert_eq!(Period::Week.start(day("2026-11-30")), day("2026-11-30"));
        assert_eq!(Period::Week.start(day("2026-12-06")), day("2026-11-30"));
        assert_eq!(Period::Week.start(day("2026-12-07")), day("2026-12-07"));
        // A week across the new year belongs to the year it starts in.
        assert_eq!(Period::Week.start(day("2027-01-01")), day("2026-12-28"));
        assert_eq!(Period::Week.start(day("1970-01-01")), day("1969-12-29"));
        assert_eq!(Period::Month.start(day("2026-12-31")), day("2026-12-01"));
        assert_eq!(Period::Month.start(day("2028-02-29")), day("2028-02-01"));
        assert_eq!(Period::Year.start(day("2026-12-31")), day("2026-01-01"));
        assert_eq!(Period::Month.next(day("2026-12-01")), day("2027-01-01"));
        assert_eq!(Period::Month.next(day("2028-02-01")), day("2028-03-01"));
        assert_eq!(Period::Year.next(day("2026-01-01")), day("2027-01-01"));
        assert_eq!(Period::Week.next(day("2026-12-28")), day("2027-01-04"));
    }

    #[test]
    fn every_day_is_in_exactly_one_period_of_each_kind() {
        for period in Period::ALL {
            let mut span = Span::holding(period, day("2023-12-20"));
            while span.start < day("2029-01-10") {
                let next = Span::holding(period, span.end());
                assert_eq!(
                    next.start,
                    span.end(),
                    "{period:?} periods follow each other"
                );
                assert_eq!(next.previous(), span);
                for d in span.start..span.end() {
                    assert!(span.holds(d));
                    assert_eq!(Span::holding(period, d), span);
                }
                assert!(!span.holds(span.end()) && !span.holds(span.start - 1));
                span = next;
            }
        }
    }

    #[test]
    fn a_period_is_counted_in_the_sites_zone() {
        // 2026-11-30T23:30Z is Monday 00:30 in Berlin, still Sunday night in New York.
        let t = crate::domain::time::parse_datetime("2026-11-29T23:30:00Z").unwrap();
        let berlin = Zone::named("Europe/Berlin").unwrap();
        let new_york = Zone::named("America/New_York").unwrap();
        assert_eq!(Span::of(Period::Week, t, &berlin).start, day("2026-11-30"));
        assert_eq!(
            Span::of(Period::Week, t, &new_york).start,
            day("2026-11-23")
        );
        assert_eq!(
            Span::of(Period::Week, t, &Zone::default()).start,
            day("2026-11-23")
        );
        // New year's night in Auckland is still the old year in UTC.
        let t = crate::domain::time::parse_datetime("2026-12-31T12:00:00Z").unwrap();
        let auckland = Zone::named("Pacific/Auckland").unwrap();
        assert_eq!(
            Span::of(Period::Year, t, &auckland).start,
            day("2027-01-01")
        );
        assert_eq!(
            Span::of(Period::Month, t, &Zone::default()).start,
            day("2026-12-01")
        );
    }

    #[test]
    fn returned_loans_and_points_are_dated_events_on_their_boards() {
        use crate::domain::choice::PointsKind;
        let entry = PointsEntry {
            user: UserId(4),
            transaction_type: PointsKind::Penalty,
            points: -5,
            description: String::new(),
            created_at: 1_000,
        };
        let expected = Dated {
            user: UserId(4),
            board: Board::Overall,
            at: 1_000,
            score: -5,
        };
        assert_eq!(points_events(&entry), [expected]);
        let zero = PointsEntry { points: 0, ..entry };
        assert!(points_events(&zero).is_empty(), "nothing to count");
        let returned = "1970-01-01T00:00:07Z";
        let mut loan = crate::domain::figures::tests::returned_loan("1970-01-01", returned);
        assert_eq!(loan.returned_at, Some(7_000));
        let events = loan_events(&loan);
        let boards: Vec<_> = events
            .iter()
            .map(|e| (e.user, e.board, e.at, e.score))
            .collect();
        assert_eq!(
            boards,
            [
                (UserId(3), Board::Lending, 7_000, 10),
                (UserId(2), Board::Borrowing, 7_000, 10)
            ]
        );
        // Not returned yet, or returned at no known time: no period counts it.
        loan.returned_at = None;
        assert!(loan_events(&loan).is_empty());
        loan.returned_at = Some(7_000);
        loan.status = LoanStatus::BorrowerReturned;
        assert!(loan_events(&loan).is_empty());
        assert!(!has_periods(Board::Reputation));
        assert!(Board::ALL
            .into_iter()
            .filter(|b| *b != Board::Reputation)
            .all(has_periods));
    }
}
