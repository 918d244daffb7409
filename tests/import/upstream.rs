//! Our export must load into Comuniza. `manage.py loaddata` saves rows raw (no `auto_now`, no
//! `save()`), so every NOT NULL field without a default must be in the fixture. The list
//! below was derived from upstream's models and migrations at commit
//! f8f7bf8608998e9b71fd94739d1603e7111f4322 (etilamine/comuniza), written here as data: per
//! model, the fields whose absence `loaddata` refuses, and the ones whose absence it turns into
//! a broken row (`''` in a unique field, an item without `identifier` that its item list hides).

use std::collections::HashSet;

use comuniza::domain::choice::{Condition, ItemStatus, Visibility};
use comuniza::domain::records::ItemId;
use comuniza::store::commands::{Actor, CreateItem, ItemFields, UpdateItem};
use serde_json::Value;

use crate::helpers::{generate, import_ok, Server};

const REQUIRED: &[(&str, &[&str])] = &[
    (
        "users.user",
        &["email", "username", "password", "date_joined"],
    ),
    (
        "groups.group",
        &["owner", "created_at", "updated_at", "name", "slug"],
    ),
    ("groups.groupmembership", &["group", "user", "joined_at"]),
    ("items.itemcategory", &["created_at", "name", "slug"]),
    (
        "items.item",
        &[
            "owner",
            "created_at",
            "updated_at",
            "title",
            "slug",
            "identifier",
        ],
    ),
    (
        "loans.loan",
        &[
            "item",
            "borrower",
            "lender",
            "requested_at",
            "created_at",
            "updated_at",
        ],
    ),
    (
        "loans.loanreview",
        &[
            "loan",
            "reviewer",
            "reviewee",
            "rating",
            "reviewer_role",
            "created_at",
            "updated_at",
        ],
    ),
    (
        "badges.badge",
        &["created_at", "name", "slug", "description", "icon"],
    ),
    ("badges.achievement", &["badge", "trigger_type"]),
    ("badges.userbadge", &["user", "badge", "earned_at"]),
    (
        "badges.reputationpoints",
        &[
            "user",
            "points",
            "created_at",
            "transaction_type",
            "description",
        ],
    ),
];

/// Upstream's unique fields per model (a repeated value fails `loaddata`).
const UNIQUE: &[(&str, &str)] = &[
    ("users.user", "email"),
    ("users.user", "username"),
    ("groups.group", "slug"),
    ("items.itemcategory", "slug"),
    ("items.item", "slug"),
    ("items.item", "identifier"),
    ("badges.badge", "slug"),
];

#[test]
fn an_export_carries_every_field_comunizas_loaddata_requires() {
    let fixture = generate(120, 4);
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("site.redb");
    import_ok(&data, &fixture);
    let server = Server::start(&data);
    // An item shared here, after the move: it gets Comuniza's identifier and timestamps.
    let owner = server
        .engine
        .snapshot()
        .unwrap()
        .user_id_by_username(&first_username(&fixture))
        .unwrap()
        .unwrap();
    let made_here = ItemId(
        server
            .engine
            .writer
            .run_blocking(Actor::User(owner), CreateItem(fields("Sewing machine")))
            .unwrap(),
    );
    // Changed later: its `updated_at` moves, its `created_at` stays.
    std::thread::sleep(std::time::Duration::from_millis(5));
    server
        .engine
        .writer
        .run_blocking(
            Actor::User(owner),
            UpdateItem {
                item: made_here,
                fields: fields("Sewing machine (Singer)"),
                is_active: true,
            },
        )
        .unwrap();
    let out = dir.path().join("export.json");
    let today = comuniza::domain::time::day_of(comuniza::domain::time::now());
    comuniza::cli::export::export_on(&*server.engine.db, &out, today).unwrap();
    let records: Vec<Value> =
        serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    let mut missing = Vec::new();
    for (model, fields) in REQUIRED {
        let of_model: Vec<&Value> = records.iter().filter(|r| r["model"] == *model).collect();
        assert!(!of_model.is_empty(), "the export has no {model}");
        for r in &of_model {
            for f in *fields {
                let v = &r["fields"][*f];
                if v.is_null() || v == "" {
                    missing.push(format!("{model} pk {}: {f} is {v}", r["pk"]));
                }
            }
        }
    }
    assert!(
        missing.is_empty(),
        "{} missing, e.g. {:?}",
        missing.len(),
        &missing[..missing.len().min(10)]
    );
    for (model, field) in UNIQUE {
        let values: Vec<String> = records
            .iter()
            .filter(|r| r["model"] == *model)
            .map(|r| r["fields"][*field].to_string().to_lowercase())
            .collect();
        let distinct: HashSet<&String> = values.iter().collect();
        assert_eq!(distinct.len(), values.len(), "{model}.{field} repeats");
    }
    // The item made here: a random identifier of Comuniza's form, stamped when it was made.
    let item = records
        .iter()
        .find(|r| r["model"] == "items.item" && r["pk"] == made_here.0)
        .unwrap();
    let identifier = item["fields"]["identifier"].as_str().unwrap();
    assert_eq!(identifier.len(), 10);
    assert!(identifier
        .bytes()
        .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit()));
    let (created, updated) = (
        item["fields"]["created_at"].as_str().unwrap(),
        item["fields"]["updated_at"].as_str().unwrap(),
    );
    let at = |s| comuniza::domain::time::parse_datetime(s).unwrap();
    assert!(at(updated) > at(created), "{created} then {updated}");
    // An active loan past its due date is written as Comuniza stores it.
    let snap = server.engine.snapshot().unwrap();
    let overdue: Vec<u64> = snap
        .loans()
        .unwrap()
        .into_iter()
        .filter(|(_, l)| comuniza::domain::loan::is_overdue(l, today))
        .map(|(id, _)| id.0)
        .collect();
    for r in records.iter().filter(|r| r["model"] == "loans.loan") {
        let pk = r["pk"].as_u64().unwrap();
        let written = r["fields"]["status"].as_str().unwrap();
        assert_eq!(
            written == "overdue",
            overdue.contains(&pk),
            "loan {pk}: {written}"
        );
    }
    assert!(
        !overdue.is_empty(),
        "the generated community has overdue loans"
    );
}

/// A public item's fields.
fn fields(title: &str) -> ItemFields {
    ItemFields {
        title: title.into(),
        description: String::new(),
        category: None,
        condition: Condition::Good,
        status: ItemStatus::Available,
        max_loan_days: 14,
        visibility: Visibility::Public,
        groups: vec![],
    }
}

/// The first user's username in a generated fixture.
fn first_username(fixture: &std::path::Path) -> String {
    let text = std::fs::read_to_string(fixture).unwrap();
    let records: Vec<Value> = serde_json::from_str(&text[text.find('[').unwrap()..]).unwrap();
    records
        .iter()
        .filter(|r| r["model"] == "users.user")
        .filter_map(|r| r["fields"]["username"].as_str())
        .find(|u| !u.is_empty())
        .unwrap()
        .to_string()
}
