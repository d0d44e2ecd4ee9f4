//! The instruction loop: executes the top frame of the thread, unwinds exceptions, and delivers
//! results between frames (including generator yields and native activations).

use super::call::Kwargs;
use super::frame::{Activation, Frame, Handler, RetMode};
use super::native::{Input, NativeFrame, Step};
use super::object::{GenState, ObjData};
use super::value::{Obj, Value};
use super::{Exit, PyErr, PyResult, Vm};
use crate::compiler::code::{Code, Const, Instr};
use std::rc::Rc;

/// How an activation finished.
pub enum Done {
    /// It returned a value.
    Return(Value),
    /// A generator frame yielded a value.
    Yield(Value),
    /// It raised.
    Raise(PyErr),
}

/// Why the loop stopped early.
pub enum Halt {
    /// An exception nothing caught.
    Uncaught(PyErr),
    /// A budget ran out.
    Budget(Exit),
    /// `sys.exit(status)`.
    SysExit(i32),
    /// Every live thread waits and nothing can wake them (the report in words).
    Deadlock(String),
    /// The caller's step slice is used up (see [`super::session::Session::run`]).
    Pause,
    /// The manual policy needs the caller to choose one of these threads.
    Choose(Vec<crate::scheduler::thread::ThreadId>),
}

/// The result of starting a call.
pub enum Started {
    /// The callee finished at once with this value.
    Value(Value),
    /// A frame was pushed; its result will be delivered to the caller.
    Pushed,
}

macro_rules! frame {
    ($vm:expr) => {
        match $vm.frames.last_mut() {
            Some(Activation::Py(f)) => f,
            _ => return Err($vm.runtime_error("internal: no Python frame on top")),
        }
    };
}

/// After an instruction that called nothing and cannot block, switch threads or change frames:
/// go straight on to the next instruction of the same frame while the batch may run (the same
/// conditions the end of the loop checks, minus those such an instruction cannot change), else
/// leave the instruction to those checks.
macro_rules! next_fast {
    ($vm:expr, $until:expr, $fast:lifetime, $instr:lifetime) => {{
        if $vm.steps < $until {
            $vm.steps += 1;
            continue $fast;
        }
        break $instr;
    }};
}

macro_rules! pop {
    ($vm:expr) => {{
        let f = frame!($vm);
        match f.stack.pop() {
            Some(v) => v,
            None => return Err($vm.runtime_error("internal: value stack underflow")),
        }
    }};
}

impl Vm {
    /// `Call(n)`: call TOS-n with the `n` values above it; a value it returns at once is pushed.
    pub(crate) fn call_positional(&mut self, n: usize) -> PyResult<()> {
        let f = frame!(self);
        if f.stack.len() < n + 1 {
            return Err(self.runtime_error("internal: short stack for call"));
        }
        let at = f.stack.len() - n;
        let args = f.stack.split_off(at);
        let func = pop!(self);
        if let Started::Value(v) = self.start_call(func, args, Vec::new(), RetMode::Push)? {
            frame!(self).stack.push(v);
        }
        Ok(())
    }

    /// Push a module's code as the running thread's bottom frame.
    pub fn push_module_frame(&mut self, code: Rc<Code>, module: Obj) {
        let frame = self.new_frame(
            code,
            module.clone(),
            Some(module),
            Vec::new(),
            RetMode::Push,
        );
        self.frames.push(Activation::Py(Box::new(frame)));
        self.depth += 1;
    }

    /// Run a module body to its end on the current stack, with no thread switches (imports).
    pub fn run_nested_module(&mut self, code: Rc<Code>, module: Obj) -> Result<(), Halt> {
        let saved = std::mem::take(&mut self.frames);
        let saved_depth = std::mem::replace(&mut self.depth, 0);
        let saved_check = self.check_step;
        self.nested += 1;
        self.check_step = self.steps;
        self.push_module_frame(code, module);
        let r = self.execute();
        self.nested -= 1;
        self.frames = saved;
        self.depth = saved_depth;
        self.check_step = saved_check.min(self.steps + 1);
        r
    }

    /// How a halt ends the program: `None` after an uncaught exception in the main thread (the
    /// other threads are still joined), else the exit.
    pub(crate) fn halt_exit(&mut self, h: Halt) -> Option<Exit> {
        match h {
            Halt::Pause | Halt::Choose(_) => None,
            Halt::Uncaught(e) => {
                if let Some(status) = self.system_exit_status(&e) {
                    return Some(Exit::Finished(status));
                }
                let text = self.format_exception(&e);
                self.emit_stderr(&text);
                self.frames.clear();
                None
            }
            Halt::SysExit(n) => Some(Exit::Finished(n)),
            Halt::Deadlock(report) => {
                self.emit_notice(&format!(
                    "\ninterleave: deadlock: every thread is waiting and nothing can wake them. {report} CPython would hang here forever; Interleave stops the run.\n"
                ));
                Some(Exit::Deadlock)
            }
            Halt::Budget(exit) => {
                let msg = match exit {
                    Exit::StepBudget => format!(
                        "\ninterleave: stopped after {} steps: the step budget ran out. The program may loop forever; if it is just long, {}.\n",
                        self.steps, self.hints.steps
                    ),
                    Exit::OutputLimit => format!(
                        "\ninterleave: stopped: the output limit ran out (the program wrote more than {} bytes; the rest is cut). If this is expected, {}.\n",
                        self.budget.output, self.hints.output
                    ),
                    _ => format!(
                        "\ninterleave: stopped: the memory budget ran out (the program holds too much memory at once). If this is expected, {}.\n",
                        self.hints.memory
                    ),
                };
                self.emit_notice(&msg);
                Some(exit)
            }
        }
    }

    /// `threading._shutdown`, if the program imported threading.
    pub(crate) fn threading_shutdown(&mut self) -> Option<Value> {
        let m = self.modules.get("threading")?.clone();
        super::dict::obj_dict_get(&m, "_shutdown")
    }

    /// A new frame for `code`. `args` fill the first local slots.
    pub fn new_frame(
        &mut self,
        code: Rc<Code>,
        globals: Obj,
        namespace: Option<Obj>,
        fast: Vec<Option<Value>>,
        ret: RetMode,
    ) -> Frame {
        let mut fast = fast;
        fast.resize(code.varnames.len(), None);
        let line = code.firstline;
        Frame {
            code,
            ip: 0,
            stack: Vec::with_capacity(8),
            fast,
            cells: Vec::new(),
            globals,
            namespace,
            handlers: Vec::new(),
            handling: Vec::new(),
            ret,
            generator: None,
            line,
            serial: self.next_frame_serial(),
            pending_throw: None,
        }
    }

    /// Raise `err` in the top activation: find a handler, or pop frames until one is found.
    pub fn unwind(&mut self, err: PyErr) -> Result<(), Halt> {
        let mut err = err;
        if !std::mem::take(&mut self.reraising) {
            // Implicit chaining: a new exception raised while one is being handled (in this
            // frame or a caller's) gets it as its __context__.
            let handled = self.frames.iter().rev().find_map(|a| match a {
                Activation::Py(f) => f.handling.last().cloned(),
                _ => None,
            });
            if let Some(prev) = handled {
                self.set_context(&err, prev);
            }
        }
        loop {
            let Some(top) = self.frames.pop() else {
                return Err(Halt::Uncaught(err));
            };
            match top {
                Activation::Py(mut frame) => {
                    self.add_traceback(&err, &frame);
                    if let Some(h) = frame.handlers.pop() {
                        frame.stack.truncate(h.depth);
                        if let Some(prev) = frame.handling.last() {
                            self.set_context(&err, prev.clone());
                        }
                        frame.handling.truncate(h.handling);
                        frame.handling.push(err.0.clone());
                        frame.stack.push(err.0);
                        frame.ip = h.target as usize;
                        self.frames.push(Activation::Py(frame));
                        return Ok(());
                    }
                    self.depth = self.depth.saturating_sub(1);
                    let mode = frame.ret.clone();
                    if let Some(gen) = frame.generator.take() {
                        self.set_gen_state(&gen, GenState::Closed, None);
                        if self.is_instance_of(&err.0, "StopIteration") {
                            let new =
                                self.new_error("RuntimeError", "generator raised StopIteration");
                            self.set_cause(&new, err.0.clone());
                            err = new;
                        }
                    }
                    match self.deliver(Done::Raise(err), mode) {
                        Ok(()) => return Ok(()),
                        Err(e) => err = e,
                    }
                }
                Activation::Native(nf, mode) => {
                    match self.run_native(nf, mode.clone(), Input::Error(err)) {
                        Ok(Some(v)) => match self.deliver(Done::Return(v), mode) {
                            Ok(()) => return Ok(()),
                            Err(e) => err = e,
                        },
                        Ok(None) => return Ok(()),
                        Err(e) => err = e,
                    }
                }
            }
        }
    }

    /// Hand a finished activation's result to the activation now on top. An `Err` is an
    /// exception to raise in that activation (the caller unwinds with it).
    pub fn deliver(&mut self, done: Done, mode: RetMode) -> PyResult<()> {
        if matches!(mode, RetMode::Barrier) {
            // A synchronous call's barrier keeps its result; the activation below is not
            // resumed (it is still waiting for the step that made the call).
            return Ok(());
        }
        match self.frames.last() {
            None => match done {
                Done::Raise(e) => Err(e),
                _ => Ok(()),
            },
            Some(Activation::Native(..)) => {
                let Some(Activation::Native(nf, nmode)) = self.frames.pop() else {
                    return Ok(());
                };
                let input = self.native_input(done, &mode);
                match self.run_native(nf, nmode.clone(), input)? {
                    Some(v) => self.deliver(Done::Return(v), nmode),
                    None => Ok(()),
                }
            }
            Some(Activation::Py(_)) => self.deliver_to_py(done, mode),
        }
    }

    fn native_input(&mut self, done: Done, mode: &RetMode) -> Input {
        match (mode, done) {
            (RetMode::IterStep, Done::Yield(v)) | (RetMode::IterStepCall, Done::Return(v)) => {
                Input::Item(Some(v))
            }
            (RetMode::IterStep, Done::Return(_)) => Input::Item(None),
            (RetMode::IterStepCall, Done::Raise(e))
                if self.is_instance_of(&e.0, "StopIteration") =>
            {
                Input::Item(None)
            }
            (RetMode::Next, Done::Return(r)) => Input::Error(self.stop_iteration(r)),
            (RetMode::Close, Done::Yield(_)) => {
                Input::Error(self.runtime_error("generator ignored GeneratorExit"))
            }
            (RetMode::Close, Done::Return(_)) => Input::Value(Value::None),
            (RetMode::Close, Done::Raise(e))
                if self.is_instance_of(&e.0, "GeneratorExit")
                    || self.is_instance_of(&e.0, "StopIteration") =>
            {
                Input::Value(Value::None)
            }
            (_, Done::Return(v)) | (_, Done::Yield(v)) => Input::Value(v),
            (_, Done::Raise(e)) => Input::Error(e),
        }
    }

    fn deliver_to_py(&mut self, done: Done, mode: RetMode) -> PyResult<()> {
        match (mode, done) {
            (RetMode::ForIterCall(exit), Done::Raise(e))
                if self.is_instance_of(&e.0, "StopIteration") =>
            {
                // A StopIteration from a __next__ method ends the loop.
                let f = frame!(self);
                f.stack.pop();
                f.ip = exit as usize;
                Ok(())
            }
            (RetMode::SendCall(exit), Done::Raise(e))
                if self.is_instance_of(&e.0, "StopIteration") =>
            {
                let value = self.stop_iteration_value(&e.0);
                let f = frame!(self);
                f.stack.pop();
                f.stack.push(value);
                f.ip = exit as usize;
                Ok(())
            }
            (RetMode::Close, Done::Raise(e))
                if self.is_instance_of(&e.0, "GeneratorExit")
                    || self.is_instance_of(&e.0, "StopIteration") =>
            {
                frame!(self).stack.push(Value::None);
                Ok(())
            }
            (_, Done::Raise(e)) => Err(e),
            (RetMode::Discard, Done::Return(_)) => Ok(()),
            (RetMode::Push, Done::Return(v)) | (RetMode::Push, Done::Yield(v)) => {
                frame!(self).stack.push(v);
                Ok(())
            }
            (RetMode::Init(inst), Done::Return(v)) => {
                if !matches!(v, Value::None) {
                    let t = self.type_name(&v);
                    return Err(
                        self.type_error(&format!("__init__() should return None, not '{t}'"))
                    );
                }
                frame!(self).stack.push(inst);
                Ok(())
            }
            (RetMode::ForIter(exit), Done::Return(_)) => {
                let f = frame!(self);
                f.stack.pop();
                f.ip = exit as usize;
                Ok(())
            }
            (RetMode::Send(exit), Done::Return(r)) => {
                let f = frame!(self);
                f.stack.pop();
                f.stack.push(r);
                f.ip = exit as usize;
                Ok(())
            }
            (RetMode::Next, Done::Return(r)) => Err(self.stop_iteration(r)),
            (RetMode::Close, Done::Return(_)) => {
                frame!(self).stack.push(Value::None);
                Ok(())
            }
            (RetMode::Close, Done::Yield(_)) => {
                Err(self.runtime_error("generator ignored GeneratorExit"))
            }
            (_, Done::Return(v)) | (_, Done::Yield(v)) => {
                frame!(self).stack.push(v);
                Ok(())
            }
        }
    }

    /// Drive a native activation from `input` until it returns (`Some(value)`) or starts a
    /// Python call (`None`: it is back on the stack, under the new frame).
    pub fn run_native(
        &mut self,
        mut nf: Box<dyn NativeFrame>,
        mode: RetMode,
        input: Input,
    ) -> PyResult<Option<Value>> {
        let mut input = input;
        loop {
            match nf.resume(self, input)? {
                Step::Return(v) => return Ok(Some(v)),
                Step::Call { func, args, kwargs } => {
                    self.frames.push(Activation::Native(nf, mode.clone()));
                    let r = self.start_call(func, args, kwargs, RetMode::Push);
                    match r {
                        Ok(Started::Pushed) => return Ok(None),
                        Ok(Started::Value(v)) => input = Input::Value(v),
                        Err(e) => input = Input::Error(e),
                    }
                    nf = match self.frames.pop() {
                        Some(Activation::Native(n, _)) => n,
                        _ => return Err(self.runtime_error("internal: native frame lost")),
                    };
                }
                Step::Native(child) => {
                    self.frames.push(Activation::Native(nf, mode.clone()));
                    match self.start_native(child, RetMode::Push) {
                        Ok(Started::Pushed) => return Ok(None),
                        Ok(Started::Value(v)) => input = Input::Value(v),
                        Err(e) => input = Input::Error(e),
                    }
                    nf = match self.frames.pop() {
                        Some(Activation::Native(n, _)) => n,
                        _ => return Err(self.runtime_error("internal: native frame lost")),
                    };
                }
                Step::Block(b) => {
                    self.frames.push(Activation::Native(nf, mode.clone()));
                    self.request_block(b);
                    return Ok(None);
                }
                Step::Release => {
                    // Counted as a step, so the step-based policies can switch here too.
                    self.steps += 1;
                    if self.nested == 0 && (self.preempt_pending || self.steps >= self.check_step) {
                        self.frames.push(Activation::Native(nf, mode.clone()));
                        self.released = true;
                        self.poke_scheduler();
                        return Ok(None);
                    }
                    input = Input::Woken { timed_out: false };
                }
                Step::Next(it) => {
                    self.frames.push(Activation::Native(nf, mode.clone()));
                    let r = self.start_next(&it, RetMode::IterStep);
                    match r {
                        Ok(super::iterators::NextStarted::Pushed) => return Ok(None),
                        Ok(super::iterators::NextStarted::Item(v)) => input = Input::Item(Some(v)),
                        Ok(super::iterators::NextStarted::Exhausted(_)) => {
                            input = Input::Item(None)
                        }
                        Err(e) if self.is_instance_of(&e.0, "StopIteration") => {
                            input = Input::Item(None)
                        }
                        Err(e) => input = Input::Error(e),
                    }
                    nf = match self.frames.pop() {
                        Some(Activation::Native(n, _)) => n,
                        _ => return Err(self.runtime_error("internal: native frame lost")),
                    };
                }
            }
        }
    }

    /// Push a native activation and start it; the result is delivered like a call's.
    pub fn start_native(&mut self, nf: Box<dyn NativeFrame>, mode: RetMode) -> PyResult<Started> {
        match self.run_native(nf, mode, Input::Start)? {
            Some(v) => Ok(Started::Value(v)),
            None => Ok(Started::Pushed),
        }
    }

    /// Finish the top Python frame with `done` (return or yield).
    fn finish_frame(&mut self, done: Done) -> PyResult<()> {
        let Some(Activation::Py(mut frame)) = self.frames.pop() else {
            return Err(self.runtime_error("internal: finishing a non-Python frame"));
        };
        self.depth = self.depth.saturating_sub(1);
        let mode = frame.ret.clone();
        if let Some(gen) = frame.generator.clone() {
            match done {
                Done::Yield(_) => {
                    frame.handlers.shrink_to_fit();
                    self.set_gen_state(&gen, GenState::Suspended, Some(frame));
                }
                _ => {
                    frame.generator = None;
                    self.set_gen_state(&gen, GenState::Closed, None);
                }
            }
        }
        self.deliver(done, mode)
    }

    fn load_const(&mut self, c: &Const) -> Value {
        match c {
            Const::None => Value::None,
            Const::Bool(b) => Value::Bool(*b),
            Const::Int(i) => Value::Int(*i),
            Const::BigInt(d) => match d.parse::<num_bigint::BigInt>() {
                Ok(b) => Value::from_big(b),
                Err(_) => Value::Int(0),
            },
            Const::Float(f) => Value::Float(*f),
            Const::Str(s) => Value::Str(s.clone()),
            Const::Bytes(b) => self.bytes_const(b),
            Const::Ellipsis => self.builtin_value("Ellipsis"),
            Const::Code(_) => Value::None,
            Const::Names(names) => {
                let items = names.iter().map(|n| Value::Str(n.clone())).collect();
                self.new_tuple(items)
            }
        }
    }

    /// Execute one instruction of the top frame.
    pub(crate) fn step(&mut self) -> PyResult<()> {
        self.run_instructions(false)
    }

    /// Execute instructions of the running thread: one, or with `batch` as many as can run before
    /// the scheduler must look again (the check step, a pending switch, a block, a top frame that
    /// is not Python code). The caller counts the first step; each further one is counted here.
    pub(crate) fn run_instructions(&mut self, batch: bool) -> PyResult<()> {
        loop {
            let f = frame!(self);
            if let Some(e) = f.pending_throw.take() {
                return self.throw_at_resume(e);
            }
            // Instructions that only touch this frame continue here directly (`next_fast!`) up to
            // step `fast_until`: they cannot change what ends a batch (a switch due, a block).
            let fast_until = if batch && !self.preempt_pending && self.blocked.is_none() {
                self.check_step
            } else {
                0
            };
            let code = f.code.clone();
            let (instrs, lines) = (&code.instrs[..], &code.lines[..]);
            'fast: loop {
                let Some(&instr) = instrs.get(f.ip) else {
                    return Err(self.runtime_error("internal: ran off the end of the code"));
                };
                if let Some(&line) = lines.get(f.ip) {
                    f.line = line;
                }
                f.ip += 1;
                'instr: {
                    match instr {
                        Instr::Nop => {}
                        Instr::LoadConst(i) => {
                            let simple = match f.code.consts.get(i as usize) {
                                Some(Const::Int(n)) => Some(Value::Int(*n)),
                                Some(Const::None) => Some(Value::None),
                                Some(Const::Bool(b)) => Some(Value::Bool(*b)),
                                Some(Const::Float(x)) => Some(Value::Float(*x)),
                                Some(Const::Str(s)) => Some(Value::Str(s.clone())),
                                _ => None,
                            };
                            if let Some(v) = simple {
                                f.stack.push(v);
                                next_fast!(self, fast_until, 'fast, 'instr);
                            }
                            let code = f.code.clone();
                            match code.consts.get(i as usize) {
                                Some(Const::Code(_)) => {
                                    // MakeFunction reads the code constant from the code object itself.
                                    f.stack.push(Value::Int(i64::from(i)));
                                }
                                Some(c) => {
                                    let v = self.load_const(c);
                                    frame!(self).stack.push(v);
                                }
                                None => return Err(self.runtime_error("internal: bad constant")),
                            }
                        }
                        Instr::LoadFast(i) => match f.fast.get(i as usize).cloned().flatten() {
                            Some(v) => {
                                f.stack.push(v);
                                next_fast!(self, fast_until, 'fast, 'instr);
                            }
                            None => {
                                let code = f.code.clone();
                                return Err(self.unbound_local(&code, i));
                            }
                        },
                        Instr::StoreFast(i) => {
                            let Some(v) = f.stack.pop() else {
                                return Err(self.runtime_error("internal: value stack underflow"));
                            };
                            if let Some(slot) = f.fast.get_mut(i as usize) {
                                *slot = Some(v);
                            }
                            next_fast!(self, fast_until, 'fast, 'instr);
                        }
                        Instr::DeleteFast(i) => {
                            if let Some(slot) = f.fast.get_mut(i as usize) {
                                if slot.take().is_none() {
                                    let code = f.code.clone();
                                    return Err(self.unbound_local(&code, i));
                                }
                            }
                        }
                        Instr::LoadDeref(i) | Instr::LoadClosure(i) => {
                            let Some(cell) = f.cells.get(i as usize).cloned() else {
                                return Err(self.runtime_error("internal: bad cell index"));
                            };
                            if matches!(instr, Instr::LoadClosure(_)) {
                                f.stack.push(Value::Obj(cell));
                            } else {
                                let v = match &*cell.data() {
                                    ObjData::Cell(v) => v.clone(),
                                    _ => None,
                                };
                                match v {
                                    Some(v) => frame!(self).stack.push(v),
                                    None => {
                                        let code = frame!(self).code.clone();
                                        let name = code
                                            .cellvars
                                            .iter()
                                            .chain(code.freevars.iter())
                                            .nth(i as usize)
                                            .cloned()
                                            .unwrap_or_else(|| Rc::from("?"));
                                        return Err(self.new_error(
                                    "NameError",
                                    &format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"),
                                ));
                                    }
                                }
                            }
                        }
                        Instr::StoreDeref(i) => {
                            let v = pop!(self);
                            let f = frame!(self);
                            if let Some(cell) = f.cells.get(i as usize) {
                                if let ObjData::Cell(slot) = &mut *cell.data_mut() {
                                    *slot = Some(v);
                                }
                            }
                        }
                        Instr::LoadGlobal(i) | Instr::LoadName(i)
                            if f.namespace.as_ref().is_none_or(|ns| {
                                matches!(instr, Instr::LoadGlobal(_)) || ns.is(&f.globals)
                            }) =>
                        {
                            let name: &str = f.code.names.get(i as usize).map_or("?", |n| n);
                            let cache = f.code.caches.get(f.ip - 1);
                            let found = match cache {
                                Some(c) => {
                                    super::inline_cache::load(c, &f.globals, &self.builtins, name)
                                }
                                None => super::inline_cache::Lookup::Uncached,
                            };
                            match found {
                                super::inline_cache::Lookup::Found(v) => {
                                    f.stack.push(v);
                                    if self.races.is_none() {
                                        next_fast!(self, fast_until, 'fast, 'instr);
                                    }
                                    if matches!(instr, Instr::LoadGlobal(_)) {
                                        let globals = f.globals.clone();
                                        let name = f.code.name_at(i);
                                        self.note_read(super::race_hooks::Place::Global(
                                            &globals, &name,
                                        ));
                                    }
                                }
                                super::inline_cache::Lookup::Builtin(v) => {
                                    f.stack.push(v);
                                    next_fast!(self, fast_until, 'fast, 'instr);
                                }
                                super::inline_cache::Lookup::Missing => {
                                    let name = name.to_string();
                                    return Err(self.name_error(&name));
                                }
                                super::inline_cache::Lookup::Uncached => {
                                    let name = name.to_string();
                                    let found = super::dict::obj_dict_get(&f.globals, &name)
                                        .or_else(|| {
                                            super::dict::obj_dict_get(&self.builtins, &name)
                                        });
                                    match found {
                                        Some(v) => frame!(self).stack.push(v),
                                        None => return Err(self.name_error(&name)),
                                    }
                                }
                            }
                        }
                        Instr::LoadGlobal(i) | Instr::LoadName(i) => {
                            let name = f.code.name_at(i);
                            let ns = if matches!(instr, Instr::LoadName(_)) {
                                f.namespace.clone()
                            } else {
                                None
                            };
                            let globals = f.globals.clone();
                            let found = ns
                                .as_ref()
                                .and_then(|n| super::dict::obj_dict_get_rc(n, &name))
                                .or_else(|| super::dict::obj_dict_get_rc(&globals, &name))
                                .or_else(|| super::dict::obj_dict_get_rc(&self.builtins, &name));
                            match found {
                                Some(v) => {
                                    if self.races.is_some() && matches!(instr, Instr::LoadGlobal(_))
                                    {
                                        self.note_read(super::race_hooks::Place::Global(
                                            &globals, &name,
                                        ));
                                    }
                                    frame!(self).stack.push(v)
                                }
                                None => return Err(self.name_error(&name)),
                            }
                        }
                        Instr::StoreGlobal(i) | Instr::StoreName(i) => {
                            let name = f.code.name_at(i);
                            let target = if matches!(instr, Instr::StoreName(_)) {
                                f.namespace.clone().unwrap_or_else(|| f.globals.clone())
                            } else {
                                f.globals.clone()
                            };
                            let v = pop!(self);
                            if self.races.is_some() {
                                self.note_write(
                                    super::race_hooks::Place::Global(&target, &name),
                                    &v,
                                );
                            }
                            let f = frame!(self);
                            let left = match f.code.caches.get(f.ip - 1) {
                                Some(c) => super::inline_cache::store(c, &target, &name, v),
                                None => Some(v),
                            };
                            if let Some(v) = left {
                                self.namespace_set(&target, &name, v);
                            }
                        }
                        Instr::DeleteGlobal(i) | Instr::DeleteName(i) => {
                            let name = f.code.name_at(i);
                            let target = if matches!(instr, Instr::DeleteName(_)) {
                                f.namespace.clone().unwrap_or_else(|| f.globals.clone())
                            } else {
                                f.globals.clone()
                            };
                            if !self.namespace_del(&target, &name) {
                                return Err(self.name_error(&name));
                            }
                        }
                        Instr::LoadAttr(i) => {
                            let hit = match (
                                f.stack.last(),
                                f.code.caches.get(f.ip - 1),
                                f.code.names.get(i as usize),
                            ) {
                                (Some(Value::Obj(o)), Some(c), Some(n)) => {
                                    super::inline_cache::load_attr(c, self.class_epoch, o, n)
                                }
                                _ => None,
                            };
                            if let (Some(v), Some(top)) = (hit, f.stack.last_mut()) {
                                let obj = std::mem::replace(top, v);
                                if let (true, Value::Obj(o)) = (self.races.is_some(), &obj) {
                                    let name = f.code.name_at(i);
                                    self.note_read(super::race_hooks::Place::Attr(o, &name));
                                }
                                break 'instr;
                            }
                            let name = f.code.name_at(i);
                            let obj = pop!(self);
                            match self.get_attr(&obj, &name)? {
                                super::attrs::Attr::Value(v) => {
                                    if let Value::Obj(o) = &obj {
                                        if matches!(&*o.data(), ObjData::Instance(_)) {
                                            if self.races.is_some() {
                                                self.note_read(super::race_hooks::Place::Attr(
                                                    o, &name,
                                                ));
                                            }
                                            let f = frame!(self);
                                            let code = f.code.clone();
                                            if let Some(c) = code.caches.get(f.ip - 1) {
                                                self.remember_attr_read(c, o, &name);
                                            }
                                        }
                                    }
                                    frame!(self).stack.push(v)
                                }
                                super::attrs::Attr::Call(func, args) => {
                                    if let Started::Value(v) =
                                        self.start_call(func, args, Vec::new(), RetMode::Push)?
                                    {
                                        frame!(self).stack.push(v);
                                    }
                                }
                            }
                        }
                        Instr::StoreAttr(i) => {
                            let name = f.code.name_at(i);
                            let obj = pop!(self);
                            let v = pop!(self);
                            if self.races.is_some() {
                                if let Value::Obj(o) = &obj {
                                    if matches!(&*o.data(), ObjData::Instance(_)) {
                                        self.note_write(
                                            super::race_hooks::Place::Attr(o, &name),
                                            &v,
                                        );
                                    }
                                }
                            }
                            let f = frame!(self);
                            let cache = f.code.caches.get(f.ip - 1);
                            let v = match (cache, &obj) {
                                (Some(c), Value::Obj(o)) => {
                                    match super::inline_cache::store_attr(
                                        c,
                                        self.class_epoch,
                                        o,
                                        &name,
                                        v,
                                    ) {
                                        Ok(()) => break 'instr,
                                        Err(v) => v,
                                    }
                                }
                                _ => v,
                            };
                            match self.store_call(&obj, &name, &v) {
                                Some((func, args)) => {
                                    self.start_call(func, args, Vec::new(), RetMode::Discard)?;
                                }
                                None => {
                                    self.set_attr(&obj, &name, v)?;
                                    if let Value::Obj(o) = &obj {
                                        let f = frame!(self);
                                        if let Some(c) = f.code.caches.get(f.ip - 1) {
                                            super::inline_cache::remember_store(
                                                c,
                                                self.class_epoch,
                                                o,
                                                &name,
                                            );
                                        }
                                    }
                                }
                            }
                        }
                        Instr::DeleteAttr(i) => {
                            let name = f.code.name_at(i);
                            let obj = pop!(self);
                            match self.delete_call(&obj, &name) {
                                Some((func, args)) => {
                                    self.start_call(func, args, Vec::new(), RetMode::Discard)?;
                                }
                                None => self.del_attr(&obj, &name)?,
                            }
                        }
                        Instr::Subscript => {
                            let idx = pop!(self);
                            let obj = pop!(self);
                            if self.races.is_some() {
                                if let Value::Obj(o) = &obj {
                                    if matches!(&*o.data(), ObjData::List(_) | ObjData::Dict(_)) {
                                        self.note_read(super::race_hooks::Place::Item(o, &idx));
                                    }
                                }
                            }
                            let r = self.subscript(&obj, &idx)?;
                            self.push_op(r)?;
                        }
                        Instr::StoreSubscr => {
                            let idx = pop!(self);
                            let obj = pop!(self);
                            let v = pop!(self);
                            if self.races.is_some() {
                                if let Value::Obj(o) = &obj {
                                    if matches!(&*o.data(), ObjData::List(_) | ObjData::Dict(_)) {
                                        self.note_write(
                                            super::race_hooks::Place::Item(o, &idx),
                                            &v,
                                        );
                                    }
                                }
                            }
                            if let Some((func, args)) = self.store_subscr(&obj, idx, v)? {
                                self.start_call(func, args, Vec::new(), RetMode::Discard)?;
                            }
                        }
                        Instr::DeleteSubscr => {
                            let idx = pop!(self);
                            let obj = pop!(self);
                            self.del_subscr(&obj, &idx)?;
                        }
                        Instr::Pop => {
                            f.stack.pop();
                        }
                        Instr::Dup => {
                            let Some(v) = f.stack.last().cloned() else {
                                return Err(self.runtime_error("internal: dup on empty stack"));
                            };
                            f.stack.push(v);
                        }
                        Instr::Dup2 => {
                            let n = f.stack.len();
                            if n < 2 {
                                return Err(self.runtime_error("internal: dup2 on short stack"));
                            }
                            let a = f.stack[n - 2].clone();
                            let b = f.stack[n - 1].clone();
                            f.stack.push(a);
                            f.stack.push(b);
                        }
                        Instr::Rot2 => {
                            let n = f.stack.len();
                            if n >= 2 {
                                f.stack.swap(n - 1, n - 2);
                            }
                        }
                        Instr::Rot3 => {
                            let n = f.stack.len();
                            if n >= 3 {
                                if let Some(top) = f.stack.pop() {
                                    f.stack.insert(n - 3, top);
                                }
                            }
                        }
                        Instr::Rot4 => {
                            let n = f.stack.len();
                            if n >= 4 {
                                if let Some(top) = f.stack.pop() {
                                    f.stack.insert(n - 4, top);
                                }
                            }
                        }
                        Instr::Binary(op, inplace) => {
                            let small = super::ops::top_small_ints(&f.stack)
                                .and_then(|(x, y)| super::ops::small_int_op(op, x, y));
                            if let Some(r) = small {
                                f.stack.pop();
                                if let Some(top) = f.stack.last_mut() {
                                    *top = Value::Int(r);
                                }
                                next_fast!(self, fast_until, 'fast, 'instr);
                            }
                            if op != crate::compiler::code::BinOp::Add
                                || !self.str_add_on_stack(inplace)?
                            {
                                let b = pop!(self);
                                let a = pop!(self);
                                let r = self.binary(op, &a, &b, inplace)?;
                                self.push_op(r)?;
                            }
                        }
                        Instr::Neg | Instr::Pos | Instr::Invert => {
                            let a = pop!(self);
                            let r = self.unary(instr, &a)?;
                            self.push_op(r)?;
                        }
                        Instr::Not => {
                            let a = pop!(self);
                            let t = self.truthy(&a)?;
                            frame!(self).stack.push(Value::Bool(!t));
                        }
                        Instr::Compare(op) => {
                            if let Some((x, y)) = super::ops::top_small_ints(&f.stack) {
                                f.stack.pop();
                                if let Some(top) = f.stack.last_mut() {
                                    *top = Value::Bool(super::ops::small_int_compare(op, x, y));
                                }
                                next_fast!(self, fast_until, 'fast, 'instr);
                            }
                            let b = pop!(self);
                            let a = pop!(self);
                            let r = self.compare(op, &a, &b)?;
                            self.push_op(r)?;
                        }
                        Instr::Is(neg) => {
                            let b = pop!(self);
                            let a = pop!(self);
                            frame!(self).stack.push(Value::Bool(a.is(&b) != neg));
                        }
                        Instr::In(neg) => {
                            let container = pop!(self);
                            let item = pop!(self);
                            let r = self.contains(&container, &item)?;
                            frame!(self).stack.push(Value::Bool(r != neg));
                        }
                        Instr::Jump(t) => {
                            f.ip = t as usize;
                            next_fast!(self, fast_until, 'fast, 'instr);
                        }
                        Instr::PopJumpIfFalse(t) | Instr::PopJumpIfTrue(t) => {
                            if let Some(&Value::Bool(truth)) = f.stack.last() {
                                f.stack.pop();
                                if truth == matches!(instr, Instr::PopJumpIfTrue(_)) {
                                    f.ip = t as usize;
                                }
                                next_fast!(self, fast_until, 'fast, 'instr);
                            }
                            let v = pop!(self);
                            let truth = match v {
                                Value::Bool(b) => b,
                                _ => self.truthy(&v)?,
                            };
                            if truth == matches!(instr, Instr::PopJumpIfTrue(_)) {
                                frame!(self).ip = t as usize;
                            }
                        }
                        Instr::JumpIfFalseOrPop(t) | Instr::JumpIfTrueOrPop(t) => {
                            let Some(v) = f.stack.last().cloned() else {
                                return Err(self.runtime_error("internal: empty stack"));
                            };
                            let truth = self.truthy(&v)?;
                            let f = frame!(self);
                            if truth == matches!(instr, Instr::JumpIfTrueOrPop(_)) {
                                f.ip = t as usize;
                            } else {
                                f.stack.pop();
                            }
                        }
                        Instr::GetIter => {
                            let v = pop!(self);
                            let it = self.get_iter(&v)?;
                            frame!(self).stack.push(it);
                        }
                        Instr::ForIter(exit) => {
                            if let Some(Value::Obj(o)) = f.stack.last() {
                                let next = match &mut *o.data_mut() {
                                    ObjData::Iter(super::object::IterState::Range {
                                        next,
                                        stop,
                                        step,
                                    }) => Some(super::iterators::range_step(next, *stop, *step)),
                                    _ => None,
                                };
                                match next {
                                    Some(Some(v)) => {
                                        f.stack.push(Value::Int(v));
                                        next_fast!(self, fast_until, 'fast, 'instr);
                                    }
                                    Some(None) => {
                                        f.stack.pop();
                                        f.ip = exit as usize;
                                        next_fast!(self, fast_until, 'fast, 'instr);
                                    }
                                    None => {}
                                }
                            }
                            let Some(it) = f.stack.last().cloned() else {
                                return Err(self.runtime_error("internal: no iterator"));
                            };
                            match self.start_next(&it, RetMode::ForIter(exit)) {
                                Ok(super::iterators::NextStarted::Item(v)) => {
                                    frame!(self).stack.push(v)
                                }
                                Ok(super::iterators::NextStarted::Exhausted(_)) => {
                                    let f = frame!(self);
                                    f.stack.pop();
                                    f.ip = exit as usize;
                                }
                                Ok(super::iterators::NextStarted::Pushed) => {}
                                Err(e) => return Err(e),
                            }
                        }
                        Instr::BuildTuple(n) | Instr::BuildList(n) | Instr::BuildSet(n) => {
                            let n = n as usize;
                            if f.stack.len() < n {
                                return Err(self.runtime_error("internal: short stack"));
                            }
                            let at = f.stack.len() - n;
                            let items: Vec<Value> = f.stack.split_off(at);
                            let v = match instr {
                                Instr::BuildTuple(_) => self.new_tuple(items),
                                Instr::BuildList(_) => self.new_list(items),
                                _ => self.new_set(items)?,
                            };
                            frame!(self).stack.push(v);
                        }
                        Instr::BuildMap(n) => {
                            let n = n as usize * 2;
                            if f.stack.len() < n {
                                return Err(self.runtime_error("internal: short stack"));
                            }
                            let at = f.stack.len() - n;
                            let items: Vec<Value> = f.stack.split_off(at);
                            let mut d = super::dict::Dict::new();
                            for pair in items.chunks(2) {
                                if let [k, v] = pair {
                                    d.insert(k.clone(), v.clone())
                                        .map_err(|u| self.unhashable(u))?;
                                }
                            }
                            let v = self.new_obj(ObjData::Dict(d));
                            frame!(self).stack.push(v);
                        }
                        Instr::BuildSlice(n) => {
                            let step = if n == 3 { pop!(self) } else { Value::None };
                            let stop = pop!(self);
                            let start = pop!(self);
                            let v = self.new_obj(ObjData::Slice { start, stop, step });
                            frame!(self).stack.push(v);
                        }
                        Instr::BuildString(n) => {
                            let n = n as usize;
                            if f.stack.len() < n {
                                return Err(self.runtime_error("internal: short stack"));
                            }
                            let at = f.stack.len() - n;
                            let parts = f.stack.split_off(at);
                            let mut s = String::new();
                            for p in parts {
                                if let Value::Str(x) = p {
                                    s.push_str(&x);
                                }
                            }
                            frame!(self)
                                .stack
                                .push(Value::Str(crate::pystr::PyStr::from(s)));
                        }
                        Instr::ListAppend(n) | Instr::SetAdd(n) => {
                            let v = pop!(self);
                            let target = self.comprehension_target(n)?;
                            if let Value::Obj(o) = &target {
                                let mut data = o.data_mut();
                                match &mut *data {
                                    ObjData::List(items) => items.push(v),
                                    ObjData::Set(_) => {
                                        let k = super::dict::hash_key(&v);
                                        drop(data);
                                        let k = k.map_err(|u| self.unhashable(u))?;
                                        let r = match &mut *o.data_mut() {
                                            ObjData::Set(d) => d.insert_checked(k, v, Value::None),
                                            _ => Ok(()),
                                        };
                                        r.map_err(|u| self.unhashable(u))?;
                                    }
                                    _ => {}
                                }
                            }
                        }
                        Instr::MapAdd(n) => {
                            let v = pop!(self);
                            let k = pop!(self);
                            let target = self.comprehension_target(n)?;
                            if let Value::Obj(o) = &target {
                                if let ObjData::Dict(d) = &mut *o.data_mut() {
                                    d.insert(k, v).map_err(|u| self.unhashable(u))?;
                                }
                            }
                        }
                        Instr::SetUpdate => {
                            let iterable = pop!(self);
                            let Some(target) = frame!(self).stack.last().cloned() else {
                                return Err(self.runtime_error("internal: no set to update"));
                            };
                            self.set_update(&target, &iterable)?;
                        }
                        Instr::ListExtend => {
                            let iterable = pop!(self);
                            let Some(target) = frame!(self).stack.last().cloned() else {
                                return Err(self.runtime_error("internal: no list to extend"));
                            };
                            match self.snapshot_items(&iterable) {
                                Some(items) => {
                                    let items = items?;
                                    if let Value::Obj(o) = &target {
                                        self.grow_by(o, items.len() as u64)?;
                                        if let ObjData::List(l) = &mut *o.data_mut() {
                                            l.extend(items);
                                        }
                                    }
                                }
                                None => {
                                    // A generator or other lazy iterable: collect it first, then extend.
                                    frame!(self).stack.pop();
                                    let nf = super::builtins::extend_frame(target, iterable);
                                    if let Started::Value(v) =
                                        self.start_native(nf, RetMode::Push)?
                                    {
                                        frame!(self).stack.push(v);
                                    }
                                }
                            }
                        }
                        Instr::DictUpdate => {
                            let m = pop!(self);
                            let Some(target) = frame!(self).stack.last().cloned() else {
                                return Err(self.runtime_error("internal: no dict to update"));
                            };
                            self.dict_update(&target, &m)?;
                        }
                        Instr::ListToTuple => {
                            let v = pop!(self);
                            let items = match &v {
                                Value::Obj(o) => match &*o.data() {
                                    ObjData::List(l) => l.clone(),
                                    _ => Vec::new(),
                                },
                                _ => Vec::new(),
                            };
                            let t = self.new_tuple(items);
                            frame!(self).stack.push(t);
                        }
                        Instr::UnpackSequence(n) => {
                            let v = pop!(self);
                            let items = self.unpack(&v, n as usize, None)?;
                            let f = frame!(self);
                            f.stack.extend(items.into_iter().rev());
                        }
                        Instr::UnpackEx(before, after) => {
                            let v = pop!(self);
                            let items = self.unpack(&v, before as usize, Some(after as usize))?;
                            let f = frame!(self);
                            f.stack.extend(items.into_iter().rev());
                        }
                        Instr::FormatValue(conv, has_spec) => {
                            let spec = if has_spec { Some(pop!(self)) } else { None };
                            let v = pop!(self);
                            let r = self.format_value(v, conv, spec)?;
                            self.push_op(r)?;
                        }
                        Instr::Call(n) => self.call_positional(n as usize)?,
                        Instr::CallGetattr(i) => self.call_getattr(i)?,
                        Instr::CallSetattr(i) => self.call_setattr(i)?,
                        Instr::CallKw(n) => {
                            let (args, kwargs) = self.pop_keyword_args(n, 1, "call")?;
                            let func = pop!(self);
                            if let Started::Value(v) =
                                self.start_call(func, args, kwargs, RetMode::Push)?
                            {
                                frame!(self).stack.push(v);
                            }
                        }
                        Instr::CallEx => {
                            let kw = pop!(self);
                            let args = pop!(self);
                            let func = pop!(self);
                            let args = self.tuple_items(&args);
                            let kwargs = self.kwargs_from_dict(&kw)?;
                            if let Started::Value(v) =
                                self.start_call(func, args, kwargs, RetMode::Push)?
                            {
                                frame!(self).stack.push(v);
                            }
                        }
                        Instr::MakeFunction(flags) => {
                            let idx = pop!(self);
                            let f = frame!(self);
                            let code =
                                match idx.as_i64().and_then(|i| f.code.consts.get(i as usize)) {
                                    Some(Const::Code(c)) => c.clone(),
                                    _ => {
                                        return Err(self
                                            .runtime_error("internal: MakeFunction without code"))
                                    }
                                };
                            let closure = if flags & 8 != 0 {
                                let t = pop!(self);
                                self.tuple_items(&t)
                            } else {
                                Vec::new()
                            };
                            let kwdefaults = if flags & 2 != 0 {
                                let d = pop!(self);
                                match &d {
                                    Value::Obj(o) => match &*o.data() {
                                        ObjData::Dict(d) => d
                                            .items()
                                            .into_iter()
                                            .filter_map(|(k, v)| {
                                                if let Value::Str(s) = k {
                                                    Some((Rc::from(&*s), v))
                                                } else {
                                                    None
                                                }
                                            })
                                            .collect(),
                                        _ => Vec::new(),
                                    },
                                    _ => Vec::new(),
                                }
                            } else {
                                Vec::new()
                            };
                            let defaults = if flags & 1 != 0 {
                                let t = pop!(self);
                                self.tuple_items(&t)
                            } else {
                                Vec::new()
                            };
                            let globals = frame!(self).globals.clone();
                            let closure: Vec<Obj> = closure
                                .into_iter()
                                .filter_map(|v| if let Value::Obj(o) = v { Some(o) } else { None })
                                .collect();
                            let func = self.new_obj(ObjData::Function(super::object::Function {
                                name: code.name.clone(),
                                qualname: code.qualname.clone(),
                                code,
                                globals,
                                defaults,
                                kwdefaults,
                                closure,
                                attrs: super::dict::Dict::new(),
                            }));
                            frame!(self).stack.push(func);
                        }
                        Instr::Return => {
                            let v = pop!(self);
                            self.finish_frame(Done::Return(v))?;
                        }
                        Instr::Yield => {
                            let v = pop!(self);
                            self.finish_frame(Done::Yield(v))?;
                        }
                        Instr::YieldFrom(exit) => {
                            let sent = pop!(self);
                            let Some(it) = frame!(self).stack.last().cloned() else {
                                return Err(self.runtime_error("internal: no delegate"));
                            };
                            let is_gen = matches!(&it, Value::Obj(o) if matches!(&*o.data(), ObjData::Generator(_)));
                            if !is_gen && !matches!(sent, Value::None) {
                                // A non-generator delegate receives sent values through its send() method.
                                let m = self.get_attr_value(&it, "send")?;
                                if let Started::Value(v) = self.start_call(
                                    m,
                                    vec![sent],
                                    Vec::new(),
                                    RetMode::SendCall(exit),
                                )? {
                                    frame!(self).stack.push(v);
                                }
                                return Ok(());
                            }
                            match self.start_send(&it, sent, RetMode::Send(exit))? {
                                super::iterators::NextStarted::Item(v) => {
                                    frame!(self).stack.push(v)
                                }
                                super::iterators::NextStarted::Exhausted(r) => {
                                    let f = frame!(self);
                                    f.stack.pop();
                                    f.stack.push(r);
                                    f.ip = exit as usize;
                                }
                                super::iterators::NextStarted::Pushed => {}
                            }
                        }
                        Instr::GetAwaitable(kind) => {
                            let v = pop!(self);
                            let it = self.get_awaitable(v, kind)?;
                            frame!(self).stack.push(it);
                        }
                        Instr::SetupAsyncWith => {
                            let mgr = pop!(self);
                            let (exit, enter) = self.async_context_methods(&mgr)?;
                            let f = frame!(self);
                            f.stack.push(exit);
                            f.stack.push(enter);
                        }
                        Instr::GetAIter => {
                            let v = pop!(self);
                            let it = self.get_aiter(&v)?;
                            frame!(self).stack.push(it);
                        }
                        Instr::GetANext => {
                            let Some(it) = f.stack.last().cloned() else {
                                return Err(self.runtime_error("internal: no async iterator"));
                            };
                            let m = self.anext_method(&it)?;
                            if let Started::Value(v) =
                                self.start_call(m, Vec::new(), Vec::new(), RetMode::Push)?
                            {
                                frame!(self).stack.push(v);
                            }
                        }
                        Instr::EndAsyncFor => {
                            let exc = pop!(self);
                            frame!(self).handling.pop();
                            if !self.is_instance_of(&exc, "StopAsyncIteration") {
                                self.reraising = true;
                                return Err(PyErr(exc));
                            }
                            pop!(self);
                        }
                        Instr::SetupExcept(t) => {
                            let depth = f.stack.len();
                            let handling = f.handling.len();
                            f.handlers.push(Handler {
                                target: t,
                                depth,
                                handling,
                            });
                        }
                        Instr::SetupWithHandler(t) => {
                            let depth = f.stack.len().saturating_sub(1);
                            let handling = f.handling.len();
                            f.handlers.push(Handler {
                                target: t,
                                depth,
                                handling,
                            });
                        }
                        Instr::PopBlock => {
                            f.handlers.pop();
                        }
                        Instr::ExceptionMatch => {
                            let cls = pop!(self);
                            let Some(exc) = frame!(self).stack.last().cloned() else {
                                return Err(self.runtime_error("internal: no exception"));
                            };
                            let m = self.exception_matches(&exc, &cls)?;
                            frame!(self).stack.push(Value::Bool(m));
                        }
                        Instr::Reraise => {
                            let exc = pop!(self);
                            frame!(self).handling.pop();
                            self.reraising = true;
                            return Err(PyErr(exc));
                        }
                        Instr::PopExcept => {
                            f.handling.pop();
                        }
                        Instr::PushExcInfo => {
                            let v = f.handling.last().cloned().unwrap_or(Value::None);
                            f.stack.push(v);
                        }
                        Instr::Raise(n) => {
                            return Err(self.do_raise(n)?);
                        }
                        Instr::RaiseAssert(with_msg) => {
                            let args = if with_msg {
                                vec![pop!(self)]
                            } else {
                                Vec::new()
                            };
                            let e = self.new_exception("AssertionError", args);
                            return Err(e);
                        }
                        Instr::BuildClass(nbases) => {
                            let n = nbases as usize;
                            if f.stack.len() < n + 2 {
                                return Err(self.runtime_error("internal: short stack for class"));
                            }
                            let at = f.stack.len() - n;
                            let bases = f.stack.split_off(at);
                            let name = pop!(self);
                            let body = pop!(self);
                            self.build_class(body, name, bases, Vec::new())?;
                        }
                        Instr::BuildClassKw(n) => {
                            let (bases, kwargs) = self.pop_keyword_args(n, 2, "class")?;
                            let name = pop!(self);
                            let body = pop!(self);
                            self.build_class(body, name, bases, kwargs)?;
                        }
                        Instr::ImportName(i) => {
                            let name = match f.code.consts.get(i as usize) {
                                Some(Const::Str(s)) => s.clone(),
                                _ => crate::pystr::PyStr::from(""),
                            };
                            let m = self.import(&name)?;
                            frame!(self).stack.push(m);
                        }
                        Instr::ImportFrom(i) => {
                            let name = f.code.name_at(i);
                            let Some(m) = f.stack.last().cloned() else {
                                return Err(self.runtime_error("internal: no module"));
                            };
                            let v = self.import_from(&m, &name)?;
                            frame!(self).stack.push(v);
                        }
                        Instr::SetupWith => {
                            let mgr = pop!(self);
                            let (exit, enter) = self.context_methods(&mgr)?;
                            let f = frame!(self);
                            f.stack.push(exit);
                            f.stack.push(enter);
                        }
                        Instr::WithExitNormal => {
                            let exit = pop!(self);
                            let args = vec![Value::None, Value::None, Value::None];
                            self.start_call(exit, args, Vec::new(), RetMode::Discard)?;
                        }
                        Instr::WithExitExc => {
                            let exc = pop!(self);
                            let exit = pop!(self);
                            let cls = Value::Obj(self.type_of(&exc));
                            frame!(self).stack.push(exc.clone());
                            let args = vec![cls, exc, Value::None];
                            if let Started::Value(v) =
                                self.start_call(exit, args, Vec::new(), RetMode::Push)?
                            {
                                frame!(self).stack.push(v);
                            }
                        }
                    }
                }
                break 'fast;
            }
            if !batch
                || self.steps >= self.check_step
                || self.preempt_pending
                || self.blocked.is_some()
                || !matches!(self.frames.last(), Some(Activation::Py(_)))
            {
                return Ok(());
            }
            self.steps += 1;
        }
    }

    /// The list, set or dict a comprehension builds, `n` deep in the stack, with one more
    /// item's memory charged (ListAppend, SetAdd, MapAdd).
    fn comprehension_target(&mut self, n: u32) -> PyResult<Value> {
        let f = frame!(self);
        let Some(target) = f
            .stack
            .len()
            .checked_sub(n as usize)
            .and_then(|i| f.stack.get(i))
            .cloned()
        else {
            return Err(self.runtime_error("internal: bad comprehension target"));
        };
        if let Value::Obj(o) = &target {
            let units = match &*o.data() {
                ObjData::List(_) => 1,
                _ => super::ledger::ENTRY_UNITS,
            };
            self.grow_by(o, units)?;
        }
        Ok(target)
    }

    /// Pops a keyword call's operands: the tuple of keyword names on top, under it `n` values
    /// (positional first, then one per name). `below` is how many more operands the instruction
    /// pops after these (the callee; a class's name and body), checked here so a short stack is
    /// an error, never a panic. Returns (positional, keyword) arguments.
    fn pop_keyword_args(
        &mut self,
        n: u32,
        below: usize,
        what: &str,
    ) -> PyResult<(Vec<Value>, Kwargs)> {
        let names = pop!(self);
        let names = self.tuple_items(&names);
        let f = frame!(self);
        let n = n as usize;
        if f.stack.len() < n + below || names.len() > n {
            return Err(self.runtime_error(&format!("internal: short stack for {what}")));
        }
        let at = f.stack.len() - n;
        let mut positional = f.stack.split_off(at);
        let values = positional.split_off(n - names.len());
        let kwargs = names
            .into_iter()
            .zip(values)
            .filter_map(|(name, v)| match name {
                Value::Str(s) => Some((Rc::from(&*s), v)),
                _ => None,
            })
            .collect();
        Ok((positional, kwargs))
    }

    /// `UnboundLocalError` for local slot `i` of `code`.
    fn unbound_local(&mut self, code: &Code, i: u32) -> PyErr {
        let name = code
            .varnames
            .get(i as usize)
            .cloned()
            .unwrap_or_else(|| Rc::from("?"));
        self.new_error(
            "UnboundLocalError",
            &format!(
                "cannot access local variable '{name}' where it is not associated with a value"
            ),
        )
    }

    /// Push an operator's result, or start the dunder call that computes it.
    fn push_op(&mut self, r: super::ops::OpResult) -> PyResult<()> {
        match r {
            super::ops::OpResult::Value(v) => {
                frame!(self).stack.push(v);
                Ok(())
            }
            super::ops::OpResult::Call(func, args) => {
                if let Started::Value(v) = self.start_call(func, args, Vec::new(), RetMode::Push)? {
                    frame!(self).stack.push(v);
                }
                Ok(())
            }
            super::ops::OpResult::Chain(chain) => {
                if let Started::Value(v) = self.start_native(chain, RetMode::Push)? {
                    frame!(self).stack.push(v);
                }
                Ok(())
            }
        }
    }

    fn tuple_items(&self, v: &Value) -> Vec<Value> {
        match v {
            Value::Obj(o) => match &*o.data() {
                ObjData::Tuple(items) | ObjData::List(items) => items.clone(),
                _ => Vec::new(),
            },
            _ => Vec::new(),
        }
    }

    /// Set a name in a module or class namespace.
    pub fn namespace_set(&mut self, ns: &Obj, name: &str, v: Value) {
        match &mut *ns.data_mut() {
            ObjData::Module(m) => m.dict.set_str(name, v),
            ObjData::Dict(d) => d.set_str(name, v),
            ObjData::Class(c) => {
                self.class_epoch += 1;
                // `__module__ = '...'` in a class body names the module in reprs.
                if let ("__module__", Value::Str(m)) = (name, &v) {
                    c.module = Rc::from(&**m);
                }
                c.dict.set_str(name, v)
            }
            _ => {}
        }
    }

    fn namespace_del(&mut self, ns: &Obj, name: &str) -> bool {
        self.class_epoch += 1;
        let k = super::dict::HashKey::Str(crate::pystr::PyStr::from(name));
        match &mut *ns.data_mut() {
            ObjData::Module(m) => m.dict.remove_by_key(&k).is_some(),
            ObjData::Dict(d) => d.remove_by_key(&k).is_some(),
            ObjData::Class(c) => c.dict.remove_by_key(&k).is_some(),
            _ => false,
        }
    }

    /// The exception being handled (`sys.exception()`), innermost first, or None.
    pub fn handled_exception(&self) -> Value {
        self.frames
            .iter()
            .rev()
            .find_map(|a| match a {
                super::frame::Activation::Py(f) => f.handling.last().cloned(),
                _ => None,
            })
            .unwrap_or(Value::None)
    }

    /// A builtin by name (e.g. `Ellipsis`), or None.
    pub fn builtin_value(&self, name: &str) -> Value {
        super::dict::obj_dict_get(&self.builtins, name).unwrap_or(Value::None)
    }

    /// A `throw()` reaching a frame as it resumes: when the frame is suspended in `yield from`
    /// / `await`, the exception goes to the delegate first (its `throw()`), as in CPython;
    /// otherwise it is raised at the yield. GeneratorExit (`close()`) is raised here directly.
    fn throw_at_resume(&mut self, e: PyErr) -> PyResult<()> {
        let f = frame!(self);
        // Suspended in a delegation, the frame sits after `YieldFrom(exit); Yield` at `Jump(start)`.
        let exit = match (
            f.code.instrs.get(f.ip),
            f.ip.checked_sub(1).and_then(|i| f.code.instrs.get(i)),
        ) {
            (Some(Instr::Jump(start)), Some(Instr::Yield)) => {
                match f.code.instrs.get(*start as usize) {
                    Some(Instr::YieldFrom(exit)) if *start as usize + 1 == f.ip - 1 => {
                        Some((*start, *exit))
                    }
                    _ => None,
                }
            }
            _ => None,
        };
        let Some((start, exit)) = exit else {
            return Err(e);
        };
        let Some(it) = f.stack.last().cloned() else {
            return Err(e);
        };
        if self.is_instance_of(&e.0, "GeneratorExit") {
            // close() (or throw(GeneratorExit)): close the delegate first, then raise
            // GeneratorExit here; an exception from the delegate's close() replaces it.
            let Ok(close) = self.get_attr_value(&it, "close") else {
                return Err(e);
            };
            let nf = Box::new(CloseDelegate {
                close: Some(close),
                exc: Some(e),
            });
            return match self.start_native(nf, RetMode::Discard)? {
                Started::Value(_) | Started::Pushed => Ok(()),
            };
        }
        let f = frame!(self);
        // Continue as if YieldFrom had just produced a value: a yield of the delegate is
        // yielded on, its return lands at `exit`, its exception is raised here.
        f.ip = start as usize + 1;
        if let Value::Obj(o) = &it {
            if matches!(&*o.data(), ObjData::Generator(_)) {
                let o = o.clone();
                match self.resume_generator(
                    &o,
                    super::iterators::Resume::Throw(e),
                    RetMode::Send(exit),
                )? {
                    super::iterators::NextStarted::Item(v) => frame!(self).stack.push(v),
                    super::iterators::NextStarted::Exhausted(r) => {
                        let f = frame!(self);
                        f.stack.pop();
                        f.stack.push(r);
                        f.ip = exit as usize;
                    }
                    super::iterators::NextStarted::Pushed => {}
                }
                return Ok(());
            }
        }
        let Ok(m) = self.get_attr_value(&it, "throw") else {
            return Err(e);
        };
        if let Started::Value(v) =
            self.start_call(m, vec![e.0], Vec::new(), RetMode::SendCall(exit))?
        {
            frame!(self).stack.push(v);
        }
        Ok(())
    }

    /// Set a generator's state, optionally giving its frame back.
    pub fn set_gen_state(&mut self, gen: &Obj, state: GenState, frame: Option<Box<Frame>>) {
        if let ObjData::Generator(g) = &mut *gen.data_mut() {
            g.state = state;
            if frame.is_some() || state == GenState::Closed {
                g.frame = frame;
            }
        }
    }
}

/// Closes a `yield from` delegate, then raises the GeneratorExit being thrown into the
/// delegating frame (or what the delegate's `close()` raised instead).
struct CloseDelegate {
    close: Option<Value>,
    exc: Option<PyErr>,
}

impl NativeFrame for CloseDelegate {
    fn name(&self) -> &'static str {
        "close"
    }

    fn resume(&mut self, vm: &mut Vm, input: Input) -> PyResult<Step> {
        match input {
            Input::Start => match self.close.take() {
                Some(func) => Ok(Step::Call {
                    func,
                    args: Vec::new(),
                    kwargs: Vec::new(),
                }),
                None => Err(vm.runtime_error("internal: close of a delegate restarted")),
            },
            Input::Error(e) => Err(e),
            Input::Value(_) | Input::Item(_) | Input::Woken { .. } => match self.exc.take() {
                Some(e) => Err(e),
                None => Err(vm.runtime_error("internal: close of a delegate resumed twice")),
            },
        }
    }
}
