//! `cat [-nbEsT] [FILE]...`: copy standard input (no operand, or `-`) to standard output.
//!
//! There are no files: each other operand reports `cat: NAME: No such file or directory` and
//! makes the exit status 1, after the operands before it have been copied. Stdin is read by the
//! first `-`; later ones find it at end of file, as with a real pipe. Numbering (`-n`, `-b`)
//! uses GNU's `%6d\t` and runs on across operands; `-E` marks line ends with `$`, `-T` shows
//! tabs as `^I`, `-s` squeezes runs of empty lines.

use super::getopt::{opt, parse_or_exit, Opt};
use super::text::shell_quote;
use super::{Invocation, Output};

const NUMBER: u8 = 1;
const NUMBER_NONBLANK: u8 = 2;
const SHOW_ENDS: u8 = 3;
const SQUEEZE: u8 = 4;
const SHOW_TABS: u8 = 5;
const IGNORED: u8 = 6;

const OPTS: &[Opt] = &[
    opt(Some('n'), Some("number"), false, NUMBER),
    opt(Some('b'), Some("number-nonblank"), false, NUMBER_NONBLANK),
    opt(Some('E'), Some("show-ends"), false, SHOW_ENDS),
    opt(Some('s'), Some("squeeze-blank"), false, SQUEEZE),
    opt(Some('T'), Some("show-tabs"), false, SHOW_TABS),
    opt(Some('u'), None, false, IGNORED),
];

/// Run `cat`.
pub(super) fn main(inv: &Invocation) -> Output {
    let parsed = match parse_or_exit(inv, "cat", OPTS, 1) {
        Ok(p) => p,
        Err(out) => return out,
    };
    let has = |id: u8| parsed.opts.iter().any(|(o, _)| *o == id);
    let nonblank = has(NUMBER_NONBLANK);
    let style = Style {
        number: has(NUMBER) || nonblank,
        nonblank,
        ends: has(SHOW_ENDS),
        squeeze: has(SQUEEZE),
        tabs: has(SHOW_TABS),
    };
    let mut operands = parsed.operands;
    if operands.is_empty() {
        operands.push("-".to_string());
    }
    let mut out = Output::default();
    let mut state = State {
        line: 0,
        at_line_start: true,
        blank_run: 0,
    };
    let mut stdin_used = false;
    for name in &operands {
        if name != "-" {
            out.err_line(&format!(
                "{}: {}: No such file or directory",
                inv.prog,
                shell_quote(name, false)
            ));
            out.code = 1;
            continue;
        }
        if stdin_used {
            continue;
        }
        stdin_used = true;
        out.read = inv.stdin.len();
        if style.plain() {
            out.stdout.extend_from_slice(inv.stdin);
        } else {
            style.copy(inv.stdin, &mut state, &mut out.stdout);
        }
    }
    out
}

/// The formatting options.
struct Style {
    number: bool,
    nonblank: bool,
    ends: bool,
    squeeze: bool,
    tabs: bool,
}

/// Numbering state carried across operands.
struct State {
    line: u64,
    at_line_start: bool,
    blank_run: u32,
}

impl Style {
    fn plain(&self) -> bool {
        !(self.number || self.ends || self.squeeze || self.tabs)
    }

    fn copy(&self, data: &[u8], st: &mut State, out: &mut Vec<u8>) {
        for &b in data {
            if st.at_line_start {
                if b == b'\n' {
                    st.blank_run += 1;
                    if self.squeeze && st.blank_run > 1 {
                        continue;
                    }
                    if self.number && !self.nonblank {
                        st.line += 1;
                        out.extend_from_slice(format!("{:>6}\t", st.line).as_bytes());
                    }
                    if self.ends {
                        out.push(b'$');
                    }
                    out.push(b'\n');
                    continue;
                }
                st.blank_run = 0;
                if self.number {
                    st.line += 1;
                    out.extend_from_slice(format!("{:>6}\t", st.line).as_bytes());
                }
                st.at_line_start = false;
            }
            match b {
                b'\n' => {
                    if self.ends {
                        out.push(b'$');
                    }
                    out.push(b'\n');
                    st.at_line_start = true;
                }
                b'\t' if self.tabs => out.extend_from_slice(b"^I"),
                _ => out.push(b),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::stdlib::commands::run;
    use crate::stdlib::commands::tests::argv;

    #[test]
    fn copies_stdin() {
        let done = run(&argv(&["cat"]), &[], b"a\nb").unwrap();
        assert_eq!((done.stdout.as_slice(), done.code), (&b"a\nb"[..], 0));
        let done = run(&argv(&["cat", "-", "-"]), &[], b"a\n").unwrap();
        assert_eq!(done.stdout, b"a\n");
    }

    #[test]
    fn missing_files() {
        let done = run(&argv(&["cat", "nosuch", "-", "other"]), &[], b"x").unwrap();
        assert_eq!(done.stdout, b"x");
        assert_eq!(
            done.stderr,
            b"cat: nosuch: No such file or directory\ncat: other: No such file or directory\n"
        );
        assert_eq!(done.code, 1);
        let done = run(&argv(&["cat", "--", "-n"]), &[], b"x").unwrap();
        assert_eq!(done.stderr, b"cat: -n: No such file or directory\n");
    }

    #[test]
    fn formatting() {
        let done = run(&argv(&["cat", "-n"]), &[], b"a\n\tb\n\nc").unwrap();
        assert_eq!(done.stdout, b"     1\ta\n     2\t\tb\n     3\t\n     4\tc");
        let done = run(&argv(&["cat", "-bET"]), &[], b"a\n\n\n\tb\n").unwrap();
        assert_eq!(done.stdout, b"     1\ta$\n$\n$\n     2\t^Ib$\n");
        let done = run(&argv(&["cat", "-s"]), &[], b"a\n\n\n\nb\n").unwrap();
        assert_eq!(done.stdout, b"a\n\nb\n");
    }

    #[test]
    fn bad_options() {
        let done = run(&argv(&["cat", "-z"]), &[], b"x").unwrap();
        assert_eq!(done.code, 1);
        assert_eq!(
            done.stderr,
            b"cat: invalid option -- 'z'\nTry 'cat --help' for more information.\n"
        );
    }
}
