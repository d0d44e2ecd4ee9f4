//! `getattr(obj, "name")` and `setattr(obj, "name", value)` with a literal name
//! ([`Instr::CallGetattr`], [`Instr::CallSetattr`]). When the callee is the builtin, the call is
//! served from the instruction's inline cache exactly as `obj.name` and `obj.name = value` are
//! (CPython 3.11 specialises calls of common builtins too): no argument list, no dispatch. The
//! callee is checked at every call, so a program that rebinds `getattr` gets its own function,
//! and anything the cache cannot answer takes the ordinary call.
//!
//! [`Instr::CallGetattr`]: crate::compiler::code::Instr::CallGetattr
//! [`Instr::CallSetattr`]: crate::compiler::code::Instr::CallSetattr

use super::builtins::{b_getattr, b_setattr};
use super::frame::Activation;
use super::inline_cache;
use super::object::{BuiltinFn, ObjData};
use super::race_hooks::Place;
use super::value::{Obj, Value};
use super::{PyResult, Vm};

/// What the top frame holds for an attribute call: the object (when the callee is `builtin`
/// and the object a heap object), the code (for its caches and names) and the call's position.
struct Site {
    obj: Option<Obj>,
    code: std::rc::Rc<crate::compiler::code::Code>,
    at: usize,
}

impl Vm {
    fn attr_call_site(&mut self, builtin: BuiltinFn, argc: usize) -> PyResult<Site> {
        let Some(Activation::Py(f)) = self.frames.last() else {
            return Err(self.runtime_error("internal: no Python frame on top"));
        };
        let len = f.stack.len();
        if len < argc + 1 {
            return Err(self.runtime_error("internal: short stack for call"));
        }
        let is_builtin = match &f.stack[len - argc - 1] {
            Value::Obj(o) => matches!(&*o.data(), ObjData::Builtin(b)
                if std::ptr::fn_addr_eq(b.f, builtin) && matches!(b.bound, Value::None)),
            _ => false,
        };
        let obj = match &f.stack[len - argc] {
            Value::Obj(o) if is_builtin => Some(o.clone()),
            _ => None,
        };
        Ok(Site {
            obj,
            code: f.code.clone(),
            at: f.ip - 1,
        })
    }

    fn top_stack(&mut self) -> Option<&mut Vec<Value>> {
        match self.frames.last_mut() {
            Some(Activation::Py(f)) => Some(&mut f.stack),
            _ => None,
        }
    }

    /// Replace the call's `args` arguments and callee with `result`.
    fn finish_attr_call(&mut self, args: usize, result: Value) -> PyResult<()> {
        let Some(stack) = self.top_stack() else {
            return Err(self.runtime_error("internal: no Python frame on top"));
        };
        stack.truncate(stack.len().saturating_sub(args + 1));
        stack.push(result);
        Ok(())
    }

    /// `getattr(obj, <names[name]>)`: stack `getattr, obj, name` becomes the attribute.
    pub(crate) fn call_getattr(&mut self, name: u32) -> PyResult<()> {
        let site = self.attr_call_site(b_getattr as BuiltinFn, 2)?;
        let Some(o) = site.obj else {
            return self.call_positional(2);
        };
        let name = site.code.name_at(name);
        let cache = site.code.caches.get(site.at);
        let epoch = self.class_epoch;
        if let Some(v) = cache.and_then(|c| inline_cache::load_attr(c, epoch, &o, &name)) {
            self.finish_attr_call(2, v)?;
            if self.races.is_some() {
                self.note_read(Place::Attr(&o, &name));
            }
            return Ok(());
        }
        self.call_positional(2)?;
        if let Some(c) = cache {
            self.remember_attr_read(c, &o, &name);
        }
        Ok(())
    }

    /// `setattr(obj, <names[name]>, value)`: stack `setattr, obj, name, value` becomes None.
    pub(crate) fn call_setattr(&mut self, name: u32) -> PyResult<()> {
        let site = self.attr_call_site(b_setattr as BuiltinFn, 3)?;
        let Some(o) = site.obj else {
            return self.call_positional(3);
        };
        let name = site.code.name_at(name);
        let cache = site.code.caches.get(site.at);
        let epoch = self.class_epoch;
        let noting = self.races.is_some();
        let Some(value) = self.top_stack().and_then(|s| s.pop()) else {
            return Err(self.runtime_error("internal: value stack underflow"));
        };
        let noted = if noting { Some(value.clone()) } else { None };
        let value = match cache {
            Some(c) => match inline_cache::store_attr(c, epoch, &o, &name, value) {
                Ok(()) => {
                    self.finish_attr_call(2, Value::None)?;
                    if let Some(v) = noted {
                        self.note_write(Place::Attr(&o, &name), &v);
                    }
                    return Ok(());
                }
                Err(value) => value,
            },
            None => value,
        };
        let kept = value.clone();
        if let Some(stack) = self.top_stack() {
            stack.push(value);
        }
        self.call_positional(3)?;
        // Stored into the instance's dict with no `__setattr__` or property in the way.
        if let Some(c) = cache {
            if self
                .store_call(&Value::Obj(o.clone()), &name, &kept)
                .is_none()
            {
                inline_cache::remember_store(c, self.class_epoch, &o, &name);
            }
        }
        Ok(())
    }
}
