//! Fidelity and determinism of the concurrency runtime: properties that hold on real CPython 3.11
//! (measured with python3 on the programs in tests/programs/concurrency), checked under each
//! scheduling policy, plus deadlock reports, budgets, determinism and replay.

mod common;

use interleave::scheduler::Settings;
use interleave::vm::{Budget, BudgetHints, Exit, Outcome, Program};

fn source(name: &str) -> String {
    common::source("concurrency", name)
}

fn run_with(name: &str, settings: Settings, steps: u64) -> Outcome {
    common::run_source(&source(name), name, settings, steps)
}

fn run(name: &str, policy: &str, seed: u64) -> Outcome {
    let settings = Settings {
        policy: policy.to_string(),
        seed,
        ..Settings::default()
    };
    run_with(name, settings, 200_000_000)
}

fn printed_int(o: &Outcome) -> i64 {
    o.stdout.trim().parse().unwrap_or_else(|_| {
        panic!(
            "expected a number, got {:?} (stderr {:?})",
            o.stdout, o.stderr
        )
    })
}

#[test]
fn attribute_increment_is_exact_under_cpython_311() {
    // On CPython 3.11 no switch can happen between LOAD_ATTR and STORE_ATTR.
    for seed in [0, 1] {
        let o = run("counter_attr.py", "cpython-3.11", seed);
        assert_eq!(printed_int(&o), 500_000, "seed {seed}: {}", o.stderr);
    }
}

#[test]
fn attribute_increment_loses_updates_without_the_311_switch_points() {
    for policy in ["gil-anywhere", "free-threaded"] {
        let o = run("counter_attr.py", policy, 0);
        let n = printed_int(&o);
        assert!(n < 500_000 && n > 0, "{policy}: {n}");
    }
}

#[test]
fn getattr_setattr_increment_loses_updates_for_most_seeds() {
    let lossy = (0..6)
        .filter(|&seed| printed_int(&run("counter_getattr.py", "cpython-3.11", seed)) < 500_000)
        .count();
    assert!(lossy >= 5, "only {lossy} of 6 seeds lost updates");
}

#[test]
fn read_sleep_write_loses_an_update_and_the_lock_fixes_it() {
    for policy in ["cpython-3.11", "gil-anywhere", "free-threaded", "random"] {
        assert_eq!(
            printed_int(&run("read_sleep_write.py", policy, 3)),
            1,
            "{policy}"
        );
        assert_eq!(
            printed_int(&run("read_sleep_write_locked.py", policy, 3)),
            2,
            "{policy}"
        );
    }
}

#[test]
fn a_released_lock_goes_to_its_waiter_unless_the_releaser_takes_it_back_at_once() {
    for seed in [0, 1] {
        let o = run("lock_handoff.py", "cpython-3.11", seed);
        assert_eq!(
            o.stdout, "['second', 'main']\n['main', 'second']\n",
            "seed {seed}: {}",
            o.stderr
        );
    }
}

#[test]
fn a_lock_acquired_twice_is_reported_as_a_deadlock() {
    let o = run("lock_twice.py", "cpython-3.11", 0);
    assert_eq!(o.exit, Exit::Deadlock);
    assert_eq!(o.stdout, "acquired once\n");
    assert!(
        o.stderr
            .contains("MainThread (line 7) waits for Lock-1 ('lock'), which MainThread holds"),
        "{}",
        o.stderr
    );
    assert!(o.stderr.contains("CPython would hang here forever"));
}

#[test]
fn opposite_lock_orders_deadlock_with_the_cycle_named() {
    for policy in ["cpython-3.11", "random", "free-threaded"] {
        let o = run("two_locks.py", policy, 1);
        assert_eq!(o.exit, Exit::Deadlock, "{policy}: {}", o.stderr);
        assert!(
            o.stderr
                .contains("MainThread (line 27) waits for Thread-1 (left) to finish"),
            "{}",
            o.stderr
        );
        assert!(
            o.stderr
                .contains("Thread-1 (left) → Thread-2 (right) → Thread-1 (left)"),
            "{}",
            o.stderr
        );
    }
}

#[test]
fn free_threading_runs_cpu_bound_threads_in_parallel_and_the_gil_does_not() {
    let ratio = |policy: &str, cores: u32| -> f64 {
        let settings = Settings {
            policy: policy.to_string(),
            cores,
            ..Settings::default()
        };
        let o = run_with("cpu_pair.py", settings, 50_000_000);
        o.stdout.trim().parse().unwrap_or(0.0)
    };
    let gil = ratio("cpython-3.11", 2);
    let free = ratio("free-threaded", 2);
    let one_core = ratio("free-threaded", 1);
    assert!((0.9..1.1).contains(&gil), "GIL speedup {gil}");
    assert!((1.8..2.1).contains(&free), "free-threaded speedup {free}");
    assert!(
        (0.9..1.1).contains(&one_core),
        "one core speedup {one_core}"
    );
}

#[test]
fn a_thread_that_never_ends_stops_at_the_step_budget() {
    let o = run_with("runaway_thread.py", Settings::default(), 200_000);
    assert_eq!(o.exit, Exit::StepBudget);
    assert!(o.stderr.contains("the step budget ran out"), "{}", o.stderr);
}

#[test]
fn too_many_threads_get_a_clear_error() {
    let o = run("many_threads.py", "cpython-3.11", 0);
    assert!(
        o.stdout.starts_with("1999 can't start new thread"),
        "{}",
        o.stdout
    );
}

#[test]
fn same_inputs_same_trace_and_different_seeds_differ() {
    let a = run("race_print.py", "random", 7);
    let b = run("race_print.py", "random", 7);
    assert_eq!(a.stdout, b.stdout);
    assert_eq!(a.schedule, b.schedule);
    assert_eq!(a.trace_hash, b.trace_hash);
    let others: Vec<String> = (8..14)
        .map(|s| run("race_print.py", "random", s).stdout)
        .collect();
    assert!(
        others.iter().any(|o| *o != a.stdout),
        "six other seeds all printed the same order"
    );
}

#[test]
fn a_schedule_string_replays_the_run_exactly() {
    for policy in ["random", "free-threaded", "cpython-3.11"] {
        let original = run("race_print.py", policy, 11);
        let replay = run_with(
            "race_print.py",
            Settings {
                policy: "replay".to_string(),
                seed: 11,
                schedule: Some(original.schedule.clone()),
                ..Settings::default()
            },
            200_000_000,
        );
        assert_eq!(replay.stdout, original.stdout, "{policy}");
        assert_eq!(replay.schedule, original.schedule, "{policy}");
        assert_eq!(replay.steps, original.steps, "{policy}");
        assert_eq!(replay.replay_warning, None, "{policy}");
    }
}

#[test]
fn a_schedule_that_does_not_fit_the_program_is_reported() {
    let replay = |schedule: &str| {
        run_with(
            "race_print.py",
            Settings {
                policy: "replay".to_string(),
                schedule: Some(schedule.to_string()),
                ..Settings::default()
            },
            200_000_000,
        )
    };
    let original = run("race_print.py", "cpython-3.11", 0);
    // Thread 2 cannot run first: it does not exist yet.
    let wrong = replay(&format!("2:50,{}", original.schedule));
    let w = wrong.replay_warning.unwrap_or_default();
    assert!(w.contains("from segment 1 on"), "{w}");
    assert!(
        w.contains("the schedule says thread 2 runs 50 instructions"),
        "{w}"
    );
    assert!(wrong.trace.events().iter().any(|e| matches!(
        &e.kind,
        interleave::trace::EventKind::Narration { text } if text == &w
    )));
    // A schedule cut short: the program goes on after its end.
    let first = original.schedule.split(',').next().unwrap_or_default();
    let short = replay(first).replay_warning.unwrap_or_default();
    assert!(
        short.contains("The schedule ended after segment 1"),
        "{short}"
    );
}

#[test]
fn bad_settings_say_what_is_accepted() {
    let o = run("race_print.py", "fastest", 0);
    assert!(
        o.stderr.contains("unknown scheduling policy 'fastest'"),
        "{}",
        o.stderr
    );
    assert!(o.stderr.contains("cpython-3.11"));
    let o = run("race_print.py", "replay", 0);
    assert!(o.stderr.contains("needs a schedule string"), "{}", o.stderr);
    let o = run_with(
        "race_print.py",
        Settings {
            policy: "replay".into(),
            schedule: Some("0:10,x".into()),
            ..Settings::default()
        },
        1000,
    );
    assert!(o.stderr.contains("segment 2"), "{}", o.stderr);
}

fn findings(o: &Outcome) -> (Vec<String>, Vec<String>) {
    let mut races = Vec::new();
    let mut lost = Vec::new();
    for e in o.trace.events() {
        match &e.kind {
            interleave::trace::EventKind::Race { text } => races.push(text.clone()),
            interleave::trace::EventKind::LostUpdate { text } => lost.push(text.clone()),
            _ => {}
        }
    }
    (races, lost)
}

#[test]
fn races_and_lost_updates_are_reported_and_a_common_lock_silences_them() {
    let o = run("read_sleep_write.py", "cpython-3.11", 0);
    let (races, lost) = findings(&o);
    assert_eq!(races.len(), 1, "{races:?}");
    assert!(
        races[0].starts_with("Data race on global balance:"),
        "{}",
        races[0]
    );
    assert_eq!(lost.len(), 1, "{lost:?}");
    assert!(lost[0].contains("stored 1, overwriting"), "{}", lost[0]);

    let o = run("read_sleep_write_locked.py", "cpython-3.11", 0);
    assert_eq!(findings(&o), (Vec::new(), Vec::new()));

    let o = run("counter_getattr.py", "cpython-3.11", 0);
    let (races, lost) = findings(&o);
    assert!(races[0].contains("Counter.count"), "{races:?}");
    assert!(!lost.is_empty());
    let summary = o.trace.events().iter().any(|e| {
        matches!(&e.kind, interleave::trace::EventKind::Narration { text } if text.contains("lost updates on Counter.count in this run"))
    });
    assert!(summary);
}

#[test]
fn the_manual_policy_lets_the_caller_pick_each_thread() {
    use interleave::vm::session::{Session, Status};
    let src = source("race_print.py");
    let program = |policy: &str| Program {
        source: &src,
        filename: "race_print.py",
        stdin: "",
        argv: &[],
        budget: Budget::default(),
        settings: Settings {
            policy: policy.to_string(),
            ..Settings::default()
        },
        hints: BudgetHints::default(),
    };
    // Always pick the highest-numbered ready thread, granting it 300 instructions at a time.
    let drive = || {
        let mut session = Session::new(&program("manual"));
        let mut picks = Vec::new();
        loop {
            match session.run(1_000_000) {
                Status::Choose(choices) => {
                    assert!(!choices.is_empty());
                    let pick = choices.iter().map(|c| c.thread).max().unwrap_or(0);
                    session
                        .choose(pick, 300)
                        .expect("a ready thread can be chosen");
                    assert!(
                        session.choose(pick, 1).is_err(),
                        "no second choice without a question"
                    );
                    picks.push(pick);
                }
                Status::Paused => {}
                Status::Done => break,
            }
        }
        (session.outcome(), picks)
    };
    let (out, picks) = drive();
    assert_eq!(out.exit, Exit::Finished(0), "{}", out.stderr);
    assert!(picks.len() > 20, "asked {} times", picks.len());
    assert!(picks.contains(&3), "Thread-3 was never chosen: {picks:?}");
    // Every run in the trace is one of the caller's choices, in order.
    let runs: Vec<u32> = out
        .trace
        .events()
        .iter()
        .filter(|e| matches!(e.kind, interleave::trace::EventKind::Run))
        .map(|e| e.thread)
        .collect();
    assert_eq!(runs, picks, "the trace's runs are the choices");
    let (again, _) = drive();
    assert_eq!(again.trace_hash, out.trace_hash);

    // Driving a non-manual run in small slices gives exactly the one-shot result.
    let whole = run("race_print.py", "cpython-3.11", 0);
    let mut sliced = Session::new(&program("cpython-3.11"));
    let mut pauses = 0;
    while sliced.run(997) == Status::Paused {
        pauses += 1;
    }
    let out = sliced.outcome();
    assert!(pauses > 10);
    assert_eq!(out.stdout, whole.stdout);
    assert_eq!(out.schedule, whole.schedule);
    assert_eq!(out.trace_hash, whole.trace_hash);
}

/// How many times two threads appending to one list took turns, with `sys.setswitchinterval(s)`.
fn turns_with_switch_interval(seconds: &str) -> i64 {
    let src = format!(
        "import sys, threading\n\
         sys.setswitchinterval({seconds})\n\
         log = []\n\
         def work(tag):\n    for _ in range(20000):\n        log.append(tag)\n\
         ts = [threading.Thread(target=work, args=(t,)) for t in 'ab']\n\
         for t in ts: t.start()\n\
         for t in ts: t.join()\n\
         print(sum(1 for x, y in zip(log, log[1:]) if x != y))\n"
    );
    let o = common::run_source(&src, "switch.py", Settings::default(), 50_000_000);
    common::printed_ints(&o)[0]
}

#[test]
fn setswitchinterval_changes_how_often_threads_take_turns() {
    // 40,000 appends of ~7 instructions at 20 ns each take ~6 ms of virtual time.
    let rare = turns_with_switch_interval("1.0");
    let often = turns_with_switch_interval("0.0001");
    assert!(
        rare <= 1,
        "a 1 s interval should let each thread finish its loop: {rare} turns"
    );
    assert!(
        often >= 20,
        "a 0.1 ms interval should switch many times: {often} turns"
    );
}

#[test]
fn an_event_loop_with_every_task_stuck_names_the_tasks() {
    let o = run("asyncio_lock_orders.py", "cpython-3.11", 0);
    assert_eq!(o.exit, Exit::Deadlock, "{}", o.stderr);
    for part in [
        "MainThread (line 11) waits for one of its asyncio tasks to be woken:",
        "Task-2 (worker at line 6)",
        "Task-3 (worker at line 6)",
        "that no task, timer or thread is left to complete",
        "CPython would hang here forever",
    ] {
        assert!(o.stderr.contains(part), "{part:?} not in {}", o.stderr);
    }
    assert!(!o.stderr.contains("library lock"), "{}", o.stderr);
}

#[test]
fn print_from_two_threads_can_tear_lines_without_losing_text() {
    use interleave::vm::session::{Session, Status};
    // A torn line moves text around but never loses or doubles a character.
    let sorted_chars = |text: &str| {
        let mut c: Vec<char> = text.chars().collect();
        c.sort_unstable();
        c
    };
    let mut untorn = String::new();
    for tag in ["A", "B"] {
        for i in 0..300 {
            untorn.push_str(&format!("{tag} {i}\n"));
        }
    }
    for policy in ["cpython-3.11", "gil-anywhere", "free-threaded"] {
        let o = run("print_tearing.py", policy, 1);
        assert_eq!(o.exit, Exit::Finished(0), "{policy}: {}", o.stderr);
        let torn = o
            .stdout
            .lines()
            .filter(|l| l.contains('A') && l.contains('B'))
            .count();
        assert!(torn > 0, "{policy}: no line tore:\n{}", o.stdout);
        assert_eq!(
            sorted_chars(&o.stdout),
            sorted_chars(&untorn),
            "{policy}: text lost or doubled"
        );
    }
    // Stopping and resuming a run in small slices, even inside a print, changes nothing.
    let whole = run("print_tearing.py", "cpython-3.11", 1);
    let src = source("print_tearing.py");
    let mut sliced = Session::new(&Program {
        source: &src,
        filename: "print_tearing.py",
        stdin: "",
        argv: &[],
        budget: Budget::default(),
        settings: Settings {
            seed: 1,
            ..Settings::default()
        },
        hints: BudgetHints::default(),
    });
    while sliced.run(3) == Status::Paused {}
    let out = sliced.outcome();
    assert_eq!(out.stdout, whole.stdout);
    assert_eq!(out.trace_hash, whole.trace_hash);
}

#[test]
fn a_streamed_run_hands_out_its_output_in_order_and_ends_as_a_whole_run() {
    for name in ["print_tearing.py", "race_print.py"] {
        let src = source(name);
        let program = Program {
            source: &src,
            filename: name,
            stdin: "",
            argv: &[],
            budget: Budget::default(),
            settings: Settings::default(),
            hints: BudgetHints::default(),
        };
        let whole = interleave::vm::run_program(&program);
        let (mut out, mut err, mut chunks) = (String::new(), String::new(), 0);
        let streamed = interleave::vm::run_program_streaming(&program, 500, &mut |o, e| {
            if !o.is_empty() {
                chunks += 1;
            }
            out.push_str(o);
            err.push_str(e);
        });
        assert_eq!(out, whole.stdout, "{name}");
        assert_eq!(err, whole.stderr, "{name}");
        assert!(chunks > 3, "{name}: output came in {chunks} chunk(s)");
        assert_eq!(streamed.trace_hash, whole.trace_hash, "{name}");
        assert_eq!(streamed.exit, whole.exit, "{name}");
    }
}

#[test]
fn a_session_of_a_program_that_does_not_compile_shows_the_syntax_error_as_its_output() {
    use interleave::vm::session::{Session, Status};
    let src = "print('a'\n";
    let program = Program {
        source: src,
        filename: "main.py",
        stdin: "",
        argv: &[],
        budget: Budget::default(),
        settings: Settings::default(),
        hints: BudgetHints::default(),
    };
    let whole = interleave::vm::run_program(&program);
    assert!(whole.stderr.contains("SyntaxError: '(' was never closed"));
    let mut session = Session::new(&program);
    assert_eq!(session.run(1_000), Status::Done);
    // What a slice hands out (the JS session reads the VM's output) is the whole run's report.
    assert_eq!(session.vm().stderr, whole.stderr);
    assert_eq!(session.outcome().exit, Exit::CompileError);
}

#[test]
fn a_long_queue_costs_the_same_per_item_to_fill_and_trace_as_a_short_one() {
    // Each put records the queue's contents in the trace: the first items and how many more,
    // not the whole queue, and the deque under the queue is O(1) at both ends.
    let fill = |n: usize| {
        let src = format!(
            "import queue\nq = queue.Queue()\nfor i in range({n}):\n    q.put(i)\n\
             while not q.empty():\n    q.get()\nprint(q.qsize())\n"
        );
        common::run_source(&src, "fill.py", Settings::default(), 200_000_000)
    };
    let (small, big) = (fill(2_000), fill(8_000));
    assert_eq!(big.stdout, "0\n", "{}", big.stderr);
    let per_item = |o: &Outcome, n: u64| o.steps / n;
    assert!(
        per_item(&big, 8_000) <= per_item(&small, 2_000) + 5,
        "steps per item grew with the queue: {} then {}",
        per_item(&small, 2_000),
        per_item(&big, 8_000)
    );
    assert!(
        big.trace.approx_bytes() < 5 * small.trace.approx_bytes(),
        "trace bytes grew faster than the items: {} then {}",
        small.trace.approx_bytes(),
        big.trace.approx_bytes()
    );
    let longest = big
        .trace
        .events()
        .iter()
        .filter_map(|e| match &e.kind {
            interleave::trace::EventKind::Library { kind, text } if kind == "queue.put" => {
                Some(text.len())
            }
            _ => None,
        })
        .max()
        .unwrap_or(0);
    assert!(longest < 200, "a queue.put event is {longest} bytes long");
    assert!(big.trace.events().iter().any(
        |e| matches!(&e.kind, interleave::trace::EventKind::Library { text, .. }
            if text.ends_with(", ... (+7984)]"))
    ));
}

#[test]
fn gathering_thousands_of_asyncio_tasks_costs_the_same_per_task_as_gathering_a_few_hundred() {
    // The event loop's trace looks at the first few ready handles and waiting tasks only; it
    // used to list them all at every call_soon, so 1,000 tasks took 107M steps.
    let gather = |n: u64| {
        let src = format!(
            "import asyncio, time
async def w(i):
    await asyncio.sleep(0.1)
    return i
async def main():
    t = time.monotonic()
    r = await asyncio.gather(*(w(i) for i in range({n})))
    print(sum(r), time.monotonic() - t < 0.5)
asyncio.run(main())
"
        );
        common::run_source(&src, "gather.py", Settings::default(), 200_000_000)
    };
    let (small, big) = (gather(500), gather(2_000));
    assert_eq!(big.stdout, "1999000 True\n", "{}", big.stderr);
    assert_eq!(small.stdout, "124750 True\n", "{}", small.stderr);
    assert!(
        big.steps / 2_000 <= small.steps / 500 * 11 / 10,
        "steps per task grew with the task count: {} then {}",
        small.steps / 500,
        big.steps / 2_000
    );
}
