//! Python float semantics the distributions need: `/`, `%`, `**` and `math.log`/`exp`/`sqrt`/
//! `cos`/`acos`, raising where CPython raises.
//!
//! CPython's `math` functions raise `ValueError: math domain error` when the C function returns
//! NaN for a non-NaN argument (or an infinity for a finite one, if it cannot overflow), and
//! `OverflowError: math range error` when `exp` overflows. Float `**` special-cases zeros,
//! infinities and NaNs itself, then calls C `pow` and reports an infinite result as
//! `OverflowError: (34, 'Numerical result out of range')`.

use super::error::{ErrorKind, RandomError};

/// `ValueError: math domain error`.
fn domain_error() -> RandomError {
    RandomError::value("math domain error")
}

/// CPython's `math_1` checks on a result `r` of a libm function applied to `x`.
fn math_1(x: f64, r: f64, can_overflow: bool) -> Result<f64, RandomError> {
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow {
            RandomError::new(ErrorKind::OverflowError, "math range error")
        } else {
            domain_error()
        });
    }
    Ok(r)
}

/// `math.log(x)` for a float.
pub(super) fn log(x: f64) -> Result<f64, RandomError> {
    if x.is_finite() && x <= 0.0 {
        return Err(domain_error());
    }
    if x == f64::NEG_INFINITY {
        return Err(domain_error());
    }
    Ok(x.ln())
}

/// `math.exp(x)`.
pub(super) fn exp(x: f64) -> Result<f64, RandomError> {
    math_1(x, x.exp(), true)
}

/// `math.sqrt(x)`.
pub(super) fn sqrt(x: f64) -> Result<f64, RandomError> {
    math_1(x, x.sqrt(), false)
}

/// `math.cos(x)`.
pub(super) fn cos(x: f64) -> Result<f64, RandomError> {
    math_1(x, x.cos(), false)
}

/// `math.acos(x)`.
pub(super) fn acos(x: f64) -> Result<f64, RandomError> {
    math_1(x, x.acos(), false)
}

/// `a / b` for floats.
pub(super) fn div(a: f64, b: f64) -> Result<f64, RandomError> {
    if b == 0.0 {
        return Err(RandomError::float_division());
    }
    Ok(a / b)
}

/// `a % b` for floats (the result takes the sign of `b`).
pub(super) fn rem(a: f64, b: f64) -> Result<f64, RandomError> {
    if b == 0.0 {
        return Err(RandomError::new(
            ErrorKind::ZeroDivisionError,
            "float modulo",
        ));
    }
    let m = a % b;
    Ok(if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m + b
        } else {
            m
        }
    } else {
        0f64.copysign(b)
    })
}

/// Whether `x` is an odd integer (`DOUBLE_IS_ODD_INTEGER`).
fn is_odd_integer(x: f64) -> bool {
    (x.abs() % 2.0) == 1.0
}

/// `v ** w` for floats (`float_pow`). A negative base with a non-integral exponent gives a
/// complex number in CPython; no caller here can pass one, and this returns NaN for it.
pub(super) fn pow(v: f64, w: f64) -> Result<f64, RandomError> {
    if w == 0.0 {
        return Ok(1.0);
    }
    if v.is_nan() {
        return Ok(v);
    }
    if w.is_nan() {
        return Ok(if v == 1.0 { 1.0 } else { w });
    }
    if w.is_infinite() {
        let v = v.abs();
        return Ok(if v == 1.0 {
            1.0
        } else if (w > 0.0) == (v > 1.0) {
            w.abs()
        } else {
            0.0
        });
    }
    if v.is_infinite() {
        let odd = is_odd_integer(w);
        return Ok(if w > 0.0 {
            if odd {
                v
            } else {
                v.abs()
            }
        } else if odd {
            0f64.copysign(v)
        } else {
            0.0
        });
    }
    if v == 0.0 {
        if w < 0.0 {
            return Err(RandomError::new(
                ErrorKind::ZeroDivisionError,
                "0.0 cannot be raised to a negative power",
            ));
        }
        return Ok(if is_odd_integer(w) { v } else { 0.0 });
    }
    let mut base = v;
    let mut negate = false;
    if v < 0.0 {
        if w != w.floor() {
            return Ok(f64::NAN);
        }
        base = -v;
        negate = is_odd_integer(w);
    }
    if base == 1.0 {
        return Ok(if negate { -1.0 } else { 1.0 });
    }
    let r = base.powf(w);
    if r.is_infinite() {
        return Err(RandomError::new(
            ErrorKind::OverflowError,
            "(34, 'Numerical result out of range')",
        ));
    }
    Ok(if negate { -r } else { r })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_like_cpython() {
        assert_eq!(log(0.0).unwrap_err().message, "math domain error");
        assert_eq!(log(-1.0).unwrap_err().message, "math domain error");
        assert!(log(f64::NAN).is_ok_and(|x| x.is_nan()));
        assert_eq!(exp(1000.0).unwrap_err().message, "math range error");
        assert_eq!(exp(f64::INFINITY), Ok(f64::INFINITY));
        assert_eq!(sqrt(-1.0).unwrap_err().kind, ErrorKind::ValueError);
        assert_eq!(cos(f64::INFINITY).unwrap_err().message, "math domain error");
        assert_eq!(div(1.0, 0.0).unwrap_err().message, "float division by zero");
        assert_eq!(
            pow(0.0, -1.0).unwrap_err().message,
            "0.0 cannot be raised to a negative power"
        );
        assert_eq!(
            pow(1e-300, -2.0).unwrap_err().message,
            "(34, 'Numerical result out of range')"
        );
        assert_eq!(pow(-0.0, 3.0).map(f64::to_bits), Ok((-0.0f64).to_bits()));
        assert_eq!(pow(-2.0, 3.0), Ok(-8.0));
        assert_eq!(rem(-1.0, 6.0), Ok(5.0));
        assert_eq!(rem(1.0, -6.0), Ok(-5.0));
    }
}
