//! Simulated processes (multiprocessing): they run in parallel on separate virtual cores even
//! under the GIL, start with a copy of the parent's state, cost virtual time to start, race on
//! shared memory without a lock, and replay exactly. Programs are in tests/programs/processes;
//! what the library prints is checked against python3 by the golden group `processes`.

mod common;

use common::{printed_ints, run, run_source, source};
use interleave::scheduler::Settings;

#[test]
fn processes_run_cpu_bound_work_in_parallel_under_the_gil_and_threads_do_not() {
    for policy in ["cpython-3.11", "free-threaded"] {
        let o = run("processes", "cpu_bound.py", policy, 0);
        let t = printed_ints(&o);
        let (sequential, threads, processes) = (t[0] as f64, t[1] as f64, t[2] as f64);
        // Two processes on two cores: about half the time (plus ~2.5 ms of process start).
        assert!(
            processes < sequential * 0.65,
            "{policy}: processes {processes} µs vs sequential {sequential} µs"
        );
        if policy == "cpython-3.11" {
            // Threads share one GIL: no faster than doing the work in sequence.
            assert!(
                threads > sequential * 0.95,
                "threads {threads} µs vs sequential {sequential} µs"
            );
        } else {
            assert!(
                threads < sequential * 0.65,
                "free-threaded threads {threads} µs"
            );
        }
    }
}

#[test]
fn more_processes_than_cores_take_turns() {
    let src = source("processes", "cpu_bound.py").replace("range(2)", "range(4)");
    let one_core = Settings {
        cores: 1,
        ..Settings::default()
    };
    let four_cores = Settings {
        cores: 4,
        ..Settings::default()
    };
    let t1 = printed_ints(&run_source(&src, "cpu_bound.py", one_core, 200_000_000))[2];
    let t4 = printed_ints(&run_source(&src, "cpu_bound.py", four_cores, 200_000_000))[2];
    assert!(
        (t4 as f64) < t1 as f64 * 0.4,
        "4 processes: {t4} µs on 4 cores vs {t1} µs on 1"
    );
}

#[test]
fn starting_a_process_costs_virtual_time() {
    let o = run("processes", "start_cost.py", "cpython-3.11", 0);
    let t = printed_ints(&o);
    // start() costs the parent about 1 ms (fork); the child needs about 1.5 ms more to run.
    assert!((900..2000).contains(&t[0]), "start took {} µs", t[0]);
    assert!(
        (2400..4000).contains(&t[1]),
        "start + join took {} µs",
        t[1]
    );
}

#[test]
fn an_unlocked_shared_value_loses_updates_and_the_locked_one_does_not() {
    let mut lossy = 0;
    for seed in 0..4 {
        let o = run("processes", "value_race.py", "cpython-3.11", seed);
        let t = printed_ints(&o);
        assert_eq!(t[1], 4_000, "seed {seed}: the locked total");
        assert!(t[0] <= 4_000 && t[0] >= 2_000, "seed {seed}: {}", t[0]);
        if t[0] < 4_000 {
            lossy += 1;
        }
    }
    assert!(lossy >= 3, "only {lossy} of 4 seeds lost updates");
}

#[test]
fn process_runs_are_deterministic_and_replay_exactly() {
    let a = run("processes", "value_race.py", "cpython-3.11", 5);
    let b = run("processes", "value_race.py", "cpython-3.11", 5);
    assert_eq!(a.trace_hash, b.trace_hash);
    assert_eq!(a.stdout, b.stdout);
    let c = run("processes", "value_race.py", "cpython-3.11", 6);
    assert_ne!(
        a.trace_hash, c.trace_hash,
        "another seed interleaves differently"
    );
    let replay = Settings {
        policy: "replay".to_string(),
        schedule: Some(a.schedule.clone()),
        ..Settings::default()
    };
    let r = run_source(
        &source("processes", "value_race.py"),
        "value_race.py",
        replay,
        200_000_000,
    );
    assert_eq!(r.stdout, a.stdout, "replay: {}", r.stderr);
}
