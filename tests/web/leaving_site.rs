//! Leaving the site for good (issue 14): a member deletes their account with their password,
//! or staff do it for a member who asks. The account becomes an anonymous former member;
//! everyone else's loans, reviews, figures and boards stay what `verify` recomputes.

use reqwest::StatusCode;

use comuniza::domain::choice::{LoanStatus, Privacy};
use comuniza::domain::loan::LoanAction;
use comuniza::domain::records::{BadgeId, UserId};
use comuniza::store::commands::{
    Actor, CommandError, CreateBadge, DeleteAccount, GrantBadge, JoinGroup, LoanStep, ReviewLoan,
};

use crate::browser::{site_with_admin, Browser};
use crate::helpers::{badge_fields, TestApp};

/// Ana, who lent and borrowed, reviewed and was reviewed, holds a badge, shares items, is in a
/// group, has asked for Carl's drill and has a request from Bob waiting.
struct Leaving {
    app: TestApp,
    staff: Browser,
    ana: Browser,
    bob: Browser,
    ana_id: UserId,
    bob_id: UserId,
    /// Ana's loan of Bob's ladder, returned and reviewed both ways.
    ladder_loan: comuniza::domain::records::LoanId,
    /// Ana's request for Carl's drill.
    her_request: comuniza::domain::records::LoanId,
    /// Bob's request for Ana's saw.
    bobs_request: comuniza::domain::records::LoanId,
}

impl Leaving {
    async fn new() -> Leaving {
        let (app, staff) = site_with_admin().await;
        let ana = Browser::sign_up(&app, "ana").await;
        let bob = Browser::sign_up(&app, "bob").await;
        let _carl = Browser::sign_up(&app, "carl").await;
        let (ana_id, bob_id, carl_id) =
            (app.user_id("ana"), app.user_id("bob"), app.user_id("carl"));
        let group = app
            .group(bob_id, "Tool Shed", Privacy::Public, "Berlin", "52.5")
            .await;
        app.ok(Actor::User(ana_id), JoinGroup { group }).await;
        // Ana runs two groups: one with Bob in it, one with no one else.
        let hers = app
            .group(ana_id, "Anas Circle", Privacy::Private, "Berlin", "52.5")
            .await;
        app.ok(
            Actor::User(ana_id),
            comuniza::store::commands::InviteMember {
                group: hers,
                user: bob_id,
            },
        )
        .await;
        app.ok(
            Actor::User(bob_id),
            comuniza::store::commands::AnswerInvitation {
                group: hers,
                accept: true,
            },
        )
        .await;
        app.group(ana_id, "Ana Alone", Privacy::Public, "Berlin", "52.5")
            .await;
        let ladder = app.item(bob_id, "Ladder", vec![group]).await;
        let ladder_loan = app.complete_loan(ladder, bob_id, ana_id).await;
        for (who, rating) in [(ana_id, 5), (bob_id, 4)] {
            let review = ReviewLoan {
                loan: ladder_loan,
                rating,
                comment: "thanks".into(),
            };
            app.ok(Actor::User(who), review).await;
        }
        let saw = app.item(ana_id, "Saw", vec![group]).await;
        let bobs_request = app.request(bob_id, saw).await;
        let drill = app.item(carl_id, "Drill", vec![]).await;
        let her_request = app.request(ana_id, drill).await;
        let badge = app
            .ok(Actor::System, CreateBadge(badge_fields("helper", 5)))
            .await;
        app.ok(
            Actor::System,
            GrantBadge {
                user: ana_id,
                badge: BadgeId(badge),
            },
        )
        .await;
        Leaving {
            app,
            staff,
            ana,
            bob,
            ana_id,
            bob_id,
            ladder_loan,
            her_request,
            bobs_request,
        }
    }

    fn status(&self, loan: comuniza::domain::records::LoanId) -> LoanStatus {
        self.app.read().loan(loan).unwrap().unwrap().status
    }
}

#[tokio::test]
async fn a_member_deletes_their_account_and_becomes_a_nameless_former_member() {
    let s = Leaving::new().await;
    let bob_before = s.app.read().figures(s.bob_id).unwrap();
    let badge_before = s.app.json("/api/badges/helper").await["total_earned"].clone();
    let account = s.ana.get("/account").await.body;
    assert!(account.contains("Delete your account"));
    assert!(account.contains("action=\"/account/delete\""));

    let page = s
        .ana
        .post(
            "/account/delete",
            &[("current", "password-ana"), ("confirm", "on")],
        )
        .await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert!(page.body.contains("Your account is deleted"));

    // Signed out everywhere, and no way back in.
    assert_ne!(s.ana.get("/account").await.status, StatusCode::OK);
    let again = Browser::new(&s.app)
        .post(
            "/signin",
            &[("username", "ana"), ("password", "password-ana")],
        )
        .await;
    assert_ne!(again.status, StatusCode::SEE_OTHER, "{}", again.body);
    // No name, no email, no profile.
    let snap = s.app.read();
    assert!(snap.user_id_by_username("ana").unwrap().is_none());
    assert!(snap.user_id_by_email("ana@example.org").unwrap().is_none());
    let former = snap.user(s.ana_id).unwrap().unwrap();
    assert_eq!(former.display_name(), "Former member");
    assert!(former.email.is_empty() && !former.is_active && former.password.starts_with('!'));
    assert!(snap.deleted_at(s.ana_id).unwrap().is_some());
    assert_eq!(s.app.get("/api/users/ana").await.0, 404);
    assert!(snap.memberships_of(s.ana_id).unwrap().is_empty());
    // Her request withdrawn, Bob's request for her saw declined, her saw archived.
    assert_eq!(s.status(s.her_request), LoanStatus::Cancelled);
    assert_eq!(s.status(s.bobs_request), LoanStatus::Rejected);
    for id in snap.items_of(s.ana_id).unwrap() {
        assert!(
            !snap.item(id).unwrap().unwrap().is_active,
            "item {id} archived"
        );
    }
    drop(snap);
    // What Bob's record rests on stays: his loan, her review of him, his figures; the badge
    // still counts her.
    assert_eq!(s.status(s.ladder_loan), LoanStatus::Returned);
    assert_eq!(s.app.read().figures(s.bob_id).unwrap(), bob_before);
    assert_eq!(
        s.app.json("/api/badges/helper").await["total_earned"],
        badge_before
    );
    // Her group with Bob passes to him (made its admin); the one with no one else closes.
    let snap = s.app.read();
    let circle = snap.group_id_by_slug("anas-circle").unwrap().unwrap();
    assert_eq!(snap.group(circle).unwrap().unwrap().owner, s.bob_id);
    let bobs = snap.membership(circle, s.bob_id).unwrap().unwrap();
    assert_eq!(bobs.role, comuniza::domain::choice::Role::Admin);
    let alone = snap.group_id_by_slug("ana-alone").unwrap().unwrap();
    assert!(!snap.group(alone).unwrap().unwrap().is_active);
    drop(snap);
    let loan = s.bob.get(&format!("/loans/{}", s.ladder_loan)).await.body;
    assert!(loan.contains("Former member"), "{loan}");
    assert!(!loan.contains("href=\"/users/former-member"));
    // Her name is free again, and no one may take the former member's.
    Browser::sign_up(&s.app, "ana").await;
    let taken = Browser::new(&s.app)
        .post(
            "/signup",
            &[
                ("username", &format!("former-member-{}", s.ana_id.0)),
                ("email", "x@example.org"),
                ("password", "password-x1"),
                ("password2", "password-x1"),
            ],
        )
        .await;
    assert_ne!(taken.status, StatusCode::SEE_OTHER);
    s.app.verify_clean();
}

/// A deletion form as posted (`forged`: without its CSRF token), and the status and words
/// of its refusal.
type Refusal<'a> = (&'a [(&'a str, &'a str)], bool, StatusCode, &'a str);

#[tokio::test]
async fn an_open_loan_a_wrong_password_or_no_tick_refuse_and_change_nothing() {
    let s = Leaving::new().await;
    let before = s.app.read().user(s.ana_id).unwrap().unwrap();
    // No tick, a wrong password (422, said in the section), a forged form without its CSRF
    // token (403).
    let refusals: [Refusal; 3] = [
        (
            &[("current", "password-ana")],
            false,
            StatusCode::UNPROCESSABLE_ENTITY,
            "Tick the box",
        ),
        (
            &[("current", "wrong"), ("confirm", "on")],
            false,
            StatusCode::UNPROCESSABLE_ENTITY,
            "urrent password is not right",
        ),
        (
            &[("current", "password-ana"), ("confirm", "on")],
            true,
            StatusCode::FORBIDDEN,
            "security token",
        ),
    ];
    for (fields, forged, status, said) in refusals {
        let page = if forged {
            s.ana.post_raw("/account/delete", fields).await
        } else {
            s.ana.post("/account/delete", fields).await
        };
        assert_eq!(page.status, status, "{fields:?}");
        assert!(page.body.contains(said), "{said}: {}", page.body);
    }
    // Anonymous.
    let page = Browser::new(&s.app)
        .post("/account/delete", &[("confirm", "on")])
        .await;
    assert_eq!(page.status, StatusCode::UNAUTHORIZED);

    // She says yes to Bob's request for her saw: an open loan.
    s.app
        .ok(
            Actor::User(s.ana_id),
            LoanStep {
                loan: s.bobs_request,
                action: LoanAction::Approve,
            },
        )
        .await;
    let account = s.ana.get("/account").await.body;
    assert!(account.contains("First finish the loans still open"));
    assert!(account.contains(&format!("href=\"/loans/{}\"", s.bobs_request)));
    assert!(
        !account.contains("action=\"/account/delete\""),
        "no form to press"
    );
    let page = s
        .ana
        .post(
            "/account/delete",
            &[("current", "password-ana"), ("confirm", "on")],
        )
        .await;
    assert_eq!(page.status, StatusCode::CONFLICT);
    assert!(page.body.contains("1 loan is still open"), "{}", page.body);
    // Someone else's account, through the command itself.
    let other = s
        .app
        .run(Actor::User(s.bob_id), DeleteAccount { user: s.ana_id })
        .await;
    assert!(
        matches!(other, Err(CommandError::Forbidden(_))),
        "{other:?}"
    );
    assert_eq!(s.app.read().user(s.ana_id).unwrap().unwrap(), before);
    assert_eq!(s.status(s.her_request), LoanStatus::Requested);
    s.app.verify_clean();
}

#[tokio::test]
async fn staff_delete_a_member_who_asks_but_not_a_staff_account() {
    let s = Leaving::new().await;
    let path = format!("/admin/users/{}/delete", s.ana_id.0);
    let users = s.staff.get("/admin/users?q=ana").await.body;
    assert!(users.contains(&format!("href=\"{path}\"")));
    let page = s.staff.get(&path).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Delete the account of ana"));
    // Members may not.
    assert_eq!(s.bob.get(&path).await.status, StatusCode::FORBIDDEN);
    assert_eq!(
        s.bob.post(&path, &[("confirm", "on")]).await.status,
        StatusCode::FORBIDDEN
    );
    // Without the tick: refused.
    let page = s.staff.post(&path, &[]).await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(s.app.read().deleted_at(s.ana_id).unwrap().is_none());
    let page = s.staff.post(&path, &[("confirm", "on")]).await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    assert!(s.app.read().deleted_at(s.ana_id).unwrap().is_some());
    let users = s.staff.get("/admin/users?q=former").await.body;
    assert!(users.contains("a former member"), "{users}");
    // Gone for good: the page answers 404, and the account is never switched back on.
    assert_eq!(s.staff.get(&path).await.status, StatusCode::NOT_FOUND);
    let on = s
        .staff
        .post(
            &format!("/admin/users/{}/active", s.ana_id.0),
            &[("active", "true")],
        )
        .await;
    assert_eq!(on.status, StatusCode::CONFLICT);
    // A staff account is not deleted this way.
    let admin = s.app.user_id("admin");
    let page = s
        .staff
        .post(
            &format!("/admin/users/{}/delete", admin.0),
            &[("confirm", "on")],
        )
        .await;
    assert_eq!(page.status, StatusCode::CONFLICT);
    assert!(page.body.contains("take its staff rights away first"));
    s.app.verify_clean();
}
