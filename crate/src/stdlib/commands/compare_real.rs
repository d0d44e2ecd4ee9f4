//! Differential tests: run each case through the simulation and through the real command on
//! this machine (GNU coreutils, OpenSSL 3) and compare stdout, stderr and exit status.
//!
//! The real command runs from `/usr/bin` or `/bin` with `argv[0]` set to the bare name, in a
//! fresh empty directory (so every file operand is missing, as in the simulation), with exactly
//! the case's environment plus `LC_ALL=C.UTF-8` (GNU's ‘’ quotes). A command missing from the
//! machine skips its cases with a note, so CI elsewhere still passes. Each case is a command
//! line, the stdin bytes, and what to compare: everything, or (for `openssl enc`, whose real
//! salt is random) only stderr, exit status, output length and the `Salted__` prefix.

use std::os::unix::process::CommandExt;
use std::path::PathBuf;
use std::process::{Command, Stdio};

use super::run;

/// What must match.
#[derive(Clone, Copy, PartialEq)]
enum Check {
    /// stdout, stderr and exit status.
    All,
    /// stderr, exit status, stdout length and the `Salted__` header.
    Shape,
}

/// The real executable for `name`, if installed.
fn real(name: &str) -> Option<PathBuf> {
    ["/usr/bin", "/bin"]
        .iter()
        .map(|dir| PathBuf::from(dir).join(name))
        .find(|p| p.is_file())
}

/// A scratch directory with nothing in it.
fn empty_dir() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("interleave-commands-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create scratch dir");
    dir
}

fn seq(n: u32) -> Vec<u8> {
    (1..=n)
        .map(|i| format!("{i}\n"))
        .collect::<String>()
        .into_bytes()
}

/// The cases: (argv, stdin, check).
fn cases() -> Vec<(Vec<&'static str>, Vec<u8>, Check)> {
    use Check::*;
    let words = b"hello world\nfoo bar  baz\n\n  x\n".to_vec();
    let mixed = "한국어 텍스트\tand\x01 \u{a0}tabs\r\nlast"
        .as_bytes()
        .to_vec();
    let none = Vec::new();
    vec![
        (
            vec!["echo", "자식 프로세스에게 보내는 인사"],
            none.clone(),
            All,
        ),
        (vec!["echo"], none.clone(), All),
        (vec!["echo", "-n", "hi"], none.clone(), All),
        (vec!["echo", "-nx", "hi", "-n"], none.clone(), All),
        (
            vec!["echo", "-e", "a\\tb\\nc\\\\d\\x41\\0101\\101\\18\\777 x\\"],
            none.clone(),
            All,
        ),
        (
            vec!["echo", "-e", "a\\x4g \\q \\e \\cnot"],
            none.clone(),
            All,
        ),
        (vec!["echo", "-E", "-e", "a\\tb"], none.clone(), All),
        (vec!["echo", "--", "-", "--version"], none.clone(), All),
        (vec!["echo", "--version"], none.clone(), All),
        (vec!["echo", "--help"], none.clone(), All),
        (vec!["cat"], words.clone(), All),
        (vec!["cat", "-", "-"], words.clone(), All),
        (vec!["cat", "nosuch", "-", "it's"], words.clone(), All),
        (vec!["cat", "-n"], mixed.clone(), All),
        (vec!["cat", "-bET"], words.clone(), All),
        (vec!["cat", "-s", "-n"], b"a\n\n\n\nb\n\n".to_vec(), All),
        (vec!["cat", "-z"], none.clone(), All),
        (vec!["cat", "--bogus"], none.clone(), All),
        (vec!["cat", "--help"], none.clone(), All),
        (vec!["true", "--bogus"], none.clone(), All),
        (vec!["false"], none.clone(), All),
        (vec!["false", "--version"], none.clone(), All),
        (vec!["sleep", "0.01"], none.clone(), All),
        (vec!["sleep", "0.001s", ".002", "0x1p-9"], none.clone(), All),
        (vec!["sleep"], none.clone(), All),
        (vec!["sleep", "--"], none.clone(), All),
        (
            vec!["sleep", "1h5", "x", "nan", "1 ", "-- "],
            none.clone(),
            All,
        ),
        (vec!["sleep", "-1"], none.clone(), All),
        (vec!["sleep", "--", "-1"], none.clone(), All),
        (vec!["sleep", "--bogus"], none.clone(), All),
        (vec!["sleep", "--help"], none.clone(), All),
        (vec!["wc"], words.clone(), All),
        (vec!["wc"], none.clone(), All),
        (vec!["wc", "-l"], words.clone(), All),
        (vec!["wc", "-w", "-c"], words.clone(), All),
        (vec!["wc", "-lwmcL"], mixed.clone(), All),
        (
            vec!["wc", "-w"],
            b"\x01 \x02\xff \xc3\xa9 a\xe3\x80\x80b".to_vec(),
            All,
        ),
        (vec!["wc", "-m"], b"a\xffb\xc3".to_vec(), All),
        (vec!["wc", "-l", "-"], words.clone(), All),
        (vec!["wc", "x"], words.clone(), All),
        (vec!["wc", "-", "x"], words.clone(), All),
        (vec!["wc", "-c", "-", "-"], words.clone(), All),
        (vec!["wc", "-l", "x", "y"], words.clone(), All),
        (vec!["wc", "-q"], none.clone(), All),
        (vec!["head"], seq(15), All),
        (vec!["head", "-n", "3"], seq(15), All),
        (vec!["head", "-3"], seq(15), All),
        (vec!["head", "-n", "-12"], seq(15), All),
        (vec!["head", "-c", "4"], seq(5), All),
        (vec!["head", "-c", "-4"], seq(5), All),
        (vec!["head", "-c", "1k"], seq(500), All),
        (vec!["head", "-n", "1", "-", "-"], seq(3), All),
        (vec!["head", "-v", "-n1"], seq(3), All),
        (vec!["head", "-n", "x"], seq(3), All),
        (vec!["head", "-n"], seq(3), All),
        (vec!["head", "nofile"], seq(3), All),
        (vec!["head", "-n", "99999999999999999999999"], seq(3), All),
        (vec!["tail"], seq(15), All),
        (vec!["tail", "-n", "2"], seq(15), All),
        (vec!["tail", "-n", "+14"], seq(15), All),
        (vec!["tail", "-2"], seq(15), All),
        (vec!["tail", "-c", "3"], seq(5), All),
        (vec!["tail", "-n", "1"], b"a\nb".to_vec(), All),
        (vec!["tail", "-n", "x"], seq(3), All),
        (vec!["tail", "nofile"], seq(3), All),
        (vec!["tr", "a-z", "A-Z"], words.clone(), All),
        (vec!["tr", "[:lower:]", "[:upper:]"], words.clone(), All),
        (vec!["tr", "-d", "lo"], words.clone(), All),
        (vec!["tr", "-s", " \\n"], words.clone(), All),
        (vec!["tr", "-cd", "a-z\\n"], words.clone(), All),
        (vec!["tr", "el", "x"], words.clone(), All),
        (vec!["tr"], none.clone(), All),
        (vec!["tr", "a"], none.clone(), All),
        (vec!["tr", "-d", "a", "b"], none.clone(), All),
        (vec!["tr", "a", ""], none.clone(), All),
        (vec!["tr", "z-a", "x"], none.clone(), All),
        (vec!["tr", "[:bogus:]", "x"], none.clone(), All),
        (vec!["sort"], b"b\nB\na\n\xc3\xa9\nA".to_vec(), All),
        (
            vec!["sort", "-n"],
            b"10\n9\n-1\nx\n 2\n1.5\n\n-0\n0\n".to_vec(),
            All,
        ),
        (
            vec!["sort", "-rn"],
            b"10\n9\n-1\nx\n 2\n1.5\n".to_vec(),
            All,
        ),
        (vec!["sort", "-f"], b"B\na\nb\nA\n".to_vec(), All),
        (vec!["sort", "-u"], b"a\nb\na\n".to_vec(), All),
        (vec!["sort", "-fu"], b"B\nb\n".to_vec(), All),
        (vec!["sort", "x"], b"a\n".to_vec(), All),
        (vec!["sort", "-q"], b"a\n".to_vec(), All),
        (vec!["pwd", "-x"], none.clone(), All),
        (vec!["printenv"], none.clone(), All),
        (vec!["printenv", "B", "A", "C"], none.clone(), All),
        (vec!["printenv", "-z"], none.clone(), All),
        (vec!["env"], none.clone(), All),
        (vec!["env", "-u", "A", "X=3"], none.clone(), All),
        (vec!["env", "-i", "X=3", "printenv", "X"], none.clone(), All),
        (vec!["env", "nosuch"], none.clone(), All),
        (vec!["env", "-z"], none.clone(), All),
        (vec!["env", "-u", "A=B"], none.clone(), All),
        (vec!["openssl", "foo"], none.clone(), All),
        (vec!["openssl"], none.clone(), All),
        (vec!["openssl", "version"], none.clone(), All),
        (vec!["openssl", "dgst", "-sha512"], words.clone(), All),
        (
            vec!["openssl", "dgst", "-sha512", "-binary"],
            words.clone(),
            All,
        ),
        (vec!["openssl", "dgst", "-sha512", "-r"], words.clone(), All),
        (
            vec![
                "openssl",
                "dgst",
                "-whirlpool",
                "-provider",
                "legacy",
                "-provider",
                "default",
            ],
            words.clone(),
            All,
        ),
        (
            vec![
                "openssl",
                "dgst",
                "-whirlpool",
                "-binary",
                "-provider",
                "legacy",
                "-provider",
                "default",
            ],
            vec![0x5a; 1000],
            All,
        ),
        (
            vec!["openssl", "enc", "-des3", "-pass", "env:password"],
            vec![1; 10],
            Shape,
        ),
        (
            vec!["openssl", "enc", "-des3", "-pass", "pass:x"],
            vec![1; 16],
            Shape,
        ),
        (
            vec!["openssl", "enc", "-des3", "-pass", "pass:x", "-nosalt"],
            vec![1; 3],
            Shape,
        ),
        (
            vec![
                "openssl",
                "enc",
                "-aes-256-cbc",
                "-pass",
                "pass:x",
                "-pbkdf2",
            ],
            vec![1; 3],
            Shape,
        ),
        (
            vec!["openssl", "enc", "-pass", "pass:x"],
            words.clone(),
            All,
        ),
        (
            vec!["openssl", "enc", "-des3", "-pass", "env.password"],
            none.clone(),
            All,
        ),
        (
            vec!["openssl", "enc", "-des3", "-pass", "env:nope"],
            none.clone(),
            All,
        ),
        (
            vec!["openssl", "enc", "-des3", "-pass", "foo:x"],
            none.clone(),
            All,
        ),
        (vec!["openssl", "enc", "-des3", "-pass"], none.clone(), All),
        (
            vec!["openssl", "enc", "-des3", "-pass", "pass:x", "-d"],
            b"hi".to_vec(),
            All,
        ),
        (
            vec!["openssl", "enc", "-des3", "-pass", "pass:x", "-d"],
            vec![b'x'; 24],
            All,
        ),
        (
            vec![
                "openssl", "enc", "-des3", "-pass", "pass:x", "-d", "-nosalt",
            ],
            none.clone(),
            All,
        ),
    ]
}

/// OpenSSL's error lines start with the thread id; use the simulation's fixed one.
fn normalize_thread_ids(stderr: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    for line in stderr.split_inclusive(|&b| b == b'\n') {
        let is_id = line.len() > 23
            && line[..16].iter().all(|b| b.is_ascii_hexdigit())
            && line[16..].starts_with(b":error:");
        if is_id {
            out.extend_from_slice(b"40E7C1F2A67F0000");
            out.extend_from_slice(&line[16..]);
        } else {
            out.extend_from_slice(line);
        }
    }
    out
}

#[test]
fn matches_the_real_commands() {
    let dir = empty_dir();
    let env: Vec<(String, String)> = [
        // In byte order: `Command` passes its environment sorted, the simulation keeps the
        // order it is given (as CPython's `env=` dict does).
        ("A", "1"),
        ("B", "2"),
        ("LC_ALL", "C.UTF-8"),
        ("password", "zf7ShyBhZOraQDdE/FiZpm/m/8f9X+M1"),
    ]
    .iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect();
    let mut compared = 0;
    let mut failures = Vec::new();
    for (words, stdin, check) in cases() {
        let Some(path) = real(words[0]) else {
            eprintln!("skipped (no {} here): {words:?}", words[0]);
            continue;
        };
        let argv: Vec<String> = words.iter().map(|w| w.to_string()).collect();
        let ours = run(&argv, &env, &stdin).expect("simulated command exists");
        let mut child = Command::new(&path)
            .arg0(words[0])
            .args(&words[1..])
            .env_clear()
            .envs(env.iter().map(|(k, v)| (k, v)))
            .current_dir(&dir)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn real command");
        let mut pipe = child.stdin.take().expect("stdin pipe");
        let feed = std::thread::spawn(move || {
            use std::io::Write;
            let _ = pipe.write_all(&stdin);
        });
        let theirs = child.wait_with_output().expect("real command output");
        let _ = feed.join();
        let code = theirs.status.code().unwrap_or(-1);
        let theirs_stderr = normalize_thread_ids(&theirs.stderr);
        let same = match check {
            Check::All => ours.stdout == theirs.stdout && ours.stderr == theirs_stderr,
            Check::Shape => {
                ours.stderr == theirs_stderr
                    && ours.stdout.len() == theirs.stdout.len()
                    && (!theirs.stdout.starts_with(b"Salted__")
                        || ours.stdout.starts_with(b"Salted__"))
            }
        } && ours.code == code;
        compared += 1;
        if !same {
            failures.push(format!(
                "{words:?}\n  ours:   {:?} {:?} exit {}\n  theirs: {:?} {:?} exit {code}",
                String::from_utf8_lossy(&ours.stdout),
                String::from_utf8_lossy(&ours.stderr),
                ours.code,
                String::from_utf8_lossy(&theirs.stdout),
                String::from_utf8_lossy(&theirs_stderr),
            ));
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    eprintln!("compared {compared} cases with the real commands");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
