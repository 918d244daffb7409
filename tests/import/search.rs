//! The search index after an import: built from the records by the import's rebuild, it
//! finds a book by its author and ISBN, and in a generated community it finds exactly the
//! items a visitor may see whose words match, counted here from the fixture itself.

use std::collections::{HashMap, HashSet};

use serde_json::Value;

use crate::helpers::{generate, import_ok, Server};

const BOOKS: &str = r#"[
{"model": "users.user", "pk": 1, "fields": {"password": "!x", "last_login": null, "is_superuser": true, "username": "ines", "first_name": "Inês", "last_name": "Ramos", "email": "ines@example.org", "is_staff": true, "is_active": true, "date_joined": "2021-01-01T00:00:00Z", "profile_visibility": "public"}},
{"model": "items.itemcategory", "pk": 1, "fields": {"name": "Books", "slug": "books", "parent": null, "is_active": true}},
{"model": "items.item", "pk": 1, "fields": {"title": "The Dispossessed", "slug": "the-dispossessed", "description": "An ambiguous utopia.", "category": 1, "condition": "good", "status": "available", "max_loan_days": 14, "owner": 1, "groups": [], "visibility": "public", "is_active": true, "created_at": "2022-03-10T00:00:00Z", "author": "Ursula K. Le Guin", "isbn": "9780061054884"}},
{"model": "items.item", "pk": 2, "fields": {"title": "Atlas", "slug": "atlas", "description": "", "category": 1, "condition": "good", "status": "available", "max_loan_days": 14, "owner": 1, "groups": [], "visibility": "public", "is_active": false, "created_at": "2022-03-11T00:00:00Z", "author": "Ursula Someone", "isbn": ""}}
]"#;

fn titles(server: &Server, q: &str) -> Vec<String> {
    server.json(&format!("/api/search?q={q}"))["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["title"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn a_book_is_found_by_its_author_isbn_and_category() {
    let dir = tempfile::tempdir().unwrap();
    let fixture = dir.path().join("books.json");
    std::fs::write(&fixture, BOOKS).unwrap();
    let data = dir.path().join("community.redb");
    import_ok(&data, &fixture);
    let server = Server::start(&data);
    for q in [
        "ursula",
        "le%20guin",
        "9780061054884",
        "books",
        "utopia",
        "ines%20ramos",
    ] {
        assert_eq!(titles(&server, q), ["The Dispossessed"], "{q}");
    }
    // The archived atlas is in no result.
    assert!(titles(&server, "atlas").is_empty());
    server.assert_verified();
}

/// Every result of an anonymous search, page after page.
fn all_ids(server: &Server, q: &str) -> HashSet<u64> {
    let mut out = HashSet::new();
    for page in 1..=50 {
        let v = server.json(&format!("/api/search?q={q}&page={page}"));
        for r in v["results"].as_array().unwrap() {
            assert!(out.insert(r["id"].as_u64().unwrap()), "twice: {r}");
        }
        if v["next_page"].is_null() {
            break;
        }
    }
    out
}

#[test]
fn a_generated_community_finds_what_a_visitor_may_see() {
    let fixture = generate(600, 3);
    let text = std::fs::read_to_string(&fixture).unwrap();
    let rows: Vec<Value> = serde_json::from_str(&text[text.find('[').unwrap()..]).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("community.redb");
    import_ok(&data, &fixture);
    let server = Server::start(&data);

    let active: HashSet<u64> = rows
        .iter()
        .filter(|r| r["model"] == "users.user" && r["fields"]["is_active"] == true)
        .map(|r| r["pk"].as_u64().unwrap())
        .collect();
    // Title words of the items a visitor may see: public, active, of an active owner.
    let mut visible: HashMap<u64, HashSet<String>> = HashMap::new();
    for r in rows.iter().filter(|r| r["model"] == "items.item") {
        let f = &r["fields"];
        if f["is_active"] == true
            && f["visibility"] == "public"
            && active.contains(&f["owner"].as_u64().unwrap())
        {
            let words = f["title"]
                .as_str()
                .unwrap()
                .to_lowercase()
                .split(|c: char| !c.is_alphanumeric())
                .map(str::to_string)
                .collect();
            visible.insert(r["pk"].as_u64().unwrap(), words);
        }
    }
    for q in [vec!["drill"], vec!["ladder"], vec!["vintage", "projector"]] {
        let want: HashSet<u64> = visible
            .iter()
            .filter(|(_, words)| q.iter().all(|w| words.contains(*w)))
            .map(|(id, _)| *id)
            .collect();
        assert!(!want.is_empty(), "{q:?} matches some item");
        // A trailing space: whole words only.
        let got = all_ids(&server, &format!("{}%20", q.join("%20")));
        assert_eq!(got, want, "{q:?}");
    }
    server.assert_verified();
}
