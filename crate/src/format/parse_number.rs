//! `int(text, base)` and `float(text)`: CPython 3.11's string-to-number parsing and errors.
//!
//! Like CPython, the text is first "transformed": Unicode whitespace becomes a space, Unicode
//! decimal digits become ASCII digits, and any other non-ASCII character ends the usable text
//! (so parsing fails). Then `PyLong_FromString` / `float_from_string_inner` are ported directly,
//! including the underscore rules and the 4300-digit limit for non-power-of-two bases.

use super::error::FmtError;
use super::int::MAX_STR_DIGITS;
use super::str_repr::str_repr;
use super::unicode::{decimal_value, is_space};
use num_bigint::{BigInt, BigUint, Sign};

/// `_PyUnicode_TransformDecimalAndSpaceToASCII`.
fn transform(text: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len());
    for ch in text.chars() {
        let c = u32::from(ch);
        if c < 127 {
            out.push(c as u8);
        } else if is_space(ch) {
            out.push(b' ');
        } else if let Some(d) = decimal_value(ch) {
            out.push(b'0' + d as u8);
        } else {
            out.push(b'?');
            break;
        }
    }
    out
}

/// C's `isspace` on ASCII (`Py_ISSPACE`).
fn c_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r')
}

/// `_PyLong_DigitValue`: 0-9, a-z / A-Z as 10-35, anything else 37.
fn digit_value(b: u8) -> u32 {
    match b {
        b'0'..=b'9' => u32::from(b - b'0'),
        b'a'..=b'z' => u32::from(b - b'a') + 10,
        b'A'..=b'Z' => u32::from(b - b'A') + 10,
        _ => 37,
    }
}

/// `int(text, base)` for a str argument. `base` must be 0 or 2..=36 (else CPython's
/// `int() base must be >= 2 and <= 36, or 0`). Errors: `invalid literal for int() with base 10:
/// 'x'` (the text's repr, cut to 200 characters as CPython does) and the digit-limit error.
pub fn parse_int(text: &str, base: u32) -> Result<BigInt, FmtError> {
    if base == 1 || base > 36 {
        return Err(FmtError::value("int() base must be >= 2 and <= 36, or 0"));
    }
    let invalid = || {
        let repr: String = str_repr(text).chars().take(200).collect();
        FmtError::value(format!(
            "invalid literal for int() with base {base}: {repr}"
        ))
    };
    let s = transform(text);
    let at = |i: usize| s.get(i).copied().unwrap_or(0);
    let mut i = 0usize;
    while i < s.len() && c_space(at(i)) {
        i += 1;
    }
    let mut negative = false;
    if at(i) == b'+' {
        i += 1;
    } else if at(i) == b'-' {
        negative = true;
        i += 1;
    }
    let mut base = base;
    let mut error_if_nonzero = false;
    if base == 0 {
        base = if at(i) != b'0' {
            10
        } else {
            match at(i + 1) {
                b'x' | b'X' => 16,
                b'o' | b'O' => 8,
                b'b' | b'B' => 2,
                _ => {
                    error_if_nonzero = true;
                    10
                }
            }
        };
    }
    let marker = at(i + 1).to_ascii_lowercase();
    if at(i) == b'0'
        && ((base == 16 && marker == b'x')
            || (base == 8 && marker == b'o')
            || (base == 2 && marker == b'b'))
    {
        i += 2;
        if at(i) == b'_' {
            i += 1;
        }
    }
    if at(i) == b'_' {
        return Err(invalid());
    }
    let start = i;
    let mut digits: Vec<u8> = Vec::new();
    let mut prev = 0u8;
    while i < s.len() && (digit_value(at(i)) < base || at(i) == b'_') {
        let b = at(i);
        if b == b'_' {
            if prev == b'_' {
                return Err(invalid());
            }
        } else {
            digits.push(digit_value(b) as u8);
        }
        prev = b;
        i += 1;
    }
    if prev == b'_' {
        return Err(invalid());
    }
    if !base.is_power_of_two() && digits.len() > MAX_STR_DIGITS {
        return Err(FmtError::value(format!(
            "Exceeds the limit ({MAX_STR_DIGITS} digits) for integer string conversion: \
             value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
            digits.len()
        )));
    }
    let magnitude = if digits.is_empty() {
        BigUint::default()
    } else {
        BigUint::from_radix_be(&digits, base).ok_or_else(invalid)?
    };
    if error_if_nonzero && magnitude != BigUint::default() {
        return Err(invalid());
    }
    if i == start {
        return Err(invalid());
    }
    while i < s.len() && c_space(at(i)) {
        i += 1;
    }
    if i != s.len() {
        return Err(invalid());
    }
    let sign = if negative { Sign::Minus } else { Sign::Plus };
    Ok(BigInt::from_biguint(sign, magnitude))
}

/// Whether `s` is exactly a decimal float literal as `_Py_dg_strtod` reads one:
/// `[+-]? (digits [. digits?] | . digits) ([eE] [+-]? digits)?`.
fn is_decimal_literal(s: &[u8]) -> bool {
    let mut i = 0;
    let at = |i: usize| s.get(i).copied().unwrap_or(0);
    if matches!(at(i), b'+' | b'-') {
        i += 1;
    }
    let mut mantissa_digits = 0;
    while at(i).is_ascii_digit() {
        i += 1;
        mantissa_digits += 1;
    }
    if at(i) == b'.' {
        i += 1;
        while at(i).is_ascii_digit() {
            i += 1;
            mantissa_digits += 1;
        }
    }
    if mantissa_digits == 0 {
        return false;
    }
    if matches!(at(i), b'e' | b'E') {
        i += 1;
        if matches!(at(i), b'+' | b'-') {
            i += 1;
        }
        let exp_start = i;
        while at(i).is_ascii_digit() {
            i += 1;
        }
        if i == exp_start {
            return false;
        }
    }
    i == s.len()
}

/// `_Py_parse_inf_or_nan` on the whole text: `[+-]?(inf|infinity|nan)`, any case.
fn parse_special(s: &[u8]) -> Option<f64> {
    let (negative, rest) = match s.first() {
        Some(b'-') => (true, s.get(1..).unwrap_or(&[])),
        Some(b'+') => (false, s.get(1..).unwrap_or(&[])),
        _ => (false, s),
    };
    let word = rest.to_ascii_lowercase();
    let value = match word.as_slice() {
        b"inf" | b"infinity" => f64::INFINITY,
        b"nan" => f64::NAN,
        _ => return None,
    };
    Some(if negative { -value } else { value })
}

/// `float(text)` for a str argument: decimal literals (correctly rounded), `inf`, `infinity`,
/// `nan` in any case with a sign, surrounding whitespace, underscores between digits.
/// Error: `could not convert string to float: 'abc'` (the full repr of `text`).
pub fn parse_float(text: &str) -> Result<f64, FmtError> {
    let invalid = || {
        FmtError::value(format!(
            "could not convert string to float: {}",
            str_repr(text)
        ))
    };
    let s = transform(text);
    // _Py_string_to_number_with_underscores
    let cleaned: Vec<u8> = if s.contains(&b'_') {
        let mut out = Vec::with_capacity(s.len());
        let mut prev = 0u8;
        for &b in &s {
            if b == 0 {
                return Err(invalid());
            }
            if b == b'_' {
                if !prev.is_ascii_digit() {
                    return Err(invalid());
                }
            } else {
                if prev == b'_' && !b.is_ascii_digit() {
                    return Err(invalid());
                }
                out.push(b);
            }
            prev = b;
        }
        if prev == b'_' {
            return Err(invalid());
        }
        out
    } else {
        s
    };
    // float_from_string_inner: strip ASCII whitespace on both sides.
    let first = cleaned.iter().position(|&b| !c_space(b));
    let Some(first) = first else {
        return Err(invalid());
    };
    let last = cleaned.iter().rposition(|&b| !c_space(b)).unwrap_or(first);
    let body = cleaned.get(first..=last).unwrap_or(&[]);
    if is_decimal_literal(body) {
        let literal = std::str::from_utf8(body).map_err(|_| invalid())?;
        return literal.parse::<f64>().map_err(|_| invalid());
    }
    parse_special(body).ok_or_else(invalid)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn int(text: &str, base: u32) -> String {
        parse_int(text, base)
            .map(|v| v.to_string())
            .unwrap_or_else(|e| e.message)
    }

    fn float(text: &str) -> String {
        parse_float(text)
            .map(super::super::float_repr::float_repr)
            .unwrap_or_else(|e| e.message)
    }

    #[test]
    fn int_matches_python() {
        // Expected values captured from python3.11: int(text, base)
        let cases: &[(&str, u32, &str)] = &[
            ("42", 10, "42"),
            ("  -42\n", 10, "-42"),
            ("+7", 10, "7"),
            ("1_000", 10, "1000"),
            (" 1_0 ", 0, "10"),
            ("0x_ff", 0, "255"),
            ("0XFF", 16, "255"),
            ("ff", 16, "255"),
            ("0o17", 0, "15"),
            ("0b101", 0, "5"),
            ("0b101", 2, "5"),
            ("z", 36, "35"),
            ("00", 0, "0"),
            ("0_0", 0, "0"),
            ("٣٤", 10, "34"),
            ("\u{3000}12\u{3000}", 10, "12"),
            ("x", 10, "invalid literal for int() with base 10: 'x'"),
            ("", 10, "invalid literal for int() with base 10: ''"),
            ("1__0", 10, "invalid literal for int() with base 10: '1__0'"),
            ("_1", 10, "invalid literal for int() with base 10: '_1'"),
            ("1_", 10, "invalid literal for int() with base 10: '1_'"),
            ("0x", 0, "invalid literal for int() with base 0: '0x'"),
            ("010", 0, "invalid literal for int() with base 0: '010'"),
            ("0x10", 10, "invalid literal for int() with base 10: '0x10'"),
            ("1.5", 10, "invalid literal for int() with base 10: '1.5'"),
            (
                "it's",
                10,
                "invalid literal for int() with base 10: \"it's\"",
            ),
            ("1 2", 10, "invalid literal for int() with base 10: '1 2'"),
            ("12½", 10, "invalid literal for int() with base 10: '12½'"),
            ("- 1", 10, "invalid literal for int() with base 10: '- 1'"),
            (
                "1\u{0}",
                10,
                "invalid literal for int() with base 10: '1\\x00'",
            ),
            ("10", 99, "int() base must be >= 2 and <= 36, or 0"),
            ("10", 1, "int() base must be >= 2 and <= 36, or 0"),
        ];
        for &(text, base, want) in cases {
            assert_eq!(int(text, base), want, "int({text:?}, {base})");
        }
        let long = "x".repeat(300);
        let msg = int(&long, 10);
        assert_eq!(
            msg.len(),
            "invalid literal for int() with base 10: ".len() + 200
        );
        assert!(
            msg.ends_with('x'),
            "repr cut at 200 characters, no closing quote"
        );
        assert_eq!(
            int(&"1".repeat(5000), 10),
            "Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; use sys.set_int_max_str_digits() to increase the limit"
        );
        assert_eq!(int(&"1".repeat(5000), 16).len(), 6020);
    }

    #[test]
    fn float_matches_python() {
        // Expected values captured from python3.11: repr(float(text))
        let cases: &[(&str, &str)] = &[
            ("1.5", "1.5"),
            ("  -2.25  ", "-2.25"),
            ("1_000.5", "1000.5"),
            (".5", "0.5"),
            ("5.", "5.0"),
            ("1e5", "100000.0"),
            ("1E-3", "0.001"),
            ("+1e+2", "100.0"),
            ("inf", "inf"),
            ("-Infinity", "-inf"),
            ("+INF", "inf"),
            ("nan", "nan"),
            ("-nan", "nan"),
            ("1e400", "inf"),
            ("1e-400", "0.0"),
            ("0.1", "0.1"),
            ("٣.٥", "3.5"),
            ("1e5_0", "1e+50"),
            ("abc", "could not convert string to float: 'abc'"),
            ("", "could not convert string to float: ''"),
            ("  ", "could not convert string to float: '  '"),
            ("1e", "could not convert string to float: '1e'"),
            (".", "could not convert string to float: '.'"),
            ("1_", "could not convert string to float: '1_'"),
            ("_1", "could not convert string to float: '_1'"),
            ("1__0", "could not convert string to float: '1__0'"),
            ("1_.5", "could not convert string to float: '1_.5'"),
            ("1._5", "could not convert string to float: '1._5'"),
            ("0x10", "could not convert string to float: '0x10'"),
            ("infinit", "could not convert string to float: 'infinit'"),
            ("nan(1)", "could not convert string to float: 'nan(1)'"),
            ("1 2", "could not convert string to float: '1 2'"),
            ("- 1", "could not convert string to float: '- 1'"),
        ];
        for &(text, want) in cases {
            assert_eq!(float(text), want, "float({text:?})");
        }
        assert!(parse_float("-nan").is_ok_and(|x| x.is_nan() && x.is_sign_negative()));
    }

    proptest! {
        #[test]
        fn never_panics(text in "\\PC{0,16}", base in 0u32..40) {
            let _ = parse_int(&text, base);
            let _ = parse_float(&text);
        }

        #[test]
        fn int_round_trips(v in any::<i128>()) {
            prop_assert_eq!(parse_int(&v.to_string(), 10).ok(), Some(BigInt::from(v)));
        }
    }
}
