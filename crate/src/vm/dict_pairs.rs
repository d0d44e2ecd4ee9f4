//! The key/value pairs of `dict(iterable)` and `dict.update(iterable)`, with CPython's checks on
//! each element (`dict_merge_from_seq2`): it must be iterable and yield exactly two items.

use super::dict::Dict;
use super::value::Value;
use super::{PyResult, Vm};

/// Insert the pairs `items` into `d`, raising CPython's TypeError for an element that is not a
/// sequence and its ValueError for one whose length is not 2.
pub fn insert_pairs(vm: &mut Vm, d: &mut Dict, items: Vec<Value>) -> PyResult<()> {
    for (i, pair) in items.into_iter().enumerate() {
        let kv = match vm.snapshot_items(&pair) {
            Some(kv) => kv?,
            None => {
                let Ok(it) = vm.get_iter(&pair) else {
                    return Err(vm.type_error(&format!(
                        "cannot convert dictionary update sequence element #{i} to a sequence"
                    )));
                };
                let mut kv = Vec::new();
                while let Some(x) = vm.next_sync(&it)? {
                    kv.push(x);
                }
                kv
            }
        };
        if kv.len() != 2 {
            return Err(vm.new_error(
                "ValueError",
                &format!(
                    "dictionary update sequence element #{i} has length {}; 2 is required",
                    kv.len()
                ),
            ));
        }
        let mut kv = kv.into_iter();
        if let (Some(k), Some(v)) = (kv.next(), kv.next()) {
            d.insert(k, v).map_err(|u| vm.unhashable(u))?;
        }
    }
    Ok(())
}

/// All items of the iterable `src`, synchronously (its `__iter__`/`__next__` may run Python).
pub fn items_of(vm: &mut Vm, src: &Value) -> PyResult<Vec<Value>> {
    if let Some(items) = vm.snapshot_items(src) {
        return items;
    }
    let it = vm.get_iter(src)?;
    let mut out = Vec::new();
    while let Some(x) = vm.next_sync(&it)? {
        out.push(x);
    }
    Ok(out)
}
