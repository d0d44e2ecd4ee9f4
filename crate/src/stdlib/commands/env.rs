//! `env` and `printenv` over the environment the child was given.
//!
//! `env [-i] [-u NAME]... [-0] [NAME=VALUE]... [COMMAND [ARG]...]` prints the (modified)
//! environment, or runs COMMAND (another simulated command) in it; options stop at the first
//! operand, as GNU env's do, so `env X=1 head -n 1` works. Usage errors exit 125, an unknown
//! COMMAND prints `env: ‘X’: No such file or directory` and exits 127.
//!
//! `printenv [-0] [NAME]...` prints every `NAME=VALUE`, or the values of the named variables;
//! exit 1 when one is missing, 2 on a usage error.

use super::getopt::{opt, parse_or_exit, try_help, Opt};
use super::text::{gnu_help, gnu_version, locale_quote};
use super::{base_name, lookup, Invocation, Output};

/// Run `env`.
pub(super) fn env_main(inv: &Invocation) -> Output {
    let mut env: Vec<(String, String)> = inv.env.to_vec();
    let mut args: Vec<String> = inv.args.to_vec();
    let mut prog = inv.prog.to_string();
    // `env env X=1 cmd` loops here instead of recursing, so a long chain cannot overflow.
    loop {
        let mut null = false;
        let mut i = 0;
        let usage = |msg: String, prog: &str| {
            Output::fail(format!("{prog}: {msg}\n{}", try_help(prog)), 125)
        };
        while i < args.len() {
            let arg = args[i].clone();
            if arg == "--" {
                i += 1;
                break;
            }
            if arg == "-" {
                env.clear();
                i += 1;
                continue;
            }
            if let Some(long) = arg.strip_prefix("--") {
                let (name, value) = match long.split_once('=') {
                    Some((n, v)) => (n, Some(v.to_string())),
                    None => (long, None),
                };
                let known = ["ignore-environment", "null", "unset", "help", "version"];
                let matches: Vec<&str> = known
                    .iter()
                    .copied()
                    .filter(|k| k.starts_with(name))
                    .collect();
                let Some(full) =
                    matches
                        .iter()
                        .copied()
                        .find(|k| *k == name)
                        .or(match matches.as_slice() {
                            [one] => Some(*one),
                            _ => None,
                        })
                else {
                    return usage(format!("unrecognized option '--{name}'"), &prog);
                };
                i += 1;
                match full {
                    "ignore-environment" => env.clear(),
                    "null" => null = true,
                    "help" => return Output::ok(gnu_help("env", &prog)),
                    "version" => return Output::ok(gnu_version("env")),
                    _ => {
                        let value = match value {
                            Some(v) => v,
                            None => match args.get(i) {
                                Some(v) => {
                                    i += 1;
                                    v.clone()
                                }
                                None => {
                                    return usage(
                                        "option '--unset' requires an argument".to_string(),
                                        &prog,
                                    )
                                }
                            },
                        };
                        if let Err(out) = unset(&mut env, &value, &prog) {
                            return out;
                        }
                    }
                }
                continue;
            }
            let Some(shorts) = arg.strip_prefix('-') else {
                break;
            };
            i += 1;
            let chars: Vec<char> = shorts.chars().collect();
            let mut j = 0;
            while j < chars.len() {
                let c = chars[j];
                j += 1;
                match c {
                    'i' => env.clear(),
                    '0' => null = true,
                    'u' => {
                        let value = if j < chars.len() {
                            let v: String = chars[j..].iter().collect();
                            j = chars.len();
                            v
                        } else {
                            match args.get(i) {
                                Some(v) => {
                                    i += 1;
                                    v.clone()
                                }
                                None => {
                                    return usage(
                                        "option requires an argument -- 'u'".to_string(),
                                        &prog,
                                    )
                                }
                            }
                        };
                        if let Err(out) = unset(&mut env, &value, &prog) {
                            return out;
                        }
                    }
                    _ => return usage(format!("invalid option -- '{c}'"), &prog),
                }
            }
        }
        while i < args.len() {
            let Some((name, value)) = args[i].split_once('=') else {
                break;
            };
            env.retain(|(k, _)| k != name);
            env.push((name.to_string(), value.to_string()));
            i += 1;
        }
        let Some(command) = args.get(i).cloned() else {
            let end = if null { '\0' } else { '\n' };
            let text: String = env.iter().map(|(k, v)| format!("{k}={v}{end}")).collect();
            return Output::ok(text.into_bytes());
        };
        let Some(main) = lookup(&command) else {
            return Output::fail(
                format!(
                    "{prog}: {}: No such file or directory\n",
                    locale_quote(&command)
                ),
                127,
            );
        };
        if base_name(&command) == "env" {
            prog = command;
            args.drain(..=i);
            continue;
        }
        let child = main(&Invocation {
            prog: &command,
            args: &args[i + 1..],
            env: &env,
            stdin: inv.stdin,
        });
        // The child's startup and time count as env's; `run` charges the bytes.
        return Output {
            extra_ns: child.extra_ns.saturating_add(super::STARTUP_NS),
            ..child
        };
    }
}

/// `-u NAME`: remove NAME, which may not contain `=`.
fn unset(env: &mut Vec<(String, String)>, name: &str, prog: &str) -> Result<(), Output> {
    if name.contains('=') || name.is_empty() {
        return Err(Output::fail(
            format!(
                "{prog}: cannot unset {}: Invalid argument\n",
                locale_quote(name)
            ),
            125,
        ));
    }
    env.retain(|(k, _)| k != name);
    Ok(())
}

/// Run `printenv`.
pub(super) fn printenv_main(inv: &Invocation) -> Output {
    const OPTS: &[Opt] = &[opt(Some('0'), Some("null"), false, 1)];
    let parsed = match parse_or_exit(inv, "printenv", OPTS, 2) {
        Ok(p) => p,
        Err(out) => return out,
    };
    let end = if parsed.opts.is_empty() { '\n' } else { '\0' };
    let mut out = Output::default();
    if parsed.operands.is_empty() {
        let text: String = inv
            .env
            .iter()
            .map(|(k, v)| format!("{k}={v}{end}"))
            .collect();
        out.stdout = text.into_bytes();
        return out;
    }
    let mut text = String::new();
    for name in &parsed.operands {
        let found = (!name.contains('=')).then(|| inv.getenv(name)).flatten();
        match found {
            Some(value) => {
                text.push_str(value);
                text.push(end);
            }
            None => out.code = 1,
        }
    }
    out.stdout = text.into_bytes();
    out
}

#[cfg(test)]
mod tests {
    use crate::stdlib::commands::tests::argv;
    use crate::stdlib::commands::{run, STARTUP_NS};

    fn env() -> Vec<(String, String)> {
        vec![("A".into(), "1".into()), ("B".into(), "2".into())]
    }

    fn go(args: &[&str]) -> (String, String, i32) {
        let done = run(&argv(args), &env(), b"line1\nline2\n").unwrap();
        (
            String::from_utf8_lossy(&done.stdout).into_owned(),
            String::from_utf8_lossy(&done.stderr).into_owned(),
            done.code,
        )
    }

    #[test]
    fn printenv() {
        assert_eq!(go(&["printenv"]).0, "A=1\nB=2\n");
        assert_eq!(go(&["printenv", "B"]), ("2\n".into(), String::new(), 0));
        assert_eq!(
            go(&["printenv", "B", "A", "C"]),
            ("2\n1\n".into(), String::new(), 1)
        );
        assert_eq!(go(&["printenv", "A=1"]).2, 1);
        assert_eq!(go(&["printenv", "-0", "A"]).0, "1\0");
        assert_eq!(go(&["printenv", "-z"]).2, 2);
    }

    #[test]
    fn env_prints_and_runs() {
        assert_eq!(go(&["env"]).0, "A=1\nB=2\n");
        assert_eq!(go(&["env", "-i", "X=3"]).0, "X=3\n");
        assert_eq!(go(&["env", "-u", "A", "B=5"]).0, "B=5\n");
        assert_eq!(go(&["env", "-", "=x"]).0, "=x\n");
        assert_eq!(go(&["env", "X=2", "printenv", "X"]).0, "2\n");
        assert_eq!(go(&["env", "head", "-n", "1"]).0, "line1\n");
        assert_eq!(go(&["env", "-i", "env", "Y=1", "env"]).0, "Y=1\n");
        let done = run(&argv(&["env", "sleep", "1"]), &[], b"").unwrap();
        assert_eq!(done.duration_ns, 2 * STARTUP_NS + 1_000_000_000);
    }

    #[test]
    fn env_errors() {
        assert_eq!(
            go(&["env", "nosuch"]),
            (
                String::new(),
                "env: ‘nosuch’: No such file or directory\n".into(),
                127
            )
        );
        assert_eq!(
            go(&["env", "A=1", "-i"]).1,
            "env: ‘-i’: No such file or directory\n"
        );
        assert_eq!(
            go(&["env", "-z"]),
            (
                String::new(),
                "env: invalid option -- 'z'\nTry 'env --help' for more information.\n".into(),
                125
            )
        );
        assert_eq!(go(&["env", "-u"]).2, 125);
        assert_eq!(
            go(&["env", "-u", "A=B"]).1,
            "env: cannot unset ‘A=B’: Invalid argument\n"
        );
    }
}
