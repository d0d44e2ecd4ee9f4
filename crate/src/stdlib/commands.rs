//! Simulated commands: the programs a learner's `subprocess` calls can start.
//!
//! There is no operating system under Interleave, so `subprocess.run(['echo', 'hi'])` cannot
//! spawn a real process. This module is the stand-in: a pure function from a command line, an
//! environment and the bytes on standard input to what the process would have written, its exit
//! status and how long it would have run on the virtual clock. It knows nothing of the VM; the
//! simulated `subprocess` module feeds it and turns [`Completed::duration_ns`] into a timer.
//!
//! # API
//! - [`run`]`(argv, env, stdin)` → `Ok(`[`Completed`]`)` (stdout, stderr, exit code, virtual
//!   duration) or `Err(`[`SpawnError`]`)` when CPython's `Popen` itself would raise (unknown
//!   executable: `FileNotFoundError: [Errno 2] No such file or directory: 'nosuchcmd'`).
//! - [`exists`]`(name)`: whether `name` resolves to a simulated command (for `shutil.which`).
//!
//! `argv[0]` may be a bare name (`echo`) or one of the usual absolute paths (`/bin/echo`,
//! `/usr/bin/echo`); GNU tools name themselves by `argv[0]` exactly as given
//! (`/usr/bin/sleep: missing operand`), and so do these.
//!
//! # Commands
//! GNU coreutils 9.1 behaviour (Debian 12) in the `C.UTF-8` locale, for the common options:
//! `echo`, `cat`, `true`, `false`, `sleep`, `wc`, `head`, `tail`, `tr`, `sort`, `pwd`, `env`,
//! `printenv`; and `openssl` (OpenSSL 3.0): `enc` and `dgst`. See each file under `commands/`.
//! There is no file system: every file operand is missing (`cat: x: No such file or
//! directory`), and the working directory is [`HOME`].
//!
//! # Durations
//! Every process costs [`STARTUP_NS`] (1 ms) plus [`NS_PER_BYTE`] (5 ns) for each byte it reads
//! from stdin or writes to stdout or stderr; `sleep` adds its interval on top. So
//! `sleep 1` takes 1.001 s and `echo hi` takes 1.000015 ms. The numbers are round on purpose:
//! they make ten parallel `sleep 1` children finish in about a second, as in the course notes,
//! without pretending to model a real machine.

mod cat;
mod echo;
mod env;
mod getopt;
mod head;
mod openssl;
mod simple;
mod sleep;
mod sort;
mod tail;
mod text;
mod tr;
mod wc;
mod whirlpool;

#[cfg(test)]
mod compare_real;

/// The fixed cost of starting any simulated process: 1 ms of virtual time.
pub const STARTUP_NS: u64 = 1_000_000;

/// The cost of each byte a simulated process reads from stdin or writes out: 5 ns.
pub const NS_PER_BYTE: u64 = 5;

/// The simulated working directory (what `pwd` prints) and home directory.
pub const HOME: &str = "/home/learner";

/// What a finished process left behind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Completed {
    /// Bytes written to standard output.
    pub stdout: Vec<u8>,
    /// Bytes written to standard error.
    pub stderr: Vec<u8>,
    /// The exit status (0 for success; GNU tools use 1 or 2 for errors, `env` 127 when the
    /// command it should run does not exist).
    pub code: i32,
    /// How long the process runs on the virtual clock, in nanoseconds (see the module doc).
    pub duration_ns: u64,
}

/// Why a process could not be started: what CPython's `Popen` raises instead of returning.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpawnError {
    /// The exception class CPython raises: `FileNotFoundError`, `PermissionError`, or
    /// `IndexError` for an empty argument list.
    pub exception: &'static str,
    /// The `errno` attribute (2 = ENOENT, 13 = EACCES; 0 for `IndexError`, which has none).
    pub errno: i32,
    /// The `strerror` attribute (`No such file or directory`), or the `IndexError` message.
    pub strerror: &'static str,
    /// The `filename` attribute: the executable as the program gave it.
    pub filename: String,
}

impl SpawnError {
    /// `str(exc)` as CPython prints it: `[Errno 2] No such file or directory: 'nosuchcmd'`
    /// (`list index out of range` for the empty argument list).
    pub fn message(&self) -> String {
        if self.errno == 0 {
            return self.strerror.to_string();
        }
        format!(
            "[Errno {}] {}: {}",
            self.errno,
            self.strerror,
            crate::format::str_repr(&self.filename)
        )
    }
}

/// One invocation as a command sees it.
pub(crate) struct Invocation<'a> {
    /// `argv[0]` exactly as given: GNU tools put it in front of their messages.
    pub prog: &'a str,
    /// The arguments after `argv[0]`.
    pub args: &'a [String],
    /// The child's whole environment.
    pub env: &'a [(String, String)],
    /// Everything the child will read from standard input.
    pub stdin: &'a [u8],
}

impl Invocation<'_> {
    /// The value of environment variable `name` (the last one wins, as with `execve`).
    pub fn getenv(&self, name: &str) -> Option<&str> {
        self.env
            .iter()
            .rev()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

/// What a command produced, before the duration is worked out.
#[derive(Debug, Default)]
pub(crate) struct Output {
    /// Standard output.
    pub stdout: Vec<u8>,
    /// Standard error.
    pub stderr: Vec<u8>,
    /// Exit status.
    pub code: i32,
    /// How many bytes of stdin the command read.
    pub read: usize,
    /// Virtual time spent beyond the per-byte cost (`sleep`'s interval), in nanoseconds.
    pub extra_ns: u64,
}

impl Output {
    /// A run that only wrote `stdout` and succeeded.
    pub fn ok(stdout: Vec<u8>) -> Output {
        Output {
            stdout,
            ..Output::default()
        }
    }

    /// A run that wrote `stderr` and exited with `code`.
    pub fn fail(stderr: impl Into<Vec<u8>>, code: i32) -> Output {
        Output {
            stderr: stderr.into(),
            code,
            ..Output::default()
        }
    }

    /// Append a line to stderr.
    pub fn err_line(&mut self, line: &str) {
        self.stderr.extend_from_slice(line.as_bytes());
        self.stderr.push(b'\n');
    }
}

/// A simulated command's entry point.
type Main = fn(&Invocation) -> Output;

/// The simulated commands by name.
const COMMANDS: &[(&str, Main)] = &[
    ("cat", cat::main),
    ("echo", echo::main),
    ("env", env::env_main),
    ("false", simple::false_main),
    ("head", head::main),
    ("openssl", openssl::main),
    ("printenv", env::printenv_main),
    ("pwd", simple::pwd_main),
    ("sleep", sleep::main),
    ("sort", sort::main),
    ("tail", tail::main),
    ("tr", tr::main),
    ("true", simple::true_main),
    ("wc", wc::main),
];

/// `NAME` for `NAME`, `/bin/NAME` and `/usr/bin/NAME`.
fn base_name(name: &str) -> &str {
    ["/usr/bin/", "/bin/"]
        .iter()
        .find_map(|dir| name.strip_prefix(dir))
        .unwrap_or(name)
}

/// The command an executable name resolves to: a bare name, or `/bin/NAME`, `/usr/bin/NAME`.
fn lookup(name: &str) -> Option<Main> {
    let base = base_name(name);
    if base.contains('/') {
        return None;
    }
    COMMANDS
        .iter()
        .find(|(n, _)| *n == base)
        .map(|(_, main)| *main)
}

/// Whether `name` (as `argv[0]`) starts a simulated command.
pub fn exists(name: &str) -> bool {
    lookup(name).is_some()
}

/// Run `argv` with environment `env` (the child's whole environment, in order) and `stdin` as
/// everything it will read, and report what it wrote, its exit status and its virtual duration.
/// `Err` when CPython's `Popen` would raise instead of starting anything.
pub fn run(
    argv: &[String],
    env: &[(String, String)],
    stdin: &[u8],
) -> Result<Completed, SpawnError> {
    let Some(prog) = argv.first() else {
        return Err(SpawnError {
            exception: "IndexError",
            errno: 0,
            strerror: "list index out of range",
            filename: String::new(),
        });
    };
    if prog.is_empty() {
        // execvp("") fails with EACCES after the PATH search, as CPython reports it.
        return Err(SpawnError {
            exception: "PermissionError",
            errno: 13,
            strerror: "Permission denied",
            filename: String::new(),
        });
    }
    let Some(main) = lookup(prog) else {
        return Err(SpawnError {
            exception: "FileNotFoundError",
            errno: 2,
            strerror: "No such file or directory",
            filename: prog.clone(),
        });
    };
    let out = main(&Invocation {
        prog,
        args: &argv[1..],
        env,
        stdin,
    });
    let bytes = out.read.min(stdin.len()) + out.stdout.len() + out.stderr.len();
    let duration_ns = STARTUP_NS
        .saturating_add((bytes as u64).saturating_mul(NS_PER_BYTE))
        .saturating_add(out.extra_ns);
    Ok(Completed {
        stdout: out.stdout,
        stderr: out.stderr,
        code: out.code,
        duration_ns,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(crate) fn argv(words: &[&str]) -> Vec<String> {
        words.iter().map(|w| w.to_string()).collect()
    }

    #[test]
    fn unknown_command_is_file_not_found() {
        let err = run(&argv(&["nosuchcmd"]), &[], b"").unwrap_err();
        assert_eq!(err.exception, "FileNotFoundError");
        assert_eq!(err.errno, 2);
        assert_eq!(
            err.message(),
            "[Errno 2] No such file or directory: 'nosuchcmd'"
        );
        let err = run(&argv(&["./nosuch/x"]), &[], b"").unwrap_err();
        assert_eq!(
            err.message(),
            "[Errno 2] No such file or directory: './nosuch/x'"
        );
        let err = run(&argv(&["it's"]), &[], b"").unwrap_err();
        assert_eq!(
            err.message(),
            "[Errno 2] No such file or directory: \"it's\""
        );
    }

    #[test]
    fn empty_names() {
        let err = run(&argv(&[""]), &[], b"").unwrap_err();
        assert_eq!(err.message(), "[Errno 13] Permission denied: ''");
        assert_eq!(err.exception, "PermissionError");
        let err = run(&[], &[], b"").unwrap_err();
        assert_eq!(err.exception, "IndexError");
        assert_eq!(err.message(), "list index out of range");
    }

    #[test]
    fn paths_resolve() {
        assert!(exists("echo"));
        assert!(exists("/bin/echo"));
        assert!(exists("/usr/bin/sleep"));
        assert!(!exists("/usr/local/bin/echo"));
        assert!(!exists("bin/echo"));
        assert!(!exists("python3"));
        let done = run(&argv(&["/bin/echo", "hi"]), &[], b"").unwrap();
        assert_eq!(done.stdout, b"hi\n");
    }

    #[test]
    fn durations() {
        let done = run(&argv(&["true"]), &[], b"ignored").unwrap();
        assert_eq!(done.duration_ns, STARTUP_NS);
        let done = run(&argv(&["echo", "hi"]), &[], b"").unwrap();
        assert_eq!(done.duration_ns, STARTUP_NS + 3 * NS_PER_BYTE);
        let done = run(&argv(&["cat"]), &[], b"abcd").unwrap();
        assert_eq!(done.duration_ns, STARTUP_NS + 8 * NS_PER_BYTE);
        let done = run(&argv(&["sleep", "1"]), &[], b"").unwrap();
        assert_eq!(done.duration_ns, STARTUP_NS + 1_000_000_000);
    }

    #[test]
    fn deterministic() {
        let env = vec![("password".to_string(), "pw".to_string())];
        let cmd = argv(&["openssl", "enc", "-des3", "-pass", "env:password"]);
        let a = run(&cmd, &env, b"0123456789").unwrap();
        let b = run(&cmd, &env, b"0123456789").unwrap();
        assert_eq!(a, b);
    }

    #[test]
    fn hostile_input_never_panics() {
        // A fixed linear congruential generator: deterministic, no dependencies.
        let mut state: u64 = 0x2545_f491_4f6c_dd1d;
        let mut next = move || {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            (state >> 33) as usize
        };
        let names: Vec<&str> = COMMANDS.iter().map(|(n, _)| *n).collect();
        let tokens = [
            "-",
            "--",
            "-n",
            "-c",
            "-e",
            "-E",
            "-d",
            "-s",
            "-u",
            "-i",
            "-0",
            "-r",
            "-v",
            "-q",
            "-3",
            "+2",
            "-5c",
            "x",
            "",
            "1",
            "-1",
            "1k",
            "99999999999999999999999",
            "0x1p-3",
            "inf",
            "nan",
            "a-z",
            "z-a",
            "[:alpha:]",
            "[:",
            "\\",
            "\\0777",
            "\\x",
            "A=1",
            "=",
            "enc",
            "dgst",
            "-des3",
            "-pass",
            "env:",
            "pass:",
            "-whirlpool",
            "-binary",
            "-sha512",
            "-nosalt",
            "-pbkdf2",
            "-iter",
            "-k",
            "--lines=",
            "--bytes",
            "--help",
            "--version",
            "--bogus",
            "한",
            "\u{0}",
            "-nx",
            "env",
            "head",
            "sleep",
            "1h",
        ];
        for _ in 0..3000 {
            let mut argv = vec![names[next() % names.len()].to_string()];
            for _ in 0..next() % 6 {
                argv.push(tokens[next() % tokens.len()].to_string());
            }
            let stdin: Vec<u8> = (0..next() % 40).map(|_| (next() % 256) as u8).collect();
            let env = vec![("password".to_string(), "pw".to_string())];
            let done = run(&argv, &env, &stdin);
            assert!(done.is_ok(), "{argv:?}");
        }
    }
}
