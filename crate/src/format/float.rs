//! `format(float, spec)`: a port of CPython 3.11's `format_float_internal`.

use super::dtoa::{double_to_string, DtoaFlags};
use super::error::{FmtError, MAX_FIELD};
use super::layout::{check_width, fill_number, NumberParts};
use super::spec::{parse_format_spec, unknown_code, Align, FormatSpec, SpecTarget};

/// `format(x, spec)` for a float with a parsed spec (types `e E f F g G n %` and none).
///
/// No type means `repr(x)` without a precision and `g`-like with one (but keeping at least one
/// digit after the point: `f'{2.5:.3}' == '2.5'`, `f'{1e20:.3}' == '1e+20'`).
pub fn format_float(x: f64, spec: &FormatSpec) -> Result<String, FmtError> {
    check_width(spec)?;
    let mut code = match spec.type_ {
        None => 'r',
        Some(c @ ('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%')) => c,
        Some(other) => return Err(unknown_code(other, "float")),
    };
    if spec.precision.is_some_and(|p| p > MAX_FIELD) {
        return Err(FmtError::too_big());
    }
    let mut flags = DtoaFlags {
        alt: spec.alternate,
        no_neg_0: spec.no_neg_zero,
        ..DtoaFlags::default()
    };
    let mut default_precision = 6;
    if code == 'r' {
        flags.add_dot_0 = true;
        default_precision = 0;
    }
    if code == 'n' {
        code = 'g';
    }
    let mut value = x;
    let mut add_pct = false;
    if code == '%' {
        code = 'f';
        value *= 100.0;
        add_pct = true;
    }
    let precision = match spec.precision {
        None => default_precision,
        Some(p) => {
            if code == 'r' {
                code = 'g';
            }
            p
        }
    };
    let mut text = double_to_string(value, code, precision, flags)?;
    if add_pct {
        text.push('%');
    }
    let (negative, body) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.as_str()),
    };
    let digit_end = body
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(body.len());
    let (digits, rest) = body.split_at(digit_end);
    let (has_decimal, remainder) = match rest.strip_prefix('.') {
        Some(r) => (true, r),
        None => (false, rest),
    };
    let parts = NumberParts {
        negative,
        prefix: "",
        digits,
        has_decimal,
        remainder,
    };
    Ok(fill_number(&parts, spec, Align::Right))
}

/// `float.__format__(x, spec)`: parse `spec` with the float defaults and format
/// (an empty spec gives `str(x)`).
pub fn py_format_float(x: f64, spec: &str) -> Result<String, FmtError> {
    let parsed = parse_format_spec(spec, SpecTarget::Float, "float")?;
    format_float(x, &parsed)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn f(x: f64, spec: &str) -> String {
        py_format_float(x, spec).unwrap_or_else(|e| e.message)
    }

    #[test]
    fn matches_python_format() {
        // Expected strings captured from python3.11: format(x, spec)
        let cases: &[(f64, &str, &str)] = &[
            (1.0, "", "1.0"),
            (2.5, ".3", "2.5"),
            (0.1234567, ".3", "0.123"),
            (0.25, " .3", " 0.25"),
            (-0.25, " .3", "-0.25"),
            (1e20, ".3", "1e+20"),
            (123.0, ".3", "1.23e+02"),
            (100.0, ".3", "1e+02"),
            (0.5, ".2%", "50.00%"),
            (1234567.891, ",.2f", "1,234,567.89"),
            (3.14158, "10.3f", "     3.142"),
            (3.5, "<10", "3.5       "),
            (3.14158, "^9.1f", "   3.1   "),
            (12345.678, "+.1e", "+1.2e+04"),
            (2.675, ".2f", "2.67"),
            (0.125, ".2f", "0.12"),
            (0.5, ".0f", "0"),
            (1.5, ".0f", "2"),
            (f64::INFINITY, "", "inf"),
            (f64::NEG_INFINITY, "+", "-inf"),
            (f64::INFINITY, "+", "+inf"),
            (f64::NAN, "+.2f", "+nan"),
            (f64::INFINITY, "010", "0000000inf"),
            (f64::INFINITY, "F", "INF"),
            (f64::NAN, "E", "NAN"),
            (f64::INFINITY, "%", "inf%"),
            (-0.0, "z", "0.0"),
            (-0.0, "z.1f", "0.0"),
            (-0.0001, "z.2f", "0.00"),
            (-0.0001, ".2f", "-0.00"),
            (-0.0, "", "-0.0"),
            (-1234.5, "012,.1f", "-0,001,234.5"),
            (1234.5, "_", "1_234.5"),
            (1e16, ",", "1e+16"),
            (123456789.0, ",", "123,456,789.0"),
            (1.0, "e", "1.000000e+00"),
            (1.0, "#.0e", "1.e+00"),
            (1.0, "#.0f", "1."),
            (1.0, "g", "1"),
            (1.0, "#g", "1.00000"),
            (0.00001, "g", "1e-05"),
            (1e-5, "G", "1E-05"),
            (1.5, "n", "1.5"),
            (1234567.0, "n", "1.23457e+06"),
            (3.0, "=+8.2f", "+   3.00"),
            (3.0, "x<8", "3.0xxxxx"),
            (1.5, "d", "Unknown format code 'd' for object of type 'float'"),
            (1.5, "x", "Unknown format code 'x' for object of type 'float'"),
            (1.5, ".", "Format specifier missing precision"),
            (1.5, ",n", "Cannot specify ',' with 'n'."),
            (1e300, ".0f", "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160"),
            (0.1, ".20f", "0.10000000000000000555"),
            (5e-324, ".3g", "4.94e-324"),
            (9.5, ".0f", "10"),
            (0.05, ".1f", "0.1"),
            (0.15, ".1f", "0.1"),
            (0.25, ".1f", "0.2"),
            (0.35, ".1f", "0.3"),
            (1.0, ".1", "1e+00"),
            (10.0, ".2", "1e+01"),
            (0.0, ".3", "0.0"),
            (0.0, "%", "0.000000%"),
            (0.001, ".1%", "0.1%"),
        ];
        for &(x, spec, want) in cases {
            assert_eq!(f(x, spec), want, "format({x:?}, {spec:?})");
        }
    }

    proptest! {
        #[test]
        fn fixed_parses_back(bits in any::<u64>(), p in 0usize..20) {
            let x = f64::from_bits(bits);
            prop_assume!(x.is_finite() && x.abs() < 1e300);
            let text = f(x, &format!(".{p}f"));
            let back: f64 = text.parse().map_err(|e| TestCaseError::fail(format!("{text}: {e}")))?;
            let tolerance = 0.5 * 10f64.powi(-(p as i32)) * 1.000001 + x.abs() * 1e-15;
            prop_assert!((back - x).abs() <= tolerance, "{} vs {}", text, x);
        }

        #[test]
        fn never_panics(bits in any::<u64>(), spec in "[<>=^0-9a-zA-Z ,_.#+%*-]{0,10}") {
            let _ = py_format_float(f64::from_bits(bits), &spec);
        }
    }
}
