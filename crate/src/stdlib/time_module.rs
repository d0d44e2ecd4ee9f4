//! `_time`: the native part of the simulated `time` module. Every clock reads the virtual clock,
//! and `sleep` is a timer: the thread blocks, the others run, and when all wait the clock jumps.

use crate::scheduler::thread::Wait;
use crate::vm::call::Kwargs;
use crate::vm::modules::add_fn;
use crate::vm::native::{Block, Flow, Input, NativeFrame, Step};
use crate::vm::value::{Obj, Value};
use crate::vm::{PyResult, Vm};

/// Seconds CPython's monotonic clock shows at the start (about three hours since "boot"), so
/// values look like the real thing and stay stable.
pub const MONOTONIC_START_NS: u64 = 11_409_858_182_271;

/// Fill the `_time` module.
pub fn install(vm: &mut Vm, m: &Obj) {
    add_fn(vm, m, "time", |vm, _, _| {
        Ok(Flow::Value(Value::Float(unix_ns(vm) as f64 / 1e9)))
    });
    add_fn(vm, m, "time_ns", |vm, _, _| {
        Ok(Flow::Value(Value::Int(unix_ns(vm) as i64)))
    });
    add_fn(vm, m, "monotonic", |vm, _, _| {
        Ok(Flow::Value(Value::Float(mono_ns(vm) as f64 / 1e9)))
    });
    add_fn(vm, m, "monotonic_ns", |vm, _, _| {
        Ok(Flow::Value(Value::Int(mono_ns(vm) as i64)))
    });
    add_fn(vm, m, "elapsed_ns", |vm, _, _| {
        Ok(Flow::Value(Value::Int(now_ns(vm) as i64)))
    });
    add_fn(vm, m, "start_unix", |vm, _, _| {
        Ok(Flow::Value(Value::Int(vm.sched.clock.start_unix() as i64)))
    });
    add_fn(vm, m, "sleep", sleep);
}

/// Virtual ns since the start of the run.
pub fn now_ns(vm: &Vm) -> u64 {
    vm.sched.clock.now(vm.steps)
}

fn unix_ns(vm: &Vm) -> u64 {
    vm.sched.clock.unix_ns(vm.steps)
}

fn mono_ns(vm: &Vm) -> u64 {
    MONOTONIC_START_NS + now_ns(vm)
}

/// Convert a number of seconds (`time.sleep`, a timeout) to ns with CPython's checks and messages.
pub fn seconds_to_ns(vm: &mut Vm, v: &Value) -> PyResult<i128> {
    const LIMIT: f64 = 9_223_372_036.854_776;
    match v {
        Value::Float(f) => {
            if f.is_nan() {
                return Err(vm.new_error("ValueError", "Invalid value NaN (not a number)"));
            }
            if f.abs() > LIMIT {
                return Err(vm.new_error(
                    "OverflowError",
                    "timestamp out of range for platform time_t",
                ));
            }
            Ok((f * 1e9).round() as i128)
        }
        Value::Bool(b) => Ok(i128::from(*b) * 1_000_000_000),
        _ => match v.as_bigint() {
            Some(n) => {
                let limit = num_bigint::BigInt::from(9_223_372_036i64);
                if n > limit || n < -limit {
                    return Err(vm.new_error(
                        "OverflowError",
                        "timestamp too large to convert to C _PyTime_t",
                    ));
                }
                let secs: i128 = n.try_into().unwrap_or(0);
                Ok(secs * 1_000_000_000)
            }
            None => {
                let t = vm.type_name(v);
                Err(vm.type_error(&format!("'{t}' object cannot be interpreted as an integer")))
            }
        },
    }
}

fn sleep(vm: &mut Vm, a: Vec<Value>, _k: Kwargs) -> PyResult<Flow> {
    let Some(v) = a.first() else {
        return Err(vm.type_error("time.sleep() takes exactly one argument (0 given)"));
    };
    let ns = seconds_to_ns(vm, v)?;
    if ns < 0 {
        return Err(vm.new_error("ValueError", "sleep length must be non-negative"));
    }
    let deadline = now_ns(vm).saturating_add(ns as u64);
    Ok(Flow::Native(Box::new(Sleep { deadline })))
}

/// A thread in `time.sleep`.
struct Sleep {
    deadline: u64,
}

impl NativeFrame for Sleep {
    fn name(&self) -> &'static str {
        "time.sleep"
    }

    fn resume(&mut self, vm: &mut Vm, input: Input) -> PyResult<Step> {
        match input {
            Input::Start => Ok(Step::Block(Block {
                wait: Wait::Sleep,
                deadline: Some(self.deadline),
            })),
            Input::Woken { .. } => Ok(Step::Return(Value::None)),
            Input::Error(e) => Err(e),
            _ => Err(vm.runtime_error("internal: unexpected input to sleep")),
        }
    }
}
