//! The wasm-bindgen layer: the only code in the crate that knows about JavaScript.
//!
//! It is deliberately thin: it converts arguments, calls into the engine modules and converts
//! results back. The front end's workers import it (www/src/wasm/). The same functions exist in
//! both builds; [`parallel`] adds the rayon pool in the threaded build only.

use wasm_bindgen::prelude::*;

#[cfg(feature = "parallel")]
pub mod parallel;
pub mod session;

/// Result of validating a typed list: the numbers, or the message to show next to the field.
#[derive(serde::Serialize)]
struct Validation {
    numbers: Vec<u32>,
    error: Option<String>,
}

/// Validate a list of numbers as typed by a user; returns `{ numbers, error }`.
#[wasm_bindgen(js_name = validateNumbers)]
pub fn validate_numbers(text: &str) -> Result<JsValue, JsError> {
    let v = match crate::factorize::validate_numbers(text) {
        Ok(numbers) => Validation {
            numbers,
            error: None,
        },
        Err(e) => Validation {
            numbers: Vec::new(),
            error: Some(e.to_string()),
        },
    };
    serde_wasm_bindgen::to_value(&v).map_err(|e| JsError::new(&e.to_string()))
}

/// Limits the front end checks before calling in: `{ minNumber, maxNumber, maxCount }`.
#[wasm_bindgen(js_name = factorizeLimits)]
pub fn factorize_limits() -> Result<JsValue, JsError> {
    #[derive(serde::Serialize)]
    #[serde(rename_all = "camelCase")]
    struct Limits {
        min_number: u32,
        max_number: u32,
        max_count: usize,
    }
    let limits = Limits {
        min_number: crate::factorize::MIN_NUMBER,
        max_number: crate::factorize::MAX_NUMBER,
        max_count: crate::factorize::MAX_COUNT,
    };
    serde_wasm_bindgen::to_value(&limits).map_err(|e| JsError::new(&e.to_string()))
}

/// Divisors of each number, sequentially on the calling thread: an array of Uint32Arrays.
#[wasm_bindgen(js_name = factorizeSequential)]
pub fn factorize_sequential(numbers: &[u32]) -> js_sys::Array {
    to_js(crate::factorize::factorize_all(numbers))
}

/// Whether this module was built with the rayon pool (the threaded build).
#[wasm_bindgen(js_name = hasParallel)]
pub fn has_parallel() -> bool {
    cfg!(feature = "parallel")
}

/// Convert per-number divisor lists into a JS array of `Uint32Array`s.
fn to_js(lists: Vec<Vec<u32>>) -> js_sys::Array {
    lists
        .iter()
        .map(|ds| js_sys::Uint32Array::from(ds.as_slice()))
        .collect()
}

/// What a Python run produced, for the front end.
#[derive(serde::Serialize)]
struct PythonRun {
    stdout: String,
    stderr: String,
    /// `finished`, `exception`, `compile-error`, `step-budget`, `memory-budget`, `output-limit` or `deadlock`.
    exit: &'static str,
    /// The exit status python3 would give.
    status: i32,
    /// Bytecode instructions executed.
    steps: f64,
    /// The schedule string that replays the run.
    schedule: String,
    /// The trace hash, as hex (equal to the native runner's for the same inputs).
    #[serde(rename = "traceHash")]
    trace_hash: String,
}

/// Most steps a caller may ask for.
const MAX_STEPS_LIMIT: f64 = 1e10;

/// How the page's budget messages say to raise a budget.
fn page_hints() -> crate::vm::BudgetHints {
    crate::vm::BudgetHints {
        steps: "raise the step budget in the field above Run".to_string(),
        memory: "the program needs less memory: the page's memory budget is fixed".to_string(),
        output: "print less: the page's output limit is fixed".to_string(),
    }
}

/// How a run ended, as the front end names it.
fn exit_name(exit: &crate::vm::Exit) -> &'static str {
    match exit {
        crate::vm::Exit::Finished(_) => "finished",
        crate::vm::Exit::Exception => "exception",
        crate::vm::Exit::CompileError => "compile-error",
        crate::vm::Exit::StepBudget => "step-budget",
        crate::vm::Exit::MemoryBudget => "memory-budget",
        crate::vm::Exit::OutputLimit => "output-limit",
        crate::vm::Exit::Deadlock => "deadlock",
    }
}

/// Run a Python program on the VM: `{ stdout, stderr, exit, status, steps }`.
/// `max_steps` is the step budget (1 to 1e10).
#[wasm_bindgen(js_name = runPython)]
pub fn run_python(source: &str, stdin: &str, max_steps: f64) -> Result<JsValue, JsError> {
    if !max_steps.is_finite() || !(1.0..=MAX_STEPS_LIMIT).contains(&max_steps) {
        return Err(JsError::new(&format!(
            "the step budget must be a whole number from 1 to {MAX_STEPS_LIMIT:e}, not {max_steps}"
        )));
    }
    let budget = crate::vm::Budget {
        steps: max_steps as u64,
        ..crate::vm::Budget::default()
    };
    let out = crate::vm::run_program(&crate::vm::Program {
        source,
        filename: "main.py",
        stdin,
        argv: &[],
        budget,
        settings: crate::scheduler::Settings::default(),
        hints: page_hints(),
    });
    let exit = exit_name(&out.exit);
    let status = out.status();
    let run = PythonRun {
        stdout: out.stdout,
        stderr: out.stderr,
        exit,
        status,
        steps: out.steps as f64,
        schedule: out.schedule,
        trace_hash: format!("{:016x}", out.trace_hash),
    };
    serde_wasm_bindgen::to_value(&run).map_err(|e| JsError::new(&e.to_string()))
}
