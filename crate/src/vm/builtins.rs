//! The builtin functions and constructors written in Rust (the rest are in `prelude.py`).

use super::call::Kwargs;
use super::dict::Dict;
use super::frame::RetMode;
use super::native::{Chain, Collect, Flow, Input, NativeFrame, Step};
use super::object::{Builtin, BuiltinFn, DescriptorKind, ObjData};
use super::types::{class_name, is_subclass, TypeId};
use super::value::{Obj, Value};
use super::{PyResult, Vm};
use crate::compiler::code::CodeKind;
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};
use std::collections::VecDeque;
use std::rc::Rc;

/// Make a builtin function value.
pub fn builtin(vm: &mut Vm, name: &str, f: BuiltinFn) -> Value {
    vm.new_obj(ObjData::Builtin(Builtin {
        name: Rc::from(name),
        f,
        bound: Value::None,
        method: false,
        owner: None,
    }))
}

/// Make a builtin that binds like a method when stored in a class (see [`Builtin::method`]).
pub fn builtin_method(vm: &mut Vm, name: &str, f: BuiltinFn) -> Value {
    vm.new_obj(ObjData::Builtin(Builtin {
        name: Rc::from(name),
        f,
        bound: Value::None,
        method: true,
        owner: None,
    }))
}

fn set(vm: &mut Vm, name: &str, v: Value) {
    if let ObjData::Module(m) = &mut *vm.builtins.data_mut() {
        m.dict.set_str(name, v);
    }
}

/// Fill the `builtins` namespace.
pub fn install(vm: &mut Vm) {
    let funcs: &[(&str, BuiltinFn)] = &[
        ("print", b_print),
        ("len", b_len),
        ("repr", b_repr),
        ("ascii", b_repr),
        ("isinstance", b_isinstance),
        ("issubclass", b_issubclass),
        ("hasattr", b_hasattr),
        ("getattr", b_getattr),
        ("setattr", b_setattr),
        ("delattr", b_delattr),
        ("id", b_id),
        ("hash", b_hash),
        ("abs", b_abs),
        ("chr", b_chr),
        ("ord", b_ord),
        ("hex", b_hex),
        ("bin", b_bin),
        ("oct", b_oct),
        ("divmod", b_divmod),
        ("pow", b_pow),
        ("round", b_round),
        ("callable", b_callable),
        ("iter", b_iter),
        ("next", b_next),
        ("input", b_input),
        ("format", b_format),
        ("max", |vm, a, kw| {
            super::extreme::min_max(vm, "max", crate::compiler::code::CmpOp::Gt, a, kw)
        }),
        ("min", |vm, a, kw| {
            super::extreme::min_max(vm, "min", crate::compiler::code::CmpOp::Lt, a, kw)
        }),
        ("__sort_values", b_sort_values),
        ("__sort_indices", b_sort_indices),
        ("__build_list", b_build_list),
        ("vars", b_vars),
        ("dir", b_dir),
        ("globals", b_globals),
        ("__set_payload", b_set_payload),
        ("__format_exception_chunks", b_format_exception_chunks),
    ];
    for (name, f) in funcs {
        let v = builtin(vm, name, *f);
        set(vm, name, v);
    }
    let classes = [
        ("object", TypeId::Object),
        ("type", TypeId::Type),
        ("int", TypeId::Int),
        ("bool", TypeId::Bool),
        ("float", TypeId::Float),
        ("str", TypeId::Str),
        ("list", TypeId::List),
        ("tuple", TypeId::Tuple),
        ("dict", TypeId::Dict),
        ("set", TypeId::Set),
        ("frozenset", TypeId::FrozenSet),
        ("bytes", TypeId::Bytes),
        ("bytearray", TypeId::ByteArray),
        ("range", TypeId::Range),
        ("slice", TypeId::Slice),
        ("super", TypeId::Super),
        ("staticmethod", TypeId::StaticMethod),
        ("classmethod", TypeId::ClassMethod),
        ("property", TypeId::Property),
    ];
    for (name, id) in classes {
        let c = vm.types.get(id);
        set(vm, name, Value::Obj(c));
    }
    let excs: Vec<(&str, Obj)> = vm
        .types
        .exceptions
        .iter()
        .map(|(k, v)| (*k, v.clone()))
        .collect();
    for (name, c) in excs {
        set(vm, name, Value::Obj(c));
    }
    let os_error = vm.types.exc("OSError");
    set(vm, "EnvironmentError", Value::Obj(os_error.clone()));
    set(vm, "IOError", Value::Obj(os_error));
    let ellipsis = vm.new_obj(ObjData::Tuple(Vec::new()));
    set(vm, "Ellipsis", ellipsis);
    let ni = vm.new_obj(ObjData::Tuple(Vec::new()));
    set(vm, "NotImplemented", ni);
    set(vm, "__name__", Value::str("builtins"));
}

fn arg(vm: &mut Vm, args: &[Value], i: usize, fname: &str) -> PyResult<Value> {
    match args.get(i) {
        Some(v) => Ok(v.clone()),
        None => Err(vm.type_error(&format!(
            "{fname}() takes at least {} argument{} ({} given)",
            i + 1,
            if i == 0 { "" } else { "s" },
            args.len()
        ))),
    }
}

/// `fname()` got exactly `n` arguments, or CPython's TypeError saying how many it did get.
pub(crate) fn exactly(vm: &mut Vm, args: &[Value], n: usize, fname: &str) -> PyResult<()> {
    if args.len() != n {
        let msg = if n == 1 {
            format!(
                "{fname}() takes exactly one argument ({} given)",
                args.len()
            )
        } else {
            format!("{fname} expected {n} arguments, got {}", args.len())
        };
        return Err(vm.type_error(&msg));
    }
    Ok(())
}

fn kwarg(kwargs: &Kwargs, name: &str) -> Option<Value> {
    kwargs
        .iter()
        .find(|(k, _)| &**k == name)
        .map(|(_, v)| v.clone())
}

fn value(v: Value) -> PyResult<Flow> {
    Ok(Flow::Value(v))
}

// ---- print -------------------------------------------------------------------------------

/// Where print() writes.
enum PrintTarget {
    Stdout,
    Stderr,
    /// Another object: its `write` method is called once per piece.
    File(Value),
}

struct PrintFrame {
    args: Vec<Value>,
    parts: Vec<String>,
    sep: String,
    end: String,
    target: PrintTarget,
    /// `flush=True` with a file object: call its `flush()` after the writes.
    flush: bool,
    pending: usize,
    /// Once every argument is converted: the file's `write` method (None for the console) and
    /// the pieces still to write (text, sep, text, ..., end), in order.
    writes: Option<(Value, std::collections::VecDeque<String>)>,
    /// The `flush()` call has been made.
    flushed: bool,
}

impl NativeFrame for PrintFrame {
    fn name(&self) -> &'static str {
        "print"
    }

    fn resume(&mut self, vm: &mut Vm, input: Input) -> PyResult<Step> {
        if let Some((write, pieces)) = &mut self.writes {
            if let Input::Error(e) = input {
                return Err(e);
            }
            if let Some(piece) = pieces.pop_front() {
                let console = match self.target {
                    PrintTarget::File(_) => {
                        return Ok(Step::Call {
                            func: write.clone(),
                            args: vec![Value::str(&piece)],
                            kwargs: Vec::new(),
                        })
                    }
                    PrintTarget::Stderr => vm.write_stderr(&piece),
                    PrintTarget::Stdout => vm.write_stdout(&piece),
                };
                console?;
                // Writing to the console is blocking I/O: the GIL is let go between pieces, so
                // another thread's output can land inside this line, as in CPython.
                if !pieces.is_empty() {
                    return Ok(Step::Release);
                }
                return Ok(Step::Return(Value::None));
            }
            if self.flush && !self.flushed {
                self.flushed = true;
                if let PrintTarget::File(f) = &self.target {
                    let f = f.clone();
                    let m = vm.get_attr_value(&f, "flush")?;
                    return Ok(Step::Call {
                        func: m,
                        args: Vec::new(),
                        kwargs: Vec::new(),
                    });
                }
            }
            return Ok(Step::Return(Value::None));
        }
        match input {
            Input::Start => {}
            Input::Value(Value::Str(s)) => {
                self.parts.push(s.to_string());
                self.pending += 1;
            }
            Input::Value(other) => {
                let t = vm.type_name(&other);
                return Err(vm.type_error(&format!("__str__ returned non-string (type {t})")));
            }
            Input::Error(e) => return Err(e),
            Input::Item(_) | Input::Woken { .. } => {}
        }
        while self.pending < self.args.len() {
            let a = self.args[self.pending].clone();
            match vm.str_flow(a.clone())? {
                Flow::Value(Value::Str(s)) => {
                    self.parts.push(s.to_string());
                    self.pending += 1;
                }
                _ => {
                    let f = vm.builtin_value("str");
                    return Ok(Step::Call {
                        func: f,
                        args: vec![a],
                        kwargs: Vec::new(),
                    });
                }
            }
        }
        // CPython writes the text, each separator and the end with separate write() calls.
        let write = match &self.target {
            PrintTarget::File(f) => {
                let f = f.clone();
                vm.get_attr_value(&f, "write")?
            }
            _ => Value::None,
        };
        let mut pieces = std::collections::VecDeque::new();
        for (i, p) in self.parts.drain(..).enumerate() {
            if i > 0 {
                pieces.push_back(self.sep.clone());
            }
            pieces.push_back(p);
        }
        pieces.push_back(self.end.clone());
        if !matches!(self.target, PrintTarget::File(_)) {
            // An empty write to the console shows nothing and is no switch point.
            pieces.retain(|p| !p.is_empty());
        }
        self.writes = Some((write, pieces));
        self.resume(vm, Input::Start)
    }
}

fn b_print(vm: &mut Vm, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Flow> {
    let mut sep = " ".to_string();
    let mut end = "\n".to_string();
    // Without file=, print() writes to whatever sys.stdout is now (a program may replace it).
    let current = vm
        .modules
        .get("sys")
        .and_then(|m| super::dict::obj_dict_get(m, "stdout"));
    let mut target = match current {
        Some(Value::None) | None => PrintTarget::Stdout,
        Some(f) => match super::modules::std_stream(vm, &f) {
            Some(true) => PrintTarget::Stderr,
            Some(false) => PrintTarget::Stdout,
            None => PrintTarget::File(f),
        },
    };
    let mut flush = false;
    for (k, v) in &kwargs {
        match (&**k, v) {
            ("sep", Value::Str(s)) => sep = s.to_string(),
            ("sep", Value::None) => {}
            ("end", Value::Str(s)) => end = s.to_string(),
            ("end", Value::None) => {}
            ("sep" | "end", other) => {
                let t = vm.type_name(other);
                return Err(vm.type_error(&format!("{k} must be None or a string, not {t}")));
            }
            ("file", Value::None) => {}
            ("file", f) => {
                target = match super::modules::std_stream(vm, f) {
                    Some(true) => PrintTarget::Stderr,
                    Some(false) => PrintTarget::Stdout,
                    None => PrintTarget::File(f.clone()),
                }
            }
            ("flush", f) => flush = vm.truthy(f)?,
            _ => {
                return Err(
                    vm.type_error(&format!("'{k}' is an invalid keyword argument for print()"))
                )
            }
        }
    }
    Ok(Flow::Native(Box::new(PrintFrame {
        args,
        parts: Vec::new(),
        sep,
        end,
        target,
        flush,
        pending: 0,
        writes: None,
        flushed: false,
    })))
}

// ---- simple builtins ---------------------------------------------------------------------

/// `len(x)`.
pub(crate) fn b_len(vm: &mut Vm, args: Vec<Value>, _kw: Kwargs) -> PyResult<Flow> {
    exactly(vm, &args, 1, "len")?;
    let v = &args[0];
    let n = match v {
        Value::Str(s) => Some(s.chars().count()),
        Value::Obj(o) => match &*o.data() {
            ObjData::List(i) | ObjData::Tuple(i) => Some(i.len()),
            ObjData::Bytes(b) | ObjData::ByteArray(b) => Some(b.len()),
            ObjData::Dict(d) | ObjData::Set(d) | ObjData::FrozenSet(d) => Some(d.len()),
            ObjData::Range { start, stop, step } => {
                Some(super::iterators::range_len(*start, *stop, *step) as usize)
            }
            _ => None,
        },
        _ => None,
    };
    if let Some(n) = n {
        return value(Value::Int(n as i64));
    }
    let cls = vm.type_of(v);
    if let Some(m) = vm.lookup_class_attr(&cls, "__len__") {
        return Ok(Flow::TailCall {
            func: m,
            args: vec![v.clone()],
            kwargs: Vec::new(),
        });
    }
    if let Some(p) = vm.payload_of(v) {
        return b_len(vm, vec![p], Vec::new());
    }
    let t = vm.type_name(v);
    Err(vm.type_error(&format!("object of type '{t}' has no len()")))
}

fn b_repr(vm: &mut Vm, args: Vec<Value>, _kw: Kwargs) -> PyResult<Flow> {
    exactly(vm, &args, 1, "repr")?;
    let v = args.into_iter().next().unwrap_or(Value::None);
    vm.repr_flow(v)
}

/// isinstance's class check (a class or a tuple of classes).
pub fn isinstance(vm: &mut Vm, v: &Value, spec: &Value) -> PyResult<bool> {
    let cls = vm.type_of(v);
    class_matches(vm, &cls, spec, "isinstance")
}

fn class_matches(vm: &mut Vm, cls: &Obj, spec: &Value, fname: &str) -> PyResult<bool> {
    match spec {
        Value::Obj(o) => {
            let items = match &*o.data() {
                ObjData::Class(_) => None,
                ObjData::Tuple(items) => Some(items.clone()),
                _ => {
                    return Err(vm.type_error(&format!(
                        "{fname}() arg 2 must be a type, a tuple of types, or a union"
                    )));
                }
            };
            match items {
                None => {
                    // bool is a subclass of int; ints are not bools.
                    Ok(is_subclass(cls, o))
                }
                Some(items) => {
                    for it in items {
                        if class_matches(vm, cls, &it, fname)? {
                            return Ok(true);
                        }
                    }
                    Ok(false)
                }
            }
        }
        _ => Err(vm.type_error(&format!(
            "{fname}() arg 2 must be a type, a tuple of types, or a union"
        ))),
    }
}

fn b_isinstance(vm: &mut Vm, args: Vec<Value>, _kw: Kwargs) -> PyResult<Flow> {
    exactly(vm, &args, 2, "isinstance")?;
    let r = isinstance(vm, &args[0], &args[1])?;
    value(Value::Bool(r))
}

fn b_issubclass(vm: &mut Vm, args: Vec<Value>, _kw: Kwargs) -> PyResult<Flow> {
    exactly(vm, &args, 2, "issubclass")?;
    let Value::Obj(c) = &args[0] else {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    };
    if !matches!(&*c.data(), ObjData::Class(_)) {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    }
    let r = class_matches(vm, c, &args[1], "issubclass")?;
    value(Value::Bool(r))
}

fn attr_name(vm: &mut Vm, v: &Value, fname: &str) -> PyResult<crate::pystr::PyStr> {
    match v {
        Value::Str(s) => Ok(s.clone()),
        other => {
            let t = vm.type_name(other);
            Err(vm.type_error(&format!(
                "{fname}(): attribute name must be string, not '{t}'"
            )))
        }
    }
}

fn b_hasattr(vm: &mut Vm, args: Vec<Value>, _kw: Kwargs) -> PyResult<Flow> {
    exactly(vm, &args, 2, "hasattr")?;
    let name = attr_name(vm, &args[1], "hasattr")?;
    match vm.get_attr(&args[0], &name) {
        Ok(super::attrs::Attr::Call(func, args)) => Ok(Flow::Native(Box::new(AttrOrMissing {
            call: Some((func, args)),
            missing: Value::Bool(false),
            found: Some(Value::Bool(true)),
        }))),
        Ok(_) => value(Value::Bool(true)),
        Err(e) if vm.is_instance_of(&e.0, "AttributeError") => value(Value::Bool(false)),
        Err(e) => Err(e),
    }
}

/// `hasattr` / `getattr(obj, name, default)` on an attribute that needs a Python call
/// (`__getattr__`, a property): an AttributeError from the call means "missing".
struct AttrOrMissing {
    call: Option<(Value, Vec<Value>)>,
    /// The answer when the attribute is missing.
    missing: Value,
    /// The answer when it exists (`None`: the attribute's value).
    found: Option<Value>,
}

impl super::native::NativeFrame for AttrOrMissing {
    fn name(&self) -> &'static str {
        "getattr"
    }

    fn resume(
        &mut self,
        vm: &mut Vm,
        input: super::native::Input,
    ) -> PyResult<super::native::Step> {
        use super::native::{Input, Step};
        match input {
            Input::Start => match self.call.take() {
                Some((func, args)) => Ok(Step::Call {
                    func,
                    args,
                    kwargs: Vec::new(),
                }),
                None => Err(vm.runtime_error("internal: getattr restarted")),
            },
            Input::Value(v) => Ok(Step::Return(self.found.clone().unwrap_or(v))),
            Input::Error(e) if vm.is_instance_of(&e.0, "AttributeError") => {
                Ok(Step::Return(self.missing.clone()))
            }
            Input::Error(e) => Err(e),
            _ => Err(vm.runtime_error("internal: unexpected input to getattr")),
        }
    }
}

pub(crate) fn b_getattr(vm: &mut Vm, args: Vec<Value>, _kw: Kwargs) -> PyResult<Flow> {
    if args.len() < 2 || args.len() > 3 {
        return Err(vm.type_error(&format!(
            "getattr expected 2 or 3 arguments, got {}",
            args.len()
        )));
    }
    let name = attr_name(vm, &args[1], "getattr")?;
    match vm.get_attr(&args[0], &name) {
        Ok(super::attrs::Attr::Value(v)) => {
            if let (true, Value::Obj(o)) = (vm.races.is_some(), &args[0]) {
                if matches!(&*o.data(), ObjData::Instance(_)) {
                    vm.note_read(super::race_hooks::Place::Attr(o, &name));
                }
            }
            value(v)
        }
        Ok(super::attrs::Attr::Call(f, a)) if args.len() == 3 => {
            Ok(Flow::Native(Box::new(AttrOrMissing {
                call: Some((f, a)),
                missing: args[2].clone(),
                found: None,
            })))
        }
        Ok(super::attrs::Attr::Call(f, a)) => Ok(Flow::TailCall {
            func: f,
            args: a,
            kwargs: Vec::new(),
        }),
        Err(e) if args.len() == 3 && vm.is_instance_of(&e.0, "AttributeError") => {
            value(args[2].clone())
        }
        Err(e) => Err(e),
    }
}

pub(crate) fn b_setattr(vm: &mut Vm, args: Vec<Value>, _kw: Kwargs) -> PyResult<Flow> {
    exactly(vm, &args, 3, "setattr")?;
    let name = attr_name(vm, &args[1], "setattr")?;
    if let (true, Value::Obj(o)) = (vm.races.is_some(), &args[0]) {
        if matches!(&*o.data(), ObjData::Instance(_)) {
            vm.note_write(super::race_hooks::Place::Attr(o, &name), &args[2]);
        }
    }
    if let Some((func, args)) = vm.store_call(&args[0], &name, &args[2]) {
        return Ok(Flow::TailCall {
            func,
            args,
            kwargs: Vec::new(),
        });
    }
    vm.set_attr(&args[0], &name, args[2].clone())?;
    value(Value::None)
}

fn b_delattr(vm: &mut Vm, args: Vec<Value>, _kw: Kwargs) -> PyResult<Flow> {
    exactly(vm, &args, 2, "delattr")?;
    let name = attr_name(vm, &args[1], "delattr")?;
    if let Some((func, args)) = vm.delete_call(&args[0], &name) {
        return Ok(Flow::TailCall {
            func,
            args,
            kwargs: Vec::new(),
        });
    }
    vm.del_attr(&args[0], &name)?;
    value(Value::None)
}

fn b_id(vm: &mut Vm, args: Vec<Value>, _kw: Kwargs) -> PyResult<Flow> {
    exactly(vm, &args, 1, "id")?;
    let id = match &args[0] {
        Value::Obj(o) => super::repr::address_value(o.id()),
        Value::None => 9_000_000,
        Value::Bool(b) => 9_000_100 + u64::from(*b) * 32,
        Value::Int(i) => 9_100_000u64.wrapping_add((*i as u64).wrapping_mul(32)),
        other => {
            let s = vm.repr_plain(other);
            9_200_000 + s.len() as u64 * 48
        }
    };
    value(Value::Int(id as i64))
}

fn b_hash(vm: &mut Vm, args: Vec<Value>, _kw: Kwargs) -> PyResult<Flow> {
    exactly(vm, &args, 1, "hash")?;
    let h = py_hash(vm, &args[0])?;
    value(Value::Int(h))
}

/// `hash(v)` as CPython 3.11 computes it for ints, floats, tuples and builtin-subclass
/// instances; user classes' `__hash__` is called; other objects hash by identity.
pub fn py_hash(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    Ok(match v {
        Value::Int(i) => python_int_hash(&BigInt::from(*i)),
        Value::Bool(b) => i64::from(*b),
        Value::Big(b) => python_int_hash(b),
        Value::Float(f) => python_float_hash(*f),
        Value::Str(s) => super::dict::str_hash(s),
        Value::None => 0x1_0000_0000,
        Value::Obj(o) => {
            let items = match &*o.data() {
                ObjData::Tuple(items) => Some(items.clone()),
                _ => None,
            };
            if let Some(items) = items {
                return super::dict::nested_tuple_hash(items, &mut |x| py_hash(vm, x));
            }
            if let Some(p) = vm.payload_of(v) {
                if !vm.enter_nested() {
                    return Err(vm.new_error(
                        "RecursionError",
                        "maximum recursion depth exceeded while calling a Python object",
                    ));
                }
                let r = py_hash(vm, &p);
                vm.leave_nested();
                return r;
            }
            let is_inst = matches!(&*o.data(), ObjData::Instance(_));
            if is_inst {
                let cls = vm.type_of(v);
                if let Some(m) = vm.lookup_class_attr(&cls, "__hash__") {
                    if matches!(m, Value::None) {
                        let t = vm.type_name(v);
                        return Err(vm.type_error(&format!("unhashable type: '{t}'")));
                    }
                    let r = vm.call_sync(m, vec![v.clone()])?;
                    return match r.as_bigint() {
                        Some(b) => Ok(python_int_hash(&b)),
                        None => Err(vm.type_error("__hash__ method should return an integer")),
                    };
                }
            }
            super::dict::hash_key(v).map_err(|u| vm.unhashable(u))?;
            super::dict::builtin_hash(v)
        }
    })
}

/// CPython 3.11's tuple hash (xxHash-style) over the items' hashes.
pub(crate) fn tuple_hash(hashes: impl ExactSizeIterator<Item = i64>) -> i64 {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let len = hashes.len() as u64;
    let mut acc: u64 = P5;
    for lane in hashes {
        acc = acc.wrapping_add((lane as u64).wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add(len ^ (P5 ^ 3527539));
    if acc == u64::MAX {
        return 1546275796;
    }
    acc as i64
}

/// CPython's `_Py_HashDouble` (for finite floats; infinities hash to +-314159).
pub(crate) fn python_float_hash(v: f64) -> i64 {
    const BITS: u32 = 61;
    const MODULUS: u64 = (1u64 << BITS) - 1;
    if v.is_nan() {
        return 0;
    }
    if v.is_infinite() {
        return if v > 0.0 { 314159 } else { -314159 };
    }
    if v == 0.0 {
        return 0;
    }
    // frexp: v = m * 2**e with 0.5 <= |m| < 1.
    let bits = v.abs().to_bits();
    let raw_exp = ((bits >> 52) & 0x7ff) as i32;
    let (mut m, mut e) = if raw_exp == 0 {
        // Subnormal: scale up first.
        let scaled = v.abs() * f64::from_bits(0x4350_0000_0000_0000); // 2**54
        let b2 = scaled.to_bits();
        let ex = ((b2 >> 52) & 0x7ff) as i32;
        (
            f64::from_bits((b2 & !(0x7ffu64 << 52)) | (1022u64 << 52)),
            ex - 1022 - 54,
        )
    } else {
        (
            f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52)),
            raw_exp - 1022,
        )
    };
    let sign: i64 = if v < 0.0 { -1 } else { 1 };
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS) | (x >> (BITS - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let e = if e >= 0 {
        (e as u32) % BITS
    } else {
        BITS - 1 - (((-1 - e) as u32) % BITS)
    };
    x = ((x << e) & MODULUS) | (x >> (BITS - e));
    let r = (x as i64) * sign;
    if r == -1 {
        -2
    } else {
        r
    }
}

/// CPython's hash of an int: reduction modulo 2**61 - 1, with -1 mapped to -2.
pub(crate) fn python_int_hash(b: &BigInt) -> i64 {
    let m = BigInt::from((1u64 << 61) - 1);
    let mut r = (b.abs() % &m).to_i64().unwrap_or(0);
    if b.is_negative() {
        r = -r;
    }
    if r == -1 {
        -2
    } else {
        r
    }
}

fn b_abs(vm: &mut Vm, args: Vec<Value>, _kw: Kwargs) -> PyResult<Flow> {
    exactly(vm, &args, 1, "abs")?;
    let v = &args[0];
    match v {
        Value::Int(_) | Value::Big(_) | Value::Bool(_) => {
            value(Value::from_big(v.as_bigint().unwrap_or_default().abs()))
        }
        Value::Float(f) => value(Value::Float(f.abs())),
        _ => {
            let cls = vm.type_of(v);
            if let Some(m) = vm.lookup_class_attr(&cls, "__abs__") {
                return Ok(Flow::TailCall {
                    func: m,
                    args: vec![v.clone()],
                    kwargs: Vec::new(),
                });
            }
            let t = vm.type_name(v);
            Err(vm.type_error(&format!("bad operand type for abs(): '{t}'")))
        }
    }
}

fn b_chr(vm: &mut Vm, args: Vec<Value>, _kw: Kwargs) -> PyResult<Flow> {
    exactly(vm, &args, 1, "chr")?;
    let Some(i) = args[0].as_i64() else {
        let t = vm.type_name(&args[0]);
        return Err(vm.type_error(&format!("'{t}' object cannot be interpreted as an integer")));
    };
    match u32::try_from(i).ok().and_then(char::from_u32) {
        Some(c) => value(Value::Str(crate::pystr::PyStr::from(c.to_string()))),
        None => Err(vm.new_error("ValueError", "chr() arg not in range(0x110000)")),
    }
}

fn b_ord(vm: &mut Vm, args: Vec<Value>, _kw: Kwargs) -> PyResult<Flow> {
    exactly(vm, &args, 1, "ord")?;
    match &args[0] {
        Value::Str(s) => {
            let mut it = s.chars();
            match (it.next(), it.next()) {
                (Some(c), None) => value(Value::Int(c as i64)),
                _ => Err(vm.type_error(&format!(
                    "ord() expected a character, but string of length {} found",
                    s.chars().count()
                ))),
            }
        }
        other if super::bytes::is_bytes_like(other) => {
            let data = super::bytes::bytes_of(other).unwrap_or_default();
            match data.as_slice() {
                [b] => value(Value::Int(i64::from(*b))),
                _ => Err(vm.type_error(&format!(
                    "ord() expected a character, but string of length {} found",
                    data.len()
                ))),
            }
        }
        other => {
            let t = vm.type_name(other);
            Err(vm.type_error(&format!("ord() expected string of length 1, but {t} found")))
        }
    }
}

fn radix(vm: &mut Vm, args: Vec<Value>, fname: &str, base: u32) -> PyResult<Flow> {
    exactly(vm, &args, 1, fname)?;
    let Some(b) = args[0].as_bigint() else {
        let t = vm.type_name(&args[0]);
        return Err(vm.type_error(&format!("'{t}' object cannot be interpreted as an integer")));
    };
    let s = crate::format::int_to_base(&b, base, true);
    value(Value::Str(crate::pystr::PyStr::from(s)))
}

fn b_hex(vm: &mut Vm, args: Vec<Value>, _kw: Kwargs) -> PyResult<Flow> {
    radix(vm, args, "hex", 16)
}

fn b_bin(vm: &mut Vm, args: Vec<Value>, _kw: Kwargs) -> PyResult<Flow> {
    radix(vm, args, "bin", 2)
}

fn b_oct(vm: &mut Vm, args: Vec<Value>, _kw: Kwargs) -> PyResult<Flow> {
    radix(vm, args, "oct", 8)
}

fn b_divmod(vm: &mut Vm, args: Vec<Value>, _kw: Kwargs) -> PyResult<Flow> {
    exactly(vm, &args, 2, "divmod")?;
    let is_num = |v: &Value| {
        matches!(
            v,
            Value::Int(_) | Value::Big(_) | Value::Bool(_) | Value::Float(_)
        )
    };
    let any_float = matches!(args[0], Value::Float(_)) || matches!(args[1], Value::Float(_));
    let zero = match &args[1] {
        Value::Float(f) => *f == 0.0,
        Value::Int(0) | Value::Bool(false) => true,
        _ => false,
    };
    if any_float && zero && is_num(&args[0]) {
        return Err(vm.new_error("ZeroDivisionError", "float divmod()"));
    }
    let q = vm.binary(
        crate::compiler::code::BinOp::FloorDiv,
        &args[0],
        &args[1],
        false,
    )?;
    let r = vm.binary(crate::compiler::code::BinOp::Mod, &args[0], &args[1], false)?;
    match (q, r) {
        (super::ops::OpResult::Value(q), super::ops::OpResult::Value(r)) => {
            value(vm.new_tuple(vec![q, r]))
        }
        _ => Err(vm.new_error(
            "NotImplementedError",
            "not supported by Interleave yet: divmod() of objects with their own operators",
        )),
    }
}

fn b_pow(vm: &mut Vm, args: Vec<Value>, _kw: Kwargs) -> PyResult<Flow> {
    match args.len() {
        2 => Ok(vm
            .binary(crate::compiler::code::BinOp::Pow, &args[0], &args[1], false)?
            .into_flow()),
        3 => {
            let (Some(b), Some(e), Some(m)) = (
                args[0].as_bigint(),
                args[1].as_bigint(),
                args[2].as_bigint(),
            ) else {
                return Err(vm.type_error(
                    "pow() 3rd argument not allowed unless all arguments are integers",
                ));
            };
            if m.is_zero() {
                return Err(vm.new_error("ValueError", "pow() 3rd argument cannot be 0"));
            }
            let (b, e) = if e.is_negative() {
                // A negative exponent uses the modular inverse of the base (Python 3.8+).
                use num_integer::Integer;
                let am = m.abs();
                let bb = b.mod_floor(&am);
                let g = bb.extended_gcd(&am);
                if g.gcd != BigInt::from(1) {
                    return Err(
                        vm.new_error("ValueError", "base is not invertible for the given modulus")
                    );
                }
                (g.x.mod_floor(&am), -e)
            } else {
                (b, e)
            };
            let r = b.modpow(&e, &m);
            let r = if !r.is_zero() && (r.is_negative() != m.is_negative()) {
                r + &m
            } else {
                r
            };
            value(Value::from_big(r))
        }
        n => Err(vm.type_error(&format!("pow expected 2 arguments, got {n}"))),
    }
}

fn b_round(vm: &mut Vm, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Flow> {
    let x = arg(vm, &args, 0, "round")?;
    let nd = args
        .get(1)
        .cloned()
        .or_else(|| kwarg(&kwargs, "ndigits"))
        .unwrap_or(Value::None);
    let fe = |vm: &mut Vm, e: crate::format::FmtError| vm.new_error(e.kind.name(), &e.message);
    match (&x, &nd) {
        (Value::Float(f), Value::None) => {
            let r = crate::format::round_float_to_int(*f).map_err(|e| fe(vm, e))?;
            value(Value::from_big(r))
        }
        (Value::Float(f), n) => {
            let n = n.as_i64().unwrap_or(0);
            let r = crate::format::round_float(*f, n).map_err(|e| fe(vm, e))?;
            value(Value::Float(r))
        }
        (v, Value::None) if v.as_bigint().is_some() => {
            value(Value::from_big(v.as_bigint().unwrap_or_default()))
        }
        (v, n) if v.as_bigint().is_some() => {
            let r = crate::format::round_int(
                &v.as_bigint().unwrap_or_default(),
                n.as_i64().unwrap_or(0),
            );
            value(Value::from_big(r))
        }
        _ => {
            let cls = vm.type_of(&x);
            if let Some(m) = vm.lookup_class_attr(&cls, "__round__") {
                return Ok(Flow::TailCall {
                    func: m,
                    args: vec![x.clone()],
                    kwargs: Vec::new(),
                });
            }
            let t = vm.type_name(&x);
            Err(vm.type_error(&format!("type {t} doesn't define __round__ method")))
        }
    }
}

fn b_callable(vm: &mut Vm, args: Vec<Value>, _kw: Kwargs) -> PyResult<Flow> {
    exactly(vm, &args, 1, "callable")?;
    let r = match &args[0] {
        Value::Obj(o) => match &*o.data() {
            ObjData::Function(_)
            | ObjData::Builtin(_)
            | ObjData::BoundMethod { .. }
            | ObjData::Class(_) => true,
            ObjData::Instance(i) => vm.lookup_class_attr(&i.class, "__call__").is_some(),
            _ => false,
        },
        _ => false,
    };
    value(Value::Bool(r))
}

fn b_iter(vm: &mut Vm, args: Vec<Value>, _kw: Kwargs) -> PyResult<Flow> {
    match args.len() {
        1 => {
            let it = vm.get_iter(&args[0])?;
            value(it)
        }
        2 => {
            let it = vm.new_obj(ObjData::Iter(super::object::IterState::Callable {
                func: args[0].clone(),
                sentinel: args[1].clone(),
                done: false,
            }));
            value(it)
        }
        n => Err(vm.type_error(&format!("iter expected at most 2 arguments, got {n}"))),
    }
}

struct NextFrame {
    default: Option<Value>,
}

impl NativeFrame for NextFrame {
    fn name(&self) -> &'static str {
        "next"
    }
    fn resume(&mut self, _vm: &mut Vm, input: Input) -> PyResult<Step> {
        match input {
            Input::Item(Some(v)) | Input::Value(v) => Ok(Step::Return(v)),
            Input::Item(None) => match self.default.take() {
                Some(d) => Ok(Step::Return(d)),
                None => Ok(Step::Return(Value::None)),
            },
            Input::Error(e) => Err(e),
            Input::Start | Input::Woken { .. } => Ok(Step::Return(Value::None)),
        }
    }
}

fn b_next(vm: &mut Vm, args: Vec<Value>, _kw: Kwargs) -> PyResult<Flow> {
    if args.is_empty() || args.len() > 2 {
        return Err(vm.type_error(&format!(
            "next expected at least 1 argument, got {}",
            args.len()
        )));
    }
    let it = args[0].clone();
    let default = args.get(1).cloned();
    let is_iter = match &it {
        Value::Obj(o) => {
            matches!(&*o.data(), ObjData::Iter(_) | ObjData::Generator(_))
                || vm.lookup_class_attr(&vm.type_of(&it), "__next__").is_some()
        }
        _ => false,
    };
    if !is_iter {
        let t = vm.type_name(&it);
        return Err(vm.type_error(&format!("'{t}' object is not an iterator")));
    }
    match default {
        None => match vm.start_next(&it, RetMode::Next)? {
            super::iterators::NextStarted::Item(v) => value(v),
            super::iterators::NextStarted::Exhausted(r) => Err(vm.stop_iteration(r)),
            super::iterators::NextStarted::Pushed => Ok(Flow::Pushed),
        },
        Some(d) => Ok(Flow::Native(Box::new(NextStepDefault {
            it: Some(it),
            inner: NextFrame { default: Some(d) },
        }))),
    }
}

struct NextStepDefault {
    it: Option<Value>,
    inner: NextFrame,
}

impl NativeFrame for NextStepDefault {
    fn name(&self) -> &'static str {
        "next"
    }
    fn resume(&mut self, vm: &mut Vm, input: Input) -> PyResult<Step> {
        match input {
            Input::Start => Ok(Step::Next(self.it.take().unwrap_or(Value::None))),
            other => self.inner.resume(vm, other),
        }
    }
}

fn b_input(vm: &mut Vm, args: Vec<Value>, _kw: Kwargs) -> PyResult<Flow> {
    if let Some(p) = args.first() {
        let s = vm.str_plain(p);
        vm.write_stdout(&s)?;
    }
    match vm.read_line() {
        Some(mut line) => {
            if line.ends_with('\n') {
                line.pop();
            }
            value(Value::Str(crate::pystr::PyStr::from(line)))
        }
        None => Err(vm.new_error("EOFError", "EOF when reading a line")),
    }
}

fn b_format(vm: &mut Vm, args: Vec<Value>, _kw: Kwargs) -> PyResult<Flow> {
    let v = arg(vm, &args, 0, "format")?;
    let spec = match args.get(1) {
        Some(Value::Str(s)) => s.clone(),
        Some(other) => {
            let t = vm.type_name(other);
            return Err(vm.type_error(&format!("format() argument 2 must be str, not {t}")));
        }
        None => crate::pystr::PyStr::from(""),
    };
    if let Some(s) = vm.format_plain(&v, &spec)? {
        return value(Value::Str(crate::pystr::PyStr::from(s)));
    }
    let cls = vm.type_of(&v);
    if let Some(m) = vm.lookup_class_attr(&cls, "__format__") {
        return Ok(Flow::TailCall {
            func: m,
            args: vec![v, Value::Str(spec)],
            kwargs: Vec::new(),
        });
    }
    if !spec.is_empty() {
        let t = vm.type_name(&v);
        return Err(vm.type_error(&format!(
            "unsupported format string passed to {t}.__format__"
        )));
    }
    vm.str_flow(v)
}

fn b_vars(vm: &mut Vm, args: Vec<Value>, _kw: Kwargs) -> PyResult<Flow> {
    let v = arg(vm, &args, 0, "vars")?;
    let r = vm.get_attr_value(&v, "__dict__")?;
    value(r)
}

fn b_dir(vm: &mut Vm, args: Vec<Value>, _kw: Kwargs) -> PyResult<Flow> {
    if args.is_empty() {
        // `dir()`: the names of the current scope, sorted.
        let mut names: Vec<String> = match vm.frames.last() {
            Some(super::frame::Activation::Py(f))
                if matches!(
                    f.code.kind,
                    CodeKind::Function | CodeKind::Generator | CodeKind::Coroutine
                ) =>
            {
                f.code
                    .varnames
                    .iter()
                    .zip(f.fast.iter())
                    .filter(|(_, v)| v.is_some())
                    .map(|(n, _)| n.to_string())
                    .collect()
            }
            Some(super::frame::Activation::Py(f)) => {
                let ns = f.namespace.clone().unwrap_or_else(|| f.globals.clone());
                let keys = match &*ns.data() {
                    ObjData::Module(m) => m.dict.keys(),
                    ObjData::Class(c) => c.dict.keys(),
                    ObjData::Dict(d) => d.keys(),
                    _ => Vec::new(),
                };
                keys.iter()
                    .filter_map(|k| match k {
                        Value::Str(s) => Some(s.to_string()),
                        _ => None,
                    })
                    .collect()
            }
            _ => Vec::new(),
        };
        names.sort();
        let items = names.iter().map(|n| Value::str(n)).collect();
        return value(vm.new_list(items));
    }
    let v = arg(vm, &args, 0, "dir")?;
    // A builtin type's value (or the type itself): CPython's own list for that type.
    let builtin_type = match &v {
        Value::Obj(o) => match &*o.data() {
            ObjData::Instance(_) | ObjData::Module(_) => None,
            ObjData::Class(c) => Some(c.name.to_string()),
            _ => Some(vm.type_name(&v).to_string()),
        },
        _ => Some(vm.type_name(&v).to_string()),
    };
    if let Some(names) = builtin_type.as_deref().and_then(is_builtin_class(vm, &v)) {
        let items = names.map(Value::str).collect();
        return value(vm.new_list(items));
    }
    let mut names: Vec<String> = Vec::new();
    if let Value::Obj(o) = &v {
        // A module's dir() is its namespace, nothing more.
        if let ObjData::Module(m) = &*o.data() {
            let mut names: Vec<String> = m
                .dict
                .keys()
                .iter()
                .filter_map(|k| match k {
                    Value::Str(s) => Some(s.to_string()),
                    _ => None,
                })
                .collect();
            names.sort();
            let items = names.iter().map(|n| Value::str(n)).collect();
            return value(vm.new_list(items));
        }
        let (own, cls) = match &*o.data() {
            ObjData::Instance(i) => (i.dict.keys(), Some(i.class.clone())),
            ObjData::Class(c) => (c.dict.keys(), None),
            ObjData::Module(m) => (m.dict.keys(), None),
            _ => (Vec::new(), Some(vm.type_of(&v))),
        };
        let mro = match cls.as_ref().map(|c| c.data()) {
            Some(d) => match &*d {
                ObjData::Class(c) => c.mro.clone(),
                _ => Vec::new(),
            },
            None => match &*o.data() {
                ObjData::Class(c) => c.mro.clone(),
                _ => Vec::new(),
            },
        };
        let is_class = matches!(&*o.data(), ObjData::Class(_));
        for k in own {
            if let Value::Str(s) = k {
                if !(is_class && &*s == "__qualname__") {
                    names.push(s.to_string());
                }
            }
        }
        for c in mro {
            if let ObjData::Class(cd) = &*c.data() {
                let keys = cd.dict.keys();
                for k in &keys {
                    // CPython keeps a class's qualified name on the type, not in its __dict__.
                    if let Value::Str(s) = k {
                        if &**s != "__qualname__" {
                            names.push(s.to_string());
                        }
                    }
                }
                // A builtin base (a subclass of list, dict, ...) brings CPython's methods; a
                // class of the program's own has `__dict__` and `__weakref__` unless it
                // declares `__slots__`.
                // A class's `__slots__` members are attributes of it, as CPython's member
                // descriptors are.
                match cd.dict.get_str("__slots__") {
                    Some(Value::Str(s)) => names.push(s.to_string()),
                    Some(Value::Obj(slots)) => {
                        if let ObjData::Tuple(items) | ObjData::List(items) = &*slots.data() {
                            names.extend(items.iter().filter_map(|v| match v {
                                Value::Str(s) => Some(s.to_string()),
                                _ => None,
                            }));
                        }
                    }
                    _ => {}
                }
                let base = Value::Obj(c.clone());
                if let Some(listed) = is_builtin_class(vm, &base)(&cd.name) {
                    names.extend(listed.map(str::to_string));
                } else if keys
                    .iter()
                    .any(|k| matches!(k, Value::Str(s) if &**s == "__module__"))
                    && !keys
                        .iter()
                        .any(|k| matches!(k, Value::Str(s) if &**s == "__slots__"))
                {
                    names.extend(["__dict__".to_string(), "__weakref__".to_string()]);
                }
            }
        }
    }
    // `__module__` comes from a class's own dict (builtin classes have none in `dir()`).
    for d in super::methods::OBJECT_DUNDERS
        .iter()
        .filter(|d| **d != "__module__")
    {
        names.push((*d).to_string());
    }
    names.sort();
    names.dedup();
    let items = names
        .into_iter()
        .map(|s| Value::Str(crate::pystr::PyStr::from(s)))
        .collect();
    value(vm.new_list(items))
}

/// For `dir()`: CPython's names for builtin type `name`, when `v` is that type's value or the
/// builtin type itself (not a user class that happens to share the name).
fn is_builtin_class<'a>(
    vm: &'a mut Vm,
    v: &'a Value,
) -> impl FnOnce(&str) -> Option<std::str::Split<'static, char>> + 'a {
    move |name: &str| {
        let listed = super::builtin_dirs::builtin_dir(name)?;
        let is_class = matches!(v, Value::Obj(o) if matches!(&*o.data(), ObjData::Class(_)));
        if is_class && name != "NoneType" && !vm.builtin_value(name).is(v) {
            return None;
        }
        Some(listed)
    }
}

fn b_globals(vm: &mut Vm, _args: Vec<Value>, _kw: Kwargs) -> PyResult<Flow> {
    let g = match vm.frames.last() {
        Some(super::frame::Activation::Py(f)) => f.globals.clone(),
        _ => vm.builtins.clone(),
    };
    if matches!(&*g.data(), ObjData::Module(_)) {
        return value(vm.live_dict(&g));
    }
    value(vm.new_obj(ObjData::Dict(Dict::new())))
}

/// `__build_list(x)`: never called by programs; used internally as a no-op call target.
fn b_build_list(vm: &mut Vm, args: Vec<Value>, _kw: Kwargs) -> PyResult<Flow> {
    let items = args;
    value(vm.new_list(items))
}

// ---- sorting -------------------------------------------------------------------------------

/// The stable sorting permutation of `keys` (ints, floats, strs, tuples, lists, and user
/// objects with `__lt__`), with CPython's errors. A reversed sort keeps equal keys in their
/// original order, as CPython's does.
fn stable_order(vm: &mut Vm, keys: &[Value], reverse: bool) -> PyResult<Vec<usize>> {
    let mut err = None;
    let mut comparisons = 0u64;
    let mut order: Vec<usize> = (0..keys.len()).collect();
    // std's sort needs a total comparison: the first error is kept and reported afterwards.
    order.sort_by(|&a, &b| {
        if err.is_some() {
            return std::cmp::Ordering::Equal;
        }
        comparisons += 1;
        match vm.order(&keys[a], &keys[b], crate::compiler::code::CmpOp::Lt) {
            Ok(o) if reverse => o.reverse(),
            Ok(o) => o,
            Err(e) => {
                err = Some(e);
                std::cmp::Ordering::Equal
            }
        }
    });
    vm.spend(super::work::Work::SortComparison, comparisons);
    match err {
        Some(e) => Err(e),
        None => Ok(order),
    }
}

/// Stable sort of values in place.
fn sort_values(vm: &mut Vm, items: &mut [Value], reverse: bool) -> PyResult<()> {
    let order = stable_order(vm, items, reverse)?;
    let sorted: Vec<Value> = order.iter().map(|&i| items[i].clone()).collect();
    for (slot, v) in items.iter_mut().zip(sorted) {
        *slot = v;
    }
    Ok(())
}

fn b_sort_values(vm: &mut Vm, args: Vec<Value>, _kw: Kwargs) -> PyResult<Flow> {
    let list = arg(vm, &args, 0, "__sort_values")?;
    let reverse = match args.get(1) {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let Value::Obj(o) = &list else {
        return value(Value::None);
    };
    let mut items = match &*o.data() {
        ObjData::List(i) => i.clone(),
        _ => Vec::new(),
    };
    sort_values(vm, &mut items, reverse)?;
    if let ObjData::List(i) = &mut *o.data_mut() {
        *i = items;
    }
    value(Value::None)
}

fn b_sort_indices(vm: &mut Vm, args: Vec<Value>, _kw: Kwargs) -> PyResult<Flow> {
    let keys = arg(vm, &args, 0, "__sort_indices")?;
    let reverse = match args.get(1) {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let keys = match vm.snapshot_items(&keys) {
        Some(k) => k?,
        None => Vec::new(),
    };
    let order = stable_order(vm, &keys, reverse)?;
    let out = order.into_iter().map(|i| Value::Int(i as i64)).collect();
    value(vm.new_list(out))
}

// ---- constructors --------------------------------------------------------------------------

/// Call a builtin class: `int(x)`, `list(it)`, `dict(...)`, `type(x)`, ...
pub fn construct_builtin(
    vm: &mut Vm,
    id: TypeId,
    cls: &Obj,
    args: Vec<Value>,
    kwargs: Kwargs,
) -> PyResult<Flow> {
    let name = class_name(cls);
    match id {
        TypeId::Type => match args.len() {
            1 => value(Value::Obj(vm.type_of(&args[0]))),
            3 => Err(vm.new_error(
                "NotImplementedError",
                "not supported by Interleave yet: type(name, bases, dict)",
            )),
            _ => Err(vm.type_error("type() takes 1 or 3 arguments")),
        },
        TypeId::Object => {
            if !args.is_empty() {
                return Err(vm.type_error("object() takes no arguments"));
            }
            let obj = vm.types.get(TypeId::Object);
            value(vm.new_obj(ObjData::Instance(super::object::Instance {
                class: obj,
                dict: Dict::new(),
                exc: None,
                payload: None,
            })))
        }
        TypeId::Int => {
            if let Some((k, _)) = kwargs.iter().find(|(k, _)| &**k != "base") {
                return Err(
                    vm.type_error(&format!("'{k}' is an invalid keyword argument for int()"))
                );
            }
            let base = args.get(1).cloned().or_else(|| kwarg(&kwargs, "base"));
            match (args.first(), base) {
                (None, _) => value(Value::Int(0)),
                (Some(Value::Str(s)), base) => {
                    let b = match base {
                        Some(b) => b.as_i64().unwrap_or(10) as u32,
                        None => 10,
                    };
                    let r = crate::format::parse_int(s, b)
                        .map_err(|e| vm.new_error(e.kind.name(), &e.message))?;
                    value(Value::from_big(r))
                }
                (Some(v), base) if super::bytes::is_bytes_like(v) => {
                    // int(b'12'): the bytes read as ASCII digits; errors show the bytes' repr.
                    let data = super::bytes::bytes_of(v).unwrap_or_default();
                    let b = match base {
                        Some(b) => b.as_i64().unwrap_or(10) as u32,
                        None => 10,
                    };
                    let text: String = data.iter().map(|&c| c as char).collect();
                    let bad = format!(
                        "invalid literal for int() with base {b}: {}",
                        if super::bytes::is_bytearray(v) {
                            super::bytes::bytearray_repr(&data)
                        } else {
                            super::bytes::bytes_repr(&data)
                        }
                    );
                    match crate::format::parse_int(&text, b) {
                        Ok(r) if data.is_ascii() => value(Value::from_big(r)),
                        Ok(_) => Err(vm.new_error("ValueError", &bad)),
                        Err(e) if e.message.starts_with("invalid literal") => {
                            Err(vm.new_error("ValueError", &bad))
                        }
                        Err(e) => Err(vm.new_error(e.kind.name(), &e.message)),
                    }
                }
                (Some(v @ (Value::Int(_) | Value::Big(_))), None) => value(v.clone()),
                (Some(Value::Bool(b)), None) => value(Value::Int(i64::from(*b))),
                (Some(Value::Float(f)), None) => {
                    let r = crate::format::float_to_int(*f)
                        .map_err(|e| vm.new_error(e.kind.name(), &e.message))?;
                    value(Value::from_big(r))
                }
                (Some(other), None) => {
                    let c = vm.type_of(other);
                    if let Some(m) = vm.lookup_class_attr(&c, "__int__") {
                        return Ok(Flow::TailCall {
                            func: m,
                            args: vec![other.clone()],
                            kwargs: Vec::new(),
                        });
                    }
                    let t = vm.type_name(other);
                    Err(vm.type_error(&format!("int() argument must be a string, a bytes-like object or a real number, not '{t}'")))
                }
                (Some(_), Some(_)) => {
                    Err(vm.type_error("int() can't convert non-string with explicit base"))
                }
            }
        }
        TypeId::Float => match args.first() {
            None => value(Value::Float(0.0)),
            Some(Value::Str(s)) => {
                let f = crate::format::parse_float(s)
                    .map_err(|e| vm.new_error(e.kind.name(), &e.message))?;
                value(Value::Float(f))
            }
            Some(Value::Float(f)) => value(Value::Float(*f)),
            Some(v) if v.as_bigint().is_some() => {
                let f = crate::format::int_to_f64(&v.as_bigint().unwrap_or_default())
                    .map_err(|e| vm.new_error(e.kind.name(), &e.message))?;
                value(Value::Float(f))
            }
            Some(other) => {
                let t = vm.type_name(other);
                Err(vm.type_error(&format!(
                    "float() argument must be a string or a real number, not '{t}'"
                )))
            }
        },
        TypeId::Bool => match args.first() {
            None => value(Value::Bool(false)),
            Some(v) => {
                let t = vm.truthy(v)?;
                value(Value::Bool(t))
            }
        },
        TypeId::Str if args.len() > 1 || !kwargs.is_empty() => str_decode(vm, args, kwargs),
        TypeId::Str => match args.first() {
            None => value(Value::str("")),
            Some(v) => vm.str_flow(v.clone()),
        },
        TypeId::Bytes => super::bytes::construct(vm, false, args, kwargs),
        TypeId::ByteArray => super::bytes::construct(vm, true, args, kwargs),
        TypeId::List | TypeId::Tuple | TypeId::Set | TypeId::FrozenSet => {
            if !kwargs.is_empty() {
                return Err(vm.type_error(&format!("{name}() takes no keyword arguments")));
            }
            if args.len() > 1 {
                return Err(vm.type_error(&format!(
                    "{name} expected at most 1 argument, got {}",
                    args.len()
                )));
            }
            if matches!(id, TypeId::Set | TypeId::FrozenSet) {
                let copy = match args.first() {
                    Some(Value::Obj(o)) => match &*o.data() {
                        ObjData::Set(d) | ObjData::FrozenSet(d) => Some(d.set_copy()),
                        _ => None,
                    },
                    _ => None,
                };
                if let Some(d) = copy {
                    return value(vm.new_obj(if id == TypeId::Set {
                        ObjData::Set(d)
                    } else {
                        ObjData::FrozenSet(d)
                    }));
                }
            }
            let then: fn(&mut Vm, Vec<Value>) -> PyResult<Value> = match id {
                TypeId::List => |vm, items| Ok(vm.new_list(items)),
                TypeId::Tuple => |vm, items| Ok(vm.new_tuple(items)),
                TypeId::Set => |vm, items| vm.new_set(items),
                _ => |vm, items| {
                    let s = vm.new_set(items)?;
                    if let Value::Obj(o) = &s {
                        let d = match &*o.data() {
                            ObjData::Set(d) => d.clone(),
                            _ => Dict::new(),
                        };
                        *o.data_mut() = ObjData::FrozenSet(d);
                    }
                    Ok(s)
                },
            };
            match args.into_iter().next() {
                None => value(then(vm, Vec::new())?),
                Some(src) => Ok(Flow::Native(Box::new(Collect::new("collect", src, then)))),
            }
        }
        TypeId::Dict => {
            let mut d = Dict::new();
            for (k, v) in &kwargs {
                d.set_str(k, v.clone());
            }
            match args.into_iter().next() {
                None => value(vm.new_obj(ObjData::Dict(d))),
                Some(src) => {
                    let src = match vm.payload_of(&src) {
                        Some(p) if matches!(&p, Value::Obj(o) if matches!(&*o.data(), ObjData::Dict(_))) => {
                            p
                        }
                        _ => src,
                    };
                    let is_inst =
                        matches!(&src, Value::Obj(o) if matches!(&*o.data(), ObjData::Instance(_)));
                    if is_inst {
                        let cls = vm.type_of(&src);
                        if vm.lookup_class_attr(&cls, "keys").is_some() {
                            // A mapping: dict(m) copies m[k] for k in m.keys().
                            let keys = vm.get_attr_value(&src, "keys")?;
                            let keys = vm.call_sync(keys, Vec::new())?;
                            let it = vm.get_iter(&keys)?;
                            let getitem = vm.get_attr_value(&src, "__getitem__")?;
                            let mut out = Dict::new();
                            while let Some(k) = vm.next_sync(&it)? {
                                let v = vm.call_sync(getitem.clone(), vec![k.clone()])?;
                                out.insert(k, v).map_err(|u| vm.unhashable(u))?;
                            }
                            for (k, v) in d.items() {
                                let _ = out.insert(k, v);
                            }
                            return value(vm.new_obj(ObjData::Dict(out)));
                        }
                    }
                    let is_dict =
                        matches!(&src, Value::Obj(o) if matches!(&*o.data(), ObjData::Dict(_)));
                    if is_dict {
                        let target = vm.new_obj(ObjData::Dict(Dict::new()));
                        vm.dict_update(&target, &src)?;
                        if let Value::Obj(o) = &target {
                            if let ObjData::Dict(t) = &mut *o.data_mut() {
                                for (k, v) in d.items() {
                                    let _ = t.insert(k, v);
                                }
                            }
                        }
                        return value(target);
                    }
                    if let Some(items) = vm.snapshot_items(&src) {
                        let mut out = Dict::new();
                        super::dict_pairs::insert_pairs(vm, &mut out, items?)?;
                        for (k, v) in d.items() {
                            let _ = out.insert(k, v);
                        }
                        return value(vm.new_obj(ObjData::Dict(out)));
                    }
                    Ok(Flow::Native(Box::new(Collect::new(
                        "dict",
                        src,
                        |vm, items| {
                            let mut d = Dict::new();
                            super::dict_pairs::insert_pairs(vm, &mut d, items)?;
                            Ok(vm.new_obj(ObjData::Dict(d)))
                        },
                    ))))
                }
            }
        }
        TypeId::Range => {
            let ints: Vec<i64> = args
                .iter()
                .map(|a| a.as_i64())
                .collect::<Option<Vec<_>>>()
                .ok_or_else(|| {
                    let bad = args
                        .iter()
                        .find(|a| a.as_i64().is_none())
                        .cloned()
                        .unwrap_or(Value::None);
                    let t = vm.type_name(&bad);
                    vm.type_error(&format!("'{t}' object cannot be interpreted as an integer"))
                })?;
            let (start, stop, step) = match ints.as_slice() {
                [stop] => (0, *stop, 1),
                [start, stop] => (*start, *stop, 1),
                [start, stop, step] => (*start, *stop, *step),
                [] => return Err(vm.type_error("range expected at least 1 argument, got 0")),
                _ => {
                    return Err(vm.type_error(&format!(
                        "range expected at most 3 arguments, got {}",
                        ints.len()
                    )))
                }
            };
            if step == 0 {
                return Err(vm.new_error("ValueError", "range() arg 3 must not be zero"));
            }
            value(vm.new_obj(ObjData::Range { start, stop, step }))
        }
        TypeId::Slice => {
            let (a, b, c) = match args.len() {
                1 => (Value::None, args[0].clone(), Value::None),
                2 => (args[0].clone(), args[1].clone(), Value::None),
                3 => (args[0].clone(), args[1].clone(), args[2].clone()),
                _ => return Err(vm.type_error("slice expected at least 1 argument, got 0")),
            };
            value(vm.new_obj(ObjData::Slice {
                start: a,
                stop: b,
                step: c,
            }))
        }
        TypeId::Super => {
            // Zero-argument super(): the __class__ cell and the first argument of the caller.
            let (cls, inst) = match (args.first(), args.get(1)) {
                (Some(Value::Obj(c)), Some(i)) => (c.clone(), i.clone()),
                _ => super_from_frame(vm)?,
            };
            value(vm.new_obj(ObjData::Super {
                class: cls,
                obj: inst,
            }))
        }
        TypeId::Property if args.len() >= 2 => {
            let pair = vm.new_tuple(vec![args[0].clone(), args[1].clone()]);
            value(vm.new_obj(ObjData::Descriptor(DescriptorKind::Property, pair)))
        }
        TypeId::StaticMethod | TypeId::ClassMethod | TypeId::Property => {
            let f = arg(vm, &args, 0, &name)?;
            let kind = match id {
                TypeId::StaticMethod => DescriptorKind::Static,
                TypeId::ClassMethod => DescriptorKind::ClassMethod,
                _ => DescriptorKind::Property,
            };
            value(vm.new_obj(ObjData::Descriptor(kind, f)))
        }
        _ => Err(vm.type_error(&format!("cannot create '{name}' instances"))),
    }
}

/// `str(object, encoding='utf-8', errors='strict')`: decode bytes.
fn str_decode(vm: &mut Vm, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Flow> {
    if args.len() > 3 {
        return Err(vm.type_error(&format!(
            "str() takes at most 3 arguments ({} given)",
            args.len()
        )));
    }
    let mut slots: [Option<Value>; 3] = [
        args.first().cloned(),
        args.get(1).cloned(),
        args.get(2).cloned(),
    ];
    for (k, v) in &kwargs {
        let i = match &**k {
            "object" => 0,
            "encoding" => 1,
            "errors" => 2,
            _ => {
                return Err(
                    vm.type_error(&format!("'{k}' is an invalid keyword argument for str()"))
                )
            }
        };
        slots[i] = Some(v.clone());
    }
    let [obj, encoding, errors] = slots;
    let obj = obj.unwrap_or_else(|| Value::str(""));
    if encoding.is_none() && errors.is_none() {
        return vm.str_flow(obj);
    }
    let mut text = |v: Option<Value>, name: &str, default: &str| -> PyResult<crate::pystr::PyStr> {
        match v {
            None => Ok(crate::pystr::PyStr::from(default)),
            Some(Value::Str(s)) => Ok(s),
            Some(other) => {
                let t = vm.type_name(&other);
                Err(vm.type_error(&format!("str() argument '{name}' must be str, not {t}")))
            }
        }
    };
    let enc = text(encoding, "encoding", "utf-8")?;
    let errors = text(errors, "errors", "strict")?;
    let Some(data) = super::bytes::bytes_of(&obj) else {
        let t = vm.type_name(&obj);
        let msg = if matches!(obj, Value::Str(_)) {
            "decoding str is not supported".to_string()
        } else {
            format!("decoding to str: need a bytes-like object, {t} found")
        };
        return Err(vm.type_error(&msg));
    };
    let s = vm.decode_bytes(&data, &enc, &errors)?;
    value(Value::Str(crate::pystr::PyStr::from(s)))
}

fn super_from_frame(vm: &mut Vm) -> PyResult<(Obj, Value)> {
    let Some(super::frame::Activation::Py(f)) = vm.frames.last() else {
        return Err(vm.runtime_error("super(): no arguments"));
    };
    let first = f.fast.first().cloned().flatten();
    let cell_index = f
        .code
        .cellvars
        .iter()
        .chain(f.code.freevars.iter())
        .position(|n| &**n == "__class__");
    let cls = cell_index
        .and_then(|i| f.cells.get(i).cloned())
        .and_then(|c| match &*c.data() {
            ObjData::Cell(Some(Value::Obj(o))) => Some(o.clone()),
            _ => None,
        });
    match (cls, first) {
        (Some(c), Some(i)) => Ok((c, i)),
        (None, _) => Err(vm.runtime_error("super(): __class__ cell not found")),
        (_, None) => Err(vm.runtime_error("super(): no arguments")),
    }
}

/// `__format_exception_chunks(exc)`: the interpreter's report for `exc` (with its chain), cut
/// into the pieces `traceback.format_exception` returns (one per frame, sentence and last line).
fn b_format_exception_chunks(vm: &mut Vm, args: Vec<Value>, _kw: Kwargs) -> PyResult<Flow> {
    exactly(vm, &args, 1, "__format_exception_chunks")?;
    let text = vm.format_exception(&super::PyErr(args[0].clone()));
    let mut chunks: Vec<String> = Vec::new();
    let mut blank_pending = false;
    for line in text.split_inclusive('\n') {
        if line == "\n" {
            // "\nDuring handling ...\n\n" is one chunk.
            match chunks.last_mut() {
                Some(last) if last.starts_with('\n') && !last.ends_with("\n\n") => last.push('\n'),
                _ => blank_pending = true,
            }
            continue;
        }
        if std::mem::take(&mut blank_pending) {
            chunks.push(format!("\n{line}"));
        } else if line.starts_with("    ") && !chunks.is_empty() {
            if let Some(last) = chunks.last_mut() {
                last.push_str(line);
            }
        } else {
            chunks.push(line.to_string());
        }
    }
    let items = chunks.into_iter().map(|c| Value::str(&c)).collect();
    value(vm.new_list(items))
}

/// `__set_payload(inst, value)`: replace the builtin payload of a builtin-subclass instance
/// (the prelude's stand-in for `tuple.__new__(cls, items)`, used by `namedtuple`).
fn b_set_payload(vm: &mut Vm, args: Vec<Value>, _kw: Kwargs) -> PyResult<Flow> {
    exactly(vm, &args, 2, "__set_payload")?;
    if let Value::Obj(o) = &args[0] {
        if let ObjData::Instance(i) = &mut *o.data_mut() {
            if i.payload.is_some() {
                i.payload = Some(args[1].clone());
            }
        }
    }
    Ok(Flow::Value(Value::None))
}

/// Fill a builtin subclass instance's payload from constructor args (e.g. `MyList([1, 2])`).
pub fn init_payload(vm: &mut Vm, inst: &Value, args: Vec<Value>) -> PyResult<()> {
    let Some(p) = vm.payload_of(inst) else {
        return Ok(());
    };
    if let Some(src) = args.first() {
        if let Some(items) = vm.snapshot_items(src) {
            let items = items?;
            if let Value::Obj(o) = &p {
                match &mut *o.data_mut() {
                    ObjData::List(l) => l.extend(items),
                    ObjData::Dict(_) => {}
                    _ => {}
                }
            }
        }
    }
    Ok(())
}

/// A native frame that collects `iterable` and extends `target` (a list) with it.
pub fn extend_frame(target: Value, iterable: Value) -> Box<dyn NativeFrame> {
    struct Extend {
        target: Value,
        collect: Collect,
    }
    impl NativeFrame for Extend {
        fn name(&self) -> &'static str {
            "extend"
        }
        fn resume(&mut self, vm: &mut Vm, input: Input) -> PyResult<Step> {
            match self.collect.resume(vm, input)? {
                Step::Return(list) => {
                    let items = match &list {
                        Value::Obj(o) => match &*o.data() {
                            ObjData::List(i) => i.clone(),
                            _ => Vec::new(),
                        },
                        _ => Vec::new(),
                    };
                    if let Value::Obj(o) = &self.target {
                        if let ObjData::List(l) = &mut *o.data_mut() {
                            l.extend(items);
                        }
                    }
                    Ok(Step::Return(self.target.clone()))
                }
                other => Ok(other),
            }
        }
    }
    Box::new(Extend {
        target,
        collect: Collect::new("extend", iterable, |vm, items| Ok(vm.new_list(items))),
    })
}

/// Create a class from its body function, name and bases (the BuildClass instruction).
impl Vm {
    /// Run the class body in a fresh namespace, then make the class.
    pub fn build_class(
        &mut self,
        body: Value,
        name: Value,
        bases: Vec<Value>,
        kwargs: Kwargs,
    ) -> PyResult<()> {
        if let Some((k, _)) = kwargs.iter().find(|(k, _)| &**k == "metaclass") {
            return Err(self.new_error(
                "NotImplementedError",
                &format!("not supported by Interleave yet: the class keyword argument '{k}='"),
            ));
        }
        let Value::Str(name) = name else {
            return Err(self.runtime_error("internal: class name is not a str"));
        };
        let mut base_objs = Vec::new();
        for b in &bases {
            match b {
                Value::Obj(o) if matches!(&*o.data(), ObjData::Class(_)) => {
                    base_objs.push(o.clone())
                }
                other => {
                    let t = self.type_name(other);
                    return Err(self.type_error(&format!("bases must be types, not {t}")));
                }
            }
        }
        if base_objs.is_empty() {
            base_objs.push(self.types.get(TypeId::Object));
        }
        // Multiple inheritance: C3 linearisation, and one builtin layout at most.
        let mro_tail = super::types::c3_merge(&base_objs).map_err(|m| self.type_error(&m))?;
        let mut layouts: Vec<TypeId> = Vec::new();
        for b in &base_objs {
            if let Some(id) = super::types::builtin_base(b) {
                if id != TypeId::Exception && !layouts.contains(&id) {
                    layouts.push(id);
                }
            }
        }
        if layouts.len() > 1 {
            return Err(self.type_error("multiple bases have instance lay-out conflict"));
        }
        let module_name = match self.frames.last() {
            Some(super::frame::Activation::Py(f)) => match &*f.globals.data() {
                ObjData::Module(m) => m.name.clone(),
                _ => Rc::from("__main__"),
            },
            _ => Rc::from("__main__"),
        };
        let mut alloc_ids: Vec<Obj> = Vec::new();
        let cls = {
            let mut alloc = |data: ObjData| {
                let o = self.alloc(data);
                alloc_ids.push(o.clone());
                o
            };
            super::types::make_class(
                &mut alloc,
                &name,
                base_objs,
                Dict::new(),
                None,
                &module_name,
            )
        };
        if let ObjData::Class(c) = &mut *cls.data_mut() {
            c.mro.truncate(1);
            c.mro.extend(mro_tail);
        }
        // Run the body with the class as its namespace.
        let Value::Obj(fobj) = &body else {
            return Err(self.runtime_error("internal: class body is not a function"));
        };
        let (code, globals, closure) = match &*fobj.data() {
            ObjData::Function(f) => (f.code.clone(), f.globals.clone(), f.closure.clone()),
            _ => return Err(self.runtime_error("internal: class body is not a function")),
        };
        if let ObjData::Class(c) = &mut *cls.data_mut() {
            c.dict.set_str("__module__", Value::str(&module_name));
        }
        // The new class's MRO and namespace were set directly: renew cached class lookups.
        self.class_epoch += 1;
        let mut frame = self.new_frame(
            code.clone(),
            globals,
            Some(cls.clone()),
            Vec::new(),
            RetMode::Discard,
        );
        for cv in code.cellvars.iter() {
            let init = if &**cv == "__class__" {
                Some(Value::Obj(cls.clone()))
            } else {
                None
            };
            let cell = self.alloc(ObjData::Cell(init));
            frame.cells.push(cell);
        }
        frame.cells.extend(closure);
        // The body's result is discarded; the class is pushed by a chained native step.
        self.frames.push(super::frame::Activation::Native(
            Box::new(PushClass {
                cls: cls.clone(),
                kwargs,
                called: false,
            }),
            RetMode::Push,
        ));
        if let Err(e) = self.push_frame(Box::new(frame)) {
            self.frames.pop();
            return Err(e);
        }
        // Qualname from the body.
        let q = code.qualname.clone();
        if let ObjData::Class(c) = &mut *cls.data_mut() {
            c.qualname = q;
        }
        Ok(())
    }
}

/// After a class body runs: call the nearest base's `__init_subclass__` (with the class
/// statement's keyword arguments), then push the class.
struct PushClass {
    cls: Obj,
    kwargs: Kwargs,
    /// `__init_subclass__` has been called (or there was none).
    called: bool,
}

impl NativeFrame for PushClass {
    fn name(&self) -> &'static str {
        "class"
    }
    fn resume(&mut self, vm: &mut Vm, input: Input) -> PyResult<Step> {
        if let Input::Error(e) = input {
            return Err(e);
        }
        let cls = Value::Obj(self.cls.clone());
        if self.called {
            return Ok(Step::Return(cls));
        }
        self.called = true;
        // As in CPython's type_new, __init_subclass__ is implicitly a classmethod.
        let own = match &*self.cls.data() {
            ObjData::Class(c) => c.dict.get_str("__init_subclass__"),
            _ => None,
        };
        if let Some(f @ Value::Obj(_)) = own {
            let is_fn = matches!(&f, Value::Obj(o) if matches!(&*o.data(), ObjData::Function(_)));
            if is_fn {
                let wrapped = vm.new_obj(ObjData::Descriptor(
                    super::object::DescriptorKind::ClassMethod,
                    f,
                ));
                vm.class_epoch += 1;
                if let ObjData::Class(c) = &mut *self.cls.data_mut() {
                    c.dict.set_str("__init_subclass__", wrapped);
                }
            }
        }
        // __new__ is implicitly a staticmethod.
        let own_new = match &*self.cls.data() {
            ObjData::Class(c) => c.dict.get_str("__new__"),
            _ => None,
        };
        if let Some(f @ Value::Obj(_)) = own_new {
            let is_fn = matches!(&f, Value::Obj(o) if matches!(&*o.data(), ObjData::Function(_)));
            if is_fn {
                let wrapped = vm.new_obj(ObjData::Descriptor(
                    super::object::DescriptorKind::Static,
                    f,
                ));
                vm.class_epoch += 1;
                if let ObjData::Class(c) = &mut *self.cls.data_mut() {
                    c.dict.set_str("__new__", wrapped);
                }
            }
        }
        // super(cls, cls).__init_subclass__(**kwargs): the MRO after the class itself.
        let mro = match &*self.cls.data() {
            ObjData::Class(c) => c.mro.clone(),
            _ => Vec::new(),
        };
        let found = mro.iter().skip(1).find_map(|c| match &*c.data() {
            ObjData::Class(cd) => cd.dict.get_str("__init_subclass__"),
            _ => None,
        });
        let kwargs = std::mem::take(&mut self.kwargs);
        let func = match found {
            Some(Value::Obj(o)) => match &*o.data() {
                ObjData::Descriptor(super::object::DescriptorKind::ClassMethod, f) => f.clone(),
                ObjData::Descriptor(super::object::DescriptorKind::Static, f) => {
                    return Ok(Step::Call {
                        func: f.clone(),
                        args: Vec::new(),
                        kwargs,
                    });
                }
                _ => Value::Obj(o.clone()),
            },
            Some(other) => other,
            None => {
                if !kwargs.is_empty() {
                    let name = super::types::class_name(&self.cls);
                    return Err(vm.type_error(&format!(
                        "{name}.__init_subclass__() takes no keyword arguments"
                    )));
                }
                return Ok(Step::Return(cls));
            }
        };
        Ok(Step::Call {
            func,
            args: vec![cls],
            kwargs,
        })
    }
}

/// Chain helper used by other modules.
pub fn chain(
    calls: VecDeque<(Value, Vec<Value>)>,
    finish: super::native::Finish,
    name: &'static str,
) -> Box<dyn NativeFrame> {
    Box::new(Chain {
        calls,
        results: Vec::new(),
        finish,
        name,
    })
}
