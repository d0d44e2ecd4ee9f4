//! The memory budget's ledger: how many memory units the program's live objects hold.
//!
//! Each heap object ([`ObjBox`](super::object::ObjBox)) carries a [`Charge`]: the units charged
//! for it and a handle on its VM's ledger. The units are added when the object is made (and
//! adjusted when a container grows, by [`Vm::recharge`](super::Vm::recharge)); dropping the
//! object gives them back. So the budget measures live memory, not all memory ever allocated.
//!
//! The ledger is an `Rc<Cell<u64>>` owned by the VM (one per VM, so several VMs in one thread,
//! as the tests run them, never mix their counts), and each object keeps a clone of it: 16 bytes
//! per object and a non-atomic increment, no lookup.
//!
//! Strs are not heap objects and carry no [`Charge`]: concatenation (`+`, `+=`) and repetition
//! charge 1 unit per 64 bytes they add straight to the ledger, and nothing gives it back when
//! the str is freed (so `s += t` charges only its growth when it replaces `s`: `vm/str_add.rs`).
//! Giving str charges back would need a ledger handle in every str's allocation.
//!
//! A unit is about 24 bytes of the VM's own memory (one value slot of a list or tuple):
//! an object's header costs [`OBJ_UNITS`], a list or tuple item 1, a dict or set entry
//! [`ENTRY_UNITS`] (hash, key, value and index), bytes 1 per 64.

use super::object::ObjData;
use std::cell::Cell;
use std::rc::Rc;

/// Units for an object's header: its box (`size_of::<ObjBox>()` is 264 bytes on 64-bit
/// targets), reference counts and the allocator's overhead, about 290 bytes.
pub const OBJ_UNITS: u64 = 12;
/// Units for one dict or set entry: key and value (48 bytes), its index slot and the slack the
/// tables keep to grow, about 96 bytes.
pub const ENTRY_UNITS: u64 = 4;

/// A VM's count of live memory units.
pub type Ledger = Rc<Cell<u64>>;

/// The units charged for one object, given back to the ledger when the object is dropped.
#[derive(Debug)]
pub struct Charge {
    ledger: Ledger,
    units: Cell<u64>,
}

impl Charge {
    /// Charge `units` to `ledger`.
    pub fn new(ledger: &Ledger, units: u64) -> Charge {
        ledger.set(ledger.get().saturating_add(units));
        Charge {
            ledger: ledger.clone(),
            units: Cell::new(units),
        }
    }

    /// Change the units charged to `units` (a container grew or shrank).
    pub fn set(&self, units: u64) {
        let old = self.units.replace(units);
        let live = self.ledger.get();
        self.ledger.set(if units >= old {
            live.saturating_add(units - old)
        } else {
            live.saturating_sub(old - units)
        });
    }

    /// The units charged.
    pub fn units(&self) -> u64 {
        self.units.get()
    }
}

impl Drop for Charge {
    fn drop(&mut self) {
        let live = self.ledger.get();
        self.ledger.set(live.saturating_sub(self.units.get()));
    }
}

/// The units an object's data is charged: computed in O(1), the same way whenever asked.
pub fn units_of(data: &ObjData) -> u64 {
    OBJ_UNITS
        + match data {
            ObjData::List(v) | ObjData::Tuple(v) => v.len() as u64,
            ObjData::Dict(d) | ObjData::Set(d) | ObjData::FrozenSet(d) => {
                d.len() as u64 * ENTRY_UNITS
            }
            ObjData::Instance(i) => i.dict.len() as u64 * ENTRY_UNITS,
            ObjData::Bytes(b) | ObjData::ByteArray(b) => (b.len() / 64) as u64,
            _ => 0,
        }
}
