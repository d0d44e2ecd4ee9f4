//! `interleave`: the native command-line runner.
//!
//! - `interleave factorize N...` prints each number's divisors as the notes' Python generator
//!   gives them (one line per number, `N: d1 d2 ...`), the format of
//!   `tests/fixtures/factorize/factorize.py`.
//! - `interleave bench-factorize [--repeat R] [--threads K] N...` times the kernel in-process and
//!   prints one JSON object (used by `npm run bench`); `--threads` needs the `parallel` feature.
//! - `interleave run [OPTIONS] FILE.py [ARGS...]` runs a Python program on the VM like
//!   `python3 FILE.py ARGS...` (`sys.argv` is `['FILE.py', ARGS...]`): its stdout and stderr,
//!   exit status 1 after an uncaught exception. Options go before the file: `--max-steps N`,
//!   `--max-memory N`, `--max-output BYTES` (budgets), `--policy NAME` (scheduling policy,
//!   default `cpython-3.11`), `--seed N`, `--cores N`, `--schedule STRING` (for `--policy
//!   replay`), `--start DATE` (where the virtual wall clock starts, UTC: `2024-01-01T09:00:00`,
//!   the default), `--trace` (print the
//!   trace events and the schedule string to stderr after the run), `--stats` (one JSON line on
//!   stderr: steps, virtual time, trace size and hash).

use interleave::factorize::{factorize_all, validate_numbers};
use std::process::ExitCode;
use std::time::Instant;

const USAGE: &str = "usage: interleave factorize N [N ...]
       interleave bench-factorize [--repeat R] [--threads K] N [N ...]
       interleave run [--max-steps N] [--max-memory N] [--max-output BYTES]
                      [--policy NAME] [--seed N] [--cores N] [--schedule STRING]
                      [--start DATE] [--trace] [--stats] FILE.py [ARGS...]

policies: cpython-3.11 (default), gil-anywhere, free-threaded, random, manual, replay";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("factorize") => factorize(&args[1..]),
        Some("bench-factorize") => bench(&args[1..]),
        Some("run") => return run(&args[1..]),
        _ => Err(USAGE.to_string()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("interleave: {message}");
            ExitCode::from(2)
        }
    }
}

fn factorize(args: &[String]) -> Result<(), String> {
    let numbers = validate_numbers(&args.join(" ")).map_err(|e| e.to_string())?;
    for (n, ds) in numbers.iter().zip(factorize_all(&numbers)) {
        let ds: Vec<String> = ds.iter().map(u32::to_string).collect();
        println!("{n}: {}", ds.join(" "));
    }
    Ok(())
}

/// Take the value after a flag such as `--repeat 5`, removing both from `rest`.
fn take_flag(rest: &mut Vec<String>, flag: &str) -> Result<Option<usize>, String> {
    let Some(at) = rest.iter().position(|a| a == flag) else {
        return Ok(None);
    };
    let value = rest
        .get(at + 1)
        .and_then(|v| v.parse::<usize>().ok())
        .filter(|&v| v >= 1)
        .ok_or_else(|| format!("{flag} needs a whole number of at least 1"))?;
    rest.drain(at..at + 2);
    Ok(Some(value))
}

/// Remove `flag VALUE` from `rest` and return VALUE.
fn take_str_flag(rest: &mut Vec<String>, flag: &str) -> Result<Option<String>, String> {
    let Some(at) = rest.iter().position(|a| a == flag) else {
        return Ok(None);
    };
    let value = rest
        .get(at + 1)
        .cloned()
        .ok_or_else(|| format!("{flag} needs a value"))?;
    rest.drain(at..at + 2);
    Ok(Some(value))
}

/// Read the scheduler options of `run`.
fn scheduler_settings(rest: &mut Vec<String>) -> Result<interleave::scheduler::Settings, String> {
    let mut settings = interleave::scheduler::Settings::default();
    if let Some(p) = take_str_flag(rest, "--policy")? {
        settings.policy = p;
    }
    if let Some(seed) = take_str_flag(rest, "--seed")? {
        settings.seed = seed.parse().map_err(|_| {
            format!(
                "--seed needs a whole number from 0 to {}, not '{seed}'",
                u64::MAX
            )
        })?;
    }
    if let Some(c) = take_str_flag(rest, "--cores")? {
        settings.cores = c.parse().map_err(|_| {
            format!(
                "--cores needs a whole number from 1 to {}, not '{c}'",
                interleave::scheduler::MAX_CORES
            )
        })?;
    }
    settings.schedule = take_str_flag(rest, "--schedule")?;
    if let Some(start) = take_str_flag(rest, "--start")? {
        settings.start_unix = interleave::scheduler::clock::parse_start(&start)
            .map_err(|e| format!("--start: {e}"))?;
    }
    interleave::scheduler::Scheduler::new(&settings)?;
    Ok(settings)
}

fn bench(args: &[String]) -> Result<(), String> {
    let mut rest = args.to_vec();
    let repeat = take_flag(&mut rest, "--repeat")?.unwrap_or(5);
    let threads = take_flag(&mut rest, "--threads")?;
    let numbers = validate_numbers(&rest.join(" ")).map_err(|e| e.to_string())?;
    let run = kernel(threads)?;
    let mut ms = Vec::with_capacity(repeat);
    let mut found = 0;
    for _ in 0..repeat {
        let t0 = Instant::now();
        found = run(&numbers).iter().map(Vec::len).sum::<usize>();
        ms.push(t0.elapsed().as_secs_f64() * 1000.0);
    }
    let ms: Vec<String> = ms.iter().map(|m| format!("{m:.3}")).collect();
    println!(
        "{{\"threads\": {}, \"divisors_found\": {found}, \"ms\": [{}]}}",
        threads.unwrap_or(0),
        ms.join(", ")
    );
    Ok(())
}

type Kernel = Box<dyn Fn(&[u32]) -> Vec<Vec<u32>>>;

/// The sequential kernel, or the parallel one on a pool of `threads` native threads.
fn kernel(threads: Option<usize>) -> Result<Kernel, String> {
    let Some(threads) = threads else {
        return Ok(Box::new(factorize_all));
    };
    #[cfg(feature = "parallel")]
    {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .map_err(|e| format!("could not start {threads} threads: {e}"))?;
        Ok(Box::new(move |numbers: &[u32]| {
            pool.install(|| interleave::factorize::factorize_all_parallel(numbers))
        }))
    }
    #[cfg(not(feature = "parallel"))]
    {
        Err(format!(
            "--threads {threads} needs the parallel build: cargo build --release --features parallel"
        ))
    }
}

/// Options of `run` that take a value.
const RUN_VALUE_OPTIONS: [&str; 8] = [
    "--max-steps",
    "--max-memory",
    "--max-output",
    "--policy",
    "--seed",
    "--cores",
    "--schedule",
    "--start",
];

/// Options of `run` that stand alone.
const RUN_SWITCHES: [&str; 2] = ["--stats", "--trace"];

/// Split `run`'s arguments into the options and the file (in that order) and the program's
/// own arguments, which follow the file.
fn split_run_args(args: &[String]) -> Result<(Vec<String>, Vec<String>), String> {
    let mut at = 0;
    while let Some(arg) = args.get(at) {
        if RUN_VALUE_OPTIONS.contains(&arg.as_str()) {
            at += 2;
        } else if RUN_SWITCHES.contains(&arg.as_str()) {
            at += 1;
        } else if arg.starts_with("--") {
            return Err(format!(
                "unknown option '{arg}' for run (options: {}, {}; they go before FILE.py)",
                RUN_VALUE_OPTIONS.join(", "),
                RUN_SWITCHES.join(", ")
            ));
        } else {
            let end = (at + 1).min(args.len());
            return Ok((args[..end].to_vec(), args[end..].to_vec()));
        }
    }
    Ok((args.to_vec(), Vec::new()))
}

/// Steps between two looks at a running program's new output (a few ms natively).
const STREAM_SLICE_STEPS: u64 = 200_000;

/// `interleave run FILE.py`: the program's output on our stdout/stderr, python3's exit status.
fn run(args: &[String]) -> ExitCode {
    use std::io::{IsTerminal, Read, Write};
    // Options come before the file; what follows the file is the program's (`sys.argv[1:]`),
    // as with `python3 [options] FILE.py [args]`.
    let (mut rest, script_args) = match split_run_args(args) {
        Ok(split) => split,
        Err(e) => {
            eprintln!("interleave: {e}");
            return ExitCode::from(2);
        }
    };
    let mut budget = interleave::vm::Budget::default();
    for (flag, slot) in [("--max-steps", 0), ("--max-memory", 1), ("--max-output", 2)] {
        match take_flag(&mut rest, flag) {
            Ok(Some(v)) => match slot {
                0 => budget.steps = v as u64,
                1 => budget.memory = v as u64,
                _ => budget.output = v as u64,
            },
            Ok(None) => {}
            Err(e) => {
                eprintln!("interleave: {e}");
                return ExitCode::from(2);
            }
        }
    }
    let settings = match scheduler_settings(&mut rest) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("interleave: {e}");
            return ExitCode::from(2);
        }
    };
    let show_stats = match rest.iter().position(|a| a == "--stats") {
        Some(at) => {
            rest.remove(at);
            true
        }
        None => false,
    };
    let show_trace = match rest.iter().position(|a| a == "--trace") {
        Some(at) => {
            rest.remove(at);
            true
        }
        None => false,
    };
    let Some(path) = rest.first() else {
        eprintln!("interleave: run needs a file: interleave run FILE.py");
        return ExitCode::from(2);
    };
    let source = match std::fs::read(path) {
        Ok(bytes) => match interleave::python::encoding::decode_source_info(&bytes, path) {
            Ok((text, info)) => {
                // A declared encoding changes how CPython reports syntax errors (columns in
                // characters, invalid UTF-8 in literals): check the file that way first.
                if info.declared {
                    if let Err(e) = interleave::python::parse_module_decoded(&text, path, &info) {
                        let _ = std::io::stderr().write_all(e.render().as_bytes());
                        return ExitCode::from(1);
                    }
                }
                text.into_owned()
            }
            Err(report) => {
                let _ = std::io::stderr().write_all(report.as_bytes());
                return ExitCode::from(1);
            }
        },
        Err(e) => {
            eprintln!("interleave: can't open file '{path}': {e}");
            return ExitCode::from(2);
        }
    };
    let mut stdin = String::new();
    if !std::io::stdin().is_terminal() {
        let _ = std::io::stdin().read_to_string(&mut stdin);
    }
    // Output is printed as the program runs (a long or endless program shows its lines at once).
    let mut emit = |out: &str, err: &str| {
        if !out.is_empty() {
            let mut o = std::io::stdout();
            let _ = o.write_all(out.as_bytes());
            let _ = o.flush();
        }
        if !err.is_empty() {
            let _ = std::io::stderr().write_all(err.as_bytes());
        }
    };
    let outcome = interleave::vm::run_program_streaming(
        &interleave::vm::Program {
            source: &source,
            filename: path,
            stdin: &stdin,
            argv: &script_args,
            budget,
            settings,
            hints: interleave::vm::BudgetHints::default(),
        },
        STREAM_SLICE_STEPS,
        &mut emit,
    );
    if let Some(w) = &outcome.replay_warning {
        let _ = writeln!(std::io::stderr(), "interleave: warning: {w}");
    }
    if show_stats {
        let _ = writeln!(
            std::io::stderr(),
            "{{\"steps\":{},\"virtualNs\":{},\"traceEvents\":{},\"traceDropped\":{},\"traceBytes\":{},\"traceHash\":\"{:016x}\"}}",
            outcome.steps,
            outcome.time_ns,
            outcome.trace.events().len(),
            outcome.trace.dropped,
            outcome.trace.approx_bytes(),
            outcome.trace_hash
        );
    }
    if show_trace {
        let mut err = std::io::stderr();
        for e in outcome.trace.events() {
            let _ = writeln!(
                err,
                "trace: step {} t={}ns thread {} line {}: {:?}",
                e.step, e.time_ns, e.thread, e.line, e.kind
            );
        }
        let _ = writeln!(
            err,
            "trace: {} events ({} dropped), {} steps, {} ns virtual, hash {:016x}\nschedule: {}",
            outcome.trace.events().len(),
            outcome.trace.dropped,
            outcome.steps,
            outcome.time_ns,
            outcome.trace_hash,
            outcome.schedule
        );
    }
    ExitCode::from(outcome.status().clamp(0, 255) as u8)
}
