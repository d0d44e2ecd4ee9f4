//! The runtime's locks: `_thread.lock` (threading.Lock), `_thread.RLock`, the per-thread lock
//! that `join` waits on, and the one-shot locks `Condition.wait` sleeps on. A lock knows its holder
//! (for the trace and the deadlock report); threads waiting on it are in the scheduler's thread
//! states, so there is one source of truth.

use super::thread::{LockId, ThreadId};

/// The name of a Condition's waiter lock (other waiters are named by what they wait for).
pub const WAITER: &str = "condition waiter";

/// What a lock is for (it changes how reports describe it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LockKind {
    /// `threading.Lock()`.
    Lock,
    /// `threading.RLock()`: reentrant, owned.
    RLock,
    /// Held by a thread while it runs; `join` waits for its release.
    ThreadEnd(ThreadId),
    /// A `Condition.wait` waiter: released by `notify`.
    Waiter,
}

/// One lock's state.
#[derive(Debug, Clone)]
pub struct LockState {
    /// What it is.
    pub kind: LockKind,
    /// Its name in reports (`Lock-1`, `RLock-2`).
    pub name: String,
    /// The thread that acquired it (a plain Lock may be released by another thread).
    pub holder: Option<ThreadId>,
    /// Recursion depth (RLock); 1 for a held plain lock.
    pub count: u32,
    /// A thread woken by the last release and the virtual time (ns) from which it counts as
    /// having taken the lock. CPython's waiter takes the lock in the OS, without the GIL, as
    /// soon as it is scheduled, so the releasing thread can only win it back before then.
    pub reserved: Option<(ThreadId, u64)>,
}

/// Why a release failed (CPython's messages).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReleaseError {
    /// `RuntimeError: release unlocked lock`.
    Unlocked,
    /// `RuntimeError: cannot release un-acquired lock`.
    NotOwner,
}

impl ReleaseError {
    /// CPython's message.
    pub fn message(&self) -> &'static str {
        match self {
            ReleaseError::Unlocked => "release unlocked lock",
            ReleaseError::NotOwner => "cannot release un-acquired lock",
        }
    }
}

/// Every lock of a run.
#[derive(Debug, Default, Clone)]
pub struct Locks {
    locks: Vec<LockState>,
    /// Per thread, the Lock/RLock locks it holds (for race detection), in acquisition order.
    held: Vec<Vec<LockId>>,
    plain: u32,
    reentrant: u32,
}

impl Locks {
    /// A new, unlocked lock. `internal`: made by library code (an Event's or a Queue's own
    /// lock), named after that instead of counting among the program's `Lock-N`s.
    pub fn create_internal(&mut self, kind: LockKind) -> LockId {
        self.create_named(kind, String::from("a library lock"))
    }

    /// A new, unlocked lock with a name of its own (a waiter that says what it waits for).
    pub fn create_named(&mut self, kind: LockKind, name: String) -> LockId {
        self.locks.push(LockState {
            kind,
            name,
            holder: None,
            count: 0,
            reserved: None,
        });
        LockId(self.locks.len() as u32 - 1)
    }

    /// A new, unlocked lock.
    pub fn create(&mut self, kind: LockKind) -> LockId {
        let name = match kind {
            LockKind::Lock => {
                self.plain += 1;
                format!("Lock-{}", self.plain)
            }
            LockKind::RLock => {
                self.reentrant += 1;
                format!("RLock-{}", self.reentrant)
            }
            LockKind::ThreadEnd(_) => String::from("thread end"),
            LockKind::Waiter => String::from(WAITER),
        };
        self.create_named(kind, name)
    }

    /// A lock by id.
    pub fn get(&self, id: LockId) -> Option<&LockState> {
        self.locks.get(id.0 as usize)
    }

    /// Rename a lock (e.g. a Condition's lock takes the Condition's name in reports).
    pub fn rename(&mut self, id: LockId, name: &str) {
        if let Some(l) = self.locks.get_mut(id.0 as usize) {
            l.name = name.to_string();
        }
    }

    /// Change what a lock is for (a thread's end lock learns its thread when it starts).
    pub fn set_kind(&mut self, id: LockId, kind: LockKind) {
        if let Some(l) = self.locks.get_mut(id.0 as usize) {
            l.kind = kind;
        }
    }

    /// The Lock and RLock locks `thread` holds now.
    pub fn held(&self, thread: ThreadId) -> &[LockId] {
        self.held
            .get(thread.0 as usize)
            .map(Vec::as_slice)
            .unwrap_or(&[])
    }

    fn note_held(&mut self, id: LockId, by: ThreadId, holds: bool) {
        let counts = self
            .locks
            .get(id.0 as usize)
            .is_some_and(|l| matches!(l.kind, LockKind::Lock | LockKind::RLock));
        if !counts {
            return;
        }
        let i = by.0 as usize;
        if self.held.len() <= i {
            self.held.resize_with(i + 1, Vec::new);
        }
        if holds {
            self.held[i].push(id);
        } else {
            self.held[i].retain(|l| *l != id);
        }
    }

    /// Try to acquire for `by`; true on success. An RLock held by `by` counts up.
    pub fn try_acquire(&mut self, id: LockId, by: ThreadId) -> bool {
        let Some(l) = self.locks.get_mut(id.0 as usize) else {
            return false;
        };
        match l.holder {
            None => {
                l.holder = Some(by);
                l.count = 1;
                self.note_held(id, by, true);
                true
            }
            Some(h) if h == by && l.kind == LockKind::RLock => {
                l.count += 1;
                true
            }
            Some(_) => false,
        }
    }

    /// Release by `by`. `Ok(true)` when the lock became free (waiters should be woken).
    pub fn release(&mut self, id: LockId, by: ThreadId) -> Result<bool, ReleaseError> {
        let Some(l) = self.locks.get_mut(id.0 as usize) else {
            return Err(ReleaseError::Unlocked);
        };
        match (l.kind, l.holder) {
            (LockKind::RLock, Some(h)) if h == by => {
                l.count -= 1;
                if l.count == 0 {
                    l.holder = None;
                    self.note_held(id, by, false);
                    return Ok(true);
                }
                Ok(false)
            }
            (LockKind::RLock, _) => Err(ReleaseError::NotOwner),
            (_, None) => Err(ReleaseError::Unlocked),
            (_, Some(h)) => {
                l.holder = None;
                l.count = 0;
                self.note_held(id, h, false);
                Ok(true)
            }
        }
    }

    /// Whether the lock is held.
    pub fn locked(&self, id: LockId) -> bool {
        self.get(id).is_some_and(|l| l.holder.is_some())
    }

    /// Whether the lock is held at virtual time `now`, counting a woken waiter whose wake-up
    /// latency has passed as its holder.
    pub fn locked_at(&self, id: LockId, now: u64) -> bool {
        self.get(id)
            .is_some_and(|l| l.holder.is_some() || l.reserved.is_some_and(|(_, due)| now >= due))
    }

    /// After a release that freed the lock: `waiter` was woken and takes it at `due` unless
    /// another thread acquires it first. Only Lock and RLock locks are reserved.
    pub fn reserve(&mut self, id: LockId, waiter: ThreadId, due: u64) {
        if let Some(l) = self.locks.get_mut(id.0 as usize) {
            if l.holder.is_none() && matches!(l.kind, LockKind::Lock | LockKind::RLock) {
                l.reserved = Some((waiter, due));
            }
        }
    }

    /// Whether `by` may try to take the lock now, given a reservation. A thread calling
    /// `acquire` (`woken: false`) may take it before the reserved waiter's wake-up is due; a
    /// waiter resumed by the release (`woken: true`) only when the lock is reserved for it.
    /// When the answer is yes and the lock is free, the reservation is dropped (the taker
    /// then acquires it at once; the waiter that lost goes back to waiting).
    pub fn may_take(&mut self, id: LockId, by: ThreadId, now: u64, woken: bool) -> bool {
        let Some(l) = self.locks.get_mut(id.0 as usize) else {
            return true;
        };
        if l.holder.is_some() {
            return true;
        }
        let allowed = match l.reserved {
            None => true,
            Some((w, _)) if w == by => true,
            Some(_) if woken => false,
            Some((_, due)) => now < due,
        };
        if allowed {
            l.reserved = None;
        }
        allowed
    }

    /// Drop a reservation held for `by` (its wait ended without taking the lock).
    pub fn unreserve(&mut self, id: LockId, by: ThreadId) {
        if let Some(l) = self.locks.get_mut(id.0 as usize) {
            if l.reserved.is_some_and(|(w, _)| w == by) {
                l.reserved = None;
            }
        }
    }

    /// Set an RLock's holder and count directly (`Condition.wait` restores them).
    pub fn restore(&mut self, id: LockId, by: ThreadId, count: u32) -> bool {
        match self.locks.get_mut(id.0 as usize) {
            Some(l) if l.holder.is_none() => {
                l.holder = Some(by);
                l.count = count.max(1);
                self.note_held(id, by, true);
                true
            }
            _ => false,
        }
    }

    /// Locks held by `thread`.
    pub fn held_by(&self, thread: ThreadId) -> Vec<LockId> {
        self.locks
            .iter()
            .enumerate()
            .filter(|(_, l)| l.holder == Some(thread))
            .map(|(i, _)| LockId(i as u32))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_lock_is_not_reentrant_and_may_be_released_by_anyone() {
        let mut l = Locks::default();
        let a = l.create(LockKind::Lock);
        assert!(l.try_acquire(a, ThreadId(0)));
        assert!(!l.try_acquire(a, ThreadId(0)));
        assert_eq!(l.release(a, ThreadId(1)), Ok(true));
        assert_eq!(l.release(a, ThreadId(1)), Err(ReleaseError::Unlocked));
        assert_eq!(l.get(a).map(|s| s.name.as_str()), Some("Lock-1"));
    }

    #[test]
    fn rlock_counts_and_checks_its_owner() {
        let mut l = Locks::default();
        let r = l.create(LockKind::RLock);
        assert!(l.try_acquire(r, ThreadId(1)));
        assert!(l.try_acquire(r, ThreadId(1)));
        assert!(!l.try_acquire(r, ThreadId(2)));
        assert_eq!(l.release(r, ThreadId(2)), Err(ReleaseError::NotOwner));
        assert_eq!(l.release(r, ThreadId(1)), Ok(false));
        assert_eq!(l.release(r, ThreadId(1)), Ok(true));
        assert_eq!(l.release(r, ThreadId(1)), Err(ReleaseError::NotOwner));
    }

    #[test]
    fn a_woken_waiter_takes_the_lock_once_its_wake_up_is_due() {
        let mut l = Locks::default();
        let a = l.create(LockKind::Lock);
        let (releaser, waiter, other) = (ThreadId(0), ThreadId(1), ThreadId(2));
        // Before the wake-up is due the releaser may win the lock back.
        l.reserve(a, waiter, 100);
        assert!(l.may_take(a, releaser, 50, false));
        assert!(l.try_acquire(a, releaser));
        assert_eq!(l.release(a, releaser), Ok(true));
        // Afterwards the lock counts as the waiter's: others fail, the waiter succeeds.
        l.reserve(a, waiter, 200);
        assert!(!l.may_take(a, releaser, 200, false));
        assert!(l.locked_at(a, 200));
        assert!(!l.locked_at(a, 199));
        assert!(!l.may_take(a, other, 150, true));
        assert!(l.may_take(a, waiter, 250, true));
        assert!(l.try_acquire(a, waiter));
        assert_eq!(l.release(a, waiter), Ok(true));
        // A waiter that gives up drops its reservation.
        l.reserve(a, waiter, 300);
        l.unreserve(a, waiter);
        assert!(l.may_take(a, other, 400, false));
        // Waiter locks (Condition.wait) are never reserved.
        let w = l.create(LockKind::Waiter);
        l.reserve(w, waiter, 10);
        assert!(l.may_take(w, other, 20, false));
    }
}
