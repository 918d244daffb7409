//! Exact decimals as written (`4.4`, `5.0`, `"90"`, `1e1`), as a fraction `num / den`, so a
//! rule like "rating_sum >= 4.4 * reviews" compares integers and never rounds.

/// `num / den` with `den > 0`, both at most [`MAX_PART`], so that comparing with any pair of
/// figures (each within `i64`) multiplies within `i128` and cannot overflow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fraction {
    pub num: i128,
    pub den: i128,
}

/// The largest numerator or denominator of a [`Fraction`] (18 digits: no rule needs more).
pub const MAX_PART: i128 = 1_000_000_000_000_000_000;

impl Fraction {
    pub fn whole(n: i64) -> Self {
        Fraction {
            num: n as i128,
            den: 1,
        }
    }

    /// Parses decimal text: optional sign, digits, optional fraction, optional exponent.
    /// Quotes around it (a JSON string) are accepted. Too many digits is an error, not a
    /// rounding.
    pub fn parse(text: &str) -> Option<Self> {
        let t = text.trim().trim_matches('"');
        let (mantissa, exp) = match t.find(['e', 'E']) {
            Some(i) => (&t[..i], t[i + 1..].parse::<i32>().ok()?),
            None => (t, 0),
        };
        let (neg, mantissa) = match mantissa.strip_prefix('-') {
            Some(m) => (true, m),
            None => (false, mantissa.strip_prefix('+').unwrap_or(mantissa)),
        };
        let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
        if int.is_empty() && frac.is_empty()
            || !int.bytes().chain(frac.bytes()).all(|b| b.is_ascii_digit())
            || int.len() + frac.len() > 30
        {
            return None;
        }
        let mut num: i128 = 0;
        for b in int.bytes().chain(frac.bytes()) {
            num = num * 10 + (b - b'0') as i128;
        }
        // Bounded first, so that the subtraction cannot overflow.
        if !(-100..=100).contains(&exp) {
            return None;
        }
        let scale = exp - frac.len() as i32;
        if !(-30..=30).contains(&scale) {
            return None;
        }
        let (num, den) = if scale >= 0 {
            (num.checked_mul(10i128.checked_pow(scale as u32)?)?, 1)
        } else {
            (num, 10i128.pow((-scale) as u32))
        };
        if num.abs() > MAX_PART || den > MAX_PART {
            return None;
        }
        Some(Fraction {
            num: if neg { -num } else { num },
            den,
        })
    }

    /// `a >= self * b`, exactly.
    pub fn le_ratio(self, a: i64, b: i64) -> bool {
        (a as i128) * self.den >= self.num * (b as i128)
    }

    /// `n >= self`, exactly.
    pub fn le(self, n: i64) -> bool {
        self.le_ratio(n, 1)
    }

    /// The smallest whole number at least this (a review count a rule asks for).
    pub fn ceil(self) -> i64 {
        let n = self.num.div_euclid(self.den) + i128::from(self.num.rem_euclid(self.den) != 0);
        n.clamp(i64::MIN as i128, i64::MAX as i128) as i64
    }

    /// As a person reads it: `4.5`, `70`, `4.25`, rounded down to two decimals (`4.333` reads
    /// `4.33`): the exact value is what rules compare. For what a member has.
    pub fn shown(self) -> String {
        self.shown_rounded(false)
    }

    /// As [`shown`](Self::shown), rounded up (`4.331` reads `4.34`): for what a rule asks, so
    /// that reaching the number shown is always enough.
    pub fn shown_up(self) -> String {
        self.shown_rounded(true)
    }

    fn shown_rounded(self, up: bool) -> String {
        let sign = if self.num < 0 { "-" } else { "" };
        let scaled = self.num.abs() * 100;
        let away = up == (self.num >= 0) && scaled % self.den != 0;
        let hundredths = scaled / self.den + i128::from(away);
        let (whole, part) = (hundredths / 100, hundredths % 100);
        match part {
            0 => format!("{sign}{whole}"),
            p if p % 10 == 0 => format!("{sign}{whole}.{}", p / 10),
            p => format!("{sign}{whole}.{p:02}"),
        }
    }

    /// `lo <= self <= hi`, exactly.
    pub fn within(self, lo: i64, hi: i64) -> bool {
        self.num >= (lo as i128) * self.den && self.le(hi)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals_read_as_written_and_round_up_to_counts() {
        let f = |t| Fraction::parse(t).unwrap();
        assert_eq!(f("4.5").shown(), "4.5");
        assert_eq!(f("70").shown(), "70");
        assert_eq!(f("4.25").shown(), "4.25");
        assert_eq!(f("4.339").shown(), "4.33");
        assert_eq!(f("-1.5").shown(), "-1.5");
        assert_eq!(f("4.331").shown_up(), "4.34");
        assert_eq!(f("4.5").shown_up(), "4.5");
        assert_eq!(f("2").ceil(), 2);
        assert_eq!(f("2.1").ceil(), 3);
        assert_eq!(f("0").ceil(), 0);
    }

    #[test]
    fn decimals_are_read_exactly() {
        assert_eq!(Fraction::parse("4.4"), Some(Fraction { num: 44, den: 10 }));
        assert_eq!(Fraction::parse("5.0"), Some(Fraction { num: 50, den: 10 }));
        assert_eq!(
            Fraction::parse("\"90\""),
            Some(Fraction { num: 90, den: 1 })
        );
        assert_eq!(Fraction::parse("1e1"), Some(Fraction { num: 10, den: 1 }));
        assert_eq!(
            Fraction::parse("-2.5"),
            Some(Fraction { num: -25, den: 10 })
        );
        assert_eq!(Fraction::parse("abc"), None);
        assert_eq!(Fraction::parse("."), None);
    }

    #[test]
    fn comparison_has_no_float_rounding() {
        // 4.4 * 25 is 110.00000000000001 in binary floating point; exactly it is 110.
        let v = Fraction::parse("4.4").unwrap();
        assert!(v.le_ratio(110, 25));
        assert!(!v.le_ratio(109, 25));
        assert!(v.le(5) && !v.le(4));
        assert!(v.within(0, 5) && !v.within(0, 4) && !v.within(5, 100));
    }

    #[test]
    fn parts_past_eighteen_digits_are_refused_so_comparisons_cannot_overflow() {
        assert!(Fraction::parse("1e18").is_some());
        assert_eq!(Fraction::parse("1e19"), None);
        assert_eq!(Fraction::parse("-1e19"), None);
        assert_eq!(Fraction::parse("1.5e-2147483648"), None);
        assert_eq!(Fraction::parse("1e2147483647"), None);
        assert_eq!(Fraction::parse("0.0000000000000000001"), None);
        // The largest parts against the largest figures: no overflow, the exact answer.
        let big = Fraction::parse("999999999999999999").unwrap();
        assert!(big.le_ratio(i64::MAX, 1));
        assert!(!big.le_ratio(1, i64::MAX));
    }
}
