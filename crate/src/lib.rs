//! Interleave core.
//!
//! The engine parts of this crate know nothing of JavaScript: they are plain Rust, tested natively.
//! The only module that talks to the browser is [`bindings`], compiled for `wasm32` alone.
//!
//! Parts (see ARCHITECTURE.md at the repository root):
//! - [`factorize`]: the notes' naive divisor search, sequential and (feature `parallel`) on rayon.
//! - [`python`]: the Python-subset front end (lexer, parser, CPython's syntax errors).
//! - [`compiler`] and [`vm`]: bytecode and the deterministic virtual machine that runs it.
//! - [`format`]: CPython-exact text formatting and number parsing.
//! - [`fxhash`]: the deterministic hasher of internal hash maps.
//! - [`random`]: CPython's Mersenne Twister and `random` module algorithms (wired to the VM with
//!   the concurrency runtime).
//! - [`scheduler`]: thread states, scheduling policies, the virtual clock and locks (pure data).
//! - [`stdlib`]: the simulated standard-library modules (`time`, `threading`, ...).
//! - [`trace`]: the record of a run (events, the replayable schedule string, a hash).
//! - `bindings` (wasm32 only): the thin wasm-bindgen layer the front end calls.

pub mod compiler;
pub mod factorize;
pub mod format;
pub mod fxhash;
pub mod pystr;
pub mod python;
pub mod random;
pub mod scheduler;
pub mod stdlib;
pub mod trace;
pub mod vm;

#[cfg(target_arch = "wasm32")]
pub mod bindings;
