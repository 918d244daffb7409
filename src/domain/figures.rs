//! Per-user figures (DOMAIN.md "Derived figures"). Every figure is a sum of contributions of
//! single records, so the write path applies `new - old` contributions of the records a command
//! changes, and `rebuild`/`verify` add up the contributions of every record: one rule, two uses.

use rkyv::{Archive, Deserialize, Serialize};

use super::choice::{LoanStatus, MemberStatus, Visibility};
use super::records::{Item, Loan, Membership, PointsEntry, Review, UserId};
use super::time::day_of;

/// The stored figures of one user. `trust_score` is derived from the others by
/// [`Figures::refresh_trust`] whenever they change.
#[derive(Archive, Serialize, Deserialize, Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Figures {
    pub items_lent: i64,
    pub items_borrowed: i64,
    pub on_time_returns: i64,
    pub late_returns: i64,
    pub reviews_received: i64,
    pub rating_sum: i64,
    pub reviews_given: i64,
    pub trust_score: i64,
    pub points: i64,
    pub items_shared: i64,
    pub groups_joined: i64,
}

/// trust_score = clamp(0, 100, 50 + (rr > 0 ? floor(10 * sum / rr) - 25 : 0)
///               + min(2 * on_time, 20) - min(5 * late, 30)), computed in `i128` so that no
/// figure, however large, can overflow it.
pub fn trust_score(reviews_received: i64, rating_sum: i64, on_time: i64, late: i64) -> i64 {
    let (rr, sum) = (i128::from(reviews_received), i128::from(rating_sum));
    let rating_part = if rr > 0 {
        (10 * sum).div_euclid(rr) - 25
    } else {
        0
    };
    let on_time = (2 * i128::from(on_time)).min(20);
    let late = (5 * i128::from(late)).min(30);
    (50 + rating_part + on_time - late).clamp(0, 100) as i64
}

/// A figure that would pass the largest value it can hold: the write that would do it is
/// refused, and `verify` reports the user instead of wrapping around.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("{field} would pass the largest value a figure holds")]
pub struct FigureOverflow {
    pub field: &'static str,
}

/// The largest `items_lent` or `items_borrowed` whose board score (ten times it) still fits.
const MAX_COUNTED_LOANS: i64 = i64::MAX / 10;

impl Figures {
    /// A member's figures before their first counted act: every count zero, trust at its
    /// starting 50. The one definition the write path, rebuild and every page use.
    pub fn starting() -> Figures {
        let mut f = Figures::default();
        f.refresh_trust();
        f
    }

    pub fn refresh_trust(&mut self) {
        self.trust_score = trust_score(
            self.reviews_received,
            self.rating_sum,
            self.on_time_returns,
            self.late_returns,
        );
    }

    /// Adds `sign` (+1 or -1) times a contribution, then re-derives the trust score. Checked:
    /// on overflow nothing changes and the figure is named.
    pub fn apply(&mut self, c: &Contribution, sign: i64) -> Result<(), FigureOverflow> {
        let mut n = *self;
        macro_rules! add {
            ($($field:ident),*) => {$(
                n.$field = c
                    .$field
                    .checked_mul(sign)
                    .and_then(|d| n.$field.checked_add(d))
                    .ok_or(FigureOverflow {
                        field: stringify!($field),
                    })?;
            )*};
        }
        add!(
            items_lent,
            items_borrowed,
            on_time_returns,
            late_returns,
            reviews_received,
            rating_sum,
            reviews_given,
            points,
            items_shared,
            groups_joined
        );
        // The lending and borrowing boards score ten per loan: that must fit too.
        if n.items_lent.abs() > MAX_COUNTED_LOANS {
            return Err(FigureOverflow {
                field: "items_lent",
            });
        }
        if n.items_borrowed.abs() > MAX_COUNTED_LOANS {
            return Err(FigureOverflow {
                field: "items_borrowed",
            });
        }
        n.refresh_trust();
        *self = n;
        Ok(())
    }

    /// The figures as `(name, value)` pairs in DOMAIN.md's order (API, verify reports).
    pub fn named(&self) -> [(&'static str, i64); 11] {
        [
            ("items_lent", self.items_lent),
            ("items_borrowed", self.items_borrowed),
            ("on_time_returns", self.on_time_returns),
            ("late_returns", self.late_returns),
            ("reviews_received", self.reviews_received),
            ("rating_sum", self.rating_sum),
            ("reviews_given", self.reviews_given),
            ("trust_score", self.trust_score),
            ("points", self.points),
            ("items_shared", self.items_shared),
            ("groups_joined", self.groups_joined),
        ]
    }
}

/// What one record adds to one user's figures (every field but the derived trust score).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Contribution {
    pub items_lent: i64,
    pub items_borrowed: i64,
    pub on_time_returns: i64,
    pub late_returns: i64,
    pub reviews_received: i64,
    pub rating_sum: i64,
    pub reviews_given: i64,
    pub points: i64,
    pub items_shared: i64,
    pub groups_joined: i64,
}

impl Contribution {
    pub fn is_zero(&self) -> bool {
        *self == Contribution::default()
    }
}

/// Up to two users touched by one record.
pub type Contributions = Vec<(UserId, Contribution)>;

/// A returned loan counts for its lender (items_lent) and its borrower (items_borrowed, and
/// on time or late when it has a due date: returned_at's UTC date against due_date).
pub fn loan_contributions(loan: &Loan) -> Contributions {
    if loan.status != LoanStatus::Returned {
        return Vec::new();
    }
    let lender = Contribution {
        items_lent: 1,
        ..Default::default()
    };
    let mut borrower = Contribution {
        items_borrowed: 1,
        ..Default::default()
    };
    if let (Some(due), Some(returned)) = (loan.due_date, loan.returned_at) {
        if day_of(returned) <= due {
            borrower.on_time_returns = 1;
        } else {
            borrower.late_returns = 1;
        }
    }
    vec![(loan.lender, lender), (loan.borrower, borrower)]
}

pub fn review_contributions(review: &Review) -> Contributions {
    let received = Contribution {
        reviews_received: 1,
        rating_sum: review.rating as i64,
        ..Default::default()
    };
    let given = Contribution {
        reviews_given: 1,
        ..Default::default()
    };
    vec![(review.reviewee, received), (review.reviewer, given)]
}

/// `items_shared` counts the owner's active items that are shared with someone: a private
/// item is shared with nobody (DOMAIN.md).
pub fn item_contributions(item: &Item) -> Contributions {
    if !item.is_active || item.visibility == Visibility::Private {
        return Vec::new();
    }
    vec![(
        item.owner,
        Contribution {
            items_shared: 1,
            ..Default::default()
        },
    )]
}

/// `groups_joined` counts active memberships whatever the group's state.
pub fn membership_contributions(m: &Membership) -> Contributions {
    if m.status != MemberStatus::Active {
        return Vec::new();
    }
    vec![(
        m.user,
        Contribution {
            groups_joined: 1,
            ..Default::default()
        },
    )]
}

pub fn points_contributions(p: &PointsEntry) -> Contributions {
    vec![(
        p.user,
        Contribution {
            points: p.points,
            ..Default::default()
        },
    )]
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::domain::choice::*;
    use crate::domain::records::{ItemId, LoanId};
    use crate::domain::time::{parse_date, parse_datetime};

    #[test]
    fn trust_score_floors_the_rating_part() {
        // 3 reviews summing 14: 10 * 14 / 3 = 46.67 -> 46; 50 + 46 - 25 = 71.
        assert_eq!(trust_score(3, 14, 0, 0), 71);
        // No reviews: the rating part is 0.
        assert_eq!(trust_score(0, 0, 0, 0), 50);
        // All fives: 50 + 50 - 25 = 75, plus on-time bonus capped at 20.
        assert_eq!(trust_score(4, 20, 3, 0), 81);
        assert_eq!(trust_score(4, 20, 30, 0), 95);
    }

    #[test]
    fn trust_score_caps_penalties_and_clamps() {
        assert_eq!(trust_score(0, 0, 0, 2), 40);
        assert_eq!(
            trust_score(0, 0, 0, 100),
            20,
            "late penalty is capped at 30"
        );
        // The lowest reachable score: all ones (10 - 25) and the full late penalty.
        assert_eq!(trust_score(10, 10, 0, 100), 5);
        // The highest: all fives and the full on-time bonus.
        assert_eq!(trust_score(2, 10, 50, 0), 95);
    }

    #[test]
    fn trust_score_never_leaves_0_to_100() {
        for rr in 0..6 {
            for sum in rr..=5 * rr {
                for late in 0..8 {
                    let t = trust_score(rr, sum, 12, late);
                    assert!((0..=100).contains(&t), "{rr} {sum} {late}: {t}");
                }
            }
        }
    }

    /// Item 1 lent by user 3 to user 2, due `due`, returned at `returned` (also the period
    /// boards' tests' loan).
    pub(crate) fn returned_loan(due: &str, returned: &str) -> Loan {
        Loan {
            item: ItemId(1),
            borrower: UserId(2),
            lender: UserId(3),
            group: None,
            status: LoanStatus::Returned,
            request_message: String::new(),
            requested_at: 0,
            approved_at: None,
            start_date: None,
            due_date: parse_date(due),
            returned_at: parse_datetime(returned),
        }
    }

    #[test]
    fn a_return_on_the_due_date_is_on_time_by_its_utc_date() {
        let c = loan_contributions(&returned_loan("2024-03-15", "2024-03-15T23:59:59.999Z"));
        assert_eq!(
            c[0],
            (
                UserId(3),
                Contribution {
                    items_lent: 1,
                    ..Default::default()
                }
            )
        );
        assert_eq!(c[1].1.on_time_returns, 1);
        assert_eq!(c[1].1.late_returns, 0);
        let late = loan_contributions(&returned_loan("2024-03-15", "2024-03-16T00:00:00Z"));
        assert_eq!(late[1].1.late_returns, 1);
        assert_eq!(late[1].1.items_borrowed, 1);
    }

    #[test]
    fn only_returned_loans_count() {
        let mut loan = returned_loan("2024-03-15", "2024-03-15T10:00:00Z");
        loan.status = LoanStatus::BorrowerReturned;
        assert!(loan_contributions(&loan).is_empty());
        loan.status = LoanStatus::Returned;
        loan.due_date = None;
        let c = loan_contributions(&loan);
        assert_eq!(
            c[1].1,
            Contribution {
                items_borrowed: 1,
                ..Default::default()
            }
        );
    }

    #[test]
    fn applying_and_removing_a_contribution_restores_the_figures() {
        let review = Review {
            loan: LoanId(1),
            reviewer: UserId(2),
            reviewee: UserId(3),
            reviewer_role: ReviewerRole::Lender,
            rating: 4,
            comment: String::new(),
            created_at: 0,
        };
        let mut f = Figures::default();
        f.refresh_trust();
        let before = f;
        let (_, c) = review_contributions(&review)[0];
        f.apply(&c, 1).unwrap();
        assert_eq!(
            (f.reviews_received, f.rating_sum, f.trust_score),
            (1, 4, 65)
        );
        f.apply(&c, -1).unwrap();
        assert_eq!(f, before);
    }

    #[test]
    fn an_item_counts_as_shared_when_active_and_not_private() {
        let item = |visibility, is_active| Item {
            is_active,
            ..crate::domain::records::sample_item(visibility, UserId(4), Vec::new())
        };
        let shared = |i: &Item| -> i64 {
            item_contributions(i)
                .iter()
                .map(|(_, c)| c.items_shared)
                .sum()
        };
        assert_eq!(shared(&item(Visibility::Public, true)), 1);
        assert_eq!(shared(&item(Visibility::Restricted, true)), 1);
        assert_eq!(
            shared(&item(Visibility::Private, true)),
            0,
            "shared with nobody"
        );
        assert_eq!(shared(&item(Visibility::Public, false)), 0);
        assert_eq!(
            item_contributions(&item(Visibility::Public, true))[0].0,
            UserId(4)
        );
    }

    #[test]
    fn a_figure_that_would_overflow_is_refused_and_left_as_it_was() {
        let mut f = Figures {
            points: i64::MAX - 5,
            ..Default::default()
        };
        let before = f;
        let ten = Contribution {
            points: 10,
            items_shared: 1,
            ..Default::default()
        };
        assert_eq!(f.apply(&ten, 1), Err(FigureOverflow { field: "points" }));
        assert_eq!(f, before, "nothing changed");
        let mut low = Figures {
            points: i64::MIN + 5,
            ..Default::default()
        };
        assert_eq!(low.apply(&ten, -1), Err(FigureOverflow { field: "points" }));
        // Ten times the loans must fit too: they are the lending board's score.
        let mut lent = Figures {
            items_lent: i64::MAX / 10,
            ..Default::default()
        };
        let one = Contribution {
            items_lent: 1,
            ..Default::default()
        };
        assert_eq!(
            lent.apply(&one, 1),
            Err(FigureOverflow {
                field: "items_lent"
            })
        );
    }

    #[test]
    fn trust_cannot_overflow_whatever_the_figures() {
        assert_eq!(trust_score(1, i64::MAX, i64::MAX, 0), 100);
        assert_eq!(trust_score(i64::MAX, i64::MIN, 0, i64::MAX), 0);
        // Nonsense (negative) counts still give a score in range: 50 - 2|m| + 5|m| clamped.
        assert_eq!(trust_score(0, 0, i64::MIN, i64::MIN), 100);
    }
}
