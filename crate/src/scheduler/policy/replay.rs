//! `replay`: follow a schedule string from an earlier run's trace, switching at exactly the same
//! instructions to exactly the same threads, so the run repeats step for step.

use super::{Pick, PickContext, Policy, Slice, SliceContext};
use crate::scheduler::rng::Rng;
use crate::scheduler::schedule::{parse, Segment};
use crate::scheduler::thread::ThreadId;

/// The `replay` policy. A segment is "thread T runs N instructions"; a thread that blocks and
/// is the only one to run again before its N are used goes on in the same segment (the schedule
/// merges such runs into one).
pub struct Replay {
    segments: Vec<Segment>,
    next: usize,
    /// The segment being run: its thread and the instructions left.
    current: Option<(ThreadId, u64)>,
}

impl Replay {
    /// Follow `text` (see [`crate::scheduler::schedule`]).
    pub fn parse(text: &str) -> Result<Replay, String> {
        let segments = parse(text)?;
        let current = segments.first().map(|s| (s.thread, s.steps));
        Ok(Replay {
            segments,
            next: 1,
            current,
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
        match self.current {
            Some((_, left)) => Slice::Steps(left),
            None => Slice::Unlimited,
        }
    }

    fn pick(&mut self, ctx: &PickContext, _rng: &mut Rng) -> Pick {
        if let Some((thread, left)) = self.current {
            let left = left.saturating_sub(ctx.ran);
            if left > 0 && thread == ctx.previous && ctx.ready.contains(&thread) {
                self.current = Some((thread, left));
                return Pick::Thread(thread);
            }
        }
        match self.segments.get(self.next) {
            Some(s) => {
                self.next += 1;
                self.current = Some((s.thread, s.steps));
                Pick::Thread(s.thread)
            }
            None => {
                self.next += 1;
                self.current = None;
                Pick::Thread(ctx.ready.first().copied().unwrap_or(ThreadId(0)))
            }
        }
    }
}
