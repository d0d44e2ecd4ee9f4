//! CPython's `random` module algorithms, in pure Rust and independent of the VM.
//!
//! Everything here reproduces CPython 3.11 (`Modules/_randommodule.c` and `Lib/random.py`) bit for
//! bit: the same seed gives the same `random()` floats, the same `getrandbits` integers and the
//! same `randrange`/`choice`/`shuffle`/`sample`/`choices` picks, because every function consumes
//! the underlying Mersenne Twister words exactly as CPython does. The VM's `random` module wraps
//! a [`Random`]; functions over sequences take lengths and return indices, so no Python objects
//! are involved here.
//!
//! Parts:
//! - [`mt19937`]: the generator (624-word state, `init_genrand`, `init_by_array`, `genrand_res53`).
//! - `seed`: `seed(int)`, `seed(str/bytes)` (version 2 via [`sha512`], and version 1),
//!   `seed(float)` through CPython's float hash ([`float_hash`]), and [`Random::seed_u64`] for
//!   Interleave's scheduler seed (CPython's `seed(None)` is nondeterministic).
//! - `bits`: `getrandbits`, `_randbelow_with_getrandbits`, `randbytes`.
//! - `ranges`: `randrange` (3.11's argument rules, messages and float deprecation path), `randint`.
//! - `sequences`: `choice`, `shuffle`, `sample` (both algorithms, and `counts=`), `choices`.
//! - `distributions`: `uniform`, `triangular`, `gauss`, `normalvariate`, `lognormvariate`,
//!   `expovariate`, `vonmisesvariate`, `gammavariate`, `betavariate`, `paretovariate`,
//!   `weibullvariate`, with CPython's float-error behaviour.
//! - `state`: `getstate`/`setstate` as a [`RandomState`] snapshot.
//! - [`error`]: the exception kinds and CPython's messages.
//!
//! Not bit-exact everywhere: the distributions call `ln`/`exp`/`sin`/`cos`/`acos`/`powf`, which on
//! native targets use the system libm (glibc, like CPython here) but on wasm32 use Rust's bundled
//! libm, which can differ from glibc in the last bit for rare inputs. Everything built only on
//! integer words and `random()` (all of `bits`, `ranges`, `sequences`, `uniform`) is exact on every
//! target.

mod bits;
mod distributions;
pub mod error;
mod hash;
pub mod mt19937;
mod pyfloat;
mod ranges;
mod seed;
mod sequences;
pub mod sha512;
mod state;

#[cfg(test)]
mod tests;

pub use distributions::MAX_REJECTIONS;
pub use error::{ErrorKind, RandomError};
pub use hash::float_hash;
pub use ranges::{RangeArg, NON_INTEGER_DEPRECATED, WILL_RAISE_TYPE_ERROR};
pub use state::{RandomState, STATE_VERSION};

use mt19937::Mt19937;

/// One `random.Random` instance: the Mersenne Twister plus `gauss`'s cached second value.
#[derive(Clone, PartialEq, Debug)]
pub struct Random {
    /// The core generator.
    mt: Mt19937,
    /// `self.gauss_next` in `Lib/random.py`.
    gauss_next: Option<f64>,
}

impl Random {
    /// A generator seeded as `random.Random(seed)` is for a non-negative int `seed`.
    pub fn new(seed: u64) -> Self {
        let mut r = Random {
            mt: Mt19937::from_genrand(0),
            gauss_next: None,
        };
        r.seed_u64(seed);
        r
    }

    /// `random.random()`: the next float in `[0.0, 1.0)`.
    pub fn random(&mut self) -> f64 {
        self.mt.genrand_res53()
    }

    /// The next raw 32-bit word of the generator (`genrand_uint32`).
    pub fn next_u32(&mut self) -> u32 {
        self.mt.genrand_uint32()
    }

    /// The underlying Mersenne Twister.
    pub fn generator(&self) -> &Mt19937 {
        &self.mt
    }

    /// `self.gauss_next`: the second Box–Muller value `gauss` cached for its next call.
    pub fn gauss_next(&self) -> Option<f64> {
        self.gauss_next
    }

    /// Sets `self.gauss_next` (as `Lib/random.py` does in `seed`, `setstate` and `gauss`).
    pub fn set_gauss_next(&mut self, value: Option<f64>) {
        self.gauss_next = value;
    }
}
