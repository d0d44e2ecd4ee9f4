//! An insertion-ordered hash table for dicts, sets and namespaces.
//!
//! Keys are reduced to a [`HashKey`] that follows Python's equality for the builtin hashable
//! types (`1 == 1.0 == True` share a slot; tuples compare element-wise). Other objects hash by
//! identity. User-defined `__hash__`/`__eq__` are not consulted yet. An equal key that is not the
//! same object is checked as CPython's `==` would nest ([`Dict::check_compare`]): tuples nested
//! beyond the recursion limit raise RecursionError there.
//!
//! Sets also keep a [`SetTable`]: a model of CPython's set hash table (same hashes, probing,
//! dummies and resizing), used only to iterate in the order CPython would.

use super::value::{Obj, PyStr, Value};
use num_bigint::BigInt;
use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::rc::Rc;

pub use crate::fxhash::FxHasher;

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
    Str(PyStr),
    /// A bytes object, by contents.
    Bytes(Vec<u8>),
    /// A tuple or frozenset of keys.
    Tuple(Vec<HashKey>),
    /// Any other object, by identity.
    Id(u64),
    /// A tuple nested too deeply for `Tuple` (see [`flat_key`]): never nested itself.
    Flat(Vec<HashKey>),
    /// In a `Flat` key: a tuple of this many items, which follow.
    OpenTuple(usize),
}

/// Why a value cannot be a key: the type name for "unhashable type: 'list'".
#[derive(Debug, Clone)]
pub struct Unhashable(pub &'static str);

/// The [`Unhashable`] "type" of a key nested deeper than [`KEY_NESTING`] (in frozensets: nested
/// tuples alone get a flat key): RecursionError.
pub const TOO_DEEP: &str = "<nested too deeply>";

/// The [`Unhashable`] "type" of a key equal to a stored key that CPython has to compare with `==`
/// (not the same object), where that comparison nests too deeply: RecursionError "in comparison".
pub const COMPARE_TOO_DEEP: &str = "<compared too deeply>";

/// The level of nested tuple comparisons at which CPython 3.11 raises RecursionError (measured:
/// two distinct chains `(((),),)` of 999 wrappers around the shared `()` compare equal, of 1,000
/// raise).
const COMPARE_NESTING: usize = super::RECURSION_LIMIT;

/// Whether CPython's `a == b` for two values with equal keys nests deeper than
/// [`COMPARE_NESTING`]: tuples compare item by item, skipping items that are the same object.
fn compare_too_deep(a: &Value, b: &Value) -> bool {
    let mut todo = vec![(a.clone(), b.clone(), 1usize)];
    while let Some((x, y, level)) = todo.pop() {
        if x.is(&y) {
            continue;
        }
        let (Some(xs), Some(ys)) = (tuple_items_now(&x), tuple_items_now(&y)) else {
            continue;
        };
        if xs.is_empty() && ys.is_empty() {
            // CPython's `()` is one object: never compared.
            continue;
        }
        if level >= COMPARE_NESTING {
            return true;
        }
        todo.extend(xs.into_iter().zip(ys).map(|(p, q)| (p, q, level + 1)));
    }
    false
}

/// How deeply tuples and frozensets may nest inside a tree key (a [`HashKey`] that is hashed,
/// compared and dropped recursively).
const KEY_NESTING: usize = super::RECURSION_LIMIT;

/// Compute the key of a value.
pub fn hash_key(v: &Value) -> Result<HashKey, Unhashable> {
    match hash_key_at(v, 0) {
        Err(Unhashable(TOO_DEEP)) if tuple_items(v).is_some() => flat_key(v),
        r => r,
    }
}

fn hash_key_at(v: &Value, depth: usize) -> Result<HashKey, Unhashable> {
    use super::object::ObjData;
    if depth >= KEY_NESTING {
        return Err(Unhashable(TOO_DEEP));
    }
    let hash_key = |v: &Value| hash_key_at(v, depth + 1);
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
            ObjData::Bytes(b) => HashKey::Bytes(b.clone()),
            ObjData::ByteArray(_) => return Err(Unhashable("bytearray")),
            ObjData::List(_) => return Err(Unhashable("list")),
            ObjData::Dict(_) => return Err(Unhashable("dict")),
            ObjData::Set(_) => return Err(Unhashable("set")),
            ObjData::Slice { .. } => return Err(Unhashable("slice")),
            ObjData::Instance(i) if i.payload.is_some() => match &i.payload {
                Some(p) => return hash_key_at(p, depth + 1),
                None => HashKey::Id(o.id()),
            },
            _ => HashKey::Id(o.id()),
        },
    })
}

/// [`tuple_items`] for a value whose data may be borrowed already (the dict being updated, held
/// in a key): such a value is no tuple.
fn tuple_items_now(v: &Value) -> Option<Vec<Value>> {
    use super::object::ObjData;
    let Value::Obj(o) = v else {
        return None;
    };
    let data = o.try_data()?;
    match &*data {
        ObjData::Tuple(items) => Some(items.clone()),
        ObjData::Instance(i) => match &i.payload {
            Some(Value::Obj(p)) => match &*p.try_data()? {
                ObjData::Tuple(items) => Some(items.clone()),
                _ => None,
            },
            _ => None,
        },
        _ => None,
    }
}

/// The items of a tuple (or of an instance of a tuple subclass), to walk nested tuples.
fn tuple_items(v: &Value) -> Option<Vec<Value>> {
    use super::object::ObjData;
    let Value::Obj(o) = v else {
        return None;
    };
    match &*o.data() {
        ObjData::Tuple(items) => Some(items.clone()),
        ObjData::Instance(i) => match &i.payload {
            Some(Value::Obj(p)) => match &*p.data() {
                ObjData::Tuple(items) => Some(items.clone()),
                _ => None,
            },
            _ => None,
        },
        _ => None,
    }
}

/// CPython's hash of a tuple with these items, hashing the other items with `leaf`: tuples
/// nested in it are walked with an explicit stack, not native recursion (CPython hashes a
/// tuple nested 50,000 deep without complaint).
pub fn nested_tuple_hash<E>(
    items: Vec<Value>,
    leaf: &mut dyn FnMut(&Value) -> Result<i64, E>,
) -> Result<i64, E> {
    // Each level: the tuple's items, the next item to hash, the hashes so far.
    let mut stack: Vec<(Vec<Value>, usize, Vec<i64>)> = Vec::new();
    let mut level = (items, 0usize, Vec::new());
    loop {
        if level.1 == level.0.len() {
            let h = super::builtins::tuple_hash(std::mem::take(&mut level.2).into_iter());
            match stack.pop() {
                Some(outer) => {
                    level = outer;
                    level.2.push(h);
                    continue;
                }
                None => return Ok(h),
            }
        }
        let item = level.0[level.1].clone();
        level.1 += 1;
        match tuple_items(&item) {
            Some(inner) => {
                let hashes = Vec::with_capacity(inner.len());
                stack.push(std::mem::replace(&mut level, (inner, 0, hashes)));
            }
            None => {
                let h = leaf(&item)?;
                level.2.push(h);
            }
        }
    }
}

/// The key of a tuple nested too deeply for a tree of keys: its tuples in preorder, each as
/// [`HashKey::OpenTuple`] followed by its items, the other items as their own keys. Only values
/// whose tree key is too deep get this form, so each value still has exactly one key.
fn flat_key(v: &Value) -> Result<HashKey, Unhashable> {
    let mut tokens = Vec::new();
    let mut todo = vec![v.clone()];
    while let Some(x) = todo.pop() {
        match tuple_items(&x) {
            Some(items) => {
                tokens.push(HashKey::OpenTuple(items.len()));
                todo.extend(items.into_iter().rev());
            }
            None => tokens.push(hash_key_at(&x, 0)?),
        }
    }
    Ok(HashKey::Flat(tokens))
}

/// Where each key's entry is. str keys (attribute and variable names: the hot path) sit in a
/// map of their own, so that a lookup by `&str` needs no allocation.
#[derive(Debug, Default, Clone)]
struct Index {
    strs: HashMap<PyStr, usize, BuildHasherDefault<FxHasher>>,
    others: HashMap<HashKey, usize, BuildHasherDefault<FxHasher>>,
}

impl Index {
    fn get(&self, k: &HashKey) -> Option<&usize> {
        match k {
            HashKey::Str(s) => self.strs.get(&**s),
            _ => self.others.get(k),
        }
    }

    fn get_str(&self, s: &str) -> Option<&usize> {
        self.strs.get(s)
    }

    fn contains_key(&self, k: &HashKey) -> bool {
        self.get(k).is_some()
    }

    fn insert(&mut self, k: HashKey, i: usize) {
        match k {
            HashKey::Str(s) => {
                self.strs.insert(s, i);
            }
            other => {
                self.others.insert(other, i);
            }
        }
    }

    fn remove(&mut self, k: &HashKey) -> Option<usize> {
        match k {
            HashKey::Str(s) => self.strs.remove(&**s),
            _ => self.others.remove(k),
        }
    }

    fn len(&self) -> usize {
        self.strs.len() + self.others.len()
    }

    fn is_empty(&self) -> bool {
        self.strs.is_empty() && self.others.is_empty()
    }

    fn clear(&mut self) {
        self.strs.clear();
        self.others.clear();
    }
}

/// An insertion-ordered map from Python values to values.
#[derive(Debug, Default, Clone)]
pub struct Dict {
    entries: Vec<Option<(Value, Value)>>,
    index: Index,
    table: Option<Box<SetTable>>,
    /// An instance's attributes once its `__dict__` has been taken: they live in this dict
    /// object, so the instance and `obj.__dict__` see the same entries.
    alias: Option<super::value::Obj>,
    /// A stamp naming this key layout (which key sits at which entry): renewed, unique across all
    /// dicts, whenever a key is added or removed. Two dicts with one stamp have one layout (a
    /// copy keeps it), so a name cache that saw the stamp may read the entry by position.
    layout: u64,
}

/// Dicts with at most this many entries find str keys by scanning ([`Dict::position_str`]).
const SCAN_LIMIT: usize = 8;

/// The next key-layout stamp (0 is the empty dict's).
static NEXT_LAYOUT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

fn fresh_layout() -> u64 {
    NEXT_LAYOUT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

/// Run `$body` on the aliased dict object's [`Dict`] (named `$d`), returning from the method.
macro_rules! via_alias {
    ($self:ident, $d:ident, $body:expr) => {
        if let Some(a) = &$self.alias {
            if let Some(data) = a.try_data() {
                if let super::object::ObjData::Dict($d) = &*data {
                    return $body;
                }
            }
        }
    };
    (mut $self:ident, $d:ident, $body:expr) => {
        if let Some(a) = &$self.alias {
            if let Some(mut data) = a.try_data_mut() {
                if let super::object::ObjData::Dict($d) = &mut *data {
                    return $body;
                }
            }
        }
    };
}

/// SipHash-1-3 with key (0, 0): CPython's str hash when PYTHONHASHSEED=0.
fn siphash13(data: &[u8]) -> u64 {
    let (k0, k1) = (0u64, 0u64);
    let mut v0 = k0 ^ 0x736f_6d65_7073_6575;
    let mut v1 = k1 ^ 0x646f_7261_6e64_6f6d;
    let mut v2 = k0 ^ 0x6c79_6765_6e65_7261;
    let mut v3 = k1 ^ 0x7465_6462_7974_6573;
    let round = |v0: &mut u64, v1: &mut u64, v2: &mut u64, v3: &mut u64| {
        *v0 = v0.wrapping_add(*v1);
        *v1 = v1.rotate_left(13) ^ *v0;
        *v0 = v0.rotate_left(32);
        *v2 = v2.wrapping_add(*v3);
        *v3 = v3.rotate_left(16) ^ *v2;
        *v0 = v0.wrapping_add(*v3);
        *v3 = v3.rotate_left(21) ^ *v0;
        *v2 = v2.wrapping_add(*v1);
        *v1 = v1.rotate_left(17) ^ *v2;
        *v2 = v2.rotate_left(32);
    };
    let chunks = data.chunks_exact(8);
    let rest = chunks.remainder();
    for c in chunks {
        let mut b = [0u8; 8];
        b.copy_from_slice(c);
        let m = u64::from_le_bytes(b);
        v3 ^= m;
        round(&mut v0, &mut v1, &mut v2, &mut v3);
        v0 ^= m;
    }
    let mut t = (data.len() as u64) << 56;
    for (i, &byte) in rest.iter().enumerate() {
        t |= u64::from(byte) << (8 * i);
    }
    v3 ^= t;
    round(&mut v0, &mut v1, &mut v2, &mut v3);
    v0 ^= t;
    v2 ^= 0xff;
    round(&mut v0, &mut v1, &mut v2, &mut v3);
    round(&mut v0, &mut v1, &mut v2, &mut v3);
    round(&mut v0, &mut v1, &mut v2, &mut v3);
    v0 ^ v1 ^ v2 ^ v3
}

/// `hash(s)` for a str as CPython 3.11 computes it with PYTHONHASHSEED=0 (SipHash-1-3 over the
/// PEP 393 representation: 1, 2 or 4 bytes per character).
pub fn str_hash(s: &str) -> i64 {
    if s.is_empty() {
        return 0;
    }
    let max = s.chars().map(u32::from).max().unwrap_or(0);
    let mut bytes = Vec::with_capacity(s.len() * 2);
    for c in s.chars() {
        let c = u32::from(c);
        if max < 0x100 {
            bytes.push(c as u8);
        } else if max < 0x10000 {
            bytes.extend_from_slice(&(c as u16).to_le_bytes());
        } else {
            bytes.extend_from_slice(&c.to_le_bytes());
        }
    }
    let h = siphash13(&bytes) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `hash(b)` for bytes as CPython 3.11 computes it with PYTHONHASHSEED=0 (SipHash-1-3 over the
/// bytes; equal to the hash of the str with the same code points below 256).
pub fn bytes_hash(b: &[u8]) -> i64 {
    if b.is_empty() {
        return 0;
    }
    let h = siphash13(b) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// The hash CPython would give a builtin value (ints, floats, strs, tuples); other objects get
/// a deterministic stand-in from their identity.
pub fn builtin_hash(v: &Value) -> i64 {
    use super::object::ObjData;
    match v {
        Value::None => 0x1_0000_0000 >> 4,
        Value::Bool(b) => i64::from(*b),
        Value::Int(i) => super::builtins::python_int_hash(&BigInt::from(*i)),
        Value::Big(b) => super::builtins::python_int_hash(b),
        Value::Float(f) => super::builtins::python_float_hash(*f),
        Value::Str(s) => str_hash(s),
        Value::Obj(o) => match &*o.data() {
            ObjData::Tuple(items) => {
                let items = items.clone();
                nested_tuple_hash(items, &mut |x| Ok::<_, ()>(builtin_hash(x))).unwrap_or(0)
            }
            ObjData::Bytes(b) => bytes_hash(b),
            ObjData::Instance(i) => match &i.payload {
                Some(p) => builtin_hash(p),
                None => (o.id() as i64) << 4,
            },
            _ => (o.id() as i64) << 4,
        },
    }
}

/// Linear probes before CPython's set switches to perturbed probing.
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;
const SET_MINSIZE: usize = 8;

#[derive(Debug, Clone)]
enum Slot {
    Empty,
    Dummy,
    Full(u64, HashKey),
}

/// A model of CPython's set table (`setobject.c`): slot positions only, for iteration order.
#[derive(Debug, Clone)]
pub struct SetTable {
    slots: Vec<Slot>,
    fill: usize,
    used: usize,
    finger: usize,
}

impl SetTable {
    fn new() -> SetTable {
        SetTable {
            slots: vec![Slot::Empty; SET_MINSIZE],
            fill: 0,
            used: 0,
            finger: 0,
        }
    }

    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    fn insert_clean(slots: &mut [Slot], hash: u64, key: HashKey) {
        let mask = slots.len() - 1;
        let mut perturb = hash;
        let mut i = (hash as usize) & mask;
        loop {
            if matches!(slots[i], Slot::Empty) {
                slots[i] = Slot::Full(hash, key);
                return;
            }
            if i + LINEAR_PROBES <= mask {
                for j in 1..=LINEAR_PROBES {
                    if matches!(slots[i + j], Slot::Empty) {
                        slots[i + j] = Slot::Full(hash, key);
                        return;
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    fn resize(&mut self, minused: usize) {
        let mut newsize = SET_MINSIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        if newsize == SET_MINSIZE && self.slots.len() == SET_MINSIZE && self.fill == self.used {
            return;
        }
        let old = std::mem::replace(&mut self.slots, vec![Slot::Empty; newsize]);
        self.fill = self.used;
        for s in old {
            if let Slot::Full(h, k) = s {
                Self::insert_clean(&mut self.slots, h, k);
            }
        }
    }

    fn add(&mut self, hash: u64, key: HashKey) {
        let mask = self.mask();
        let mut i = (hash as usize) & mask;
        let mut perturb = hash;
        let mut freeslot = None;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in 0..=probes {
                let at = i + j;
                match &self.slots[at] {
                    Slot::Empty => {
                        if let Some(f) = freeslot {
                            self.used += 1;
                            self.slots[f] = Slot::Full(hash, key);
                            return;
                        }
                        self.fill += 1;
                        self.used += 1;
                        self.slots[at] = Slot::Full(hash, key);
                        if self.fill * 5 < mask * 3 {
                            return;
                        }
                        let n = if self.used > 50000 {
                            self.used * 2
                        } else {
                            self.used * 4
                        };
                        self.resize(n);
                        return;
                    }
                    Slot::Full(h, k) => {
                        if *h == hash && *k == key {
                            return;
                        }
                    }
                    Slot::Dummy => freeslot = Some(at),
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    fn find(&self, hash: u64, key: &HashKey) -> Option<usize> {
        let mask = self.mask();
        let mut i = (hash as usize) & mask;
        let mut perturb = hash;
        for _ in 0..(self.slots.len() * 4 + 64) {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in 0..=probes {
                match &self.slots[i + j] {
                    Slot::Empty => return None,
                    Slot::Full(h, k) if *h == hash && k == key => return Some(i + j),
                    _ => {}
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
        // Fall back to a scan (cannot happen with a consistent table).
        self.slots
            .iter()
            .position(|s| matches!(s, Slot::Full(_, k) if k == key))
    }

    fn discard(&mut self, hash: u64, key: &HashKey) {
        if let Some(i) = self.find(hash, key) {
            self.slots[i] = Slot::Dummy;
            self.used -= 1;
        }
    }

    /// The key `set.pop()` takes (CPython scans from its "finger").
    fn pop_key(&mut self) -> Option<HashKey> {
        if self.used == 0 {
            return None;
        }
        let n = self.slots.len();
        let mut i = self.finger & self.mask();
        for _ in 0..n {
            if let Slot::Full(_, k) = &self.slots[i] {
                let k = k.clone();
                self.finger = i + 1;
                return Some(k);
            }
            i = (i + 1) % n;
        }
        None
    }
}

impl Dict {
    /// An empty dict.
    pub fn new() -> Dict {
        Dict::default()
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        via_alias!(self, d, d.len());
        self.index.len()
    }

    /// Whether it is empty.
    pub fn is_empty(&self) -> bool {
        via_alias!(self, d, d.is_empty());
        self.index.is_empty()
    }

    /// Look a key up.
    pub fn get(&self, key: &Value) -> Result<Option<Value>, Unhashable> {
        let k = hash_key(key)?;
        self.check_compare(&k, key)?;
        Ok(self.get_by_key(&k))
    }

    /// CPython compares a key with the stored key of the same hash by `==` unless they are the
    /// same object: [`COMPARE_TOO_DEEP`] when that comparison would nest too deeply (only keys of
    /// tuples nested beyond a tree key, [`HashKey::Flat`], can; others cost one match).
    #[inline]
    pub fn check_compare(&self, k: &HashKey, key: &Value) -> Result<(), Unhashable> {
        if matches!(k, HashKey::Flat(_)) {
            self.check_compare_flat(k, key)
        } else {
            Ok(())
        }
    }

    #[cold]
    #[inline(never)]
    fn check_compare_flat(&self, k: &HashKey, key: &Value) -> Result<(), Unhashable> {
        via_alias!(self, d, d.check_compare_flat(k, key));
        let stored = self
            .index
            .get(k)
            .and_then(|&i| self.entries.get(i))
            .and_then(|e| e.as_ref())
            .map(|(stored, _)| stored.clone());
        match stored {
            Some(stored) if compare_too_deep(&stored, key) => Err(Unhashable(COMPARE_TOO_DEEP)),
            _ => Ok(()),
        }
    }

    /// [`Dict::insert_by_key`] after [`Dict::check_compare`].
    pub fn insert_checked(
        &mut self,
        k: HashKey,
        key: Value,
        value: Value,
    ) -> Result<(), Unhashable> {
        self.check_compare(&k, &key)?;
        self.insert_by_key(k, key, value);
        Ok(())
    }

    /// Look up by a precomputed key.
    pub fn get_by_key(&self, k: &HashKey) -> Option<Value> {
        via_alias!(self, d, d.get_by_key(k));
        self.value_at(self.index.get(k))
    }

    /// The value of the entry at `slot`, if any.
    fn value_at(&self, slot: Option<&usize>) -> Option<Value> {
        slot.and_then(|&i| self.entries.get(i))
            .and_then(|e| e.as_ref())
            .map(|(_, v)| v.clone())
    }

    /// Where the str key `name` sits. A small dict (an instance's few attributes) is scanned,
    /// comparing addresses before text, which beats hashing the name; a larger one asks its index.
    fn position_str(&self, name: &str) -> Option<usize> {
        if self.entries.len() <= SCAN_LIMIT {
            return self.entries.iter().position(|e| match e {
                Some((Value::Str(k), _)) => {
                    std::ptr::eq(k.as_ptr(), name.as_ptr()) && k.len() == name.len() || **k == *name
                }
                _ => false,
            });
        }
        self.index.get_str(name).copied()
    }

    /// The value of the entry for `k`, to change in place without touching the key layout;
    /// None when absent or when the entries live in an aliased `__dict__`.
    pub fn value_mut(&mut self, k: &HashKey) -> Option<&mut Value> {
        if self.alias.is_some() {
            return None;
        }
        let i = *self.index.get(k)?;
        self.entries.get_mut(i)?.as_mut().map(|(_, v)| v)
    }

    /// [`Dict::value_mut`] for a str key (namespaces).
    pub fn value_mut_str(&mut self, name: &str) -> Option<&mut Value> {
        if self.alias.is_some() {
            return None;
        }
        let i = self.position_str(name)?;
        self.entries.get_mut(i)?.as_mut().map(|(_, v)| v)
    }

    /// Look a str key up (namespaces).
    pub fn get_str(&self, name: &str) -> Option<Value> {
        via_alias!(self, d, d.get_str(name));
        self.value_at(self.position_str(name).as_ref())
    }

    /// Look up a str key already held as an `Rc`.
    pub fn get_rc(&self, name: &Rc<str>) -> Option<Value> {
        self.get_str(name)
    }

    /// This dict's key-layout stamp, or 0 when its entries live elsewhere (an aliased
    /// `__dict__`), which no cache may rely on.
    pub fn layout(&self) -> u64 {
        if self.alias.is_some() {
            0
        } else {
            self.layout
        }
    }

    /// A str key's entry position and value (not for aliased dicts: see [`Dict::layout`]).
    pub fn find_str(&self, name: &str) -> Option<(u32, Value)> {
        let i = self.position_str(name)?;
        let v = self.value_at(Some(&i))?;
        Some((u32::try_from(i).ok()?, v))
    }

    /// The value at entry position `i` (found earlier by [`Dict::find_str`] under the same layout).
    pub fn value_at_index(&self, i: u32) -> Option<Value> {
        self.value_at(Some(&(i as usize)))
    }

    /// The value at entry position `i` if its key is the str `name` (never for aliased dicts).
    pub fn value_at_named(&self, i: u32, name: &str) -> Option<Value> {
        match self.entries.get(i as usize) {
            Some(Some((Value::Str(k), v))) if **k == *name => Some(v.clone()),
            _ => None,
        }
    }

    /// Replace the value at entry position `i` if its key is the str `name`; gives the value
    /// back otherwise.
    pub fn set_at_named(&mut self, i: u32, name: &str, value: Value) -> Result<(), Value> {
        match self.entries.get_mut(i as usize) {
            Some(Some((Value::Str(k), v))) if **k == *name => {
                *v = value;
                Ok(())
            }
            _ => Err(value),
        }
    }

    /// Replace the value at entry position `i`; gives the value back if there is no entry there.
    pub fn set_value_at(&mut self, i: u32, value: Value) -> Result<(), Value> {
        match self.entries.get_mut(i as usize) {
            Some(Some(entry)) => {
                entry.1 = value;
                Ok(())
            }
            _ => Err(value),
        }
    }

    /// Insert or replace (keeps the original key object and position on replace, as Python does).
    pub fn insert(&mut self, key: Value, value: Value) -> Result<(), Unhashable> {
        let k = hash_key(&key)?;
        self.insert_checked(k, key, value)
    }

    /// Insert with a precomputed key.
    pub fn insert_by_key(&mut self, k: HashKey, key: Value, value: Value) {
        via_alias!(mut self, d, d.insert_by_key(k, key, value));
        if let Some(&i) = self.index.get(&k) {
            if let Some(Some(entry)) = self.entries.get_mut(i) {
                entry.1 = value;
                return;
            }
        }
        if let Some(t) = &mut self.table {
            t.add(builtin_hash(&key) as u64, k.clone());
        }
        self.entries.push(Some((key, value)));
        self.index.insert(k, self.entries.len() - 1);
        self.layout = fresh_layout();
    }

    /// A dict whose entries live in the dict object `target` (an instance's `__dict__`).
    pub fn aliased(target: super::value::Obj) -> Dict {
        Dict {
            alias: Some(target),
            ..Dict::default()
        }
    }

    /// The dict object this one's entries live in, if any.
    pub fn alias(&self) -> Option<&super::value::Obj> {
        self.alias.as_ref()
    }

    /// An empty set table (keys iterate in CPython's set order).
    pub fn new_set() -> Dict {
        Dict {
            table: Some(Box::new(SetTable::new())),
            ..Dict::default()
        }
    }

    /// A copy of a set as CPython makes it (`set_merge` into an empty set).
    pub fn set_copy(&self) -> Dict {
        let mut out = Dict::new_set();
        out.set_merge(self);
        out
    }

    /// Add all of `other`'s keys as CPython's `set_merge` does: one resize up front, then the
    /// table copied (empty target of the same size), re-inserted cleanly, or added one by one.
    pub fn set_merge(&mut self, other: &Dict) {
        let (Some(src), true) = (&other.table, self.table.is_some()) else {
            for (k, v) in other.items() {
                let _ = self.insert(k, v);
            }
            return;
        };
        if src.used == 0 {
            return;
        }
        let order = other.keys();
        let mut t = self
            .table
            .take()
            .unwrap_or_else(|| Box::new(SetTable::new()));
        for k in &order {
            if let Ok(hk) = hash_key(k) {
                if !self.index.contains_key(&hk) {
                    self.entries.push(Some((k.clone(), Value::None)));
                    self.index.insert(hk, self.entries.len() - 1);
                    self.layout = fresh_layout();
                }
            }
        }
        if (t.fill + src.used) * 5 >= t.mask() * 3 {
            t.resize((t.used + src.used) * 2);
        }
        if t.fill == 0 && t.slots.len() == src.slots.len() && src.fill == src.used {
            t.slots = src.slots.clone();
            t.fill = src.used;
            t.used = src.used;
        } else if t.fill == 0 {
            for s in &src.slots {
                if let Slot::Full(h, k) = s {
                    SetTable::insert_clean(&mut t.slots, *h, k.clone());
                }
            }
            t.fill = src.used;
            t.used = src.used;
        } else {
            for s in &src.slots {
                if let Slot::Full(h, k) = s {
                    t.add(*h, k.clone());
                }
            }
        }
        self.table = Some(t);
    }

    /// Remove and return the element `set.pop()` would (CPython's order), or None when empty.
    pub fn set_pop(&mut self) -> Option<Value> {
        let k = match &mut self.table {
            Some(t) => t.pop_key(),
            None => return self.pop_last().map(|(k, _)| k),
        }?;
        let key = self
            .index
            .get(&k)
            .and_then(|&i| self.entries.get(i))
            .and_then(|e| e.as_ref())
            .map(|(key, _)| key.clone())?;
        let finger = self.table.as_ref().map(|t| t.finger);
        self.remove_by_key(&k);
        if let (Some(t), Some(f)) = (&mut self.table, finger) {
            t.finger = f;
        }
        Some(key)
    }

    /// Set a str key (namespaces).
    pub fn set_str(&mut self, name: &str, value: Value) {
        if self.alias.is_none() {
            if let Some(i) = self.position_str(name) {
                if let Some(Some(entry)) = self.entries.get_mut(i) {
                    entry.1 = value;
                    return;
                }
            }
        }
        let key = PyStr::from(name);
        self.insert_by_key(HashKey::Str(key.clone()), Value::Str(key), value);
    }

    /// Remove a key, returning its value.
    pub fn remove(&mut self, key: &Value) -> Result<Option<Value>, Unhashable> {
        let k = hash_key(key)?;
        self.check_compare(&k, key)?;
        Ok(self.remove_by_key(&k))
    }

    /// Remove by a precomputed key.
    pub fn remove_by_key(&mut self, k: &HashKey) -> Option<Value> {
        via_alias!(mut self, d, d.remove_by_key(k));
        let i = self.index.remove(k)?;
        self.layout = fresh_layout();
        if let Some(t) = &mut self.table {
            let h = self
                .entries
                .get(i)
                .and_then(|e| e.as_ref())
                .map(|(key, _)| builtin_hash(key) as u64)
                .unwrap_or(0);
            t.discard(h, k);
        }
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
        let table = self.table.take();
        for (key, value) in entries {
            if let Ok(k) = hash_key(&key) {
                self.insert_by_key(k, key, value);
            }
        }
        self.table = table;
    }

    /// Keys in insertion order (for sets: in CPython's table order).
    pub fn keys(&self) -> Vec<Value> {
        via_alias!(self, d, d.keys());
        if let Some(t) = &self.table {
            return t
                .slots
                .iter()
                .filter_map(|s| match s {
                    Slot::Full(_, k) => self
                        .index
                        .get(k)
                        .and_then(|&i| self.entries.get(i))
                        .and_then(|e| e.as_ref())
                        .map(|(key, _)| key.clone()),
                    _ => None,
                })
                .collect();
        }
        self.entries
            .iter()
            .flatten()
            .map(|(k, _)| k.clone())
            .collect()
    }

    /// Values in insertion order.
    pub fn values(&self) -> Vec<Value> {
        via_alias!(self, d, d.values());
        self.entries
            .iter()
            .flatten()
            .map(|(_, v)| v.clone())
            .collect()
    }

    /// Pairs in insertion order.
    pub fn items(&self) -> Vec<(Value, Value)> {
        via_alias!(self, d, d.items());
        self.entries.iter().flatten().cloned().collect()
    }

    /// Remove everything.
    pub fn clear(&mut self) {
        via_alias!(mut self, d, d.clear());
        self.entries.clear();
        self.layout = fresh_layout();
        self.index.clear();
        if self.table.is_some() {
            self.table = Some(Box::new(SetTable::new()));
        }
    }

    /// Remove and return the last pair.
    pub fn pop_last(&mut self) -> Option<(Value, Value)> {
        via_alias!(mut self, d, d.pop_last());
        self.layout = fresh_layout();
        while let Some(last) = self.entries.pop() {
            if let Some((k, v)) = last {
                if let Ok(hk) = hash_key(&k) {
                    self.index.remove(&hk);
                    if let Some(t) = &mut self.table {
                        t.discard(builtin_hash(&k) as u64, &hk);
                    }
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

/// [`obj_dict_get`] for a name already held as an `Rc` (no allocation).
pub fn obj_dict_get_rc(o: &Obj, name: &Rc<str>) -> Option<Value> {
    use super::object::ObjData;
    match &*o.data() {
        ObjData::Instance(i) => i.dict.get_rc(name),
        ObjData::Class(c) => c.dict.get_rc(name),
        ObjData::Module(m) => m.dict.get_rc(name),
        ObjData::Function(f) => f.attrs.get_rc(name),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Small dicts scan for str keys, larger ones use the index: both must agree, also after
    /// removals and across the size where one turns into the other.
    #[test]
    fn str_keys_are_found_the_same_in_small_and_large_dicts() {
        let mut d = Dict::new();
        for n in 0..20 {
            d.set_str(&format!("k{n}"), Value::Int(n));
            for m in 0..=n {
                assert!(matches!(d.get_str(&format!("k{m}")), Some(Value::Int(v)) if v == m));
            }
            assert!(d.get_str("missing").is_none());
        }
        let removed = d.remove(&Value::str("k3")).ok().flatten();
        assert!(matches!(removed, Some(Value::Int(3))));
        assert!(d.get_str("k3").is_none());
        d.set_str("k3", Value::Int(33));
        assert!(matches!(d.get_str("k3"), Some(Value::Int(33))));
        // An int key never answers a str lookup.
        let mut small = Dict::new();
        let _ = small.insert(Value::Int(1), Value::Int(1));
        assert!(small.get_str("1").is_none());
    }
}
