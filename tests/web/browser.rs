//! A scripted browser: a cookie-keeping client that reads the CSRF token from the pages it
//! loads and posts forms with it, without following redirects (tests assert on them).

use reqwest::StatusCode;

use crate::helpers::{spawn_app, TestApp, SETUP_TOKEN};

pub(crate) struct Browser {
    pub(crate) client: reqwest::Client,
    pub(crate) base: String,
    /// The password this browser's member signed up with (empty: unknown).
    pub(crate) password: String,
}

/// A fetched page: status, `Location` (for redirects) and body.
#[derive(Debug)]
pub(crate) struct Page {
    pub(crate) status: StatusCode,
    pub(crate) location: Option<String>,
    pub(crate) body: String,
}

impl Page {
    /// Asserts a 303 to `to` after a form.
    #[track_caller]
    pub(crate) fn assert_redirect(&self, to: &str) {
        assert_eq!(self.status, StatusCode::SEE_OTHER, "{}", self.body);
        assert_eq!(self.location.as_deref(), Some(to));
    }
}

/// The value of the first `name="csrf"` hidden field of a page.
pub(crate) fn csrf_of(html: &str) -> Option<String> {
    let at = html.find("name=\"csrf\" value=\"")?;
    let rest = &html[at + "name=\"csrf\" value=\"".len()..];
    Some(rest[..rest.find('"')?].to_string())
}

impl Browser {
    pub(crate) fn new(app: &TestApp) -> Browser {
        Browser::new_at(&app.base)
    }

    /// A browser for a server at `base` (cookies are kept per host, whatever the port).
    pub(crate) fn new_at(base: &str) -> Browser {
        Browser {
            client: reqwest::Client::builder()
                .cookie_store(true)
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .unwrap(),
            base: base.to_string(),
            password: String::new(),
        }
    }

    async fn page(res: reqwest::Response) -> Page {
        let status = res.status();
        let location = res
            .headers()
            .get("location")
            .and_then(|v| v.to_str().ok())
            .map(str::to_string);
        Page {
            status,
            location,
            body: res.text().await.unwrap(),
        }
    }

    pub(crate) async fn get(&self, path: &str) -> Page {
        Self::page(
            self.client
                .get(format!("{}{path}", self.base))
                .send()
                .await
                .unwrap(),
        )
        .await
    }

    /// The CSRF token of this browser, read from a page it may always load.
    pub(crate) async fn csrf(&self) -> String {
        // Anonymous: the sign-in (or, on an empty site, first-run) form; signed in: the
        // account page.
        let setup = format!("/setup?token={SETUP_TOKEN}");
        for path in ["/signin?next=/", &setup, "/account"] {
            if let Some(t) = csrf_of(&self.get(path).await.body) {
                return t;
            }
        }
        panic!("no page with a form");
    }

    /// Posts a form with this browser's CSRF token added (and, on the first-run page, the
    /// setup link's token, which its form carries).
    pub(crate) async fn post(&self, path: &str, fields: &[(&str, &str)]) -> Page {
        let csrf = self.csrf().await;
        let mut all: Vec<(&str, &str)> = vec![("csrf", csrf.as_str())];
        if path == "/setup" {
            all.push(("token", SETUP_TOKEN));
        }
        all.extend_from_slice(fields);
        self.post_raw(path, &all).await
    }

    /// Posts a form as a browser does from the page at `from` (its same-origin `Referer`).
    pub(crate) async fn post_from(&self, from: &str, path: &str, fields: &[(&str, &str)]) -> Page {
        let csrf = self.csrf().await;
        let mut all: Vec<(&str, &str)> = vec![("csrf", csrf.as_str())];
        all.extend_from_slice(fields);
        let referer = if from.starts_with("http") {
            from.to_string()
        } else {
            format!("{}{from}", self.base)
        };
        let res = self
            .client
            .post(format!("{}{path}", self.base))
            .header("referer", referer)
            .form(&all)
            .send()
            .await
            .unwrap();
        Self::page(res).await
    }

    /// Posts exactly these fields (no token added): for refusal tests.
    pub(crate) async fn post_raw(&self, path: &str, fields: &[(&str, &str)]) -> Page {
        let res = self
            .client
            .post(format!("{}{path}", self.base))
            .form(fields)
            .send()
            .await
            .unwrap();
        Self::page(res).await
    }

    /// Posts a `multipart/form-data` form with this browser's CSRF token, `fields` and
    /// `files` ((file name, bytes), sent in the `photos` field).
    pub(crate) async fn upload(
        &self,
        path: &str,
        fields: &[(&str, &str)],
        files: &[(&str, &[u8])],
    ) -> Page {
        let csrf = self.csrf().await;
        let mut form = reqwest::multipart::Form::new().text("csrf", csrf);
        for (k, v) in fields {
            form = form.text(k.to_string(), v.to_string());
        }
        for (name, bytes) in files {
            let part = reqwest::multipart::Part::bytes(bytes.to_vec()).file_name(name.to_string());
            form = form.part("photos", part);
        }
        let res = self
            .client
            .post(format!("{}{path}", self.base))
            .multipart(form)
            .send()
            .await
            .unwrap();
        Self::page(res).await
    }

    /// The status, headers and bytes of `path` (a photo).
    pub(crate) async fn bytes(
        &self,
        path: &str,
    ) -> (StatusCode, reqwest::header::HeaderMap, Vec<u8>) {
        let res = self
            .client
            .get(format!("{}{path}", self.base))
            .send()
            .await
            .unwrap();
        let (status, headers) = (res.status(), res.headers().clone());
        (status, headers, res.bytes().await.unwrap().to_vec())
    }

    /// Signs up through the form (which signs in) and makes the profile public in the
    /// account page, as the members of most tests want to be seen; password is
    /// `password-<name>`.
    pub(crate) async fn sign_up(app: &TestApp, name: &str) -> Browser {
        let b = Self::sign_up_private(app, name).await;
        let page = b
            .post("/account/privacy", &[("visibility", "public")])
            .await;
        assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
        b
    }

    /// Signs up through the form, keeping the new account's privacy (`private`).
    pub(crate) async fn sign_up_private(app: &TestApp, name: &str) -> Browser {
        let mut b = Browser::new(app);
        let pw = format!("password-{name}");
        let page = b
            .post(
                "/signup",
                &[
                    ("username", name),
                    ("email", &format!("{name}@example.org")),
                    ("password", &pw),
                    ("password2", &pw),
                ],
            )
            .await;
        assert_eq!(
            page.status,
            StatusCode::SEE_OTHER,
            "sign-up of {name}: {}",
            page.body
        );
        b.password = pw;
        b
    }
}

/// A site with a first admin (made through `/setup`) and its signed-in browser.
pub(crate) async fn site_with_admin() -> (TestApp, Browser) {
    let app = spawn_app().await;
    let admin = first_admin(&app).await;
    (app, admin)
}

/// The site's first admin, made through `/setup`, and their signed-in browser.
pub(crate) async fn first_admin(app: &TestApp) -> Browser {
    let mut admin = Browser::new(app);
    admin.password = "password-admin".into();
    let page = admin
        .post(
            "/setup",
            &[
                ("username", "admin"),
                ("email", "admin@example.org"),
                ("password", "password-admin"),
                ("password2", "password-admin"),
            ],
        )
        .await;
    page.assert_redirect("/admin");
    admin
}

impl Browser {
    /// Creates a personal access token on the account page (which asks for the password) and
    /// returns its secret.
    pub(crate) async fn token(&self, name: &str) -> String {
        let page = self
            .post(
                "/account/tokens",
                &[("name", name), ("current", &self.password)],
            )
            .await;
        assert_eq!(page.status, StatusCode::OK, "{}", page.body);
        let at = page.body.find("cmz_").expect("the secret is shown once");
        page.body[at..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
            .collect()
    }
}
