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

/// Each expectation below is what `python3 FILE.py` printed for the same bytes.
#[test]
fn invalid_utf8_under_a_declaration_is_a_unicode_error() {
    let (out, err, code) = run_bytes(
        "decl_str",
        b"# -*- coding: utf-8 -*-\nx = 1\ns = \"\xff\"\nprint(s)\n",
    );
    assert_eq!(out, "");
    assert_eq!(
        err,
        "  File \"FILE\", line 3\n    s = \"\u{fffd}\"\n         ^\nSyntaxError: (unicode error) \
         'utf-8' codec can't decode byte 0xff in position 0: invalid start byte\n"
    );
    assert_eq!(code, 1);
    // With an escape, each run of non-ASCII bytes is decoded alone.
    let (_, err, _) = run_bytes("decl_end", b"# coding: utf-8\nprint(\"\\n\xe2\x82\")\n");
    assert_eq!(
        err,
        "  File \"FILE\", line 2\n    print(\"\\n\u{fffd}\")\n              ^\nSyntaxError: \
         (unicode error) 'utf-8' codec can't decode bytes in position 0-1: unexpected end of \
         data\n"
    );
    // A name is decoded by the tokenizer.
    let (_, err, _) = run_bytes(
        "decl_name",
        b"# coding: utf-8\ny = 1\nzz = abc\xffdef + 1\n",
    );
    assert_eq!(
        err,
        "  File \"FILE\", line 3\n    zz = abc\u{fffd}def + 1\n             ^\nSyntaxError: \
         (unicode error) 'utf-8' codec can't decode byte 0xff in position 3: invalid start byte\n"
    );
    // A byte-order mark declares UTF-8 too; the carets cover the token after the literal.
    let (out, err, _) = run_bytes(
        "bom_str",
        b"\xef\xbb\xbfprint(\"ok\")\ns = \"\xc3\xa9\xff\" if 1 else 2\n",
    );
    assert_eq!(out, "");
    assert_eq!(
        err,
        "  File \"FILE\", line 2\n    s = \"\u{e9}\u{fffd}\" if 1 else 2\n           ^^\n\
         SyntaxError: (unicode error) 'utf-8' codec can't decode byte 0xff in position 2: \
         invalid start byte\n"
    );
    let (_, err, _) = run_bytes("decl_f", b"# coding: utf-8\nprint(f\"ab\xff{1}\")\n");
    assert!(err.ends_with("position 0: invalid start byte\n"), "{err}");
}

#[test]
fn invalid_utf8_in_a_comment_runs() {
    let (out, err, code) = run_bytes(
        "decl_comment",
        b"# -*- coding: utf-8 -*-\nx = 1\n# comment \xe9 here\nprint(x)  # \xc3\n",
    );
    assert_eq!((out.as_str(), err.as_str(), code), ("1\n", "", 0));
}

#[test]
fn declared_encoding_counts_parser_columns_in_characters() {
    let (_, err, code) = run_bytes("latin_col", b"# coding: latin-1\ns = \"\xe9\" + (1 \n");
    assert_eq!(
        err,
        "  File \"FILE\", line 2\n    s = \"\u{e9}\" + (1 \n              ^\nSyntaxError: '(' was \
         never closed\n"
    );
    assert_eq!(code, 1);
    // Without a declaration CPython counts UTF-8 bytes: one column further right.
    let (_, err, _) = run_bytes("undeclared_col", "s = \"\u{e9}\" + (1 \n".as_bytes());
    assert!(err.contains("\n               ^\n"), "{err}");
}
