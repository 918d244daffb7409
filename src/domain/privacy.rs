//! Profile privacy (DOMAIN.md): who may see a member's profile and name, and whether they are
//! named on the boards. Privacy hides names, never a figure, a rank or a count: every rule
//! here answers "named or not", and the callers keep the row, the entry or the count.

use super::choice::{LoanStatus, ProfileVisibility};
use super::records::{ArchivedLoan, Loan};

/// A member's two choices. The default is Comuniza's: `private`, and named on the boards.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ProfilePrivacy {
    pub visibility: ProfileVisibility,
    pub show_on_boards: bool,
}

impl Default for ProfilePrivacy {
    fn default() -> Self {
        Self {
            visibility: ProfileVisibility::Private,
            show_on_boards: true,
        }
    }
}

impl ProfilePrivacy {
    /// One byte in the store: the visibility's index, and bit 7 set when off the boards.
    pub fn packed(self) -> u8 {
        let v = ProfileVisibility::ALL
            .iter()
            .position(|v| *v == self.visibility)
            .unwrap_or(1) as u8;
        v | if self.show_on_boards { 0 } else { 0x80 }
    }

    /// The choices a stored byte holds; an unknown visibility reads as `private` (the safe
    /// side).
    pub fn unpacked(byte: u8) -> Self {
        let visibility = ProfileVisibility::ALL
            .get(usize::from(byte & 0x7f))
            .copied()
            .unwrap_or(ProfileVisibility::Private);
        Self {
            visibility,
            show_on_boards: byte & 0x80 == 0,
        }
    }
}

/// How a viewer stands to a member, as far as the rules need; each part is asked only when
/// the visibility needs it (reading memberships or loans costs lookups).
pub trait Standing {
    /// The viewer is the member, or staff.
    fn is_self_or_staff(&self) -> bool;
    /// They share an active membership of an active group.
    fn shares_group(&mut self) -> bool;
    /// They have had a loan together, either side, that went beyond `requested`.
    fn had_loan(&mut self) -> bool;
}

/// Whether the viewer may see the member's profile (and their name anywhere it is shown).
pub fn sees_profile(p: ProfilePrivacy, s: &mut impl Standing) -> bool {
    s.is_self_or_staff()
        || match p.visibility {
            ProfileVisibility::Public => true,
            ProfileVisibility::Private => s.shares_group(),
            ProfileVisibility::LendersBorrowers => s.had_loan(),
        }
}

/// Someone not signed in: not the member, not staff, in no group and with no loan.
pub struct Visitor;

impl Standing for Visitor {
    fn is_self_or_staff(&self) -> bool {
        false
    }
    fn shares_group(&mut self) -> bool {
        false
    }
    fn had_loan(&mut self) -> bool {
        false
    }
}

/// Whether a visitor sees the member's profile and name (the search index keeps this per
/// owner, so that a visitor's query never matches a name hidden from them).
pub fn seen_by_visitors(p: ProfilePrivacy) -> bool {
    sees_profile(p, &mut Visitor)
}

/// Whether the viewer sees the member's name on the boards: "leave me off the boards" hides
/// it from everyone but themselves and staff.
pub fn named_on_boards(p: ProfilePrivacy, s: &mut impl Standing) -> bool {
    s.is_self_or_staff() || (p.show_on_boards && sees_profile(p, s))
}

/// Whether a loan counts for `lenders_borrowers`: the lender said yes to it at some point
/// (a loan cancelled after approval did go beyond `requested`).
pub fn went_beyond_request(loan: &Loan) -> bool {
    said_yes(loan.approved_at.is_some(), loan.status)
}

/// `went_beyond_request` of a loan read in place.
pub fn went_beyond_request_archived(loan: &ArchivedLoan) -> bool {
    said_yes(loan.approved_at.is_some(), LoanStatus::from(&loan.status))
}

fn said_yes(approved: bool, status: LoanStatus) -> bool {
    approved
        || matches!(
            status,
            LoanStatus::Approved
                | LoanStatus::Active
                | LoanStatus::BorrowerReturned
                | LoanStatus::Returned
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Fixed {
        me: bool,
        group: bool,
        loan: bool,
        asked: u32,
    }

    impl Standing for Fixed {
        fn is_self_or_staff(&self) -> bool {
            self.me
        }
        fn shares_group(&mut self) -> bool {
            self.asked += 1;
            self.group
        }
        fn had_loan(&mut self) -> bool {
            self.asked += 1;
            self.loan
        }
    }

    fn viewer(me: bool, group: bool, loan: bool) -> Fixed {
        Fixed {
            me,
            group,
            loan,
            asked: 0,
        }
    }

    fn privacy(visibility: ProfileVisibility, show_on_boards: bool) -> ProfilePrivacy {
        ProfilePrivacy {
            visibility,
            show_on_boards,
        }
    }

    #[test]
    fn each_visibility_opens_to_its_own_people() {
        use ProfileVisibility::*;
        let anyone = viewer(false, false, false);
        let neighbour = viewer(false, true, false);
        let partner = viewer(false, false, true);
        let myself = viewer(true, false, false);
        let cases = [
            (Public, [true, true, true, true]),
            (Private, [false, true, false, true]),
            (LendersBorrowers, [false, false, true, true]),
        ];
        for (vis, expected) in cases {
            let p = privacy(vis, true);
            let seen: Vec<bool> = [&anyone, &neighbour, &partner, &myself]
                .into_iter()
                .map(|v| sees_profile(p, &mut viewer(v.me, v.group, v.loan)))
                .collect();
            assert_eq!(seen, expected, "{vis}");
            assert_eq!(
                seen_by_visitors(p),
                expected[0],
                "a visitor is anyone: {vis}"
            );
        }
    }

    #[test]
    fn public_profiles_and_the_member_themselves_cost_no_lookup() {
        let mut v = viewer(false, true, true);
        assert!(sees_profile(
            privacy(ProfileVisibility::Public, true),
            &mut v
        ));
        let mut me = viewer(true, false, false);
        assert!(sees_profile(
            privacy(ProfileVisibility::Private, true),
            &mut me
        ));
        assert_eq!(v.asked + me.asked, 0);
    }

    #[test]
    fn off_the_boards_is_nameless_to_all_but_themselves_and_staff() {
        let off = privacy(ProfileVisibility::Public, false);
        assert!(!named_on_boards(off, &mut viewer(false, true, true)));
        assert!(named_on_boards(off, &mut viewer(true, false, false)));
        let on = privacy(ProfileVisibility::Private, true);
        assert!(named_on_boards(on, &mut viewer(false, true, false)));
        assert!(!named_on_boards(on, &mut viewer(false, false, true)));
    }

    #[test]
    fn the_stored_byte_reads_back_and_defaults_to_private() {
        for vis in ProfileVisibility::ALL {
            for show in [true, false] {
                let p = privacy(*vis, show);
                assert_eq!(ProfilePrivacy::unpacked(p.packed()), p);
            }
        }
        assert_eq!(
            ProfilePrivacy::unpacked(0x05).visibility,
            ProfileVisibility::Private
        );
        assert_eq!(ProfilePrivacy::default().packed(), 1);
    }

    #[test]
    fn a_loan_counts_once_the_lender_said_yes() {
        let mut loan = crate::domain::records::sample_loan(LoanStatus::Requested);
        loan.approved_at = None;
        assert!(!went_beyond_request(&loan));
        loan.status = LoanStatus::Rejected;
        assert!(!went_beyond_request(&loan));
        loan.status = LoanStatus::Cancelled;
        assert!(!went_beyond_request(&loan));
        loan.approved_at = Some(5);
        assert!(went_beyond_request(&loan), "cancelled after approval");
        loan.approved_at = None;
        loan.status = LoanStatus::Returned;
        assert!(went_beyond_request(&loan), "imported without approved_at");
    }
}
