//! `repr(float)`: the shortest digit string that round-trips, laid out as CPython does.

use super::dtoa::{double_to_string, exact_digits, round_digits, Digits, DtoaFlags};

/// `repr(x)` (equally `str(x)`) for a Python float, exactly as CPython 3.11 prints it.
///
/// Shortest round-trip digits; fixed notation when the decimal exponent is in `-4..16`
/// (`0.0001`, `123456789012345.67`, always with a `.0` when integral), otherwise scientific
/// (`1e-05`, `1e+16`, `1.2345678901234568e+16`); also `-0.0`, `inf`, `-inf`, `nan`.
pub fn float_repr(x: f64) -> String {
    let flags = DtoaFlags {
        add_dot_0: true,
        ..DtoaFlags::default()
    };
    // Precision 0 is always within bounds, so this cannot fail; fall back to Rust's text anyway.
    double_to_string(x, 'r', 0, flags).unwrap_or_else(|_| format!("{x:?}"))
}

/// The shortest round-trip digits of `|x|` (finite) in dtoa form: `0.d1d2... * 10^decpt`.
///
/// Rust's `{:e}` yields the shortest digits that round-trip and the closest such string, which is
/// David Gay's mode 0 used by CPython, except in exact ties (the value lies exactly halfway
/// between two shortest candidates, e.g. `1831700320069022.25`), where CPython takes the even
/// digit. Ties need about 15+ significant digits, so for long results the correctly rounded
/// (half-even) candidate of the same length is computed exactly and preferred when it
/// round-trips.
pub(crate) fn shortest_digits(x: f64) -> Digits {
    let rust = rust_shortest(x);
    if rust.digits.len() < 15 {
        return rust;
    }
    let even = round_digits(exact_digits(x), rust.digits.len() as i64);
    if even != rust && round_trips(&even, x) {
        even
    } else {
        rust
    }
}

/// Whether `0.<digits> * 10^decpt` parses back to `|x|`.
fn round_trips(d: &Digits, x: f64) -> bool {
    let digits: String = d.digits.iter().map(|&c| char::from(c)).collect();
    format!("0.{digits}e{}", d.decpt)
        .parse::<f64>()
        .is_ok_and(|y| y == x.abs())
}

/// The digits of Rust's shortest round-trip formatting of `|x|`.
fn rust_shortest(x: f64) -> Digits {
    let text = format!("{:e}", x.abs());
    let (mantissa, exponent) = text.split_once('e').unwrap_or((text.as_str(), "0"));
    let exponent: i64 = exponent.parse().unwrap_or(0);
    let mut digits: Vec<u8> = mantissa.bytes().filter(u8::is_ascii_digit).collect();
    while digits.len() > 1 && digits.last() == Some(&b'0') {
        digits.pop();
    }
    if digits.is_empty() {
        digits.push(b'0');
    }
    Digits {
        digits,
        decpt: exponent + 1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn matches_python_repr() {
        // Expected strings captured from python3.11: repr(x)
        let cases: &[(f64, &str)] = &[
            (0.0, "0.0"),
            (-0.0, "-0.0"),
            (1.0, "1.0"),
            (3.0, "3.0"),
            (-2.5, "-2.5"),
            (0.1, "0.1"),
            (0.1 + 0.2, "0.30000000000000004"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (9999999999999998.0, "9999999999999998.0"),
            (1.5e-7, "1.5e-07"),
            (1e-5, "1e-05"),
            (0.0001, "0.0001"),
            (0.00012345, "0.00012345"),
            (123456789012345.67, "123456789012345.67"),
            (12345678901234567.0, "1.2345678901234568e+16"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
            (-f64::NAN, "nan"),
            (5e-324, "5e-324"),
            (f64::MAX, "1.7976931348623157e+308"),
            (f64::MIN_POSITIVE, "2.2250738585072014e-308"),
            (1e22, "1e+22"),
            (1e100, "1e+100"),
            (2e16 + 8.0, "2.000000000000001e+16"),
            (100.0, "100.0"),
            (1.0 / 3.0, "0.3333333333333333"),
            (2.0 / 3.0, "0.6666666666666666"),
            // Exact ties between two shortest candidates (the literals are exactly
            // 1831700320069022.25 and -82562475735530.625): CPython takes the even digit.
            (1_831_700_320_069_022.3, "1831700320069022.2"),
            (-82_562_475_735_530.63, "-82562475735530.62"),
        ];
        for &(x, want) in cases {
            assert_eq!(float_repr(x), want, "repr({x:?})");
        }
    }

    proptest! {
        #[test]
        fn repr_round_trips(bits in any::<u64>()) {
            let x = f64::from_bits(bits);
            let text = float_repr(x);
            if x.is_nan() {
                prop_assert_eq!(text, "nan");
            } else {
                let back: f64 = text.parse().map_err(|e| TestCaseError::fail(format!("{text}: {e}")))?;
                prop_assert_eq!(back.to_bits(), x.to_bits(), "{}", text);
            }
        }
    }
}
