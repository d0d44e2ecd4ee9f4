//! `s += t` (and `s = s + t`) on strs in amortized O(len(t)), as CPython does it.
//!
//! A str is a [`PyStr`](crate::pystr::PyStr), which [`PyStr::append`] grows in place when its
//! handle is the only one. In `s += t` there are two: the operand on the stack and the variable
//! the result is about to be stored back into. So, like CPython's `unicode_concatenate` (which
//! looks at the next instruction, and for a `STORE_FAST` to the same local clears that local
//! first), the `Binary` add of two strs looks at the next instruction. When it stores into the
//! very place that holds the left operand (the same object), the add drops that place's
//! reference for its own length, appends, and puts the result back in the place before the store
//! runs (so the place never looks unbound). If anything else still holds the old string (an
//! alias in a variable, a list, a dict key, a closure, a default argument, another thread's
//! stack), the handle is not unique and the append copies, so nobody ever sees a str change.
//!
//! The places: a local (`StoreFast`); a cell (`StoreDeref`); a name in a module or a namespace
//! dict (`StoreGlobal`/`StoreName`); an item of a builtin list or dict (`Rot3; StoreSubscr`, the
//! code of `x[i] += t`); an attribute (`Rot2; StoreAttr`), only when the store's inline cache
//! says it is a plain store into the instance's own dict (the class has no `__setattr__` and no
//! property or descriptor of that name: `inline_cache::stores_plainly`), since otherwise the
//! store runs user code, which must see the old value there.
//!
//! Between the add and the store the place already holds the result. Only this frame can see a
//! local, and no Python code runs in between; but another thread could see a global, a cell, an
//! item or an attribute early if it ran between the two instructions. Under `cpython-3.11` that
//! cannot happen (neither instruction is a switch point, as in CPython); under the policies that
//! preempt at any instruction, or once a second process exists (processes interleave anywhere
//! and may share objects), only locals are grown in place and the rest is copied as before.
//! Hashes are computed from the text and never cached on a str, and `id()` of a str does not
//! depend on its address, so growing in place changes neither.

use super::dict::hash_key;
use super::frame::Activation;
use super::object::ObjData;
use super::value::{PyStr, Value};
use super::work::Work;
use super::{PyResult, Vm};
use crate::compiler::code::Instr;

/// Where the result of an add will be stored, when that place holds the left operand.
enum Place {
    /// A local slot.
    Fast(usize),
    /// A cell (own or free variable) of the frame.
    Cell(usize),
    /// A name in a module's or a namespace dict's entries.
    Name(super::value::Obj, std::rc::Rc<str>),
    /// An item of a builtin list.
    ListItem(super::value::Obj, usize),
    /// A value of a builtin dict.
    DictItem(super::value::Obj, super::dict::HashKey),
    /// An attribute in an instance's own dict.
    Attr(super::value::Obj, std::rc::Rc<str>),
}

impl Vm {
    /// The add of the top two stack values when both are strs: pops them, pushes the result and
    /// returns true; returns false, leaving the stack alone, for other operands.
    pub(super) fn str_add_on_stack(&mut self, inplace: bool) -> PyResult<bool> {
        let Some(Activation::Py(f)) = self.frames.last_mut() else {
            return Ok(false);
        };
        let n = f.stack.len();
        if n < 2
            || !matches!(
                (&f.stack[n - 2], &f.stack[n - 1]),
                (Value::Str(_), Value::Str(_))
            )
        {
            return Ok(false);
        }
        let (Some(Value::Str(t)), Some(Value::Str(mut s))) = (f.stack.pop(), f.stack.pop()) else {
            return Err(self.runtime_error("internal: str operands vanished"));
        };
        if t.is_empty() || s.is_empty() {
            // CPython returns the other operand itself (`s + "" is s`).
            let r = if t.is_empty() { s } else { t };
            let Some(Activation::Py(f)) = self.frames.last_mut() else {
                return Err(self.runtime_error("internal: no Python frame on top"));
            };
            f.stack.push(Value::Str(r));
            return Ok(true);
        }
        let place = self.result_place(&s);
        // The ledger does not give strings back, so only growth is charged when the old value
        // is being replaced (its place holds it; `+=` counts as replacing, as before); otherwise
        // the whole new string.
        let new_len = s.len() + t.len();
        let replacing = inplace || place.is_some() || PyStr::strong_count(&s) <= 2;
        let added = if replacing {
            (new_len / 64).saturating_sub(s.len() / 64)
        } else {
            new_len / 64
        };
        self.check_memory((new_len / 64) as u64)?;
        self.charge_memory(added as u64)?;
        // The place's reference is dropped here, before the append (only `s` may be left).
        let held = place
            .as_ref()
            .and_then(|p| self.take_place(p, &s))
            .is_some();
        let in_place = s.append(&t);
        // Copying: the appended text in place, the whole result otherwise.
        self.spend(
            Work::StrCopy,
            if in_place { t.len() } else { new_len } as u64,
        );
        if let (Some(p), true) = (&place, held) {
            self.put_place(p, Value::Str(s.clone()));
        }
        let Some(Activation::Py(f)) = self.frames.last_mut() else {
            return Err(self.runtime_error("internal: no Python frame on top"));
        };
        f.stack.push(Value::Str(s));
        Ok(true)
    }

    /// The place the next instruction stores into, if it holds `s` itself.
    fn result_place(&self, s: &PyStr) -> Option<Place> {
        let Some(Activation::Py(f)) = self.frames.last() else {
            return None;
        };
        let holds = |v: &Value| matches!(v, Value::Str(p) if PyStr::ptr_eq(p, s));
        let next = f.code.instrs.get(f.ip)?;
        if let Instr::StoreFast(i) = next {
            let i = *i as usize;
            f.fast.get(i)?.as_ref().filter(|v| holds(v))?;
            return Some(Place::Fast(i));
        }
        // Places other threads can see: only where no switch can come before the store.
        if self.sched.preempts_anywhere() || self.sched.process_count() > 1 {
            return None;
        }
        match next {
            Instr::StoreDeref(i) => {
                let i = *i as usize;
                let cell = f.cells.get(i)?;
                let ok = matches!(&*cell.try_data()?, ObjData::Cell(Some(v)) if holds(v));
                ok.then_some(Place::Cell(i))
            }
            Instr::StoreGlobal(i) | Instr::StoreName(i) => {
                let ns = match f.code.instrs.get(f.ip)? {
                    Instr::StoreName(_) => f.namespace.clone().unwrap_or_else(|| f.globals.clone()),
                    _ => f.globals.clone(),
                };
                let name = f.code.names.get(*i as usize)?;
                let ok = match &*ns.try_data()? {
                    ObjData::Module(m) => m.dict.get_str(name).is_some_and(|v| holds(&v)),
                    ObjData::Dict(d) => d.get_str(name).is_some_and(|v| holds(&v)),
                    _ => false,
                };
                ok.then(|| Place::Name(ns.clone(), name.clone()))
            }
            Instr::Rot2 => {
                let Some(Instr::StoreAttr(i)) = f.code.instrs.get(f.ip + 1) else {
                    return None;
                };
                let (Some(Value::Obj(o)), Some(name), Some(cache)) = (
                    f.stack.last(),
                    f.code.names.get(*i as usize),
                    f.code.caches.get(f.ip + 1),
                ) else {
                    return None;
                };
                if !super::inline_cache::stores_plainly(cache, self.class_epoch, o, name) {
                    return None;
                }
                let ok = match &*o.try_data()? {
                    ObjData::Instance(inst) => inst.dict.get_str(name).is_some_and(|v| holds(&v)),
                    _ => false,
                };
                ok.then(|| Place::Attr(o.clone(), name.clone()))
            }
            Instr::Rot3 if matches!(f.code.instrs.get(f.ip + 1), Some(Instr::StoreSubscr)) => {
                let n = f.stack.len();
                let (Value::Obj(o), key) = (f.stack.get(n.checked_sub(2)?)?, f.stack.last()?)
                else {
                    return None;
                };
                match &*o.try_data()? {
                    ObjData::List(items) => {
                        let i = key.as_i64()?;
                        let i = if i < 0 { i + items.len() as i64 } else { i };
                        let i = usize::try_from(i).ok()?;
                        holds(items.get(i)?).then(|| Place::ListItem(o.clone(), i))
                    }
                    ObjData::Dict(d) => {
                        let k = hash_key(key).ok()?;
                        d.get_by_key(&k)
                            .filter(|v| holds(v))
                            .map(|_| Place::DictItem(o.clone(), k))
                    }
                    _ => None,
                }
            }
            _ => None,
        }
    }

    /// Take the place's reference to `s` out (leaving None there), so `s` may be unique.
    fn take_place(&mut self, p: &Place, s: &PyStr) -> Option<Value> {
        let holds = |v: &Value| matches!(v, Value::Str(x) if PyStr::ptr_eq(x, s));
        let take = |v: &mut Value| holds(v).then(|| std::mem::replace(v, Value::None));
        match p {
            Place::Fast(i) => {
                let Some(Activation::Py(f)) = self.frames.last_mut() else {
                    return None;
                };
                let slot = f.fast.get_mut(*i)?;
                if slot.as_ref().is_some_and(holds) {
                    slot.take()
                } else {
                    None
                }
            }
            Place::Cell(i) => {
                let Some(Activation::Py(f)) = self.frames.last() else {
                    return None;
                };
                let cell = f.cells.get(*i)?;
                let mut data = cell.try_data_mut()?;
                match &mut *data {
                    ObjData::Cell(slot) if slot.as_ref().is_some_and(holds) => slot.take(),
                    _ => None,
                }
            }
            Place::Name(ns, name) => match &mut *ns.try_data_mut()? {
                ObjData::Module(m) => m.dict.value_mut_str(name).and_then(take),
                ObjData::Dict(d) => d.value_mut_str(name).and_then(take),
                _ => None,
            },
            Place::ListItem(o, i) => match &mut *o.try_data_mut()? {
                ObjData::List(items) => items.get_mut(*i).and_then(take),
                _ => None,
            },
            Place::DictItem(o, k) => match &mut *o.try_data_mut()? {
                ObjData::Dict(d) => d.value_mut(k).and_then(take),
                _ => None,
            },
            Place::Attr(o, name) => match &mut *o.try_data_mut()? {
                ObjData::Instance(inst) => inst.dict.value_mut_str(name).and_then(take),
                _ => None,
            },
        }
    }

    /// Put `v` (the result) into the place [`Vm::take_place`] emptied.
    fn put_place(&mut self, p: &Place, v: Value) {
        match p {
            Place::Fast(i) => {
                if let Some(Activation::Py(f)) = self.frames.last_mut() {
                    if let Some(slot) = f.fast.get_mut(*i) {
                        *slot = Some(v);
                    }
                }
            }
            Place::Cell(i) => {
                if let Some(Activation::Py(f)) = self.frames.last() {
                    if let Some(cell) = f.cells.get(*i) {
                        if let Some(mut data) = cell.try_data_mut() {
                            if let ObjData::Cell(slot) = &mut *data {
                                *slot = Some(v);
                            }
                        }
                    }
                }
            }
            Place::Name(ns, name) => {
                if let Some(mut data) = ns.try_data_mut() {
                    let slot = match &mut *data {
                        ObjData::Module(m) => m.dict.value_mut_str(name),
                        ObjData::Dict(d) => d.value_mut_str(name),
                        _ => None,
                    };
                    if let Some(slot) = slot {
                        *slot = v;
                    }
                }
            }
            Place::ListItem(o, i) => {
                if let Some(mut data) = o.try_data_mut() {
                    if let ObjData::List(items) = &mut *data {
                        if let Some(slot) = items.get_mut(*i) {
                            *slot = v;
                        }
                    }
                }
            }
            Place::DictItem(o, k) => {
                if let Some(mut data) = o.try_data_mut() {
                    if let ObjData::Dict(d) = &mut *data {
                        if let Some(slot) = d.value_mut(k) {
                            *slot = v;
                        }
                    }
                }
            }
            Place::Attr(o, name) => {
                if let Some(mut data) = o.try_data_mut() {
                    if let ObjData::Instance(inst) = &mut *data {
                        if let Some(slot) = inst.dict.value_mut_str(name) {
                            *slot = v;
                        }
                    }
                }
            }
        }
    }
}
