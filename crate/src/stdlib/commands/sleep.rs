//! `sleep NUMBER[SUFFIX]...`: pause for the sum of the intervals, on the virtual clock.
//!
//! Each NUMBER is what C's `strtod` reads (leading blanks, a sign, decimals with an exponent,
//! hexadecimal floats, `inf`), optionally followed by one suffix: `s` (seconds, the default),
//! `m`, `h` or `d`. Negative, NaN, or trailing characters → `sleep: invalid time interval ‘X’`
//! for each bad operand, then the `Try` line, exit 1; no operand at all → `missing operand`.
//! An infinite interval lasts `u64::MAX` nanoseconds (about 584 years).

use super::getopt::{parse_or_exit, try_help};
use super::text::locale_quote;
use super::{Invocation, Output};

/// Run `sleep`.
pub(super) fn main(inv: &Invocation) -> Output {
    if inv.args.is_empty() {
        return Output::fail(
            format!("{}: missing operand\n{}", inv.prog, try_help(inv.prog)),
            1,
        );
    }
    let parsed = match parse_or_exit(inv, "sleep", &[], 1) {
        Ok(p) => p,
        Err(out) => return out,
    };
    let mut out = Output::default();
    let mut total = 0.0f64;
    for arg in &parsed.operands {
        match interval(arg) {
            Some(seconds) => total += seconds,
            None => {
                out.err_line(&format!(
                    "{}: invalid time interval {}",
                    inv.prog,
                    locale_quote(arg)
                ));
                out.code = 1;
            }
        }
    }
    if out.code != 0 {
        out.stderr.extend_from_slice(try_help(inv.prog).as_bytes());
        return out;
    }
    let ns = total * 1e9;
    // `as` saturates: infinity and anything past u64::MAX become u64::MAX.
    out.extra_ns = ns.round() as u64;
    out
}

/// Seconds for one operand, or `None` when GNU sleep rejects it.
pub(super) fn interval(arg: &str) -> Option<f64> {
    let (value, used) = strtod(arg)?;
    let rest = &arg[used..];
    let mut chars = rest.chars();
    let multiplier = match (chars.next(), chars.next()) {
        (None, _) => 1.0,
        (Some('s'), None) => 1.0,
        (Some('m'), None) => 60.0,
        (Some('h'), None) => 3600.0,
        (Some('d'), None) => 86400.0,
        _ => return None,
    };
    // `!(0 <= s)` also rejects NaN.
    if value.is_nan() || value < 0.0 {
        return None;
    }
    Some(value * multiplier)
}

/// C's `strtod` in the C locale: the value and how many bytes of `s` it consumed, or `None`
/// when no number starts `s`.
fn strtod(s: &str) -> Option<(f64, usize)> {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() && matches!(b[i], b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r') {
        i += 1;
    }
    let mut negative = false;
    if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
        negative = b[i] == b'-';
        i += 1;
    }
    let sign = if negative { -1.0 } else { 1.0 };
    let rest = &s[i..];
    let lower = rest.to_ascii_lowercase();
    if lower.starts_with("infinity") {
        return Some((sign * f64::INFINITY, i + 8));
    }
    if lower.starts_with("inf") {
        return Some((sign * f64::INFINITY, i + 3));
    }
    if lower.starts_with("nan") {
        let mut end = i + 3;
        if b.get(end) == Some(&b'(') {
            let close = b[end + 1..]
                .iter()
                .position(|&c| !(c.is_ascii_alphanumeric() || c == b'_'));
            if let Some(k) = close {
                if b[end + 1 + k] == b')' {
                    end += k + 2;
                }
            }
        }
        return Some((f64::NAN, end));
    }
    if lower.starts_with("0x") {
        if let Some((v, used)) = hex_float(&b[i + 2..]) {
            return Some((sign * v, i + 2 + used));
        }
        // "0x" without hex digits is the number 0 followed by "x".
        return Some((0.0, i + 1));
    }
    let mut j = i;
    let digits = |j: &mut usize| {
        let from = *j;
        while *j < b.len() && b[*j].is_ascii_digit() {
            *j += 1;
        }
        *j - from
    };
    let mut mantissa = digits(&mut j);
    if j < b.len() && b[j] == b'.' {
        j += 1;
        mantissa += digits(&mut j);
    }
    if mantissa == 0 {
        return None;
    }
    if j < b.len() && (b[j] == b'e' || b[j] == b'E') {
        let mut k = j + 1;
        if k < b.len() && (b[k] == b'+' || b[k] == b'-') {
            k += 1;
        }
        if digits(&mut k) > 0 {
            j = k;
        }
    }
    let text = &s[i..j];
    let text = if text.starts_with('.') {
        format!("0{text}")
    } else {
        text.to_string()
    };
    let v: f64 = text.parse().ok()?;
    Some((sign * v, j))
}

/// The digits of a hexadecimal float after `0x`: value and bytes used, `None` without digits.
fn hex_float(b: &[u8]) -> Option<(f64, usize)> {
    let mut i = 0;
    let mut value = 0.0f64;
    let mut any = false;
    while i < b.len() && b[i].is_ascii_hexdigit() {
        value = value * 16.0 + f64::from((b[i] as char).to_digit(16).unwrap_or(0));
        i += 1;
        any = true;
    }
    if i < b.len() && b[i] == b'.' {
        let mut scale = 1.0 / 16.0;
        let mut k = i + 1;
        while k < b.len() && b[k].is_ascii_hexdigit() {
            value += f64::from((b[k] as char).to_digit(16).unwrap_or(0)) * scale;
            scale /= 16.0;
            k += 1;
            any = true;
        }
        if any {
            i = k;
        }
    }
    if !any {
        return None;
    }
    if i < b.len() && (b[i] == b'p' || b[i] == b'P') {
        let mut k = i + 1;
        let mut neg = false;
        if k < b.len() && (b[k] == b'+' || b[k] == b'-') {
            neg = b[k] == b'-';
            k += 1;
        }
        let from = k;
        let mut exp: i32 = 0;
        while k < b.len() && b[k].is_ascii_digit() {
            exp = exp
                .saturating_mul(10)
                .saturating_add(i32::from(b[k] - b'0'));
            k += 1;
        }
        if k > from {
            value *= 2f64.powi(if neg { -exp } else { exp });
            i = k;
        }
    }
    Some((value, i))
}

#[cfg(test)]
mod tests {
    use super::interval;
    use crate::stdlib::commands::tests::argv;
    use crate::stdlib::commands::{run, STARTUP_NS};

    fn ns(args: &[&str]) -> u64 {
        let mut all = vec!["sleep"];
        all.extend_from_slice(args);
        let done = run(&argv(&all), &[], b"").unwrap();
        assert_eq!(done.code, 0, "{:?}", String::from_utf8_lossy(&done.stderr));
        done.duration_ns - STARTUP_NS
    }

    #[test]
    fn intervals() {
        assert_eq!(ns(&["1"]), 1_000_000_000);
        assert_eq!(ns(&["0.5"]), 500_000_000);
        assert_eq!(ns(&[".5", "1s"]), 1_500_000_000);
        assert_eq!(ns(&["0.01m"]), 600_000_000);
        assert_eq!(ns(&["1h"]), 3_600_000_000_000);
        assert_eq!(ns(&["1d"]), 86_400_000_000_000);
        assert_eq!(ns(&["1e-3"]), 1_000_000);
        assert_eq!(ns(&["0x1p-3"]), 125_000_000);
        assert_eq!(ns(&[" +1"]), 1_000_000_000);
        assert_eq!(ns(&["inf"]), u64::MAX - STARTUP_NS);
        assert_eq!(ns(&["1e400"]), u64::MAX - STARTUP_NS);
        assert_eq!(ns(&["--"]), 0);
        assert_eq!(interval("0x"), None);
        assert_eq!(interval("1."), Some(1.0));
    }

    #[test]
    fn errors() {
        let done = run(&argv(&["sleep"]), &[], b"").unwrap();
        assert_eq!(done.code, 1);
        assert_eq!(
            done.stderr,
            b"sleep: missing operand\nTry 'sleep --help' for more information.\n"
        );
        let done = run(&argv(&["/usr/bin/sleep", "1h5", "x", "2"]), &[], b"").unwrap();
        assert_eq!(done.code, 1);
        assert_eq!(
            String::from_utf8_lossy(&done.stderr),
            "/usr/bin/sleep: invalid time interval ‘1h5’\n\
             /usr/bin/sleep: invalid time interval ‘x’\n\
             Try '/usr/bin/sleep --help' for more information.\n"
        );
        for bad in ["nan", "1 ", "1,5", "1d0", "s", ""] {
            assert_eq!(interval(bad), None, "{bad:?}");
        }
        let done = run(&argv(&["sleep", "-1"]), &[], b"").unwrap();
        assert_eq!(
            done.stderr,
            b"sleep: invalid option -- '1'\nTry 'sleep --help' for more information.\n"
        );
        let done = run(&argv(&["sleep", "--", "-1"]), &[], b"").unwrap();
        assert_eq!(done.code, 1);
    }
}
