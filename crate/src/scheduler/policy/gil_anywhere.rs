//! `gil-anywhere`: a GIL with the switch interval, but a switch may land between any two
//! bytecodes — the behaviour most textbooks describe (and CPython before 3.10 came close to), so
//! even `x.count += 1` loses updates.

use super::cpython_311::JITTER_NS;
use super::{pick_random, Pick, PickContext, Policy, Slice, SliceContext};
use crate::scheduler::rng::Rng;

/// The `gil-anywhere` policy.
pub struct GilAnywhere;

impl Policy for GilAnywhere {
    fn name(&self) -> &'static str {
        "gil-anywhere"
    }

    fn preempts_anywhere(&self) -> bool {
        true
    }

    fn slice(&mut self, ctx: &SliceContext, rng: &mut Rng) -> Slice {
        Slice::Time(ctx.switch_interval_ns + rng.below(JITTER_NS))
    }

    fn pick(&mut self, ctx: &PickContext, rng: &mut Rng) -> Pick {
        Pick::Thread(pick_random(&ctx.others(), rng))
    }
}
