//! `comuniza backup DEST` and the scheduled backups of `serve`.
//!
//! With a server running on the data file, the command asks it over the control socket (see
//! [`super::control`]); otherwise it opens the file read-only itself. Either way the copy is a
//! verified snapshot (`crate::store::backup`).

use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::engine::Engine;
use crate::store::backup::{
    backup, file_name, BackupReport, LastBackup, LastBackupCell, Schedule, PREFIX, SUFFIX,
};

/// `comuniza backup DEST [--force]`.
pub fn command(
    data: &Path,
    dest: &Path,
    force: bool,
) -> Result<BackupReport, Box<dyn std::error::Error>> {
    // The server may run elsewhere: it gets an absolute path.
    let dest = std::env::current_dir()?.join(dest);
    crate::store::backup::check_destination(data, &dest)?;
    if let Some(report) = super::control::ask_backup(data, &dest, force)? {
        return Ok(report);
    }
    // A small page cache: the copy reads every page once, keeping them would only cost memory.
    let db = crate::store::open::open_read_only(data, 32 << 20)?;
    Ok(backup(&db, Some(data), &dest, force)?)
}

/// A duration such as `45s`, `30m`, `6h` or `1d`.
pub fn parse_every(text: &str) -> Result<Duration, String> {
    let text = text.trim();
    let split = text
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(text.len());
    let (number, unit) = text.split_at(split);
    let n: u64 = number
        .parse()
        .map_err(|_| format!("{text:?} is not a duration like 30m, 6h or 1d"))?;
    let seconds = match unit {
        "s" => n,
        "m" => n * 60,
        "h" => n * 3600,
        "d" => n * 86400,
        _ => return Err(format!("{text:?}: the unit is s, m, h or d")),
    };
    if seconds < 60 {
        return Err("backups at most every minute".into());
    }
    Ok(Duration::from_secs(seconds))
}

/// Deletes the oldest scheduled backups beyond `keep` (only files named like ours).
fn prune(dir: &Path, keep: usize) -> std::io::Result<()> {
    let mut ours: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with(PREFIX) && n.ends_with(SUFFIX))
        })
        .collect();
    // The names sort by time.
    ours.sort();
    let excess = ours.len().saturating_sub(keep);
    for old in &ours[..excess] {
        std::fs::remove_file(old)?;
    }
    Ok(())
}

/// Makes one scheduled backup and prunes; never fails the server, only records the outcome.
fn once(engine: &Engine, schedule: &Schedule, last: &LastBackupCell) {
    let at = crate::domain::time::now();
    let dest = schedule.dir.join(file_name(at));
    let result = backup(&*engine.db, Some(&schedule.data), &dest, false).map_err(|e| e.to_string());
    match &result {
        Ok(r) => {
            tracing::info!("scheduled backup {} ({} bytes)", r.path.display(), r.bytes);
            if let Err(e) = prune(&schedule.dir, schedule.keep) {
                tracing::warn!("pruning old backups in {}: {e}", schedule.dir.display());
            }
        }
        Err(e) => tracing::error!("scheduled backup to {} failed: {e}", dest.display()),
    }
    if let Ok(mut cell) = last.lock() {
        *cell = Some(LastBackup { at, result });
    }
}

/// Runs the schedule until the task is dropped: the first backup one period after start.
pub async fn run_schedule(engine: Engine, schedule: Schedule, last: LastBackupCell) {
    let mut ticks = tokio::time::interval(schedule.every);
    ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    ticks.tick().await;
    loop {
        ticks.tick().await;
        let (engine, schedule, last) = (engine.clone(), schedule.clone(), last.clone());
        let _ = tokio::task::spawn_blocking(move || once(&engine, &schedule, &last)).await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_parse_with_units_and_refuse_nonsense() {
        assert_eq!(parse_every("30m"), Ok(Duration::from_secs(1800)));
        assert_eq!(parse_every("6h"), Ok(Duration::from_secs(21600)));
        assert_eq!(parse_every("1d"), Ok(Duration::from_secs(86400)));
        assert!(parse_every("10s").is_err(), "too often");
        assert!(parse_every("6 hours").is_err());
        assert!(parse_every("h").is_err());
    }

    #[test]
    fn names_sort_by_time_and_prune_keeps_the_newest_of_ours() {
        let a = file_name(1_790_000_000_000);
        let b = file_name(1_790_000_060_000);
        assert_eq!(a, "comuniza-20260921T141320Z.redb");
        assert!(a < b);
        let dir = tempfile::tempdir().unwrap();
        for n in [&a, &b, "comuniza-20300101T000000Z.redb", "notes.txt"] {
            std::fs::write(dir.path().join(n), b"x").unwrap();
        }
        prune(dir.path(), 2).unwrap();
        let mut left: Vec<String> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        left.sort();
        assert_eq!(
            left,
            [b.as_str(), "comuniza-20300101T000000Z.redb", "notes.txt"]
        );
    }
}
