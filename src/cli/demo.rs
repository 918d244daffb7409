//! `comuniza demo`: fills an empty data file with a small, living community so a newcomer sees
//! every page with something on it: six cities in six countries, eight groups (public, by
//! request, private), thirty members, categories, sixty items of every condition, status and
//! visibility, loans in every state with reviews, and badges whose rules award themselves as
//! the activity happens.
//!
//! Everything goes through `Command`s, so every view is what the site itself would have made.
//! Commands are sent in stages, each stage queued at once so the writer commits it in one or
//! a few transactions (a few hundred durable commits one by one would take seconds). argon2 is
//! slow on purpose: the members share one hash.
//!
//! One thing commands cannot do: a command stamps "now", so no loan can be handed over in the
//! past, and an overdue loan needs a due date that has passed. The demo therefore moves the
//! dates of one active loan back by three weeks with one direct write
//! ([`backdate_overdue_loan`]). No view depends on an open loan's dates (figures count only
//! returned loans), so `verify` stays clean.

use std::future::Future;
use std::path::Path;
use std::pin::Pin;
use std::task::Poll;

use redb::{ReadableDatabase, ReadableTable};

use crate::auth::password::hash_password;
use crate::cache::Capacities;
use crate::domain::choice::*;
use crate::domain::loan::LoanAction;
use crate::domain::records::{Id, Loan};
use crate::domain::time::{day_of, now};
use crate::engine::Engine;
use crate::store::codec::Stored;
use crate::store::commands::{
    AchievementFields, Actor, BadgeFields, Command, CommandResult, GroupFields, ItemFields,
};
use crate::store::tables::{LOANS, USERS};

type Result<T> = std::result::Result<T, Box<dyn std::error::Error>>;

/// The staff account the demo makes.
pub const ADMIN: (&str, &str) = ("admin", "demo-admin-password");
/// Every demo member's password (they share one hash).
pub const MEMBER_PASSWORD: &str = "demo-member-password";
/// The member account to try the site with.
pub const MEMBER: &str = "maria";

/// What the demo made.
#[derive(Debug, Default)]
pub struct Summary {
    pub users: usize,
    pub groups: usize,
    pub items: usize,
    pub loans: usize,
    pub reviews: usize,
    pub badges: usize,
}

/// Opens `data` and fills it; refuses a file that already has users.
pub fn demo(data: &Path) -> Result<Summary> {
    let engine = Engine::open(data, Capacities::default())?;
    let summary = fill(&engine);
    super::accounts::close(engine);
    summary
}

/// Runs `jobs` queued together (in order), answers their results in order.
async fn batch(engine: &Engine, jobs: Vec<(Actor, Command)>) -> Vec<CommandResult> {
    let mut futures: Vec<Pin<Box<dyn Future<Output = CommandResult> + Send + '_>>> = jobs
        .into_iter()
        .map(|(actor, cmd)| {
            Box::pin(engine.writer.run(actor, cmd))
                as Pin<Box<dyn Future<Output = CommandResult> + Send>>
        })
        .collect();
    let mut out: Vec<Option<CommandResult>> = futures.iter().map(|_| None).collect();
    // The first poll of each queues its command, in order; later polls collect the answers.
    std::future::poll_fn(|cx| {
        for (f, slot) in futures.iter_mut().zip(out.iter_mut()) {
            if slot.is_none() {
                if let Poll::Ready(r) = f.as_mut().poll(cx) {
                    *slot = Some(r);
                }
            }
        }
        if out.iter().all(Option::is_some) {
            Poll::Ready(())
        } else {
            Poll::Pending
        }
    })
    .await;
    out.into_iter().flatten().collect()
}

/// [`batch`], every command required to succeed.
async fn all_ok(engine: &Engine, what: &str, jobs: Vec<(Actor, Command)>) -> Result<Vec<Id>> {
    let described: Vec<String> = jobs.iter().map(|(_, c)| format!("{c:?}")).collect();
    let mut ids = Vec::with_capacity(jobs.len());
    for (r, cmd) in batch(engine, jobs).await.into_iter().zip(described) {
        ids.push(r.map_err(|e| format!("demo {what}: {e} ({cmd:.200})"))?);
    }
    Ok(ids)
}

/// (username, first name, last name, city index)
const PEOPLE: [(&str, &str, &str, usize); 30] = [
    ("maria", "María", "González", 2),
    ("anna", "Anna", "Schmidt", 0),
    ("lukas", "Lukas", "Weber", 0),
    ("sofia", "Sofia", "Costa", 1),
    ("joao", "João", "Ferreira", 1),
    ("pau", "Pau", "Puig", 2),
    ("chloe", "Chloé", "Tremblay", 3),
    ("olivier", "Olivier", "Gagnon", 3),
    ("valeria", "Valeria", "Hernández", 4),
    ("diego", "Diego", "Ramírez", 4),
    ("yuki", "Yuki", "Tanaka", 5),
    ("haruto", "Haruto", "Sato", 5),
    ("lena", "Lena", "Fischer", 0),
    ("mehmet", "Mehmet", "Yılmaz", 0),
    ("ines", "Inês", "Silva", 1),
    ("rita", "Rita", "Santos", 1),
    ("jordi", "Jordi", "Vidal", 2),
    ("laia", "Laia", "Serra", 2),
    ("emile", "Émile", "Roy", 3),
    ("noor", "Noor", "Haddad", 3),
    ("camila", "Camila", "López", 4),
    ("mateo", "Mateo", "Cruz", 4),
    ("aoi", "Aoi", "Suzuki", 5),
    ("ren", "Ren", "Watanabe", 5),
    ("jonas", "Jonas", "Becker", 0),
    ("beatriz", "Beatriz", "Almeida", 1),
    ("marc", "Marc", "Soler", 2),
    ("amelie", "Amélie", "Côté", 3),
    ("lucia", "Lucía", "Morales", 4),
    ("kenji", "Kenji", "Ito", 5),
];

/// (city, state, country, latitude, longitude)
const CITIES: [(&str, &str, &str, &str, &str); 6] = [
    ("Berlin", "Berlin", "Germany", "52.520008", "13.404954"),
    ("Lisbon", "Lisboa", "Portugal", "38.722252", "-9.139337"),
    ("Barcelona", "Catalonia", "Spain", "41.385064", "2.173404"),
    ("Montréal", "Quebec", "Canada", "45.501690", "-73.567253"),
    ("Mexico City", "CDMX", "Mexico", "19.432608", "-99.133209"),
    ("Kyoto", "Kyoto", "Japan", "35.011636", "135.768029"),
];

/// (name, description, privacy, city index, owner index)
const GROUPS: [(&str, &str, Privacy, usize, usize); 8] = [
    (
        "Kreuzberg Tool Library",
        "Drills, ladders and sanders for the whole Kiez.",
        Privacy::Public,
        0,
        1,
    ),
    (
        "Berlin Book Circle",
        "We lend and discuss books; ask to join.",
        Privacy::Request,
        0,
        12,
    ),
    (
        "Alfama Neighbours",
        "Everything a neighbour might need, up and down the hill.",
        Privacy::Public,
        1,
        3,
    ),
    (
        "Gràcia Makers",
        "Sewing machines, 3D printers and soldering irons.",
        Privacy::Public,
        2,
        5,
    ),
    (
        "Barcelona Board Games",
        "Board game nights and a shelf of games to take home.",
        Privacy::Request,
        2,
        0,
    ),
    (
        "Plateau Parents",
        "Strollers, car seats and toys that children outgrow.",
        Privacy::Request,
        3,
        6,
    ),
    (
        "Roma Norte Share Shelf",
        "Kitchen gear and camping kit for the colonia.",
        Privacy::Public,
        4,
        8,
    ),
    (
        "Kyoto Campers",
        "Tents and stoves for trips to the mountains.",
        Privacy::Private,
        5,
        10,
    ),
];

/// (name, slug)
const CATEGORIES: [(&str, &str); 8] = [
    ("Tools", "tools"),
    ("Books", "books"),
    ("Kitchen", "kitchen"),
    ("Outdoors", "outdoors"),
    ("Games", "games"),
    ("Electronics", "electronics"),
    ("Kids", "kids"),
    ("Garden", "garden"),
];

/// (title, category index)
const ITEMS: [(&str, usize); 60] = [
    ("Cordless drill", 0),
    ("Ladder, 3 m", 0),
    ("Orbital sander", 0),
    ("Tile cutter", 0),
    ("Socket set", 0),
    ("Stud finder", 0),
    ("Jigsaw", 0),
    ("Pipe wrench", 0),
    ("The Left Hand of Darkness", 1),
    ("Cien años de soledad", 1),
    ("Ensaio sobre a cegueira", 1),
    ("Der Process", 1),
    ("Norwegian Wood", 1),
    ("A Pattern Language", 1),
    ("Braiding Sweetgrass", 1),
    ("Stand mixer", 2),
    ("Pasta machine", 2),
    ("Dutch oven", 2),
    ("Pressure cooker", 2),
    ("Waffle iron", 2),
    ("Dehydrator", 2),
    ("Paella pan, 50 cm", 2),
    ("Two-person tent", 3),
    ("Camping stove", 3),
    ("Sleeping bag, -5 °C", 3),
    ("Kayak paddle", 3),
    ("Hiking poles", 3),
    ("Cool box", 3),
    ("Bike pannier bags", 3),
    ("Snowshoes", 3),
    ("Catan", 4),
    ("Carcassonne", 4),
    ("Go board and stones", 4),
    ("Dixit", 4),
    ("Chess clock", 4),
    ("Projector", 5),
    ("Soldering station", 5),
    ("3D printer", 5),
    ("Portable speaker", 5),
    ("Sewing machine", 5),
    ("Oscilloscope", 5),
    ("Label printer", 5),
    ("Stroller", 6),
    ("Baby carrier", 6),
    ("Car seat", 6),
    ("Wooden train set", 6),
    ("Balance bike", 6),
    ("Travel cot", 6),
    ("LEGO box", 6),
    ("Hedge trimmer", 7),
    ("Lawn mower", 7),
    ("Wheelbarrow", 7),
    ("Pruning saw", 7),
    ("Compost sieve", 7),
    ("Garden hose, 25 m", 7),
    ("Leaf blower", 7),
    ("Seed library box", 7),
    ("Pressure washer", 0),
    ("Carpet cleaner", 2),
    ("Telescope", 5),
];

/// Badges: (name, slug, description, icon, type, category, points, secret, order,
/// achievement as (trigger, threshold, conditions)).
type BadgeSpec = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    BadgeType,
    BadgeCategory,
    i64,
    bool,
    i64,
    Option<(&'static str, Option<i64>, &'static str)>,
);

const BADGES: [BadgeSpec; 10] = [
    (
        "First Share",
        "first-share",
        "Shared a first item with the community.",
        "🎁",
        BadgeType::Bronze,
        BadgeCategory::Community,
        10,
        false,
        1,
        Some(("item_shared", Some(1), "{}")),
    ),
    (
        "Generous Shelf",
        "generous-shelf",
        "Has three items to share.",
        "📚",
        BadgeType::Silver,
        BadgeCategory::Lending,
        25,
        false,
        2,
        Some(("item_shared", Some(3), "{}")),
    ),
    (
        "First Borrow",
        "first-borrow",
        "Borrowed an item and gave it back.",
        "🤝",
        BadgeType::Bronze,
        BadgeCategory::Borrowing,
        10,
        false,
        3,
        Some(("loan_completed", Some(1), "{}")),
    ),
    (
        "Good Lender",
        "good-lender",
        "Lent an item that came back.",
        "🔁",
        BadgeType::Bronze,
        BadgeCategory::Lending,
        15,
        false,
        4,
        Some(("loan_completed", Some(1), r#"{"role": "lender"}"#)),
    ),
    (
        "Connector",
        "connector",
        "Active member of two groups.",
        "🌐",
        BadgeType::Bronze,
        BadgeCategory::Community,
        10,
        false,
        5,
        Some(("group_joined", Some(2), "{}")),
    ),
    (
        "Reviewer",
        "reviewer",
        "Wrote two reviews after loans.",
        "✍️",
        BadgeType::Silver,
        BadgeCategory::Reputation,
        20,
        false,
        6,
        Some(("review_given", Some(2), "{}")),
    ),
    (
        "Five Stars",
        "five-stars",
        "Rated 4.5 or better on average over two reviews.",
        "⭐",
        BadgeType::Gold,
        BadgeCategory::Reputation,
        50,
        false,
        7,
        Some((
            "threshold_reached",
            None,
            r#"{"type": "rating", "value": 4.5, "min_reviews": 2}"#,
        )),
    ),
    (
        "Trusted",
        "trusted",
        "A trust score of 70 or more.",
        "🛡️",
        BadgeType::Gold,
        BadgeCategory::Reputation,
        40,
        false,
        8,
        Some((
            "threshold_reached",
            None,
            r#"{"type": "trust_score", "value": 70, "min_reviews": 1}"#,
        )),
    ),
    (
        "Month Streak",
        "month-streak",
        "Lent something every week for a month.",
        "🔥",
        BadgeType::Platinum,
        BadgeCategory::Special,
        100,
        false,
        9,
        Some(("streak_maintained", Some(4), "{}")),
    ),
    (
        "Repair Café Host",
        "repair-cafe-host",
        "Hosted a repair café for the community.",
        "🛠️",
        BadgeType::Special,
        BadgeCategory::Special,
        75,
        true,
        10,
        Some(("special_action", None, r#"{"action": "repair_cafe_host"}"#)),
    ),
];

/// The states loans end in, in the order the demo makes them.
const LOAN_PLAN: [&[LoanAction]; 26] = {
    use LoanAction::*;
    const RETURNED: &[LoanAction] = &[Approve, HandOver, BorrowerReturn, ConfirmReturn];
    const RETURNED_BY_LENDER: &[LoanAction] = &[Approve, HandOver, ConfirmReturn];
    [
        RETURNED,
        RETURNED,
        RETURNED,
        RETURNED,
        RETURNED,
        RETURNED,
        RETURNED_BY_LENDER,
        RETURNED,
        RETURNED,
        RETURNED,
        RETURNED,
        RETURNED_BY_LENDER,
        &[Approve, HandOver, BorrowerReturn],
        &[Approve, HandOver, BorrowerReturn],
        &[Approve, HandOver],
        &[Approve, HandOver],
        &[Approve, HandOver], // made overdue below
        &[Approve],
        &[Approve],
        &[],
        &[],
        &[],
        &[Reject],
        &[Reject],
        &[Cancel],
        &[Approve, Cancel],
    ]
};

/// Index in `LOAN_PLAN` of the loan made overdue.
const OVERDUE: usize = 16;

/// Fills an empty community through commands. `engine` must hold no user.
pub fn fill(engine: &Engine) -> Result<Summary> {
    if engine
        .db
        .begin_read()?
        .open_table(USERS)?
        .first()?
        .is_some()
    {
        return Err(
            "the data file already holds a community; the demo needs an empty one \
                    (use another --data file)"
                .into(),
        );
    }
    let admin_hash = hash_password(ADMIN.1)?;
    let member_hash = hash_password(MEMBER_PASSWORD)?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    let summary = runtime.block_on(stages(engine, admin_hash, member_hash))?;
    Ok(summary)
}

fn user_cmd(username: &str, first: &str, last: &str, password: &str, staff: bool) -> Command {
    Command::CreateUser {
        username: username.into(),
        email: format!("{username}@demo.comuniza.example"),
        first_name: first.into(),
        last_name: last.into(),
        password: password.into(),
        is_staff: staff,
    }
}

async fn stages(engine: &Engine, admin_hash: String, member_hash: String) -> Result<Summary> {
    let sys = Actor::System;
    // 1. People, badges and their rules (before any activity, so they are earned as it
    //    happens), categories.
    let mut jobs = vec![(sys, user_cmd(ADMIN.0, "Ada", "Admin", &admin_hash, true))];
    for (u, first, last, _) in PEOPLE {
        jobs.push((sys, user_cmd(u, first, last, &member_hash, false)));
    }
    let ids = all_ok(engine, "users", jobs).await?;
    let people: Vec<Id> = ids[1..].to_vec();
    let as_user = |i: usize| Actor::User(people[i]);

    let jobs = BADGES
        .iter()
        .map(|b| {
            let fields = BadgeFields {
                name: b.0.into(),
                slug: b.1.into(),
                description: b.2.into(),
                icon: b.3.into(),
                badge_type: b.4,
                category: b.5,
                points: b.6,
                is_active: true,
                is_secret: b.7,
                display_order: b.8,
            };
            (sys, Command::CreateBadge(fields))
        })
        .chain(CATEGORIES.iter().map(|(name, slug)| {
            (
                sys,
                Command::CreateCategory {
                    name: (*name).into(),
                    slug: (*slug).into(),
                    parent: None,
                },
            )
        }))
        .collect();
    let ids = all_ok(engine, "badges and categories", jobs).await?;
    let (badge_ids, category_ids) = ids.split_at(BADGES.len());
    let jobs = BADGES
        .iter()
        .zip(badge_ids)
        .filter_map(|(b, &badge)| {
            b.9.map(|(trigger, threshold, conditions)| {
                (
                    sys,
                    Command::CreateAchievement(AchievementFields {
                        badge,
                        trigger_type: trigger.into(),
                        threshold_value: threshold,
                        conditions: conditions.into(),
                        is_active: true,
                    }),
                )
            })
        })
        .collect();
    all_ok(engine, "achievements", jobs).await?;

    // 2. Groups, then members: everyone joins their city's groups (and a few travel);
    //    owners approve requests to join.
    let jobs = GROUPS
        .iter()
        .map(|(name, description, privacy, city, owner)| {
            let c = CITIES[*city];
            let fields = GroupFields {
                name: (*name).into(),
                description: (*description).into(),
                privacy: *privacy,
                city: c.0.into(),
                state: c.1.into(),
                country: c.2.into(),
                latitude: c.3.into(),
                longitude: c.4.into(),
            };
            (as_user(*owner), Command::CreateGroup(fields))
        })
        .collect();
    let group_ids = all_ok(engine, "groups", jobs).await?;
    // member index -> groups they are active in (ascending ids, as items list them).
    let mut member_of: Vec<Vec<Id>> = (0..PEOPLE.len()).map(|_| Vec::new()).collect();
    let mut jobs = Vec::new();
    for (p, person) in PEOPLE.iter().enumerate() {
        for (g, group) in GROUPS.iter().enumerate() {
            let owner = group.4 == p;
            // Their city's groups, and the Lisbon one for every fourth member (travellers).
            let joins = group.3 == person.3 || (g == 2 && p % 4 == 0);
            if owner {
                member_of[p].push(group_ids[g]);
            } else if joins {
                jobs.push((
                    as_user(p),
                    Command::JoinGroup {
                        group: group_ids[g],
                    },
                ));
                if group.2 != Privacy::Public {
                    jobs.push((
                        as_user(group.4),
                        Command::Moderate {
                            group: group_ids[g],
                            user: people[p],
                            action: crate::store::commands::Moderation::Approve,
                        },
                    ));
                }
                member_of[p].push(group_ids[g]);
            }
        }
        member_of[p].sort_unstable();
    }
    // One request still waiting, so the group admin has something to approve.
    jobs.push((
        as_user(3),
        Command::JoinGroup {
            group: group_ids[5],
        },
    ));
    all_ok(engine, "memberships", jobs).await?;

    // 3. Items: two per member, every condition, status and visibility among them.
    let mut jobs = Vec::new();
    let mut item_owner = Vec::new();
    for (i, (title, cat)) in ITEMS.iter().enumerate() {
        let owner = i % PEOPLE.len();
        let groups = member_of[owner].clone();
        // Most items are public and available, so they can be borrowed in the loan stage.
        let visibility = match i % 10 {
            7 => Visibility::Restricted,
            9 => Visibility::Private,
            _ => Visibility::Public,
        };
        let status = match i % 12 {
            5 => ItemStatus::NotRightNow,
            11 => ItemStatus::SpecialConditions,
            _ => ItemStatus::Available,
        };
        let fields = ItemFields {
            title: (*title).into(),
            description: format!("{title}, lent with care by {}.", PEOPLE[owner].1),
            category: Some(category_ids[*cat]),
            condition: Condition::ALL[i % Condition::ALL.len()],
            status,
            max_loan_days: [14, 7, 21, 30][i % 4],
            visibility,
            groups,
        };
        item_owner.push((owner, visibility, status));
        jobs.push((as_user(owner), Command::CreateItem(fields)));
    }
    let item_ids = all_ok(engine, "items", jobs).await?;

    // 4. Loans: requests for public, lendable items, each from a neighbour of the owner.
    let lendable: Vec<usize> = (0..ITEMS.len())
        .filter(|&i| {
            let (_, vis, status) = item_owner[i];
            vis == Visibility::Public && status != ItemStatus::NotRightNow
        })
        .collect();
    let mut requests = Vec::new();
    let mut parties = Vec::new();
    for (n, &i) in lendable.iter().take(LOAN_PLAN.len()).enumerate() {
        let owner = item_owner[i].0;
        let borrower = (owner + 1 + n % 5) % PEOPLE.len();
        parties.push((owner, borrower));
        requests.push((
            as_user(borrower),
            Command::RequestLoan {
                item: item_ids[i],
                group: None,
                message: format!("Hi {}! Could I borrow it next week?", PEOPLE[owner].1),
            },
        ));
    }
    if parties.len() < LOAN_PLAN.len() {
        return Err("demo: not enough lendable items for every loan state".into());
    }
    let loan_ids = all_ok(engine, "loan requests", requests).await?;
    let mut jobs = Vec::new();
    let mut reviews = 0;
    for (n, plan) in LOAN_PLAN.iter().enumerate() {
        let (lender, borrower) = parties[n];
        let loan = loan_ids[n];
        for &action in plan.iter() {
            let who = match action {
                LoanAction::BorrowerReturn | LoanAction::Cancel => borrower,
                _ => lender,
            };
            jobs.push((as_user(who), Command::Loan { loan, action }));
        }
        if plan.last() == Some(&LoanAction::ConfirmReturn) {
            // Mostly glowing reviews, one lukewarm, and one loan left unreviewed by its borrower.
            let rating = if n == 4 { 3 } else { 5 - (n % 3 == 2) as i64 };
            jobs.push((
                as_user(lender),
                Command::Review {
                    loan,
                    rating,
                    comment: "Returned clean and on time. Thank you!".into(),
                },
            ));
            reviews += 1;
            if n != 6 {
                jobs.push((
                    as_user(borrower),
                    Command::Review {
                        loan,
                        rating: 5,
                        comment: "Worked perfectly, and a lovely chat at the hand-over.".into(),
                    },
                ));
                reviews += 1;
            }
        }
    }
    all_ok(engine, "loans and reviews", jobs).await?;

    // 5. What only staff do: settings, a hand-granted badge, points.
    let jobs = vec![
        (sys, Command::SetSetting { name: "site_name".into(), value: "Comuniza Demo".into() }),
        (sys, Command::SetSetting { name: "site_tagline".into(), value: "Borrow what you need, lend what you have.".into() }),
        (sys, Command::SetSetting { name: "welcome_message".into(), value: "Welcome! This is a demo community: look around, sign in as maria, and borrow something.".into() }),
        (sys, Command::GrantBadge { user: people[1], badge: badge_ids[8] }),
        (sys, Command::GrantBadge { user: people[5], badge: badge_ids[9] }),
        (sys, Command::AdjustPoints { user: people[5], kind: PointsKind::Bonus, points: 30, description: "Ran the spring repair café".into() }),
        (sys, Command::AdjustPoints { user: people[9], kind: PointsKind::Penalty, points: -5, description: "Returned the tent muddy".into() }),
    ];
    all_ok(engine, "settings and grants", jobs).await?;

    backdate_overdue_loan(engine, loan_ids[OVERDUE], 21)?;
    Ok(Summary {
        users: PEOPLE.len() + 1,
        groups: GROUPS.len(),
        items: ITEMS.len(),
        loans: LOAN_PLAN.len(),
        reviews,
        badges: BADGES.len(),
    })
}

/// Moves an active loan's start and due dates `days` back, so it shows as overdue. A direct
/// write (commands stamp today): no view depends on an open loan's dates.
fn backdate_overdue_loan(engine: &Engine, loan: Id, days: i32) -> Result<()> {
    let txn = engine.db.begin_write()?;
    {
        let mut loans = txn.open_table(LOANS)?;
        let mut l = match loans.get(loan)? {
            Some(v) => Loan::decode(v.value())?,
            None => return Err("demo: the overdue loan is missing".into()),
        };
        if l.status != LoanStatus::Active {
            return Err("demo: the loan to make overdue is not active".into());
        }
        let start = day_of(now()) - days;
        // A loan of a week at most, so it is already a fortnight late.
        let length = l
            .due_date
            .zip(l.start_date)
            .map_or(7, |(d, s)| d - s)
            .min(7);
        l.start_date = Some(start);
        l.due_date = Some(start + length);
        loans.insert(loan, l.encode().as_slice())?;
    }
    txn.commit()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::read::all;
    use std::collections::BTreeSet;

    async fn api(base: &str, path: &str) -> serde_json::Value {
        let r = reqwest::get(format!("{base}{path}")).await.unwrap();
        assert_eq!(r.status(), 200, "GET {path}");
        r.json().await.unwrap()
    }

    #[test]
    fn the_demo_fills_a_living_community_that_verifies_clean() {
        let dir = tempfile::tempdir().unwrap();
        let engine = Engine::open(&dir.path().join("demo.redb"), Capacities::default()).unwrap();
        let started = std::time::Instant::now();
        let s = fill(&engine).unwrap();
        assert!(started.elapsed().as_secs() < 20, "the demo takes seconds");
        assert_eq!((s.users, s.groups, s.items, s.loans), (31, 8, 60, 26));

        let d = crate::views::verify::verify(&*engine.db).unwrap();
        assert_eq!(d.count, 0, "verify after the demo:\n{}", d.lines.join("\n"));

        // Loans in every state, one of them overdue.
        let txn = engine.db.begin_read().unwrap();
        let loans = all::<Loan>(&txn, LOANS).unwrap();
        let states: BTreeSet<LoanStatus> = loans.iter().map(|(_, l)| l.status).collect();
        assert_eq!(states.len(), LoanStatus::ALL.len(), "{states:?}");
        let today = day_of(now());
        assert!(loans
            .iter()
            .any(|(_, l)| l.status == LoanStatus::Active && l.due_date.is_some_and(|d| d < today)));
        drop(txn);

        // A second run is refused and changes nothing.
        let err = fill(&engine).unwrap_err().to_string();
        assert!(err.contains("already holds a community"), "{err}");

        let runtime = tokio::runtime::Runtime::new().unwrap();
        runtime.block_on(async {
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
            let base = format!("http://{}", listener.local_addr().unwrap());
            let serving = engine.clone();
            tokio::spawn(crate::http::serve(
                listener,
                serving,
                std::future::pending(),
            ));
            let places = api(&base, "/api/groups/locations").await;
            let places = places["locations"].as_array().unwrap();
            // Six cities, the private Kyoto group unpublished: five places.
            assert_eq!(places.len(), 5, "{places:?}");
            assert_eq!(places[0]["group_count"], 2);
            let badges = api(&base, "/api/badges").await;
            let listed = badges["badges"].as_array().unwrap();
            assert_eq!(listed.len(), 9, "the secret badge is not listed");
            let earned: i64 = listed
                .iter()
                .map(|b| b["total_earned"].as_i64().unwrap())
                .sum();
            assert!(earned > 30, "badges were awarded by their rules: {earned}");
            let boards = api(&base, "/api/leaderboards").await;
            assert!(boards["boards"]["lending"][0]["score"].as_i64().unwrap() >= 10);
            let maria = api(&base, "/api/users/maria").await;
            assert!(maria["figures"]["items_shared"].as_i64().unwrap() >= 1);
            assert!(!maria["badges"].as_array().unwrap().is_empty());
        });
    }
}
