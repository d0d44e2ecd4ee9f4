//! `tr [-cdst] SET1 [SET2]`: translate, delete or squeeze bytes (GNU tr works on bytes).
//!
//! Sets support literal bytes, ranges (`a-z`), the escapes `\\ \a \b \f \n \r \t \v` and `\NNN`
//! (octal), and the classes `[:alnum:] [:alpha:] [:blank:] [:cntrl:] [:digit:] [:graph:]
//! [:lower:] [:print:] [:punct:] [:space:] [:upper:] [:xdigit:]` (ASCII, as in C.UTF-8's
//! single-byte view). `[c*n]` repeats and `[=c=]` equivalence classes are not simulated. When
//! translating, SET2 is padded with its last byte (or SET1 cut to SET2's length with `-t`);
//! `-c` takes the complement of SET1 in byte order.

use super::getopt::{opt, parse_or_exit, try_help, Opt};
use super::text::locale_quote;
use super::{Invocation, Output};

const COMPLEMENT: u8 = 1;
const DELETE: u8 = 2;
const SQUEEZE: u8 = 3;
const TRUNCATE: u8 = 4;

const OPTS: &[Opt] = &[
    opt(Some('c'), Some("complement"), false, COMPLEMENT),
    opt(Some('C'), None, false, COMPLEMENT),
    opt(Some('d'), Some("delete"), false, DELETE),
    opt(Some('s'), Some("squeeze-repeats"), false, SQUEEZE),
    opt(Some('t'), Some("truncate-set1"), false, TRUNCATE),
];

/// Run `tr`.
pub(super) fn main(inv: &Invocation) -> Output {
    let parsed = match parse_or_exit(inv, "tr", OPTS, 1) {
        Ok(p) => p,
        Err(out) => return out,
    };
    let has = |id: u8| parsed.opts.iter().any(|(o, _)| *o == id);
    let (complement, delete, squeeze, truncate) =
        (has(COMPLEMENT), has(DELETE), has(SQUEEZE), has(TRUNCATE));
    let prog = inv.prog;
    let ops = &parsed.operands;
    let usage = |msg: String| Output::fail(format!("{prog}: {msg}\n{}", try_help(prog)), 1);
    if ops.is_empty() {
        return usage("missing operand".into());
    }
    let translating = !delete && ops.len() > 1;
    let max = if delete && !squeeze || !delete && squeeze && ops.len() < 2 {
        1
    } else {
        2
    };
    if !delete && !squeeze && ops.len() < 2 {
        return usage(format!(
            "missing operand after {}\nTwo strings must be given when translating.",
            locale_quote(&ops[0])
        ));
    }
    if delete && squeeze && ops.len() < 2 {
        return usage(format!(
            "missing operand after {}\nTwo strings must be given when both deleting and squeezing repeats.",
            locale_quote(&ops[0])
        ));
    }
    if ops.len() > max {
        let extra = locale_quote(&ops[max]);
        return if max == 1 && delete {
            usage(format!(
                "extra operand {extra}\nOnly one string may be given when deleting without squeezing repeats."
            ))
        } else {
            usage(format!("extra operand {extra}"))
        };
    }
    let mut out = Output {
        read: inv.stdin.len(),
        ..Output::default()
    };
    let mut set1 = match parse_set(&ops[0], prog, &mut out) {
        Some(s) => s,
        None => return out,
    };
    if complement {
        let mut member = [false; 256];
        for &b in &set1 {
            member[usize::from(b)] = true;
        }
        set1 = (0..=255u8).filter(|&b| !member[usize::from(b)]).collect();
    }
    let set2 = match ops.get(1) {
        Some(text) => match parse_set(text, prog, &mut out) {
            Some(s) => s,
            None => return out,
        },
        None => Vec::new(),
    };
    let mut data: Vec<u8> = inv.stdin.to_vec();
    if translating {
        if set2.is_empty() && !set1.is_empty() && !truncate {
            out.err_line(&format!(
                "{prog}: when not truncating set1, string2 must be non-empty"
            ));
            out.code = 1;
            return out;
        }
        let mut map: [u8; 256] = std::array::from_fn(|i| i as u8);
        for (i, &b) in set1.iter().enumerate() {
            match set2.get(i).or(set2.last()) {
                Some(&to) if !truncate || i < set2.len() => map[usize::from(b)] = to,
                _ => {}
            }
        }
        for b in &mut data {
            *b = map[usize::from(*b)];
        }
    } else if delete {
        let member = members(&set1);
        data.retain(|&b| !member[usize::from(b)]);
    }
    if squeeze {
        let set = if delete || translating { &set2 } else { &set1 };
        let member = members(set);
        let mut squeezed = Vec::with_capacity(data.len());
        for b in data {
            if member[usize::from(b)] && squeezed.last() == Some(&b) {
                continue;
            }
            squeezed.push(b);
        }
        data = squeezed;
    }
    out.stdout = data;
    out
}

/// A membership table for `set`.
fn members(set: &[u8]) -> [bool; 256] {
    let mut member = [false; 256];
    for &b in set {
        member[usize::from(b)] = true;
    }
    member
}

/// Expand a SET operand into its bytes, in order; `None` (with the error written to `out`)
/// when GNU tr rejects it.
fn parse_set(text: &str, prog: &str, out: &mut Output) -> Option<Vec<u8>> {
    // First resolve escapes, remembering which bytes were escaped (they are never `-` or `[`).
    let b = text.as_bytes();
    let mut items: Vec<(u8, bool)> = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'\\' {
            items.push((b[i], false));
            i += 1;
            continue;
        }
        i += 1;
        let Some(&c) = b.get(i) else {
            out.err_line(&format!(
                "{prog}: warning: an unescaped backslash at end of string is not portable"
            ));
            items.push((b'\\', true));
            break;
        };
        i += 1;
        let byte = match c {
            b'a' => 0x07,
            b'b' => 0x08,
            b'f' => 0x0c,
            b'n' => b'\n',
            b'r' => b'\r',
            b't' => b'\t',
            b'v' => 0x0b,
            b'0'..=b'7' => {
                let mut value = u32::from(c - b'0');
                let mut n = 1;
                while n < 3 && i < b.len() && (b'0'..=b'7').contains(&b[i]) {
                    let next = value * 8 + u32::from(b[i] - b'0');
                    if next > 255 {
                        break;
                    }
                    value = next;
                    i += 1;
                    n += 1;
                }
                value as u8
            }
            other => other,
        };
        items.push((byte, true));
    }
    let mut set = Vec::new();
    let mut k = 0;
    while k < items.len() {
        let (c, escaped) = items[k];
        if c == b'[' && !escaped && items.get(k + 1) == Some(&(b':', false)) {
            let rest: Vec<u8> = items[k + 2..].iter().map(|(c, _)| *c).collect();
            if let Some(end) = rest.windows(2).position(|w| w == b":]") {
                let name = String::from_utf8_lossy(&rest[..end]).into_owned();
                let Some(class) = class(&name) else {
                    out.err_line(&format!(
                        "{prog}: invalid character class {}",
                        locale_quote(&name)
                    ));
                    out.code = 1;
                    return None;
                };
                set.extend((0..=255u8).filter(|&b| class(b)));
                k += 2 + end + 2;
                continue;
            }
        }
        if items.get(k + 1) == Some(&(b'-', false)) {
            if let Some(&(hi, _)) = items.get(k + 2) {
                if hi < c {
                    let shown = format!("{}-{}", show(c), show(hi));
                    out.err_line(&format!(
                        "{prog}: range-endpoints of '{shown}' are in reverse collating sequence order"
                    ));
                    out.code = 1;
                    return None;
                }
                set.extend(c..=hi);
                k += 3;
                continue;
            }
        }
        set.push(c);
        k += 1;
    }
    Some(set)
}

/// A byte as tr names it in messages.
fn show(b: u8) -> String {
    if b.is_ascii_graphic() || b == b' ' {
        (b as char).to_string()
    } else {
        format!("\\{b:03o}")
    }
}

/// The ASCII character classes.
fn class(name: &str) -> Option<fn(u8) -> bool> {
    Some(match name {
        "alnum" => |b: u8| b.is_ascii_alphanumeric(),
        "alpha" => |b: u8| b.is_ascii_alphabetic(),
        "blank" => |b: u8| b == b' ' || b == b'\t',
        "cntrl" => |b: u8| b.is_ascii_control(),
        "digit" => |b: u8| b.is_ascii_digit(),
        "graph" => |b: u8| b.is_ascii_graphic(),
        "lower" => |b: u8| b.is_ascii_lowercase(),
        "print" => |b: u8| b.is_ascii_graphic() || b == b' ',
        "punct" => |b: u8| b.is_ascii_punctuation(),
        "space" => |b: u8| matches!(b, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r'),
        "upper" => |b: u8| b.is_ascii_uppercase(),
        "xdigit" => |b: u8| b.is_ascii_hexdigit(),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use crate::stdlib::commands::run;
    use crate::stdlib::commands::tests::argv;

    fn tr(args: &[&str], input: &str) -> (String, String, i32) {
        let mut all = vec!["tr"];
        all.extend_from_slice(args);
        let done = run(&argv(&all), &[], input.as_bytes()).unwrap();
        (
            String::from_utf8_lossy(&done.stdout).into_owned(),
            String::from_utf8_lossy(&done.stderr).into_owned(),
            done.code,
        )
    }

    #[test]
    fn translate_delete_squeeze() {
        assert_eq!(tr(&["a-z", "A-Z"], "hello\n").0, "HELLO\n");
        assert_eq!(
            tr(&["[:lower:]", "[:upper:]"], "Hello, abc\n").0,
            "HELLO, ABC\n"
        );
        assert_eq!(tr(&["el", "x"], "hello\n").0, "hxxxo\n");
        assert_eq!(tr(&["abc", "x-z"], "abc-z").0, "xyz-z");
        assert_eq!(tr(&["-d", "l"], "hello\n").0, "heo\n");
        assert_eq!(tr(&["-s", "e"], "heello\n").0, "hello\n");
        assert_eq!(tr(&["-cd", "a-z"], "Hello, abc-z\n").0, "elloabcz");
        assert_eq!(tr(&["-c", "a", "x"], "ab\n").0, "axx");
        assert_eq!(tr(&["-t", "abc", "x"], "abc").0, "xbc");
        assert_eq!(tr(&["\\n", " "], "a\nb\n").0, "a b ");
        assert_eq!(tr(&["-s", " ", "_"], "a  b").0, "a_b");
        assert_eq!(tr(&["-ds", "a", "b"], "abbba").0, "b");
    }

    #[test]
    fn errors() {
        let try_line = "Try 'tr --help' for more information.\n";
        assert_eq!(tr(&[], "").1, format!("tr: missing operand\n{try_line}"));
        assert_eq!(
            tr(&["a"], "").1,
            format!("tr: missing operand after ‘a’\nTwo strings must be given when translating.\n{try_line}")
        );
        assert_eq!(
            tr(&["-d", "a", "b"], "").1,
            format!("tr: extra operand ‘b’\nOnly one string may be given when deleting without squeezing repeats.\n{try_line}")
        );
        assert_eq!(
            tr(&["a", "b", "c"], "").1,
            format!("tr: extra operand ‘c’\n{try_line}")
        );
        assert_eq!(
            tr(&["a", ""], "x"),
            (
                String::new(),
                "tr: when not truncating set1, string2 must be non-empty\n".into(),
                1
            )
        );
        assert_eq!(
            tr(&["z-a", "x"], "").1,
            "tr: range-endpoints of 'z-a' are in reverse collating sequence order\n"
        );
        assert_eq!(
            tr(&["[:bogus:]", "x"], "").1,
            "tr: invalid character class ‘bogus’\n"
        );
    }
}
