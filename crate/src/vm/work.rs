//! Virtual time for builtins whose work grows with their input.
//!
//! Every instruction costs one step of virtual time (20 ns at the default speed), a builtin call
//! included. Builtins that copy, scan or sort many items in native code (`list(range(10**6))`,
//! `sorted(xs)`, `x in xs`, `s.upper()` on a long str, `"".join(parts)`, `s + t`) also spend
//! steps for the items they touch, so that a thread doing such work takes virtual time as it
//! does on CPython, holding the GIL meanwhile. A call spends whole steps only (the time of the
//! items is rounded down), so small strs and lists cost nothing beyond the instruction.
//!
//! The rates are CPython 3.11's, measured on this machine kind with large inputs; they are
//! approximate on purpose: the point is the order of magnitude. The str rates come from `timeit`
//! on python3 3.11 with a 10 MB ASCII str (`"abcdefghij" * 10**6`), best of 3, in ns per char:
//! `s + "x"` 0.07, `s * n` 0.06, `s[1:]` 0.07, `encode()` 0.07 (copies: [`Work::StrCopy`]);
//! `upper()`/`lower()` 0.23, `count("a")` 0.26, `replace("a", "b")` 0.33, `find("xyz")` (a miss)
//! 0.54, `strip()` 0.67, `==` 0.70, `isalpha()` 0.98 (scans and per-char transforms:
//! [`Work::StrChar`]); `split()` and `split(" ")` of 10-char words 4.7–5.0, i.e. ~0.4 a char
//! plus ~45 ns a piece ([`Work::StrPiece`]); `" ".join(words)` 0.88 a char with 9-char words,
//! i.e. a copy per char plus ~8 ns per item ([`Work::CopyItem`]). Non-ASCII strs are slower on
//! CPython (wider storage), within the same order of magnitude.

use super::Vm;

/// The virtual cost of one item of a kind of work (at the default speed).
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
    /// One char copied by a str concatenation, repeat, join, slice or pad (~0.07 ns).
    StrCopy,
    /// One char scanned or transformed by a str method: `upper`, `replace`, `find`, `count`,
    /// `split`, the `is...` predicates (~0.4 ns).
    StrChar,
    /// One str made by `split`, `splitlines` and the like (~45 ns).
    StrPiece,
}

impl Work {
    /// Its cost in picoseconds per item.
    fn ps(self) -> u64 {
        match self {
            Work::RangeItem => 56_000,
            Work::CopyItem => 10_000,
            Work::SortComparison => 40_000,
            Work::ScanItem => 30_000,
            Work::StrCopy => 70,
            Work::StrChar => 400,
            Work::StrPiece => 45_000,
            Work::ExtremeItem => 5_000,
        }
    }
}

impl Vm {
    /// Spend the virtual time of `items` items of `work` (on the running thread's clock, and
    /// against the step budget), rounded down to whole steps.
    pub fn spend(&mut self, work: Work, items: u64) {
        let steps =
            items.saturating_mul(work.ps()) / (crate::scheduler::DEFAULT_NS_PER_STEP * 1000);
        self.steps = self.steps.saturating_add(steps);
    }
}
