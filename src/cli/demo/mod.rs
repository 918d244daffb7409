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

use crate::domain::choice::ProfileVisibility;
use crate::domain::privacy::ProfilePrivacy;
use crate::domain::records::{BadgeId, UserId};
use crate::domain::records::{GroupId, Id};
use std::future::Future;
use std::path::Path;
use std::pin::Pin;
use std::task::Poll;

use redb::{ReadableDatabase, ReadableTable};

pub(crate) mod data;
mod loans;
#[cfg(test)]
mod tests;

use data::{BADGES, CATEGORIES, CITIES, GROUPS, ITEMS, PEOPLE};

use crate::auth::password::hash_password;
use crate::cache::Capacities;
use crate::domain::choice::*;
use crate::domain::settings::{Setting, Text};
use crate::engine::Engine;
use crate::store::commands::{Actor, Command, CommandResult, GroupFields, ItemFields};
use crate::store::commands::{
    AdjustPoints, CreateAchievement, CreateBadge, CreateCategory, CreateGroup, CreateItem,
    CreateUser, GrantBadge, JoinGroup, Moderate, SetProfilePrivacy, SetSetting,
};
use crate::store::tables::USERS;

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
    engine.close();
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
    CreateUser {
        username: username.into(),
        email: format!("{username}@demo.comuniza.example"),
        first_name: first.into(),
        last_name: last.into(),
        password: password.into(),
        is_staff: staff,
    }
    .into()
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
    let as_user = |i: usize| Actor::User(UserId(people[i]));
    // Privacy as a real community has it: most profiles public, some for their groups or
    // their loans only, one member off the boards.
    let jobs = (0..people.len())
        .map(|i| {
            let visibility = match i % 7 {
                3 => ProfileVisibility::Private,
                5 => ProfileVisibility::LendersBorrowers,
                _ => ProfileVisibility::Public,
            };
            let privacy = ProfilePrivacy {
                visibility,
                show_on_boards: i != 4,
            };
            (as_user(i), SetProfilePrivacy { privacy }.into())
        })
        .collect();
    all_ok(engine, "privacy", jobs).await?;

    let jobs = BADGES
        .iter()
        .map(|b| (sys, CreateBadge(data::badge_fields(b)).into()))
        .chain(CATEGORIES.iter().map(|(name, slug)| {
            (
                sys,
                CreateCategory {
                    name: (*name).into(),
                    slug: (*slug).into(),
                    parent: None,
                }
                .into(),
            )
        }))
        .collect();
    let ids = all_ok(engine, "badges and categories", jobs).await?;
    let (badge_ids, category_ids) = ids.split_at(BADGES.len());
    let jobs = BADGES
        .iter()
        .zip(badge_ids)
        .filter_map(|(b, &badge)| {
            data::badge_rule(b, BadgeId(badge)).map(|rule| (sys, CreateAchievement(rule).into()))
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
            (as_user(*owner), CreateGroup(fields).into())
        })
        .collect();
    let group_ids = all_ok(engine, "groups", jobs).await?;
    // member index -> groups they are active in (ascending ids, as items list them).
    let mut member_of: Vec<Vec<GroupId>> = (0..PEOPLE.len()).map(|_| Vec::new()).collect();
    let mut jobs = Vec::new();
    for (p, person) in PEOPLE.iter().enumerate() {
        for (g, group) in GROUPS.iter().enumerate() {
            let owner = group.4 == p;
            // Their city's groups, and the Lisbon one for every fourth member (travellers).
            let joins = group.3 == person.3 || (g == 2 && p % 4 == 0);
            if owner {
                member_of[p].push(GroupId(group_ids[g]));
            } else if joins {
                jobs.push((
                    as_user(p),
                    JoinGroup {
                        group: GroupId(group_ids[g]),
                    }
                    .into(),
                ));
                if group.2 != Privacy::Public {
                    jobs.push((
                        as_user(group.4),
                        Moderate {
                            group: GroupId(group_ids[g]),
                            user: UserId(people[p]),
                            action: crate::store::commands::Moderation::Approve,
                        }
                        .into(),
                    ));
                }
                member_of[p].push(GroupId(group_ids[g]));
            }
        }
        member_of[p].sort_unstable();
    }
    // One request still waiting, so the group admin has something to approve.
    jobs.push((
        as_user(3),
        JoinGroup {
            group: GroupId(group_ids[5]),
        }
        .into(),
    ));
    all_ok(engine, "memberships", jobs).await?;

    // 3. Items: one to three per member, every condition, status and visibility among them.
    let mut jobs = Vec::new();
    let mut item_owner = Vec::new();
    for (i, (title, cat)) in ITEMS.iter().enumerate() {
        // Everyone shares one item; the first fifteen share two more (Generous Shelf).
        let owner = if i < PEOPLE.len() {
            i
        } else {
            (i - PEOPLE.len()) % 15
        };
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
        jobs.push((as_user(owner), CreateItem(fields).into()));
    }
    let item_ids = all_ok(engine, "items", jobs).await?;

    // 4. Loans in every state, reviews after the returned ones.
    let (loan_ids, reviews) = loans::make(engine, &people, &item_ids, &item_owner).await?;

    // 5. What only staff do: settings, a hand-granted badge, points.
    let jobs = vec![
        (sys, SetSetting { setting: Setting::Text(Text::SiteName), value: "Comuniza Demo".into() }.into()),
        (sys, SetSetting { setting: Setting::Text(Text::Tagline), value: "Borrow what you need, lend what you have.".into() }.into()),
        (sys, SetSetting { setting: Setting::Text(Text::WelcomeMessage), value: "Welcome! This is a demo community: look around, sign in as maria, and borrow something.".into() }.into()),
        (sys, GrantBadge { user: UserId(people[1]), badge: BadgeId(badge_ids[8]) }.into()),
        (sys, GrantBadge { user: UserId(people[5]), badge: BadgeId(badge_ids[9]) }.into()),
        (sys, AdjustPoints { user: UserId(people[5]), kind: PointsKind::Bonus, points: 30, description: "Ran the spring repair café".into() }.into()),
        (sys, AdjustPoints { user: UserId(people[9]), kind: PointsKind::Penalty, points: -5, description: "Returned the tent muddy".into() }.into()),
    ];
    all_ok(engine, "settings and grants", jobs).await?;

    loans::backdate_overdue_loan(engine, loan_ids[loans::OVERDUE], 21)?;
    Ok(Summary {
        users: PEOPLE.len() + 1,
        groups: GROUPS.len(),
        items: ITEMS.len(),
        loans: loan_ids.len(),
        reviews,
        badges: BADGES.len(),
    })
}
