//! `head [-n [-]N] [-c [-]N] [-qv] [FILE]...`: the first 10 lines, the first N lines or bytes,
//! or (with a leading `-` on N) all but the last N.
//!
//! N takes GNU's suffixes (`2k` = 2048, `1kB` = 1000, `b` = 512). The obsolete `head -5` and
//! `head -5c` forms work when they come first. With several operands (or `-v`) each part gets a
//! `==> NAME <==` header (`standard input` for `-`). Files are missing: `head: cannot open 'x'
//! for reading: No such file or directory`, exit 1.

use super::getopt::{opt, parse_or_exit, Opt};
use super::text::{lines, locale_quote, parse_count, shell_quote, CountError};
use super::{Invocation, Output};

const LINES: u8 = 1;
const BYTES: u8 = 2;
const QUIET: u8 = 3;
const VERBOSE: u8 = 4;

const OPTS: &[Opt] = &[
    opt(Some('n'), Some("lines"), true, LINES),
    opt(Some('c'), Some("bytes"), true, BYTES),
    opt(Some('q'), Some("quiet"), false, QUIET),
    opt(None, Some("silent"), false, QUIET),
    opt(Some('v'), Some("verbose"), false, VERBOSE),
];

/// What to print of each input.
#[derive(Clone, Copy)]
pub(super) enum Amount {
    /// The first N lines (`true`: all but the last N).
    Lines(u64, bool),
    /// The first N bytes (`true`: all but the last N).
    Bytes(u64, bool),
}

/// Rewrite the obsolete `-5`/`-5c` first argument as `-n 5`/`-c 5`.
pub(super) fn obsolete_first(args: &[String], allow_plus: bool) -> Vec<String> {
    let mut out: Vec<String> = args.to_vec();
    if let Some(first) = args.first() {
        let body = first
            .strip_prefix('-')
            .or_else(|| first.strip_prefix('+').filter(|_| allow_plus));
        if let Some(body) = body {
            let digits = body.bytes().take_while(u8::is_ascii_digit).count();
            let rest = &body[digits..];
            if digits > 0 && matches!(rest, "" | "c" | "l") {
                let sign = if first.starts_with('+') { "+" } else { "" };
                let flag = if rest == "c" { "-c" } else { "-n" };
                out.splice(
                    0..1,
                    [flag.to_string(), format!("{sign}{}", &body[..digits])],
                );
            }
        }
    }
    out
}

/// GNU's message for a bad count: `invalid number of lines: ‘x’`, with the overflow reason.
pub(super) fn bad_count(prog: &str, what: &str, text: &str, err: &CountError) -> Output {
    let reason = match err {
        CountError::Invalid => String::new(),
        CountError::TooLarge => ": Value too large for defined data type".to_string(),
    };
    Output::fail(
        format!(
            "{prog}: invalid number of {what}: {}{reason}\n",
            locale_quote(text)
        ),
        1,
    )
}

/// Run `head`.
pub(super) fn main(inv: &Invocation) -> Output {
    counted(inv, "head", false, leading_minus, take)
}

/// head's count sign: a leading `-` means "all but the last N".
fn leading_minus(v: &str) -> (bool, &str) {
    match v.strip_prefix('-') {
        Some(t) => (true, t),
        None => (false, v),
    }
}

/// What head and tail share: the obsolete first argument, `-n`/`-c` with a count whose sign
/// `sign` reads (its flag goes into the [`Amount`]), `-q`/`-v`, then `take` on each operand.
pub(super) fn counted(
    inv: &Invocation,
    prog: &str,
    allow_plus: bool,
    sign: fn(&str) -> (bool, &str),
    take: fn(&[u8], Amount) -> &[u8],
) -> Output {
    let args = obsolete_first(inv.args, allow_plus);
    let view = Invocation {
        args: &args,
        ..*inv
    };
    let parsed = match parse_or_exit(&view, prog, OPTS, 1) {
        Ok(p) => p,
        Err(out) => return out,
    };
    let mut amount = Amount::Lines(10, false);
    let mut verbose = None;
    for (id, value) in &parsed.opts {
        let value = value.as_deref().unwrap_or("");
        match *id {
            LINES | BYTES => {
                let (flag, text) = sign(value);
                let what = if *id == LINES { "lines" } else { "bytes" };
                let n = match parse_count(text) {
                    Ok(n) => n,
                    Err(e) => return bad_count(inv.prog, what, value, &e),
                };
                amount = if *id == LINES {
                    Amount::Lines(n, flag)
                } else {
                    Amount::Bytes(n, flag)
                };
            }
            QUIET => verbose = Some(false),
            VERBOSE => verbose = Some(true),
            _ => {}
        }
    }
    let mut operands = parsed.operands;
    if operands.is_empty() {
        operands.push("-".to_string());
    }
    let headers = verbose.unwrap_or(operands.len() > 1);
    each_operand(inv, &operands, headers, |data| take(data, amount))
}

/// Print each operand through `select`, with headers and missing-file errors as head and tail
/// do.
pub(super) fn each_operand(
    inv: &Invocation,
    operands: &[String],
    headers: bool,
    select: impl Fn(&[u8]) -> &[u8],
) -> Output {
    let mut out = Output::default();
    let mut first = true;
    let mut stdin_used = false;
    for name in operands {
        if name != "-" {
            out.err_line(&format!(
                "{}: cannot open {} for reading: No such file or directory",
                inv.prog,
                shell_quote(name, true)
            ));
            out.code = 1;
            continue;
        }
        if headers {
            let sep = if first { "" } else { "\n" };
            out.stdout
                .extend_from_slice(format!("{sep}==> standard input <==\n").as_bytes());
        }
        first = false;
        let data: &[u8] = if stdin_used { b"" } else { inv.stdin };
        stdin_used = true;
        out.read = inv.stdin.len();
        out.stdout.extend_from_slice(select(data));
    }
    out
}

/// The part of `data` that `amount` selects.
fn take(data: &[u8], amount: Amount) -> &[u8] {
    let clamp = |n: u64| usize::try_from(n).unwrap_or(usize::MAX).min(data.len());
    match amount {
        Amount::Bytes(n, false) => &data[..clamp(n)],
        Amount::Bytes(n, true) => &data[..data.len() - clamp(n)],
        Amount::Lines(n, elide) => {
            let all = lines(data);
            let n = usize::try_from(n).unwrap_or(usize::MAX).min(all.len());
            let keep = if elide { all.len() - n } else { n };
            let end: usize = all[..keep].iter().map(|l| l.len()).sum();
            &data[..end]
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::stdlib::commands::run;
    use crate::stdlib::commands::tests::argv;

    fn seq(n: u32) -> Vec<u8> {
        (1..=n)
            .map(|i| format!("{i}\n"))
            .collect::<String>()
            .into_bytes()
    }

    fn head(args: &[&str], input: &[u8]) -> (String, String, i32) {
        let mut all = vec!["head"];
        all.extend_from_slice(args);
        let done = run(&argv(&all), &[], input).unwrap();
        (
            String::from_utf8_lossy(&done.stdout).into_owned(),
            String::from_utf8_lossy(&done.stderr).into_owned(),
            done.code,
        )
    }

    #[test]
    fn amounts() {
        assert_eq!(head(&[], &seq(15)).0, String::from_utf8_lossy(&seq(10)));
        assert_eq!(head(&["-n", "3"], &seq(15)).0, "1\n2\n3\n");
        assert_eq!(head(&["-3"], &seq(15)).0, "1\n2\n3\n");
        assert_eq!(head(&["-n3"], &seq(15)).0, "1\n2\n3\n");
        assert_eq!(head(&["--lines=2"], &seq(15)).0, "1\n2\n");
        assert_eq!(head(&["-n", "-12"], &seq(15)).0, "1\n2\n3\n");
        assert_eq!(head(&["-c", "4"], &seq(5)).0, "1\n2\n");
        assert_eq!(head(&["-c", "-4"], &seq(5)).0, "1\n2\n3\n");
        assert_eq!(head(&["-4c"], &seq(5)).0, "1\n2\n");
        assert_eq!(head(&["-n", "+2"], &seq(5)).0, "1\n2\n");
        assert_eq!(head(&["-n", "1"], b"no newline").0, "no newline");
        assert_eq!(head(&["-n", "0"], &seq(3)).0, "");
    }

    #[test]
    fn headers() {
        assert_eq!(
            head(&["-n", "1", "-", "-"], &seq(3)).0,
            "==> standard input <==\n1\n\n==> standard input <==\n"
        );
        assert_eq!(
            head(&["-v", "-n1"], &seq(3)).0,
            "==> standard input <==\n1\n"
        );
        assert_eq!(head(&["-q", "-n1", "-", "-"], &seq(3)).0, "1\n");
    }

    #[test]
    fn errors() {
        assert_eq!(
            head(&["-n", "x"], b""),
            (
                String::new(),
                "head: invalid number of lines: ‘x’\n".into(),
                1
            )
        );
        assert_eq!(
            head(&["-c", "99999999999999999999999"], b"").1,
            "head: invalid number of bytes: ‘99999999999999999999999’: \
             Value too large for defined data type\n"
        );
        assert_eq!(
            head(&["nofile"], b"").1,
            "head: cannot open 'nofile' for reading: No such file or directory\n"
        );
        assert_eq!(
            head(&["-n"], b"").1,
            "head: option requires an argument -- 'n'\nTry 'head --help' for more information.\n"
        );
    }
}
