//! Threaded build only: the rayon pool on Web Workers (wasm-bindgen-rayon).
//!
//! JS must call `initThreadPool(n)` (re-exported here) once, from inside a dedicated Worker,
//! before [`factorize_parallel`]; the pool size is fixed for the life of that Worker.

use wasm_bindgen::prelude::*;

pub use wasm_bindgen_rayon::init_thread_pool;

/// Divisors of each number on the rayon pool: an array of Uint32Arrays, same as sequential.
#[wasm_bindgen(js_name = factorizeParallel)]
pub fn factorize_parallel(numbers: &[u32]) -> js_sys::Array {
    super::to_js(crate::factorize::factorize_all_parallel(numbers))
}

/// Number of threads in the current rayon pool.
#[wasm_bindgen(js_name = poolSize)]
pub fn pool_size() -> usize {
    rayon::current_num_threads()
}
