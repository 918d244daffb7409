//! When a badge awarded after the fact (by `import` or `rebuild`) was earned: the moment its
//! rule first held, found by replaying, in time order, the records that feed the figures the
//! rules read. Each record counts from its own moment:
//!
//! - a membership from `joined_at`
//! - an item from `created_at`
//! - a returned loan from `returned_at`
//! - a review from `created_at`, for its writer and for the member it is about
//!
//! Points feed no rule and are left out. A badge is never dated before it existed. When the
//! moment cannot be known (a returned loan without its return time, say), the award keeps the
//! time of the import, and the report counts it.

use std::collections::{BTreeMap, HashMap, HashSet};

use super::derive::{each_record, Source};
use crate::domain::badges::RuleBook;
use crate::domain::figures::{
    item_contributions, loan_contributions, membership_contributions, review_contributions,
    Contribution, Contributions, Figures,
};
use crate::domain::records::{BadgeId, Item, Loan, Membership, Review, UserId};
use crate::domain::time::Millis;
use crate::store::tables;
use crate::store::StoreError;

/// Users whose histories are gathered in one pass over the records: the passes bound the
/// memory of a rebuild that dates badges for most of a million members (an event is about
/// 100 bytes; a member has tens of them).
const USERS_PER_PASS: usize = 100_000;

/// For each missing (user, badge), the moment its rule first held, when the records tell it.
pub fn first_held(
    src: &dyn Source,
    rules: &RuleBook,
    missing: &[(UserId, BadgeId)],
) -> Result<HashMap<(UserId, BadgeId), Millis>, StoreError> {
    let mut wanted: BTreeMap<UserId, Vec<BadgeId>> = BTreeMap::new();
    for &(user, badge) in missing {
        wanted.entry(user).or_default().push(badge);
    }
    let users: Vec<UserId> = wanted.keys().copied().collect();
    let mut out = HashMap::new();
    for pass in users.chunks(USERS_PER_PASS) {
        let mut events = histories(src, &pass.iter().copied().collect())?;
        for user in pass {
            let mut history = events.remove(user).unwrap_or_default();
            for (badge, at) in replay(&mut history, rules, &wanted[user]) {
                out.insert((*user, badge), at);
            }
        }
    }
    Ok(out)
}

/// Each of `users`' acts that feed a rule, with its moment (unknown: `Millis::MAX`).
fn histories(
    src: &dyn Source,
    users: &HashSet<UserId>,
) -> Result<HashMap<UserId, Vec<(Millis, Contribution)>>, StoreError> {
    let mut events: HashMap<UserId, Vec<(Millis, Contribution)>> = HashMap::new();
    let mut add = |at: Option<Millis>, cs: Contributions| {
        for (user, c) in cs {
            if users.contains(&user) && !c.is_zero() {
                // An act of unknown time counts last: it cannot date anything.
                events
                    .entry(user)
                    .or_default()
                    .push((at.unwrap_or(Millis::MAX), c));
            }
        }
    };
    each_record::<Membership>(src, tables::MEMBERSHIPS, |_, m| {
        add(Some(m.joined_at), membership_contributions(&m));
        Ok(())
    })?;
    each_record::<Item>(src, tables::ITEMS, |_, i| {
        add(Some(i.created_at), item_contributions(&i));
        Ok(())
    })?;
    each_record::<Loan>(src, tables::LOANS, |_, l| {
        add(l.returned_at, loan_contributions(&l));
        Ok(())
    })?;
    each_record::<Review>(src, tables::REVIEWS, |_, r| {
        add(Some(r.created_at), review_contributions(&r));
        Ok(())
    })?;
    Ok(events)
}

/// The first moment each of `badges` holds along `history` (sorted here by time).
fn replay(
    history: &mut [(Millis, Contribution)],
    rules: &RuleBook,
    badges: &[BadgeId],
) -> Vec<(BadgeId, Millis)> {
    history.sort_by_key(|(at, _)| *at);
    let mut f = Figures::starting();
    let mut found = Vec::new();
    for (at, c) in history.iter() {
        if *at == Millis::MAX || found.len() == badges.len() {
            break;
        }
        if f.apply(c, 1).is_err() {
            break;
        }
        for badge in rules.earned(&f) {
            if badges.contains(&badge) && !found.iter().any(|(b, _)| *b == badge) {
                found.push((badge, *at));
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::records::Achievement;

    fn rules(trigger: &str, threshold: i64, conditions: &str) -> RuleBook {
        let a = Achievement {
            badge: BadgeId(1),
            trigger_type: trigger.into(),
            threshold_value: Some(threshold),
            conditions: conditions.into(),
            is_active: true,
        };
        let badge = crate::domain::records::sample_badge();
        RuleBook::new([&a], |_| Some(&badge))
    }

    fn shared(at: Millis) -> (Millis, Contribution) {
        let c = Contribution {
            items_shared: 1,
            ..Default::default()
        };
        (at, c)
    }

    #[test]
    fn the_nth_act_dates_a_threshold_whatever_order_the_records_came_in() {
        let book = rules("item_shared", 3, "{}");
        let mut history = vec![shared(500), shared(100), shared(900), shared(300)];
        assert_eq!(
            replay(&mut history, &book, &[BadgeId(1)]),
            [(BadgeId(1), 500)]
        );
    }

    #[test]
    fn a_rating_badge_dates_from_the_review_that_made_it_hold() {
        // A five-star average over at least two reviews holds at the second five; after a four
        // first it never does (9 < 10, 14 < 15).
        let book = rules(
            "threshold_reached",
            0,
            r#"{"type": "rating", "value": 5, "min_reviews": 2}"#,
        );
        let review = |at, rating| {
            (
                at,
                Contribution {
                    reviews_received: 1,
                    rating_sum: rating,
                    ..Default::default()
                },
            )
        };
        let mut history = vec![review(10, 5), review(20, 5), review(30, 4)];
        assert_eq!(
            replay(&mut history, &book, &[BadgeId(1)]),
            [(BadgeId(1), 20)]
        );
        let mut never = vec![review(10, 4), review(20, 5), review(30, 5)];
        assert!(replay(&mut never, &book, &[BadgeId(1)]).is_empty());
    }

    #[test]
    fn an_act_of_unknown_time_dates_nothing() {
        let book = rules("item_shared", 2, "{}");
        let mut history = vec![shared(100), shared(Millis::MAX)];
        assert!(replay(&mut history, &book, &[BadgeId(1)]).is_empty());
    }
}
