//! Badge rules (DOMAIN.md "Badges"): an achievement compiled once into a [`Rule`] over a user's
//! [`Figures`]. The write path, `rebuild`, import and `verify` all ask the same `holds`.

use super::boards::Board;
use super::decimal::Fraction;
use super::figures::Figures;
use super::periods::Period;
use super::records::{Achievement, Badge, BadgeId};
use super::validate::{invalid, Invalid};

/// What a figure-count rule counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Counted {
    ItemsShared,
    ItemsBorrowed,
    ItemsLent,
    GroupsJoined,
    ReviewsGiven,
}

impl Counted {
    pub fn of(self, f: &Figures) -> i64 {
        match self {
            Counted::ItemsShared => f.items_shared,
            Counted::ItemsBorrowed => f.items_borrowed,
            Counted::ItemsLent => f.items_lent,
            Counted::GroupsJoined => f.groups_joined,
            Counted::ReviewsGiven => f.reviews_given,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rule {
    /// count >= threshold.
    AtLeast(Counted, i64),
    /// reviews_received >= max(min_reviews, 1) and rating_sum >= value * reviews_received.
    Rating {
        value: Fraction,
        min_reviews: Fraction,
    },
    /// trust_score >= value and reviews_received >= min_reviews.
    Trust {
        value: Fraction,
        min_reviews: Fraction,
    },
    /// `period_top` (issue 20): the first `rank` of the site's `board` in each `period`,
    /// awarded when the period ends (ties share a rank), to a score above 0.
    PeriodTop {
        board: Board,
        period: Period,
        rank: i64,
    },
    /// Granted by an admin only (`streak_maintained`, `special_action`, unknown triggers or
    /// conditions that name no rule this site knows).
    Manual,
}

/// A `period_top` rule's board: one that has periods, by name.
fn period_board(name: Option<&serde_json::Value>) -> Option<Board> {
    let name = name?.as_str()?;
    Board::ALL
        .into_iter()
        .find(|b| b.as_str() == name && super::periods::has_periods(*b))
}

fn period_of(name: Option<&serde_json::Value>) -> Option<Period> {
    Period::parse(name?.as_str()?)
}

/// A threshold left null on a counting trigger is read as 1 (the badge's first step).
const DEFAULT_THRESHOLD: i64 = 1;

/// The trigger types of DOMAIN.md.
pub const TRIGGER_TYPES: [&str; 8] = [
    "item_shared",
    "loan_completed",
    "group_joined",
    "review_given",
    "threshold_reached",
    "streak_maintained",
    "special_action",
    "period_top",
];

/// The largest threshold an achievement takes (no count comes near it).
pub const MAX_THRESHOLD: i64 = 1_000_000;

/// The largest points a badge may give, either way, and a staff adjustment of points.
pub const MAX_BADGE_POINTS: i64 = 1_000_000;

/// Checks an achievement staff write against DOMAIN.md's rules: a known trigger type, a
/// threshold from 0 to [`MAX_THRESHOLD`], and conditions that are a JSON object its trigger
/// can read (`threshold_reached`: a `type` of `rating` or `trust_score`, a numeric `value`
/// within the figure's range, a whole `min_reviews` of 0 or more; `loan_completed`: a `role`
/// of `lender` or `borrower`). An import keeps what a site had (unknown rules are manual).
pub fn check_achievement(
    trigger: &str,
    threshold: Option<i64>,
    conditions: &serde_json::Value,
) -> Result<(), Invalid> {
    if !TRIGGER_TYPES.contains(&trigger) {
        return Err(invalid(
            "trigger_type",
            crate::i18n::phrase::Phrase::id("invalid-one-of")
                .text("list", TRIGGER_TYPES.join(", ")),
        ));
    }
    if threshold.is_some_and(|t| !(0..=MAX_THRESHOLD).contains(&t)) {
        return Err(invalid(
            "threshold_value",
            crate::i18n::phrase::Phrase::id("invalid-from-to")
                .number("min", 0)
                .number("max", MAX_THRESHOLD),
        ));
    }
    let Some(map) = conditions.as_object() else {
        return Err(invalid(
            "conditions",
            crate::i18n::phrase::Phrase::id("invalid-json-object"),
        ));
    };
    match trigger {
        "loan_completed" => match condition(map, "role") {
            None => Ok(()),
            Some(r) if matches!(r.as_str(), Some("lender" | "borrower")) => Ok(()),
            Some(_) => Err(invalid(
                "conditions",
                crate::i18n::phrase::Phrase::id("invalid-role"),
            )),
        },
        "threshold_reached" => check_threshold_conditions(map),
        "period_top" => {
            let board = period_board(condition(map, "board"));
            if board.is_none() || period_of(condition(map, "period")).is_none() {
                return Err(invalid(
                    "conditions",
                    crate::i18n::phrase::Phrase::id("invalid-period-top"),
                ));
            }
            Ok(())
        }
        _ => Ok(()),
    }
}

fn check_threshold_conditions(
    map: &serde_json::Map<String, serde_json::Value>,
) -> Result<(), Invalid> {
    let top = match condition(map, "type").and_then(|t| t.as_str()) {
        Some("rating") => 5,
        Some("trust_score") => 100,
        _ => {
            return Err(invalid(
                "conditions",
                crate::i18n::phrase::Phrase::id("invalid-threshold-type"),
            ))
        }
    };
    let value = condition(map, "value").and_then(decimal);
    if !value.is_some_and(|v| v.within(0, top)) {
        return Err(invalid(
            "conditions",
            crate::i18n::phrase::Phrase::id("invalid-value-range").number("max", top),
        ));
    }
    if let Some(m) = condition(map, "min_reviews") {
        if !m.as_i64().is_some_and(|m| (0..=MAX_THRESHOLD).contains(&m)) {
            return Err(invalid(
                "conditions",
                crate::i18n::phrase::Phrase::id("invalid-min-reviews"),
            ));
        }
    }
    Ok(())
}

fn condition<'a>(
    conditions: &'a serde_json::Map<String, serde_json::Value>,
    key: &str,
) -> Option<&'a serde_json::Value> {
    conditions.get(key).filter(|v| !v.is_null())
}

fn decimal(v: &serde_json::Value) -> Option<Fraction> {
    match v {
        serde_json::Value::Number(n) => Fraction::parse(&n.to_string()),
        serde_json::Value::String(s) => Fraction::parse(s),
        _ => None,
    }
}

impl Rule {
    pub fn compile(a: &Achievement) -> Rule {
        // serde_json reads 4.4 as the nearest f64, whose shortest form prints as "4.4" again:
        // exact for every decimal of up to 15 significant digits, which conditions are.
        let conditions: serde_json::Map<String, serde_json::Value> =
            serde_json::from_str(&a.conditions).unwrap_or_default();
        let threshold = a.threshold_value.unwrap_or(DEFAULT_THRESHOLD);
        let counted = match a.trigger_type.as_str() {
            "item_shared" => Counted::ItemsShared,
            "loan_completed" => match condition(&conditions, "role").and_then(|r| r.as_str()) {
                Some("lender") => Counted::ItemsLent,
                _ => Counted::ItemsBorrowed,
            },
            "group_joined" => Counted::GroupsJoined,
            "review_given" => Counted::ReviewsGiven,
            "threshold_reached" => return Self::threshold(&conditions),
            "period_top" => {
                let board = period_board(condition(&conditions, "board"));
                let period = period_of(condition(&conditions, "period"));
                return match (board, period) {
                    (Some(board), Some(period)) => Rule::PeriodTop {
                        board,
                        period,
                        rank: threshold.max(1),
                    },
                    _ => Rule::Manual,
                };
            }
            _ => return Rule::Manual,
        };
        Rule::AtLeast(counted, threshold)
    }

    fn threshold(conditions: &serde_json::Map<String, serde_json::Value>) -> Rule {
        let Some(value) = condition(conditions, "value").and_then(decimal) else {
            return Rule::Manual;
        };
        let min_reviews = match condition(conditions, "min_reviews") {
            None => Fraction::whole(0),
            Some(m) => match decimal(m) {
                Some(m) => m,
                None => return Rule::Manual,
            },
        };
        match condition(conditions, "type").and_then(|t| t.as_str()) {
            Some("rating") => Rule::Rating { value, min_reviews },
            Some("trust_score") => Rule::Trust { value, min_reviews },
            _ => Rule::Manual,
        }
    }

    pub fn holds(&self, f: &Figures) -> bool {
        match *self {
            Rule::AtLeast(counted, threshold) => counted.of(f) >= threshold,
            Rule::Rating { value, min_reviews } => {
                f.reviews_received >= 1
                    && min_reviews.le(f.reviews_received)
                    && value.le_ratio(f.rating_sum, f.reviews_received)
            }
            Rule::Trust { value, min_reviews } => {
                value.le(f.trust_score) && min_reviews.le(f.reviews_received)
            }
            // Judged when a period ends, on its board: no figure makes it true.
            Rule::PeriodTop { .. } | Rule::Manual => false,
        }
    }

    /// Where a member stands against this rule, in the rule's own terms.
    pub fn progress(&self, f: &Figures) -> Progress {
        match *self {
            Rule::AtLeast(counted, need) => Progress::Count {
                have: counted.of(f),
                need,
                counted,
            },
            Rule::Rating { value, min_reviews } => Progress::Rating {
                rating_sum: f.rating_sum,
                reviews: f.reviews_received,
                need: value,
                min_reviews: min_reviews.ceil().max(1),
            },
            Rule::Trust { value, min_reviews } => Progress::Trust {
                score: f.trust_score,
                need: value,
                reviews: f.reviews_received,
                min_reviews: min_reviews.ceil().max(0),
            },
            Rule::PeriodTop {
                board,
                period,
                rank,
            } => Progress::PeriodTop {
                board,
                period,
                rank,
            },
            Rule::Manual => Progress::Granted,
        }
    }
}

/// A member's standing against one rule, for the "Your progress" part of a badge's page: each
/// kind of rule explains itself (a count, an average rating, a trust score, or staff's choice).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Progress {
    Count {
        have: i64,
        need: i64,
        counted: Counted,
    },
    /// An average of `rating_sum / reviews` of at least `need`, over `min_reviews` or more.
    Rating {
        rating_sum: i64,
        reviews: i64,
        need: Fraction,
        min_reviews: i64,
    },
    Trust {
        score: i64,
        need: Fraction,
        reviews: i64,
        min_reviews: i64,
    },
    /// Awarded to the first `rank` of `board` when each `period` ends.
    PeriodTop {
        board: Board,
        period: Period,
        rank: i64,
    },
    /// No rule this site counts: the site's staff award it.
    Granted,
}

/// The automatic rules in force: active achievements of active badges whose rule is not manual.
#[derive(Debug, Clone, Default)]
pub struct RuleBook {
    pub rules: Vec<(BadgeId, Rule)>,
}

impl RuleBook {
    pub fn new<'a>(
        achievements: impl IntoIterator<Item = &'a Achievement>,
        badge: impl Fn(BadgeId) -> Option<&'a Badge>,
    ) -> RuleBook {
        let mut rules: Vec<(BadgeId, Rule)> = achievements
            .into_iter()
            .filter(|a| a.is_active && badge(a.badge).is_some_and(|b| b.is_active))
            .map(|a| (a.badge, Rule::compile(a)))
            .filter(|(_, r)| *r != Rule::Manual)
            .collect();
        rules.sort_by_key(|(b, _)| *b);
        RuleBook { rules }
    }

    /// Badges (ascending, each once) whose rule holds on these figures: a badge with several
    /// active achievements is earned when any one holds.
    pub fn earned(&self, f: &Figures) -> Vec<BadgeId> {
        let mut out: Vec<BadgeId> = self
            .rules
            .iter()
            .filter(|(_, r)| r.holds(f))
            .map(|(b, _)| *b)
            .collect();
        out.dedup();
        out
    }

    /// The `period_top` rules: (badge, board, period, rank).
    pub fn period_tops(&self) -> Vec<(BadgeId, Board, Period, i64)> {
        self.rules
            .iter()
            .filter_map(|(badge, r)| match *r {
                Rule::PeriodTop {
                    board,
                    period,
                    rank,
                } => Some((*badge, board, period, rank)),
                _ => None,
            })
            .collect()
    }

    /// Badges whose rule holds on `after` and on `before` held by none of their rules.
    pub fn newly_earned(&self, before: &Figures, after: &Figures) -> Vec<BadgeId> {
        let held_before = self.earned(before);
        let mut out = self.earned(after);
        out.retain(|b| !held_before.contains(b));
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ach(trigger: &str, threshold: Option<i64>, conditions: &str) -> Achievement {
        Achievement {
            badge: BadgeId(1),
            trigger_type: trigger.into(),
            threshold_value: threshold,
            conditions: conditions.into(),
            is_active: true,
        }
    }

    #[test]
    fn a_period_top_rule_names_a_board_with_periods_and_a_period() {
        let json = |s: &str| serde_json::from_str::<serde_json::Value>(s).unwrap();
        let lending = r#"{"board": "lending", "period": "month"}"#;
        assert!(check_achievement("period_top", Some(3), &json(lending)).is_ok());
        for bad in [
            r#"{"board": "reputation", "period": "month"}"#,
            r#"{"board": "lending", "period": "fortnight"}"#,
            r#"{"board": "lending"}"#,
            r#"{"period": "week"}"#,
        ] {
            let refused = check_achievement("period_top", None, &json(bad)).unwrap_err();
            assert_eq!(refused.field, "conditions", "{bad}");
        }
        let rule = Rule::compile(&ach("period_top", Some(3), lending));
        let expected = Rule::PeriodTop {
            board: Board::Lending,
            period: Period::Month,
            rank: 3,
        };
        assert_eq!(rule, expected);
        // Judged at a period's end only: no figures make it true, and it counts for
        // `period_tops`, not for `earned`.
        assert!(!rule.holds(&Figures::starting()));
        let book = RuleBook {
            rules: vec![(BadgeId(1), rule)],
        };
        assert!(book.earned(&Figures::starting()).is_empty());
        let tops = book.period_tops();
        assert_eq!(tops, [(BadgeId(1), Board::Lending, Period::Month, 3)]);
        // A threshold of 0 still awards the first.
        let first = Rule::compile(&ach("period_top", Some(0), lending));
        assert!(matches!(first, Rule::PeriodTop { rank: 1, .. }));
    }

    fn figures(f: impl FnOnce(&mut Figures)) -> Figures {
        let mut x = Figures::default();
        f(&mut x);
        x.refresh_trust();
        x
    }

    #[test]
    fn counting_rules_compare_their_figure_with_the_threshold() {
        let r = Rule::compile(&ach("item_shared", Some(10), "{}"));
        assert!(!r.holds(&figures(|f| f.items_shared = 9)));
        assert!(r.holds(&figures(|f| f.items_shared = 10)));
        let r = Rule::compile(&ach("group_joined", Some(5), "{}"));
        assert!(r.holds(&figures(|f| f.groups_joined = 5)));
        let r = Rule::compile(&ach("review_given", Some(5), "{}"));
        assert!(!r.holds(&figures(|f| f.reviews_given = 4)));
    }

    #[test]
    fn loan_completed_counts_borrowed_unless_the_role_is_lender() {
        let borrowed = Rule::compile(&ach("loan_completed", Some(1), "{}"));
        let lent = Rule::compile(&ach("loan_completed", Some(5), r#"{"role": "lender"}"#));
        let f = figures(|f| {
            f.items_lent = 5;
            f.items_borrowed = 0
        });
        assert!(!borrowed.holds(&f));
        assert!(lent.holds(&f));
        assert_eq!(
            lent.progress(&f),
            Progress::Count {
                have: 5,
                need: 5,
                counted: Counted::ItemsLent
            }
        );
    }

    #[test]
    fn the_rating_rule_is_exact() {
        let r = Rule::compile(&ach(
            "threshold_reached",
            None,
            r#"{"type": "rating", "value": 4.4, "min_reviews": 5}"#,
        ));
        // 25 reviews summing 110: exactly 4.4 (4.4 * 25 is not 110 in f64).
        assert!(r.holds(&figures(|f| {
            f.reviews_received = 25;
            f.rating_sum = 110
        })));
        assert!(!r.holds(&figures(|f| {
            f.reviews_received = 25;
            f.rating_sum = 109
        })));
        // Four reviews of 5 are not enough: min_reviews is 5.
        assert!(!r.holds(&figures(|f| {
            f.reviews_received = 4;
            f.rating_sum = 20
        })));
    }

    #[test]
    fn a_rating_rule_without_min_reviews_still_needs_one_review() {
        let r = Rule::compile(&ach(
            "threshold_reached",
            None,
            r#"{"type": "rating", "value": 5.0}"#,
        ));
        assert!(!r.holds(&Figures::default()));
        assert!(r.holds(&figures(|f| {
            f.reviews_received = 1;
            f.rating_sum = 5
        })));
    }

    #[test]
    fn the_trust_rule_needs_its_score_and_reviews() {
        let r = Rule::compile(&ach(
            "threshold_reached",
            None,
            r#"{"type": "trust_score", "value": 95, "min_reviews": 50}"#,
        ));
        let top = figures(|f| {
            f.reviews_received = 50;
            f.rating_sum = 250;
            f.on_time_returns = 10
        });
        assert_eq!(top.trust_score, 95);
        assert!(r.holds(&top));
        let few = figures(|f| {
            f.reviews_received = 49;
            f.rating_sum = 245;
            f.on_time_returns = 10
        });
        assert!(!r.holds(&few));
        // min_reviews missing means 0: the plain trust score decides.
        let r = Rule::compile(&ach(
            "threshold_reached",
            None,
            r#"{"type": "trust_score", "value": 50}"#,
        ));
        assert!(r.holds(&Figures {
            trust_score: 50,
            ..Default::default()
        }));
    }

    #[test]
    fn manual_triggers_and_unknown_conditions_award_nothing() {
        for a in [
            ach("streak_maintained", Some(4), r#"{"period": "week"}"#),
            ach("special_action", None, r#"{"action": "repair_cafe_host"}"#),
            ach(
                "threshold_reached",
                None,
                r#"{"type": "karma", "value": 1}"#,
            ),
            ach("something_new", Some(1), "{}"),
        ] {
            assert_eq!(Rule::compile(&a), Rule::Manual, "{}", a.trigger_type);
        }
    }

    #[test]
    fn a_null_threshold_on_a_counting_trigger_means_one() {
        let r = Rule::compile(&ach("item_shared", None, "{}"));
        assert_eq!(r, Rule::AtLeast(Counted::ItemsShared, 1));
    }

    #[test]
    fn the_rule_book_skips_inactive_achievements_and_badges() {
        let badge = |active| Badge {
            is_active: active,
            ..crate::domain::records::sample_badge()
        };
        let (on, off) = (badge(true), badge(false));
        let mut a1 = ach("item_shared", Some(1), "{}");
        let mut a2 = ach("item_shared", Some(1), "{}");
        a2.badge = BadgeId(2);
        let mut a3 = ach("item_shared", Some(1), "{}");
        a3.badge = BadgeId(3);
        a3.is_active = false;
        let mut a4 = ach("group_joined", Some(1), "{}");
        a4.badge = BadgeId(1);
        a1.badge = BadgeId(1);
        let all = [a1, a2, a3, a4];
        let book = RuleBook::new(&all, |b| match b {
            BadgeId(1) | BadgeId(3) => Some(&on),
            BadgeId(2) => Some(&off),
            _ => None,
        });
        let f = figures(|f| {
            f.items_shared = 1;
            f.groups_joined = 1
        });
        assert_eq!(book.earned(&f), vec![BadgeId(1)]);
        assert_eq!(book.newly_earned(&Figures::default(), &f), vec![BadgeId(1)]);
        assert!(
            book.newly_earned(&f, &f).is_empty(),
            "a rule that held before is not new"
        );
    }

    #[test]
    fn staff_achievements_are_checked_against_the_domains_rules() {
        let json = |t: &str| serde_json::from_str::<serde_json::Value>(t).unwrap();
        let ok = [
            ("item_shared", Some(0), "{}"),
            ("item_shared", None, "{}"),
            ("loan_completed", Some(5), r#"{"role": "lender"}"#),
            ("loan_completed", Some(5), r#"{"role": "borrower"}"#),
            (
                "threshold_reached",
                None,
                r#"{"type": "rating", "value": 4.5}"#,
            ),
            (
                "threshold_reached",
                None,
                r#"{"type": "rating", "value": "4.4", "min_reviews": 3}"#,
            ),
            (
                "threshold_reached",
                None,
                r#"{"type": "trust_score", "value": 80, "min_reviews": 0}"#,
            ),
            ("special_action", None, "{}"),
        ];
        for (t, th, c) in ok {
            assert_eq!(check_achievement(t, th, &json(c)), Ok(()), "{t} {c}");
        }
        let refused = [
            ("made_up", None, "{}", "trigger_type"),
            ("item_shared", Some(-1), "{}", "threshold_value"),
            (
                "item_shared",
                Some(MAX_THRESHOLD + 1),
                "{}",
                "threshold_value",
            ),
            ("item_shared", None, "[1]", "conditions"),
            ("loan_completed", None, r#"{"role": "thief"}"#, "conditions"),
            (
                "threshold_reached",
                None,
                r#"{"type": "rating", "value": "lots"}"#,
                "conditions",
            ),
            (
                "threshold_reached",
                None,
                r#"{"type": "rating", "value": 6}"#,
                "conditions",
            ),
            (
                "threshold_reached",
                None,
                r#"{"type": "rating", "value": -1}"#,
                "conditions",
            ),
            (
                "threshold_reached",
                None,
                r#"{"type": "rating"}"#,
                "conditions",
            ),
            (
                "threshold_reached",
                None,
                r#"{"type": "karma", "value": 1}"#,
                "conditions",
            ),
            (
                "threshold_reached",
                None,
                r#"{"type": "trust_score", "value": 101}"#,
                "conditions",
            ),
            (
                "threshold_reached",
                None,
                r#"{"type": "rating", "value": 4, "min_reviews": -2}"#,
                "conditions",
            ),
        ];
        for (t, th, c, field) in refused {
            let e = check_achievement(t, th, &json(c)).unwrap_err();
            assert_eq!(e.field, field, "{t} {c}: {e}");
        }
    }
}
