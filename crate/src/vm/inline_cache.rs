//! Name and attribute loads and stores through an instruction's inline cache ([`InlineCache`]).
//!
//! A module-level loop looks the same few names up millions of times. The first lookup by an
//! instruction records where the name was found (its entry position) together with the key-layout
//! stamps of the dicts searched ([`Dict::layout`]); while those stamps are unchanged, later
//! lookups read the entry by position without hashing the name. Adding or removing any key renews
//! a dict's stamp, so a stale cache is never used: it simply misses and is filled again.
//!
//! Attribute caches remember the entry position in an instance's own dict; a hit is checked
//! against the key stored there, so instances of one shape share it. Both reads and stores also
//! rely on what the class said (no property of that name, which would come first; for stores no
//! `__setattr__` either): that holds while the class is the same and no class has changed since
//! (the VM's class epoch, renewed by every class change).

use super::dict::Dict;
use super::object::Instance;
use super::object::ObjData;
use super::value::{Obj, Value};
use crate::compiler::code::InlineCache;
use std::cell::Cell;

/// The result of a cached name lookup.
pub enum Lookup {
    /// The name's value, found in the first namespace (the module's globals).
    Found(Value),
    /// The name's value, found in builtins (no global of that name).
    Builtin(Value),
    /// Neither namespace has the name.
    Missing,
    /// The namespace is not a plain module or dict namespace: take the general path.
    Uncached,
}

/// The dict a module or dict namespace keeps its names in. Class namespaces are left to the
/// general path (their stores have side effects such as `__module__`).
fn namespace_dict(data: &ObjData) -> Option<&Dict> {
    match data {
        ObjData::Module(m) => Some(&m.dict),
        ObjData::Dict(d) => Some(d),
        _ => None,
    }
}

/// Look `name` up in `first`, then in `builtins`, through `cache`.
pub fn load(cache: &Cell<InlineCache>, first: &Obj, builtins: &Obj, name: &str) -> Lookup {
    let first_data = first.data();
    let Some(d0) = namespace_dict(&first_data) else {
        return Lookup::Uncached;
    };
    let c = cache.get();
    let layout0 = d0.layout();
    if c.keys[0] != 0 && layout0 == c.keys[0] {
        if c.depth == 0 {
            if let Some(v) = d0.value_at_index(c.index) {
                return Lookup::Found(v);
            }
        } else if let Some(bd) = namespace_dict(&builtins.data()) {
            if bd.layout() == c.keys[1] {
                if let Some(v) = bd.value_at_index(c.index) {
                    return Lookup::Builtin(v);
                }
            }
        }
    }
    if let Some((index, v)) = d0.find_str(name) {
        cache.set(InlineCache {
            keys: [layout0, 0],
            index,
            depth: 0,
        });
        return Lookup::Found(v);
    }
    if d0.layout() == 0 {
        // An aliased dict: its stamp says nothing, so look it up the general way.
        if let Some(v) = d0.get_str(name) {
            return Lookup::Found(v);
        }
    }
    let builtins_data = builtins.data();
    let Some(bd) = namespace_dict(&builtins_data) else {
        return Lookup::Uncached;
    };
    match bd.find_str(name) {
        Some((index, v)) => {
            cache.set(InlineCache {
                keys: [layout0, bd.layout()],
                index,
                depth: 1,
            });
            Lookup::Builtin(v)
        }
        None => match bd.get_str(name) {
            Some(v) => Lookup::Builtin(v),
            None => Lookup::Missing,
        },
    }
}

/// Store `value` under `name` in `target` through `cache`. Gives the value back when `target`
/// is not a plain module or dict namespace, for the general path.
pub fn store(cache: &Cell<InlineCache>, target: &Obj, name: &str, value: Value) -> Option<Value> {
    let mut data = target.data_mut();
    let d = match &mut *data {
        ObjData::Module(m) => &mut m.dict,
        ObjData::Dict(d) => d,
        _ => return Some(value),
    };
    let c = cache.get();
    if c.depth == 0 && c.keys[0] != 0 && d.layout() == c.keys[0] {
        if let Err(v) = d.set_value_at(c.index, value) {
            d.set_str(name, v);
        }
        return None;
    }
    d.set_str(name, value);
    if let Some((index, _)) = d.find_str(name) {
        let layout = d.layout();
        if layout != 0 {
            cache.set(InlineCache {
                keys: [layout, 0],
                index,
                depth: 0,
            });
        }
    }
    None
}

/// `obj.name` from an instance's own dict, if the cached position holds that name.
/// (Only once [`remember_attr`] has filled the cache: `keys[0]` is then 1.)
pub fn load_attr(cache: &Cell<InlineCache>, epoch: u64, o: &Obj, name: &str) -> Option<Value> {
    let c = cache.get();
    match &*o.data() {
        ObjData::Instance(inst) if c.keys == [inst.class.id(), epoch] => {
            inst.dict.value_at_named(c.index, name)
        }
        _ => None,
    }
}

/// After a general lookup found `obj.name` in the instance's own dict, and its class (unchanged
/// since: `epoch`) has no property `name`: remember where.
pub fn remember_attr(cache: &Cell<InlineCache>, epoch: u64, o: &Obj, name: &str) {
    if let ObjData::Instance(inst) = &*o.data() {
        if let Some((index, _)) = inst.dict.find_str(name) {
            cache.set(InlineCache {
                keys: [inst.class.id(), epoch],
                index,
                depth: 0,
            });
        }
    }
}

/// Whether a store of `name` into this instance is a plain dict store once the class allows it
/// (exceptions and `__dict__` have stores of their own).
fn plain_store(inst: &Instance, name: &str) -> bool {
    inst.exc.is_none() && name != "__dict__" && inst.dict.alias().is_none()
}

/// `obj.name = value` into an instance's own dict, when the cache says its class (unchanged
/// since: `epoch`) has no `__setattr__` and no property `name`. Gives the value back otherwise.
pub fn store_attr(
    cache: &Cell<InlineCache>,
    epoch: u64,
    o: &Obj,
    name: &str,
    value: Value,
) -> Result<(), Value> {
    let c = cache.get();
    let mut data = o.data_mut();
    let ObjData::Instance(inst) = &mut *data else {
        return Err(value);
    };
    if c.keys != [inst.class.id(), epoch] || !plain_store(inst, name) {
        return Err(value);
    }
    if let Err(value) = inst.dict.set_at_named(c.index, name, value) {
        inst.dict.set_str(name, value);
        if let Some((index, _)) = inst.dict.find_str(name) {
            cache.set(InlineCache { index, ..c });
        }
    }
    Ok(())
}

/// Whether [`store_attr`] with this cache would store `name` into `o`'s own dict without
/// running any code of the class (no `__setattr__`, no property or descriptor `name`).
pub fn stores_plainly(cache: &Cell<InlineCache>, epoch: u64, o: &Obj, name: &str) -> bool {
    let c = cache.get();
    match o.try_data().as_deref() {
        Some(ObjData::Instance(inst)) => {
            c.keys == [inst.class.id(), epoch] && plain_store(inst, name)
        }
        _ => false,
    }
}

/// After a general store found the class allows plain stores of `name`: remember that.
pub fn remember_store(cache: &Cell<InlineCache>, epoch: u64, o: &Obj, name: &str) {
    if let ObjData::Instance(inst) = &*o.data() {
        if plain_store(inst, name) {
            if let Some((index, _)) = inst.dict.find_str(name) {
                cache.set(InlineCache {
                    keys: [inst.class.id(), epoch],
                    index,
                    depth: 0,
                });
            }
        }
    }
}
