use comuniza::domain::choice::Privacy;
use comuniza::domain::loan::LoanAction;
use comuniza::domain::records::{BadgeId, LoanId};
use comuniza::store::commands::{Actor, Command, CommandError};
use comuniza::store::commands::{CreateUser, GrantBadge, LoanStep, RequestLoan, ReviewLoan};

use crate::helpers::spawn_app;

/// The bytes of every stored figure, to prove a refusal changed nothing.
async fn snapshot(app: &crate::helpers::TestApp) -> Vec<String> {
    let mut out = Vec::new();
    for u in ["lena", "bob", "cyd"] {
        out.push(app.json(&format!("/api/users/{u}")).await.to_string());
    }
    out.push(app.json("/api/leaderboards").await.to_string());
    out
}

#[tokio::test]
async fn each_refusal_names_its_reason_and_changes_nothing() {
    let app = spawn_app().await;
    let (lena, bo, cy) = (
        app.user("lena").await,
        app.user("bob").await,
        app.user("cyd").await,
    );
    let drill = app.item(lena, "Drill", vec![]).await;
    let loan = app
        .ok(
            Actor::User(bo),
            RequestLoan {
                item: drill,
                group: None,
                message: String::new(),
            },
        )
        .await;
    let before = snapshot(&app).await;

    let cases: Vec<(Actor, Command, &str)> = vec![
        (
            Actor::User(bo),
            LoanStep {
                loan: LoanId(loan),
                action: LoanAction::Approve,
            }
            .into(),
            "only the lender",
        ),
        (
            Actor::User(cy),
            LoanStep {
                loan: LoanId(loan),
                action: LoanAction::Approve,
            }
            .into(),
            "loan not found",
        ),
        (
            Actor::User(lena),
            LoanStep {
                loan: LoanId(loan),
                action: LoanAction::ConfirmReturn,
            }
            .into(),
            "cannot confirm",
        ),
        (
            Actor::User(lena),
            RequestLoan {
                item: drill,
                group: None,
                message: String::new(),
            }
            .into(),
            "your own item",
        ),
        (
            Actor::User(bo),
            RequestLoan {
                item: drill,
                group: None,
                message: String::new(),
            }
            .into(),
            "already have",
        ),
        (
            Actor::User(bo),
            ReviewLoan {
                loan: LoanId(loan),
                rating: 5,
                comment: String::new(),
            }
            .into(),
            "once it is returned",
        ),
        (
            Actor::User(bo),
            GrantBadge {
                user: bo,
                badge: BadgeId(1),
            }
            .into(),
            "only staff",
        ),
        (
            Actor::User(bo),
            LoanStep {
                loan: LoanId(999),
                action: LoanAction::Cancel,
            }
            .into(),
            "loan not found",
        ),
        (
            Actor::System,
            CreateUser {
                username: "LENA".into(),
                email: "x@example.org".into(),
                first_name: String::new(),
                last_name: String::new(),
                password: "!".into(),
                is_staff: false,
            }
            .into(),
            "username is taken",
        ),
        (
            Actor::System,
            CreateUser {
                username: "no".into(),
                email: "no@example.org".into(),
                first_name: String::new(),
                last_name: String::new(),
                password: "!".into(),
                is_staff: false,
            }
            .into(),
            "3 to 50",
        ),
    ];
    for (actor, cmd, reason) in cases {
        let err = app
            .run(actor, cmd.clone())
            .await
            .expect_err(&format!("{cmd:?} must be refused"));
        assert!(
            err.to_string().contains(reason),
            "{cmd:?}: {err} (wanted {reason:?})"
        );
        assert!(!matches!(err, CommandError::Internal(_)));
    }
    assert_eq!(snapshot(&app).await, before);
    app.verify_clean();
}

#[tokio::test]
async fn a_refused_command_does_not_stop_the_rest_of_its_batch() {
    let app = spawn_app().await;
    let (lena, bo) = (app.user("lena").await, app.user("bob").await);
    let mut items = Vec::new();
    for i in 0..20 {
        items.push(app.item(lena, &format!("Item {i}"), vec![]).await);
    }
    // Forty commands at once, so the writer takes many into one transaction: every other one
    // is refused (lena cannot borrow her own items).
    let mut joins = Vec::new();
    for &item in &items {
        for who in [lena, bo] {
            let writer = app.engine.writer.clone();
            joins.push(tokio::spawn(async move {
                let cmd = RequestLoan {
                    item,
                    group: None,
                    message: String::new(),
                };
                (who, writer.run(Actor::User(who), cmd).await)
            }));
        }
    }
    let mut accepted = 0;
    for j in joins {
        let (who, result) = j.await.unwrap();
        assert_eq!(result.is_ok(), who == bo, "{result:?}");
        accepted += usize::from(result.is_ok());
    }
    assert_eq!(accepted, 20);
    assert!(
        app.engine
            .stats
            .max_batch
            .load(std::sync::atomic::Ordering::Relaxed)
            >= 1
    );
    app.verify_clean();
}

#[tokio::test]
async fn only_one_loan_holds_an_item_at_a_time() {
    let app = spawn_app().await;
    let (lena, bo, cy) = (
        app.user("lena").await,
        app.user("bob").await,
        app.user("cyd").await,
    );
    let drill = app.item(lena, "Drill", vec![]).await;
    let first = app
        .ok(
            Actor::User(bo),
            RequestLoan {
                item: drill,
                group: None,
                message: String::new(),
            },
        )
        .await;
    let second = app
        .ok(
            Actor::User(cy),
            RequestLoan {
                item: drill,
                group: None,
                message: String::new(),
            },
        )
        .await;
    app.ok(
        Actor::User(lena),
        LoanStep {
            loan: LoanId(first),
            action: LoanAction::Approve,
        },
    )
    .await;
    let err = app
        .run(
            Actor::User(lena),
            LoanStep {
                loan: LoanId(second),
                action: LoanAction::Approve,
            },
        )
        .await;
    assert!(matches!(err, Err(CommandError::Conflict(_))), "{err:?}");
    app.ok(
        Actor::User(bo),
        LoanStep {
            loan: LoanId(first),
            action: LoanAction::Cancel,
        },
    )
    .await;
    app.ok(
        Actor::User(lena),
        LoanStep {
            loan: LoanId(second),
            action: LoanAction::Approve,
        },
    )
    .await;
    app.verify_clean();
}

#[tokio::test]
async fn a_group_never_takes_the_name_of_a_page_under_groups() {
    let app = spawn_app().await;
    let ana = app.user("ana").await;
    for name in ["Map", "New"] {
        let id = app
            .group(ana, name, Privacy::Public, "Berlin", "52.52")
            .await;
        let g = app.read().group(id).unwrap().unwrap();
        assert_eq!(g.slug, format!("{}-2", name.to_lowercase()));
    }
}

/// A form of several settings, or of a badge's words in several languages, is one command:
/// one refused value refuses the whole and writes nothing of it.
#[tokio::test]
async fn a_refused_value_leaves_every_setting_and_badge_word_of_its_form_unchanged() {
    use comuniza::domain::limits;
    use comuniza::domain::settings::{Setting, Text};
    use comuniza::store::commands::{BadgeTextIn, SetBadgeTexts, SetSetting, SetSettings};
    let app = spawn_app().await;
    let form = SetSettings(vec![
        SetSetting {
            setting: Setting::Text(Text::SiteName),
            value: "Kiez".into(),
        },
        SetSetting {
            setting: Setting::Limit(limits::ALL[0]),
            value: "lots".into(),
        },
    ]);
    assert!(app.run(Actor::System, form).await.is_err());
    let name = app.read().setting(Text::SiteName.key()).unwrap();
    assert_eq!(name, None, "the valid name was not saved either");
    let badge = app.badge("helper", 5, "special_action", None, "{}").await;
    let words = |lang: &str, name: &str| BadgeTextIn {
        lang: lang.into(),
        name: name.into(),
        description: String::new(),
    };
    let texts = SetBadgeTexts {
        badge,
        texts: vec![words("de", "Helfer"), words("xx", "Nope")],
    };
    assert!(app.run(Actor::System, texts).await.is_err());
    let de = app
        .read()
        .badge_text(badge, comuniza::i18n::Lang::De)
        .unwrap();
    assert_eq!(de, None, "the German words were not saved either");
}
