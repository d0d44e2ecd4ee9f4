//! An insertion-ordered hash table for dicts, sets and namespaces.
//!
//! Keys are reduced to a [`HashKey`] that follows Python's equality for the builtin hashable
//! types (`1 == 1.0 == True` share a slot; tuples compare element-wise). Other objects hash by
//! identity. User-defined `__hash__`/`__eq__` are not consulted yet.

use super::value::{Obj, Value};
use num_bigint::BigInt;
use std::collections::HashMap;
use std::rc::Rc;

/// The equality class of a hashable value.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum HashKey {
    /// `None`.
    None,
    /// An int (bools and integral floats map here too).
    Int(i64),
    /// A big int.
    Big(BigInt),
    /// A non-integral float, by bits (NaN compares by identity in Python; close enough).
    Float(u64),
    /// A str.
    Str(Rc<str>),
    /// A tuple or frozenset of keys.
    Tuple(Vec<HashKey>),
    /// Any other object, by identity.
    Id(u64),
}

/// Why a value cannot be a key: the type name for "unhashable type: 'list'".
#[derive(Debug, Clone)]
pub struct Unhashable(pub &'static str);

/// Compute the key of a value.
pub fn hash_key(v: &Value) -> Result<HashKey, Unhashable> {
    use super::object::ObjData;
    Ok(match v {
        Value::None => HashKey::None,
        Value::Bool(b) => HashKey::Int(i64::from(*b)),
        Value::Int(i) => HashKey::Int(*i),
        Value::Big(b) => HashKey::Big((**b).clone()),
        Value::Float(f) => {
            if f.fract() == 0.0 && f.abs() < 9.2e18 {
                HashKey::Int(*f as i64)
            } else {
                HashKey::Float(f.to_bits())
            }
        }
        Value::Str(s) => HashKey::Str(s.clone()),
        Value::Obj(o) => match &*o.data() {
            ObjData::Tuple(items) => {
                HashKey::Tuple(items.iter().map(hash_key).collect::<Result<_, _>>()?)
            }
            ObjData::FrozenSet(d) => {
                let mut ks: Vec<HashKey> =
                    d.keys().iter().map(hash_key).collect::<Result<_, _>>()?;
                ks.sort_by_key(|k| format!("{k:?}"));
                HashKey::Tuple(ks)
            }
            ObjData::List(_) => return Err(Unhashable("list")),
            ObjData::Dict(_) => return Err(Unhashable("dict")),
            ObjData::Set(_) => return Err(Unhashable("set")),
            ObjData::Slice { .. } => return Err(Unhashable("slice")),
            _ => HashKey::Id(o.id()),
        },
    })
}

/// An insertion-ordered map from Python values to values.
#[derive(Debug, Default, Clone)]
pub struct Dict {
    entries: Vec<Option<(Value, Value)>>,
    index: HashMap<HashKey, usize>,
}

impl Dict {
    /// An empty dict.
    pub fn new() -> Dict {
        Dict::default()
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.index.len()
    }

    /// Whether it is empty.
    pub fn is_empty(&self) -> bool {
        self.index.is_empty()
    }

    /// Look a key up.
    pub fn get(&self, key: &Value) -> Result<Option<Value>, Unhashable> {
        let k = hash_key(key)?;
        Ok(self.get_by_key(&k))
    }

    /// Look up by a precomputed key.
    pub fn get_by_key(&self, k: &HashKey) -> Option<Value> {
        self.index
            .get(k)
            .and_then(|&i| self.entries.get(i))
            .and_then(|e| e.as_ref())
            .map(|(_, v)| v.clone())
    }

    /// Look a str key up (namespaces).
    pub fn get_str(&self, name: &str) -> Option<Value> {
        self.get_by_key(&HashKey::Str(Rc::from(name)))
    }

    /// Insert or replace (keeps the original key object and position on replace, as Python does).
    pub fn insert(&mut self, key: Value, value: Value) -> Result<(), Unhashable> {
        let k = hash_key(&key)?;
        self.insert_by_key(k, key, value);
        Ok(())
    }

    /// Insert with a precomputed key.
    pub fn insert_by_key(&mut self, k: HashKey, key: Value, value: Value) {
        if let Some(&i) = self.index.get(&k) {
            if let Some(Some(entry)) = self.entries.get_mut(i) {
                entry.1 = value;
                return;
            }
        }
        self.entries.push(Some((key, value)));
        self.index.insert(k, self.entries.len() - 1);
    }

    /// Set a str key (namespaces).
    pub fn set_str(&mut self, name: &str, value: Value) {
        let rc: Rc<str> = Rc::from(name);
        self.insert_by_key(HashKey::Str(rc.clone()), Value::Str(rc), value);
    }

    /// Remove a key, returning its value.
    pub fn remove(&mut self, key: &Value) -> Result<Option<Value>, Unhashable> {
        let k = hash_key(key)?;
        Ok(self.remove_by_key(&k))
    }

    /// Remove by a precomputed key.
    pub fn remove_by_key(&mut self, k: &HashKey) -> Option<Value> {
        let i = self.index.remove(k)?;
        let old = self
            .entries
            .get_mut(i)
            .and_then(Option::take)
            .map(|(_, v)| v);
        if self.entries.len() > 32 && self.index.len() * 2 < self.entries.len() {
            self.compact();
        }
        old
    }

    fn compact(&mut self) {
        let entries: Vec<(Value, Value)> = self.entries.drain(..).flatten().collect();
        self.index.clear();
        for (key, value) in entries {
            if let Ok(k) = hash_key(&key) {
                self.insert_by_key(k, key, value);
            }
        }
    }

    /// Keys in insertion order.
    pub fn keys(&self) -> Vec<Value> {
        self.entries
            .iter()
            .flatten()
            .map(|(k, _)| k.clone())
            .collect()
    }

    /// Values in insertion order.
    pub fn values(&self) -> Vec<Value> {
        self.entries
            .iter()
            .flatten()
            .map(|(_, v)| v.clone())
            .collect()
    }

    /// Pairs in insertion order.
    pub fn items(&self) -> Vec<(Value, Value)> {
        self.entries.iter().flatten().cloned().collect()
    }

    /// Remove everything.
    pub fn clear(&mut self) {
        self.entries.clear();
        self.index.clear();
    }

    /// Remove and return the last pair.
    pub fn pop_last(&mut self) -> Option<(Value, Value)> {
        while let Some(last) = self.entries.pop() {
            if let Some((k, v)) = last {
                if let Ok(hk) = hash_key(&k) {
                    self.index.remove(&hk);
                }
                return Some((k, v));
            }
        }
        None
    }
}

/// A namespace lookup helper: the object's dict if it has one.
pub fn obj_dict_get(o: &Obj, name: &str) -> Option<Value> {
    use super::object::ObjData;
    match &*o.data() {
        ObjData::Instance(i) => i.dict.get_str(name),
        ObjData::Class(c) => c.dict.get_str(name),
        ObjData::Module(m) => m.dict.get_str(name),
        ObjData::Function(f) => f.attrs.get_str(name),
        _ => None,
    }
}
