//! `cpython-3.11`: a GIL. A thread waiting for it asks the holder to drop it after the switch
//! interval (5 ms by default); the holder honours the request only where CPython 3.11's eval loop
//! checks for it (backward jumps, calls and function entries), so `x.count += 1` cannot be split
//! but `setattr(x, 'count', getattr(x, 'count') + 1)` can. Which waiting thread gets the GIL is
//! up to the OS in CPython: here, a seeded choice among the others.

use super::{pick_random, Pick, PickContext, Policy, Slice, SliceContext};
use crate::scheduler::rng::Rng;

/// Real timing wobbles by tens of microseconds; so does this policy's switch interval.
pub const JITTER_NS: u64 = 100_000;

/// The `cpython-3.11` policy.
pub struct Cpython311;

impl Policy for Cpython311 {
    fn name(&self) -> &'static str {
        "cpython-3.11"
    }

    fn preempts_anywhere(&self) -> bool {
        false
    }

    fn slice(&mut self, ctx: &SliceContext, rng: &mut Rng) -> Slice {
        Slice::Time(ctx.switch_interval_ns + rng.below(JITTER_NS))
    }

    fn pick(&mut self, ctx: &PickContext, rng: &mut Rng) -> Pick {
        Pick::Thread(pick_random(&ctx.others(), rng))
    }
}
