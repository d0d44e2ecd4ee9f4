//! CPython's `PyOS_double_to_string`: correctly rounded float-to-text conversion.
//!
//! CPython asks David Gay's `dtoa` for digits (mode 0: shortest round-trip; mode 2: `n`
//! significant digits; mode 3: `n` digits after the point), each correctly rounded with
//! round-half-even on the exact binary value, then lays them out (`format_float_short`). Here the
//! digits come from an exact decimal expansion of `mantissa * 2^exp` in `BigInt` arithmetic
//! (mode 2 and 3) or from Rust's shortest formatting (mode 0), and the layout code is a direct
//! port of `format_float_short`.

use super::error::{FmtError, MAX_FIELD};
use super::float_repr::shortest_digits;
use num_bigint::BigInt;

/// Layout options of [`double_to_string`] (CPython's `Py_DTSF_*` flags).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DtoaFlags {
    /// `Py_DTSF_SIGN`: prefix non-negative values with `+`.
    pub sign: bool,
    /// `Py_DTSF_ADD_DOT_0`: keep a `.0` on integral values in fixed notation.
    pub add_dot_0: bool,
    /// `Py_DTSF_ALT`: alternate form (`#`): keep the point and trailing zeros.
    pub alt: bool,
    /// `Py_DTSF_NO_NEG_0`: turn a result that rounds to zero into a non-negative zero (`z`).
    pub no_neg_0: bool,
}

/// Decimal digits in dtoa form: the value is `0.d1d2...dn * 10^decpt`, no trailing zeros
/// (except the lone `"0"` of zero); an empty digit string means "rounded to zero".
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Digits {
    /// ASCII digits.
    pub digits: Vec<u8>,
    /// Position of the decimal point relative to the first digit.
    pub decpt: i64,
}

/// All decimal digits of the exact value of `|x|` (finite): every binary float is a finite
/// decimal. Zero is `"0"` with `decpt == 1`, as dtoa reports it.
pub(crate) fn exact_digits(x: f64) -> Digits {
    let bits = x.abs().to_bits();
    let exp_bits = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mut mantissa, mut exp) = if exp_bits == 0 {
        (frac, -1074i64)
    } else {
        (frac | (1u64 << 52), exp_bits - 1075)
    };
    if mantissa == 0 || !x.is_finite() {
        return Digits {
            digits: vec![b'0'],
            decpt: 1,
        };
    }
    let shift = mantissa.trailing_zeros();
    mantissa >>= shift;
    exp += i64::from(shift);
    let (text, decpt) = if exp >= 0 {
        let n = BigInt::from(mantissa) << (exp as usize);
        let s = n.to_string();
        let len = s.len() as i64;
        (s, len)
    } else {
        let k = (-exp) as u32;
        let n = BigInt::from(mantissa) * BigInt::from(5u32).pow(k);
        let s = n.to_string();
        let len = s.len() as i64;
        (s, len + exp)
    };
    let mut digits = text.into_bytes();
    while digits.len() > 1 && digits.last() == Some(&b'0') {
        digits.pop();
    }
    Digits { digits, decpt }
}

/// Round `d` to its first `keep` digits (which may be zero or negative: positions left of the
/// first digit), half to even, stripping trailing zeros. Rounding to nothing gives empty digits
/// with `decpt - keep` as the point, as dtoa's "no digits" result does.
pub(crate) fn round_digits(d: Digits, keep: i64) -> Digits {
    let len = d.digits.len() as i64;
    if keep >= len {
        return d;
    }
    let zero = |decpt| Digits {
        digits: Vec::new(),
        decpt,
    };
    if keep < 0 {
        return zero(d.decpt - keep);
    }
    let k = keep as usize;
    let first_dropped = d.digits.get(k).copied().unwrap_or(b'0');
    let rest_nonzero = d.digits.iter().skip(k + 1).any(|&c| c != b'0');
    let last_kept_odd = k > 0 && d.digits.get(k - 1).is_some_and(|c| (c - b'0') % 2 == 1);
    let round_up = match first_dropped.cmp(&b'5') {
        std::cmp::Ordering::Greater => true,
        std::cmp::Ordering::Less => false,
        std::cmp::Ordering::Equal => rest_nonzero || last_kept_odd,
    };
    let mut digits: Vec<u8> = d.digits.iter().take(k).copied().collect();
    let mut decpt = d.decpt;
    if round_up {
        let mut carried = true;
        for c in digits.iter_mut().rev() {
            if *c == b'9' {
                *c = b'0';
            } else {
                *c += 1;
                carried = false;
                break;
            }
        }
        if carried {
            // All nines (or nothing kept): the result is a single 1 one place further left.
            digits = vec![b'1'];
            decpt += 1;
        }
    }
    while digits.last() == Some(&b'0') {
        digits.pop();
    }
    if digits.is_empty() {
        return zero(decpt - keep);
    }
    Digits { digits, decpt }
}

/// Digits of `|x|` rounded to `ndigits` places after the decimal point (dtoa mode 3);
/// `ndigits` may be negative (`round(x, -2)`).
pub(crate) fn fixed_digits(x: f64, ndigits: i64) -> Digits {
    let d = exact_digits(x);
    let keep = d.decpt.saturating_add(ndigits);
    round_digits(d, keep)
}

/// Convert `x` to text like CPython's `PyOS_double_to_string(x, code, precision, flags)`.
///
/// `code` is one of `e E f F g G r` (anything else is treated as `r`); `precision` is ignored
/// for `r`. Uppercase codes use `E`, `INF`, `NAN`. Fails only for a precision above
/// [`MAX_FIELD`] (`MemoryError`).
pub fn double_to_string(
    x: f64,
    code: char,
    precision: usize,
    flags: DtoaFlags,
) -> Result<String, FmtError> {
    if precision > MAX_FIELD {
        return Err(FmtError::too_big());
    }
    let upper = matches!(code, 'E' | 'F' | 'G');
    let mut precision = precision as i64;
    let code = match code.to_ascii_lowercase() {
        'e' => {
            precision += 1;
            'e'
        }
        'f' => 'f',
        'g' => {
            if precision == 0 {
                precision = 1;
            }
            'g'
        }
        _ => 'r',
    };
    let mut out = String::new();
    let mut negative = x.is_sign_negative();
    if !x.is_finite() {
        if x.is_nan() {
            negative = false;
        }
        if negative {
            out.push('-');
        } else if flags.sign {
            out.push('+');
        }
        let word = match (x.is_nan(), upper) {
            (true, false) => "nan",
            (true, true) => "NAN",
            (false, false) => "inf",
            (false, true) => "INF",
        };
        out.push_str(word);
        return Ok(out);
    }
    let d = match code {
        'r' => shortest_digits(x),
        'f' => fixed_digits(x, precision),
        _ => round_digits(exact_digits(x), precision),
    };
    let digits = d.digits;
    let digits_len = digits.len() as i64;
    let mut decpt = d.decpt;
    let mut vdigits_end = digits_len;
    let mut use_exp = false;
    match code {
        'e' => {
            use_exp = true;
            vdigits_end = precision;
        }
        'f' => vdigits_end = decpt + precision,
        'g' => {
            let limit = if flags.add_dot_0 {
                precision - 1
            } else {
                precision
            };
            if decpt <= -4 || decpt > limit {
                use_exp = true;
            }
            if flags.alt {
                vdigits_end = precision;
            }
        }
        _ => {
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    if !use_exp && flags.add_dot_0 {
        vdigits_end = vdigits_end.max(decpt + 1);
    } else {
        vdigits_end = vdigits_end.max(decpt);
    }
    if flags.no_neg_0 && negative && (digits.is_empty() || digits == b"0") {
        negative = false;
    }
    if negative {
        out.push('-');
    } else if flags.sign {
        out.push('+');
    }
    let zeros = |out: &mut String, n: i64| {
        for _ in 0..n.max(0) {
            out.push('0');
        }
    };
    let push_digits = |out: &mut String, from: i64, to: i64| {
        let from = from.clamp(0, digits_len) as usize;
        let to = to.clamp(0, digits_len) as usize;
        for &c in digits.get(from..to).unwrap_or(&[]) {
            out.push(char::from(c));
        }
    };
    if decpt <= 0 {
        zeros(&mut out, decpt - vdigits_start);
        out.push('.');
        zeros(&mut out, -decpt);
    } else {
        zeros(&mut out, -vdigits_start);
    }
    if 0 < decpt && decpt <= digits_len {
        push_digits(&mut out, 0, decpt);
        out.push('.');
        push_digits(&mut out, decpt, digits_len);
    } else {
        push_digits(&mut out, 0, digits_len);
    }
    if digits_len < decpt {
        zeros(&mut out, decpt - digits_len);
        out.push('.');
        zeros(&mut out, vdigits_end - decpt);
    } else {
        zeros(&mut out, vdigits_end - digits_len);
    }
    if out.ends_with('.') && !flags.alt {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        out.push_str(&format!("{exp:+03}"));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d2s(x: f64, code: char, precision: usize) -> String {
        double_to_string(x, code, precision, DtoaFlags::default()).unwrap_or_default()
    }

    #[test]
    fn exact_expansion() {
        let d = exact_digits(0.125);
        assert_eq!((d.digits.as_slice(), d.decpt), (&b"125"[..], 0));
        let d = exact_digits(2.675);
        assert_eq!(
            String::from_utf8_lossy(&d.digits),
            "267499999999999982236431605997495353221893310546875"
        );
        assert_eq!(d.decpt, 1);
        let d = exact_digits(1e22);
        assert_eq!((d.digits.as_slice(), d.decpt), (&b"1"[..], 23));
    }

    #[test]
    fn percent_style_matches_python() {
        // Expected strings captured from python3.11: '%.<p><code>' % x
        let cases: &[(f64, char, usize, &str)] = &[
            (2.675, 'f', 2, "2.67"),
            (0.125, 'f', 2, "0.12"),
            (0.375, 'f', 2, "0.38"),
            (0.5, 'f', 0, "0"),
            (1.5, 'f', 0, "2"),
            (2.5, 'f', 0, "2"),
            (0.0006, 'f', 3, "0.001"),
            (0.0004, 'f', 3, "0.000"),
            (-0.0004, 'f', 3, "-0.000"),
            (1e300, 'f', 2, "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.00"),
            (5e-324, 'e', 3, "4.941e-324"),
            (0.0, 'e', 3, "0.000e+00"),
            (12345.678, 'e', 2, "1.23e+04"),
            (9.9999, 'e', 2, "1.00e+01"),
            (1e-7, 'g', 6, "1e-07"),
            (123456.0, 'g', 6, "123456"),
            (1234567.0, 'g', 6, "1.23457e+06"),
            (0.0001, 'g', 6, "0.0001"),
            (0.00001, 'g', 6, "1e-05"),
            (100.0, 'g', 0, "1e+02"),
            (f64::INFINITY, 'F', 2, "INF"),
            (f64::NAN, 'E', 2, "NAN"),
            (-f64::INFINITY, 'g', 2, "-inf"),
            (1.0, 'E', 2, "1.00E+00"),
        ];
        for &(x, code, p, want) in cases {
            assert_eq!(d2s(x, code, p), want, "'%.{p}{code}' % {x:?}");
        }
    }

    #[test]
    fn alternate_and_sign_flags() {
        // python3.11: '%#.0f' % 3.0, '%#g' % 1.0, '%+.1f' % 2.0, '%#.3g' % 100.0
        let alt = DtoaFlags {
            alt: true,
            ..DtoaFlags::default()
        };
        let sign = DtoaFlags {
            sign: true,
            ..DtoaFlags::default()
        };
        assert_eq!(double_to_string(3.0, 'f', 0, alt).as_deref(), Ok("3."));
        assert_eq!(double_to_string(1.0, 'g', 6, alt).as_deref(), Ok("1.00000"));
        assert_eq!(double_to_string(100.0, 'g', 3, alt).as_deref(), Ok("100."));
        assert_eq!(double_to_string(2.0, 'f', 1, sign).as_deref(), Ok("+2.0"));
        assert_eq!(
            double_to_string(f64::NAN, 'f', 1, sign).as_deref(),
            Ok("+nan")
        );
        assert!(double_to_string(1.0, 'f', MAX_FIELD + 1, alt).is_err());
    }
}
