//! `int.to_bytes(length=1, byteorder='big', *, signed=False)`, with CPython 3.11's checks.

use super::call::Kwargs;
use super::native::Flow;
use super::value::Value;
use super::{PyResult, Vm};
use num_bigint::{BigInt, Sign};

/// `n.to_bytes(length, byteorder, *, signed)`: `a[0]` is the int.
pub fn int_to_bytes(vm: &mut Vm, a: Vec<Value>, k: Kwargs) -> PyResult<Flow> {
    let n = a.first().and_then(Value::as_bigint).unwrap_or_default();
    let mut length = a.get(1).cloned();
    let mut order = a.get(2).cloned();
    let mut signed = false;
    if a.len() > 3 {
        return Err(vm.type_error(&format!(
            "to_bytes() takes at most 2 positional arguments ({} given)",
            a.len() - 1
        )));
    }
    for (name, v) in k {
        match &*name {
            "length" if length.is_none() => length = Some(v),
            "byteorder" if order.is_none() => order = Some(v),
            "signed" => signed = vm.truthy(&v)?,
            other => {
                return Err(vm.type_error(&format!(
                    "to_bytes() got an unexpected keyword argument '{other}'"
                )))
            }
        }
    }
    let length = match length {
        None => 1,
        Some(v) => match v.as_i64() {
            Some(l) if l < 0 => {
                return Err(vm.new_error("ValueError", "length argument must be non-negative"))
            }
            Some(l) => l as usize,
            None => {
                let t = vm.type_name(&v);
                return Err(
                    vm.type_error(&format!("'{t}' object cannot be interpreted as an integer"))
                );
            }
        },
    };
    let little = match order {
        None => false,
        Some(Value::Str(s)) if &*s == "little" => true,
        Some(Value::Str(s)) if &*s == "big" => false,
        Some(Value::Str(_)) => {
            return Err(vm.new_error("ValueError", "byteorder must be either 'little' or 'big'"))
        }
        Some(v) => {
            let t = vm.type_name(&v);
            return Err(vm.type_error(&format!(
                "to_bytes() argument 'byteorder' must be str, not {t}"
            )));
        }
    };
    if !signed && n.sign() == Sign::Minus {
        return Err(vm.new_error("OverflowError", "can't convert negative int to unsigned"));
    }
    let Some(mut out) = fixed_width_le(&n, length, signed) else {
        return Err(vm.new_error("OverflowError", "int too big to convert"));
    };
    if !little {
        out.reverse();
    }
    Ok(Flow::Value(vm.bytes_value(out)))
}

/// `n` as exactly `length` little-endian bytes (two's complement when `signed`), or None when it
/// does not fit.
fn fixed_width_le(n: &BigInt, length: usize, signed: bool) -> Option<Vec<u8>> {
    if n.sign() == Sign::NoSign {
        return Some(vec![0; length]);
    }
    // The shortest form: magnitude bytes, or two's complement with room for the sign bit.
    let mut bytes = if signed {
        n.to_signed_bytes_le()
    } else {
        n.to_bytes_le().1
    };
    if bytes.len() > length {
        return None;
    }
    let fill = if n.sign() == Sign::Minus { 0xff } else { 0 };
    bytes.resize(length, fill);
    Some(bytes)
}
