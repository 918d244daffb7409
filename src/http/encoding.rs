//! Compressed responses, per `Accept-Encoding` (brotli, then gzip).
//!
//! - A cached body is sent in the form its entry keeps ([`Entry::forms`]; whole visitors'
//!   pages in [`Entry::page`]): handlers call [`send_form`].
//! - Anything else compressible (pages built per request, JSON answers, error pages) is
//!   compressed on its way out by [`compress`], at a fast level.
//! - ETags name one representation: a compressed answer's ETag carries its coding (`"…+br"`),
//!   and `If-None-Match` is read back the same way, so a `304` always confirms the bytes the
//!   client would get now. Handlers only ever see and set the plain ETag.
//!
//! [`Entry::forms`]: crate::cache::Entry::forms
//! [`Entry::page`]: crate::cache::Entry::page

use axum::body::Body;
use axum::extract::Request;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use bytes::Bytes;
use http_body::Body as _;

use crate::cache::forms::{compress as compressed, Coding, Effort, Forms};

/// Bodies smaller than this go out as they are: a packet carries them either way.
const MIN_COMPRESSED: u64 = 512;
/// Bodies larger than this (or of unknown length) stream out as they are rather than being
/// held whole in memory to compress.
const MAX_COMPRESSED: u64 = 4 << 20;

/// Bodies larger than this are compressed on a blocking thread (about a millisecond's work).
const LARGE: usize = 256 << 10;

/// The codings a client takes, with the quality it gives each (0: refused).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Accepted {
    br: f32,
    gzip: f32,
}

impl Accepted {
    /// Read from `Accept-Encoding`: `*` stands for both, `q=0` refuses.
    pub fn of(headers: &HeaderMap) -> Accepted {
        let (mut br, mut gzip, mut any) = (None, None, None);
        for part in headers
            .get_all(header::ACCEPT_ENCODING)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
        {
            let mut it = part.split(';');
            let name = it.next().unwrap_or("").trim();
            let q = it
                .map(str::trim)
                .filter(|p| p.len() > 2 && p[..2].eq_ignore_ascii_case("q="))
                .find_map(|p| p[2..].trim().parse::<f32>().ok())
                .unwrap_or(1.0);
            if name.eq_ignore_ascii_case("br") {
                br = Some(q);
            } else if name.eq_ignore_ascii_case("gzip") || name.eq_ignore_ascii_case("x-gzip") {
                gzip = Some(q);
            } else if name == "*" {
                any = Some(q);
            }
        }
        Accepted {
            br: br.or(any).unwrap_or(0.0),
            gzip: gzip.or(any).unwrap_or(0.0),
        }
    }

    pub fn takes(self, coding: Coding) -> bool {
        match coding {
            Coding::Identity => true,
            Coding::Gzip => self.gzip > 0.0,
            Coding::Br => self.br > 0.0,
        }
    }

    /// For bytes compressed once and sent many times (cached entries, assets): the coding
    /// the client rates highest, brotli (the smaller) on a tie.
    pub fn best(self) -> Coding {
        if self.br > 0.0 && self.br >= self.gzip {
            Coding::Br
        } else if self.gzip > 0.0 {
            Coding::Gzip
        } else {
            Coding::Identity
        }
    }

    /// For bytes compressed per request: gzip when taken. Its fast level beats brotli's on
    /// both counts here (a 17 KB page: 24 µs to 2.5 KB, against brotli's 60-180 µs to
    /// 2.2-2.6 KB at qualities 1-3).
    pub fn fast(self) -> Coding {
        if self.gzip > 0.0 {
            Coding::Gzip
        } else {
            self.best()
        }
    }
}

/// The coding a cached body or an asset is sent in ([`Accepted::best`]).
pub fn coding_of(headers: &HeaderMap) -> Coding {
    Accepted::of(headers).best()
}

fn suffix(coding: Coding) -> &'static str {
    match coding {
        Coding::Identity => "",
        Coding::Gzip => "+gz",
        Coding::Br => "+br",
    }
}

/// The ETag of `etag`'s representation in `coding`: `"abc"` → `"abc+br"`.
pub fn tagged(etag: &str, coding: Coding) -> String {
    match etag.strip_suffix('"') {
        Some(open) if coding != Coding::Identity => format!("{open}{}\"", suffix(coding)),
        _ => etag.to_string(),
    }
}

/// `If-None-Match` as the handler must read it: without the codings its tags carry, keeping
/// the tags of codings this client takes (one it refuses now names bytes it cannot use).
/// Answers the tags kept with their codings: a `304` names the one it confirms.
fn untag_if_none_match(headers: &mut HeaderMap, accepted: Accepted) -> Vec<(String, Coding)> {
    let listed: Vec<String> = headers
        .get_all(header::IF_NONE_MATCH)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(|t| t.trim().to_string())
        .collect();
    if listed.is_empty() {
        return Vec::new();
    }
    let kept: Vec<(String, Coding)> = listed
        .iter()
        .filter_map(|tag| {
            if tag == "*" {
                return Some((tag.clone(), Coding::Identity));
            }
            let open = tag.strip_suffix('"')?;
            let of = [Coding::Gzip, Coding::Br]
                .into_iter()
                .find(|&c| open.ends_with(suffix(c)))
                .unwrap_or(Coding::Identity);
            accepted
                .takes(of)
                .then(|| (format!("{}\"", &open[..open.len() - suffix(of).len()]), of))
        })
        .collect();
    headers.remove(header::IF_NONE_MATCH);
    let joined = kept
        .iter()
        .map(|(t, _)| t.as_str())
        .collect::<Vec<_>>()
        .join(", ");
    if let Ok(v) = HeaderValue::from_str(&joined) {
        if !kept.is_empty() {
            headers.insert(header::IF_NONE_MATCH, v);
        }
    }
    kept
}

/// The coding of the listed tag a `304` with `etag` confirms (`*`: the plain bytes).
fn confirmed(kept: &[(String, Coding)], etag: &str) -> Coding {
    let bare = etag.trim_start_matches("W/");
    kept.iter()
        .find(|(t, _)| t.trim_start_matches("W/") == bare)
        .map_or(Coding::Identity, |&(_, c)| c)
}

/// Whether a body of this type gets smaller compressed (text; not images, not event streams).
fn compressible(headers: &HeaderMap) -> bool {
    let Some(t) = headers
        .get(header::CONTENT_TYPE)
        .and_then(|t| t.to_str().ok())
    else {
        return false;
    };
    let t = t.split(';').next().unwrap_or("").trim();
    (t.starts_with("text/") && t != "text/event-stream")
        || t.ends_with("json")
        || t.ends_with("javascript")
        || t.ends_with("xml")
}

/// Marks a response as one of several representations chosen by `Accept-Encoding`.
fn vary(headers: &mut HeaderMap) {
    headers.append(header::VARY, HeaderValue::from_static("Accept-Encoding"));
}

/// A cached body in the form the client takes: `plain`, or one of the `forms` its entry
/// keeps (made at the first request that takes one). Send it with [`set_coding`].
pub fn send_form<'a>(
    request: &HeaderMap,
    plain: &Bytes,
    forms: impl FnOnce() -> &'a Forms,
) -> (Bytes, Coding) {
    match coding_of(request) {
        // A large body is left to the middleware, which compresses it off the request
        // threads (a thorough form of it would hold this one up).
        Coding::Identity => (plain.clone(), Coding::Identity),
        _ if plain.len() > LARGE => (plain.clone(), Coding::Identity),
        coding => forms().pick(coding, plain),
    }
}

/// Says which coding a body [`send_form`] chose is in (the middleware leaves such a response
/// alone, but for its ETag and `Vary`).
pub fn set_coding(headers: &mut HeaderMap, coding: Coding) {
    if let Some(token) = coding.token() {
        headers.insert(header::CONTENT_ENCODING, HeaderValue::from_static(token));
    }
}

/// Marks a response whose bytes must not be compressed: it shows a secret beside text others
/// wrote, and a compressed length could be probed for it (BREACH).
#[derive(Clone, Copy, Debug)]
struct Uncompressed;

/// Keeps `res` plain, whatever the client takes.
pub fn never_compress(res: &mut Response) {
    res.extensions_mut().insert(Uncompressed);
}

/// The coding a response's bytes are in.
fn sent_in(headers: &HeaderMap) -> Coding {
    match headers
        .get(header::CONTENT_ENCODING)
        .map(HeaderValue::as_bytes)
    {
        Some(b"br") => Coding::Br,
        Some(b"gzip") => Coding::Gzip,
        _ => Coding::Identity,
    }
}

/// The middleware: reads `If-None-Match` per coding on the way in; on the way out, compresses
/// what the handler did not (fast), marks the ETag with the coding of the bytes sent (a `304`:
/// of the tag it confirms) and adds `Vary`.
pub async fn compress(mut req: Request, next: Next) -> Response {
    let accepted = Accepted::of(req.headers());
    let kept = untag_if_none_match(req.headers_mut(), accepted);
    let res = next.run(req).await;
    let (mut parts, body) = res.into_parts();
    let text = compressible(&parts.headers);
    let mut coding = sent_in(&parts.headers);
    // A `304` varies as its `200` would (it has no type of its own to tell).
    if text || coding != Coding::Identity || parts.status == StatusCode::NOT_MODIFIED {
        vary(&mut parts.headers);
    }
    let size = body.size_hint().exact().unwrap_or(u64::MAX);
    let bodiless = matches!(
        parts.status,
        StatusCode::NO_CONTENT | StatusCode::NOT_MODIFIED
    );
    let fast = accepted.fast();
    let plain_only = parts.extensions.get::<Uncompressed>().is_some();
    let body = if !text
        || plain_only
        || coding != Coding::Identity
        || fast == Coding::Identity
        || bodiless
        || !(MIN_COMPRESSED..=MAX_COMPRESSED).contains(&size)
    {
        body
    } else {
        let plain = match axum::body::to_bytes(body, MAX_COMPRESSED as usize).await {
            Ok(b) => b,
            Err(e) => {
                return super::error::AppError::internal(format!("reading a response body: {e}"))
                    .into_response()
            }
        };
        // A large body (an export, a long list) is compressed off the request threads, so
        // the pages behind it are not held up for the milliseconds it takes.
        let smaller = if plain.len() > LARGE {
            let big = plain.clone();
            tokio::task::spawn_blocking(move || compressed(fast, &big, Effort::Fast))
                .await
                .unwrap_or(None)
        } else {
            compressed(fast, &plain, Effort::Fast)
        };
        match smaller {
            Some(smaller) => {
                coding = fast;
                set_coding(&mut parts.headers, coding);
                parts.headers.remove(header::CONTENT_LENGTH);
                Body::from(smaller)
            }
            None => Body::from(plain),
        }
    };
    if parts.status == StatusCode::NOT_MODIFIED {
        let etag = parts
            .headers
            .get(header::ETAG)
            .and_then(|t| t.to_str().ok());
        coding = etag.map_or(Coding::Identity, |t| confirmed(&kept, t));
    }
    if let Some(etag) = parts
        .headers
        .get(header::ETAG)
        .and_then(|t| t.to_str().ok())
    {
        if let Ok(v) = HeaderValue::from_str(&tagged(etag, coding)) {
            parts.headers.insert(header::ETAG, v);
        }
    }
    Response::from_parts(parts, body)
}

#[cfg(test)]
mod tests {
    use std::io::Read;

    use super::*;
    use axum::routing::get;
    use tower::ServiceExt;

    /// A long text answer (a list or an export) through the middleware, as `accept` asks.
    async fn long_answer(accept: &str) -> (Response, String) {
        let text: String = (0..40_000).map(|i| format!("line {i}\n")).collect();
        let router = axum::Router::new()
            .route(
                "/long",
                get(move || async move {
                    (
                        [
                            (header::CONTENT_TYPE, "text/plain"),
                            (header::ETAG, "\"long\""),
                        ],
                        text,
                    )
                        .into_response()
                }),
            )
            .layer(axum::middleware::from_fn(compress));
        let req = Request::get("/long").header(header::ACCEPT_ENCODING, accept);
        let res = router
            .oneshot(req.body(Body::empty()).unwrap())
            .await
            .unwrap();
        let want: String = (0..40_000).map(|i| format!("line {i}\n")).collect();
        (res, want)
    }

    #[tokio::test]
    async fn a_long_answer_is_compressed_off_the_request_threads_and_reads_back() {
        let (res, want) = long_answer("gzip, br").await;
        assert!(want.len() > LARGE);
        assert_eq!(res.headers()[header::CONTENT_ENCODING], "gzip");
        assert_eq!(res.headers()[header::ETAG], "\"long+gz\"");
        let sent = axum::body::to_bytes(res.into_body(), usize::MAX)
            .await
            .unwrap();
        assert!(
            sent.len() * 2 < want.len(),
            "{} of {}",
            sent.len(),
            want.len()
        );
        let mut read = String::new();
        flate2::read::GzDecoder::new(&sent[..])
            .read_to_string(&mut read)
            .unwrap();
        assert_eq!(read, want);
    }

    fn accepting(v: &'static str) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert(header::ACCEPT_ENCODING, HeaderValue::from_static(v));
        h
    }

    #[test]
    fn the_client_gets_the_coding_it_rates_highest() {
        assert_eq!(coding_of(&HeaderMap::new()), Coding::Identity);
        assert_eq!(coding_of(&accepting("gzip, deflate, br")), Coding::Br);
        assert_eq!(coding_of(&accepting("gzip, deflate, br;q=0")), Coding::Gzip);
        assert_eq!(coding_of(&accepting("br;q=0.5, gzip")), Coding::Gzip);
        assert_eq!(coding_of(&accepting("deflate")), Coding::Identity);
        assert_eq!(coding_of(&accepting("*")), Coding::Br);
        assert_eq!(coding_of(&accepting("*;q=0, gzip")), Coding::Gzip);
        assert_eq!(coding_of(&accepting("identity")), Coding::Identity);
        // Compressed per request: gzip, when taken.
        assert_eq!(Accepted::of(&accepting("gzip, br")).fast(), Coding::Gzip);
        assert_eq!(Accepted::of(&accepting("br")).fast(), Coding::Br);
        assert_eq!(Accepted::of(&HeaderMap::new()).fast(), Coding::Identity);
    }

    #[test]
    fn etags_name_the_coding_and_are_read_back_per_coding() {
        assert_eq!(tagged("\"abc\"", Coding::Br), "\"abc+br\"");
        assert_eq!(tagged("\"abc-e1\"", Coding::Gzip), "\"abc-e1+gz\"");
        assert_eq!(tagged("\"abc\"", Coding::Identity), "\"abc\"");
        let read = |inm: &'static str, accept: &'static str| {
            let mut h = accepting(accept);
            h.insert(header::IF_NONE_MATCH, HeaderValue::from_static(inm));
            let accepted = Accepted::of(&h);
            let kept = untag_if_none_match(&mut h, accepted);
            let left = h.get(header::IF_NONE_MATCH);
            let first = kept.first().map_or(Coding::Identity, |k| k.1);
            (left.map(|v| v.to_str().unwrap().to_string()), first)
        };
        let some = |t: &str| Some(t.to_string());
        assert_eq!(read("\"abc+br\"", "br"), (some("\"abc\""), Coding::Br));
        assert_eq!(
            read("\"abc+gz\"", "gzip, br"),
            (some("\"abc\""), Coding::Gzip)
        );
        // A tag of a coding the client no longer takes confirms nothing.
        assert_eq!(read("\"abc+gz\"", "br"), (None, Coding::Identity));
        assert_eq!(read("\"abc+br\"", ""), (None, Coding::Identity));
        assert_eq!(read("\"abc\"", "gzip"), (some("\"abc\""), Coding::Identity));
        assert_eq!(
            read("\"a+br\", W/\"b+gz\", *", "gzip"),
            (some("W/\"b\", *"), Coding::Gzip)
        );
        // Several header lines are read, and a 304 names the tag that matched.
        let mut h = accepting("gzip, br");
        h.append(header::IF_NONE_MATCH, HeaderValue::from_static("\"a+gz\""));
        h.append(header::IF_NONE_MATCH, HeaderValue::from_static("\"b+br\""));
        let accepted = Accepted::of(&h);
        let kept = untag_if_none_match(&mut h, accepted);
        assert_eq!(h[header::IF_NONE_MATCH], "\"a\", \"b\"");
        assert_eq!(confirmed(&kept, "\"b\""), Coding::Br);
        assert_eq!(confirmed(&kept, "\"a\""), Coding::Gzip);
        // Parameter names are read whatever their case.
        assert_eq!(coding_of(&accepting("gzip;Q=0, br")), Coding::Br);
        assert_eq!(coding_of(&accepting("gzip, br;Q=0")), Coding::Gzip);
    }
}
