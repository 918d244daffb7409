//! A contested loan under SIGKILL: two members drive requests, approvals, hand-overs and
//! extensions through the token API while the server is killed at random moments. After each
//! restart every loan is exactly at its last acknowledged step or the one after it (a step
//! can be durable before its answer arrives), the queue holds exactly the waiting requests,
//! and `verify` is clean.

use serde_json::json;

use super::*;

const BORROWER_TOKEN: &str = "crash-test-borrower-0123456789abc";

/// Each round's loan goes through these steps, by the lender (`true`) or the borrower.
const STEPS: [(&str, bool); 6] = [
    ("request", false),
    ("approve", true),
    ("hand_over", true),
    ("extension", false),
    ("extension/accept", true),
    ("borrower_return", false),
];

/// What the data file shows of a loan after `steps` of `STEPS`: its status and extension.
fn state_after(steps: usize) -> (&'static str, Option<&'static str>) {
    match steps {
        0 | 1 => ("requested", None),
        2 => ("approved", None),
        3 => ("active", None),
        4 => ("active", Some("pending")),
        5 => ("active", Some("accepted")),
        _ => ("borrower_returned", Some("accepted")),
    }
}

/// A second member, the borrower, with a token of their own.
fn prepare_borrower(data: &Path) {
    let engine = Engine::open(data, Capacities::default()).unwrap();
    add_member(&engine.writer, "borrower", BORROWER_TOKEN);
    engine.close();
}

/// Drives loans through `STEPS` until the server goes away: answers, per loan, its item and
/// the number of steps acknowledged (the request counts once the loan id is known).
fn drive(base: &str) -> Vec<(u64, Option<u64>, usize)> {
    let client = reqwest::blocking::Client::builder()
        .timeout(Duration::from_secs(20))
        .build()
        .unwrap();
    let mut done = Vec::new();
    let post = |path: String, token: &str, body: serde_json::Value| {
        let answer = client
            .post(path)
            .bearer_auth(token)
            .json(&body)
            .send()
            .ok()?;
        let ok = answer.status().is_success();
        let v = answer.json::<serde_json::Value>().ok()?;
        assert!(ok, "refused: {v}");
        Some(v)
    };
    loop {
        let shared = json!({"title": "Ladder", "condition": "good", "max_loan_days": 7, "visibility": "public"});
        let Some(item) = post(format!("{base}/api/items"), TOKEN, shared) else {
            return done;
        };
        let item = item["id"].as_u64().expect("an id");
        let mut loan = None;
        let mut acked = 0;
        for (step, by_lender) in STEPS {
            let token = if by_lender { TOKEN } else { BORROWER_TOKEN };
            let (path, body) = match (step, loan) {
                ("request", _) => (format!("{base}/api/items/{item}/request"), json!({})),
                ("extension", Some(l)) => (
                    format!("{base}/api/loans/{l}/extension"),
                    json!({"days": 2, "reason": "one more weekend"}),
                ),
                (_, Some(l)) => (format!("{base}/api/loans/{l}/{step}"), json!({})),
                (_, None) => unreachable!("the request comes first"),
            };
            let Some(v) = post(path, token, body) else {
                // The server is gone: this loan stops here.
                done.push((item, loan, acked));
                return done;
            };
            if step == "request" {
                loan = v["loan"].as_u64();
            }
            acked += 1;
        }
        done.push((item, loan, acked));
    }
}

#[test]
fn acknowledged_loan_steps_and_extensions_survive_sigkill() {
    let rounds = env_u64("COMUNIZA_CRASH_ROUNDS").unwrap_or(20) / 2;
    let seed = env_u64("COMUNIZA_CRASH_SEED").unwrap_or(7);
    let mut rng = Rng(seed | 1);
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("loans.redb");
    prepare(&data);
    prepare_borrower(&data);
    let mut loans = Vec::new();
    for _ in 0..rounds.max(3) {
        let mut server = start(&data);
        let base = server.base.clone();
        let driver = std::thread::spawn(move || drive(&base));
        std::thread::sleep(Duration::from_millis(20 + rng.below(180)));
        server.child.kill().unwrap();
        server.child.wait().unwrap();
        loans.extend(driver.join().expect("the driver"));
    }
    // Opened once more by the server (which recovers a killed file), then stopped cleanly.
    let status = terminate(start(&data));
    assert!(status.success(), "{status}");
    let read = read_only(&data);
    let mut checked = 0;
    for &(item, loan, acked) in &loans {
        let Some(loan) = loan else {
            // The request's answer never came: at most one loan, still waiting, was made.
            let made = read.loans_of_item(ItemId(item)).unwrap();
            assert!(made.len() <= 1, "item {item}: {made:?}");
            continue;
        };
        let id = comuniza::domain::records::LoanId(loan);
        let stored = read
            .loan(id)
            .unwrap()
            .expect("an acknowledged loan is there");
        let extension = read.extension(id).unwrap().map(|e| e.state.as_str());
        let now = (stored.status.as_str(), extension);
        assert!(
            now == state_after(acked) || now == state_after(acked + 1),
            "loan {loan}: {acked} steps acknowledged, stored {now:?}"
        );
        let queued = read.queue_of(ItemId(item)).unwrap();
        assert_eq!(
            queued.len(),
            usize::from(now.0 == "requested"),
            "loan {loan}"
        );
        checked += 1;
    }
    drop(read);
    assert!(checked >= 3, "only {checked} loans were acknowledged");
    assert_verified(&data);
    println!("{checked} loans checked after {} kills", rounds.max(3));
}
