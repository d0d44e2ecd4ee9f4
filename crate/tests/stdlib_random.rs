//! The `random` module's unseeded generator is seeded from the run's seed: the same run seed
//! gives the same numbers, different run seeds give different numbers, and an unseeded
//! `random.random()` equals `random.seed(run_seed); random.random()`.

use interleave::scheduler::Settings;
use interleave::vm::{run_program, Budget, BudgetHints, Program};

/// Runs `source` with run seed `seed` and returns its stdout (failing on any stderr).
fn run(source: &str, seed: u64) -> String {
    let out = run_program(&Program {
        source,
        filename: "main.py",
        stdin: "",
        argv: &[],
        budget: Budget::default(),
        settings: Settings {
            seed,
            ..Default::default()
        },
        hints: BudgetHints::default(),
    });
    assert_eq!(out.stderr, "", "stderr of the run with seed {seed}");
    out.stdout
}

const UNSEEDED: &str = "import random\nprint(random.random())\n";

#[test]
fn unseeded_random_depends_only_on_the_run_seed() {
    let a = run(UNSEEDED, 1);
    let b = run(UNSEEDED, 1);
    assert_eq!(a, b, "same run seed, same value");
    assert!(a.trim().parse::<f64>().is_ok(), "a float: {a:?}");
    let c = run(UNSEEDED, 2);
    assert_ne!(a, c, "different run seeds, different values");
    let d = run(UNSEEDED, 0);
    assert_ne!(d, a);
    assert_eq!(d, run(UNSEEDED, 0));
}

#[test]
fn unseeded_random_matches_seeding_with_the_run_seed() {
    for seed in [0u64, 7, 123_456_789] {
        let explicit = format!("import random\nrandom.seed({seed})\nprint(random.random())\n");
        assert_eq!(run(UNSEEDED, seed), run(&explicit, 0), "run seed {seed}");
    }
}

#[test]
fn each_unseeded_instance_gets_its_own_stream() {
    let src = "import random\nprint(random.Random().random() != random.Random().random())\n\
               random.seed()\nx = random.random()\nrandom.seed(None)\nprint(x != random.random())\n";
    assert_eq!(run(src, 5), "True\nTrue\n");
    let listing = "import random\nprint(random.Random().random(), random.randint(1, 10**9))\n";
    assert_eq!(run(listing, 9), run(listing, 9));
    assert_ne!(run(listing, 9), run(listing, 10));
}

/// With `random.seed(42)` the first value is CPython's (`python3 -c "import random;
/// random.seed(42); print(random.random())"`), whatever the run seed.
#[test]
fn seeded_values_are_cpythons() {
    let src = "import random\nrandom.seed(42)\nprint(random.random())\n";
    assert_eq!(run(src, 0), "0.6394267984578837\n");
    assert_eq!(run(src, 99), "0.6394267984578837\n");
}
