//! Methods of the builtin types (`str.split`, `list.append`, `dict.get`, generator `send`, ...).
//!
//! Each method is a builtin function whose first argument is the receiver; `obj.method` binds it.

use super::call::Kwargs;
use super::dict::Dict;
use super::frame::RetMode;
use super::native::{Collect, Flow};
use super::object::{Builtin, BuiltinFn, ObjData};
use super::types::TypeId;
use super::value::{Obj, Value};
use super::work::Work;
use super::{PyResult, Vm};
use std::rc::Rc;

/// The dunder names `dir()` lists for every object.
pub const OBJECT_DUNDERS: &[&str] = &[
    "__class__",
    "__delattr__",
    "__dir__",
    "__doc__",
    "__eq__",
    "__format__",
    "__ge__",
    "__getattribute__",
    "__getstate__",
    "__gt__",
    "__hash__",
    "__init__",
    "__init_subclass__",
    "__le__",
    "__lt__",
    "__module__",
    "__ne__",
    "__new__",
    "__reduce__",
    "__reduce_ex__",
    "__repr__",
    "__setattr__",
    "__sizeof__",
    "__str__",
    "__subclasshook__",
];

fn table(id: TypeId) -> &'static [(&'static str, BuiltinFn)] {
    match id {
        TypeId::Str => STR_METHODS,
        TypeId::Bytes | TypeId::ByteArray => super::bytes::BYTES_METHODS,
        TypeId::List => LIST_METHODS,
        TypeId::Dict => DICT_METHODS,
        TypeId::Set | TypeId::FrozenSet => SET_METHODS,
        TypeId::Tuple => TUPLE_METHODS,
        TypeId::Generator | TypeId::Coroutine => GEN_METHODS,
        TypeId::Int | TypeId::Bool => INT_METHODS,
        TypeId::Float => FLOAT_METHODS,
        TypeId::Range => RANGE_METHODS,
        TypeId::Property => PROPERTY_METHODS,
        _ => &[],
    }
}

const PROPERTY_METHODS: &[(&str, BuiltinFn)] = &[
    ("setter", |vm, a, _| property_with(vm, &a, 1)),
    ("getter", |vm, a, _| property_with(vm, &a, 0)),
];

/// `prop.setter(f)` / `prop.getter(f)`: a copy of the property with one accessor replaced.
fn property_with(vm: &mut Vm, a: &[Value], which: usize) -> PyResult<Flow> {
    let (Some(Value::Obj(p)), Some(f)) = (a.first(), a.get(1)) else {
        return Err(vm.type_error("setter() takes exactly one argument"));
    };
    let current = match &*p.data() {
        ObjData::Descriptor(_, f) => f.clone(),
        _ => Value::None,
    };
    let (get, set) = super::attrs::property_parts(&current);
    let mut parts = [get, set.unwrap_or(Value::None)];
    parts[which] = f.clone();
    let pair = vm.new_tuple(parts.to_vec());
    Ok(Flow::Value(vm.new_obj(ObjData::Descriptor(
        super::object::DescriptorKind::Property,
        pair,
    ))))
}

fn type_id_of(vm: &Vm, v: &Value) -> Option<TypeId> {
    match &*vm.type_of(v).data() {
        ObjData::Class(c) => c.builtin,
        _ => None,
    }
}

fn make(vm: &mut Vm, name: &str, f: BuiltinFn) -> Value {
    vm.new_obj(ObjData::Builtin(Builtin {
        name: Rc::from(name),
        f,
        bound: Value::None,
        method: false,
        owner: None,
    }))
}

/// The function of the builtin method `name` of type `id`, made once (see
/// [`Vm::builtin_method_funcs`]).
fn method_func(vm: &mut Vm, id: TypeId, name: &str, f: BuiltinFn) -> Value {
    let key: (TypeId, Rc<str>) = (id, Rc::from(name));
    if let Some(v) = vm.builtin_method_funcs.get(&key) {
        return v.clone();
    }
    let v = make(vm, name, f);
    vm.builtin_method_funcs.insert(key, v.clone());
    v
}

/// `obj.name` for builtin values: a bound builtin method, or None.
pub fn builtin_method(vm: &mut Vm, obj: &Value, name: &str) -> PyResult<Option<Value>> {
    if name == "__iter__" || name == "__next__" || name == "__len__" {
        let (is_iter, is_container) = match obj {
            Value::Str(_) => (false, true),
            Value::Obj(o) => match &*o.data() {
                ObjData::Iter(_) | ObjData::Generator(_) => (true, false),
                ObjData::List(_)
                | ObjData::Tuple(_)
                | ObjData::Bytes(_)
                | ObjData::ByteArray(_)
                | ObjData::Dict(_)
                | ObjData::Set(_)
                | ObjData::FrozenSet(_)
                | ObjData::Range { .. } => (false, true),
                _ => (false, false),
            },
            _ => (false, false),
        };
        let func = match name {
            "__iter__" if is_iter || is_container => Some(vm.builtin_value("iter")),
            "__next__" if is_iter => Some(vm.builtin_value("next")),
            "__len__" if is_container => Some(vm.builtin_value("len")),
            _ => None,
        };
        if let Some(func) = func {
            return Ok(Some(vm.new_obj(ObjData::BoundMethod {
                recv: obj.clone(),
                func,
            })));
        }
    }
    let Some(id) = type_id_of(vm, obj) else {
        return Ok(None);
    };
    if matches!(id, TypeId::Bytes | TypeId::ByteArray) {
        if let Some(f) = super::bytes::method(id == TypeId::ByteArray, name) {
            let func = method_func(vm, id, name, f);
            return Ok(Some(vm.new_obj(ObjData::BoundMethod {
                recv: obj.clone(),
                func,
            })));
        }
    }
    if let Some((_, f)) = table(id).iter().find(|(n, _)| *n == name) {
        let func = method_func(vm, id, name, *f);
        return Ok(Some(vm.new_obj(ObjData::BoundMethod {
            recv: obj.clone(),
            func,
        })));
    }
    let container = has_container_dunders(id);
    if container {
        if let Some((_, f)) = CONTAINER_DUNDERS.iter().find(|(n, _)| *n == name) {
            let func = method_func(vm, id, name, *f);
            return Ok(Some(vm.new_obj(ObjData::BoundMethod {
                recv: obj.clone(),
                func,
            })));
        }
    }
    match (id, name) {
        (TypeId::Generator | TypeId::Coroutine, "__name__" | "__qualname__") => {
            if let Value::Obj(o) = obj {
                if let ObjData::Generator(g) = &*o.data() {
                    return Ok(Some(Value::str(if name == "__name__" {
                        &g.name
                    } else {
                        &g.qualname
                    })));
                }
            }
        }
        (TypeId::Generator, "gi_running") => {
            return Ok(Some(Value::Bool(
                vm.gen_state(obj) == Some(super::object::GenState::Running),
            )))
        }
        (TypeId::Range, "start" | "stop" | "step") => {
            if let Value::Obj(o) = obj {
                if let ObjData::Range { start, stop, step } = &*o.data() {
                    return Ok(Some(Value::Int(match name {
                        "start" => *start,
                        "stop" => *stop,
                        _ => *step,
                    })));
                }
            }
        }
        (TypeId::Int | TypeId::Bool, "real" | "numerator") => return Ok(Some(obj.clone())),
        (TypeId::Int | TypeId::Bool, "imag") => return Ok(Some(Value::Int(0))),
        (TypeId::Int | TypeId::Bool, "denominator") => return Ok(Some(Value::Int(1))),
        (TypeId::Float, "real") => return Ok(Some(obj.clone())),
        (TypeId::Float, "imag") => return Ok(Some(Value::Float(0.0))),
        _ => {}
    }
    Ok(None)
}

/// Whether values of builtin type `id` have [`CONTAINER_DUNDERS`].
fn has_container_dunders(id: TypeId) -> bool {
    matches!(
        id,
        TypeId::List
            | TypeId::Tuple
            | TypeId::Dict
            | TypeId::Str
            | TypeId::Bytes
            | TypeId::ByteArray
            | TypeId::Set
            | TypeId::FrozenSet
            | TypeId::Range
    )
}

/// `x.__getitem__(k)` and friends on builtin containers: the operators as bound methods.
const CONTAINER_DUNDERS: &[(&str, BuiltinFn)] = &[
    ("__len__", super::builtins::b_len),
    ("__getitem__", |vm, a, _| {
        if a.len() != 2 {
            return Err(vm.type_error(&format!(
                "expected 1 argument, got {}",
                a.len().saturating_sub(1)
            )));
        }
        let r = vm.subscript(&a[0], &a[1])?;
        Ok(r.into_flow())
    }),
    ("__setitem__", |vm, a, _| {
        if a.len() != 3 {
            return Err(vm.type_error(&format!(
                "expected 2 arguments, got {}",
                a.len().saturating_sub(1)
            )));
        }
        match vm.store_subscr(&a[0], a[1].clone(), a[2].clone())? {
            Some((func, args)) => Ok(Flow::TailCall {
                func,
                args,
                kwargs: Vec::new(),
            }),
            None => Ok(Flow::Value(Value::None)),
        }
    }),
    ("__delitem__", |vm, a, _| {
        if a.len() != 2 {
            return Err(vm.type_error(&format!(
                "expected 1 argument, got {}",
                a.len().saturating_sub(1)
            )));
        }
        vm.del_subscr(&a[0], &a[1])?;
        Ok(Flow::Value(Value::None))
    }),
    ("__contains__", |vm, a, _| {
        if a.len() != 2 {
            return Err(vm.type_error(&format!(
                "expected 1 argument, got {}",
                a.len().saturating_sub(1)
            )));
        }
        let r = vm.contains(&a[0], &a[1])?;
        Ok(Flow::Value(Value::Bool(r)))
    }),
];

/// `cls.name` for builtin classes: the unbound method (e.g. `str.upper`), or a class method.
///
/// Unbound methods and slot wrappers are made once per (builtin type, name), so each lookup gives
/// the same object (`object.__init__ is object.__init__`, as in CPython); class methods are bound
/// anew each time (`dict.fromkeys is dict.fromkeys` is False there too).
pub fn builtin_class_method(vm: &mut Vm, cls: &Obj, name: &str) -> Option<Value> {
    let id = match &*cls.data() {
        ObjData::Class(c) => c.mro.iter().find_map(|m| match &*m.data() {
            ObjData::Class(mc) => mc.builtin,
            _ => None,
        }),
        _ => None,
    }?;
    let class_method = (id == TypeId::Dict && name == "fromkeys")
        || (name == "fromhex" && matches!(id, TypeId::Bytes | TypeId::ByteArray));
    if class_method {
        return builtin_class_method_of(vm, id, name);
    }
    let key: (TypeId, Rc<str>) = (id, Rc::from(name));
    if let Some(v) = vm.builtin_class_attrs.get(&key) {
        return Some(v.clone());
    }
    let v = builtin_class_method_of(vm, id, name)?;
    vm.builtin_class_attrs.insert(key, v.clone());
    Some(v)
}

/// A fresh `cls.name` for the builtin type `id` (see [`builtin_class_method`]).
fn builtin_class_method_of(vm: &mut Vm, id: TypeId, name: &str) -> Option<Value> {
    if id == TypeId::Dict && name == "fromkeys" {
        return Some(make(vm, "fromkeys", dict_fromkeys));
    }
    if name == "fromhex" && matches!(id, TypeId::Bytes | TypeId::ByteArray) {
        return Some(make(
            vm,
            "fromhex",
            if id == TypeId::Bytes {
                super::bytes::fromhex_bytes
            } else {
                super::bytes::fromhex_bytearray
            },
        ));
    }
    if matches!(id, TypeId::Bytes | TypeId::ByteArray) {
        if let Some(f) = super::bytes::method(id == TypeId::ByteArray, name) {
            return Some(super::unbound::make_unbound(vm, id, name, f));
        }
    }
    if name == "__new__" {
        return Some(make(vm, name, super::call::object_new));
    }
    if name == "__init__" {
        return Some(make(vm, name, noop_init));
    }
    if name == "__setattr__" {
        return Some(make(vm, name, object_setattr));
    }
    if name == "__delattr__" {
        return Some(make(vm, name, object_delattr));
    }
    if name == "__getattribute__" {
        return Some(make(vm, name, object_getattribute));
    }
    let container = has_container_dunders(id);
    let dunders: &[(&str, BuiltinFn)] = if container { CONTAINER_DUNDERS } else { &[] };
    table(id)
        .iter()
        .chain(dunders)
        .find(|(n, _)| *n == name)
        .map(|(n, f)| super::unbound::make_unbound(vm, id, n, *f))
}

/// Methods `super()` finds past the user classes (object.__init__, Exception.__init__, ...).
pub fn super_builtin_method(vm: &mut Vm, inst: &Value, name: &str) -> Option<Value> {
    match name {
        "__init__" => {
            let f = make(vm, "__init__", exception_init);
            Some(vm.new_obj(ObjData::BoundMethod {
                recv: inst.clone(),
                func: f,
            }))
        }
        "__str__" | "__repr__" => {
            let f = make(
                vm,
                name,
                if name == "__str__" {
                    object_str
                } else {
                    object_repr
                },
            );
            Some(vm.new_obj(ObjData::BoundMethod {
                recv: inst.clone(),
                func: f,
            }))
        }
        _ => {
            let p = vm.payload_of(inst)?;
            builtin_method(vm, &p, name).ok().flatten()
        }
    }
}

/// Context-manager dunders of builtin objects (none yet; locks and files come with the runtime).
pub fn builtin_dunder(_vm: &mut Vm, _obj: &Value, _name: &str) -> Option<Value> {
    None
}

impl Vm {
    /// A method of the builtin payload of a builtin-subclass instance.
    pub fn payload_method(&mut self, inst: &Value, name: &str) -> PyResult<Option<Value>> {
        match self.payload_of(inst) {
            Some(p) => builtin_method(self, &p, name),
            None => Ok(None),
        }
    }
}

/// `object.__setattr__(obj, name, value)`: the plain store, bypassing user hooks.
fn object_setattr(vm: &mut Vm, a: Vec<Value>, _kw: Kwargs) -> PyResult<Flow> {
    let [obj, name, v] = a.as_slice() else {
        return Err(vm.type_error("expected 3 arguments"));
    };
    let name = need_str(vm, Some(name), "__setattr__")?;
    vm.set_attr(obj, &name, v.clone())?;
    Ok(Flow::Value(Value::None))
}

/// `object.__delattr__(obj, name)`.
fn object_delattr(vm: &mut Vm, a: Vec<Value>, _kw: Kwargs) -> PyResult<Flow> {
    let [obj, name] = a.as_slice() else {
        return Err(vm.type_error("expected 2 arguments"));
    };
    let name = need_str(vm, Some(name), "__delattr__")?;
    vm.del_attr(obj, &name)?;
    Ok(Flow::Value(Value::None))
}

/// `object.__getattribute__(obj, name)`.
fn object_getattribute(vm: &mut Vm, a: Vec<Value>, _kw: Kwargs) -> PyResult<Flow> {
    let [obj, name] = a.as_slice() else {
        return Err(vm.type_error("expected 2 arguments"));
    };
    let name = need_str(vm, Some(name), "__getattribute__")?;
    match vm.get_attr(obj, &name)? {
        super::attrs::Attr::Value(v) => Ok(Flow::Value(v)),
        super::attrs::Attr::Call(f, args) => Ok(Flow::TailCall {
            func: f,
            args,
            kwargs: Vec::new(),
        }),
    }
}

fn noop_init(_vm: &mut Vm, _args: Vec<Value>, _kw: Kwargs) -> PyResult<Flow> {
    Ok(Flow::Value(Value::None))
}

fn exception_init(vm: &mut Vm, args: Vec<Value>, _kw: Kwargs) -> PyResult<Flow> {
    let mut it = args.into_iter();
    let inst = it.next().unwrap_or(Value::None);
    let mut rest: Vec<Value> = it.collect();
    if vm.is_instance_of(&inst, "OSError") {
        rest = vm.os_error_init(&inst, &rest);
    }
    if let Value::Obj(o) = &inst {
        if let ObjData::Instance(i) = &mut *o.data_mut() {
            if let Some(x) = &mut i.exc {
                x.args = rest;
            }
        }
    }
    Ok(Flow::Value(Value::None))
}

fn object_str(vm: &mut Vm, args: Vec<Value>, _kw: Kwargs) -> PyResult<Flow> {
    let v = args.into_iter().next().unwrap_or(Value::None);
    if vm.is_instance_of(&v, "BaseException") {
        return Ok(Flow::Value(Value::Str(crate::pystr::PyStr::from(
            vm.exception_message(&v),
        ))));
    }
    Ok(Flow::Value(Value::Str(crate::pystr::PyStr::from(
        vm.repr_plain(&v),
    ))))
}

fn object_repr(vm: &mut Vm, args: Vec<Value>, _kw: Kwargs) -> PyResult<Flow> {
    let v = args.into_iter().next().unwrap_or(Value::None);
    Ok(Flow::Value(Value::Str(crate::pystr::PyStr::from(
        vm.repr_plain(&v),
    ))))
}

// ---- helpers -----------------------------------------------------------------------------

fn recv_str(args: &[Value]) -> crate::pystr::PyStr {
    match args.first() {
        Some(Value::Str(s)) => s.clone(),
        _ => crate::pystr::PyStr::from(""),
    }
}

fn opt_str(vm: &mut Vm, v: Option<&Value>, what: &str) -> PyResult<Option<crate::pystr::PyStr>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(Value::Str(s)) => Ok(Some(s.clone())),
        Some(other) => {
            let t = vm.type_name(other);
            Err(vm.type_error(&format!("{what} arg must be None or str, not {t}")))
        }
    }
}

fn need_str(vm: &mut Vm, v: Option<&Value>, method: &str) -> PyResult<crate::pystr::PyStr> {
    match v {
        Some(Value::Str(s)) => Ok(s.clone()),
        Some(other) => {
            let t = vm.type_name(other);
            Err(vm.type_error(&format!("{method}() argument must be str, not {t}")))
        }
        None => Err(vm.type_error(&format!("{method}() takes at least 1 argument (0 given)"))),
    }
}

fn s(v: String) -> PyResult<Flow> {
    Ok(Flow::Value(Value::Str(crate::pystr::PyStr::from(v))))
}

fn list_of_strs(vm: &mut Vm, parts: Vec<String>) -> PyResult<Flow> {
    vm.spend(Work::StrPiece, parts.len() as u64);
    let items = parts
        .into_iter()
        .map(|p| Value::Str(crate::pystr::PyStr::from(p)))
        .collect();
    Ok(Flow::Value(vm.new_list(items)))
}

// ---- str ------------------------------------------------------------------------------------

/// A str method that also spends `$work` for each byte of its receiver (`vm/work.rs`).
macro_rules! per_char {
    ($work:expr, $f:expr) => {
        |vm: &mut Vm, a: Vec<Value>, k: Kwargs| -> PyResult<Flow> {
            if let Some(Value::Str(t)) = a.first() {
                vm.spend($work, t.len() as u64);
            }
            let f: BuiltinFn = $f;
            f(vm, a, k)
        }
    };
}

const STR_METHODS: &[(&str, BuiltinFn)] = &[
    (
        "upper",
        per_char!(Work::StrChar, |_, a, _| s(recv_str(&a).to_uppercase())),
    ),
    (
        "lower",
        per_char!(Work::StrChar, |_, a, _| s(recv_str(&a).to_lowercase())),
    ),
    (
        "casefold",
        per_char!(Work::StrChar, |_, a, _| s(recv_str(&a).to_lowercase())),
    ),
    (
        "swapcase",
        per_char!(Work::StrChar, |_, a, _| {
            s(recv_str(&a)
                .chars()
                .map(|c| {
                    if c.is_uppercase() {
                        c.to_lowercase().collect::<String>()
                    } else {
                        c.to_uppercase().collect()
                    }
                })
                .collect())
        }),
    ),
    (
        "title",
        per_char!(Work::StrChar, |_, a, _| s(title(&recv_str(&a)))),
    ),
    (
        "capitalize",
        per_char!(Work::StrChar, |_, a, _| {
            let t = recv_str(&a);
            let mut c = t.chars();
            s(match c.next() {
                Some(f) => f.to_uppercase().collect::<String>() + &c.as_str().to_lowercase(),
                None => String::new(),
            })
        }),
    ),
    (
        "strip",
        per_char!(Work::StrCopy, |vm, a, _| strip(vm, a, true, true)),
    ),
    (
        "lstrip",
        per_char!(Work::StrCopy, |vm, a, _| strip(vm, a, true, false)),
    ),
    (
        "rstrip",
        per_char!(Work::StrCopy, |vm, a, _| strip(vm, a, false, true)),
    ),
    (
        "split",
        per_char!(Work::StrChar, |vm, a, k| split(vm, a, k, false)),
    ),
    (
        "rsplit",
        per_char!(Work::StrChar, |vm, a, k| split(vm, a, k, true)),
    ),
    (
        "splitlines",
        per_char!(Work::StrChar, |vm, a, kw| {
            let t = recv_str(&a);
            let keep = match a
                .get(1)
                .or_else(|| kw.iter().find(|(k, _)| &**k == "keepends").map(|(_, v)| v))
            {
                Some(v) => vm.truthy(v)?,
                None => false,
            };
            let mut parts = Vec::new();
            let mut cur = String::new();
            let mut chars = t.chars().peekable();
            while let Some(c) = chars.next() {
                let is_break = matches!(
                    c,
                    '\n' | '\r'
                        | '\x0b'
                        | '\x0c'
                        | '\x1c'
                        | '\x1d'
                        | '\x1e'
                        | '\u{85}'
                        | '\u{2028}'
                        | '\u{2029}'
                );
                if !is_break {
                    cur.push(c);
                    continue;
                }
                let mut end = String::from(c);
                if c == '\r' && chars.peek() == Some(&'\n') {
                    chars.next();
                    end.push('\n');
                }
                if keep {
                    cur.push_str(&end);
                }
                parts.push(std::mem::take(&mut cur));
            }
            if !cur.is_empty() {
                parts.push(cur);
            }
            list_of_strs(vm, parts)
        }),
    ),
    ("join", str_join),
    ("encode", super::bytes::str_encode),
    (
        "replace",
        per_char!(Work::StrChar, |vm, a, _| {
            let t = recv_str(&a);
            let old = need_str(vm, a.get(1), "replace")?;
            let new = need_str(vm, a.get(2), "replace")?;
            let count = a.get(3).and_then(Value::as_i64).unwrap_or(-1);
            if count < 0 {
                s(t.replace(&*old, &new))
            } else {
                s(t.replacen(&*old, &new, count as usize))
            }
        }),
    ),
    (
        "find",
        per_char!(Work::StrChar, |vm, a, _| find(vm, a, false, false)),
    ),
    (
        "rfind",
        per_char!(Work::StrChar, |vm, a, _| find(vm, a, true, false)),
    ),
    (
        "index",
        per_char!(Work::StrChar, |vm, a, _| find(vm, a, false, true)),
    ),
    (
        "rindex",
        per_char!(Work::StrChar, |vm, a, _| find(vm, a, true, true)),
    ),
    (
        "count",
        per_char!(Work::StrChar, |vm, a, _| {
            let t = recv_str(&a);
            let sub = need_str(vm, a.get(1), "count")?;
            let n = if sub.is_empty() {
                t.chars().count() + 1
            } else {
                t.matches(&*sub).count()
            };
            Ok(Flow::Value(Value::Int(n as i64)))
        }),
    ),
    ("startswith", |vm, a, _| affix(vm, a, true)),
    ("endswith", |vm, a, _| affix(vm, a, false)),
    (
        "zfill",
        per_char!(Work::StrCopy, |_, a, _| {
            let t = recv_str(&a);
            let w = a.get(1).and_then(Value::as_i64).unwrap_or(0).max(0) as usize;
            let n = t.chars().count();
            if n >= w {
                return s(t.to_string());
            }
            let (sign, rest) = if t.starts_with('-') || t.starts_with('+') {
                t.split_at(1)
            } else {
                ("", &*t)
            };
            s(format!("{sign}{}{rest}", "0".repeat(w - n)))
        }),
    ),
    (
        "center",
        per_char!(Work::StrCopy, |vm, a, _| pad(vm, a, 'c')),
    ),
    (
        "ljust",
        per_char!(Work::StrCopy, |vm, a, _| pad(vm, a, 'l')),
    ),
    (
        "rjust",
        per_char!(Work::StrCopy, |vm, a, _| pad(vm, a, 'r')),
    ),
    (
        "isdigit",
        per_char!(Work::StrChar, |_, a, _| {
            pred(&a, |c| {
                c.is_ascii_digit() || crate::format::decimal_value(c).is_some()
            })
        }),
    ),
    (
        "isdecimal",
        per_char!(Work::StrChar, |_, a, _| {
            pred(&a, |c| crate::format::decimal_value(c).is_some())
        }),
    ),
    (
        "isnumeric",
        per_char!(Work::StrChar, |_, a, _| pred(&a, |c| c.is_numeric())),
    ),
    (
        "isalpha",
        per_char!(Work::StrChar, |_, a, _| pred(&a, char::is_alphabetic)),
    ),
    (
        "isalnum",
        per_char!(Work::StrChar, |_, a, _| pred(&a, char::is_alphanumeric)),
    ),
    (
        "isspace",
        per_char!(Work::StrChar, |_, a, _| pred(&a, crate::format::is_space)),
    ),
    (
        "isupper",
        per_char!(Work::StrChar, |_, a, _| {
            let t = recv_str(&a);
            Ok(Flow::Value(Value::Bool(
                t.chars().any(char::is_uppercase) && !t.chars().any(char::is_lowercase),
            )))
        }),
    ),
    (
        "islower",
        per_char!(Work::StrChar, |_, a, _| {
            let t = recv_str(&a);
            Ok(Flow::Value(Value::Bool(
                t.chars().any(char::is_lowercase) && !t.chars().any(char::is_uppercase),
            )))
        }),
    ),
    (
        "isidentifier",
        per_char!(Work::StrChar, |_, a, _| {
            let t = recv_str(&a);
            let mut c = t.chars();
            Ok(Flow::Value(Value::Bool(
                c.next()
                    .map(|f| f == '_' || f.is_alphabetic())
                    .unwrap_or(false)
                    && c.all(|x| x == '_' || x.is_alphanumeric()),
            )))
        }),
    ),
    (
        "partition",
        per_char!(Work::StrChar, |vm, a, _| partition(vm, a, false)),
    ),
    (
        "rpartition",
        per_char!(Work::StrChar, |vm, a, _| partition(vm, a, true)),
    ),
    ("format", str_format),
    ("format_map", str_format_map),
    (
        "isascii",
        per_char!(Work::StrCopy, |_, a, _| {
            let t = recv_str(&a);
            Ok(Flow::Value(Value::Bool(t.is_ascii())))
        }),
    ),
    (
        "removeprefix",
        per_char!(Work::StrCopy, |vm, a, _| {
            let t = recv_str(&a);
            let p = need_str(vm, a.get(1), "removeprefix")?;
            s(t.strip_prefix(&*p).unwrap_or(&t).to_string())
        }),
    ),
    (
        "removesuffix",
        per_char!(Work::StrCopy, |vm, a, _| {
            let t = recv_str(&a);
            let p = need_str(vm, a.get(1), "removesuffix")?;
            s(t.strip_suffix(&*p).unwrap_or(&t).to_string())
        }),
    ),
    ("encode", |vm, _, _| {
        Err(vm.new_error(
            "NotImplementedError",
            "not supported by Interleave yet: bytes (str.encode)",
        ))
    }),
];

fn title(t: &str) -> String {
    let mut out = String::new();
    let mut prev_cased = false;
    for c in t.chars() {
        if c.is_alphabetic() {
            if prev_cased {
                out.extend(c.to_lowercase());
            } else {
                out.extend(c.to_uppercase());
            }
            prev_cased = true;
        } else {
            out.push(c);
            prev_cased = false;
        }
    }
    out
}

fn pred(a: &[Value], f: impl Fn(char) -> bool) -> PyResult<Flow> {
    let t = recv_str(a);
    Ok(Flow::Value(Value::Bool(!t.is_empty() && t.chars().all(f))))
}

fn strip(vm: &mut Vm, a: Vec<Value>, left: bool, right: bool) -> PyResult<Flow> {
    let t = recv_str(&a);
    let chars = opt_str(vm, a.get(1), "strip")?;
    let keep: &dyn Fn(char) -> bool = match &chars {
        Some(cs) => &move |c: char| cs.contains(c),
        None => &|c: char| crate::format::is_space(c),
    };
    let mut r: &str = &t;
    if left {
        r = r.trim_start_matches(keep);
    }
    if right {
        r = r.trim_end_matches(keep);
    }
    s(r.to_string())
}

fn split(vm: &mut Vm, a: Vec<Value>, k: Kwargs, from_right: bool) -> PyResult<Flow> {
    let t = recv_str(&a);
    let sep_v = a.get(1).cloned().or_else(|| {
        k.iter()
            .find(|(n, _)| &**n == "sep")
            .map(|(_, v)| v.clone())
    });
    let sep = opt_str(vm, sep_v.as_ref(), "split")?;
    let maxsplit = a
        .get(2)
        .cloned()
        .or_else(|| {
            k.iter()
                .find(|(n, _)| &**n == "maxsplit")
                .map(|(_, v)| v.clone())
        })
        .and_then(|v| v.as_i64())
        .unwrap_or(-1);
    let parts: Vec<String> = match sep {
        Some(sep) => {
            if sep.is_empty() {
                return Err(vm.new_error("ValueError", "empty separator"));
            }
            if maxsplit < 0 {
                t.split(&*sep).map(str::to_string).collect()
            } else if from_right {
                let mut v: Vec<String> = t
                    .rsplitn(maxsplit as usize + 1, &*sep)
                    .map(str::to_string)
                    .collect();
                v.reverse();
                v
            } else {
                t.splitn(maxsplit as usize + 1, &*sep)
                    .map(str::to_string)
                    .collect()
            }
        }
        None => {
            let words: Vec<&str> = t
                .split(crate::format::is_space)
                .filter(|w| !w.is_empty())
                .collect();
            if maxsplit < 0 || (maxsplit as usize) >= words.len() {
                words.into_iter().map(str::to_string).collect()
            } else if from_right {
                // Keep the leftmost text intact.
                let n = maxsplit as usize;
                let tail: Vec<String> = words[words.len() - n..]
                    .iter()
                    .map(|w| w.to_string())
                    .collect();
                let mut rest = t.trim_end_matches(crate::format::is_space).to_string();
                for w in tail.iter().rev() {
                    rest.truncate(rest.len() - w.len());
                    rest = rest.trim_end_matches(crate::format::is_space).to_string();
                }
                let mut v = vec![rest];
                v.extend(tail);
                v
            } else {
                let n = maxsplit as usize;
                let mut v: Vec<String> = Vec::new();
                let mut rest: &str = t.trim_start_matches(crate::format::is_space);
                for _ in 0..n {
                    let end = rest.find(crate::format::is_space).unwrap_or(rest.len());
                    v.push(rest[..end].to_string());
                    rest = rest[end..].trim_start_matches(crate::format::is_space);
                }
                if !rest.is_empty() {
                    v.push(rest.to_string());
                }
                v
            }
        }
    };
    list_of_strs(vm, parts)
}

fn str_join(vm: &mut Vm, a: Vec<Value>, _k: Kwargs) -> PyResult<Flow> {
    let sep = recv_str(&a);
    let src = a
        .get(1)
        .cloned()
        .ok_or_else(|| vm.type_error("str.join() takes exactly one argument (0 given)"))?;
    let sep_value = Value::Str(sep);
    let frame = JoinFrame {
        sep: sep_value,
        collect: Collect::new("join", src, |vm, items| Ok(vm.new_list(items))),
    };
    Ok(Flow::Native(Box::new(frame)))
}

struct JoinFrame {
    sep: Value,
    collect: Collect,
}

impl super::native::NativeFrame for JoinFrame {
    fn name(&self) -> &'static str {
        "join"
    }
    fn resume(
        &mut self,
        vm: &mut Vm,
        input: super::native::Input,
    ) -> PyResult<super::native::Step> {
        match self.collect.resume(vm, input)? {
            super::native::Step::Return(list) => {
                let items = match &list {
                    Value::Obj(o) => match &*o.data() {
                        ObjData::List(i) => i.clone(),
                        _ => Vec::new(),
                    },
                    _ => Vec::new(),
                };
                let mut parts = Vec::with_capacity(items.len());
                for (i, it) in items.iter().enumerate() {
                    match it {
                        Value::Str(x) => parts.push(x.to_string()),
                        other => {
                            let t = vm.type_name(other);
                            return Err(vm.type_error(&format!(
                                "sequence item {i}: expected str instance, {t} found"
                            )));
                        }
                    }
                }
                let sep = if let Value::Str(x) = &self.sep {
                    x.to_string()
                } else {
                    String::new()
                };
                let total: usize = parts.iter().map(String::len).sum::<usize>()
                    + sep.len() * parts.len().saturating_sub(1);
                vm.spend(Work::CopyItem, parts.len() as u64);
                vm.spend(Work::StrCopy, total as u64);
                Ok(super::native::Step::Return(Value::Str(
                    crate::pystr::PyStr::from(parts.join(&sep)),
                )))
            }
            other => Ok(other),
        }
    }
}

fn char_slice_bounds(t: &str, start: Option<&Value>, end: Option<&Value>) -> (usize, usize) {
    let n = t.chars().count() as i64;
    let norm = |v: Option<&Value>, d: i64| -> i64 {
        match v.and_then(Value::as_i64) {
            Some(i) if i < 0 => (i + n).max(0),
            Some(i) => i.min(n),
            None => d,
        }
    };
    (norm(start, 0) as usize, norm(end, n) as usize)
}

fn find(vm: &mut Vm, a: Vec<Value>, from_right: bool, raise: bool) -> PyResult<Flow> {
    let t = recv_str(&a);
    let sub = need_str(vm, a.get(1), if raise { "index" } else { "find" })?;
    let (lo, hi) = char_slice_bounds(&t, a.get(2), a.get(3));
    let chars: Vec<char> = t.chars().collect();
    let hay: String = chars.get(lo..hi.max(lo)).unwrap_or(&[]).iter().collect();
    let pos = if from_right {
        hay.rfind(&*sub)
    } else {
        hay.find(&*sub)
    };
    match pos {
        Some(b) => Ok(Flow::Value(Value::Int(
            (hay[..b].chars().count() + lo) as i64,
        ))),
        None if raise => Err(vm.new_error("ValueError", "substring not found")),
        None => Ok(Flow::Value(Value::Int(-1))),
    }
}

fn affix(vm: &mut Vm, a: Vec<Value>, prefix: bool) -> PyResult<Flow> {
    let t = recv_str(&a);
    let (lo, hi) = char_slice_bounds(&t, a.get(2), a.get(3));
    let part: String = t.chars().skip(lo).take(hi.saturating_sub(lo)).collect();
    let cands: Vec<Value> = match a.get(1) {
        Some(Value::Obj(o)) => match &*o.data() {
            ObjData::Tuple(items) => items.clone(),
            _ => Vec::new(),
        },
        Some(v) => vec![v.clone()],
        None => Vec::new(),
    };
    let mut r = false;
    for c in &cands {
        let Value::Str(x) = c else {
            let t = vm.type_name(c);
            let m = if prefix { "startswith" } else { "endswith" };
            return Err(vm.type_error(&format!(
                "{m} first arg must be str or a tuple of str, not {t}"
            )));
        };
        r |= if prefix {
            part.starts_with(&**x)
        } else {
            part.ends_with(&**x)
        };
    }
    Ok(Flow::Value(Value::Bool(r)))
}

fn pad(vm: &mut Vm, a: Vec<Value>, how: char) -> PyResult<Flow> {
    let t = recv_str(&a);
    let w = a.get(1).and_then(Value::as_i64).unwrap_or(0).max(0) as usize;
    let fill = match a.get(2) {
        Some(Value::Str(f)) if f.chars().count() == 1 => f.chars().next().unwrap_or(' '),
        Some(_) => {
            return Err(vm.type_error("The fill character must be exactly one character long"))
        }
        None => ' ',
    };
    let n = t.chars().count();
    if n >= w {
        return s(t.to_string());
    }
    let total = w - n;
    let f = |k: usize| std::iter::repeat_n(fill, k).collect::<String>();
    s(match how {
        'l' => format!("{t}{}", f(total)),
        'r' => format!("{}{t}", f(total)),
        _ => {
            // CPython's centering: extra padding goes left when the total is odd and the width odd.
            let left = total / 2 + (total & w & 1);
            format!("{}{t}{}", f(left), f(total - left))
        }
    })
}

fn partition(vm: &mut Vm, a: Vec<Value>, from_right: bool) -> PyResult<Flow> {
    let t = recv_str(&a);
    let sep = need_str(vm, a.get(1), "partition")?;
    if sep.is_empty() {
        return Err(vm.new_error("ValueError", "empty separator"));
    }
    let found = if from_right {
        t.rfind(&*sep)
    } else {
        t.find(&*sep)
    };
    let parts = match found {
        Some(i) => [
            t[..i].to_string(),
            sep.to_string(),
            t[i + sep.len()..].to_string(),
        ],
        None if from_right => [String::new(), String::new(), t.to_string()],
        None => [t.to_string(), String::new(), String::new()],
    };
    let items = parts
        .into_iter()
        .map(|p| Value::Str(crate::pystr::PyStr::from(p)))
        .collect();
    Ok(Flow::Value(vm.new_tuple(items)))
}

/// `str.format(*args, **kwargs)`: fields rendered with `format()` (builtin values only).
fn str_format(vm: &mut Vm, a: Vec<Value>, k: Kwargs) -> PyResult<Flow> {
    let t = recv_str(&a);
    let args = &a[1.min(a.len())..];
    format_fields(vm, &t, Fields::Args(args, &k))
}

/// `str.format_map(mapping)`: like `format(**mapping)`, but the mapping is subscripted
/// directly (so a dict subclass's `__missing__` is used).
fn str_format_map(vm: &mut Vm, a: Vec<Value>, k: Kwargs) -> PyResult<Flow> {
    let t = recv_str(&a);
    if !k.is_empty() {
        return Err(vm.type_error("str.format_map() takes no keyword arguments"));
    }
    if a.len() != 2 {
        return Err(vm.type_error(&format!(
            "str.format_map() takes exactly one argument ({} given)",
            a.len().saturating_sub(1)
        )));
    }
    format_fields(vm, &t, Fields::Map(&a[1]))
}

/// Where `str.format` fields come from.
#[derive(Clone, Copy)]
enum Fields<'a> {
    /// `format(*args, **kwargs)`.
    Args(&'a [Value], &'a Kwargs),
    /// `format_map(mapping)`.
    Map(&'a Value),
}

fn format_fields(vm: &mut Vm, t: &str, src: Fields<'_>) -> PyResult<Flow> {
    let pieces = crate::format::parse_format_string(t);
    let mut out = String::new();
    for p in pieces {
        match p {
            crate::format::FormatPiece::Literal(l) => out.push_str(&l),
            crate::format::FormatPiece::Error(e) => return Err(fmt_err(vm, e)),
            crate::format::FormatPiece::Field(field) => {
                let v = resolve_field(vm, &field.name, src)?;
                let v = match field.conversion {
                    Some(c) => {
                        if let Some(e) = c.error() {
                            return Err(fmt_err(vm, e));
                        }
                        let is_str = matches!(c, crate::format::Conversion::Str);
                        let f = vm.builtin_value(if is_str { "str" } else { "repr" });
                        let r = vm.call_sync(f, vec![v])?;
                        match (&r, c) {
                            (Value::Str(t), crate::format::Conversion::Ascii) => {
                                Value::Str(crate::pystr::PyStr::from(crate::format::str_ascii(t)))
                            }
                            _ => r,
                        }
                    }
                    None => v,
                };
                let mut spec = String::new();
                for sp in &field.spec {
                    match sp {
                        crate::format::FormatPiece::Literal(l) => spec.push_str(l),
                        crate::format::FormatPiece::Error(e) => return Err(fmt_err(vm, e.clone())),
                        crate::format::FormatPiece::Field(inner) => {
                            let iv = resolve_field(vm, &inner.name, src)?;
                            spec.push_str(&vm.str_plain(&iv));
                        }
                    }
                }
                match vm.format_plain(&v, &spec)? {
                    Some(x) => out.push_str(&x),
                    None => {
                        // User __format__ / __str__: through the builtin format().
                        let f = vm.builtin_value("format");
                        match vm.call_sync(f, vec![v, Value::str(&spec)])? {
                            Value::Str(t) => out.push_str(&t),
                            other => out.push_str(&vm.str_plain(&other)),
                        }
                    }
                }
            }
        }
    }
    s(out)
}

fn fmt_err(vm: &mut Vm, e: crate::format::FmtError) -> super::PyErr {
    vm.new_error(e.kind.name(), &e.message)
}

fn resolve_field(vm: &mut Vm, name: &crate::format::FieldName, src: Fields<'_>) -> PyResult<Value> {
    let mut v = match (&name.first, src) {
        (crate::format::FieldFirst::Index(i), Fields::Args(args, _)) => match args.get(*i) {
            Some(v) => v.clone(),
            None => return Err(fmt_err(vm, crate::format::replacement_index_error(*i))),
        },
        (crate::format::FieldFirst::Index(_), Fields::Map(_)) => {
            return Err(vm.new_error("ValueError", "Format string contains positional fields"))
        }
        (crate::format::FieldFirst::Keyword(n), Fields::Args(_, k)) => {
            match k.iter().find(|(kn, _)| &**kn == n.as_str()) {
                Some((_, v)) => v.clone(),
                None => return Err(vm.new_exception("KeyError", vec![Value::str(n)])),
            }
        }
        (crate::format::FieldFirst::Keyword(n), Fields::Map(m)) => {
            vm.subscript(m, &Value::str(n))?.run_sync(vm)?
        }
    };
    for acc in &name.rest {
        v = match acc {
            crate::format::FieldAccessor::Attr(a) => vm.get_attr_value(&v, a)?,
            crate::format::FieldAccessor::Index(i) => {
                vm.subscript(&v, &Value::Int(*i as i64))?.run_sync(vm)?
            }
            crate::format::FieldAccessor::Key(key) => {
                vm.subscript(&v, &Value::str(key))?.run_sync(vm)?
            }
            crate::format::FieldAccessor::Error(e) => return Err(fmt_err(vm, e.clone())),
        };
    }
    Ok(v)
}

// ---- list -----------------------------------------------------------------------------------

fn list_obj(a: &[Value]) -> Option<Obj> {
    match a.first() {
        Some(Value::Obj(o)) => Some(o.clone()),
        _ => None,
    }
}

fn with_list<R>(a: &[Value], f: impl FnOnce(&mut Vec<Value>) -> R) -> Option<R> {
    let o = list_obj(a)?;
    let mut d = o.data_mut();
    match &mut *d {
        ObjData::List(items) => Some(f(items)),
        _ => None,
    }
}

const LIST_METHODS: &[(&str, BuiltinFn)] = &[
    ("append", |vm, a, _| {
        super::builtins::exactly(vm, a.get(1..).unwrap_or_default(), 1, "list.append")?;
        let v = a[1].clone();
        if let Some(Value::Obj(o)) = a.first() {
            vm.grow_by(o, 1)?;
        }
        with_list(&a, |l| l.push(v));
        Ok(Flow::Value(Value::None))
    }),
    ("extend", |vm, a, _| {
        super::builtins::exactly(vm, a.get(1..).unwrap_or_default(), 1, "list.extend")?;
        let src = a[1].clone();
        let target = a.first().cloned().unwrap_or(Value::None);
        let nf = super::builtins::extend_frame(target, src);
        Ok(Flow::Native(Box::new(DropResult(nf))))
    }),
    ("insert", |vm, a, _| {
        let i = a
            .get(1)
            .and_then(Value::as_i64)
            .ok_or_else(|| vm.type_error("insert expected 2 arguments"))?;
        let v = a.get(2).cloned().unwrap_or(Value::None);
        with_list(&a, |l| {
            let n = l.len() as i64;
            let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
            l.insert(at as usize, v);
        });
        Ok(Flow::Value(Value::None))
    }),
    ("pop", |vm, a, _| {
        let len = with_list(&a, |l| l.len()).unwrap_or(0);
        if len == 0 {
            return Err(vm.new_error("IndexError", "pop from empty list"));
        }
        let idx = a.get(1).cloned().unwrap_or(Value::Int(-1));
        let i = vm.seq_index(&idx, len, "pop")?;
        let v = with_list(&a, |l| l.remove(i)).unwrap_or(Value::None);
        Ok(Flow::Value(v))
    }),
    ("remove", |vm, a, _| {
        let target = a.get(1).cloned().unwrap_or(Value::None);
        let items = with_list(&a, |l| l.clone()).unwrap_or_default();
        match vm.position_equal(&items, &target)? {
            Some(i) => {
                with_list(&a, |l| l.remove(i));
                Ok(Flow::Value(Value::None))
            }
            None => Err(vm.new_error("ValueError", "list.remove(x): x not in list")),
        }
    }),
    ("index", |vm, a, _| {
        let target = a.get(1).cloned().unwrap_or(Value::None);
        let items = with_list(&a, |l| l.clone()).unwrap_or_default();
        match vm.position_equal(&items, &target)? {
            Some(i) => Ok(Flow::Value(Value::Int(i as i64))),
            None => {
                let r = vm.repr_plain(&target);
                Err(vm.new_error("ValueError", &format!("{r} is not in list")))
            }
        }
    }),
    ("count", |vm, a, _| {
        let target = a.get(1).cloned().unwrap_or(Value::None);
        let items = with_list(&a, |l| l.clone()).unwrap_or_default();
        let n = vm.count_equal(&items, &target)?;
        Ok(Flow::Value(Value::Int(n as i64)))
    }),
    ("reverse", |_, a, _| {
        with_list(&a, |l| l.reverse());
        Ok(Flow::Value(Value::None))
    }),
    ("clear", |_, a, _| {
        with_list(&a, |l| l.clear());
        Ok(Flow::Value(Value::None))
    }),
    ("copy", |vm, a, _| {
        let items = with_list(&a, |l| l.clone()).unwrap_or_default();
        Ok(Flow::Value(vm.new_list(items)))
    }),
    ("sort", |vm, a, k| {
        let key = k
            .iter()
            .find(|(n, _)| &**n == "key")
            .map(|(_, v)| v.clone())
            .unwrap_or(Value::None);
        let reverse = k
            .iter()
            .find(|(n, _)| &**n == "reverse")
            .map(|(_, v)| v.clone())
            .unwrap_or(Value::Bool(false));
        let f = super::modules::prelude_function(vm, "__list_sort")?;
        Ok(Flow::TailCall {
            func: f,
            args: vec![a.first().cloned().unwrap_or(Value::None), key, reverse],
            kwargs: Vec::new(),
        })
    }),
];

/// Wraps a native frame whose result is replaced by None (list.extend).
struct DropResult(Box<dyn super::native::NativeFrame>);

impl super::native::NativeFrame for DropResult {
    fn name(&self) -> &'static str {
        self.0.name()
    }
    fn resume(
        &mut self,
        vm: &mut Vm,
        input: super::native::Input,
    ) -> PyResult<super::native::Step> {
        match self.0.resume(vm, input)? {
            super::native::Step::Return(_) => Ok(super::native::Step::Return(Value::None)),
            other => Ok(other),
        }
    }
}

const TUPLE_METHODS: &[(&str, BuiltinFn)] = &[
    ("index", |vm, a, _| {
        let target = a.get(1).cloned().unwrap_or(Value::None);
        let items = vm
            .snapshot_items(a.first().unwrap_or(&Value::None))
            .transpose()?
            .unwrap_or_default();
        match vm.position_equal(&items, &target)? {
            Some(i) => Ok(Flow::Value(Value::Int(i as i64))),
            None => Err(vm.new_error("ValueError", "tuple.index(x): x not in tuple")),
        }
    }),
    ("count", |vm, a, _| {
        let target = a.get(1).cloned().unwrap_or(Value::None);
        let items = vm
            .snapshot_items(a.first().unwrap_or(&Value::None))
            .transpose()?
            .unwrap_or_default();
        let n = vm.count_equal(&items, &target)?;
        Ok(Flow::Value(Value::Int(n as i64)))
    }),
];

fn range_parts(a: &[Value]) -> Option<(i64, i64, i64)> {
    match a.first() {
        Some(Value::Obj(o)) => match &*o.data() {
            ObjData::Range { start, stop, step } => Some((*start, *stop, *step)),
            _ => None,
        },
        _ => None,
    }
}

/// The position of `x` in a range, if it is an int the range contains.
fn range_position(r: (i64, i64, i64), x: &Value) -> Option<i64> {
    let (start, stop, step) = r;
    let x = match x {
        Value::Bool(b) => i64::from(*b),
        Value::Int(i) => *i,
        _ => return None,
    };
    let inside = if step > 0 {
        x >= start && x < stop
    } else {
        x <= start && x > stop
    };
    let off = (x as i128) - (start as i128);
    if inside && off % (step as i128) == 0 {
        Some((off / step as i128) as i64)
    } else {
        None
    }
}

const RANGE_METHODS: &[(&str, BuiltinFn)] = &[
    ("index", |vm, a, _| {
        let r = range_parts(&a).unwrap_or((0, 0, 1));
        let x = a.get(1).cloned().unwrap_or(Value::None);
        match range_position(r, &x) {
            Some(i) => Ok(Flow::Value(Value::Int(i))),
            None => {
                let s = vm.repr_plain(&x);
                Err(vm.new_error("ValueError", &format!("{s} is not in range")))
            }
        }
    }),
    ("count", |_vm, a, _| {
        let r = range_parts(&a).unwrap_or((0, 0, 1));
        let x = a.get(1).cloned().unwrap_or(Value::None);
        Ok(Flow::Value(Value::Int(i64::from(
            range_position(r, &x).is_some(),
        ))))
    }),
];

// ---- dict -----------------------------------------------------------------------------------

fn with_dict<R>(a: &[Value], f: impl FnOnce(&mut Dict) -> R) -> Option<R> {
    let o = list_obj(a)?;
    let mut d = o.data_mut();
    match &mut *d {
        ObjData::Dict(dict) => Some(f(dict)),
        _ => None,
    }
}

fn dict_fromkeys(vm: &mut Vm, a: Vec<Value>, _k: Kwargs) -> PyResult<Flow> {
    let keys = vm
        .snapshot_items(a.first().unwrap_or(&Value::None))
        .transpose()?
        .unwrap_or_default();
    let v = a.get(1).cloned().unwrap_or(Value::None);
    let mut d = Dict::new();
    for key in keys {
        d.insert(key, v.clone()).map_err(|u| vm.unhashable(u))?;
    }
    Ok(Flow::Value(vm.new_obj(ObjData::Dict(d))))
}

const DICT_METHODS: &[(&str, BuiltinFn)] = &[
    ("get", |vm, a, _| {
        let key = a.get(1).cloned().unwrap_or(Value::None);
        let default = a.get(2).cloned().unwrap_or(Value::None);
        let r = with_dict(&a, |d| d.get(&key))
            .unwrap_or(Ok(None))
            .map_err(|u| vm.unhashable(u))?;
        Ok(Flow::Value(r.unwrap_or(default)))
    }),
    ("keys", |vm, a, _| dict_view(vm, &a, "dict_keys")),
    ("values", |vm, a, _| dict_view(vm, &a, "dict_values")),
    ("items", |vm, a, _| dict_view(vm, &a, "dict_items")),
    ("setdefault", |vm, a, _| {
        let key = a.get(1).cloned().unwrap_or(Value::None);
        let default = a.get(2).cloned().unwrap_or(Value::None);
        let existing = with_dict(&a, |d| d.get(&key))
            .unwrap_or(Ok(None))
            .map_err(|u| vm.unhashable(u))?;
        match existing {
            Some(v) => Ok(Flow::Value(v)),
            None => {
                with_dict(&a, |d| d.insert(key, default.clone()));
                Ok(Flow::Value(default))
            }
        }
    }),
    ("pop", |vm, a, _| {
        let key = a.get(1).cloned().unwrap_or(Value::None);
        let r = with_dict(&a, |d| d.remove(&key))
            .unwrap_or(Ok(None))
            .map_err(|u| vm.unhashable(u))?;
        match (r, a.get(2)) {
            (Some(v), _) => Ok(Flow::Value(v)),
            (None, Some(d)) => Ok(Flow::Value(d.clone())),
            (None, None) => Err(vm.new_exception("KeyError", vec![key])),
        }
    }),
    ("popitem", |vm, a, _| {
        match with_dict(&a, |d| d.pop_last()).flatten() {
            Some((k, v)) => Ok(Flow::Value(vm.new_tuple(vec![k, v]))),
            None => Err(vm.new_error("KeyError", "popitem(): dictionary is empty")),
        }
    }),
    ("update", |vm, a, k| {
        let target = a.first().cloned().unwrap_or(Value::None);
        if let Some(src) = a.get(1) {
            let is_dict = matches!(src, Value::Obj(o) if matches!(&*o.data(), ObjData::Dict(_)));
            if is_dict {
                vm.dict_update(&target, src)?;
            } else {
                let pairs = super::dict_pairs::items_of(vm, src)?;
                let mut new = Dict::new();
                // Pairs before a bad element stay inserted, as in CPython.
                let done = super::dict_pairs::insert_pairs(vm, &mut new, pairs);
                with_dict(&a, |d| {
                    for (k, v) in new.items() {
                        let _ = d.insert(k, v);
                    }
                });
                done?;
            }
        }
        for (name, v) in k {
            with_dict(&a, |d| d.set_str(&name, v));
        }
        Ok(Flow::Value(Value::None))
    }),
    ("clear", |_, a, _| {
        with_dict(&a, |d| d.clear());
        Ok(Flow::Value(Value::None))
    }),
    ("copy", |vm, a, _| {
        let d = with_dict(&a, |d| d.clone()).unwrap_or_default();
        Ok(Flow::Value(vm.new_obj(ObjData::Dict(d))))
    }),
];

/// `d.keys()` / `values()` / `items()`: a snapshot view that prints as CPython's does.
fn dict_view(vm: &mut Vm, a: &[Value], kind: &'static str) -> PyResult<Flow> {
    let d = with_dict(a, |d| d.clone()).unwrap_or_default();
    let items: Vec<Value> = match kind {
        "dict_keys" => d.keys(),
        "dict_values" => d.values(),
        _ => {
            let mut out = Vec::new();
            for (k, v) in d.items() {
                out.push(vm.new_tuple(vec![k, v]));
            }
            out
        }
    };
    let f = super::modules::prelude_function(vm, "__dict_view")?;
    let list = vm.new_list(items);
    Ok(Flow::TailCall {
        func: f,
        args: vec![Value::str(kind), list],
        kwargs: Vec::new(),
    })
}

// ---- set ------------------------------------------------------------------------------------

fn with_set<R>(a: &[Value], f: impl FnOnce(&mut Dict) -> R) -> Option<R> {
    let o = list_obj(a)?;
    let mut d = o.data_mut();
    match &mut *d {
        ObjData::Set(dict) | ObjData::FrozenSet(dict) => Some(f(dict)),
        _ => None,
    }
}

fn set_binop(vm: &mut Vm, a: Vec<Value>, op: crate::compiler::code::BinOp) -> PyResult<Flow> {
    let mut acc = a.first().cloned().unwrap_or(Value::None);
    for other in &a[1.min(a.len())..] {
        let items = vm.snapshot_items(other).transpose()?.unwrap_or_default();
        let other_set = vm.new_set(items)?;
        acc = match vm.binary(op, &acc, &other_set, false)? {
            super::ops::OpResult::Value(v) => v,
            super::ops::OpResult::Call(..) | super::ops::OpResult::Chain(..) => acc,
        };
    }
    if a.len() == 1 {
        let items = vm.snapshot_items(&acc).transpose()?.unwrap_or_default();
        acc = vm.new_set(items)?;
    }
    Ok(Flow::Value(acc))
}

const SET_METHODS: &[(&str, BuiltinFn)] = &[
    ("add", |vm, a, _| {
        let v = a.get(1).cloned().unwrap_or(Value::None);
        let k = super::dict::hash_key(&v).map_err(|u| vm.unhashable(u))?;
        // Charged as a dict insertion is (an overestimate when `v` is already there is
        // corrected by the next charge).
        if let Some(Value::Obj(o)) = a.first() {
            vm.grow_by(o, super::ledger::ENTRY_UNITS)?;
        }
        if let Some(Err(u)) = with_set(&a, |d| d.insert_checked(k, v, Value::None)) {
            return Err(vm.unhashable(u));
        }
        Ok(Flow::Value(Value::None))
    }),
    ("remove", |vm, a, _| {
        let v = a.get(1).cloned().unwrap_or(Value::None);
        let r = with_set(&a, |d| d.remove(&v))
            .unwrap_or(Ok(None))
            .map_err(|u| vm.unhashable(u))?;
        if r.is_none() {
            return Err(vm.new_exception("KeyError", vec![v]));
        }
        Ok(Flow::Value(Value::None))
    }),
    ("discard", |vm, a, _| {
        let v = a.get(1).cloned().unwrap_or(Value::None);
        with_set(&a, |d| d.remove(&v))
            .unwrap_or(Ok(None))
            .map_err(|u| vm.unhashable(u))?;
        Ok(Flow::Value(Value::None))
    }),
    ("pop", |vm, a, _| {
        match with_set(&a, |d| d.set_pop()).flatten() {
            Some(k) => Ok(Flow::Value(k)),
            None => Err(vm.new_error("KeyError", "pop from an empty set")),
        }
    }),
    ("clear", |_, a, _| {
        with_set(&a, |d| d.clear());
        Ok(Flow::Value(Value::None))
    }),
    ("copy", |vm, a, _| {
        let copy = with_set(&a, |d| d.set_copy()).unwrap_or_else(Dict::new_set);
        Ok(Flow::Value(vm.new_obj(ObjData::Set(copy))))
    }),
    ("union", |vm, a, _| {
        set_binop(vm, a, crate::compiler::code::BinOp::Or)
    }),
    ("intersection", |vm, a, _| {
        set_binop(vm, a, crate::compiler::code::BinOp::And)
    }),
    ("difference", |vm, a, _| {
        set_binop(vm, a, crate::compiler::code::BinOp::Sub)
    }),
    ("symmetric_difference", |vm, a, _| {
        set_binop(vm, a, crate::compiler::code::BinOp::Xor)
    }),
    ("update", |vm, a, _| {
        for other in &a[1.min(a.len())..] {
            let items = vm.snapshot_items(other).transpose()?.unwrap_or_default();
            for v in items {
                let k = super::dict::hash_key(&v).map_err(|u| vm.unhashable(u))?;
                if let Some(Err(u)) = with_set(&a, |d| d.insert_checked(k, v, Value::None)) {
                    return Err(vm.unhashable(u));
                }
            }
        }
        Ok(Flow::Value(Value::None))
    }),
    ("issubset", |vm, a, _| {
        let mine = vm
            .snapshot_items(a.first().unwrap_or(&Value::None))
            .transpose()?
            .unwrap_or_default();
        let other = a.get(1).cloned().unwrap_or(Value::None);
        let mut r = true;
        for x in mine {
            if !vm.contains(&other, &x)? {
                r = false;
                break;
            }
        }
        Ok(Flow::Value(Value::Bool(r)))
    }),
    ("issuperset", |vm, a, _| {
        let me = a.first().cloned().unwrap_or(Value::None);
        let other = vm
            .snapshot_items(a.get(1).unwrap_or(&Value::None))
            .transpose()?
            .unwrap_or_default();
        let mut r = true;
        for x in other {
            if !vm.contains(&me, &x)? {
                r = false;
                break;
            }
        }
        Ok(Flow::Value(Value::Bool(r)))
    }),
    ("isdisjoint", |vm, a, _| {
        let me = a.first().cloned().unwrap_or(Value::None);
        let other = vm
            .snapshot_items(a.get(1).unwrap_or(&Value::None))
            .transpose()?
            .unwrap_or_default();
        let mut r = true;
        for x in other {
            if vm.contains(&me, &x)? {
                r = false;
                break;
            }
        }
        Ok(Flow::Value(Value::Bool(r)))
    }),
];

// ---- numbers --------------------------------------------------------------------------------

const INT_METHODS: &[(&str, BuiltinFn)] = &[
    ("to_bytes", super::int_bytes::int_to_bytes),
    ("bit_length", |_, a, _| {
        let b = a.first().and_then(Value::as_bigint).unwrap_or_default();
        Ok(Flow::Value(Value::Int(b.bits() as i64)))
    }),
    ("__format__", |vm, a, _| {
        let v = a.first().cloned().unwrap_or(Value::None);
        let spec = match a.get(1) {
            Some(Value::Str(s)) => s.clone(),
            _ => crate::pystr::PyStr::from(""),
        };
        let r = vm.format_plain(&v, &spec)?.unwrap_or_default();
        s(r)
    }),
];

const FLOAT_METHODS: &[(&str, BuiltinFn)] = &[("is_integer", |_, a, _| {
    let f = match a.first() {
        Some(Value::Float(f)) => *f,
        _ => 0.5,
    };
    Ok(Flow::Value(Value::Bool(f.is_finite() && f.fract() == 0.0)))
})];

// ---- generators -----------------------------------------------------------------------------

fn gen_obj(vm: &mut Vm, a: &[Value]) -> PyResult<Obj> {
    match a.first() {
        Some(Value::Obj(o)) if matches!(&*o.data(), ObjData::Generator(_)) => Ok(o.clone()),
        _ => Err(vm.type_error("descriptor requires a 'generator' object")),
    }
}

fn started(vm: &mut Vm, r: super::iterators::NextStarted) -> PyResult<Flow> {
    match r {
        super::iterators::NextStarted::Item(v) => Ok(Flow::Value(v)),
        super::iterators::NextStarted::Exhausted(v) => Err(vm.stop_iteration(v)),
        super::iterators::NextStarted::Pushed => Ok(Flow::Pushed),
    }
}

const GEN_METHODS: &[(&str, BuiltinFn)] = &[
    ("send", |vm, a, _| {
        let g = gen_obj(vm, &a)?;
        let v = a.get(1).cloned().ok_or_else(|| {
            vm.type_error("generator.send() takes exactly one argument (0 given)")
        })?;
        let r = vm.resume_generator(&g, super::iterators::Resume::Send(v), RetMode::Next)?;
        started(vm, r)
    }),
    ("__next__", |vm, a, _| {
        let g = gen_obj(vm, &a)?;
        let r = vm.resume_generator(
            &g,
            super::iterators::Resume::Send(Value::None),
            RetMode::Next,
        )?;
        started(vm, r)
    }),
    ("__iter__", |_, a, _| {
        Ok(Flow::Value(a.first().cloned().unwrap_or(Value::None)))
    }),
    ("throw", |vm, a, _| {
        let g = gen_obj(vm, &a)?;
        let exc = a.get(1).cloned().unwrap_or(Value::None);
        let exc = match a.get(2) {
            Some(v) if !matches!(v, Value::None) => v.clone(),
            _ => exc,
        };
        let err = vm.make_exception(exc)?;
        let r = vm.resume_generator(&g, super::iterators::Resume::Throw(err), RetMode::Next)?;
        started(vm, r)
    }),
    ("close", |vm, a, _| {
        let g = gen_obj(vm, &a)?;
        let state = vm.gen_state(&Value::Obj(g.clone()));
        if matches!(
            state,
            Some(super::object::GenState::Created) | Some(super::object::GenState::Closed)
        ) {
            vm.set_gen_state(&g, super::object::GenState::Closed, None);
            return Ok(Flow::Value(Value::None));
        }
        let exit = vm.new_exception("GeneratorExit", Vec::new());
        match vm.resume_generator(&g, super::iterators::Resume::Throw(exit), RetMode::Close) {
            Ok(super::iterators::NextStarted::Pushed) => Ok(Flow::Pushed),
            Ok(_) => Ok(Flow::Value(Value::None)),
            Err(e)
                if vm.is_instance_of(&e.0, "GeneratorExit")
                    || vm.is_instance_of(&e.0, "StopIteration") =>
            {
                Ok(Flow::Value(Value::None))
            }
            Err(e) => Err(e),
        }
    }),
];

/// Keep the TypeId import used in docs of this module.
pub fn is_builtin_type(id: TypeId) -> bool {
    !table(id).is_empty()
}
