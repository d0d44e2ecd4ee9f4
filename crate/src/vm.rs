//! The virtual machine: runs compiled Python code deterministically.
//!
//! One [`Vm`] runs one program. Its state is all on the heap (frames, generators, objects), its
//! output goes to in-memory buffers, and it stops at a step budget and a memory budget, so a run
//! is a pure function of the program and its inputs. Parts:
//! [`value`] and [`object`] (the data), [`types`] (builtin classes), [`dict`] (hash tables),
//! [`frame`] (activations), [`interp`] (the instruction loop), [`call`] (argument binding),
//! [`ops`] (operators), [`attrs`] (attribute access), [`iterators`] (builtin iteration),
//! [`repr`] (str and repr), [`builtins`] (builtin functions), [`errors`] (exceptions and
//! tracebacks), [`native`] (builtins that call back into Python), [`modules`] (importable
//! modules) and `prelude.py` (builtins written in Python).

pub mod attr_calls;
pub mod attrs;
pub mod awaitable;
pub mod builtin_dirs;
pub mod builtins;
pub mod bytes;
pub mod call;
pub mod carets;
pub mod class_attr_cache;
pub mod dict;
pub mod dict_pairs;
pub mod dunder_chain;
pub mod errors;
pub mod extreme;
pub mod fork;
pub mod frame;
pub mod inline_cache;
pub mod int_bytes;
pub mod interp;
pub mod iterators;
pub mod ledger;
pub mod methods;
pub mod modules;
pub mod native;
pub mod object;
pub mod ops;
pub mod race_hooks;
pub mod repr;
pub mod session;
pub mod str_add;
pub mod threads;
pub mod types;
pub mod unbound;
pub mod value;
pub mod work;

use frame::Activation;
use object::{ObjBox, ObjData};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use types::{TypeId, Types};
use value::{Obj, Value};

/// A raised Python exception (an instance of a BaseException subclass).
#[derive(Debug, Clone)]
pub struct PyErr(pub Value);

/// The result of anything that can raise.
pub type PyResult<T> = Result<T, PyErr>;

/// Limits a run must stay within.
#[derive(Debug, Clone, Copy)]
pub struct Budget {
    /// Most bytecode instructions executed.
    pub steps: u64,
    /// Most memory units the program's live objects may hold at once (a unit is about 24
    /// bytes: one list or tuple slot; see [`ledger`]).
    pub memory: u64,
    /// Most bytes the program may write to stdout and stderr together.
    pub output: u64,
}

impl Default for Budget {
    fn default() -> Self {
        Budget {
            steps: 200_000_000,
            memory: 32_000_000,
            output: 16 << 20,
        }
    }
}

/// How a run ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Exit {
    /// The program finished (exit status 0, or `sys.exit(n)`).
    Finished(i32),
    /// An uncaught exception (its traceback is in stderr; exit status 1).
    Exception,
    /// A compile error (printed to stderr; exit status 1).
    CompileError,
    /// The step budget ran out.
    StepBudget,
    /// The memory budget ran out.
    MemoryBudget,
    /// The output limit ran out.
    OutputLimit,
    /// Every thread waited with nothing to wake it (CPython would hang).
    Deadlock,
}

/// What a run produced.
#[derive(Debug, Clone)]
pub struct Outcome {
    /// Everything the program wrote to stdout.
    pub stdout: String,
    /// Everything written to stderr (tracebacks, warnings, budget messages).
    pub stderr: String,
    /// How it ended.
    pub exit: Exit,
    /// Instructions executed.
    pub steps: u64,
    /// The schedule string that replays this run.
    pub schedule: String,
    /// The trace's hash (equal runs, equal hashes, on every target).
    pub trace_hash: u64,
    /// The trace.
    pub trace: crate::trace::Trace,
    /// Virtual time at the end (ns since the start).
    pub time_ns: u64,
    /// A replayed run that did not follow its schedule: where and why (None otherwise).
    pub replay_warning: Option<String>,
}

/// How budget messages tell the user to raise a budget (the CLI and the page differ).
#[derive(Debug, Clone)]
pub struct BudgetHints {
    /// For the step budget.
    pub steps: String,
    /// For the memory budget.
    pub memory: String,
    /// For the output limit.
    pub output: String,
}

impl Default for BudgetHints {
    fn default() -> Self {
        BudgetHints {
            steps: "raise the budget (--max-steps)".to_string(),
            memory: "raise it with --max-memory".to_string(),
            output: "raise it with --max-output".to_string(),
        }
    }
}

impl Outcome {
    fn failed(stderr: String, exit: Exit) -> Outcome {
        Outcome {
            stdout: String::new(),
            stderr,
            exit,
            steps: 0,
            schedule: String::new(),
            trace_hash: 0,
            trace: crate::trace::Trace::default(),
            time_ns: 0,
            replay_warning: None,
        }
    }

    /// The exit status `python3` would give.
    pub fn status(&self) -> i32 {
        match self.exit {
            Exit::Finished(n) => n,
            _ => 1,
        }
    }
}

/// Run a whole program with the default scheduler settings (`cpython-3.11`, seed 0).
pub fn run_source(source: &str, filename: &str, stdin: &str, budget: Budget) -> Outcome {
    run_program(&Program {
        source,
        filename,
        stdin,
        argv: &[],
        budget,
        settings: crate::scheduler::Settings::default(),
        hints: BudgetHints::default(),
    })
}

/// Everything a run depends on: a run is a pure function of this.
pub struct Program<'a> {
    /// The Python source.
    pub source: &'a str,
    /// The file name tracebacks show.
    pub filename: &'a str,
    /// What `input()` reads.
    pub stdin: &'a str,
    /// The program's arguments, `sys.argv[1:]` (`sys.argv[0]` is `filename`).
    pub argv: &'a [String],
    /// Step and memory limits.
    pub budget: Budget,
    /// Policy, seed, cores, schedule.
    pub settings: crate::scheduler::Settings,
    /// How budget messages say to raise a budget.
    pub hints: BudgetHints,
}

/// Parse and compile a program and set up its VM, ready to run the main module (compile errors
/// and bad settings come back as the outcome to report).
pub(crate) fn prepare(p: &Program) -> Result<Vm, Box<Outcome>> {
    let (source, filename) = (p.source, p.filename);
    let sched = match crate::scheduler::Scheduler::new(&p.settings) {
        Ok(s) => s,
        Err(msg) => {
            return Err(Box::new(Outcome::failed(
                format!("interleave: {msg}\n"),
                Exit::CompileError,
            )))
        }
    };
    let module = match crate::python::parse_module(source, filename) {
        Ok(m) => m,
        Err(e) => return Err(Box::new(Outcome::failed(e.render(), Exit::CompileError))),
    };
    let code = match crate::compiler::compile_module(&module, filename) {
        Ok(c) => c,
        Err(e) => {
            let text = source
                .lines()
                .nth((e.line.max(1) - 1) as usize)
                .unwrap_or("")
                .to_string();
            let err = crate::python::syntax_error::SyntaxError {
                kind: if e.unsupported {
                    crate::python::syntax_error::ErrorKind::Unsupported
                } else {
                    crate::python::syntax_error::ErrorKind::SyntaxError
                },
                msg: e.msg,
                filename: filename.to_string(),
                lineno: e.line,
                offset: e.col + 1,
                end_lineno: e.line,
                end_offset: 0,
                text,
            };
            return Err(Box::new(Outcome::failed(err.render(), Exit::CompileError)));
        }
    };
    let mut vm = Vm::new(source, p.stdin, p.budget);
    vm.sched = sched;
    vm.hints = p.hints.clone();
    vm.script = filename.to_string();
    vm.script_args = p.argv.to_vec();
    if let Err(exit) = vm.start_main(code) {
        return Err(Box::new(snapshot(&mut vm, exit)));
    }
    Ok(vm)
}

/// Run a whole program: parse, compile and execute it.
pub fn run_program(p: &Program) -> Outcome {
    run_program_streaming(p, u64::MAX, &mut |_, _| {})
}

/// [`run_program`], handing out the program's output while it runs: after every slice of
/// `slice` steps, `emit(stdout, stderr)` gets what was written since the last call (a runner
/// prints it at once, as python3 would). The outcome is the same as [`run_program`]'s.
pub fn run_program_streaming(p: &Program, slice: u64, emit: &mut dyn FnMut(&str, &str)) -> Outcome {
    let mut vm = match prepare(p) {
        Ok(vm) => vm,
        Err(outcome) => {
            emit(&outcome.stdout, &outcome.stderr);
            return *outcome;
        }
    };
    let mut phase = session::Phase::Main;
    let (mut out_at, mut err_at) = (0, 0);
    loop {
        vm.pause_at = vm.steps.saturating_add(slice.max(1));
        vm.poke_scheduler();
        let halted = vm.advance(&mut phase);
        emit(
            vm.stdout.get(out_at..).unwrap_or_default(),
            vm.stderr.get(err_at..).unwrap_or_default(),
        );
        (out_at, err_at) = (vm.stdout.len(), vm.stderr.len());
        if halted.is_none() {
            break;
        }
    }
    vm.pause_at = u64::MAX;
    let exit = match phase {
        session::Phase::Done(exit) => exit,
        _ => Exit::Exception,
    };
    let outcome = snapshot(&mut vm, exit);
    // The end of the run may add to stderr (a budget message, a report).
    emit(
        outcome.stdout.get(out_at..).unwrap_or_default(),
        outcome.stderr.get(err_at..).unwrap_or_default(),
    );
    outcome
}

/// What the run has produced so far, ending with `exit`. The first call also narrates the
/// lost updates counted per location.
pub(crate) fn snapshot(vm: &mut Vm, exit: Exit) -> Outcome {
    if !vm.summarized
        && matches!(
            &exit,
            Exit::Finished(_)
                | Exit::Exception
                | Exit::Deadlock
                | Exit::StepBudget
                | Exit::MemoryBudget
                | Exit::OutputLimit
        )
    {
        vm.summarized = true;
        if let Some(wanted) = &vm.sched.replaying {
            let ran = vm.sched.schedule.closed(vm.steps);
            vm.replay_warning = crate::scheduler::schedule::divergence(wanted, &ran);
            if let Some(text) = vm.replay_warning.clone() {
                vm.record(crate::trace::EventKind::Narration { text });
            }
        }
        for (label, n) in vm.lost_update_counts() {
            let s = if n == 1 { "" } else { "s" };
            vm.record(crate::trace::EventKind::Narration {
                text: format!("{n} lost update{s} on {label} in this run."),
            });
        }
    }
    let schedule = vm.sched.schedule.text(vm.steps);
    let stdout = vm.stdout.clone();
    let stderr = vm.stderr.clone();
    let trace_hash = vm.trace.hash_with(&format!(
        "{schedule}\u{0}{stdout}\u{0}{stderr}\u{0}{exit:?}"
    ));
    Outcome {
        stdout,
        stderr,
        exit,
        steps: vm.steps,
        schedule,
        trace_hash,
        time_ns: vm.sched.clock.now(vm.steps),
        trace: vm.trace.clone(),
        replay_warning: vm.replay_warning.clone(),
    }
}

/// The interpreter state for one run.
pub struct Vm {
    next_id: u64,
    /// The builtin classes.
    pub types: Types,
    /// The `builtins` namespace.
    pub builtins: Obj,
    /// Imported modules by name.
    pub modules: HashMap<String, Obj>,
    /// The `sys.stdout` and `sys.stderr` objects `sys` was created with (print() writes to the
    /// VM's streams when given one of them).
    pub std_streams: Option<(Obj, Obj)>,
    /// The program's stdout.
    pub stdout: String,
    /// The program's stderr.
    pub stderr: String,
    stdin: Vec<String>,
    stdin_pos: usize,
    /// The call stack of the (single, for now) thread.
    pub frames: Vec<Activation>,
    /// Python frames on the stack (for RecursionError).
    pub depth: usize,
    /// Instructions executed.
    pub steps: u64,
    memory: ledger::Ledger,
    /// The program wrote more than the output limit (the run stops at the next check).
    pub(crate) output_over: bool,
    /// Something did not fit in the memory budget (the run stops, as when the ledger passes it).
    memory_refused: bool,
    budget: Budget,
    /// The source lines, for tracebacks.
    pub source_lines: Vec<String>,
    frame_serial: u64,
    /// The script name as given (`sys.argv[0]`).
    pub script: String,
    /// The arguments after the script name (`sys.argv[1:]`).
    pub script_args: Vec<String>,
    /// Set by a re-raise (bare `raise`, the end of `finally`): such errors keep their context.
    pub reraising: bool,
    /// The scheduler: threads, policy, clock, locks.
    pub sched: crate::scheduler::Scheduler,
    /// What happened, for the UI.
    pub trace: crate::trace::Trace,
    /// Stacks of the threads not running.
    pub threads: threads::ThreadTable,
    /// The step at which the loop next consults the scheduler.
    pub check_step: u64,
    /// A blocking builtin asked to park the running thread.
    pub blocked: Option<native::Block>,
    /// A switch is due at the next preemption point.
    pub preempt_pending: bool,
    /// The running thread is parked at a [`native::Step::Release`] point: the scheduler decides
    /// whether another thread runs before the builtin goes on.
    pub released: bool,
    /// Set at the end of a replayed run that left its schedule ([`Outcome::replay_warning`]).
    pub replay_warning: Option<String>,
    /// Nesting depth of module imports run to completion without switches.
    pub nested: u32,
    /// How budget messages say to raise a budget.
    pub hints: BudgetHints,
    /// Warnings already shown (CPython's default filter shows each location once).
    pub warned: std::collections::HashSet<String>,
    /// The race detector, once a second thread has started.
    pub races: Option<Box<crate::scheduler::races::RaceDetector>>,
    /// Renewed whenever any class's namespace changes: attribute-store caches that relied on
    /// what a class said are valid only while it is unchanged (see [`inline_cache`]).
    pub class_epoch: u64,
    /// Answers of class attribute lookups, valid while `class_epoch` is unchanged.
    pub class_attrs: class_attr_cache::ClassAttrCache,
    /// The unbound methods and slot wrappers `cls.name` gives for builtin classes, made once per
    /// (builtin type, name) so that `str.upper is str.upper`, as in CPython (builtin types never
    /// change, so entries stay valid).
    pub builtin_class_attrs: HashMap<(TypeId, Rc<str>), Value>,
    /// The functions inside bound builtin methods (`"ab".upper`), made once per (type, name), so
    /// that two bound methods of one object compare equal, as in CPython.
    pub builtin_method_funcs: HashMap<(TypeId, Rc<str>), Value>,
    /// Whether a caller answers the manual policy's questions (a [`session::Session`]); else
    /// the longest-waiting thread runs.
    pub interactive: bool,
    /// Pause (return to the caller) at this step.
    pub pause_at: u64,
    /// A pending manual choice: whether the thread that stopped is parked in a blocking call.
    pub pending_choice: Option<bool>,
    /// A halt raised while resuming after a choice, returned by the next `execute`.
    pub pending_halt: Option<interp::Halt>,
    /// Lost updates have been summarized in the trace.
    pub summarized: bool,
    /// The bytes object made for each bytes constant, by the constant's address (a literal
    /// evaluates to the same object each time, as in CPython).
    bytes_consts: HashMap<usize, Obj>,
    /// An infallible recursive operation (`repr_plain`, `values_equal`) went deeper than the
    /// recursion limit and gave up; the fallible caller that sees it raises RecursionError.
    pub deep_overflow: bool,
}

/// Python's default recursion limit.
pub const RECURSION_LIMIT: usize = 1000;

impl Vm {
    /// Enter one level of a recursive native operation (repr, comparison, hashing of nested
    /// containers): like CPython's `Py_EnterRecursiveCall`, the levels count against the same
    /// limit as Python frames. False (and nothing entered) when the limit is reached.
    pub fn enter_nested(&mut self) -> bool {
        if self.depth + 1 >= RECURSION_LIMIT {
            return false;
        }
        self.depth += 1;
        true
    }

    /// Leave a level entered by [`Vm::enter_nested`].
    pub fn leave_nested(&mut self) {
        self.depth -= 1;
    }

    /// Take the [`Vm::deep_overflow`] flag: the RecursionError to raise when it was set.
    pub fn take_deep_overflow(&mut self, what: &str) -> PyResult<()> {
        if std::mem::take(&mut self.deep_overflow) {
            return Err(self.new_error(
                "RecursionError",
                &format!("maximum recursion depth exceeded {what}"),
            ));
        }
        Ok(())
    }
}

impl Vm {
    /// A fresh VM for one program.
    pub fn new(source: &str, stdin: &str, budget: Budget) -> Vm {
        let mut next_id = 1u64;
        let memory = ledger::Ledger::default();
        let mut alloc = |data: ObjData| {
            let o = Obj(Rc::new(ObjBox {
                id: next_id,
                charge: ledger::Charge::new(&memory, ledger::units_of(&data)),
                data: RefCell::new(data),
            }));
            next_id += 1;
            o
        };
        let types = Types::new(&mut alloc);
        let builtins = alloc(ObjData::Module(object::Module {
            name: Rc::from("builtins"),
            dict: dict::Dict::new(),
        }));
        let mut vm = Vm {
            next_id,
            types,
            builtins,
            modules: HashMap::new(),
            std_streams: None,
            stdout: String::new(),
            stderr: String::new(),
            stdin: stdin.split_inclusive('\n').map(str::to_string).collect(),
            stdin_pos: 0,
            frames: Vec::new(),
            depth: 0,
            steps: 0,
            memory,
            output_over: false,
            memory_refused: false,
            budget,
            source_lines: source.lines().map(str::to_string).collect(),
            frame_serial: 0,
            script: String::from("main.py"),
            script_args: Vec::new(),
            reraising: false,
            sched: crate::scheduler::Scheduler::new(&crate::scheduler::Settings::default())
                .expect("the default scheduler settings are valid"),
            trace: crate::trace::Trace::default(),
            threads: threads::ThreadTable::default(),
            check_step: 0,
            blocked: None,
            preempt_pending: false,
            released: false,
            replay_warning: None,
            nested: 0,
            hints: BudgetHints::default(),
            warned: std::collections::HashSet::new(),
            races: None,
            class_epoch: 1,
            class_attrs: class_attr_cache::ClassAttrCache::default(),
            builtin_class_attrs: HashMap::new(),
            builtin_method_funcs: HashMap::new(),
            interactive: false,
            pause_at: u64::MAX,
            pending_choice: None,
            pending_halt: None,
            summarized: false,
            bytes_consts: HashMap::new(),
            deep_overflow: false,
        };
        vm.threads.saved.push(threads::SavedStack::default());
        vm.threads.end_locks.push(None);
        builtins::install(&mut vm);
        vm
    }

    /// Allocate a heap object.
    pub fn alloc(&mut self, data: ObjData) -> Obj {
        let o = Obj(Rc::new(ObjBox {
            id: self.next_id,
            charge: ledger::Charge::new(&self.memory, ledger::units_of(&data)),
            data: RefCell::new(data),
        }));
        self.next_id += 1;
        o
    }

    /// Allocate and wrap as a value.
    pub fn new_obj(&mut self, data: ObjData) -> Value {
        Value::Obj(self.alloc(data))
    }

    /// A new list.
    pub fn new_list(&mut self, items: Vec<Value>) -> Value {
        self.new_obj(ObjData::List(items))
    }

    /// A new `bytes` object, as a builtin's result (charged to the memory budget).
    pub fn new_bytes(&mut self, bytes: Vec<u8>) -> PyResult<native::Flow> {
        self.check_memory((bytes.len() / 64) as u64)?;
        Ok(native::Flow::Value(self.bytes_value(bytes)))
    }

    /// A new tuple.
    pub fn new_tuple(&mut self, items: Vec<Value>) -> Value {
        self.new_obj(ObjData::Tuple(items))
    }

    /// Count `units` of memory that no object holds (they are never given back: the program's
    /// output, a generator's state); fails past the memory budget.
    pub fn charge_memory(&mut self, units: u64) -> PyResult<()> {
        self.memory.set(self.memory.get().saturating_add(units));
        if self.over_memory() {
            return Err(self.refuse_memory());
        }
        Ok(())
    }

    /// Whether `units` more would fit in the memory budget (checked before making something
    /// that big; the object made is charged when it is allocated): MemoryError if not.
    pub fn check_memory(&mut self, units: u64) -> PyResult<()> {
        if self.memory.get().saturating_add(units) > self.budget.memory {
            return Err(self.refuse_memory());
        }
        Ok(())
    }

    /// Charge a container again after it grew or shrank in place (O(1)); fails past the
    /// memory budget.
    pub fn recharge(&mut self, o: &Obj) -> PyResult<()> {
        let units = ledger::units_of(&o.data());
        o.0.charge.set(units);
        if self.over_memory() {
            return Err(self.refuse_memory());
        }
        Ok(())
    }

    /// Charge a container for `extra` more units than it holds now, before it grows by them in
    /// place (the next charge corrects an overestimate: a dict key set again); fails past the
    /// memory budget, before the container grows. O(1).
    pub fn grow_by(&mut self, o: &Obj, extra: u64) -> PyResult<()> {
        let units = ledger::units_of(&o.data()).saturating_add(extra);
        o.0.charge.set(units);
        if self.over_memory() {
            return Err(self.refuse_memory());
        }
        Ok(())
    }

    /// The MemoryError for going past the memory budget; the run stops when it is raised
    /// (even if freeing something on the way brings the count back under the budget).
    fn refuse_memory(&mut self) -> PyErr {
        self.memory_refused = true;
        self.new_error("MemoryError", "")
    }

    /// Memory units held now (live objects and uncounted charges).
    pub fn memory_used(&self) -> u64 {
        self.memory.get()
    }

    /// Whether the memory budget is exhausted.
    pub fn over_memory(&self) -> bool {
        self.memory_refused || self.memory.get() > self.budget.memory
    }

    /// The step budget.
    pub fn step_budget(&self) -> u64 {
        self.budget.steps
    }

    /// A fresh serial number for a frame (traceback de-duplication).
    pub fn next_frame_serial(&mut self) -> u64 {
        self.frame_serial += 1;
        self.frame_serial
    }

    /// The class of a value.
    pub fn type_of(&self, v: &Value) -> Obj {
        let id = match v {
            Value::None => TypeId::NoneType,
            Value::Bool(_) => TypeId::Bool,
            Value::Int(_) | Value::Big(_) => TypeId::Int,
            Value::Float(_) => TypeId::Float,
            Value::Str(_) => TypeId::Str,
            Value::Obj(o) => match &*o.data() {
                ObjData::List(_) => TypeId::List,
                ObjData::Tuple(_) => TypeId::Tuple,
                ObjData::Dict(_) => TypeId::Dict,
                ObjData::Set(_) => TypeId::Set,
                ObjData::FrozenSet(_) => TypeId::FrozenSet,
                ObjData::Bytes(_) => TypeId::Bytes,
                ObjData::ByteArray(_) => TypeId::ByteArray,
                ObjData::Function(_) => TypeId::Function,
                ObjData::Builtin(_) => TypeId::BuiltinFunction,
                ObjData::BoundMethod { func, .. } => {
                    if matches!(func, Value::Obj(f) if matches!(&*f.data(), ObjData::Builtin(_))) {
                        TypeId::BuiltinFunction
                    } else {
                        TypeId::Method
                    }
                }
                ObjData::Class(_) => TypeId::Type,
                ObjData::Instance(i) => return i.class.clone(),
                ObjData::Generator(g) => {
                    if g.coroutine {
                        TypeId::Coroutine
                    } else {
                        TypeId::Generator
                    }
                }
                ObjData::Cell(_) => TypeId::Cell,
                ObjData::Module(_) => TypeId::Module,
                ObjData::Range { .. } => TypeId::Range,
                ObjData::Slice { .. } => TypeId::Slice,
                ObjData::Iter(state) => return self.iterator_class(iterators::type_name(state)),
                ObjData::Super { .. } => TypeId::Super,
                ObjData::Descriptor(k, _) => match k {
                    object::DescriptorKind::Static => TypeId::StaticMethod,
                    object::DescriptorKind::ClassMethod => TypeId::ClassMethod,
                    object::DescriptorKind::Property => TypeId::Property,
                },
            },
        };
        self.types.get(id)
    }

    /// The class for a builtin iterator type name.
    fn iterator_class(&self, name: &'static str) -> Obj {
        match self.types.iterators.get(name) {
            Some(c) => c.clone(),
            None => self.types.get(TypeId::Iterator),
        }
    }

    /// The name of a value's class (`int`, `Foo`).
    pub fn type_name(&self, v: &Value) -> Rc<str> {
        types::class_name(&self.type_of(v))
    }

    /// Read one line of stdin (with its newline), or None at end of input.
    pub fn read_line(&mut self) -> Option<String> {
        let line = self.stdin.get(self.stdin_pos).cloned();
        if line.is_some() {
            self.stdin_pos += 1;
        }
        line
    }

    /// Write to the program's stdout.
    pub fn write_stdout(&mut self, s: &str) -> PyResult<()> {
        self.charge_memory((s.len() / 64) as u64)?;
        let (s, over) = self.output_room(s);
        self.stdout.push_str(s);
        self.record(crate::trace::EventKind::Output {
            stream: 1,
            text: s.to_string(),
        });
        self.output_result(over)
    }

    /// The part of `s` that fits under the output limit, and whether some did not fit.
    fn output_room<'a>(&self, s: &'a str) -> (&'a str, bool) {
        let used = (self.stdout.len() + self.stderr.len()) as u64;
        let room = self.budget.output.saturating_sub(used);
        if (s.len() as u64) <= room && !self.output_over {
            return (s, false);
        }
        let mut end = (room as usize).min(s.len());
        while !s.is_char_boundary(end) {
            end -= 1;
        }
        (if self.output_over { "" } else { &s[..end] }, true)
    }

    /// After a write: past the output limit, stop the run (at the next scheduler check, or when
    /// the error returned here is raised).
    fn output_result(&mut self, over: bool) -> PyResult<()> {
        if !over {
            return Ok(());
        }
        self.output_over = true;
        self.poke_scheduler();
        Err(self.new_error("MemoryError", "the output limit ran out"))
    }

    /// Write to the program's stderr.
    pub fn write_stderr(&mut self, s: &str) -> PyResult<()> {
        self.charge_memory((s.len() / 64) as u64)?;
        let (s, over) = self.output_room(s);
        self.emit_notice(s);
        self.output_result(over)
    }

    /// Append to stderr (tracebacks and runtime messages, not charged to the memory budget;
    /// cut at the output limit).
    pub fn emit_stderr(&mut self, s: &str) {
        let (s, over) = self.output_room(s);
        if over {
            self.output_over = true;
            self.poke_scheduler();
        }
        self.emit_notice(s);
    }

    /// Append to stderr, past the output limit too (the message saying why a run stopped).
    pub fn emit_notice(&mut self, s: &str) {
        self.stderr.push_str(s);
        self.record(crate::trace::EventKind::Output {
            stream: 2,
            text: s.to_string(),
        });
    }

    /// Load the prelude and push the module code object as `__main__`, ready to run.
    pub fn start_main(&mut self, code: Rc<crate::compiler::code::Code>) -> Result<(), Exit> {
        if let Err(e) = modules::install_prelude(self) {
            let text = self.format_exception(&e);
            self.stderr
                .push_str("interleave: the builtin prelude failed to load:\n");
            self.stderr.push_str(&text);
            return Err(Exit::Exception);
        }
        let main = self.alloc(ObjData::Module(object::Module {
            name: Rc::from("__main__"),
            dict: dict::Dict::new(),
        }));
        if let ObjData::Module(m) = &mut *main.data_mut() {
            m.dict.set_str("__name__", Value::str("__main__"));
            m.dict
                .set_str("__builtins__", Value::Obj(self.builtins.clone()));
        }
        self.modules.insert("__main__".into(), main.clone());
        self.push_module_frame(code, main);
        Ok(())
    }
}
