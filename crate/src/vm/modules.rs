//! Importable modules: `sys`, `inspect`, `math`, `itertools`, `collections`, `functools`,
//! `operator` (parts), and the Python-written builtins of `python/builtins.py`.

use super::call::Kwargs;
use super::dict::Dict;
use super::native::Flow;
use super::object::{Module, ObjData};
use super::value::{Obj, Value};
use super::{PyResult, Vm};
use std::rc::Rc;

/// A Python-written part of the VM as embedded: `build.rs` writes a copy of `python/FILE` into
/// `OUT_DIR` with comment-only lines and docstrings blanked, every line number kept
/// (`crate/build/python_minify.rs`), as it does for the simulated library.
macro_rules! vm_python {
    ($file:literal) => {
        include_str!(concat!(env!("OUT_DIR"), "/vm/python/", $file))
    };
}

const BUILTINS_PY: &str = vm_python!("builtins.py");
const ITERTOOLS_PY: &str = vm_python!("itertools.py");
const COLLECTIONS_PY: &str = vm_python!("collections.py");
const FUNCTOOLS_PY: &str = vm_python!("functools.py");
const OPERATOR_PY: &str = vm_python!("operator.py");
const TRACEBACK_PY: &str = vm_python!("traceback.py");

/// (file under `vm/python/`, the source as embedded), for the test that the embedded copies
/// compile as the files are written.
#[cfg(test)]
pub(crate) const VM_PYTHON_SOURCES: &[(&str, &str)] = &[
    ("builtins.py", BUILTINS_PY),
    ("itertools.py", ITERTOOLS_PY),
    ("collections.py", COLLECTIONS_PY),
    ("functools.py", FUNCTOOLS_PY),
    ("operator.py", OPERATOR_PY),
    ("traceback.py", TRACEBACK_PY),
];

/// Compile and run Python source as the body of `module` (prelude modules only).
pub(crate) fn run_python_module(
    vm: &mut Vm,
    source: &str,
    name: &str,
    module: Obj,
) -> PyResult<()> {
    let filename = format!("<frozen {name}>");
    let parsed = crate::python::parse_module(source, &filename)
        .map_err(|e| vm.runtime_error(&format!("prelude {name} does not parse: {}", e.msg)))?;
    let code = crate::compiler::compile_module(&parsed, &filename).map_err(|e| {
        vm.runtime_error(&format!(
            "prelude {name} does not compile: {} (line {})",
            e.msg, e.line
        ))
    })?;
    match vm.run_nested_module(code, module) {
        Ok(()) => Ok(()),
        Err(super::interp::Halt::Uncaught(e)) => {
            let text = vm.format_exception(&e);
            Err(vm.runtime_error(&format!("prelude {name} failed: {text}")))
        }
        Err(_) => Err(vm.runtime_error(&format!("prelude {name} stopped before its end"))),
    }
}

/// Load the Python-written builtins into the `builtins` namespace.
pub fn install_prelude(vm: &mut Vm) -> PyResult<()> {
    let builtins = vm.builtins.clone();
    run_python_module(vm, BUILTINS_PY, "builtins", builtins)
}

/// A function defined by the prelude (e.g. `__list_sort`).
pub fn prelude_function(vm: &mut Vm, name: &str) -> PyResult<Value> {
    match super::dict::obj_dict_get(&vm.builtins, name) {
        Some(v) => Ok(v),
        None => Err(vm.runtime_error(&format!("internal: prelude function {name} is missing"))),
    }
}

pub(crate) fn new_module(vm: &mut Vm, name: &str) -> Obj {
    let m = vm.alloc(ObjData::Module(Module {
        name: Rc::from(name),
        dict: Dict::new(),
    }));
    if let ObjData::Module(md) = &mut *m.data_mut() {
        md.dict.set_str("__name__", Value::str(name));
    }
    m
}

pub(crate) fn add_fn(vm: &mut Vm, m: &Obj, name: &str, f: super::object::BuiltinFn) {
    let v = super::builtins::builtin(vm, name, f);
    if let ObjData::Module(md) = &mut *m.data_mut() {
        md.dict.set_str(name, v);
    }
}

pub(crate) fn add_val(m: &Obj, name: &str, v: Value) {
    if let ObjData::Module(md) = &mut *m.data_mut() {
        md.dict.set_str(name, v);
    }
}

/// Whether `f` is the VM's own stderr (`Some(true)`) or stdout (`Some(false)`) stream object
/// (the ones `sys` starts with, wherever they are now), or something else (`None`).
pub fn std_stream(vm: &mut Vm, f: &Value) -> Option<bool> {
    let (out, err) = vm.std_streams.clone()?;
    if f.is(&Value::Obj(err)) {
        Some(true)
    } else if f.is(&Value::Obj(out)) {
        Some(false)
    } else {
        None
    }
}

/// `sys.stdout.write(s)` / `sys.stderr.write(s)`: the number of characters written.
fn stream_write(vm: &mut Vm, args: Vec<Value>, to_stderr: bool) -> PyResult<Flow> {
    match args.as_slice() {
        [Value::Str(s)] => {
            if to_stderr {
                vm.write_stderr(s)?;
            } else {
                vm.write_stdout(s)?;
            }
            Ok(Flow::Value(Value::Int(s.chars().count() as i64)))
        }
        [other] => {
            let t = vm.type_name(other);
            Err(vm.type_error(&format!("write() argument must be str, not {t}")))
        }
        _ => Err(vm.type_error(&format!(
            "TextIOWrapper.write() takes exactly one argument ({} given)",
            args.len()
        ))),
    }
}

/// A `sys.stdout`-like object whose `write` and `flush` go to the VM's output.
fn std_stream_obj(vm: &mut Vm, to_stderr: bool) -> Value {
    let mut dict = Dict::new();
    let write = if to_stderr {
        super::builtins::builtin(vm, "write", |vm, a, _| stream_write(vm, a, true))
    } else {
        super::builtins::builtin(vm, "write", |vm, a, _| stream_write(vm, a, false))
    };
    dict.set_str("write", write);
    let flush = super::builtins::builtin(vm, "flush", |_, _, _| Ok(Flow::Value(Value::None)));
    dict.set_str("flush", flush);
    vm.new_obj(ObjData::Instance(super::object::Instance {
        class: vm.types.get(super::types::TypeId::Object),
        dict,
        exc: None,
        payload: None,
    }))
}

/// `import name`.
pub fn import_module(vm: &mut Vm, name: &str) -> PyResult<Value> {
    if let Some(m) = vm.modules.get(name) {
        return Ok(Value::Obj(m.clone()));
    }
    let m = new_module(vm, name);
    match name {
        "sys" => {
            let stdout = std_stream_obj(vm, false);
            let stderr = std_stream_obj(vm, true);
            if let (Value::Obj(o), Value::Obj(e)) = (&stdout, &stderr) {
                vm.std_streams = Some((o.clone(), e.clone()));
            }
            add_val(&m, "stdout", stdout);
            add_val(&m, "stderr", stderr);
            let argv = std::iter::once(&vm.script)
                .chain(&vm.script_args)
                .map(|a| Value::str(a))
                .collect();
            let argv = vm.new_list(argv);
            let version_info = vm.new_tuple(vec![
                Value::Int(3),
                Value::Int(11),
                Value::Int(7),
                Value::str("final"),
                Value::Int(0),
            ]);
            add_val(&m, "version_info", version_info);
            add_fn(vm, &m, "get_int_max_str_digits", |_, _, _| {
                Ok(Flow::Value(Value::Int(
                    crate::format::MAX_STR_DIGITS as i64,
                )))
            });
            add_val(&m, "argv", argv);
            add_val(&m, "maxsize", Value::Int(i64::MAX));
            add_val(&m, "version", Value::str("3.11.7 (Interleave simulator)"));
            add_val(&m, "platform", Value::str("linux"));
            add_fn(&mut *vm, &m, "exit", sys_exit);
            add_fn(vm, &m, "exc_info", |vm, _, _| {
                let exc = vm.handled_exception();
                let t = match &exc {
                    Value::None => Value::None,
                    e => Value::Obj(vm.type_of(e)),
                };
                let tb = match &exc {
                    Value::Obj(o) => vm.exception_attr(o, "__traceback__"),
                    _ => None,
                };
                let r = vm.new_tuple(vec![t, exc, tb.unwrap_or(Value::None)]);
                Ok(Flow::Value(r))
            });
            add_fn(vm, &m, "exception", |vm, _, _| {
                Ok(Flow::Value(vm.handled_exception()))
            });
            // sys.modules: the modules imported so far (kept up to date by import_module).
            let mut names: Vec<(String, Obj)> = vm
                .modules
                .iter()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect();
            names.sort_by(|a, b| a.0.cmp(&b.0));
            let mut d = Dict::new();
            d.set_str("sys", Value::Obj(m.clone()));
            for (k, v) in names {
                d.set_str(&k, Value::Obj(v));
            }
            let d = vm.new_obj(ObjData::Dict(d));
            add_val(&m, "modules", d);
            add_fn(vm, &m, "getrecursionlimit", |_, _, _| {
                Ok(Flow::Value(Value::Int(super::RECURSION_LIMIT as i64)))
            });
            add_fn(
                vm,
                &m,
                "getswitchinterval",
                crate::stdlib::thread_module::get_switch_interval,
            );
            add_fn(
                vm,
                &m,
                "setswitchinterval",
                crate::stdlib::thread_module::set_switch_interval,
            );
        }
        "inspect" => {
            add_fn(vm, &m, "getgeneratorstate", inspect_state);
            add_fn(vm, &m, "isgenerator", |vm, a, _| {
                Ok(Flow::Value(Value::Bool(
                    vm.gen_state(a.first().unwrap_or(&Value::None)).is_some(),
                )))
            });
        }
        "math" => {
            add_val(&m, "pi", Value::Float(std::f64::consts::PI));
            add_val(&m, "e", Value::Float(std::f64::consts::E));
            add_val(&m, "inf", Value::Float(f64::INFINITY));
            add_val(&m, "nan", Value::Float(f64::NAN));
            add_val(&m, "tau", Value::Float(std::f64::consts::TAU));
            add_fn(vm, &m, "sqrt", |vm, a, _| {
                let x = float_arg(vm, &a)?;
                if x < 0.0 {
                    return Err(vm.new_error("ValueError", "math domain error"));
                }
                Ok(Flow::Value(Value::Float(x.sqrt())))
            });
            add_fn(vm, &m, "sin", |vm, a, _| {
                math1(vm, &a, "sin", f64::sin, trig_domain)
            });
            add_fn(vm, &m, "cos", |vm, a, _| {
                math1(vm, &a, "cos", f64::cos, trig_domain)
            });
            add_fn(vm, &m, "tan", |vm, a, _| {
                math1(vm, &a, "tan", f64::tan, trig_domain)
            });
            add_fn(vm, &m, "asin", |vm, a, _| {
                math1(vm, &a, "asin", f64::asin, |x| x.abs() <= 1.0 || x.is_nan())
            });
            add_fn(vm, &m, "acos", |vm, a, _| {
                math1(vm, &a, "acos", f64::acos, |x| x.abs() <= 1.0 || x.is_nan())
            });
            add_fn(vm, &m, "atan", |vm, a, _| {
                math1(vm, &a, "atan", f64::atan, |_| true)
            });
            add_fn(vm, &m, "log2", |vm, a, _| {
                math1(vm, &a, "log2", f64::log2, |x| x > 0.0 || x.is_nan())
            });
            add_fn(vm, &m, "log10", |vm, a, _| {
                math1(vm, &a, "log10", f64::log10, |x| x > 0.0 || x.is_nan())
            });
            add_fn(vm, &m, "degrees", |vm, a, _| {
                math1(vm, &a, "degrees", f64::to_degrees, |_| true)
            });
            add_fn(vm, &m, "radians", |vm, a, _| {
                math1(vm, &a, "radians", f64::to_radians, |_| true)
            });
            add_fn(vm, &m, "isfinite", |vm, a, _| {
                math_pred(vm, &a, "isfinite", f64::is_finite)
            });
            add_fn(vm, &m, "isinf", |vm, a, _| {
                math_pred(vm, &a, "isinf", f64::is_infinite)
            });
            add_fn(vm, &m, "isnan", |vm, a, _| {
                math_pred(vm, &a, "isnan", f64::is_nan)
            });
            add_fn(vm, &m, "atan2", |vm, a, _| {
                if a.len() != 2 {
                    return Err(
                        vm.type_error(&format!("atan2 expected 2 arguments, got {}", a.len()))
                    );
                }
                let y = float_arg(vm, &a[..1])?;
                let x = float_arg(vm, &a[1..])?;
                Ok(Flow::Value(Value::Float(y.atan2(x))))
            });
            add_fn(vm, &m, "hypot", |vm, a, _| {
                let mut xs = Vec::with_capacity(a.len());
                for i in 0..a.len() {
                    xs.push(float_arg(vm, &a[i..])?.abs());
                }
                let r = match xs.as_slice() {
                    [] => 0.0,
                    [x] => *x,
                    [x, y] => x.hypot(*y),
                    _ => {
                        if xs.iter().any(|x| x.is_infinite()) {
                            f64::INFINITY
                        } else {
                            let max = xs.iter().cloned().fold(0.0, f64::max);
                            if max == 0.0 || max.is_nan() {
                                max
                            } else {
                                max * xs.iter().map(|x| (x / max) * (x / max)).sum::<f64>().sqrt()
                            }
                        }
                    }
                };
                Ok(Flow::Value(Value::Float(r)))
            });
            add_fn(vm, &m, "floor", |vm, a, _| int_round(vm, &a, f64::floor));
            add_fn(vm, &m, "ceil", |vm, a, _| int_round(vm, &a, f64::ceil));
            add_fn(vm, &m, "trunc", |vm, a, _| int_round(vm, &a, f64::trunc));
            add_fn(vm, &m, "gcd", |vm, a, _| {
                use num_integer::Integer;
                let mut g = num_bigint::BigInt::from(0);
                for v in &a {
                    let b = v.as_bigint().ok_or_else(|| {
                        vm.type_error("'float' object cannot be interpreted as an integer")
                    })?;
                    g = g.gcd(&b);
                }
                Ok(Flow::Value(Value::from_big(g)))
            });
            add_fn(vm, &m, "isqrt", |vm, a, _| {
                let b = a
                    .first()
                    .and_then(Value::as_bigint)
                    .ok_or_else(|| vm.type_error("isqrt() argument must be an integer"))?;
                Ok(Flow::Value(Value::from_big(b.sqrt())))
            });
            add_fn(vm, &m, "fabs", |vm, a, _| {
                Ok(Flow::Value(Value::Float(float_arg(vm, &a)?.abs())))
            });
            add_fn(vm, &m, "exp", |vm, a, _| {
                Ok(Flow::Value(Value::Float(float_arg(vm, &a)?.exp())))
            });
            add_fn(vm, &m, "log", |vm, a, _| {
                let x = float_arg(vm, &a)?;
                if x <= 0.0 {
                    return Err(vm.new_error("ValueError", "math domain error"));
                }
                let r = match a.get(1) {
                    Some(b) => x.ln() / float_arg(vm, std::slice::from_ref(b))?.ln(),
                    None => x.ln(),
                };
                Ok(Flow::Value(Value::Float(r)))
            });
            add_fn(vm, &m, "isclose", |vm, a, _| {
                let x = float_arg(vm, &a)?;
                let y = float_arg(vm, &a[1.min(a.len())..])?;
                Ok(Flow::Value(Value::Bool(
                    (x - y).abs() <= 1e-9 * x.abs().max(y.abs()),
                )))
            });
        }
        "itertools" => {
            run_python_module(vm, ITERTOOLS_PY, "itertools", m.clone())?;
        }
        "collections" => {
            run_python_module(vm, COLLECTIONS_PY, "collections", m.clone())?;
        }
        "functools" => {
            run_python_module(vm, FUNCTOOLS_PY, "functools", m.clone())?;
        }
        "operator" => {
            run_python_module(vm, OPERATOR_PY, "operator", m.clone())?;
        }
        "traceback" => {
            run_python_module(vm, TRACEBACK_PY, "traceback", m.clone())?;
        }
        _ => {
            // Register before running, so a module that imports itself circularly sees it.
            vm.modules.insert(name.to_string(), m.clone());
            match crate::stdlib::load(vm, name, &m) {
                Ok(true) => {}
                Ok(false) => {
                    vm.modules.remove(name);
                    let note = crate::stdlib::cpython_names::missing_module_note(name);
                    return Err(vm.new_error(
                        "ModuleNotFoundError",
                        &format!("No module named '{name}'{note}"),
                    ));
                }
                Err(e) => {
                    vm.modules.remove(name);
                    return Err(e);
                }
            }
        }
    }
    vm.modules.insert(name.to_string(), m.clone());
    if let Some(Value::Obj(d)) = vm
        .modules
        .get("sys")
        .and_then(|s| super::dict::obj_dict_get(s, "modules"))
    {
        if let ObjData::Dict(d) = &mut *d.data_mut() {
            d.set_str(name, Value::Obj(m.clone()));
        }
    }
    Ok(Value::Obj(m))
}

/// sin/cos/tan: defined for every finite argument (and NaN).
fn trig_domain(x: f64) -> bool {
    !x.is_infinite()
}

/// A one-argument float function of `math`, with CPython's argument count check and its
/// "math domain error" outside `domain`.
fn math1(
    vm: &mut Vm,
    a: &[Value],
    name: &str,
    f: fn(f64) -> f64,
    domain: fn(f64) -> bool,
) -> PyResult<Flow> {
    if a.len() != 1 {
        return Err(vm.type_error(&format!(
            "math.{name}() takes exactly one argument ({} given)",
            a.len()
        )));
    }
    let x = float_arg(vm, a)?;
    if !domain(x) {
        return Err(vm.new_error("ValueError", "math domain error"));
    }
    Ok(Flow::Value(Value::Float(f(x))))
}

/// `math.isnan` and friends.
fn math_pred(vm: &mut Vm, a: &[Value], name: &str, f: fn(f64) -> bool) -> PyResult<Flow> {
    if a.len() != 1 {
        return Err(vm.type_error(&format!(
            "math.{name}() takes exactly one argument ({} given)",
            a.len()
        )));
    }
    let x = float_arg(vm, a)?;
    Ok(Flow::Value(Value::Bool(f(x))))
}

pub(crate) fn float_arg(vm: &mut Vm, a: &[Value]) -> PyResult<f64> {
    match a.first() {
        Some(Value::Float(f)) => Ok(*f),
        Some(v) if v.as_bigint().is_some() => Ok(crate::format::int_to_f64(
            &v.as_bigint().unwrap_or_default(),
        )
        .unwrap_or(f64::INFINITY)),
        Some(v) => {
            let t = vm.type_name(v);
            Err(vm.type_error(&format!("must be real number, not {t}")))
        }
        None => Err(vm.type_error("expected 1 argument, got 0")),
    }
}

fn int_round(vm: &mut Vm, a: &[Value], f: fn(f64) -> f64) -> PyResult<Flow> {
    match a.first() {
        Some(v) if v.as_bigint().is_some() => Ok(Flow::Value(v.clone())),
        _ => {
            let x = float_arg(vm, a)?;
            let r = crate::format::float_to_int(f(x))
                .map_err(|e| vm.new_error(e.kind.name(), &e.message))?;
            Ok(Flow::Value(Value::from_big(r)))
        }
    }
}

fn sys_exit(vm: &mut Vm, a: Vec<Value>, _k: Kwargs) -> PyResult<Flow> {
    Err(vm.new_exception("SystemExit", a))
}

fn inspect_state(vm: &mut Vm, a: Vec<Value>, _k: Kwargs) -> PyResult<Flow> {
    let v = a.first().cloned().unwrap_or(Value::None);
    match vm.gen_state(&v) {
        Some(s) => Ok(Flow::Value(Value::str(s.name()))),
        None => {
            let r = vm.repr_plain(&v);
            Err(vm.type_error(&format!("{r} is not a Python generator")))
        }
    }
}

impl Vm {
    /// The ImportName instruction: import a module (and its parents for dotted names).
    pub fn import(&mut self, name: &str) -> PyResult<Value> {
        // `a.b.c`: import `a`, then `a.b`, then `a.b.c`, each bound as an attribute of its parent.
        let mut parent: Option<Value> = None;
        let mut leaf = Value::None;
        let mut end = 0;
        for part in name.split('.') {
            end += part.len();
            let prefix = &name[..end];
            end += 1;
            let m = match import_module(self, prefix) {
                Ok(m) => m,
                Err(e) if parent.is_some() && self.is_instance_of(&e.0, "ModuleNotFoundError") => {
                    let note = crate::stdlib::cpython_names::missing_module_note(name);
                    return Err(self.new_error(
                        "ModuleNotFoundError",
                        &format!("No module named '{name}'{note}"),
                    ));
                }
                Err(e) => return Err(e),
            };
            if let Some(Value::Obj(p)) = &parent {
                if let ObjData::Module(pm) = &mut *p.data_mut() {
                    pm.dict.set_str(part, m.clone());
                }
            }
            parent = Some(m.clone());
            leaf = m;
        }
        Ok(leaf)
    }

    /// The ImportFrom instruction: `from m import name`.
    pub fn import_from(&mut self, module: &Value, name: &str) -> PyResult<Value> {
        let Value::Obj(m) = module else {
            return Err(self.runtime_error("internal: import from a non-module"));
        };
        match super::dict::obj_dict_get(m, name) {
            Some(v) => Ok(v),
            None => {
                let mname = match &*m.data() {
                    ObjData::Module(md) => md.name.clone(),
                    _ => Rc::from("?"),
                };
                Err(self.new_error(
                    "ImportError",
                    &format!(
                        "cannot import name '{name}' from '{mname}' (unknown location){}",
                        crate::stdlib::cpython_names::missing_attr_note(&mname, name)
                    ),
                ))
            }
        }
    }
}
