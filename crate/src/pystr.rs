//! Python's str payload: an immutable, reference-counted string that `s += t` can grow in place.
//!
//! A [`PyStr`] is an `Rc<String>`: cloning it shares the text, and to Python it is immutable. The
//! one exception is [`PyStr::append`], which pushes onto the text *in place* when this handle is
//! the only reference to it (`Rc::get_mut`), the way CPython resizes a str in `s += t` when its
//! refcount says nobody else can see it, and otherwise makes a new string. `String` keeps spare
//! capacity and doubles it when it runs out, so a loop of `s += t` is amortized O(len(t)) per
//! step instead of copying all of `s` every time.
//!
//! Why this is sound: growing in place needs the handle to be unique (strong count 1, no weak
//! references), so no other value (another variable, a list item, a dict key, a closure cell, a
//! cached hash key, a constant of a code object) can ever see the text change; anything that
//! holds the old string holds a reference, and then `append` copies instead. The instruction loop
//! makes the handle unique for `s += t` by dropping the target's own reference (the local slot,
//! the global or a builtin list's or dict's item that the result will be stored back into) for
//! the length of the add (`vm/interp.rs`, `Vm::inplace_str_add`); hashes are computed from the
//! text and never cached on the string, and `id()` of a str does not depend on its address, so
//! neither changes.
//!
//! The `String` lives in its own allocation behind the `Rc` (two allocations per string instead
//! of one for `Rc<str>`), and in exchange a `PyStr` is one pointer wide, so a `Value` is 16 bytes
//! rather than 24.

use std::borrow::Borrow;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::ops::Deref;
use std::rc::Rc;

/// A shared, immutable (to Python) string that can grow in place while unshared.
#[derive(Clone, Default)]
pub struct PyStr(Rc<String>);

impl PyStr {
    /// The text.
    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }

    /// Whether two handles share one string (Python's `is` for strs).
    pub fn ptr_eq(a: &PyStr, b: &PyStr) -> bool {
        Rc::ptr_eq(&a.0, &b.0)
    }

    /// How many handles share this string.
    pub fn strong_count(s: &PyStr) -> usize {
        Rc::strong_count(&s.0)
    }

    /// The bytes allocated for the text (its capacity), for the memory ledger.
    pub fn capacity(&self) -> usize {
        self.0.capacity()
    }

    /// `self + t`: in place when this handle is the only one (amortized O(len(t)), capacity
    /// doubling as a `String` does), otherwise into a new string of exactly the length needed.
    /// Returns whether it grew in place.
    pub fn append(&mut self, t: &str) -> bool {
        if let Some(s) = Rc::get_mut(&mut self.0) {
            s.push_str(t);
            return true;
        }
        let mut s = String::with_capacity(self.0.len() + t.len());
        s.push_str(&self.0);
        s.push_str(t);
        self.0 = Rc::new(s);
        false
    }
}

impl Deref for PyStr {
    type Target = str;
    fn deref(&self) -> &str {
        self.0.as_str()
    }
}

impl AsRef<str> for PyStr {
    fn as_ref(&self) -> &str {
        self.0.as_str()
    }
}

impl Borrow<str> for PyStr {
    fn borrow(&self) -> &str {
        self.0.as_str()
    }
}

impl From<&str> for PyStr {
    fn from(s: &str) -> PyStr {
        PyStr(Rc::new(String::from(s)))
    }
}

impl From<String> for PyStr {
    fn from(s: String) -> PyStr {
        PyStr(Rc::new(s))
    }
}

impl From<&String> for PyStr {
    fn from(s: &String) -> PyStr {
        PyStr::from(s.as_str())
    }
}

impl From<&Rc<str>> for PyStr {
    fn from(s: &Rc<str>) -> PyStr {
        PyStr::from(&**s)
    }
}

impl From<Rc<str>> for PyStr {
    fn from(s: Rc<str>) -> PyStr {
        PyStr::from(&*s)
    }
}

impl From<char> for PyStr {
    fn from(c: char) -> PyStr {
        PyStr(Rc::new(String::from(c)))
    }
}

impl From<&PyStr> for Rc<str> {
    fn from(s: &PyStr) -> Rc<str> {
        Rc::from(s.as_str())
    }
}

impl PartialEq for PyStr {
    fn eq(&self, other: &PyStr) -> bool {
        PyStr::ptr_eq(self, other) || self.as_str() == other.as_str()
    }
}

impl Eq for PyStr {}

impl PartialEq<str> for PyStr {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for PyStr {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialOrd for PyStr {
    fn partial_cmp(&self, other: &PyStr) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for PyStr {
    fn cmp(&self, other: &PyStr) -> std::cmp::Ordering {
        self.as_str().cmp(other.as_str())
    }
}

impl Hash for PyStr {
    fn hash<H: Hasher>(&self, state: &mut H) {
        // As `str` hashes, so maps keyed by `PyStr` can be looked up with a `&str`.
        self.as_str().hash(state)
    }
}

impl fmt::Display for PyStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self.as_str(), f)
    }
}

impl fmt::Debug for PyStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

#[cfg(test)]
mod tests {
    use super::PyStr;

    #[test]
    fn append_grows_in_place_only_when_unshared() {
        let mut s = PyStr::from("ab");
        assert!(s.append("cd"));
        assert_eq!(&*s, "abcd");
        let alias = s.clone();
        assert!(!s.append("ef"));
        assert_eq!(&*alias, "abcd");
        assert_eq!(&*s, "abcdef");
        assert!(!PyStr::ptr_eq(&s, &alias));
        drop(alias);
        assert!(s.append("g"));
        assert_eq!(&*s, "abcdefg");
    }

    #[test]
    fn many_appends_are_amortized() {
        let mut s = PyStr::from("");
        for _ in 0..100_000 {
            s.append("ab");
        }
        assert_eq!(s.len(), 200_000);
        assert!(s.capacity() < 4 * 200_000);
    }
}
