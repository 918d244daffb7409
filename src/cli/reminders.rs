//! The server's own scheduler of reminders (no cron, no worker process): every few minutes it
//! asks the writer to send what is due (`SendReminders`, idempotent, so a restart or two runs
//! close together send nothing twice).

use std::time::Duration;

use crate::domain::time::now;
use crate::engine::Engine;
use crate::store::commands::{Actor, SendReminders};

/// How often the scheduler looks: a reminder waits at most this long past its hour.
pub const EVERY: Duration = Duration::from_secs(10 * 60);

/// Runs until the task is dropped; the first look `first` after start (a minute by default,
/// so a restart does not add to its own start-up).
pub async fn run(engine: Engine, first: Duration) {
    tokio::time::sleep(first).await;
    let mut ticks = tokio::time::interval(EVERY);
    ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        ticks.tick().await;
        match engine
            .writer
            .run(Actor::System, SendReminders { at: now() })
            .await
        {
            Ok(0) => {}
            Ok(n) => tracing::info!("{n} reminders sent"),
            Err(e) => tracing::warn!("reminders not sent this time: {e}"),
        }
    }
}
