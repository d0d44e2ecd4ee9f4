//! `random`: a GIL, but switches come at seeded random instructions after short runs, and any
//! ready thread (including the one that stopped) may run next: a fuzzer for interleavings.

use super::{pick_random, Pick, PickContext, Policy, Slice, SliceContext};
use crate::scheduler::rng::Rng;

/// Longest run of instructions between two switch chances.
pub const MAX_RUN: u64 = 200;

/// The `random` policy.
pub struct RandomPolicy;

impl Policy for RandomPolicy {
    fn name(&self) -> &'static str {
        "random"
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
