//! `manual`: the caller picks the next thread from the ready set whenever the running thread
//! blocks, ends, or has run the number of instructions the caller granted it (as in The Deadlock
//! Empire, where the learner is the scheduler).

use super::{Pick, PickContext, Policy, Slice, SliceContext};
use crate::scheduler::rng::Rng;

/// Instructions a chosen thread runs before the caller is asked again, unless it says otherwise.
pub const DEFAULT_GRANT: u64 = 1;

/// The `manual` policy.
#[derive(Default)]
pub struct Manual;

impl Policy for Manual {
    fn name(&self) -> &'static str {
        "manual"
    }

    fn preempts_anywhere(&self) -> bool {
        true
    }

    fn slice(&mut self, _ctx: &SliceContext, _rng: &mut Rng) -> Slice {
        Slice::Steps(DEFAULT_GRANT)
    }

    fn pick(&mut self, _ctx: &PickContext, _rng: &mut Rng) -> Pick {
        Pick::Ask
    }
}
