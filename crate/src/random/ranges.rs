//! `randrange` and `randint`, with CPython 3.11's argument rules and messages.
//!
//! `randrange(start, stop=None, step=1)` draws `_randbelow` of the number of values in the range.
//! Its checks, in order: `start` converted to an int; with no `stop`, a `step` other than the
//! default is a `TypeError` and `start <= 0` is "empty range for randrange()"; `stop` converted;
//! `step` converted; step 1 with an empty range reports `(start, stop, width)`; step 0 is
//! "zero step"; any other empty range is "empty range for randrange()". In 3.11 a float argument
//! is still accepted when integral, with a `DeprecationWarning` (see [`RangeArg`]).
//!
//! `step is not _ONE` in `Lib/random.py` compares identity with the cached int 1, so an explicit
//! int step of 1 counts as the default and a float `1.0` does not. Not covered: `True` is not the
//! cached 1 either, so `randrange(5, step=True)` is a `TypeError` in CPython, while a VM that
//! passes bools as [`RangeArg::Int`] gets `randrange(5)`.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{FromPrimitive, One, Signed, ToPrimitive};

use super::error::{ErrorKind, RandomError};
use super::Random;

/// The `DeprecationWarning` text for an integral float argument to `randrange`.
pub const NON_INTEGER_DEPRECATED: &str = "non-integer arguments to randrange() have been \
     deprecated since Python 3.10 and will be removed in a subsequent version";

/// The `DeprecationWarning` text issued just before the `ValueError` for a non-integral float.
pub const WILL_RAISE_TYPE_ERROR: &str = "randrange() will raise TypeError in the future";

/// One argument of `randrange` as the VM received it: an int (including bool) or a float.
#[derive(Clone, PartialEq, Debug)]
pub enum RangeArg {
    /// An int (anything with `__index__`).
    Int(BigInt),
    /// A float, which 3.11 still accepts when integral.
    Float(f64),
}

/// Which argument is being converted, for the "non-integer ..." message.
#[derive(Clone, Copy)]
enum Position {
    Start,
    Stop,
    Step,
}

/// Converts one argument the way `randrange` does (`_index(x)`, falling back to `int(x)`),
/// pushing any `DeprecationWarning` text onto `warnings`.
fn to_int(
    arg: &RangeArg,
    position: Position,
    warnings: &mut Vec<&'static str>,
) -> Result<BigInt, RandomError> {
    let x = match arg {
        RangeArg::Int(i) => return Ok(i.clone()),
        RangeArg::Float(x) => *x,
    };
    if x.is_nan() {
        return Err(RandomError::value("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(RandomError::new(
            ErrorKind::OverflowError,
            "cannot convert float infinity to integer",
        ));
    }
    let truncated = BigInt::from_f64(x.trunc()).unwrap_or_default();
    if x.trunc() != x {
        warnings.push(WILL_RAISE_TYPE_ERROR);
        let which = match position {
            Position::Start => "arg 1",
            Position::Stop => "stop",
            Position::Step => "step",
        };
        return Err(RandomError::value(format!(
            "non-integer {which} for randrange()"
        )));
    }
    warnings.push(NON_INTEGER_DEPRECATED);
    Ok(truncated)
}

/// "empty range for randrange()".
fn empty_range() -> RandomError {
    RandomError::value("empty range for randrange()")
}

/// "Missing a non-None stop argument".
fn missing_stop() -> RandomError {
    RandomError::type_error("Missing a non-None stop argument")
}

/// Floor division for `i128` (Python's `//`); `d != 0`.
fn floor_div(n: i128, d: i128) -> i128 {
    let q = n / d;
    if (n % d != 0) && ((n < 0) != (d < 0)) {
        q - 1
    } else {
        q
    }
}

impl Random {
    /// `randrange(start, stop, step)` for arguments the VM has already seen as ints or floats,
    /// in CPython's exact order of conversions, checks and warnings. `step: None` means the
    /// argument was not given. `DeprecationWarning` messages are appended to `warnings` in the
    /// order CPython issues them (also when an error follows).
    pub fn randrange_args(
        &mut self,
        start: &RangeArg,
        stop: Option<&RangeArg>,
        step: Option<&RangeArg>,
        warnings: &mut Vec<&'static str>,
    ) -> Result<BigInt, RandomError> {
        let istart = to_int(start, Position::Start, warnings)?;
        let step_is_default = match step {
            None => true,
            Some(RangeArg::Int(i)) => i.is_one(),
            Some(RangeArg::Float(_)) => false,
        };
        let Some(stop) = stop else {
            if !step_is_default {
                return Err(missing_stop());
            }
            return self.randrange(&istart, None, None);
        };
        let istop = to_int(stop, Position::Stop, warnings)?;
        let istep = match step {
            None => BigInt::one(),
            Some(s) => to_int(s, Position::Step, warnings)?,
        };
        self.randrange(&istart, Some(&istop), Some(&istep))
    }

    /// `randrange(start, stop, step)` for int arguments (`stop: None` means `randrange(start)`,
    /// `step: None` means no step was given; an explicit step 1 is the same as none).
    pub fn randrange(
        &mut self,
        start: &BigInt,
        stop: Option<&BigInt>,
        step: Option<&BigInt>,
    ) -> Result<BigInt, RandomError> {
        let small = |x: Option<&BigInt>| match x {
            None => Some(None),
            Some(v) => v.to_i64().map(Some),
        };
        if let (Some(a), Some(b), Some(c)) = (start.to_i64(), small(stop), small(step)) {
            return self
                .randrange_i128(a.into(), b.map(i128::from), c.map(i128::from))
                .map(BigInt::from);
        }
        self.randrange_big(start, stop, step)
    }

    /// The big-integer path of [`Random::randrange`], a direct transcription of
    /// `Lib/random.py`.
    fn randrange_big(
        &mut self,
        start: &BigInt,
        stop: Option<&BigInt>,
        step: Option<&BigInt>,
    ) -> Result<BigInt, RandomError> {
        let Some(stop) = stop else {
            if step.is_some_and(|s| !s.is_one()) {
                return Err(missing_stop());
            }
            if start.is_positive() {
                return Ok(self.randbelow(start));
            }
            return Err(empty_range());
        };
        let width = stop - start;
        let one = BigInt::one();
        let step = step.unwrap_or(&one);
        if step.is_one() {
            if width.is_positive() {
                return Ok(start + self.randbelow(&width));
            }
            return Err(RandomError::value(format!(
                "empty range for randrange() ({start}, {stop}, {width})"
            )));
        }
        let n = if step.is_positive() {
            (&width + step - 1u32).div_floor(step)
        } else if step.is_negative() {
            (&width + step + 1u32).div_floor(step)
        } else {
            return Err(RandomError::value("zero step for randrange()"));
        };
        if !n.is_positive() {
            return Err(empty_range());
        }
        Ok(start + step * self.randbelow(&n))
    }

    /// The same algorithm as [`Random::randrange`] for arguments within `i64` (held in `i128`
    /// so `stop` may be `i64::MAX + 1` for `randint`); the result lies in the range, so it fits.
    fn randrange_i128(
        &mut self,
        start: i128,
        stop: Option<i128>,
        step: Option<i128>,
    ) -> Result<i128, RandomError> {
        let Some(stop) = stop else {
            if step.is_some_and(|s| s != 1) {
                return Err(missing_stop());
            }
            if start > 0 {
                return Ok(self.randbelow_u128(start as u128) as i128);
            }
            return Err(empty_range());
        };
        let width = stop - start;
        let step = step.unwrap_or(1);
        if step == 1 {
            if width > 0 {
                return Ok(start + self.randbelow_u128(width as u128) as i128);
            }
            return Err(RandomError::value(format!(
                "empty range for randrange() ({start}, {stop}, {width})"
            )));
        }
        let n = match step.cmp(&0) {
            std::cmp::Ordering::Greater => floor_div(width + step - 1, step),
            std::cmp::Ordering::Less => floor_div(width + step + 1, step),
            std::cmp::Ordering::Equal => {
                return Err(RandomError::value("zero step for randrange()"))
            }
        };
        if n <= 0 {
            return Err(empty_range());
        }
        Ok(start + step * self.randbelow_u128(n as u128) as i128)
    }

    /// The big-integer path for `randrange(start, stop, step)`, for tests comparing it with the
    /// `i128` path.
    #[cfg(test)]
    pub(super) fn randrange_big_for_tests(
        &mut self,
        start: &BigInt,
        stop: &BigInt,
        step: &BigInt,
    ) -> Result<BigInt, RandomError> {
        self.randrange_big(start, Some(stop), Some(step))
    }

    /// [`Random::randrange`] for `i64` arguments, without big-integer allocation.
    pub fn randrange_i64(
        &mut self,
        start: i64,
        stop: Option<i64>,
        step: Option<i64>,
    ) -> Result<i64, RandomError> {
        let v = self.randrange_i128(start.into(), stop.map(i128::from), step.map(i128::from))?;
        // The result lies between start and stop (exclusive), both within i64.
        Ok(i64::try_from(v).unwrap_or_default())
    }

    /// `randint(a, b)`: `randrange(a, b + 1)`.
    pub fn randint(&mut self, a: &BigInt, b: &BigInt) -> Result<BigInt, RandomError> {
        let stop = b + 1u32;
        self.randrange(a, Some(&stop), None)
    }

    /// [`Random::randint`] for `i64` arguments, without big-integer allocation.
    pub fn randint_i64(&mut self, a: i64, b: i64) -> Result<i64, RandomError> {
        let v = self.randrange_i128(a.into(), Some(i128::from(b) + 1), None)?;
        Ok(i64::try_from(v).unwrap_or_default())
    }
}

#[cfg(test)]
mod tests {
    use super::floor_div;

    #[test]
    fn floor_div_matches_python() {
        assert_eq!(floor_div(7, 2), 3);
        assert_eq!(floor_div(-7, 2), -4);
        assert_eq!(floor_div(7, -2), -4);
        assert_eq!(floor_div(-7, -2), 3);
        assert_eq!(floor_div(-6, 2), -3);
    }
}
