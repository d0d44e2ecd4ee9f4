//! Calling: binding arguments to parameters with CPython's error messages, creating frames and
//! generators, instantiating classes, and dispatching builtins.

use super::frame::{Activation, RetMode};
use super::interp::Started;
use super::native::Flow;
use super::object::{Function, GenState, Generator, Instance, ObjData};
use super::types::{is_subclass, TypeId};
use super::value::{Obj, Value};
use super::{PyResult, Vm, RECURSION_LIMIT};
use crate::compiler::code::CodeKind;
use std::rc::Rc;

/// Keyword arguments as (name, value) pairs.
pub type Kwargs = Vec<(Rc<str>, Value)>;

impl Vm {
    /// Start calling `func`. Python functions push a frame (`Started::Pushed`); builtins usually
    /// finish at once.
    pub fn start_call(
        &mut self,
        func: Value,
        args: Vec<Value>,
        kwargs: Kwargs,
        mode: RetMode,
    ) -> PyResult<Started> {
        let Value::Obj(obj) = &func else {
            let t = self.type_name(&func);
            return Err(self.type_error(&format!("'{t}' object is not callable")));
        };
        enum Kind {
            Py,
            Builtin(super::object::Builtin),
            Bound(Value, Value),
            Class,
            Instance,
            Other,
        }
        let kind = match &*obj.data() {
            ObjData::Function(_) => Kind::Py,
            ObjData::Builtin(b) => Kind::Builtin(b.clone()),
            ObjData::BoundMethod { recv, func } => Kind::Bound(recv.clone(), func.clone()),
            ObjData::Class(_) => Kind::Class,
            ObjData::Instance(_) => Kind::Instance,
            _ => Kind::Other,
        };
        match kind {
            Kind::Py => self.call_function(obj.clone(), args, kwargs, mode),
            Kind::Builtin(b) => {
                let mut args = args;
                if !matches!(b.bound, Value::None) {
                    args.insert(0, b.bound.clone());
                }
                if let Some(owner) = b.owner {
                    super::unbound::check_receiver(self, owner, &b.name, &mut args)?;
                }
                let flow = (b.f)(self, args, kwargs)?;
                self.run_flow(flow, mode)
            }
            Kind::Bound(recv, f) => {
                let mut all = Vec::with_capacity(args.len() + 1);
                all.push(recv);
                all.extend(args);
                self.start_call(f, all, kwargs, mode)
            }
            Kind::Class => self.instantiate(obj.clone(), args, kwargs, mode),
            Kind::Instance => match self.lookup_class_attr(&self.type_of(&func), "__call__") {
                Some(call) => {
                    let mut all = vec![func.clone()];
                    all.extend(args);
                    self.start_call(call, all, kwargs, mode)
                }
                None => {
                    let t = self.type_name(&func);
                    Err(self.type_error(&format!("'{t}' object is not callable")))
                }
            },
            Kind::Other => {
                let t = self.type_name(&func);
                Err(self.type_error(&format!("'{t}' object is not callable")))
            }
        }
    }

    /// Finish a builtin's [`Flow`] under `mode`.
    pub fn run_flow(&mut self, flow: Flow, mode: RetMode) -> PyResult<Started> {
        match flow {
            Flow::Value(v) => match mode {
                RetMode::Init(inst) => {
                    if !matches!(v, Value::None) {
                        let t = self.type_name(&v);
                        return Err(
                            self.type_error(&format!("__init__() should return None, not '{t}'"))
                        );
                    }
                    Ok(Started::Value(inst))
                }
                RetMode::Discard => Ok(Started::Value(Value::None)),
                _ => Ok(Started::Value(v)),
            },
            Flow::TailCall { func, args, kwargs } => self.start_call(func, args, kwargs, mode),
            Flow::Native(nf) => self.start_native(nf, mode),
            Flow::Pushed => Ok(Started::Pushed),
        }
    }

    fn call_function(
        &mut self,
        fobj: Obj,
        args: Vec<Value>,
        kwargs: Kwargs,
        mode: RetMode,
    ) -> PyResult<Started> {
        let (code, globals, closure) = match &*fobj.data() {
            ObjData::Function(f) => (f.code.clone(), f.globals.clone(), f.closure.clone()),
            _ => return Err(self.runtime_error("internal: not a function")),
        };
        let fast = {
            let data = fobj.data();
            let ObjData::Function(f) = &*data else {
                return Err(self.runtime_error("internal: not a function"));
            };
            bind_args(self, f, args, kwargs)?
        };
        let mut frame = self.new_frame(code.clone(), globals, None, fast, mode.clone());
        // Cells: own cell variables (parameters copied in), then the closure.
        for (ci, _) in code.cellvars.iter().enumerate() {
            let init = code
                .cell_params
                .iter()
                .find(|(c, _)| *c as usize == ci)
                .and_then(|(_, slot)| frame.fast.get(*slot as usize).cloned().flatten());
            let cell = self.alloc(ObjData::Cell(init));
            frame.cells.push(cell);
        }
        frame.cells.extend(closure);
        match code.kind {
            CodeKind::Generator | CodeKind::Coroutine => {
                let name = match &*fobj.data() {
                    ObjData::Function(f) => (f.name.clone(), f.qualname.clone()),
                    _ => (code.name.clone(), code.qualname.clone()),
                };
                let gen = self.alloc(ObjData::Generator(Generator {
                    frame: None,
                    state: GenState::Created,
                    name: name.0,
                    qualname: name.1,
                    coroutine: code.kind == CodeKind::Coroutine,
                }));
                frame.generator = Some(gen.clone());
                if let ObjData::Generator(g) = &mut *gen.data_mut() {
                    g.frame = Some(Box::new(frame));
                }
                self.run_flow(Flow::Value(Value::Obj(gen)), mode)
            }
            _ => {
                self.push_frame(Box::new(frame))?;
                Ok(Started::Pushed)
            }
        }
    }

    /// Push a Python frame, enforcing the recursion limit.
    pub fn push_frame(&mut self, frame: Box<super::frame::Frame>) -> PyResult<()> {
        if self.depth >= RECURSION_LIMIT {
            return Err(self.new_error("RecursionError", "maximum recursion depth exceeded"));
        }
        self.depth += 1;
        self.frames.push(Activation::Py(frame));
        Ok(())
    }

    /// `cls(*args, **kwargs)`.
    fn instantiate(
        &mut self,
        cls: Obj,
        args: Vec<Value>,
        kwargs: Kwargs,
        mode: RetMode,
    ) -> PyResult<Started> {
        let builtin = match &*cls.data() {
            ObjData::Class(c) => c.builtin,
            _ => None,
        };
        if let Some(id) = builtin {
            if id != TypeId::Exception && id != TypeId::Object {
                let flow = super::builtins::construct_builtin(self, id, &cls, args, kwargs)?;
                return self.run_flow(flow, mode);
            }
        }
        // A user `__new__` makes the instance; `__init__` runs if it returned one of ours.
        if let Some(new) = self.user_new(&cls) {
            let nf = Box::new(NewThenInit {
                cls,
                args,
                kwargs,
                new: Some(new),
                made: None,
            });
            return self.start_native(nf, mode);
        }
        // A user class (or object / an exception class): make the instance, then __init__.
        let base = super::types::builtin_base(&cls);
        let is_exc = is_subclass(&cls, &self.types.exc("BaseException"));
        let os_error = self.types.exc("OSError");
        let is_os_error = is_exc && is_subclass(&cls, &os_error);
        // OSError(errno, strerror) picks the subclass for the errno (FileNotFoundError, ...).
        let cls = match args.first().and_then(Value::as_i64) {
            Some(n) if cls.is(&os_error) && args.len() >= 2 => {
                match super::types::os_error_subclass(n) {
                    Some(sub) => self.types.exc(sub),
                    None => cls,
                }
            }
            _ => cls,
        };
        if let Some(id) = base {
            if !matches!(id, TypeId::Exception) {
                return self.instantiate_builtin_subclass(cls, id, args, kwargs, mode);
            }
        }
        let inst = self.new_obj(ObjData::Instance(Instance {
            class: cls.clone(),
            dict: super::dict::Dict::new(),
            exc: if is_exc {
                Some(Box::new(super::object::ExcState {
                    args: args.clone(),
                    ..Default::default()
                }))
            } else {
                None
            },
            payload: None,
        }));
        if is_os_error {
            let kept = self.os_error_init(&inst, &args);
            if let Value::Obj(o) = &inst {
                if let ObjData::Instance(Instance { exc: Some(x), .. }) = &mut *o.data_mut() {
                    x.args = kept;
                }
            }
        }
        match self.user_init(&cls) {
            Some(init) => self.call_init(init, inst, args, kwargs, mode),
            None => {
                if !is_exc && (!args.is_empty() || !kwargs.is_empty()) {
                    let name = super::types::class_name(&cls);
                    return Err(self.type_error(&format!("{name}() takes no arguments")));
                }
                if is_exc && !kwargs.is_empty() {
                    let name = super::types::class_name(&cls);
                    return Err(self.type_error(&format!("{name}() takes no keyword arguments")));
                }
                self.run_flow(Flow::Value(inst), mode)
            }
        }
    }

    fn instantiate_builtin_subclass(
        &mut self,
        cls: Obj,
        id: TypeId,
        args: Vec<Value>,
        kwargs: Kwargs,
        mode: RetMode,
    ) -> PyResult<Started> {
        // The payload (a list, dict, ...) is built by the builtin constructor with no arguments;
        // the user's __init__ (or the builtin's) fills it.
        let base_cls = self.types.get(id);
        let payload = match super::builtins::construct_builtin(
            self,
            id,
            &base_cls,
            Vec::new(),
            Vec::new(),
        )? {
            Flow::Value(v) => v,
            _ => Value::None,
        };
        let inst = self.new_obj(ObjData::Instance(Instance {
            class: cls.clone(),
            dict: super::dict::Dict::new(),
            exc: None,
            payload: Some(payload),
        }));
        match self.user_init(&cls) {
            Some(init) => self.call_init(init, inst, args, kwargs, mode),
            None => {
                if args.is_empty() && kwargs.is_empty() {
                    return self.run_flow(Flow::Value(inst), mode);
                }
                // No __init__ of its own: the builtin's constructor makes the payload from the
                // arguments (`MyDict(a=1)`, `MyList(gen)`), which may need Python calls.
                let flow = super::builtins::construct_builtin(self, id, &base_cls, args, kwargs)?;
                let nf = Box::new(FillPayload {
                    inst: Some(inst),
                    inner: None,
                    flow: Some(flow),
                });
                self.start_native(nf, mode)
            }
        }
    }

    /// The class's `__new__` from a class statement (implicitly a staticmethod), if any.
    pub(crate) fn user_new(&self, cls: &Obj) -> Option<Value> {
        let v = self.lookup_class_attr(cls, "__new__")?;
        if let Value::Obj(o) = &v {
            if let ObjData::Descriptor(super::object::DescriptorKind::Static, f) = &*o.data() {
                return Some(f.clone());
            }
        }
        Some(v)
    }

    /// The class's own (Python) `__init__`, if it has one.
    fn user_init(&self, cls: &Obj) -> Option<Value> {
        self.lookup_class_attr(cls, "__init__")
            .filter(|init| !self.is_builtin_init(init))
    }

    /// Call `init(inst, *args, **kwargs)`; a plain call then yields the instance.
    fn call_init(
        &mut self,
        init: Value,
        inst: Value,
        args: Vec<Value>,
        kwargs: Kwargs,
        mode: RetMode,
    ) -> PyResult<Started> {
        let mut all = vec![inst.clone()];
        all.extend(args);
        let ret = match mode {
            RetMode::Push => RetMode::Init(inst),
            other => other,
        };
        self.start_call(init, all, kwargs, ret)
    }

    fn is_builtin_init(&self, v: &Value) -> bool {
        matches!(v, Value::Obj(o) if matches!(&*o.data(), ObjData::Builtin(_)))
    }
}

/// Bind call arguments to a function's parameters (CPython's rules and messages).
#[allow(clippy::needless_range_loop)]
pub fn bind_args(
    vm: &mut Vm,
    f: &Function,
    args: Vec<Value>,
    kwargs: Kwargs,
) -> PyResult<Vec<Option<Value>>> {
    let code = &f.code;
    let npos = code.argcount as usize;
    let nkwonly = code.kwonlyargcount as usize;
    let mut slots: Vec<Option<Value>> = vec![None; code.varnames.len().max(npos + nkwonly + 2)];
    let fname = &f.qualname;
    let nargs = args.len();
    let mut extra = Vec::new();
    for (i, a) in args.into_iter().enumerate() {
        if i < npos {
            slots[i] = Some(a);
        } else {
            extra.push(a);
        }
    }
    let mut slot = npos + nkwonly;
    if code.varargs {
        slots[slot] = Some(vm.new_tuple(extra));
        slot += 1;
    } else if !extra.is_empty() {
        let ndef = f.defaults.len();
        let takes = if ndef > 0 {
            format!("from {} to {}", npos - ndef, npos)
        } else {
            npos.to_string()
        };
        let plural = if npos == 1 && ndef == 0 { "" } else { "s" };
        let was = if nargs == 1 { "was" } else { "were" };
        return Err(vm.type_error(&format!(
            "{fname}() takes {takes} positional argument{plural} but {nargs} {was} given"
        )));
    }
    let mut kwdict = if code.varkeywords {
        Some(super::dict::Dict::new())
    } else {
        None
    };
    for (name, v) in kwargs {
        let pos = code
            .varnames
            .iter()
            .take(npos + nkwonly)
            .position(|n| **n == *name);
        match pos {
            Some(p) if p >= code.posonlyargcount as usize => {
                if slots[p].is_some() {
                    return Err(vm.type_error(&format!(
                        "{fname}() got multiple values for argument '{name}'"
                    )));
                }
                slots[p] = Some(v);
            }
            _ => match &mut kwdict {
                Some(d) => d.set_str(&name, v),
                None => {
                    return Err(vm.type_error(&format!(
                        "{fname}() got an unexpected keyword argument '{name}'"
                    )))
                }
            },
        }
    }
    if let Some(d) = kwdict {
        slots[slot] = Some(vm.new_obj(ObjData::Dict(d)));
    }
    // Defaults for missing positional parameters.
    let ndef = f.defaults.len();
    let first_default = npos.saturating_sub(ndef);
    let mut missing = Vec::new();
    for i in 0..npos {
        if slots[i].is_none() {
            if i >= first_default {
                slots[i] = f.defaults.get(i - first_default).cloned();
            } else {
                missing.push(code.varnames[i].clone());
            }
        }
    }
    if !missing.is_empty() {
        return Err(vm.type_error(&format!(
            "{fname}() missing {} required positional argument{}: {}",
            missing.len(),
            if missing.len() == 1 { "" } else { "s" },
            name_list(&missing)
        )));
    }
    let mut missing_kw = Vec::new();
    for i in npos..npos + nkwonly {
        if slots[i].is_none() {
            let name = code.varnames[i].clone();
            match f.kwdefaults.iter().find(|(n, _)| *n == name) {
                Some((_, v)) => slots[i] = Some(v.clone()),
                None => missing_kw.push(name),
            }
        }
    }
    if !missing_kw.is_empty() {
        return Err(vm.type_error(&format!(
            "{fname}() missing {} required keyword-only argument{}: {}",
            missing_kw.len(),
            if missing_kw.len() == 1 { "" } else { "s" },
            name_list(&missing_kw)
        )));
    }
    slots.truncate(code.varnames.len());
    Ok(slots)
}

/// CPython's list of names: 'a', 'a' and 'b', 'a', 'b', and 'c'.
fn name_list(names: &[Rc<str>]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match quoted.len() {
        0 => String::new(),
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
    }
}

/// Runs a builtin constructor's [`Flow`] and makes its result the payload of a builtin-subclass
/// instance, which it then returns.
struct FillPayload {
    inst: Option<Value>,
    inner: Option<Box<dyn super::native::NativeFrame>>,
    flow: Option<Flow>,
}

impl FillPayload {
    fn finish(&mut self, payload: Value) -> PyResult<super::native::Step> {
        let inst = self.inst.take().unwrap_or(Value::None);
        if let Value::Obj(o) = &inst {
            if let ObjData::Instance(i) = &mut *o.data_mut() {
                i.payload = Some(payload);
            }
        }
        Ok(super::native::Step::Return(inst))
    }
}

impl super::native::NativeFrame for FillPayload {
    fn name(&self) -> &'static str {
        "__init__"
    }

    fn resume(
        &mut self,
        vm: &mut Vm,
        input: super::native::Input,
    ) -> PyResult<super::native::Step> {
        use super::native::{Input, Step};
        if let Some(flow) = self.flow.take() {
            match flow {
                Flow::Value(v) => return self.finish(v),
                Flow::TailCall { func, args, kwargs } => {
                    return Ok(Step::Call { func, args, kwargs })
                }
                Flow::Native(nf) => self.inner = Some(nf),
                Flow::Pushed => {
                    return Err(vm.runtime_error("internal: constructor pushed a frame"))
                }
            }
            return self.resume(vm, input);
        }
        match self.inner.as_mut() {
            Some(inner) => match inner.resume(vm, input)? {
                Step::Return(v) => self.finish(v),
                other => Ok(other),
            },
            None => match input {
                Input::Value(v) => self.finish(v),
                Input::Error(e) => Err(e),
                _ => Err(vm.runtime_error("internal: unexpected input to a constructor")),
            },
        }
    }
}

/// `Class(*args)` for a class with a user `__new__`: call it, then `__init__` on the result when
/// it is an instance of the class (CPython's `type_call`).
struct NewThenInit {
    cls: Obj,
    args: Vec<Value>,
    kwargs: Kwargs,
    new: Option<Value>,
    made: Option<Value>,
}

impl super::native::NativeFrame for NewThenInit {
    fn name(&self) -> &'static str {
        "__new__"
    }

    fn resume(
        &mut self,
        vm: &mut Vm,
        input: super::native::Input,
    ) -> PyResult<super::native::Step> {
        use super::native::{Input, Step};
        let v = match input {
            Input::Start => {
                let Some(func) = self.new.take() else {
                    return Err(vm.runtime_error("internal: __new__ restarted"));
                };
                let mut all = vec![Value::Obj(self.cls.clone())];
                all.extend(self.args.iter().cloned());
                return Ok(Step::Call {
                    func,
                    args: all,
                    kwargs: self.kwargs.clone(),
                });
            }
            Input::Value(v) => v,
            Input::Error(e) => return Err(e),
            Input::Item(_) | Input::Woken { .. } => {
                return Err(vm.runtime_error("internal: unexpected input to __new__"))
            }
        };
        if let Some(inst) = self.made.take() {
            // __init__ finished.
            if !matches!(v, Value::None) {
                let t = vm.type_name(&v);
                return Err(vm.type_error(&format!("__init__() should return None, not '{t}'")));
            }
            return Ok(Step::Return(inst));
        }
        let cls = vm.type_of(&v);
        if !is_subclass(&cls, &self.cls) {
            return Ok(Step::Return(v));
        }
        match vm.user_init(&cls) {
            Some(init) => {
                self.made = Some(v.clone());
                let mut all = vec![v];
                all.append(&mut self.args);
                Ok(Step::Call {
                    func: init,
                    args: all,
                    kwargs: std::mem::take(&mut self.kwargs),
                })
            }
            None => Ok(Step::Return(v)),
        }
    }
}

/// `object.__new__(cls, *args)` (and the `__new__` of builtin bases reached through `super()`):
/// a new, uninitialised instance of `cls`.
pub(crate) fn object_new(vm: &mut Vm, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Flow> {
    let mut it = args.into_iter();
    let cls = match it.next() {
        Some(Value::Obj(c)) if matches!(&*c.data(), ObjData::Class(_)) => c,
        Some(other) => {
            let t = vm.type_name(&other);
            return Err(vm.type_error(&format!("object.__new__(X): X is not a type object ({t})")));
        }
        None => return Err(vm.type_error("object.__new__(): not enough arguments")),
    };
    let rest: Vec<Value> = it.collect();
    let builtin = match &*cls.data() {
        ObjData::Class(c) => c.builtin,
        _ => None,
    };
    let base = super::types::builtin_base(&cls);
    let is_exc = is_subclass(&cls, &vm.types.exc("BaseException"));
    match base {
        Some(id) if !matches!(id, TypeId::Exception) => {
            if builtin.is_some() {
                // tuple.__new__(tuple, ...) is just tuple(...).
                return super::builtins::construct_builtin(vm, id, &cls, rest, kwargs);
            }
            let base_cls = vm.types.get(id);
            let inst = vm.new_obj(ObjData::Instance(Instance {
                class: cls.clone(),
                dict: super::dict::Dict::new(),
                exc: None,
                payload: Some(Value::None),
            }));
            // Mutable builtins are filled by __init__; immutable ones take the arguments now.
            let mutable = matches!(
                id,
                TypeId::List | TypeId::Dict | TypeId::Set | TypeId::ByteArray
            );
            let (cargs, ckw) = if mutable {
                (Vec::new(), Vec::new())
            } else {
                (rest, kwargs)
            };
            let flow = super::builtins::construct_builtin(vm, id, &base_cls, cargs, ckw)?;
            Ok(Flow::Native(Box::new(FillPayload {
                inst: Some(inst),
                inner: None,
                flow: Some(flow),
            })))
        }
        _ => {
            if !is_exc && (!rest.is_empty() || !kwargs.is_empty()) {
                if vm.user_new(&cls).is_some() {
                    return Err(vm.type_error(
                        "object.__new__() takes exactly one argument (the type to instantiate)",
                    ));
                }
                if vm.user_init(&cls).is_none() {
                    let name = super::types::class_name(&cls);
                    return Err(vm.type_error(&format!("{name}() takes no arguments")));
                }
            }
            let inst = vm.new_obj(ObjData::Instance(Instance {
                class: cls.clone(),
                dict: super::dict::Dict::new(),
                exc: if is_exc {
                    Some(Box::new(super::object::ExcState {
                        args: rest,
                        ..Default::default()
                    }))
                } else {
                    None
                },
                payload: None,
            }));
            Ok(Flow::Value(inst))
        }
    }
}
