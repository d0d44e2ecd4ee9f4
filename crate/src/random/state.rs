//! `getstate()` / `setstate()`: a snapshot of the generator and `gauss`'s cached value.
//!
//! CPython's state is `(3, (w0, ..., w623, index), gauss_next)`. [`RandomState`] holds the same
//! three parts; [`RandomState::from_tuple`] validates the inner tuple's items as
//! `_random.Random.setstate` does (its size, each word as a C `unsigned long` truncated to 32
//! bits, the index as a C `long` within 0..=624), and [`RandomState::from_version2_tuple`] first
//! reduces every item modulo 2**32 as `Lib/random.py` does for version-2 states.
//! Type errors (a non-tuple, a float item) are the VM's to raise: "state vector must be a tuple",
//! "an integer is required" for a word, "'float' object cannot be interpreted as an integer" for
//! the index.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive};

use super::error::{ErrorKind, RandomError};
use super::mt19937::{Mt19937, N};
use super::Random;

/// The version number `Random.getstate()` puts first.
pub const STATE_VERSION: i64 = 3;

/// An opaque copy of a generator's state (`Random.getstate()`).
#[derive(Clone, PartialEq, Debug)]
pub struct RandomState {
    /// The generator words and index.
    mt: Mt19937,
    /// `gauss_next`.
    gauss_next: Option<f64>,
}

/// `ValueError: invalid state`.
fn invalid_state() -> RandomError {
    RandomError::value("invalid state")
}

impl RandomState {
    /// The 624 state words (the first 624 items of the inner tuple).
    pub fn words(&self) -> &[u32; N] {
        self.mt.words()
    }

    /// The index (the inner tuple's last item).
    pub fn index(&self) -> usize {
        self.mt.index()
    }

    /// `gauss_next` (`None` is Python's `None`).
    pub fn gauss_next(&self) -> Option<f64> {
        self.gauss_next
    }

    /// Builds a state from the inner tuple's int items and `gauss_next`, with the checks and
    /// messages of CPython's `setstate`.
    pub fn from_tuple(items: &[BigInt], gauss_next: Option<f64>) -> Result<Self, RandomError> {
        if items.len() != N + 1 {
            return Err(RandomError::value("state vector is the wrong size"));
        }
        let mut words = [0u32; N];
        for (w, item) in words.iter_mut().zip(items) {
            if item.is_negative() {
                return Err(RandomError::new(
                    ErrorKind::OverflowError,
                    "can't convert negative value to unsigned int",
                ));
            }
            let v = item.to_u64().ok_or_else(|| {
                RandomError::new(
                    ErrorKind::OverflowError,
                    "Python int too large to convert to C unsigned long",
                )
            })?;
            *w = v as u32;
        }
        let index = items.get(N).and_then(|i| i.to_i64()).ok_or_else(|| {
            RandomError::new(
                ErrorKind::OverflowError,
                "Python int too large to convert to C long",
            )
        })?;
        let index = usize::try_from(index).map_err(|_| invalid_state())?;
        let mt = Mt19937::from_parts(words, index).ok_or_else(invalid_state)?;
        Ok(RandomState { mt, gauss_next })
    }

    /// Builds a state from a version-2 inner tuple: each item is first reduced modulo 2**32
    /// (version 2 stored signed words), then checked as by [`RandomState::from_tuple`].
    pub fn from_version2_tuple(
        items: &[BigInt],
        gauss_next: Option<f64>,
    ) -> Result<Self, RandomError> {
        let modulus = BigInt::from(1u64 << 32);
        let reduced: Vec<BigInt> = items.iter().map(|x| x.mod_floor(&modulus)).collect();
        RandomState::from_tuple(&reduced, gauss_next)
    }

    /// The `ValueError` `setstate` raises for an unknown version; `version` is the `str()` of
    /// the object given.
    pub fn version_error(version: &str) -> RandomError {
        RandomError::value(format!(
            "state with version {version} passed to Random.setstate() of version {STATE_VERSION}"
        ))
    }
}

impl Random {
    /// `getstate()`.
    pub fn getstate(&self) -> RandomState {
        RandomState {
            mt: self.mt.clone(),
            gauss_next: self.gauss_next,
        }
    }

    /// `setstate(state)`.
    pub fn setstate(&mut self, state: &RandomState) {
        self.mt = state.mt.clone();
        self.gauss_next = state.gauss_next;
    }
}
