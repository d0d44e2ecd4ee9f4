//! Helpers the integration tests share: read a program from `tests/programs/<dir>/` and run it
//! under given settings.

#![allow(dead_code)]

use interleave::scheduler::Settings;
use interleave::vm::{run_program, Budget, BudgetHints, Outcome, Program};
use std::path::Path;

/// The text of `tests/programs/<dir>/<name>`.
pub fn source(dir: &str, name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/programs")
        .join(dir)
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Run `src` (named `name`) with these settings and a step budget.
pub fn run_source(src: &str, name: &str, settings: Settings, steps: u64) -> Outcome {
    run_program(&Program {
        source: src,
        filename: name,
        stdin: "",
        argv: &[],
        budget: Budget {
            steps,
            ..Budget::default()
        },
        settings,
        hints: BudgetHints::default(),
    })
}

/// Run `tests/programs/<dir>/<name>` under `policy` with `seed`.
pub fn run(dir: &str, name: &str, policy: &str, seed: u64) -> Outcome {
    let settings = Settings {
        policy: policy.to_string(),
        seed,
        ..Settings::default()
    };
    run_source(&source(dir, name), name, settings, 200_000_000)
}

/// The whitespace-separated integers a run printed (panics with its stderr if there are none).
pub fn printed_ints(o: &Outcome) -> Vec<i64> {
    let v: Vec<i64> = o
        .stdout
        .split_whitespace()
        .filter_map(|w| w.parse().ok())
        .collect();
    assert!(
        !v.is_empty(),
        "expected numbers, got {:?} (stderr {:?})",
        o.stdout,
        o.stderr
    );
    v
}

/// Run a small program with the default settings (50 M steps, 20 M memory units).
pub fn run_small(src: &str) -> Outcome {
    interleave::vm::run_source(
        src,
        "main.py",
        "",
        Budget {
            steps: 50_000_000,
            memory: 20_000_000,
            ..Budget::default()
        },
    )
}

/// Fail the test, showing both streams, unless the run finished with status 0.
pub fn assert_finished(out: &Outcome) {
    assert_eq!(
        out.exit,
        interleave::vm::Exit::Finished(0),
        "stdout:\n{}\nstderr:\n{}",
        out.stdout,
        out.stderr
    );
}
