//! `replay`: follow a schedule string from an earlier run's trace, switching at exactly the same
//! instructions to exactly the same threads, so the run repeats step for step.

use super::{Pick, PickContext, Policy, Slice, SliceContext};
use crate::scheduler::rng::Rng;
use crate::scheduler::schedule::{parse, Segment};
use crate::scheduler::thread::ThreadId;

/// The `replay` policy.
pub struct Replay {
    segments: Vec<Segment>,
    next: usize,
}

impl Replay {
    /// Follow `text` (see [`crate::scheduler::schedule`]).
    pub fn parse(text: &str) -> Result<Replay, String> {
        Ok(Replay {
            segments: parse(text)?,
            next: 1,
        })
    }
}

impl Policy for Replay {
    fn name(&self) -> &'static str {
        "replay"
    }

    fn preempts_anywhere(&self) -> bool {
        true
    }

    fn slice(&mut self, _ctx: &SliceContext, _rng: &mut Rng) -> Slice {
        // `pick` has advanced past the segment that is starting now.
        match self.segments.get(self.next.wrapping_sub(1)) {
            Some(s) => Slice::Steps(s.steps),
            None => Slice::Unlimited,
        }
    }

    fn pick(&mut self, ctx: &PickContext, _rng: &mut Rng) -> Pick {
        match self.segments.get(self.next) {
            Some(s) => {
                self.next += 1;
                Pick::Thread(s.thread)
            }
            None => {
                self.next += 1;
                Pick::Thread(ctx.ready.first().copied().unwrap_or(ThreadId(0)))
            }
        }
    }
}
