//! Heap objects: lists, dicts, functions, classes, instances, generators and the rest.

use super::dict::Dict;
use super::frame::Frame;
use super::value::{Obj, Value};
use crate::compiler::code::Code;
use std::cell::RefCell;
use std::rc::Rc;

/// The box behind every [`Obj`]: a deterministic id and the data.
#[derive(Debug)]
pub struct ObjBox {
    /// Allocation number (1, 2, 3, ...): stable across runs.
    pub id: u64,
    /// The object's contents.
    pub data: RefCell<ObjData>,
    /// Its memory units, given back to the memory budget when it is dropped.
    pub charge: super::ledger::Charge,
}

/// How many nested [`ObjBox`] drops run recursively before further ones are deferred.
const DROP_NESTING: u32 = 32;

thread_local! {
    /// How deep the running [`ObjBox`] drops are nested on this thread.
    static DROP_DEPTH: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
    /// Contents of objects freed too deep to drop at once: the outermost drop frees them.
    static DROP_PENDING: RefCell<Vec<ObjData>> = const { RefCell::new(Vec::new()) };
}

impl ObjData {
    /// Whether dropping this may free other objects (so that it must not recurse unboundedly).
    fn may_hold_objects(&self) -> bool {
        match self {
            ObjData::List(v) | ObjData::Tuple(v) => !v.is_empty(),
            ObjData::Bytes(_) | ObjData::ByteArray(_) | ObjData::Range { .. } => false,
            ObjData::Builtin(b) => matches!(b.bound, Value::Obj(_)),
            ObjData::Cell(c) => matches!(c, Some(Value::Obj(_))),
            _ => true,
        }
    }
}

/// Freeing a long chain of objects (a linked list, a deeply nested tuple) would recurse once
/// per link and overflow the native stack: drops nested deeper than [`DROP_NESTING`] hand the
/// object's contents to the outermost drop, which frees them in a loop. Nothing a program can
/// see depends on the order objects are freed in.
impl Drop for ObjBox {
    fn drop(&mut self) {
        let data = self.data.get_mut();
        if !data.may_hold_objects() {
            return;
        }
        let depth = DROP_DEPTH.with(|d| d.get());
        let taken = std::mem::replace(
            data,
            ObjData::Range {
                start: 0,
                stop: 0,
                step: 1,
            },
        );
        if depth >= DROP_NESTING {
            // (Once the thread's pending list is gone, at thread exit, the closure holding
            // `taken` is dropped instead: in place.)
            let _ = DROP_PENDING.try_with(move |p| p.borrow_mut().push(taken));
            return;
        }
        DROP_DEPTH.with(|d| d.set(depth + 1));
        drop(taken);
        if depth == 0 {
            while let Some(next) = DROP_PENDING
                .try_with(|p| p.borrow_mut().pop())
                .ok()
                .flatten()
            {
                drop(next);
            }
            let _ = DROP_PENDING.try_with(|p| {
                let mut p = p.borrow_mut();
                if p.capacity() > 4096 {
                    *p = Vec::new();
                }
            });
        }
        DROP_DEPTH.with(|d| d.set(depth));
    }
}

/// Builtin functions: `fn(vm, args, kwargs) -> outcome`.
pub type BuiltinFn =
    fn(&mut super::Vm, Vec<Value>, Vec<(Rc<str>, Value)>) -> super::PyResult<super::native::Flow>;

/// What a heap object is.
#[derive(Debug)]
pub enum ObjData {
    /// `list`.
    List(Vec<Value>),
    /// `tuple`.
    Tuple(Vec<Value>),
    /// `dict`.
    Dict(Dict),
    /// `set` (a dict whose values are unused).
    Set(Dict),
    /// `frozenset`.
    FrozenSet(Dict),
    /// `bytes` (immutable).
    Bytes(Vec<u8>),
    /// `bytearray`.
    ByteArray(Vec<u8>),
    /// A Python function.
    Function(Function),
    /// A function implemented in Rust.
    Builtin(Builtin),
    /// A function or builtin bound to its first argument.
    BoundMethod {
        /// The receiver.
        recv: Value,
        /// The function.
        func: Value,
    },
    /// A class (builtin or user-defined).
    Class(Class),
    /// An instance of a user class (or of an exception class).
    Instance(Instance),
    /// A generator or coroutine.
    Generator(Generator),
    /// A closure cell.
    Cell(Option<Value>),
    /// A module.
    Module(Module),
    /// `range`.
    Range {
        /// Start.
        start: i64,
        /// Stop.
        stop: i64,
        /// Step (never 0).
        step: i64,
    },
    /// `slice`.
    Slice {
        /// Start.
        start: Value,
        /// Stop.
        stop: Value,
        /// Step.
        step: Value,
    },
    /// A builtin iterator.
    Iter(IterState),
    /// `super()` bound to a class and an instance.
    Super {
        /// The class after which to look in the MRO.
        class: Obj,
        /// The instance.
        obj: Value,
    },
    /// `staticmethod(f)` / `classmethod(f)` / `property(f)`.
    Descriptor(DescriptorKind, Value),
}

/// Kinds of method descriptors.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DescriptorKind {
    /// `@staticmethod`.
    Static,
    /// `@classmethod`.
    ClassMethod,
    /// `@property`.
    Property,
}

/// The state of a builtin iterator.
#[derive(Debug)]
pub enum IterState {
    /// Over a list, tuple or other sequence snapshot; `seq` is the container.
    Seq {
        /// The list or tuple.
        seq: Obj,
        /// Next index.
        index: usize,
        /// `list_iterator`, `tuple_iterator`, ...
        type_name: &'static str,
    },
    /// Over the chars of a str.
    Str {
        /// The string's chars.
        chars: Vec<char>,
        /// Next index.
        index: usize,
    },
    /// Over a range.
    Range {
        /// Next value.
        next: i64,
        /// Stop.
        stop: i64,
        /// Step.
        step: i64,
    },
    /// Over precomputed values (dict views, sets, reversed, ...).
    Values {
        /// The values.
        items: Vec<Value>,
        /// Next index.
        index: usize,
        /// The iterator's type name.
        type_name: &'static str,
    },
    /// `iter(callable, sentinel)`.
    Callable {
        /// What to call.
        func: Value,
        /// When to stop.
        sentinel: Value,
        /// Exhausted.
        done: bool,
    },
}

/// A Python function object.
#[derive(Debug)]
pub struct Function {
    /// Its code.
    pub code: Rc<Code>,
    /// The module globals it sees.
    pub globals: Obj,
    /// Positional defaults.
    pub defaults: Vec<Value>,
    /// Keyword-only defaults by name.
    pub kwdefaults: Vec<(Rc<str>, Value)>,
    /// Closure cells, in `code.freevars` order.
    pub closure: Vec<Obj>,
    /// `__name__` (settable by decorators such as functools.wraps).
    pub name: Rc<str>,
    /// `__qualname__`.
    pub qualname: Rc<str>,
    /// `__dict__` and `__doc__`, `__wrapped__`, ...
    pub attrs: Dict,
}

/// A builtin function.
#[derive(Debug, Clone)]
pub struct Builtin {
    /// Its name as Python shows it.
    pub name: Rc<str>,
    /// The implementation.
    pub f: BuiltinFn,
    /// A value bound at creation (e.g. functools.partial's target); Value::None when unused.
    pub bound: Value,
    /// Found on an instance's class, it binds to the instance like a method (CPython's method
    /// descriptors of C types: `_thread.lock.acquire`).
    pub method: bool,
    /// An unbound method of a builtin type reached through the class (`str.upper`): the type
    /// its first argument must be an instance of (see [`super::unbound`]); None otherwise.
    pub owner: Option<super::types::TypeId>,
}

/// A class.
#[derive(Debug)]
pub struct Class {
    /// `__name__`.
    pub name: Rc<str>,
    /// `__qualname__`.
    pub qualname: Rc<str>,
    /// Direct bases.
    pub bases: Vec<Obj>,
    /// The method resolution order, this class first.
    pub mro: Vec<Obj>,
    /// The class namespace.
    pub dict: Dict,
    /// For builtin classes, which one.
    pub builtin: Option<super::types::TypeId>,
    /// `__module__` as printed in reprs (`builtins` classes print bare).
    pub module: Rc<str>,
}

/// An instance of a user class.
#[derive(Debug)]
pub struct Instance {
    /// Its class.
    pub class: Obj,
    /// `__dict__`.
    pub dict: Dict,
    /// Exception state, for instances of BaseException subclasses.
    pub exc: Option<Box<ExcState>>,
    /// For instances of user subclasses of builtin containers: the builtin payload.
    pub payload: Option<Value>,
}

/// What an exception instance carries besides its attributes.
#[derive(Debug, Default)]
pub struct ExcState {
    /// `args`.
    pub args: Vec<Value>,
    /// Traceback entries, innermost first, with the serial of the frame each came from.
    pub traceback: Vec<(TbEntry, u64)>,
    /// `__cause__`.
    pub cause: Option<Value>,
    /// `__context__`.
    pub context: Option<Value>,
    /// `__suppress_context__`.
    pub suppress_context: bool,
    /// A "Did you mean" hint shown only in printed tracebacks.
    pub hint: Option<String>,
    /// The `traceback` objects made so far for `__traceback__`, one per entry of `traceback`
    /// (innermost first): made once, so `e.__traceback__ is e.__traceback__` as in CPython, and
    /// an outer frame added later gets a new head whose `tb_next` is the old one.
    pub tb_objects: Vec<super::value::Value>,
}

/// One traceback line.
#[derive(Debug, Clone)]
pub struct TbEntry {
    /// The file.
    pub filename: Rc<str>,
    /// The line.
    pub line: u32,
    /// The function name.
    pub name: Rc<str>,
    /// The failing instruction's source range.
    pub span: Option<crate::compiler::code::Span>,
    /// The source line to show, when it is not in the program (a library frame).
    pub text: Option<Rc<str>>,
}

/// A generator or coroutine object.
#[derive(Debug)]
pub struct Generator {
    /// The suspended frame (`None` while running or once closed).
    pub frame: Option<Box<Frame>>,
    /// Created, running, suspended or closed.
    pub state: GenState,
    /// `__name__`.
    pub name: Rc<str>,
    /// `__qualname__`.
    pub qualname: Rc<str>,
    /// A coroutine (`async def`) rather than a generator.
    pub coroutine: bool,
}

/// Generator states, as `inspect.getgeneratorstate` names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GenState {
    /// Not started.
    Created,
    /// Executing now.
    Running,
    /// Paused at a yield.
    Suspended,
    /// Finished.
    Closed,
}

impl GenState {
    /// The `inspect` name.
    pub fn name(self) -> &'static str {
        match self {
            GenState::Created => "GEN_CREATED",
            GenState::Running => "GEN_RUNNING",
            GenState::Suspended => "GEN_SUSPENDED",
            GenState::Closed => "GEN_CLOSED",
        }
    }
}

/// A module.
#[derive(Debug)]
pub struct Module {
    /// `__name__`.
    pub name: Rc<str>,
    /// The module namespace.
    pub dict: Dict,
}
