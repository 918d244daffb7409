//! Leaving and joining under SIGKILL, the group boards with them (issue 20). Deleting
//! accounts: the host deletes members' accounts one after the other (`comuniza
//! delete-account`, through the running server) while the server is killed at random moments.
//! After the restarts every acknowledged deletion is whole (no name, items archived,
//! memberships ended, requests withdrawn), every other account is either whole or untouched,
//! never half deleted, and `verify` is clean.

use comuniza::domain::choice::{LoanStatus, Privacy};
use comuniza::domain::records::{GroupId, LoanId};
use comuniza::store::commands::{CreateGroup, CreateItem, JoinGroup, RequestLoan};

use super::*;

const MEMBERS: usize = 30;

fn name(n: usize) -> String {
    format!("leaver{n}")
}

fn leavers_group() -> comuniza::store::commands::GroupFields {
    comuniza::store::commands::GroupFields {
        name: "Leavers".into(),
        description: String::new(),
        privacy: Privacy::Public,
        city: "Lyon".into(),
        state: String::new(),
        country: "France".into(),
        latitude: String::new(),
        longitude: String::new(),
    }
}

/// Members in one group, each sharing an item and asking for the next one's.
fn prepare_members(data: &Path) -> Vec<(UserId, ItemId, LoanId)> {
    let engine = Engine::open(data, Capacities::default()).unwrap();
    let w = &engine.writer;
    let host = engine
        .snapshot()
        .unwrap()
        .user_id_by_username("writer")
        .unwrap()
        .unwrap();
    let group = GroupId(
        w.run_blocking(Actor::User(host), CreateGroup(leavers_group()))
            .unwrap(),
    );
    let mut people = Vec::new();
    for n in 0..MEMBERS {
        let user = add_member(
            w,
            &name(n),
            &format!("leaver-token-{n:02}-0123456789abcdef"),
        );
        w.run_blocking(Actor::User(user), JoinGroup { group })
            .unwrap();
        let fields = public_item(format!("Tool of {}", name(n)), 7, vec![group]);
        let item = ItemId(
            w.run_blocking(Actor::User(user), CreateItem(fields))
                .unwrap(),
        );
        people.push((user, item));
    }
    let mut out = Vec::new();
    for n in 0..MEMBERS {
        let (user, item) = people[n];
        let next = people[(n + 1) % MEMBERS].1;
        let request = RequestLoan {
            item: next,
            group: None,
            message: String::new(),
        };
        let loan = LoanId(w.run_blocking(Actor::User(user), request).unwrap());
        out.push((user, item, loan));
    }
    engine.close();
    out
}

/// Deletes the accounts from `next` on, one by one, until the server goes away: answers how
/// many were acknowledged (or found done: an answer lost to the kill).
fn delete_until_gone(data: &Path, next: usize) -> usize {
    let mut acked = 0;
    for n in next..MEMBERS {
        let out = comuniza(&["delete-account", "--username", &name(n)], data);
        // A deletion whose answer was lost to the kill is done: its name is gone.
        let lost_answer = String::from_utf8_lossy(&out.stderr).contains("no user is named");
        if !out.status.success() && !lost_answer {
            return acked;
        }
        acked += 1;
    }
    acked
}

#[test]
fn acknowledged_account_deletions_survive_sigkill_whole() {
    let seed = env_u64("COMUNIZA_CRASH_SEED").unwrap_or(11);
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("leaving.redb");
    prepare(&data);
    let people = prepare_members(&data);
    let path = data.clone();
    let acked = kill_rounds(&data, seed, MEMBERS, move |_, done| {
        vec![(); delete_until_gone(&path, done)]
    })
    .len();
    let status = terminate(start(&data));
    assert!(status.success(), "{status}");
    let read = read_only(&data);
    let mut deleted = 0;
    for (n, &(user, item, request)) in people.iter().enumerate() {
        let gone = read.deleted_at(user).unwrap().is_some();
        assert!(gone || n >= acked, "{}: acknowledged, so deleted", name(n));
        let named = read.user_id_by_username(&name(n)).unwrap();
        let active_item = read.item(item).unwrap().unwrap().is_active;
        let memberships = read.memberships_of(user).unwrap().len();
        let asked = read.loan(request).unwrap().unwrap().status;
        if gone {
            deleted += 1;
            assert_eq!(named, None, "{}", name(n));
            assert!(!active_item && memberships == 0, "{}", name(n));
            // Withdrawn, unless the item's owner left first and it was declined.
            assert!(
                matches!(asked, LoanStatus::Cancelled | LoanStatus::Rejected),
                "{}: {asked:?}",
                name(n)
            );
        } else {
            // Untouched, never half done.
            assert_eq!(named, Some(user), "{}", name(n));
            assert!(active_item && memberships == 1, "{}", name(n));
        }
    }
    assert!(
        deleted >= acked && deleted > 0,
        "{deleted} deleted, {acked} acknowledged"
    );
    let out = comuniza(&["verify"], &data);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Members join a private group through one invitation link (the token API) while the server
/// is killed: after the restarts the link's use count is exactly the number of members it let
/// in (both are written by one transaction), every acknowledged join is a membership, and
/// `verify` is clean.
#[test]
fn joins_through_an_invitation_link_count_exactly_under_sigkill() {
    let seed = env_u64("COMUNIZA_CRASH_SEED").unwrap_or(13);
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("invites.redb");
    prepare(&data);
    let engine = Engine::open(&data, Capacities::default()).unwrap();
    let w = &engine.writer;
    let host = engine
        .snapshot()
        .unwrap()
        .user_id_by_username("writer")
        .unwrap()
        .unwrap();
    let mut fields = leavers_group();
    fields.privacy = Privacy::Private;
    let group = GroupId(
        w.run_blocking(Actor::User(host), CreateGroup(fields))
            .unwrap(),
    );
    const CODE: &str = "crash-test-invitation-code";
    w.run_blocking(
        Actor::User(host),
        comuniza::store::commands::CreateInviteLink {
            group,
            code: CODE.into(),
            days: 30,
            max_uses: 0,
        },
    )
    .unwrap();
    let tokens: Vec<(UserId, String)> = (0..MEMBERS)
        .map(|n| {
            let token = format!("joiner-token-{n:02}-0123456789abcdef");
            (add_member(w, &format!("joiner{n}"), &token), token)
        })
        .collect();
    engine.close();
    let acked = kill_rounds(&data, seed, MEMBERS, move |base, next| {
        let client = reqwest::blocking::Client::new();
        let mut done = Vec::new();
        for (user, token) in &tokens[next..] {
            let answer = client
                .post(format!("{base}/api/invite/{CODE}"))
                .bearer_auth(token)
                .send();
            match answer {
                // Joined now, or before the kill took its answer away.
                Ok(a) if a.status().is_success() || a.status() == 409 => done.push(*user),
                _ => break,
            }
        }
        done
    });
    let status = terminate(start(&data));
    assert!(status.success(), "{status}");
    let read = read_only(&data);
    let members: Vec<UserId> = read
        .members_of(group)
        .unwrap()
        .into_iter()
        .map(|(u, _)| u)
        .filter(|u| *u != host)
        .collect();
    for user in &acked {
        assert!(members.contains(user), "{user:?} acknowledged, so a member");
    }
    let link = read.invite_link(CODE).unwrap().unwrap();
    assert_eq!(
        link.uses as usize,
        members.len(),
        "one use per member let in"
    );
    // The group's boards were written with each join: every member (the host too) is on its
    // all-time trust board, no one twice.
    let trust = read
        .period_top(
            comuniza::domain::boards::Board::Reputation,
            comuniza::views::periods::ALL_TIME,
            group.0,
            1000,
        )
        .unwrap();
    assert_eq!(trust.len(), members.len() + 1, "{trust:?}");
    let out = comuniza(&["verify"], &data);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
