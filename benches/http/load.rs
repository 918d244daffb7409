//! The load generator: keep-alive HTTP/1.1 clients over plain TCP, each sending one request at
//! a time for a fixed duration, recording every latency. Written here (no external tool) so the
//! bench runs anywhere `cargo bench` does; the responses it reads are the server's own
//! (always `Content-Length`, never chunked).

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// One request to send: method, path, extra headers, body.
#[derive(Clone, Debug)]
pub(crate) struct Request {
    pub(crate) method: &'static str,
    pub(crate) path: String,
    pub(crate) headers: String,
    pub(crate) body: String,
}

impl Request {
    pub(crate) fn get(path: impl Into<String>, headers: &str) -> Request {
        Request {
            method: "GET",
            path: path.into(),
            headers: headers.to_string(),
            body: String::new(),
        }
    }

    fn bytes(&self, host: &str) -> Vec<u8> {
        format!(
            "{} {} HTTP/1.1\r\nHost: {host}\r\nAccept-Encoding: identity\r\n{}Content-Length: {}\r\n\r\n{}",
            self.method,
            self.path,
            self.headers,
            self.body.len(),
            self.body
        )
        .into_bytes()
    }
}

/// One keep-alive connection.
pub(crate) struct Conn {
    stream: TcpStream,
    host: String,
    buf: Vec<u8>,
}

/// A response: status, header block and body.
pub(crate) struct Answer {
    pub(crate) status: u16,
    pub(crate) head: String,
    pub(crate) body: Vec<u8>,
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

impl Conn {
    pub(crate) async fn open(addr: &str) -> Conn {
        let stream = TcpStream::connect(addr).await.expect("the server accepts");
        stream.set_nodelay(true).unwrap();
        Conn {
            stream,
            host: addr.to_string(),
            buf: Vec::with_capacity(64 * 1024),
        }
    }

    pub(crate) async fn send(&mut self, req: &Request) -> Answer {
        self.stream
            .write_all(&req.bytes(&self.host))
            .await
            .expect("write");
        self.buf.clear();
        let mut chunk = [0u8; 16 * 1024];
        let head_end = loop {
            if let Some(i) = find(&self.buf, b"\r\n\r\n") {
                break i + 4;
            }
            let n = self.stream.read(&mut chunk).await.expect("read");
            assert!(n > 0, "the server closed the connection");
            self.buf.extend_from_slice(&chunk[..n]);
        };
        let head = std::str::from_utf8(&self.buf[..head_end])
            .expect("ASCII headers")
            .to_string();
        let status: u16 = head[9..12].parse().expect("a status line");
        let length: usize = head
            .lines()
            .find_map(|l| {
                let (k, v) = l.split_once(':')?;
                k.eq_ignore_ascii_case("content-length")
                    .then(|| v.trim().parse().ok())?
            })
            .unwrap_or(0);
        while self.buf.len() < head_end + length {
            let n = self.stream.read(&mut chunk).await.expect("read");
            assert!(n > 0, "the server closed the connection");
            self.buf.extend_from_slice(&chunk[..n]);
        }
        Answer {
            status,
            head,
            body: self.buf[head_end..head_end + length].to_vec(),
        }
    }
}

/// What one timed run measured.
#[derive(Debug, Clone, Default)]
pub(crate) struct Measured {
    pub(crate) requests: u64,
    pub(crate) seconds: f64,
    /// Latencies in microseconds, sorted.
    pub(crate) micros: Vec<u32>,
    pub(crate) failures: u64,
}

impl Measured {
    pub(crate) fn per_second(&self) -> f64 {
        self.requests as f64 / self.seconds
    }

    pub(crate) fn percentile(&self, p: f64) -> f64 {
        if self.micros.is_empty() {
            return 0.0;
        }
        let i = ((self.micros.len() as f64 - 1.0) * p).round() as usize;
        f64::from(self.micros[i]) / 1000.0
    }

    fn merge(&mut self, other: Measured) {
        self.requests += other.requests;
        self.failures += other.failures;
        self.micros.extend(other.micros);
    }
}

/// One step of a client: a read, or one write through the bearer-token API. A client's writes
/// alternate between requesting its item and cancelling that request, so the item is free for
/// its next request and every write step is exactly one write request.
#[derive(Clone, Debug)]
pub(crate) enum Step {
    Get(Request),
    Write { item: u64, token: Arc<str> },
}

fn post(path: String, token: &str, body: &str) -> Request {
    Request {
        method: "POST",
        path,
        headers: format!("Authorization: Bearer {token}\r\nContent-Type: application/json\r\n"),
        body: body.to_string(),
    }
}

fn cancel(loan: u64, token: &str) -> Request {
    post(format!("/api/loans/{loan}/cancel"), token, "")
}

/// The loan id in `{"loan":N,...}`.
fn loan_id(body: &[u8]) -> Option<u64> {
    let text = std::str::from_utf8(body).ok()?;
    let at = text.find("\"loan\":")? + "\"loan\":".len();
    text[at..]
        .split(|c: char| !c.is_ascii_digit())
        .next()?
        .parse()
        .ok()
}

async fn timed(conn: &mut Conn, req: &Request, ok: u16, m: &mut Measured) -> Answer {
    let started = Instant::now();
    let answer = conn.send(req).await;
    m.requests += 1;
    m.micros
        .push(started.elapsed().as_micros().min(u128::from(u32::MAX)) as u32);
    if answer.status != ok {
        m.failures += 1;
    }
    answer
}

/// Runs `connections` clients for `duration`; client `c` takes `next(c, i)` as its `i`-th
/// step. Returns what reads and writes measured.
pub(crate) async fn run(
    addr: &str,
    connections: usize,
    duration: Duration,
    next: Arc<dyn Fn(usize, u64) -> Step + Send + Sync>,
) -> (Measured, Measured) {
    let stop = Arc::new(AtomicBool::new(false));
    let mut tasks = Vec::new();
    for c in 0..connections {
        let (addr, stop, next) = (addr.to_string(), stop.clone(), next.clone());
        tasks.push(tokio::spawn(async move {
            let mut conn = Conn::open(&addr).await;
            let (mut reads, mut writes) = (Measured::default(), Measured::default());
            // The request this client has waiting, to be cancelled by its next write.
            let mut waiting: Option<(u64, Arc<str>)> = None;
            let mut i = 0u64;
            while !stop.load(Ordering::Relaxed) {
                match next(c, i) {
                    Step::Get(req) => {
                        timed(&mut conn, &req, 200, &mut reads).await;
                    }
                    Step::Write { item, token } => match waiting.take() {
                        Some((loan, token)) => {
                            timed(&mut conn, &cancel(loan, &token), 200, &mut writes).await;
                        }
                        None => {
                            let req = post(format!("/api/items/{item}/request"), &token, "{}");
                            let answer = timed(&mut conn, &req, 201, &mut writes).await;
                            waiting = loan_id(&answer.body).map(|loan| (loan, token));
                        }
                    },
                }
                i += 1;
            }
            // Leave the item free for the next run (not measured).
            if let Some((loan, token)) = waiting {
                conn.send(&cancel(loan, &token)).await;
            }
            (reads, writes)
        }));
    }
    let started = Instant::now();
    tokio::time::sleep(duration).await;
    stop.store(true, Ordering::Relaxed);
    let (mut reads, mut writes) = (Measured::default(), Measured::default());
    for t in tasks {
        let (r, w) = t.await.expect("a client");
        reads.merge(r);
        writes.merge(w);
    }
    let seconds = started.elapsed().as_secs_f64();
    for m in [&mut reads, &mut writes] {
        m.seconds = seconds;
        m.micros.sort_unstable();
    }
    (reads, writes)
}
