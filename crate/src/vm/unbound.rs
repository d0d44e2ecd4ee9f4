//! Unbound methods of builtin types (`str.upper`, `list.append`, ...): CPython's method
//! descriptors check that the first argument is an instance of the type that defines them.
//!
//! [`make_unbound`] builds the function `cls.name` returns, tagged with its owner type; the call
//! path runs [`check_receiver`] before the method body, so one check serves every builtin type.

use super::object::{Builtin, BuiltinFn, ObjData};
use super::types::{class_name, is_subclass, TypeId};
use super::value::Value;
use super::{PyResult, Vm};
use std::rc::Rc;

/// The unbound method `name` of the builtin type `id`, checking its receiver when called.
pub fn make_unbound(vm: &mut Vm, id: TypeId, name: &str, f: BuiltinFn) -> Value {
    // bool's methods are int's: CPython names the defining type in its messages.
    let owner = if id == TypeId::Bool { TypeId::Int } else { id };
    vm.new_obj(ObjData::Builtin(Builtin {
        name: Rc::from(name),
        f,
        bound: Value::None,
        method: false,
        owner: Some(owner),
    }))
}

/// Raise CPython's TypeError unless the first of `args` is an instance of `owner`; an instance
/// of a user subclass is replaced by its builtin payload, which the method bodies work on.
pub fn check_receiver(vm: &mut Vm, owner: TypeId, name: &str, args: &mut [Value]) -> PyResult<()> {
    let owner_cls = vm.types.get(owner);
    let owner_name = class_name(&owner_cls);
    let Some(recv) = args.first_mut() else {
        return Err(vm.type_error(&format!(
            "unbound method {owner_name}.{name}() needs an argument"
        )));
    };
    let cls = vm.type_of(recv);
    if is_subclass(&cls, &owner_cls) {
        if let Some(payload) = vm.payload_of(recv) {
            *recv = payload;
        }
        return Ok(());
    }
    let got = class_name(&cls);
    let msg = if is_slot_wrapper(owner, name) {
        format!("descriptor '{name}' requires a '{owner_name}' object but received a '{got}'")
    } else {
        format!("descriptor '{name}' for '{owner_name}' objects doesn't apply to a '{got}' object")
    };
    Err(vm.type_error(&msg))
}

/// Whether CPython implements `owner.name` as a slot wrapper (its message differs from a method
/// descriptor's): the operator dunders, except those a few types define as plain methods.
fn is_slot_wrapper(owner: TypeId, name: &str) -> bool {
    if !(name.starts_with("__") && name.ends_with("__")) {
        return false;
    }
    let method_dunder = matches!(
        name,
        "__format__"
            | "__round__"
            | "__sizeof__"
            | "__reduce__"
            | "__reduce_ex__"
            | "__reversed__"
            | "__getnewargs__"
            | "__dir__"
            | "__trunc__"
            | "__floor__"
            | "__ceil__"
            | "__getstate__"
    ) || matches!(
        (owner, name),
        (TypeId::List | TypeId::Dict, "__getitem__")
            | (
                TypeId::Dict | TypeId::Set | TypeId::FrozenSet,
                "__contains__"
            )
    );
    !method_dunder
}
