//! The closed sets of words a record field takes (`privacy`, `status`, ...), each spelled as in
//! Django so fixtures and the API read and write them unchanged.

use rkyv::{Archive, Deserialize, Serialize};

/// Declares a fieldless enum stored with rkyv, with its Django spelling both ways.
macro_rules! choice {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Archive, Serialize, Deserialize, Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[rkyv(derive(Debug, PartialEq, Eq))]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }

            pub fn parse(s: &str) -> Option<Self> {
                match s { $($text => Some($name::$variant),)+ _ => None }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl From<&<$name as Archive>::Archived> for $name {
            fn from(a: &<$name as Archive>::Archived) -> Self {
                $(if *a == <$name as Archive>::Archived::$variant { return $name::$variant; })+
                unreachable!("every archived variant is listed")
            }
        }
    };
}

choice!(
    /// Who may see and join a group.
    Privacy { Public = "public", Request = "request", Private = "private" }
);
choice!(Role { Member = "member", Admin = "admin" });
choice!(MemberStatus { Active = "active", Pending = "pending", Banned = "banned" });
choice!(Condition {
    New = "new",
    Excellent = "excellent",
    Good = "good",
    Fair = "fair",
    Poor = "poor",
});
choice!(ItemStatus {
    Available = "available",
    Borrowed = "borrowed",
    NotRightNow = "not_right_now",
    SpecialConditions = "special_conditions",
});
choice!(Visibility { Public = "public", Restricted = "restricted", Private = "private" });
choice!(
    /// Who may see a member's profile and name (DOMAIN.md, "Profile privacy").
    ProfileVisibility {
        Public = "public",
        Private = "private",
        LendersBorrowers = "lenders_borrowers",
    }
);
choice!(LoanStatus {
    Requested = "requested",
    Approved = "approved",
    Active = "active",
    BorrowerReturned = "borrower_returned",
    Returned = "returned",
    Rejected = "rejected",
    Cancelled = "cancelled",
});
choice!(ReviewerRole { Lender = "lender", Borrower = "borrower" });
choice!(
    /// Where a borrower's request for more time stands (`domain::extension`).
    ExtensionState { Pending = "pending", Accepted = "accepted", Declined = "declined" }
);
choice!(BadgeType {
    Bronze = "bronze",
    Silver = "silver",
    Gold = "gold",
    Platinum = "platinum",
    Special = "special",
});
choice!(BadgeCategory {
    Lending = "lending",
    Borrowing = "borrowing",
    Community = "community",
    Reputation = "reputation",
    Special = "special",
});
choice!(PointsKind {
    Earned = "earned",
    Bonus = "bonus",
    Penalty = "penalty",
    StreakBonus = "streak_bonus",
    Achievement = "achievement",
});

impl LoanStatus {
    /// An open loan holds its item: at most one per item, and the item shows `borrowed`.
    pub fn is_open(self) -> bool {
        matches!(
            self,
            LoanStatus::Approved | LoanStatus::Active | LoanStatus::BorrowerReturned
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_choice_reads_back_its_own_spelling() {
        for s in LoanStatus::ALL {
            assert_eq!(LoanStatus::parse(s.as_str()), Some(*s));
        }
        assert_eq!(Privacy::parse("request"), Some(Privacy::Request));
        assert_eq!(Privacy::parse("Request"), None);
        assert_eq!(BadgeType::Gold.to_string(), "gold");
    }

    #[test]
    fn only_approved_active_and_borrower_returned_loans_are_open() {
        let open: Vec<_> = LoanStatus::ALL.iter().filter(|s| s.is_open()).collect();
        assert_eq!(
            open,
            [
                &LoanStatus::Approved,
                &LoanStatus::Active,
                &LoanStatus::BorrowerReturned
            ]
        );
    }
}
