//! A run the caller drives in slices: run some steps, look at the trace, choose the next thread
//! (the `manual` policy), run again. The one-shot runner ([`super::run_program`]) uses the same
//! phases, so a program behaves the same whether it is driven or run to the end.

use super::frame::RetMode;
use super::interp::Halt;
use super::{Exit, Outcome, Program, Vm};
use crate::scheduler::thread::ThreadId;

/// Where a program is in its life.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Phase {
    /// Running the main module.
    Main,
    /// Joining the non-daemon threads (`threading._shutdown`); then ending with this exit.
    Shutdown(Exit),
    /// Over.
    Done(Exit),
}

/// A thread the caller may choose.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    /// Its id (0 is the main thread).
    pub thread: u32,
    /// Its name.
    pub name: String,
    /// The program line it is at.
    pub line: u32,
}

/// What a slice ended with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Status {
    /// The slice's steps are used up; run again to go on.
    Paused,
    /// Choose one of these threads (manual policy), then run again.
    Choose(Vec<Choice>),
    /// The program is over.
    Done,
}

impl Vm {
    /// Go on until the program ends (`None`) or must stop for the caller (`Some(Pause | Choose)`).
    pub fn advance(&mut self, phase: &mut Phase) -> Option<Halt> {
        loop {
            match phase.clone() {
                Phase::Main => match self.execute() {
                    Ok(()) => *phase = self.begin_shutdown(Exit::Finished(0)),
                    Err(h @ (Halt::Pause | Halt::Choose(_))) => return Some(h),
                    Err(Halt::Uncaught(e)) if self.is_instance_of(&e.0, "SystemExit") => {
                        let status = self.system_exit_status(&e).unwrap_or(0);
                        self.frames.clear();
                        *phase = self.begin_shutdown(Exit::Finished(status));
                    }
                    Err(h) => {
                        *phase = match self.halt_exit(h) {
                            Some(exit) => Phase::Done(exit),
                            None => self.begin_shutdown(Exit::Exception),
                        }
                    }
                },
                Phase::Shutdown(exit) => match self.execute() {
                    Ok(()) => *phase = Phase::Done(exit),
                    Err(h @ (Halt::Pause | Halt::Choose(_))) => return Some(h),
                    Err(h) => *phase = Phase::Done(self.halt_exit(h).unwrap_or(exit)),
                },
                Phase::Done(_) => return None,
            }
        }
    }

    fn begin_shutdown(&mut self, exit: Exit) -> Phase {
        let Some(shutdown) = self.threading_shutdown() else {
            return Phase::Done(exit);
        };
        match self.start_call(shutdown, Vec::new(), Vec::new(), RetMode::Discard) {
            Ok(_) => Phase::Shutdown(exit),
            Err(e) => {
                let text = self.format_exception(&e);
                self.emit_stderr(&text);
                Phase::Done(exit)
            }
        }
    }

    /// The threads the caller may choose from, in words.
    pub fn choices(&self, ids: &[ThreadId]) -> Vec<Choice> {
        ids.iter()
            .filter_map(|id| self.sched.thread(*id))
            .map(|t| Choice {
                thread: t.id.0,
                name: t.name.clone(),
                line: t.line,
            })
            .collect()
    }
}

/// A program being run slice by slice.
pub struct Session {
    vm: Vm,
    phase: Phase,
    waiting: Option<Vec<ThreadId>>,
    failed: Option<Outcome>,
}

impl Session {
    /// Compile `program` and get ready to run it. Compile errors and bad settings end the session
    /// at once (its outcome says why).
    pub fn new(program: &Program) -> Session {
        match super::prepare(program) {
            Ok(mut vm) => {
                vm.interactive = true;
                Session {
                    vm,
                    phase: Phase::Main,
                    waiting: None,
                    failed: None,
                }
            }
            Err(outcome) => {
                // The report (a SyntaxError, say) is shown as the run's output, slice by slice
                // like any other.
                let mut vm = Vm::new("", "", program.budget);
                vm.stdout.clone_from(&outcome.stdout);
                vm.stderr.clone_from(&outcome.stderr);
                Session {
                    vm,
                    phase: Phase::Done(outcome.exit.clone()),
                    waiting: None,
                    failed: Some(*outcome),
                }
            }
        }
    }

    /// Run at most `max_steps` more instructions.
    pub fn run(&mut self, max_steps: u64) -> Status {
        if self.failed.is_some() || matches!(self.phase, Phase::Done(_)) {
            return Status::Done;
        }
        if let Some(ids) = &self.waiting {
            return Status::Choose(self.vm.choices(ids));
        }
        self.vm.pause_at = self.vm.steps.saturating_add(max_steps.max(1));
        self.vm.poke_scheduler();
        let halt = self.vm.advance(&mut self.phase);
        self.vm.pause_at = u64::MAX;
        match halt {
            Some(Halt::Choose(ids)) => {
                let choices = self.vm.choices(&ids);
                self.waiting = Some(ids);
                Status::Choose(choices)
            }
            Some(_) => Status::Paused,
            None => Status::Done,
        }
    }

    /// Choose the thread to run next (after [`Status::Choose`]); it runs for `steps` instructions
    /// (at least 1) before the caller is asked again. Errors say why a choice is not allowed.
    pub fn choose(&mut self, thread: u32, steps: u64) -> Result<(), String> {
        let Some(ids) = &self.waiting else {
            return Err("no choice is pending: run the session first".to_string());
        };
        let id = ThreadId(thread);
        if !ids.contains(&id) {
            return Err(self.vm.sched.cannot_run(id));
        }
        self.waiting = None;
        self.vm.choose_thread(id, steps.max(1));
        Ok(())
    }

    /// Everything the program has written so far, the trace, and (once done) how it ended.
    pub fn outcome(&mut self) -> Outcome {
        if let Some(o) = &self.failed {
            return o.clone();
        }
        let exit = match &self.phase {
            Phase::Done(e) => e.clone(),
            _ => Exit::Finished(0),
        };
        super::snapshot(&mut self.vm, exit)
    }

    /// The VM (for inspection: threads, locks, the trace).
    pub fn vm(&self) -> &Vm {
        &self.vm
    }
}
