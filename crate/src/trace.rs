//! The trace: what happened in a run, for the UI to show and explain, and a hash that proves two
//! runs were the same.
//!
//! Events are state changes (a thread starts, blocks, wakes, ends; a lock changes hands; the clock
//! jumps; output is written; a deadlock is found), each stamped with the step, the thread, its
//! source line and the virtual time. The schedule string (see [`crate::scheduler::schedule`])
//! complements them: together they replay the run exactly. Memory stays bounded: past
//! [`Trace::capacity`] events only the hash and the counts go on, and the trace says how many
//! events it dropped.

/// What happened.
#[derive(Debug, Clone, PartialEq)]
pub enum EventKind {
    /// A thread was started (`name`).
    Spawn {
        /// The new thread's id.
        child: u32,
        /// Its name.
        name: String,
    },
    /// The thread got the CPU (and the GIL).
    Run,
    /// It blocked, waiting for `on` (in words).
    Block {
        /// What it waits for.
        on: String,
    },
    /// It became ready again (`timeout`: its wait timed out).
    Wake {
        /// Whether the wait ended by timeout.
        timeout: bool,
    },
    /// It finished.
    Finish,
    /// It acquired a lock.
    Acquire {
        /// The lock's id (see the scheduler's lock table for its name).
        lock: u32,
    },
    /// It released a lock.
    Release {
        /// The lock's id.
        lock: u32,
    },
    /// Every thread waited: the clock jumped to the next timer.
    ClockJump {
        /// The new time (virtual ns).
        to_ns: u64,
    },
    /// It wrote to stdout (1) or stderr (2).
    Output {
        /// 1 or 2.
        stream: u8,
        /// The text.
        text: String,
    },
    /// A library's own event (`asyncio.ready`, `queue.put`, ...), for the UI's panels.
    Library {
        /// What kind of event (dotted, module first).
        kind: String,
        /// Its details in words.
        text: String,
    },
    /// Shared data written by several threads with no lock in common (Eraser's lockset).
    Race {
        /// The finding in words (location, threads, lines).
        text: String,
    },
    /// A store overwrote a value another thread stored after this thread read it.
    LostUpdate {
        /// The finding in words.
        text: String,
    },
    /// A sentence for the learner.
    Narration {
        /// The sentence.
        text: String,
    },
    /// Nothing can run again.
    Deadlock {
        /// The wait-for report.
        report: String,
    },
}

impl EventKind {
    /// A short name for the kind (`spawn`, `run`, `block`, ...), as the front end receives it.
    pub fn name(&self) -> &'static str {
        match self {
            EventKind::Spawn { .. } => "spawn",
            EventKind::Run => "run",
            EventKind::Block { .. } => "block",
            EventKind::Wake { .. } => "wake",
            EventKind::Finish => "finish",
            EventKind::Acquire { .. } => "acquire",
            EventKind::Release { .. } => "release",
            EventKind::ClockJump { .. } => "clock-jump",
            EventKind::Output { .. } => "output",
            EventKind::Library { .. } => "library",
            EventKind::Race { .. } => "race",
            EventKind::LostUpdate { .. } => "lost-update",
            EventKind::Narration { .. } => "narration",
            EventKind::Deadlock { .. } => "deadlock",
        }
    }
}

/// One event.
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    /// Instructions executed before it.
    pub step: u64,
    /// Virtual ns since the start.
    pub time_ns: u64,
    /// The thread it concerns.
    pub thread: u32,
    /// That thread's source line.
    pub line: u32,
    /// What happened.
    pub kind: EventKind,
}

/// A run's events, bounded, with a running hash over all of them.
#[derive(Debug, Clone)]
pub struct Trace {
    events: Vec<Event>,
    /// Most events kept.
    pub capacity: usize,
    /// Events not kept (past the capacity).
    pub dropped: u64,
    hash: u64,
}

/// Events kept by default (about 100 bytes each).
pub const DEFAULT_CAPACITY: usize = 200_000;

impl Default for Trace {
    fn default() -> Self {
        Trace::with_capacity(DEFAULT_CAPACITY)
    }
}

impl Trace {
    /// An empty trace keeping at most `capacity` events.
    pub fn with_capacity(capacity: usize) -> Trace {
        Trace {
            events: Vec::new(),
            capacity,
            dropped: 0,
            hash: FNV_OFFSET,
        }
    }

    /// Record an event.
    pub fn push(&mut self, event: Event) {
        self.hash = hash_event(self.hash, &event);
        if self.events.len() < self.capacity {
            self.events.push(event);
        } else {
            self.dropped += 1;
        }
    }

    /// The events kept.
    pub fn events(&self) -> &[Event] {
        &self.events
    }

    /// About how many bytes the kept events use (for the trace-memory benchmark).
    pub fn approx_bytes(&self) -> usize {
        let text = |k: &EventKind| match k {
            EventKind::Spawn { name: t, .. }
            | EventKind::Block { on: t }
            | EventKind::Output { text: t, .. }
            | EventKind::Narration { text: t }
            | EventKind::Race { text: t }
            | EventKind::LostUpdate { text: t }
            | EventKind::Deadlock { report: t } => t.capacity(),
            EventKind::Library { kind, text } => kind.capacity() + text.capacity(),
            _ => 0,
        };
        self.events.capacity() * std::mem::size_of::<Event>()
            + self.events.iter().map(|e| text(&e.kind)).sum::<usize>()
    }

    /// Events from index `from`, at most `max` (for delivery in chunks).
    pub fn chunk(&self, from: usize, max: usize) -> &[Event] {
        let start = from.min(self.events.len());
        let end = start.saturating_add(max).min(self.events.len());
        &self.events[start..end]
    }

    /// A hash of every event (kept or dropped) and of `extra` (the schedule string, the output):
    /// equal runs give equal hashes on every target.
    pub fn hash_with(&self, extra: &str) -> u64 {
        fnv(self.hash, extra.as_bytes())
    }
}

/// Fold an event into the hash without formatting it (lock events come by the million).
fn hash_event(h: u64, e: &Event) -> u64 {
    let mut h = h;
    for n in [e.step, e.time_ns, u64::from(e.thread), u64::from(e.line)] {
        h = fnv(h, &n.to_le_bytes());
    }
    let (tag, num, text): (u8, u64, &str) = match &e.kind {
        EventKind::Spawn { child, name } => (1, u64::from(*child), name),
        EventKind::Run => (2, 0, ""),
        EventKind::Block { on } => (3, 0, on),
        EventKind::Wake { timeout } => (4, u64::from(*timeout), ""),
        EventKind::Finish => (5, 0, ""),
        EventKind::Acquire { lock } => (6, u64::from(*lock), ""),
        EventKind::Release { lock } => (7, u64::from(*lock), ""),
        EventKind::ClockJump { to_ns } => (8, *to_ns, ""),
        EventKind::Output { stream, text } => (9, u64::from(*stream), text),
        EventKind::Narration { text } => (10, 0, text),
        EventKind::Race { text } => (13, 0, text),
        EventKind::LostUpdate { text } => (14, 0, text),
        EventKind::Library { kind, text } => {
            h = fnv(h, kind.as_bytes());
            (12, 0, text)
        }
        EventKind::Deadlock { report } => (11, 0, report),
    };
    h = fnv(h, &[tag]);
    h = fnv(h, &num.to_le_bytes());
    fnv(h, text.as_bytes())
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

fn fnv(mut h: u64, bytes: &[u8]) -> u64 {
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ev(step: u64) -> Event {
        Event {
            step,
            time_ns: step * 20,
            thread: 0,
            line: 1,
            kind: EventKind::Run,
        }
    }

    #[test]
    fn capacity_bounds_memory_but_not_the_hash() {
        let mut a = Trace::with_capacity(2);
        let mut b = Trace::with_capacity(2);
        for s in 0..5 {
            a.push(ev(s));
            b.push(ev(s));
        }
        assert_eq!(a.events().len(), 2);
        assert_eq!(a.dropped, 3);
        assert_eq!(a.hash_with("x"), b.hash_with("x"));
        b.push(ev(9));
        assert_ne!(a.hash_with("x"), b.hash_with("x"));
        assert_eq!(a.chunk(1, 10).len(), 1);
    }
}
