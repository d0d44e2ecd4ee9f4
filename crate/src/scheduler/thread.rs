//! Threads as the scheduler sees them: an id, a name, a state, and what a blocked thread waits for.

/// A thread's index in the run (0 is the main thread). Stable for the whole run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ThreadId(pub u32);

/// A lock's index in the run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct LockId(pub u32);

/// What a blocked thread waits for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wait {
    /// A lock to be released.
    Lock(LockId),
    /// Its sleep to end (a timer).
    Sleep,
}

/// A thread's state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ThreadState {
    /// Running on a core (holding the GIL, under a GIL policy).
    Running,
    /// Able to run, waiting for the GIL or a core.
    Ready,
    /// Waiting for something.
    Blocked(Wait),
    /// Done.
    Finished,
}

impl ThreadState {
    /// The state in words, for messages.
    pub fn describe(&self) -> &'static str {
        match self {
            ThreadState::Running => "running",
            ThreadState::Ready => "ready",
            ThreadState::Blocked(Wait::Lock(_)) => "waiting for a lock",
            ThreadState::Blocked(Wait::Sleep) => "sleeping",
            ThreadState::Finished => "finished",
        }
    }

    /// A short machine-readable name for traces.
    pub fn code(&self) -> &'static str {
        match self {
            ThreadState::Running => "running",
            ThreadState::Ready => "ready",
            ThreadState::Blocked(Wait::Lock(_)) => "blocked",
            ThreadState::Blocked(Wait::Sleep) => "sleeping",
            ThreadState::Finished => "done",
        }
    }
}

/// The scheduler's record of one thread.
#[derive(Debug, Clone)]
pub struct ThreadInfo {
    /// Its id.
    pub id: ThreadId,
    /// Its name (`MainThread`, `Thread-1 (worker)`), kept in step with `Thread.name`.
    pub name: String,
    /// A daemon thread does not keep the program alive.
    pub daemon: bool,
    /// Its state.
    pub state: ThreadState,
    /// Since when (virtual ns) it has been ready: the GIL's waiting time counts from here.
    pub ready_since_ns: u64,
    /// Counts waits, so a stale timer of an earlier wait is ignored.
    pub wait_serial: u64,
    /// Whether its last wait ended by timeout.
    pub timed_out: bool,
    /// The source line it is at (for reports), updated when it stops running.
    pub line: u32,
    /// The simulated process it belongs to (0: the program's own).
    pub process: u32,
    /// Whose pthread identity it shows (`threading.get_ident()`): itself, except that a forked
    /// process's first thread keeps the identity of the thread that forked it, as on Linux.
    pub ident_of: ThreadId,
}

impl ThreadInfo {
    /// The main thread.
    pub fn main() -> ThreadInfo {
        ThreadInfo::new(ThreadId(0), "MainThread", false)
    }

    /// A new thread record (state Ready).
    pub fn new(id: ThreadId, name: &str, daemon: bool) -> ThreadInfo {
        ThreadInfo {
            id,
            name: name.to_string(),
            daemon,
            state: ThreadState::Ready,
            ready_since_ns: 0,
            wait_serial: 0,
            timed_out: false,
            line: 0,
            process: 0,
            ident_of: id,
        }
    }
}
