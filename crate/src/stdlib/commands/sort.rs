//! `sort [-bfnru] [FILE]...`: sort the lines of standard input.
//!
//! The C.UTF-8 locale collates by code point, which for UTF-8 is byte order, so lines compare
//! as bytes. `-n` compares leading numbers (blanks, an optional `-`, digits, a `.` fraction;
//! no number counts as 0), `-f` folds lower case to upper, `-b` ignores leading blanks; lines
//! equal under those keys fall back to a byte comparison of the whole line (GNU's "last
//! resort"), and `-u` keeps the first of each run of equal keys. `-r` reverses. Every output
//! line ends with a newline. A file operand is missing: `sort: cannot read: x: No such file or
//! directory`, exit 2, and nothing is printed.

use std::cmp::Ordering;

use super::getopt::{opt, parse_or_exit, Opt};
use super::text::{lines, shell_quote};
use super::{Invocation, Output};

const BLANKS: u8 = 1;
const FOLD: u8 = 2;
const NUMERIC: u8 = 3;
const REVERSE: u8 = 4;
const UNIQUE: u8 = 5;
const STABLE: u8 = 6;

const OPTS: &[Opt] = &[
    opt(Some('b'), Some("ignore-leading-blanks"), false, BLANKS),
    opt(Some('f'), Some("ignore-case"), false, FOLD),
    opt(Some('n'), Some("numeric-sort"), false, NUMERIC),
    opt(Some('r'), Some("reverse"), false, REVERSE),
    opt(Some('u'), Some("unique"), false, UNIQUE),
    opt(Some('s'), Some("stable"), false, STABLE),
];

/// Run `sort`.
pub(super) fn main(inv: &Invocation) -> Output {
    let parsed = match parse_or_exit(inv, "sort", OPTS, 2) {
        Ok(p) => p,
        Err(out) => return out,
    };
    let has = |id: u8| parsed.opts.iter().any(|(o, _)| *o == id);
    let keys = Keys {
        blanks: has(BLANKS),
        fold: has(FOLD),
        numeric: has(NUMERIC),
    };
    let (reverse, unique, stable) = (has(REVERSE), has(UNIQUE), has(STABLE));
    if let Some(name) = parsed.operands.iter().find(|o| *o != "-") {
        return Output::fail(
            format!(
                "{}: cannot read: {}: No such file or directory\n",
                inv.prog,
                shell_quote(name, false)
            ),
            2,
        );
    }
    let mut rows: Vec<&[u8]> = lines(inv.stdin)
        .into_iter()
        .map(|l| l.strip_suffix(b"\n").unwrap_or(l))
        .collect();
    let compare = |a: &&[u8], b: &&[u8]| {
        let mut ord = keys.compare(a, b);
        if ord == Ordering::Equal && !unique && !stable {
            ord = a.cmp(b);
        }
        if reverse {
            ord.reverse()
        } else {
            ord
        }
    };
    rows.sort_by(compare);
    if unique {
        rows.dedup_by(|a, b| keys.compare(a, b) == Ordering::Equal);
    }
    let mut out = Output {
        read: inv.stdin.len(),
        ..Output::default()
    };
    for row in rows {
        out.stdout.extend_from_slice(row);
        out.stdout.push(b'\n');
    }
    out
}

/// The key options.
struct Keys {
    blanks: bool,
    fold: bool,
    numeric: bool,
}

impl Keys {
    fn compare(&self, a: &[u8], b: &[u8]) -> Ordering {
        if self.numeric {
            return numeric(a).cmp(&numeric(b));
        }
        let trim = |s: &[u8]| -> Vec<u8> {
            let s = if self.blanks {
                let n = s.iter().take_while(|&&c| c == b' ' || c == b'\t').count();
                &s[n..]
            } else {
                s
            };
            if self.fold {
                s.to_ascii_uppercase()
            } else {
                s.to_vec()
            }
        };
        trim(a).cmp(&trim(b))
    }
}

/// A line's leading number as a comparable key: (sign, integer digits, fraction digits).
#[derive(PartialEq, Eq)]
struct Number {
    negative: bool,
    int: Vec<u8>,
    frac: Vec<u8>,
}

impl Ord for Number {
    fn cmp(&self, other: &Self) -> Ordering {
        let magnitude = |n: &Number| (n.int.len(), n.int.clone(), n.frac.clone());
        let zero = |n: &Number| n.int.is_empty() && n.frac.is_empty();
        match (self.negative && !zero(self), other.negative && !zero(other)) {
            (false, true) => Ordering::Greater,
            (true, false) => Ordering::Less,
            (false, false) => magnitude(self).cmp(&magnitude(other)),
            (true, true) => magnitude(other).cmp(&magnitude(self)),
        }
    }
}

impl PartialOrd for Number {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// Parse the number `sort -n` sees at the start of `line`.
fn numeric(line: &[u8]) -> Number {
    let mut i = line
        .iter()
        .take_while(|&&c| matches!(c, b' ' | b'\t'))
        .count();
    let negative = line.get(i) == Some(&b'-');
    if negative {
        i += 1;
    }
    let digits = |from: usize| {
        line[from.min(line.len())..]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count()
    };
    let n = digits(i);
    let int: Vec<u8> = line[i..i + n]
        .iter()
        .copied()
        .skip_while(|&c| c == b'0')
        .collect();
    i += n;
    let mut frac = Vec::new();
    if line.get(i) == Some(&b'.') {
        let m = digits(i + 1);
        frac = line[i + 1..i + 1 + m].to_vec();
        while frac.last() == Some(&b'0') {
            frac.pop();
        }
    }
    Number {
        negative,
        int,
        frac,
    }
}

#[cfg(test)]
mod tests {
    use crate::stdlib::commands::run;
    use crate::stdlib::commands::tests::argv;

    fn sort(args: &[&str], input: &str) -> (String, String, i32) {
        let mut all = vec!["sort"];
        all.extend_from_slice(args);
        let done = run(&argv(&all), &[], input.as_bytes()).unwrap();
        (
            String::from_utf8_lossy(&done.stdout).into_owned(),
            String::from_utf8_lossy(&done.stderr).into_owned(),
            done.code,
        )
    }

    #[test]
    fn orders() {
        assert_eq!(sort(&[], "b\na").0, "a\nb\n");
        assert_eq!(sort(&[], "b\nB\na\n").0, "B\na\nb\n");
        assert_eq!(
            sort(&["-n"], "10\n9\n-1\nx\n 2\n1.5\n\n").0,
            "-1\n\nx\n1.5\n 2\n9\n10\n"
        );
        assert_eq!(sort(&["-f"], "B\na\nb\nA\n").0, "A\na\nB\nb\n");
        assert_eq!(sort(&["-ru"], "a\nb\na\n").0, "b\na\n");
        assert_eq!(sort(&["-nu"], "1\n01\n1\n").0, "1\n");
        assert_eq!(sort(&["-fu"], "B\nb\n").0, "B\n");
        assert_eq!(sort(&["-n"], "-0\n0\n-2\n-10\n").0, "-10\n-2\n-0\n0\n");
    }

    #[test]
    fn errors() {
        assert_eq!(
            sort(&["x"], "b\na\n"),
            (
                String::new(),
                "sort: cannot read: x: No such file or directory\n".into(),
                2
            )
        );
        assert_eq!(sort(&["-q"], "").2, 2);
    }
}
