//! An operator implemented by user dunders, tried in CPython's order until one does not return
//! `NotImplemented`: `a.__add__(b)`, then `b.__radd__(a)`, then the operator's fallback (a
//! TypeError, or identity for `==` and `!=`). The calls run as a native activation, so a dunder
//! may block or switch threads like any other Python code.

use super::native::{Input, NativeFrame, Step};
use super::value::Value;
use super::{PyResult, Vm};
use crate::compiler::code::{BinOp, CmpOp};

/// What an operator gives when every dunder returned `NotImplemented` (or none exists).
pub enum Fallback {
    /// `a op b` is a TypeError ("unsupported operand type(s) for +: 'A' and 'B'").
    Binary {
        /// The operator.
        op: BinOp,
        /// Whether it was the augmented form (`+=`).
        inplace: bool,
    },
    /// `==` and `!=` compare identity; orderings are a TypeError.
    Compare(CmpOp),
}

/// One dunder call to try.
pub struct Attempt {
    /// The bound-less function (the class attribute).
    pub func: Value,
    /// Its arguments (`self` first).
    pub args: Vec<Value>,
    /// The result is negated (`!=` through `__eq__`).
    pub negate: bool,
}

/// The operator's dunders in the order CPython tries them, and its fallback.
pub struct DunderChain {
    attempts: std::vec::IntoIter<Attempt>,
    negate: bool,
    a: Value,
    b: Value,
    fallback: Fallback,
}

impl DunderChain {
    /// Try `attempts` in order on operands `a` and `b`, then `fallback`.
    pub fn new(attempts: Vec<Attempt>, a: Value, b: Value, fallback: Fallback) -> DunderChain {
        DunderChain {
            attempts: attempts.into_iter(),
            negate: false,
            a,
            b,
            fallback,
        }
    }

    /// Run the whole chain now, on a nested loop (for callers that cannot suspend).
    pub fn run_sync(mut self, vm: &mut Vm) -> PyResult<Value> {
        let not_impl = vm.builtin_value("NotImplemented");
        for at in self.attempts.by_ref() {
            let r = vm.call_sync(at.func, at.args)?;
            if !r.is(&not_impl) {
                return finish(vm, r, at.negate);
            }
        }
        self.fail(vm)
    }

    fn fail(&self, vm: &mut Vm) -> PyResult<Value> {
        match self.fallback {
            Fallback::Compare(CmpOp::Eq) => Ok(Value::Bool(self.a.is(&self.b))),
            Fallback::Compare(CmpOp::Ne) => Ok(Value::Bool(!self.a.is(&self.b))),
            Fallback::Compare(op) => Err(vm.compare_type_error(op, &self.a, &self.b)),
            Fallback::Binary { op, inplace } => {
                Err(vm.binary_type_error(op, &self.a, &self.b, inplace))
            }
        }
    }
}

/// A dunder's result as the operator's: negated for `!=` through `__eq__`.
fn finish(vm: &mut Vm, r: Value, negate: bool) -> PyResult<Value> {
    if negate {
        Ok(Value::Bool(!vm.truthy(&r)?))
    } else {
        Ok(r)
    }
}

impl NativeFrame for DunderChain {
    fn name(&self) -> &'static str {
        "operator"
    }

    fn resume(&mut self, vm: &mut Vm, input: Input) -> PyResult<Step> {
        match input {
            Input::Start => {}
            Input::Value(r) => {
                if !r.is(&vm.builtin_value("NotImplemented")) {
                    return finish(vm, r, self.negate).map(Step::Return);
                }
            }
            Input::Error(e) => return Err(e),
            _ => return Err(vm.runtime_error("internal: unexpected input to an operator")),
        }
        match self.attempts.next() {
            Some(at) => {
                self.negate = at.negate;
                Ok(Step::Call {
                    func: at.func,
                    args: at.args,
                    kwargs: Vec::new(),
                })
            }
            None => self.fail(vm).map(Step::Return),
        }
    }
}
