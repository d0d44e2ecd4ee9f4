//! `_interleave`: hooks the simulated library modules use to talk to the runtime — trace events
//! (an asyncio loop's ready and waiting lists, a queue's contents) and narration for the learner.

use crate::trace::EventKind;
use crate::vm::modules::add_fn;
use crate::vm::native::Flow;
use crate::vm::value::{Obj, Value};
use crate::vm::Vm;

/// The most characters of a library event's text the trace keeps.
pub const TRACE_TEXT_MAX: usize = 2000;

/// Fill the `_interleave` module.
pub fn install(vm: &mut Vm, m: &Obj) {
    // `trace(kind, text)`: a library event, e.g. trace("asyncio.ready", "Task-1, Task-2").
    // `trace(kind, items, more)`: the first items of a long container, as a list, and how many
    // more it holds ("[1, 2, 3, ... (+997)]"). The text is cut at TRACE_TEXT_MAX characters, so
    // one event never holds much memory.
    add_fn(vm, m, "trace", |vm, a, _| {
        let kind = a.first().map(|v| vm.str_plain(v)).unwrap_or_default();
        let mut text = match (a.get(1), a.get(2)) {
            (Some(items), Some(Value::Int(more))) if *more > 0 => {
                let shown = vm.str_plain(items);
                let head = shown.strip_suffix(']').unwrap_or(&shown);
                format!("{head}, ... (+{more})]")
            }
            (Some(v), _) => vm.str_plain(v),
            (None, _) => String::new(),
        };
        if let Some((cut, _)) = text.char_indices().nth(TRACE_TEXT_MAX) {
            text.truncate(cut);
            text.push_str(" ... (cut)");
        }
        vm.record(EventKind::Library { kind, text });
        Ok(Flow::Value(Value::None))
    });
    // `narrate(text)`: a sentence for the learner.
    add_fn(vm, m, "narrate", |vm, a, _| {
        let text = a.first().map(|v| vm.str_plain(v)).unwrap_or_default();
        vm.record(EventKind::Narration { text });
        Ok(Flow::Value(Value::None))
    });
    // `code_info(obj)`: for a function, generator or coroutine, `(filename, first line,
    // current line or None)`; None for anything else or a finished generator. asyncio's reprs
    // (`coro=<main() running at main.py:5>`) are built from it.
    add_fn(vm, m, "code_info", |vm, a, _| {
        let info = a.first().and_then(|v| code_info(vm, v));
        Ok(Flow::Value(match info {
            Some((file, first, line)) => {
                let line = line.map(|l| Value::Int(l as i64)).unwrap_or(Value::None);
                vm.new_tuple(vec![Value::str(&file), Value::Int(first as i64), line])
            }
            None => Value::None,
        }))
    });
    // `is_coroutine_function(f)`: whether `f` is an `async def` function.
    add_fn(vm, m, "is_coroutine_function", |_vm, a, _| {
        let yes = matches!(a.first(), Some(Value::Obj(o)) if matches!(&*o.data(),
            crate::vm::object::ObjData::Function(f)
                if f.code.kind == crate::compiler::code::CodeKind::Coroutine));
        Ok(Flow::Value(Value::Bool(yes)))
    });
    // `now_ns()`: virtual ns since the start of the run.
    add_fn(vm, m, "now_ns", |vm, _, _| {
        Ok(Flow::Value(Value::Int(
            super::time_module::now_ns(vm) as i64
        )))
    });
}

/// See `code_info` above.
fn code_info(vm: &Vm, v: &Value) -> Option<(String, u32, Option<u32>)> {
    use crate::vm::frame::Activation;
    use crate::vm::object::{GenState, ObjData};
    let Value::Obj(o) = v else { return None };
    let data = o.data();
    match &*data {
        ObjData::Function(f) => Some((f.code.filename.to_string(), f.code.firstline, None)),
        ObjData::BoundMethod { func, .. } => {
            let func = func.clone();
            drop(data);
            code_info(vm, &func)
        }
        ObjData::Generator(g) => {
            if let Some(fr) = &g.frame {
                let line = if g.state == GenState::Created {
                    fr.code.firstline
                } else {
                    fr.line
                };
                return Some((fr.code.filename.to_string(), fr.code.firstline, Some(line)));
            }
            if g.state != GenState::Running {
                return None;
            }
            vm.frames.iter().rev().find_map(|a| match a {
                Activation::Py(fr) if fr.generator.as_ref().is_some_and(|x| x.is(o)) => Some((
                    fr.code.filename.to_string(),
                    fr.code.firstline,
                    Some(fr.line),
                )),
                _ => None,
            })
        }
        _ => None,
    }
}
