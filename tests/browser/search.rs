//! Search as one types (issue 18), at a phone's and a desk's width: the results follow the
//! words a moment after each key, the address follows them, and the tabs switch kinds. Pages
//! arrive compressed.

use std::cell::RefCell;
use std::rc::Rc;

use crate::cdp;
use crate::chrome::{start_server_with, Person};

#[test]
fn results_follow_the_typing_on_a_phone_and_a_desk() {
    let server = start_server_with(|path| {
        comuniza::cli::demo::demo(path).expect("the demo community");
    });
    let browser = Rc::new(RefCell::new(cdp::Chrome::launch()));
    let visitor = Person::new(&browser, &server);
    for (width, mobile) in [(390, true), (1280, false)] {
        visitor.window(width, mobile);
        visitor.open("/search");
        assert!(
            !visitor.has("#search-results ul.item-list"),
            "nothing before a word"
        );
        // An unfinished word, typed: no button pressed.
        visitor.fill("#search-form input[name=\"q\"]", "cordless dri");
        visitor.wait_until(
            "[...document.querySelectorAll('#search-results ul.item-list h2')]\
               .some(h => h.textContent.includes('Cordless drill'))",
        );
        assert!(
            visitor.path().contains("q=cordless+dri"),
            "{}",
            visitor.path()
        );
        // A typo, forgiven and said.
        visitor.fill("#search-form input[name=\"q\"]", "cordlss");
        visitor.wait_until(
            "document.querySelector('#search-results p.notice') !== null && \
             document.querySelector('#search-results p.notice').textContent.includes('Showing results for “cordless”')",
        );
        visitor.screenshot(&format!("search-{width}"));
        assert!(visitor.misfits().is_empty(), "{:?}", visitor.misfits());
        // The groups' tab, as a plain link.
        visitor.open("/search?q=kiez&kind=groups");
        assert!(
            visitor.has("#search-results ul.group-list li"),
            "a group of the Kiez"
        );
        assert!(visitor.misfits().is_empty(), "{:?}", visitor.misfits());
        // Pages and the stylesheet arrive compressed, cached or built per request, and the
        // browser reads them whole (issue 18, part 2).
        for path in ["/", "/items", "/search?q=drill"] {
            visitor.open(path);
            let sizes = visitor.script(
                "(() => { const n = performance.getEntriesByType('navigation')[0]; \
                   const css = performance.getEntriesByType('resource') \
                     .find(r => r.name.includes('/assets/style.')); \
                   return [n.encodedBodySize, n.decodedBodySize, \
                           css ? css.encodedBodySize : 0, css ? css.decodedBodySize : 0]; })()",
            );
            let n: Vec<f64> = sizes
                .as_array()
                .unwrap()
                .iter()
                .map(|v| v.as_f64().unwrap())
                .collect();
            assert!(n[1] > 1000.0 && n[0] < n[1], "{path}: {n:?}");
            // A cached page is kept in brotli: a third of its size at most.
            if !path.contains('?') {
                assert!(n[0] * 3.0 < n[1], "{path}: {n:?}");
            }
            // The stylesheet comes from the browser's cache after the first page (0 bytes).
            assert!(n[2] * 3.0 <= n[3], "{path}: {n:?}");
            assert!(visitor.misfits().is_empty(), "{:?}", visitor.misfits());
        }
    }
}
