//! `repr(str)` and `ascii(str)`, exactly as CPython 3.11 prints them.
//!
//! Quote choice: single quotes, unless the text contains `'` and no `"`. Escapes: the quote and
//! backslash, `\t \n \r`, other control characters and DEL as `\xhh`; non-ASCII characters stay as
//! they are when printable (CPython's `str.isprintable`, exact via a generated table), else
//! `\xhh`, `\uhhhh` or `\Uhhhhhhhh`. `ascii()` escapes every non-ASCII character.

use super::unicode::is_printable;

fn quote_for(s: &str) -> char {
    if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    }
}

fn push_escaped(out: &mut String, ch: char, quote: char, ascii_only: bool) {
    let c = u32::from(ch);
    match ch {
        '\\' => out.push_str("\\\\"),
        '\t' => out.push_str("\\t"),
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        _ if ch == quote => {
            out.push('\\');
            out.push(ch);
        }
        _ if c < 0x20 || c == 0x7f => out.push_str(&format!("\\x{c:02x}")),
        _ if c < 0x7f => out.push(ch),
        _ if !ascii_only && is_printable(ch) => out.push(ch),
        _ if c <= 0xff => out.push_str(&format!("\\x{c:02x}")),
        _ if c <= 0xffff => out.push_str(&format!("\\u{c:04x}")),
        _ => out.push_str(&format!("\\U{c:08x}")),
    }
}

fn quoted(s: &str, ascii_only: bool) -> String {
    let quote = quote_for(s);
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for ch in s.chars() {
        push_escaped(&mut out, ch, quote, ascii_only);
    }
    out.push(quote);
    out
}

/// `repr(s)` for a str.
pub fn str_repr(s: &str) -> String {
    quoted(s, false)
}

/// `ascii(s)` for a str: like [`str_repr`] but every non-ASCII character is escaped.
pub fn str_ascii(s: &str) -> String {
    quoted(s, true)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn matches_python_repr() {
        // Expected strings captured from python3.11: repr(s) and ascii(s)
        let cases: &[(&str, &str)] = &[
            ("", "''"),
            ("abc", "'abc'"),
            ("it's", "\"it's\""),
            ("say \"hi\"", "'say \"hi\"'"),
            ("both ' and \"", "'both \\' and \"'"),
            ("a\\b", "'a\\\\b'"),
            ("tab\tnl\ncr\r", "'tab\\tnl\\ncr\\r'"),
            ("\u{0}\u{7}\u{1b}\u{7f}", "'\\x00\\x07\\x1b\\x7f'"),
            ("héllo", "'héllo'"),
            ("中文", "'中文'"),
            ("😀", "'😀'"),
            ("\u{a0}", "'\\xa0'"),
            ("\u{ad}", "'\\xad'"),
            ("\u{85}", "'\\x85'"),
            ("\u{200b}", "'\\u200b'"),
            ("\u{2028}", "'\\u2028'"),
            ("\u{feff}", "'\\ufeff'"),
            ("\u{e000}", "'\\ue000'"),
            ("\u{10ffff}", "'\\U0010ffff'"),
            ("\u{e0001}", "'\\U000e0001'"),
        ];
        for &(s, want) in cases {
            assert_eq!(str_repr(s), want, "repr({s:?})");
        }
        assert_eq!(
            str_ascii("héllo 😀 \u{2028}'"),
            "\"h\\xe9llo \\U0001f600 \\u2028'\""
        );
    }

    proptest! {
        #[test]
        fn repr_is_quoted(s in "\\PC{0,20}") {
            let r = str_repr(&s);
            prop_assert!(r.len() >= 2);
            prop_assert!(str_ascii(&s).is_ascii());
        }
    }
}
