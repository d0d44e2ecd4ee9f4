//! Importable modules: `sys`, `inspect`, `math`, `itertools`, `collections`, `functools`,
//! `operator` (parts), and the Python-written builtins of `python/builtins.py`.

use super::call::Kwargs;
use super::dict::Dict;
use super::native::Flow;
use super::object::{Module, ObjData};
use super::value::{Obj, Value};
use super::{PyResult, Vm};
use std::rc::Rc;

const BUILTINS_PY: &str = include_str!("python/builtins.py");
const ITERTOOLS_PY: &str = include_str!("python/itertools.py");
const COLLECTIONS_PY: &str = include_str!("python/collections.py");
const FUNCTOOLS_PY: &str = include_str!("python/functools.py");
const OPERATOR_PY: &str = include_str!("python/operator.py");

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

/// Whether `f` is `sys.stderr` (for print(file=...)).
pub fn is_stderr(vm: &mut Vm, f: &Value) -> bool {
    let sys = match vm.modules.get("sys") {
        Some(s) => s.clone(),
        None => return false,
    };
    match super::dict::obj_dict_get(&sys, "stderr") {
        Some(e) => e.is(f),
        None => false,
    }
}

/// `import name`.
pub fn import_module(vm: &mut Vm, name: &str) -> PyResult<Value> {
    if let Some(m) = vm.modules.get(name) {
        return Ok(Value::Obj(m.clone()));
    }
    let m = new_module(vm, name);
    match name {
        "sys" => {
            let stdout = vm.new_obj(ObjData::Instance(super::object::Instance {
                class: vm.types.get(super::types::TypeId::Object),
                dict: Dict::new(),
                exc: None,
                payload: None,
            }));
            let stderr = vm.new_obj(ObjData::Instance(super::object::Instance {
                class: vm.types.get(super::types::TypeId::Object),
                dict: Dict::new(),
                exc: None,
                payload: None,
            }));
            add_val(&m, "stdout", stdout);
            add_val(&m, "stderr", stderr);
            let argv = vm.new_list(vec![Value::str(&vm.script.clone())]);
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
            add_fn(vm, &m, "getrecursionlimit", |_, _, _| {
                Ok(Flow::Value(Value::Int(super::RECURSION_LIMIT as i64)))
            });
            add_fn(vm, &m, "getswitchinterval", |_, _, _| {
                Ok(Flow::Value(Value::Float(0.005)))
            });
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
        _ => {
            // Register before running, so a module that imports itself circularly sees it.
            vm.modules.insert(name.to_string(), m.clone());
            match crate::stdlib::load(vm, name, &m) {
                Ok(true) => {}
                Ok(false) => {
                    vm.modules.remove(name);
                    return Err(
                        vm.new_error("ModuleNotFoundError", &format!("No module named '{name}'"))
                    );
                }
                Err(e) => {
                    vm.modules.remove(name);
                    return Err(e);
                }
            }
        }
    }
    vm.modules.insert(name.to_string(), m.clone());
    Ok(Value::Obj(m))
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
                    return Err(
                        self.new_error("ModuleNotFoundError", &format!("No module named '{name}'"))
                    );
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
                    &format!("cannot import name '{name}' from '{mname}' (unknown location)"),
                ))
            }
        }
    }
}
