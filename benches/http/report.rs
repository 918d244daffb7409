//! The bench's results: a table on stdout, a CSV and an SVG bar chart under
//! `target/bench-results/` (throughput per endpoint; cost against community size when several
//! sizes ran).

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// One measured line.
#[derive(Debug, Clone)]
pub(crate) struct Row {
    pub(crate) users: u64,
    pub(crate) name: String,
    pub(crate) per_second: f64,
    pub(crate) p50_ms: f64,
    pub(crate) p99_ms: f64,
    /// Requests/s relative to the fixed-bytes baseline of the same run.
    pub(crate) ratio: f64,
    pub(crate) failures: u64,
    /// The server's CPU time per request of the row, in microseconds (0 where not measured).
    pub(crate) server_us: f64,
}

pub(crate) fn results_dir() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/bench-results");
    std::fs::create_dir_all(&dir).expect("the results directory can be created");
    dir
}

pub(crate) fn print_header() {
    println!(
        "{:>9}  {:<38} {:>10} {:>8} {:>8} {:>7} {:>6} {:>8}",
        "users", "endpoint", "req/s", "p50 ms", "p99 ms", "ratio", "fail", "srv us"
    );
}

pub(crate) fn print_row(r: &Row) {
    println!(
        "{:>9}  {:<38} {:>10.0} {:>8.2} {:>8.2} {:>7.2} {:>6} {:>8.1}",
        r.users, r.name, r.per_second, r.p50_ms, r.p99_ms, r.ratio, r.failures, r.server_us
    );
}

pub(crate) fn write_csv(rows: &[Row], path: &Path) {
    let mut out = String::from(
        "users,endpoint,requests_per_second,p50_ms,p99_ms,ratio_to_baseline,failures,server_cpu_us_per_request\n",
    );
    for r in rows {
        let _ = writeln!(
            out,
            "{},\"{}\",{:.0},{:.3},{:.3},{:.3},{},{:.1}",
            r.users,
            r.name.replace('"', "\"\""),
            r.per_second,
            r.p50_ms,
            r.p99_ms,
            r.ratio,
            r.failures,
            r.server_us
        );
    }
    std::fs::write(path, out).expect("the CSV can be written");
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// Horizontal bars of requests/s per endpoint, one colour per community size.
pub(crate) fn write_svg(rows: &[Row], path: &Path) {
    let mut sizes: Vec<u64> = rows.iter().map(|r| r.users).collect();
    sizes.dedup();
    sizes.sort_unstable();
    sizes.dedup();
    let mut names: Vec<&str> = Vec::new();
    for r in rows {
        if !names.contains(&r.name.as_str()) {
            names.push(&r.name);
        }
    }
    let colours = ["#a8201a", "#1a5fb4", "#26a269", "#c64600"];
    let max = rows.iter().map(|r| r.per_second).fold(1.0, f64::max);
    let (label_w, bar_w, bar_h) = (300.0, 560.0, 14.0);
    let group_h = bar_h * sizes.len() as f64 + 10.0;
    let height = 50.0 + group_h * names.len() as f64 + 20.0 * sizes.len() as f64;
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{}\" height=\"{height}\" font-family=\"sans-serif\" font-size=\"12\">\n\
         <text x=\"10\" y=\"20\" font-size=\"15\" font-weight=\"bold\">Requests per second by endpoint (concurrency 64)</text>\n",
        label_w + bar_w + 90.0
    );
    for (i, name) in names.iter().enumerate() {
        let y0 = 40.0 + group_h * i as f64;
        let _ = writeln!(
            svg,
            "<text x=\"{}\" y=\"{:.1}\" text-anchor=\"end\">{}</text>",
            label_w - 8.0,
            y0 + bar_h,
            escape(name)
        );
        for (j, users) in sizes.iter().enumerate() {
            if let Some(r) = rows.iter().find(|r| r.users == *users && r.name == *name) {
                let w = bar_w * r.per_second / max;
                let y = y0 + bar_h * j as f64;
                let _ = writeln!(
                    svg,
                    "<rect x=\"{label_w}\" y=\"{y:.1}\" width=\"{w:.1}\" height=\"{:.1}\" fill=\"{}\"/><text x=\"{:.1}\" y=\"{:.1}\">{:.0}</text>",
                    bar_h - 2.0,
                    colours[j % colours.len()],
                    label_w + w + 4.0,
                    y + bar_h - 3.0,
                    r.per_second
                );
            }
        }
    }
    let legend_y = 40.0 + group_h * names.len() as f64 + 10.0;
    for (j, users) in sizes.iter().enumerate() {
        let y = legend_y + 18.0 * j as f64;
        let _ = writeln!(
            svg,
            "<rect x=\"{label_w}\" y=\"{y:.1}\" width=\"12\" height=\"12\" fill=\"{}\"/><text x=\"{:.1}\" y=\"{:.1}\">{users} users</text>",
            colours[j % colours.len()],
            label_w + 18.0,
            y + 11.0
        );
    }
    svg.push_str("</svg>\n");
    std::fs::write(path, svg).expect("the SVG can be written");
}

/// Rows read back from a CSV this bench wrote (for drawing the chart of merged runs).
pub(crate) fn read_csv(path: &Path) -> Vec<Row> {
    let text = std::fs::read_to_string(path).expect("the CSV can be read");
    text.lines()
        .skip(1)
        .filter_map(|line| {
            // The endpoint may be quoted (it can hold a comma); the other fields are numbers.
            let (users, rest) = line.split_once(',')?;
            let (name, numbers) = match rest.strip_prefix('"') {
                Some(q) => {
                    let end = q.find("\",")?;
                    (q[..end].replace("\"\"", "\""), &q[end + 2..])
                }
                None => {
                    let (n, tail) = rest.split_once(',')?;
                    (n.to_string(), tail)
                }
            };
            let f: Vec<f64> = numbers.split(',').filter_map(|v| v.parse().ok()).collect();
            // Older CSVs have no server CPU column.
            (f.len() == 5 || f.len() == 6).then(|| Row {
                users: users.parse().unwrap_or(0),
                name,
                per_second: f[0],
                p50_ms: f[1],
                p99_ms: f[2],
                ratio: f[3],
                failures: f[4] as u64,
                server_us: f.get(5).copied().unwrap_or(0.0),
            })
        })
        .collect()
}
