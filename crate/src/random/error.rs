//! The exceptions the `random` algorithms raise, with CPython 3.11's exact messages.
//!
//! The module is VM-independent, so an error is a kind (which Python exception class) and the
//! message text; the VM turns it into a real exception object.

use std::fmt;

/// Which Python exception class an error becomes.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ErrorKind {
    /// `ValueError`.
    ValueError,
    /// `TypeError`.
    TypeError,
    /// `IndexError`.
    IndexError,
    /// `OverflowError`.
    OverflowError,
    /// `ZeroDivisionError`.
    ZeroDivisionError,
    /// `MemoryError`.
    MemoryError,
    /// Not a Python exception: CPython would loop forever here (a rejection loop that can never
    /// accept, e.g. `vonmisesvariate(0, nan)`). The VM decides how to report it; its class name
    /// is given as `RuntimeError`.
    NeverReturns,
}

impl ErrorKind {
    /// The Python class name, e.g. `"ValueError"`.
    pub fn name(self) -> &'static str {
        match self {
            ErrorKind::ValueError => "ValueError",
            ErrorKind::TypeError => "TypeError",
            ErrorKind::IndexError => "IndexError",
            ErrorKind::OverflowError => "OverflowError",
            ErrorKind::ZeroDivisionError => "ZeroDivisionError",
            ErrorKind::MemoryError => "MemoryError",
            ErrorKind::NeverReturns => "RuntimeError",
        }
    }
}

/// A Python exception raised by one of the `random` functions.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct RandomError {
    /// The exception class.
    pub kind: ErrorKind,
    /// The message, exactly as CPython 3.11 words it (`str(exc)`).
    pub message: String,
}

impl RandomError {
    /// An error of `kind` with `message`.
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        RandomError {
            kind,
            message: message.into(),
        }
    }

    /// A `ValueError`.
    pub fn value(message: impl Into<String>) -> Self {
        RandomError::new(ErrorKind::ValueError, message)
    }

    /// A `TypeError`.
    pub fn type_error(message: impl Into<String>) -> Self {
        RandomError::new(ErrorKind::TypeError, message)
    }

    /// The `OverflowError` CPython raises when an argument does not fit a C `int`
    /// (for example `getrandbits(2**31)`).
    pub fn c_int_overflow() -> Self {
        RandomError::new(ErrorKind::OverflowError, C_INT_OVERFLOW)
    }

    /// `ZeroDivisionError: float division by zero`.
    pub fn float_division() -> Self {
        RandomError::new(ErrorKind::ZeroDivisionError, "float division by zero")
    }
}

impl fmt::Display for RandomError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.kind.name(), self.message)
    }
}

impl std::error::Error for RandomError {}

/// Message of the `OverflowError` for an int argument outside a C `int`.
pub const C_INT_OVERFLOW: &str = "Python int too large to convert to C int";

/// `TypeError` message of `random.seed(x)` for an unsupported type (note the newline).
pub const SEED_TYPE_ERROR: &str =
    "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.";

/// `ValueError` message of `random.sample` when `k` is negative or larger than the population.
pub const SAMPLE_SIZE_ERROR: &str = "Sample larger than population or is negative";

/// `IndexError` message of `random.choice` on an empty sequence.
pub const EMPTY_CHOICE_ERROR: &str = "Cannot choose from an empty sequence";

/// `TypeError` message of `random.choices` given both `weights` and `cum_weights`.
pub const BOTH_WEIGHTS_ERROR: &str = "Cannot specify both weights and cumulative weights";

/// `TypeError` message of `random.sample` for a population that is not a sequence.
pub const SAMPLE_POPULATION_ERROR: &str =
    "Population must be a sequence.  For dicts or sets, use sorted(d).";

/// The `TypeError` `random.choices(population, 3)` raises (an int passed as `weights`).
pub fn choices_k_positional(k: &str) -> RandomError {
    RandomError::type_error(format!(
        "The number of choices must be a keyword argument: k={k}"
    ))
}
