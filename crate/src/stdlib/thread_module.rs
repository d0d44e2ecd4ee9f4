//! `_thread`: the native part of threading, as in CPython — locks (plain, reentrant, and the
//! one-shot waiters `Condition.wait` sleeps on), starting threads, identities and the switch
//! interval. `threading.py` builds everything else on these, the way CPython's does.
//!
//! A lock object is an instance of a Python class (`_thread.lock`, `_thread.RLock`) whose `_id`
//! names its state in the scheduler's lock table; its methods are natives that bind like
//! methods. An uncontended acquire is one native call; a contended one parks the thread.

use super::time_module::{now_ns, seconds_to_ns};
use crate::scheduler::locks::{LockKind, ReleaseError};
use crate::scheduler::thread::{LockId, ThreadId, ThreadState, Wait};
use crate::trace::EventKind;
use crate::vm::call::Kwargs;
use crate::vm::dict::obj_dict_get;
use crate::vm::modules::{add_fn, add_val};
use crate::vm::native::{Block, Flow, Input, NativeFrame, Step};
use crate::vm::object::{Instance, ObjData};
use crate::vm::value::{Obj, Value};
use crate::vm::{PyResult, Vm};

/// CPython's `threading.TIMEOUT_MAX` on Linux.
pub const TIMEOUT_MAX: f64 = 9_223_372_036.0;

/// The simulated process id (`os.getpid()`), and the base of native thread ids.
pub use crate::scheduler::process::{native_id_of, MAIN_PID as PID};

/// `threading.get_ident()` of thread `index`: pthread-like addresses 8 MiB apart.
pub fn ident_of(index: u32) -> i64 {
    140_245_120_000_000 - i64::from(index) * 8_392_704
}

/// The identity thread `id` shows: its own, or for a forked process's first thread, that of the
/// thread that forked it (as `pthread_self()` is after `fork()`).
pub fn ident_shown(vm: &Vm, id: ThreadId) -> i64 {
    ident_of(vm.sched.thread(id).map(|t| t.ident_of.0).unwrap_or(id.0))
}

/// Fill the `_thread` module's native part.
pub fn install(vm: &mut Vm, m: &Obj) {
    add_fn(vm, m, "_new_lock", new_lock);
    add_fn(vm, m, "_suspended_line", suspended_line);
    for (name, f) in [
        ("_acquire", acquire as crate::vm::object::BuiltinFn),
        ("_release", release),
        ("_exit", exit),
        ("_locked", locked),
        ("_repr", repr),
        ("_is_owned", is_owned),
        ("_release_save", release_save),
        ("_acquire_restore", acquire_restore),
        ("_recursion_count", recursion_count),
    ] {
        let v = crate::vm::builtins::builtin_method(vm, name, f);
        add_val(m, name, v);
    }
    add_fn(vm, m, "_start", start);
    add_fn(vm, m, "_current", |vm, _, _| {
        Ok(Flow::Value(Value::Int(i64::from(vm.sched.current.0))))
    });
    add_fn(vm, m, "get_ident", |vm, _, _| {
        Ok(Flow::Value(Value::Int(ident_shown(vm, vm.sched.current))))
    });
    add_fn(vm, m, "get_native_id", |vm, _, _| {
        Ok(Flow::Value(Value::Int(native_id_of(vm.sched.current.0))))
    });
    add_fn(vm, m, "_ident_of", |vm, a, _| {
        let i = index_arg(vm, &a)?;
        Ok(Flow::Value(Value::Int(ident_shown(vm, ThreadId(i)))))
    });
    add_fn(vm, m, "_native_id_of", |vm, a, _| {
        let i = index_arg(vm, &a)?;
        Ok(Flow::Value(Value::Int(native_id_of(i))))
    });
    add_fn(vm, m, "_set_name", |vm, a, _| {
        let i = index_arg(vm, &a)?;
        let name = a.get(1).map(|v| vm.str_plain(v)).unwrap_or_default();
        if let Some(t) = vm.sched.thread_mut(ThreadId(i)) {
            t.name = name;
        }
        Ok(Flow::Value(Value::None))
    });
    add_fn(vm, m, "_get_switch_interval", get_switch_interval);
    add_fn(vm, m, "_set_switch_interval", set_switch_interval);
    add_fn(vm, m, "_stderr", |vm, a, _| {
        let text = a.first().map(|v| vm.str_plain(v)).unwrap_or_default();
        vm.write_stderr(&text)?;
        Ok(Flow::Value(Value::None))
    });
    add_fn(vm, m, "_print_exception", |vm, a, _| {
        let exc = a.first().cloned().unwrap_or(Value::None);
        let text = vm.format_exception(&crate::vm::PyErr(exc));
        vm.write_stderr(&text)?;
        Ok(Flow::Value(Value::None))
    });
    add_fn(vm, m, "_format_exception", |vm, a, _| {
        let exc = a.first().cloned().unwrap_or(Value::None);
        let text = vm.format_exception(&crate::vm::PyErr(exc));
        Ok(Flow::Value(Value::str(&text)))
    });
    add_fn(vm, m, "_current_exception", |vm, _, _| {
        let exc = vm.frames.iter().rev().find_map(|a| match a {
            crate::vm::frame::Activation::Py(f) => f.handling.last().cloned(),
            _ => None,
        });
        Ok(Flow::Value(exc.unwrap_or(Value::None)))
    });
    add_fn(vm, m, "_format_stack", format_stack);
    add_fn(vm, m, "_warn", warn);
    add_fn(vm, m, "_caller", caller);
    add_val(m, "TIMEOUT_MAX", Value::Float(TIMEOUT_MAX));
    add_val(m, "_PID", Value::Int(PID));
}

/// `_warn(message, category)`: print a warning the way CPython's default filters do (once per
/// location), attributed to the program line that called into the library.
fn warn(vm: &mut Vm, a: Vec<Value>, _k: Kwargs) -> PyResult<Flow> {
    let message = a.first().map(|v| vm.str_plain(v)).unwrap_or_default();
    let category = match a.get(1) {
        Some(Value::Obj(c)) => crate::vm::types::class_name(c).to_string(),
        _ => "UserWarning".to_string(),
    };
    let site = vm.frames.iter().rev().find_map(|a| match a {
        crate::vm::frame::Activation::Py(f) if !f.code.library => {
            Some((f.code.filename.clone(), f.line))
        }
        _ => None,
    });
    let Some((file, line)) = site else {
        return Ok(Flow::Value(Value::None));
    };
    let key = format!("{file}:{line}:{category}:{message}");
    if !vm.warned.insert(key) {
        return Ok(Flow::Value(Value::None));
    }
    let text = vm
        .source_lines
        .get((line as usize).wrapping_sub(1))
        .map(|l| l.trim().to_string())
        .unwrap_or_default();
    vm.write_stderr(&format!("{file}:{line}: {category}: {message}\n  {text}\n"))?;
    Ok(Flow::Value(Value::None))
}

fn index_arg(vm: &mut Vm, a: &[Value]) -> PyResult<u32> {
    a.first()
        .and_then(Value::as_i64)
        .and_then(|i| u32::try_from(i).ok())
        .ok_or_else(|| vm.type_error("internal: a thread index is needed"))
}

/// The lock id behind a lock object.
/// The scheduler lock behind a `_thread` lock object.
pub fn lock_id_arg(vm: &mut Vm, v: &Value) -> PyResult<LockId> {
    lock_id(vm, Some(v))
}

fn lock_id(vm: &mut Vm, v: Option<&Value>) -> PyResult<LockId> {
    match v {
        Some(Value::Obj(o)) => match obj_dict_get(o, "_id").and_then(|v| v.as_i64()) {
            Some(i) => Ok(LockId(i as u32)),
            None => Err(vm.type_error("descriptor requires a '_thread.lock' object")),
        },
        _ => Err(vm.type_error("descriptor requires a '_thread.lock' object")),
    }
}

/// `_new_lock(cls, kind, purpose=None)`: kind 0 = Lock, 1 = RLock, 2 = a waiter (a Condition's,
/// or blocking I/O's: `purpose` then says what it waits for), 3 = a thread's end.
fn new_lock(vm: &mut Vm, a: Vec<Value>, _k: Kwargs) -> PyResult<Flow> {
    let Some(Value::Obj(cls)) = a.first().cloned() else {
        return Err(vm.type_error("internal: _new_lock needs a class"));
    };
    let kind = match a.get(1).and_then(Value::as_i64) {
        Some(1) => LockKind::RLock,
        Some(2) => LockKind::Waiter,
        Some(3) => LockKind::ThreadEnd(ThreadId(u32::MAX)),
        _ => LockKind::Lock,
    };
    let purpose = match a.get(2) {
        Some(Value::Str(s)) if kind == LockKind::Waiter => Some(s.to_string()),
        _ => None,
    };
    let id = if let Some(purpose) = purpose {
        vm.sched.locks.create_named(kind, purpose)
    } else if matches!(kind, LockKind::Lock | LockKind::RLock) && vm.in_library_code() {
        vm.sched.locks.create_internal(kind)
    } else {
        vm.sched.locks.create(kind)
    };
    Ok(Flow::Value(lock_object(vm, cls, id)))
}

/// A lock object of class `cls` for lock `id`.
pub fn lock_object(vm: &mut Vm, cls: Obj, id: LockId) -> Value {
    let mut dict = crate::vm::dict::Dict::new();
    dict.set_str("_id", Value::Int(i64::from(id.0)));
    vm.new_obj(ObjData::Instance(Instance {
        class: cls,
        dict,
        exc: None,
        payload: None,
    }))
}

/// Read `acquire(blocking=True, timeout=-1)`'s arguments: the deadline (None = forever) or
/// `Err(None)`-like `Ok(Some(now))` for a non-blocking try.
fn acquire_deadline(vm: &mut Vm, a: &[Value], k: &Kwargs) -> PyResult<Option<u64>> {
    let mut blocking = a.get(1).cloned();
    let mut timeout = a.get(2).cloned();
    for (name, v) in k {
        match &**name {
            "blocking" => blocking = Some(v.clone()),
            "timeout" => timeout = Some(v.clone()),
            other => {
                return Err(vm.type_error(&format!(
                    "'{other}' is an invalid keyword argument for acquire()"
                )))
            }
        }
    }
    let blocking = match blocking {
        Some(b) => vm.truthy(&b)?,
        None => true,
    };
    let timeout_ns = match timeout {
        None => None,
        Some(t) => {
            let ns = seconds_to_ns(vm, &t)?;
            if ns == -1_000_000_000 {
                None
            } else {
                Some(ns)
            }
        }
    };
    match (blocking, timeout_ns) {
        (false, Some(_)) => Err(vm.new_error(
            "ValueError",
            "can't specify a timeout for a non-blocking call",
        )),
        (false, None) => Ok(Some(now_ns(vm))),
        (true, Some(ns)) if ns < 0 => {
            Err(vm.new_error("ValueError", "timeout value must be positive"))
        }
        (true, Some(ns)) => Ok(Some(now_ns(vm).saturating_add(ns as u64))),
        (true, None) => Ok(None),
    }
}

/// How long (virtual ns) a thread blocked on a lock takes to be scheduled after a release
/// wakes it; until then the releasing thread (or any other) can still take the lock.
const WAKE_LATENCY_NS: u64 = 10_000;

fn took(vm: &mut Vm, id: LockId) {
    vm.record(EventKind::Acquire { lock: id.0 });
}

fn acquire(vm: &mut Vm, a: Vec<Value>, k: Kwargs) -> PyResult<Flow> {
    let id = lock_id(vm, a.first())?;
    let me = vm.sched.current;
    let deadline = if a.len() > 1 || !k.is_empty() {
        acquire_deadline(vm, &a, &k)?
    } else {
        None
    };
    let now = now_ns(vm);
    if vm.sched.locks.may_take(id, me, now, false) && vm.sched.locks.try_acquire(id, me) {
        took(vm, id);
        return Ok(Flow::Value(Value::Bool(true)));
    }
    if deadline == Some(now_ns(vm)) {
        // Non-blocking (or a zero timeout): CPython still gives other threads no chance.
        return Ok(Flow::Value(Value::Bool(false)));
    }
    Ok(Flow::Native(Box::new(Acquire {
        lock: id,
        deadline,
        restore: None,
    })))
}

/// A thread waiting to acquire a lock (or to re-acquire an RLock with a saved count).
struct Acquire {
    lock: LockId,
    deadline: Option<u64>,
    restore: Option<u32>,
}

impl NativeFrame for Acquire {
    fn name(&self) -> &'static str {
        "lock.acquire"
    }

    fn resume(&mut self, vm: &mut Vm, input: Input) -> PyResult<Step> {
        match input {
            Input::Start => {}
            Input::Woken { timed_out } => {
                let me = vm.sched.current;
                let now = now_ns(vm);
                let got = vm.sched.locks.may_take(self.lock, me, now, true)
                    && match self.restore {
                        Some(count) => vm.sched.locks.restore(self.lock, me, count),
                        None => vm.sched.locks.try_acquire(self.lock, me),
                    };
                if got {
                    took(vm, self.lock);
                    return Ok(Step::Return(match self.restore {
                        Some(_) => Value::None,
                        None => Value::Bool(true),
                    }));
                }
                if timed_out {
                    vm.sched.locks.unreserve(self.lock, me);
                    return Ok(Step::Return(Value::Bool(false)));
                }
            }
            Input::Error(e) => {
                let me = vm.sched.current;
                vm.sched.locks.unreserve(self.lock, me);
                return Err(e);
            }
            _ => return Err(vm.runtime_error("internal: unexpected input to acquire")),
        }
        Ok(Step::Block(Block {
            wait: Wait::Lock(self.lock),
            deadline: self.deadline,
        }))
    }
}

fn release_lock(vm: &mut Vm, id: LockId) -> PyResult<()> {
    let me = vm.sched.current;
    match vm.sched.locks.release(id, me) {
        Ok(freed) => {
            vm.record(EventKind::Release { lock: id.0 });
            if freed {
                // One waiter gets the lock once it is scheduled, unless someone takes it
                // before. Which one is the OS's choice, not first come first served: with
                // several, the run's seeded generator picks.
                let waiters: Vec<ThreadId> = vm
                    .sched
                    .threads
                    .iter()
                    .filter(|t| t.state == ThreadState::Blocked(Wait::Lock(id)))
                    .map(|t| t.id)
                    .collect();
                let waiter = match waiters.len() {
                    0 | 1 => waiters.first().copied(),
                    n => waiters.get(vm.sched.rng.below(n as u64) as usize).copied(),
                };
                if let Some(w) = waiter {
                    let due = now_ns(vm).saturating_add(WAKE_LATENCY_NS);
                    vm.sched.locks.reserve(id, w, due);
                }
                vm.wake_waiters(id);
            }
            Ok(())
        }
        Err(e) => Err(vm.runtime_error(e.message())),
    }
}

fn release(vm: &mut Vm, a: Vec<Value>, _k: Kwargs) -> PyResult<Flow> {
    let id = lock_id(vm, a.first())?;
    release_lock(vm, id)?;
    Ok(Flow::Value(Value::None))
}

fn exit(vm: &mut Vm, a: Vec<Value>, _k: Kwargs) -> PyResult<Flow> {
    let id = lock_id(vm, a.first())?;
    release_lock(vm, id)?;
    Ok(Flow::Value(Value::None))
}

fn locked(vm: &mut Vm, a: Vec<Value>, _k: Kwargs) -> PyResult<Flow> {
    let id = lock_id(vm, a.first())?;
    let now = now_ns(vm);
    Ok(Flow::Value(Value::Bool(vm.sched.locks.locked_at(id, now))))
}

fn repr(vm: &mut Vm, a: Vec<Value>, _k: Kwargs) -> PyResult<Flow> {
    let id = lock_id(vm, a.first())?;
    let addr = match a.first() {
        Some(Value::Obj(o)) => crate::vm::repr::address(o.id()),
        _ => String::new(),
    };
    let Some(l) = vm.sched.locks.get(id) else {
        return Err(vm.runtime_error("internal: unknown lock"));
    };
    let state = if l.holder.is_some() {
        "locked"
    } else {
        "unlocked"
    };
    let text = match l.kind {
        LockKind::RLock => {
            let owner = l.holder.map(|h| ident_shown(vm, h)).unwrap_or(0);
            format!(
                "<{state} _thread.RLock object owner={owner} count={} at {addr}>",
                l.count
            )
        }
        _ => format!("<{state} _thread.lock object at {addr}>"),
    };
    Ok(Flow::Value(Value::str(&text)))
}

fn is_owned(vm: &mut Vm, a: Vec<Value>, _k: Kwargs) -> PyResult<Flow> {
    let id = lock_id(vm, a.first())?;
    let me = vm.sched.current;
    let owned = vm.sched.locks.get(id).is_some_and(|l| l.holder == Some(me));
    Ok(Flow::Value(Value::Bool(owned)))
}

fn recursion_count(vm: &mut Vm, a: Vec<Value>, _k: Kwargs) -> PyResult<Flow> {
    let id = lock_id(vm, a.first())?;
    let me = vm.sched.current;
    let n = match vm.sched.locks.get(id) {
        Some(l) if l.holder == Some(me) => l.count,
        _ => 0,
    };
    Ok(Flow::Value(Value::Int(i64::from(n))))
}

/// RLock `_release_save`: release completely, returning the count to restore.
fn release_save(vm: &mut Vm, a: Vec<Value>, _k: Kwargs) -> PyResult<Flow> {
    let id = lock_id(vm, a.first())?;
    let me = vm.sched.current;
    let count = match vm.sched.locks.get(id) {
        Some(l) if l.holder == Some(me) => l.count,
        _ => return Err(vm.runtime_error(ReleaseError::NotOwner.message())),
    };
    for _ in 0..count {
        release_lock(vm, id)?;
    }
    Ok(Flow::Value(Value::Int(i64::from(count))))
}

/// RLock `_acquire_restore(count)`: block until free, then hold it `count` times.
fn acquire_restore(vm: &mut Vm, a: Vec<Value>, _k: Kwargs) -> PyResult<Flow> {
    let id = lock_id(vm, a.first())?;
    let count = a.get(1).and_then(Value::as_i64).unwrap_or(1).max(1) as u32;
    let me = vm.sched.current;
    if vm.sched.locks.restore(id, me, count) {
        took(vm, id);
        return Ok(Flow::Value(Value::None));
    }
    Ok(Flow::Native(Box::new(Acquire {
        lock: id,
        deadline: None,
        restore: Some(count),
    })))
}

/// `_start(function, name, daemon, end_lock)`: start a thread calling `function()`; it holds
/// `end_lock` until it ends. Returns the thread's index.
fn start(vm: &mut Vm, a: Vec<Value>, _k: Kwargs) -> PyResult<Flow> {
    let func = a.first().cloned().unwrap_or(Value::None);
    let name = a.get(1).map(|v| vm.str_plain(v)).unwrap_or_default();
    let daemon = match a.get(2) {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let end_lock = match a.get(3) {
        Some(Value::None) | None => None,
        Some(v) => Some(lock_id(vm, Some(v))?),
    };
    if vm.sched.threads.len() >= MAX_THREADS {
        return Err(vm.runtime_error(&format!(
            "can't start new thread (Interleave simulates at most {MAX_THREADS} threads)"
        )));
    }
    let id = vm.spawn_thread(func, &name, daemon, end_lock)?;
    if let Some(l) = end_lock {
        vm.sched.locks.set_kind(l, LockKind::ThreadEnd(id));
    }
    Ok(Flow::Value(Value::Int(i64::from(id.0))))
}

/// Most threads one run may start (CPython's limit is memory; a simulator's must be lower).
pub const MAX_THREADS: usize = 2_000;

/// `_caller(n=1)`: `(filename, lineno, funcname)` of the n-th program frame from the top (library
/// frames skipped; the outermost one when there are fewer), for `logging`'s `findCaller`;
/// CPython's fallback when there is none.
fn caller(vm: &mut Vm, a: Vec<Value>, _k: Kwargs) -> PyResult<Flow> {
    let n = a.first().and_then(Value::as_i64).unwrap_or(1).max(1) as usize;
    let site = vm
        .frames
        .iter()
        .rev()
        .filter_map(|a| match a {
            crate::vm::frame::Activation::Py(f) if !f.code.library => {
                Some((f.code.filename.clone(), f.line, f.code.name.clone()))
            }
            _ => None,
        })
        .take(n)
        .last();
    let items = match site {
        Some((file, line, name)) => vec![
            Value::str(&file),
            Value::Int(i64::from(line)),
            Value::str(&name),
        ],
        None => vec![
            Value::str("(unknown file)"),
            Value::Int(0),
            Value::str("(unknown function)"),
        ],
    };
    Ok(Flow::Value(vm.new_tuple(items)))
}

/// `_format_stack()`: the program's own frames of the running thread, outermost first, as
/// `traceback.print_stack()` writes them (logging's "Call stack:" after a failed emit);
/// library frames are left out. Empty when no program frame is running.
fn format_stack(vm: &mut Vm, _a: Vec<Value>, _k: Kwargs) -> PyResult<Flow> {
    let mut out = String::new();
    for a in &vm.frames {
        let crate::vm::frame::Activation::Py(f) = a else {
            continue;
        };
        if f.code.library {
            // Library frames CPython would show (threading's bootstrap in a thread); logging's
            // own frames are where CPython's walk up the stack starts, so they are left out.
            let Some(cf) = crate::stdlib::cpython_frame(&f.code.filename, f.line) else {
                continue;
            };
            if cf.path.contains("/logging/") {
                continue;
            }
            if out.is_empty() && &*f.code.name == "_bootstrap_inner" {
                // A thread's first frame: CPython's `_bootstrap` calls `_bootstrap_inner`.
                out.push_str(&format!(
                    "  File \"{}\", line 1002, in _bootstrap\n    self._bootstrap_inner()\n",
                    cf.path
                ));
            }
            out.push_str(&format!(
                "  File \"{}\", line {}, in {}\n    {}\n",
                cf.path, cf.line, f.code.name, cf.text
            ));
            continue;
        }
        out.push_str(&format!(
            "  File \"{}\", line {}, in {}\n",
            f.code.filename, f.line, f.code.name
        ));
        if let Some(src) = vm.source_lines.get((f.line as usize).wrapping_sub(1)) {
            let t = src.trim();
            if !t.is_empty() {
                out.push_str("    ");
                out.push_str(t);
                out.push('\n');
            }
        }
    }
    Ok(Flow::Value(Value::str(&out)))
}

/// `sys.getswitchinterval()`: the interval after which the running thread is asked to drop the
/// GIL, in seconds of virtual time.
pub fn get_switch_interval(vm: &mut Vm, _: Vec<Value>, _: Kwargs) -> PyResult<Flow> {
    Ok(Flow::Value(Value::Float(
        vm.sched.switch_interval_ns as f64 / 1e9,
    )))
}

/// `sys.setswitchinterval(seconds)`, with CPython's errors; the `cpython-3.11` and
/// `gil-anywhere` policies use it from their next time slice on.
pub fn set_switch_interval(vm: &mut Vm, a: Vec<Value>, _: Kwargs) -> PyResult<Flow> {
    let v = a.first().cloned().unwrap_or(Value::None);
    let secs = match v {
        Value::Float(f) => f,
        ref x if x.as_i64().is_some() => x.as_i64().unwrap_or(0) as f64,
        ref x => {
            let t = vm.type_name(x);
            return Err(vm.type_error(&format!("must be real number, not {t}")));
        }
    };
    if secs <= 0.0 || secs.is_nan() {
        return Err(vm.new_error("ValueError", "switch interval must be strictly positive"));
    }
    vm.sched.switch_interval_ns = ((secs * 1e9) as u64).max(1_000);
    Ok(Flow::Value(Value::None))
}

/// `_suspended_line(coroutine)`: the line a suspended generator or coroutine waits at, or None
/// (asyncio names it in deadlock reports).
fn suspended_line(_vm: &mut Vm, a: Vec<Value>, _: Kwargs) -> PyResult<Flow> {
    let line = match a.first() {
        Some(Value::Obj(o)) => match &*o.data() {
            ObjData::Generator(g) => g.frame.as_ref().map(|f| f.line),
            _ => None,
        },
        _ => None,
    };
    Ok(Flow::Value(match line {
        Some(l) if l > 0 => Value::Int(i64::from(l)),
        _ => Value::None,
    }))
}
