//! `true`, `false` and `pwd`.
//!
//! `true` and `false` ignore their arguments except a lone `--help` or `--version`, like GNU's.
//! `pwd` prints [`HOME`](super::HOME): the simulated working directory never changes.

use super::getopt::{opt, parse_or_exit, Opt};
use super::text::{gnu_help, gnu_version};
use super::{Invocation, Output, HOME};

/// `true`/`false`: exit with `code`, honouring a sole `--help`/`--version` (which exit 0 for
/// `true` and 1 for `false`, as coreutils does).
fn constant(inv: &Invocation, name: &str, code: i32) -> Output {
    let mut out = Output {
        code,
        ..Output::default()
    };
    if let [only] = inv.args {
        match only.as_str() {
            "--help" => out.stdout = gnu_help(name, inv.prog),
            "--version" => out.stdout = gnu_version(name),
            _ => {}
        }
    }
    out
}

/// `true [ignored]`: exit 0.
pub(super) fn true_main(inv: &Invocation) -> Output {
    constant(inv, "true", 0)
}

/// `false [ignored]`: exit 1.
pub(super) fn false_main(inv: &Invocation) -> Output {
    constant(inv, "false", 1)
}

/// `pwd [-L|-P]`: the working directory.
pub(super) fn pwd_main(inv: &Invocation) -> Output {
    const OPTS: &[Opt] = &[
        opt(Some('L'), Some("logical"), false, 1),
        opt(Some('P'), Some("physical"), false, 2),
    ];
    let parsed = match parse_or_exit(inv, "pwd", OPTS, 1) {
        Ok(p) => p,
        Err(out) => return out,
    };
    let mut out = Output::ok(format!("{HOME}\n").into_bytes());
    if !parsed.operands.is_empty() {
        out.err_line(&format!("{}: ignoring non-option arguments", inv.prog));
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::stdlib::commands::run;
    use crate::stdlib::commands::tests::argv;

    #[test]
    fn constants() {
        assert_eq!(
            run(&argv(&["true", "x", "--bogus"]), &[], b"")
                .unwrap()
                .code,
            0
        );
        assert_eq!(run(&argv(&["false"]), &[], b"").unwrap().code, 1);
        let v = run(&argv(&["false", "--version"]), &[], b"").unwrap();
        assert_eq!(v.code, 1);
        assert!(v.stdout.starts_with(b"false (GNU coreutils) 9.1\n"));
        let h = run(&argv(&["true", "--help"]), &[], b"").unwrap();
        assert!(h
            .stdout
            .starts_with(b"Usage: true [ignored command line arguments]\n"));
        assert!(run(&argv(&["true", "--help", "x"]), &[], b"")
            .unwrap()
            .stdout
            .is_empty());
    }

    #[test]
    fn pwd() {
        let done = run(&argv(&["pwd"]), &[], b"").unwrap();
        assert_eq!(done.stdout, b"/home/learner\n");
        let done = run(&argv(&["pwd", "-x"]), &[], b"").unwrap();
        assert_eq!(done.code, 1);
        assert_eq!(
            done.stderr,
            b"pwd: invalid option -- 'x'\nTry 'pwd --help' for more information.\n"
        );
    }
}
