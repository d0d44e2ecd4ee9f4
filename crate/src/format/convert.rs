//! Exact conversions between Python ints (`BigInt`) and floats, with CPython's errors.

use super::error::FmtError;
use num_bigint::BigInt;
use num_traits::{ToPrimitive, Zero};

/// `float(v)` for an int: correctly rounded (half to even), or
/// `OverflowError: int too large to convert to float`.
pub fn int_to_f64(v: &BigInt) -> Result<f64, FmtError> {
    // num-bigint rounds to nearest-even (it keeps a sticky bit below the top 64 bits).
    match v.to_f64() {
        Some(x) if x.is_finite() => Ok(x),
        _ => Err(FmtError::overflow("int too large to convert to float")),
    }
}

/// `int(x)` for a float: truncation toward zero, exact. Errors as CPython:
/// `OverflowError: cannot convert float infinity to integer`,
/// `ValueError: cannot convert float NaN to integer`.
pub fn float_to_int(x: f64) -> Result<BigInt, FmtError> {
    if x.is_nan() {
        return Err(FmtError::value("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(FmtError::overflow(
            "cannot convert float infinity to integer",
        ));
    }
    let t = x.trunc();
    let bits = t.abs().to_bits();
    let exp_bits = ((bits >> 52) & 0x7ff) as i64;
    if exp_bits == 0 {
        return Ok(BigInt::zero());
    }
    let mantissa = (bits & ((1u64 << 52) - 1)) | (1u64 << 52);
    let exp = exp_bits - 1075;
    let magnitude = if exp >= 0 {
        BigInt::from(mantissa) << (exp as usize)
    } else {
        // `t` is integral, so the shifted-out bits are zero.
        BigInt::from(mantissa >> ((-exp).min(63) as u32))
    };
    Ok(if t < 0.0 { -magnitude } else { magnitude })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conversions_match_python() {
        // python3.11: int(x) / float(n)
        assert_eq!(float_to_int(3.7).ok(), Some(BigInt::from(3)));
        assert_eq!(float_to_int(-3.7).ok(), Some(BigInt::from(-3)));
        assert_eq!(float_to_int(-0.5).ok(), Some(BigInt::from(0)));
        assert_eq!(
            float_to_int(1e20).map(|v| v.to_string()).ok().as_deref(),
            Some("100000000000000000000")
        );
        assert_eq!(
            float_to_int(f64::INFINITY)
                .map_err(|e| e.message)
                .err()
                .as_deref(),
            Some("cannot convert float infinity to integer")
        );
        assert_eq!(
            float_to_int(f64::NAN)
                .map_err(|e| e.message)
                .err()
                .as_deref(),
            Some("cannot convert float NaN to integer")
        );
        assert_eq!(
            int_to_f64(&BigInt::from(9007199254740993u64)).ok(),
            Some(9007199254740992.0)
        );
        assert_eq!(
            int_to_f64(&BigInt::from(9007199254740995u64)).ok(),
            Some(9007199254740996.0)
        );
        let big = BigInt::from(1) << 1024usize;
        assert!(int_to_f64(&big).is_err());
        let below = (BigInt::from(1) << 1024usize) - (BigInt::from(1) << 970usize);
        assert!(int_to_f64(&below).is_err(), "rounds up to 2**1024");
        let max = (BigInt::from(1) << 1024usize) - (BigInt::from(1) << 971usize);
        assert_eq!(int_to_f64(&max).ok(), Some(f64::MAX));
    }
}
