//! Browser tests in headless Chromium: two neighbours lend and borrow through the real pages,
//! as they would with a mouse and keyboard, and the pages they see afterwards are checked.
//! Screenshots of the main pages are written to `target/screenshots/`.

mod cdp;
mod chrome;
mod fit;
mod languages;
mod map;
mod search;

#[path = "../common/phone.rs"]
#[allow(dead_code)]
mod phone;

use comuniza::domain::records::BadgeId;
use std::cell::RefCell;
use std::rc::Rc;

use chrome::{start_server, Person};
use comuniza::domain::choice::{BadgeCategory, BadgeType};
use comuniza::store::commands::{AchievementFields, Actor, BadgeFields};
use comuniza::store::commands::{CreateAchievement, CreateBadge};

/// A field of the form posting to `action`.
fn field(action: &str, name: &str) -> String {
    format!("form[action=\"{action}\"] [name=\"{name}\"]")
}

fn submit(action: &str) -> String {
    format!("form[action=\"{action}\"] button[type=\"submit\"]")
}

fn sign_up(p: &Person, name: &str) {
    p.open("/signup");
    p.fill(&field("/signup", "username"), name);
    p.fill(&field("/signup", "email"), &format!("{name}@example.org"));
    p.fill(&field("/signup", "first_name"), &name[..1].to_uppercase());
    p.fill(&field("/signup", "password"), "a long password");
    p.fill(&field("/signup", "password2"), "a long password");
    p.click(&submit("/signup"));
    assert!(
        p.text().contains(name),
        "{name} is signed in on {}",
        p.path()
    );
}

/// The item's photo, shared from the form, is stored without its metadata and shown: the
/// page size in the gallery (loaded, upright), the thumbnail in the list; on the edit page two
/// more are added, one made the primary; the pages fit a phone and a desktop.
fn photos_are_clean_and_shown(
    ana: &Person,
    server: &chrome::Server,
    item_path: &str,
    dir: &tempfile::TempDir,
) {
    use comuniza::domain::photo::Fit;
    use comuniza::domain::records::ItemId;
    let item = ItemId(item_path.trim_start_matches("/items/").parse().unwrap());
    let snap = server.engine.snapshot().unwrap();
    let photos = snap.item_photos(item).unwrap();
    assert_eq!(photos.list.len(), 1, "the photo came with the form");
    for size in &photos.list[0].sizes {
        let bytes = snap.photo_bytes(size.digest).unwrap().unwrap();
        assert!(!phone::contains(&bytes, b"Exif"), "no EXIF");
        assert!(!phone::contains(&bytes, phone::SERIAL), "no camera serial");
        assert!(
            !phone::contains(&bytes, &phone::latitude_bytes()),
            "no position"
        );
    }
    drop(snap);
    // The gallery's photo loaded, upright (portrait: the phone was held on its side).
    ana.wait_until("document.querySelector('section.gallery img').complete");
    let (w, h) = (
        ana.script("document.querySelector('section.gallery img').naturalWidth"),
        ana.script("document.querySelector('section.gallery img').naturalHeight"),
    );
    assert_eq!(
        (w.as_u64(), h.as_u64()),
        (Some(720), Some(960)),
        "the page size, upright"
    );
    ana.screenshot("item-with-photo");
    // Two more on the edit page; the last made the primary one.
    let edit = format!("{item_path}/edit");
    let add = format!("{item_path}/photos");
    ana.open(&edit);
    let (second, third) = (dir.path().join("side.png"), dir.path().join("back.jpg"));
    std::fs::write(&second, phone::png(800, 600)).unwrap();
    std::fs::write(&third, phone::jpeg_seeded(600, 800, 7)).unwrap();
    ana.attach(&field(&add, "photos"), &[&second, &third]);
    ana.click(&submit(&add));
    assert!(
        ana.text().contains("Your photos are added."),
        "{}",
        ana.text()
    );
    assert_eq!(ana.count("section.photos li"), 3);
    let photos = server.engine.snapshot().unwrap().item_photos(item).unwrap();
    let third_key = photos.list[2].key().hex();
    ana.click(&format!(
        "form[action=\"{item_path}/photos/{third_key}\"] button[value=\"primary\"]"
    ));
    let photos = server.engine.snapshot().unwrap().item_photos(item).unwrap();
    assert_eq!(
        photos.list[0].key().hex(),
        third_key,
        "made the primary one"
    );
    for (width, mobile) in [(390, true), (1280, false)] {
        ana.window(width, mobile);
        for path in [edit.as_str(), item_path, "/items"] {
            ana.open(path);
            assert_eq!(ana.misfits(), Vec::<String>::new(), "{path} at {width} px");
        }
        // The list's card shows the new primary's thumbnail, loaded.
        let thumb = format!(
            "/photos/{}.jpg",
            photos.list[0].size(Fit::Thumb).digest.hex()
        );
        assert_eq!(ana.count(&format!("li.item-card img[src=\"{thumb}\"]")), 1);
        ana.screenshot(&format!("items-with-photos-{width}"));
        ana.open(item_path);
        ana.screenshot(&format!("item-gallery-{width}"));
        ana.open(&edit);
        ana.screenshot(&format!("item-photos-{width}"));
    }
    ana.window(1280, false);
    ana.open(item_path);
}

/// The first loan id linked from the current page.
fn first_loan_link(p: &Person) -> String {
    let href = p.text_of_attr("a[href^=\"/loans/\"]", "href");
    href.trim_start_matches("/loans/").to_string()
}

#[test]
fn two_neighbours_lend_borrow_review_and_see_it_everywhere() {
    let server = start_server();
    let browser = Rc::new(RefCell::new(cdp::Chrome::launch()));

    // The host creates the first admin on the first-run page.
    let host = Person::new(&browser, &server);
    host.open("/");
    assert_eq!(host.path(), "/setup");
    // Without the link from the server's log there is no form, only where to find it.
    assert!(host.text_of("main").contains("setup link"));
    assert_eq!(host.count("form[action=\"/setup\"]"), 0);
    host.screenshot("setup-locked");
    let visitor = Person::new(&browser, &server);
    visitor.phone_in_dark_mode();
    visitor.open("/setup");
    assert!(!visitor.overflows_sideways(), "the setup page fits a phone");
    visitor.screenshot("phone-setup-locked");
    host.open(&format!("/setup?token={}", chrome::SETUP_TOKEN));
    host.fill(&field("/setup", "username"), "host");
    host.fill(&field("/setup", "email"), "host@example.org");
    host.fill(&field("/setup", "password"), "host password");
    host.fill(&field("/setup", "password2"), "host password");
    host.click(&submit("/setup"));
    // A badge for the first item shared and one for the first loan lent.
    let w = &server.engine.writer;
    for (slug, name, trigger, conditions) in [
        ("comrade", "Comrade", "item_shared", "{}"),
        (
            "good-neighbour",
            "Good Neighbour",
            "loan_completed",
            "{\"role\": \"lender\"}",
        ),
    ] {
        let badge = w
            .run_blocking(
                Actor::System,
                CreateBadge(BadgeFields {
                    name: name.into(),
                    slug: slug.into(),
                    description: format!("The {name} badge"),
                    icon: "fas fa-star".into(),
                    badge_type: BadgeType::Bronze,
                    category: BadgeCategory::Lending,
                    points: 10,
                    is_active: true,
                    is_secret: false,
                    display_order: 1,
                }),
            )
            .unwrap();
        w.run_blocking(
            Actor::System,
            CreateAchievement(AchievementFields {
                badge: BadgeId(badge),
                trigger_type: trigger.into(),
                threshold_value: Some(1),
                conditions: conditions.into(),
                is_active: true,
            }),
        )
        .unwrap();
    }

    // Ana signs up, starts a group in Berlin and shares an item whose title tries an XSS.
    let ana = Person::new(&browser, &server);
    sign_up(&ana, "ana");
    ana.open("/groups/new");
    ana.fill(&field("/groups/new", "name"), "Kreuzberg Tools");
    ana.fill(
        &field("/groups/new", "description"),
        "Drills, ladders & <b>more</b>",
    );
    ana.fill(&field("/groups/new", "city"), "Berlin");
    ana.fill(&field("/groups/new", "country"), "Germany");
    ana.fill(&field("/groups/new", "latitude"), "52.4986");
    ana.fill(&field("/groups/new", "longitude"), "13.4033");
    ana.click(&submit("/groups/new"));
    assert_eq!(ana.path(), "/groups/kreuzberg-tools");
    ana.screenshot("group");
    // She makes an invitation link for the neighbours she will meet.
    ana.fill(&field("/groups/kreuzberg-tools/invites", "max_uses"), "5");
    ana.click(&submit("/groups/kreuzberg-tools/invites"));
    let invite = ana.text_of("section.invites td a");
    assert!(invite.starts_with("/invite/"), "{invite}");
    assert!(ana.text_of("section.invites").contains("0 of 5"));

    let xss = "Drill <img src=x onerror=\"document.title='pwned'\"><script>document.title='pwned'</script>";
    ana.open("/items/new");
    ana.fill(&field("/items/new", "title"), xss);
    ana.fill(
        &field("/items/new", "description"),
        "Cordless, two batteries.",
    );
    ana.fill(&field("/items/new", "max_loan_days"), "14");
    ana.check("form[action=\"/items/new\"] input[name=\"groups\"]");
    // With a photo straight from her phone: EXIF orientation, camera serial, her home's GPS.
    let photos_dir = tempfile::tempdir().unwrap();
    let from_phone = photos_dir.path().join("IMG_2041.JPG");
    std::fs::write(&from_phone, phone::from_a_phone(&phone::jpeg(1600, 1200))).unwrap();
    ana.attach(&field("/items/new", "photos"), &[&from_phone]);
    ana.click(&submit("/items/new"));
    let item_path = ana.path();
    assert!(item_path.starts_with("/items/"), "{item_path}");
    photos_are_clean_and_shown(&ana, &server, &item_path, &photos_dir);
    // The payload is shown as text: no element made of it, no script run.
    assert!(ana.text().contains(xss), "the title is shown literally");
    assert_eq!(ana.count("img[src=\"x\"]"), 0);
    assert_ne!(ana.title(), "pwned");
    ana.screenshot("item");

    // Bob signs up, joins the group, finds the drill and asks for it.
    let bob = Person::new(&browser, &server);
    sign_up(&bob, "bob");
    bob.open("/groups/kreuzberg-tools");
    bob.click(&submit("/groups/kreuzberg-tools/join"));
    assert!(bob.text().contains("Leave"), "bob is a member");
    bob.open("/items");
    assert!(bob.text().contains(xss));
    bob.screenshot("items");
    bob.open(&item_path);
    let request = format!("{item_path}/request");
    bob.fill(
        &field(&request, "message"),
        "Could I borrow it this weekend?",
    );
    bob.click(&submit(&request));

    // Ana approves and hands over.
    ana.open("/loans");
    let loan = first_loan_link(&ana);
    ana.screenshot("loans");
    for action in ["approve", "hand_over"] {
        ana.open(&format!("/loans/{loan}"));
        ana.click(&submit(&format!("/loans/{loan}/{action}")));
    }
    let due_before = ana.text_of("dl.facts");

    // Carl wants the drill too: it is lent, so he joins the queue, and the page says so.
    let carl = Person::new(&browser, &server);
    sign_up(&carl, "carl");
    carl.open("/groups/kreuzberg-tools");
    carl.click(&submit("/groups/kreuzberg-tools/join"));
    // On his phone.
    carl.phone_in_dark_mode();
    carl.open(&item_path);
    assert!(
        carl.text().contains("you will be number 1 in the queue"),
        "{}",
        carl.text()
    );
    assert!(!carl.overflows_sideways(), "the item page fits a phone");
    carl.click(&submit(&request));
    assert!(
        carl.text().contains("You are first in line"),
        "{}",
        carl.text()
    );
    assert!(!carl.overflows_sideways(), "the loan page fits a phone");
    carl.screenshot("phone-queued");

    // Bob asks for three more days; Ana accepts; the due date moves.
    let loan_path = format!("/loans/{loan}");
    let extension = format!("{loan_path}/extension");
    bob.open(&loan_path);
    bob.fill(&field(&extension, "days"), "3");
    bob.fill(&field(&extension, "reason"), "One more weekend, please");
    bob.click(&submit(&extension));
    assert!(bob.text().contains("waiting for the lender's answer"));
    bob.screenshot("loan-extension-asked");
    ana.open(&loan_path);
    assert!(ana.text().contains("One more weekend, please"));
    ana.click(&submit(&format!("{extension}/accept")));
    assert!(ana.text().contains("accepted, the due date moved"));
    assert_ne!(ana.text_of("dl.facts"), due_before, "the due date moved");
    ana.screenshot("loan-extended");

    // They talk on the loan's page: a message with a long link (wrapped on a phone), answered.
    let write = format!("{loan_path}/messages");
    let link =
        "https://example.org/a/very/long/address/that/wraps/on/a/phone/instead/of/spilling/over";
    bob.open(&loan_path);
    bob.fill(
        &field(&write, "body"),
        &format!("I can bring it back on Sunday, see {link}"),
    );
    bob.click(&submit(&write));
    assert!(bob.text().contains("Your message is sent."));
    ana.open(&loan_path);
    let said = ana.text_of("section.conversation");
    assert!(said.contains("I can bring it back on Sunday"), "{said}");
    assert_eq!(
        ana.count(&format!(
            "section.conversation a[href=\"{link}\"][rel~=\"nofollow\"]"
        )),
        1
    );
    // Bob keeps the loan open: Ana's answer and his unread count arrive without a reload.
    bob.open(&loan_path);
    bob.script("window.notReloaded = true");
    ana.fill(&field(&write, "body"), "Sunday is fine.");
    ana.click(&submit(&write));
    assert_eq!(ana.count("section.conversation li.message.mine"), 1);
    bob.wait_until(
        "document.querySelector('section.conversation').textContent.includes('Sunday is fine.')",
    );
    bob.wait_until("document.querySelector('a.inbox .count') !== null");
    // The link's label comes with the count, in the member's words.
    bob.wait_until(
        "(() => { const a = document.querySelector('a.inbox'); \
         return a.getAttribute('aria-label') === \
         'Notifications, ' + a.querySelector('.count').textContent + ' unread'; })()",
    );
    assert_eq!(bob.script("window.notReloaded === true"), true, "no reload");
    ana.screenshot("loan-conversation");

    // The drill comes back: Carl, first in the queue, is waiting for Ana.
    ana.click(&submit(&format!("{loan_path}/confirm_return")));
    ana.open(&format!("/loans/{loan}"));
    assert!(ana.text().to_lowercase().contains("returned"));
    ana.open("/loans");
    let waiting = ana.text_of("section.waiting");
    assert!(
        waiting.contains("Waiting for you") && waiting.contains("asked first"),
        "{waiting}"
    );
    ana.screenshot("loans-waiting");

    // Both review.
    for (p, comment) in [
        (&ana, "Brought it back clean."),
        (&bob, "Great drill, thanks!"),
    ] {
        p.open(&format!("/loans/{loan}"));
        let review = format!("/loans/{loan}/review");
        p.check(&format!(
            "form[action=\"{review}\"] input[name=\"rating\"][value=\"5\"]"
        ));
        p.fill(&field(&review, "comment"), comment);
        p.click(&submit(&review));
    }
    ana.open(&format!("/loans/{loan}"));
    assert!(ana.text().contains("Great drill, thanks!"));
    ana.screenshot("loan");

    // Ana makes an access token: the form asks for her password.
    ana.open("/account");
    ana.fill(&field("/account/tokens", "name"), "phone app");
    ana.fill(&field("/account/tokens", "current"), "a long password");
    ana.click(&submit("/account/tokens"));
    assert!(ana.text().contains("cmz_"), "the new token is shown once");
    assert!(ana.text().contains("revokes every token"));
    ana.screenshot("account");

    // Ana's profile shows the badges she earned; the lending board ranks her first.
    ana.open("/users/ana");
    let profile = ana.text();
    assert!(
        profile.contains("Comrade") && profile.contains("Good Neighbour"),
        "{profile}"
    );
    ana.screenshot("profile");
    ana.open("/leaderboards");
    let lending = ana.text_of("section[aria-labelledby=\"board-lending\"]");
    assert!(
        lending.contains("ana") && lending.contains("10"),
        "{lending}"
    );
    assert!(ana.text_of(".mine").contains("#1"));
    ana.screenshot("leaderboards");
    // This month, then in her group: the tabs and the group choice (a plain form).
    ana.click("nav.tabs a[href=\"/leaderboards?period=month\"]");
    assert_eq!(ana.path(), "/leaderboards?period=month");
    assert!(ana
        .text_of("p.caption")
        .contains("This month across the site"));
    ana.script("document.querySelector('form.scope select').value = 'kreuzberg-tools'");
    ana.click("form.scope button[type=submit]");
    assert_eq!(
        ana.path(),
        "/leaderboards?group=kreuzberg-tools&period=month"
    );
    let caption = ana.text_of("p.caption");
    assert!(
        caption.contains("This month in Kreuzberg Tools"),
        "{caption}"
    );
    let lending = ana.text_of("section[aria-labelledby=\"board-lending\"]");
    assert!(
        lending.contains("ana") && lending.contains("10"),
        "{lending}"
    );
    ana.screenshot("leaderboards-group-month");
    ana.open("/badges");
    ana.screenshot("badges");

    // The map shows the group's marker, linking to the city's groups.
    bob.open("/groups/map");
    assert!(
        bob.has("a[href*=\"city=Berlin\"] circle"),
        "a marker for Berlin"
    );
    assert!(
        bob.land_width() > 300.0,
        "the land outline is drawn: {}",
        bob.land_width()
    );
    bob.screenshot("map");
    bob.open("/");
    assert!(bob.text().contains("Kreuzberg Tools") || bob.has("a[href*=\"city=Berlin\"]"));
    bob.screenshot("home");
    // On a phone, in the dark: nothing spills sideways.
    bob.phone_in_dark_mode();
    for (path, name) in [
        ("/", "phone-home"),
        (item_path.as_str(), "phone-item"),
        ("/leaderboards", "phone-leaderboards"),
        (
            "/leaderboards?period=month&group=kreuzberg-tools",
            "phone-leaderboards-group-month",
        ),
        ("/groups/map", "phone-map"),
        (loan_path.as_str(), "phone-loan"),
        ("/loans", "phone-loans"),
        ("/notifications", "phone-inbox"),
        ("/account/notifications", "phone-mail-settings"),
    ] {
        bob.open(path);
        assert!(!bob.overflows_sideways(), "{path} is wider than a phone");
        bob.screenshot(name);
    }
    bob.open("/account");
    assert!(!bob.overflows_sideways(), "/account is wider than a phone");
    bob.screenshot("phone-account");
    // Bob's profile starts private; he opens it to everyone in the account page, and the
    // preview says what others now see.
    let public = "form[action=\"/account/privacy\"] input[value=\"public\"]";
    assert!(bob.has("form[action=\"/account/privacy\"] input[value=\"private\"]:checked"));
    bob.check(public);
    bob.click(&submit("/account/privacy"));
    assert!(bob.has(&format!("{public}:checked")));
    // What anyone, signed in or not, now sees of him.
    let anyone = bob.text_of("#privacy tbody tr:first-child td");
    assert_eq!(anyone, "your name and profile");
    assert!(!bob.overflows_sideways(), "the privacy choices fit a phone");
    bob.screenshot("phone-privacy");
    for (path, name) in [
        ("/users/bob", "phone-profile"),
        ("/groups/kreuzberg-tools", "phone-group"),
        (invite.as_str(), "phone-invite"),
    ] {
        bob.open(path);
        assert!(!bob.overflows_sideways(), "{path} is wider than a phone");
        bob.screenshot(name);
    }
    // The group's page with its invitations, as its admin sees it on a phone.
    ana.phone_in_dark_mode();
    ana.open("/groups/kreuzberg-tools");
    assert!(ana.has("section.invites"));
    assert!(!ana.overflows_sideways(), "the invitations fit a phone");
    ana.screenshot("phone-group-admin");
    host.open("/admin");
    host.screenshot("admin");
    host.open("/admin/system");
    host.screenshot("admin-system");
    host.open("/admin/settings");
    assert!(host.text().contains("Sign-ups per address per hour"));
    host.screenshot("admin-settings");
    host.phone_in_dark_mode();
    host.open("/admin/settings");
    assert!(!host.overflows_sideways(), "the settings fit a phone");
    host.screenshot("phone-admin-settings");
}
