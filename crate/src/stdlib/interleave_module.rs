//! `_interleave`: hooks the simulated library modules use to talk to the runtime — trace events
//! (an asyncio loop's ready and waiting lists, a queue's contents) and narration for the learner.

use crate::trace::EventKind;
use crate::vm::modules::add_fn;
use crate::vm::native::Flow;
use crate::vm::value::{Obj, Value};
use crate::vm::Vm;

/// Fill the `_interleave` module.
pub fn install(vm: &mut Vm, m: &Obj) {
    // `trace(kind, text)`: a library event, e.g. trace("asyncio.ready", "Task-1, Task-2").
    add_fn(vm, m, "trace", |vm, a, _| {
        let kind = a.first().map(|v| vm.str_plain(v)).unwrap_or_default();
        let text = a.get(1).map(|v| vm.str_plain(v)).unwrap_or_default();
        vm.record(EventKind::Library { kind, text });
        Ok(Flow::Value(Value::None))
    });
    // `narrate(text)`: a sentence for the learner.
    add_fn(vm, m, "narrate", |vm, a, _| {
        let text = a.first().map(|v| vm.str_plain(v)).unwrap_or_default();
        vm.record(EventKind::Narration { text });
        Ok(Flow::Value(Value::None))
    });
    // `now_ns()`: virtual ns since the start of the run.
    add_fn(vm, m, "now_ns", |vm, _, _| {
        Ok(Flow::Value(Value::Int(
            super::time_module::now_ns(vm) as i64
        )))
    });
}
