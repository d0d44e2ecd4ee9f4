//! Random integers from raw bits: `getrandbits`, `_randbelow_with_getrandbits`, `randbytes`.
//!
//! CPython's `getrandbits(k)` returns `genrand_uint32() >> (32 - k)` for `k <= 32`; for larger `k`
//! it fills 32-bit words from the least significant end, one `genrand_uint32()` each, and shifts
//! the last (most significant) word right to keep only the bits still needed. `_randbelow(n)`
//! draws `getrandbits(n.bit_length())` until the value is below `n`. Fast paths for results that
//! fit in `u128` consume exactly the same words as the big-integer path.

use num_bigint::{BigInt, BigUint, Sign};
use num_traits::{ToPrimitive, Zero};

use super::error::RandomError;
use super::Random;

impl Random {
    /// `getrandbits(k)` for `k <= 128`, as a `u128` (`k` above 128 is treated as 128).
    pub fn getrandbits_u128(&mut self, k: u32) -> u128 {
        let k = k.min(128);
        if k == 0 {
            return 0;
        }
        if k <= 32 {
            return u128::from(self.mt.genrand_uint32() >> (32 - k));
        }
        let mut result: u128 = 0;
        let mut left = k;
        let mut shift = 0;
        while left > 0 {
            let mut r = self.mt.genrand_uint32();
            if left < 32 {
                r >>= 32 - left;
            }
            result |= u128::from(r) << shift;
            shift += 32;
            left = left.saturating_sub(32);
        }
        result
    }

    /// `getrandbits(k)` for any `k >= 0`, as a non-negative big integer.
    pub fn getrandbits_big(&mut self, k: u32) -> BigUint {
        if k <= 128 {
            return BigUint::from(self.getrandbits_u128(k));
        }
        let words = (k - 1) / 32 + 1;
        let mut digits = Vec::with_capacity(words as usize);
        let mut left = k;
        for _ in 0..words {
            let mut r = self.mt.genrand_uint32();
            if left < 32 {
                r >>= 32 - left;
            }
            digits.push(r);
            left = left.saturating_sub(32);
        }
        BigUint::new(digits)
    }

    /// `random.getrandbits(k)` with CPython's argument checks: `ValueError` for a negative `k`,
    /// `OverflowError` for a `k` outside a C `int` (the VM reports ints beyond `i64` the same way,
    /// with [`RandomError::c_int_overflow`]).
    pub fn getrandbits(&mut self, k: i64) -> Result<BigInt, RandomError> {
        let k = i32::try_from(k).map_err(|_| RandomError::c_int_overflow())?;
        let k = u32::try_from(k)
            .map_err(|_| RandomError::value("number of bits must be non-negative"))?;
        Ok(BigInt::from_biguint(Sign::Plus, self.getrandbits_big(k)))
    }

    /// `_randbelow(n)` for `0 < n < 2**128`; returns 0 without drawing for `n == 0` (CPython
    /// would loop forever, but never calls it so).
    pub fn randbelow_u128(&mut self, n: u128) -> u128 {
        if n == 0 {
            return 0;
        }
        let k = 128 - n.leading_zeros();
        loop {
            let r = self.getrandbits_u128(k);
            if r < n {
                return r;
            }
        }
    }

    /// `_randbelow(n)` for `0 < n < 2**64`; returns 0 without drawing for `n == 0`.
    /// This is what `choice`, `shuffle` and `sample` use.
    pub fn randbelow_u64(&mut self, n: u64) -> u64 {
        // r < n < 2**64, so the narrowing cannot lose bits.
        self.randbelow_u128(u128::from(n)) as u64
    }

    /// `_randbelow_with_getrandbits(n)` for any `n > 0`. CPython loops forever for `n <= 0`
    /// (it is never called that way); this returns 0 without drawing instead.
    pub fn randbelow(&mut self, n: &BigInt) -> BigInt {
        if n.sign() != Sign::Plus {
            return BigInt::zero();
        }
        if let Some(small) = n.to_u128() {
            return BigInt::from(self.randbelow_u128(small));
        }
        let n = n.magnitude();
        let k = u32::try_from(n.bits()).unwrap_or(u32::MAX);
        loop {
            let r = self.getrandbits_big(k);
            if &r < n {
                return BigInt::from_biguint(Sign::Plus, r);
            }
        }
    }

    /// `random.randbytes(n)`: `getrandbits(n * 8).to_bytes(n, 'little')`, with the errors
    /// `getrandbits` raises for a negative or too large `n * 8`.
    pub fn randbytes(&mut self, n: i64) -> Result<Vec<u8>, RandomError> {
        let bits = i64::try_from(i128::from(n) * 8).map_err(|_| RandomError::c_int_overflow())?;
        let value = self.getrandbits(bits)?;
        let mut bytes = value.magnitude().to_bytes_le();
        // n >= 0 here: getrandbits rejected negative bit counts.
        let len = usize::try_from(n).unwrap_or(0);
        bytes.resize(len, 0);
        Ok(bytes)
    }
}
