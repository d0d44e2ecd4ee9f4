//! Attribute access: instance and class namespaces, the MRO, bound methods, descriptors
//! (staticmethod, classmethod, property), builtin methods, and `super()`.

use super::native::{Input, NativeFrame, Step};
use super::object::{DescriptorKind, ObjData};
use super::value::{Obj, Value};
use super::{PyResult, Vm};
use std::rc::Rc;

/// The result of an attribute lookup.
pub enum Attr {
    /// The value.
    Value(Value),
    /// Call this (a property getter or `__getattr__`) to get the value.
    Call(Value, Vec<Value>),
}

/// A property's getter and setter: stored as the getter alone, or as a `(fget, fset)` tuple once
/// `@x.setter` has been applied.
pub fn property_parts(f: &Value) -> (Value, Option<Value>) {
    if let Value::Obj(o) = f {
        if let ObjData::Tuple(items) = &*o.data() {
            if let [get, set] = items.as_slice() {
                return (
                    get.clone(),
                    Some(set.clone()).filter(|s| !matches!(s, Value::None)),
                );
            }
        }
    }
    (f.clone(), None)
}

impl Vm {
    /// The Python call that performs `obj.name = value`, when Python code must run: a user
    /// `__setattr__`, or the setter of a property.
    pub fn store_call(
        &self,
        obj: &Value,
        name: &str,
        value: &Value,
    ) -> Option<(Value, Vec<Value>)> {
        let Value::Obj(o) = obj else {
            return None;
        };
        let cls = match &*o.data() {
            ObjData::Instance(i) => i.class.clone(),
            _ => return None,
        };
        if let Some(hook) = self.lookup_class_attr(&cls, "__setattr__") {
            return Some((hook, vec![obj.clone(), Value::str(name), value.clone()]));
        }
        let Some(Value::Obj(p)) = self.lookup_class_attr(&cls, name) else {
            return None;
        };
        let data = p.data();
        match &*data {
            ObjData::Descriptor(DescriptorKind::Property, f) => property_parts(f)
                .1
                .map(|fset| (fset, vec![obj.clone(), value.clone()])),
            _ => None,
        }
    }

    /// A user `__delattr__` to call for `del obj.name`.
    pub fn delete_call(&self, obj: &Value, name: &str) -> Option<(Value, Vec<Value>)> {
        let Value::Obj(o) = obj else {
            return None;
        };
        let cls = match &*o.data() {
            ObjData::Instance(i) => i.class.clone(),
            _ => return None,
        };
        let hook = self.lookup_class_attr(&cls, "__delattr__")?;
        Some((hook, vec![obj.clone(), Value::str(name)]))
    }

    /// The attribute names instances of `cls` are limited to by `__slots__`, or None when they
    /// have a `__dict__`: some class of the MRO (other than `object`) defines no `__slots__`, or
    /// lists `"__dict__"` in them, or is a builtin class whose instances have one.
    pub fn slot_names(&self, cls: &Obj) -> Option<Vec<Rc<str>>> {
        // Cached: most classes have no `__slots__` anywhere.
        self.lookup_class_attr(cls, "__slots__")?;
        let mro = match &*cls.data() {
            ObjData::Class(c) => c.mro.clone(),
            _ => return None,
        };
        let mut names = Vec::new();
        for c in &mro {
            let data = c.data();
            let ObjData::Class(class) = &*data else {
                return None;
            };
            match class.builtin {
                Some(super::types::TypeId::Object) => continue,
                Some(_) => return None,
                None => {}
            }
            let own = class.dict.get_str("__slots__")?;
            let listed: Vec<Rc<str>> = match &own {
                Value::Str(s) => vec![Rc::from(&**s)],
                Value::Obj(o) => match &*o.data() {
                    ObjData::Tuple(items) | ObjData::List(items) => items
                        .iter()
                        .filter_map(|v| match v {
                            Value::Str(s) => Some(Rc::from(&**s)),
                            _ => None,
                        })
                        .collect(),
                    _ => return None,
                },
                _ => return None,
            };
            if listed.iter().any(|s| &**s == "__dict__") {
                return None;
            }
            names.extend(listed);
        }
        Some(names)
    }

    /// Find `name` in a class's MRO.
    pub fn lookup_class_attr(&self, cls: &Obj, name: &str) -> Option<Value> {
        if let Some(answer) = self.class_attrs.get(cls.id(), self.class_epoch, name) {
            return answer;
        }
        let found = self.lookup_class_attr_uncached(cls, name);
        self.class_attrs
            .put(cls.id(), self.class_epoch, name, found.clone());
        found
    }

    /// The MRO walk behind [`Vm::lookup_class_attr`].
    fn lookup_class_attr_uncached(&self, cls: &Obj, name: &str) -> Option<Value> {
        let data = cls.data();
        let ObjData::Class(class) = &*data else {
            return None;
        };
        for c in &class.mro {
            // The class itself is first in its MRO: it is already borrowed.
            if c.is(cls) {
                if let Some(v) = class.dict.get_str(name) {
                    return Some(v);
                }
                continue;
            }
            if let ObjData::Class(cd) = &*c.data() {
                if let Some(v) = cd.dict.get_str(name) {
                    return Some(v);
                }
            }
        }
        // Builtin methods that user classes inherit (e.g. exceptions' args, object.__init__).
        None
    }

    /// Bind a class attribute found for `recv` (an instance) or for a class (recv = None).
    fn bind(&mut self, v: Value, recv: Option<&Value>, cls: &Obj) -> Attr {
        if let Value::Obj(o) = &v {
            match &*o.data() {
                ObjData::Function(_) => {
                    if let Some(r) = recv {
                        return Attr::Value(self.new_obj(ObjData::BoundMethod {
                            recv: r.clone(),
                            func: v.clone(),
                        }));
                    }
                }
                ObjData::Builtin(b) if b.method => {
                    if let Some(r) = recv {
                        return Attr::Value(self.new_obj(ObjData::BoundMethod {
                            recv: r.clone(),
                            func: v.clone(),
                        }));
                    }
                }
                ObjData::Descriptor(DescriptorKind::Static, f) => return Attr::Value(f.clone()),
                ObjData::Descriptor(DescriptorKind::ClassMethod, f) => {
                    return Attr::Value(self.new_obj(ObjData::BoundMethod {
                        recv: Value::Obj(cls.clone()),
                        func: f.clone(),
                    }));
                }
                ObjData::Descriptor(DescriptorKind::Property, f) => {
                    if let Some(r) = recv {
                        let (fget, _) = property_parts(f);
                        return Attr::Call(fget, vec![r.clone()]);
                    }
                }
                _ => {}
            }
        }
        Attr::Value(v)
    }

    /// Whether `obj.name` on this instance reads its own dict: its class has no property
    /// `name` (which would come first). Attribute caches ask before remembering a dict entry.
    pub fn instance_dict_serves(&self, o: &Obj, name: &str) -> bool {
        let cls = match &*o.data() {
            ObjData::Instance(i) => i.class.clone(),
            _ => return false,
        };
        !self
            .lookup_class_attr(&cls, name)
            .as_ref()
            .is_some_and(is_data_descriptor)
    }

    /// After `obj.name` read an instance's own dict by the general path: let `cache` serve the
    /// next read of that site directly (never for `__class__`, which no dict holds).
    pub fn remember_attr_read(
        &self,
        cache: &std::cell::Cell<crate::compiler::code::InlineCache>,
        o: &Obj,
        name: &str,
    ) {
        if name != "__class__" && self.instance_dict_serves(o, name) {
            super::inline_cache::remember_attr(cache, self.class_epoch, o, name);
        }
    }

    /// `getattr(obj, name)`.
    pub fn get_attr(&mut self, obj: &Value, name: &str) -> PyResult<Attr> {
        if name == "__class__" {
            return Ok(Attr::Value(Value::Obj(self.type_of(obj))));
        }
        if let Value::Obj(o) = obj {
            enum K {
                Instance(Obj),
                Class,
                Module,
                Function,
                Super(Obj, Value),
                Other,
            }
            let k = match &*o.data() {
                ObjData::Instance(i) => K::Instance(i.class.clone()),
                ObjData::Class(_) => K::Class,
                ObjData::Module(_) => K::Module,
                ObjData::Function(_) => K::Function,
                ObjData::Super { class, obj } => K::Super(class.clone(), obj.clone()),
                _ => K::Other,
            };
            match k {
                K::Instance(cls) => {
                    // A property (a data descriptor) comes before the instance's own dict.
                    let class_attr = self.lookup_class_attr(&cls, name);
                    if class_attr.as_ref().is_some_and(is_data_descriptor) {
                        if let Some(v) = class_attr {
                            return Ok(self.bind(v, Some(obj), &cls));
                        }
                    }
                    if let Some(v) = super::dict::obj_dict_get(o, name) {
                        return Ok(Attr::Value(v));
                    }
                    if let Some(v) = class_attr {
                        return Ok(self.bind(v, Some(obj), &cls));
                    }
                    if let Some(v) = self.exception_attr(o, name) {
                        return Ok(Attr::Value(v));
                    }
                    if let Some(v) = self.payload_method(obj, name)? {
                        return Ok(Attr::Value(v));
                    }
                    if name == "__dict__" && self.slot_names(&cls).is_none() {
                        return Ok(Attr::Value(self.live_dict(o)));
                    }
                    if let Some(ga) = self.lookup_class_attr(&cls, "__getattr__") {
                        return Ok(Attr::Call(ga, vec![obj.clone(), Value::str(name)]));
                    }
                    let cname = super::types::class_name(&cls);
                    return Err(self.attribute_error(
                        obj,
                        &format!("'{cname}' object has no attribute '{name}'"),
                        name,
                    ));
                }
                K::Class => {
                    if let Some(v) = self.lookup_class_attr(o, name) {
                        return Ok(self.bind(v, None, o));
                    }
                    if let Some(v) = self.class_special_attr(o, name) {
                        return Ok(Attr::Value(v));
                    }
                    if let Some(v) = super::methods::builtin_class_method(self, o, name) {
                        return Ok(Attr::Value(v));
                    }
                    let cname = super::types::class_name(o);
                    let slot = self
                        .slot_names(o)
                        .is_some_and(|s| s.iter().any(|s| **s == *name));
                    let gap = if slot {
                        " (not supported by Interleave: member descriptors of __slots__)"
                            .to_string()
                    } else {
                        builtin_gap(&cname, name)
                    };
                    return Err(self.attribute_error(
                        obj,
                        &format!("type object '{cname}' has no attribute '{name}'{gap}"),
                        name,
                    ));
                }
                K::Module => {
                    if let Some(v) = super::dict::obj_dict_get(o, name) {
                        return Ok(Attr::Value(v));
                    }
                    if name == "__dict__" {
                        return Ok(Attr::Value(self.live_dict(o)));
                    }
                    // A module-level `__getattr__(name)` answers for missing names (PEP 562).
                    if name != "__getattr__" {
                        if let Some(ga) = super::dict::obj_dict_get(o, "__getattr__") {
                            return Ok(Attr::Call(ga, vec![Value::str(name)]));
                        }
                    }
                    let mname = match &*o.data() {
                        ObjData::Module(m) => m.name.clone(),
                        _ => Rc::from("?"),
                    };
                    let note = crate::stdlib::cpython_names::missing_attr_note(&mname, name);
                    return Err(self.attribute_error(
                        obj,
                        &format!("module '{mname}' has no attribute '{name}'{note}"),
                        name,
                    ));
                }
                K::Function => {
                    if let Some(v) = self.function_attr(o, name) {
                        return Ok(Attr::Value(v));
                    }
                }
                K::Super(cls, inst) => {
                    // super() in a classmethod: the second argument is the class itself, whose
                    // MRO is searched and to which classmethods bind.
                    let inst_is_class = matches!(&inst, Value::Obj(c) if matches!(&*c.data(), ObjData::Class(_)) && super::types::is_subclass(c, &cls));
                    let owner = match &inst {
                        Value::Obj(c) if inst_is_class => c.clone(),
                        _ => self.type_of(&inst),
                    };
                    let mro = match &*owner.data() {
                        ObjData::Class(c) => c.mro.clone(),
                        _ => Vec::new(),
                    };
                    let start = mro
                        .iter()
                        .position(|c| c.is(&cls))
                        .map(|i| i + 1)
                        .unwrap_or(mro.len());
                    for c in &mro[start..] {
                        let found = match &*c.data() {
                            ObjData::Class(cd) => cd.dict.get_str(name),
                            _ => None,
                        };
                        if let Some(v) = found {
                            let recv = if inst_is_class { None } else { Some(&inst) };
                            return Ok(self.bind(v, recv, &owner));
                        }
                    }
                    if inst_is_class && name == "__init_subclass__" {
                        let f = super::builtins::builtin(
                            self,
                            "__init_subclass__",
                            object_init_subclass,
                        );
                        return Ok(Attr::Value(self.new_obj(ObjData::BoundMethod {
                            recv: inst.clone(),
                            func: f,
                        })));
                    }
                    if name == "__new__" {
                        // object.__new__ / tuple.__new__ ...: a static builtin.
                        let f = super::builtins::builtin(self, "__new__", super::call::object_new);
                        return Ok(Attr::Value(f));
                    }
                    // Builtin bases: object.__init__, Exception.__init__, list methods, ...
                    if let Some(v) = super::methods::super_builtin_method(self, &inst, name) {
                        return Ok(Attr::Value(v));
                    }
                    return Err(self.attribute_error(
                        obj,
                        &format!("'super' object has no attribute '{name}'"),
                        name,
                    ));
                }
                K::Other => {
                    let bound = match &*o.data() {
                        ObjData::BoundMethod { recv, func } => Some((recv.clone(), func.clone())),
                        _ => None,
                    };
                    if let Some((recv, func)) = bound {
                        match name {
                            "__self__" => return Ok(Attr::Value(recv)),
                            "__func__" => return Ok(Attr::Value(func)),
                            // Other attributes are the function's (`__name__`, `__doc__`, ...).
                            _ => {
                                let is_py = matches!(&func, Value::Obj(f) if matches!(&*f.data(), ObjData::Function(_)));
                                match self.get_attr(&func, name) {
                                    Ok(a) => return Ok(a),
                                    Err(e) if is_py => return Err(e),
                                    Err(_) => {}
                                }
                            }
                        }
                    }
                    let builtin_name = match &*o.data() {
                        ObjData::Builtin(b) if name == "__name__" || name == "__qualname__" => {
                            Some(b.name.clone())
                        }
                        _ => None,
                    };
                    if let Some(n) = builtin_name {
                        return Ok(Attr::Value(Value::str(&n)));
                    }
                }
            }
        }
        if let Some(v) = super::methods::builtin_method(self, obj, name)? {
            return Ok(Attr::Value(v));
        }
        let t = self.type_name(obj);
        let gap = builtin_gap(&t, name);
        Err(self.attribute_error(
            obj,
            &format!("'{t}' object has no attribute '{name}'{gap}"),
            name,
        ))
    }

    /// An instance's `__dict__` or a module's `globals()`: a dict object shared with the object
    /// (made on first use; the object's names move into it), so changes show on both sides.
    pub fn live_dict(&mut self, o: &Obj) -> Value {
        let existing = match &*o.data() {
            ObjData::Instance(i) => i.dict.alias().cloned(),
            ObjData::Module(m) => m.dict.alias().cloned(),
            _ => return self.new_obj(ObjData::Dict(super::dict::Dict::new())),
        };
        if let Some(d) = existing {
            return Value::Obj(d);
        }
        let taken = match &mut *o.data_mut() {
            ObjData::Instance(i) => std::mem::take(&mut i.dict),
            ObjData::Module(m) => std::mem::take(&mut m.dict),
            _ => super::dict::Dict::new(),
        };
        let d = self.new_obj(ObjData::Dict(taken));
        if let Value::Obj(dobj) = &d {
            match &mut *o.data_mut() {
                ObjData::Instance(i) => i.dict = super::dict::Dict::aliased(dobj.clone()),
                ObjData::Module(m) => m.dict = super::dict::Dict::aliased(dobj.clone()),
                _ => {}
            }
        }
        d
    }

    /// `getattr` that must not need a Python call (for builtins like hasattr on plain values).
    pub fn get_attr_value(&mut self, obj: &Value, name: &str) -> PyResult<Value> {
        match self.get_attr(obj, name)? {
            Attr::Value(v) => Ok(v),
            Attr::Call(f, args) => self.call_sync(f, args),
        }
    }

    /// `obj.name = value`.
    pub fn set_attr(&mut self, obj: &Value, name: &str, value: Value) -> PyResult<()> {
        if let Value::Obj(o) = obj {
            let is_exc = matches!(&*o.data(), ObjData::Instance(i) if i.exc.is_some());
            if is_exc && name == "args" {
                let items = match self.snapshot_items(&value) {
                    Some(items) => items?,
                    None => vec![value],
                };
                if let ObjData::Instance(i) = &mut *o.data_mut() {
                    if let Some(exc) = &mut i.exc {
                        exc.args = items;
                    }
                }
                return Ok(());
            }
            let cls = match &*o.data() {
                ObjData::Instance(i) => Some(i.class.clone()),
                _ => None,
            };
            if let Some(cls) = cls {
                if let Some(Value::Obj(p)) = self.lookup_class_attr(&cls, name) {
                    if matches!(&*p.data(), ObjData::Descriptor(DescriptorKind::Property, f) if property_parts(f).1.is_none())
                    {
                        return Err(self.new_error(
                            "AttributeError",
                            &format!(
                                "property '{name}' of '{}' object has no setter",
                                super::types::class_name(&cls)
                            ),
                        ));
                    }
                }
                if let Some(slots) = self.slot_names(&cls) {
                    if !slots.iter().any(|s| **s == *name) {
                        return Err(self.new_error(
                            "AttributeError",
                            &format!(
                                "'{}' object has no attribute '{name}'",
                                super::types::class_name(&cls)
                            ),
                        ));
                    }
                }
            }
            let mut data = o.data_mut();
            match &mut *data {
                ObjData::Instance(i) => {
                    if let Some(exc) = &mut i.exc {
                        match name {
                            "__cause__" => {
                                exc.cause = Some(value).filter(|v| !matches!(v, Value::None));
                                exc.suppress_context = true;
                                return Ok(());
                            }
                            "__context__" => {
                                exc.context = Some(value).filter(|v| !matches!(v, Value::None));
                                return Ok(());
                            }
                            _ => {}
                        }
                    }
                    if name == "__dict__" {
                        let is_dict = matches!(&value, Value::Obj(d) if matches!(d.try_data().as_deref(), Some(ObjData::Dict(_))));
                        if let (true, Value::Obj(d)) = (is_dict, &value) {
                            i.dict = super::dict::Dict::aliased(d.clone());
                            return Ok(());
                        }
                        drop(data);
                        let t = self.type_name(&value);
                        return Err(self.type_error(&format!(
                            "__dict__ must be set to a dictionary, not a '{t}'"
                        )));
                    }
                    i.dict.set_str(name, value);
                    return Ok(());
                }
                ObjData::Class(c) => {
                    self.class_epoch += 1;
                    match (name, &value) {
                        ("__name__", Value::Str(s)) => c.name = Rc::from(&**s),
                        ("__qualname__", Value::Str(s)) => c.qualname = Rc::from(&**s),
                        ("__module__", Value::Str(s)) => {
                            c.module = Rc::from(&**s);
                            c.dict.set_str(name, value);
                        }
                        _ => c.dict.set_str(name, value),
                    }
                    return Ok(());
                }
                ObjData::Function(f) => {
                    match name {
                        "__name__" => {
                            if let Value::Str(s) = &value {
                                f.name = Rc::from(&**s);
                            }
                        }
                        "__qualname__" => {
                            if let Value::Str(s) = &value {
                                f.qualname = Rc::from(&**s);
                            }
                        }
                        _ => {}
                    }
                    f.attrs.set_str(name, value);
                    return Ok(());
                }
                ObjData::Module(m) => {
                    m.dict.set_str(name, value);
                    return Ok(());
                }
                _ => {}
            }
        }
        let t = self.type_name(obj);
        Err(self.new_error(
            "AttributeError",
            &format!("'{t}' object has no attribute '{name}'"),
        ))
    }

    /// `del obj.name`.
    pub fn del_attr(&mut self, obj: &Value, name: &str) -> PyResult<()> {
        if let Value::Obj(o) = obj {
            if matches!(&*o.data(), ObjData::Class(_)) {
                self.class_epoch += 1;
            }
            let removed = match &mut *o.data_mut() {
                ObjData::Instance(i) => i
                    .dict
                    .remove_by_key(&super::dict::HashKey::Str(crate::pystr::PyStr::from(name)))
                    .is_some(),
                ObjData::Class(c) => c
                    .dict
                    .remove_by_key(&super::dict::HashKey::Str(crate::pystr::PyStr::from(name)))
                    .is_some(),
                ObjData::Module(m) => m
                    .dict
                    .remove_by_key(&super::dict::HashKey::Str(crate::pystr::PyStr::from(name)))
                    .is_some(),
                _ => false,
            };
            if removed {
                return Ok(());
            }
        }
        let t = self.type_name(obj);
        Err(self.new_error(
            "AttributeError",
            &format!("'{t}' object has no attribute '{name}'"),
        ))
    }

    fn class_special_attr(&mut self, cls: &Obj, name: &str) -> Option<Value> {
        let (n, q, bases, mro, module) = match &*cls.data() {
            ObjData::Class(c) => (
                c.name.clone(),
                c.qualname.clone(),
                c.bases.clone(),
                c.mro.clone(),
                c.module.clone(),
            ),
            _ => return None,
        };
        Some(match name {
            "__name__" => Value::str(&n),
            "__qualname__" => Value::str(&q),
            "__module__" => Value::str(&module),
            "__bases__" => {
                let items = bases.into_iter().map(Value::Obj).collect();
                self.new_tuple(items)
            }
            "__mro__" => {
                let items = mro.into_iter().map(Value::Obj).collect();
                self.new_tuple(items)
            }
            "__doc__" => Value::None,
            "mro" => {
                let f = super::builtins::builtin(self, "mro", type_mro);
                self.new_obj(ObjData::BoundMethod {
                    recv: Value::Obj(cls.clone()),
                    func: f,
                })
            }
            "__dict__" => {
                let d = match &*cls.data() {
                    ObjData::Class(c) => c.dict.clone(),
                    _ => super::dict::Dict::new(),
                };
                self.new_obj(ObjData::Dict(d))
            }
            _ => return None,
        })
    }

    fn function_attr(&mut self, f: &Obj, name: &str) -> Option<Value> {
        let data = f.data();
        let ObjData::Function(func) = &*data else {
            return None;
        };
        if let Some(v) = func.attrs.get_str(name) {
            return Some(v);
        }
        Some(match name {
            "__name__" => Value::str(&func.name),
            "__qualname__" => Value::str(&func.qualname),
            "__module__" => Value::str("__main__"),
            "__doc__" => Value::None,
            "__defaults__" => {
                let d = func.defaults.clone();
                drop(data);
                if d.is_empty() {
                    return Some(Value::None);
                }
                return Some(self.new_tuple(d));
            }
            _ => return None,
        })
    }

    /// `__enter__`/`__exit__` of a context manager, as (bound exit, bound enter).
    pub fn context_methods(&mut self, mgr: &Value) -> PyResult<(Value, Value)> {
        let cls = self.type_of(mgr);
        let enter = self
            .lookup_class_attr(&cls, "__enter__")
            .or_else(|| super::methods::builtin_dunder(self, mgr, "__enter__"));
        let exit = self
            .lookup_class_attr(&cls, "__exit__")
            .or_else(|| super::methods::builtin_dunder(self, mgr, "__exit__"));
        let t = self.type_name(mgr);
        let Some(enter) = enter else {
            return Err(self.type_error(&format!(
                "'{t}' object does not support the context manager protocol"
            )));
        };
        let Some(exit) = exit else {
            return Err(self.type_error(&format!("'{t}' object does not support the context manager protocol (missed __exit__ method)")));
        };
        let be = self.bind_to(enter, mgr);
        let bx = self.bind_to(exit, mgr);
        Ok((bx, be))
    }

    /// Bind a function to a receiver (builtins bound already are returned as they are).
    pub fn bind_to(&mut self, f: Value, recv: &Value) -> Value {
        match &f {
            Value::Obj(o)
                if matches!(&*o.data(), ObjData::Function(_))
                    || matches!(&*o.data(), ObjData::Builtin(b) if b.method) =>
            {
                self.new_obj(ObjData::BoundMethod {
                    recv: recv.clone(),
                    func: f.clone(),
                })
            }
            _ => f,
        }
    }

    /// Call synchronously: runs a nested loop until the call returns. Only for short callbacks
    /// that cannot block (`__iter__`, property getters used by builtins).
    pub fn call_sync(&mut self, func: Value, args: Vec<Value>) -> PyResult<Value> {
        let slot = Rc::new(std::cell::RefCell::new(None));
        let barrier_at = self.frames.len();
        self.frames.push(super::frame::Activation::Native(
            Box::new(Barrier { slot: slot.clone() }),
            super::frame::RetMode::Barrier,
        ));
        match self.start_call(func, args, Vec::new(), super::frame::RetMode::Push) {
            Ok(super::interp::Started::Value(v)) => {
                self.frames.truncate(barrier_at);
                return Ok(v);
            }
            Ok(super::interp::Started::Pushed) => {}
            Err(e) => {
                self.frames.truncate(barrier_at);
                return Err(e);
            }
        }
        while self.frames.len() > barrier_at {
            self.steps += 1;
            if self.steps > self.step_budget() {
                self.frames.truncate(barrier_at);
                return Err(self.runtime_error("the step budget ran out"));
            }
            if let Err(e) = self.step() {
                if self.unwind(e).is_err() {
                    break;
                }
            }
            if self.blocked.take().is_some() {
                self.frames.truncate(barrier_at);
                return Err(self.runtime_error(
                    "not supported by Interleave: a blocking call inside a builtin's callback (such as a lock acquired in a property read by hasattr)",
                ));
            }
        }
        let r = slot.borrow_mut().take();
        match r {
            Some(r) => r,
            None => Err(self.runtime_error("internal: synchronous call did not finish")),
        }
    }
}

struct Barrier {
    slot: Rc<std::cell::RefCell<Option<PyResult<Value>>>>,
}

impl NativeFrame for Barrier {
    fn name(&self) -> &'static str {
        "call"
    }

    fn resume(&mut self, _vm: &mut Vm, input: Input) -> PyResult<Step> {
        let r = match input {
            Input::Value(v) => Ok(v),
            Input::Item(v) => Ok(v.unwrap_or(Value::None)),
            Input::Error(e) => Err(e),
            Input::Start | Input::Woken { .. } => Ok(Value::None),
        };
        *self.slot.borrow_mut() = Some(r);
        Ok(Step::Return(Value::None))
    }
}

/// `object.__init_subclass__()`: does nothing, and takes no keyword arguments.
pub(crate) fn object_init_subclass(
    vm: &mut super::Vm,
    args: Vec<Value>,
    kwargs: Vec<(Rc<str>, Value)>,
) -> PyResult<super::native::Flow> {
    if !kwargs.is_empty() {
        let name = match args.first() {
            Some(Value::Obj(c)) if matches!(&*c.data(), ObjData::Class(_)) => {
                super::types::class_name(c).to_string()
            }
            _ => "object".to_string(),
        };
        return Err(vm.type_error(&format!(
            "{name}.__init_subclass__() takes no keyword arguments"
        )));
    }
    Ok(super::native::Flow::Value(Value::None))
}

/// `cls.mro()`: the MRO as a list.
fn type_mro(
    vm: &mut super::Vm,
    args: Vec<Value>,
    _kwargs: Vec<(Rc<str>, Value)>,
) -> PyResult<super::native::Flow> {
    let mro = match args.first() {
        Some(Value::Obj(c)) => match &*c.data() {
            ObjData::Class(cd) => cd.mro.clone(),
            _ => Vec::new(),
        },
        _ => Vec::new(),
    };
    let items = mro.into_iter().map(Value::Obj).collect();
    Ok(super::native::Flow::Value(vm.new_list(items)))
}

/// A class attribute that takes precedence over an instance's own dict (a property).
fn is_data_descriptor(v: &Value) -> bool {
    matches!(v, Value::Obj(p) if matches!(&*p.data(), ObjData::Descriptor(DescriptorKind::Property, _)))
}

/// For a missing attribute of a builtin type or its value: a note when CPython's type has it
/// (`int.__add__`: CPython's `dir(int)` lists it, Interleave does not provide it), else "".
fn builtin_gap(type_name: &str, name: &str) -> String {
    let listed =
        super::builtin_dirs::builtin_dir(type_name).is_some_and(|mut n| n.any(|n| n == name));
    if listed {
        format!(
            " ({}{type_name}.{name} is not provided)",
            crate::python::syntax_error::UNSUPPORTED_PREFIX
        )
    } else {
        String::new()
    }
}
