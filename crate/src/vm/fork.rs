//! Simulated processes in the VM: each process has its own copy of the program's state (its own
//! `__main__` "world"), made when it starts, as `fork()` copies memory on Linux; values sent
//! between processes (a `multiprocessing.Queue`, a `Pool`'s tasks and results) are copied again,
//! as pickling does.
//!
//! Two ways of copying, one walker:
//! - [`CopyMode::Fork`]: everything reachable that belongs to the program is copied: its
//!   `__main__` module, the classes and functions defined there (with their globals pointing at
//!   the copy), containers, instances, closure cells. Library modules, builtins and objects
//!   marked as shared between processes (`_interleave_shared_` on their class:
//!   `multiprocessing.Value`, `Queue`, `Lock`, ...) are shared, not copied.
//! - [`CopyMode::Pickle`]: data is copied; classes and functions travel by name and are looked up
//!   in the receiving process's `__main__`, as `pickle` does; what `pickle` refuses (lambdas and
//!   nested functions, generators, modules, locks) fails with CPython's message.

use super::object::{Class, Function, Instance, ObjData};
use super::value::{Obj, Value};
use super::{PyErr, PyResult, Vm};
use crate::scheduler::thread::ThreadId;
use std::collections::HashMap;
use std::rc::Rc;

/// How values are copied between processes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CopyMode {
    /// A child process's copy of its parent's memory.
    Fork,
    /// What pickling and unpickling make of a value sent to another process.
    Pickle,
}

/// Class attribute that marks objects living in memory shared by all processes.
pub const SHARED_MARK: &str = "_interleave_shared_";

/// One copying pass: the memo keeps shared structure and cycles intact.
struct Copier {
    mode: CopyMode,
    /// The sending process's `__main__`.
    from_main: Obj,
    /// The receiving process's `__main__` (for a fork: the new copy).
    to_main: Obj,
    memo: HashMap<u64, Value>,
}

impl Vm {
    /// The `__main__` module of the running thread's process.
    pub fn current_world(&self) -> Option<Obj> {
        let index = self.sched.process_of(self.sched.current) as usize;
        self.threads
            .worlds
            .get(index)
            .cloned()
            .or_else(|| self.modules.get("__main__").cloned())
    }

    /// Copy the program's state for a new process: returns the new `__main__` and `value` as
    /// the child sees it.
    pub fn fork_copy(&mut self, value: &Value) -> PyResult<(Obj, Value)> {
        let Some(from_main) = self.current_world() else {
            return Err(self.runtime_error("internal: no __main__ module to fork"));
        };
        let name = super::dict::obj_dict_get(&from_main, "__name__")
            .map(|v| self.str_plain(&v))
            .unwrap_or_else(|| "__main__".to_string());
        let to_main = self.alloc(ObjData::Module(super::object::Module {
            name: Rc::from(name.as_str()),
            dict: super::dict::Dict::new(),
        }));
        let mut c = Copier {
            mode: CopyMode::Fork,
            from_main: from_main.clone(),
            to_main: to_main.clone(),
            memo: HashMap::new(),
        };
        c.memo.insert(from_main.id(), Value::Obj(to_main.clone()));
        let items = match &*from_main.data() {
            ObjData::Module(m) => m.dict.items(),
            _ => Vec::new(),
        };
        let mut copied = Vec::with_capacity(items.len());
        for (k, v) in items {
            let v = c.copy(self, &v)?;
            copied.push((k, v));
        }
        if let ObjData::Module(m) = &mut *to_main.data_mut() {
            for (k, v) in copied {
                let _ = m.dict.insert(k, v);
            }
        }
        let v = c.copy(self, value)?;
        Ok((to_main, v))
    }

    /// Copy `value` as pickling it in this process and unpickling it in the process whose
    /// `__main__` is `to_main` would (`None`: the running thread's own; used to take a snapshot
    /// when a value is sent).
    pub fn pickle_copy(&mut self, value: &Value, to_main: Option<Obj>) -> PyResult<Value> {
        let Some(from_main) = self.current_world() else {
            return Err(self.runtime_error("internal: no __main__ module"));
        };
        let to_main = to_main.unwrap_or_else(|| from_main.clone());
        let mut c = Copier {
            mode: CopyMode::Pickle,
            from_main,
            to_main,
            memo: HashMap::new(),
        };
        c.copy(self, value)
    }

    /// Start a process whose first thread calls `func()`, on a copy of this process's state; it
    /// holds `end_lock` until it ends. Returns its first thread.
    pub fn spawn_process(
        &mut self,
        func: &Value,
        name: &str,
        end_lock: Option<crate::scheduler::thread::LockId>,
    ) -> PyResult<ThreadId> {
        let (world, child_func) = self.fork_copy(func)?;
        if self.threads.worlds.is_empty() {
            if let Some(main) = self.modules.get("__main__").cloned() {
                self.threads.worlds.push(main);
            }
        }
        let id = self.start_thread(child_func, name, false, end_lock, true)?;
        let index = self.sched.process_of(id) as usize;
        if self.threads.worlds.len() <= index {
            self.threads.worlds.resize(index + 1, world.clone());
        }
        self.threads.worlds[index] = world;
        Ok(id)
    }

    /// A signal ends the process whose first thread is `thread`: all its threads stop where they
    /// are (locks they hold stay held, as with a real kill).
    pub fn kill_process(&mut self, thread: ThreadId) -> PyResult<()> {
        let index = self.sched.process_of(thread);
        if index == self.sched.process_of(self.sched.current) {
            return Err(self.runtime_error(
                "not supported by Interleave: a process sending a signal to itself",
            ));
        }
        for id in self.sched.kill_process(index, self.steps) {
            if let Some(s) = self.threads.saved.get_mut(id.0 as usize) {
                *s = super::threads::SavedStack::default();
            }
            self.release_end_lock(id);
            self.record_for(id, crate::trace::EventKind::Finish);
        }
        self.poke_scheduler();
        Ok(())
    }

    fn is_world(&self, o: &Obj) -> bool {
        self.threads.worlds.iter().any(|w| w.is(o))
            || self.modules.get("__main__").is_some_and(|m| m.is(o))
    }

    fn class_is_shared(&self, class: &Obj) -> bool {
        let ObjData::Class(c) = &*class.data() else {
            return false;
        };
        c.mro.iter().any(|k| match &*k.data() {
            ObjData::Class(kc) => kc.dict.get_str(SHARED_MARK).is_some(),
            _ => false,
        })
    }

    fn pickling_error(&mut self, what: &str) -> PyErr {
        let class = self
            .modules
            .get("pickle")
            .and_then(|m| super::dict::obj_dict_get(m, "PicklingError"));
        match class {
            Some(Value::Obj(cls)) => self.exception_of(cls, vec![Value::str(what)]),
            _ => self.new_error("TypeError", what),
        }
    }
}

impl Copier {
    fn copy(&mut self, vm: &mut Vm, v: &Value) -> PyResult<Value> {
        let Value::Obj(o) = v else {
            return Ok(v.clone());
        };
        if let Some(done) = self.memo.get(&o.id()) {
            return Ok(done.clone());
        }
        if !vm.enter_nested() {
            return Err(vm.new_error(
                "RecursionError",
                "maximum recursion depth exceeded while pickling an object",
            ));
        }
        let out = self.copy_obj(vm, o);
        vm.leave_nested();
        let out = out?;
        self.memo.insert(o.id(), out.clone());
        Ok(out)
    }

    /// A placeholder object for `o`'s copy, registered in the memo before its contents are
    /// copied (so cycles end at it).
    fn reserve(&mut self, vm: &mut Vm, o: &Obj) -> Obj {
        let new = vm.alloc(ObjData::List(Vec::new()));
        self.memo.insert(o.id(), Value::Obj(new.clone()));
        new
    }

    fn copy_all(&mut self, vm: &mut Vm, items: &[Value]) -> PyResult<Vec<Value>> {
        vm.check_memory(items.len() as u64)?;
        items.iter().map(|v| self.copy(vm, v)).collect()
    }

    fn copy_dict(
        &mut self,
        vm: &mut Vm,
        d: &super::dict::Dict,
        set: bool,
    ) -> PyResult<super::dict::Dict> {
        let mut out = if set {
            super::dict::Dict::new_set()
        } else {
            super::dict::Dict::new()
        };
        vm.check_memory(d.len() as u64 * super::ledger::ENTRY_UNITS)?;
        for (k, v) in d.items() {
            let k = self.copy(vm, &k)?;
            let v = self.copy(vm, &v)?;
            if out.insert(k, v).is_err() {
                return Err(vm.type_error("internal: a copied key became unhashable"));
            }
        }
        Ok(out)
    }

    fn copy_obj(&mut self, vm: &mut Vm, o: &Obj) -> PyResult<Value> {
        enum Kind {
            Share,
            Seq(bool, Vec<Value>),
            Map(u8, super::dict::Dict),
            ByteArray(Vec<u8>),
            Function,
            Class,
            Instance,
            Method(Value, Value),
            Cell(Option<Value>),
            Descriptor(super::object::DescriptorKind, Value),
            Module,
            Refuse(String),
        }
        let kind = match &*o.data() {
            ObjData::List(items) => Kind::Seq(true, items.clone()),
            ObjData::Tuple(items) => Kind::Seq(false, items.clone()),
            ObjData::Dict(d) => Kind::Map(0, d.clone()),
            ObjData::Set(d) => Kind::Map(1, d.clone()),
            ObjData::FrozenSet(d) => Kind::Map(2, d.clone()),
            ObjData::ByteArray(b) => Kind::ByteArray(b.clone()),
            ObjData::Function(_) => Kind::Function,
            ObjData::Class(_) => Kind::Class,
            ObjData::Instance(_) => Kind::Instance,
            ObjData::BoundMethod { recv, func } => Kind::Method(recv.clone(), func.clone()),
            ObjData::Cell(c) => Kind::Cell(c.clone()),
            ObjData::Descriptor(k, v) => Kind::Descriptor(*k, v.clone()),
            ObjData::Module(_) => Kind::Module,
            ObjData::Generator(g) if self.mode == CopyMode::Pickle => Kind::Refuse(format!(
                "cannot pickle '{}' object",
                if g.coroutine {
                    "coroutine"
                } else {
                    "generator"
                }
            )),
            _ => Kind::Share,
        };
        Ok(match kind {
            Kind::Share => Value::Obj(o.clone()),
            Kind::Refuse(msg) => return Err(vm.type_error(&msg)),
            Kind::Seq(list, items) => {
                let new = self.reserve(vm, o);
                let items = self.copy_all(vm, &items)?;
                *new.data_mut() = if list {
                    ObjData::List(items)
                } else {
                    ObjData::Tuple(items)
                };
                vm.recharge(&new)?;
                Value::Obj(new)
            }
            Kind::Map(which, d) => {
                let new = self.reserve(vm, o);
                let d = self.copy_dict(vm, &d, which != 0)?;
                *new.data_mut() = match which {
                    0 => ObjData::Dict(d),
                    1 => ObjData::Set(d),
                    _ => ObjData::FrozenSet(d),
                };
                vm.recharge(&new)?;
                Value::Obj(new)
            }
            Kind::ByteArray(b) => {
                vm.check_memory(b.len() as u64 / 64)?;
                vm.new_obj(ObjData::ByteArray(b))
            }
            Kind::Method(recv, func) => {
                let new = self.reserve(vm, o);
                let recv = self.copy(vm, &recv)?;
                let func = self.copy(vm, &func)?;
                *new.data_mut() = ObjData::BoundMethod { recv, func };
                Value::Obj(new)
            }
            Kind::Cell(c) => {
                let new = self.reserve(vm, o);
                let c = match c {
                    Some(v) => Some(self.copy(vm, &v)?),
                    None => None,
                };
                *new.data_mut() = ObjData::Cell(c);
                Value::Obj(new)
            }
            Kind::Descriptor(k, v) => {
                let new = self.reserve(vm, o);
                let v = self.copy(vm, &v)?;
                *new.data_mut() = ObjData::Descriptor(k, v);
                Value::Obj(new)
            }
            Kind::Module => {
                if self.mode == CopyMode::Pickle {
                    return Err(vm.type_error("cannot pickle 'module' object"));
                }
                if o.is(&self.from_main) {
                    Value::Obj(self.to_main.clone())
                } else {
                    Value::Obj(o.clone())
                }
            }
            Kind::Function => self.copy_function(vm, o)?,
            Kind::Class => self.copy_class(vm, o)?,
            Kind::Instance => self.copy_instance(vm, o)?,
        })
    }

    fn copy_function(&mut self, vm: &mut Vm, o: &Obj) -> PyResult<Value> {
        let (globals, qualname) = match &*o.data() {
            ObjData::Function(f) => (f.globals.clone(), f.qualname.clone()),
            _ => return Ok(Value::Obj(o.clone())),
        };
        if !vm.is_world(&globals) {
            return Ok(Value::Obj(o.clone()));
        }
        if self.mode == CopyMode::Pickle {
            return match lookup_qualname(&self.to_main, &qualname) {
                Some(found) if !qualname.contains('<') => Ok(found),
                _ => {
                    let last = qualname.rsplit('.').next().unwrap_or(&qualname).to_string();
                    let msg = format!(
                        "Can't pickle <function {qualname} at {}>: attribute lookup {last} on __main__ failed",
                        super::repr::address(o.id())
                    );
                    Err(vm.pickling_error(&msg))
                }
            };
        }
        let new = self.reserve(vm, o);
        let (defaults, kwdefaults, closure, attrs) = match &*o.data() {
            ObjData::Function(f) => (
                f.defaults.clone(),
                f.kwdefaults.clone(),
                f.closure.clone(),
                f.attrs.clone(),
            ),
            _ => return Ok(Value::Obj(o.clone())),
        };
        let defaults = self.copy_all(vm, &defaults)?;
        let mut kw = Vec::with_capacity(kwdefaults.len());
        for (k, v) in kwdefaults {
            kw.push((k, self.copy(vm, &v)?));
        }
        let mut cells = Vec::with_capacity(closure.len());
        for c in closure {
            match self.copy(vm, &Value::Obj(c.clone()))? {
                Value::Obj(n) => cells.push(n),
                _ => cells.push(c),
            }
        }
        let attrs = self.copy_dict(vm, &attrs, false)?;
        let data = match &*o.data() {
            ObjData::Function(f) => ObjData::Function(Function {
                code: f.code.clone(),
                globals: self.to_main.clone(),
                defaults,
                kwdefaults: kw,
                closure: cells,
                name: f.name.clone(),
                qualname: f.qualname.clone(),
                attrs,
            }),
            _ => return Ok(Value::Obj(o.clone())),
        };
        *new.data_mut() = data;
        Ok(Value::Obj(new))
    }

    fn copy_class(&mut self, vm: &mut Vm, o: &Obj) -> PyResult<Value> {
        let (module, qualname) = match &*o.data() {
            ObjData::Class(c) => (c.module.clone(), c.qualname.clone()),
            _ => return Ok(Value::Obj(o.clone())),
        };
        if &*module != "__main__" || vm.class_is_shared(o) {
            return Ok(Value::Obj(o.clone()));
        }
        if self.mode == CopyMode::Pickle {
            return Ok(match lookup_qualname(&self.to_main, &qualname) {
                Some(found @ Value::Obj(_)) => found,
                _ => Value::Obj(o.clone()),
            });
        }
        let new = self.reserve(vm, o);
        let (bases, mro, dict) = match &*o.data() {
            ObjData::Class(c) => (c.bases.clone(), c.mro.clone(), c.dict.clone()),
            _ => return Ok(Value::Obj(o.clone())),
        };
        let bases = self.copy_objs(vm, &bases)?;
        let mro = self.copy_objs(vm, &mro)?;
        let dict = self.copy_dict(vm, &dict, false)?;
        let data = match &*o.data() {
            ObjData::Class(c) => ObjData::Class(Class {
                name: c.name.clone(),
                qualname: c.qualname.clone(),
                bases,
                mro,
                dict,
                builtin: c.builtin,
                module: c.module.clone(),
            }),
            _ => return Ok(Value::Obj(o.clone())),
        };
        *new.data_mut() = data;
        // A new class namespace: cached class lookups made before it was filled are stale.
        vm.class_epoch += 1;
        Ok(Value::Obj(new))
    }

    fn copy_objs(&mut self, vm: &mut Vm, objs: &[Obj]) -> PyResult<Vec<Obj>> {
        let mut out = Vec::with_capacity(objs.len());
        for k in objs {
            match self.copy(vm, &Value::Obj(k.clone()))? {
                Value::Obj(n) => out.push(n),
                _ => out.push(k.clone()),
            }
        }
        Ok(out)
    }

    fn copy_instance(&mut self, vm: &mut Vm, o: &Obj) -> PyResult<Value> {
        let (class, dict, payload, is_exc) = match &*o.data() {
            ObjData::Instance(i) => (
                i.class.clone(),
                i.dict.clone(),
                i.payload.clone(),
                i.exc.is_some(),
            ),
            _ => return Ok(Value::Obj(o.clone())),
        };
        if is_exc || vm.class_is_shared(&class) {
            return Ok(Value::Obj(o.clone()));
        }
        let class_module = match &*class.data() {
            ObjData::Class(c) => c.module.clone(),
            _ => Rc::from(""),
        };
        if &*class_module == "_thread" {
            if self.mode == CopyMode::Pickle {
                let name = match &*class.data() {
                    ObjData::Class(c) => c.name.clone(),
                    _ => Rc::from("lock"),
                };
                return Err(vm.type_error(&format!("cannot pickle '_thread.{name}' object")));
            }
            return Ok(Value::Obj(o.clone()));
        }
        let new = self.reserve(vm, o);
        let class = match self.copy(vm, &Value::Obj(class.clone()))? {
            Value::Obj(c) => c,
            _ => class,
        };
        let dict = self.copy_dict(vm, &dict, false)?;
        let payload = match payload {
            Some(p) => Some(self.copy(vm, &p)?),
            None => None,
        };
        *new.data_mut() = ObjData::Instance(Instance {
            class,
            dict,
            exc: None,
            payload,
        });
        vm.recharge(&new)?;
        Ok(Value::Obj(new))
    }
}

/// `a.b.c` looked up in a module, as unpickling finds a class or function by its qualified name.
fn lookup_qualname(module: &Obj, qualname: &str) -> Option<Value> {
    let mut parts = qualname.split('.');
    let first = parts.next()?;
    let mut v = super::dict::obj_dict_get(module, first)?;
    for p in parts {
        let Value::Obj(o) = &v else { return None };
        v = super::dict::obj_dict_get(o, p)?;
    }
    Some(v)
}
