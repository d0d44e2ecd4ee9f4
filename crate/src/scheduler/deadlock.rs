//! The deadlock report: when every live thread waits and no timer can wake any of them, say who
//! waits for what and who holds it, following the wait-for chain to its cycle.

use super::locks::{LockKind, Locks, WAITER};
use super::thread::{ThreadId, ThreadInfo, ThreadState, Wait};

/// More threads than this waiting at the same line for the same thing are named in one clause
/// ("Thread-1, Thread-2 and 1998 other threads (line 5) wait for ..."), so a report stays short.
const LISTED: usize = 3;

/// The report in words, e.g. "MainThread (line 4) waits for Lock-1, which MainThread holds."
pub fn describe(threads: &[ThreadInfo], locks: &Locks) -> String {
    // (thread name, " (line N)", what it waits for), in thread order.
    let mut waits: Vec<(String, String, String)> = Vec::new();
    for t in threads {
        let ThreadState::Blocked(wait) = t.state else {
            continue;
        };
        let at = if t.line > 0 {
            format!(" (line {})", t.line)
        } else {
            String::new()
        };
        let what = match wait {
            Wait::Sleep => "a timer".to_string(),
            Wait::Lock(id) => match locks.get(id) {
                None => "a lock".to_string(),
                Some(l) => match l.kind {
                    LockKind::ThreadEnd(target) => {
                        format!("{} to finish", name_of(threads, target))
                    }
                    // A named waiter's name says what it waits for, in full.
                    LockKind::Waiter if l.name != WAITER => l.name.clone(),
                    LockKind::Waiter => {
                        "a notify() on a Condition (no thread is left to send it)".to_string()
                    }
                    _ => match l.holder {
                        Some(h) => format!("{}, which {} holds", l.name, name_of(threads, h)),
                        None => format!("{} (free, but nobody runs to take it)", l.name),
                    },
                },
            },
        };
        waits.push((t.name.clone(), at, what));
    }
    let mut lines = Vec::new();
    for (i, (name, at, what)) in waits.iter().enumerate() {
        let same: Vec<&String> = waits
            .iter()
            .filter(|(_, a, w)| a == at && w == what)
            .map(|(n, _, _)| n)
            .collect();
        if same.len() <= LISTED {
            lines.push(format!("{name}{at} waits for {what}"));
        } else if waits[..i].iter().all(|(_, a, w)| a != at || w != what) {
            lines.push(format!(
                "{}, {} and {} other threads{at} wait for {what}",
                same[0],
                same[1],
                same.len() - 2
            ));
        }
    }
    let cycle = find_cycle(threads, locks);
    let mut out = lines.join("; ");
    out.push('.');
    if let Some(c) = cycle {
        let names: Vec<String> = c.iter().map(|id| name_of(threads, *id)).collect();
        if names.len() == 1 {
            out.push_str(&format!(
                " {} waits for itself: a Lock is not reentrant (an RLock is).",
                names[0]
            ));
        } else {
            let mut chain = names.join(" → ");
            chain.push_str(&format!(" → {}", names[0]));
            out.push_str(&format!(" The wait-for cycle: {chain}."));
        }
    }
    out
}

fn name_of(threads: &[ThreadInfo], id: ThreadId) -> String {
    threads
        .get(id.0 as usize)
        .map(|t| t.name.clone())
        .unwrap_or_else(|| format!("thread {}", id.0))
}

/// Who `t` waits for: the holder of its lock, or the thread it joins.
fn waits_for(t: &ThreadInfo, locks: &Locks) -> Option<ThreadId> {
    let ThreadState::Blocked(Wait::Lock(id)) = t.state else {
        return None;
    };
    let l = locks.get(id)?;
    match l.kind {
        LockKind::ThreadEnd(target) => Some(target),
        LockKind::Waiter => None,
        _ => l.holder,
    }
}

/// A cycle in the wait-for graph, if any, starting from the lowest thread on it.
pub fn find_cycle(threads: &[ThreadInfo], locks: &Locks) -> Option<Vec<ThreadId>> {
    for start in threads {
        let mut path = vec![start.id];
        let mut at = start;
        while let Some(next) = waits_for(at, locks) {
            if let Some(pos) = path.iter().position(|p| *p == next) {
                let cycle = path[pos..].to_vec();
                return Some(cycle);
            }
            path.push(next);
            at = threads.get(next.0 as usize)?;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scheduler::thread::LockId;

    fn blocked(id: u32, name: &str, lock: LockId) -> ThreadInfo {
        let mut t = ThreadInfo::new(ThreadId(id), name, false);
        t.state = ThreadState::Blocked(Wait::Lock(lock));
        t
    }

    #[test]
    fn a_lock_taken_twice_is_a_cycle_of_one() {
        let mut locks = Locks::default();
        let a = locks.create(LockKind::Lock);
        locks.try_acquire(a, ThreadId(0));
        let mut main = blocked(0, "MainThread", a);
        main.line = 4;
        let text = describe(&[main], &locks);
        assert!(
            text.starts_with("MainThread (line 4) waits for Lock-1, which MainThread holds."),
            "{text}"
        );
        assert!(text.contains("not reentrant"));
    }

    #[test]
    fn many_threads_waiting_alike_share_one_clause() {
        let mut locks = Locks::default();
        let cond = locks.create(LockKind::Waiter);
        let mut threads: Vec<ThreadInfo> = (1..=10)
            .map(|i| {
                let mut t = blocked(i, &format!("Thread-{i} (work)"), cond);
                t.line = 5;
                t
            })
            .collect();
        let mut odd = blocked(11, "Thread-11 (work)", cond);
        odd.line = 9;
        threads.push(odd);
        let text = describe(&threads, &locks);
        assert!(
            text.starts_with(
                "Thread-1 (work), Thread-2 (work) and 8 other threads (line 5) wait for a notify()"
            ),
            "{text}"
        );
        assert!(
            text.contains("; Thread-11 (work) (line 9) waits for a notify()"),
            "{text}"
        );
        assert!(!text.contains("Thread-3 (work)"), "{text}");
    }

    #[test]
    fn two_threads_two_locks() {
        let mut locks = Locks::default();
        let a = locks.create(LockKind::Lock);
        let b = locks.create(LockKind::Lock);
        locks.try_acquire(a, ThreadId(1));
        locks.try_acquire(b, ThreadId(2));
        let mut main = ThreadInfo::main();
        let end = locks.create(LockKind::ThreadEnd(ThreadId(1)));
        main.state = ThreadState::Blocked(Wait::Lock(end));
        let threads = vec![main, blocked(1, "Thread-1", b), blocked(2, "Thread-2", a)];
        let text = describe(&threads, &locks);
        assert!(
            text.contains("MainThread waits for Thread-1 to finish"),
            "{text}"
        );
        assert!(
            text.contains("Thread-1 waits for Lock-2, which Thread-2 holds"),
            "{text}"
        );
        assert!(text.contains("Thread-1 → Thread-2 → Thread-1"), "{text}");
    }
}
