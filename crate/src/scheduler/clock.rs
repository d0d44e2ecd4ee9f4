//! The virtual clock: time advances with the instructions executed (a cost per instruction) and
//! jumps to the next timer when every thread waits, as in the Go playground's fake time.

use super::thread::ThreadId;
use std::cmp::Reverse;
use std::collections::BinaryHeap;

/// Latest start accepted (9999-12-31 23:59:59 UTC), so `time.time()` and dates stay in range.
pub const MAX_START_UNIX: u64 = 253_402_300_799;

/// Read a start date for the virtual wall clock: `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM` or
/// `YYYY-MM-DDTHH:MM:SS` (UTC; a space may replace the `T`), or whole seconds since the Unix
/// epoch. The error says what was expected.
pub fn parse_start(text: &str) -> Result<u64, String> {
    let t = text.trim();
    let bad = || {
        format!(
            "the start time must be a UTC date and time such as 2024-01-01T09:00:00 (or whole \
             seconds since 1970), between 1970 and 9999, not '{t}'"
        )
    };
    if !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit()) {
        return t
            .parse::<u64>()
            .ok()
            .filter(|s| *s <= MAX_START_UNIX)
            .ok_or_else(bad);
    }
    let (date, time) = match t.split_once(['T', ' ']) {
        Some((d, h)) => (d, h),
        None => (t, "00:00:00"),
    };
    let num = |s: &str, lo: u64, hi: u64| -> Result<u64, String> {
        match s.parse::<u64>() {
            Ok(v) if s.len() >= 2 && (lo..=hi).contains(&v) => Ok(v),
            _ => Err(bad()),
        }
    };
    let d: Vec<&str> = date.split('-').collect();
    let [y, mo, da] = d.as_slice() else {
        return Err(bad());
    };
    let (y, mo) = (num(y, 1970, 9999)?, num(mo, 1, 12)?);
    let da = num(da, 1, days_in_month(y, mo))?;
    let h: Vec<&str> = time.split(':').collect();
    let (hh, mm, ss) = match h.as_slice() {
        [hh, mm] => (num(hh, 0, 23)?, num(mm, 0, 59)?, 0),
        [hh, mm, ss] => (num(hh, 0, 23)?, num(mm, 0, 59)?, num(ss, 0, 59)?),
        _ => return Err(bad()),
    };
    Ok(days_from_civil(y, mo, da) * 86_400 + hh * 3_600 + mm * 60 + ss)
}

fn is_leap(y: u64) -> bool {
    (y.is_multiple_of(4) && !y.is_multiple_of(100)) || y.is_multiple_of(400)
}

fn days_in_month(y: u64, m: u64) -> u64 {
    match m {
        2 if is_leap(y) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days from 1970-01-01 to the given date (proleptic Gregorian, year >= 1970).
fn days_from_civil(y: u64, m: u64, d: u64) -> u64 {
    let before_year: u64 = (1970..y)
        .map(|yy| if is_leap(yy) { 366 } else { 365 })
        .sum();
    let before_month: u64 = (1..m).map(|mm| days_in_month(y, mm)).sum();
    before_year + before_month + d - 1
}

/// A pending timer: wake `thread` at `at` if it is still in wait number `serial`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Timer {
    /// When (virtual ns since the start).
    pub at: u64,
    /// Insertion order, so equal times fire in a fixed order.
    pub seq: u64,
    /// Whom to wake.
    pub thread: ThreadId,
    /// Which wait of that thread it belongs to.
    pub serial: u64,
}

/// Virtual time: `now = base_ns + (step - base_step) * ns_per_step`, so the hot loop only counts
/// steps and the clock is computed on demand.
#[derive(Debug, Clone)]
pub struct Clock {
    base_ns: u64,
    base_step: u64,
    ns_per_step: u64,
    start_unix: u64,
    timers: BinaryHeap<Reverse<Timer>>,
    seq: u64,
}

impl Clock {
    /// A clock at 0 ns whose wall time starts at `start_unix` seconds.
    pub fn new(start_unix: u64, ns_per_step: u64) -> Clock {
        Clock {
            base_ns: 0,
            base_step: 0,
            ns_per_step: ns_per_step.max(1),
            start_unix,
            timers: BinaryHeap::new(),
            seq: 0,
        }
    }

    /// Virtual ns since the start of the run, at step `now_step`.
    pub fn now(&self, now_step: u64) -> u64 {
        self.base_ns.saturating_add(
            now_step
                .saturating_sub(self.base_step)
                .saturating_mul(self.ns_per_step),
        )
    }

    /// Wall time (`time.time()`) in ns since the Unix epoch.
    pub fn unix_ns(&self, now_step: u64) -> u64 {
        self.start_unix
            .saturating_mul(1_000_000_000)
            .saturating_add(self.now(now_step))
    }

    /// The Unix time the clock started at, in seconds.
    pub fn start_unix(&self) -> u64 {
        self.start_unix
    }

    /// The cost of one instruction now.
    pub fn ns_per_step(&self) -> u64 {
        self.ns_per_step
    }

    /// Change the cost per instruction from `now_step` on (time so far is kept).
    pub fn set_ns_per_step(&mut self, ns: u64, now_step: u64) {
        if ns == self.ns_per_step {
            return;
        }
        self.base_ns = self.now(now_step);
        self.base_step = now_step;
        self.ns_per_step = ns.max(1);
    }

    /// The first step at which the clock reads at least `at`.
    pub fn step_at(&self, at: u64, now_step: u64) -> u64 {
        let now = self.now(now_step);
        if at <= now {
            return now_step;
        }
        let delta = at - now;
        now_step.saturating_add(delta.div_ceil(self.ns_per_step))
    }

    /// Jump forward to `at` (nothing ran in between: every thread was waiting).
    pub fn jump_to(&mut self, at: u64, now_step: u64) {
        let now = self.now(now_step);
        self.base_ns = at.max(now);
        self.base_step = now_step;
    }

    /// Add a timer.
    pub fn add_timer(&mut self, at: u64, thread: ThreadId, serial: u64) {
        self.seq += 1;
        self.timers.push(Reverse(Timer {
            at,
            seq: self.seq,
            thread,
            serial,
        }));
    }

    /// When the earliest timer fires.
    pub fn next_timer(&self) -> Option<u64> {
        self.timers.peek().map(|Reverse(t)| t.at)
    }

    /// Remove and return a timer due by `now`.
    pub fn pop_due(&mut self, now: u64) -> Option<Timer> {
        match self.timers.peek() {
            Some(Reverse(t)) if t.at <= now => self.timers.pop().map(|Reverse(t)| t),
            _ => None,
        }
    }

    /// Drop timers whose thread no longer waits for them (`keep` says which to keep).
    pub fn retain(&mut self, keep: impl Fn(&Timer) -> bool) {
        let timers = std::mem::take(&mut self.timers);
        self.timers = timers.into_iter().filter(|Reverse(t)| keep(t)).collect();
    }

    /// Pending timers.
    pub fn timer_count(&self) -> usize {
        self.timers.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn time_follows_steps_and_survives_a_speed_change() {
        let mut c = Clock::new(0, 20);
        assert_eq!(c.now(10), 200);
        c.set_ns_per_step(10, 10);
        assert_eq!(c.now(20), 300);
        assert_eq!(c.step_at(305, 20), 21);
        c.jump_to(1_000_000, 20);
        assert_eq!(c.now(21), 1_000_010);
    }

    #[test]
    fn timers_fire_in_time_order_then_insertion_order() {
        let mut c = Clock::new(0, 1);
        c.add_timer(50, ThreadId(2), 1);
        c.add_timer(10, ThreadId(1), 1);
        c.add_timer(50, ThreadId(3), 1);
        assert_eq!(c.next_timer(), Some(10));
        assert_eq!(c.pop_due(5), None);
        let order: Vec<u32> = std::iter::from_fn(|| c.pop_due(100).map(|t| t.thread.0)).collect();
        assert_eq!(order, vec![1, 2, 3]);
    }

    #[test]
    fn start_dates_read_as_utc() {
        assert_eq!(parse_start("2024-01-01T09:00:00"), Ok(1_704_099_600));
        assert_eq!(parse_start("2024-01-01 09:00"), Ok(1_704_099_600));
        assert_eq!(parse_start("1970-01-01"), Ok(0));
        assert_eq!(parse_start("2000-03-01"), Ok(951_868_800));
        assert_eq!(parse_start("2024-02-29T23:59:59"), Ok(1_709_251_199));
        assert_eq!(parse_start("86400"), Ok(86_400));
    }

    #[test]
    fn bad_start_dates_say_what_is_expected() {
        for bad in [
            "",
            "tomorrow",
            "2023-02-29",
            "2024-13-01",
            "2024-01-01T24:00",
            "1969-12-31",
            "-5",
            "99999999999999",
        ] {
            let e = parse_start(bad).expect_err(bad);
            assert!(e.contains("2024-01-01T09:00:00"), "{bad}: {e}");
        }
    }
}
