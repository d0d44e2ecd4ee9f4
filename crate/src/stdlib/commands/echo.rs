//! `echo [-neE]... [STRING]...`, GNU coreutils' (not the shell builtin, which `subprocess`
//! never reaches).
//!
//! Leading arguments made only of `n`, `e` and `E` after a `-` are options; the first other
//! argument ends them. `-e` interprets `\\ \a \b \c \e \f \n \r \t \v`, `\0NNN` and `\NNN`
//! (octal, up to three digits, taken modulo 256) and `\xHH` (one or two hex digits); `\c` stops
//! all output; any other backslash is printed as is. A sole `--help` or `--version` prints
//! GNU's texts.

use super::text::{gnu_help, gnu_version};
use super::{Invocation, Output};

/// Run `echo`.
pub(super) fn main(inv: &Invocation) -> Output {
    if let [only] = inv.args {
        match only.as_str() {
            "--help" => return Output::ok(gnu_help("echo", inv.prog)),
            "--version" => return Output::ok(gnu_version("echo")),
            _ => {}
        }
    }
    let mut newline = true;
    let mut escapes = false;
    let mut rest = inv.args;
    while let Some((first, tail)) = rest.split_first() {
        let Some(flags) = first.strip_prefix('-') else {
            break;
        };
        if flags.is_empty() || !flags.chars().all(|c| matches!(c, 'n' | 'e' | 'E')) {
            break;
        }
        for c in flags.chars() {
            match c {
                'n' => newline = false,
                'e' => escapes = true,
                _ => escapes = false,
            }
        }
        rest = tail;
    }
    let mut out = Vec::new();
    for (i, arg) in rest.iter().enumerate() {
        if i > 0 {
            out.push(b' ');
        }
        if escapes {
            if expand(arg.as_bytes(), &mut out) {
                return Output::ok(out);
            }
        } else {
            out.extend_from_slice(arg.as_bytes());
        }
    }
    if newline {
        out.push(b'\n');
    }
    Output::ok(out)
}

/// Append `arg` with its escapes interpreted; `true` when `\c` asked to stop all output.
fn expand(arg: &[u8], out: &mut Vec<u8>) -> bool {
    let mut i = 0;
    while i < arg.len() {
        let b = arg[i];
        i += 1;
        if b != b'\\' || i >= arg.len() {
            out.push(b);
            continue;
        }
        let c = arg[i];
        i += 1;
        let byte = match c {
            b'a' => 0x07,
            b'b' => 0x08,
            b'c' => return true,
            b'e' => 0x1b,
            b'f' => 0x0c,
            b'n' => b'\n',
            b'r' => b'\r',
            b't' => b'\t',
            b'v' => 0x0b,
            b'\\' => b'\\',
            b'x' => {
                let mut value: u32 = 0;
                let mut n = 0;
                while n < 2 && i < arg.len() && arg[i].is_ascii_hexdigit() {
                    value = value * 16 + (arg[i] as char).to_digit(16).unwrap_or(0);
                    i += 1;
                    n += 1;
                }
                if n == 0 {
                    out.extend_from_slice(b"\\x");
                    continue;
                }
                value as u8
            }
            b'0'..=b'7' => {
                // `\0` introduces up to three more digits; `\1`..`\7` count as the first.
                let mut value: u32 = 0;
                let mut n = 0;
                if c != b'0' {
                    value = u32::from(c - b'0');
                    n = 1;
                }
                while n < 3 && i < arg.len() && (b'0'..=b'7').contains(&arg[i]) {
                    value = value * 8 + u32::from(arg[i] - b'0');
                    i += 1;
                    n += 1;
                }
                (value & 0xff) as u8
            }
            other => {
                out.push(b'\\');
                other
            }
        };
        out.push(byte);
    }
    false
}

#[cfg(test)]
mod tests {
    use crate::stdlib::commands::run;
    use crate::stdlib::commands::tests::argv;

    fn echo(words: &[&str]) -> Vec<u8> {
        let mut all = vec!["echo"];
        all.extend_from_slice(words);
        run(&argv(&all), &[], b"").unwrap().stdout
    }

    #[test]
    fn plain() {
        assert_eq!(echo(&[]), b"\n");
        assert_eq!(echo(&["a", "b"]), b"a b\n");
        assert_eq!(echo(&["-n", "hi"]), b"hi");
        assert_eq!(echo(&["-nx", "hi"]), b"-nx hi\n");
        assert_eq!(echo(&["--", "hi"]), b"-- hi\n");
        assert_eq!(echo(&["-"]), b"-\n");
        assert_eq!(echo(&["hi", "-n"]), b"hi -n\n");
        assert_eq!(echo(&["a\\tb"]), b"a\\tb\n");
        assert_eq!(echo(&["-eE", "a\\tb"]), b"a\\tb\n");
        assert_eq!(
            echo(&["자식 프로세스에게 보내는 인사"]),
            "자식 프로세스에게 보내는 인사\n".as_bytes()
        );
    }

    #[test]
    fn escapes() {
        assert_eq!(
            echo(&["-e", "a\\tb\\nc\\\\d\\x41\\0101"]),
            b"a\tb\nc\\dAA\n"
        );
        assert_eq!(echo(&["-e", "\\101\\18\\777 x\\"]), b"A\x018\xff x\\\n");
        assert_eq!(echo(&["-e", "a\\x4g\\x414"]), b"a\x04gA4\n");
        assert_eq!(echo(&["-e", "\\x \\q\\08"]), b"\\x \\q\x008\n");
        assert_eq!(echo(&["-e", "a\\cb", "c"]), b"a");
        assert_eq!(echo(&["-ne", "x\\n"]), b"x\n");
    }

    #[test]
    fn standard_options() {
        assert!(echo(&["--version"]).starts_with(b"echo (GNU coreutils) 9.1\n"));
        assert_eq!(echo(&["--version", "x"]), b"--version x\n");
    }
}
