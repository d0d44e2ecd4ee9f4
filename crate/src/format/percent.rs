//! printf-style formatting, `fmt % args`: a port of CPython 3.11's `PyUnicode_Format`.
//!
//! Two layers:
//! - [`parse_percent`] splits the format string into [`PercentPiece`]s once (it never fails:
//!   a malformed conversion carries its error, raised at the point CPython raises it), and
//!   [`render_percent`] renders one conversion from resolved width/precision and its argument.
//! - [`percent_format`] drives both exactly in CPython's order (mapping key, `*` width, `*`
//!   precision, deferred parse error, value, conversion), fetching each argument lazily through
//!   the [`PercentSource`] the VM implements, and applies CPython's argument-count checks.

use super::convert::{float_to_int, int_to_f64};
use super::dtoa::{double_to_string, DtoaFlags};
use super::error::{FmtError, MAX_FIELD};
use super::float_repr::float_repr;
use super::int::{int_to_char, int_to_decimal};
use super::str_repr::{str_ascii, str_repr};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

/// The flags of one conversion: `-`, `+`, space, `#`, `0`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PercentFlags {
    /// `-`: left-justify.
    pub left: bool,
    /// `+`: always a sign on numbers.
    pub sign: bool,
    /// ` `: a space before non-negative numbers.
    pub blank: bool,
    /// `#`: alternate form.
    pub alt: bool,
    /// `0`: zero padding for numbers.
    pub zero: bool,
}

/// A width or precision as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PercentCount {
    /// Not given.
    Unset,
    /// Digits in the format string.
    Fixed(usize),
    /// `*`: taken from the next argument (an int).
    Star,
}

/// The mapping key of a conversion.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PercentKey {
    /// No `(key)`.
    Unset,
    /// `%(key)s`: look `key` up in the mapping operand.
    Key(String),
    /// `%(key` without its `)`: only the mapping check runs, then the spec's error is raised.
    Incomplete,
}

/// One parsed conversion.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PercentSpec {
    /// Mapping key.
    pub key: PercentKey,
    /// Flags.
    pub flags: PercentFlags,
    /// Width.
    pub width: PercentCount,
    /// Precision.
    pub precision: PercentCount,
    /// The conversion character (possibly unsupported; `'\0'` when the string ended).
    pub conversion: char,
    /// Index (in characters) of the conversion character, for the "unsupported" message.
    pub index: usize,
    /// A parse error (`incomplete format`, `incomplete format key`, `width too big`, ...),
    /// raised after the key lookup and `*` arguments and before the value is fetched.
    pub error: Option<FmtError>,
}

/// A piece of a `%` format string.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PercentPiece {
    /// Literal text (`%%` already turned into `%`).
    Literal(String),
    /// A conversion.
    Spec(PercentSpec),
}

/// What a conversion needs from its argument; the VM converts the Python value accordingly
/// (see [`percent_arg_from_int`], [`percent_arg_from_float`], [`percent_arg_from_str`] for the
/// builtin types and [`PercentNeed::type_error`] for other types).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PercentNeed {
    /// A `*` width or precision: an int (else `TypeError: * wants int`).
    Star,
    /// `%s`: `str(value)` as [`PercentArg::Str`].
    Str,
    /// `%r`: `repr(value)` as [`PercentArg::Str`].
    Repr,
    /// `%a`: `ascii(value)` as [`PercentArg::Str`].
    Ascii,
    /// `%d %i %u` (the char): an int; floats truncate as `int(x)` does.
    Int(char),
    /// `%o %x %X` (the char): an int through `__index__` (floats are refused).
    Index(char),
    /// `%e %E %f %F %g %G`: a float (ints convert).
    Float,
    /// `%c`: an int code point or a one-character str.
    Char,
    /// An unsupported conversion character: the value is fetched, then the error raised.
    Unsupported,
}

impl PercentNeed {
    /// The need of conversion character `c`.
    pub fn of(c: char) -> PercentNeed {
        match c {
            's' => PercentNeed::Str,
            'r' => PercentNeed::Repr,
            'a' => PercentNeed::Ascii,
            'd' | 'i' | 'u' => PercentNeed::Int(c),
            'o' | 'x' | 'X' => PercentNeed::Index(c),
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => PercentNeed::Float,
            'c' => PercentNeed::Char,
            _ => PercentNeed::Unsupported,
        }
    }

    /// The `TypeError` CPython raises when the argument, of type `type_name`, is not a number
    /// (for `Str`/`Repr`/`Ascii`/`Unsupported`, which accept anything, a generic message).
    pub fn type_error(self, type_name: &str) -> FmtError {
        FmtError::type_error(match self {
            PercentNeed::Star => String::from("* wants int"),
            PercentNeed::Int(c) => {
                format!("%{c} format: a real number is required, not {type_name}")
            }
            PercentNeed::Index(c) => {
                format!("%{c} format: an integer is required, not {type_name}")
            }
            PercentNeed::Float => format!("must be real number, not {type_name}"),
            PercentNeed::Char => String::from("%c requires int or char"),
            PercentNeed::Str
            | PercentNeed::Repr
            | PercentNeed::Ascii
            | PercentNeed::Unsupported => {
                format!("unexpected argument of type {type_name}")
            }
        })
    }
}

/// A conversion's argument, already converted by the VM as [`PercentNeed`] asked.
#[derive(Debug, Clone, PartialEq)]
pub enum PercentArg {
    /// An int (`*`, `%d`, `%x`, `%c` code point).
    Int(BigInt),
    /// A float (`%f`...).
    Float(f64),
    /// Text: the `str()`/`repr()`/`ascii()` of the value, or the one-character str of `%c`.
    Str(String),
}

/// [`PercentArg`] for a Python int (`bool` too) and what `need` asks.
pub fn percent_arg_from_int(need: PercentNeed, v: &BigInt) -> Result<PercentArg, FmtError> {
    Ok(match need {
        PercentNeed::Str | PercentNeed::Repr | PercentNeed::Ascii => {
            PercentArg::Str(int_to_decimal(v)?)
        }
        PercentNeed::Float => PercentArg::Float(int_to_f64(v)?),
        _ => PercentArg::Int(v.clone()),
    })
}

/// [`PercentArg`] for a Python float and what `need` asks.
pub fn percent_arg_from_float(need: PercentNeed, x: f64) -> Result<PercentArg, FmtError> {
    match need {
        PercentNeed::Str | PercentNeed::Repr | PercentNeed::Ascii => {
            Ok(PercentArg::Str(float_repr(x)))
        }
        PercentNeed::Int(_) => Ok(PercentArg::Int(float_to_int(x)?)),
        PercentNeed::Float | PercentNeed::Unsupported => Ok(PercentArg::Float(x)),
        PercentNeed::Star | PercentNeed::Index(_) | PercentNeed::Char => {
            Err(need.type_error("float"))
        }
    }
}

/// [`PercentArg`] for a Python str and what `need` asks.
pub fn percent_arg_from_str(need: PercentNeed, s: &str) -> Result<PercentArg, FmtError> {
    match need {
        PercentNeed::Str | PercentNeed::Unsupported => Ok(PercentArg::Str(s.to_string())),
        PercentNeed::Repr => Ok(PercentArg::Str(str_repr(s))),
        PercentNeed::Ascii => Ok(PercentArg::Str(str_ascii(s))),
        PercentNeed::Char if s.chars().count() == 1 => Ok(PercentArg::Str(s.to_string())),
        _ => Err(need.type_error("str")),
    }
}

/// Which argument the driver wants.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PercentArgRef {
    /// Item `i` of the tuple operand.
    Item(usize),
    /// The operand itself when it is not a tuple, or, after a `%(key)`, the looked-up value.
    Whole,
}

/// The shape of the right operand of `%`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PercentOperand {
    /// `Some(len)` when the operand is a tuple.
    pub tuple_len: Option<usize>,
    /// Whether it is a mapping for `%` purposes: CPython's `PyMapping_Check(args)` and not a
    /// tuple or str (so lists and dicts count; ints do not).
    pub is_mapping: bool,
}

/// How [`percent_format`] reaches the operand's values.
pub trait PercentSource {
    /// `%(key)`: make `operand[key]` the current argument (`KeyError` etc. on failure).
    fn select_key(&mut self, key: &str) -> Result<(), FmtError>;
    /// Fetch argument `which` and convert it as `need` says.
    fn arg(&mut self, which: PercentArgRef, need: PercentNeed) -> Result<PercentArg, FmtError>;
}

/// Read character `i`, or NUL past the end (CPython reads the string's terminator).
fn char_at(chars: &[char], i: isize) -> char {
    usize::try_from(i)
        .ok()
        .and_then(|i| chars.get(i))
        .copied()
        .unwrap_or('\0')
}

/// Split a `%` format string into pieces (see the module docs). Parsing stops after the first
/// conversion that carries an error.
pub fn parse_percent(fmt: &str) -> Vec<PercentPiece> {
    let chars: Vec<char> = fmt.chars().collect();
    let mut pieces = Vec::new();
    let mut literal = String::new();
    let mut pos: isize = 0;
    let mut cnt: isize = chars.len() as isize;
    loop {
        cnt -= 1;
        if cnt < 0 {
            break;
        }
        if char_at(&chars, pos) != '%' {
            let start = pos;
            pos += 1;
            while cnt >= 0 && char_at(&chars, pos) != '%' {
                pos += 1;
                cnt -= 1;
            }
            if cnt < 0 {
                pos -= 1;
            }
            for i in start..pos {
                literal.push(char_at(&chars, i));
            }
            continue;
        }
        pos += 1;
        if char_at(&chars, pos) == '%' {
            pos += 1;
            cnt -= 1;
            literal.push('%');
            continue;
        }
        if !literal.is_empty() {
            pieces.push(PercentPiece::Literal(std::mem::take(&mut literal)));
        }
        let spec = parse_one(&chars, &mut pos, &mut cnt);
        let stop = spec.error.is_some();
        pieces.push(PercentPiece::Spec(spec));
        if stop {
            return pieces;
        }
    }
    if !literal.is_empty() {
        pieces.push(PercentPiece::Literal(literal));
    }
    pieces
}

/// `unicode_format_arg_parse`: `pos` is just after the `%`, `cnt` the characters left from it.
fn parse_one(chars: &[char], pos: &mut isize, cnt: &mut isize) -> PercentSpec {
    let mut spec = PercentSpec {
        key: PercentKey::Unset,
        flags: PercentFlags::default(),
        width: PercentCount::Unset,
        precision: PercentCount::Unset,
        conversion: '\0',
        index: 0,
        error: None,
    };
    let mut ch = char_at(chars, *pos);
    if ch == '(' {
        *pos += 1;
        *cnt -= 1;
        let keystart = *pos;
        let mut pcount = 1;
        while pcount > 0 {
            *cnt -= 1;
            if *cnt < 0 {
                break;
            }
            ch = char_at(chars, *pos);
            if ch == ')' {
                pcount -= 1;
            } else if ch == '(' {
                pcount += 1;
            }
            *pos += 1;
        }
        if *cnt < 0 || pcount > 0 {
            spec.key = PercentKey::Incomplete;
            spec.error = Some(FmtError::value("incomplete format key"));
            return spec;
        }
        let key: String = (keystart..*pos - 1).map(|i| char_at(chars, i)).collect();
        spec.key = PercentKey::Key(key);
    }
    loop {
        *cnt -= 1;
        if *cnt < 0 {
            break;
        }
        ch = char_at(chars, *pos);
        *pos += 1;
        match ch {
            '-' => spec.flags.left = true,
            '+' => spec.flags.sign = true,
            ' ' => spec.flags.blank = true,
            '#' => spec.flags.alt = true,
            '0' => spec.flags.zero = true,
            _ => break,
        }
    }
    let next = |ch: &mut char, pos: &mut isize, cnt: &mut isize| {
        *cnt -= 1;
        if *cnt >= 0 {
            *ch = char_at(chars, *pos);
            *pos += 1;
        }
    };
    // Digits of a width/precision; `limit` is CPython's overflow bound.
    let read_number = |first: char, ch: &mut char, pos: &mut isize, cnt: &mut isize, limit: u64| {
        let mut value = u64::from(first) - u64::from('0');
        loop {
            *cnt -= 1;
            if *cnt < 0 {
                break;
            }
            *ch = char_at(chars, *pos);
            *pos += 1;
            if !ch.is_ascii_digit() {
                break;
            }
            let d = u64::from(*ch) - u64::from('0');
            if value > (limit - d) / 10 {
                return None;
            }
            value = value * 10 + d;
        }
        Some(usize::try_from(value).unwrap_or(usize::MAX))
    };
    if ch == '*' {
        spec.width = PercentCount::Star;
        next(&mut ch, pos, cnt);
    } else if ch.is_ascii_digit() {
        match read_number(ch, &mut ch, pos, cnt, i64::MAX as u64) {
            Some(w) => spec.width = PercentCount::Fixed(w),
            None => {
                spec.error = Some(FmtError::value("width too big"));
                return spec;
            }
        }
    }
    if ch == '.' {
        spec.precision = PercentCount::Fixed(0);
        next(&mut ch, pos, cnt);
        if ch == '*' {
            spec.precision = PercentCount::Star;
            next(&mut ch, pos, cnt);
        } else if ch.is_ascii_digit() {
            match read_number(ch, &mut ch, pos, cnt, i32::MAX as u64) {
                Some(p) => spec.precision = PercentCount::Fixed(p),
                None => {
                    spec.error = Some(FmtError::value("precision too big"));
                    return spec;
                }
            }
        }
    }
    if *cnt >= 0 && matches!(ch, 'h' | 'l' | 'L') {
        next(&mut ch, pos, cnt);
    }
    if *cnt < 0 {
        spec.error = Some(FmtError::value("incomplete format"));
        return spec;
    }
    spec.conversion = ch;
    spec.index = usize::try_from(*pos - 1).unwrap_or(0);
    spec
}

/// `_PyUnicode_FormatLong`: sign, optional `0o`/`0x`/`0X`, digits zero-extended to `prec`.
fn format_long(v: &BigInt, alt: bool, prec: Option<usize>, conv: char) -> Result<String, FmtError> {
    let magnitude = v.abs();
    let (mut digits, marker) = match conv {
        'o' => (magnitude.to_str_radix(8), "0o"),
        'x' => (magnitude.to_str_radix(16), "0x"),
        'X' => (magnitude.to_str_radix(16).to_ascii_uppercase(), "0X"),
        _ => (int_to_decimal(&magnitude)?, ""),
    };
    if let Some(p) = prec {
        if p > digits.len() {
            digits = format!("{}{digits}", "0".repeat(p - digits.len()));
        }
    }
    let sign = if v.is_negative() { "-" } else { "" };
    let marker = if alt { marker } else { "" };
    Ok(format!("{sign}{marker}{digits}"))
}

fn unsupported(conv: char, index: usize) -> FmtError {
    let c = u32::from(conv);
    let shown = if (31..=126).contains(&c) { conv } else { '?' };
    FmtError::value(format!(
        "unsupported format character '{shown}' (0x{c:x}) at index {index}"
    ))
}

/// Render one conversion (`unicode_format_arg_format` + `unicode_format_arg_output`).
///
/// `conversion` and `index` come from the [`PercentSpec`]; `flags` are its flags (with `left`
/// set by the caller when a `*` width was negative); `width` and `precision` are resolved.
pub fn render_percent(
    conversion: char,
    index: usize,
    flags: PercentFlags,
    width: Option<usize>,
    precision: Option<usize>,
    arg: &PercentArg,
) -> Result<String, FmtError> {
    if width.is_some_and(|w| w > MAX_FIELD) || precision.is_some_and(|p| p > MAX_FIELD) {
        return Err(FmtError::too_big());
    }
    let need = PercentNeed::of(conversion);
    let (text, numeric) = match (need, arg) {
        (PercentNeed::Unsupported, _) => return Err(unsupported(conversion, index)),
        (PercentNeed::Str | PercentNeed::Repr | PercentNeed::Ascii, PercentArg::Str(s)) => {
            (s.clone(), false)
        }
        (PercentNeed::Str | PercentNeed::Repr | PercentNeed::Ascii, PercentArg::Int(v)) => {
            (int_to_decimal(v)?, false)
        }
        (PercentNeed::Str | PercentNeed::Repr | PercentNeed::Ascii, PercentArg::Float(x)) => {
            (float_repr(*x), false)
        }
        (PercentNeed::Int(_) | PercentNeed::Index(_), PercentArg::Int(v)) => {
            (format_long(v, flags.alt, precision, conversion)?, true)
        }
        (PercentNeed::Int(_), PercentArg::Float(x)) => (
            format_long(&float_to_int(*x)?, flags.alt, precision, conversion)?,
            true,
        ),
        (PercentNeed::Index(_), PercentArg::Float(_)) => return Err(need.type_error("float")),
        (PercentNeed::Int(_) | PercentNeed::Index(_) | PercentNeed::Float, PercentArg::Str(_)) => {
            return Err(need.type_error("str"))
        }
        (PercentNeed::Float, PercentArg::Float(_) | PercentArg::Int(_)) => {
            let x = match arg {
                PercentArg::Int(v) => int_to_f64(v)?,
                PercentArg::Float(x) => *x,
                PercentArg::Str(_) => 0.0,
            };
            let dtoa = DtoaFlags {
                alt: flags.alt,
                ..DtoaFlags::default()
            };
            (
                double_to_string(x, conversion, precision.unwrap_or(6), dtoa)?,
                true,
            )
        }
        (PercentNeed::Char, PercentArg::Int(v)) => (int_to_char(v, true)?.to_string(), false),
        (PercentNeed::Char, PercentArg::Str(s)) if s.chars().count() == 1 => (s.clone(), false),
        (PercentNeed::Char | PercentNeed::Star, _) => return Err(need.type_error("float")),
    };
    Ok(output(&text, conversion, flags, width, precision, numeric))
}

/// `unicode_format_arg_output`: truncation, sign, alternate prefix and padding.
fn output(
    text: &str,
    conv: char,
    flags: PercentFlags,
    width: Option<usize>,
    prec: Option<usize>,
    numeric: bool,
) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut len = chars.len();
    let fill = if numeric && flags.zero { '0' } else { ' ' };
    if width.is_none_or(|w| w <= len)
        && prec.is_none_or(|p| p >= len)
        && !(flags.sign || flags.blank)
    {
        return text.to_string();
    }
    if matches!(conv, 's' | 'r' | 'a') {
        if let Some(p) = prec {
            len = len.min(p);
        }
    }
    let mut pindex = 0usize;
    let mut sign = numeric;
    let mut signchar = '\0';
    if sign {
        let first = chars.first().copied().unwrap_or('\0');
        if first == '-' || first == '+' {
            signchar = first;
            len = len.saturating_sub(1);
            pindex = 1;
        } else if flags.sign {
            signchar = '+';
        } else if flags.blank {
            signchar = ' ';
        } else {
            sign = false;
        }
    }
    let mut width = width.unwrap_or(0).max(len);
    let mut out = String::with_capacity(width + 2);
    if sign {
        if fill != ' ' {
            out.push(signchar);
        }
        if width > len {
            width -= 1;
        }
    }
    let alt_prefix = flags.alt && matches!(conv, 'x' | 'X' | 'o');
    let prefix: String = chars.iter().skip(pindex).take(2).collect();
    if alt_prefix {
        if fill != ' ' {
            out.push_str(&prefix);
            pindex += 2;
        }
        width = width.saturating_sub(2);
        len = len.saturating_sub(2);
    }
    if width > len && !flags.left {
        out.extend(std::iter::repeat_n(fill, width - len));
        width = len;
    }
    if fill == ' ' {
        if sign {
            out.push(signchar);
        }
        if alt_prefix {
            out.push_str(&prefix);
            pindex += 2;
        }
    }
    out.extend(chars.iter().skip(pindex).take(len));
    if width > len {
        out.extend(std::iter::repeat_n(' ', width - len));
    }
    out
}

/// CPython's argument cursor (`arglen` / `argidx`).
struct Cursor {
    arglen: isize,
    argidx: isize,
}

impl Cursor {
    fn next(&mut self) -> Result<PercentArgRef, FmtError> {
        if self.argidx < self.arglen {
            let i = self.argidx;
            self.argidx += 1;
            if self.arglen < 0 {
                Ok(PercentArgRef::Whole)
            } else {
                Ok(PercentArgRef::Item(usize::try_from(i).unwrap_or(0)))
            }
        } else {
            Err(FmtError::type_error(
                "not enough arguments for format string",
            ))
        }
    }
}

fn star_value(arg: PercentArg) -> Result<BigInt, FmtError> {
    match arg {
        PercentArg::Int(v) => Ok(v),
        _ => Err(PercentNeed::Star.type_error("")),
    }
}

/// `fmt % operand`: the whole of `PyUnicode_Format`, fetching arguments through `source`.
pub fn percent_format(
    fmt: &str,
    operand: PercentOperand,
    source: &mut dyn PercentSource,
) -> Result<String, FmtError> {
    let mut cursor = match operand.tuple_len {
        Some(n) => Cursor {
            arglen: isize::try_from(n).unwrap_or(isize::MAX),
            argidx: 0,
        },
        None => Cursor {
            arglen: -1,
            argidx: -2,
        },
    };
    let dict = operand.is_mapping && operand.tuple_len.is_none();
    let mut out = String::new();
    for piece in parse_percent(fmt) {
        let spec = match piece {
            PercentPiece::Literal(text) => {
                out.push_str(&text);
                continue;
            }
            PercentPiece::Spec(spec) => spec,
        };
        if spec.key != PercentKey::Unset && !dict {
            return Err(FmtError::type_error("format requires a mapping"));
        }
        if let PercentKey::Key(key) = &spec.key {
            source.select_key(key)?;
            cursor = Cursor {
                arglen: -1,
                argidx: -2,
            };
        }
        let mut flags = spec.flags;
        let width = match spec.width {
            PercentCount::Unset => None,
            PercentCount::Fixed(w) => Some(w),
            PercentCount::Star => {
                let which = cursor.next()?;
                let v = star_value(source.arg(which, PercentNeed::Star)?)?;
                let w = v.to_i64().ok_or_else(|| {
                    FmtError::overflow("Python int too large to convert to C ssize_t")
                })?;
                if w < 0 {
                    flags.left = true;
                }
                Some(usize::try_from(w.unsigned_abs()).unwrap_or(usize::MAX))
            }
        };
        let precision = match spec.precision {
            PercentCount::Unset => None,
            PercentCount::Fixed(p) => Some(p),
            PercentCount::Star => {
                let which = cursor.next()?;
                let v = star_value(source.arg(which, PercentNeed::Star)?)?;
                let p = v.to_i32().ok_or_else(|| {
                    FmtError::overflow("Python int too large to convert to C int")
                })?;
                Some(usize::try_from(p.max(0)).unwrap_or(0))
            }
        };
        if let Some(err) = spec.error {
            return Err(err);
        }
        let which = cursor.next()?;
        let arg = source.arg(which, PercentNeed::of(spec.conversion))?;
        out.push_str(&render_percent(
            spec.conversion,
            spec.index,
            flags,
            width,
            precision,
            &arg,
        )?);
        if dict && cursor.argidx < cursor.arglen {
            return Err(FmtError::type_error(
                "not all arguments converted during string formatting",
            ));
        }
    }
    if cursor.argidx < cursor.arglen && !dict {
        return Err(FmtError::type_error(
            "not all arguments converted during string formatting",
        ));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::collections::HashMap;

    /// A tiny Python value model for the tests.
    #[derive(Debug, Clone)]
    enum V {
        I(i64),
        F(f64),
        S(&'static str),
    }

    impl V {
        fn convert(&self, need: PercentNeed) -> Result<PercentArg, FmtError> {
            match self {
                V::I(i) => percent_arg_from_int(need, &BigInt::from(*i)),
                V::F(x) => percent_arg_from_float(need, *x),
                V::S(s) => percent_arg_from_str(need, s),
            }
        }
    }

    struct Src {
        items: Vec<V>,
        whole: Option<V>,
        map: HashMap<&'static str, V>,
    }

    impl PercentSource for Src {
        fn select_key(&mut self, key: &str) -> Result<(), FmtError> {
            let v = self.map.get(key).cloned().ok_or(FmtError {
                kind: super::super::ErrorKind::KeyError,
                message: format!("'{key}'"),
            })?;
            self.whole = Some(v);
            Ok(())
        }
        fn arg(&mut self, which: PercentArgRef, need: PercentNeed) -> Result<PercentArg, FmtError> {
            let v = match which {
                PercentArgRef::Item(i) => self.items.get(i).cloned(),
                PercentArgRef::Whole => self.whole.clone(),
            };
            v.map_or(Ok(PercentArg::Str(String::from("?"))), |v| v.convert(need))
        }
    }

    fn tuple(fmt: &str, items: &[V]) -> String {
        let mut src = Src {
            items: items.to_vec(),
            whole: None,
            map: HashMap::new(),
        };
        let operand = PercentOperand {
            tuple_len: Some(items.len()),
            is_mapping: false,
        };
        percent_format(fmt, operand, &mut src).unwrap_or_else(|e| e.to_string())
    }

    fn single(fmt: &str, v: V) -> String {
        let mut src = Src {
            items: Vec::new(),
            whole: Some(v),
            map: HashMap::new(),
        };
        let operand = PercentOperand {
            tuple_len: None,
            is_mapping: false,
        };
        percent_format(fmt, operand, &mut src).unwrap_or_else(|e| e.to_string())
    }

    fn mapping(fmt: &str, map: &[(&'static str, V)]) -> String {
        let mut src = Src {
            items: Vec::new(),
            whole: None,
            map: map.iter().cloned().collect(),
        };
        let operand = PercentOperand {
            tuple_len: None,
            is_mapping: true,
        };
        percent_format(fmt, operand, &mut src).unwrap_or_else(|e| e.to_string())
    }

    #[test]
    fn single_values_match_python() {
        use V::*;
        // Expected strings captured from python3.11: fmt % value
        let cases: &[(&str, V, &str)] = &[
            ("%#8o|", I(8), "    0o10|"),
            ("%#-8o|", I(8), "0o10    |"),
            ("%#08o", I(8), "0o000010"),
            ("%#08x|", I(-255), "-0x000ff|"),
            ("%+#08X|", I(255), "+0X000FF|"),
            ("%#x|", I(0), "0x0|"),
            ("% 08.3f|", F(-3.14158), "-003.142|"),
            ("%-+8.2f|", F(2.5), "+2.50   |"),
            ("%08.3e|", F(12345.678), "1.235e+04|"),
            ("%+s|", S("a"), "a|"),
            ("%5c|", I(65), "    A|"),
            ("%05c|", S("z"), "    z|"),
            ("%.0f", F(0.5), "0"),
            ("%#.0f", F(2.0), "2."),
            ("%g", F(1e-05), "1e-05"),
            ("%G", F(f64::INFINITY), "INF"),
            ("%+f", F(f64::NAN), "+nan"),
            ("%010.2f", F(f64::NEG_INFINITY), "-000000inf"),
            ("%.3s|", S("abcdef"), "abc|"),
            ("%r", S("a'b"), "\"a'b\""),
            ("%a", S("é"), "'\\xe9'"),
            ("%i", F(3.9), "3"),
            ("%u", I(-2), "-2"),
            ("%.5d|", I(-42), "-00042|"),
            ("%08.5d|", I(-42), "-0000042|"),
            ("%#.5x|", I(255), "0x000ff|"),
            ("%x", I(-255), "-ff"),
            ("%c", S("é"), "é"),
            ("%-05d|", I(3), "3    |"),
            ("%+05d|", I(3), "+0003|"),
            ("% 5d|", I(3), "    3|"),
            ("%#5X|", I(255), " 0XFF|"),
            ("%.3d|", I(-5), "-005|"),
            ("%5.1s|", S("abc"), "    a|"),
            ("%05s|", S("abc"), "  abc|"),
            ("%s", F(0.1), "0.1"),
            (
                "%d",
                S("a"),
                "TypeError: %d format: a real number is required, not str",
            ),
            (
                "%x",
                F(3.0),
                "TypeError: %x format: an integer is required, not float",
            ),
            ("%f", S("a"), "TypeError: must be real number, not str"),
            ("%c", F(3.0), "TypeError: %c requires int or char"),
            ("%c", S("ab"), "TypeError: %c requires int or char"),
            (
                "%c",
                I(0x110000),
                "OverflowError: %c arg not in range(0x110000)",
            ),
            (
                "%y",
                I(1),
                "ValueError: unsupported format character 'y' (0x79) at index 1",
            ),
            (
                "%5%|",
                I(1),
                "ValueError: unsupported format character '%' (0x25) at index 2",
            ),
            (
                "%\u{1}",
                I(1),
                "ValueError: unsupported format character '?' (0x1) at index 1",
            ),
            (
                "%é",
                I(1),
                "ValueError: unsupported format character '?' (0xe9) at index 1",
            ),
            ("abc%", I(1), "ValueError: incomplete format"),
            ("%.", I(1), "ValueError: incomplete format"),
            ("%5.", I(1), "ValueError: incomplete format"),
            ("%*", I(1), "ValueError: incomplete format"),
            ("%.*", I(1), "ValueError: incomplete format"),
            (
                "hello",
                I(5),
                "TypeError: not all arguments converted during string formatting",
            ),
            (
                "%%",
                I(5),
                "TypeError: not all arguments converted during string formatting",
            ),
            ("%(a)s", I(5), "TypeError: format requires a mapping"),
            ("%(a", I(5), "TypeError: format requires a mapping"),
            (
                "%d",
                F(f64::INFINITY),
                "OverflowError: cannot convert float infinity to integer",
            ),
        ];
        for (fmt, v, want) in cases {
            assert_eq!(single(fmt, v.clone()), *want, "{fmt:?} % {v:?}");
        }
    }

    #[test]
    fn tuples_and_mappings_match_python() {
        use V::*;
        // Expected strings captured from python3.11
        assert_eq!(tuple("%*.*f", &[I(8), I(2), F(3.14158)]), "    3.14");
        assert_eq!(tuple("%-*d|", &[I(4), I(7)]), "7   |");
        assert_eq!(tuple("%*d|", &[I(-5), I(3)]), "3    |");
        assert_eq!(tuple("%.*s|", &[I(-3), S("abc")]), "|");
        assert_eq!(tuple("%.*f", &[I(2), F(3.14158)]), "3.14");
        assert_eq!(tuple("%ld %hi %Lf", &[I(1), I(2), F(3.0)]), "1 2 3.000000");
        assert_eq!(
            tuple("%s", &[]),
            "TypeError: not enough arguments for format string"
        );
        assert_eq!(
            tuple("%y", &[]),
            "TypeError: not enough arguments for format string"
        );
        assert_eq!(
            tuple("%*", &[]),
            "TypeError: not enough arguments for format string"
        );
        assert_eq!(
            tuple("%5%|", &[]),
            "TypeError: not enough arguments for format string"
        );
        assert_eq!(
            tuple("%d%d", &[I(1)]),
            "TypeError: not enough arguments for format string"
        );
        assert_eq!(
            tuple("%s", &[I(1), I(2)]),
            "TypeError: not all arguments converted during string formatting"
        );
        assert_eq!(tuple("%*d", &[F(1.0), I(2)]), "TypeError: * wants int");
        assert_eq!(tuple("x%-", &[]), "ValueError: incomplete format");
        assert_eq!(tuple("hello", &[]), "hello");
        assert_eq!(tuple("%%", &[]), "%");
        assert_eq!(tuple("a%%b%sc", &[S("X")]), "a%bXc");
        assert_eq!(mapping("%(a)s-%(b)d", &[("a", S("x")), ("b", I(3))]), "x-3");
        assert_eq!(
            mapping("%(a)*d", &[("a", I(5))]),
            "TypeError: not enough arguments for format string"
        );
        assert_eq!(
            mapping("%(a)s %s", &[("a", I(1))]),
            "TypeError: not enough arguments for format string"
        );
        assert_eq!(mapping("%(a", &[]), "ValueError: incomplete format key");
        assert_eq!(
            mapping("%(a)", &[("a", I(1))]),
            "ValueError: incomplete format"
        );
        assert_eq!(
            mapping("%(a)5", &[("a", I(1))]),
            "ValueError: incomplete format"
        );
        assert_eq!(
            mapping("%(a)%", &[("a", I(1))]),
            "ValueError: unsupported format character '%' (0x25) at index 4"
        );
        assert_eq!(mapping("%(a)%", &[]), "KeyError: 'a'");
        assert_eq!(mapping("%(a(b))s", &[("a(b)", I(1))]), "1");
        assert_eq!(mapping("hello", &[]), "hello");
    }

    #[test]
    fn parse_records_structure() {
        let pieces = parse_percent("x%-+ #012.3ld%%");
        assert_eq!(pieces.len(), 3);
        match pieces.get(1) {
            Some(PercentPiece::Spec(s)) => {
                assert_eq!(s.conversion, 'd');
                assert_eq!(s.index, 12);
                assert_eq!(s.width, PercentCount::Fixed(12));
                assert_eq!(s.precision, PercentCount::Fixed(3));
                assert!(
                    s.flags.left && s.flags.sign && s.flags.blank && s.flags.alt && s.flags.zero
                );
            }
            other => panic!("unexpected {other:?}"),
        }
        assert_eq!(
            pieces.get(2),
            Some(&PercentPiece::Literal(String::from("%")))
        );
    }

    proptest! {
        #[test]
        fn never_panics(fmt in "[%()a-z0-9.*# +-]{0,12}\\PC{0,3}", n in 0usize..4) {
            let items = vec![V::I(7), V::F(-2.5), V::S("ab"), V::I(-300)];
            let items: Vec<V> = items.into_iter().take(n).collect();
            let _ = tuple(&fmt, &items);
            let _ = single(&fmt, V::F(1e300));
            let _ = mapping(&fmt, &[("a", V::I(1))]);
        }
    }
}
