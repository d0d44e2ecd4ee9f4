//! CPython's `hash(float)` (`_Py_HashDouble`), which `random.seed(float)` uses as the seed.
//!
//! `Random.seed(x)` for a float seeds with `hash(x)` cast to an unsigned 64-bit integer. For
//! integral floats below 2**61 - 1 the hash equals the integer; in general it is the value of the
//! float modulo the Mersenne prime 2**61 - 1, with the float's sign, and -1 mapped to -2.

/// `sys.hash_info.width` bits of modulus: 2**61 - 1.
const HASH_BITS: u32 = 61;
/// `sys.hash_info.modulus`.
const HASH_MODULUS: u64 = (1 << HASH_BITS) - 1;
/// `hash(float('inf'))`.
const HASH_INF: i64 = 314_159;

/// C's `frexp` for finite non-zero `v`: `v == m * 2**e` with `0.5 <= |m| < 1`.
fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 || !v.is_finite() {
        return (v, 0);
    }
    let (v, adjust) = if v.abs() < f64::MIN_POSITIVE {
        (v * 2f64.powi(64), -64)
    } else {
        (v, 0)
    };
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022 + adjust)
}

/// `hash(v)` for a float, as CPython 3.11 computes it; `None` for NaN, whose hash in 3.11 is
/// derived from the object's identity rather than its value.
pub fn float_hash(v: f64) -> Option<i64> {
    if v.is_nan() {
        return None;
    }
    if v.is_infinite() {
        return Some(if v > 0.0 { HASH_INF } else { -HASH_INF });
    }
    let (mut m, mut e) = frexp(v);
    let mut sign: i64 = 1;
    if m < 0.0 {
        sign = -1;
        m = -m;
    }
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & HASH_MODULUS) | (x >> (HASH_BITS - 28));
        m *= 268_435_456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= HASH_MODULUS {
            x -= HASH_MODULUS;
        }
    }
    let bits = HASH_BITS as i32;
    let e = if e >= 0 {
        e % bits
    } else {
        bits - 1 - ((-1 - e) % bits)
    } as u32;
    x = ((x << e) & HASH_MODULUS) | (x >> (HASH_BITS - e));
    let h = (x as i64).wrapping_mul(sign);
    Some(if h == -1 { -2 } else { h })
}

#[cfg(test)]
mod tests {
    use super::float_hash;

    /// `python3 -c "print([hash(x) for x in (0.0, -0.0, 1.0, -1.0, 1.5, -1.5, 0.1, 2.0**61, 2.0**70, 1e300, 5e-324, -2.5e-310, float('inf'), float('-inf'), 123456.789)])"`
    #[test]
    fn matches_cpython() {
        let inputs = [
            0.0,
            -0.0,
            1.0,
            -1.0,
            1.5,
            -1.5,
            0.1,
            2f64.powi(61),
            2f64.powi(70),
            1e300,
            5e-324,
            -2.5e-310,
            f64::INFINITY,
            f64::NEG_INFINITY,
            123456.789,
        ];
        let want: [i64; 15] = EXPECTED;
        for (x, w) in inputs.iter().zip(want) {
            assert_eq!(float_hash(*x), Some(w), "hash({x:e})");
        }
        assert_eq!(float_hash(f64::NAN), None);
    }

    const EXPECTED: [i64; 15] = [
        0,
        0,
        1,
        -2,
        1152921504606846977,
        -1152921504606846977,
        230584300921369408,
        1,
        512,
        1224995262755759164,
        16777216,
        -386353265232576880,
        314159,
        -314159,
        1819310134279660096,
    ];
}
