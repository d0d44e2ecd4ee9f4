//! `format(int, spec)` and the int-to-text helpers (`str`, `hex`, `oct`, `bin`).
//!
//! A port of CPython 3.11's `format_long_internal`, plus its int-to-decimal digit limit
//! (`sys.get_int_max_str_digits()`, default 4300).

use super::convert::int_to_f64;
use super::error::FmtError;
use super::float::format_float;
use super::layout::{check_width, fill_number, NumberParts};
use super::spec::{parse_format_spec, unknown_code, Align, FormatSpec, SpecTarget};
use num_bigint::{BigInt, Sign as BigSign};
use num_traits::{Signed, ToPrimitive};

/// CPython's default `sys.get_int_max_str_digits()`: the most decimal digits an int may have
/// when converted to or from a decimal string.
pub const MAX_STR_DIGITS: usize = 4300;

/// `str(v)` for an int, or the 3.11 `ValueError` for more than [`MAX_STR_DIGITS`] digits.
pub fn int_to_decimal(v: &BigInt) -> Result<String, FmtError> {
    let too_many = || {
        FmtError::value(format!(
            "Exceeds the limit ({MAX_STR_DIGITS} digits) for integer string conversion; \
             use sys.set_int_max_str_digits() to increase the limit"
        ))
    };
    // 14285 * log10(2) > 4300: certainly too many digits, skip the expensive conversion.
    if v.bits() > 14_286 {
        return Err(too_many());
    }
    let text = v.to_string();
    let digits = text.len() - usize::from(v.sign() == BigSign::Minus);
    if digits > MAX_STR_DIGITS {
        return Err(too_many());
    }
    Ok(text)
}

/// `v` in `base` with an optional `0b`/`0o`/`0x` prefix after the sign, as `bin`, `oct` and
/// `hex` print it (`hex(-255) == '-0xff'`). Bases outside 2..=36 are treated as 10; the prefix
/// exists only for 2, 8 and 16. No digit limit applies (CPython has none for these bases).
pub fn int_to_base(v: &BigInt, base: u32, prefix: bool) -> String {
    let base = if (2..=36).contains(&base) { base } else { 10 };
    let digits = v.abs().to_str_radix(base);
    let marker = match (prefix, base) {
        (true, 2) => "0b",
        (true, 8) => "0o",
        (true, 16) => "0x",
        _ => "",
    };
    let sign = if v.is_negative() { "-" } else { "" };
    format!("{sign}{marker}{digits}")
}

/// `format(v, spec)` for an int with a parsed spec. `type_name` (`'int'` or `'bool'`) appears in
/// `Unknown format code` messages. Float types (`e f g %`...) convert to float first.
pub fn format_int(v: &BigInt, spec: &FormatSpec, type_name: &str) -> Result<String, FmtError> {
    check_width(spec)?;
    let code = spec.type_.unwrap_or('d');
    match code {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => format_long(v, spec, code),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => format_float(int_to_f64(v)?, spec),
        other => Err(unknown_code(other, type_name)),
    }
}

fn format_long(v: &BigInt, spec: &FormatSpec, code: char) -> Result<String, FmtError> {
    if spec.precision.is_some() {
        return Err(FmtError::value(
            "Precision not allowed in integer format specifier",
        ));
    }
    if spec.no_neg_zero {
        return Err(FmtError::value(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    if code == 'c' {
        if spec.sign.is_some() {
            return Err(FmtError::value(
                "Sign not allowed with integer format specifier 'c'",
            ));
        }
        if spec.alternate {
            return Err(FmtError::value(
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ));
        }
        let ch = int_to_char(v, false)?;
        let text = ch.to_string();
        let parts = NumberParts {
            negative: false,
            prefix: "",
            digits: "",
            has_decimal: false,
            remainder: &text,
        };
        return Ok(fill_number(&parts, spec, Align::Right));
    }
    let (base, marker) = match code {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let magnitude = v.abs();
    let mut digits = if base == 10 {
        int_to_decimal(&magnitude)?
    } else {
        magnitude.to_str_radix(base)
    };
    if code == 'X' {
        digits.make_ascii_uppercase();
    }
    let parts = NumberParts {
        negative: v.is_negative(),
        prefix: if spec.alternate { marker } else { "" },
        digits: &digits,
        has_decimal: false,
        remainder: "",
    };
    Ok(fill_number(&parts, spec, Align::Right))
}

/// The character `format(v, 'c')` (`percent == false`) or `%c` produces for an int; they differ
/// only in the message for ints beyond a C long.
pub(crate) fn int_to_char(v: &BigInt, percent: bool) -> Result<char, FmtError> {
    let n = match v.to_i64() {
        Some(n) => n,
        None if percent => -1,
        None => {
            return Err(FmtError::overflow(
                "Python int too large to convert to C long",
            ))
        }
    };
    if !(0..=0x10ffff).contains(&n) {
        return Err(FmtError::overflow("%c arg not in range(0x110000)"));
    }
    char::from_u32(n as u32).ok_or_else(|| {
        // CPython would build a lone surrogate, which a Rust string cannot hold.
        FmtError::value("surrogate characters are not supported")
    })
}

/// `int.__format__(v, spec)`: an empty spec is `str(v)` (for `bool`, the caller should print
/// `True`/`False` itself in that case); otherwise parse with the int defaults and format.
pub fn py_format_int(v: &BigInt, spec: &str, type_name: &str) -> Result<String, FmtError> {
    if spec.is_empty() {
        return int_to_decimal(v);
    }
    let parsed = parse_format_spec(spec, SpecTarget::Int, type_name)?;
    format_int(v, &parsed, type_name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn f(v: i64, spec: &str) -> String {
        py_format_int(&BigInt::from(v), spec, "int").unwrap_or_else(|e| format!("{e}"))
    }

    #[test]
    fn matches_python_format() {
        // Expected strings captured from python3.11: format(v, spec)
        let cases: &[(i64, &str, &str)] = &[
            (42, "", "42"),
            (-42, "", "-42"),
            (42, "5", "   42"),
            (42, "<5", "42   "),
            (42, "^5", " 42  "),
            (-42, "=6", "-   42"),
            (-42, "06", "-00042"),
            (42, "+", "+42"),
            (42, " ", " 42"),
            (-42, " ", "-42"),
            (1234567, ",", "1,234,567"),
            (1234567, "_", "1_234_567"),
            (-1234, "09,", "-0,001,234"),
            (1234, "08,", "0,001,234"),
            (255, "x", "ff"),
            (255, "X", "FF"),
            (255, "#x", "0xff"),
            (255, "#X", "0XFF"),
            (-255, "#x", "-0xff"),
            (255, "#012_x", "0x0_0000_00ff"),
            (255, "#b", "0b11111111"),
            (255, "_b", "1111_1111"),
            (8, "#o", "0o10"),
            (-8, "#010o", "-0o0000010"),
            (65, "c", "A"),
            (65, "^5c", "  A  "),
            (1234, "n", "1234"),
            (5, "*^9", "****5****"),
            (5, "<05", "50000"),
            (5, "x=5", "xxxx5"),
            (3, "e", "3.000000e+00"),
            (3, ".2f", "3.00"),
            (1, "%", "100.000000%"),
            (10, "g", "10"),
            (
                123456789,
                ".3",
                "Precision not allowed in integer format specifier",
            ),
            (
                1,
                "z",
                "Negative zero coercion (z) not allowed in integer format specifier",
            ),
            (1, "s", "Unknown format code 's' for object of type 'int'"),
            (
                1,
                "\u{5}",
                "Unknown format code '\\x5' for object of type 'int'",
            ),
            (
                1,
                "ä",
                "Unknown format code '\\xe4' for object of type 'int'",
            ),
            (
                65,
                "+c",
                "Sign not allowed with integer format specifier 'c'",
            ),
            (
                65,
                "#c",
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ),
            (-1, "c", "%c arg not in range(0x110000)"),
            (0x110000, "c", "%c arg not in range(0x110000)"),
            (5, "٥", "    5"),
        ];
        for &(v, spec, want) in cases {
            let got = f(v, spec);
            let got = got
                .strip_prefix("ValueError: ")
                .or_else(|| got.strip_prefix("OverflowError: "))
                .unwrap_or(&got);
            assert_eq!(got, want, "format({v}, {spec:?})");
        }
    }

    #[test]
    fn helpers_match_python() {
        // python3.11: hex(-255), oct(8), bin(5), hex(0), str(10**4300) ok, str(10**4300 * 10) fails
        assert_eq!(int_to_base(&BigInt::from(-255), 16, true), "-0xff");
        assert_eq!(int_to_base(&BigInt::from(8), 8, true), "0o10");
        assert_eq!(int_to_base(&BigInt::from(5), 2, true), "0b101");
        assert_eq!(int_to_base(&BigInt::from(0), 16, true), "0x0");
        assert_eq!(int_to_base(&BigInt::from(35), 99, false), "35");
        let ok = BigInt::from(10).pow(4299);
        assert_eq!(int_to_decimal(&ok).map(|s| s.len()).ok(), Some(4300));
        let bad = BigInt::from(10).pow(4300);
        assert_eq!(
            int_to_decimal(&-bad).map_err(|e| e.message).err().as_deref(),
            Some("Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit")
        );
        // python3.11: format(2**70, 'c') and '%c' % 2**70
        let big = BigInt::from(1) << 70usize;
        assert_eq!(
            py_format_int(&big, "c", "int")
                .map_err(|e| e.message)
                .err()
                .as_deref(),
            Some("Python int too large to convert to C long")
        );
        assert_eq!(
            int_to_char(&big, true)
                .map_err(|e| e.message)
                .err()
                .as_deref(),
            Some("%c arg not in range(0x110000)")
        );
        let huge = BigInt::from(10).pow(5000);
        assert!(py_format_int(&huge, "x", "int").is_ok());
        assert_eq!(
            py_format_int(&huge, "e", "int")
                .map_err(|e| e.message)
                .err()
                .as_deref(),
            Some("int too large to convert to float")
        );
    }

    proptest! {
        #[test]
        fn never_panics(v in any::<i64>(), spec in "[<>=^0-9a-zA-Z ,_.#+%*-]{0,10}") {
            let _ = py_format_int(&BigInt::from(v), &spec, "int");
        }
    }
}
