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
    let args = [("count", Arg::Number(3)), ("action", Arg::Text("Leave"))];
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

/// Every message id the code asks for, found in the sources by the ways it is asked.
fn ids_in_code() -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    let mut dirs = vec![std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src")];
    let patterns = [".t(\"", ".tr(\"", "i18n::text(", "i18n::format("];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
                continue;
            }
            if path.extension().is_none_or(|e| e != "rs") || path.ends_with("i18n/tests.rs") {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            for p in patterns {
                for (at, _) in text.match_indices(p) {
                    let rest = &text[at + p.len()..];
                    // `.t("id"` starts at the id; `i18n::text(lang, "id"` after a comma.
                    let rest = if p.ends_with('"') {
                        rest
                    } else {
                        // Only a literal id among the call's arguments, not a quote further on.
                        match rest.split_once('"') {
                            Some((before, r)) if !before.contains([')', '\n']) => r,
                            _ => continue,
                        }
                    };
                    if let Some((id, _)) = rest.split_once('"') {
                        found.insert(id.to_string());
                    }
                }
            }
        }
    }
    found
}

#[test]
fn every_message_the_code_asks_for_is_in_the_catalogs() {
    let asked = ids_in_code();
    assert!(asked.contains("nav-items"), "the chrome's ids are found");
    let english = ids(Lang::En);
    let missing: Vec<_> = asked.difference(&english).collect();
    assert!(
        missing.is_empty(),
        "asked for but not in en.ftl: {missing:?}"
    );
    let unused: Vec<_> = english.difference(&asked).collect();
    assert!(
        unused.is_empty(),
        "in en.ftl but asked for nowhere: {unused:?}"
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
}
