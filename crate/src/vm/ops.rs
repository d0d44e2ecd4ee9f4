//! Operators: arithmetic, comparison, truth, membership, subscripting and unpacking, with
//! CPython's semantics for the builtin types and `__dunder__` dispatch for user classes.

use super::dict::Dict;
use super::dunder_chain::{Attempt, DunderChain, Fallback};
use super::object::ObjData;
use super::value::{Obj, PyStr, Value};
use super::work::Work;
use super::{PyResult, Vm};
use crate::compiler::code::{BinOp, CmpOp, Instr};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};
use std::cmp::Ordering;
use std::rc::Rc;

/// An operator's outcome: a value, or a dunder method to call.
pub enum OpResult {
    /// The result.
    Value(Value),
    /// Call `func(*args)`; its result is the operator's.
    Call(Value, Vec<Value>),
    /// Try user dunders in order until one does not return `NotImplemented`.
    Chain(Box<DunderChain>),
}

impl OpResult {
    /// Compute the result now, on a nested loop (for callers that cannot suspend).
    pub fn run_sync(self, vm: &mut Vm) -> PyResult<Value> {
        match self {
            OpResult::Value(v) => Ok(v),
            OpResult::Call(f, args) => vm.call_sync(f, args),
            OpResult::Chain(chain) => chain.run_sync(vm),
        }
    }

    /// As a builtin's flow: the value, a tail call, or the chain as a native frame.
    pub fn into_flow(self) -> super::native::Flow {
        use super::native::Flow;
        match self {
            OpResult::Value(v) => Flow::Value(v),
            OpResult::Call(func, args) => Flow::TailCall {
                func,
                args,
                kwargs: Vec::new(),
            },
            OpResult::Chain(chain) => Flow::Native(chain),
        }
    }
}

fn big(v: &Value) -> Option<BigInt> {
    v.as_bigint()
}

fn is_int(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Big(_) | Value::Bool(_))
}

fn as_f64(v: &Value) -> Option<f64> {
    match v {
        Value::Float(f) => Some(*f),
        Value::Int(i) => Some(*i as f64),
        Value::Bool(b) => Some(f64::from(u8::from(*b))),
        Value::Big(b) => b.to_f64(),
        _ => None,
    }
}

/// Exact comparison of an int with a float (CPython compares the mathematical values).
fn int_float_cmp(i: &BigInt, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    let fl = f.floor();
    let fi = crate::format::float_to_int(fl).ok()?;
    match i.cmp(&fi) {
        Ordering::Equal if f > fl => Some(Ordering::Less),
        o => Some(o),
    }
}

/// Exact ordering of two numbers (ints, bools, floats); None when unordered (NaN) or not numbers.
fn num_cmp(a: &Value, b: &Value) -> Option<Ordering> {
    match (a, b) {
        (Value::Float(x), Value::Float(y)) => x.partial_cmp(y),
        (Value::Float(x), y) if is_int(y) => int_float_cmp(&big(y)?, *x).map(Ordering::reverse),
        (x, Value::Float(y)) if is_int(x) => int_float_cmp(&big(x)?, *y),
        _ => None,
    }
}

impl Vm {
    /// `a op b`.
    pub fn binary(&mut self, op: BinOp, a: &Value, b: &Value, inplace: bool) -> PyResult<OpResult> {
        if let Some(v) = self.int_op(op, a, b)? {
            return Ok(OpResult::Value(v));
        }
        if matches!(a, Value::Float(_)) || matches!(b, Value::Float(_)) {
            if let (Some(x), Some(y)) = (as_f64(a), as_f64(b)) {
                return self.float_op(op, x, y).map(OpResult::Value);
            }
        }
        if let Some(v) = self.sequence_op(op, a, b, inplace)? {
            return Ok(OpResult::Value(v));
        }
        // User classes: __iop__, __op__, then the reflected __rop__ (first when b's class is a
        // subclass of a's that overrides it), each tried while the last gave NotImplemented.
        let (name, rname, iname) = op.dunders();
        let ca = self.type_of(a);
        let cb = self.type_of(b);
        let mut attempts = Vec::new();
        if inplace {
            if let Some(m) = self.lookup_class_attr(&ca, iname) {
                attempts.push(attempt(m, a, b));
            }
        }
        let forward = self.lookup_class_attr(&ca, name);
        let reflected = if ca.is(&cb) {
            None
        } else {
            self.lookup_class_attr(&cb, rname)
        };
        let reflected_first = reflected.is_some()
            && super::types::is_subclass(&cb, &ca)
            && !same_attr(&reflected, &self.lookup_class_attr(&ca, rname));
        if reflected_first {
            attempts.extend(reflected.clone().map(|m| attempt(m, b, a)));
        }
        attempts.extend(forward.map(|m| attempt(m, a, b)));
        if !reflected_first {
            attempts.extend(reflected.map(|m| attempt(m, b, a)));
        }
        if !attempts.is_empty() {
            return Ok(OpResult::Chain(Box::new(DunderChain::new(
                attempts,
                a.clone(),
                b.clone(),
                Fallback::Binary { op, inplace },
            ))));
        }
        Err(self.binary_type_error(op, a, b, inplace))
    }

    /// The TypeError of `a op b` when no operand supports it (CPython's wording per operator).
    pub fn binary_type_error(
        &mut self,
        op: BinOp,
        a: &Value,
        b: &Value,
        inplace: bool,
    ) -> super::PyErr {
        let sym = if inplace {
            format!("{}=", op.symbol().trim_end_matches(" or pow()"))
        } else {
            op.symbol().to_string()
        };
        let (ta, tb) = (self.type_name(a), self.type_name(b));
        if op == BinOp::Add && super::bytes::is_bytes_like(a) {
            return self.type_error(&format!("can't concat {tb} to {ta}"));
        }
        if op == BinOp::Add && matches!(a, Value::Str(_)) {
            return self.type_error(&format!("can only concatenate str (not \"{tb}\") to str"));
        }
        if op == BinOp::Add && matches!(a, Value::Obj(o) if matches!(&*o.data(), ObjData::List(_)))
        {
            return self.type_error(&format!("can only concatenate list (not \"{tb}\") to list"));
        }
        if op == BinOp::Add && matches!(a, Value::Obj(o) if matches!(&*o.data(), ObjData::Tuple(_)))
        {
            return self.type_error(&format!(
                "can only concatenate tuple (not \"{tb}\") to tuple"
            ));
        }
        let is_seq = |v: &Value| match v {
            Value::Str(_) => true,
            Value::Obj(o) => matches!(
                &*o.data(),
                ObjData::List(_) | ObjData::Tuple(_) | ObjData::Bytes(_) | ObjData::ByteArray(_)
            ),
            _ => false,
        };
        if op == BinOp::Mul && (is_seq(a) || is_seq(b)) {
            let other = if is_seq(a) { &tb } else { &ta };
            return self.type_error(&format!(
                "can't multiply sequence by non-int of type '{other}'"
            ));
        }
        self.type_error(&format!(
            "unsupported operand type(s) for {sym}: '{ta}' and '{tb}'"
        ))
    }

    fn int_op(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        if !is_int(a) || !is_int(b) {
            return Ok(None);
        }
        // Fast path: both fit in i64 and the result does too.
        if let (Some(x), Some(y)) = (a.as_i64(), b.as_i64()) {
            if let Some(r) = small_int_op(op, x, y) {
                return Ok(Some(Value::Int(r)));
            }
        }
        let (Some(x), Some(y)) = (big(a), big(b)) else {
            return Ok(None);
        };
        let zero_div = |vm: &mut Vm, msg: &str| Err(vm.new_error("ZeroDivisionError", msg));
        let r = match op {
            BinOp::Add => x + y,
            BinOp::Sub => x - y,
            BinOp::Mul => {
                self.check_memory((x.bits() + y.bits()) / 64 / 16)?;
                x * y
            }
            BinOp::FloorDiv => {
                if y.is_zero() {
                    return zero_div(self, "integer division or modulo by zero");
                }
                x.div_floor(&y)
            }
            BinOp::Mod => {
                if y.is_zero() {
                    return zero_div(self, "integer modulo by zero");
                }
                x.mod_floor(&y)
            }
            BinOp::TrueDiv => {
                if y.is_zero() {
                    return zero_div(self, "division by zero");
                }
                let (fx, fy) = (
                    x.to_f64().unwrap_or(f64::INFINITY),
                    y.to_f64().unwrap_or(f64::INFINITY),
                );
                return Ok(Some(Value::Float(fx / fy)));
            }
            BinOp::Pow => {
                if y.is_negative() {
                    let (fx, fy) = (x.to_f64().unwrap_or(0.0), y.to_f64().unwrap_or(0.0));
                    if fx == 0.0 {
                        return zero_div(self, "0.0 cannot be raised to a negative power");
                    }
                    return Ok(Some(Value::Float(fx.powf(fy))));
                }
                let Some(e) = y.to_u32() else {
                    return Err(self.new_error("MemoryError", ""));
                };
                let bits = x.bits().saturating_mul(u64::from(e));
                if bits > 64 * 1024 * 1024 {
                    return Err(self.new_error("MemoryError", ""));
                }
                self.check_memory(bits / 64 / 16)?;
                num_traits::pow(x, e as usize)
            }
            BinOp::LShift => {
                if y.is_negative() {
                    return Err(self.new_error("ValueError", "negative shift count"));
                }
                let Some(s) = y.to_usize().filter(|s| *s < 64 * 1024 * 1024) else {
                    return Err(self.new_error("OverflowError", "too many digits in integer"));
                };
                x << s
            }
            BinOp::RShift => {
                if y.is_negative() {
                    return Err(self.new_error("ValueError", "negative shift count"));
                }
                let s = y.to_usize().unwrap_or(usize::MAX).min(1 << 30);
                x >> s
            }
            BinOp::And => x & y,
            BinOp::Or => x | y,
            BinOp::Xor => x ^ y,
            BinOp::MatMul => return Ok(None),
        };
        Ok(Some(Value::from_big(r)))
    }

    fn float_op(&mut self, op: BinOp, x: f64, y: f64) -> PyResult<Value> {
        let r = match op {
            BinOp::Add => x + y,
            BinOp::Sub => x - y,
            BinOp::Mul => x * y,
            BinOp::TrueDiv => {
                if y == 0.0 {
                    return Err(self.new_error("ZeroDivisionError", "float division by zero"));
                }
                x / y
            }
            BinOp::FloorDiv => {
                if y == 0.0 {
                    return Err(self.new_error("ZeroDivisionError", "float floor division by zero"));
                }
                (x / y).floor()
            }
            BinOp::Mod => {
                if y == 0.0 {
                    return Err(self.new_error("ZeroDivisionError", "float modulo"));
                }
                let m = x % y;
                if m != 0.0 && (m < 0.0) != (y < 0.0) {
                    m + y
                } else if m == 0.0 {
                    0.0f64.copysign(y)
                } else {
                    m
                }
            }
            BinOp::Pow => {
                if x == 0.0 && y < 0.0 {
                    return Err(self.new_error(
                        "ZeroDivisionError",
                        "0.0 cannot be raised to a negative power",
                    ));
                }
                let r = x.powf(y);
                if r.is_infinite() && x.is_finite() && y.is_finite() {
                    return Err(
                        self.new_error("OverflowError", "(34, 'Numerical result out of range')")
                    );
                }
                r
            }
            _ => {
                let t = "float";
                return Err(self.type_error(&format!(
                    "unsupported operand type(s) for {}: '{t}' and '{t}'",
                    op.symbol()
                )));
            }
        };
        Ok(Value::Float(r))
    }

    fn sequence_op(
        &mut self,
        op: BinOp,
        a: &Value,
        b: &Value,
        inplace: bool,
    ) -> PyResult<Option<Value>> {
        if let Some(v) = self.bytes_op(op, a, b, inplace)? {
            return Ok(Some(v));
        }
        match (op, a, b) {
            (BinOp::Add, Value::Str(x), Value::Str(y)) => {
                // CPython returns the other operand itself (`s + "" is s`).
                if y.is_empty() || x.is_empty() {
                    return Ok(Some(Value::Str(if y.is_empty() { x } else { y }.clone())));
                }
                // Strings are not freed from the ledger, so `s += t` charges only what it adds
                // when the old `s` is about to be replaced (held only by its name and the
                // operand stack); otherwise the whole new string is charged. (The instruction
                // loop does `s += t` itself, in place: `vm/str_add.rs`.)
                let replacing = inplace || PyStr::strong_count(x) <= 2;
                let new_len = x.len() + y.len();
                let added = if replacing {
                    (new_len / 64).saturating_sub(x.len() / 64)
                } else {
                    new_len / 64
                };
                self.check_memory((new_len / 64) as u64)?;
                self.charge_memory(added as u64)?;
                self.spend(Work::StrCopy, new_len as u64);
                let mut s = x.clone();
                s.append(y);
                return Ok(Some(Value::Str(s)));
            }
            (BinOp::Mul, Value::Str(s), n) | (BinOp::Mul, n, Value::Str(s)) if is_int(n) => {
                let count = n.as_i64().unwrap_or(i64::MAX).max(0) as u64;
                let total = count.saturating_mul(s.len() as u64);
                if total > 100_000_000 {
                    return Err(self.new_error("MemoryError", ""));
                }
                self.charge_memory(total / 64)?;
                self.spend(Work::StrCopy, total);
                return Ok(Some(Value::Str(PyStr::from(s.repeat(count as usize)))));
            }
            (BinOp::Mod, Value::Str(fmt), args) => {
                return self.percent_format(fmt, args).map(Some);
            }
            _ => {}
        }
        let (Value::Obj(oa), bv) = (a, b) else {
            if let (BinOp::Mul, Value::Obj(_)) = (op, b) {
                if is_int(a) {
                    return self.sequence_op(op, b, a, inplace);
                }
            }
            return Ok(None);
        };
        let kind_a = match &*oa.data() {
            ObjData::List(_) => 1,
            ObjData::Tuple(_) => 2,
            ObjData::Set(_) | ObjData::FrozenSet(_) => 3,
            ObjData::Dict(_) => 4,
            _ => 0,
        };
        match (op, kind_a) {
            (BinOp::Add, 1) | (BinOp::Add, 2) => {
                let Value::Obj(ob) = bv else { return Ok(None) };
                let other = match &*ob.data() {
                    ObjData::List(items) if kind_a == 1 => items.clone(),
                    ObjData::Tuple(items) if kind_a == 2 => items.clone(),
                    _ => return Ok(None),
                };
                self.check_memory(other.len() as u64)?;
                if kind_a == 1 && inplace {
                    self.grow_by(oa, other.len() as u64)?;
                    if let ObjData::List(items) = &mut *oa.data_mut() {
                        items.extend(other);
                    }
                    return Ok(Some(a.clone()));
                }
                let mut items = match &*oa.data() {
                    ObjData::List(i) | ObjData::Tuple(i) => i.clone(),
                    _ => Vec::new(),
                };
                items.extend(other);
                return Ok(Some(if kind_a == 1 {
                    self.new_list(items)
                } else {
                    self.new_tuple(items)
                }));
            }
            (BinOp::Mul, 1) | (BinOp::Mul, 2) if is_int(bv) => {
                let n = bv.as_i64().unwrap_or(i64::MAX).max(0) as u64;
                let items = match &*oa.data() {
                    ObjData::List(i) | ObjData::Tuple(i) => i.clone(),
                    _ => Vec::new(),
                };
                let total = n.saturating_mul(items.len() as u64);
                if total > 50_000_000 {
                    return Err(self.new_error("MemoryError", ""));
                }
                self.check_memory(total)?;
                let mut out = Vec::with_capacity(total as usize);
                for _ in 0..n {
                    out.extend(items.iter().cloned());
                }
                return Ok(Some(if kind_a == 1 {
                    self.new_list(out)
                } else {
                    self.new_tuple(out)
                }));
            }
            (BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor, 3) => {
                let Value::Obj(ob) = bv else { return Ok(None) };
                let (da, db) = match (&*oa.data(), &*ob.data()) {
                    (
                        ObjData::Set(x) | ObjData::FrozenSet(x),
                        ObjData::Set(y) | ObjData::FrozenSet(y),
                    ) => (x.clone(), y.clone()),
                    _ => return Ok(None),
                };
                // CPython's algorithms (setobject.c), so the result's table order matches.
                let out = match op {
                    BinOp::Or => {
                        let mut out = da.set_copy();
                        for k in db.keys() {
                            out.insert(k, Value::None).map_err(|u| self.unhashable(u))?;
                        }
                        out
                    }
                    BinOp::And => {
                        let (big, small) = if db.len() > da.len() {
                            (&db, &da)
                        } else {
                            (&da, &db)
                        };
                        let mut out = Dict::new_set();
                        for k in small.keys() {
                            if big.get(&k).map_err(|u| self.unhashable(u))?.is_some() {
                                out.insert(k, Value::None).map_err(|u| self.unhashable(u))?;
                            }
                        }
                        out
                    }
                    BinOp::Sub => {
                        if (da.len() >> 2) > db.len() {
                            let mut out = da.set_copy();
                            for k in db.keys() {
                                out.remove(&k).map_err(|u| self.unhashable(u))?;
                            }
                            out
                        } else {
                            let mut out = Dict::new_set();
                            for k in da.keys() {
                                if db.get(&k).map_err(|u| self.unhashable(u))?.is_none() {
                                    out.insert(k, Value::None).map_err(|u| self.unhashable(u))?;
                                }
                            }
                            out
                        }
                    }
                    _ => {
                        let mut out = db.set_copy();
                        for k in da.keys() {
                            if out.get(&k).map_err(|u| self.unhashable(u))?.is_some() {
                                out.remove(&k).map_err(|u| self.unhashable(u))?;
                            } else {
                                out.insert(k, Value::None).map_err(|u| self.unhashable(u))?;
                            }
                        }
                        out
                    }
                };
                let frozen = matches!(&*oa.data(), ObjData::FrozenSet(_));
                return Ok(Some(self.new_obj(if frozen {
                    ObjData::FrozenSet(out)
                } else {
                    ObjData::Set(out)
                })));
            }
            (BinOp::Or, 4) => {
                let Value::Obj(ob) = bv else { return Ok(None) };
                let other = match &*ob.data() {
                    ObjData::Dict(d) => d.clone(),
                    _ => return Ok(None),
                };
                let mut d = match &*oa.data() {
                    ObjData::Dict(d) => d.clone(),
                    _ => Dict::new(),
                };
                for (k, v) in other.items() {
                    d.insert(k, v).map_err(|u| self.unhashable(u))?;
                }
                return Ok(Some(self.new_obj(ObjData::Dict(d))));
            }
            _ => {}
        }
        Ok(None)
    }

    /// `-a`, `+a`, `~a`.
    pub fn unary(&mut self, op: Instr, a: &Value) -> PyResult<OpResult> {
        let r = match (op, a) {
            (Instr::Neg, Value::Int(i)) => i
                .checked_neg()
                .map(Value::Int)
                .unwrap_or_else(|| Value::from_big(-BigInt::from(*i))),
            (Instr::Neg, Value::Bool(b)) => Value::Int(-i64::from(*b)),
            (Instr::Neg, Value::Big(b)) => Value::from_big(-(**b).clone()),
            (Instr::Neg, Value::Float(f)) => Value::Float(-f),
            (Instr::Pos, Value::Int(_) | Value::Big(_) | Value::Float(_)) => a.clone(),
            (Instr::Pos, Value::Bool(b)) => Value::Int(i64::from(*b)),
            (Instr::Invert, v) if is_int(v) => Value::from_big(-(big(v).unwrap_or_default()) - 1),
            _ => {
                let (dunder, sym) = match op {
                    Instr::Neg => ("__neg__", "-"),
                    Instr::Pos => ("__pos__", "+"),
                    _ => ("__invert__", "~"),
                };
                let cls = self.type_of(a);
                if let Some(m) = self.lookup_class_attr(&cls, dunder) {
                    return Ok(OpResult::Call(m, vec![a.clone()]));
                }
                let t = self.type_name(a);
                return Err(self.type_error(&format!("bad operand type for unary {sym}: '{t}'")));
            }
        };
        Ok(OpResult::Value(r))
    }

    /// Truth value, without calling Python code (`__bool__`/`__len__` of user classes are
    /// consulted only through [`Vm::call_sync`]).
    pub fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        Ok(match v {
            Value::None => false,
            Value::Bool(b) => *b,
            Value::Int(i) => *i != 0,
            Value::Big(b) => !b.is_zero(),
            Value::Float(f) => *f != 0.0,
            Value::Str(s) => !s.is_empty(),
            Value::Obj(o) => {
                let inst_class = match &*o.data() {
                    ObjData::List(i) | ObjData::Tuple(i) => return Ok(!i.is_empty()),
                    ObjData::Bytes(b) | ObjData::ByteArray(b) => return Ok(!b.is_empty()),
                    ObjData::Dict(d) | ObjData::Set(d) | ObjData::FrozenSet(d) => {
                        return Ok(!d.is_empty())
                    }
                    ObjData::Range { start, stop, step } => {
                        return Ok(super::iterators::range_len(*start, *stop, *step) > 0)
                    }
                    ObjData::Instance(i) => {
                        if let Some(p) = &i.payload {
                            let p = p.clone();
                            return self.truthy(&p);
                        }
                        i.class.clone()
                    }
                    _ => return Ok(true),
                };
                if let Some(m) = self.lookup_class_attr(&inst_class, "__bool__") {
                    let r = self.call_sync(m, vec![v.clone()])?;
                    return match r {
                        Value::Bool(b) => Ok(b),
                        other => {
                            let t = self.type_name(&other);
                            Err(self
                                .type_error(&format!("__bool__ should return bool, returned {t}")))
                        }
                    };
                }
                if let Some(m) = self.lookup_class_attr(&inst_class, "__len__") {
                    let r = self.call_sync(m, vec![v.clone()])?;
                    return Ok(r.as_i64().unwrap_or(1) != 0);
                }
                true
            }
        })
    }

    /// `a == b` through a user class's `__eq__` (either side, as CPython tries the reflected
    /// method), for comparisons nested in containers. `None` when neither side is an instance
    /// of a class defining `__eq__`, or both returned NotImplemented. An exception raised by
    /// `__eq__` counts as unequal.
    #[inline(never)]
    fn user_eq(&mut self, a: &Value, b: &Value) -> Option<bool> {
        let is_inst =
            |v: &Value| matches!(v, Value::Obj(o) if matches!(&*o.data(), ObjData::Instance(_)));
        let not_impl = self.builtin_value("NotImplemented");
        for (x, y) in [(a, b), (b, a)] {
            if !is_inst(x) {
                continue;
            }
            let cls = self.type_of(x);
            if let Some(m) = self.lookup_class_attr(&cls, "__eq__") {
                let r = match self.call_sync(m, vec![x.clone(), y.clone()]) {
                    Ok(r) => r,
                    Err(e) => {
                        // Too deep counts as too deep for the whole comparison.
                        if self.is_instance_of(&e.0, "RecursionError") {
                            self.deep_overflow = true;
                        }
                        return Some(false);
                    }
                };
                if r.is(&not_impl) {
                    continue;
                }
                return Some(self.truthy(&r).unwrap_or(false));
            }
        }
        None
    }

    /// Equality for builtin values; nested elements that are instances of classes with
    /// `__eq__` are compared through it.
    ///
    /// Nesting deeper than the recursion limit compares unequal and sets
    /// [`Vm::deep_overflow`] ([`Vm::equal_checked`] turns it into RecursionError).
    pub fn values_equal(&mut self, a: &Value, b: &Value) -> bool {
        // A flag left by an earlier, unchecked comparison must not cut this one short.
        self.deep_overflow = false;
        self.values_equal_rec(a, b)
    }

    /// [`Vm::values_equal`] for the levels nested inside a comparison.
    fn values_equal_rec(&mut self, a: &Value, b: &Value) -> bool {
        match (a, b) {
            (Value::Int(x), Value::Int(y)) => return x == y,
            (Value::Str(x), Value::Str(y)) => return x == y,
            _ => {}
        }
        if let (Value::Obj(x), Value::Obj(y)) = (a, b) {
            if x.is(y) {
                return true;
            }
        }
        if self.deep_overflow || !self.enter_nested() {
            self.deep_overflow = true;
            return false;
        }
        let r = self.values_equal_nested(a, b);
        self.leave_nested();
        r
    }

    /// `a == b`, raising RecursionError for nesting deeper than the recursion limit.
    pub fn equal_checked(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        self.deep_overflow = false;
        let r = self.values_equal(a, b);
        self.take_deep_overflow("in comparison")?;
        Ok(r)
    }

    /// The index of the first item equal to `target` (`list.index`, `list.remove`).
    pub fn position_equal(&mut self, items: &[Value], target: &Value) -> PyResult<Option<usize>> {
        for (i, x) in items.iter().enumerate() {
            if self.equal_checked(x, target)? {
                return Ok(Some(i));
            }
        }
        Ok(None)
    }

    /// How many items equal `target` (`list.count`).
    pub fn count_equal(&mut self, items: &[Value], target: &Value) -> PyResult<usize> {
        let mut n = 0;
        for x in items {
            if self.equal_checked(x, target)? {
                n += 1;
            }
        }
        Ok(n)
    }

    fn values_equal_nested(&mut self, a: &Value, b: &Value) -> bool {
        if let Some(r) = self.user_eq(a, b) {
            return r;
        }
        let (pa, pb) = (self.payload_of(a), self.payload_of(b));
        if pa.is_some() || pb.is_some() {
            let (a, b) = (
                pa.unwrap_or_else(|| a.clone()),
                pb.unwrap_or_else(|| b.clone()),
            );
            return self.values_equal_rec(&a, &b);
        }
        match (a, b) {
            (x, y) if is_int(x) && is_int(y) => big(x) == big(y),
            (Value::Float(_), _) | (_, Value::Float(_)) => num_cmp(a, b) == Some(Ordering::Equal),
            (Value::Str(x), Value::Str(y)) => x == y,
            (Value::None, Value::None) => true,
            (Value::Obj(x), Value::Obj(y)) => {
                if x.is(y) {
                    return true;
                }
                if let (Some(p), Some(q)) = (super::bytes::bytes_of(a), super::bytes::bytes_of(b)) {
                    return p == q;
                }
                let pair = match (&*x.data(), &*y.data()) {
                    (ObjData::List(p), ObjData::List(q))
                    | (ObjData::Tuple(p), ObjData::Tuple(q)) => Some((p.clone(), q.clone())),
                    (
                        ObjData::BoundMethod { recv: r1, func: f1 },
                        ObjData::BoundMethod { recv: r2, func: f2 },
                    ) => return r1.is(r2) && f1.is(f2),
                    (ObjData::Dict(p), ObjData::Dict(q)) => {
                        if p.len() != q.len() {
                            return false;
                        }
                        // Pair each value with the other dict's value for the same key; the
                        // values are compared with == once the borrows are released.
                        let mut left = Vec::with_capacity(p.len());
                        let mut right = Vec::with_capacity(p.len());
                        for (k, v) in p.items() {
                            match q.get(&k) {
                                Ok(Some(w)) => {
                                    left.push(v);
                                    right.push(w);
                                }
                                _ => return false,
                            }
                        }
                        Some((left, right))
                    }
                    (
                        ObjData::Set(p) | ObjData::FrozenSet(p),
                        ObjData::Set(q) | ObjData::FrozenSet(q),
                    ) => {
                        return p.len() == q.len()
                            && p.keys().iter().all(|k| matches!(q.get(k), Ok(Some(_))));
                    }
                    (
                        ObjData::Range {
                            start: a1,
                            stop: b1,
                            step: c1,
                        },
                        ObjData::Range {
                            start: a2,
                            stop: b2,
                            step: c2,
                        },
                    ) => {
                        let n1 = super::iterators::range_len(*a1, *b1, *c1);
                        let n2 = super::iterators::range_len(*a2, *b2, *c2);
                        return n1 == n2 && (n1 == 0 || (a1 == a2 && (n1 == 1 || c1 == c2)));
                    }
                    _ => None,
                };
                match pair {
                    Some((p, q)) => {
                        p.len() == q.len()
                            && p.iter()
                                .zip(q.iter())
                                .all(|(u, v)| u.is(v) || self.values_equal_rec(u, v))
                    }
                    None => false,
                }
            }
            _ => false,
        }
    }

    /// `a op b` for comparisons.
    pub fn compare(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<OpResult> {
        // Fast path: two small ints (the common case in loops).
        if let (Value::Int(x), Value::Int(y)) = (a, b) {
            return Ok(OpResult::Value(Value::Bool(small_int_compare(op, *x, *y))));
        }
        // User classes first: __eq__, __lt__, ...
        let ca = self.type_of(a);
        let user_a = matches!(a, Value::Obj(o) if matches!(&*o.data(), ObjData::Instance(_)));
        let user_b = matches!(b, Value::Obj(o) if matches!(&*o.data(), ObjData::Instance(_)));
        if user_a || user_b {
            let (name, rname) = match op {
                CmpOp::Eq => ("__eq__", "__eq__"),
                CmpOp::Ne => ("__ne__", "__ne__"),
                CmpOp::Lt => ("__lt__", "__gt__"),
                CmpOp::Le => ("__le__", "__ge__"),
                CmpOp::Gt => ("__gt__", "__lt__"),
                CmpOp::Ge => ("__ge__", "__le__"),
            };
            // a.__op__(b), then b.__rop__(a) (first when b's class is a subclass of a's that
            // overrides it), each tried while the last gave NotImplemented; `!=` without
            // `__ne__` is `not __eq__`.
            let mut forward = Vec::new();
            if user_a {
                if let Some(m) = self.lookup_class_attr(&ca, name) {
                    forward.push(attempt(m, a, b));
                } else if op == CmpOp::Ne {
                    if let Some(m) = self.lookup_class_attr(&ca, "__eq__") {
                        let mut at = attempt(m, a, b);
                        at.negate = true;
                        forward.push(at);
                    }
                }
            }
            let mut reflected = Vec::new();
            let mut reflected_first = false;
            if user_b {
                let cb = self.type_of(b);
                if let Some(m) = self.lookup_class_attr(&cb, rname) {
                    reflected_first = !ca.is(&cb)
                        && super::types::is_subclass(&cb, &ca)
                        && !same_attr(&Some(m.clone()), &self.lookup_class_attr(&ca, rname));
                    reflected.push(attempt(m, b, a));
                } else if op == CmpOp::Ne {
                    if let Some(m) = self.lookup_class_attr(&cb, "__eq__") {
                        let mut at = attempt(m, b, a);
                        at.negate = true;
                        reflected.push(at);
                    }
                }
            }
            if !forward.is_empty() || !reflected.is_empty() {
                let attempts = if reflected_first {
                    reflected.into_iter().chain(forward).collect()
                } else {
                    forward.into_iter().chain(reflected).collect()
                };
                return Ok(OpResult::Chain(Box::new(DunderChain::new(
                    attempts,
                    a.clone(),
                    b.clone(),
                    Fallback::Compare(op),
                ))));
            }
            // An ordering no dunder implements: object's own return NotImplemented, so it is a
            // TypeError (`<=` is never derived from `<` and `==`), unless a builtin payload
            // (a subclass of list, int, ...) orders the values.
            let plain = |v: &Value| matches!(v, Value::Obj(o) if matches!(&*o.data(), ObjData::Instance(i) if i.payload.is_none()));
            if !matches!(op, CmpOp::Eq | CmpOp::Ne) && (plain(a) || plain(b)) {
                return Err(self.compare_type_error(op, a, b));
            }
        }
        match op {
            CmpOp::Eq => return Ok(OpResult::Value(Value::Bool(self.equal_checked(a, b)?))),
            CmpOp::Ne => return Ok(OpResult::Value(Value::Bool(!self.equal_checked(a, b)?))),
            _ => {}
        }
        if let (Value::Obj(x), Value::Obj(y)) = (a, b) {
            let sets = match (&*x.data(), &*y.data()) {
                (
                    ObjData::Set(p) | ObjData::FrozenSet(p),
                    ObjData::Set(q) | ObjData::FrozenSet(q),
                ) => Some((p.clone(), q.clone())),
                _ => None,
            };
            if let Some((p, q)) = sets {
                let subset = |p: &Dict, q: &Dict| {
                    p.len() <= q.len() && p.keys().iter().all(|k| matches!(q.get(k), Ok(Some(_))))
                };
                let r = match op {
                    CmpOp::Le => subset(&p, &q),
                    CmpOp::Lt => p.len() < q.len() && subset(&p, &q),
                    CmpOp::Ge => subset(&q, &p),
                    _ => q.len() < p.len() && subset(&q, &p),
                };
                return Ok(OpResult::Value(Value::Bool(r)));
            }
        }
        if matches!(op, CmpOp::Lt | CmpOp::Le | CmpOp::Gt | CmpOp::Ge)
            && (matches!(a, Value::Float(f) if f.is_nan())
                || matches!(b, Value::Float(f) if f.is_nan()))
            && as_f64(a).is_some()
            && as_f64(b).is_some()
        {
            // NaN: every ordering comparison is False.
            return Ok(OpResult::Value(Value::Bool(false)));
        }
        let ord = self.order(a, b, op)?;
        let r = match op {
            CmpOp::Lt => ord == Ordering::Less,
            CmpOp::Le => ord != Ordering::Greater,
            CmpOp::Gt => ord == Ordering::Greater,
            CmpOp::Ge => ord != Ordering::Less,
            _ => false,
        };
        Ok(OpResult::Value(Value::Bool(r)))
    }

    /// Ordering of two builtin values; TypeError when they cannot be ordered.
    pub fn order(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<Ordering> {
        if !self.enter_nested() {
            return Err(self.new_error(
                "RecursionError",
                "maximum recursion depth exceeded in comparison",
            ));
        }
        let r = self.order_nested(a, b, op);
        self.leave_nested();
        r
    }

    fn order_nested(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<Ordering> {
        let plain_inst = |v: &Value| matches!(v, Value::Obj(o) if matches!(&*o.data(), ObjData::Instance(i) if i.payload.is_none()));
        if plain_inst(a) || plain_inst(b) {
            let mut has = false;
            for v in [a, b] {
                if plain_inst(v) {
                    let c = self.type_of(v);
                    has |= self.lookup_class_attr(&c, "__lt__").is_some()
                        || self.lookup_class_attr(&c, "__gt__").is_some();
                }
            }
            if has {
                if self.rich_lt_sync(a, b)? {
                    return Ok(Ordering::Less);
                }
                if self.rich_lt_sync(b, a)? {
                    return Ok(Ordering::Greater);
                }
                return Ok(Ordering::Equal);
            }
        }
        let (pa, pb) = (self.payload_of(a), self.payload_of(b));
        if pa.is_some() || pb.is_some() {
            let (a2, b2) = (
                pa.unwrap_or_else(|| a.clone()),
                pb.unwrap_or_else(|| b.clone()),
            );
            if let Ok(o) = self.order(&a2, &b2, op) {
                return Ok(o);
            }
        }
        if is_int(a) && is_int(b) {
            return Ok(big(a).cmp(&big(b)));
        }
        if let (Some(_), Some(_)) = (as_f64(a), as_f64(b)) {
            return Ok(num_cmp(a, b).unwrap_or(Ordering::Equal));
        }
        if let (Value::Str(x), Value::Str(y)) = (a, b) {
            return Ok(x.cmp(y));
        }
        if let (Some(x), Some(y)) = (super::bytes::bytes_of(a), super::bytes::bytes_of(b)) {
            return Ok(x.cmp(&y));
        }
        if let (Value::Obj(x), Value::Obj(y)) = (a, b) {
            let pair = match (&*x.data(), &*y.data()) {
                (ObjData::List(p), ObjData::List(q)) | (ObjData::Tuple(p), ObjData::Tuple(q)) => {
                    Some((p.clone(), q.clone()))
                }
                _ => None,
            };
            if let Some((p, q)) = pair {
                for (u, v) in p.iter().zip(q.iter()) {
                    if !self.equal_checked(u, v)? {
                        return self.order(u, v, op);
                    }
                }
                return Ok(p.len().cmp(&q.len()));
            }
        }
        Err(self.compare_type_error(op, a, b))
    }

    /// The TypeError of an ordering between values that do not support it.
    pub fn compare_type_error(&mut self, op: CmpOp, a: &Value, b: &Value) -> super::PyErr {
        let (ta, tb) = (self.type_name(a), self.type_name(b));
        self.type_error(&format!(
            "'{}' not supported between instances of '{ta}' and '{tb}'",
            op.symbol()
        ))
    }

    /// `a < b` through the user's rich comparison, run to completion.
    #[inline(never)]
    fn rich_lt_sync(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        let r = self.compare(CmpOp::Lt, a, b)?.run_sync(self)?;
        self.truthy(&r)
    }

    /// `item in container`.
    pub fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        if let Some(data) = super::bytes::bytes_of(container) {
            return self.bytes_contains(&data, item);
        }
        match container {
            Value::Str(s) => match item {
                Value::Str(sub) => {
                    self.spend(Work::StrChar, s.len() as u64);
                    Ok(s.contains(&**sub))
                }
                _ => {
                    let t = self.type_name(item);
                    Err(self.type_error(&format!(
                        "'in <string>' requires string as left operand, not {t}"
                    )))
                }
            },
            Value::Obj(o) => {
                enum C<U> {
                    Seq(Vec<Value>),
                    Hash(Result<bool, U>),
                    Range(i64, i64, i64),
                    Other,
                }
                let c = match &*o.data() {
                    ObjData::List(i) | ObjData::Tuple(i) => C::Seq(i.clone()),
                    // Looked up in place: copying the table would make `in` O(n).
                    ObjData::Dict(d) | ObjData::Set(d) | ObjData::FrozenSet(d) => {
                        C::Hash(d.get(item).map(|found| found.is_some()))
                    }
                    ObjData::Range { start, stop, step } => C::Range(*start, *stop, *step),
                    _ => C::Other,
                };
                match c {
                    C::Seq(items) => {
                        for (i, x) in items.iter().enumerate() {
                            if x.is(item) || self.equal_checked(x, item)? {
                                self.spend(super::work::Work::ScanItem, i as u64 + 1);
                                return Ok(true);
                            }
                        }
                        self.spend(super::work::Work::ScanItem, items.len() as u64);
                        Ok(false)
                    }
                    C::Hash(found) => found.map_err(|u| self.unhashable(u)),
                    C::Range(start, stop, step) => Ok(match item.as_i64() {
                        Some(i) => {
                            let inside = if step > 0 {
                                i >= start && i < stop
                            } else {
                                i <= start && i > stop
                            };
                            inside && (i - start) % step == 0
                        }
                        None => false,
                    }),
                    C::Other => {
                        let cls = self.type_of(container);
                        if let Some(m) = self.lookup_class_attr(&cls, "__contains__") {
                            let r = self.call_sync(m, vec![container.clone(), item.clone()])?;
                            return self.truthy(&r);
                        }
                        if let Some(p) = self.payload_of(container) {
                            return self.contains(&p, item);
                        }
                        if let Some(items) = self.snapshot_items(container) {
                            let items = items?;
                            return Ok(items.iter().any(|x| self.values_equal(x, item)));
                        }
                        let it = self.get_iter(container)?;
                        loop {
                            match self.next_sync(&it)? {
                                Some(x) => {
                                    if self.values_equal(&x, item) {
                                        return Ok(true);
                                    }
                                }
                                None => return Ok(false),
                            }
                        }
                    }
                }
            }
            _ => {
                let t = self.type_name(container);
                Err(self.type_error(&format!("argument of type '{t}' is not iterable")))
            }
        }
    }

    /// `next(it)` run to completion synchronously (None when exhausted).
    pub fn next_sync(&mut self, it: &Value) -> PyResult<Option<Value>> {
        let f = self.builtin_value("next");
        let sentinel = self.new_obj(ObjData::Tuple(Vec::new()));
        let v = self.call_sync(f, vec![it.clone(), sentinel.clone()])?;
        Ok(if v.is(&sentinel) { None } else { Some(v) })
    }

    /// The builtin payload of an instance of a builtin subclass.
    pub fn payload_of(&self, v: &Value) -> Option<Value> {
        match v {
            Value::Obj(o) => match &*o.data() {
                ObjData::Instance(i) => i.payload.clone(),
                _ => None,
            },
            _ => None,
        }
    }

    /// Normalise a sequence index (negative from the end); None when out of range.
    pub fn seq_index(&mut self, idx: &Value, len: usize, what: &str) -> PyResult<usize> {
        let i = match idx {
            Value::Int(_) | Value::Bool(_) => idx.as_i64().unwrap_or(0),
            Value::Big(_) => {
                return Err(
                    self.new_error("IndexError", "cannot fit 'int' into an index-sized integer")
                );
            }
            _ => {
                let is_inst =
                    matches!(idx, Value::Obj(o) if matches!(&*o.data(), ObjData::Instance(_)));
                let cls = self.type_of(idx);
                let index = if is_inst {
                    self.lookup_class_attr(&cls, "__index__")
                } else {
                    None
                };
                if let Some(m) = index {
                    // An object with __index__ (operator.index) stands for an int.
                    let v = self.call_sync(m, vec![idx.clone()])?;
                    if !matches!(v, Value::Int(_) | Value::Bool(_) | Value::Big(_)) {
                        let t = self.type_name(&v);
                        return Err(
                            self.type_error(&format!("__index__ returned non-int (type {t})"))
                        );
                    }
                    return self.seq_index(&v, len, what);
                }
                let t = self.type_name(idx);
                return Err(self.type_error(&format!(
                    "{what} indices must be integers or slices, not {t}"
                )));
            }
        };
        let n = len as i64;
        let j = if i < 0 { i + n } else { i };
        if j < 0 || j >= n {
            return Err(self.new_error("IndexError", &format!("{what} index out of range")));
        }
        Ok(j as usize)
    }

    /// `obj[idx]`.
    pub fn subscript(&mut self, obj: &Value, idx: &Value) -> PyResult<OpResult> {
        if let Some(data) = super::bytes::bytes_of(obj) {
            let ba = super::bytes::is_bytearray(obj);
            return Ok(OpResult::Value(self.bytes_subscript(&data, ba, idx)?));
        }
        let slice = match idx {
            Value::Obj(o) => match &*o.data() {
                ObjData::Slice { start, stop, step } => {
                    Some((start.clone(), stop.clone(), step.clone()))
                }
                _ => None,
            },
            _ => None,
        };
        match obj {
            Value::Str(s) => {
                let chars: Vec<char> = s.chars().collect();
                if let Some((a, b, c)) = slice {
                    let picked = self.slice_indices(chars.len(), &a, &b, &c)?;
                    let out: String = picked.into_iter().filter_map(|i| chars.get(i)).collect();
                    return Ok(OpResult::Value(Value::Str(crate::pystr::PyStr::from(out))));
                }
                let i = self.seq_index(idx, chars.len(), "string")?;
                return Ok(OpResult::Value(Value::Str(crate::pystr::PyStr::from(
                    chars[i].to_string(),
                ))));
            }
            Value::Obj(o) => {
                // Only lengths and the one value are taken out of the borrow: copying the
                // items or the table would make every subscript O(n).
                enum S<U> {
                    Seq(usize, bool),
                    Dict(Result<Option<Value>, U>),
                    Range(i64, i64, i64),
                    Other,
                }
                let s = match &*o.data() {
                    ObjData::List(i) => S::Seq(i.len(), true),
                    ObjData::Tuple(i) => S::Seq(i.len(), false),
                    ObjData::Dict(d) => S::Dict(d.get(idx)),
                    ObjData::Range { start, stop, step } => S::Range(*start, *stop, *step),
                    _ => S::Other,
                };
                // The items at `at`, read after the indices are known (computing them may run
                // Python `__index__`, which could change the sequence: missing ones are skipped).
                let items_at = |at: &mut dyn Iterator<Item = usize>| -> Vec<Value> {
                    match &*o.data() {
                        ObjData::List(i) | ObjData::Tuple(i) => {
                            at.filter_map(|k| i.get(k).cloned()).collect()
                        }
                        _ => Vec::new(),
                    }
                };
                match s {
                    S::Seq(len, is_list) => {
                        let what = if is_list { "list" } else { "tuple" };
                        if let Some((a, b, c)) = slice {
                            let picked = self.slice_indices(len, &a, &b, &c)?;
                            self.spend(super::work::Work::CopyItem, picked.len() as u64);
                            let out = items_at(&mut picked.into_iter());
                            return Ok(OpResult::Value(if is_list {
                                self.new_list(out)
                            } else {
                                self.new_tuple(out)
                            }));
                        }
                        let i = self.seq_index(idx, len, what)?;
                        return match items_at(&mut std::iter::once(i)).pop() {
                            Some(v) => Ok(OpResult::Value(v)),
                            None => {
                                Err(self
                                    .new_error("IndexError", &format!("{what} index out of range")))
                            }
                        };
                    }
                    S::Dict(found) => match found.map_err(|u| self.unhashable(u))? {
                        Some(v) => return Ok(OpResult::Value(v)),
                        None => {
                            let e = self.new_exception("KeyError", vec![idx.clone()]);
                            return Err(e);
                        }
                    },
                    S::Range(start, stop, step) => {
                        let n = super::iterators::range_len(start, stop, step) as usize;
                        if let Some((a, b, c)) = slice {
                            let (i, j, k) = self.slice_bounds(n, &a, &b, &c)?;
                            let at = |x: i64| (start as i128) + (x as i128) * (step as i128);
                            let (ns, ne, nk) = (at(i), at(j), (step as i128) * (k as i128));
                            let fits = |x: i128| i64::try_from(x).ok();
                            let (Some(ns), Some(ne), Some(nk)) = (fits(ns), fits(ne), fits(nk))
                            else {
                                return Err(self.new_error(
                                    "OverflowError",
                                    "Python int too large to convert to C ssize_t",
                                ));
                            };
                            return Ok(OpResult::Value(self.new_obj(ObjData::Range {
                                start: ns,
                                stop: ne,
                                step: nk,
                            })));
                        }
                        let i = self.seq_index(idx, n, "range object")?;
                        return Ok(OpResult::Value(Value::Int(start + i as i64 * step)));
                    }
                    S::Other => {}
                }
                let cls = self.type_of(obj);
                if let Some(m) = self.lookup_class_attr(&cls, "__getitem__") {
                    return Ok(OpResult::Call(m, vec![obj.clone(), idx.clone()]));
                }
                if let Some(p) = self.payload_of(obj) {
                    let is_dict =
                        matches!(&p, Value::Obj(po) if matches!(&*po.data(), ObjData::Dict(_)));
                    if is_dict {
                        // A dict subclass's __missing__ supplies absent keys.
                        if let Some(m) = self.lookup_class_attr(&cls, "__missing__") {
                            return match self.subscript(&p, idx) {
                                Err(e) if self.is_instance_of(&e.0, "KeyError") => {
                                    Ok(OpResult::Call(m, vec![obj.clone(), idx.clone()]))
                                }
                                r => r,
                            };
                        }
                    }
                    return self.subscript(&p, idx);
                }
                if matches!(&*o.data(), ObjData::Class(_)) {
                    // Generic aliases like list[int] in annotations: return the class itself.
                    return Ok(OpResult::Value(obj.clone()));
                }
            }
            _ => {}
        }
        let t = self.type_name(obj);
        Err(self.type_error(&format!("'{t}' object is not subscriptable")))
    }

    /// The indices a slice selects from a sequence of `len` items.
    pub fn slice_indices(
        &mut self,
        len: usize,
        start: &Value,
        stop: &Value,
        step: &Value,
    ) -> PyResult<Vec<usize>> {
        let (mut i, stop, step) = self.slice_bounds(len, start, stop, step)?;
        let mut out = Vec::new();
        while (step > 0 && i < stop) || (step < 0 && i > stop) {
            out.push(i as usize);
            i += step;
        }
        Ok(out)
    }

    /// `slice.indices(len)`: the clamped (start, stop, step) a slice means for `len` items.
    pub fn slice_bounds(
        &mut self,
        len: usize,
        start: &Value,
        stop: &Value,
        step: &Value,
    ) -> PyResult<(i64, i64, i64)> {
        let n = len as i64;
        let step = match step {
            Value::None => 1,
            v => match v.as_i64() {
                Some(0) => return Err(self.new_error("ValueError", "slice step cannot be zero")),
                Some(s) => s,
                None => {
                    return Err(self.type_error(
                        "slice indices must be integers or None or have an __index__ method",
                    ))
                }
            },
        };
        let clamp = |v: &Value, default: i64, lo: i64, hi: i64| -> Option<i64> {
            match v {
                Value::None => Some(default),
                v => v.as_i64().map(|i| {
                    let i = if i < 0 { i + n } else { i };
                    i.clamp(lo, hi)
                }),
            }
        };
        let (start, stop) = if step > 0 {
            (clamp(start, 0, 0, n), clamp(stop, n, 0, n))
        } else {
            (clamp(start, n - 1, -1, n - 1), clamp(stop, -1, -1, n - 1))
        };
        let (Some(i), Some(stop)) = (start, stop) else {
            return Err(self
                .type_error("slice indices must be integers or None or have an __index__ method"));
        };
        Ok((i, stop, step))
    }

    /// `obj[idx] = v`; returns a `__setitem__` call to make for user classes.
    pub fn store_subscr(
        &mut self,
        obj: &Value,
        idx: Value,
        v: Value,
    ) -> PyResult<Option<(Value, Vec<Value>)>> {
        if let Value::Obj(o) = obj {
            let kind = match &*o.data() {
                ObjData::List(_) => 1,
                ObjData::Dict(_) => 2,
                ObjData::Instance(_) => 3,
                ObjData::ByteArray(_) => 4,
                _ => 0,
            };
            match kind {
                1 => {
                    let len = match &*o.data() {
                        ObjData::List(items) => items.len(),
                        _ => 0,
                    };
                    let slice = match &idx {
                        Value::Obj(so) => match &*so.data() {
                            ObjData::Slice { start, stop, step } => {
                                Some((start.clone(), stop.clone(), step.clone()))
                            }
                            _ => None,
                        },
                        _ => None,
                    };
                    if let Some((a, b, c)) = slice {
                        let new = match self.snapshot_items(&v) {
                            Some(items) => items?,
                            None => return Err(self.type_error("can only assign an iterable")),
                        };
                        let picked = self.slice_indices(len, &a, &b, &c)?;
                        let simple = matches!(c, Value::None) || c.as_i64() == Some(1);
                        if !simple && picked.len() != new.len() {
                            return Err(self.new_error(
                                "ValueError",
                                &format!(
                                    "attempt to assign sequence of size {} to extended slice of size {}",
                                    new.len(),
                                    picked.len()
                                ),
                            ));
                        }
                        if let ObjData::List(items) = &mut *o.data_mut() {
                            if simple {
                                let lo = picked.first().copied().unwrap_or_else(|| {
                                    a.as_i64()
                                        .map(|i| {
                                            if i < 0 {
                                                (i + len as i64).max(0)
                                            } else {
                                                i.min(len as i64)
                                            }
                                        })
                                        .unwrap_or(0) as usize
                                });
                                let hi = picked.last().map(|x| x + 1).unwrap_or(lo);
                                items.splice(lo..hi, new);
                            } else if picked.len() == new.len() {
                                for (i, val) in picked.into_iter().zip(new) {
                                    items[i] = val;
                                }
                            }
                        }
                        return Ok(None);
                    }
                    let i = self.seq_index(&idx, len, "list assignment")?;
                    if let ObjData::List(items) = &mut *o.data_mut() {
                        items[i] = v;
                    }
                    return Ok(None);
                }
                2 => {
                    let k = super::dict::hash_key(&idx).map_err(|u| self.unhashable(u))?;
                    self.grow_by(o, super::ledger::ENTRY_UNITS)?;
                    let r = match &mut *o.data_mut() {
                        ObjData::Dict(d) => d.insert_checked(k, idx, v),
                        _ => Ok(()),
                    };
                    r.map_err(|u| self.unhashable(u))?;
                    return Ok(None);
                }
                3 => {
                    let cls = self.type_of(obj);
                    if let Some(m) = self.lookup_class_attr(&cls, "__setitem__") {
                        return Ok(Some((m, vec![obj.clone(), idx, v])));
                    }
                    if let Some(p) = self.payload_of(obj) {
                        return self.store_subscr(&p, idx, v);
                    }
                }
                4 => {
                    self.bytearray_store(o, &idx, &v)?;
                    return Ok(None);
                }
                _ => {}
            }
        }
        let t = self.type_name(obj);
        Err(self.type_error(&format!("'{t}' object does not support item assignment")))
    }

    /// `del obj[idx]`.
    pub fn del_subscr(&mut self, obj: &Value, idx: &Value) -> PyResult<()> {
        if let Value::Obj(o) = obj {
            if super::bytes::is_bytearray(obj) {
                return self.bytearray_delete(o, idx);
            }
            let is_inst = matches!(&*o.data(), ObjData::Instance(_));
            if is_inst {
                let cls = self.type_of(obj);
                if let Some(m) = self.lookup_class_attr(&cls, "__delitem__") {
                    self.call_sync(m, vec![obj.clone(), idx.clone()])?;
                    return Ok(());
                }
                if let Some(p) = self.payload_of(obj) {
                    return self.del_subscr(&p, idx);
                }
            }
            let slice = match idx {
                Value::Obj(so) => match &*so.data() {
                    ObjData::Slice { start, stop, step } => {
                        Some((start.clone(), stop.clone(), step.clone()))
                    }
                    _ => None,
                },
                _ => None,
            };
            let list_len = match &*o.data() {
                ObjData::List(items) => Some(items.len()),
                _ => None,
            };
            if let (Some((a, b, c)), Some(len)) = (slice, list_len) {
                let mut picked = self.slice_indices(len, &a, &b, &c)?;
                picked.sort_unstable();
                if let ObjData::List(items) = &mut *o.data_mut() {
                    for i in picked.into_iter().rev() {
                        if i < items.len() {
                            items.remove(i);
                        }
                    }
                }
                return Ok(());
            }
            let kind = match &*o.data() {
                ObjData::List(items) => Some(items.len()),
                ObjData::Dict(_) => None,
                _ => {
                    let t = self.type_name(obj);
                    return Err(
                        self.type_error(&format!("'{t}' object doesn't support item deletion"))
                    );
                }
            };
            match kind {
                Some(len) => {
                    let i = self.seq_index(idx, len, "list assignment")?;
                    if let ObjData::List(items) = &mut *o.data_mut() {
                        items.remove(i);
                    }
                }
                None => {
                    let removed = match &mut *o.data_mut() {
                        ObjData::Dict(d) => d.remove(idx),
                        _ => Ok(None),
                    };
                    if removed.map_err(|u| self.unhashable(u))?.is_none() {
                        return Err(self.new_exception("KeyError", vec![idx.clone()]));
                    }
                }
            }
            return Ok(());
        }
        let t = self.type_name(obj);
        Err(self.type_error(&format!("'{t}' object doesn't support item deletion")))
    }

    /// Unpack `v` into exactly `before` items, or (with `after`) into before + a list + after.
    pub fn unpack(
        &mut self,
        v: &Value,
        before: usize,
        after: Option<usize>,
    ) -> PyResult<Vec<Value>> {
        let items = match self.snapshot_items(v) {
            Some(items) => items?,
            None => {
                let it = match self.get_iter(v) {
                    Ok(it) => it,
                    Err(e) => {
                        let t = self.type_name(v);
                        let not_iterable = self.is_instance_of(&e.0, "TypeError")
                            && self.exception_message(&e.0)
                                == format!("'{t}' object is not iterable");
                        if not_iterable {
                            return Err(
                                self.type_error(&format!("cannot unpack non-iterable {t} object"))
                            );
                        }
                        return Err(e);
                    }
                };
                let mut out = Vec::new();
                while let Some(x) = self.next_sync(&it)? {
                    out.push(x);
                    if out.len() > 10_000_000 {
                        return Err(self.new_error("MemoryError", ""));
                    }
                }
                out
            }
        };
        match after {
            None => {
                if items.len() != before {
                    if items.len() > before {
                        return Err(self.new_error(
                            "ValueError",
                            &format!("too many values to unpack (expected {before})"),
                        ));
                    }
                    return Err(self.new_error(
                        "ValueError",
                        &format!(
                            "not enough values to unpack (expected {before}, got {})",
                            items.len()
                        ),
                    ));
                }
                Ok(items)
            }
            Some(after) => {
                if items.len() < before + after {
                    return Err(self.new_error(
                        "ValueError",
                        &format!(
                            "not enough values to unpack (expected at least {}, got {})",
                            before + after,
                            items.len()
                        ),
                    ));
                }
                let mut items = items;
                let tail = items.split_off(items.len() - after);
                let mid = items.split_off(before);
                let mid = self.new_list(mid);
                items.push(mid);
                items.extend(tail);
                Ok(items)
            }
        }
    }

    /// `target.update(iterable)` for a set, as CPython does it (sets are merged table-wise).
    pub fn set_update(&mut self, target: &Value, iterable: &Value) -> PyResult<()> {
        let other = match iterable {
            Value::Obj(o) => match &*o.data() {
                ObjData::Set(d) | ObjData::FrozenSet(d) => Some(d.clone()),
                _ => None,
            },
            _ => None,
        };
        let Value::Obj(t) = target else {
            return Ok(());
        };
        if let Some(other) = other {
            self.grow_by(t, other.len() as u64 * super::ledger::ENTRY_UNITS)?;
            if let ObjData::Set(d) | ObjData::FrozenSet(d) = &mut *t.data_mut() {
                d.set_merge(&other);
            }
            return Ok(());
        }
        let items = match self.snapshot_items(iterable) {
            Some(items) => items?,
            None => {
                let it = self.get_iter(iterable)?;
                let mut out = Vec::new();
                while let Some(x) = self.next_sync(&it)? {
                    out.push(x);
                }
                out
            }
        };
        self.grow_by(t, items.len() as u64 * super::ledger::ENTRY_UNITS)?;
        for v in items {
            let k = super::dict::hash_key(&v).map_err(|u| self.unhashable(u))?;
            let r = match &mut *t.data_mut() {
                ObjData::Set(d) | ObjData::FrozenSet(d) => d.insert_checked(k, v, Value::None),
                _ => Ok(()),
            };
            r.map_err(|u| self.unhashable(u))?;
        }
        Ok(())
    }

    /// A new set from values.
    pub fn new_set(&mut self, items: Vec<Value>) -> PyResult<Value> {
        let mut d = Dict::new_set();
        for v in items {
            d.insert(v, Value::None).map_err(|u| self.unhashable(u))?;
        }
        Ok(self.new_obj(ObjData::Set(d)))
    }

    /// `target.update(m)` for dict displays and `**m`.
    pub fn dict_update(&mut self, target: &Value, m: &Value) -> PyResult<()> {
        let pairs = match m {
            Value::Obj(o) => match &*o.data() {
                ObjData::Dict(d) => Some(d.items()),
                _ => None,
            },
            _ => None,
        };
        let Some(pairs) = pairs else {
            let t = self.type_name(m);
            return Err(self.type_error(&format!("'{t}' object is not a mapping")));
        };
        if let Value::Obj(o) = target {
            if let ObjData::Dict(d) = &mut *o.data_mut() {
                for (k, v) in pairs {
                    d.insert(k, v).map_err(|_| super::PyErr(Value::None))?;
                }
            }
        }
        Ok(())
    }

    /// `**kwargs` of a call as pairs.
    pub fn kwargs_from_dict(&mut self, kw: &Value) -> PyResult<Vec<(Rc<str>, Value)>> {
        match kw {
            Value::None => Ok(Vec::new()),
            Value::Obj(o) => {
                let items = match &*o.data() {
                    ObjData::Dict(d) => d.items(),
                    _ => Vec::new(),
                };
                let mut out = Vec::new();
                for (k, v) in items {
                    match k {
                        Value::Str(s) => out.push((Rc::from(&*s), v)),
                        _ => return Err(self.type_error("keywords must be strings")),
                    }
                }
                Ok(out)
            }
            _ => Ok(Vec::new()),
        }
    }

    /// `fmt % args`.
    fn percent_format(&mut self, fmt: &str, args: &Value) -> PyResult<Value> {
        super::repr::percent(self, fmt, args)
    }
}

/// Unused helper kept for symmetry with `Obj` lookups.
pub fn is_same(a: &Obj, b: &Obj) -> bool {
    a.is(b)
}

/// `x op y` for two ints that fit in 64 bits, when the result does too; None sends the caller to
/// the general (big-int, error-raising) path. Used by the interpreter's fast path and by
/// [`Vm::binary`].
#[inline(always)]
pub fn small_int_op(op: BinOp, x: i64, y: i64) -> Option<i64> {
    // Python's floor division and modulo round towards minus infinity.
    let floor_adjust = |r: i64| r != 0 && ((r < 0) != (y < 0));
    match op {
        BinOp::Add => x.checked_add(y),
        BinOp::Sub => x.checked_sub(y),
        BinOp::Mul => x.checked_mul(y),
        BinOp::FloorDiv if y != 0 => {
            let (q, r) = (x.checked_div(y)?, x.checked_rem(y)?);
            Some(if floor_adjust(r) { q - 1 } else { q })
        }
        BinOp::Mod if y != 0 => {
            let r = x.checked_rem(y)?;
            Some(if floor_adjust(r) { r + y } else { r })
        }
        BinOp::And => Some(x & y),
        BinOp::Or => Some(x | y),
        BinOp::Xor => Some(x ^ y),
        BinOp::LShift if (0..63).contains(&y) => x.checked_mul(1i64 << y),
        BinOp::RShift if y >= 0 => Some(if y >= 64 {
            if x < 0 {
                -1
            } else {
                0
            }
        } else {
            x >> y
        }),
        _ => None,
    }
}

/// `x op y` for two small ints.
#[inline(always)]
pub fn small_int_compare(op: CmpOp, x: i64, y: i64) -> bool {
    match op {
        CmpOp::Lt => x < y,
        CmpOp::Le => x <= y,
        CmpOp::Eq => x == y,
        CmpOp::Ne => x != y,
        CmpOp::Gt => x > y,
        CmpOp::Ge => x >= y,
    }
}

/// The two ints on top of an operand stack, if both are small ints.
#[inline(always)]
pub fn top_small_ints(stack: &[Value]) -> Option<(i64, i64)> {
    match stack {
        [.., Value::Int(x), Value::Int(y)] => Some((*x, *y)),
        _ => None,
    }
}

/// One dunder call of an operator: `func(x, y)`.
fn attempt(func: Value, x: &Value, y: &Value) -> Attempt {
    Attempt {
        func,
        args: vec![x.clone(), y.clone()],
        negate: false,
    }
}

/// Whether two class-attribute lookups found the same object (an override check).
fn same_attr(a: &Option<Value>, b: &Option<Value>) -> bool {
    matches!((a, b), (Some(x), Some(y)) if x.is(y))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_int_division_rounds_to_minus_infinity() {
        assert_eq!(small_int_op(BinOp::FloorDiv, -7, 2), Some(-4));
        assert_eq!(small_int_op(BinOp::Mod, -7, 2), Some(1));
        assert_eq!(small_int_op(BinOp::Mod, 7, -2), Some(-1));
        assert_eq!(small_int_op(BinOp::FloorDiv, 7, -2), Some(-4));
        assert_eq!(small_int_op(BinOp::Mod, 6, -3), Some(0));
    }

    #[test]
    fn small_int_overflow_and_zero_take_the_general_path() {
        assert_eq!(small_int_op(BinOp::Mod, i64::MIN, -1), None);
        assert_eq!(small_int_op(BinOp::FloorDiv, i64::MIN, -1), None);
        assert_eq!(small_int_op(BinOp::Add, i64::MAX, 1), None);
        assert_eq!(small_int_op(BinOp::Mod, 5, 0), None);
        assert_eq!(small_int_op(BinOp::TrueDiv, 6, 3), None);
    }
}
