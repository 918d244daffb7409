//! A fixture that is not valid gets an error naming the record, and nothing of it is written:
//! the data file keeps its bytes (DOMAIN.md "Import").

use std::path::Path;

use serde_json::Value;

use crate::helpers::{generate, import_ok, importing_path, Server};

/// The fixture's lines (one record per line, as the generator writes them).
fn lines(text: &str) -> Vec<String> {
    text.lines().map(str::to_string).collect()
}

/// The record on a fixture line, and its model and pk.
fn record(line: &str) -> (Value, String, u64) {
    let v: Value = serde_json::from_str(line.trim_end_matches(',')).unwrap();
    let model = v["model"].as_str().unwrap().to_string();
    let pk = v["pk"].as_u64().unwrap();
    (v, model, pk)
}

/// The index of the `nth` line holding a record of `model`.
fn nth_line(lines: &[String], model: &str, nth: usize) -> usize {
    let tag = format!("{{\"model\": \"{model}\",");
    lines
        .iter()
        .enumerate()
        .filter(|(_, l)| l.starts_with(&tag))
        .nth(nth)
        .unwrap_or_else(|| panic!("no {model} record number {nth}"))
        .0
}

/// Replaces the value of `"field": VALUE` in a record line by `value` (a JSON literal). Only
/// for values without `,` or `}` in them (numbers, words).
fn set_field(line: &str, field: &str, value: &str) -> String {
    let key = format!("\"{field}\": ");
    let start = line
        .find(&key)
        .unwrap_or_else(|| panic!("no {field} in {line}"))
        + key.len();
    let len = line[start..].find([',', '}']).unwrap();
    format!("{}{value}{}", &line[..start], &line[start + len..])
}

fn join(lines: &[String]) -> String {
    let mut s = lines.join("\n");
    s.push('\n');
    s
}

struct Variant {
    name: &'static str,
    text: String,
    /// What the error message must contain.
    names: Vec<String>,
}

fn variants(text: &str) -> Vec<Variant> {
    let original = lines(text);
    let mut out = Vec::new();

    // (a) A loan whose item references a missing pk.
    let mut l = original.clone();
    let i = nth_line(&l, "loans.loan", 3);
    let (_, _, pk) = record(&l[i]);
    let items = text.matches("{\"model\": \"items.item\",").count();
    let missing = items as u64 + 1000;
    l[i] = set_field(&l[i], "item", &missing.to_string());
    out.push(Variant {
        name: "loan of a missing item",
        text: join(&l),
        names: vec![
            format!("loans.loan pk {pk}"),
            "item".into(),
            missing.to_string(),
        ],
    });

    // (b) A duplicate group slug: the second group takes the first one's slug.
    let mut l = original.clone();
    let first = nth_line(&l, "groups.group", 0);
    let second = nth_line(&l, "groups.group", 1);
    let slug = record(&l[first]).0["fields"]["slug"]
        .as_str()
        .unwrap()
        .to_string();
    let (_, _, pk) = record(&l[second]);
    l[second] = set_field(&l[second], "slug", &format!("\"{slug}\""));
    out.push(Variant {
        name: "duplicate group slug",
        text: join(&l),
        names: vec![format!("groups.group pk {pk}"), "slug".into()],
    });

    // (c) Truncated JSON: cut in the middle of the record line at the middle of the file.
    let mut cut = text.len() / 2;
    let line_start = text[..cut].rfind('\n').unwrap() + 1;
    let line_len = text[line_start..].find('\n').unwrap();
    cut = line_start + line_len / 2;
    while !text.is_char_boundary(cut) {
        cut += 1;
    }
    let line_no = text[..line_start].matches('\n').count() + 1;
    let (_, model, pk) = record(&text[line_start..line_start + line_len]);
    out.push(Variant {
        name: "truncated JSON",
        text: text[..cut].to_string(),
        names: vec![format!("{model} pk {pk}"), format!("line {line_no}")],
    });

    // (d) A rating of 6.
    let mut l = original.clone();
    let i = nth_line(&l, "loans.loanreview", 2);
    let (_, _, pk) = record(&l[i]);
    l[i] = set_field(&l[i], "rating", "6");
    out.push(Variant {
        name: "rating of 6",
        text: join(&l),
        names: vec![format!("loans.loanreview pk {pk}"), "rating".into()],
    });

    // (e) An unknown loan status.
    let mut l = original.clone();
    let i = nth_line(&l, "loans.loan", 5);
    let (_, _, pk) = record(&l[i]);
    l[i] = set_field(&l[i], "status", "\"lost\"");
    out.push(Variant {
        name: "unknown loan status",
        text: join(&l),
        names: vec![
            format!("loans.loan pk {pk}"),
            "status".into(),
            "lost".into(),
        ],
    });

    // (f) A review whose reviewer is neither the lender nor the borrower of its loan.
    let mut l = original.clone();
    let i = nth_line(&l, "loans.loanreview", 1);
    let (review, _, pk) = record(&l[i]);
    let loan_pk = review["fields"]["loan"].as_u64().unwrap();
    let loan_line = l
        .iter()
        .find(|x| x.starts_with(&format!("{{\"model\": \"loans.loan\", \"pk\": {loan_pk},")))
        .unwrap();
    let (loan, _, _) = record(loan_line);
    let parties = [
        loan["fields"]["lender"].as_u64().unwrap(),
        loan["fields"]["borrower"].as_u64().unwrap(),
    ];
    let stranger = (1..).find(|u| !parties.contains(u)).unwrap();
    l[i] = set_field(&l[i], "reviewer", &stranger.to_string());
    out.push(Variant {
        name: "review by a stranger to the loan",
        text: join(&l),
        names: vec![
            format!("loans.loanreview pk {pk}"),
            "lender and borrower".into(),
        ],
    });

    // (g) An extension asked for, with no number of days.
    let mut l = original.clone();
    let i = nth_line(&l, "loans.loan", 7);
    let (_, _, pk) = record(&l[i]);
    l[i] = l[i].replacen(
        "\"fields\": {",
        "\"fields\": {\"extension_requested\": true, \"extension_days\": null, ",
        1,
    );
    out.push(Variant {
        name: "extension without days",
        text: join(&l),
        names: vec![format!("loans.loan pk {pk}"), "extension_days".into()],
    });
    out
}

#[test]
fn a_broken_fixture_leaves_the_data_file_byte_for_byte_unchanged() {
    let fixture = generate(60, 3);
    let text = std::fs::read_to_string(&fixture).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("community.redb");
    let report = import_ok(&data, &fixture);
    assert_eq!(report.rebuild.users, 60);
    let before = std::fs::read(&data).unwrap();

    // Every variant differs from the valid fixture in one place only, so the valid one must
    // import: check that first (a variant that broke more would prove nothing).
    let valid = dir.path().join("valid.json");
    std::fs::write(&valid, join(&lines(&text))).unwrap();
    let scratch = dir.path().join("scratch.redb");
    import_ok(&scratch, &valid);

    let mut failures = Vec::new();
    for v in variants(&text) {
        let path = dir.path().join("broken.json");
        std::fs::write(&path, &v.text).unwrap();
        match comuniza::cli::import::import(&data, &path, true, false) {
            Ok(r) => failures.push(format!("{}: imported ({} users)", v.name, r.rebuild.users)),
            Err(e) => {
                let msg = e.to_string();
                eprintln!("{}: {msg}", v.name);
                for part in &v.names {
                    if !msg.contains(part.as_str()) {
                        failures.push(format!(
                            "{}: the error does not name {part:?}: {msg}",
                            v.name
                        ));
                    }
                }
            }
        }
        if std::fs::read(&data).unwrap() != before {
            failures.push(format!("{}: the data file changed", v.name));
        }
        if importing_path(&data).exists() {
            failures.push(format!(
                "{}: {} is left behind",
                v.name,
                importing_path(&data).display()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));

    // And the community is still there, whole.
    still_whole(&data);
}

fn still_whole(data: &Path) {
    let server = Server::start(data);
    server.assert_verified();
    let boards = server.json("/api/leaderboards");
    assert_eq!(boards["boards"]["overall"].as_array().unwrap().len(), 20);
}
