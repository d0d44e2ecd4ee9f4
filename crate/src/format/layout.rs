//! Padding, sign and digit grouping of a formatted number, shared by `int` and `float`.
//!
//! A port of CPython 3.11's `calc_number_widths`, `fill_number` and
//! `_PyUnicode_InsertThousandsGrouping`: the output is
//! `<lpadding><sign><prefix><spadding><grouped digits><decimal><remainder><rpadding>`, and
//! with `0`-fill and `=` alignment the digits themselves are zero-extended (separators included).

use super::error::{FmtError, MAX_FIELD};
use super::spec::{Align, FormatSpec, Grouping, Sign};

/// The pieces of a number's text before layout.
pub(crate) struct NumberParts<'a> {
    /// Whether the text had a leading `-`.
    pub negative: bool,
    /// `0x`-style prefix (alternate form), already in its final case.
    pub prefix: &'a str,
    /// The leading run of digits, which grouping applies to (may be empty: `inf`, `%c`).
    pub digits: &'a str,
    /// Whether a decimal point follows the digits.
    pub has_decimal: bool,
    /// Everything after the point (or after the digits when there is no point).
    pub remainder: &'a str,
}

/// Group `digits` from the right with `group = (size, separator)`, zero-extending to at least
/// `min_width` characters (`_PyUnicode_InsertThousandsGrouping`).
fn group_digits(digits: &[char], min_width: i64, group: Option<(usize, char)>) -> String {
    let mut min_width = min_width.max(0);
    let mut remaining = digits.len() as i64;
    let mut pos = digits.len();
    let mut rev: Vec<char> = Vec::new();
    let mut use_sep = false;
    let mut emit = |rev: &mut Vec<char>, sep: Option<char>, n_chars: i64, n_zeros: i64| {
        if let Some(sep) = sep {
            rev.push(sep);
        }
        for _ in 0..n_chars.max(0) {
            pos = pos.saturating_sub(1);
            rev.push(digits.get(pos).copied().unwrap_or('0'));
        }
        for _ in 0..n_zeros.max(0) {
            rev.push('0');
        }
    };
    let mut broken = false;
    if let Some((size, sep)) = group {
        let size = size.max(1) as i64;
        loop {
            let len = size.min(remaining.max(min_width).max(1));
            let n_zeros = (len - remaining).max(0);
            let n_chars = remaining.min(len).max(0);
            emit(&mut rev, use_sep.then_some(sep), n_chars, n_zeros);
            use_sep = true;
            remaining -= n_chars;
            min_width -= len;
            if remaining <= 0 && min_width <= 0 {
                broken = true;
                break;
            }
            min_width -= 1;
        }
    }
    if !broken {
        let len = remaining.max(min_width).max(1);
        let n_zeros = (len - remaining).max(0);
        let n_chars = remaining.min(len).max(0);
        let sep = group.map(|(_, s)| s).filter(|_| use_sep);
        emit(&mut rev, sep, n_chars, n_zeros);
    }
    rev.into_iter().rev().collect()
}

/// The grouping a spec asks for: `(group size, separator)`; `_` on `b o x X` groups by four.
pub(crate) fn grouping_of(spec: &FormatSpec) -> Option<(usize, char)> {
    let four = matches!(spec.type_, Some('b' | 'o' | 'x' | 'X'));
    match spec.grouping? {
        Grouping::Comma => Some((3, ',')),
        Grouping::Underscore => Some((if four { 4 } else { 3 }, '_')),
    }
}

/// Refuse widths beyond [`MAX_FIELD`].
pub(crate) fn check_width(spec: &FormatSpec) -> Result<(), FmtError> {
    match spec.width {
        Some(w) if w > MAX_FIELD => Err(FmtError::too_big()),
        _ => Ok(()),
    }
}

/// Lay out a number (`calc_number_widths` + `fill_number`).
pub(crate) fn fill_number(
    parts: &NumberParts<'_>,
    spec: &FormatSpec,
    default_align: Align,
) -> String {
    let fill = spec.fill_char();
    let align = spec.align_or(default_align);
    let width: i64 = spec.width.map_or(-1, |w| w as i64);
    let sign_char = match (spec.sign, parts.negative) {
        (_, true) => Some('-'),
        (Some(Sign::Plus), false) => Some('+'),
        (Some(Sign::Space), false) => Some(' '),
        _ => None,
    };
    let digits: Vec<char> = parts.digits.chars().collect();
    let n_prefix = parts.prefix.chars().count() as i64;
    let n_remainder = parts.remainder.chars().count() as i64;
    let n_non_digit =
        i64::from(sign_char.is_some()) + n_prefix + i64::from(parts.has_decimal) + n_remainder;
    let min_width = if fill == '0' && align == Align::AfterSign {
        width - n_non_digit
    } else {
        0
    };
    let grouped = if digits.is_empty() {
        String::new()
    } else {
        group_digits(&digits, min_width, grouping_of(spec))
    };
    let n_grouped = grouped.chars().count() as i64;
    let n_padding = width - (n_non_digit + n_grouped);
    let (mut lpad, mut spad, mut rpad) = (0i64, 0i64, 0i64);
    if n_padding > 0 {
        match align {
            Align::Left => rpad = n_padding,
            Align::Center => {
                lpad = n_padding / 2;
                rpad = n_padding - lpad;
            }
            Align::AfterSign => spad = n_padding,
            Align::Right => lpad = n_padding,
        }
    }
    let mut out = String::new();
    let pad = |out: &mut String, n: i64| {
        for _ in 0..n {
            out.push(fill);
        }
    };
    pad(&mut out, lpad);
    if let Some(s) = sign_char {
        out.push(s);
    }
    out.push_str(parts.prefix);
    pad(&mut out, spad);
    out.push_str(&grouped);
    if parts.has_decimal {
        out.push('.');
    }
    out.push_str(parts.remainder);
    pad(&mut out, rpad);
    out
}

/// Pad `text` (already truncated) to the spec's width (`calc_padding`), for strings.
pub(crate) fn pad_text(text: &str, width: Option<usize>, align: Align, fill: char) -> String {
    let len = text.chars().count();
    let total = width.map_or(len, |w| w.max(len));
    let lpad = match align {
        Align::Right => total - len,
        Align::Center => (total - len) / 2,
        Align::Left | Align::AfterSign => 0,
    };
    let rpad = total - len - lpad;
    let mut out = String::with_capacity(text.len() + lpad + rpad);
    out.extend(std::iter::repeat_n(fill, lpad));
    out.push_str(text);
    out.extend(std::iter::repeat_n(fill, rpad));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grouping_with_zero_extension() {
        // python3.11: format(1234, '09,') == format(1234, '08,') == '0,001,234'
        let d: Vec<char> = "1234".chars().collect();
        assert_eq!(group_digits(&d, 9, Some((3, ','))), "0,001,234");
        assert_eq!(group_digits(&d, 8, Some((3, ','))), "0,001,234");
        assert_eq!(group_digits(&d, 0, Some((3, ','))), "1,234");
        assert_eq!(group_digits(&d, 6, None), "001234");
        let d: Vec<char> = "123".chars().collect();
        assert_eq!(group_digits(&d, 0, Some((3, ','))), "123");
    }
}
