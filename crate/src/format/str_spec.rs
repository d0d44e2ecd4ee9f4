//! `format(str, spec)`: a port of CPython 3.11's `format_string_internal`.

use super::error::FmtError;
use super::layout::{check_width, pad_text};
use super::spec::{parse_format_spec, unknown_code, Align, FormatSpec, SpecTarget};

/// `format(s, spec)` for a str with a parsed spec: type `s` only; the precision truncates (in
/// code points); left-aligned by default.
pub fn format_str(s: &str, spec: &FormatSpec) -> Result<String, FmtError> {
    match spec.type_ {
        None | Some('s') => {}
        Some(other) => return Err(unknown_code(other, "str")),
    }
    if let Some(sign) = spec.sign {
        return Err(FmtError::value(if sign == super::spec::Sign::Space {
            "Space not allowed in string format specifier"
        } else {
            "Sign not allowed in string format specifier"
        }));
    }
    if spec.no_neg_zero {
        return Err(FmtError::value(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if spec.alternate {
        return Err(FmtError::value(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    let align = spec.align_or(Align::Left);
    if align == Align::AfterSign {
        return Err(FmtError::value(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    check_width(spec)?;
    let text = match spec.precision {
        Some(p) => match s.char_indices().nth(p) {
            Some((cut, _)) => &s[..cut],
            None => s,
        },
        None => s,
    };
    Ok(pad_text(text, spec.width, align, spec.fill_char()))
}

/// `str.__format__(s, spec)`: an empty spec returns `s`; otherwise parse with the str defaults.
pub fn py_format_str(s: &str, spec: &str) -> Result<String, FmtError> {
    if spec.is_empty() {
        return Ok(s.to_string());
    }
    let parsed = parse_format_spec(spec, SpecTarget::Str, "str")?;
    format_str(s, &parsed)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn f(s: &str, spec: &str) -> String {
        py_format_str(s, spec).unwrap_or_else(|e| e.message)
    }

    #[test]
    fn matches_python_format() {
        // Expected strings captured from python3.11: format(s, spec)
        let cases: &[(&str, &str, &str)] = &[
            ("ab", "", "ab"),
            ("ab", "5", "ab   "),
            ("ab", ">5", "   ab"),
            ("ab", "^5", " ab  "),
            ("ab", "*^6", "**ab**"),
            ("ab", "05", "ab000"),
            ("abcdef", ".3", "abc"),
            ("abcdef", "5.3", "abc  "),
            ("héllo", ".2", "hé"),
            ("中文", "^6", "  中文  "),
            ("ab", "s", "ab"),
            ("ab", "1", "ab"),
            ("a", "+", "Sign not allowed in string format specifier"),
            ("a", "-", "Sign not allowed in string format specifier"),
            ("a", " ", "Space not allowed in string format specifier"),
            (
                "a",
                "z",
                "Negative zero coercion (z) not allowed in string format specifier",
            ),
            (
                "a",
                "#",
                "Alternate form (#) not allowed in string format specifier",
            ),
            (
                "a",
                "=",
                "'=' alignment not allowed in string format specifier",
            ),
            ("a", ",", "Cannot specify ',' with 's'."),
            (
                "a",
                "abc",
                "Invalid format specifier 'abc' for object of type 'str'",
            ),
            ("a", "d", "Unknown format code 'd' for object of type 'str'"),
        ];
        for &(s, spec, want) in cases {
            assert_eq!(f(s, spec), want, "format({s:?}, {spec:?})");
        }
    }

    proptest! {
        #[test]
        fn never_panics(s in "\\PC{0,6}", spec in "\\PC{0,10}") {
            let _ = py_format_str(&s, &spec);
        }
    }
}
