//! The format-spec mini-language:
//! `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
//!
//! A port of CPython 3.11's `parse_internal_render_format_spec` (Python/formatter_unicode.c),
//! including its validation of grouping against the type and its error messages.

use super::error::FmtError;
use super::unicode::decimal_value;

/// Alignment of a format spec.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    /// `<`
    Left,
    /// `>`
    Right,
    /// `^`
    Center,
    /// `=`: padding between the sign (and prefix) and the digits.
    AfterSign,
}

/// Sign option of a format spec.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sign {
    /// `+`: always a sign.
    Plus,
    /// `-`: a sign for negatives only (the default behaviour, but "specified").
    Minus,
    /// ` `: a space for non-negatives.
    Space,
}

/// Thousands grouping option.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grouping {
    /// `,` (decimal types only).
    Comma,
    /// `_` (decimal types: every 3 digits; `b o x X`: every 4).
    Underscore,
}

/// Which builtin's `__format__` parses the spec: fixes the default type and alignment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SpecTarget {
    /// `int` (and `bool`): default type `d`, right-aligned.
    Int,
    /// `float`: no default type, right-aligned.
    Float,
    /// `str`: default type `s`, left-aligned.
    Str,
}

impl SpecTarget {
    /// The type CPython assumes when the spec names none.
    pub fn default_type(self) -> Option<char> {
        match self {
            SpecTarget::Int => Some('d'),
            SpecTarget::Float => None,
            SpecTarget::Str => Some('s'),
        }
    }

    /// The alignment CPython assumes when the spec names none.
    pub fn default_align(self) -> Align {
        match self {
            SpecTarget::Str => Align::Left,
            _ => Align::Right,
        }
    }
}

/// A parsed format spec. Options not written in the spec are `None` / `false`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct FormatSpec {
    /// Explicit fill character (only possible together with an alignment).
    pub fill: Option<char>,
    /// Explicit alignment.
    pub align: Option<Align>,
    /// Sign option.
    pub sign: Option<Sign>,
    /// `z`: coerce negative zero to zero (floats only).
    pub no_neg_zero: bool,
    /// `#`: alternate form.
    pub alternate: bool,
    /// The `0` flag before the width (zero padding), only when no explicit fill was given.
    pub zero: bool,
    /// Minimum field width.
    pub width: Option<usize>,
    /// Thousands separator.
    pub grouping: Option<Grouping>,
    /// Precision.
    pub precision: Option<usize>,
    /// Presentation type character; `None` when the spec has none (the target's default then
    /// applies; for `int`/`str` the parser already filled it in).
    pub type_: Option<char>,
}

impl FormatSpec {
    /// The fill character in effect: the explicit one, else `0` with the zero flag, else space.
    pub fn fill_char(&self) -> char {
        match self.fill {
            Some(c) => c,
            None if self.zero => '0',
            None => ' ',
        }
    }

    /// The alignment in effect given the target's default (`0` turns `>` into `=`).
    pub fn align_or(&self, default: Align) -> Align {
        match self.align {
            Some(a) => a,
            None if self.zero && default == Align::Right => Align::AfterSign,
            None => default,
        }
    }
}

/// `'c'` in CPython's messages: the char itself when printable ASCII, else `\x..`.
pub(crate) fn code_for_message(c: char) -> String {
    let n = u32::from(c);
    if n > 32 && n < 128 {
        c.to_string()
    } else {
        format!("\\x{n:x}")
    }
}

/// `Unknown format code 'x' for object of type 'float'` (ValueError).
pub(crate) fn unknown_code(c: char, type_name: &str) -> FmtError {
    FmtError::value(format!(
        "Unknown format code '{}' for object of type '{}'",
        code_for_message(c),
        type_name
    ))
}

fn is_align(c: char) -> Option<Align> {
    match c {
        '<' => Some(Align::Left),
        '>' => Some(Align::Right),
        '^' => Some(Align::Center),
        '=' => Some(Align::AfterSign),
        _ => None,
    }
}

/// Read decimal digits (any Unicode decimal, as CPython's `get_integer`) from `pos`.
/// Returns `None` when there were none.
fn get_integer(chars: &[char], pos: &mut usize) -> Result<Option<usize>, FmtError> {
    let mut value: i64 = 0;
    let mut any = false;
    while let Some(d) = chars.get(*pos).and_then(|&c| decimal_value(c)) {
        let d = i64::from(d);
        if value > (i64::MAX - d) / 10 {
            return Err(FmtError::value("Too many decimal digits in format string"));
        }
        value = value * 10 + d;
        any = true;
        *pos += 1;
    }
    Ok(if any {
        Some(usize::try_from(value).unwrap_or(usize::MAX))
    } else {
        None
    })
}

/// Parse a format spec the way `target`'s `__format__` does; `type_name` is the object's type
/// for error messages (`'int'`, `'bool'`, `'float'`, `'str'`).
pub fn parse_format_spec(
    spec: &str,
    target: SpecTarget,
    type_name: &str,
) -> Result<FormatSpec, FmtError> {
    let chars: Vec<char> = spec.chars().collect();
    let end = chars.len();
    let mut pos = 0usize;
    let mut out = FormatSpec::default();
    let at = |i: usize| chars.get(i).copied();

    if let Some(align) = at(1).and_then(is_align) {
        out.fill = at(0);
        out.align = Some(align);
        pos = 2;
    } else if let Some(align) = at(0).and_then(is_align) {
        out.align = Some(align);
        pos = 1;
    }
    match at(pos) {
        Some('+') => out.sign = Some(Sign::Plus),
        Some('-') => out.sign = Some(Sign::Minus),
        Some(' ') => out.sign = Some(Sign::Space),
        _ => {}
    }
    if out.sign.is_some() {
        pos += 1;
    }
    if at(pos) == Some('z') {
        out.no_neg_zero = true;
        pos += 1;
    }
    if at(pos) == Some('#') {
        out.alternate = true;
        pos += 1;
    }
    if out.fill.is_none() && at(pos) == Some('0') {
        out.zero = true;
        pos += 1;
    }
    out.width = get_integer(&chars, &mut pos)?;
    if at(pos) == Some(',') {
        out.grouping = Some(Grouping::Comma);
        pos += 1;
    }
    if at(pos) == Some('_') {
        if out.grouping.is_some() {
            return Err(FmtError::value("Cannot specify both ',' and '_'."));
        }
        out.grouping = Some(Grouping::Underscore);
        pos += 1;
    }
    if at(pos) == Some(',') && out.grouping == Some(Grouping::Underscore) {
        return Err(FmtError::value("Cannot specify both ',' and '_'."));
    }
    if at(pos) == Some('.') {
        pos += 1;
        out.precision = get_integer(&chars, &mut pos)?;
        if out.precision.is_none() {
            return Err(FmtError::value("Format specifier missing precision"));
        }
    }
    if end > pos + 1 {
        return Err(FmtError::value(format!(
            "Invalid format specifier '{spec}' for object of type '{type_name}'"
        )));
    }
    out.type_ = at(pos).or(target.default_type());

    if let Some(grouping) = out.grouping {
        let allowed = match out.type_ {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => true,
            Some('b' | 'o' | 'x' | 'X') => grouping == Grouping::Underscore,
            _ => false,
        };
        if !allowed {
            let sep = if grouping == Grouping::Comma {
                ','
            } else {
                '_'
            };
            let t = out.type_.map(code_for_message).unwrap_or_default();
            return Err(FmtError::value(format!(
                "Cannot specify '{sep}' with '{t}'."
            )));
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn err(spec: &str, target: SpecTarget, name: &str) -> String {
        parse_format_spec(spec, target, name)
            .map(|_| String::from("ok"))
            .unwrap_or_else(|e| e.message)
    }

    #[test]
    fn parses_every_part() {
        let s = parse_format_spec("*^+z#012_.3f", SpecTarget::Float, "float");
        let s = s.unwrap_or_default();
        assert_eq!(s.fill, Some('*'));
        assert_eq!(s.align, Some(Align::Center));
        assert_eq!(s.sign, Some(Sign::Plus));
        assert!(s.no_neg_zero && s.alternate);
        assert!(!s.zero, "0 after an explicit fill is part of the width");
        assert_eq!(s.width, Some(12));
        assert_eq!(s.grouping, Some(Grouping::Underscore));
        assert_eq!(s.precision, Some(3));
        assert_eq!(s.type_, Some('f'));
        let z = parse_format_spec("010", SpecTarget::Int, "int").unwrap_or_default();
        assert!(z.zero);
        assert_eq!(z.width, Some(10));
        assert_eq!(z.align_or(Align::Right), Align::AfterSign);
        assert_eq!(z.fill_char(), '0');
        assert_eq!(z.type_, Some('d'));
    }

    #[test]
    fn errors_match_python() {
        // Messages captured from python3.11 (format(value, spec)).
        use SpecTarget::*;
        assert_eq!(
            err("abc", Str, "str"),
            "Invalid format specifier 'abc' for object of type 'str'"
        );
        assert_eq!(
            err("abc", Int, "int"),
            "Invalid format specifier 'abc' for object of type 'int'"
        );
        assert_eq!(
            err(".", Float, "float"),
            "Format specifier missing precision"
        );
        assert_eq!(err(",_", Int, "int"), "Cannot specify both ',' and '_'.");
        assert_eq!(err("_,", Int, "int"), "Cannot specify both ',' and '_'.");
        assert_eq!(err(",x", Int, "int"), "Cannot specify ',' with 'x'.");
        assert_eq!(err("_n", Int, "int"), "Cannot specify '_' with 'n'.");
        assert_eq!(err(",", Str, "str"), "Cannot specify ',' with 's'.");
        assert_eq!(
            err("99999999999999999999", Int, "int"),
            "Too many decimal digits in format string"
        );
        assert_eq!(err("_x", Int, "int"), "ok");
        assert_eq!(err(",", Float, "float"), "ok");
        assert_eq!(err("٥", Int, "int"), "ok");
    }

    proptest! {
        #[test]
        fn never_panics(spec in "\\PC{0,12}") {
            let _ = parse_format_spec(&spec, SpecTarget::Int, "int");
            let _ = parse_format_spec(&spec, SpecTarget::Float, "float");
            let _ = parse_format_spec(&spec, SpecTarget::Str, "str");
        }
    }
}
