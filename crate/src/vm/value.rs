//! Python values: immediate scalars, and references to heap objects.
//!
//! Small ints, floats, bools, None and strs are stored inline; everything else is an [`Obj`], a
//! reference-counted heap object with a stable, deterministic `id` (allocation order), so that
//! `id()` and default reprs are the same on every run.

use super::object::{ObjBox, ObjData};
pub use crate::pystr::PyStr;
use num_bigint::BigInt;
use std::cell::{Ref, RefMut};
use std::rc::Rc;

/// A Python value.
#[derive(Clone, Debug)]
pub enum Value {
    /// `None`.
    None,
    /// `True` / `False`.
    Bool(bool),
    /// An int that fits in 64 bits.
    Int(i64),
    /// A larger int.
    Big(Rc<BigInt>),
    /// A float.
    Float(f64),
    /// A str: shared text, grown in place only while unshared (`crate::pystr`).
    Str(PyStr),
    /// Any heap object.
    Obj(Obj),
}

/// A reference to a heap object.
#[derive(Clone, Debug)]
pub struct Obj(pub Rc<ObjBox>);

impl Obj {
    /// The object's deterministic identity.
    pub fn id(&self) -> u64 {
        self.0.id
    }

    /// Borrow the object's data.
    pub fn data(&self) -> Ref<'_, ObjData> {
        self.0.data.borrow()
    }

    /// Borrow the object's data, or None while it is borrowed mutably.
    pub fn try_data(&self) -> Option<Ref<'_, ObjData>> {
        self.0.data.try_borrow().ok()
    }

    /// Borrow the object's data mutably, or None while it is borrowed.
    pub fn try_data_mut(&self) -> Option<RefMut<'_, ObjData>> {
        self.0.data.try_borrow_mut().ok()
    }

    /// Borrow the object's data mutably. Callers keep borrows short and never call back into
    /// the VM while holding one.
    pub fn data_mut(&self) -> RefMut<'_, ObjData> {
        self.0.data.borrow_mut()
    }

    /// Whether two references are the same object.
    pub fn is(&self, other: &Obj) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Value {
    /// A str value.
    pub fn str(s: &str) -> Value {
        Value::Str(PyStr::from(s))
    }

    /// An int value from a big integer, kept inline when it fits.
    pub fn from_big(b: BigInt) -> Value {
        match i64::try_from(&b) {
            Ok(i) => Value::Int(i),
            Err(_) => Value::Big(Rc::new(b)),
        }
    }

    /// The heap object, if this is one.
    pub fn as_obj(&self) -> Option<&Obj> {
        match self {
            Value::Obj(o) => Some(o),
            _ => None,
        }
    }

    /// The value as a big integer, if it is an int or bool.
    pub fn as_bigint(&self) -> Option<BigInt> {
        match self {
            Value::Int(i) => Some(BigInt::from(*i)),
            Value::Bool(b) => Some(BigInt::from(i64::from(*b))),
            Value::Big(b) => Some((**b).clone()),
            _ => None,
        }
    }

    /// The value as an i64, if it is an int or bool that fits.
    pub fn as_i64(&self) -> Option<i64> {
        match self {
            Value::Int(i) => Some(*i),
            Value::Bool(b) => Some(i64::from(*b)),
            _ => None,
        }
    }

    /// Python identity (`is`).
    pub fn is(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::None, Value::None) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b && (-5..=256).contains(a),
            (Value::Str(a), Value::Str(b)) => PyStr::ptr_eq(a, b) || (a.len() <= 1 && a == b),
            (Value::Obj(a), Value::Obj(b)) => a.is(b),
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            _ => false,
        }
    }
}
