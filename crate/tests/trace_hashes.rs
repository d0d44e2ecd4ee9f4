//! Determinism across targets: tests/fixtures/trace-hashes.txt lists programs, policies and seeds
//! with the trace hash the native build computes. This test recomputes them natively; the wasm
//! test in wasm_bindings.rs recomputes the same list in headless Chromium, so both targets must
//! give the same traces. When the runtime changes behaviour on purpose, regenerate the file with
//! `INTERLEAVE_UPDATE_TRACE_HASHES=1 cargo test --release --test trace_hashes`.

use interleave::scheduler::Settings;
use interleave::vm::{run_program, Budget, BudgetHints, Program};
use std::path::Path;

fn root() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn hash_of(program: &str, policy: &str, seed: u64) -> String {
    // Names are relative to tests/programs/concurrency, or with a folder to tests/programs.
    let path = if program.contains('/') {
        root().join("tests/programs").join(program)
    } else {
        root().join("tests/programs/concurrency").join(program)
    };
    let source =
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let out = run_program(&Program {
        source: &source,
        filename: program,
        stdin: "",
        argv: &[],
        budget: Budget::default(),
        settings: Settings {
            policy: policy.to_string(),
            seed,
            ..Settings::default()
        },
        hints: BudgetHints::default(),
    });
    format!("{:016x}", out.trace_hash)
}

#[test]
fn trace_hashes_match_the_fixture() {
    let fixture = root().join("tests/fixtures/trace-hashes.txt");
    let text = std::fs::read_to_string(&fixture).unwrap_or_default();
    let mut lines = Vec::new();
    let mut wrong = Vec::new();
    for line in text.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            lines.push(line.to_string());
            continue;
        }
        let parts: Vec<&str> = line.split_whitespace().collect();
        let [program, policy, seed, want] = parts[..] else {
            panic!("bad fixture line {line:?}");
        };
        let got = hash_of(program, policy, seed.parse().unwrap_or(0));
        if got != want {
            wrong.push(format!(
                "{program} {policy} {seed}: fixture {want}, now {got}"
            ));
        }
        lines.push(format!("{program} {policy} {seed} {got}"));
    }
    if std::env::var_os("INTERLEAVE_UPDATE_TRACE_HASHES").is_some() {
        std::fs::write(&fixture, lines.join("\n") + "\n").unwrap_or_else(|e| panic!("{e}"));
        return;
    }
    assert!(
        wrong.is_empty(),
        "trace hashes changed (if the runtime's behaviour changed on purpose, run INTERLEAVE_UPDATE_TRACE_HASHES=1 cargo test --release --test trace_hashes):\n{}",
        wrong.join("\n")
    );
}
