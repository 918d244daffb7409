//! People at browser windows of headless Chromium (Debian's `chromium`, driven by `cdp`), and
//! the server they use: a real data file and `comuniza::http::serve_app` on a loopback port, on its
//! own tokio runtime because the browser side is blocking.

use std::cell::RefCell;
use std::path::PathBuf;
use std::rc::Rc;
use std::time::{Duration, Instant};

use base64::Engine as _;
use serde_json::{json, Value};

use crate::cdp::Chrome;

use comuniza::cache::Capacities;
use comuniza::engine::Engine;

/// The first-run link's secret of the test server.
pub(crate) const SETUP_TOKEN: &str = "browser-setup-token";

pub(crate) struct Server {
    pub(crate) base: String,
    pub(crate) engine: Engine,
    _dir: tempfile::TempDir,
    _runtime: tokio::runtime::Runtime,
}

pub(crate) fn start_server() -> Server {
    start_server_with(|_| {})
}

/// A server on a data file `fill` prepared first (the demo community, for one).
pub(crate) fn start_server_with(fill: impl FnOnce(&std::path::Path)) -> Server {
    start_server_offering(fill, comuniza::i18n::FINISHED)
}

/// [`start_server_with`], offering `languages`.
pub(crate) fn start_server_offering(
    fill: impl FnOnce(&std::path::Path),
    languages: &[comuniza::i18n::Lang],
) -> Server {
    let languages = languages.to_vec();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("browser.redb");
    fill(&path);
    let engine = Engine::open(&path, Capacities::default()).unwrap();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let listener = runtime
        .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
        .unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let serving = engine.clone();
    runtime.spawn(async move {
        let config = comuniza::http::WebConfig {
            setup_token: Some(SETUP_TOKEN.into()),
            languages,
            ..Default::default()
        };
        let app = comuniza::http::App::new(serving, config);
        comuniza::http::serve_app(listener, app, std::future::pending())
            .await
            .unwrap();
    });
    Server {
        base,
        engine,
        _dir: dir,
        _runtime: runtime,
    }
}

/// One person at their own browser window (a separate cookie jar).
pub(crate) struct Person {
    chrome: Rc<RefCell<Chrome>>,
    session: String,
    base: String,
}

impl Person {
    pub(crate) fn new(chrome: &Rc<RefCell<Chrome>>, server: &Server) -> Person {
        let session = chrome.borrow_mut().new_tab();
        Person {
            chrome: chrome.clone(),
            session,
            base: server.base.clone(),
        }
    }

    fn eval(&self, js: &str) -> Value {
        let r = self.chrome.borrow_mut().call(
            Some(&self.session),
            "Runtime.evaluate",
            &json!({ "expression": js, "returnByValue": true }),
        );
        if let Some(e) = r.get("exceptionDetails") {
            panic!("{js}: {e}");
        }
        r["result"]["value"].clone()
    }

    /// Marks the current document, runs `go`, and waits until a new document has loaded.
    fn navigating(&self, go: impl FnOnce()) {
        self.eval("window.__czOld = true");
        go();
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let js = "window.__czOld === undefined && document.readyState === 'complete'";
            // An evaluation made as the old page goes away is answered "Inspected target
            // navigated or closed": not there yet, asked again.
            let done = self.chrome.borrow_mut().try_call(
                Some(&self.session),
                "Runtime.evaluate",
                &json!({ "expression": js, "returnByValue": true }),
            );
            match done {
                Ok(r) if r["result"]["value"] == Value::Bool(true) => return,
                Ok(_) => {}
                Err(e) => assert!(is_navigation(&e), "{js}: {e}"),
            }
            assert!(
                Instant::now() < deadline,
                "no new page after an action on {}",
                self.path()
            );
            std::thread::sleep(Duration::from_millis(25));
        }
    }

    pub(crate) fn open(&self, path: &str) {
        let url = format!("{}{path}", self.base);
        self.navigating(|| {
            self.chrome.borrow_mut().call(
                Some(&self.session),
                "Page.navigate",
                &json!({ "url": url }),
            );
        });
    }

    /// Signs in through the form.
    pub(crate) fn sign_in(&self, username: &str, password: &str) {
        self.open("/signin");
        self.fill("form[action=\"/signin\"] [name=\"username\"]", username);
        self.fill("form[action=\"/signin\"] [name=\"password\"]", password);
        self.click("form[action=\"/signin\"] button[type=\"submit\"]");
    }

    /// The current path (and query).
    pub(crate) fn path(&self) -> String {
        let href = self.eval("location.href");
        href.as_str()
            .unwrap_or_default()
            .trim_start_matches(&self.base)
            .to_string()
    }

    /// Sets a field's value the way typing would (selects and checkboxes too).
    pub(crate) fn fill(&self, selector: &str, value: &str) {
        let js = format!(
            "(() => {{ const el = document.querySelector({sel}); if (!el) return false; \
             el.value = {val}; el.dispatchEvent(new Event('input', {{bubbles: true}})); return true; }})()",
            sel = serde_json::to_string(selector).unwrap(),
            val = serde_json::to_string(value).unwrap()
        );
        assert_eq!(
            self.eval(&js),
            Value::Bool(true),
            "no field {selector} on {}",
            self.path()
        );
    }

    pub(crate) fn check(&self, selector: &str) {
        let js = format!(
            "(() => {{ const el = document.querySelector({}); if (!el) return false; el.checked = true; return true; }})()",
            serde_json::to_string(selector).unwrap()
        );
        assert_eq!(
            self.eval(&js),
            Value::Bool(true),
            "no checkbox {selector} on {}",
            self.path()
        );
    }

    /// Clicks a button or link and waits for the page it leads to.
    pub(crate) fn click(&self, selector: &str) {
        assert!(self.has(selector), "no {selector} on {}", self.path());
        let js = format!(
            "document.querySelector({}).click()",
            serde_json::to_string(selector).unwrap()
        );
        self.navigating(|| {
            // The click may navigate before its evaluation answers ("Inspected target
            // navigated or closed"): the click was made, and `navigating` waits for the page.
            let answer = self.chrome.borrow_mut().try_call(
                Some(&self.session),
                "Runtime.evaluate",
                &json!({ "expression": js, "returnByValue": true }),
            );
            if let Err(e) = answer {
                assert!(is_navigation(&e), "{js}: {e}");
            }
        });
    }

    /// Whether an element matches.
    pub(crate) fn has(&self, selector: &str) -> bool {
        let js = format!(
            "document.querySelector({}) !== null",
            serde_json::to_string(selector).unwrap()
        );
        self.eval(&js) == Value::Bool(true)
    }

    /// The visible text of the page.
    pub(crate) fn text(&self) -> String {
        self.eval("document.body.innerText")
            .as_str()
            .unwrap_or_default()
            .to_string()
    }

    /// The text of the first element matching `selector`.
    pub(crate) fn text_of(&self, selector: &str) -> String {
        let js = format!(
            "(() => {{ const el = document.querySelector({}); return el ? el.textContent : null; }})()",
            serde_json::to_string(selector).unwrap()
        );
        self.eval(&js)
            .as_str()
            .unwrap_or_else(|| panic!("no {selector} on {}", self.path()))
            .to_string()
    }

    pub(crate) fn title(&self) -> String {
        self.eval("document.title")
            .as_str()
            .unwrap_or_default()
            .to_string()
    }

    pub(crate) fn count(&self, selector: &str) -> u64 {
        let js = format!(
            "document.querySelectorAll({}).length",
            serde_json::to_string(selector).unwrap()
        );
        self.eval(&js).as_u64().unwrap_or(0)
    }

    /// Saves a full-page PNG under `target/screenshots/`.
    pub(crate) fn screenshot(&self, name: &str) {
        let shot = self.chrome.borrow_mut().call(
            Some(&self.session),
            "Page.captureScreenshot",
            &json!({ "format": "png", "captureBeyondViewport": true }),
        );
        let png = base64::engine::general_purpose::STANDARD
            .decode(shot["data"].as_str().unwrap())
            .unwrap();
        let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/screenshots");
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join(format!("{name}.png")), png).unwrap();
    }
}

impl Person {
    /// An attribute of the first element matching `selector`.
    pub(crate) fn text_of_attr(&self, selector: &str, attr: &str) -> String {
        let js = format!(
            "(() => {{ const el = document.querySelector({}); return el ? el.getAttribute({}) : null; }})()",
            serde_json::to_string(selector).unwrap(),
            serde_json::to_string(attr).unwrap()
        );
        self.eval(&js)
            .as_str()
            .unwrap_or_else(|| panic!("no {selector} on {}", self.path()))
            .to_string()
    }
}

impl Person {
    /// From now on this window is a phone (390 px wide) that prefers a dark theme.
    pub(crate) fn phone_in_dark_mode(&self) {
        let mut chrome = self.chrome.borrow_mut();
        chrome.call(
            Some(&self.session),
            "Emulation.setDeviceMetricsOverride",
            &json!({ "width": 390, "height": 844, "deviceScaleFactor": 1, "mobile": true }),
        );
        chrome.call(
            Some(&self.session),
            "Emulation.setEmulatedMedia",
            &json!({ "features": [{ "name": "prefers-color-scheme", "value": "dark" }] }),
        );
    }

    /// Chooses `files` (paths on this machine) in the file input `selector`, as a person does
    /// in the file picker. (DOM node ids are the document's of the moment: a document that was
    /// still settling is asked again.)
    pub(crate) fn attach(&self, selector: &str, files: &[&std::path::Path]) {
        let paths: Vec<String> = files.iter().map(|f| f.display().to_string()).collect();
        let mut last = Value::Null;
        for _ in 0..5 {
            let mut chrome = self.chrome.borrow_mut();
            let session = Some(self.session.as_str());
            let tried = (|| {
                let doc = chrome.try_call(session, "DOM.getDocument", &json!({ "depth": 0 }))?;
                let found = chrome.try_call(
                    session,
                    "DOM.querySelector",
                    &json!({ "nodeId": doc["root"]["nodeId"], "selector": selector }),
                )?;
                let node = found["nodeId"].as_u64().unwrap_or(0);
                if node == 0 {
                    return Err(json!(format!("no {selector} on the page")));
                }
                chrome.try_call(
                    session,
                    "DOM.setFileInputFiles",
                    &json!({ "files": paths, "nodeId": node }),
                )
            })();
            match tried {
                Ok(_) => return,
                Err(e) => last = e,
            }
            drop(chrome);
            std::thread::sleep(Duration::from_millis(100));
        }
        panic!("choosing files in {selector}: {last}");
    }

    /// The window's size from now on, and whether it is a phone.
    pub(crate) fn window(&self, width: u32, mobile: bool) {
        self.chrome.borrow_mut().call(
            Some(&self.session),
            "Emulation.setDeviceMetricsOverride",
            &json!({ "width": width, "height": 900, "deviceScaleFactor": 1, "mobile": mobile }),
        );
    }

    /// What does not fit the window: `wider` when the document scrolls sideways, and each
    /// link, button or field (visible, not the skip link) reaching past either edge.
    pub(crate) fn misfits(&self) -> Vec<String> {
        let js = r#"(() => {
            const w = window.innerWidth, out = [];
            if (document.documentElement.scrollWidth > w + 1) out.push('wider: ' + document.documentElement.scrollWidth + ' px');
            // A box that scrolls sideways hides part of what it holds (a table cut at its card's
            // edge): only code may.
            for (const el of document.querySelectorAll('main *')) {
                const x = getComputedStyle(el).overflowX;
                if ((x === 'auto' || x === 'scroll' || x === 'hidden') && el.tagName !== 'PRE' && el.clientWidth > 1 && el.scrollWidth > el.clientWidth + 1)
                    out.push('cut: ' + el.tagName.toLowerCase() + '.' + [...el.classList].join('.') + ' holds ' + el.scrollWidth + ' px in ' + el.clientWidth);
            }
            for (const el of document.querySelectorAll('a, button, input, select, textarea, summary')) {
                if (el.classList.contains('skip') || el.type === 'hidden') continue;
                const r = el.getBoundingClientRect();
                if (r.width < 2 || r.height < 2) continue;
                if (r.left < -1 || r.right > w + 1) out.push(el.tagName.toLowerCase() + ' "' + (el.textContent || el.name || '').trim().slice(0, 30) + '" at ' + Math.round(r.left) + '..' + Math.round(r.right));
            }
            return out;
        })()"#;
        match self.eval(js) {
            Value::Array(v) => v
                .into_iter()
                .map(|s| s.as_str().unwrap_or("").to_string())
                .collect(),
            _ => vec!["the check did not run".into()],
        }
    }

    /// Whether the page is wider than the window (something overflows sideways).
    pub(crate) fn overflows_sideways(&self) -> bool {
        self.eval("document.documentElement.scrollWidth > window.innerWidth + 1")
            == Value::Bool(true)
    }
}

impl Person {
    /// Runs `js` on the page as it is (no navigation) and answers its value: for what a
    /// page's script does in place (the map's zoom, a finder's answer).
    pub(crate) fn script(&self, js: &str) -> Value {
        self.eval(js)
    }

    /// Waits until `js` is true on the page (a fetch and its redraw), or fails the test.
    pub(crate) fn wait_until(&self, js: &str) {
        let deadline = Instant::now() + Duration::from_secs(20);
        while self.eval(js) != Value::Bool(true) {
            assert!(
                Instant::now() < deadline,
                "never true on {}: {js}",
                self.path()
            );
            std::thread::sleep(Duration::from_millis(25));
        }
    }

    /// The height of the site's header, in CSS pixels.
    pub(crate) fn header_height(&self) -> f64 {
        self.eval("document.querySelector('header.site').getBoundingClientRect().height")
            .as_f64()
            .unwrap_or(-1.0)
    }

    /// Taps the phone's "Menu" (its label, as a finger would) and answers whether the menu's
    /// links are now shown.
    pub(crate) fn open_menu(&self) -> bool {
        let js = "(() => { document.querySelector('label.menu-button').click(); \
                  const r = document.querySelector('#menu-lists a').getBoundingClientRect(); \
                  return r.width > 0 && r.height > 0; })()";
        self.eval(js) == Value::Bool(true)
    }

    /// The width the land outline is drawn at (0 when its asset did not load).
    pub(crate) fn land_width(&self) -> f64 {
        let js = "(() => { const u = document.querySelector('use.land'); return u ? u.getBBox().width : -1; })()";
        self.eval(js).as_f64().unwrap_or(-1.0)
    }
}

/// Whether a DevTools error says the page went away under the command (a navigation).
fn is_navigation(error: &Value) -> bool {
    error["message"]
        .as_str()
        .is_some_and(|m| m.contains("navigated"))
}
