//! `_random`: the native part of the simulated `random` module (wraps [`crate::random`]).
//! Not written yet: the module is empty.

use crate::vm::value::Obj;
use crate::vm::Vm;

/// Fill the `_random` module.
pub fn install(_vm: &mut Vm, _m: &Obj) {}
