//! Iteration: `iter()`, `next()`, `send()`, `throw()` and `close()` for builtin iterators,
//! generators and user classes with `__iter__`/`__next__`.

use super::frame::RetMode;
use super::interp::Started;
use super::object::{GenState, IterState, ObjData};
use super::value::{Obj, Value};
use super::{PyErr, PyResult, Vm};

/// The result of starting a `next()`.
pub enum NextStarted {
    /// The next item, available now.
    Item(Value),
    /// The iterator is exhausted (with a generator's return value).
    Exhausted(Value),
    /// A generator frame or `__next__` call was pushed; the result will be delivered.
    Pushed,
}

/// The Python type name of a builtin iterator.
pub fn type_name(state: &IterState) -> &'static str {
    match state {
        IterState::Seq { type_name, .. } | IterState::Values { type_name, .. } => type_name,
        IterState::Str { .. } => "str_ascii_iterator",
        IterState::Range { .. } => "range_iterator",
        IterState::Callable { .. } => "callable_iterator",
    }
}

impl Vm {
    /// `iter(v)`.
    pub fn get_iter(&mut self, v: &Value) -> PyResult<Value> {
        let state = match v {
            Value::Str(s) => Some(IterState::Str {
                chars: s.chars().collect(),
                index: 0,
            }),
            Value::Obj(o) => match &*o.data() {
                ObjData::List(_) => Some(IterState::Seq {
                    seq: o.clone(),
                    index: 0,
                    type_name: "list_iterator",
                }),
                ObjData::Tuple(_) => Some(IterState::Seq {
                    seq: o.clone(),
                    index: 0,
                    type_name: "tuple_iterator",
                }),
                ObjData::Bytes(_) => Some(IterState::Seq {
                    seq: o.clone(),
                    index: 0,
                    type_name: "bytes_iterator",
                }),
                ObjData::ByteArray(_) => Some(IterState::Seq {
                    seq: o.clone(),
                    index: 0,
                    type_name: "bytearray_iterator",
                }),
                ObjData::Dict(d) => Some(IterState::Values {
                    items: d.keys(),
                    index: 0,
                    type_name: "dict_keyiterator",
                }),
                ObjData::Set(d) | ObjData::FrozenSet(d) => Some(IterState::Values {
                    items: d.keys(),
                    index: 0,
                    type_name: "set_iterator",
                }),
                ObjData::Range { start, stop, step } => Some(IterState::Range {
                    next: *start,
                    stop: *stop,
                    step: *step,
                }),
                ObjData::Iter(_) | ObjData::Generator(_) => return Ok(v.clone()),
                _ => None,
            },
            _ => None,
        };
        if let Some(state) = state {
            return Ok(self.new_obj(ObjData::Iter(state)));
        }
        if let Value::Obj(o) = v {
            if let ObjData::Instance(inst) = &*o.data() {
                if let Some(p) = &inst.payload {
                    let p = p.clone();
                    return self.get_iter(&p);
                }
            }
        }
        // User classes: __iter__ must be a plain method returning an iterator (called natively
        // here would need a frame; the common case returns self or a generator).
        let cls = self.type_of(v);
        if let Some(method) = self.lookup_class_attr(&cls, "__iter__") {
            return self.call_sync(method, vec![v.clone()]);
        }
        let is_inst = matches!(v, Value::Obj(o) if matches!(&*o.data(), ObjData::Instance(_)));
        if is_inst && self.lookup_class_attr(&cls, "__getitem__").is_some() {
            // The old sequence protocol: v[0], v[1], ... until IndexError.
            let f = super::modules::prelude_function(self, "__getitem_iter")?;
            return self.call_sync(f, vec![v.clone()]);
        }
        let t = self.type_name(v);
        Err(self.type_error(&format!("'{t}' object is not iterable")))
    }

    /// All items of a container at once, when `v` is one whose items need no Python code.
    pub fn snapshot_items(&mut self, v: &Value) -> Option<PyResult<Vec<Value>>> {
        use super::work::Work;
        // What copying costs: the time it takes, and the memory budget checked before it.
        let (work, n) = match v {
            Value::Str(s) => (Work::RangeItem, s.chars().count()),
            Value::Obj(o) => match &*o.data() {
                ObjData::List(items) | ObjData::Tuple(items) => (Work::CopyItem, items.len()),
                ObjData::Bytes(b) | ObjData::ByteArray(b) => (Work::RangeItem, b.len()),
                ObjData::Dict(d) | ObjData::Set(d) | ObjData::FrozenSet(d) => {
                    (Work::CopyItem, d.len())
                }
                ObjData::Range { start, stop, step } => {
                    (Work::RangeItem, range_len(*start, *stop, *step) as usize)
                }
                _ => (Work::CopyItem, 0),
            },
            _ => (Work::CopyItem, 0),
        };
        if n > 0 {
            if let Err(e) = self.check_memory(n as u64) {
                return Some(Err(e));
            }
            self.spend(work, n as u64);
        }
        match v {
            Value::Str(s) => Some(Ok(s
                .chars()
                .map(|c| Value::Str(c.to_string().into()))
                .collect())),
            Value::Obj(o) => match &*o.data() {
                ObjData::List(items) | ObjData::Tuple(items) => Some(Ok(items.clone())),
                ObjData::Bytes(b) | ObjData::ByteArray(b) => {
                    Some(Ok(b.iter().map(|&c| Value::Int(i64::from(c))).collect()))
                }
                ObjData::Dict(d) | ObjData::Set(d) | ObjData::FrozenSet(d) => Some(Ok(d.keys())),
                ObjData::Range { start, stop, step } => {
                    let n = range_len(*start, *stop, *step);
                    Some(Ok((0..n).map(|i| Value::Int(start + i * step)).collect()))
                }
                ObjData::Instance(inst) => inst.payload.clone().and_then(|p| {
                    if let Value::Obj(po) = &p {
                        if let ObjData::List(items) | ObjData::Tuple(items) = &*po.data() {
                            return Some(Ok(items.clone()));
                        }
                    }
                    None
                }),
                _ => None,
            },
            _ => None,
        }
    }

    /// Start `next(it)`; `mode` says how a pushed frame's result is delivered.
    pub fn start_next(&mut self, it: &Value, mode: RetMode) -> PyResult<NextStarted> {
        self.start_send(it, Value::None, mode)
    }

    /// Start `it.send(value)` (plain `next` when value is None).
    pub fn start_send(&mut self, it: &Value, sent: Value, mode: RetMode) -> PyResult<NextStarted> {
        let Value::Obj(o) = it else {
            let t = self.type_name(it);
            return Err(self.type_error(&format!("'{t}' object is not an iterator")));
        };
        let is_gen = matches!(&*o.data(), ObjData::Generator(_));
        if is_gen {
            return self.resume_generator(o, Resume::Send(sent), mode);
        }
        let builtin = match &mut *o.data_mut() {
            ObjData::Iter(state) => Some(step_builtin(state)),
            _ => None,
        };
        match builtin {
            Some(Ok(Some(v))) => return Ok(NextStarted::Item(v)),
            Some(Ok(None)) => return Ok(NextStarted::Exhausted(Value::None)),
            Some(Err(call)) => {
                // iter(callable, sentinel): call it synchronously via a frame.
                let (func, sentinel) = call;
                let v = self.call_sync(func, Vec::new())?;
                if self.values_equal(&v, &sentinel) {
                    if let ObjData::Iter(IterState::Callable { done, .. }) = &mut *o.data_mut() {
                        *done = true;
                    }
                    return Ok(NextStarted::Exhausted(Value::None));
                }
                return Ok(NextStarted::Item(v));
            }
            None => {}
        }
        let cls = self.type_of(it);
        let Some(method) = self.lookup_class_attr(&cls, "__next__") else {
            let t = self.type_name(it);
            return Err(self.type_error(&format!("'{t}' object is not an iterator")));
        };
        let call_mode = match mode {
            RetMode::ForIter(e) => RetMode::ForIterCall(e),
            RetMode::Send(e) => RetMode::SendCall(e),
            RetMode::IterStep => RetMode::IterStepCall,
            RetMode::Next => RetMode::Push,
            other => other,
        };
        match self.start_call(method, vec![it.clone()], Vec::new(), call_mode)? {
            Started::Value(v) => Ok(NextStarted::Item(v)),
            Started::Pushed => Ok(NextStarted::Pushed),
        }
    }

    /// Resume a generator with a sent value or a thrown exception.
    pub fn resume_generator(
        &mut self,
        gen: &Obj,
        how: Resume,
        mode: RetMode,
    ) -> PyResult<NextStarted> {
        let (state, frame) = match &mut *gen.data_mut() {
            ObjData::Generator(g) => {
                let state = g.state;
                let frame = if matches!(state, GenState::Created | GenState::Suspended) {
                    g.frame.take()
                } else {
                    None
                };
                if frame.is_some() {
                    g.state = GenState::Running;
                }
                (state, frame)
            }
            _ => return Err(PyErr(Value::None)),
        };
        match state {
            GenState::Running => {
                return Err(self.new_error("ValueError", "generator already executing"))
            }
            GenState::Closed => {
                return match how {
                    Resume::Throw(e) => Err(e),
                    _ => Ok(NextStarted::Exhausted(Value::None)),
                }
            }
            _ => {}
        }
        let Some(mut frame) = frame else {
            return Ok(NextStarted::Exhausted(Value::None));
        };
        frame.ret = mode;
        match how {
            Resume::Send(v) => {
                if state == GenState::Created {
                    if !matches!(v, Value::None) {
                        if let ObjData::Generator(g) = &mut *gen.data_mut() {
                            g.state = GenState::Created;
                            g.frame = Some(frame);
                        }
                        return Err(self
                            .type_error("can't send non-None value to a just-started generator"));
                    }
                } else {
                    frame.stack.push(v);
                }
                self.push_frame(frame)?;
                Ok(NextStarted::Pushed)
            }
            Resume::Throw(e) => {
                if state == GenState::Created {
                    // Throwing into a fresh generator closes it without running it.
                    if let ObjData::Generator(g) = &mut *gen.data_mut() {
                        g.state = GenState::Closed;
                    }
                    return Err(e);
                }
                // Raise at the yield point when the frame runs: its handlers decide.
                frame.pending_throw = Some(e);
                self.push_frame(frame)?;
                Ok(NextStarted::Pushed)
            }
        }
    }
}

/// How a generator is resumed.
pub enum Resume {
    /// `send(value)` / `next()`.
    Send(Value),
    /// `throw(exc)`.
    Throw(PyErr),
}

/// Advance a builtin iterator: Ok(Some(item)), Ok(None) when done, or Err((func, sentinel)) when
/// a callable iterator needs a call.
fn step_builtin(state: &mut IterState) -> Result<Option<Value>, (Value, Value)> {
    match state {
        IterState::Seq { seq, index, .. } => {
            let item = match &*seq.data() {
                ObjData::List(items) | ObjData::Tuple(items) => items.get(*index).cloned(),
                ObjData::Bytes(b) | ObjData::ByteArray(b) => {
                    b.get(*index).map(|&c| Value::Int(i64::from(c)))
                }
                _ => None,
            };
            if item.is_some() {
                *index += 1;
            } else {
                *index = usize::MAX;
            }
            Ok(item)
        }
        IterState::Str { chars, index } => {
            let c = chars.get(*index).map(|c| Value::Str(c.to_string().into()));
            *index += 1;
            Ok(c)
        }
        IterState::Range { next, stop, step } => Ok(range_step(next, *stop, *step).map(Value::Int)),
        IterState::Values { items, index, .. } => {
            let v = items.get(*index).cloned();
            *index += 1;
            Ok(v)
        }
        IterState::Callable {
            func,
            sentinel,
            done,
        } => {
            if *done {
                Ok(None)
            } else {
                Err((func.clone(), sentinel.clone()))
            }
        }
    }
}

/// Number of items in range(start, stop, step).
pub fn range_len(start: i64, stop: i64, step: i64) -> i64 {
    if step > 0 && start < stop {
        (stop - start - 1) / step + 1
    } else if step < 0 && start > stop {
        (start - stop - 1) / (-step) + 1
    } else {
        0
    }
}

/// The next value of a range iterator (None once it is exhausted); advances `next`.
pub fn range_step(next: &mut i64, stop: i64, step: i64) -> Option<i64> {
    let more = if step > 0 { *next < stop } else { *next > stop };
    if !more {
        return None;
    }
    let v = *next;
    *next = next.saturating_add(step);
    Some(v)
}
