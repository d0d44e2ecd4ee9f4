//! Character classes CPython uses while formatting and parsing: printable, whitespace, decimal.
//!
//! These are exact for CPython 3.11 (Unicode 14.0): the tables in `unicode_tables` were generated
//! from `python3`'s own `str.isprintable` and `unicodedata.decimal`.

use super::unicode_tables::{DECIMAL_ZEROS, NON_PRINTABLE};

/// `ch.isprintable()` in CPython 3.11: what `repr(str)` leaves unescaped.
pub fn is_printable(ch: char) -> bool {
    let c = u32::from(ch);
    // Binary search for the last range starting at or before `c`.
    let idx = NON_PRINTABLE.partition_point(|&(start, _)| start <= c);
    match idx.checked_sub(1).and_then(|i| NON_PRINTABLE.get(i)) {
        Some(&(_, end)) => c > end,
        None => true,
    }
}

/// `ch.isspace()` in CPython 3.11 (Unicode White_Space plus the ASCII separators U+001C..U+001F).
pub fn is_space(ch: char) -> bool {
    ch.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&ch)
}

/// `unicodedata.decimal(ch)`: the digit value of any Unicode decimal digit (category Nd).
pub fn decimal_value(ch: char) -> Option<u32> {
    let c = u32::from(ch);
    if ch.is_ascii_digit() {
        return Some(c - u32::from('0'));
    }
    if c < 0x80 {
        return None;
    }
    let idx = DECIMAL_ZEROS.partition_point(|&zero| zero <= c);
    let zero = *DECIMAL_ZEROS.get(idx.checked_sub(1)?)?;
    let value = c - zero;
    (value < 10).then_some(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn printable_matches_python() {
        // Expected values from python3.11: [c.isprintable() for c in ...]
        assert!(is_printable('a'));
        assert!(is_printable(' '));
        assert!(is_printable('é'));
        assert!(is_printable('中'));
        assert!(is_printable('😀'));
        assert!(!is_printable('\n'));
        assert!(!is_printable('\u{7f}'));
        assert!(!is_printable('\u{a0}'));
        assert!(!is_printable('\u{ad}'));
        assert!(!is_printable('\u{200b}'));
        assert!(!is_printable('\u{2028}'));
        assert!(!is_printable('\u{e000}'));
        assert!(!is_printable('\u{10ffff}'));
        assert!(!is_printable('\u{378}'));
    }

    #[test]
    fn decimal_and_space() {
        assert_eq!(decimal_value('7'), Some(7));
        assert_eq!(decimal_value('٣'), Some(3));
        assert_eq!(decimal_value('９'), Some(9));
        assert_eq!(decimal_value('x'), None);
        assert_eq!(decimal_value('½'), None);
        assert_eq!(decimal_value('²'), None);
        assert!(is_space('\u{1f}'));
        assert!(is_space('\u{3000}'));
        assert!(!is_space('\u{200b}'));
    }
}
