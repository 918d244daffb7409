//! Who is asking: the [`Viewer`] extractor reads the session cookie (or a bearer token on the
//! API) from the request's snapshot (`snap`), with the site's name for the page chrome. Also the cookies
//! themselves and the middleware that gives every browser a CSRF cookie before it signs in.

use crate::views::audience::Audience;
use std::net::IpAddr;

use axum::extract::{Request, State};
use axum::http::request::Parts;
use axum::http::{header, HeaderMap, HeaderValue};
use axum::middleware::Next;
use axum::response::Response;

use super::error::AppError;
use super::state::App;
use crate::auth::secret;
use crate::domain::records::UserId;
use crate::domain::settings::{Setting, Text};
use crate::domain::time;
use crate::i18n::{self, Lang, Langs};
use crate::store::commands::{Actor, SecretHash};
use crate::store::read::Snapshot;
use crate::store::StoreError;

pub const SESSION_COOKIE: &str = "comuniza_session";
pub const CSRF_COOKIE: &str = "comuniza_csrf";

/// The session cookie's name. With `--secure-cookies` the cookies carry the `__Host-` prefix:
/// browsers take such a cookie only from a secure origin, for the whole site and without a
/// `Domain`, so no other host (a sibling subdomain) can plant one of its own.
pub fn session_cookie(secure: bool) -> &'static str {
    if secure {
        "__Host-comuniza_session"
    } else {
        SESSION_COOKIE
    }
}

/// The CSRF cookie's name (see [`session_cookie`]).
pub fn csrf_cookie(secure: bool) -> &'static str {
    if secure {
        "__Host-comuniza_csrf"
    } else {
        CSRF_COOKIE
    }
}

/// A signed-in member.
#[derive(Debug, Clone)]
pub struct Me {
    pub id: UserId,
    pub username: String,
    pub display_name: String,
    pub is_staff: bool,
    /// The digest of the session cookie; `None` when signed in by a bearer token.
    pub session: Option<SecretHash>,
    /// Notifications not yet read, for the header (pages only; 0 for a token).
    pub unread: u64,
}

/// The person behind a request, signed in or not.
#[derive(Debug, Clone)]
pub struct Viewer {
    pub me: Option<Me>,
    /// The token this viewer's forms must carry: the session's, or the CSRF cookie's before
    /// sign-in. Empty for bearer-token clients, which post no forms.
    pub csrf: String,
    /// The site's name (setting `site_name`), for the page chrome.
    pub site_name: String,
    /// The client's address, when the server knows it.
    pub address: Option<IpAddr>,
    /// A one-time message the last action left for this page (`flash`).
    pub flash: Option<super::flash::Shown>,
    /// The language pages speak to this viewer ([`language`]).
    pub lang: Lang,
    /// The languages the site offers (the footer's switcher lists them).
    pub offered: Langs,
}

impl Viewer {
    /// Message `id` in this viewer's language (`i18n::text`).
    pub fn t(&self, id: &str) -> &'static str {
        i18n::text(self.lang, id)
    }

    /// Message `id` with arguments in this viewer's language (`i18n::format`).
    pub fn tr(&self, id: &str, args: &[(&str, i18n::Arg<'_>)]) -> String {
        i18n::format(self.lang, id, args)
    }

    /// A whole number as this viewer's language writes it (`i18n::numbers`).
    pub fn number(&self, n: impl TryInto<i64>) -> String {
        i18n::numbers::number(self.lang, n)
    }

    /// `x` to `places` decimals, as this viewer's language writes it.
    pub fn decimal(&self, x: f64, places: u8) -> String {
        i18n::numbers::decimal(self.lang, x, places)
    }

    /// The day of instant `t` in `zone`, in this viewer's language.
    pub fn day(&self, zone: &crate::domain::zone::Zone, t: crate::domain::time::Millis) -> String {
        i18n::numbers::day_in(self.lang, zone, t)
    }

    /// Message `id` as markup, with markup among its arguments (`pages::sentence`).
    pub fn say(
        &self,
        id: &str,
        parts: &[(&str, super::pages::sentence::Part<'_>)],
    ) -> maud::Markup {
        super::pages::sentence::sentence(self.lang, id, parts)
    }

    pub fn id(&self) -> Option<UserId> {
        self.me.as_ref().map(|m| m.id)
    }

    pub fn is_staff(&self) -> bool {
        self.me.as_ref().is_some_and(|m| m.is_staff)
    }

    /// This viewer, for the privacy rules, reading `snap`.
    pub fn audience<'s>(&self, snap: &'s Snapshot) -> Audience<'s> {
        Audience::new(snap, self.me.as_ref().map(|m| (m.id, m.is_staff)))
    }

    /// The signed-in member, or a "please sign in" error for pages that need one.
    pub fn require(&self) -> Result<&Me, AppError> {
        self.me.as_ref().ok_or_else(AppError::sign_in_required)
    }

    /// Staff only: 403 for members, "sign in" for anonymous viewers.
    pub fn require_staff(&self) -> Result<&Me, AppError> {
        let me = self.require()?;
        if me.is_staff {
            Ok(me)
        } else {
            Err(AppError::forbidden(crate::i18n::phrase::Phrase::id(
                "refuse-staff-page",
            )))
        }
    }

    /// The actor commands run as.
    pub fn actor(&self) -> Result<Actor, AppError> {
        Ok(self.require()?.actor())
    }
}

impl Me {
    /// The actor this member's commands run as.
    pub fn actor(&self) -> Actor {
        Actor::User(self.id)
    }
}

/// Who a handler admits, checked by its extractor before the handler runs: anyone
/// ([`Viewer`]), a signed-in member ([`Member`]) or the site's staff ([`Staff`]). Forms take
/// the same (`Posted<Member>`), so a handler cannot forget the check.
pub trait Who: Sized {
    fn admit(viewer: Viewer) -> Result<Self, AppError>;
    fn viewer(&self) -> &Viewer;
}

impl Who for Viewer {
    fn admit(viewer: Viewer) -> Result<Viewer, AppError> {
        Ok(viewer)
    }

    fn viewer(&self) -> &Viewer {
        self
    }
}

/// A signed-in member; anyone else gets "please sign in" (a browser: the sign-in page).
#[derive(Debug, Clone)]
pub struct Member {
    pub viewer: Viewer,
    pub me: Me,
}

/// A member of the site's staff: members get 403, anonymous viewers "please sign in".
#[derive(Debug, Clone)]
pub struct Staff {
    pub viewer: Viewer,
    pub me: Me,
}

impl Who for Member {
    fn admit(viewer: Viewer) -> Result<Member, AppError> {
        let me = viewer.require()?.clone();
        Ok(Member { viewer, me })
    }

    fn viewer(&self) -> &Viewer {
        &self.viewer
    }
}

impl Who for Staff {
    fn admit(viewer: Viewer) -> Result<Staff, AppError> {
        let me = viewer.require_staff()?.clone();
        Ok(Staff { viewer, me })
    }

    fn viewer(&self) -> &Viewer {
        &self.viewer
    }
}

macro_rules! extract_who {
    ($($t:ty),*) => {$(
        from_parts!($t, |parts, app| <$t>::admit(Viewer::of_request(parts, &app)?));
    )*};
}

/// A member signed in by a personal access token, the write API's only caller: a session
/// cookie (no cross-site form can reach it then) or no sign-in is refused before the body is
/// read.
#[derive(Debug, Clone)]
pub struct TokenHolder(pub Viewer, pub Me);

impl Who for TokenHolder {
    fn admit(viewer: Viewer) -> Result<TokenHolder, AppError> {
        let me = match &viewer.me {
            Some(me) if me.session.is_none() => me.clone(),
            Some(_) => {
                return Err(AppError::Unauthorized(crate::i18n::phrase::Phrase::id(
                    "refuse-api-session",
                )))
            }
            None => {
                return Err(AppError::Unauthorized(crate::i18n::phrase::Phrase::id(
                    "refuse-api-anonymous",
                )))
            }
        };
        Ok(TokenHolder(viewer, me))
    }

    fn viewer(&self) -> &Viewer {
        &self.0
    }
}

extract_who!(Member, Staff, TokenHolder);

/// Refuses every request of `router`'s routes to anyone but staff, before any handler runs
/// (the admin panel's guard; its handlers take [`Staff`] as well).
pub async fn staff_only(
    State(app): State<App>,
    req: Request,
    next: Next,
) -> Result<Response, AppError> {
    let (mut parts, body) = req.into_parts();
    let staff = Staff::admit(Viewer::of_request(&parts, &app)?)?;
    // The handler's own extractor takes this one instead of resolving it again.
    parts.extensions.insert(staff.viewer);
    Ok(next.run(Request::from_parts(parts, body)).await)
}

/// The value of one cookie of the request.
pub fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

/// A `Set-Cookie` value: HttpOnly and SameSite=Lax always, `Secure` when configured.
pub fn set_cookie(name: &str, value: &str, max_age_secs: i64, secure: bool) -> HeaderValue {
    let secure = if secure { "; Secure" } else { "" };
    let v =
        format!("{name}={value}; Path=/; Max-Age={max_age_secs}; HttpOnly; SameSite=Lax{secure}");
    // Names and values are base64url or fixed text: always a valid header value.
    HeaderValue::from_str(&v).unwrap_or(HeaderValue::from_static("x=; Max-Age=0"))
}

/// The CSRF token a browser gets before it signs in, when the request had none (set by
/// [`ensure_csrf_cookie`]).
#[derive(Clone, Debug)]
struct FreshCsrf(String);

/// The only pages with a form for someone not signed in.
const ANONYMOUS_FORMS: &[&str] = &["/signin", "/signup", "/setup"];

/// Gives a browser without one a CSRF cookie on the pages whose forms it can post before
/// signing in (sign-up, sign-in, first run), so those forms carry a token to compare. Other
/// pages skip it: an anonymous read costs no random secret. The cookie is `Secure` (and
/// `__Host-`) like the session's when the site is served over HTTPS.
pub async fn ensure_csrf_cookie(State(app): State<App>, mut req: Request, next: Next) -> Response {
    if !ANONYMOUS_FORMS.contains(&req.uri().path()) {
        return next.run(req).await;
    }
    let secure = app.config.secure_cookies;
    let name = csrf_cookie(secure);
    if cookie(req.headers(), name).is_some_and(|c| c.len() == 43) {
        return next.run(req).await;
    }
    let token = secret::new_secret();
    req.extensions_mut().insert(FreshCsrf(token.clone()));
    let mut res = next.run(req).await;
    res.headers_mut().append(
        header::SET_COOKIE,
        set_cookie(name, &token, 365 * 86_400, secure),
    );
    res
}

fn bearer(headers: &HeaderMap) -> Option<&str> {
    let v = headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, token) = v.split_once(' ')?;
    scheme.eq_ignore_ascii_case("bearer").then(|| token.trim())
}

/// The cookie the footer's language switcher sets.
pub const LANGUAGE_COOKIE: &str = "comuniza_lang";

/// The language of a request among those the site offers: a signed-in member's own choice
/// (their account), else the visitor's choice in the footer (a cookie), else their browser's
/// (`Accept-Language`), else the site's own (`site`, the setting `language`), else the first
/// offered.
pub fn language(
    app: &App,
    snap: &Snapshot,
    (headers, member): (&HeaderMap, Option<UserId>),
    site: Option<&str>,
) -> Result<Lang, StoreError> {
    let offered = &app.config.languages;
    if let [only] = offered.as_slice() {
        // Nothing to choose: no cookie, header or setting is read.
        return Ok(*only);
    }
    if let Some(user) = member {
        if let Some(l) = snap.language_of(user)?.filter(|l| offered.contains(l)) {
            return Ok(l);
        }
    }
    let chosen = cookie(headers, LANGUAGE_COOKIE)
        .and_then(Lang::of_tag)
        .filter(|l| offered.contains(l));
    let browser = || {
        headers
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok())
            .and_then(|a| Lang::negotiate(a, offered))
    };
    if let Some(l) = chosen.or_else(browser) {
        return Ok(l);
    }
    let site = site.and_then(Lang::of_tag).filter(|l| offered.contains(l));
    Ok(site.or(offered.first().copied()).unwrap_or(Lang::En))
}

/// The language of what reaches a member away from a request (an e-mail), among those the
/// site offers (`offered`, the first its default; none given: every one): their own choice,
/// else the site's setting, else the first offered, as a page would choose.
pub(crate) fn member_language(
    snap: &Snapshot,
    user: UserId,
    offered: &[Lang],
) -> Result<Lang, StoreError> {
    let offered: &[Lang] = if offered.is_empty() {
        &Lang::ALL
    } else {
        offered
    };
    if let [only] = offered {
        return Ok(*only);
    }
    if let Some(l) = snap.language_of(user)?.filter(|l| offered.contains(l)) {
        return Ok(l);
    }
    let site = snap.setting(Setting::Language.key())?;
    let site = site
        .as_deref()
        .and_then(Lang::of_tag)
        .filter(|l| offered.contains(l));
    Ok(site.or(offered.first().copied()).unwrap_or(Lang::En))
}

/// A site text as members reading `lang` see it: what staff wrote for that language, else
/// the text itself (empty when neither is set).
pub(crate) fn site_text(snap: &Snapshot, text: Text, lang: Lang) -> Result<String, StoreError> {
    let [own, base] = snap.settings([text.key_in(lang), text.key()])?;
    Ok(own.filter(|t| !t.is_empty()).or(base).unwrap_or_default())
}

/// The site's name in `lang` (an e-mail's sender and words).
pub(crate) fn site_name_in(snap: &Snapshot, lang: Lang) -> Result<String, StoreError> {
    Ok(named(Some(site_text(snap, Text::SiteName, lang)?)))
}

/// The site's name as set, "Comuniza" when it is not.
fn named(setting: Option<String>) -> String {
    setting
        .filter(|n| !n.is_empty())
        .unwrap_or_else(|| "Comuniza".into())
}

fn me_of(
    snap: &Snapshot,
    user: UserId,
    session: Option<SecretHash>,
) -> Result<Option<Me>, StoreError> {
    Ok(snap.user(user)?.filter(|u| u.is_active).map(|u| Me {
        id: user,
        display_name: u.display_name(),
        username: u.username,
        is_staff: u.is_staff,
        session,
        unread: 0,
    }))
}

fn by_session(snap: &Snapshot, cookie: &str) -> Result<Option<(Me, String)>, StoreError> {
    let hash = secret::digest(cookie);
    let Some(session) = snap.session(hash.as_slice())? else {
        return Ok(None);
    };
    if session.expires_at <= time::now() {
        return Ok(None);
    }
    let Some(mut me) = me_of(snap, session.user, Some(hash))? else {
        return Ok(None);
    };
    me.unread = snap.unread_count(me.id)?;
    Ok(Some((me, session.csrf)))
}

fn by_token(snap: &Snapshot, token: &str) -> Result<Option<Me>, StoreError> {
    let hash = secret::digest(token);
    let Some(t) = snap.token(hash.as_slice())? else {
        return Ok(None);
    };
    me_of(snap, t.user, None)
}

from_parts!(Viewer, |parts, app| Viewer::of_request(parts, &app));

impl Viewer {
    /// The viewer of the request these parts belong to: the one a guard already resolved
    /// (`staff_only`), else resolved from the request's snapshot when a `Snap` extractor ran
    /// first (handlers that take both list `snap` first), else from a snapshot of its own.
    /// Nothing is stored for later: a plain page pays no allocation for sharing it.
    pub fn of_request(parts: &Parts, app: &App) -> Result<Viewer, AppError> {
        if let Some(v) = parts.extensions.get::<Viewer>() {
            return Ok(v.clone());
        }
        let api = parts.uri.path().starts_with("/api/");
        let (headers, extensions) = (&parts.headers, &parts.extensions);
        match super::snap::shared(parts) {
            Some(snap) => Viewer::resolve(app, snap, headers, extensions, api),
            None => Viewer::resolve(app, &app.engine.snapshot()?, headers, extensions, api),
        }
    }

    /// The viewer of a request, from its headers and extensions (see the extractor). `api`:
    /// the request is for the JSON API, the only part of the site an access token opens.
    pub fn resolve(
        app: &App,
        snap: &Snapshot,
        headers: &HeaderMap,
        extensions: &axum::http::Extensions,
        api: bool,
    ) -> Result<Viewer, AppError> {
        let address = super::client::of(extensions);
        let offered = Langs::of(&app.config.languages);
        // The site's language only counts where there is a choice; it comes with the name, in
        // one opening of the settings.
        let [name, site_lang] = if offered.len() > 1 {
            snap.settings([Text::SiteName.key(), Setting::Language.key()])?
        } else {
            [snap.setting(Text::SiteName.key())?, None]
        };
        let site_name = named(name);
        // The name as staff wrote it for the viewer's language, where they did.
        let name_in = |lang: Lang| -> Result<String, StoreError> {
            if offered.len() < 2 {
                return Ok(site_name.clone());
            }
            let own = snap.setting(Text::SiteName.key_in(lang))?;
            Ok(own
                .filter(|n| !n.is_empty())
                .unwrap_or_else(|| site_name.clone()))
        };
        let choose = |member| language(app, snap, (headers, member), site_lang.as_deref());
        if let Some(token) = bearer(headers) {
            // A token is for programs: a page (the staff's above all) never takes one.
            if !api {
                return Err(AppError::token_on_page());
            }
            // A wrong token is an error, not a silent fall-back to anonymous.
            let me = by_token(snap, token)?.ok_or_else(AppError::bad_token)?;
            let lang = choose(Some(me.id))?;
            return Ok(Viewer {
                me: Some(me),
                csrf: String::new(),
                site_name: name_in(lang)?,
                address,
                flash: None,
                lang,
                offered,
            });
        }
        let secure = app.config.secure_cookies;
        let flash = |me: Option<UserId>, lang: Lang| match api {
            true => Ok(None),
            false => super::flash::of_request(headers, snap, (me, lang)),
        };
        if let Some(c) = cookie(headers, session_cookie(secure)) {
            if let Some((me, csrf)) = by_session(snap, c)? {
                let lang = choose(Some(me.id))?;
                let flash = flash(Some(me.id), lang)?;
                return Ok(Viewer {
                    me: Some(me),
                    csrf,
                    site_name: name_in(lang)?,
                    address,
                    flash,
                    lang,
                    offered,
                });
            }
        }
        let lang = choose(None)?;
        let csrf = match extensions.get::<FreshCsrf>() {
            Some(f) => f.0.clone(),
            None => cookie(headers, csrf_cookie(secure))
                .unwrap_or_default()
                .to_string(),
        };
        Ok(Viewer {
            me: None,
            csrf,
            site_name: name_in(lang)?,
            address,
            flash: flash(None, lang)?,
            lang,
            offered,
        })
    }
}
