//! Builtins that call back into Python run as native activations on the thread's stack.
//!
//! A builtin returns a [`Flow`]: a value at once, a tail call, or a [`NativeFrame`] that the VM
//! drives: the frame asks for calls or `next()` steps ([`Step`]) and is resumed with each result,
//! so no Python code ever runs on a nested Rust stack.

use super::value::Value;
use super::{PyErr, PyResult, Vm};
use std::rc::Rc;

/// What a builtin function produced.
pub enum Flow {
    /// The result.
    Value(Value),
    /// Call this; its result is ours.
    TailCall {
        /// The callee.
        func: Value,
        /// Positional arguments.
        args: Vec<Value>,
        /// Keyword arguments.
        kwargs: Vec<(Rc<str>, Value)>,
    },
    /// Run this native frame; what it returns is ours.
    Native(Box<dyn NativeFrame>),
    /// A frame was pushed (with its own delivery mode); its result is ours.
    Pushed,
}

/// What a native frame wants next.
pub enum Step {
    /// It is done.
    Return(Value),
    /// Call `func(*args, **kwargs)` and resume with the result.
    Call {
        /// The callee.
        func: Value,
        /// Positional arguments.
        args: Vec<Value>,
        /// Keyword arguments.
        kwargs: Vec<(Rc<str>, Value)>,
    },
    /// Advance the iterator and resume with `Ok(Some(item))`, or `Ok(None)` when exhausted.
    Next(Value),
    /// Run this native frame (an operator's dunder chain, say) and resume with its result.
    Native(Box<dyn NativeFrame>),
    /// Block the thread (a lock, a sleep, a queue); resume with [`Input::Woken`] when it may
    /// retry. The scheduler runs other threads meanwhile.
    Block(Block),
    /// A point inside the builtin where the GIL is released for a moment (a write to the
    /// console, which is blocking I/O): the scheduler may run another thread here, as between
    /// two bytecodes. Resumed with [`Input::Woken`].
    Release,
}

/// What a blocking builtin waits for.
#[derive(Debug, Clone, Copy)]
pub struct Block {
    /// The wait.
    pub wait: crate::scheduler::thread::Wait,
    /// When to give up (virtual ns since the start), if ever.
    pub deadline: Option<u64>,
}

/// What a native frame is resumed with.
pub enum Input {
    /// First entry.
    Start,
    /// A call's result.
    Value(Value),
    /// The next item of a `Step::Next`, or None when the iterator is exhausted.
    Item(Option<Value>),
    /// The call or step raised.
    Error(PyErr),
    /// A [`Step::Block`] ended: what it waited for may be available (`timed_out`: the deadline
    /// passed first).
    Woken {
        /// Whether the deadline passed.
        timed_out: bool,
    },
}

/// A builtin in progress.
pub trait NativeFrame {
    /// Its name, for debugging and traces.
    fn name(&self) -> &'static str;
    /// Continue. Errors propagate to the caller unless the frame handles them itself.
    fn resume(&mut self, vm: &mut Vm, input: Input) -> PyResult<Step>;
}

/// Drive an iterable to exhaustion, then finish with `then(items)`.
pub struct Collect {
    iter: Option<Value>,
    source: Value,
    items: Vec<Value>,
    then: fn(&mut Vm, Vec<Value>) -> PyResult<Value>,
    name: &'static str,
}

impl Collect {
    /// Collect `iterable`'s items and pass them to `then`.
    pub fn new(
        name: &'static str,
        iterable: Value,
        then: fn(&mut Vm, Vec<Value>) -> PyResult<Value>,
    ) -> Collect {
        Collect {
            iter: None,
            source: iterable,
            items: Vec::new(),
            then,
            name,
        }
    }
}

impl NativeFrame for Collect {
    fn name(&self) -> &'static str {
        self.name
    }

    fn resume(&mut self, vm: &mut Vm, input: Input) -> PyResult<Step> {
        match input {
            Input::Start => {
                // Fast path: containers are copied at once.
                if let Some(items) = vm.snapshot_items(&self.source) {
                    let items = items?;
                    return Ok(Step::Return((self.then)(vm, items)?));
                }
                let it = vm.get_iter(&self.source)?;
                self.iter = Some(it.clone());
                Ok(Step::Next(it))
            }
            Input::Item(Some(v)) => {
                // The items gathered so far are not charged yet: count them against the budget.
                vm.check_memory(self.items.len() as u64 + 1)?;
                self.items.push(v);
                let it = self.iter.clone().unwrap_or(Value::None);
                Ok(Step::Next(it))
            }
            Input::Item(None) => {
                let items = std::mem::take(&mut self.items);
                Ok(Step::Return((self.then)(vm, items)?))
            }
            Input::Value(_) | Input::Woken { .. } => {
                Err(vm.runtime_error("internal: unexpected value in collect"))
            }
            Input::Error(e) => Err(e),
        }
    }
}

/// How a [`Chain`] combines its results.
pub type Finish = Box<dyn FnMut(&mut Vm, Vec<Value>) -> PyResult<Value>>;

/// Call a sequence of callables one after another, returning the last result (e.g. `repr` of a
/// container whose items need Python `__repr__`): each `then` gets the previous result.
pub struct Chain {
    /// Pending calls.
    pub calls: std::collections::VecDeque<(Value, Vec<Value>)>,
    /// Results so far.
    pub results: Vec<Value>,
    /// Combine the results.
    pub finish: Finish,
    /// Name for traces.
    pub name: &'static str,
}

impl NativeFrame for Chain {
    fn name(&self) -> &'static str {
        self.name
    }

    fn resume(&mut self, vm: &mut Vm, input: Input) -> PyResult<Step> {
        match input {
            Input::Start => {}
            Input::Value(v) => self.results.push(v),
            Input::Item(_) | Input::Woken { .. } => {
                return Err(vm.runtime_error("internal: unexpected item in chain"))
            }
            Input::Error(e) => return Err(e),
        }
        match self.calls.pop_front() {
            Some((func, args)) => Ok(Step::Call {
                func,
                args,
                kwargs: Vec::new(),
            }),
            None => {
                let results = std::mem::take(&mut self.results);
                Ok(Step::Return((self.finish)(vm, results)?))
            }
        }
    }
}
