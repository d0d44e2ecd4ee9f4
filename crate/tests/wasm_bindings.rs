//! Browser tests of the wasm-bindgen layer (plain build), run in headless Chromium by
//! wasm-bindgen-test-runner: the JS-facing functions give the same answers as the engine.
#![cfg(target_arch = "wasm32")]

use interleave::bindings;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn field(obj: &JsValue, name: &str) -> JsValue {
    js_sys::Reflect::get(obj, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
}

#[wasm_bindgen_test]
fn sequential_divisors_reach_js_as_uint32_arrays() {
    let out = bindings::factorize_sequential(&[12, 2139079]);
    assert_eq!(out.length(), 2);
    let first = js_sys::Uint32Array::new(&out.get(0)).to_vec();
    assert_eq!(first, vec![1, 2, 3, 4, 6, 12]);
    let second = js_sys::Uint32Array::new(&out.get(1)).to_vec();
    assert_eq!(second, interleave::factorize::divisors(2139079));
}

#[wasm_bindgen_test]
fn validation_reports_errors_as_text() {
    let ok = bindings::validate_numbers("12, 13").unwrap_or(JsValue::NULL);
    assert!(field(&ok, "error").is_null() || field(&ok, "error").is_undefined());
    assert_eq!(js_sys::Array::from(&field(&ok, "numbers")).length(), 2);
    let bad = bindings::validate_numbers("12, x").unwrap_or(JsValue::NULL);
    let msg = field(&bad, "error").as_string().unwrap_or_default();
    assert!(msg.contains("Item 2"), "message was {msg:?}");
}

#[wasm_bindgen_test]
fn limits_are_exposed() {
    let limits = bindings::factorize_limits().unwrap_or(JsValue::NULL);
    assert_eq!(
        field(&limits, "maxNumber").as_f64(),
        Some(f64::from(interleave::factorize::MAX_NUMBER))
    );
    assert!(!bindings::has_parallel());
}

/// The VM in the browser prints exactly what python3 printed (and what the native build prints,
/// which crate/tests/golden.rs checks against the same files).
#[wasm_bindgen_test]
fn the_vm_in_the_browser_matches_cpython() {
    let cases = [
        (
            include_str!("../../tests/golden/generators/generator_states.py"),
            include_str!("../../tests/golden/generators/generator_states.out"),
        ),
        (
            include_str!("../../tests/golden/itertools/chain.py"),
            include_str!("../../tests/golden/itertools/chain.out"),
        ),
        (
            include_str!("../../www/src/labs/python/example.py"),
            include_str!("../../tests/fixtures/python-page/example.out"),
        ),
    ];
    for (source, expected) in cases {
        let out = bindings::run_python(source, "", 1e8).unwrap_or(JsValue::NULL);
        assert_eq!(
            field(&out, "stdout").as_string().unwrap_or_default(),
            expected
        );
        assert_eq!(
            field(&out, "exit").as_string().unwrap_or_default(),
            "finished"
        );
    }
}

#[wasm_bindgen_test]
fn the_vm_reports_errors_and_budgets_in_the_browser() {
    let out =
        bindings::run_python("def f():\n    return 1 / 0\nf()\n", "", 1e6).unwrap_or(JsValue::NULL);
    assert_eq!(
        field(&out, "exit").as_string().unwrap_or_default(),
        "exception"
    );
    assert_eq!(field(&out, "status").as_f64(), Some(1.0));
    let err = field(&out, "stderr").as_string().unwrap_or_default();
    assert!(
        err.ends_with("ZeroDivisionError: division by zero\n"),
        "{err}"
    );
    let looped =
        bindings::run_python("while True:\n    pass\n", "", 1000.0).unwrap_or(JsValue::NULL);
    assert_eq!(
        field(&looped, "exit").as_string().unwrap_or_default(),
        "step-budget"
    );
    assert!(bindings::run_python("", "", 0.0).is_err());
    assert!(bindings::run_python("", "", f64::NAN).is_err());
}

/// The programs tests/fixtures/trace-hashes.txt names, built in.
fn concurrency_program(name: &str) -> Option<&'static str> {
    Some(match name {
        "race_print.py" => include_str!("../../tests/programs/concurrency/race_print.py"),
        "read_sleep_write.py" => {
            include_str!("../../tests/programs/concurrency/read_sleep_write.py")
        }
        "two_locks.py" => include_str!("../../tests/programs/concurrency/two_locks.py"),
        "processes/value_race.py" => {
            include_str!("../../tests/programs/processes/value_race.py")
        }
        _ => return None,
    })
}

#[wasm_bindgen_test]
fn the_browser_computes_the_native_trace_hashes() {
    let fixture = include_str!("../../tests/fixtures/trace-hashes.txt");
    let mut checked = 0;
    for line in fixture
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let parts: Vec<&str> = line.split_whitespace().collect();
        let [program, policy, seed, want] = parts[..] else {
            panic!("bad fixture line {line:?}");
        };
        let source =
            concurrency_program(program).unwrap_or_else(|| panic!("{program} is not built in"));
        let out = interleave::vm::run_program(&interleave::vm::Program {
            source,
            filename: program,
            stdin: "",
            argv: &[],
            budget: interleave::vm::Budget::default(),
            settings: interleave::scheduler::Settings {
                policy: policy.to_string(),
                seed: seed.parse().unwrap_or(0),
                ..interleave::scheduler::Settings::default()
            },
            hints: interleave::vm::BudgetHints::default(),
        });
        assert_eq!(format!("{:016x}", out.trace_hash), want, "{line}");
        checked += 1;
    }
    assert!(checked >= 5);
}

/// A session driven in slices delivers every trace event once, in chunks, and ends with the
/// trace hash the fixture records for the same program, policy and seed (the native hash).
#[wasm_bindgen_test]
fn a_session_delivers_the_trace_in_chunks_with_the_native_hash() {
    let fixture = include_str!("../../tests/fixtures/trace-hashes.txt");
    let line = fixture
        .lines()
        .find(|l| l.starts_with("two_locks.py cpython-3.11 0 "))
        .unwrap_or_else(|| panic!("the fixture lost its two_locks line"));
    let want = line.split_whitespace().last().unwrap_or_default();
    let source = concurrency_program("two_locks.py").unwrap_or_default();
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"policy".into(), &"cpython-3.11".into());
    let _ = js_sys::Reflect::set(&options, &"seed".into(), &JsValue::from_f64(0.0));
    let mut session = bindings::session::PythonSession::new(source, options.into())
        .unwrap_or_else(|_| panic!("the session did not start"));
    let mut events = 0u32;
    let mut stdout = String::new();
    let mut slices = 0;
    loop {
        let slice = session
            .run(500.0, 3.0)
            .unwrap_or_else(|_| panic!("a slice failed"));
        let chunk = js_sys::Array::from(&field(&slice, "events"));
        assert!(chunk.length() <= 3, "a chunk is at most max_events long");
        events += chunk.length();
        stdout += &field(&slice, "stdout").as_string().unwrap_or_default();
        slices += 1;
        let done = field(&slice, "status").as_string().as_deref() == Some("done");
        let left = field(&slice, "eventsLeft").as_f64().unwrap_or(0.0);
        if done && left == 0.0 {
            break;
        }
        assert!(slices < 100_000, "the session never ended");
    }
    assert!(slices > 2, "the run was cut into slices");
    let end = session.finish().unwrap_or(JsValue::NULL);
    assert_eq!(field(&end, "traceHash").as_string().as_deref(), Some(want));
    assert_eq!(field(&end, "events").as_f64(), Some(f64::from(events)));
    let whole = bindings::run_python(source, "", 1e8).unwrap_or(JsValue::NULL);
    assert_eq!(
        field(&whole, "stdout").as_string().unwrap_or_default(),
        stdout
    );
}

#[wasm_bindgen_test]
fn bad_session_options_get_specific_messages() {
    let with = |name: &str, value: JsValue| {
        let options = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&options, &name.into(), &value);
        bindings::session::PythonSession::new("print(1)", options.into()).err()
    };
    assert!(with("policy", "fastest".into()).is_some());
    assert!(with("cores", JsValue::from_f64(0.0)).is_some());
    assert!(with("seed", JsValue::from_f64(-1.0)).is_some());
    assert!(with("maxSteps", JsValue::from_f64(1.5)).is_some());
    assert!(with("colour", "red".into()).is_some());
    assert!(with("cores", JsValue::from_f64(4.0)).is_none());
}
