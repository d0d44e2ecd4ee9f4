//! `free-threaded`: no GIL. Up to N virtual cores run threads at once (what CPython 3.13t
//! allows); their instructions interleave in short seeded runs, and virtual time advances as if
//! they ran in parallel.

use super::{pick_random, Pick, PickContext, Policy, Slice, SliceContext};
use crate::scheduler::rng::Rng;

/// Longest run of instructions one core executes before another core's thread interleaves.
pub const MAX_RUN: u64 = 24;

/// The `free-threaded` policy.
pub struct FreeThreaded;

impl Policy for FreeThreaded {
    fn name(&self) -> &'static str {
        "free-threaded"
    }

    fn uses_gil(&self) -> bool {
        false
    }

    fn preempts_anywhere(&self) -> bool {
        true
    }

    fn slice(&mut self, _ctx: &SliceContext, rng: &mut Rng) -> Slice {
        Slice::Steps(rng.between(1, MAX_RUN))
    }

    fn pick(&mut self, ctx: &PickContext, rng: &mut Rng) -> Pick {
        Pick::Thread(pick_random(ctx.ready, rng))
    }
}
