//! Interleave core.
//!
//! The engine parts of this crate know nothing of JavaScript: they are plain Rust, tested natively.
//! The only module that talks to the browser is [`bindings`], compiled for `wasm32` alone.
//!
//! Parts (see ARCHITECTURE.md at the repository root):
//! - [`factorize`]: the notes' naive divisor search, sequential and (feature `parallel`) on rayon.
//! - [`python`]: the Python-subset front end (lexer, parser), the start of the simulator engine.
//! - `bindings` (wasm32 only): the thin wasm-bindgen layer the front end calls.

pub mod compiler;
pub mod factorize;
pub mod format;
pub mod python;
pub mod vm;

#[cfg(target_arch = "wasm32")]
pub mod bindings;
