//! A cache of class attribute lookups, as CPython keeps its type attribute cache.
//!
//! Looking a name up on a class walks the class's MRO and hashes the name in each class dict;
//! `getattr(obj, "count")`, `setattr` and every method call do it several times (for the name
//! itself, `__setattr__`, `__getattribute__`, ...). The cache remembers the answer for a
//! (class, name) pair while the VM's *class epoch* is unchanged: the epoch is renewed by every
//! change to any class namespace (`Vm::class_epoch`), so a stale answer is never returned.
//!
//! The slot is chosen from the class's id and the name's address and length, so a hit costs no
//! hashing; the entry then compares the name's text, so the answer depends only on what is looked
//! up, never on where a string happens to live. A miss or a collision only costs the MRO walk:
//! results and step counts are the same with or without the cache.

use super::value::Value;
use std::cell::RefCell;
use std::rc::Rc;

/// How many (class, name) answers are kept (a power of two).
const SLOTS: usize = 1024;

/// One remembered answer.
struct Entry {
    class: u64,
    epoch: u64,
    name: Rc<str>,
    value: Option<Value>,
}

/// The cache: a fixed table of entries, filled on misses.
pub struct ClassAttrCache {
    entries: RefCell<Vec<Option<Entry>>>,
}

impl Default for ClassAttrCache {
    fn default() -> Self {
        ClassAttrCache {
            entries: RefCell::new((0..SLOTS).map(|_| None).collect()),
        }
    }
}

/// The slot for a class id and a name (by its address and length: no hashing of the text).
fn slot(class: u64, name: &str) -> usize {
    let addr = name.as_ptr() as usize as u64;
    let mixed = (class.wrapping_mul(0x9E37_79B9_7F4A_7C15))
        ^ addr.wrapping_mul(0xC2B2_AE3D_27D4_EB4F)
        ^ (name.len() as u64);
    ((mixed >> 32) as usize) & (SLOTS - 1)
}

impl ClassAttrCache {
    /// The remembered answer for `name` on class `class` at `epoch`: `Some(answer)` on a hit
    /// (the answer itself may be "not found"), `None` on a miss.
    pub fn get(&self, class: u64, epoch: u64, name: &str) -> Option<Option<Value>> {
        let entries = self.entries.borrow();
        let e = entries[slot(class, name)].as_ref()?;
        let same_name = std::ptr::eq(e.name.as_ptr(), name.as_ptr()) && e.name.len() == name.len()
            || *e.name == *name;
        (e.class == class && e.epoch == epoch && same_name).then(|| e.value.clone())
    }

    /// Remember the answer for `name` on class `class` at `epoch`.
    pub fn put(&self, class: u64, epoch: u64, name: &str, value: Option<Value>) {
        let mut entries = self.entries.borrow_mut();
        let e = &mut entries[slot(class, name)];
        // Reuse the stored name's text when it is the same (no allocation on a refill).
        let name = match e.take() {
            Some(old) if *old.name == *name => old.name,
            _ => Rc::from(name),
        };
        *e = Some(Entry {
            class,
            epoch,
            name,
            value,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hit_needs_the_same_class_epoch_and_text() {
        let cache = ClassAttrCache::default();
        cache.put(7, 1, "count", Some(Value::Int(3)));
        assert!(matches!(
            cache.get(7, 1, "count"),
            Some(Some(Value::Int(3)))
        ));
        // Another epoch (a class changed), another class: misses.
        assert!(cache.get(7, 2, "count").is_none());
        assert!(cache.get(8, 1, "count").is_none());
        // The same text at another address finds the answer or misses, never a wrong one.
        let other = String::from("count");
        assert!(matches!(
            cache.get(7, 1, &other),
            None | Some(Some(Value::Int(3)))
        ));
        // "Not found" is an answer too.
        cache.put(7, 1, "__setattr__", None);
        assert!(matches!(cache.get(7, 1, "__setattr__"), Some(None)));
    }

    #[test]
    fn other_text_at_the_same_address_misses() {
        let cache = ClassAttrCache::default();
        let mut name = String::from("count");
        cache.put(1, 1, &name, Some(Value::Int(1)));
        // Same address and length (same slot), other text: the entry must not answer.
        name.make_ascii_uppercase();
        assert!(cache.get(1, 1, &name).is_none());
    }
}
