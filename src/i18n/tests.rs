use std::collections::BTreeSet;

use fluent_bundle::FluentResource;

use super::*;

fn ids(lang: Lang) -> BTreeSet<String> {
    let resource = FluentResource::try_new(source(lang).to_string()).unwrap();
    message_ids(&resource).into_iter().collect()
}

#[test]
fn every_catalog_parses() {
    for lang in Lang::ALL {
        if let Err((_, errors)) = FluentResource::try_new(source(lang).to_string()) {
            panic!("{}.ftl does not parse: {errors:?}", lang.tag());
        }
    }
}

#[test]
fn every_language_has_every_message_and_no_other() {
    let english = ids(Lang::En);
    assert!(english.len() > 20, "the English catalog is there");
    for lang in Lang::ALL {
        let theirs = ids(lang);
        let missing: Vec<_> = english.difference(&theirs).collect();
        let extra: Vec<_> = theirs.difference(&english).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{}.ftl lacks {missing:?} and has {extra:?} that English has not",
            lang.tag()
        );
    }
}

#[test]
fn every_message_formats_in_every_language() {
    // Every variable a message uses (a new one fails here until it is added).
    let args = [
        ("count", Arg::Number(3)),
        ("rank", Arg::Number(1)),
        ("board", Arg::Text("Lending")),
        ("period", Arg::Text("This month")),
        ("day", Arg::Text("Dec 1, 2026")),
        ("total", Arg::Number(12)),
        ("score", Arg::Number(40)),
        ("action", Arg::Text("Leave")),
        ("name", Arg::Text("Ana")),
        ("group", Arg::Text("Kiez Tools")),
        ("by", Arg::Text("Bo")),
        ("place", Arg::Text("Lisbon")),
        ("page", Arg::Number(2)),
        ("asked", Arg::Text("drrill")),
        ("found", Arg::Text("drill")),
        ("query", Arg::Text("ladder")),
        ("points", Arg::Number(10)),
        ("number", Arg::Number(4)),
        ("item", Arg::Text("Drill")),
        ("person", Arg::Text("Ana")),
        ("status", Arg::Text("Lent out")),
        ("link", Arg::Text("Sign in")),
        ("date", Arg::Text("Dec 2, 2026")),
        ("days", Arg::Text("3 more days")),
        ("who", Arg::Text("you")),
        ("state", Arg::Text("pending")),
        ("what", Arg::Text("2 items are no longer shared")),
        ("items", Arg::Text("2 items are no longer shared")),
        ("requests", Arg::Text("1 request is cancelled")),
        ("have", Arg::Number(3)),
        ("need", Arg::Number(5)),
        ("rating", Arg::Number(4)),
        ("reviews", Arg::Number(2)),
        ("profile", Arg::Text("See your profile")),
        ("header", Arg::Text("Authorization")),
        ("path", Arg::Text("/api")),
        ("journal", Arg::Text("journalctl")),
        ("docker", Arg::Text("docker logs")),
        ("inbox", Arg::Text("inbox")),
        ("email", Arg::Text("ana@example.org")),
        ("account", Arg::Text("your account")),
        ("first", Arg::Text("First finish")),
        ("time", Arg::Text("Dec 3, 2026, 9:00 AM CET")),
        ("zone", Arg::Text("Europe/Berlin")),
        ("kind", Arg::Text("A loan is due today")),
        ("site", Arg::Text("Barrio")),
        ("settings", Arg::Text("your notification settings")),
        ("badge", Arg::Text("Good Lender")),
        ("used", Arg::Text("3 MB")),
        ("language", Arg::Text("Deutsch")),
        ("size", Arg::Number(16)),
        ("step", Arg::Text("approve")),
        ("limit", Arg::Text("limit_items_per_day")),
        ("per", Arg::Text("day")),
        ("minutes", Arg::Number(2)),
        ("field", Arg::Text("title")),
        ("label", Arg::Text("Title")),
        ("reason", Arg::Text("is required")),
        ("max", Arg::Number(200)),
        ("min", Arg::Number(8)),
        ("author", Arg::Text("ana")),
        ("reporter", Arg::Text("bob")),
        ("why", Arg::Text("unexpected end of input")),
        ("list", Arg::Text("new, good")),
        ("after", Arg::Text("52 MB")),
        ("bound", Arg::Text("50 MB")),
        ("seconds", Arg::Number(30)),
        ("number", Arg::Text("7")),
        ("n", Arg::Text("1.5")),
        ("percent", Arg::Text("25.0 %")),
        ("bytes", Arg::Number(143_360)),
        ("server", Arg::Text("smtp://localhost:25")),
        ("flag", Arg::Text("--smtp-url")),
        ("every", Arg::Text("6 hours")),
        ("dir", Arg::Text("/var/backups")),
        ("keep", Arg::Number(7)),
        ("code", Arg::Number(404)),
    ];
    for lang in Lang::ALL {
        let catalog = &catalogs()[lang.index()];
        for id in ids(lang) {
            let message = catalog.bundle.get_message(&id).unwrap();
            let pattern = message.value().unwrap();
            let mut fluent = FluentArgs::new();
            for (name, value) in &args {
                match value {
                    Arg::Text(t) => fluent.set(*name, *t),
                    Arg::Number(n) => fluent.set(*name, *n),
                }
            }
            let mut errors = Vec::new();
            let text = catalog
                .bundle
                .format_pattern(pattern, Some(&fluent), &mut errors);
            assert!(
                errors.is_empty() && !text.trim().is_empty(),
                "{} {id}: {errors:?}",
                lang.tag()
            );
        }
    }
}

/// The Rust sources of the crate, but this module's.
fn sources() -> Vec<String> {
    let mut out = Vec::new();
    let mut dirs = vec![std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src")];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                if !path.ends_with("i18n") {
                    dirs.push(path);
                }
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(std::fs::read_to_string(&path).unwrap());
            }
        }
    }
    out
}

/// The ids the code asks for by a literal: `v.t("id")`, `v.tr("id", ...)`, `v.say("id", ...)`, `msg("id")` (the
/// name of a page's own shorthand for `i18n::text` in its language), `i18n::text(lang, "id")`,
/// `i18n::format(lang, "id", ...)`.
fn ids_asked(text: &str) -> Vec<&str> {
    let mut found = Vec::new();
    for call in [".t(\"", ".tr(\"", ".say(\"", "msg(\"", "Phrase::id(\""] {
        for (at, _) in text.match_indices(call) {
            let before = text[..at].chars().next_back();
            if call == "msg(\"" && before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                continue;
            }
            if let Some((id, _)) = text[at + call.len()..].split_once('"') {
                found.push(id);
            }
        }
    }
    for call in ["i18n::text(", "i18n::format(", "sentence("] {
        for (at, _) in text.match_indices(call) {
            // The id is the second argument, when it is written there.
            let rest = &text[at + call.len()..];
            let Some((_, after)) = rest.split_once(',') else {
                continue;
            };
            let Some(after) = after.trim_start().strip_prefix('"') else {
                continue;
            };
            if let Some((id, _)) = after.split_once('"') {
                found.push(id);
            }
        }
    }
    found
}

/// Every string literal that could be a message id (lower case words, digits and hyphens).
fn literals(text: &str) -> BTreeSet<&str> {
    text.split('"')
        .skip(1)
        .step_by(2)
        .filter(|s| {
            !s.is_empty()
                && s.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        })
        .collect()
}

#[test]
fn every_message_the_code_asks_for_is_in_the_catalogs_and_none_is_left_over() {
    let sources = sources();
    let english = ids(Lang::En);
    let mut asked = BTreeSet::new();
    let mut written = BTreeSet::new();
    for text in &sources {
        asked.extend(ids_asked(text).into_iter().map(str::to_string));
        written.extend(literals(text).into_iter().map(str::to_string));
    }
    for id in [
        "nav-items",
        "home-newest",
        "boards-yours",
        "map-place-groups",
    ] {
        assert!(asked.contains(id), "{id} is found where it is asked for");
    }
    let missing: Vec<_> = asked.difference(&english).collect();
    assert!(
        missing.is_empty(),
        "asked for but not in en.ftl: {missing:?}"
    );
    // Ids may be passed around (a board's title); each must still be written somewhere.
    let unused: Vec<_> = english.difference(&written).collect();
    assert!(
        unused.is_empty(),
        "in en.ftl but nowhere in the code: {unused:?}"
    );
}

#[test]
fn plural_forms_follow_each_languages_rules() {
    let unread = |lang, n| format(lang, "inbox-unread", &[("count", Arg::Number(n))]);
    assert_eq!(unread(Lang::En, 0), "Notifications, none unread");
    assert_eq!(unread(Lang::En, 1), "Notifications, 1 unread");
    assert_eq!(unread(Lang::Fr, 1), "Notifications, 1 non lue");
    assert_eq!(unread(Lang::Fr, 5), "Notifications, 5 non lues");
    assert_eq!(unread(Lang::De, 12), "Benachrichtigungen, 12 ungelesen");
    assert_eq!(text(Lang::Es, "nav-items"), "Objetos");
    assert_eq!(text(Lang::Pt, "sign-in"), "Entrar");
    let groups = |lang, n| format(lang, "count-groups", &[("count", Arg::Number(n))]);
    assert_eq!(
        groups(Lang::Pt, 0),
        "grupos",
        "Portugal's Portuguese: 0 is plural"
    );
    assert_eq!(groups(Lang::Pt, 1), "grupo");
    assert_eq!(groups(Lang::Fr, 0), "groupe", "French: 0 is singular");
    assert_eq!(groups(Lang::En, 0), "groups");
}

#[test]
fn a_missing_message_shows_an_ellipsis_not_its_id() {
    assert_eq!(text(Lang::Es, "no-such-message"), "…");
    assert_eq!(format(Lang::De, "no-such-message", &[]), "…");
}

#[test]
fn accept_language_picks_the_best_offered() {
    let all = &Lang::ALL;
    assert_eq!(
        Lang::negotiate("es-MX,es;q=0.9,en;q=0.8", all),
        Some(Lang::Es)
    );
    assert_eq!(Lang::negotiate("en;q=0.5, de;q=0.9", all), Some(Lang::De));
    assert_eq!(Lang::negotiate("ja, fr-CA;q=0.3", all), Some(Lang::Fr));
    assert_eq!(Lang::negotiate("de;q=0, pt", all), Some(Lang::Pt));
    assert_eq!(Lang::negotiate("de;q=0", all), None, "q=0 refuses");
    assert_eq!(
        Lang::negotiate("PT-br", all),
        Some(Lang::Pt),
        "tags ignore case"
    );
    assert_eq!(
        Lang::negotiate("ca;q=1, es;q=1", all),
        Some(Lang::Ca),
        "ties: first"
    );
    assert_eq!(Lang::negotiate("de, en", &[Lang::En]), Some(Lang::En));
    assert_eq!(Lang::negotiate("ja", all), None);
    assert_eq!(
        Lang::negotiate(";;,q=,=", all),
        None,
        "garbage is no choice"
    );
    assert_eq!(
        Lang::negotiate("es;q=abc", all),
        None,
        "an unreadable q refuses"
    );
    assert_eq!(
        Lang::negotiate("de;q=0.25, es;q=0.251", all),
        Some(Lang::Es),
        "thousandths count"
    );
}
