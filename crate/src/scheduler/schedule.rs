//! The schedule string: which thread ran for how many instructions, in order. Every run records
//! one; the `replay` policy follows one and repeats the run exactly.
//!
//! Format: comma-separated `THREAD:STEPS` segments, e.g. `0:1200,1:845,0:17` (thread 0, the main
//! thread, ran 1200 instructions, then thread 1 ran 845, ...). Thread numbers are in start order.

use super::thread::ThreadId;

/// One run of one thread.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Segment {
    /// Who ran.
    pub thread: ThreadId,
    /// For how many instructions.
    pub steps: u64,
}

/// The schedule being recorded.
#[derive(Debug, Default, Clone)]
pub struct Schedule {
    segments: Vec<Segment>,
    open: Option<(ThreadId, u64)>,
}

impl Schedule {
    /// `thread` starts running at step `at`.
    pub fn begin(&mut self, thread: ThreadId, at: u64) {
        self.open = Some((thread, at));
    }

    /// The running thread stops at step `at`.
    pub fn end(&mut self, at: u64) {
        let Some((thread, from)) = self.open.take() else {
            return;
        };
        let steps = at.saturating_sub(from);
        if steps == 0 {
            return;
        }
        match self.segments.last_mut() {
            Some(last) if last.thread == thread => last.steps += steps,
            _ => self.segments.push(Segment { thread, steps }),
        }
    }

    /// The segments so far (the open one excluded).
    pub fn segments(&self) -> &[Segment] {
        &self.segments
    }

    /// The segments so far, with the open one closed at `now_step`.
    pub fn closed(&self, now_step: u64) -> Vec<Segment> {
        let mut copy = self.clone();
        copy.end(now_step);
        copy.segments
    }

    /// The schedule string of the segments so far, with the open one closed at `now_step`.
    pub fn text(&self, now_step: u64) -> String {
        self.closed(now_step)
            .iter()
            .map(|s| format!("{}:{}", s.thread.0, s.steps))
            .collect::<Vec<_>>()
            .join(",")
    }
}

/// `segments` with neighbours of the same thread joined, as a recorded schedule has them.
fn merged(segments: &[Segment]) -> Vec<Segment> {
    let mut out: Vec<Segment> = Vec::with_capacity(segments.len());
    for s in segments {
        match out.last_mut() {
            Some(last) if last.thread == s.thread => last.steps += s.steps,
            _ => out.push(*s),
        }
    }
    out
}

/// Where a finished run that replayed `wanted` did not follow it, in words; None when it ran
/// exactly as the schedule says.
pub fn divergence(wanted: &[Segment], ran: &[Segment]) -> Option<String> {
    let wanted = merged(wanted);
    let ran = merged(ran);
    let advice = "The schedule is from another program, input or settings; from there on this \
                  run took its own course. Copy the schedule of a run of this same program.";
    let show = |s: &Segment| format!("thread {} runs {} instructions", s.thread.0, s.steps);
    for (i, (w, r)) in wanted.iter().zip(&ran).enumerate() {
        if w != r {
            return Some(format!(
                "This run did not follow the schedule from segment {} on: the schedule says {}, \
                 but here {}. {advice}",
                i + 1,
                show(w),
                show(r)
            ));
        }
    }
    match ran.len().cmp(&wanted.len()) {
        std::cmp::Ordering::Equal => None,
        std::cmp::Ordering::Greater => Some(format!(
            "The schedule ended after segment {}, but the program went on ({} more segment(s)). \
             {advice}",
            wanted.len(),
            ran.len() - wanted.len()
        )),
        std::cmp::Ordering::Less => Some(format!(
            "The program ended after segment {} of the schedule's {}. {advice}",
            ran.len(),
            wanted.len()
        )),
    }
}

/// Parse a schedule string; the error says what is wrong and where.
pub fn parse(text: &str) -> Result<Vec<Segment>, String> {
    let mut out = Vec::new();
    for (i, part) in text.trim().split(',').enumerate() {
        let part = part.trim();
        let Some((t, s)) = part.split_once(':') else {
            return Err(format!(
                "schedule segment {} ('{part}') is not THREAD:STEPS, e.g. 0:120",
                i + 1
            ));
        };
        let thread: u32 = t
            .trim()
            .parse()
            .map_err(|_| format!("schedule segment {}: '{t}' is not a thread number", i + 1))?;
        let steps: u64 = s.trim().parse().ok().filter(|n| *n > 0).ok_or_else(|| {
            format!(
                "schedule segment {}: '{s}' is not a positive step count",
                i + 1
            )
        })?;
        out.push(Segment {
            thread: ThreadId(thread),
            steps,
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_merges_and_round_trips() {
        let mut s = Schedule::default();
        s.begin(ThreadId(0), 0);
        s.end(10);
        s.begin(ThreadId(0), 10);
        s.end(15);
        s.begin(ThreadId(1), 15);
        s.end(15);
        s.begin(ThreadId(1), 15);
        let text = s.text(20);
        assert_eq!(text, "0:15,1:5");
        assert_eq!(
            parse(&text).ok(),
            Some(vec![
                Segment {
                    thread: ThreadId(0),
                    steps: 15
                },
                Segment {
                    thread: ThreadId(1),
                    steps: 5
                },
            ])
        );
    }

    #[test]
    fn bad_strings_say_what_is_wrong() {
        assert!(parse("0:10,x").unwrap_err().contains("segment 2"));
        assert!(parse("a:1").unwrap_err().contains("thread number"));
        assert!(parse("0:0").unwrap_err().contains("positive"));
    }
}
