//! `_random`: the native part of the simulated `random` module, over [`crate::random`].
//!
//! CPython splits `random` into the C type `_random.Random` (the Mersenne Twister: `seed`,
//! `random`, `getrandbits`, `getstate`, `setstate`) and `Lib/random.py` (everything else, written
//! over those). Interleave does the same: `stdlib/python/random.py` is CPython's `random.py`
//! with its checks and `raise` lines kept (so tracebacks match), and calls the natives here for
//! the generator itself and for the hot paths (`_randbelow`, shuffling a list, the indices of
//! `sample` and `choices`, the distributions), which consume the generator exactly as the
//! Python code would.
//!
//! The generators live in a table this module owns, one per VM (keyed by the VM's `builtins`
//! module, held weakly): a `random.Random` instance names its generator by the int in its `_id`
//! attribute, created on first use. Every native is a builtin that binds like a method, so
//! `Random.random` can be the native itself.
//!
//! Seeding without a seed (`Random()`, `seed()`, `seed(None)`) is where Interleave departs from
//! CPython on purpose: CPython reads OS entropy, Interleave uses the run's seed
//! (`vm.sched.seed`, `--seed N`), so a run stays a pure function of program and seed. The `k`-th
//! such seeding in a run (counting from 0; the module's hidden instance is the first) is
//! `seed(run_seed + k * 2**64)`, so an unseeded `random.random()` gives what
//! `random.seed(run_seed); random.random()` gives.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use num_bigint::BigInt;
use num_traits::Signed;

use crate::random::{ErrorKind, Random, RandomError, RandomState};
use crate::vm::call::Kwargs;
use crate::vm::dict::obj_dict_get;
use crate::vm::modules::{add_fn, add_val};
use crate::vm::native::Flow;
use crate::vm::object::{BuiltinFn, ObjBox, ObjData};
use crate::vm::value::{Obj, Value};
use crate::vm::{PyErr, PyResult, Vm};

/// The generators of one VM.
struct Table {
    /// The VM's `builtins` module: identifies the VM (weak, so the address is never reused while
    /// this entry exists).
    owner: Weak<ObjBox>,
    /// The generators, indexed by the instances' `_id`.
    gens: Vec<Random>,
    /// How many unseeded seedings this run has done (see the module docs).
    unseeded: u64,
}

thread_local! {
    /// Every live VM's generator table (a VM runs on one thread).
    static TABLES: RefCell<Vec<Table>> = const { RefCell::new(Vec::new()) };
}

/// Runs `f` on this VM's table, creating the table on first use.
fn with_table<R>(vm: &Vm, f: impl FnOnce(&mut Table) -> R) -> R {
    let key = Rc::downgrade(&vm.builtins.0);
    TABLES.with(|tables| {
        let mut tables = tables.borrow_mut();
        let pos = match tables.iter().position(|t| Weak::ptr_eq(&t.owner, &key)) {
            Some(pos) => pos,
            None => {
                tables.retain(|t| t.owner.strong_count() > 0);
                tables.push(Table {
                    owner: key,
                    gens: Vec::new(),
                    unseeded: 0,
                });
                tables.len() - 1
            }
        };
        f(&mut tables[pos])
    })
}

/// The int Interleave seeds with where CPython would read OS entropy (see the module docs).
fn unseeded_seed(vm: &Vm, table: &mut Table) -> BigInt {
    let k = table.unseeded;
    table.unseeded += 1;
    BigInt::from(vm.sched.seed) + (BigInt::from(k) << 64u32)
}

/// The `_id` of a `random.Random` instance, creating (and seeding as `seed(None)`) its
/// generator when it has none yet.
fn gen_id(vm: &mut Vm, this: Option<&Value>, method: &str) -> PyResult<usize> {
    gen_id_created(vm, this, method).map(|(id, _)| id)
}

/// [`gen_id`], also saying whether the generator was created (and so just seeded) by this call.
fn gen_id_created(vm: &mut Vm, this: Option<&Value>, method: &str) -> PyResult<(usize, bool)> {
    let Some(Value::Obj(o)) = this else {
        return Err(vm.type_error(&format!(
            "descriptor '{method}' of '_random.Random' object needs an argument"
        )));
    };
    if !matches!(&*o.data(), ObjData::Instance(_)) {
        let t = vm.type_name(&Value::Obj(o.clone()));
        return Err(vm.type_error(&format!(
            "descriptor '{method}' for '_random.Random' objects doesn't apply to a '{t}' object"
        )));
    }
    if let Some(id) = obj_dict_get(o, "_id").and_then(|v| v.as_i64()) {
        if let Ok(id) = usize::try_from(id) {
            if with_table(vm, |t| id < t.gens.len()) {
                return Ok((id, false));
            }
        }
    }
    vm.charge_memory(625)?;
    let id = with_table(vm, |t| {
        let seed = unseeded_seed(vm, t);
        let mut r = Random::new(0);
        r.seed_int(&seed);
        t.gens.push(r);
        t.gens.len() - 1
    });
    if let ObjData::Instance(inst) = &mut *o.data_mut() {
        inst.dict.set_str("_id", Value::Int(id as i64));
    }
    Ok((id, true))
}

/// Runs `f` on the generator of `this` (the method's first argument).
fn with_gen<R>(
    vm: &mut Vm,
    this: Option<&Value>,
    method: &str,
    f: impl FnOnce(&mut Random) -> R,
) -> PyResult<R> {
    let id = gen_id(vm, this, method)?;
    Ok(with_table(vm, |t| f(&mut t.gens[id])))
}

/// The Python exception for a [`RandomError`].
fn raise(vm: &mut Vm, e: RandomError) -> PyErr {
    vm.new_error(e.kind.name(), &e.message)
}

/// A result as a [`Flow`].
fn value(v: Value) -> PyResult<Flow> {
    Ok(Flow::Value(v))
}

/// Fill the `_random` module.
pub fn install(vm: &mut Vm, m: &Obj) {
    let methods: &[(&str, BuiltinFn)] = &[
        ("random", m_random),
        ("getrandbits", m_getrandbits),
        ("_randbelow", m_randbelow),
        ("_seed", m_seed),
        ("_getstate", m_getstate),
        ("_setstate", m_setstate),
        ("_get_gauss_next", m_get_gauss_next),
        ("_set_gauss_next", m_set_gauss_next),
        ("_shuffle_list", m_shuffle_list),
        ("_sample", m_sample),
        ("_choices", m_choices),
        ("_normalvariate", d_normalvariate),
        ("_gauss", d_gauss),
        ("_lognormvariate", d_lognormvariate),
        ("_expovariate", d_expovariate),
        ("_vonmisesvariate", d_vonmisesvariate),
        ("_gammavariate", d_gammavariate),
        ("_betavariate", d_betavariate),
        ("_paretovariate", d_paretovariate),
        ("_weibullvariate", d_weibullvariate),
    ];
    for (name, f) in methods {
        let v = crate::vm::builtins::builtin_method(vm, name, *f);
        add_val(m, name, v);
    }
    add_fn(vm, m, "_cos", |vm, a, _| {
        let x = crate::vm::modules::float_arg(vm, &a)?;
        math_result(vm, x.is_infinite(), x.cos())
    });
    add_fn(vm, m, "_sin", |vm, a, _| {
        let x = crate::vm::modules::float_arg(vm, &a)?;
        math_result(vm, x.is_infinite(), x.sin())
    });
    add_fn(vm, m, "_acos", |vm, a, _| {
        let x = crate::vm::modules::float_arg(vm, &a)?;
        math_result(vm, x.abs() > 1.0, x.acos())
    });
    add_fn(vm, m, "_isfinite", |vm, a, _| {
        let x = crate::vm::modules::float_arg(vm, &a)?;
        value(Value::Bool(x.is_finite()))
    });
}

/// A `math` function's result, or `ValueError: math domain error`.
fn math_result(vm: &mut Vm, domain_error: bool, x: f64) -> PyResult<Flow> {
    if domain_error {
        return Err(vm.new_error("ValueError", "math domain error"));
    }
    value(Value::Float(x))
}

/// `Random.random()`.
fn m_random(vm: &mut Vm, a: Vec<Value>, k: Kwargs) -> PyResult<Flow> {
    if a.len() > 1 || !k.is_empty() {
        let n = a.len().saturating_sub(1) + k.len();
        return Err(vm.type_error(&format!("Random.random() takes no arguments ({n} given)")));
    }
    let x = with_gen(vm, a.first(), "random", Random::random)?;
    value(Value::Float(x))
}

/// The message CPython gives when an int is required and `v` is not one.
fn not_an_int(vm: &mut Vm, v: &Value) -> PyErr {
    let t = vm.type_name(v);
    vm.type_error(&format!("'{t}' object cannot be interpreted as an integer"))
}

/// `Random.getrandbits(k)`.
fn m_getrandbits(vm: &mut Vm, a: Vec<Value>, k: Kwargs) -> PyResult<Flow> {
    if a.len() != 2 || !k.is_empty() {
        if !k.is_empty() {
            return Err(vm.type_error("Random.getrandbits() takes no keyword arguments"));
        }
        let n = a.len().saturating_sub(1);
        return Err(vm.type_error(&format!(
            "Random.getrandbits() takes exactly one argument ({n} given)"
        )));
    }
    let bits = match &a[1] {
        Value::Big(_) => return Err(raise(vm, RandomError::c_int_overflow())),
        v => match v.as_i64() {
            Some(i) => i,
            None => return Err(not_an_int(vm, v)),
        },
    };
    match with_gen(vm, a.first(), "getrandbits", |r| r.getrandbits(bits))? {
        Ok(n) => value(Value::from_big(n)),
        Err(e) => Err(raise(vm, e)),
    }
}

/// `Random._randbelow(n)` for an int `n > 0` (the callers in `random.py` guarantee it).
fn m_randbelow(vm: &mut Vm, a: Vec<Value>, _k: Kwargs) -> PyResult<Flow> {
    let n = match a.get(1) {
        Some(v) => match v.as_bigint() {
            Some(n) => n,
            None => {
                let v = v.clone();
                return Err(not_an_int(vm, &v));
            }
        },
        None => return Err(vm.type_error("_randbelow() needs an argument")),
    };
    let r = match u64::try_from(&n) {
        Ok(small) => BigInt::from(with_gen(vm, a.first(), "_randbelow", |r| {
            r.randbelow_u64(small)
        })?),
        Err(_) => with_gen(vm, a.first(), "_randbelow", |r| r.randbelow(&n))?,
    };
    value(Value::from_big(r))
}

/// How `_seed` should treat a str: `seed(a, version=...)` with 1, 2, or anything else.
fn version_of(a: &[Value]) -> i64 {
    a.get(2).and_then(Value::as_i64).unwrap_or(2)
}

/// `_seed(self, a, version)`: `_random.Random.seed` plus `random.py`'s str conversion. The
/// type check (`TypeError: The only supported seed types are ...`) is done in Python first.
fn m_seed(vm: &mut Vm, a: Vec<Value>, _k: Kwargs) -> PyResult<Flow> {
    let (id, created) = gen_id_created(vm, a.first(), "seed")?;
    let version = version_of(&a);
    let mut seed = a.get(1).cloned().unwrap_or(Value::None);
    if created && matches!(seed, Value::None) {
        // The new generator was just seeded as seed(None) is.
        return value(Value::None);
    }
    // A subclass of int, float or str seeds as its value.
    if let Some(p) = vm.payload_of(&seed) {
        seed = p;
    }
    enum How {
        Int(BigInt),
        Float(f64),
        Hash(i64),
        Str2(crate::pystr::PyStr),
        Str1(Vec<u32>),
        Bytes2(Vec<u8>),
        Bytes1(Vec<u8>),
    }
    let bytes = match &seed {
        Value::Obj(o) => match &*o.data() {
            ObjData::Bytes(b) => Some((b.to_vec(), false)),
            ObjData::ByteArray(b) => Some((b.to_vec(), true)),
            _ => None,
        },
        _ => None,
    };
    let how = match &seed {
        Value::None => How::Int(with_table(vm, |t| unseeded_seed(vm, t))),
        Value::Float(x) if x.is_nan() => How::Hash(crate::vm::builtins::py_hash(vm, &seed)?),
        Value::Float(x) => How::Float(*x),
        Value::Str(s) if version == 2 => How::Str2(s.clone()),
        Value::Str(s) if version == 1 => How::Str1(s.chars().map(u32::from).collect()),
        Value::Str(_) => How::Hash(crate::vm::builtins::py_hash(vm, &seed)?),
        // bytearray is unhashable, so version 1 raises for it as CPython's does.
        _ if version == 2 && bytes.is_some() => How::Bytes2(bytes.unwrap_or_default().0),
        _ if version == 1 && matches!(bytes, Some((_, false))) => {
            How::Bytes1(bytes.unwrap_or_default().0)
        }
        v => match v.as_bigint() {
            Some(n) => How::Int(n),
            None => How::Hash(crate::vm::builtins::py_hash(vm, &seed)?),
        },
    };
    with_table(vm, |t| {
        let r = &mut t.gens[id];
        match how {
            How::Int(n) => r.seed_int(&n),
            How::Float(x) => {
                r.seed_float(x);
            }
            How::Hash(h) => r.seed_hash(h),
            How::Str2(s) => r.seed_str(&s),
            How::Str1(cps) => r.seed_str_version1(&cps),
            How::Bytes2(b) => r.seed_bytes(&b),
            How::Bytes1(b) => r.seed_bytes_version1(&b),
        }
    });
    value(Value::None)
}

/// `_getstate(self)`: the inner tuple of `getstate()`, 624 words and the index.
fn m_getstate(vm: &mut Vm, a: Vec<Value>, _k: Kwargs) -> PyResult<Flow> {
    let state = with_gen(vm, a.first(), "getstate", |r| r.getstate())?;
    let mut items: Vec<Value> = state
        .words()
        .iter()
        .map(|&w| Value::Int(i64::from(w)))
        .collect();
    items.push(Value::Int(state.index() as i64));
    value(vm.new_tuple(items))
}

/// `_setstate(self, internalstate)`: `_random.Random.setstate`'s checks, keeping `gauss_next`.
fn m_setstate(vm: &mut Vm, a: Vec<Value>, _k: Kwargs) -> PyResult<Flow> {
    let id = gen_id(vm, a.first(), "setstate")?;
    let items = match a.get(1) {
        Some(Value::Obj(o)) => match &*o.data() {
            ObjData::Tuple(items) => Some(items.clone()),
            _ => None,
        },
        _ => None,
    };
    let Some(items) = items else {
        return Err(vm.type_error("state vector must be a tuple"));
    };
    let n = crate::random::mt19937::N;
    if items.len() != n + 1 {
        return Err(vm.new_error("ValueError", "state vector is the wrong size"));
    }
    let mut ints = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        match item.as_bigint() {
            Some(b) => ints.push(b),
            None if i < n => return Err(vm.type_error("an integer is required")),
            None => return Err(not_an_int(vm, item)),
        }
    }
    let gauss = with_table(vm, |t| t.gens[id].gauss_next());
    match RandomState::from_tuple(&ints, gauss) {
        Ok(state) => {
            with_table(vm, |t| t.gens[id].setstate(&state));
            value(Value::None)
        }
        Err(e) => Err(raise(vm, e)),
    }
}

/// The `gauss_next` property's getter.
fn m_get_gauss_next(vm: &mut Vm, a: Vec<Value>, _k: Kwargs) -> PyResult<Flow> {
    let g = with_gen(vm, a.first(), "gauss_next", |r| r.gauss_next())?;
    value(g.map_or(Value::None, Value::Float))
}

/// The `gauss_next` property's setter (None or a real number).
fn m_set_gauss_next(vm: &mut Vm, a: Vec<Value>, _k: Kwargs) -> PyResult<Flow> {
    let g = match a.get(1) {
        None | Some(Value::None) => None,
        Some(v) => Some(crate::vm::modules::float_arg(vm, std::slice::from_ref(v))?),
    };
    with_gen(vm, a.first(), "gauss_next", |r| r.set_gauss_next(g))?;
    value(Value::None)
}

/// `_shuffle_list(self, x)`: shuffles a plain list in place as `Random.shuffle` would and
/// returns True; returns False (the caller loops in Python) for anything else.
fn m_shuffle_list(vm: &mut Vm, a: Vec<Value>, _k: Kwargs) -> PyResult<Flow> {
    let id = gen_id(vm, a.first(), "shuffle")?;
    let Some(Value::Obj(list)) = a.get(1) else {
        return value(Value::Bool(false));
    };
    let mut items = match &mut *list.data_mut() {
        ObjData::List(items) => std::mem::take(items),
        _ => return value(Value::Bool(false)),
    };
    with_table(vm, |t| t.gens[id].shuffle(&mut items));
    if let ObjData::List(slot) = &mut *list.data_mut() {
        *slot = items;
    }
    value(Value::Bool(true))
}

/// `_sample(self, n, k)`: the indices `sample` picks from a population of length `n`
/// (`0 <= k <= n` is checked in Python first), as a list.
fn m_sample(vm: &mut Vm, a: Vec<Value>, _k: Kwargs) -> PyResult<Flow> {
    let n = a.get(1).and_then(Value::as_i64).unwrap_or(0);
    let k = a.get(2).and_then(Value::as_i64).unwrap_or(0);
    let n = u64::try_from(n).unwrap_or(0);
    vm.check_memory(u64::try_from(k).unwrap_or(0))?;
    let picked = with_gen(vm, a.first(), "sample", |r| r.sample(n, k))?;
    match picked {
        Ok(idx) => {
            let items = idx.into_iter().map(|i| Value::Int(i as i64)).collect();
            value(vm.new_list(items))
        }
        Err(e) => Err(raise(vm, e)),
    }
}

/// A number as the float CPython's arithmetic would use with other floats, when that
/// conversion is exact (floats, and ints within 2**53); `None` otherwise.
fn exact_f64(v: &Value) -> Option<f64> {
    const LIMIT: i64 = 1 << 53;
    match v {
        Value::Float(x) => Some(*x),
        Value::Bool(b) => Some(f64::from(u8::from(*b))),
        Value::Int(i) if i.abs() <= LIMIT => Some(*i as f64),
        _ => None,
    }
}

/// `_choices(self, n, cum_weights, k)`: the indices `choices` picks from a population of
/// length `n`, with `cum_weights` a list of numbers (already checked in Python) or None.
/// Returns None, leaving the generator untouched, when the weights are not all floats or small
/// ints, so the caller does it in Python.
fn m_choices(vm: &mut Vm, a: Vec<Value>, _k: Kwargs) -> PyResult<Flow> {
    let n = a.get(1).and_then(Value::as_i64).unwrap_or(0);
    let n = u64::try_from(n).unwrap_or(0);
    let Some(k) = a.get(3).and_then(Value::as_i64) else {
        return value(Value::None);
    };
    let cum = match a.get(2) {
        None | Some(Value::None) => None,
        Some(Value::Obj(o)) => {
            let items = match &*o.data() {
                ObjData::List(items) | ObjData::Tuple(items) => items.clone(),
                _ => return value(Value::None),
            };
            let mut cum = Vec::with_capacity(items.len());
            for item in &items {
                match exact_f64(item) {
                    Some(x) => cum.push(x),
                    None => return value(Value::None),
                }
            }
            Some(cum)
        }
        Some(_) => return value(Value::None),
    };
    vm.check_memory(u64::try_from(k).unwrap_or(0))?;
    let picked = with_gen(vm, a.first(), "choices", |r| {
        r.choices(n, None, cum.as_deref(), k)
    })?;
    match picked {
        Ok(idx) => {
            let items = idx.into_iter().map(|i| Value::Int(i as i64)).collect();
            value(vm.new_list(items))
        }
        Err(e) => Err(raise(vm, e)),
    }
}

/// The float arguments of a distribution (after `self`), or `None` when one is not a float or
/// an int exactly convertible to one (then `random.py` computes it in Python, with Python's
/// own errors for the odd types).
fn real_args<const N: usize>(a: &[Value]) -> Option<[f64; N]> {
    let mut out = [0.0; N];
    for (slot, v) in out.iter_mut().zip(a.iter().skip(1)) {
        *slot = exact_f64(v)?;
    }
    (a.len() == N + 1).then_some(out)
}

/// Runs a distribution on the generator of `a[0]` with `N` float arguments; None when the
/// arguments are not plain numbers (see [`real_args`]).
fn distribution<const N: usize>(
    vm: &mut Vm,
    a: &[Value],
    name: &str,
    f: impl FnOnce(&mut Random, [f64; N]) -> Result<f64, RandomError>,
) -> PyResult<Flow> {
    let Some(args) = real_args::<N>(a) else {
        return value(Value::None);
    };
    match with_gen(vm, a.first(), name, |r| f(r, args))? {
        Ok(x) => value(Value::Float(x)),
        Err(e) if e.kind == ErrorKind::NeverReturns => Err(vm.new_error(
            "RuntimeError",
            &format!(
                "not supported by Interleave: {} (CPython would loop forever here)",
                e.message
            ),
        )),
        Err(e) => Err(raise(vm, e)),
    }
}

fn d_normalvariate(vm: &mut Vm, a: Vec<Value>, _k: Kwargs) -> PyResult<Flow> {
    distribution(vm, &a, "normalvariate", |r, [mu, sigma]| {
        Ok(r.normalvariate(mu, sigma))
    })
}

fn d_gauss(vm: &mut Vm, a: Vec<Value>, _k: Kwargs) -> PyResult<Flow> {
    distribution(vm, &a, "gauss", |r, [mu, sigma]| Ok(r.gauss(mu, sigma)))
}

fn d_lognormvariate(vm: &mut Vm, a: Vec<Value>, _k: Kwargs) -> PyResult<Flow> {
    distribution(vm, &a, "lognormvariate", |r, [mu, sigma]| {
        r.lognormvariate(mu, sigma)
    })
}

fn d_expovariate(vm: &mut Vm, a: Vec<Value>, _k: Kwargs) -> PyResult<Flow> {
    distribution(vm, &a, "expovariate", |r, [lambd]| r.expovariate(lambd))
}

fn d_vonmisesvariate(vm: &mut Vm, a: Vec<Value>, _k: Kwargs) -> PyResult<Flow> {
    distribution(vm, &a, "vonmisesvariate", |r, [mu, kappa]| {
        r.vonmisesvariate(mu, kappa)
    })
}

fn d_gammavariate(vm: &mut Vm, a: Vec<Value>, _k: Kwargs) -> PyResult<Flow> {
    distribution(vm, &a, "gammavariate", |r, [alpha, beta]| {
        r.gammavariate(alpha, beta)
    })
}

fn d_betavariate(vm: &mut Vm, a: Vec<Value>, _k: Kwargs) -> PyResult<Flow> {
    distribution(vm, &a, "betavariate", |r, [alpha, beta]| {
        r.betavariate(alpha, beta)
    })
}

fn d_paretovariate(vm: &mut Vm, a: Vec<Value>, _k: Kwargs) -> PyResult<Flow> {
    distribution(vm, &a, "paretovariate", |r, [alpha]| r.paretovariate(alpha))
}

fn d_weibullvariate(vm: &mut Vm, a: Vec<Value>, _k: Kwargs) -> PyResult<Flow> {
    distribution(vm, &a, "weibullvariate", |r, [alpha, beta]| {
        r.weibullvariate(alpha, beta)
    })
}

#[cfg(test)]
mod tests {
    use super::exact_f64;
    use crate::vm::value::Value;

    #[test]
    fn only_exact_numbers_convert() {
        assert_eq!(exact_f64(&Value::Int(3)), Some(3.0));
        assert_eq!(exact_f64(&Value::Bool(true)), Some(1.0));
        assert_eq!(exact_f64(&Value::Int((1 << 53) + 1)), None);
        assert_eq!(exact_f64(&Value::None), None);
    }
}
