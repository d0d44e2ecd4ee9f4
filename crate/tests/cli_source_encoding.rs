//! The command-line runner's reading of source bytes: CPython's PEP 263 errors and declarations.

use std::path::PathBuf;
use std::process::{Command, Stdio};

/// Write `bytes` to a fresh file named after `name` and run `interleave run` on it: (stdout,
/// stderr, exit code).
fn run_bytes(name: &str, bytes: &[u8]) -> (String, String, i32) {
    let dir = std::env::temp_dir().join(format!("interleave-cli-enc-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path: PathBuf = dir.join(format!("{name}.py"));
    std::fs::write(&path, bytes).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_interleave"))
        .arg("run")
        .arg(&path)
        .stdin(Stdio::null())
        .output()
        .unwrap();
    let _ = std::fs::remove_file(&path);
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).replace(&path.display().to_string(), "FILE"),
        out.status.code().unwrap_or(-1),
    )
}

#[test]
fn invalid_utf8_is_cpythons_syntax_error() {
    let (out, err, code) = run_bytes("bad", b"x = \"\xff\xfe\"\n");
    assert_eq!(out, "");
    assert_eq!(
        err,
        "SyntaxError: Non-UTF-8 code starting with '\\xff' in file FILE on line 1, but no \
         encoding declared; see https://peps.python.org/pep-0263/ for details\n"
    );
    assert_eq!(code, 1);
    let (_, err, code) = run_bytes("bad4", b"\n\nx = 1\n'\xe9'\n");
    assert!(err.contains("'\\xe9' in file FILE on line 4"), "{err}");
    assert_eq!(code, 1);
}

#[test]
fn declared_latin1_and_bom_run() {
    let (out, err, code) = run_bytes(
        "latin",
        b"# -*- coding: latin-1 -*-\nprint('\xe9', len('\xff\xfe'))\n",
    );
    assert_eq!((out.as_str(), err.as_str(), code), ("\u{e9} 2\n", "", 0));
    let (out, _, code) = run_bytes("bom", b"\xef\xbb\xbfprint('hi')\n");
    assert_eq!((out.as_str(), code), ("hi\n", 0));
}

#[test]
fn ascii_and_unsupported_declarations_fail() {
    let (_, err, code) = run_bytes("ascii", b"# coding: ascii\n# \xc3\xa9\nprint(1)\n");
    assert_eq!(
        (err.as_str(), code),
        ("SyntaxError: encoding problem: ascii\n", 1)
    );
    let (out, _, code) = run_bytes("ascii_ok", b"# coding: ascii\nprint(1)\n");
    assert_eq!((out.as_str(), code), ("1\n", 0));
    let (_, err, code) = run_bytes(
        "cp1252",
        b"#!/usr/bin/env python\n# coding: cp1252\nprint(1)\n",
    );
    assert!(
        err.starts_with("SyntaxError: not supported by Interleave: source encoding 'cp1252'"),
        "{err}"
    );
    assert!(err.contains("line 2"), "{err}");
    assert_eq!(code, 1);
}
