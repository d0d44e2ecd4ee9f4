//! Helpers the GNU tools share: their quoting styles, their counts with size suffixes
//! (`head -c 2k`), and splitting input into lines.

/// gnulib's `quote()` in a UTF-8 locale: `‘x’`, used in "invalid number of lines: ‘x’".
pub(crate) fn locale_quote(s: &str) -> String {
    format!("\u{2018}{s}\u{2019}")
}

/// gnulib's shell-escape quoting of a file name: `quotef` (`always == false`: bare when no
/// character needs quoting, as in `cat: x: No such file or directory`) and `quoteaf`
/// (`always == true`: `'x'`, as in `head: cannot open 'x' for reading`). Names with control
/// characters are quoted with `'...'` only (GNU would use `$'\n'`).
pub(crate) fn shell_quote(s: &str, always: bool) -> String {
    let safe = |c: char| c.is_alphanumeric() || "_%+,./:=@-".contains(c) || u32::from(c) > 0x7f;
    let needs = s.is_empty() || !s.chars().all(safe) || s.starts_with('~');
    if !needs && !always {
        return s.to_string();
    }
    if !s.contains('\'') {
        return format!("'{s}'");
    }
    if !s.contains(['"', '$', '`', '\\', '!']) {
        return format!("\"{s}\"");
    }
    format!("'{}'", s.replace('\'', "'\\''"))
}

/// Why a count did not parse.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum CountError {
    /// Not a number (`x`, `1q`).
    Invalid,
    /// A number beyond `u64` ("Value too large for defined data type").
    TooLarge,
}

/// gnulib's `xstrtoumax` with the suffixes head and tail accept: leading blanks and `+`,
/// decimal digits, then one of `b` (512), `k K m M g G t T p P e E z Z y Y` (powers of 1024),
/// optionally followed by `iB` (same) or `B` (powers of 1000): `2k` = 2048, `2kB` = 2000.
pub(crate) fn parse_count(s: &str) -> Result<u64, CountError> {
    let t = s.trim_start_matches([' ', '\t', '\n', '\x0b', '\x0c', '\r']);
    let t = t.strip_prefix('+').unwrap_or(t);
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 {
        return Err(CountError::Invalid);
    }
    let (num, suffix) = t.split_at(digits);
    let mut too_large = false;
    let mut value: u64 = 0;
    for b in num.bytes() {
        match value
            .checked_mul(10)
            .and_then(|v| v.checked_add(u64::from(b - b'0')))
        {
            Some(v) => value = v,
            None => {
                too_large = true;
                value = u64::MAX;
            }
        }
    }
    let mut chars = suffix.chars();
    let multiplier: u64 = match chars.next() {
        None => 1,
        Some('b') if chars.as_str().is_empty() => 512,
        Some(c) => {
            let power = match c {
                'k' | 'K' => 1,
                'm' | 'M' => 2,
                'g' | 'G' => 3,
                't' | 'T' => 4,
                'p' | 'P' => 5,
                'e' | 'E' => 6,
                'z' | 'Z' => 7,
                'y' | 'Y' => 8,
                _ => return Err(CountError::Invalid),
            };
            let base: u64 = match chars.as_str() {
                "" | "iB" => 1024,
                "B" => 1000,
                _ => return Err(CountError::Invalid),
            };
            match base.checked_pow(power) {
                Some(m) => m,
                None => return Err(CountError::TooLarge),
            }
        }
    };
    if too_large {
        return Err(CountError::TooLarge);
    }
    value.checked_mul(multiplier).ok_or(CountError::TooLarge)
}

/// The lines of `data`, each with its `\n` (the last may lack one).
pub(crate) fn lines(data: &[u8]) -> Vec<&[u8]> {
    data.split_inclusive(|&b| b == b'\n').collect()
}

/// coreutils 9.1's `--help` and `--version` texts, captured from Debian 12 with `argv[0]`
/// set to `PROG` (replaced by the real `argv[0]` when printed): (command, help, version).
const GNU_TEXTS: &[(&str, &str, &str)] = &[
    (
        "cat",
        include_str!("gnu/cat.help"),
        include_str!("gnu/cat.version"),
    ),
    (
        "echo",
        include_str!("gnu/echo.help"),
        include_str!("gnu/echo.version"),
    ),
    (
        "env",
        include_str!("gnu/env.help"),
        include_str!("gnu/env.version"),
    ),
    (
        "false",
        include_str!("gnu/false.help"),
        include_str!("gnu/false.version"),
    ),
    (
        "head",
        include_str!("gnu/head.help"),
        include_str!("gnu/head.version"),
    ),
    (
        "printenv",
        include_str!("gnu/printenv.help"),
        include_str!("gnu/printenv.version"),
    ),
    (
        "pwd",
        include_str!("gnu/pwd.help"),
        include_str!("gnu/pwd.version"),
    ),
    (
        "sleep",
        include_str!("gnu/sleep.help"),
        include_str!("gnu/sleep.version"),
    ),
    (
        "sort",
        include_str!("gnu/sort.help"),
        include_str!("gnu/sort.version"),
    ),
    (
        "tail",
        include_str!("gnu/tail.help"),
        include_str!("gnu/tail.version"),
    ),
    (
        "tr",
        include_str!("gnu/tr.help"),
        include_str!("gnu/tr.version"),
    ),
    (
        "true",
        include_str!("gnu/true.help"),
        include_str!("gnu/true.version"),
    ),
    (
        "wc",
        include_str!("gnu/wc.help"),
        include_str!("gnu/wc.version"),
    ),
];

/// `NAME --help` as coreutils prints it, naming itself `prog`.
pub(crate) fn gnu_help(name: &str, prog: &str) -> Vec<u8> {
    GNU_TEXTS
        .iter()
        .find(|(n, _, _)| *n == name)
        .map(|(_, help, _)| help.replace("PROG", prog).into_bytes())
        .unwrap_or_default()
}

/// `NAME --version` as coreutils prints it.
pub(crate) fn gnu_version(name: &str) -> Vec<u8> {
    GNU_TEXTS
        .iter()
        .find(|(n, _, _)| *n == name)
        .map(|(_, _, version)| version.as_bytes().to_vec())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts() {
        assert_eq!(parse_count("10"), Ok(10));
        assert_eq!(parse_count(" +2"), Ok(2));
        assert_eq!(parse_count("2k"), Ok(2048));
        assert_eq!(parse_count("2kB"), Ok(2000));
        assert_eq!(parse_count("1KiB"), Ok(1024));
        assert_eq!(parse_count("3b"), Ok(1536));
        assert_eq!(parse_count("1M"), Ok(1 << 20));
        assert_eq!(parse_count("x"), Err(CountError::Invalid));
        assert_eq!(parse_count("1q"), Err(CountError::Invalid));
        assert_eq!(parse_count("-1"), Err(CountError::Invalid));
        assert_eq!(parse_count(""), Err(CountError::Invalid));
        assert_eq!(
            parse_count("99999999999999999999999"),
            Err(CountError::TooLarge)
        );
        assert_eq!(parse_count("1Z"), Err(CountError::TooLarge));
    }

    #[test]
    fn quoting() {
        assert_eq!(shell_quote("x", false), "x");
        assert_eq!(shell_quote("x", true), "'x'");
        assert_eq!(shell_quote("a b", false), "'a b'");
        assert_eq!(shell_quote("it's", false), "\"it's\"");
        assert_eq!(locale_quote("x"), "‘x’");
    }

    #[test]
    fn splitting() {
        assert_eq!(lines(b"a\nb"), vec![&b"a\n"[..], &b"b"[..]]);
        assert!(lines(b"").is_empty());
    }
}
