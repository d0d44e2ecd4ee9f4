//! The asynchronous protocols behind `await`, `async with` and `async for`: `__await__`,
//! `__aenter__`/`__aexit__`, `__aiter__`/`__anext__`, with CPython 3.11's error messages.

use super::object::ObjData;
use super::value::Value;
use super::{PyResult, Vm};

impl Vm {
    /// Whether `v` is a coroutine object (`async def`).
    fn is_coroutine(v: &Value) -> bool {
        matches!(v, Value::Obj(o) if matches!(&*o.data(), ObjData::Generator(g) if g.coroutine))
    }

    /// Whether `v` can be resumed by `YieldFrom`: a generator, a builtin iterator, or an object
    /// whose class has `__next__`.
    fn is_iterator(&self, v: &Value) -> bool {
        if let Value::Obj(o) = v {
            if matches!(&*o.data(), ObjData::Generator(_) | ObjData::Iter(_)) {
                return true;
            }
        }
        let cls = self.type_of(v);
        self.lookup_class_attr(&cls, "__next__").is_some()
    }

    /// `GET_AWAITABLE`: what `await v` iterates over. `kind` says where `v` came from (0 an
    /// `await` expression, 1 `__aenter__`, 2 `__aexit__`, 3 `__anext__`), for the message.
    pub fn get_awaitable(&mut self, v: Value, kind: u8) -> PyResult<Value> {
        if Self::is_coroutine(&v) {
            return Ok(v);
        }
        let cls = self.type_of(&v);
        if let Some(method) = self.lookup_class_attr(&cls, "__await__") {
            let method = self.bind_to(method, &v);
            let it = self.call_sync(method, Vec::new())?;
            if Self::is_coroutine(&it) {
                return Err(self.type_error("__await__() returned a coroutine"));
            }
            if !self.is_iterator(&it) {
                let t = self.type_name(&it);
                return Err(
                    self.type_error(&format!("__await__() returned non-iterator of type '{t}'"))
                );
            }
            return Ok(it);
        }
        let t = self.type_name(&v);
        let msg = match kind {
            1 => format!(
                "'async with' received an object from __aenter__ that does not implement __await__: {t}"
            ),
            2 => format!(
                "'async with' received an object from __aexit__ that does not implement __await__: {t}"
            ),
            3 => format!("'async for' received an invalid object from __anext__: {t}"),
            _ => format!("object {t} can't be used in 'await' expression"),
        };
        Err(self.type_error(&msg))
    }

    /// `BEFORE_ASYNC_WITH`: the bound `__aexit__` and `__aenter__` of `mgr`.
    pub fn async_context_methods(&mut self, mgr: &Value) -> PyResult<(Value, Value)> {
        let cls = self.type_of(mgr);
        let t = self.type_name(mgr);
        let Some(enter) = self.lookup_class_attr(&cls, "__aenter__") else {
            return Err(self.type_error(&format!(
                "'{t}' object does not support the asynchronous context manager protocol"
            )));
        };
        let Some(exit) = self.lookup_class_attr(&cls, "__aexit__") else {
            return Err(self.type_error(&format!(
                "'{t}' object does not support the asynchronous context manager protocol (missed __aexit__ method)"
            )));
        };
        let be = self.bind_to(enter, mgr);
        let bx = self.bind_to(exit, mgr);
        Ok((bx, be))
    }

    /// `GET_AITER`: `type(v).__aiter__(v)`, which must have `__anext__`.
    pub fn get_aiter(&mut self, v: &Value) -> PyResult<Value> {
        let cls = self.type_of(v);
        let Some(method) = self.lookup_class_attr(&cls, "__aiter__") else {
            let t = self.type_name(v);
            return Err(self.type_error(&format!(
                "'async for' requires an object with __aiter__ method, got {t}"
            )));
        };
        let method = self.bind_to(method, v);
        let it = self.call_sync(method, Vec::new())?;
        let icls = self.type_of(&it);
        if self.lookup_class_attr(&icls, "__anext__").is_none() {
            let t = self.type_name(&it);
            return Err(self.type_error(&format!(
                "'async for' received an object from __aiter__ that does not implement __anext__: {t}"
            )));
        }
        Ok(it)
    }

    /// `GET_ANEXT`: the bound `__anext__` of the async iterator `it` (the caller calls it).
    pub fn anext_method(&mut self, it: &Value) -> PyResult<Value> {
        let cls = self.type_of(it);
        let Some(method) = self.lookup_class_attr(&cls, "__anext__") else {
            let t = self.type_name(it);
            return Err(self.type_error(&format!(
                "'async for' received an object from __aiter__ that does not implement __anext__: {t}"
            )));
        };
        Ok(self.bind_to(method, it))
    }
}
