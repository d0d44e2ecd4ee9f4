//! Golden tests: every program under tests/golden runs on the VM and must print exactly what
//! CPython 3.11 printed (stdout, stderr and exit status, captured by scripts/capture-golden.py).
//!
//! Programs the VM does not run correctly yet are listed, with a reason, in
//! tests/golden/KNOWN_FAILURES. The list is a ratchet: an unlisted program that fails, or a listed
//! one that now passes, fails this test, so the list always says exactly what is left.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

fn golden_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/golden")
}

fn programs(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            programs(&p, out);
        } else if p.extension().is_some_and(|e| e == "py") {
            out.push(p);
        }
    }
}

fn read_or_empty(p: &Path) -> String {
    std::fs::read_to_string(p).unwrap_or_default()
}

/// Run one program; None when it matches CPython, else a description of the first difference.
fn check(path: &Path) -> Option<String> {
    let source = read_or_empty(path);
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let stdin = read_or_empty(&path.with_extension("in"));
    let want_out = read_or_empty(&path.with_extension("out"));
    let want_err = read_or_empty(&path.with_extension("err"));
    let want_status: i32 = read_or_empty(&path.with_extension("status"))
        .trim()
        .parse()
        .unwrap_or(0);
    let budget = interleave::vm::Budget {
        steps: 50_000_000,
        memory: 20_000_000,
        ..interleave::vm::Budget::default()
    };
    let got = interleave::vm::run_source(&source, &name, &stdin, budget);
    let mut problems = Vec::new();
    if got.stdout != want_out {
        problems.push(format!("stdout differs:\n{}", diff(&want_out, &got.stdout)));
    }
    if got.stderr != want_err {
        problems.push(format!("stderr differs:\n{}", diff(&want_err, &got.stderr)));
    }
    if got.status() != want_status {
        problems.push(format!(
            "exit status {} (python3: {want_status})",
            got.status()
        ));
    }
    if problems.is_empty() {
        None
    } else {
        Some(problems.join("\n"))
    }
}

/// A short line diff: the first differing lines with their numbers.
fn diff(want: &str, got: &str) -> String {
    let (w, g): (Vec<&str>, Vec<&str>) = (want.lines().collect(), got.lines().collect());
    let mut out = String::new();
    let mut shown = 0;
    for i in 0..w.len().max(g.len()) {
        let (a, b) = (w.get(i).copied(), g.get(i).copied());
        if a != b {
            out.push_str(&format!(
                "  line {}:\n    python3:    {}\n    interleave: {}\n",
                i + 1,
                a.unwrap_or("<none>"),
                b.unwrap_or("<none>")
            ));
            shown += 1;
            if shown == 3 {
                break;
            }
        }
    }
    if out.is_empty() {
        out.push_str("  (only trailing newlines differ)\n");
    }
    out
}

fn known_failures() -> BTreeMap<String, String> {
    read_or_empty(&golden_dir().join("KNOWN_FAILURES"))
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| match l.split_once(" -- ") {
            Some((p, why)) => (p.trim().to_string(), why.trim().to_string()),
            None => (l.trim().to_string(), String::new()),
        })
        .collect()
}

#[test]
fn golden_programs_match_cpython() {
    let dir = golden_dir();
    let mut files = Vec::new();
    programs(&dir, &mut files);
    assert!(
        files.len() >= 80,
        "expected the golden corpus, found {} programs",
        files.len()
    );
    let known = known_failures();
    let mut unexpected = Vec::new();
    let mut now_passing = Vec::new();
    let mut passed = 0;
    for f in &files {
        let rel = f
            .strip_prefix(&dir)
            .unwrap_or(f)
            .to_string_lossy()
            .replace('\\', "/");
        // Deep-data programs recurse to the recursion limit: an unoptimized build (npm test's)
        // needs far more native stack per level than the release build the small-stack tests
        // in vm_limits.rs check, so each program runs on a thread with room to spare.
        let path = f.clone();
        let result = std::thread::Builder::new()
            .stack_size(256 << 20)
            .spawn(move || check(&path))
            .expect("spawn a thread for a golden program")
            .join()
            .unwrap_or_else(|_| Some("the run panicked".to_string()));
        match (&result, known.contains_key(&rel)) {
            (None, false) => passed += 1,
            (None, true) => now_passing.push(rel),
            (Some(why), false) => unexpected.push(format!("{rel}\n{why}")),
            (Some(_), true) => {}
        }
    }
    if std::env::var("GOLDEN_LIST").is_ok() {
        for f in &files {
            let rel = f
                .strip_prefix(&dir)
                .unwrap_or(f)
                .to_string_lossy()
                .replace('\\', "/");
            if check(f).is_some() {
                println!("FAIL {rel}");
            }
        }
    }
    println!(
        "golden: {passed} of {} programs match CPython; {} known failures",
        files.len(),
        known.len()
    );
    assert!(
        unexpected.is_empty(),
        "{} program(s) differ from CPython and are not in tests/golden/KNOWN_FAILURES:\n\n{}",
        unexpected.len(),
        unexpected.join("\n\n")
    );
    assert!(
        now_passing.is_empty(),
        "these programs now match CPython: remove them from tests/golden/KNOWN_FAILURES:\n{}",
        now_passing.join("\n")
    );
}
