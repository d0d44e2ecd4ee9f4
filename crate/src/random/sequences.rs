//! Sequence functions over indices: `choice`, `shuffle`, `sample`, `choices`.
//!
//! These take the population's length and return positions in it, so the VM indexes its own
//! objects. Each consumes random numbers exactly as `Lib/random.py` does:
//! - `choice`: `_randbelow(len)`.
//! - `shuffle`: Fisher–Yates from the end, `j = _randbelow(i + 1)` for `i = len-1 .. 1`.
//! - `sample`: the pool algorithm when `n <= setsize` (21, plus `4 ** ceil(log(3k, 4))` when
//!   `k > 5`), otherwise rejection with a set of selected positions; `counts=` maps a sample of
//!   `range(total)` back through the cumulative counts.
//! - `choices`: `floor(random() * n)` without weights, else `bisect(cum_weights, random() * total,
//!   0, n - 1)`.
//!
//! Weights are `f64`: int weights are exact below 2**53 (beyond that CPython accumulates exact
//! ints and compares them exactly with the float, which this does not reproduce).

use std::collections::BTreeSet;

use super::error::BOTH_WEIGHTS_ERROR;
use super::error::{ErrorKind, RandomError, EMPTY_CHOICE_ERROR, SAMPLE_SIZE_ERROR};
use super::Random;

/// An empty `Vec` with room for `k` items, or CPython's `MemoryError` when that much cannot be
/// reserved (as `[None] * k` fails in CPython).
fn reserve<T>(k: u64) -> Result<Vec<T>, RandomError> {
    let mut v = Vec::new();
    let k = usize::try_from(k).map_err(|_| memory_error())?;
    v.try_reserve_exact(k).map_err(|_| memory_error())?;
    Ok(v)
}

/// `MemoryError()` (its message is empty).
fn memory_error() -> RandomError {
    RandomError::new(ErrorKind::MemoryError, "")
}

/// `bisect.bisect_right(a, x, lo, hi)`.
fn bisect_right(a: &[f64], x: f64, mut lo: usize, mut hi: usize) -> usize {
    while lo < hi {
        let mid = (lo + hi) / 2;
        if a.get(mid).is_some_and(|&m| x < m) {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    lo
}

/// `sample`'s `setsize`: 21, plus `4 ** ceil(log(k * 3, 4))` when `k > 5`, computed with floats
/// as CPython does (for huge `k` the float rounding differs from the exact logarithm).
fn sample_setsize(k: u64) -> u128 {
    let mut setsize: u128 = 21;
    if k > 5 {
        let x = (u128::from(k) * 3) as f64;
        let e = (x.ln() / 4f64.ln()).ceil();
        // e is at most 34 for k < 2**64, so the power fits.
        setsize += 4u128.pow(e.clamp(0.0, 60.0) as u32);
    }
    setsize
}

impl Random {
    /// `choice(seq)` for a sequence of length `len`: the index to pick, or CPython's
    /// `IndexError` for an empty sequence.
    pub fn choice(&mut self, len: u64) -> Result<u64, RandomError> {
        if len == 0 {
            return Err(RandomError::new(ErrorKind::IndexError, EMPTY_CHOICE_ERROR));
        }
        Ok(self.randbelow_u64(len))
    }

    /// `shuffle(x)`: shuffles the slice in place exactly as CPython shuffles a list.
    pub fn shuffle<T>(&mut self, x: &mut [T]) {
        for i in (1..x.len()).rev() {
            let j = self.randbelow_u64(i as u64 + 1) as usize;
            x.swap(i, j);
        }
    }

    /// The permutation `shuffle` applies to a list of length `len`: after shuffling,
    /// position `p` holds the element that was at index `result[p]`.
    pub fn shuffle_indices(&mut self, len: usize) -> Vec<usize> {
        let mut order: Vec<usize> = (0..len).collect();
        self.shuffle(&mut order);
        order
    }

    /// `sample(population, k)` for a population of length `n`: the selected indices, in
    /// selection order. `ValueError` unless `0 <= k <= n` (a `k` beyond `i64` is out of range
    /// too: the VM reports [`SAMPLE_SIZE_ERROR`] for it).
    pub fn sample(&mut self, n: u64, k: i64) -> Result<Vec<u64>, RandomError> {
        let k = match u64::try_from(k) {
            Ok(k) if k <= n => k,
            _ => return Err(RandomError::value(SAMPLE_SIZE_ERROR)),
        };
        let mut result = reserve(k)?;
        if u128::from(n) <= sample_setsize(k) {
            // n is small here (at most about 12 * k + 21), so the pool fits alongside the result.
            let mut pool: Vec<u64> = reserve(n)?;
            pool.extend(0..n);
            for i in 0..k {
                let j = self.randbelow_u64(n - i) as usize;
                let last = (n - i - 1) as usize;
                let (Some(&picked), Some(&moved)) = (pool.get(j), pool.get(last)) else {
                    break;
                };
                result.push(picked);
                pool[j] = moved;
            }
        } else {
            let mut selected = BTreeSet::new();
            for _ in 0..k {
                let mut j = self.randbelow_u64(n);
                while selected.contains(&j) {
                    j = self.randbelow_u64(n);
                }
                selected.insert(j);
                result.push(j);
            }
        }
        Ok(result)
    }

    /// `sample(population, k, counts=counts)` for a population of length `n`: the selected
    /// population indices. Errors as CPython's: the counts' length must be `n`, their total
    /// positive and (for `len(range(total))`) within `i64`; then [`Random::sample`]'s check.
    /// (`TypeError: Counts must be integers` for non-int counts is the VM's to raise.)
    pub fn sample_counts(
        &mut self,
        n: u64,
        counts: &[i64],
        k: i64,
    ) -> Result<Vec<u64>, RandomError> {
        let mut cum: Vec<i128> = Vec::with_capacity(counts.len());
        let mut acc: i128 = 0;
        for &c in counts {
            acc += i128::from(c);
            cum.push(acc);
        }
        if cum.len() as u64 != n {
            return Err(RandomError::value(
                "The number of counts does not match the population",
            ));
        }
        let Some(total) = cum.pop() else {
            return Err(RandomError::new(
                ErrorKind::IndexError,
                "pop from empty list",
            ));
        };
        if total <= 0 {
            return Err(RandomError::value(
                "Total of counts must be greater than zero",
            ));
        }
        let total = u64::try_from(total)
            .ok()
            .filter(|&t| t <= i64::MAX as u64)
            .ok_or_else(|| {
                RandomError::new(
                    ErrorKind::OverflowError,
                    "Python int too large to convert to C ssize_t",
                )
            })?;
        let selections = self.sample(total, k)?;
        Ok(selections
            .into_iter()
            .map(|s| cum.partition_point(|&c| c <= i128::from(s)) as u64)
            .collect())
    }

    /// `choices(population, weights, cum_weights=..., k=k)` for a population of length `n`:
    /// `k` indices (none for `k <= 0`).
    ///
    /// Without weights each index is `floor(random() * n)`; as in CPython, such an index can be
    /// out of range (an empty population, or rounding for `n > 2**53`), and CPython raises the
    /// population's `IndexError` as soon as it indexes it. The result therefore stops right after
    /// the first index `>= n`, and the VM raises its own `IndexError` on reaching it, leaving the
    /// generator state exactly as CPython does.
    ///
    /// With weights: `TypeError` for both kinds at once, `ValueError` for a length other than
    /// `n`, `IndexError: list index out of range` for empty weights (for a `cum_weights` tuple
    /// CPython says "tuple index out of range"), then the total must be positive and finite.
    pub fn choices(
        &mut self,
        n: u64,
        weights: Option<&[f64]>,
        cum_weights: Option<&[f64]>,
        k: i64,
    ) -> Result<Vec<u64>, RandomError> {
        let k = u64::try_from(k).unwrap_or(0);
        let accumulated;
        let cum: &[f64] = match (weights, cum_weights) {
            (None, None) => {
                let nf = n as f64;
                let mut out = reserve(k)?;
                for _ in 0..k {
                    let i = (self.random() * nf).floor() as u64;
                    out.push(i);
                    if i >= n {
                        break;
                    }
                }
                return Ok(out);
            }
            (Some(_), Some(_)) => return Err(RandomError::type_error(BOTH_WEIGHTS_ERROR)),
            (Some(w), None) => {
                let mut acc = Vec::with_capacity(w.len());
                let mut total = 0.0;
                for (i, &x) in w.iter().enumerate() {
                    // accumulate() starts from the first element itself (no 0 + w[0]).
                    total = if i == 0 { x } else { total + x };
                    acc.push(total);
                }
                accumulated = acc;
                &accumulated
            }
            (None, Some(c)) => c,
        };
        if cum.len() as u64 != n {
            return Err(RandomError::value(
                "The number of weights does not match the population",
            ));
        }
        let Some(&last) = cum.last() else {
            return Err(RandomError::new(
                ErrorKind::IndexError,
                "list index out of range",
            ));
        };
        let total = last + 0.0;
        if total <= 0.0 {
            return Err(RandomError::value(
                "Total of weights must be greater than zero",
            ));
        }
        if !total.is_finite() {
            return Err(RandomError::value("Total of weights must be finite"));
        }
        let hi = cum.len() - 1;
        let mut out = reserve(k)?;
        for _ in 0..k {
            let x = self.random() * total;
            out.push(bisect_right(cum, x, 0, hi) as u64);
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::{bisect_right, sample_setsize};

    /// `python3 -c "import math; print([21 + (4 ** math.ceil(math.log(k * 3, 4)) if k > 5 else 0) for k in (0, 5, 6, 10, 21, 22, 100, 375299968947542)])"`
    #[test]
    fn setsize_matches_cpython() {
        let ks = [0u64, 5, 6, 10, 21, 22, 100, 375_299_968_947_542];
        let want: [u128; 8] = [21, 21, 85, 85, 85, 277, 1045, 1_125_899_906_842_645];
        for (k, w) in ks.iter().zip(want) {
            assert_eq!(sample_setsize(*k), w, "k = {k}");
        }
    }

    #[test]
    fn bisect_right_like_python() {
        let a = [1.0, 2.0, 2.0, 3.0];
        assert_eq!(bisect_right(&a, 2.0, 0, 4), 3);
        assert_eq!(bisect_right(&a, 0.5, 0, 4), 0);
        assert_eq!(bisect_right(&a, 9.0, 0, 3), 3);
        assert_eq!(bisect_right(&a, f64::NAN, 0, 3), 3);
    }
}
