//! Where the VM feeds the race detector: reads and writes of instance attributes, module globals
//! and list/dict items by program code (library frames are skipped), once a second thread has
//! started. Findings go into the trace as [`EventKind::Race`] and [`EventKind::LostUpdate`].

use super::frame::Activation;
use super::object::ObjData;
use super::value::{Obj, Value};
use super::Vm;
use crate::scheduler::races::{Finding, Shown, Who};
use crate::trace::EventKind;

/// A shared place in memory.
pub enum Place<'a> {
    /// `obj.name`.
    Attr(&'a Obj, &'a str),
    /// A global of the module `module`.
    Global(&'a Obj, &'a str),
    /// `container[key]` for an int or str key.
    Item(&'a Obj, &'a Value),
}

impl Place<'_> {
    fn key(&self) -> Option<u64> {
        let mix = |id: u64, salt: u64, text: &[u8]| {
            let mut h = 0xcbf2_9ce4_8422_2325u64 ^ id.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ salt;
            for b in text {
                h ^= u64::from(*b);
                h = h.wrapping_mul(0x0000_0100_0000_01b3);
            }
            h
        };
        match self {
            Place::Attr(o, n) => Some(mix(o.id(), 1, n.as_bytes())),
            Place::Global(o, n) => Some(mix(o.id(), 2, n.as_bytes())),
            Place::Item(o, Value::Int(i)) => Some(mix(o.id(), 3, &i.to_le_bytes())),
            Place::Item(o, Value::Str(s)) => Some(mix(o.id(), 4, s.as_bytes())),
            Place::Item(..) => None,
        }
    }
}

/// How reports name a place (`Counter.count`, `global total`, `list item [3]`).
fn label_of(place: &Place) -> String {
    match place {
        Place::Attr(o, n) => {
            let class = match &*o.data() {
                ObjData::Instance(i) => super::types::class_name(&i.class).to_string(),
                _ => "object".to_string(),
            };
            format!("{class}.{n}")
        }
        Place::Global(_, n) => format!("global {n}"),
        Place::Item(o, k) => {
            let kind = match &*o.data() {
                ObjData::List(_) => "list",
                ObjData::Dict(_) => "dict",
                _ => "container",
            };
            match k {
                Value::Str(s) => format!("{kind} item '{s}'"),
                Value::Int(i) => format!("{kind} item [{i}]"),
                _ => format!("{kind} item"),
            }
        }
    }
}

impl Vm {
    /// Start watching for races (when a second thread starts).
    pub fn enable_race_detection(&mut self) {
        if self.races.is_none() {
            self.races = Some(Box::default());
        }
    }

    fn in_program_code(&self) -> bool {
        matches!(self.frames.last(), Some(Activation::Py(f)) if !f.code.library)
    }

    /// A program read of `place`.
    pub fn note_read(&mut self, place: Place) {
        if !self.in_program_code() {
            return;
        }
        let Some(key) = place.key() else {
            return;
        };
        let me = self.sched.current;
        let line = self.current_line();
        let held = self.sched.locks.held(me);
        let Some(det) = self.races.as_mut() else {
            return;
        };
        let who = Who {
            thread: me,
            held,
            line,
        };
        let found = det.read(key, &|| label_of(&place), who);
        self.report(found.into_iter().collect());
    }

    /// A program write of `value` to `place`.
    pub fn note_write(&mut self, place: Place, value: &Value) {
        if !self.in_program_code() {
            return;
        }
        let Some(key) = place.key() else {
            return;
        };
        let me = self.sched.current;
        let line = self.current_line();
        let text = match value {
            Value::Int(_) => String::new(),
            Value::Bool(_) | Value::None | Value::Float(_) => self.repr_plain(value),
            Value::Str(s) if s.len() <= 40 => self.repr_plain(value),
            other => format!("a new {}", self.type_name(other)),
        };
        let shown = match value {
            Value::Int(i) => Shown::Int(*i),
            _ => Shown::Text(&text),
        };
        let held = self.sched.locks.held(me);
        let threads = &self.sched.threads;
        let name_of = |t: crate::scheduler::thread::ThreadId| {
            threads
                .get(t.0 as usize)
                .map(|t| t.name.clone())
                .unwrap_or_default()
        };
        let Some(det) = self.races.as_mut() else {
            return;
        };
        let who = Who {
            thread: me,
            held,
            line,
        };
        let found = det.write(key, &|| label_of(&place), shown, &name_of, who);
        self.report(found);
    }

    fn report(&mut self, found: Vec<Finding>) {
        for f in found {
            let kind = match f {
                Finding::Race(text) => EventKind::Race { text },
                Finding::LostUpdate(text) => EventKind::LostUpdate { text },
            };
            self.record(kind);
        }
    }

    /// Lost updates counted by location, for a closing summary.
    pub fn lost_update_counts(&self) -> Vec<(String, u32)> {
        self.races
            .as_ref()
            .map(|d| d.lost_counts())
            .unwrap_or_default()
    }
}
