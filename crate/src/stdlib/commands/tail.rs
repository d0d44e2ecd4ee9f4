//! `tail [-n [+]N] [-c [+]N] [-qv] [FILE]...`: the last 10 lines, the last N lines or bytes,
//! or (with `+N`) everything from line or byte N on.
//!
//! Counts take the same suffixes as `head`; the obsolete `tail -5`, `tail +5` and `tail -5c`
//! first arguments work. Headers and missing files behave as in `head`. `-f` is not simulated
//! (a learner's pipe ends when the writer does, so following it would only wait).

use super::head::{counted, Amount};
use super::text::lines;
use super::{Invocation, Output};

/// Run `tail`. `Amount::*(n, true)` here means "from the start, skipping n - 1" (`+N`).
pub(super) fn main(inv: &Invocation) -> Output {
    counted(inv, "tail", true, leading_plus, take)
}

/// tail's count sign: a leading `+` means "from line or byte N on"; `-` is the default.
fn leading_plus(v: &str) -> (bool, &str) {
    match v.strip_prefix('+') {
        Some(t) => (true, t),
        None => (false, v.strip_prefix('-').unwrap_or(v)),
    }
}

/// The part of `data` that `amount` selects, counted from the end (or, flagged, from line or
/// byte N on).
fn take(data: &[u8], amount: Amount) -> &[u8] {
    let clamp = |n: u64, len: usize| usize::try_from(n).unwrap_or(usize::MAX).min(len);
    match amount {
        Amount::Bytes(n, false) => &data[data.len() - clamp(n, data.len())..],
        Amount::Bytes(n, true) => &data[clamp(n.saturating_sub(1), data.len())..],
        Amount::Lines(n, from_start) => {
            let all = lines(data);
            let skip = if from_start {
                clamp(n.saturating_sub(1), all.len())
            } else {
                all.len() - clamp(n, all.len())
            };
            let start: usize = all[..skip].iter().map(|l| l.len()).sum();
            &data[start..]
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::stdlib::commands::run;
    use crate::stdlib::commands::tests::argv;

    fn seq(n: u32) -> String {
        (1..=n).map(|i| format!("{i}\n")).collect()
    }

    fn tail(args: &[&str], input: &str) -> (String, String, i32) {
        let mut all = vec!["tail"];
        all.extend_from_slice(args);
        let done = run(&argv(&all), &[], input.as_bytes()).unwrap();
        (
            String::from_utf8_lossy(&done.stdout).into_owned(),
            String::from_utf8_lossy(&done.stderr).into_owned(),
            done.code,
        )
    }

    #[test]
    fn amounts() {
        assert_eq!(tail(&[], &seq(15)).0, seq(15)[seq(5).len()..]);
        assert_eq!(tail(&["-n", "2"], &seq(15)).0, "14\n15\n");
        assert_eq!(tail(&["-2"], &seq(15)).0, "14\n15\n");
        assert_eq!(tail(&["-n", "+14"], &seq(15)).0, "14\n15\n");
        assert_eq!(tail(&["+14"], &seq(15)).0, "14\n15\n");
        assert_eq!(tail(&["-n", "1"], "a\nb").0, "b");
        assert_eq!(tail(&["-c", "3"], &seq(5)).0, "\n5\n");
        assert_eq!(tail(&["-c", "+3"], &seq(3)).0, "2\n3\n");
        assert_eq!(tail(&["-n", "0"], &seq(3)).0, "");
        assert_eq!(tail(&["-n", "+0"], &seq(2)).0, "1\n2\n");
    }

    #[test]
    fn errors() {
        assert_eq!(
            tail(&["-n", "x"], ""),
            (
                String::new(),
                "tail: invalid number of lines: ‘x’\n".into(),
                1
            )
        );
        assert_eq!(
            tail(&["nofile"], "").1,
            "tail: cannot open 'nofile' for reading: No such file or directory\n"
        );
    }
}
