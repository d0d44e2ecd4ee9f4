//! Simulated processes: each has a pid, a parent, a first thread and its own GIL, so threads of
//! different processes run in parallel on separate virtual cores even under `cpython-3.11`.
//!
//! Under a GIL policy the scheduler interleaves processes at any instruction, in short seeded
//! runs (they really run at once), while threads inside one process still switch only where
//! CPython 3.11 checks for a switch request. A thread interrupted for another process keeps its
//! own process's GIL until it runs again ([`ProcessInfo::gil_keeper`]).

use super::thread::ThreadId;

/// The program's simulated process id (`os.getpid()`), and the base of native thread ids and of
/// child process ids (a child's pid is its first thread's native id, as on Linux).
pub const MAIN_PID: i64 = 4242;

/// The simulated parent of the program (a shell): `os.getppid()` in the main process.
pub const SHELL_PID: i64 = 4200;

/// Longest run of instructions one process executes before another process's thread interleaves.
pub const MAX_CROSS_RUN: u64 = 300;

/// The scheduler's record of one process.
#[derive(Debug, Clone)]
pub struct ProcessInfo {
    /// Its pid.
    pub pid: i64,
    /// The process that started it (`None` for the program's own).
    pub parent: Option<u32>,
    /// Its first thread.
    pub main: ThreadId,
    /// A thread of this process that was interrupted so another process could run; it still
    /// holds this process's GIL, so no other thread of this process may run before it.
    pub gil_keeper: Option<ThreadId>,
    /// When this process's GIL last changed hands (virtual ns): its switch interval counts from here.
    pub gil_since_ns: u64,
}

impl ProcessInfo {
    /// The program's own process.
    pub fn main() -> ProcessInfo {
        ProcessInfo {
            pid: MAIN_PID,
            parent: None,
            main: ThreadId(0),
            gil_keeper: None,
            gil_since_ns: 0,
        }
    }
}

/// The native thread id of thread `index` (`threading.get_native_id()`); also the pid of a
/// process whose first thread it is.
pub fn native_id_of(index: u32) -> i64 {
    MAIN_PID + i64::from(index)
}
