//! The scheduler: which thread runs, when switches happen, and what time it is.
//!
//! This part is pure data and decisions; it holds no Python values, so it can be tested alone
//! and the VM drives it. Parts, one concept per file:
//! - [`thread`]: thread ids, states and what a blocked thread waits for.
//! - [`clock`]: the virtual clock and its timers.
//! - [`locks`]: the runtime's locks (owners, recursion counts, kinds and names).
//! - [`policy`]: the small interface every scheduling policy implements, and one file per policy
//!   (`cpython-3.11`, `gil-anywhere`, `free-threaded`, `random`, `manual`, `replay`).
//! - [`rng`]: the one seeded generator every scheduling decision draws from.
//! - [`schedule`]: the schedule string that replays a run exactly.
//! - [`deadlock`]: the wait-for description when every thread is stuck.
//! - [`races`]: the lockset race detector and lost-update detection.
//! - [`process`]: simulated processes, each with its own GIL.

pub mod clock;
pub mod deadlock;
pub mod locks;
pub mod policy;
pub mod process;
pub mod races;
pub mod rng;
pub mod schedule;
pub mod thread;

use clock::Clock;
use locks::Locks;
use policy::{Pick, PickContext, Policy, Slice, SliceContext};
use process::ProcessInfo;
use rng::Rng;
use schedule::Schedule;
use thread::{ThreadId, ThreadInfo, ThreadState, Wait};

/// Settings a run starts with.
#[derive(Debug, Clone)]
pub struct Settings {
    /// The policy's name (see [`policy::by_name`]).
    pub policy: String,
    /// The seed of every random decision.
    pub seed: u64,
    /// Virtual cores (for `free-threaded` and processes).
    pub cores: u32,
    /// A schedule string (for `replay`).
    pub schedule: Option<String>,
    /// Virtual nanoseconds one bytecode instruction takes.
    pub ns_per_step: u64,
    /// The wall-clock date the virtual clock starts at (Unix time, seconds).
    pub start_unix: u64,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            policy: policy::DEFAULT.to_string(),
            seed: 0,
            cores: 2,
            schedule: None,
            ns_per_step: DEFAULT_NS_PER_STEP,
            start_unix: DEFAULT_START_UNIX,
        }
    }
}

/// About how long CPython 3.11 takes per bytecode on a laptop-class core (measured: a 7-bytecode
/// loop body runs 10**7 times in about 1.5 s).
pub const DEFAULT_NS_PER_STEP: u64 = 20;

/// 2024-01-01 09:00:00 UTC: where the virtual wall clock starts, so timestamps are stable.
pub const DEFAULT_START_UNIX: u64 = 1_704_099_600;

/// CPython's default `sys.getswitchinterval()`: 5 ms.
pub const DEFAULT_SWITCH_INTERVAL_NS: u64 = 5_000_000;

/// Why the running thread stops running.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Yield {
    /// A switch was requested and honoured.
    Preempted,
    /// A thread of another process runs for a while (processes run in parallel); this one keeps
    /// its own process's GIL.
    Paused,
    /// It blocked.
    Blocked,
    /// It finished.
    Finished,
}

/// What the VM should do next.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Next {
    /// Run this thread.
    Run(ThreadId),
    /// The caller must choose (manual policy): these threads can run.
    Ask(Vec<ThreadId>),
    /// Nothing can ever run again: every live thread waits and no timer is pending.
    Deadlock,
    /// No thread is left.
    Done,
}

/// The scheduler state of one run.
pub struct Scheduler {
    policy: Box<dyn Policy>,
    /// Every thread ever started, by id.
    pub threads: Vec<ThreadInfo>,
    /// Every process ever started, by index (0 is the program's own).
    pub processes: Vec<ProcessInfo>,
    /// Processes with a thread that can run now (kept current by `update_speed`).
    live_processes: u32,
    /// How many instructions the running thread runs before another process's thread may run.
    cross_run: u64,
    /// The thread running now.
    pub current: ThreadId,
    /// The virtual clock and its timers.
    pub clock: Clock,
    /// The runtime's locks.
    pub locks: Locks,
    /// The seeded generator for scheduling decisions.
    pub rng: Rng,
    /// A second seeded generator for what the simulated world does (latencies, `os.urandom`),
    /// kept apart so that replaying a schedule does not shift it.
    pub world: Rng,
    /// The recorded schedule.
    pub schedule: Schedule,
    /// Under `replay`, the schedule being followed (to say where a run left it).
    pub replaying: Option<Vec<schedule::Segment>>,
    /// `sys.setswitchinterval`, in virtual ns.
    pub switch_interval_ns: u64,
    /// Virtual cores.
    pub cores: u32,
    /// When the running thread got the CPU (virtual ns).
    pub slice_started_ns: u64,
    /// Steps counted when the running thread got the CPU.
    pub slice_started_step: u64,
    /// The current slice's length.
    slice: Slice,
    /// The seed.
    pub seed: u64,
    base_ns_per_step: u64,
}

impl Scheduler {
    /// A scheduler with only the main thread, running. Fails on an unknown policy or a bad
    /// schedule string, with a message saying what is accepted.
    pub fn new(settings: &Settings) -> Result<Scheduler, String> {
        let policy = policy::by_name(&settings.policy, settings.schedule.as_deref())?;
        if settings.cores == 0 || settings.cores > MAX_CORES {
            return Err(format!(
                "--cores must be between 1 and {MAX_CORES}, not {}",
                settings.cores
            ));
        }
        let mut s = Scheduler {
            policy,
            threads: vec![ThreadInfo::main()],
            processes: vec![ProcessInfo::main()],
            live_processes: 1,
            cross_run: u64::MAX,
            current: ThreadId(0),
            clock: Clock::new(settings.start_unix, settings.ns_per_step.max(1)),
            locks: Locks::default(),
            rng: Rng::new(settings.seed),
            world: Rng::new(settings.seed ^ WORLD_SEED_SALT),
            schedule: Schedule::default(),
            replaying: match (settings.policy.as_str(), settings.schedule.as_deref()) {
                ("replay", Some(text)) => schedule::parse(text).ok(),
                _ => None,
            },
            switch_interval_ns: DEFAULT_SWITCH_INTERVAL_NS,
            cores: settings.cores,
            slice_started_ns: 0,
            slice_started_step: 0,
            slice: Slice::Unlimited,
            seed: settings.seed,
            base_ns_per_step: settings.ns_per_step.max(1),
        };
        s.run(ThreadId(0), 0);
        Ok(s)
    }

    /// The policy's name.
    pub fn policy_name(&self) -> &'static str {
        self.policy.name()
    }

    /// Whether the running thread may be preempted at any instruction (not only at CPython's
    /// switch points).
    pub fn preempts_anywhere(&self) -> bool {
        self.policy.preempts_anywhere()
    }

    /// How many processes were started (the first included), alive or not.
    pub fn process_count(&self) -> usize {
        self.processes.len()
    }

    /// Register a new thread of the running thread's process, ready to run.
    pub fn spawn(&mut self, name: &str, daemon: bool, now_step: u64) -> ThreadId {
        let process = self.process_of(self.current);
        self.spawn_in(name, daemon, process, now_step)
    }

    fn spawn_in(&mut self, name: &str, daemon: bool, process: u32, now_step: u64) -> ThreadId {
        let id = ThreadId(self.threads.len() as u32);
        let mut info = ThreadInfo::new(id, name, daemon);
        info.state = ThreadState::Ready;
        info.ready_since_ns = self.clock.now(now_step);
        info.process = process;
        self.threads.push(info);
        self.update_speed(now_step);
        id
    }

    /// Start a process (a fork of the running thread's): its first thread, ready to run, keeps
    /// the forking thread's identity. Returns that thread and the process's index.
    pub fn spawn_process(&mut self, name: &str, now_step: u64) -> (ThreadId, u32) {
        let parent = self.process_of(self.current);
        let index = self.processes.len() as u32;
        let next_thread = ThreadId(self.threads.len() as u32);
        self.processes.push(ProcessInfo {
            pid: process::native_id_of(next_thread.0),
            parent: Some(parent),
            main: next_thread,
            gil_keeper: None,
            gil_since_ns: self.clock.now(now_step),
        });
        let ident = self
            .thread(self.current)
            .map(|t| t.ident_of)
            .unwrap_or(ThreadId(0));
        let id = self.spawn_in(name, false, index, now_step);
        if let Some(t) = self.threads.get_mut(id.0 as usize) {
            t.ident_of = ident;
        }
        (id, index)
    }

    /// End every thread of process `index` at once (a signal killed it). Returns the threads
    /// that were still alive.
    pub fn kill_process(&mut self, index: u32, now_step: u64) -> Vec<ThreadId> {
        let mut killed = Vec::new();
        for t in &mut self.threads {
            if t.process == index && t.state != ThreadState::Finished {
                t.state = ThreadState::Finished;
                killed.push(t.id);
            }
        }
        if let Some(p) = self.processes.get_mut(index as usize) {
            p.gil_keeper = None;
        }
        self.update_speed(now_step);
        killed
    }

    /// The process thread `id` belongs to.
    pub fn process_of(&self, id: ThreadId) -> u32 {
        self.thread(id).map(|t| t.process).unwrap_or(0)
    }

    /// The running thread's process.
    pub fn current_process(&self) -> &ProcessInfo {
        let index = self.process_of(self.current) as usize;
        self.processes
            .get(index)
            .or_else(|| self.processes.first())
            .expect("the scheduler always has the main process")
    }

    /// Whether threads of several processes can run now under a GIL that only switches at
    /// CPython's switch points: then each process has its own GIL and processes interleave at
    /// any instruction.
    fn per_process_gil(&self) -> bool {
        self.live_processes > 1 && self.policy.uses_gil() && !self.policy.preempts_anywhere()
    }

    /// Whether thread `t` may run now: no other thread of its process keeps that process's GIL.
    fn eligible(&self, t: &ThreadInfo) -> bool {
        match self
            .processes
            .get(t.process as usize)
            .and_then(|p| p.gil_keeper)
        {
            Some(keeper) => keeper == t.id,
            None => true,
        }
    }

    /// Threads that are ready to run (waiting for the CPU or the GIL), oldest first.
    pub fn ready(&self) -> Vec<ThreadId> {
        let mut r: Vec<&ThreadInfo> = self
            .threads
            .iter()
            .filter(|t| t.state == ThreadState::Ready && self.eligible(t))
            .collect();
        r.sort_by_key(|t| (t.ready_since_ns, t.id.0));
        r.into_iter().map(|t| t.id).collect()
    }

    /// Whether a thread other than the running one waits for the running thread's GIL (with
    /// one process, or without a GIL: whether any other thread is ready).
    pub fn others_ready(&self) -> bool {
        self.gil_waiters().next().is_some()
    }

    fn gil_waiters(&self) -> impl Iterator<Item = &ThreadInfo> {
        let same_process_only = self.per_process_gil();
        let mine = self.process_of(self.current);
        self.threads.iter().filter(move |t| {
            t.state == ThreadState::Ready
                && t.id != self.current
                && (!same_process_only || t.process == mine)
        })
    }

    /// When the running thread's hold on the GIL began (its switch interval counts from here).
    fn gil_since_ns(&self) -> u64 {
        if self.per_process_gil() {
            self.current_process().gil_since_ns
        } else {
            self.slice_started_ns
        }
    }

    /// Whether a thread of another process is ready to run.
    fn other_process_ready(&self) -> bool {
        let mine = self.process_of(self.current);
        self.threads
            .iter()
            .any(|t| t.state == ThreadState::Ready && t.process != mine && self.eligible(t))
    }

    /// Whether the running thread should let another process's thread run now (at any
    /// instruction: the processes really run at once).
    pub fn cross_switch_due(&self, now_step: u64) -> bool {
        self.per_process_gil()
            && now_step >= self.slice_started_step.saturating_add(self.cross_run)
            && self.other_process_ready()
    }

    /// The step at which the running thread must next consult the scheduler: a timer fires, a
    /// switch becomes due, or a fixed slice ends. `u64::MAX` when nothing is pending.
    pub fn next_check_step(&self, now_step: u64) -> u64 {
        let mut at = u64::MAX;
        if let Some(t) = self.clock.next_timer() {
            at = at.min(self.clock.step_at(t, now_step));
        }
        at = at.min(self.next_cross_step(now_step));
        match self.slice {
            Slice::Steps(n) => at = at.min(self.slice_started_step.saturating_add(n)),
            Slice::Time(ns) => {
                if self.others_ready() {
                    let waited_from = self
                        .gil_waiters()
                        .map(|t| t.ready_since_ns)
                        .min()
                        .unwrap_or(0)
                        .max(self.gil_since_ns());
                    at = at.min(self.clock.step_at(waited_from.saturating_add(ns), now_step));
                }
            }
            Slice::Unlimited => {}
        }
        at.max(now_step)
    }

    /// The step at which the next timer fires (`u64::MAX` when none is pending).
    pub fn next_timer_step(&self, now_step: u64) -> u64 {
        match self.clock.next_timer() {
            Some(t) => self.clock.step_at(t, now_step),
            None => u64::MAX,
        }
    }

    /// The step at which another process's thread may next run (`u64::MAX` when none waits).
    pub fn next_cross_step(&self, now_step: u64) -> u64 {
        if self.per_process_gil() && self.other_process_ready() {
            self.slice_started_step
                .saturating_add(self.cross_run)
                .max(now_step)
        } else {
            u64::MAX
        }
    }

    /// A fixed slice that ran out while no other thread was ready starts over.
    pub fn renew_idle_slice(&mut self, now_step: u64) {
        if let Slice::Steps(n) = self.slice {
            if now_step >= self.slice_started_step.saturating_add(n) && !self.others_ready() {
                self.schedule.end(now_step);
                self.schedule.begin(self.current, now_step);
                self.slice_started_step = now_step;
                self.slice_started_ns = self.clock.now(now_step);
            }
        }
    }

    /// Whether the running thread should give up the CPU now (at a preemption point).
    pub fn switch_due(&self, now_step: u64) -> bool {
        self.others_ready() && self.slice_expired(now_step)
    }

    fn slice_expired(&self, now_step: u64) -> bool {
        match self.slice {
            Slice::Steps(n) => now_step >= self.slice_started_step.saturating_add(n),
            Slice::Time(ns) => {
                let waited_from = self.gil_waiters().map(|t| t.ready_since_ns).min();
                match waited_from {
                    Some(w) => {
                        self.clock.now(now_step) >= w.max(self.gil_since_ns()).saturating_add(ns)
                    }
                    None => false,
                }
            }
            Slice::Unlimited => false,
        }
    }

    /// Wake every thread whose timer has fired by now. Returns the threads woken.
    pub fn fire_timers(&mut self, now_step: u64) -> Vec<ThreadId> {
        let now = self.clock.now(now_step);
        let mut woken = Vec::new();
        while let Some(timer) = self.clock.pop_due(now) {
            let Some(t) = self.threads.get_mut(timer.thread.0 as usize) else {
                continue;
            };
            if t.wait_serial != timer.serial || !matches!(t.state, ThreadState::Blocked(_)) {
                continue;
            }
            t.timed_out = !matches!(t.state, ThreadState::Blocked(Wait::Sleep));
            t.state = ThreadState::Ready;
            t.ready_since_ns = timer.at;
            woken.push(t.id);
        }
        if !woken.is_empty() {
            self.update_speed(now_step);
        }
        woken
    }

    /// Block the running thread on `wait` until woken or until `deadline` (virtual ns).
    pub fn block(&mut self, wait: Wait, deadline: Option<u64>, now_step: u64) {
        let id = self.current;
        let Some(t) = self.threads.get_mut(id.0 as usize) else {
            return;
        };
        t.wait_serial += 1;
        t.timed_out = false;
        t.state = ThreadState::Blocked(wait);
        let serial = t.wait_serial;
        if let Some(at) = deadline {
            self.clock.add_timer(at, id, serial);
        }
        self.update_speed(now_step);
    }

    /// Wake every thread blocked on `wait` (they retry what they waited for when they run).
    pub fn wake_all(&mut self, wait: Wait, now_step: u64) -> Vec<ThreadId> {
        let now = self.clock.now(now_step);
        let mut woken = Vec::new();
        for t in &mut self.threads {
            if t.state == ThreadState::Blocked(wait) {
                t.state = ThreadState::Ready;
                t.timed_out = false;
                t.ready_since_ns = now;
                woken.push(t.id);
            }
        }
        if !woken.is_empty() {
            self.update_speed(now_step);
        }
        woken
    }

    /// The running thread stops running (preempted, blocked or finished); choose what runs next.
    /// Jumps the clock to the next timer when nothing is ready.
    pub fn next(&mut self, why: Yield, now_step: u64) -> Next {
        let me = self.current;
        let my_process = self.process_of(me);
        let ran = now_step.saturating_sub(self.slice_started_step);
        self.schedule.end(now_step);
        let keeps_gil = why == Yield::Paused && self.per_process_gil();
        if let Some(t) = self.threads.get_mut(me.0 as usize) {
            match why {
                Yield::Preempted | Yield::Paused => {
                    t.state = ThreadState::Ready;
                    t.ready_since_ns = self.clock.now(now_step);
                }
                Yield::Finished => t.state = ThreadState::Finished,
                Yield::Blocked => {}
            }
        }
        if keeps_gil {
            if let Some(p) = self.processes.get_mut(my_process as usize) {
                p.gil_keeper = Some(me);
            }
        }
        loop {
            let mut ready = self.ready();
            if why == Yield::Paused {
                let elsewhere: Vec<ThreadId> = ready
                    .iter()
                    .copied()
                    .filter(|t| self.process_of(*t) != my_process)
                    .collect();
                if !elsewhere.is_empty() {
                    ready = elsewhere;
                }
            }
            if !ready.is_empty() {
                let ctx = PickContext {
                    ready: &ready,
                    previous: me,
                    why,
                    ran,
                };
                return match self.policy.pick(&ctx, &mut self.rng) {
                    Pick::Thread(id) if ready.contains(&id) => Next::Run(id),
                    Pick::Thread(_) | Pick::Ask => Next::Ask(ready),
                };
            }
            let live = self
                .threads
                .iter()
                .any(|t| !matches!(t.state, ThreadState::Finished));
            if !live {
                return Next::Done;
            }
            match self.clock.next_timer() {
                Some(at) => {
                    self.clock.jump_to(at, now_step);
                    self.fire_timers(now_step);
                }
                None => return Next::Deadlock,
            }
        }
    }

    /// Make `id` the running thread (it must be ready) and start its slice.
    pub fn run(&mut self, id: ThreadId, now_step: u64) {
        self.current = id;
        if let Some(t) = self.threads.get_mut(id.0 as usize) {
            t.state = ThreadState::Running;
        }
        let now = self.clock.now(now_step);
        let process = self.process_of(id);
        if let Some(p) = self.processes.get_mut(process as usize) {
            if p.gil_keeper == Some(id) {
                p.gil_keeper = None;
            } else {
                p.gil_since_ns = now;
            }
        }
        self.slice_started_ns = now;
        self.slice_started_step = now_step;
        let ctx = SliceContext {
            switch_interval_ns: self.switch_interval_ns,
            ns_per_step: self.clock.ns_per_step(),
        };
        self.slice = self.policy.slice(&ctx, &mut self.rng);
        self.schedule.begin(id, now_step);
        self.update_speed(now_step);
        self.cross_run = if self.per_process_gil() {
            self.rng.between(1, process::MAX_CROSS_RUN)
        } else {
            u64::MAX
        };
    }

    /// Let the running thread run `steps` instructions before the policy is asked again (the
    /// manual policy's caller grants this with each choice).
    pub fn grant(&mut self, steps: u64, now_step: u64) {
        self.slice = Slice::Steps(steps.max(1));
        self.slice_started_step = now_step;
    }

    /// The policy's chosen next thread is not ready (replay mismatch) or the caller chose one that
    /// cannot run: the reason in words.
    pub fn cannot_run(&self, id: ThreadId) -> String {
        match self.threads.get(id.0 as usize) {
            None => format!("there is no thread {}", id.0),
            Some(t) => format!("{} cannot run now: it is {}", t.name, t.state.describe()),
        }
    }

    /// Under a GIL one thread runs at a time; without one (free-threaded) up to `cores` threads
    /// run at once, so each instruction takes a fraction of the wall time.
    fn update_speed(&mut self, now_step: u64) {
        let mut live: Vec<u32> = self
            .threads
            .iter()
            .filter(|t| matches!(t.state, ThreadState::Ready | ThreadState::Running))
            .map(|t| t.process)
            .collect();
        live.sort_unstable();
        live.dedup();
        self.live_processes = live.len() as u32;
        if self.cross_run == u64::MAX && self.per_process_gil() {
            // A second process became ready while this thread was running alone.
            self.cross_run = now_step.saturating_sub(self.slice_started_step)
                + self.rng.between(1, process::MAX_CROSS_RUN);
        }
        let parallel = if self.policy.uses_gil() {
            u64::from(self.live_processes).clamp(1, u64::from(self.cores))
        } else {
            let running = self
                .threads
                .iter()
                .filter(|t| matches!(t.state, ThreadState::Ready | ThreadState::Running))
                .count() as u64;
            running.clamp(1, u64::from(self.cores))
        };
        self.clock
            .set_ns_per_step((self.base_ns_per_step / parallel).max(1), now_step);
    }

    /// A thread by id.
    pub fn thread(&self, id: ThreadId) -> Option<&ThreadInfo> {
        self.threads.get(id.0 as usize)
    }

    /// A thread by id, mutably.
    pub fn thread_mut(&mut self, id: ThreadId) -> Option<&mut ThreadInfo> {
        self.threads.get_mut(id.0 as usize)
    }
}

/// Mixed into the seed of the world generator.
const WORLD_SEED_SALT: u64 = 0x0005_EED0_FA11_D474;

/// Most virtual cores a run may ask for.
pub const MAX_CORES: u32 = 64;
