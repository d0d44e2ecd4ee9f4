//! The error type of the formatting functions: a Python exception class and CPython's message.

use std::fmt;

/// Largest width or precision accepted anywhere (format specs, `%` conversions).
///
/// CPython accepts up to `sys.maxsize` and then tries to allocate the result; Interleave refuses
/// fields larger than this with a `MemoryError` instead, so a typo cannot exhaust wasm memory.
pub const MAX_FIELD: usize = 10_000_000;

/// The Python exception class an error maps to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// `ValueError`.
    ValueError,
    /// `TypeError`.
    TypeError,
    /// `OverflowError`.
    OverflowError,
    /// `IndexError`.
    IndexError,
    /// `KeyError`.
    KeyError,
    /// `MemoryError` (only for fields beyond [`MAX_FIELD`]).
    MemoryError,
}

impl ErrorKind {
    /// The Python class name, e.g. `"ValueError"`.
    pub fn name(self) -> &'static str {
        match self {
            ErrorKind::ValueError => "ValueError",
            ErrorKind::TypeError => "TypeError",
            ErrorKind::OverflowError => "OverflowError",
            ErrorKind::IndexError => "IndexError",
            ErrorKind::KeyError => "KeyError",
            ErrorKind::MemoryError => "MemoryError",
        }
    }
}

/// A Python exception to raise: its class and its message (exactly CPython's text).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FmtError {
    /// The exception class.
    pub kind: ErrorKind,
    /// The message, as `str(exc)` shows it.
    pub message: String,
}

impl FmtError {
    /// A `ValueError` with `message`.
    pub fn value(message: impl Into<String>) -> Self {
        FmtError {
            kind: ErrorKind::ValueError,
            message: message.into(),
        }
    }

    /// A `TypeError` with `message`.
    pub fn type_error(message: impl Into<String>) -> Self {
        FmtError {
            kind: ErrorKind::TypeError,
            message: message.into(),
        }
    }

    /// An `OverflowError` with `message`.
    pub fn overflow(message: impl Into<String>) -> Self {
        FmtError {
            kind: ErrorKind::OverflowError,
            message: message.into(),
        }
    }

    /// The `MemoryError` for a field wider than [`MAX_FIELD`].
    pub fn too_big() -> Self {
        FmtError {
            kind: ErrorKind::MemoryError,
            message: String::new(),
        }
    }
}

impl fmt::Display for FmtError {
    /// `Kind: message`, as a traceback's last line shows it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.message.is_empty() {
            write!(f, "{}", self.kind.name())
        } else {
            write!(f, "{}: {}", self.kind.name(), self.message)
        }
    }
}

impl std::error::Error for FmtError {}
