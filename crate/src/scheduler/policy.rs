//! The interface every scheduling policy implements, and the policies by name.
//!
//! A policy answers three questions: may a thread be preempted at any instruction or only at
//! CPython 3.11's switch points; how long a thread runs before a switch is requested (its slice);
//! and which ready thread runs next. Everything else (the GIL's waiting rule, timers, blocking)
//! is the scheduler's, shared by all policies. One policy per file, in the spirit of Shuttle.

mod cpython_311;
mod free_threaded;
mod gil_anywhere;
mod manual;
mod random;
mod replay;

use super::rng::Rng;
use super::thread::ThreadId;
use super::Yield;

/// The default policy.
pub const DEFAULT: &str = "cpython-3.11";

/// Every policy name, for help texts and validation.
pub const NAMES: &[&str] = &[
    "cpython-3.11",
    "gil-anywhere",
    "free-threaded",
    "random",
    "manual",
    "replay",
];

/// How long the running thread keeps the CPU.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slice {
    /// Until another thread has been waiting this many virtual ns (the GIL's switch interval).
    Time(u64),
    /// Exactly this many instructions (when another thread is ready).
    Steps(u64),
    /// Until it blocks or ends.
    Unlimited,
}

/// What a policy knows when it sets a slice.
pub struct SliceContext {
    /// `sys.getswitchinterval()` in virtual ns.
    pub switch_interval_ns: u64,
    /// The current cost of one instruction.
    pub ns_per_step: u64,
}

/// What a policy knows when it picks the next thread.
pub struct PickContext<'a> {
    /// Threads able to run, longest-waiting first (never empty).
    pub ready: &'a [ThreadId],
    /// The thread that just stopped running.
    pub previous: ThreadId,
    /// Why it stopped.
    pub why: Yield,
    /// How many instructions it ran in the slice that just ended.
    pub ran: u64,
}

impl PickContext<'_> {
    /// Ready threads other than the one that just stopped (or all, if it is the only one).
    pub fn others(&self) -> Vec<ThreadId> {
        let others: Vec<ThreadId> = self
            .ready
            .iter()
            .copied()
            .filter(|t| *t != self.previous)
            .collect();
        if others.is_empty() {
            self.ready.to_vec()
        } else {
            others
        }
    }
}

/// A policy's choice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pick {
    /// Run this thread.
    Thread(ThreadId),
    /// Let the caller choose (manual).
    Ask,
}

/// A scheduling policy.
pub trait Policy {
    /// Its name, as given to `--policy`.
    fn name(&self) -> &'static str;
    /// Whether threads share one GIL (one runs at a time).
    fn uses_gil(&self) -> bool {
        true
    }
    /// Whether a switch may happen between any two instructions (else only at switch points).
    fn preempts_anywhere(&self) -> bool;
    /// The slice of a thread that starts running.
    fn slice(&mut self, ctx: &SliceContext, rng: &mut Rng) -> Slice;
    /// The next thread to run.
    fn pick(&mut self, ctx: &PickContext, rng: &mut Rng) -> Pick;
}

/// A policy by name. `schedule` is the schedule string `replay` follows.
pub fn by_name(name: &str, schedule: Option<&str>) -> Result<Box<dyn Policy>, String> {
    Ok(match name {
        "cpython-3.11" => Box::new(cpython_311::Cpython311),
        "gil-anywhere" => Box::new(gil_anywhere::GilAnywhere),
        "free-threaded" => Box::new(free_threaded::FreeThreaded),
        "random" => Box::new(random::RandomPolicy),
        "manual" => Box::new(manual::Manual),
        "replay" => {
            let Some(text) = schedule else {
                return Err(
                    "the replay policy needs a schedule string (--schedule, from a run's trace)"
                        .to_string(),
                );
            };
            Box::new(replay::Replay::parse(text)?)
        }
        other => {
            return Err(format!(
                "unknown scheduling policy '{other}': choose one of {}",
                NAMES.join(", ")
            ))
        }
    })
}

/// Pick uniformly among `threads` (never empty).
pub fn pick_random(threads: &[ThreadId], rng: &mut Rng) -> ThreadId {
    let i = rng.below(threads.len() as u64) as usize;
    threads.get(i).copied().unwrap_or(ThreadId(0))
}
