//! The language switcher (issue 19) in a real browser: a plain form in the footer, without
//! script; the chosen language stays for the next pages; the translated pages (home, items,
//! boards, groups, map, search, badges; for a member an item of theirs, their items and loans and
//! a loan) fit a phone and a desktop in every language (German and Catalan words are long), menu
//! open or shut.

use std::cell::RefCell;
use std::rc::Rc;

use comuniza::i18n::Lang;

use crate::cdp;
use crate::chrome::{start_server_offering, Person};

#[test]
fn every_language_is_chosen_in_the_footer_and_fits() {
    let server = start_server_offering(
        |path| {
            comuniza::cli::demo::demo(path).expect("the demo community");
        },
        &Lang::ALL,
    );
    let browser = Rc::new(RefCell::new(cdp::Chrome::launch()));
    let visitor = Person::new(&browser, &server);
    let mut misfits = Vec::new();
    for (width, mobile) in [(390, true), (1280, false)] {
        visitor.window(width, mobile);
        for lang in Lang::ALL {
            visitor.open("/items");
            visitor.fill("form.language select[name=\"lang\"]", lang.tag());
            visitor.click("form.language button[type=\"submit\"]");
            assert_eq!(
                visitor.path(),
                "/items",
                "back on the page it was chosen on"
            );
            let html_lang = visitor.script("document.documentElement.lang");
            assert_eq!(html_lang, lang.tag(), "{width}px");
            for m in visitor.misfits() {
                misfits.push(format!("{} {width}px /items: {m}", lang.tag()));
            }
            visitor.screenshot(&format!("language-{}-{width}-items", lang.tag()));
            // The next page keeps it (the cookie), with the menu in that language.
            visitor.open("/");
            assert_eq!(visitor.script("document.documentElement.lang"), lang.tag());
            let items = visitor.text_of("nav.menu ul.sections li:first-child a");
            assert_eq!(items, comuniza::i18n::text(lang, "nav-items"));
            for m in visitor.misfits() {
                misfits.push(format!("{} {width}px: {m}", lang.tag()));
            }
            visitor.screenshot(&format!("language-{}-{width}-home", lang.tag()));
            // The other translated pages fit too.
            for path in [
                "/leaderboards",
                "/leaderboards?period=month",
                "/groups",
                "/groups/map",
                "/search?q=drill",
                "/badges",
            ] {
                visitor.open(path);
                for m in visitor.misfits() {
                    misfits.push(format!("{} {width}px {path}: {m}", lang.tag()));
                }
            }
            visitor.open("/");
            if mobile {
                assert!(visitor.open_menu(), "{}: the menu opens", lang.tag());
                for m in visitor.misfits() {
                    misfits.push(format!("{} {width}px, menu open: {m}", lang.tag()));
                }
                visitor.screenshot(&format!("language-{}-{width}-menu", lang.tag()));
            }
        }
    }
    assert!(misfits.is_empty(), "does not fit:\n{}", misfits.join("\n"));
}

#[test]
fn a_member_reads_an_item_loans_a_group_a_profile_and_an_account_in_every_language() {
    let server = start_server_offering(
        |path| {
            comuniza::cli::demo::demo(path).expect("the demo community");
        },
        &Lang::ALL,
    );
    let snap = server.engine.snapshot().unwrap();
    let maria = snap.user_id_by_username("maria").unwrap().unwrap();
    let item = snap.items_of(maria).unwrap()[0];
    let loan = snap.loans_of(maria).unwrap()[0];
    let (first_group, _) = snap.memberships_of(maria).unwrap()[0];
    let group = format!("/groups/{}", snap.group(first_group).unwrap().unwrap().slug);
    drop(snap);
    let browser = Rc::new(RefCell::new(cdp::Chrome::launch()));
    let member = Person::new(&browser, &server);
    member.sign_in("maria", comuniza::cli::demo::MEMBER_PASSWORD);
    let mut misfits = Vec::new();
    for (width, mobile) in [(390, true), (1280, false)] {
        member.window(width, mobile);
        for lang in Lang::ALL {
            // A member's choice is their account's: the footer's form posts it with its token.
            member.open("/my/items");
            member.fill("form.language select[name=\"lang\"]", lang.tag());
            member.click("form.language button[type=\"submit\"]");
            assert_eq!(member.path(), "/my/items");
            assert_eq!(member.script("document.documentElement.lang"), lang.tag());
            let said = |id| comuniza::i18n::text(lang, id);
            assert_eq!(member.text_of("main h1"), said("nav-my-items"));
            // Her item with its loans (she owns it), her loans, one loan, a group of hers, her
            // profile and her account: each with a heading the language names.
            let pages = [
                ("item", format!("/items/{item}"), "h2#loans", "item-loans"),
                ("loans", "/loans".into(), "main h1", "loans-title"),
                (
                    "loan",
                    format!("/loans/{loan}"),
                    "h2#messages-h",
                    "messages",
                ),
                ("group", group.clone(), "h2#members-h", "group-members"),
                (
                    "profile",
                    "/users/maria".into(),
                    "h2#ranks-h",
                    "profile-ranks",
                ),
                ("account", "/account".into(), "main h1", "account-title"),
            ];
            for (page, path, heading, id) in pages {
                member.open(&path);
                assert!(member.text_of(heading).starts_with(said(id)), "{path}");
                member.screenshot(&format!("language-{}-{width}-{page}", lang.tag()));
                for m in member.misfits() {
                    misfits.push(format!("{} {width}px {page}: {m}", lang.tag()));
                }
            }
        }
    }
    assert!(misfits.is_empty(), "does not fit:\n{}", misfits.join("\n"));
}

/// The staff's pages in every language: the overview, site settings, users, the badge list
/// and a badge's editor, categories, grants and cache and storage, each fitting a phone and a
/// desktop (German and Catalan labels are long), with the language's own heading.
#[test]
fn the_staffs_pages_fit_in_every_language() {
    let server = start_server_offering(
        |path| {
            comuniza::cli::demo::demo(path).expect("the demo community");
        },
        &Lang::ALL,
    );
    let snap = server.engine.snapshot().unwrap();
    let (badge, _) = snap.badges().unwrap()[0].clone();
    drop(snap);
    let browser = Rc::new(RefCell::new(cdp::Chrome::launch()));
    let staff = Person::new(&browser, &server);
    let (name, password) = comuniza::cli::demo::ADMIN;
    staff.sign_in(name, password);
    let mut misfits = Vec::new();
    for (width, mobile) in [(390, true), (1280, false)] {
        staff.window(width, mobile);
        for lang in Lang::ALL {
            staff.open("/admin");
            staff.fill("form.language select[name=\"lang\"]", lang.tag());
            staff.click("form.language button[type=\"submit\"]");
            assert_eq!(staff.script("document.documentElement.lang"), lang.tag());
            let said = |id| comuniza::i18n::text(lang, id);
            let pages = [
                ("admin", "/admin".to_string(), "nav-admin"),
                ("settings", "/admin/settings".into(), "admin-settings"),
                ("users", "/admin/users?q=m".into(), "admin-users"),
                ("badges", "/admin/badges".into(), "admin-badges"),
                ("badge", format!("/admin/badges/{badge}"), ""),
                ("categories", "/admin/categories".into(), "admin-categories"),
                ("grants", "/admin/grants".into(), "admin-grants"),
                ("system", "/admin/system".into(), "admin-system"),
            ];
            for (page, path, heading) in pages {
                staff.open(&path);
                if heading.is_empty() {
                    // The badge's editor: its achievements' heading.
                    let h = staff.text_of("h2#rules-h");
                    assert_eq!(h, said("badge-admin-achievements"), "{path}");
                } else {
                    assert_eq!(staff.text_of("main h1"), said(heading), "{path}");
                }
                staff.screenshot(&format!("language-{}-{width}-staff-{page}", lang.tag()));
                for m in staff.misfits() {
                    misfits.push(format!("{} {width}px {page}: {m}", lang.tag()));
                }
            }
        }
    }
    assert!(misfits.is_empty(), "does not fit:\n{}", misfits.join("\n"));
}
