//! Lock-free histograms and the Prometheus text format, shared by the writer (commit latency,
//! batch sizes) and the HTTP layer (request latency). Recording is a few relaxed atomic adds,
//! so it can sit on every request.

use std::fmt::Write as _;
use std::sync::atomic::{AtomicU64, Ordering};

/// Upper bounds of latency buckets, in seconds.
pub const LATENCY_BOUNDS: &[f64] = &[
    0.000_1, 0.000_25, 0.000_5, 0.001, 0.002_5, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1.0,
];

/// Upper bounds of batch-size buckets, in commands per commit.
pub const BATCH_BOUNDS: &[f64] = &[1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 64.0, 128.0, 256.0, 1024.0];

/// A histogram with fixed bucket bounds. Values are kept as integers of `1 / scale` units
/// (microseconds for latencies), so the sum needs no floating-point atomics.
#[derive(Debug)]
pub struct Histogram {
    bounds: &'static [f64],
    scale: f64,
    /// Non-cumulative counts per bucket; the last one is `+Inf`.
    buckets: Box<[AtomicU64]>,
    sum: AtomicU64,
    count: AtomicU64,
}

impl Histogram {
    /// `scale`: recorded units per rendered unit (1e6 for seconds recorded in microseconds).
    pub fn new(bounds: &'static [f64], scale: f64) -> Histogram {
        Histogram {
            bounds,
            scale,
            buckets: (0..=bounds.len()).map(|_| AtomicU64::new(0)).collect(),
            sum: AtomicU64::new(0),
            count: AtomicU64::new(0),
        }
    }

    pub fn latency() -> Histogram {
        Histogram::new(LATENCY_BOUNDS, 1e6)
    }

    /// Records one value, in recorded units (e.g. microseconds).
    pub fn record(&self, value: u64) {
        let v = value as f64 / self.scale;
        let i = self
            .bounds
            .iter()
            .position(|&b| v <= b)
            .unwrap_or(self.bounds.len());
        self.buckets[i].fetch_add(1, Ordering::Relaxed);
        self.sum.fetch_add(value, Ordering::Relaxed);
        self.count.fetch_add(1, Ordering::Relaxed);
    }

    pub fn count(&self) -> u64 {
        self.count.load(Ordering::Relaxed)
    }

    /// The `_bucket`, `_sum` and `_count` lines of `name` with `labels` (`key="value",...` or
    /// empty). Buckets are cumulative, as Prometheus wants them.
    pub fn render(&self, out: &mut String, name: &str, labels: &str) {
        let sep = if labels.is_empty() { "" } else { "," };
        let mut cumulative = 0;
        for (i, bucket) in self.buckets.iter().enumerate() {
            cumulative += bucket.load(Ordering::Relaxed);
            let le = self
                .bounds
                .get(i)
                .map_or_else(|| "+Inf".to_string(), |b| b.to_string());
            let _ = writeln!(
                out,
                "{name}_bucket{{{labels}{sep}le=\"{le}\"}} {cumulative}"
            );
        }
        let braces = if labels.is_empty() {
            String::new()
        } else {
            format!("{{{labels}}}")
        };
        let sum = self.sum.load(Ordering::Relaxed) as f64 / self.scale;
        let _ = writeln!(out, "{name}_sum{braces} {sum}");
        let _ = writeln!(out, "{name}_count{braces} {cumulative}");
    }
}

/// Writes the `# HELP` and `# TYPE` lines of a metric.
pub fn header(out: &mut String, name: &str, kind: &str, help: &str) {
    let _ = writeln!(out, "# HELP {name} {help}");
    let _ = writeln!(out, "# TYPE {name} {kind}");
}

/// A metric with one value and no labels, with its header.
pub fn single(out: &mut String, name: &str, kind: &str, help: &str, value: impl std::fmt::Display) {
    header(out, name, kind, help);
    let _ = writeln!(out, "{name} {value}");
}

/// A label value with `\`, `"` and newlines escaped, as the text format requires.
pub fn label_value(v: &str) -> String {
    v.replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn buckets_are_cumulative_and_count_matches() {
        let h = Histogram::latency();
        for micros in [50, 300, 300, 2_000_000] {
            h.record(micros);
        }
        let mut out = String::new();
        h.render(&mut out, "x_seconds", "route=\"/\"");
        assert!(out.contains("x_seconds_bucket{route=\"/\",le=\"0.0001\"} 1\n"));
        assert!(out.contains("x_seconds_bucket{route=\"/\",le=\"0.0005\"} 3\n"));
        assert!(out.contains("x_seconds_bucket{route=\"/\",le=\"1\"} 3\n"));
        assert!(out.contains("x_seconds_bucket{route=\"/\",le=\"+Inf\"} 4\n"));
        assert!(out.contains("x_seconds_sum{route=\"/\"} 2.00065\n"));
        assert!(out.contains("x_seconds_count{route=\"/\"} 4\n"));
        assert_eq!(h.count(), 4);
    }

    #[test]
    fn label_values_are_escaped() {
        assert_eq!(label_value("a\"b\\c\nd"), "a\\\"b\\\\c\\nd");
    }
}
