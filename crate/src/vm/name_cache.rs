//! Name loads and stores through an instruction's inline cache ([`NameCache`]).
//!
//! A module-level loop looks the same few names up millions of times. The first lookup by an
//! instruction records where the name was found (its entry position) together with the key-layout
//! stamps of the dicts searched ([`Dict::layout`]); while those stamps are unchanged, later
//! lookups read the entry by position without hashing the name. Adding or removing any key renews
//! a dict's stamp, so a stale cache is never used: it simply misses and is filled again.

use super::dict::Dict;
use super::object::ObjData;
use super::value::{Obj, Value};
use crate::compiler::code::NameCache;
use std::cell::Cell;

/// The result of a cached name lookup.
pub enum Lookup {
    /// The name's value.
    Found(Value),
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
pub fn load(cache: &Cell<NameCache>, first: &Obj, builtins: &Obj, name: &str) -> Lookup {
    let first_data = first.data();
    let Some(d0) = namespace_dict(&first_data) else {
        return Lookup::Uncached;
    };
    let c = cache.get();
    let layout0 = d0.layout();
    if c.layouts[0] != 0 && layout0 == c.layouts[0] {
        if c.depth == 0 {
            if let Some(v) = d0.value_at_index(c.index) {
                return Lookup::Found(v);
            }
        } else if let Some(bd) = namespace_dict(&builtins.data()) {
            if bd.layout() == c.layouts[1] {
                if let Some(v) = bd.value_at_index(c.index) {
                    return Lookup::Found(v);
                }
            }
        }
    }
    if let Some((index, v)) = d0.find_str(name) {
        cache.set(NameCache {
            layouts: [layout0, 0],
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
            cache.set(NameCache {
                layouts: [layout0, bd.layout()],
                index,
                depth: 1,
            });
            Lookup::Found(v)
        }
        None => match bd.get_str(name) {
            Some(v) => Lookup::Found(v),
            None => Lookup::Missing,
        },
    }
}

/// Store `value` under `name` in `target` through `cache`. Gives the value back when `target`
/// is not a plain module or dict namespace, for the general path.
pub fn store(cache: &Cell<NameCache>, target: &Obj, name: &str, value: Value) -> Option<Value> {
    let mut data = target.data_mut();
    let d = match &mut *data {
        ObjData::Module(m) => &mut m.dict,
        ObjData::Dict(d) => d,
        _ => return Some(value),
    };
    let c = cache.get();
    if c.depth == 0 && c.layouts[0] != 0 && d.layout() == c.layouts[0] {
        if let Err(v) = d.set_value_at(c.index, value) {
            d.set_str(name, v);
        }
        return None;
    }
    d.set_str(name, value);
    if let Some((index, _)) = d.find_str(name) {
        let layout = d.layout();
        if layout != 0 {
            cache.set(NameCache {
                layouts: [layout, 0],
                index,
                depth: 0,
            });
        }
    }
    None
}
