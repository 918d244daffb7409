//! Tidying under SIGKILL: staff merge categories one into another through the admin page
//! (signed in, with the form's CSRF token) while the server is killed at random moments.
//! After the restarts every acknowledged merge is whole (the category gone, its item moved),
//! every other category is untouched with its item, never half merged, and `verify` is clean.

use comuniza::domain::records::Id;
use comuniza::store::commands::{CreateCategory, CreateItem, SetUserStaff};

use super::*;

const CATEGORIES: usize = 300;
const PASSWORD: &str = "tidy-password-0123";

fn cat_name(n: usize) -> String {
    format!("Kind {n}")
}

/// A staff member who signs in with `password`.
pub(crate) fn add_staff(w: &comuniza::store::writer::Writer, name: &str, password: &str) -> UserId {
    let hash = comuniza::auth::password::hash_password(password).unwrap();
    let staff = UserId(
        w.run_blocking(
            Actor::System,
            CreateUser {
                username: name.into(),
                email: format!("{name}@example.org"),
                first_name: String::new(),
                last_name: String::new(),
                password: hash,
                is_staff: false,
            },
        )
        .unwrap(),
    );
    w.run_blocking(
        Actor::System,
        SetUserStaff {
            user: staff,
            staff: true,
        },
    )
    .unwrap();
    staff
}

/// A staff member who signs in with `PASSWORD`, and categories 0..=CATEGORIES each with one
/// item; answers (category, its item), category 0 first.
fn prepare_categories(data: &Path) -> Vec<(Id, ItemId)> {
    let engine = Engine::open(data, Capacities::default()).unwrap();
    let w = &engine.writer;
    let staff = add_staff(w, "tidier", PASSWORD);
    let mut out = Vec::new();
    for n in 0..=CATEGORIES {
        let category = w
            .run_blocking(
                Actor::User(staff),
                CreateCategory {
                    name: cat_name(n),
                    slug: format!("kind-{n}"),
                    parent: None,
                },
            )
            .unwrap();
        let item = w
            .run_blocking(
                Actor::User(staff),
                CreateItem(comuniza::store::commands::ItemFields {
                    category: Some(category),
                    ..public_item(format!("Thing of kind {n}"), 7, Vec::new())
                }),
            )
            .unwrap();
        out.push((category, ItemId(item)));
    }
    engine.close();
    out
}

/// The CSRF token of the first form on a page.
pub(crate) fn csrf_of(html: &str) -> Option<String> {
    let at = html.find("name=\"csrf\" value=\"")? + "name=\"csrf\" value=\"".len();
    Some(html[at..].split('"').next()?.to_string())
}

/// A browser signed in as `username` (redirects not followed) with its forms' CSRF token
/// (from the account page, the lightest one with a form); `None` when the server went away.
pub(crate) fn sign_in(
    base: &str,
    username: &str,
    password: &str,
) -> Option<(reqwest::blocking::Client, String)> {
    let client = reqwest::blocking::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .timeout(Duration::from_secs(5))
        .build()
        .unwrap();
    // A page's form token; `None` when the server went away.
    let token_of = |path: &str| {
        let page = client
            .get(format!("{base}{path}"))
            .send()
            .ok()?
            .text()
            .ok()?;
        csrf_of(&page)
    };
    let form = [
        ("csrf", token_of("/signin")?),
        ("username", username.to_string()),
        ("password", password.to_string()),
    ];
    let res = client
        .post(format!("{base}/signin"))
        .form(&form)
        .send()
        .ok()?;
    (res.status() == 303).then_some(())?;
    let csrf = token_of("/account")?;
    Some((client, csrf))
}

/// Merges categories `next..` into category 0, one by one, until the server goes away:
/// answers how many were acknowledged (or found done: an answer lost to the kill).
fn merge_until_gone(base: &str, cats: &[(Id, ItemId)], next: usize) -> usize {
    let Some((client, csrf)) = sign_in(base, "tidier", PASSWORD) else {
        return 0;
    };
    let into = cats[0].0.to_string();
    let mut acked = 0;
    for &(from, _) in &cats[1 + next..] {
        let form = [
            ("csrf", csrf.as_str()),
            ("from", &from.to_string()),
            ("into", &into),
        ];
        let Ok(res) = client
            .post(format!("{base}/admin/categories/merge"))
            .form(&form)
            .send()
        else {
            return acked;
        };
        // 303: merged; 404: merged already, its answer lost to the previous kill.
        match res.status().as_u16() {
            303 | 404 => acked += 1,
            _ => return acked,
        }
    }
    acked
}

#[test]
fn acknowledged_category_merges_survive_sigkill_whole() {
    let seed = env_u64("COMUNIZA_CRASH_SEED").unwrap_or(13);
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("tidying.redb");
    prepare(&data);
    let cats = prepare_categories(&data);
    let driven = cats.clone();
    let acked = kill_rounds(&data, seed, CATEGORIES, move |base, done| {
        vec![(); merge_until_gone(&base, &driven, done)]
    })
    .len();
    let status = terminate(start(&data));
    assert!(status.success(), "{status}");
    let read = read_only(&data);
    let (kept, _) = cats[0];
    let mut merged = 0;
    for (n, &(category, item)) in cats.iter().enumerate().skip(1) {
        let gone = read.category(category).unwrap().is_none();
        let now = read.item(item).unwrap().unwrap().category;
        assert!(
            gone || n > acked,
            "{}: acknowledged, so merged",
            cat_name(n)
        );
        if gone {
            merged += 1;
            assert_eq!(now, Some(kept), "{}: its item moved with it", cat_name(n));
        } else {
            assert_eq!(now, Some(category), "{}: untouched", cat_name(n));
        }
    }
    assert!(
        merged >= acked && merged > 0,
        "{merged} merged, {acked} acknowledged"
    );
    let out = comuniza(&["verify"], &data);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
