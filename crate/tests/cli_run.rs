//! The command-line runner's arguments: options before the file, the program's own arguments
//! after it (`sys.argv`, as `python3 FILE.py ARGS...` gives them), and unknown options refused.

use std::process::{Command, Stdio};

/// Run `interleave run` with `args` (where `FILE` stands for a fresh file holding `source`)
/// from the file's folder: (stdout, stderr, exit code).
fn run(source: &str, args: &[&str]) -> (String, String, i32) {
    let dir = std::env::temp_dir().join(format!("interleave-cli-run-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temporary folder");
    std::fs::write(dir.join("prog.py"), source).expect("the program file");
    let out = Command::new(env!("CARGO_BIN_EXE_interleave"))
        .arg("run")
        .args(
            args.iter()
                .map(|a| if *a == "FILE" { "prog.py" } else { a }),
        )
        .current_dir(&dir)
        .stdin(Stdio::null())
        .output()
        .expect("the interleave binary runs");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code().unwrap_or(-1),
    )
}

#[test]
fn arguments_after_the_file_are_the_programs_sys_argv() {
    let src = "import sys\nprint(sys.argv)\nprint(int(sys.argv[1]) * 2)\n";
    let (out, err, code) = run(src, &["FILE", "21", "b c", "--seed"]);
    assert_eq!(err, "");
    assert_eq!(code, 0);
    assert_eq!(out, "['prog.py', '21', 'b c', '--seed']\n42\n");
    // Options before the file still apply, and do not reach the program.
    let src = "import sys, random\nprint(sys.argv, random.random() < 2)\n";
    let (out, _, code) = run(src, &["--seed", "7", "--max-steps", "100000", "FILE", "x"]);
    assert_eq!((out.as_str(), code), ("['prog.py', 'x'] True\n", 0));
    let (out, _, _) = run("import sys\nprint(sys.argv)\n", &["FILE"]);
    assert_eq!(out, "['prog.py']\n");
}

#[test]
fn an_unknown_option_before_the_file_is_refused_by_name() {
    let (out, err, code) = run("print(1)\n", &["--sed", "1", "FILE"]);
    assert_eq!(out, "");
    assert_eq!(code, 2);
    assert!(err.contains("unknown option '--sed'"), "{err}");
    assert!(err.contains("they go before FILE.py"), "{err}");
}
