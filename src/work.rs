//! Heavy work off the async workers, and bounded: a fixed set of threads (one per core by
//! default), each doing one job at a time; the others wait in line, and a job that waited
//! `wait` without a turn is refused ([`NoAnswer::Busy`]: the HTTP layer answers 503 with
//! `Retry-After`). Password checks (`auth::work`) and photo processing (`photos`) each have
//! their own.
//!
//! Why threads of its own rather than tokio's blocking pool with a semaphore: the pool hands
//! work to whichever thread is free or new, and each new thread's allocator arena keeps its
//! own freed memory (an argon2 check's 19 MiB, a decoded photo's tens of MiB); 300 sign-ins
//! reached 865 MiB that way. A fixed set of threads reuses the same memory.

use std::sync::Arc;
use std::time::Duration;

use tokio::sync::Semaphore;

/// Why a job gave no answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum NoAnswer {
    /// No turn was free within the wait.
    #[error("no worker was free in time")]
    Busy,
    /// The job panicked (its thread goes on with the next one).
    #[error("the work failed")]
    Failed,
}

/// A job for a work thread.
type Job = Box<dyn FnOnce() + Send>;

pub struct Workers {
    /// In an `Arc` so that a turn goes with its job: a caller that gives up (its client went
    /// away) does not free the turn while the thread still works for it.
    turns: Arc<Semaphore>,
    wait: Duration,
    /// Closed when this is dropped, which ends the threads.
    jobs: crossbeam_channel::Sender<Job>,
}

impl std::fmt::Debug for Workers {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Workers")
            .field("free_turns", &self.turns.available_permits())
            .field("wait", &self.wait)
            .finish()
    }
}

/// One per core.
pub fn cores() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

impl Workers {
    /// `turns` threads named `name-N`, each doing one job at a time; a job waits at most
    /// `wait` for one.
    pub fn new(name: &str, turns: usize, wait: Duration) -> Workers {
        let turns = turns.max(1);
        let (jobs, queue) = crossbeam_channel::bounded::<Job>(turns);
        for n in 0..turns {
            let queue = queue.clone();
            let spawned = std::thread::Builder::new()
                .name(format!("{name}-{n}"))
                .spawn(move || {
                    for job in queue.iter() {
                        // A panic in a job must not take the thread with it: the caller sees
                        // its answer dropped, and the next job runs.
                        let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(job));
                    }
                });
            if let Err(e) = spawned {
                tracing::error!("cannot start a {name} thread: {e}");
            }
        }
        Workers {
            turns: Arc::new(Semaphore::new(turns)),
            wait,
            jobs,
        }
    }

    /// Turns free now.
    pub fn free_turns(&self) -> usize {
        self.turns.available_permits()
    }

    /// How long a job waits for a turn.
    pub fn wait(&self) -> Duration {
        self.wait
    }

    /// Runs `work` on one of the threads once a turn is free.
    pub async fn run<T: Send + 'static>(
        &self,
        work: impl FnOnce() -> T + Send + 'static,
    ) -> Result<T, NoAnswer> {
        let turn = tokio::time::timeout(self.wait, self.turns.clone().acquire_owned())
            .await
            .map_err(|_| NoAnswer::Busy)?
            .map_err(|_| NoAnswer::Busy)?;
        let (done, result) = tokio::sync::oneshot::channel();
        let job: Job = Box::new(move || {
            let out = work();
            // Given back when the work is done, not when the caller stops waiting (and before
            // the answer, so a caller that has it finds its turn free again).
            drop(turn);
            let _ = done.send(out);
        });
        // A turn is held, so a thread is free and the queue has room; never wait on it here
        // (this is an async worker).
        self.jobs.try_send(job).map_err(|_| NoAnswer::Busy)?;
        // The sender is dropped without an answer only when the job panicked.
        result.await.map_err(|_| NoAnswer::Failed)
    }
}
