//! Threads in the VM: the instruction loop under the scheduler.
//!
//! Each thread is a stack of activations. The running thread's stack is `Vm::frames`; the others
//! wait in [`SavedStack`]s, so a switch is two `Vec` swaps. The loop counts steps and consults the
//! scheduler only at a precomputed step (a timer, a switch becoming due, a fixed slice ending, the
//! budget), so single-threaded code pays one comparison per instruction. Blocking builtins return
//! [`Step::Block`](super::native::Step::Block); the thread is parked with its native activation on
//! top and resumed with [`Input::Woken`] when the scheduler runs it again.

use super::frame::Activation;
use super::interp::{Done, Halt};
use super::native::{Block, Input};
use super::object::ObjData;
use super::value::Value;
use super::{Exit, PyErr, Vm};
use crate::scheduler::thread::{ThreadId, ThreadState, Wait};
use crate::scheduler::{Next, Yield};
use crate::trace::{Event, EventKind};

/// The main thread's id.
pub const MAIN: ThreadId = ThreadId(0);

/// A thread that is not running: its stack and per-thread interpreter state.
#[derive(Default)]
pub struct SavedStack {
    /// Its activations.
    pub frames: Vec<Activation>,
    /// Python frames on it (for RecursionError).
    pub depth: usize,
    /// Its pending re-raise flag.
    pub reraising: bool,
    /// It is parked in a blocking builtin that must be resumed when it runs.
    pub parked: bool,
}

/// Per-run thread bookkeeping the VM keeps beside the scheduler.
#[derive(Default)]
pub struct ThreadTable {
    /// Saved stacks by thread id (the running thread's entry is empty).
    pub saved: Vec<SavedStack>,
    /// The lock each thread releases when it ends (`join` waits on it).
    pub end_locks: Vec<Option<crate::scheduler::thread::LockId>>,
    /// Each simulated process's own `__main__` module, by process index (empty until a
    /// process is forked; then index 0 is the program's).
    pub worlds: Vec<super::value::Obj>,
}

impl Vm {
    /// Execute the running thread (and, when it blocks or is preempted, the others) until the
    /// main thread's stack is empty, or, in a nested run, until the nested stack is empty.
    pub fn execute(&mut self) -> Result<(), Halt> {
        if let Some(h) = self.pending_halt.take() {
            return Err(h);
        }
        loop {
            if self.frames.is_empty() {
                if self.nested > 0 || self.sched.current == MAIN {
                    return Ok(());
                }
                self.end_thread()?;
                continue;
            }
            if self.steps >= self.check_step {
                self.on_check()?;
                continue;
            }
            self.steps += 1;
            if self.preempt_pending && self.at_preemption_point() {
                if let Err(e) = self.step() {
                    self.raise(e)?;
                }
                if self.blocked.is_none() && !self.released && !self.frames.is_empty() {
                    self.preempt_pending = false;
                    self.switch_away(Yield::Preempted)?;
                }
                continue;
            }
            if let Err(e) = self.run_instructions(true) {
                self.raise(e)?;
            }
        }
    }

    /// Raise `e` in the running thread. An exception nothing catches ends a non-main thread
    /// (printed like CPython's `threading.excepthook`); in the main thread it ends the loop.
    pub(crate) fn raise(&mut self, e: PyErr) -> Result<(), Halt> {
        if self.output_over {
            return Err(Halt::Budget(Exit::OutputLimit));
        }
        if self.over_memory() {
            return Err(Halt::Budget(Exit::MemoryBudget));
        }
        match self.unwind(e) {
            Err(Halt::Uncaught(e)) if self.nested == 0 && self.sched.current != MAIN => {
                if !self.is_instance_of(&e.0, "SystemExit") {
                    let name = self.current_thread_name();
                    let text = self.format_exception(&e);
                    self.emit_stderr(&format!("Exception in thread {name}:\n{text}"));
                }
                self.frames.clear();
                Ok(())
            }
            other => other,
        }
    }

    /// Ask the scheduler to look at the state again before the next instruction.
    pub fn poke_scheduler(&mut self) {
        self.check_step = self.steps;
    }

    /// A blocking builtin parks the running thread (called by `run_native`).
    pub(crate) fn request_block(&mut self, block: Block) {
        self.blocked = Some(block);
        self.poke_scheduler();
    }

    fn at_preemption_point(&self) -> bool {
        if self.sched.preempts_anywhere() {
            return true;
        }
        match self.frames.last() {
            Some(Activation::Py(f)) => f
                .code
                .instrs
                .get(f.ip)
                .is_some_and(|i| i.is_switch_point(f.ip as u32)),
            _ => false,
        }
    }

    fn on_check(&mut self) -> Result<(), Halt> {
        if self.output_over {
            return Err(Halt::Budget(Exit::OutputLimit));
        }
        if self.steps >= self.step_budget() {
            return Err(Halt::Budget(Exit::StepBudget));
        }
        if self.steps >= self.pause_at
            && self.nested == 0
            && self.blocked.is_none()
            && !self.released
        {
            self.pause_at = u64::MAX;
            self.recompute_check();
            return Err(Halt::Pause);
        }
        if self.nested > 0 {
            if self.blocked.take().is_some() {
                let e = self.runtime_error(
                    "not supported by Interleave: a blocking call while a module is being imported",
                );
                self.raise(e)?;
            }
            self.check_step = self.step_budget();
            return Ok(());
        }
        if let Some(b) = self.blocked.take() {
            let what = self.describe_wait(b.wait);
            self.sched.block(b.wait, b.deadline, self.steps);
            self.record(EventKind::Block { on: what });
            return self.switch_away(Yield::Blocked);
        }
        self.fire_timers();
        if self.released {
            // A builtin let the GIL go for a moment: a pending or due switch happens here.
            self.released = false;
            self.sched.renew_idle_slice(self.steps);
            if self.preempt_pending || self.sched.switch_due(self.steps) {
                return self.switch_away_from(Yield::Preempted, true);
            }
            self.recompute_check();
            return self.resume_parked();
        }
        self.sched.renew_idle_slice(self.steps);
        if self.sched.cross_switch_due(self.steps) {
            return self.switch_away(Yield::Paused);
        }
        if self.sched.switch_due(self.steps) {
            if self.sched.preempts_anywhere() {
                return self.switch_away(Yield::Preempted);
            }
            self.preempt_pending = true;
        }
        self.recompute_check();
        Ok(())
    }

    fn recompute_check(&mut self) {
        if self.released {
            // A builtin is parked at a release point: the scheduler must look before anything runs.
            self.check_step = self.steps;
            return;
        }
        let at = if self.preempt_pending {
            self.sched
                .next_timer_step(self.steps)
                .min(self.sched.next_cross_step(self.steps))
        } else {
            self.sched.next_check_step(self.steps)
        };
        self.check_step = at
            .max(self.steps + 1)
            .min(self.step_budget())
            .min(self.pause_at.max(self.steps + 1));
    }

    fn fire_timers(&mut self) {
        for id in self.sched.fire_timers(self.steps) {
            let timeout = self.sched.thread(id).is_some_and(|t| t.timed_out);
            self.record_for(id, EventKind::Wake { timeout });
        }
    }

    /// The running thread stops; run whatever the scheduler picks next.
    fn switch_away(&mut self, why: Yield) -> Result<(), Halt> {
        self.switch_away_from(why, why == Yield::Blocked)
    }

    /// [`Self::switch_away`], saying whether the thread is parked in a builtin (`parked`: it
    /// resumes there with [`Input::Woken`] when it runs again).
    fn switch_away_from(&mut self, why: Yield, parked: bool) -> Result<(), Halt> {
        self.preempt_pending = false;
        let me = self.sched.current;
        let line = self.current_line();
        if let Some(t) = self.sched.thread_mut(me) {
            t.line = line;
        }
        let before = self.sched.clock.now(self.steps);
        let next = self.sched.next(why, self.steps);
        let after = self.sched.clock.now(self.steps);
        if after > before {
            self.record(EventKind::ClockJump { to_ns: after });
            for t in self.sched.threads.clone() {
                if t.state == ThreadState::Ready && t.ready_since_ns == after && t.id != me {
                    self.record_for(
                        t.id,
                        EventKind::Wake {
                            timeout: t.timed_out,
                        },
                    );
                }
            }
        }
        match next {
            Next::Run(id) => self.switch_to(id, parked),
            Next::Ask(ready) => {
                // The manual policy's caller chooses; without one, the longest-waiting thread.
                if self.interactive {
                    self.pending_choice = Some(parked);
                    return Err(Halt::Choose(ready));
                }
                let id = ready.first().copied().unwrap_or(MAIN);
                self.switch_to(id, parked)
            }
            Next::Deadlock => {
                let mut locks = self.sched.locks.clone();
                for (id, name) in self.lock_variable_names() {
                    let base = locks.get(id).map(|l| l.name.clone()).unwrap_or_default();
                    locks.rename(id, &format!("{base} ('{name}')"));
                }
                let report = crate::scheduler::deadlock::describe(&self.sched.threads, &locks);
                self.record(EventKind::Deadlock {
                    report: report.clone(),
                });
                Err(Halt::Deadlock(report))
            }
            Next::Done => Err(Halt::SysExit(0)),
        }
    }

    fn switch_to(&mut self, id: ThreadId, me_parked: bool) -> Result<(), Halt> {
        let me = self.sched.current;
        let resume = if id == me {
            me_parked
        } else {
            let out = SavedStack {
                frames: std::mem::take(&mut self.frames),
                depth: self.depth,
                reraising: self.reraising,
                parked: me_parked,
            };
            let incoming = match self.threads.saved.get_mut(id.0 as usize) {
                Some(s) => std::mem::take(s),
                None => SavedStack::default(),
            };
            if let Some(slot) = self.threads.saved.get_mut(me.0 as usize) {
                *slot = out;
            }
            self.frames = incoming.frames;
            self.depth = incoming.depth;
            self.reraising = incoming.reraising;
            incoming.parked
        };
        self.sched.run(id, self.steps);
        self.record(EventKind::Run);
        if resume {
            self.resume_parked()?;
        }
        if self.blocked.is_some() {
            self.poke_scheduler();
        } else {
            self.recompute_check();
        }
        Ok(())
    }

    /// Answer a pending manual choice: run `id` for `steps` instructions.
    pub fn choose_thread(&mut self, id: ThreadId, steps: u64) {
        let parked = self.pending_choice.take().unwrap_or(false);
        if let Err(h) = self.switch_to(id, parked) {
            self.pending_halt = Some(h);
        }
        self.sched.grant(steps, self.steps);
        self.recompute_check();
    }

    /// Resume the blocking builtin on top of the running thread's stack.
    fn resume_parked(&mut self) -> Result<(), Halt> {
        let timed_out = self
            .sched
            .thread(self.sched.current)
            .is_some_and(|t| t.timed_out);
        let Some(Activation::Native(nf, mode)) = self.frames.pop() else {
            let e = self.runtime_error("internal: a parked thread has no native frame on top");
            return self.raise(e);
        };
        match self.run_native(nf, mode.clone(), Input::Woken { timed_out }) {
            Ok(Some(v)) => {
                if let Err(e) = self.deliver(Done::Return(v), mode) {
                    self.raise(e)?;
                }
                Ok(())
            }
            Ok(None) => Ok(()),
            Err(e) => self.raise(e),
        }
    }

    /// The running (non-main) thread's stack is empty: release its end lock, then switch.
    fn end_thread(&mut self) -> Result<(), Halt> {
        let me = self.sched.current;
        self.release_end_lock(me);
        self.record(EventKind::Finish);
        self.switch_away(Yield::Finished)
    }

    /// Thread `id` has ended: release the lock `join` waits on.
    pub(crate) fn release_end_lock(&mut self, id: ThreadId) {
        if let Some(Some(lock)) = self.threads.end_locks.get(id.0 as usize).copied() {
            if self.sched.locks.release(lock, id).unwrap_or(false) {
                self.wake_waiters(lock);
            }
        }
    }

    /// Wake the threads waiting for `lock` (after it was released).
    pub fn wake_waiters(&mut self, lock: crate::scheduler::thread::LockId) {
        for id in self.sched.wake_all(Wait::Lock(lock), self.steps) {
            self.record_for(id, EventKind::Wake { timeout: false });
        }
        self.poke_scheduler();
    }

    /// Start a thread that will call `func()`; returns its id. It runs when the scheduler picks it.
    pub fn spawn_thread(
        &mut self,
        func: Value,
        name: &str,
        daemon: bool,
        end_lock: Option<crate::scheduler::thread::LockId>,
    ) -> Result<ThreadId, PyErr> {
        self.start_thread(func, name, daemon, end_lock, false)
    }

    /// Start `func()` in a new thread, of this process or (`new_process`) of a new process.
    pub(crate) fn start_thread(
        &mut self,
        func: Value,
        name: &str,
        daemon: bool,
        end_lock: Option<crate::scheduler::thread::LockId>,
        new_process: bool,
    ) -> Result<ThreadId, PyErr> {
        let id = if new_process {
            self.sched.spawn_process(name, self.steps).0
        } else {
            self.sched.spawn(name, daemon, self.steps)
        };
        self.enable_race_detection();
        let saved_frames = std::mem::take(&mut self.frames);
        let saved_depth = std::mem::replace(&mut self.depth, 0);
        let started = self.start_call(func, Vec::new(), Vec::new(), super::frame::RetMode::Discard);
        let frames = std::mem::replace(&mut self.frames, saved_frames);
        let depth = std::mem::replace(&mut self.depth, saved_depth);
        started?;
        let idx = id.0 as usize;
        if self.threads.saved.len() <= idx {
            self.threads.saved.resize_with(idx + 1, SavedStack::default);
            self.threads.end_locks.resize(idx + 1, None);
        }
        self.threads.saved[idx] = SavedStack {
            frames,
            depth,
            reraising: false,
            parked: false,
        };
        self.threads.end_locks[idx] = end_lock;
        if let Some(l) = end_lock {
            self.sched.locks.try_acquire(l, id);
        }
        self.record(EventKind::Spawn {
            child: id.0,
            name: name.to_string(),
        });
        self.poke_scheduler();
        Ok(id)
    }

    /// The running thread's name.
    pub fn current_thread_name(&self) -> String {
        self.sched
            .thread(self.sched.current)
            .map(|t| t.name.clone())
            .unwrap_or_default()
    }

    /// The program line the running thread is at (library frames skipped: a thread blocked in
    /// `queue.get()` is "at" the line that called it).
    pub fn current_line(&self) -> u32 {
        self.frames
            .iter()
            .rev()
            .find_map(|a| match a {
                Activation::Py(f) if !f.code.library => Some(f.line),
                _ => None,
            })
            .unwrap_or(0)
    }

    /// Whether the code calling into `_thread` is library code (a `<frozen ...>` module such as
    /// threading.py making an Event's lock) rather than the program.
    pub fn in_library_code(&self) -> bool {
        self.frames
            .iter()
            .rev()
            .find_map(|a| match a {
                Activation::Py(f) if &*f.code.filename != "<frozen _thread>" => {
                    Some(f.code.library)
                }
                _ => None,
            })
            .unwrap_or(false)
    }

    /// Names the program gave its locks (module globals holding a lock object), for reports.
    pub fn lock_variable_names(&self) -> Vec<(crate::scheduler::thread::LockId, String)> {
        let Some(main) = self.modules.get("__main__") else {
            return Vec::new();
        };
        let ObjData::Module(m) = &*main.data() else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for (k, v) in m.dict.items() {
            let (Value::Str(name), Value::Obj(o)) = (&k, &v) else {
                continue;
            };
            if let ObjData::Instance(i) = &*o.data() {
                let is_lock =
                    matches!(&*i.class.data(), ObjData::Class(c) if &*c.module == "_thread");
                if let (true, Some(id)) = (is_lock, i.dict.get_str("_id").and_then(|v| v.as_i64()))
                {
                    out.push((
                        crate::scheduler::thread::LockId(id as u32),
                        name.to_string(),
                    ));
                }
            }
        }
        out
    }

    fn describe_wait(&self, wait: Wait) -> String {
        match wait {
            Wait::Sleep => "a timer".to_string(),
            Wait::Lock(id) => self
                .sched
                .locks
                .get(id)
                .map(|l| l.name.clone())
                .unwrap_or_else(|| "a lock".to_string()),
        }
    }

    /// Record a trace event for the running thread.
    pub fn record(&mut self, kind: EventKind) {
        let id = self.sched.current;
        self.record_for(id, kind);
    }

    /// Record a trace event for thread `id`.
    pub fn record_for(&mut self, id: ThreadId, kind: EventKind) {
        let line = if id == self.sched.current {
            self.current_line()
        } else {
            self.sched.thread(id).map(|t| t.line).unwrap_or(0)
        };
        let event = Event {
            step: self.steps,
            time_ns: self.sched.clock.now(self.steps),
            thread: id.0,
            line,
            kind,
        };
        self.trace.push(event);
    }
}
