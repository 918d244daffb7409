//! A small SMTP receiver for tests: a real server on a local port speaking SMTP over TCP
//! (greeting, EHLO, MAIL, RCPT, DATA with dot-unstuffing, RSET, NOOP, QUIT), one thread per
//! connection, keeping every message it accepted. It can answer the next MAIL commands with
//! refusals (`refuse_next`) and hold new connections before the greeting (`hold`), as a
//! stalled server does.

use std::io::{BufRead, BufReader, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// One accepted message.
#[derive(Debug, Clone)]
pub(crate) struct Received {
    pub(crate) from: String,
    pub(crate) to: Vec<String>,
    /// Headers and body as sent (lines joined with `\r\n`).
    pub(crate) data: String,
}

impl Received {
    /// A header's value, unfolded and with its encoded words (RFC 2047, base64 or Q)
    /// decoded.
    pub(crate) fn text(&self, name: &str) -> Option<String> {
        let raw = self.header(name)?;
        let mut out = String::new();
        let mut last_encoded = false;
        for (i, word) in raw.split(' ').enumerate() {
            let decoded = decode_word(word);
            if i > 0 && !(last_encoded && decoded.is_some()) {
                out.push(' ');
            }
            last_encoded = decoded.is_some();
            out.push_str(&decoded.unwrap_or_else(|| word.to_string()));
        }
        Some(out)
    }

    /// A header's value (unfolded), by name, case-insensitively.
    pub(crate) fn header(&self, name: &str) -> Option<String> {
        let head = self.data.split("\r\n\r\n").next()?;
        let mut value: Option<String> = None;
        let mut current = false;
        for line in head.split("\r\n") {
            if line.starts_with([' ', '\t']) {
                if current {
                    if let Some(v) = value.as_mut() {
                        v.push(' ');
                        v.push_str(line.trim());
                    }
                }
                continue;
            }
            if value.is_some() && current {
                return value;
            }
            current = false;
            if let Some((n, v)) = line.split_once(':') {
                if n.eq_ignore_ascii_case(name) {
                    value = Some(v.trim().to_string());
                    current = true;
                }
            }
        }
        value
    }
}

#[derive(Default)]
struct Shared {
    received: Mutex<Vec<Received>>,
    refusals: Mutex<Vec<String>>,
    hold: AtomicBool,
}

pub(crate) struct Smtp {
    pub(crate) addr: SocketAddr,
    shared: Arc<Shared>,
}

impl Smtp {
    pub(crate) fn start() -> Smtp {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        let shared = Arc::new(Shared::default());
        let s = shared.clone();
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let s = s.clone();
                std::thread::spawn(move || {
                    let _ = converse(stream, &s);
                });
            }
        });
        Smtp { addr, shared }
    }

    /// The URL our server is given (no TLS: a local relay).
    pub(crate) fn url(&self) -> String {
        format!("smtp://{}?tls=none", self.addr)
    }

    /// The next MAIL commands are answered with these replies, in turn ("451 4.3.0 busy").
    pub(crate) fn refuse_next(&self, replies: &[&str]) {
        let mut r = self.shared.refusals.lock().unwrap();
        r.extend(replies.iter().map(|s| s.to_string()));
    }

    /// While held, a new connection gets no greeting (the client waits); released, it is
    /// closed without a word, and later ones are served.
    pub(crate) fn hold(&self, on: bool) {
        self.shared.hold.store(on, Ordering::SeqCst);
    }

    pub(crate) fn received(&self) -> Vec<Received> {
        self.shared.received.lock().unwrap().clone()
    }

    /// Waits until `n` messages arrived (at most `within`); answers them all.
    pub(crate) fn wait_for(&self, n: usize, within: Duration) -> Vec<Received> {
        let started = Instant::now();
        loop {
            let got = self.received();
            if got.len() >= n || started.elapsed() > within {
                return got;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

fn converse(stream: TcpStream, s: &Shared) -> std::io::Result<()> {
    if s.hold.load(Ordering::SeqCst) {
        while s.hold.load(Ordering::SeqCst) {
            std::thread::sleep(Duration::from_millis(20));
        }
        return Ok(());
    }
    stream.set_read_timeout(Some(Duration::from_secs(30)))?;
    let mut out = stream.try_clone()?;
    let mut lines = BufReader::new(stream);
    let mut reply = |text: &str| out.write_all(format!("{text}\r\n").as_bytes());
    reply("220 test.local ESMTP ready")?;
    let (mut from, mut to) = (String::new(), Vec::new());
    let mut line = String::new();
    loop {
        line.clear();
        if lines.read_line(&mut line)? == 0 {
            return Ok(());
        }
        let command = line.trim_end().to_string();
        let verb = command
            .split([' ', ':'])
            .next()
            .unwrap_or("")
            .to_ascii_uppercase();
        match verb.as_str() {
            "EHLO" | "HELO" => reply("250-test.local\r\n250-8BITMIME\r\n250 SMTPUTF8")?,
            "MAIL" => {
                let refusal = {
                    let mut r = s.refusals.lock().unwrap();
                    (!r.is_empty()).then(|| r.remove(0))
                };
                match refusal {
                    Some(answer) => reply(&answer)?,
                    None => {
                        from = command["MAIL FROM:".len().min(command.len())..].to_string();
                        to.clear();
                        reply("250 2.1.0 OK")?;
                    }
                }
            }
            "RCPT" => {
                to.push(command["RCPT TO:".len().min(command.len())..].to_string());
                reply("250 2.1.5 OK")?;
            }
            "DATA" => {
                reply("354 end with <CRLF>.<CRLF>")?;
                let mut data = Vec::new();
                loop {
                    line.clear();
                    if lines.read_line(&mut line)? == 0 {
                        return Ok(());
                    }
                    let l = line.trim_end_matches(['\r', '\n']);
                    if l == "." {
                        break;
                    }
                    data.push(l.strip_prefix('.').unwrap_or(l).to_string());
                }
                s.received.lock().unwrap().push(Received {
                    from: from.clone(),
                    to: to.clone(),
                    data: data.join("\r\n"),
                });
                reply("250 2.0.0 queued")?;
            }
            "RSET" | "NOOP" => reply("250 OK")?,
            "QUIT" => {
                reply("221 bye")?;
                return Ok(());
            }
            _ => reply("502 5.5.2 not implemented")?,
        }
    }
}

/// One RFC 2047 encoded word (`=?utf-8?b?...?=` or `=?utf-8?q?...?=`), decoded.
fn decode_word(word: &str) -> Option<String> {
    use base64::Engine as _;
    let inner = word.strip_prefix("=?")?.strip_suffix("?=")?;
    let mut parts = inner.splitn(3, '?');
    let (_charset, encoding, text) = (parts.next()?, parts.next()?, parts.next()?);
    let bytes = match encoding {
        "b" | "B" => base64::engine::general_purpose::STANDARD
            .decode(text)
            .ok()?,
        "q" | "Q" => {
            let mut out = Vec::new();
            let b = text.as_bytes();
            let mut i = 0;
            while i < b.len() {
                match b[i] {
                    b'_' => out.push(b' '),
                    b'=' if i + 2 < b.len() => {
                        out.push(u8::from_str_radix(&text[i + 1..i + 3], 16).ok()?);
                        i += 2;
                    }
                    c => out.push(c),
                }
                i += 1;
            }
            out
        }
        _ => return None,
    };
    String::from_utf8(bytes).ok()
}
