//! The compiler: a syntax tree in, code objects out (see [`code`]).
//!
//! [`scope`] decides where each name lives; [`codegen`] walks the tree and emits instructions.
//! Constructs the VM does not run yet fail here with "not supported by Interleave: …" and the
//! line, never silently.

pub mod code;
pub mod codegen;
pub mod scope;

pub use codegen::{compile_module, CompileError};
