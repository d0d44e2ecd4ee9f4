//! GNU `getopt_long` as the coreutils use it: options and operands may be mixed (argument
//! permutation), `--` ends the options, `-` alone is an operand, short options cluster
//! (`-lw`), a short option's argument may be attached (`-n3`) or follow (`-n 3`), long options
//! may be abbreviated to any unique prefix and take `--lines=3` or `--lines 3`. Errors are
//! glibc's messages followed by coreutils' `Try 'PROG --help' for more information.`

use super::text::{gnu_help, gnu_version};
use super::{Invocation, Output};

/// One option a command accepts.
pub(crate) struct Opt {
    /// The short letter (`n` for `-n`), if any.
    pub short: Option<char>,
    /// The long name (`lines` for `--lines`), if any.
    pub long: Option<&'static str>,
    /// Whether the option takes an argument.
    pub arg: bool,
    /// The identifier reported back to the command.
    pub id: u8,
}

/// Shorthand for an [`Opt`].
pub(crate) const fn opt(short: Option<char>, long: Option<&'static str>, arg: bool, id: u8) -> Opt {
    Opt {
        short,
        long,
        arg,
        id,
    }
}

/// The id [`parse`] reports for `--help` (every coreutils tool accepts it).
pub(crate) const HELP: u8 = 254;
/// The id [`parse`] reports for `--version`.
pub(crate) const VERSION: u8 = 255;

/// Parsed command line: the options in order with their arguments, and the operands.
pub(crate) struct Parsed {
    /// `(id, argument)` for each option seen, in order.
    pub opts: Vec<(u8, Option<String>)>,
    /// The operands, in order.
    pub operands: Vec<String>,
}

/// Parse `args` against `opts`; `Err(stderr text)` with glibc's message and the
/// `Try '... --help'` line when the command line is malformed.
pub(crate) fn parse(prog: &str, args: &[String], opts: &[Opt]) -> Result<Parsed, String> {
    let mut parsed = Parsed {
        opts: Vec::new(),
        operands: Vec::new(),
    };
    let standard = [
        opt(None, Some("help"), false, HELP),
        opt(None, Some("version"), false, VERSION),
    ];
    let opts: Vec<&Opt> = opts.iter().chain(standard.iter()).collect();
    let fail = |msg: String| Err(format!("{prog}: {msg}\n{}", try_help(prog)));
    let mut i = 0;
    while i < args.len() {
        let arg = &args[i];
        i += 1;
        if arg == "--" {
            parsed.operands.extend(args[i..].iter().cloned());
            break;
        }
        if let Some(body) = arg.strip_prefix("--") {
            let (name, value) = match body.split_once('=') {
                Some((n, v)) => (n, Some(v.to_string())),
                None => (body, None),
            };
            let exact = opts.iter().copied().find(|o| o.long == Some(name));
            let candidates: Vec<&Opt> = match exact {
                Some(o) => vec![o],
                None => opts
                    .iter()
                    .copied()
                    .filter(|o| o.long.is_some_and(|l| l.starts_with(name)))
                    .collect(),
            };
            let o = match candidates.as_slice() {
                [o] => *o,
                [] => return fail(format!("unrecognized option '--{name}'")),
                _ => {
                    let all: Vec<String> = candidates
                        .iter()
                        .filter_map(|o| o.long.map(|l| format!("'--{l}'")))
                        .collect();
                    return fail(format!(
                        "option '--{name}' is ambiguous; possibilities: {}",
                        all.join(" ")
                    ));
                }
            };
            let long = o.long.unwrap_or(name);
            if o.arg {
                let value = match value {
                    Some(v) => v,
                    None => match args.get(i) {
                        Some(v) => {
                            i += 1;
                            v.clone()
                        }
                        None => return fail(format!("option '--{long}' requires an argument")),
                    },
                };
                parsed.opts.push((o.id, Some(value)));
            } else {
                if value.is_some() {
                    return fail(format!("option '--{long}' doesn't allow an argument"));
                }
                parsed.opts.push((o.id, None));
                if o.id == HELP || o.id == VERSION {
                    // coreutils act on these as soon as getopt returns them.
                    return Ok(parsed);
                }
            }
            continue;
        }
        if arg.len() > 1 && arg.starts_with('-') {
            let body: Vec<char> = arg.chars().skip(1).collect();
            let mut j = 0;
            while j < body.len() {
                let c = body[j];
                j += 1;
                let Some(o) = opts.iter().find(|o| o.short == Some(c)) else {
                    return fail(format!("invalid option -- '{c}'"));
                };
                if o.arg {
                    let value = if j < body.len() {
                        body[j..].iter().collect()
                    } else {
                        match args.get(i) {
                            Some(v) => {
                                i += 1;
                                v.clone()
                            }
                            None => return fail(format!("option requires an argument -- '{c}'")),
                        }
                    };
                    parsed.opts.push((o.id, Some(value)));
                    break;
                }
                parsed.opts.push((o.id, None));
                if o.id == HELP || o.id == VERSION {
                    // coreutils act on these as soon as getopt returns them.
                    return Ok(parsed);
                }
            }
            continue;
        }
        parsed.operands.push(arg.clone());
    }
    Ok(parsed)
}

/// If the parse stopped at `--help` or `--version`, what the tool prints then (exit 0).
pub(crate) fn standard_exit(parsed: &Parsed, name: &str, prog: &str) -> Option<Output> {
    match parsed.opts.last() {
        Some((HELP, _)) => Some(Output::ok(gnu_help(name, prog))),
        Some((VERSION, _)) => Some(Output::ok(gnu_version(name))),
        _ => None,
    }
}

/// Parse `args` for command `name`: `Err` is the finished run, either the usage error (exit
/// `status`) or `--help`/`--version`.
pub(crate) fn parse_or_exit(
    inv: &Invocation,
    name: &str,
    opts: &[Opt],
    status: i32,
) -> Result<Parsed, Output> {
    let parsed = parse(inv.prog, inv.args, opts).map_err(|msg| Output::fail(msg, status))?;
    match standard_exit(&parsed, name, inv.prog) {
        Some(out) => Err(out),
        None => Ok(parsed),
    }
}

/// coreutils' pointer to the help text, with its newline.
pub(crate) fn try_help(prog: &str) -> String {
    format!("Try '{prog} --help' for more information.\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    const OPTS: &[Opt] = &[
        opt(Some('n'), Some("lines"), true, 1),
        opt(Some('q'), Some("quiet"), false, 2),
        opt(None, Some("quit-now"), false, 3),
    ];

    fn args(words: &[&str]) -> Vec<String> {
        words.iter().map(|w| w.to_string()).collect()
    }

    #[test]
    fn forms() {
        let p = parse(
            "p",
            &args(&["a", "-qn3", "--lines", "4", "--li=5", "-", "--", "-q"]),
            OPTS,
        )
        .unwrap();
        assert_eq!(
            p.opts,
            vec![
                (2, None),
                (1, Some("3".into())),
                (1, Some("4".into())),
                (1, Some("5".into()))
            ]
        );
        assert_eq!(p.operands, args(&["a", "-", "-q"]));
    }

    #[test]
    fn errors() {
        let e = |w: &[&str]| parse("p", &args(w), OPTS).err().unwrap_or_default();
        assert_eq!(
            e(&["-z"]),
            "p: invalid option -- 'z'\nTry 'p --help' for more information.\n"
        );
        assert!(e(&["--bogus"]).starts_with("p: unrecognized option '--bogus'\n"));
        assert!(e(&["-n"]).starts_with("p: option requires an argument -- 'n'\n"));
        assert!(e(&["--lines"]).starts_with("p: option '--lines' requires an argument\n"));
        assert!(e(&["--quiet=1"]).starts_with("p: option '--quiet' doesn't allow an argument\n"));
        assert!(e(&["--qui"]).starts_with(
            "p: option '--qui' is ambiguous; possibilities: '--quiet' '--quit-now'\n"
        ));
    }
}
