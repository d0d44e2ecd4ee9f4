//! Seeding: `Random.seed(a)` for each seed type CPython 3.11 accepts.
//!
//! `_random.Random.seed` takes the absolute value of an int, or `hash(a)` cast to an unsigned
//! 64-bit integer for anything else, splits it into 32-bit words from the least significant end,
//! and calls `init_by_array` with those words (a zero seed becomes the key `[0]`).
//! `Lib/random.py` first turns a str, bytes or bytearray into the int
//! `int.from_bytes(a + sha512(a).digest())` (version 2, the default), or for `version=1` into a
//! 64-bit string hash of the text. `seed(None)` reads the OS entropy source in CPython; Interleave
//! seeds from its scheduler seed instead, with [`Random::seed_u64`].
//!
//! Not covered: a str passed with a `version` other than 1 or 2 is seeded by `hash(str)`, which
//! CPython randomizes per process; the VM can pass its own str hash to [`Random::seed_hash`].

use num_bigint::{BigInt, BigUint};

use super::hash::float_hash;
use super::sha512::sha512;
use super::Random;

/// The 32-bit words of `n`, least significant first, without leading zero words
/// (the `init_by_array` key CPython builds; empty for zero).
fn key_of_u64(n: u64) -> Vec<u32> {
    let lo = n as u32;
    let hi = (n >> 32) as u32;
    match (lo, hi) {
        (0, 0) => Vec::new(),
        (lo, 0) => vec![lo],
        (lo, hi) => vec![lo, hi],
    }
}

impl Random {
    /// Seeds from a key of 32-bit words (`init_by_array`) and clears the cached `gauss` value.
    fn seed_key(&mut self, key: &[u32]) {
        self.mt.init_by_array(key);
        self.gauss_next = None;
    }

    /// `seed(a)` for an int `a` (its absolute value is used; every bit counts).
    pub fn seed_int(&mut self, a: &BigInt) {
        self.seed_key(&a.magnitude().to_u32_digits());
    }

    /// `seed(a)` for a non-negative int `a` that fits in 64 bits: Interleave's deterministic
    /// replacement for CPython's `seed(None)`.
    pub fn seed_u64(&mut self, a: u64) {
        self.seed_key(&key_of_u64(a));
    }

    /// `seed(a)` for an int `a` that fits in 64 bits (its absolute value is used).
    pub fn seed_i64(&mut self, a: i64) {
        self.seed_u64(a.unsigned_abs());
    }

    /// `seed(a)` for a hashable object whose `hash(a)` is `hash`: CPython seeds with the hash
    /// cast to an unsigned 64-bit integer, so negative hashes wrap around.
    pub fn seed_hash(&mut self, hash: i64) {
        self.seed_u64(hash as u64);
    }

    /// `seed(a)` for a float `a`, via `hash(a)`. Returns `false`, leaving the state untouched, for
    /// NaN: CPython 3.11 hashes NaN by object identity, so the VM should call
    /// [`Random::seed_hash`] with the hash it gives that object.
    pub fn seed_float(&mut self, a: f64) -> bool {
        match float_hash(a) {
            Some(h) => {
                self.seed_hash(h);
                true
            }
            None => false,
        }
    }

    /// `seed(a)` (version 2) for bytes or a bytearray: the int
    /// `int.from_bytes(a + sha512(a).digest(), 'big')`.
    pub fn seed_bytes(&mut self, a: &[u8]) {
        let mut all = Vec::with_capacity(a.len() + 64);
        all.extend_from_slice(a);
        all.extend_from_slice(&sha512(a));
        let n = BigUint::from_bytes_be(&all);
        self.seed_key(&n.to_u32_digits());
    }

    /// `seed(a)` (version 2) for a str: its UTF-8 encoding, as [`Random::seed_bytes`].
    /// (CPython's `str.encode()` is strict, so a str with lone surrogates raises
    /// `UnicodeEncodeError` there; the VM checks that before calling.)
    pub fn seed_str(&mut self, a: &str) {
        self.seed_bytes(a.as_bytes());
    }

    /// `seed(a, version=1)` for a str, given as its code points.
    pub fn seed_str_version1(&mut self, code_points: &[u32]) {
        let mut x: u64 = match code_points.first() {
            Some(&c) => u64::from(c) << 7,
            None => 0,
        };
        for &c in code_points {
            x = x.wrapping_mul(1_000_003) ^ u64::from(c);
        }
        x ^= code_points.len() as u64;
        self.seed_u64(x);
    }

    /// `seed(a, version=1)` for bytes (decoded as Latin-1, one code point per byte).
    pub fn seed_bytes_version1(&mut self, a: &[u8]) {
        let code_points: Vec<u32> = a.iter().map(|&b| u32::from(b)).collect();
        self.seed_str_version1(&code_points);
    }
}

#[cfg(test)]
mod tests {
    use super::key_of_u64;

    #[test]
    fn keys_drop_leading_zero_words() {
        assert!(key_of_u64(0).is_empty());
        assert_eq!(key_of_u64(5), [5]);
        assert_eq!(key_of_u64(1 << 32), [0, 1]);
        assert_eq!(key_of_u64(u64::MAX), [u32::MAX, u32::MAX]);
    }
}
