//! The test kit every test binary shares (`#[path = "../common/mod.rs"] mod helpers;`):
//! `spawn_app()` gives a fresh data file in a temp dir, the engine, and the server on port 0,
//! with helpers to run commands as a user, to read the API, and to read the data through the
//! app's own read API (`read()`), never its tables.

use comuniza::cache::Capacities;
use comuniza::domain::choice::*;
use comuniza::domain::privacy::ProfilePrivacy;
use comuniza::domain::records::{BadgeId, GroupId, ItemId, LoanId, UserId};
use comuniza::engine::Engine;
use comuniza::store::commands::{
    AchievementFields, Actor, BadgeFields, Command, CommandError, GroupFields, ItemFields,
};
use comuniza::store::commands::{
    CreateAchievement, CreateBadge, CreateGroup, CreateItem, CreateUser, LoanStep, RequestLoan,
    SetProfilePrivacy, SetUserActive, SetUserStaff,
};
use comuniza::store::read::Snapshot;
use serde_json::Value;

pub(crate) struct TestApp {
    pub(crate) engine: Engine,
    pub(crate) base: String,
    pub(crate) client: reqwest::Client,
    _dir: tempfile::TempDir,
    _shutdown: tokio::sync::oneshot::Sender<()>,
    /// The server's task, which holds a handle of the engine until it ends.
    served: tokio::task::JoinHandle<()>,
}

/// Fails if the data file still has a table of one of the names `gone`.
#[allow(dead_code)] // not every test binary checks its tables
pub(crate) fn assert_no_tables(db: &redb::Database, gone: &[&str]) {
    use redb::{ReadableDatabase, TableHandle};
    let txn = db.begin_read().unwrap();
    let names: Vec<String> = txn
        .list_tables()
        .unwrap()
        .map(|t| t.name().to_string())
        .collect();
    for old in gone {
        assert!(!names.iter().any(|n| n == old), "{old} left: {names:?}");
    }
}

/// The first-run link's secret of every test server (a real server makes a random one and
/// prints it in its log).
pub(crate) const SETUP_TOKEN: &str = "test-setup-token";

/// The web settings of test servers: the defaults, with a known setup token.
pub(crate) fn web_config() -> comuniza::http::WebConfig {
    comuniza::http::WebConfig {
        setup_token: Some(SETUP_TOKEN.into()),
        ..Default::default()
    }
}

pub(crate) async fn spawn_app() -> TestApp {
    spawn_app_with(web_config()).await
}

/// A fresh site served with `config`.
#[allow(dead_code)] // not every test binary changes the settings
pub(crate) async fn spawn_app_with(config: comuniza::http::WebConfig) -> TestApp {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("test.redb");
    serve_in_with(dir, &path, config).await
}

/// Serves the data file `path`, which lives in `dir` (removed when the app is dropped).
pub(crate) async fn serve_in(dir: tempfile::TempDir, path: &std::path::Path) -> TestApp {
    serve_in_with(dir, path, web_config()).await
}

/// [`serve_in`] with `config`.
async fn serve_in_with(
    dir: tempfile::TempDir,
    path: &std::path::Path,
    config: comuniza::http::WebConfig,
) -> TestApp {
    let (engine, base, stop, served) = serve_task(path, config).await;
    TestApp {
        engine,
        base,
        client: reqwest::Client::new(),
        _dir: dir,
        _shutdown: stop,
        served,
    }
}

/// Opens `path` and serves it on a free loopback port until the sender is dropped; answers the
/// engine and the base URL.
pub(crate) async fn serve_file(
    path: &std::path::Path,
) -> (Engine, String, tokio::sync::oneshot::Sender<()>) {
    serve_file_with(path, web_config()).await
}

/// [`serve_file`] with `config`.
pub(crate) async fn serve_file_with(
    path: &std::path::Path,
    config: comuniza::http::WebConfig,
) -> (Engine, String, tokio::sync::oneshot::Sender<()>) {
    let (engine, base, stop, _) = serve_task(path, config).await;
    (engine, base, stop)
}

/// [`serve_file_with`], and the server's task.
async fn serve_task(
    path: &std::path::Path,
    config: comuniza::http::WebConfig,
) -> (
    Engine,
    String,
    tokio::sync::oneshot::Sender<()>,
    tokio::task::JoinHandle<()>,
) {
    let engine = Engine::open(path, Capacities::default()).unwrap();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    let serving = engine.clone();
    let served = tokio::spawn(async move {
        let app = comuniza::http::App::new(serving, config);
        comuniza::http::serve_app(listener, app, async {
            let _ = rx.await;
        })
        .await
        .unwrap();
    });
    (engine, base, tx, served)
}

impl TestApp {
    /// A snapshot of the data as it is now, through the read API pages use.
    pub(crate) fn read(&self) -> Snapshot {
        self.engine.snapshot().unwrap()
    }

    /// The id of the user with this username (any case); panics when there is none.
    pub(crate) fn user_id(&self, name: &str) -> UserId {
        let found = self.read().user_id_by_username(name).unwrap();
        found.unwrap_or_else(|| panic!("no user {name:?}"))
    }

    /// The id of the group at `slug`, if any.
    pub(crate) fn group_id(&self, slug: &str) -> Option<GroupId> {
        self.read().group_id_by_slug(slug).unwrap()
    }

    pub(crate) async fn run(
        &self,
        actor: Actor,
        cmd: impl Into<Command>,
    ) -> Result<u64, CommandError> {
        self.engine.writer.run(actor, cmd).await
    }

    pub(crate) async fn ok(&self, actor: Actor, cmd: impl Into<Command>) -> u64 {
        let cmd = cmd.into();
        match self.run(actor, cmd.clone()).await {
            Ok(id) => id,
            Err(e) => panic!("{cmd:?} was refused: {e}"),
        }
    }

    /// A member with a public profile (most tests read profiles anonymously).
    pub(crate) async fn user(&self, name: &str) -> UserId {
        let id = self.private_user(name).await;
        let privacy = ProfilePrivacy {
            visibility: ProfileVisibility::Public,
            show_on_boards: true,
        };
        self.ok(Actor::User(id), SetProfilePrivacy { privacy })
            .await;
        id
    }

    /// A member as a new account is: a `private` profile.
    pub(crate) async fn private_user(&self, name: &str) -> UserId {
        let id = self.ok(
            Actor::System,
            CreateUser {
                username: name.into(),
                email: format!("{name}@example.org"),
                first_name: name.to_uppercase(),
                last_name: "Tester".into(),
                password: "!unusable".into(),
                is_staff: false,
            },
        );
        UserId(id.await)
    }

    pub(crate) async fn group(
        &self,
        owner: UserId,
        name: &str,
        privacy: Privacy,
        city: &str,
        lat: &str,
    ) -> GroupId {
        let id = self.ok(
            Actor::User(owner),
            CreateGroup(group_fields(name, privacy, city, lat)),
        );
        GroupId(id.await)
    }

    /// A user switched on or off, as staff do.
    pub(crate) async fn set_active(&self, user: UserId, active: bool) {
        self.ok(Actor::System, SetUserActive { user, active }).await;
    }

    /// A user made staff.
    pub(crate) async fn staff(&self, name: &str) -> UserId {
        let id = self.user(name).await;
        self.ok(
            Actor::System,
            SetUserStaff {
                user: id,
                staff: true,
            },
        )
        .await;
        id
    }

    /// A loan request of `borrower` for `item`; answers the loan.
    pub(crate) async fn request(&self, borrower: UserId, item: ItemId) -> LoanId {
        let id = self.ok(
            Actor::User(borrower),
            RequestLoan {
                item,
                group: None,
                message: String::new(),
            },
        );
        LoanId(id.await)
    }

    pub(crate) async fn item(&self, owner: UserId, title: &str, groups: Vec<GroupId>) -> ItemId {
        let id = self.ok(Actor::User(owner), CreateItem(item_fields(title, groups)));
        ItemId(id.await)
    }

    /// A loan from request to the lender's confirmation of the return.
    pub(crate) async fn complete_loan(
        &self,
        item: ItemId,
        lender: UserId,
        borrower: UserId,
    ) -> LoanId {
        use comuniza::domain::loan::LoanAction::*;
        let loan = self.request(borrower, item).await;
        for (who, action) in [
            (lender, Approve),
            (lender, HandOver),
            (borrower, BorrowerReturn),
            (lender, ConfirmReturn),
        ] {
            self.ok(Actor::User(who), LoanStep { loan, action }).await;
        }
        loan
    }

    pub(crate) async fn badge(
        &self,
        slug: &str,
        points: i64,
        trigger: &str,
        threshold: Option<i64>,
        conditions: &str,
    ) -> BadgeId {
        let badge = self.ok(Actor::System, CreateBadge(badge_fields(slug, points)));
        let badge = BadgeId(badge.await);
        self.ok(
            Actor::System,
            CreateAchievement(AchievementFields {
                badge,
                trigger_type: trigger.into(),
                threshold_value: threshold,
                conditions: conditions.into(),
                is_active: true,
            }),
        )
        .await;
        badge
    }

    pub(crate) async fn get(&self, path: &str) -> (u16, Value) {
        let r = self
            .client
            .get(format!("{}{path}", self.base))
            .send()
            .await
            .unwrap();
        let status = r.status().as_u16();
        (status, r.json().await.unwrap_or(Value::Null))
    }

    pub(crate) async fn json(&self, path: &str) -> Value {
        let (status, v) = self.get(path).await;
        assert_eq!(status, 200, "GET {path}: {v}");
        v
    }

    pub(crate) async fn figure(&self, username: &str, name: &str) -> i64 {
        self.json(&format!("/api/users/{username}")).await["figures"][name]
            .as_i64()
            .unwrap()
    }

    pub(crate) async fn rank(&self, username: &str, board: &str) -> (u64, i64) {
        let v = self.json(&format!("/api/users/{username}")).await;
        let s = &v["ranks"][board];
        (s["rank"].as_u64().unwrap(), s["score"].as_i64().unwrap())
    }

    /// Stops serving and closes the data file cleanly, as a host's restart does.
    #[allow(dead_code)] // not every test binary restarts
    pub(crate) async fn stop(self) {
        let TestApp {
            engine,
            client,
            _shutdown,
            served,
            ..
        } = self;
        drop((client, _shutdown));
        // The server ends, and lets go of the engine; then the file is closed.
        tokio::time::timeout(std::time::Duration::from_secs(10), served)
            .await
            .expect("the server stops within 10 s")
            .unwrap();
        tokio::task::spawn_blocking(move || engine.close())
            .await
            .unwrap();
    }

    pub(crate) fn verify_clean(&self) {
        let d = comuniza::views::verify::verify(&*self.engine.db).unwrap();
        assert_eq!(
            d.count,
            0,
            "verify found differences:\n{}",
            d.lines.join("\n")
        );
    }
}

pub(crate) fn group_fields(name: &str, privacy: Privacy, city: &str, lat: &str) -> GroupFields {
    GroupFields {
        name: name.into(),
        description: "A group".into(),
        privacy,
        city: city.into(),
        state: "State".into(),
        country: "Country".into(),
        latitude: lat.into(),
        longitude: if lat.is_empty() {
            String::new()
        } else {
            "13.404954".into()
        },
    }
}

pub(crate) fn item_fields(title: &str, groups: Vec<GroupId>) -> ItemFields {
    ItemFields {
        title: title.into(),
        description: String::new(),
        category: None,
        condition: Condition::Good,
        status: ItemStatus::Available,
        max_loan_days: 7,
        visibility: Visibility::Public,
        groups,
    }
}

pub(crate) fn badge_fields(slug: &str, points: i64) -> BadgeFields {
    BadgeFields {
        name: slug.replace('-', " "),
        slug: slug.into(),
        description: format!("The {slug} badge"),
        icon: "fas fa-star".into(),
        badge_type: BadgeType::Bronze,
        category: BadgeCategory::Lending,
        points,
        is_active: true,
        is_secret: false,
        display_order: 1,
    }
}
