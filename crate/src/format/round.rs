//! The `round` builtin for floats and ints, as CPython 3.11 computes it.
//!
//! `round(x, n)` on a float rounds the exact binary value correctly (half to even) to `n`
//! decimal places and converts back (`double_round` in Objects/floatobject.c), so
//! `round(2.675, 2) == 2.67`; `round(x)` rounds half to even to an int.

use super::convert::float_to_int;
use super::dtoa::fixed_digits;
use super::error::FmtError;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::Zero;

/// `round(x, ndigits)` for a float: a float. NaN and infinities round to themselves;
/// `OverflowError: rounded value too large to represent` when rounding up past the float range.
pub fn round_float(x: f64, ndigits: i64) -> Result<f64, FmtError> {
    // CPython's NDIGITS_MAX / NDIGITS_MIN: beyond them the answer is x or a signed zero.
    const NDIGITS_MAX: i64 = 323;
    const NDIGITS_MIN: i64 = -308;
    if !x.is_finite() || ndigits > NDIGITS_MAX {
        return Ok(x);
    }
    if ndigits < NDIGITS_MIN {
        return Ok(0.0 * x);
    }
    let d = fixed_digits(x, ndigits);
    let digits: String = d.digits.iter().map(|&c| char::from(c)).collect();
    let exp = d.decpt - d.digits.len() as i64;
    let sign = if x.is_sign_negative() { "-" } else { "" };
    let text = format!("{sign}0{digits}e{exp}");
    let rounded: f64 = text.parse().unwrap_or(x);
    if rounded.is_infinite() {
        return Err(FmtError::overflow("rounded value too large to represent"));
    }
    Ok(rounded)
}

/// Round half to even to an integral float, exactly as `float.__round__` without `ndigits`.
pub fn round_half_even(x: f64) -> f64 {
    let rounded = x.round();
    if (x - rounded).abs() == 0.5 {
        2.0 * (x / 2.0).round()
    } else {
        rounded
    }
}

/// `round(x)` for a float: an int, half to even. Errors as CPython:
/// `OverflowError: cannot convert float infinity to integer`,
/// `ValueError: cannot convert float NaN to integer`.
pub fn round_float_to_int(x: f64) -> Result<BigInt, FmtError> {
    float_to_int(round_half_even(x))
}

/// `round(v, ndigits)` for an int: `v` itself when `ndigits >= 0`, else rounded half to even to a
/// multiple of `10**-ndigits` (`round(1250, -2) == 1200`, `round(1350, -2) == 1400`).
pub fn round_int(v: &BigInt, ndigits: i64) -> BigInt {
    if ndigits >= 0 {
        return v.clone();
    }
    // 10**k exceeds any int that fits in memory long before k reaches u32::MAX.
    let k = u32::try_from(ndigits.unsigned_abs()).unwrap_or(u32::MAX);
    if u64::from(k) > v.bits() {
        // |v| < 2**bits <= 10**k / 2: rounds to zero (this also avoids a huge power).
        return BigInt::zero();
    }
    let pow = BigInt::from(10u32).pow(k);
    let (q, r) = v.div_mod_floor(&pow);
    let twice = &r * 2u32;
    let q = match twice.cmp(&pow) {
        std::cmp::Ordering::Greater => q + 1u32,
        std::cmp::Ordering::Less => q,
        std::cmp::Ordering::Equal => {
            if q.is_odd() {
                q + 1u32
            } else {
                q
            }
        }
    };
    q * pow
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn float_rounding_matches_python() {
        // Expected values captured from python3.11: round(x, n)
        let cases: &[(f64, i64, f64)] = &[
            (2.675, 2, 2.67),
            (1234.5, -2, 1200.0),
            (0.5, 0, 0.0),
            (1.5, 0, 2.0),
            (2.5, 0, 2.0),
            (-0.4, 0, -0.0),
            (0.125, 2, 0.12),
            (0.375, 2, 0.38),
            (1.0005, 3, 1.0),
            (5e-324, 400, 5e-324),
            (1e300, -400, 0.0),
            (-1e300, -400, -0.0),
            (123.456, 1, 123.5),
            (-123.456, -1, -120.0),
            (1e16 + 2.0, -1, 1e16),
            (0.1 + 0.2, 15, 0.3),
            (f64::INFINITY, 2, f64::INFINITY),
        ];
        for &(x, n, want) in cases {
            let got = round_float(x, n).unwrap_or(f64::NAN);
            assert_eq!(got.to_bits(), want.to_bits(), "round({x:?}, {n}) = {got:?}");
        }
        assert!(round_float(f64::NAN, 2).is_ok_and(f64::is_nan));
        assert_eq!(
            round_float(f64::MAX, -308).map_err(|e| e.message),
            Err(String::from("rounded value too large to represent"))
        );
    }

    #[test]
    fn int_rounding_matches_python() {
        // python3.11: round(2.5) == 2, round(-2.5) == -2, round(0.5) == 0, round(-0.5) == 0
        let r = |x: f64| {
            round_float_to_int(x)
                .map(|v| v.to_string())
                .unwrap_or_else(|e| e.to_string())
        };
        assert_eq!(r(2.5), "2");
        assert_eq!(r(-2.5), "-2");
        assert_eq!(r(0.5), "0");
        assert_eq!(r(-0.5), "0");
        assert_eq!(r(1.5), "2");
        assert_eq!(r(2.675), "3");
        assert_eq!(r(1e20), "100000000000000000000");
        assert_eq!(
            r(f64::INFINITY),
            "OverflowError: cannot convert float infinity to integer"
        );
        assert_eq!(
            r(f64::NAN),
            "ValueError: cannot convert float NaN to integer"
        );
        // python3.11: round(1250, -2), round(1350, -2), round(-1250, -2), round(15, -1),
        // round(25, -1), round(1234, 2), round(-1350, -2), round(5, -1), round(4, -100)
        let ri = |v: i64, n: i64| round_int(&BigInt::from(v), n).to_string();
        assert_eq!(ri(1250, -2), "1200");
        assert_eq!(ri(1350, -2), "1400");
        assert_eq!(ri(-1250, -2), "-1200");
        assert_eq!(ri(15, -1), "20");
        assert_eq!(ri(25, -1), "20");
        assert_eq!(ri(1234, 2), "1234");
        assert_eq!(ri(-1350, -2), "-1400");
        assert_eq!(ri(5, -1), "0");
        assert_eq!(ri(4, -100), "0");
        assert_eq!(ri(4, i64::MIN), "0");
    }

    proptest! {
        #[test]
        fn never_panics(bits in any::<u64>(), n in any::<i64>()) {
            let x = f64::from_bits(bits);
            let _ = round_float(x, n);
            let _ = round_float_to_int(x);
            let _ = round_int(&BigInt::from(bits), n.max(-40));
        }
    }
}
