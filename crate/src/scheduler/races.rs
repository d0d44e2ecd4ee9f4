//! Race detection: the Eraser lockset algorithm over shared locations (attributes, globals,
//! container items), plus lost-update detection (a store that overwrites a value another thread
//! stored after this thread read it).
//!
//! Pure bookkeeping: the VM names each location with a key and a label (`Counter.count`) and
//! reports each access with the accessing thread, the locks it holds and its line. Findings come
//! back as sentences for the trace.

use super::thread::{LockId, ThreadId};
use crate::fxhash::FxBuild;
use std::collections::HashMap;
use std::fmt;

/// Locations tracked at most; past this, new locations are ignored (memory stays bounded).
pub const MAX_LOCATIONS: usize = 100_000;

/// Lost updates narrated per location; later ones are only counted.
pub const NARRATED_PER_LOCATION: u32 = 3;

/// Eraser's states.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Share {
    /// Only this thread has touched it.
    Exclusive(ThreadId),
    /// Read by several threads, written by at most one before sharing.
    Shared,
    /// Written while shared.
    SharedModified,
}

/// One access, for messages.
#[derive(Debug, Clone)]
struct Access {
    thread: ThreadId,
    line: u32,
    write: bool,
}

#[derive(Debug, Clone)]
struct Location {
    label: String,
    share: Share,
    lockset: Option<Vec<LockId>>,
    version: u32,
    last_write: Option<(ThreadId, Stored)>,
    last_other: Option<Access>,
    last: Access,
    race_reported: bool,
    lost: u32,
    /// For each thread that has read the location since its own last write: the version it
    /// read (a handful of threads at most, so a list beats a map).
    reads: Vec<(ThreadId, u32)>,
}

impl Location {
    /// Note that `thread` read version `version`.
    fn remember_read(&mut self, thread: ThreadId, version: u32) {
        match self.reads.iter_mut().find(|(t, _)| *t == thread) {
            Some(entry) => entry.1 = version,
            None => self.reads.push((thread, version)),
        }
    }

    /// The version `thread` last read, forgotten now that it writes.
    fn take_read(&mut self, thread: ThreadId) -> Option<u32> {
        let at = self.reads.iter().position(|(t, _)| *t == thread)?;
        Some(self.reads.swap_remove(at).1)
    }
}

/// Who accesses a location: the thread, the locks it holds, its program line.
#[derive(Debug, Clone, Copy)]
pub struct Who<'a> {
    /// The thread.
    pub thread: ThreadId,
    /// The Lock/RLock locks it holds.
    pub held: &'a [LockId],
    /// Its program line.
    pub line: u32,
}

/// A written value as a lost-update sentence shows it (ints need no text until then).
#[derive(Debug, Clone, Copy)]
pub enum Shown<'a> {
    /// An int.
    Int(i64),
    /// Anything else, in words.
    Text(&'a str),
}

/// A [`Shown`] value kept for a later sentence.
#[derive(Debug, Clone)]
enum Stored {
    Int(i64),
    Text(String),
}

impl From<Shown<'_>> for Stored {
    fn from(v: Shown) -> Stored {
        match v {
            Shown::Int(i) => Stored::Int(i),
            Shown::Text(t) => Stored::Text(t.to_string()),
        }
    }
}

impl fmt::Display for Stored {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Stored::Int(i) => write!(f, "{i}"),
            Stored::Text(t) => f.write_str(t),
        }
    }
}

/// What the detector found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Finding {
    /// Written by several threads with no lock held in common.
    Race(String),
    /// A store overwrote another thread's newer store.
    LostUpdate(String),
}

/// The detector's state for one run.
#[derive(Debug, Default)]
pub struct RaceDetector {
    locations: HashMap<u64, Location, FxBuild>,
}

impl RaceDetector {
    /// A read of location `key` (named `label`) by `thread`, holding `held`.
    pub fn read(&mut self, key: u64, label: &dyn Fn() -> String, who: Who) -> Option<Finding> {
        let Who { thread, held, line } = who;
        let loc = self.location(key, label, thread, line)?;
        let version = loc.version;
        let finding = Self::refine(loc, thread, held, line, false);
        loc.remember_read(thread, version);
        finding
    }

    /// A write of `value` (in words) to location `key` by `thread`, holding `held`.
    pub fn write(
        &mut self,
        key: u64,
        label: &dyn Fn() -> String,
        value: Shown,
        names: &dyn Fn(ThreadId) -> String,
        who: Who,
    ) -> Vec<Finding> {
        let Who { thread, held, line } = who;
        let Some(loc) = self.location(key, label, thread, line) else {
            return Vec::new();
        };
        let read_version = loc.take_read(thread);
        let mut out = Vec::new();
        // A store over a newer store by another thread than the one this thread read.
        let overwritten = match (read_version, &loc.last_write) {
            (Some(seen), Some((writer, _))) if seen < loc.version && *writer != thread => {
                Some(*writer)
            }
            _ => None,
        };
        if let Some(writer) = overwritten {
            loc.lost += 1;
            if loc.lost <= NARRATED_PER_LOCATION {
                let theirs = loc.last_write.as_ref().map(|(_, v)| v.to_string());
                let theirs = theirs.unwrap_or_default();
                let value = Stored::from(value);
                out.push(Finding::LostUpdate(format!(
                    "Lost update on {}: {} stored {value}, overwriting {}'s {theirs} (line {line}: {} read {} before {} stored to it).",
                    loc.label,
                    names(thread),
                    names(writer),
                    names(thread),
                    loc.label,
                    names(writer)
                )));
            }
        }
        if let Some(Finding::Race(text)) = Self::refine(loc, thread, held, line, true) {
            out.push(Finding::Race(Self::name_threads(&text, names)));
        }
        loc.version = loc.version.wrapping_add(1);
        loc.last_write = Some((thread, Stored::from(value)));
        // The read this store completed is used up: a later blind store is no lost update.
        out
    }

    /// Lost updates counted per location label (for a closing summary).
    pub fn lost_counts(&self) -> Vec<(String, u32)> {
        let mut v: Vec<(String, u32)> = self
            .locations
            .values()
            .filter(|l| l.lost > 0)
            .map(|l| (l.label.clone(), l.lost))
            .collect();
        v.sort();
        v
    }

    fn location(
        &mut self,
        key: u64,
        label: &dyn Fn() -> String,
        thread: ThreadId,
        line: u32,
    ) -> Option<&mut Location> {
        let full = self.locations.len() >= MAX_LOCATIONS;
        match self.locations.entry(key) {
            std::collections::hash_map::Entry::Occupied(e) => Some(e.into_mut()),
            std::collections::hash_map::Entry::Vacant(_) if full => None,
            std::collections::hash_map::Entry::Vacant(e) => Some(e.insert(Location {
                label: label(),
                share: Share::Exclusive(thread),
                lockset: None,
                version: 0,
                last_write: None,
                last_other: None,
                last: Access {
                    thread,
                    line,
                    write: false,
                },
                race_reported: false,
                lost: 0,
                reads: Vec::new(),
            })),
        }
    }

    /// Eraser's state machine; a race is reported once per location, with thread ids as
    /// placeholders `{T<n>}` that [`Self::name_threads`] fills in.
    fn refine(
        loc: &mut Location,
        thread: ThreadId,
        held: &[LockId],
        line: u32,
        write: bool,
    ) -> Option<Finding> {
        let access = Access {
            thread,
            line,
            write,
        };
        if loc.last.thread != thread {
            loc.last_other = Some(loc.last.clone());
        }
        loc.last = access.clone();
        match loc.share {
            Share::Exclusive(owner) if owner == thread => return None,
            Share::Exclusive(_) => {
                loc.share = if write {
                    Share::SharedModified
                } else {
                    Share::Shared
                };
                loc.lockset = Some(held.to_vec());
            }
            Share::Shared => {
                if write {
                    loc.share = Share::SharedModified;
                }
                Self::intersect(loc, held);
            }
            Share::SharedModified => Self::intersect(loc, held),
        }
        let empty = loc.lockset.as_ref().is_some_and(|l| l.is_empty());
        if loc.share == Share::SharedModified && empty && !loc.race_reported {
            loc.race_reported = true;
            let other = loc.last_other.clone()?;
            let verb = |w: bool| if w { "written" } else { "read" };
            return Some(Finding::Race(format!(
                "Data race on {}: {} by {{T{}}} (line {}) and {} by {{T{}}} (line {}) with no lock held in common.",
                loc.label,
                verb(other.write),
                other.thread.0,
                other.line,
                verb(access.write),
                access.thread.0,
                access.line
            )));
        }
        None
    }

    fn intersect(loc: &mut Location, held: &[LockId]) {
        if let Some(set) = &mut loc.lockset {
            set.retain(|l| held.contains(l));
        }
    }

    fn name_threads(text: &str, names: &dyn Fn(ThreadId) -> String) -> String {
        let mut out = String::new();
        let mut rest = text;
        while let Some(start) = rest.find("{T") {
            out.push_str(&rest[..start]);
            let after = &rest[start + 2..];
            match after.find('}') {
                Some(end) => {
                    let id = after[..end].parse().unwrap_or(0);
                    out.push_str(&names(ThreadId(id)));
                    rest = &after[end + 1..];
                }
                None => {
                    out.push_str(&rest[start..]);
                    rest = "";
                }
            }
        }
        out.push_str(rest);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(t: ThreadId) -> String {
        format!("Thread-{}", t.0)
    }

    #[test]
    fn unlocked_writes_from_two_threads_are_a_race_locked_ones_are_not() {
        let mut d = RaceDetector::default();
        let label = || "Counter.count".to_string();
        let (a, b, lock) = (ThreadId(1), ThreadId(2), LockId(0));
        assert!(d
            .write(
                1,
                &label,
                Shown::Text("1"),
                &name,
                Who {
                    thread: a,
                    held: &[lock],
                    line: 9
                }
            )
            .is_empty());
        assert!(d
            .write(
                1,
                &label,
                Shown::Text("2"),
                &name,
                Who {
                    thread: b,
                    held: &[lock],
                    line: 9
                }
            )
            .is_empty());
        assert!(d
            .write(
                2,
                &label,
                Shown::Text("1"),
                &name,
                Who {
                    thread: a,
                    held: &[],
                    line: 9
                }
            )
            .is_empty());
        let found = d.write(
            2,
            &label,
            Shown::Text("2"),
            &name,
            Who {
                thread: b,
                held: &[],
                line: 12,
            },
        );
        assert_eq!(
            found,
            vec![Finding::Race(
                "Data race on Counter.count: written by Thread-1 (line 9) and written by Thread-2 (line 12) with no lock held in common.".to_string()
            )]
        );
        // Reported once.
        assert!(d
            .write(
                2,
                &label,
                Shown::Text("3"),
                &name,
                Who {
                    thread: a,
                    held: &[],
                    line: 9
                }
            )
            .is_empty());
    }

    #[test]
    fn a_store_over_a_newer_store_is_a_lost_update() {
        let mut d = RaceDetector::default();
        let label = || "balance".to_string();
        let (a, b) = (ThreadId(1), ThreadId(2));
        d.read(
            7,
            &label,
            Who {
                thread: a,
                held: &[],
                line: 5,
            },
        );
        d.read(
            7,
            &label,
            Who {
                thread: b,
                held: &[],
                line: 5,
            },
        );
        let first = d.write(
            7,
            &label,
            Shown::Text("1"),
            &name,
            Who {
                thread: b,
                held: &[],
                line: 7,
            },
        );
        assert!(first.iter().all(|f| !matches!(f, Finding::LostUpdate(_))));
        let second = d.write(
            7,
            &label,
            Shown::Text("1"),
            &name,
            Who {
                thread: a,
                held: &[],
                line: 7,
            },
        );
        assert!(second.contains(&Finding::LostUpdate(
            "Lost update on balance: Thread-1 stored 1, overwriting Thread-2's 1 (line 7: Thread-1 read balance before Thread-2 stored to it).".to_string()
        )), "{second:?}");
        assert_eq!(d.lost_counts(), vec![("balance".to_string(), 1)]);
    }
}
