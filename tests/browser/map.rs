//! The map with a mouse (issue 15): the group form's picker zooms in and finds a town through
//! the gazetteer, and the groups' map zooms about the pointer, redrawn from the server's view
//! of that place. Both also work without JavaScript (plain links; tested in the web tests).

use std::cell::RefCell;
use std::rc::Rc;

use crate::cdp;
use crate::chrome::{start_server_with, Person};

/// The wheel turned once over the middle of the first element matching `selector`.
fn wheel(p: &Person, selector: &str, delta_y: i32) {
    p.script(&format!(
        "(() => {{ const el = document.querySelector({sel}); const r = el.getBoundingClientRect(); \
           el.dispatchEvent(new WheelEvent('wheel', {{ deltaY: {delta_y}, clientX: r.left + r.width / 2, \
           clientY: r.top + r.height / 2, bubbles: true, cancelable: true }})); }})()",
        sel = serde_json::to_string(selector).unwrap()
    ));
}

fn view_width(p: &Person, selector: &str) -> f64 {
    p.script(&format!(
        "Number(document.querySelector({}).getAttribute('viewBox').split(' ')[2])",
        serde_json::to_string(selector).unwrap()
    ))
    .as_f64()
    .unwrap()
}

#[test]
fn the_picker_finds_a_town_and_the_map_zooms_with_the_wheel() {
    let server = start_server_with(|path| {
        comuniza::cli::demo::demo(path).expect("the demo community");
    });
    let browser = Rc::new(RefCell::new(cdp::Chrome::launch()));
    let maria = Person::new(&browser, &server);
    maria.open("/signin");
    maria.fill("form[action=\"/signin\"] [name=\"username\"]", "maria");
    maria.fill(
        "form[action=\"/signin\"] [name=\"password\"]",
        comuniza::cli::demo::MEMBER_PASSWORD,
    );
    maria.click("form[action=\"/signin\"] button[type=\"submit\"]");
    maria.window(1280, false);

    // The picker: "Find a place" is offered (the script is running), Lisbon is found, the
    // coordinates are filled and the map is close in on it.
    maria.open("/groups/new");
    assert!(
        maria.has(".picker-find:not([hidden])"),
        "the finder is shown"
    );
    maria.fill(".picker-query", "Lisbon");
    maria.script("document.querySelector('.picker-go').click()");
    maria.wait_until("document.getElementById('latitude').value.startsWith('38.7')");
    assert_eq!(
        maria.script("document.querySelector('form input[name=city]').value"),
        "Lisbon",
        "an empty City is filled in"
    );
    let lng = maria.script("document.getElementById('longitude').value");
    assert!(lng.as_str().unwrap().starts_with("-9.1"), "{lng}");
    let close = view_width(&maria, ".map-picker svg");
    assert!(close < 0.5, "close in: {close} degrees across");
    assert!(
        maria.has(".map-picker use.land[href*=\"land-50m\"]"),
        "the finer outline"
    );
    maria.screenshot("map-picker-lisbon");
    // The wheel zooms out about the pointer; the + button back in.
    wheel(&maria, ".map-picker svg", 100);
    assert!((view_width(&maria, ".map-picker svg") - close * 2.0).abs() < 1e-9);
    maria.script("document.querySelector('.picker-in').click()");
    assert!((view_width(&maria, ".map-picker svg") - close).abs() < 1e-9);
    // A town nobody knows is said so, and the coordinates stay.
    maria.fill(".picker-query", "Xyzzyville");
    maria.script("document.querySelector('.picker-go').click()");
    maria.wait_until("document.querySelector('.picker-said').textContent.includes('No town')");
    assert!(maria
        .script("document.getElementById('latitude').value")
        .as_str()
        .unwrap()
        .starts_with("38.7"));

    // The groups' map: the wheel over it shows the next level, drawn by the server.
    maria.open("/groups/map");
    wheel(&maria, "figure#map svg", -100);
    maria.wait_until("document.querySelector('figure#map').getAttribute('data-zoom') === '1'");
    assert!(maria.path().contains("z=1"), "{}", maria.path());
    wheel(&maria, "figure#map svg", -100);
    maria.wait_until("document.querySelector('figure#map').getAttribute('data-zoom') === '2'");
    assert!(maria.has("figure#map use.land[href*=\"land-50m\"]"));
    maria.screenshot("map-zoomed");
    // Close to Berlin, the demo's groups each have their marker and name.
    maria.open("/groups/map?near=Berlin");
    assert!(maria.text().contains("Groups near Berlin (DE)"));
    assert!(maria.count("figure#map a.marker.group") >= 1);
    maria.screenshot("map-near-berlin");
    maria.window(390, true);
    maria.open("/groups/map?near=Berlin");
    assert!(maria.misfits().is_empty(), "{:?}", maria.misfits());
    maria.screenshot("phone-map-near-berlin");
}
