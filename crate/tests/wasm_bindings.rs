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
