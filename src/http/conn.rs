//! Connections: our own accept loop over hyper, instead of `axum::serve`, for what a server
//! open to the internet needs and `axum::serve` does not give. Without these, a client that
//! sent half a request kept its connection forever, and 1,100 such clients locked everyone out.
//!
//! - **A cap on open connections** (`--max-connections`): past it, no connection is accepted
//!   until one closes (new ones wait in the kernel's queue); logged at most once a minute.
//! - **Header timeout** (`--header-timeout`): the first request's head must arrive whole within
//!   this time of the connection opening; a later one within this time of its first byte.
//! - **Idle timeout** (`--idle-timeout`): a kept-alive connection that sends no new request,
//!   and a client that stops reading its answer, are cut off after this long without progress.
//! - **Body timeout** (`--body-timeout`): a request body must arrive whole within this time.
//!
//! The head and idle deadlines are kept by [`Watched`], around the socket; it knows whether a
//! request is being answered from [`Conn`], which the service updates (no read deadline runs
//! while an answer is being made, so a slow page is never cut), and when it last sent
//! anything (an answer still going out keeps the connection alive while the client reads).
//! A body declared larger than the limit is refused before anything reads it
//! (`super::error::render_errors`), so hyper never invites it with `100 Continue`.

use std::convert::Infallible;
use std::future::Future;
use std::io;
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;

use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::Router;
use bytes::Bytes;
use http_body::{Frame, SizeHint};
use hyper::body::Incoming;
use hyper_util::rt::TokioIo;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::Semaphore;
// tokio's clock (the same as the system's, but one tests can stop and move).
use tokio::time::{Instant, Sleep};
use tower::ServiceExt;

/// The connection limits (flags `--max-connections`, `--header-timeout`, `--idle-timeout`,
/// `--body-timeout`).
#[derive(Debug, Clone, Copy)]
pub struct ConnLimits {
    pub max_connections: usize,
    pub header_timeout: Duration,
    pub idle_timeout: Duration,
    pub body_timeout: Duration,
}

impl Default for ConnLimits {
    fn default() -> Self {
        ConnLimits {
            max_connections: 4096,
            header_timeout: Duration::from_secs(10),
            idle_timeout: Duration::from_secs(60),
            body_timeout: Duration::from_secs(30),
        }
    }
}

/// What the service and the socket of one connection share.
#[derive(Debug)]
struct Conn {
    opened: Instant,
    /// Requests being answered (on HTTP/1.1, one at a time).
    busy: AtomicUsize,
    /// Answers finished so far: a head's first byte belongs to the answer count it was seen at.
    answered: AtomicU64,
    /// When the last answer finished, in milliseconds after `opened`.
    idle_since_ms: AtomicU64,
    /// The socket's reader, waiting: woken when an answer finishes, so that it starts the
    /// idle deadline (it may have gone to sleep while the answer was being made, with none).
    reader: atomic_waker::AtomicWaker,
}

impl Conn {
    fn new() -> Arc<Conn> {
        Arc::new(Conn {
            opened: Instant::now(),
            busy: AtomicUsize::new(0),
            answered: AtomicU64::new(0),
            idle_since_ms: AtomicU64::new(0),
            reader: atomic_waker::AtomicWaker::new(),
        })
    }

    fn millis(&self, at: Instant) -> u64 {
        u64::try_from(at.duration_since(self.opened).as_millis()).unwrap_or(u64::MAX)
    }
}

/// Marks a request as being answered until dropped (with the answer's body, once sent).
struct Answering(Arc<Conn>);

impl Answering {
    fn start(conn: &Arc<Conn>) -> Answering {
        conn.busy.fetch_add(1, Ordering::AcqRel);
        Answering(conn.clone())
    }
}

impl Drop for Answering {
    fn drop(&mut self) {
        let c = &self.0;
        c.idle_since_ms
            .store(c.millis(Instant::now()), Ordering::Release);
        c.answered.fetch_add(1, Ordering::AcqRel);
        c.busy.fetch_sub(1, Ordering::AcqRel);
        c.reader.wake();
    }
}

fn timed_out(what: &str) -> io::Error {
    io::Error::new(io::ErrorKind::TimedOut, what.to_string())
}

/// The socket of a connection, with the head, idle and send deadlines (see the module).
struct Watched<S = TcpStream> {
    io: S,
    conn: Arc<Conn>,
    limits: ConnLimits,
    /// The first byte of the head being read: (answers finished when it came, when).
    first_byte: Option<(u64, Instant)>,
    timer: Timer,
    /// When bytes last went out.
    last_sent: Instant,
    /// Since when a write has been waiting for the client to read (`None`: none waits).
    stalled_since: Option<Instant>,
    send_timer: Timer,
}

/// A timer that is only moved earlier when a deadline moves earlier. A deadline that moves
/// later (every answer on a kept-alive connection moves the idle one) leaves the timer where
/// it is; when it fires before the deadline it is set again then. Resetting a tokio timer
/// takes the time driver's lock: once per request, that showed in the server's CPU.
struct Timer {
    sleep: Pin<Box<Sleep>>,
    armed: Instant,
}

impl Timer {
    fn new(at: Instant) -> Timer {
        Timer {
            sleep: Box::pin(tokio::time::sleep_until(at)),
            armed: at,
        }
    }

    /// Ready once `deadline` has passed; until then pending, the task woken by then.
    fn wait(&mut self, cx: &mut Context<'_>, deadline: Instant) -> Poll<()> {
        loop {
            if Instant::now() >= deadline {
                return Poll::Ready(());
            }
            if deadline < self.armed {
                self.sleep.as_mut().reset(deadline);
                self.armed = deadline;
            }
            match self.sleep.as_mut().poll(cx) {
                Poll::Pending => return Poll::Pending,
                // Fired at an earlier deadline: on to this one.
                Poll::Ready(()) => {
                    self.sleep.as_mut().reset(deadline);
                    self.armed = deadline;
                }
            }
        }
    }
}

impl<S> Watched<S> {
    fn new(io: S, conn: Arc<Conn>, limits: ConnLimits) -> Watched<S> {
        let first = conn.opened + limits.header_timeout;
        Watched {
            io,
            last_sent: conn.opened,
            conn,
            limits,
            first_byte: None,
            timer: Timer::new(first),
            stalled_since: None,
            send_timer: Timer::new(first),
        }
    }

    /// When the connection must have sent a whole head, with the reason it closes then.
    fn deadline(&mut self) -> (Instant, &'static str) {
        let answered = self.conn.answered.load(Ordering::Acquire);
        if self.first_byte.is_some_and(|(n, _)| n != answered) {
            self.first_byte = None;
        }
        match (self.first_byte, answered) {
            // The first head counts from the connection's start, its first byte or not: a
            // byte now and then must not stretch it.
            (_, 0) => (
                self.conn.opened + self.limits.header_timeout,
                "no request head in time",
            ),
            (Some((_, at)), _) => (at + self.limits.header_timeout, "request head too slow"),
            (None, _) => {
                let idle = self.conn.idle_since_ms.load(Ordering::Acquire);
                let answered_at = self.conn.opened + Duration::from_millis(idle);
                // An answer may still be going out to a client that reads slowly.
                let since = answered_at.max(self.last_sent);
                (since + self.limits.idle_timeout, "idle connection")
            }
        }
    }

    /// Notes a write's outcome: progress, or a wait for the client to read, which may not last
    /// longer than the idle timeout.
    fn sent<T>(
        &mut self,
        cx: &mut Context<'_>,
        polled: Poll<io::Result<T>>,
    ) -> Poll<io::Result<T>> {
        match polled {
            Poll::Pending => {
                let now = Instant::now();
                let since = *self.stalled_since.get_or_insert(now);
                let deadline = since + self.limits.idle_timeout;
                match self.send_timer.wait(cx, deadline) {
                    Poll::Ready(()) => Poll::Ready(Err(timed_out("the client stopped reading"))),
                    Poll::Pending => Poll::Pending,
                }
            }
            done => {
                if done.is_ready() {
                    self.stalled_since = None;
                    self.last_sent = Instant::now();
                }
                done
            }
        }
    }
}

impl<S: AsyncRead + Unpin> AsyncRead for Watched<S> {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let before = buf.filled().len();
        let this = &mut *self;
        match Pin::new(&mut this.io).poll_read(cx, buf) {
            Poll::Ready(Ok(())) => {
                let answering = this.conn.busy.load(Ordering::Acquire) > 0;
                if buf.filled().len() > before && !answering {
                    let answered = this.conn.answered.load(Ordering::Acquire);
                    if this.first_byte.is_none_or(|(n, _)| n != answered) {
                        this.first_byte = Some((answered, Instant::now()));
                    }
                }
                Poll::Ready(Ok(()))
            }
            Poll::Pending => {
                // Registered before `busy` is read: an answer that finishes in between wakes
                // this task, which then starts the idle deadline.
                this.conn.reader.register(cx.waker());
                if this.conn.busy.load(Ordering::Acquire) > 0 {
                    return Poll::Pending;
                }
                let (deadline, why) = this.deadline();
                match this.timer.wait(cx, deadline) {
                    Poll::Ready(()) => Poll::Ready(Err(timed_out(why))),
                    Poll::Pending => Poll::Pending,
                }
            }
            Poll::Ready(Err(e)) => Poll::Ready(Err(e)),
        }
    }
}

impl<S: AsyncWrite + Unpin> AsyncWrite for Watched<S> {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        let polled = Pin::new(&mut self.io).poll_write(cx, buf);
        self.sent(cx, polled)
    }

    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        let polled = Pin::new(&mut self.io).poll_write_vectored(cx, bufs);
        self.sent(cx, polled)
    }

    fn is_write_vectored(&self) -> bool {
        self.io.is_write_vectored()
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        let polled = Pin::new(&mut self.io).poll_flush(cx);
        self.sent(cx, polled)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.io).poll_shutdown(cx)
    }
}

/// A request body that must arrive within a time: `--body-timeout` for the whole of a small
/// one, whatever the link; a long one (a photo on a slow phone link) may take longer as long
/// as it keeps coming, on average at [`MIN_BODY_RATE`] and never pausing for longer than
/// `--body-timeout`. Its timer is made only when the body is first waited for: most requests
/// (every GET) have none to read.
struct TimedBody {
    inner: Incoming,
    /// When it must have arrived (or sent more), from the first time it is read: a form that
    /// waited for its turn (`upload`) has its whole time once it is read.
    until: Option<Instant>,
    timer: Option<Pin<Box<Sleep>>>,
    limit: Duration,
    started: Option<Instant>,
    received: u64,
}

/// The slowest a long body may arrive on average, in bytes a second, once its first
/// `--body-timeout` is spent: 16 KB/s, so a 15 MB photo has about 16 minutes more.
pub const MIN_BODY_RATE: u64 = 16_000;

/// The error a body too slow to arrive ends with (see `http::form` and `http::error`).
#[derive(Debug, thiserror::Error)]
#[error("the request body did not arrive within {} s", .0.as_secs())]
pub struct BodyTimeout(pub Duration);

impl http_body::Body for TimedBody {
    type Data = Bytes;
    type Error = Box<dyn std::error::Error + Send + Sync>;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, Self::Error>>> {
        let started = *self.started.get_or_insert_with(Instant::now);
        let limit = self.limit;
        let until = *self.until.get_or_insert(started + limit);
        match Pin::new(&mut self.inner).poll_frame(cx) {
            Poll::Pending => {
                let timer = self
                    .timer
                    .get_or_insert_with(|| Box::pin(tokio::time::sleep_until(until)));
                match timer.as_mut().poll(cx) {
                    Poll::Ready(()) => Poll::Ready(Some(Err(Box::new(BodyTimeout(self.limit))))),
                    Poll::Pending => Poll::Pending,
                }
            }
            Poll::Ready(Some(Ok(frame))) => {
                if let Some(data) = frame.data_ref() {
                    self.received += data.len() as u64;
                    let earned = Duration::from_micros(self.received * 1_000_000 / MIN_BODY_RATE);
                    let by_rate = started + limit + earned;
                    let no_pause = Instant::now() + limit;
                    self.until = Some(until.max(by_rate.min(no_pause)));
                    self.timer = None;
                }
                Poll::Ready(Some(Ok(frame)))
            }
            Poll::Ready(frame) => Poll::Ready(frame.map(|f| f.map_err(Into::into))),
        }
    }

    fn is_end_stream(&self) -> bool {
        self.inner.is_end_stream()
    }

    fn size_hint(&self) -> SizeHint {
        self.inner.size_hint()
    }
}

/// An answer's body that keeps its request marked as being answered until it is sent.
struct AnswerBody {
    inner: Body,
    _answering: Answering,
}

impl http_body::Body for AnswerBody {
    type Data = Bytes;
    type Error = axum::Error;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, Self::Error>>> {
        Pin::new(&mut self.inner).poll_frame(cx)
    }

    fn is_end_stream(&self) -> bool {
        self.inner.is_end_stream()
    }

    fn size_hint(&self) -> SizeHint {
        self.inner.size_hint()
    }
}

/// Answers one request of a connection through the router.
async fn answer(
    router: Router,
    conn: Arc<Conn>,
    peer: SocketAddr,
    body_timeout: Duration,
    req: hyper::Request<Incoming>,
) -> Result<hyper::Response<AnswerBody>, Infallible> {
    let answering = Answering::start(&conn);
    let mut req = req.map(|inner| {
        Body::new(TimedBody {
            inner,
            until: None,
            timer: None,
            limit: body_timeout,
            started: None,
            received: 0,
        })
    });
    req.extensions_mut().insert(ConnectInfo(peer));
    let res = router.oneshot(req).await.unwrap_or_else(|e| match e {});
    Ok(res.map(|inner| AnswerBody {
        inner,
        _answering: answering,
    }))
}

/// Logs that the connection cap was reached, at most once a minute.
fn log_full(last: &AtomicU64, started: Instant, max: usize) {
    let now = started.elapsed().as_secs();
    let previous = last.load(Ordering::Relaxed);
    if (previous == 0 || now >= previous + 60)
        && last
            .compare_exchange(previous, now.max(1), Ordering::Relaxed, Ordering::Relaxed)
            .is_ok()
    {
        tracing::warn!(
            "{max} connections are open (--max-connections): new ones wait until one closes"
        );
    }
}

/// Serves `router` on `listener` with `limits` until `shutdown` completes, then waits for the
/// connections under way to finish their requests.
pub async fn serve(
    listener: TcpListener,
    router: Router,
    limits: ConnLimits,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> io::Result<()> {
    let slots = Arc::new(Semaphore::new(limits.max_connections.max(1)));
    let graceful = hyper_util::server::graceful::GracefulShutdown::new();
    let started = Instant::now();
    let last_full = AtomicU64::new(0);
    tokio::pin!(shutdown);
    loop {
        if slots.available_permits() == 0 {
            log_full(&last_full, started, limits.max_connections);
        }
        let slot = tokio::select! {
            _ = &mut shutdown => break,
            slot = slots.clone().acquire_owned() => slot.map_err(io::Error::other)?,
        };
        let (stream, peer) = tokio::select! {
            _ = &mut shutdown => break,
            accepted = listener.accept() => match accepted {
                Ok(a) => a,
                Err(e) => {
                    accept_failed(e).await;
                    continue;
                }
            },
        };
        let conn = Conn::new();
        let io = TokioIo::new(Watched::new(stream, conn.clone(), limits));
        let router = router.clone();
        let service = hyper::service::service_fn(move |req| {
            answer(router.clone(), conn.clone(), peer, limits.body_timeout, req)
        });
        let connection = hyper::server::conn::http1::Builder::new()
            .keep_alive(true)
            .serve_connection(io, service);
        let connection = graceful.watch(connection);
        tokio::spawn(async move {
            if let Err(e) = connection.await {
                tracing::debug!("connection from {peer}: {e}");
            }
            drop(slot);
        });
    }
    drop(listener);
    graceful.shutdown().await;
    Ok(())
}

/// A failed accept: a connection that went away before we took it is nothing; anything else
/// (out of file descriptors) is logged and waited out a little, so the loop does not spin.
async fn accept_failed(e: io::Error) {
    use io::ErrorKind as K;
    if matches!(
        e.kind(),
        K::ConnectionAborted | K::ConnectionReset | K::ConnectionRefused
    ) {
        return;
    }
    tracing::error!("accepting a connection: {e}");
    tokio::time::sleep(Duration::from_millis(200)).await;
}

/// Raises the open-file limit to its hard limit (each connection is a file), and answers the
/// limit now in force.
pub fn raise_open_files() -> Option<u64> {
    match rlimit::increase_nofile_limit(u64::MAX) {
        Ok(n) => Some(n),
        Err(e) => {
            tracing::warn!("cannot raise the open-file limit: {e}");
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tokio::io::{AsyncReadExt, AsyncWriteExt, DuplexStream};

    const SECOND: Duration = Duration::from_secs(1);

    fn limits() -> ConnLimits {
        ConnLimits {
            max_connections: 8,
            header_timeout: 10 * SECOND,
            idle_timeout: 60 * SECOND,
            body_timeout: 30 * SECOND,
        }
    }

    /// A watched server side and the client's end of an in-memory connection whose buffer
    /// holds 64 bytes (a client that does not read soon stalls the server's writes).
    fn pair() -> (Watched<DuplexStream>, DuplexStream, Arc<Conn>) {
        let (server, client) = tokio::io::duplex(64);
        let conn = Conn::new();
        (Watched::new(server, conn.clone(), limits()), client, conn)
    }

    fn timed_out_err(e: &io::Error) -> bool {
        e.kind() == io::ErrorKind::TimedOut
    }

    #[tokio::test(start_paused = true)]
    async fn the_first_head_counts_from_the_start_however_its_bytes_trickle_in() {
        let (mut server, mut client, _) = pair();
        let reading = tokio::spawn(async move {
            let mut buf = [0u8; 16];
            loop {
                if let Err(e) = server.read(&mut buf).await {
                    return (Instant::now(), e);
                }
            }
        });
        let started = Instant::now();
        // Silent for 6 s, then a byte every 3 s: counted from its first byte, the head would
        // have till 16 s; from its last, for ever.
        tokio::time::sleep(6 * SECOND).await;
        for _ in 0..5 {
            let _ = client.write_all(b"G").await;
            tokio::time::sleep(3 * SECOND).await;
        }
        let (at, e) = reading.await.unwrap();
        assert!(timed_out_err(&e), "{e}");
        assert_eq!(
            at - started,
            10 * SECOND,
            "the header timeout, from the start"
        );
    }

    #[tokio::test(start_paused = true)]
    async fn a_kept_alive_connection_closes_after_the_idle_timeout_counted_from_its_last_answer() {
        let (mut server, _client, conn) = pair();
        let answering = Answering::start(&conn);
        tokio::time::sleep(30 * SECOND).await;
        // No read deadline runs while an answer is made, however long.
        drop(answering);
        let answered = Instant::now();
        let mut buf = [0u8; 16];
        let e = server.read(&mut buf).await.unwrap_err();
        assert!(timed_out_err(&e), "{e}");
        assert_eq!(Instant::now() - answered, 60 * SECOND);
    }

    #[tokio::test(start_paused = true)]
    async fn a_client_that_stops_reading_is_cut_off_and_a_slow_one_is_not() {
        // Slow: 16 bytes every 50 s, always within the idle timeout of the last progress.
        let (mut server, mut client, _) = pair();
        let slow = tokio::spawn(async move {
            let mut got = Vec::new();
            let mut buf = [0u8; 16];
            while got.len() < 1000 {
                tokio::time::sleep(50 * SECOND).await;
                let n = client.read(&mut buf).await.unwrap();
                got.extend_from_slice(&buf[..n]);
            }
            got.len()
        });
        server.write_all(&[b'x'; 1000]).await.unwrap();
        server.flush().await.unwrap();
        assert_eq!(slow.await.unwrap(), 1000);

        // Stopped: the write waits for the idle timeout, then gives up.
        let (mut server, _client, _) = pair();
        let started = Instant::now();
        let e = server.write_all(&[b'x'; 1000]).await.unwrap_err();
        assert!(timed_out_err(&e), "{e}");
        assert_eq!(Instant::now() - started, 60 * SECOND);
    }
}
