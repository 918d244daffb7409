//! The one writer (DESIGN.md rule 2): a thread that owns redb's write transaction. It takes every
//! queued command into one transaction (group commit), commits once durably, then publishes the
//! batch (rank moves, L1 evictions) and only then answers each caller. A refused command answers
//! with its error and leaves nothing behind; the rest of its batch still commits. A storage
//! failure aborts the batch, which is then retried one command per transaction so that only the
//! failing command fails.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use crossbeam_channel::{Receiver, Sender};
use redb::{Database, Durability, ReadableDatabase};
use tokio::sync::oneshot;

use super::commands::{self, Actor, Command, CommandError, CommandResult};
use super::tx::{Effects, W};
use super::StoreError;
use crate::cache::L1;
use crate::domain::time;
use crate::stats::Histogram;
use crate::views::maintain::Memo;
use crate::views::standings::Standings;

/// The most commands one transaction takes; more wait for the next.
pub const MAX_BATCH: usize = 1024;
/// How long a busy writer waits for more commands to join a batch. On a virtio disk a durable
/// commit costs about 250 us of CPU however small it is, plus about 45 us per command
/// (measured, see BENCHMARKS.md); that CPU comes out of the reads. Sharing one commit among
/// more commands is what keeps writes cheap, at the price of a few ms of write latency (the
/// write p99 target is 20 ms).
const LINGER: Duration = Duration::from_millis(3);
/// A lingering writer looks at its queue this often...
const LINGER_STEP: Duration = Duration::from_micros(500);
/// ...and commits at once when this many commands wait.
const LINGER_ENOUGH: usize = 64;

struct Job {
    actor: Actor,
    command: Command,
    reply: oneshot::Sender<CommandResult>,
}

/// Counters of the writer, for the admin panel and metrics.
#[derive(Debug)]
pub struct WriterStats {
    pub commits: AtomicU64,
    pub commands: AtomicU64,
    pub refused: AtomicU64,
    pub commit_micros_total: AtomicU64,
    pub last_commit_micros: AtomicU64,
    pub last_batch: AtomicU64,
    pub max_batch: AtomicU64,
    /// Time of each commit (applying its commands and the durable write), in microseconds.
    pub commit_latency: Histogram,
    /// Commands per commit.
    pub batch_sizes: Histogram,
    /// The disk's refusal of a commit, once it happened. redb then refuses every later write
    /// until the file is reopened, so it stays until the server restarts (`/readyz` shows it).
    pub storage_failure: std::sync::Mutex<Option<String>>,
}

impl WriterStats {
    /// Why writes fail, if the disk refused one.
    pub fn storage_failure(&self) -> Option<String> {
        self.storage_failure.lock().ok().and_then(|f| f.clone())
    }

    fn note_failure(&self, e: &StoreError) {
        if e.is_storage_failure() {
            if let Ok(mut f) = self.storage_failure.lock() {
                f.get_or_insert_with(|| e.to_string());
            }
        }
    }
}

impl Default for WriterStats {
    fn default() -> Self {
        WriterStats {
            commits: AtomicU64::new(0),
            commands: AtomicU64::new(0),
            refused: AtomicU64::new(0),
            commit_micros_total: AtomicU64::new(0),
            last_commit_micros: AtomicU64::new(0),
            last_batch: AtomicU64::new(0),
            max_batch: AtomicU64::new(0),
            commit_latency: Histogram::latency(),
            batch_sizes: Histogram::new(crate::stats::BATCH_BOUNDS, 1.0),
            storage_failure: std::sync::Mutex::new(None),
        }
    }
}

/// What a committed batch tells those who listen (open pages, the mailer), after it is
/// durable and visible.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Event {
    /// A member's notifications changed (something new, or read).
    Told(crate::domain::records::UserId),
    /// A conversation (`Thread::key`) has a new message.
    Thread(u8, u64),
    /// A mail waits in the outbox.
    MailQueued,
}

/// How many events a slow listener may fall behind before it is told it missed some.
const EVENTS_KEPT: usize = 4096;

/// The handle through which everything writes. Cheap to clone.
#[derive(Clone, Debug)]
pub struct Writer {
    jobs: Sender<Job>,
    mail_on: Arc<AtomicBool>,
    clock: Arc<time::Clock>,
    events: tokio::sync::broadcast::Sender<Event>,
}

impl Writer {
    /// Starts the writer thread. It stops when every `Writer` handle is dropped.
    pub fn start(
        db: Arc<Database>,
        l1: Arc<L1>,
        standings: Arc<Standings>,
        stats: Arc<WriterStats>,
    ) -> Result<(Writer, std::thread::JoinHandle<()>), StoreError> {
        let memo = load_memo(&db)?;
        let (jobs, rx) = crossbeam_channel::unbounded();
        let mail_on = Arc::new(AtomicBool::new(false));
        let clock = Arc::new(time::Clock::default());
        let (events, _) = tokio::sync::broadcast::channel(EVENTS_KEPT);
        let (loop_mail_on, loop_events) = (mail_on.clone(), events.clone());
        let loop_clock = clock.clone();
        let thread = std::thread::Builder::new()
            .name("comuniza-writer".into())
            .spawn(move || {
                WriterLoop {
                    db,
                    l1,
                    standings,
                    stats,
                    memo,
                    mail_on: loop_mail_on,
                    clock: loop_clock,
                    events: loop_events,
                }
                .run(&rx)
            })?;
        Ok((
            Writer {
                jobs,
                mail_on,
                clock,
                events,
            },
            thread,
        ))
    }

    /// Whether notifications are also mailed from now on (a mail server is configured and its
    /// mailer runs): commands then queue the mails members chose.
    pub fn set_mail(&self, on: bool) {
        self.mail_on.store(on, Ordering::Relaxed);
    }

    /// The clock every write is stamped with (a test may pin it).
    pub fn clock(&self) -> &time::Clock {
        &self.clock
    }

    /// Every later batch's events.
    pub fn subscribe(&self) -> tokio::sync::broadcast::Receiver<Event> {
        self.events.subscribe()
    }

    /// Queues a command; the receiver gets its answer.
    fn send(
        &self,
        actor: Actor,
        command: Command,
    ) -> Result<oneshot::Receiver<CommandResult>, CommandError> {
        let (reply, answer) = oneshot::channel();
        let job = Job {
            actor,
            command,
            reply,
        };
        self.jobs
            .send(job)
            .map_err(|_| CommandError::Internal(StoreError::WriterGone))?;
        Ok(answer)
    }

    /// Runs a command; answers once it is durable and visible to every later read.
    /// `command`: a [`Command`] or any command's struct (`JoinGroup { group }`).
    pub async fn run(&self, actor: Actor, command: impl Into<Command>) -> CommandResult {
        let answer = self.send(actor, command.into())?;
        answer
            .await
            .map_err(|_| CommandError::Internal(StoreError::WriterGone))?
    }

    /// [`Writer::run`] for code outside the async runtime (CLI, tests, benches).
    pub fn run_blocking(&self, actor: Actor, command: impl Into<Command>) -> CommandResult {
        let answer = self.send(actor, command.into())?;
        answer
            .blocking_recv()
            .map_err(|_| CommandError::Internal(StoreError::WriterGone))?
    }
}

fn load_memo(db: &Database) -> Result<Memo, StoreError> {
    let txn = db.begin_read()?;
    let rules = match (
        txn.open_table(super::tables::ACHIEVEMENTS),
        txn.open_table(super::tables::BADGES),
    ) {
        (Ok(a), Ok(b)) => commands::load_rules(&a, &b)?,
        _ => Default::default(),
    };
    Ok(Memo::new(rules))
}

struct WriterLoop {
    db: Arc<Database>,
    l1: Arc<L1>,
    standings: Arc<Standings>,
    stats: Arc<WriterStats>,
    memo: Memo,
    mail_on: Arc<AtomicBool>,
    clock: Arc<time::Clock>,
    events: tokio::sync::broadcast::Sender<Event>,
}

impl WriterLoop {
    fn run(mut self, rx: &Receiver<Job>) {
        // One bit per recent commit: did commands arrive while it ran? That is what tells
        // concurrent writers (worth waiting for) from one caller writing in sequence (who
        // would only be slowed down: nobody else is coming).
        let mut overlapped: u8 = 0;
        while let Ok(first) = rx.recv() {
            let mut batch = vec![first];
            // With concurrent writers, wait a moment for more to share this commit (see LINGER).
            // It sleeps rather than waiting on the channel: a waiting receiver is woken by every
            // command that arrives, a context switch each.
            if overlapped != 0 {
                let started = Instant::now();
                while started.elapsed() < LINGER && rx.len() < LINGER_ENOUGH {
                    std::thread::sleep(LINGER_STEP);
                }
            }
            batch.extend(rx.try_iter().take(MAX_BATCH - batch.len()));
            let committed = self.commit(&batch);
            // Checked before anyone is answered: the batch's own callers cannot have sent more.
            overlapped = (overlapped << 1) | u8::from(!rx.is_empty());
            match committed {
                Ok((results, fx)) => self.publish(batch, results, &fx),
                Err(e) => {
                    self.stats.note_failure(&e);
                    // A figure that would overflow is the one command's refusal (answered
                    // 409), not the server's failure.
                    if matches!(e, StoreError::Overflow { .. }) {
                        tracing::warn!("a write would overflow a figure ({e}); it is refused");
                    } else {
                        tracing::error!(
                            "write batch of {} failed ({e}); retrying one by one",
                            batch.len()
                        );
                    }
                    self.reload_memo();
                    for job in batch {
                        match self.commit(std::slice::from_ref(&job)) {
                            Ok((results, fx)) => self.publish(vec![job], results, &fx),
                            Err(e) => {
                                self.stats.note_failure(&e);
                                if !matches!(e, StoreError::Overflow { .. }) {
                                    tracing::error!("write command failed: {e}");
                                }
                                self.reload_memo();
                                let _ = job.reply.send(Err(CommandError::Internal(e)));
                            }
                        }
                    }
                }
            }
        }
    }

    fn reload_memo(&mut self) {
        match load_memo(&self.db) {
            Ok(m) => self.memo = m,
            Err(e) => tracing::error!("reloading badge rules failed: {e}"),
        }
    }

    /// Applies the batch in one transaction and commits it durably.
    fn commit(&mut self, batch: &[Job]) -> Result<(Vec<CommandResult>, Effects), StoreError> {
        let started = Instant::now();
        let mut txn = self.db.begin_write()?;
        txn.set_durability(Durability::Immediate)?;
        let mut results = Vec::with_capacity(batch.len());
        let mut fx = Effects::default();
        {
            let mut w = W::open(&txn, self.clock.now())?;
            w.mail_on = self.mail_on.load(Ordering::Relaxed);
            // A period that ended since the last batch is closed first, in this batch.
            commands::close_periods(&mut w, &mut self.memo)?;
            let closing_fx = std::mem::take(&mut w.fx);
            fx.append(closing_fx);
            for job in batch {
                let result = commands::apply(&mut w, &mut self.memo, job.actor, &job.command);
                let command_fx = std::mem::take(&mut w.fx);
                match result {
                    Err(CommandError::Internal(e)) => return Err(e),
                    Ok(_) => fx.append(command_fx),
                    Err(_) => {}
                }
                results.push(result);
            }
        }
        // A period or group board that moved is cached no longer.
        let moved: Vec<_> = fx.period_moves.iter().map(|m| m.0).collect();
        for (_, period, start, scope) in moved {
            fx.evict(crate::cache::ViewKey::Boards {
                scope,
                period,
                start,
            });
        }
        {
            // The period boards' loaded indexes take this commit's moves before a reader
            // can load another from a read that has it (`Standings::period_standing`).
            let _gate = self.standings.commit_gate();
            txn.commit()?;
            if fx.periods_recounted {
                self.standings.forget_periods();
            } else {
                self.standings.apply_periods(&fx.period_moves);
            }
            if let Some(kept) = &fx.periods_kept {
                self.standings.keep_periods(kept);
            }
        }
        let micros = started.elapsed().as_micros() as u64;
        let s = &self.stats;
        s.commits.fetch_add(1, Ordering::Relaxed);
        s.commands.fetch_add(batch.len() as u64, Ordering::Relaxed);
        s.commit_micros_total.fetch_add(micros, Ordering::Relaxed);
        s.last_commit_micros.store(micros, Ordering::Relaxed);
        s.last_batch.store(batch.len() as u64, Ordering::Relaxed);
        s.max_batch.fetch_max(batch.len() as u64, Ordering::Relaxed);
        s.commit_latency.record(micros);
        s.batch_sizes.record(batch.len() as u64);
        Ok((results, fx))
    }

    /// Makes a durable batch visible (ranks, L1), then answers its callers.
    fn publish(&mut self, batch: Vec<Job>, results: Vec<CommandResult>, fx: &Effects) {
        self.standings.apply(&fx.rank_moves);
        let seq = self.l1.current_seq() + 1;
        if fx.evict_all_users || fx.rules_changed {
            self.l1.evict_all(seq);
        } else {
            self.l1.commit(seq, &fx.keys);
        }
        for (job, result) in batch.into_iter().zip(results) {
            if result.is_err() {
                self.stats.refused.fetch_add(1, Ordering::Relaxed);
            }
            let _ = job.reply.send(result);
        }
        // Nobody listening is fine (a send fails only then).
        for &user in &fx.told {
            let _ = self.events.send(Event::Told(user));
        }
        for &(kind, id) in &fx.threads {
            let _ = self.events.send(Event::Thread(kind, id));
        }
        if fx.mail_queued {
            let _ = self.events.send(Event::MailQueued);
        }
    }
}
