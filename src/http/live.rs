//! Live updates, an enhancement (`assets/app.js`): `GET /events` is a server-sent event stream
//! for the signed-in member. It says the header's unread count (`event: unread`) when it
//! starts and after every commit that changed the member's notifications, and, when the page
//! follows a conversation the member is part of (`?thread=0:12`, a loan's; `1:7`, a join
//! request's), `event: thread` when it has a new message. Events come from the writer after the
//! commit is durable and visible (`writer::Event`), so a page that reloads on one sees it.
//! Without JavaScript pages simply show the news on reload.
//!
//! Each stream holds a connection: a member may keep [`STREAMS_PER_MEMBER`] open (tabs), more
//! are refused 429; every stream ends when the server stops.

use std::collections::HashMap;
use std::convert::Infallible;
use std::time::Duration;

use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::sse::{Event as Sse, KeepAlive};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use futures_util::stream::{self, Stream};
use parking_lot::Mutex;
use tokio::sync::broadcast::error::RecvError;

use super::error::AppError;
use super::session::Member;
use super::state::App;
use crate::domain::conversation::Thread;
use crate::domain::records::UserId;
use crate::engine::Engine;
use crate::store::writer::Event;

/// Streams one member may have open at once.
pub const STREAMS_PER_MEMBER: usize = 8;
/// A comment this often keeps proxies from closing a quiet stream.
const KEEP_ALIVE: Duration = Duration::from_secs(25);

pub fn router() -> Router<App> {
    Router::new().route("/events", get(events))
}

/// Open streams per member.
#[derive(Debug, Default)]
pub struct Streams(Mutex<HashMap<UserId, usize>>);

/// One open stream, counted until it is dropped.
struct Counted {
    app: App,
    user: UserId,
}

impl Drop for Counted {
    fn drop(&mut self) {
        let mut open = self.app.streams.0.lock();
        if let Some(n) = open.get_mut(&self.user) {
            *n -= 1;
            if *n == 0 {
                open.remove(&self.user);
            }
        }
    }
}

fn count(app: &App, user: UserId) -> Option<Counted> {
    let mut open = app.streams.0.lock();
    let n = open.entry(user).or_default();
    if *n >= STREAMS_PER_MEMBER {
        return None;
    }
    *n += 1;
    Some(Counted {
        app: app.clone(),
        user,
    })
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
struct Follow {
    thread: String,
}

/// `"0:12"` as a thread.
fn thread_of(text: &str) -> Option<Thread> {
    let (kind, id) = text.split_once(':')?;
    Thread::from_key((kind.parse().ok()?, id.parse().ok()?))
}

async fn events(
    State(app): State<App>,
    Member { me, viewer }: Member,
    Query(follow): Query<Follow>,
) -> Result<Response, AppError> {
    let thread = match follow.thread.as_str() {
        "" => None,
        text => {
            let thread = thread_of(text).ok_or_else(|| AppError::not_found("conversation"))?;
            let snap = app.engine.snapshot()?;
            if !crate::http::pages::conversation::is_party(&snap, thread, me.id)? {
                return Err(AppError::not_found("conversation"));
            }
            Some(thread)
        }
    };
    let Some(counted) = count(&app, me.id) else {
        return Ok((
            StatusCode::TOO_MANY_REQUESTS,
            "too many live pages open: close some tabs",
        )
            .into_response());
    };
    let watching = Watching {
        engine: app.engine.clone(),
        events: app.engine.writer.subscribe(),
        stopping: app.stopping.subscribe(),
        user: me.id,
        lang: viewer.lang,
        thread: thread.map(Thread::key),
        started: false,
        owed_thread: false,
        _counted: counted,
    };
    let sse = axum::response::sse::Sse::new(watching.into_stream())
        .keep_alive(KeepAlive::new().interval(KEEP_ALIVE));
    let mut res = sse.into_response();
    // Never cached, never buffered by a proxy.
    res.headers_mut().insert(
        axum::http::header::CACHE_CONTROL,
        axum::http::HeaderValue::from_static("no-store"),
    );
    res.headers_mut().insert(
        "x-accel-buffering",
        axum::http::HeaderValue::from_static("no"),
    );
    Ok(res)
}

/// One stream's state.
struct Watching {
    engine: Engine,
    events: tokio::sync::broadcast::Receiver<Event>,
    stopping: tokio::sync::watch::Receiver<bool>,
    user: UserId,
    /// The member's language, for the count's words.
    lang: crate::i18n::Lang,
    thread: Option<(u8, u64)>,
    started: bool,
    /// A thread event owed after a lag (the count goes first).
    owed_thread: bool,
    _counted: Counted,
}

impl Watching {
    fn unread(&self) -> Sse {
        let n = self
            .engine
            .snapshot()
            .and_then(|s| s.unread_count(self.user))
            .unwrap_or(0);
        // The count, then the inbox link's label in the member's words (a second data line:
        // the page's script applies it, and plural rules stay on the server).
        let label = crate::i18n::format(
            self.lang,
            "inbox-unread",
            &[("count", crate::i18n::Arg::count(n))],
        );
        Sse::default().event("unread").data(format!("{n}\n{label}"))
    }

    /// The next event for this member, or `None` once the server stops.
    async fn next(&mut self) -> Option<Sse> {
        if !self.started {
            self.started = true;
            return Some(self.unread());
        }
        if std::mem::take(&mut self.owed_thread) {
            let (kind, id) = self.thread?;
            return self.thread_event(kind, id);
        }
        loop {
            let event = tokio::select! {
                e = self.events.recv() => e,
                _ = self.stopping.wait_for(|s| *s) => return None,
            };
            match event {
                Ok(Event::Told(u)) if u == self.user => return Some(self.unread()),
                Ok(Event::Thread(kind, id)) if self.thread == Some((kind, id)) => {
                    return self.thread_event(kind, id);
                }
                // Missed events may have held ours: the count again, then the thread.
                Err(RecvError::Lagged(_)) => {
                    self.owed_thread = self.thread.is_some();
                    return Some(self.unread());
                }
                Err(RecvError::Closed) => return None,
                Ok(_) => {}
            }
        }
    }

    /// A new message in the followed conversation, while the member is still one of its
    /// people (an admin who no longer runs the group stops hearing of it: the stream ends).
    fn thread_event(&self, kind: u8, id: u64) -> Option<Sse> {
        let thread = Thread::from_key((kind, id))?;
        let still = self
            .engine
            .snapshot()
            .and_then(|s| crate::http::pages::conversation::is_party(&s, thread, self.user))
            .unwrap_or(false);
        still.then(|| Sse::default().event("thread").data(format!("{kind}:{id}")))
    }

    fn into_stream(self) -> impl Stream<Item = Result<Sse, Infallible>> {
        stream::unfold(self, |mut w| async move {
            let e = w.next().await?;
            Some((Ok(e), w))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn threads_are_named_kind_colon_id() {
        assert_eq!(
            thread_of("0:12"),
            Some(Thread::Loan(crate::domain::records::LoanId(12)))
        );
        assert_eq!(thread_of("1:7"), Some(Thread::Join(7)));
        for bad in ["", "0", "2:1", "x:1", "0:-1", "0:1:2"] {
            assert_eq!(thread_of(bad), None, "{bad}");
        }
    }
}
