//! `repr()`, `str()` and `format()` of values, with CPython's exact output. Builtin values are
//! rendered directly; user objects with `__repr__`/`__str__`/`__format__` are rendered by calling
//! them (through native frames, so they may do anything Python code can).

use super::native::{Chain, Flow};
use super::object::{GenState, ObjData};
use super::ops::OpResult;
use super::value::Value;
use super::{PyErr, PyResult, Vm};
use std::collections::VecDeque;
use std::rc::Rc;

/// A fake but stable address for an object id, in CPython's style: also what `id()` returns,
/// so `hex(id(x))` is the address in `x`'s repr, as in CPython.
pub fn address_value(id: u64) -> u64 {
    0x7f1a_2b00_0000u64.wrapping_add(id.wrapping_mul(0x30))
}

/// [`address_value`] as CPython prints it in reprs (`0x7f...`).
pub fn address(id: u64) -> String {
    format!("{:#x}", address_value(id))
}

impl Vm {
    /// Whether rendering `v` needs Python code (a user `__repr__` somewhere inside it).
    fn needs_python_repr(&self, v: &Value, depth: usize) -> bool {
        if depth > 50 {
            return false;
        }
        match v {
            Value::Obj(o) => match &*o.data() {
                ObjData::Instance(i) => {
                    if i.exc.is_some() {
                        return self.lookup_class_attr(&i.class, "__repr__").is_some();
                    }
                    self.lookup_class_attr(&i.class, "__repr__").is_some() || i.payload.is_some()
                }
                ObjData::List(items) | ObjData::Tuple(items) => {
                    items.iter().any(|x| self.needs_python_repr(x, depth + 1))
                }
                ObjData::Dict(d) => d.items().iter().any(|(k, x)| {
                    self.needs_python_repr(k, depth + 1) || self.needs_python_repr(x, depth + 1)
                }),
                ObjData::Set(d) | ObjData::FrozenSet(d) => d
                    .keys()
                    .iter()
                    .any(|x| self.needs_python_repr(x, depth + 1)),
                _ => false,
            },
            _ => false,
        }
    }

    /// `repr(v)` for values that need no Python code (user objects get the default repr).
    /// Nesting deeper than the recursion limit shows as `...` and sets [`Vm::deep_overflow`]
    /// (checked by `repr()`, `str()` and formatting, which raise RecursionError).
    pub fn repr_plain(&mut self, v: &Value) -> String {
        // A flag left by an earlier, unchecked repr must not cut this one short.
        self.deep_overflow = false;
        let mut seen = Vec::new();
        self.repr_inner(v, &mut seen)
    }

    fn repr_inner(&mut self, v: &Value, seen: &mut Vec<u64>) -> String {
        match v {
            Value::None => "None".into(),
            Value::Bool(true) => "True".into(),
            Value::Bool(false) => "False".into(),
            Value::Int(i) => i.to_string(),
            Value::Big(b) => b.to_string(),
            Value::Float(f) => crate::format::float_repr(*f),
            Value::Str(s) => crate::format::str_repr(s),
            Value::Obj(o) => {
                if !matches!(
                    &*o.data(),
                    ObjData::List(_)
                        | ObjData::Tuple(_)
                        | ObjData::Dict(_)
                        | ObjData::Set(_)
                        | ObjData::FrozenSet(_)
                        | ObjData::Instance(_)
                        | ObjData::BoundMethod { .. }
                        | ObjData::Slice { .. }
                ) {
                    return self.repr_obj(v, o, seen);
                }
                if seen.contains(&o.id()) {
                    return match &*o.data() {
                        ObjData::List(_) => "[...]".into(),
                        ObjData::Dict(_) => "{...}".into(),
                        _ => "...".into(),
                    };
                }
                if self.deep_overflow || !self.enter_nested() {
                    self.deep_overflow = true;
                    return "...".into();
                }
                seen.push(o.id());
                let out = match self.repr_container(o, seen) {
                    Some(out) => out,
                    None => self.repr_obj(v, o, seen),
                };
                seen.pop();
                self.leave_nested();
                out
            }
        }
    }

    /// The repr of a list, tuple, dict, set or frozenset (None for other objects). Kept apart
    /// from [`Vm::repr_obj`] with a small frame: nesting recurses through it, and nesting up to
    /// the recursion limit must fit in wasm's 1 MB stack.
    #[inline(never)]
    fn repr_container(&mut self, o: &super::value::Obj, seen: &mut Vec<u64>) -> Option<String> {
        let (items, pairs, open, close) = match &*o.data() {
            ObjData::List(items) => (items.clone(), false, "[", "]"),
            ObjData::Tuple(items) => (items.clone(), false, "(", ")"),
            ObjData::Dict(d) => {
                let mut flat = Vec::with_capacity(d.len() * 2);
                for (k, x) in d.items() {
                    flat.push(k);
                    flat.push(x);
                }
                (flat, true, "{", "}")
            }
            ObjData::Set(d) if !d.is_empty() => (d.keys(), false, "{", "}"),
            ObjData::FrozenSet(d) if !d.is_empty() => (d.keys(), false, "frozenset({", "})"),
            ObjData::Set(_) => return Some("set()".into()),
            ObjData::FrozenSet(_) => return Some("frozenset()".into()),
            _ => return None,
        };
        let mut out = String::from(open);
        for (i, x) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(if pairs && i % 2 == 1 { ": " } else { ", " });
            }
            let r = self.repr_inner(x, seen);
            out.push_str(&r);
        }
        if open == "(" && items.len() == 1 {
            out.push(',');
        }
        out.push_str(close);
        Some(out)
    }

    #[inline(never)]
    fn repr_obj(&mut self, v: &Value, o: &super::value::Obj, seen: &mut Vec<u64>) -> String {
        enum R {
            Seq(Vec<Value>, &'static str, &'static str),
            Tuple(Vec<Value>),
            Dict(Vec<(Value, Value)>),
            Set(Vec<Value>, bool),
            Text(String),
            Instance(Rc<str>, bool, Option<Value>),
        }
        let r = match &*o.data() {
            ObjData::List(items) => R::Seq(items.clone(), "[", "]"),
            ObjData::Tuple(items) => R::Tuple(items.clone()),
            ObjData::Dict(d) => R::Dict(d.items()),
            ObjData::Set(d) => R::Set(d.keys(), false),
            ObjData::FrozenSet(d) => R::Set(d.keys(), true),
            ObjData::Bytes(b) => R::Text(super::bytes::bytes_repr(b)),
            ObjData::ByteArray(b) => R::Text(super::bytes::bytearray_repr(b)),
            ObjData::Function(f) => {
                R::Text(format!("<function {} at {}>", f.qualname, address(o.id())))
            }
            ObjData::Builtin(b) => R::Text(format!("<built-in function {}>", b.name)),
            ObjData::BoundMethod { recv, func } => {
                let fname = match func {
                    Value::Obj(f) => match &*f.data() {
                        ObjData::Function(f) => f.qualname.to_string(),
                        ObjData::Builtin(b) => b.name.to_string(),
                        _ => "?".into(),
                    },
                    _ => "?".into(),
                };
                let recv = recv.clone();
                let is_builtin =
                    matches!(func, Value::Obj(f) if matches!(&*f.data(), ObjData::Builtin(_)));
                if is_builtin {
                    let t = self.type_name(&recv);
                    R::Text(format!(
                        "<built-in method {} of {t} object at {}>",
                        fname.rsplit('.').next().unwrap_or(&fname),
                        address(recv.as_obj().map(|x| x.id()).unwrap_or(0))
                    ))
                } else {
                    let r = self.repr_inner(&recv, seen);
                    R::Text(format!("<bound method {fname} of {r}>"))
                }
            }
            ObjData::Class(c) => {
                if &*c.module == "builtins" {
                    R::Text(format!("<class '{}'>", c.name))
                } else {
                    R::Text(format!("<class '{}.{}'>", c.module, c.qualname))
                }
            }
            ObjData::Instance(i) => {
                let cls = i.class.clone();
                let (name, module) = match &*cls.data() {
                    ObjData::Class(c) => (c.qualname.clone(), c.module.clone()),
                    _ => (Rc::from("?"), Rc::from("?")),
                };
                if i.exc.is_some() {
                    R::Instance(name, true, None)
                } else if let Some(p) = &i.payload {
                    R::Instance(name, false, Some(p.clone()))
                } else if &*module == "builtins" {
                    R::Text(format!("<{name} object at {}>", address(o.id())))
                } else {
                    R::Text(format!("<{module}.{name} object at {}>", address(o.id())))
                }
            }
            ObjData::Generator(g) => R::Text(format!(
                "<{} object {} at {}>",
                if g.coroutine {
                    "coroutine"
                } else {
                    "generator"
                },
                g.qualname,
                address(o.id())
            )),
            ObjData::Cell(_) => R::Text(format!("<cell at {}>", address(o.id()))),
            ObjData::Module(m) => R::Text(if &*m.name == "builtins" || m.name.starts_with("sys") {
                format!("<module '{}' (built-in)>", m.name)
            } else {
                format!("<module '{}'>", m.name)
            }),
            ObjData::Range { start, stop, step } => R::Text(if *step == 1 {
                format!("range({start}, {stop})")
            } else {
                format!("range({start}, {stop}, {step})")
            }),
            ObjData::Slice { start, stop, step } => {
                let (a, b, c) = (start.clone(), stop.clone(), step.clone());
                let (a, b, c) = (
                    self.repr_inner(&a, seen),
                    self.repr_inner(&b, seen),
                    self.repr_inner(&c, seen),
                );
                R::Text(format!("slice({a}, {b}, {c})"))
            }
            ObjData::Iter(state) => R::Text(format!(
                "<{} object at {}>",
                super::iterators::type_name(state),
                address(o.id())
            )),
            ObjData::Super { .. } => R::Text("<super object>".into()),
            ObjData::Descriptor(..) => R::Text(format!(
                "<{} object at {}>",
                self.type_name(v),
                address(o.id())
            )),
        };
        match r {
            R::Text(t) => t,
            R::Seq(items, open, close) => {
                let parts: Vec<String> = items.iter().map(|x| self.repr_inner(x, seen)).collect();
                format!("{open}{}{close}", parts.join(", "))
            }
            R::Tuple(items) => {
                let parts: Vec<String> = items.iter().map(|x| self.repr_inner(x, seen)).collect();
                if parts.len() == 1 {
                    format!("({},)", parts[0])
                } else {
                    format!("({})", parts.join(", "))
                }
            }
            R::Dict(items) => {
                let parts: Vec<String> = items
                    .iter()
                    .map(|(k, x)| {
                        format!("{}: {}", self.repr_inner(k, seen), self.repr_inner(x, seen))
                    })
                    .collect();
                format!("{{{}}}", parts.join(", "))
            }
            R::Set(items, frozen) => {
                let parts: Vec<String> = items.iter().map(|x| self.repr_inner(x, seen)).collect();
                match (frozen, parts.is_empty()) {
                    (false, true) => "set()".into(),
                    (true, true) => "frozenset()".into(),
                    (false, false) => format!("{{{}}}", parts.join(", ")),
                    (true, false) => format!("frozenset({{{}}})", parts.join(", ")),
                }
            }
            R::Instance(name, is_exc, payload) => {
                if is_exc {
                    let args = self.exc_args(v);
                    let inner: Vec<String> =
                        args.iter().map(|a| self.repr_inner(a, seen)).collect();
                    if inner.len() == 1 {
                        format!("{name}({})", inner[0])
                    } else {
                        format!("{name}({})", inner.join(", "))
                    }
                } else {
                    match payload {
                        Some(p) => self.repr_inner(&p, seen),
                        None => format!("<{name} object>"),
                    }
                }
            }
        }
    }

    /// `str(v)` for values that need no Python code.
    pub fn str_plain(&mut self, v: &Value) -> String {
        match v {
            Value::Str(s) => s.to_string(),
            Value::Obj(o) if matches!(&*o.data(), ObjData::Instance(i) if i.exc.is_some()) => {
                self.exception_message(v)
            }
            _ => self.repr_plain(v),
        }
    }

    /// `repr(v)` as a flow: direct for builtin values, a call for user `__repr__`.
    pub fn repr_flow(&mut self, v: Value) -> PyResult<Flow> {
        if let Value::Big(b) = &v {
            return match crate::format::int_to_decimal(b) {
                Ok(s) => Ok(Flow::Value(Value::Str(crate::pystr::PyStr::from(s)))),
                Err(e) => Err(self.new_error(e.kind.name(), &e.message)),
            };
        }
        if !self.needs_python_repr(&v, 0) {
            self.deep_overflow = false;
            let s = self.repr_plain(&v);
            self.take_deep_overflow("while getting the repr of an object")?;
            return Ok(Flow::Value(Value::Str(crate::pystr::PyStr::from(s))));
        }
        let cls = self.type_of(&v);
        let is_instance = matches!(&v, Value::Obj(o) if matches!(&*o.data(), ObjData::Instance(_)));
        if is_instance {
            if let Some(m) = self.lookup_class_attr(&cls, "__repr__") {
                return Ok(Flow::TailCall {
                    func: m,
                    args: vec![v],
                    kwargs: Vec::new(),
                });
            }
            if let Some(p) = self.payload_of(&v) {
                return self.repr_flow(p);
            }
        }
        // A container holding user objects: repr each item through Python, then assemble.
        let repr_fn = self.builtin_value("repr");
        let (items, shape) = container_shape(&v);
        let calls: VecDeque<(Value, Vec<Value>)> = items
            .iter()
            .map(|x| (repr_fn.clone(), vec![x.clone()]))
            .collect();
        Ok(Flow::Native(Box::new(Chain {
            calls,
            results: Vec::new(),
            finish: Box::new(move |_vm, parts| {
                let parts: Vec<String> = parts
                    .iter()
                    .map(|p| {
                        if let Value::Str(s) = p {
                            s.to_string()
                        } else {
                            String::new()
                        }
                    })
                    .collect();
                Ok(Value::Str(crate::pystr::PyStr::from(
                    shape.assemble(&parts),
                )))
            }),
            name: "repr",
        })))
    }

    /// `str(v)` as a flow.
    pub fn str_flow(&mut self, v: Value) -> PyResult<Flow> {
        if let Value::Str(_) = v {
            return Ok(Flow::Value(v));
        }
        let is_instance = matches!(&v, Value::Obj(o) if matches!(&*o.data(), ObjData::Instance(_)));
        if is_instance {
            let cls = self.type_of(&v);
            if let Some(m) = self.lookup_class_attr(&cls, "__str__") {
                return Ok(Flow::TailCall {
                    func: m,
                    args: vec![v],
                    kwargs: Vec::new(),
                });
            }
            if self.is_instance_of(&v, "BaseException") {
                self.deep_overflow = false;
                let s = self.exception_message(&v);
                self.take_deep_overflow("while getting the repr of an object")?;
                return Ok(Flow::Value(Value::Str(crate::pystr::PyStr::from(s))));
            }
        }
        self.repr_flow(v)
    }

    /// f-string / `format()` of a value with a conversion (0 none, 1 !s, 2 !r, 3 !a) and spec.
    pub fn format_value(&mut self, v: Value, conv: u8, spec: Option<Value>) -> PyResult<OpResult> {
        let spec = match spec {
            Some(Value::Str(s)) => s,
            _ => crate::pystr::PyStr::from(""),
        };
        let v = match conv {
            1..=3 => {
                let flow = if conv == 1 {
                    self.str_flow(v.clone())?
                } else {
                    self.repr_flow(v.clone())?
                };
                match flow {
                    Flow::Value(s) => s,
                    _ => {
                        // A user __str__/__repr__ must run first.
                        if !spec.is_empty() {
                            return Err(self.new_error("NotImplementedError", "not supported by Interleave yet: a format spec after !s/!r on an object with its own __str__/__repr__"));
                        }
                        let f = self.builtin_value(if conv == 1 { "str" } else { "repr" });
                        return Ok(OpResult::Call(f, vec![v]));
                    }
                }
            }
            _ => v,
        };
        let fmt = self.builtin_value("format");
        match self.format_plain(&v, &spec)? {
            Some(s) => Ok(OpResult::Value(Value::Str(crate::pystr::PyStr::from(s)))),
            None => Ok(OpResult::Call(fmt, vec![v, Value::Str(spec)])),
        }
    }

    /// `format(v, spec)` for builtin values; None when a user `__format__`/`__str__` must run.
    pub fn format_plain(&mut self, v: &Value, spec: &str) -> PyResult<Option<String>> {
        let r = match v {
            Value::Str(s) => crate::format::py_format_str(s, spec),
            Value::Bool(b) if spec.is_empty() => {
                Ok(if *b { "True".into() } else { "False".into() })
            }
            Value::Int(_) | Value::Big(_) | Value::Bool(_) => {
                let b = v.as_bigint().unwrap_or_default();
                crate::format::py_format_int(
                    &b,
                    spec,
                    if matches!(v, Value::Bool(_)) {
                        "bool"
                    } else {
                        "int"
                    },
                )
            }
            Value::Float(f) => crate::format::py_format_float(*f, spec),
            _ => {
                if self.needs_python_repr(v, 0)
                    || matches!(v, Value::Obj(o) if matches!(&*o.data(), ObjData::Instance(_)))
                {
                    return Ok(None);
                }
                if !spec.is_empty() {
                    let t = self.type_name(v);
                    return Err(self.type_error(&format!(
                        "unsupported format string passed to {t}.__format__"
                    )));
                }
                self.deep_overflow = false;
                let s = self.str_plain(v);
                self.take_deep_overflow("while getting the repr of an object")?;
                Ok(s)
            }
        };
        r.map(Some)
            .map_err(|e| self.new_error(e.kind.name(), &e.message))
    }

    /// The state name of a generator object.
    pub fn gen_state(&self, v: &Value) -> Option<GenState> {
        match v {
            Value::Obj(o) => match &*o.data() {
                ObjData::Generator(g) => Some(g.state),
                _ => None,
            },
            _ => None,
        }
    }
}

/// How to put a container's item reprs back together.
#[derive(Clone)]
enum Shape {
    List,
    Tuple,
    Dict,
    Set,
}

impl Shape {
    fn assemble(&self, parts: &[String]) -> String {
        match self {
            Shape::List => format!("[{}]", parts.join(", ")),
            Shape::Tuple => {
                if parts.len() == 1 {
                    format!("({},)", parts[0])
                } else {
                    format!("({})", parts.join(", "))
                }
            }
            Shape::Dict => {
                let pairs: Vec<String> = parts
                    .chunks(2)
                    .map(|p| {
                        format!(
                            "{}: {}",
                            p.first().cloned().unwrap_or_default(),
                            p.get(1).cloned().unwrap_or_default()
                        )
                    })
                    .collect();
                format!("{{{}}}", pairs.join(", "))
            }
            Shape::Set => {
                if parts.is_empty() {
                    "set()".into()
                } else {
                    format!("{{{}}}", parts.join(", "))
                }
            }
        }
    }
}

fn container_shape(v: &Value) -> (Vec<Value>, Shape) {
    match v {
        Value::Obj(o) => match &*o.data() {
            ObjData::List(items) => (items.clone(), Shape::List),
            ObjData::Tuple(items) => (items.clone(), Shape::Tuple),
            ObjData::Dict(d) => (
                d.items().into_iter().flat_map(|(k, v)| [k, v]).collect(),
                Shape::Dict,
            ),
            ObjData::Set(d) | ObjData::FrozenSet(d) => (d.keys(), Shape::Set),
            _ => (Vec::new(), Shape::List),
        },
        _ => (Vec::new(), Shape::List),
    }
}

/// `fmt % args`: printf-style formatting by the CPython-exact formatter in crate::format; the
/// VM supplies the arguments (str/repr of builtin values; user objects get their default repr).
pub fn percent(vm: &mut Vm, fmt: &str, args: &Value) -> PyResult<Value> {
    use crate::format::{PercentArg, PercentArgRef, PercentNeed, PercentOperand};
    struct Source<'v> {
        vm: &'v mut Vm,
        whole: Value,
        items: Vec<Value>,
        selected: Option<Value>,
        err: Option<PyErr>,
    }
    impl crate::format::PercentSource for Source<'_> {
        fn select_key(&mut self, key: &str) -> Result<(), crate::format::FmtError> {
            let r = self
                .vm
                .subscript(&self.whole, &Value::str(key))
                .and_then(|r| r.run_sync(self.vm));
            match r {
                Ok(v) => {
                    self.selected = Some(v);
                    Ok(())
                }
                Err(e) => {
                    // The mapping's own exception (KeyError('key'), or a __getitem__'s).
                    self.err = Some(e);
                    Err(crate::format::FmtError {
                        kind: crate::format::ErrorKind::KeyError,
                        message: crate::format::str_repr(key),
                    })
                }
            }
        }
        fn arg(
            &mut self,
            which: PercentArgRef,
            need: PercentNeed,
        ) -> Result<PercentArg, crate::format::FmtError> {
            let v = match which {
                PercentArgRef::Item(i) => self.items.get(i).cloned().unwrap_or(Value::None),
                PercentArgRef::Whole => self.selected.clone().unwrap_or_else(|| self.whole.clone()),
            };
            match &v {
                Value::Bool(_) | Value::Int(_) | Value::Big(_) => {
                    if matches!(
                        need,
                        PercentNeed::Str | PercentNeed::Repr | PercentNeed::Ascii
                    ) && matches!(v, Value::Bool(_))
                    {
                        return Ok(PercentArg::Str(self.vm.repr_plain(&v)));
                    }
                    crate::format::percent_arg_from_int(need, &v.as_bigint().unwrap_or_default())
                }
                Value::Float(f) => crate::format::percent_arg_from_float(need, *f),
                Value::Str(s) => crate::format::percent_arg_from_str(need, s),
                other
                    if matches!(
                        need,
                        PercentNeed::Str | PercentNeed::Repr | PercentNeed::Ascii
                    ) =>
                {
                    // Through the builtins, so user __str__/__repr__ run.
                    let f = self.vm.builtin_value(if matches!(need, PercentNeed::Str) {
                        "str"
                    } else {
                        "repr"
                    });
                    match self.vm.call_sync(f, vec![other.clone()]) {
                        Ok(Value::Str(text)) => {
                            Ok(PercentArg::Str(if matches!(need, PercentNeed::Ascii) {
                                crate::format::str_ascii(&text)
                            } else {
                                text.to_string()
                            }))
                        }
                        Ok(_) => Ok(PercentArg::Str(String::new())),
                        Err(e) => {
                            self.err = Some(e);
                            Err(crate::format::FmtError {
                                kind: crate::format::ErrorKind::TypeError,
                                message: String::new(),
                            })
                        }
                    }
                }
                other => {
                    let t = self.vm.type_name(other);
                    Err(need.type_error(&t))
                }
            }
        }
    }
    let (tuple_len, items, is_mapping) = match args {
        Value::Obj(o) => match &*o.data() {
            ObjData::Tuple(items) => (Some(items.len()), items.clone(), false),
            ObjData::Dict(_) | ObjData::List(_) => (None, Vec::new(), true),
            ObjData::Instance(inst) => match &inst.payload {
                Some(Value::Obj(p)) => match &*p.data() {
                    // A tuple subclass (namedtuple) supplies its items.
                    ObjData::Tuple(items) => (Some(items.len()), items.clone(), false),
                    _ => (None, Vec::new(), true),
                },
                _ => (None, Vec::new(), true),
            },
            _ => (None, Vec::new(), false),
        },
        _ => (None, Vec::new(), false),
    };
    // Any object with __getitem__ counts as a mapping (PyMapping_Check), a tuple subclass not.
    let is_mapping = is_mapping && {
        let cls = vm.type_of(args);
        let payload = vm.payload_of(args);
        match payload {
            Some(Value::Obj(p)) => match &*p.data() {
                ObjData::Dict(_) | ObjData::List(_) => true,
                ObjData::Tuple(_) => false,
                _ => vm.lookup_class_attr(&cls, "__getitem__").is_some(),
            },
            Some(_) => vm.lookup_class_attr(&cls, "__getitem__").is_some(),
            None => {
                !matches!(args, Value::Obj(o) if matches!(&*o.data(), ObjData::Instance(_)))
                    || vm.lookup_class_attr(&cls, "__getitem__").is_some()
            }
        }
    };
    let operand = PercentOperand {
        tuple_len,
        is_mapping,
    };
    let mut src = Source {
        vm,
        whole: args.clone(),
        items,
        selected: None,
        err: None,
    };
    let r = crate::format::percent_format(fmt, operand, &mut src);
    if let Some(e) = src.err.take() {
        return Err(e);
    }
    match r {
        Ok(s) => Ok(Value::Str(crate::pystr::PyStr::from(s))),
        Err(e) => Err(src.vm.new_error(e.kind.name(), &e.message)),
    }
}
