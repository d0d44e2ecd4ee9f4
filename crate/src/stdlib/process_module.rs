//! `_process`: the native part of the simulated `multiprocessing` package. A process is a
//! thread of the scheduler that belongs to a new simulated process (its own pid, its own GIL,
//! its own virtual core) and runs on a copy of the program's state ([`crate::vm::fork`]).
//!
//! Functions:
//! - `start(function, name, end_lock)` → `(thread_index, pid)`: fork, then call `function()` (the
//!   child's copy of it) in the child's first thread, which holds `end_lock` until it ends.
//! - `kill(thread_index)`: end that process at once (SIGTERM / SIGKILL).
//! - `dumps(value)`: the snapshot pickling takes when a value is sent (CPython's errors for what
//!   cannot be pickled); `loads(snapshot)`: the value as the receiving process sees it (classes
//!   and functions looked up by name in its `__main__`).

use super::thread_module::lock_id_arg;
use crate::scheduler::thread::ThreadId;
use crate::vm::call::Kwargs;
use crate::vm::modules::add_fn;
use crate::vm::native::Flow;
use crate::vm::value::{Obj, Value};
use crate::vm::{PyResult, Vm};

/// Most processes one run may start.
pub const MAX_PROCESSES: usize = 256;

/// Fill the `_process` module.
pub fn install(vm: &mut Vm, m: &Obj) {
    add_fn(vm, m, "start", start);
    add_fn(vm, m, "kill", |vm, a, _| {
        let index = thread_arg(vm, &a)?;
        vm.kill_process(index)?;
        Ok(Flow::Value(Value::None))
    });
    add_fn(vm, m, "dumps", |vm, a, _| {
        let v = a.first().cloned().unwrap_or(Value::None);
        Ok(Flow::Value(vm.pickle_copy(&v, None)?))
    });
    add_fn(vm, m, "loads", |vm, a, _| {
        let v = a.first().cloned().unwrap_or(Value::None);
        let world = vm.current_world();
        Ok(Flow::Value(vm.pickle_copy(&v, world)?))
    });
}

fn thread_arg(vm: &mut Vm, a: &[Value]) -> PyResult<ThreadId> {
    match a.first().and_then(Value::as_i64) {
        Some(i) if i >= 0 && (i as usize) < vm.sched.threads.len() => Ok(ThreadId(i as u32)),
        _ => Err(vm.runtime_error("internal: not a process's thread index")),
    }
}

fn start(vm: &mut Vm, a: Vec<Value>, _k: Kwargs) -> PyResult<Flow> {
    let func = a.first().cloned().unwrap_or(Value::None);
    let name = a.get(1).map(|v| vm.str_plain(v)).unwrap_or_default();
    let end_lock = match a.get(2) {
        Some(Value::None) | None => None,
        Some(v) => Some(lock_id_arg(vm, v)?),
    };
    if vm.sched.processes.len() >= MAX_PROCESSES
        || vm.sched.threads.len() >= super::thread_module::MAX_THREADS
    {
        return Err(vm.new_error(
            "OSError",
            &format!("[Errno 11] Resource temporarily unavailable (Interleave simulates at most {MAX_PROCESSES} processes)"),
        ));
    }
    let id = vm.spawn_process(&func, &name, end_lock)?;
    if let Some(l) = end_lock {
        vm.sched
            .locks
            .set_kind(l, crate::scheduler::locks::LockKind::ThreadEnd(id));
    }
    let pid = vm
        .sched
        .processes
        .get(vm.sched.process_of(id) as usize)
        .map(|p| p.pid)
        .unwrap_or(0);
    let items = vec![Value::Int(i64::from(id.0)), Value::Int(pid)];
    Ok(Flow::Value(vm.new_tuple(items)))
}
