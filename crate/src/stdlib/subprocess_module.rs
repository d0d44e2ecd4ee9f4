//! `_subprocess`: the native part of the simulated `subprocess` module. It hands a command line
//! to the command simulator ([`super::commands`]) and gives back what the child wrote, its exit
//! status and its virtual duration; `subprocess.py` turns the duration into a timer on the
//! virtual clock (a child "runs" from its start until start + duration).
//!
//! Functions:
//! - `run_command(argv, env_pairs_or_None, input_bytes)` → `(stdout, stderr, code, duration_ns)`,
//!   or raises what CPython's `Popen` raises (`FileNotFoundError: [Errno 2] No such file or
//!   directory: 'nosuchcmd'`).
//! - `spawn_error(argv)` → `None` when `argv` can start, else the exception CPython raises
//!   (not raised), so `subprocess.py` can raise it from the line CPython's traceback shows.
//! - `environ()` → the simulated parent environment as a list of `(name, value)` pairs.
//! - `now_ns()` → virtual ns since the start of the run.

use super::commands::{self, SpawnError};
use crate::vm::call::Kwargs;
use crate::vm::modules::add_fn;
use crate::vm::native::Flow;
use crate::vm::value::{Obj, Value};
use crate::vm::{PyErr, PyResult, Vm};

/// The environment the simulated Python process was started with (what `env=None` passes on).
pub const PARENT_ENV: &[(&str, &str)] = &[
    ("HOME", commands::HOME),
    ("LANG", "C.UTF-8"),
    ("LOGNAME", "learner"),
    ("PATH", "/usr/local/bin:/usr/bin:/bin"),
    ("PWD", commands::HOME),
    ("SHELL", "/bin/bash"),
    ("USER", "learner"),
];

/// Fill the `_subprocess` module.
pub fn install(vm: &mut Vm, m: &Obj) {
    add_fn(vm, m, "run_command", run_command);
    add_fn(vm, m, "spawn_error", |vm, a, _| {
        let argv = match a.first() {
            Some(v) => strings(vm, v, "args")?,
            None => return Err(vm.type_error("spawn_error() missing argument 'argv'")),
        };
        match commands::run(&argv, &[], b"") {
            Ok(_) => Ok(Flow::Value(Value::None)),
            Err(e) => {
                let exc = exception(vm, &e)?;
                Ok(Flow::Value(exc.0))
            }
        }
    });
    add_fn(vm, m, "environ", |vm, _, _| {
        let pairs: Vec<Value> = PARENT_ENV
            .iter()
            .map(|(k, v)| vm.new_tuple(vec![Value::str(k), Value::str(v)]))
            .collect();
        Ok(Flow::Value(vm.new_list(pairs)))
    });
    add_fn(vm, m, "now_ns", |vm, _, _| {
        Ok(Flow::Value(Value::Int(
            super::time_module::now_ns(vm) as i64
        )))
    });
}

/// The exception CPython's `Popen` raises for `e`: `FileNotFoundError(2, 'No such file or
/// directory')` with `errno`, `strerror` and `filename` set (so `str()` is
/// `[Errno 2] No such file or directory: 'nosuchcmd'`), or `IndexError(msg)`.
fn exception(vm: &mut Vm, e: &SpawnError) -> PyResult<PyErr> {
    if e.errno == 0 {
        return Ok(vm.new_error(e.exception, &e.message()));
    }
    let exc = vm.new_exception(e.exception, Vec::new());
    let given = [
        Value::Int(i64::from(e.errno)),
        Value::str(e.strerror),
        Value::str(&e.filename),
    ];
    let args = vm.os_error_init(&exc.0, &given);
    let args = vm.new_tuple(args);
    vm.set_attr(&exc.0, "args", args)?;
    Ok(exc)
}

/// A list or tuple of str as Rust strings.
fn strings(vm: &mut Vm, v: &Value, what: &str) -> PyResult<Vec<String>> {
    let items = match vm.snapshot_items(v) {
        Some(items) => items?,
        None => {
            let t = vm.type_name(v);
            return Err(vm.type_error(&format!("{what} must be a list of str, not {t}")));
        }
    };
    let mut out = Vec::with_capacity(items.len());
    for item in &items {
        match item {
            Value::Str(s) => out.push(s.to_string()),
            other => {
                let t = vm.type_name(other);
                return Err(vm.type_error(&format!(
                    "expected str, bytes or os.PathLike object, not {t}"
                )));
            }
        }
    }
    Ok(out)
}

/// `run_command(argv, env, input)`; see the module doc.
fn run_command(vm: &mut Vm, a: Vec<Value>, _k: Kwargs) -> PyResult<Flow> {
    let argv = match a.first() {
        Some(v) => strings(vm, v, "args")?,
        None => return Err(vm.type_error("run_command() missing argument 'argv'")),
    };
    let env: Vec<(String, String)> = match a.get(1) {
        None | Some(Value::None) => PARENT_ENV
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect(),
        Some(v) => {
            let pairs = match vm.snapshot_items(v) {
                Some(items) => items?,
                None => return Err(vm.type_error("env must be a list of (name, value) pairs")),
            };
            let mut env = Vec::with_capacity(pairs.len());
            for pair in &pairs {
                let kv = strings(vm, pair, "env")?;
                match kv.as_slice() {
                    [k, v] => env.push((k.clone(), v.clone())),
                    _ => return Err(vm.type_error("env must be a list of (name, value) pairs")),
                }
            }
            env
        }
    };
    let input = match a.get(2) {
        None | Some(Value::None) => Vec::new(),
        Some(v) => match crate::vm::bytes::bytes_of(v) {
            Some(b) => b,
            None => {
                let t = vm.type_name(v);
                return Err(vm.type_error(&format!("a bytes-like object is required, not '{t}'")));
            }
        },
    };
    match commands::run(&argv, &env, &input) {
        Ok(done) => {
            let out = match vm.new_bytes(done.stdout)? {
                Flow::Value(v) => v,
                _ => Value::None,
            };
            let err = match vm.new_bytes(done.stderr)? {
                Flow::Value(v) => v,
                _ => Value::None,
            };
            let duration = i64::try_from(done.duration_ns).unwrap_or(i64::MAX);
            Ok(Flow::Value(vm.new_tuple(vec![
                out,
                err,
                Value::Int(i64::from(done.code)),
                Value::Int(duration),
            ])))
        }
        Err(e) => Err(exception(vm, &e)?),
    }
}
