//! Frames: the activation records of Python code, kept on the heap.
//!
//! A thread is a stack of [`Activation`]s. A generator owns its frame while suspended and lends
//! it to the thread while it runs, so generators, coroutines, threads and asyncio tasks all rest
//! on this one mechanism. Builtins that call back into Python (list(gen), sorted(key=...), print
//! of an object with `__str__`) run as native activations, so nothing recurses on the Rust stack
//! and a thread can be suspended anywhere.

use super::native::NativeFrame;
use super::value::{Obj, Value};
use crate::compiler::code::Code;
use std::rc::Rc;

/// What the caller does with a frame's result.
#[derive(Debug, Clone)]
pub enum RetMode {
    /// Push the return value.
    Push,
    /// `__init__` of a new instance: expect None, push the instance.
    Init(Value),
    /// Resumed by FOR_ITER: a yield pushes the value; a return ends the loop at the target.
    ForIter(u32),
    /// Resumed by YIELD_FROM: a yield passes the value out; a return pushes it at the target.
    Send(u32),
    /// Resumed by next()/send(): a yield is the result; a return raises StopIteration.
    Next,
    /// Throw/close: like Next, but a return during close() is fine.
    Close,
    /// A `__next__` method called by FOR_ITER: its return value is the item; StopIteration ends the loop.
    ForIterCall(u32),
    /// A `__next__`/`send` method called by YIELD_FROM: StopIteration's value is the result.
    SendCall(u32),
    /// A generator resumed for a native frame's `Step::Next`.
    IterStep,
    /// A `__next__` method called for a native frame's `Step::Next`.
    IterStepCall,
    /// Drop the result (`__setitem__`, `__exit__` on the normal path).
    Discard,
    /// The end of a synchronous call (`Vm::call_sync`): nothing below hears of the result.
    Barrier,
}

/// An exception handler installed by SETUP_EXCEPT.
#[derive(Debug, Clone, Copy)]
pub struct Handler {
    /// Where to jump.
    pub target: u32,
    /// Stack depth to restore.
    pub depth: usize,
    /// How many exceptions the frame was handling when the handler was set up: an exception
    /// escaping an `except` block to this handler ends that block's handling, as CPython's
    /// cleanup handler (POP_EXCEPT) does, so `sys.exc_info()` and `__context__` do not see it
    /// afterwards.
    pub handling: usize,
}

/// The state of one running (or suspended) Python function, class body or module.
#[derive(Debug)]
pub struct Frame {
    /// The code being run.
    pub code: Rc<Code>,
    /// Next instruction.
    pub ip: usize,
    /// The value stack.
    pub stack: Vec<Value>,
    /// Local slots (`None` = unbound).
    pub fast: Vec<Option<Value>>,
    /// Cells: own cell variables first, then the closure's free variables.
    pub cells: Vec<Obj>,
    /// The module whose globals this code sees.
    pub globals: Obj,
    /// The namespace dict object for module and class bodies.
    pub namespace: Option<Obj>,
    /// Installed handlers, innermost last.
    pub handlers: Vec<Handler>,
    /// Exceptions being handled (for bare `raise` and implicit chaining), innermost last.
    pub handling: Vec<Value>,
    /// How the result reaches the caller.
    pub ret: RetMode,
    /// The generator that owns this frame, if any.
    pub generator: Option<Obj>,
    /// The line of the instruction last executed (for tracebacks).
    pub line: u32,
    /// A serial number, so a traceback lists each frame once.
    pub serial: u64,
    /// An exception to raise when the frame next runs (`generator.throw`).
    pub pending_throw: Option<super::PyErr>,
}

/// One entry of a thread's call stack.
pub enum Activation {
    /// Python code.
    Py(Box<Frame>),
    /// A builtin waiting for a Python call it made to finish, and how its result is delivered.
    Native(Box<dyn NativeFrame>, RetMode),
}

impl std::fmt::Debug for Activation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Activation::Py(fr) => write!(f, "Py({})", fr.code.qualname),
            Activation::Native(n, _) => write!(f, "Native({})", n.name()),
        }
    }
}
