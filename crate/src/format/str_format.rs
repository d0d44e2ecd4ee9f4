//! The field syntax of `str.format`: `{field_name[!conversion][:format_spec]}`.
//!
//! A port of CPython 3.11's Objects/stringlib/unicode_format.h (`MarkupIterator`,
//! `parse_field`, `field_name_split`, `FieldNameIterator`). The format string is parsed once
//! into [`FormatPiece`]s; rendering them in order (looking each field up, applying its
//! conversion, rendering its nested spec pieces, then calling `format(value, spec)`) reproduces
//! CPython's output and its errors in CPython's order: an error CPython only finds when it gets
//! there is stored as a [`FormatPiece::Error`] (parsing stops there) or a
//! [`FieldAccessor::Error`]. Automatic field numbers are resolved at parse time, which is
//! equivalent because CPython assigns them in this same order.

use super::error::{ErrorKind, FmtError};
use super::str_repr::str_repr;
use super::unicode::decimal_value;

/// A piece of a parsed `str.format` string.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormatPiece {
    /// Literal text (`{{` and `}}` already unescaped).
    Literal(String),
    /// A replacement field.
    Field(FormatField),
    /// An error to raise when rendering reaches this point (always the last piece).
    Error(FmtError),
}

/// A replacement field `{name!conversion:spec}`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatField {
    /// What to look up.
    pub name: FieldName,
    /// `!r`, `!s`, `!a` (or an unknown one, raised after the lookup).
    pub conversion: Option<Conversion>,
    /// The format spec as pieces (nested fields like `{:{width}}` included); render and
    /// concatenate them to get the spec text. Empty for no spec.
    pub spec: Vec<FormatPiece>,
}

/// A `!` conversion.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Conversion {
    /// `!s`: `str()`.
    Str,
    /// `!r`: `repr()`.
    Repr,
    /// `!a`: `ascii()`.
    Ascii,
    /// Any other character: `ValueError` once the field's object has been looked up.
    Unknown(char),
}

impl Conversion {
    /// The error of an unknown conversion (`Unknown conversion specifier x`), else `None`.
    pub fn error(self) -> Option<FmtError> {
        match self {
            Conversion::Unknown(c) => {
                let n = u32::from(c);
                let shown = if n > 32 && n < 127 {
                    c.to_string()
                } else {
                    format!("\\x{n:x}")
                };
                Some(FmtError::value(format!(
                    "Unknown conversion specifier {shown}"
                )))
            }
            _ => None,
        }
    }
}

/// A field name: a positional index or keyword, then `.attr` / `[index]` accessors.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldName {
    /// The argument it starts from.
    pub first: FieldFirst,
    /// The accessor chain, applied left to right.
    pub rest: Vec<FieldAccessor>,
}

/// The argument a field starts from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldFirst {
    /// `args[i]` (explicit or automatically numbered); missing: [`replacement_index_error`].
    Index(usize),
    /// `kwargs[name]`; missing: `KeyError` with the repr of the name.
    Keyword(String),
}

/// One step of a field's accessor chain.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldAccessor {
    /// `.name`: `getattr`.
    Attr(String),
    /// `[digits]`: `obj[int]`.
    Index(usize),
    /// `[text]`: `obj[str]`.
    Key(String),
    /// A malformed accessor, raised when the lookup reaches it (always last).
    Error(FmtError),
}

/// `IndexError: Replacement index 3 out of range for positional args tuple`.
pub fn replacement_index_error(index: usize) -> FmtError {
    FmtError {
        kind: ErrorKind::IndexError,
        message: format!("Replacement index {index} out of range for positional args tuple"),
    }
}

/// `KeyError` for a missing keyword field (`str(exc)` is the key's repr).
pub fn keyword_error(name: &str) -> FmtError {
    FmtError {
        kind: ErrorKind::KeyError,
        message: str_repr(name),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum AutoState {
    Init,
    Auto,
    Manual,
}

struct Parser {
    state: AutoState,
    next_index: usize,
}

/// `get_integer`: the value of an all-decimal-digit name, `None` when empty or not all digits.
fn get_integer(chars: &[char]) -> Result<Option<usize>, FmtError> {
    if chars.is_empty() {
        return Ok(None);
    }
    let mut acc: i64 = 0;
    for &c in chars {
        let Some(d) = decimal_value(c) else {
            return Ok(None);
        };
        let d = i64::from(d);
        if acc > (i64::MAX - d) / 10 {
            return Err(FmtError::value("Too many decimal digits in format string"));
        }
        acc = acc * 10 + d;
    }
    Ok(Some(usize::try_from(acc).unwrap_or(usize::MAX)))
}

/// The parts `parse_field` finds.
struct RawField {
    name: Vec<char>,
    conversion: Option<char>,
    spec: Vec<char>,
    needs_expanding: bool,
}

fn slice(chars: &[char], from: usize, to: usize) -> Vec<char> {
    chars
        .get(from..to)
        .map(<[char]>::to_vec)
        .unwrap_or_default()
}

/// `parse_field`: `pos` is just after the `{`; reads up to and including the closing `}`.
fn parse_field(chars: &[char], pos: &mut usize) -> Result<RawField, FmtError> {
    let end = chars.len();
    let name_start = *pos;
    let mut c = '\0';
    while let Some(&ch) = chars.get(*pos) {
        c = ch;
        *pos += 1;
        match c {
            '{' => return Err(FmtError::value("unexpected '{' in field name")),
            '[' => {
                while chars.get(*pos).is_some_and(|&x| x != ']') {
                    *pos += 1;
                }
                continue;
            }
            '}' | ':' | '!' => break,
            _ => continue,
        }
    }
    let name = slice(chars, name_start, pos.saturating_sub(1));
    let mut field = RawField {
        name,
        conversion: None,
        spec: Vec::new(),
        needs_expanding: false,
    };
    if c == '!' || c == ':' {
        if c == '!' {
            let Some(&conv) = chars.get(*pos) else {
                return Err(FmtError::value(
                    "end of string while looking for conversion specifier",
                ));
            };
            field.conversion = Some(conv);
            *pos += 1;
            if let Some(&next) = chars.get(*pos) {
                *pos += 1;
                if next == '}' {
                    return Ok(field);
                }
                if next != ':' {
                    return Err(FmtError::value("expected ':' after conversion specifier"));
                }
            }
        }
        let spec_start = *pos;
        let mut count = 1;
        while *pos < end {
            let ch = chars.get(*pos).copied().unwrap_or('\0');
            *pos += 1;
            if ch == '{' {
                field.needs_expanding = true;
                count += 1;
            } else if ch == '}' {
                count -= 1;
                if count == 0 {
                    field.spec = slice(chars, spec_start, *pos - 1);
                    return Ok(field);
                }
            }
        }
        return Err(FmtError::value("unmatched '{' in format spec"));
    }
    if c != '}' {
        return Err(FmtError::value("expected '}' before end of string"));
    }
    Ok(field)
}

/// The accessor chain after the first name part (`FieldNameIterator`).
fn parse_rest(rest: &[char]) -> Vec<FieldAccessor> {
    let mut out = Vec::new();
    let mut pos = 0usize;
    while let Some(&c) = rest.get(pos) {
        pos += 1;
        let (name, is_attr) = match c {
            '.' => {
                let start = pos;
                while rest.get(pos).is_some_and(|&x| x != '.' && x != '[') {
                    pos += 1;
                }
                (slice(rest, start, pos), true)
            }
            '[' => {
                let start = pos;
                while rest.get(pos).is_some_and(|&x| x != ']') {
                    pos += 1;
                }
                if pos >= rest.len() {
                    out.push(FieldAccessor::Error(FmtError::value(
                        "Missing ']' in format string",
                    )));
                    return out;
                }
                let name = slice(rest, start, pos);
                pos += 1;
                (name, false)
            }
            _ => {
                out.push(FieldAccessor::Error(FmtError::value(
                    "Only '.' or '[' may follow ']' in format field specifier",
                )));
                return out;
            }
        };
        let index = if is_attr {
            Ok(None)
        } else {
            get_integer(&name)
        };
        let index = match index {
            Ok(i) => i,
            Err(e) => {
                out.push(FieldAccessor::Error(e));
                return out;
            }
        };
        if name.is_empty() {
            out.push(FieldAccessor::Error(FmtError::value(
                "Empty attribute in format string",
            )));
            return out;
        }
        out.push(match (is_attr, index) {
            (true, _) => FieldAccessor::Attr(name.into_iter().collect()),
            (false, Some(i)) => FieldAccessor::Index(i),
            (false, None) => FieldAccessor::Key(name.into_iter().collect()),
        });
    }
    out
}

impl Parser {
    /// `field_name_split` with the auto-numbering checks.
    fn field_name(&mut self, name: &[char]) -> Result<FieldName, FmtError> {
        let split = name
            .iter()
            .position(|&c| c == '.' || c == '[')
            .unwrap_or(name.len());
        let first = slice(name, 0, split);
        let rest = slice(name, split, name.len());
        let index = get_integer(&first)?;
        let empty = first.is_empty();
        let numeric = empty || index.is_some();
        if self.state == AutoState::Init && numeric {
            self.state = if empty {
                AutoState::Auto
            } else {
                AutoState::Manual
            };
        }
        if numeric {
            if self.state == AutoState::Manual && empty {
                return Err(FmtError::value(
                    "cannot switch from manual field specification to automatic field numbering",
                ));
            }
            if self.state == AutoState::Auto && !empty {
                return Err(FmtError::value(
                    "cannot switch from automatic field numbering to manual field specification",
                ));
            }
        }
        let first = match index {
            _ if empty => {
                let i = self.next_index;
                self.next_index += 1;
                FieldFirst::Index(i)
            }
            Some(i) => FieldFirst::Index(i),
            None => FieldFirst::Keyword(first.into_iter().collect()),
        };
        Ok(FieldName {
            first,
            rest: parse_rest(&rest),
        })
    }

    /// `build_string` / `MarkupIterator`: `depth` starts at 2 as in CPython.
    fn build(&mut self, chars: &[char], depth: u32) -> Vec<FormatPiece> {
        let mut pieces = Vec::new();
        if depth == 0 {
            pieces.push(FormatPiece::Error(FmtError::value(
                "Max string recursion exceeded",
            )));
            return pieces;
        }
        let end = chars.len();
        let mut pos = 0usize;
        let mut literal = String::new();
        while pos < end {
            let start = pos;
            let mut c = '\0';
            let mut markup = false;
            while let Some(&ch) = chars.get(pos) {
                c = ch;
                pos += 1;
                if c == '{' || c == '}' {
                    markup = true;
                    break;
                }
            }
            let at_end = pos >= end;
            let mut len = pos - start;
            let next = chars.get(pos).copied();
            if markup && c == '}' && (at_end || next != Some('}')) {
                pieces.push(FormatPiece::Error(FmtError::value(
                    "Single '}' encountered in format string",
                )));
                return pieces;
            }
            if markup && at_end && c == '{' {
                pieces.push(FormatPiece::Error(FmtError::value(
                    "Single '{' encountered in format string",
                )));
                return pieces;
            }
            if markup && !at_end {
                if next == Some(c) {
                    pos += 1;
                    markup = false;
                } else {
                    len -= 1;
                }
            }
            literal.extend(chars.get(start..start + len).unwrap_or(&[]));
            if !markup {
                continue;
            }
            if !literal.is_empty() {
                pieces.push(FormatPiece::Literal(std::mem::take(&mut literal)));
            }
            let raw = match parse_field(chars, &mut pos) {
                Ok(raw) => raw,
                Err(e) => {
                    pieces.push(FormatPiece::Error(e));
                    return pieces;
                }
            };
            let name = match self.field_name(&raw.name) {
                Ok(name) => name,
                Err(e) => {
                    pieces.push(FormatPiece::Error(e));
                    return pieces;
                }
            };
            let conversion = raw.conversion.map(|c| match c {
                's' => Conversion::Str,
                'r' => Conversion::Repr,
                'a' => Conversion::Ascii,
                other => Conversion::Unknown(other),
            });
            let spec = if raw.needs_expanding {
                self.build(&raw.spec, depth - 1)
            } else if raw.spec.is_empty() {
                Vec::new()
            } else {
                vec![FormatPiece::Literal(raw.spec.into_iter().collect())]
            };
            pieces.push(FormatPiece::Field(FormatField {
                name,
                conversion,
                spec,
            }));
        }
        if !literal.is_empty() {
            pieces.push(FormatPiece::Literal(literal));
        }
        pieces
    }
}

/// Parse a `str.format` string into pieces (see the module docs; never fails itself).
pub fn parse_format_string(s: &str) -> Vec<FormatPiece> {
    let chars: Vec<char> = s.chars().collect();
    let mut parser = Parser {
        state: AutoState::Init,
        next_index: 0,
    };
    parser.build(&chars, 2)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Render with positional args given as strings and formatted with `py_format_str`, or
    /// report the first error — enough to compare structure and errors with python3.
    fn render(s: &str, args: &[&str]) -> String {
        fn go(pieces: &[FormatPiece], args: &[&str], out: &mut String) -> Result<(), FmtError> {
            for p in pieces {
                match p {
                    FormatPiece::Literal(t) => out.push_str(t),
                    FormatPiece::Error(e) => return Err(e.clone()),
                    FormatPiece::Field(f) => {
                        let value = match &f.name.first {
                            FieldFirst::Index(i) => args
                                .get(*i)
                                .copied()
                                .ok_or_else(|| replacement_index_error(*i))?,
                            FieldFirst::Keyword(k) => return Err(keyword_error(k)),
                        };
                        for a in &f.name.rest {
                            if let FieldAccessor::Error(e) = a {
                                return Err(e.clone());
                            }
                        }
                        let mut value = value.to_string();
                        if let Some(c) = f.conversion {
                            if let Some(e) = c.error() {
                                return Err(e);
                            }
                            if c == Conversion::Repr {
                                value = str_repr(&value);
                            }
                        }
                        let mut spec = String::new();
                        go(&f.spec, args, &mut spec)?;
                        out.push_str(&super::super::py_format_str(&value, &spec)?);
                    }
                }
            }
            Ok(())
        }
        let mut out = String::new();
        match go(&parse_format_string(s), args, &mut out) {
            Ok(()) => out,
            Err(e) => e.to_string(),
        }
    }

    #[test]
    fn matches_python_str_format() {
        // Expected strings captured from python3.11: fmt.format('1', '2', '3')
        let cases: &[(&str, &str)] = &[
            ("{}-{}", "1-2"),
            ("{1}{0}", "21"),
            ("{{}}", "{}"),
            ("a{{b}}c", "a{b}c"),
            ("{0!r:>5}", "  '1'"),
            ("{:{}}", "1 "),
            ("{:>{}}", " 1"),
            ("{٠}", "1"),
            ("{0:}", "1"),
            ("{!}", "ValueError: unmatched '{' in format spec"),
            ("{!r", "ValueError: unmatched '{' in format spec"),
            ("{!rx}", "ValueError: expected ':' after conversion specifier"),
            ("{!}}", "ValueError: Unknown conversion specifier }"),
            ("{!x}", "ValueError: Unknown conversion specifier x"),
            ("{!é}", "ValueError: Unknown conversion specifier \\xe9"),
            ("{:{:{}}}", "ValueError: Max string recursion exceeded"),
            ("{0}{}", "ValueError: cannot switch from manual field specification to automatic field numbering"),
            ("{}{0}", "ValueError: cannot switch from automatic field numbering to manual field specification"),
            ("{a[}", "ValueError: expected '}' before end of string"),
            ("{0[]}", "ValueError: Empty attribute in format string"),
            ("{0.}", "ValueError: Empty attribute in format string"),
            ("{0]x}", "KeyError: '0]x'"),
            ("{0[0]x}", "ValueError: Only '.' or '[' may follow ']' in format field specifier"),
            ("{", "ValueError: Single '{' encountered in format string"),
            ("}", "ValueError: Single '}' encountered in format string"),
            ("a}b", "ValueError: Single '}' encountered in format string"),
            ("{:", "ValueError: unmatched '{' in format spec"),
            ("{0", "ValueError: expected '}' before end of string"),
            ("{0:{", "ValueError: unmatched '{' in format spec"),
            ("x{0!", "ValueError: end of string while looking for conversion specifier"),
            ("{ {}}", "ValueError: unexpected '{' in field name"),
            ("{[0}", "ValueError: expected '}' before end of string"),
            ("{5}", "IndexError: Replacement index 5 out of range for positional args tuple"),
            ("{} {} {} {}", "IndexError: Replacement index 3 out of range for positional args tuple"),
            ("{} {", "IndexError: Replacement index 2 out of range for positional args tuple"),
            ("{99999999999999999999}", "ValueError: Too many decimal digits in format string"),
        ];
        for &(fmt, want) in cases {
            let args: &[&str] = if fmt == "{} {" { &[] } else { &["1", "2", "3"] };
            let want = if fmt == "{} {" {
                "IndexError: Replacement index 0 out of range for positional args tuple"
            } else {
                want
            };
            assert_eq!(render(fmt, args), want, "{fmt:?}.format(...)");
        }
    }

    #[test]
    fn structure_of_fields() {
        let pieces = parse_format_string("x{0.name[1][key]!r:>{w}.{}f}");
        let Some(FormatPiece::Field(f)) = pieces.get(1) else {
            panic!("expected a field: {pieces:?}");
        };
        assert_eq!(f.name.first, FieldFirst::Index(0));
        assert_eq!(
            f.name.rest,
            vec![
                FieldAccessor::Attr(String::from("name")),
                FieldAccessor::Index(1),
                FieldAccessor::Key(String::from("key")),
            ]
        );
        assert_eq!(f.conversion, Some(Conversion::Repr));
        // ">", {w}, ".", then the error: "{0...}" is manual numbering, so the nested "{}" fails
        // (parsing stops there, as CPython's rendering would).
        assert_eq!(f.spec.len(), 4, "{:?}", f.spec);
        assert!(matches!(f.spec.first(), Some(FormatPiece::Literal(t)) if t == ">"));
        assert!(matches!(f.spec.get(3), Some(FormatPiece::Error(_))));
        let ok = parse_format_string("{:>{w}.{p}f}");
        let Some(FormatPiece::Field(g)) = ok.first() else {
            panic!("expected a field: {ok:?}");
        };
        assert_eq!(g.spec.len(), 5, "{:?}", g.spec);
        assert!(matches!(g.spec.get(4), Some(FormatPiece::Literal(t)) if t == "f"));
    }

    proptest! {
        #[test]
        fn never_panics(s in "[{}!:.\\[\\]0-9a-z<>^ ]{0,16}\\PC{0,2}") {
            let _ = render(&s, &["a", "b"]);
        }
    }
}
