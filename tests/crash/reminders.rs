//! Reminders from the real binary's own scheduler, mailed through a real SMTP server: a loan
//! due in two days reminds its borrower once; a SIGKILL and a restart send it again to no one.

use super::*;
use crate::smtp::Smtp;
use comuniza::domain::loan::LoanAction;
use comuniza::store::commands::{CreateItem, LoanStep, RequestLoan, SetTimeZone};

/// A zone whose clock shows daytime (9:00 to 20:00) now, on the same date as UTC, so that
/// the day counts agree.
fn daytime_zone() -> &'static str {
    let hour = (comuniza::domain::time::now() / 3_600_000 % 24) as i64;
    let offset = match hour {
        9..=19 => 0,
        h if h < 9 => 10 - h,
        h => 19 - h,
    };
    match offset {
        0 => "Atlantic/Reykjavik",
        2 => "Africa/Johannesburg",
        3 => "Europe/Moscow",
        4 => "Asia/Dubai",
        5 => "Asia/Karachi",
        6 => "Asia/Dhaka",
        7 => "Asia/Bangkok",
        8 => "Asia/Singapore",
        9 => "Asia/Tokyo",
        10 => "Australia/Brisbane",
        -1 => "Atlantic/Cape_Verde",
        -2 => "America/Noronha",
        -3 => "America/Sao_Paulo",
        -4 => "America/La_Paz",
        other => unreachable!("offset {other}"),
    }
}

#[test]
fn a_due_date_reminder_is_mailed_once_across_a_sigkill() {
    let smtp = Smtp::start();
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("reminders.redb");
    let borrower = {
        let engine = Engine::open(&data, Capacities::default()).unwrap();
        let w = &engine.writer;
        let lender = add_member(w, "lender", TOKEN);
        let borrower = add_member(w, "borrower", "crash-reminder-borrower-012345678");
        let fields = public_item("Ladder".into(), 2, Vec::new());
        let item = ItemId(
            w.run_blocking(Actor::User(lender), CreateItem(fields))
                .unwrap(),
        );
        let loan = comuniza::domain::records::LoanId(
            w.run_blocking(
                Actor::User(borrower),
                RequestLoan {
                    item,
                    group: None,
                    message: String::new(),
                },
            )
            .unwrap(),
        );
        for action in [LoanAction::Approve, LoanAction::HandOver] {
            w.run_blocking(Actor::User(lender), LoanStep { loan, action })
                .unwrap();
        }
        let zone = Some(daytime_zone().to_string());
        w.run_blocking(Actor::User(borrower), SetTimeZone { zone })
            .unwrap();
        engine.close();
        borrower
    };
    let url = smtp.url();
    let flags = [
        "--smtp-url",
        url.as_str(),
        "--mail-from",
        "lend@example.org",
        "--reminders-after",
        "0",
    ];
    let quiet = || std::process::Stdio::null();
    let mut server = start_with(&data, &flags, "warn", quiet());
    let got = smtp.wait_for(1, Duration::from_secs(20));
    assert_eq!(got.len(), 1, "the reminder is mailed");
    assert_eq!(got[0].to, ["<borrower@example.org>"]);
    let subject = got[0].text("Subject").unwrap();
    assert!(subject.contains("“Ladder” is due back on"), "{subject}");
    // The server records the mail as sent right after the mail server accepts it; a kill in
    // between would send it again (the one window SMTP leaves, README "E-mail"). This test is
    // about the reminder, so it waits for that record before the kill.
    std::thread::sleep(Duration::from_secs(1));
    server.child.kill().unwrap();
    server.child.wait().unwrap();

    // Started again (its scheduler looks at once): nothing new to send.
    let server = start_with(&data, &flags, "warn", quiet());
    std::thread::sleep(Duration::from_millis(1500));
    assert!(terminate(server).success());
    assert_eq!(smtp.received().len(), 1, "sent once");
    let read = read_only(&data);
    let (notices, _) = read.notices_of(borrower, 0, 10).unwrap();
    let due_soon: Vec<_> = notices
        .iter()
        .filter(|(_, n)| n.kind() == comuniza::domain::notice::Kind::LoanDueSoon)
        .collect();
    assert_eq!(due_soon.len(), 1);
    drop(read);
    assert_verified(&data);
}
