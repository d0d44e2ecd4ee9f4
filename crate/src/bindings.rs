//! The wasm-bindgen layer: the only code in the crate that knows about JavaScript.
//!
//! It is deliberately thin: it converts arguments, calls into the engine modules and converts
//! results back. The front end's workers import it (www/src/wasm/). The same functions exist in
//! both builds; [`parallel`] adds the rayon pool in the threaded build only.

use wasm_bindgen::prelude::*;

#[cfg(feature = "parallel")]
pub mod parallel;

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
