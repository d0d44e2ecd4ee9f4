//! CPython-exact text formatting and number parsing, as pure functions with no VM types.
//!
//! Everything here reproduces what CPython 3.11 prints, byte for byte:
//!
//! - [`float_repr()`]: `repr(float)` / `str(float)`.
//! - [`parse_format_spec`], [`format_int`], [`format_float`], [`format_str`] (and the
//!   `__format__`-like entry points [`py_format_int`], [`py_format_float`], [`py_format_str`]):
//!   the format-spec mini-language of `format()`, f-strings and `str.format`.
//! - [`round_float`], [`round_float_to_int`], [`round_int`]: the `round` builtin.
//! - [`parse_percent`], [`percent_format`]: printf-style `str % args`.
//! - [`parse_format_string`]: the field syntax of `str.format`.
//! - [`parse_int`], [`parse_float`], [`int_to_base`], [`int_to_decimal`]: `int(str, base)`,
//!   `float(str)`, `hex`/`oct`/`bin`, `str(int)`.
//! - [`str_repr()`], [`str_ascii`]: `repr(str)` and `ascii(str)`.
//!
//! Errors are [`FmtError`]: the Python exception class ([`ErrorKind`]) plus CPython's message.
//! No function panics on any input.

mod convert;
mod dtoa;
mod error;
mod float;
mod float_repr;
mod int;
mod layout;
mod parse_number;
mod percent;
#[cfg(test)]
mod python_corpus;
mod round;
mod spec;
mod str_format;
mod str_repr;
mod str_spec;
mod unicode;
mod unicode_tables;

pub use convert::{float_to_int, int_to_f64};
pub use dtoa::{double_to_string, DtoaFlags};
pub use error::{ErrorKind, FmtError, MAX_FIELD};
pub use float::{format_float, py_format_float};
pub use float_repr::float_repr;
pub use int::{format_int, int_to_base, int_to_decimal, py_format_int, MAX_STR_DIGITS};
pub use parse_number::{parse_float, parse_int};
pub use percent::{
    parse_percent, percent_arg_from_float, percent_arg_from_int, percent_arg_from_str,
    percent_format, render_percent, PercentArg, PercentArgRef, PercentCount, PercentFlags,
    PercentKey, PercentNeed, PercentOperand, PercentPiece, PercentSource, PercentSpec,
};
pub use round::{round_float, round_float_to_int, round_half_even, round_int};
pub use spec::{parse_format_spec, Align, FormatSpec, Grouping, Sign, SpecTarget};
pub use str_format::{
    keyword_error, parse_format_string, replacement_index_error, Conversion, FieldAccessor,
    FieldFirst, FieldName, FormatField, FormatPiece,
};
pub use str_repr::{str_ascii, str_repr};
pub use str_spec::{format_str, py_format_str};
pub use unicode::{decimal_value, is_printable, is_space};
