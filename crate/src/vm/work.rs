//! Virtual time for builtins whose work grows with their input.
//!
//! Every instruction costs one step of virtual time (20 ns at the default speed), a builtin call
//! included. Builtins that copy, scan or sort many items in native code (`list(range(10**6))`,
//! `sorted(xs)`, `x in xs`) also spend steps for the items they touch, so that a thread doing such
//! work takes virtual time as it does on CPython, holding the GIL meanwhile. Str methods are not
//! charged yet (~1.5 ns per character on CPython). The rates are CPython 3.11's, measured on this
//! machine kind with large inputs; they are approximate on purpose: the point is the order of
//! magnitude.

use super::Vm;

/// The virtual cost of one item of a kind of work, in ns (at the default speed).
#[derive(Debug, Clone, Copy)]
pub enum Work {
    /// Making a list or tuple from a range: an int per item (CPython: ~56 ns).
    RangeItem,
    /// Copying references out of a list, tuple, dict or set, or repeating a list (~10 ns).
    CopyItem,
    /// One comparison made by a sort (~40 ns for ints).
    SortComparison,
    /// One item looked at by `in`, `index` or `count` on a list or tuple (~30 ns).
    ScanItem,
    /// One comparison made by `max`/`min`, beyond copying the items out of a container: CPython
    /// takes ~15 ns per int in all for `max(list_of_ints)` (5 ns here plus [`Work::CopyItem`]).
    ExtremeItem,
}

impl Work {
    /// Its cost in ns per item.
    fn ns(self) -> u64 {
        match self {
            Work::RangeItem => 56,
            Work::CopyItem => 10,
            Work::SortComparison => 40,
            Work::ScanItem => 30,
            Work::ExtremeItem => 5,
        }
    }
}

impl Vm {
    /// Spend the virtual time of `items` items of `work` (on the running thread's clock, and
    /// against the step budget).
    pub fn spend(&mut self, work: Work, items: u64) {
        let steps = items.saturating_mul(work.ns()) / crate::scheduler::DEFAULT_NS_PER_STEP;
        self.steps = self.steps.saturating_add(steps);
    }
}
