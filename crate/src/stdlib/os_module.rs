//! `_os`: the native part of the simulated `os` module: the process id, the parent's, the
//! virtual core count, and `urandom` drawn from the run's seed (so "random" bytes replay too).

use crate::vm::modules::add_fn;
use crate::vm::native::Flow;
use crate::vm::value::{Obj, Value};
use crate::vm::Vm;

/// The simulated parent process (a shell).
pub use crate::scheduler::process::SHELL_PID as PARENT_PID;

/// Fill the `_os` module.
pub fn install(vm: &mut Vm, m: &Obj) {
    add_fn(vm, m, "getpid", |vm, _, _| {
        Ok(Flow::Value(Value::Int(vm.sched.current_process().pid)))
    });
    add_fn(vm, m, "getppid", |vm, _, _| {
        let parent = vm.sched.current_process().parent;
        let pid = match parent.and_then(|p| vm.sched.processes.get(p as usize)) {
            Some(p) => p.pid,
            None => PARENT_PID,
        };
        Ok(Flow::Value(Value::Int(pid)))
    });
    add_fn(vm, m, "cpu_count", |vm, _, _| {
        Ok(Flow::Value(Value::Int(i64::from(vm.sched.cores))))
    });
    add_fn(vm, m, "urandom", |vm, a, _| {
        let n = match a.first().and_then(Value::as_i64) {
            Some(n) if n >= 0 => n as usize,
            Some(_) => return Err(vm.new_error("ValueError", "negative argument not allowed")),
            None => {
                let t = a
                    .first()
                    .map(|v| vm.type_name(v))
                    .unwrap_or_else(|| "NoneType".into());
                return Err(
                    vm.type_error(&format!("'{t}' object cannot be interpreted as an integer"))
                );
            }
        };
        vm.check_memory(n as u64 / 8)?;
        let bytes: Vec<u8> = (0..n).map(|_| vm.sched.world.below(256) as u8).collect();
        vm.new_bytes(bytes)
    });
}
