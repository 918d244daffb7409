//! Bad input, generated (proptest): random forms to every POST page, random JSON to every write
//! API action, as a signed-in member and as staff, and mutated fixtures to the importer. Each
//! must answer a clear refusal (never a 5xx, never a panic), and nothing may be half-written:
//! `verify` is clean afterwards, and a refused import leaves no data file behind.
//!
//! `PROPTEST_CASES` sets the cases per property (default 48 here); `tools/fuzz.sh` runs many.

#[path = "../common/mod.rs"]
#[allow(dead_code)]
mod helpers;

use comuniza::domain::records::LoanId;
use comuniza::domain::records::{GroupId, ItemId, UserId};
use std::sync::OnceLock;

use comuniza::domain::choice::Privacy;
use comuniza::store::commands::{Actor, Command, CreateGroup, CreateItem};
use comuniza::store::commands::{
    AdjustPoints, CreateToken, CreateUser, EndAllSessions, JoinGroup, LeaveGroup, LoanStep,
    Moderate, RequestLoan, ReviewLoan, SetGroupActive, SetSetting, SetUserActive, SetUserStaff,
    StartSession, UpdateGroup, UpdateItem, UpdateProfile,
};
use proptest::prelude::*;
use serde_json::{json, Value};

use helpers::{spawn_app, TestApp};

const SESSION: &str = "fuzz-session-cookie-secret";
const CSRF: &str = "fuzz-csrf-token";
const TOKEN: &str = "cmz_fuzz_token_secret";

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(48)
}

/// A community to aim at: staff `admin` (signed in by session and token), member `ana` with a
/// group and an item, and `bob` with a loan request on it.
struct Target {
    app: TestApp,
    rt: tokio::runtime::Runtime,
    ids: Vec<String>,
    slugs: Vec<String>,
}

fn target() -> &'static Target {
    static T: OnceLock<Target> = OnceLock::new();
    T.get_or_init(|| {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .unwrap();
        let app = rt.block_on(async {
            let app = spawn_app().await;
            let admin = app.staff("admin").await;
            let ana = app.user("ana").await;
            let bob = app.user("bob").await;
            let group = app
                .group(ana, "Fuzz Club", Privacy::Public, "Lisbon", "38.7")
                .await;
            app.ok(Actor::User(bob), JoinGroup { group }).await;
            let item = app.item(ana, "Ladder", vec![group]).await;
            app.request(bob, item).await;
            app.ok(
                Actor::User(admin),
                CreateToken {
                    hash: comuniza::auth::secret::digest(TOKEN),
                    name: "fuzz".into(),
                    prefix: TOKEN[..8].into(),
                },
            )
            .await;
            app
        });
        Target {
            app,
            rt,
            ids: [
                "1",
                "2",
                "3",
                "0",
                "999999",
                "-1",
                "x",
                "18446744073709551615",
            ]
            .map(String::from)
            .to_vec(),
            slugs: [
                "fuzz-club",
                "no-such-group",
                "new",
                "%00",
                "a".repeat(300).as_str(),
            ]
            .map(String::from)
            .to_vec(),
        }
    })
}

/// A fresh session of the staff admin (pk 1), who is made staff and active again first, and
/// the admin's token made again: a case may sign the admin out everywhere (which revokes
/// tokens too), take away staff or deactivate the account, and the next case must still
/// reach past the door. Answers the session cookie.
/// Held by whatever posts forms as the admin on the shared target: a random form may sign the
/// admin out everywhere or switch the account off, so the check that a valid form gets
/// through must not run in between (the test threads share one server).
fn admin_forms() -> std::sync::MutexGuard<'static, ()> {
    static FORMS: std::sync::Mutex<()> = std::sync::Mutex::new(());
    FORMS
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

fn fresh_admin_session() -> String {
    static N: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let n = N.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let cookie = format!("{SESSION}-{n}");
    let t = target();
    t.rt.block_on(async {
        let admin = UserId(1);
        t.app
            .ok(
                Actor::System,
                SetUserActive {
                    user: admin,
                    active: true,
                },
            )
            .await;
        t.app
            .ok(
                Actor::System,
                SetUserStaff {
                    user: admin,
                    staff: true,
                },
            )
            .await;
        t.app
            .ok(
                Actor::System,
                StartSession {
                    user: admin,
                    hash: comuniza::auth::secret::digest(&cookie),
                    csrf: CSRF.into(),
                    lifetime: 3_600_000,
                },
            )
            .await;
        t.app
            .ok(
                Actor::User(admin),
                CreateToken {
                    hash: comuniza::auth::secret::digest(TOKEN),
                    name: "fuzz".into(),
                    prefix: TOKEN[..8].into(),
                },
            )
            .await;
    });
    cookie
}

/// Every POST form route, `{…}` parts filled from the target's ids and slugs.
const FORM_ROUTES: &[&str] = &[
    "/account/password",
    "/account/picture",
    "/account/picture/remove",
    "/account/profile",
    "/account/signout-everywhere",
    "/account/tokens",
    "/account/tokens/revoke",
    "/admin/achievements/{id}",
    "/admin/badges",
    "/admin/badges/{id}",
    "/admin/badges/{id}/achievements",
    "/admin/grants/badge",
    "/admin/grants/points",
    "/admin/groups/{id}/active",
    "/admin/settings",
    "/admin/users/{id}/active",
    "/admin/users/{id}/picture/remove",
    "/admin/users/{id}/signout",
    "/admin/users/{id}/staff",
    "/groups/new",
    "/groups/{slug}/archive",
    "/groups/{slug}/edit",
    "/groups/{slug}/join",
    "/groups/{slug}/leave",
    "/groups/{slug}/members/{username}/{action}",
    "/groups/{slug}/reopen",
    "/items/new",
    "/items/{id}/edit",
    "/items/{id}/photos",
    "/items/{id}/request",
    "/loans/{id}/review",
    "/loans/{id}/{action}",
    "/setup",
    "/signin",
    "/signup",
];

const API_ROUTES: &[&str] = &[
    "/api/items",
    "/api/items/{id}/images",
    "/api/items/{id}/request",
    "/api/loans/{id}/review",
    "/api/loans/{id}/{action}",
    "/api/groups/{slug}/join",
    "/api/groups/{slug}/leave",
];

const FIELDS: &[&str] = &[
    "title",
    "description",
    "condition",
    "status",
    "max_loan_days",
    "visibility",
    "groups",
    "group",
    "category",
    "name",
    "city",
    "country",
    "latitude",
    "longitude",
    "privacy",
    "rating",
    "comment",
    "message",
    "username",
    "email",
    "password",
    "password2",
    "current",
    "first_name",
    "last_name",
    "token",
    "badge",
    "user",
    "points",
    "slug",
    "icon",
    "badge_type",
    "is_secret",
    "is_active",
    "trigger_type",
    "threshold_value",
    "display_order",
    "kind",
    "active",
    "staff",
    "next",
    "back",
];

const ACTIONS: &[&str] = &[
    "approve",
    "reject",
    "cancel",
    "hand_over",
    "borrower_return",
    "confirm_return",
    "promote",
    "demote",
    "remove",
    "ban",
    "unban",
    "x",
];

/// Values that have broken parsers elsewhere: empty, huge, signs, unicode, NULs, numbers.
fn value() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        "[a-z0-9 ]{1,20}",
        "-?[0-9]{1,25}(\\.[0-9]{0,5})?",
        "\\PC{0,40}",
        Just("\u{0}\u{202e}<script>".to_string()),
        Just("x".repeat(70_000)),
        Just("1e309".to_string()),
        prop::sample::select(ACTIONS).prop_map(String::from),
        prop::sample::select(vec!["good", "public", "private", "restricted", "available"])
            .prop_map(String::from),
    ]
}

fn path(template: &str, pick: (usize, usize, usize)) -> String {
    let t = target();
    template
        .replace("{id}", &t.ids[pick.0 % t.ids.len()])
        .replace("{slug}", &t.slugs[pick.1 % t.slugs.len()])
        .replace("{username}", ["ana", "bob", "nobody"][pick.2 % 3])
        .replace("{action}", ACTIONS[pick.2 % ACTIONS.len()])
}

/// JSON of any shape, a few levels deep.
fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(|f| json!(f)),
        value().prop_map(Value::from),
    ];
    leaf.prop_recursive(3, 24, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::from),
            prop::collection::btree_map(
                prop::sample::select(FIELDS).prop_map(String::from),
                inner,
                0..6
            )
            .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// Sends one request; a 5xx (or no answer) fails the property.
fn send(req: reqwest::RequestBuilder) -> Result<(), TestCaseError> {
    let t = target();
    let (status, body) = t.rt.block_on(async {
        let res = req.send().await.expect("an answer");
        (res.status(), res.text().await.unwrap_or_default())
    });
    prop_assert!(
        status.as_u16() < 500,
        "{status}: {}",
        &body[..body.len().min(300)]
    );
    if status.is_client_error() {
        prop_assert!(!body.trim().is_empty(), "a refusal says why");
    }
    Ok(())
}

fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), ..ProptestConfig::default() })]

    fn random_forms_are_refused_clearly(
        route in prop::sample::select(FORM_ROUTES),
        pick in (0usize..64, 0usize..64, 0usize..64),
        fields in prop::collection::vec((prop::sample::select(FIELDS), value()), 0..8),
        csrf_ok in prop::bool::weighted(0.8),
        signed_in in prop::bool::weighted(0.8),
        as_json in prop::bool::weighted(0.1),
    ) {
        let t = target();
        let _forms = admin_forms();
        let mut form: Vec<(String, String)> =
            fields.into_iter().map(|(k, v)| (k.to_string(), v)).collect();
        form.push(("csrf".into(), if csrf_ok { CSRF.into() } else { "forged".into() }));
        let mut req = client().post(format!("{}{}", t.app.base, path(route, pick)));
        let mut cookies = format!("comuniza_csrf={CSRF}");
        if signed_in {
            cookies.push_str(&format!("; comuniza_session={}", fresh_admin_session()));
        }
        req = req.header("cookie", cookies);
        req = if as_json { req.json(&form) } else { req.form(&form) };
        send(req)?;
    }

    fn random_api_bodies_are_refused_clearly(
        route in prop::sample::select(API_ROUTES),
        pick in (0usize..64, 0usize..64, 0usize..64),
        body in json_value(),
        raw in prop::option::weighted(0.15, prop::collection::vec(any::<u8>(), 0..200)),
        with_token in prop::bool::weighted(0.85),
    ) {
        let t = target();
        let mut req = client().post(format!("{}{}", t.app.base, path(route, pick)));
        if with_token {
            fresh_admin_session();
            req = req.bearer_auth(TOKEN);
        }
        req = match raw {
            Some(bytes) => req.header("content-type", "application/json").body(bytes),
            None => req.json(&body),
        };
        send(req)?;
    }
}

#[test]
fn random_input_is_refused_clearly_and_nothing_is_half_written() {
    random_forms_are_refused_clearly();
    random_api_bodies_are_refused_clearly();
    let d = comuniza::views::verify::verify(&*target().app.engine.db).unwrap();
    assert_eq!(d.count, 0, "{:?}", d.lines);
}

#[test]
fn oversized_bodies_are_refused_with_413_everywhere() {
    let t = target();
    let big = "x".repeat(comuniza::http::BODY_LIMIT + 1);
    let session = fresh_admin_session();
    let post = |url: String, token: bool, kind: &'static str, body: String| {
        t.rt.block_on(async {
            let mut req = client()
                .post(&url)
                .header(
                    "cookie",
                    format!("comuniza_csrf={CSRF}; comuniza_session={session}"),
                )
                .header("content-type", kind)
                .body(body);
            if token {
                req = req.bearer_auth(TOKEN);
            }
            req.send().await.unwrap().status()
        })
    };
    for route in FORM_ROUTES {
        let url = format!("{}{}", t.app.base, path(route, (0, 0, 0)));
        let body = format!("csrf={CSRF}&title={big}");
        let status = post(url, false, "application/x-www-form-urlencoded", body);
        assert_eq!(status, 413, "{route}");
    }
    // The API actions that take a body (the others never read one).
    for route in [
        "/api/items",
        "/api/items/{id}/request",
        "/api/loans/{id}/review",
    ] {
        let url = format!("{}{}", t.app.base, path(route, (0, 0, 0)));
        let status = post(
            url,
            true,
            "application/json",
            format!("{{\"title\":\"{big}\"}}"),
        );
        assert_eq!(status, 413, "{route}");
    }
}

#[test]
fn the_fuzzer_reaches_past_sign_in() {
    // Without a working session and token every case above would stop at the door.
    let t = target();
    let _forms = admin_forms();
    let session = fresh_admin_session();
    let (page, created) = t.rt.block_on(async {
        let page = client()
            .get(format!("{}/account", t.app.base))
            .header("cookie", format!("comuniza_session={session}"))
            .send()
            .await
            .unwrap()
            .status();
        let created = client()
            .post(format!("{}/api/items", t.app.base))
            .bearer_auth(TOKEN)
            .json(
                &json!({"title": "Drill", "condition": "good", "max_loan_days": 7,
                          "visibility": "public"}),
            )
            .send()
            .await
            .unwrap()
            .status();
        (page, created)
    });
    assert_eq!(page, 200);
    assert_eq!(created, 201);
    let form = t.rt.block_on(async {
        client()
            .post(format!("{}/account/profile", t.app.base))
            .header(
                "cookie",
                format!("comuniza_csrf={CSRF}; comuniza_session={session}"),
            )
            .form(&[
                ("csrf", CSRF),
                ("first_name", "Ad"),
                ("last_name", "Min"),
                ("email", "admin@example.org"),
            ])
            .send()
            .await
            .unwrap()
            .status()
    });
    assert_eq!(form, 303, "a valid form as the fuzzer sends it is accepted");
}

/// A small generated fixture (15 users), made once.
fn fixture_text() -> &'static str {
    static TEXT: OnceLock<String> = OnceLock::new();
    TEXT.get_or_init(|| {
        let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("fuzz-fixture");
        std::fs::create_dir_all(&dir).unwrap();
        let out = dir.join(format!("community-{}.json", std::process::id()));
        let status = std::process::Command::new("python3")
            .arg(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/tests/data/gen_community.py"
            ))
            .args(["--users", "15", "--seed", "3", "--out"])
            .arg(&out)
            .status()
            .expect("python3 runs the fixture generator");
        assert!(status.success());
        let text = std::fs::read_to_string(&out).unwrap();
        let _ = std::fs::remove_file(&out);
        text
    })
}

/// Ways to break a fixture: cut it, overwrite bytes, or put a value where another was.
#[derive(Debug, Clone)]
enum Mutation {
    Truncate(usize),
    Overwrite(usize, Vec<u8>),
    Replace(usize, String),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        any::<usize>().prop_map(Mutation::Truncate),
        (any::<usize>(), prop::collection::vec(any::<u8>(), 1..8))
            .prop_map(|(at, b)| Mutation::Overwrite(at, b)),
        (
            any::<usize>(),
            prop::sample::select(vec![
                "null",
                "-1",
                "1e999",
                "\"\"",
                "[]",
                "{}",
                "\"x\"",
                "99999999999999999999999",
                "true",
                "\"\\u0000\"",
                "\"2024-02-30\"",
                "\"overdue\"",
                "6",
            ])
            .prop_map(String::from)
        )
            .prop_map(|(at, v)| Mutation::Replace(at, v)),
    ]
}

fn mutate(text: &str, mutations: &[Mutation]) -> Vec<u8> {
    let mut bytes = text.as_bytes().to_vec();
    for m in mutations {
        let len = bytes.len().max(1);
        match m {
            Mutation::Truncate(at) => bytes.truncate(at % len),
            Mutation::Overwrite(at, with) => {
                let at = at % len;
                for (i, b) in with.iter().enumerate() {
                    if let Some(slot) = bytes.get_mut(at + i) {
                        *slot = *b;
                    }
                }
            }
            // The value after the `at`-th `": ` becomes `v` (up to the next , or }).
            Mutation::Replace(at, v) => {
                let text = String::from_utf8_lossy(&bytes).into_owned();
                let spots: Vec<usize> = text.match_indices("\": ").map(|(i, _)| i + 3).collect();
                if spots.is_empty() {
                    continue;
                }
                let start = spots[at % spots.len()];
                let end = text[start..]
                    .find([',', '}'])
                    .map_or(text.len(), |e| start + e);
                bytes = format!("{}{v}{}", &text[..start], &text[end..]).into_bytes();
            }
        }
    }
    bytes
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), ..ProptestConfig::default() })]

    #[test]
    fn a_broken_fixture_is_refused_whole_or_imported_whole(
        mutations in prop::collection::vec(mutation(), 1..4),
    ) {
        let dir = tempfile::tempdir().unwrap();
        let fixture = dir.path().join("broken.json");
        std::fs::write(&fixture, mutate(fixture_text(), &mutations)).unwrap();
        let data = dir.path().join("data.redb");
        match comuniza::cli::import::import(&data, &fixture, false, false) {
            Err(e) => {
                prop_assert!(!e.to_string().trim().is_empty());
                let leftovers: Vec<_> = std::fs::read_dir(dir.path())
                    .unwrap()
                    .map(|e| e.unwrap().file_name())
                    .filter(|n| n != "broken.json")
                    .collect();
                prop_assert!(leftovers.is_empty(), "a refused import left {leftovers:?}");
            }
            // Some mutations keep the fixture valid (a changed name, say): then all of it.
            Ok(_) => {
                let db = redb::ReadOnlyDatabase::open(&data).unwrap();
                prop_assert_eq!(comuniza::views::verify::verify(&db).unwrap().count, 0);
            }
        }
    }
}

/// Small ids, so random commands often aim at things that exist.
fn id() -> impl Strategy<Value = u64> {
    prop_oneof![4 => 0u64..8, 1 => any::<u64>()]
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => "[a-z]{1,12}",
        1 => Just(String::new()),
        1 => "\\PC{0,30}",
        1 => Just("y".repeat(6000)),
        1 => "-?[0-9]{1,4}(\\.[0-9]{1,8})?",
    ]
}

fn one_of<T: Clone + std::fmt::Debug + 'static>(all: &'static [T]) -> impl Strategy<Value = T> {
    prop::sample::select(all)
}

fn command() -> impl Strategy<Value = Command> {
    use comuniza::domain::choice::{Condition, ItemStatus, PointsKind, Visibility};
    use comuniza::domain::loan::LoanAction;
    use comuniza::domain::settings::Setting;
    use comuniza::store::commands::{GroupFields, ItemFields, Moderation};
    const MODERATIONS: &[Moderation] = &[
        Moderation::Approve,
        Moderation::Ban,
        Moderation::Unban,
        Moderation::Promote,
        Moderation::Demote,
        Moderation::Remove,
    ];
    let group = (
        text(),
        text(),
        one_of(Privacy::ALL),
        text(),
        text(),
        text(),
        text(),
    )
        .prop_map(
            |(name, description, privacy, city, country, latitude, longitude)| GroupFields {
                name,
                description,
                privacy,
                city,
                state: String::new(),
                country,
                latitude,
                longitude,
            },
        )
        .boxed();
    let item = (
        text(),
        one_of(Condition::ALL),
        one_of(ItemStatus::ALL),
        any::<u32>(),
        one_of(Visibility::ALL),
        prop::collection::vec(id(), 0..3),
    )
        .prop_map(
            |(title, condition, status, days, visibility, groups)| ItemFields {
                title,
                description: String::new(),
                category: None,
                condition,
                status,
                max_loan_days: days % 400,
                visibility,
                groups: groups.into_iter().map(GroupId).collect(),
            },
        )
        .boxed();
    prop_oneof![
        (text(), text()).prop_map(|(username, email)| CreateUser {
            username,
            email,
            first_name: String::new(),
            last_name: String::new(),
            password: "!".into(),
            is_staff: false,
        }
        .into()),
        (id(), text(), text()).prop_map(|(user, first_name, email)| Command::UpdateProfile(
            UpdateProfile {
                user: UserId(user),
                first_name,
                last_name: String::new(),
                email,
            }
        )),
        (id(), any::<bool>()).prop_map(|(user, active)| SetUserActive {
            user: UserId(user),
            active
        }
        .into()),
        (id(), any::<bool>()).prop_map(|(user, staff)| SetUserStaff {
            user: UserId(user),
            staff
        }
        .into()),
        group.clone().prop_map(|f| CreateGroup(f).into()),
        (id(), group).prop_map(|(group, fields)| UpdateGroup {
            group: GroupId(group),
            fields
        }
        .into()),
        (id(), any::<bool>()).prop_map(|(group, active)| SetGroupActive {
            group: GroupId(group),
            active
        }
        .into()),
        id().prop_map(|group| JoinGroup {
            group: GroupId(group)
        }
        .into()),
        id().prop_map(|group| LeaveGroup {
            group: GroupId(group)
        }
        .into()),
        (id(), id(), one_of(MODERATIONS)).prop_map(|(group, user, action)| Command::Moderate(
            Moderate {
                group: GroupId(group),
                user: UserId(user),
                action
            }
        )),
        item.clone().prop_map(|f| CreateItem(f).into()),
        (id(), item, any::<bool>()).prop_map(|(item, fields, is_active)| Command::UpdateItem(
            UpdateItem {
                item: ItemId(item),
                fields,
                is_active
            }
        )),
        (id(), prop::option::of(id()), text()).prop_map(|(item, group, message)| {
            RequestLoan {
                item: ItemId(item),
                group: group.map(GroupId),
                message,
            }
            .into()
        }),
        (id(), one_of(&LoanAction::ALL)).prop_map(|(loan, action)| LoanStep {
            loan: LoanId(loan),
            action
        }
        .into()),
        (id(), -3i64..9, text()).prop_map(|(loan, rating, comment)| Command::ReviewLoan(
            ReviewLoan {
                loan: LoanId(loan),
                rating,
                comment
            }
        )),
        (id(), one_of(PointsKind::ALL), any::<i64>(), text()).prop_map(
            |(user, kind, points, description)| AdjustPoints {
                user: UserId(user),
                kind,
                points,
                description,
            }
            .into()
        ),
        (0..Setting::all().count(), text()).prop_map(|(i, value)| Command::SetSetting(
            SetSetting {
                setting: Setting::all().nth(i).unwrap(),
                value
            }
        )),
        id().prop_map(|user| EndAllSessions { user: UserId(user) }.into()),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases() / 4 + 1, ..ProptestConfig::default() })]

    #[test]
    fn random_commands_are_refused_or_applied_never_half_done(
        steps in prop::collection::vec((0u64..6, command()), 1..60),
    ) {
        let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
        rt.block_on(async {
            let app = spawn_app().await;
            let staff = app.staff("staff").await;
            for name in ["ana", "bob", "cara"] {
                app.user(name).await;
            }
            app.group(staff, "Commons", Privacy::Public, "Berlin", "52.5").await;
            for (actor, cmd) in steps {
                let actor = if actor == 0 { Actor::System } else { Actor::User(UserId(actor)) };
                let result = app.run(actor, cmd.clone()).await;
                prop_assert!(
                    !matches!(result, Err(comuniza::store::commands::CommandError::Internal(_))),
                    "{cmd:?} by {actor:?}: {result:?}"
                );
            }
            let d = comuniza::views::verify::verify(&*app.engine.db).unwrap();
            prop_assert_eq!(d.count, 0, "{:?}", d.lines);
            Ok(())
        })?;
    }
}
