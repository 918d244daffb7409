//! The real binary under the attacks of an anonymous client: half-sent requests (slowloris),
//! idle and slow connections, oversized bodies, bursts of sign-in guesses, and a flood of
//! sign-ins that each cost an argon2 check. Each test prints what it measured.

use std::io::{Read, Write};
use std::net::TcpStream;

use super::*;

fn addr_of(base: &str) -> String {
    base.trim_start_matches("http://").to_string()
}

/// Waits for the server to close `stream`; answers what it sent before, and how long it took.
fn until_closed(stream: &mut TcpStream, at_most: Duration) -> (String, Duration) {
    stream.set_read_timeout(Some(at_most)).unwrap();
    let started = Instant::now();
    let mut got = Vec::new();
    let mut buf = [0u8; 4096];
    loop {
        match stream.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => got.extend_from_slice(&buf[..n]),
            Err(e) if e.kind() == std::io::ErrorKind::ConnectionReset => break,
            Err(e) => panic!(
                "still open after {:?} ({e}); it sent {:?}",
                started.elapsed(),
                String::from_utf8_lossy(&got)
            ),
        }
    }
    (
        String::from_utf8_lossy(&got).into_owned(),
        started.elapsed(),
    )
}

fn half_request(addr: &str) -> TcpStream {
    let mut s = TcpStream::connect(addr).unwrap();
    s.write_all(b"GET /healthz HTTP/1.1\r\nHost: comuniza\r\nX-Slow: ")
        .unwrap();
    s
}

#[test]
fn half_sent_requests_are_cut_off_and_cannot_lock_others_out() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("slow.redb");
    prepare(&data);
    let log = dir.path().join("server.log");
    let server = start_with(
        &data,
        &["--header-timeout", "1", "--max-connections", "8"],
        "warn",
        std::fs::File::create(&log).unwrap().into(),
    );
    let addr = addr_of(&server.base);

    // One half-sent request: closed after the header timeout, not held forever.
    let mut slow = half_request(&addr);
    let (_, held) = until_closed(&mut slow, Duration::from_secs(30));
    println!("a half-sent request was held {held:?} (--header-timeout 1)");
    assert!(held >= Duration::from_millis(900), "closed early: {held:?}");

    // Eight of them fill every slot; a client that comes next still gets its answer once the
    // server has cut them off.
    let mut attackers: Vec<TcpStream> = (0..8).map(|_| half_request(&addr)).collect();
    std::thread::sleep(Duration::from_millis(100));
    let started = Instant::now();
    let answer = reqwest::blocking::Client::builder()
        .timeout(Duration::from_secs(30))
        .build()
        .unwrap()
        .get(format!("{}/healthz", server.base))
        .send()
        .expect("a new client is answered");
    assert_eq!(answer.status(), 200);
    println!(
        "with every slot held by a half-sent request, a new client waited {:?}",
        started.elapsed()
    );
    for a in &mut attackers {
        until_closed(a, Duration::from_secs(30));
    }
    assert!(terminate(server).success());
    let said = std::fs::read_to_string(&log).unwrap();
    assert!(said.contains("8 connections are open"), "{said}");
}

#[test]
fn idle_connections_close_and_slow_or_oversized_bodies_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("bodies.redb");
    prepare(&data);
    let server = start_with(
        &data,
        &[
            "--idle-timeout",
            "1",
            "--body-timeout",
            "1",
            "--header-timeout",
            "30",
        ],
        "warn",
        std::process::Stdio::inherit(),
    );
    let addr = addr_of(&server.base);

    // Kept alive after an answer, then idle: closed after the idle timeout.
    let mut s = TcpStream::connect(&addr).unwrap();
    s.write_all(b"GET /healthz HTTP/1.1\r\nHost: comuniza\r\n\r\n")
        .unwrap();
    let (said, idle) = until_closed(&mut s, Duration::from_secs(30));
    assert!(said.starts_with("HTTP/1.1 200"), "{said}");
    println!("an idle kept-alive connection closed after {idle:?} (--idle-timeout 1)");
    assert!(
        idle < Duration::from_secs(15),
        "closed by the 30 s header timeout, not the idle one: {idle:?}"
    );

    // A body that never arrives whole: 408 after the body timeout, and the connection closes.
    let mut s = TcpStream::connect(&addr).unwrap();
    s.write_all(
        b"POST /signin HTTP/1.1\r\nHost: comuniza\r\n\
          Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 100\r\n\r\nusername=",
    )
    .unwrap();
    let (said, _) = until_closed(&mut s, Duration::from_secs(30));
    assert!(said.starts_with("HTTP/1.1 408"), "{said}");
    assert!(said.contains("did not arrive within 1 s"), "{said}");

    // The same through the JSON API: 408, said in JSON.
    let mut s = TcpStream::connect(&addr).unwrap();
    let head = format!(
        "POST /api/items HTTP/1.1\r\nHost: comuniza\r\nAuthorization: Bearer {TOKEN}\r\n\
         Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{{\"title\":"
    );
    s.write_all(head.as_bytes()).unwrap();
    let (said, _) = until_closed(&mut s, Duration::from_secs(30));
    assert!(said.starts_with("HTTP/1.1 408"), "{said}");
    assert!(
        said.contains("{\"error\":\"the request body did not arrive within 1 s\"}"),
        "{said}"
    );

    // A photo on a slow link: its body takes three times the body timeout, coming all the
    // while, and is taken; the same body stopping halfway is cut off after the timeout,
    // whatever it has sent so far.
    let item = create_item(&server.base, "Slow photo");
    // About 400 KB: half of it would earn some 12 s at the slowest rate.
    let photo = crate::phone::noisy_jpeg(600, 450, 3);
    let boundary = "cmz-slow-link";
    let mut body = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"image\"; filename=\"slow.jpg\"\r\n\
         Content-Type: image/jpeg\r\n\r\n"
    )
    .into_bytes();
    body.extend_from_slice(&photo);
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    let head = format!(
        "POST /api/items/{item}/images HTTP/1.1\r\nHost: comuniza\r\n\
         Authorization: Bearer {TOKEN}\r\nConnection: close\r\n\
         Content-Type: multipart/form-data; boundary={boundary}\r\nContent-Length: {}\r\n\r\n",
        body.len()
    );
    let mut s = TcpStream::connect(&addr).unwrap();
    s.write_all(head.as_bytes()).unwrap();
    let chunks = body.chunks(body.len().div_ceil(10)).collect::<Vec<_>>();
    for chunk in &chunks {
        s.write_all(chunk).unwrap();
        std::thread::sleep(Duration::from_millis(300));
    }
    let (said, _) = until_closed(&mut s, Duration::from_secs(30));
    assert!(
        said.starts_with("HTTP/1.1 201"),
        "a slow but steady photo: {said}"
    );
    let mut s = TcpStream::connect(&addr).unwrap();
    s.write_all(head.as_bytes()).unwrap();
    s.write_all(&body[..body.len() / 2]).unwrap();
    let started = Instant::now();
    let (said, _) = until_closed(&mut s, Duration::from_secs(30));
    assert!(said.starts_with("HTTP/1.1 408"), "{said}");
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "a stalled body is cut off after the timeout, not after what it sent earned: {:?}",
        started.elapsed()
    );

    // One member sends at most two forms with photos at once: a third is refused while two
    // hang, and their turns come back when the server cuts them off.
    let mut hanging: Vec<TcpStream> = (0..2)
        .map(|_| {
            let mut s = TcpStream::connect(&addr).unwrap();
            s.write_all(head.as_bytes()).unwrap();
            s.write_all(&body[..100]).unwrap();
            s
        })
        .collect();
    std::thread::sleep(Duration::from_millis(200));
    // Another photo (the first is on the item already).
    let other = crate::phone::noisy_jpeg(300, 200, 4);
    let send = |photo: &[u8]| {
        let part = reqwest::blocking::multipart::Part::bytes(photo.to_vec()).file_name("b.jpg");
        reqwest::blocking::Client::new()
            .post(format!("{}/api/items/{item}/images", server.base))
            .bearer_auth(TOKEN)
            .multipart(reqwest::blocking::multipart::Form::new().part("image", part))
            .send()
            .unwrap()
    };
    // Small, so that it is all sent before the refusal comes back unread.
    let third = send(&crate::phone::jpeg(16, 16));
    assert_eq!(third.status(), 429, "a third at once");
    assert!(third.text().unwrap().contains("forms with photos already"));
    for s in &mut hanging {
        let (said, _) = until_closed(s, Duration::from_secs(30));
        assert!(said.starts_with("HTTP/1.1 408"), "{said}");
    }
    let again = send(&other);
    assert_eq!(again.status(), 201, "the turns came back");

    // A body declared too large: 413 at once, without `100 Continue` and without the body.
    for expect in ["Expect: 100-continue\r\n", ""] {
        let mut s = TcpStream::connect(&addr).unwrap();
        let head = format!(
            "POST /api/items HTTP/1.1\r\nHost: comuniza\r\nAuthorization: Bearer {TOKEN}\r\n\
             Content-Type: application/json\r\n{expect}Content-Length: 10000000\r\n\r\n"
        );
        s.write_all(head.as_bytes()).unwrap();
        let (said, _) = until_closed(&mut s, Duration::from_secs(30));
        assert!(said.starts_with("HTTP/1.1 413"), "{expect:?}: {said}");
        assert!(!said.contains("100 Continue"), "{said}");
        assert!(said.contains("too large"), "{said}");
    }

    // The open-file limit was raised to its hard limit.
    let limits = std::fs::read_to_string(format!("/proc/{}/limits", server.child.id())).unwrap();
    let files = limits
        .lines()
        .find(|l| l.starts_with("Max open files"))
        .unwrap()
        .split_whitespace()
        .collect::<Vec<_>>();
    assert_eq!(files[3], files[4], "soft limit at the hard limit: {limits}");
    assert!(terminate(server).success());
}

/// A browser's CSRF cookie and form token, from the sign-in page.
fn csrf(base: &str) -> (String, String) {
    let page = reqwest::blocking::get(format!("{base}/signin")).unwrap();
    let cookie = page
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with("comuniza_csrf="))
        .expect("a CSRF cookie")
        .split(';')
        .next()
        .unwrap()
        .to_string();
    let token = crate::tidying::csrf_of(&page.text().unwrap()).expect("a form token");
    (cookie, token)
}

/// `n` sign-ins sent at once; answers their statuses and whether each 503 said when to retry.
fn sign_ins_at_once(
    base: &str,
    n: usize,
    login: impl Fn(usize) -> (String, Option<String>),
) -> Vec<(u16, bool)> {
    let (cookie, token) = csrf(base);
    let gate = Arc::new(std::sync::Barrier::new(n));
    let threads: Vec<_> = (0..n)
        .map(|i| {
            let (base, cookie, token, gate) = (
                base.to_string(),
                cookie.clone(),
                token.clone(),
                gate.clone(),
            );
            let (username, forwarded) = login(i);
            std::thread::spawn(move || {
                let client = reqwest::blocking::Client::builder()
                    .timeout(Duration::from_secs(60))
                    .redirect(reqwest::redirect::Policy::none())
                    .build()
                    .unwrap();
                let mut req = client
                    .post(format!("{base}/signin"))
                    .header("cookie", cookie)
                    .form(&[
                        ("csrf", token.as_str()),
                        ("username", &username),
                        ("password", "a wrong guess"),
                    ]);
                if let Some(f) = forwarded {
                    req = req.header("x-forwarded-for", f);
                }
                gate.wait();
                let res = req.send().expect("an answer");
                (
                    res.status().as_u16(),
                    res.headers().contains_key("retry-after"),
                )
            })
        })
        .collect();
    threads.into_iter().map(|t| t.join().unwrap()).collect()
}

#[test]
fn guesses_sent_at_once_are_counted_before_any_password_is_checked() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("burst.redb");
    prepare(&data);
    let server = start(&data);
    // 200 guesses at one account, half by its username and half by its email.
    let answers = sign_ins_at_once(&server.base, 200, |i| {
        let login = if i % 2 == 0 {
            "writer"
        } else {
            "WRITER@example.org"
        };
        (login.to_string(), None)
    });
    let checked = answers.iter().filter(|(s, _)| *s == 401).count();
    let refused = answers.iter().filter(|(s, r)| *s == 429 && *r).count();
    println!("200 guesses at once: {checked} checked, {refused} refused");
    assert_eq!(checked, comuniza::auth::limiter::PER_ACCOUNT);
    assert_eq!(checked + refused, 200, "{answers:?}");
    assert!(terminate(server).success());
}

/// The peak resident memory of a process, in MiB.
fn peak_rss_mib(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap();
    let kib: u64 = status
        .lines()
        .find(|l| l.starts_with("VmHWM:"))
        .unwrap()
        .split_whitespace()
        .nth(1)
        .unwrap()
        .parse()
        .unwrap();
    kib / 1024
}

#[test]
fn three_hundred_sign_ins_at_once_keep_memory_bounded_and_health_answering() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("flood.redb");
    prepare(&data);
    // Each sign-in comes through the proxy from its own address, for its own unknown login, so
    // no rate limit stops it: every one of them asks for a password check.
    let server = start_with(
        &data,
        &["--trusted-proxies", "127.0.0.1/32"],
        "warn",
        std::process::Stdio::inherit(),
    );
    let base = server.base.clone();
    let stop = Arc::new(AtomicBool::new(false));
    let health = {
        let (base, stop) = (base.clone(), stop.clone());
        std::thread::spawn(move || {
            let client = reqwest::blocking::Client::builder()
                .timeout(Duration::from_secs(10))
                .build()
                .unwrap();
            let mut slowest = Duration::ZERO;
            let mut answered = 0;
            while !stop.load(Ordering::Relaxed) {
                let started = Instant::now();
                let res = client.get(format!("{base}/healthz")).send();
                assert_eq!(res.expect("/healthz answers").status(), 200);
                slowest = slowest.max(started.elapsed());
                answered += 1;
                std::thread::sleep(Duration::from_millis(50));
            }
            (answered, slowest)
        })
    };
    let answers = sign_ins_at_once(&base, 300, |i| {
        (
            format!("nobody{i}"),
            Some(format!("198.51.{}.{}", i / 200, i % 200 + 1)),
        )
    });
    stop.store(true, Ordering::Relaxed);
    let (answered, slowest) = health.join().unwrap();
    let rss = peak_rss_mib(server.child.id());
    let checked = answers.iter().filter(|(s, _)| *s == 401).count();
    let busy = answers.iter().filter(|(s, r)| *s == 503 && *r).count();
    println!(
        "300 sign-ins at once: {checked} checked, {busy} told to retry; peak RSS {rss} MiB; \
         /healthz answered {answered} times, slowest {slowest:?}"
    );
    assert_eq!(checked + busy, 300, "{answers:?}");
    assert!(checked > 0);
    assert!(answered > 0);
    assert!(rss < 300, "peak RSS {rss} MiB");
    assert!(terminate(server).success());
}
