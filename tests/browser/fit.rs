//! Every page fits (issue 15): the demo community's pages, signed out, as a member and as
//! staff, in a phone's 390 px and a desktop's 1280 px. A page fails when the document is
//! wider than the window or any link, button or field lies outside it.

use std::cell::RefCell;
use std::rc::Rc;

use crate::cdp;
use crate::chrome::{start_server_with, Person};

#[test]
fn every_page_fits_a_phone_and_a_desktop_for_everyone() {
    let server = start_server_with(|path| {
        comuniza::cli::demo::demo(path).expect("the demo community");
    });
    let snap = server.engine.snapshot().unwrap();
    let maria = snap.user_id_by_username("maria").unwrap().unwrap();
    let item = snap.items_of(maria).unwrap()[0];
    let loan = snap.loans_of(maria).unwrap()[0];
    let group = snap.groups().unwrap()[0].1.slug.clone();
    let badge = snap.badges().unwrap()[0].1.slug.clone();
    drop(snap);
    // Her item has photos (a landscape and a portrait one), the others their placeholders.
    let photos = [crate::phone::jpeg(1600, 900), crate::phone::png(600, 900)]
        .iter()
        .map(|bytes| comuniza::photos::prepare(bytes, "").unwrap())
        .collect();
    server
        .engine
        .writer
        .run_blocking(
            comuniza::store::commands::Actor::User(maria),
            comuniza::store::commands::AddPhotos { item, photos },
        )
        .unwrap();
    let browser = Rc::new(RefCell::new(cdp::Chrome::launch()));
    let visitor = Person::new(&browser, &server);
    let member = Person::new(&browser, &server);
    member.sign_in("maria", comuniza::cli::demo::MEMBER_PASSWORD);
    let staff = Person::new(&browser, &server);
    staff.sign_in(comuniza::cli::demo::ADMIN.0, comuniza::cli::demo::ADMIN.1);

    let public = vec![
        "/".to_string(),
        "/items".into(),
        format!("/items/{item}"),
        "/groups".into(),
        format!("/groups/{group}"),
        "/groups/map".into(),
        "/groups/map?lat=52.52&lng=13.4&z=7".into(),
        "/groups/map?near=Barcelona".into(),
        "/badges".into(),
        format!("/badges/{badge}"),
        "/leaderboards".into(),
        "/leaderboards?period=week".into(),
        format!("/leaderboards?period=month&group={group}"),
        "/users/maria".into(),
        "/search?q=drill".into(),
        "/search?q=berlin&kind=groups".into(),
        "/search?q=maria&kind=members".into(),
        "/signin".into(),
        "/signup".into(),
    ];
    let mut members: Vec<String> = public
        .iter()
        .filter(|p| !p.starts_with("/sign"))
        .cloned()
        .collect();
    members.extend([
        "/items/new".to_string(),
        format!("/items/{item}/edit"),
        "/my/items".into(),
        "/loans".into(),
        format!("/loans/{loan}"),
        "/notifications".into(),
        "/account/notifications".into(),
        "/groups/new".into(),
        "/account".into(),
    ]);
    let mut staffs = members.clone();
    staffs.extend([
        "/admin".to_string(),
        "/admin/badges".into(),
        "/admin/categories".into(),
        "/admin/users?q=m".into(),
        "/admin/groups".into(),
        "/admin/settings".into(),
        "/admin/system".into(),
        "/admin/reports".into(),
        format!("/groups/{group}/edit"),
    ]);
    let mut misfits = Vec::new();
    for (who, person, pages) in [
        ("visitor", &visitor, &public),
        ("member", &member, &members),
        ("staff", &staff, &staffs),
    ] {
        for (width, mobile) in [(390, true), (1280, false)] {
            person.window(width, mobile);
            for path in pages.iter() {
                // The member's own edit pages are theirs: staff see maria's item as staff.
                if who == "staff" && path.ends_with("/edit") && path.starts_with("/items") {
                    continue;
                }
                person.open(path);
                for m in person.misfits() {
                    misfits.push(format!("{who} {width}px {path}: {m}"));
                }
                if who == "member" || (who == "visitor" && path == "/") {
                    let name = path.trim_matches('/').replace(['/', '?', '=', '&'], "-");
                    let name = if name.is_empty() { "home" } else { &name };
                    person.screenshot(&format!("fit-{who}-{width}-{name}"));
                }
                // On a phone the header is one line: the name and "Menu".
                let header = person.header_height();
                if mobile && !(20.0..70.0).contains(&header) {
                    misfits.push(format!("{who} {width}px {path}: a header {header} px tall"));
                }
            }
            if mobile {
                // "Menu" opens every link, all within the screen.
                person.open("/");
                if !person.open_menu() {
                    misfits.push(format!("{who}: the phone's menu did not open"));
                }
                for m in person.misfits() {
                    misfits.push(format!("{who} {width}px, menu open: {m}"));
                }
                person.screenshot(&format!("fit-{who}-{width}-menu-open"));
            }
        }
    }
    // A message after an action fits a phone too.
    member.window(390, true);
    member.open("/account");
    member.click("form[action=\"/account/contact\"] button[type=\"submit\"]");
    assert!(member.has("div.flash"), "the saved message is shown");
    for m in member.misfits() {
        misfits.push(format!("member 390px, after saving: {m}"));
    }
    member.screenshot("fit-member-390-flash");
    assert!(
        misfits.is_empty(),
        "pages that do not fit:\n{}",
        misfits.join("\n")
    );
}

/// The hall of fame (issue 20) fits a phone and a desktop: the demo community's month is
/// closed by the first write of the next (the server's clock moved on), and its first three
/// show on the boards pages, the site's and a group's.
#[test]
fn the_hall_of_fame_fits_a_phone_and_a_desktop() {
    let server = start_server_with(|path| {
        comuniza::cli::demo::demo(path).expect("the demo community");
    });
    let group = server.engine.snapshot().unwrap().groups().unwrap()[0]
        .1
        .slug
        .clone();
    use comuniza::domain::periods::{Period, Span};
    use comuniza::domain::time::{now, MS_PER_DAY};
    // Noon on the second day of the next month, in any zone the site may keep.
    let month = Span::of(Period::Month, now(), &Default::default());
    let next_month = (i64::from(Period::Month.next(month.start)) + 1) * MS_PER_DAY + MS_PER_DAY / 2;
    server.engine.writer.clock().pin(next_month);
    let at = next_month;
    server
        .engine
        .writer
        .run_blocking(
            comuniza::store::commands::Actor::System,
            comuniza::store::commands::SendReminders { at },
        )
        .unwrap();
    let browser = Rc::new(RefCell::new(cdp::Chrome::launch()));
    let visitor = Person::new(&browser, &server);
    let mut misfits = Vec::new();
    for (width, mobile) in [(390, true), (1280, false)] {
        visitor.window(width, mobile);
        for (path, name) in [
            ("/leaderboards?period=month".to_string(), "site"),
            (format!("/leaderboards?group={group}"), "group"),
        ] {
            visitor.open(&path);
            let hall = visitor.text_of("section.hall");
            assert!(hall.contains("Hall of fame"), "{path}: {hall}");
            assert!(
                visitor.count("section.hall li") >= 1,
                "{path}: someone is in it"
            );
            for m in visitor.misfits() {
                misfits.push(format!("{width}px {path}: {m}"));
            }
            visitor.screenshot(&format!("hall-of-fame-{name}-{width}"));
        }
    }
    assert!(misfits.is_empty(), "{}", misfits.join("\n"));
}
