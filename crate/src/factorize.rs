//! The factorization kernel of the real-parallelism lab.
//!
//! It mirrors the notes' Python generator exactly:
//!
//! ```python
//! def factorize(number):
//!     for i in range(1, number + 1):
//!         if number % i == 0:
//!             yield i
//! ```
//!
//! so `divisors(n)` equals `list(factorize(n))`: every divisor of `n` in increasing order, found by
//! trying all of 1..=n. The point of the lab is that this is CPU-bound work, so the loop is kept
//! naive on purpose. [`validate_numbers`] is the one place that decides what input is supported;
//! the front end shows its messages next to the field.

/// Largest number the lab accepts: one naive scan of 10^9 candidates takes a few seconds in wasm.
pub const MAX_NUMBER: u32 = 1_000_000_000;
/// Smallest number the lab accepts (0 has no divisors to show and 1 only itself).
pub const MIN_NUMBER: u32 = 2;
/// Most numbers accepted in one run.
pub const MAX_COUNT: usize = 64;

/// Every divisor of `n` in increasing order, as `list(factorize(n))` gives them.
pub fn divisors(n: u32) -> Vec<u32> {
    divisors_in(n, 1, n)
}

/// The divisors of `n` that lie in `lo..=hi`, in increasing order (one chunk of the scan).
pub fn divisors_in(n: u32, lo: u32, hi: u32) -> Vec<u32> {
    let mut found = Vec::new();
    if n == 0 || lo > hi {
        return found;
    }
    let mut i = lo.max(1);
    loop {
        if n.is_multiple_of(i) {
            found.push(i);
        }
        if i >= hi {
            break;
        }
        i += 1;
    }
    found
}

/// Divisors of each number, one after another on the calling thread.
pub fn factorize_all(numbers: &[u32]) -> Vec<Vec<u32>> {
    numbers.iter().map(|&n| divisors(n)).collect()
}

/// Candidates per parallel task: large enough that scheduling costs nothing measurable, small
/// enough that uneven numbers still balance across workers.
#[cfg(feature = "parallel")]
const CHUNK: u32 = 1 << 16;

/// Divisors of each number, with every number's scan split into chunks run on the current rayon
/// pool. The result equals [`factorize_all`]: chunks are concatenated in order.
#[cfg(feature = "parallel")]
pub fn factorize_all_parallel(numbers: &[u32]) -> Vec<Vec<u32>> {
    use rayon::prelude::*;
    numbers
        .par_iter()
        .map(|&n| {
            let chunks = n.div_ceil(CHUNK);
            (0..chunks)
                .into_par_iter()
                .map(|c| {
                    let lo = c * CHUNK + 1;
                    let hi = lo.saturating_add(CHUNK - 1).min(n);
                    divisors_in(n, lo, hi)
                })
                .flatten_iter()
                .collect()
        })
        .collect()
}

/// Why an input list was refused; `index` is the 0-based position of the offending entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InputError {
    /// Nothing to factorize.
    Empty,
    /// More than [`MAX_COUNT`] numbers.
    TooMany { count: usize },
    /// An entry that is not a whole decimal number.
    NotANumber { index: usize, text: String },
    /// A whole number below [`MIN_NUMBER`] or above [`MAX_NUMBER`].
    OutOfRange { index: usize, text: String },
}

impl std::fmt::Display for InputError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            InputError::Empty => write!(f, "Enter at least one number, e.g. 2139079, 1214759."),
            InputError::TooMany { count } => write!(
                f,
                "{count} numbers is too many: enter at most {MAX_COUNT}."
            ),
            InputError::NotANumber { index, text } => write!(
                f,
                "Item {} (\"{text}\") is not a whole number: use digits only, separated by commas or spaces.",
                index + 1
            ),
            InputError::OutOfRange { index, text } => write!(
                f,
                "Item {} ({text}) is out of range: each number must be from {MIN_NUMBER} to {MAX_NUMBER}.",
                index + 1
            ),
        }
    }
}

/// Parse a list typed by a user: numbers separated by commas and/or whitespace.
pub fn validate_numbers(text: &str) -> Result<Vec<u32>, InputError> {
    let items: Vec<&str> = text
        .split(|c: char| c == ',' || c.is_whitespace())
        .filter(|s| !s.is_empty())
        .collect();
    if items.is_empty() {
        return Err(InputError::Empty);
    }
    if items.len() > MAX_COUNT {
        return Err(InputError::TooMany { count: items.len() });
    }
    let mut numbers = Vec::with_capacity(items.len());
    for (index, item) in items.iter().enumerate() {
        let digits = item.strip_prefix('-').unwrap_or(item);
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err(InputError::NotANumber {
                index,
                text: (*item).to_string(),
            });
        }
        let out_of_range = || InputError::OutOfRange {
            index,
            text: (*item).to_string(),
        };
        if item.starts_with('-') {
            return Err(out_of_range());
        }
        let value: u64 = digits.parse().map_err(|_| out_of_range())?;
        if value < u64::from(MIN_NUMBER) || value > u64::from(MAX_NUMBER) {
            return Err(out_of_range());
        }
        numbers.push(value as u32);
    }
    Ok(numbers)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Expected divisors captured from python3 running the notes' generator.
    fn python_expected() -> Vec<(u32, Vec<u32>)> {
        let text = include_str!("../../tests/fixtures/factorize/expected.txt");
        text.lines()
            .filter_map(|line| {
                let (n, ds) = line.split_once(':')?;
                let ds = ds
                    .split_whitespace()
                    .map(|d| d.parse().ok())
                    .collect::<Option<_>>()?;
                Some((n.parse().ok()?, ds))
            })
            .collect()
    }

    #[test]
    fn divisors_match_python_generator() {
        let expected = python_expected();
        assert!(
            expected.len() >= 4,
            "fixture should list the notes' numbers"
        );
        for (n, ds) in expected {
            assert_eq!(divisors(n), ds, "divisors of {n}");
        }
        assert_eq!(divisors(1), vec![1]);
        assert_eq!(divisors(0), Vec::<u32>::new());
    }

    #[test]
    fn chunks_cover_the_range_without_gaps() {
        let n = 360;
        let mut joined = divisors_in(n, 1, 100);
        joined.extend(divisors_in(n, 101, 360));
        assert_eq!(joined, divisors(n));
        assert!(divisors_in(n, 10, 9).is_empty());
    }

    #[test]
    fn divisors_at_the_top_of_the_range_do_not_overflow() {
        assert_eq!(
            divisors_in(u32::MAX, u32::MAX - 2, u32::MAX),
            vec![u32::MAX]
        );
    }

    #[cfg(feature = "parallel")]
    #[test]
    fn parallel_equals_sequential() {
        let numbers = [2139079, 1214759, 1516637, 1852285, 2, 3_000_017];
        assert_eq!(factorize_all_parallel(&numbers), factorize_all(&numbers));
    }

    #[test]
    fn validation_accepts_commas_and_spaces() {
        assert_eq!(
            validate_numbers(" 12, 13 14,,15 "),
            Ok(vec![12, 13, 14, 15])
        );
    }

    #[test]
    fn validation_names_the_bad_item() {
        assert_eq!(validate_numbers(""), Err(InputError::Empty));
        assert_eq!(validate_numbers(" , "), Err(InputError::Empty));
        assert!(matches!(
            validate_numbers("12, abc"),
            Err(InputError::NotANumber { index: 1, .. })
        ));
        assert!(matches!(
            validate_numbers("1.5"),
            Err(InputError::NotANumber { index: 0, .. })
        ));
        assert!(matches!(
            validate_numbers("-7"),
            Err(InputError::OutOfRange { index: 0, .. })
        ));
        assert!(matches!(
            validate_numbers("0"),
            Err(InputError::OutOfRange { .. })
        ));
        assert!(matches!(
            validate_numbers("1"),
            Err(InputError::OutOfRange { .. })
        ));
        assert!(matches!(
            validate_numbers("1000000001"),
            Err(InputError::OutOfRange { .. })
        ));
        assert!(matches!(
            validate_numbers("99999999999999999999999"),
            Err(InputError::OutOfRange { .. })
        ));
        assert_eq!(validate_numbers("1000000000"), Ok(vec![MAX_NUMBER]));
        let many = vec!["5"; MAX_COUNT + 1].join(",");
        assert_eq!(
            validate_numbers(&many),
            Err(InputError::TooMany {
                count: MAX_COUNT + 1
            })
        );
        assert!(validate_numbers("-").is_err());
    }

    proptest::proptest! {
        #[test]
        fn every_divisor_divides_and_none_is_missed(n in 1u32..5000) {
            let d = divisors(n);
            for &x in &d { proptest::prop_assert_eq!(n % x, 0); }
            let count = (1..=n).filter(|i| n % i == 0).count();
            proptest::prop_assert_eq!(d.len(), count);
        }

        #[test]
        fn validation_never_panics(s in "\\PC{0,40}") {
            let _ = validate_numbers(&s);
        }
    }
}
