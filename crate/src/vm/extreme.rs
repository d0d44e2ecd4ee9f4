//! `max` and `min`, in native code with CPython 3.11's behaviour and messages.
//!
//! One iterable or several positional arguments, `key=` and `default=` (with one iterable only),
//! ties keeping the first item, `>` for `max` and `<` for `min` with the new item on the left
//! (so `max([1, 'a'])` reports `'>' not supported between instances of 'str' and 'int'`).
//! Comparisons of builtin values run here; key functions, iterators written in Python and
//! comparisons that reach a user `__gt__`/`__lt__` are asked of the VM as calls ([`Step`]), so
//! they run as ordinary frames and threads may switch inside them, as in CPython.

use super::call::Kwargs;
use super::native::{Flow, Input, NativeFrame, Step};
use super::ops::OpResult;
use super::value::Value;
use super::work::Work;
use super::{PyResult, Vm};
use crate::compiler::code::CmpOp;

/// What the frame waits for.
enum Pending {
    /// Nothing: take the next item.
    Nothing,
    /// The key of this item.
    Key(Value),
    /// Whether this item (with this key) beats the best so far.
    Better(Value, Value),
}

/// A `max`/`min` call in progress.
struct Extreme {
    name: &'static str,
    op: CmpOp,
    key: Option<Value>,
    default: Option<Value>,
    /// The source: a container's items (or the positional arguments) taken in order ...
    items: Option<std::vec::IntoIter<Value>>,
    /// ... or an iterator to advance.
    iter: Option<Value>,
    /// The iterable to start from.
    source: Option<Value>,
    best: Option<(Value, Value)>,
    pending: Pending,
    /// Items compared so far (their virtual time is spent at the end).
    compared: u64,
}

/// `max(...)` (`op` is `Gt`) or `min(...)` (`Lt`).
pub fn min_max(
    vm: &mut Vm,
    name: &'static str,
    op: CmpOp,
    mut args: Vec<Value>,
    kwargs: Kwargs,
) -> PyResult<Flow> {
    if args.is_empty() {
        return Err(vm.type_error(&format!("{name} expected at least 1 argument, got 0")));
    }
    let mut key = None;
    let mut default = None;
    for (k, v) in kwargs {
        match &*k {
            "key" => key = Some(v),
            "default" => default = Some(v),
            other => {
                return Err(vm.type_error(&format!(
                    "'{other}' is an invalid keyword argument for {name}()"
                )))
            }
        }
    }
    let positional = args.len() > 1;
    if positional && default.is_some() {
        return Err(vm.type_error(&format!(
            "Cannot specify a default for {name}() with multiple positional arguments"
        )));
    }
    let (items, source) = if positional {
        (Some(args.into_iter()), None)
    } else {
        (None, args.pop())
    };
    Ok(Flow::Native(Box::new(Extreme {
        name,
        op,
        key: key.filter(|k| !matches!(k, Value::None)),
        default,
        items,
        iter: None,
        source,
        best: None,
        pending: Pending::Nothing,
        compared: 0,
    })))
}

impl Extreme {
    /// Spend the comparisons made so far.
    fn settle(&mut self, vm: &mut Vm) {
        vm.spend(Work::ExtremeItem, std::mem::take(&mut self.compared));
    }

    /// Take `item` with key `k`: compare it with the best so far, or ask for the comparison.
    fn offer(&mut self, vm: &mut Vm, item: Value, k: Value) -> PyResult<Option<Step>> {
        let Some((_, best_key)) = &self.best else {
            self.best = Some((item, k));
            return Ok(None);
        };
        self.compared += 1;
        match vm.compare(self.op, &k, best_key)? {
            OpResult::Value(r) => {
                if vm.truthy(&r)? {
                    self.best = Some((item, k));
                }
                Ok(None)
            }
            OpResult::Call(func, args) => {
                self.pending = Pending::Better(item, k);
                Ok(Some(Step::Call {
                    func,
                    args,
                    kwargs: Vec::new(),
                }))
            }
            OpResult::Chain(chain) => {
                self.pending = Pending::Better(item, k);
                Ok(Some(Step::Native(chain)))
            }
        }
    }

    /// Take items until one needs Python code (a key call, a `next`, a dunder comparison).
    fn run(&mut self, vm: &mut Vm) -> PyResult<Step> {
        loop {
            let item = match &mut self.items {
                Some(items) => match items.next() {
                    Some(x) => x,
                    None => return self.finish(vm),
                },
                None => {
                    let it = self.iter.clone().unwrap_or(Value::None);
                    return Ok(Step::Next(it));
                }
            };
            if let Some(step) = self.take(vm, item)? {
                return Ok(step);
            }
        }
    }

    /// One item: call its key, or offer it as its own key.
    fn take(&mut self, vm: &mut Vm, item: Value) -> PyResult<Option<Step>> {
        match &self.key {
            Some(f) => {
                let func = f.clone();
                self.pending = Pending::Key(item.clone());
                Ok(Some(Step::Call {
                    func,
                    args: vec![item],
                    kwargs: Vec::new(),
                }))
            }
            None => self.offer(vm, item.clone(), item),
        }
    }

    /// The result once the items are exhausted.
    fn finish(&mut self, vm: &mut Vm) -> PyResult<Step> {
        self.settle(vm);
        match self.best.take() {
            Some((item, _)) => Ok(Step::Return(item)),
            None => match self.default.take() {
                Some(d) => Ok(Step::Return(d)),
                None => Err(vm.new_error(
                    "ValueError",
                    &format!("{}() arg is an empty sequence", self.name),
                )),
            },
        }
    }

    fn resume_inner(&mut self, vm: &mut Vm, input: Input) -> PyResult<Step> {
        match input {
            Input::Start => {
                if let Some(source) = self.source.take() {
                    if let Some(items) = vm.snapshot_items(&source) {
                        self.items = Some(items?.into_iter());
                    } else {
                        self.iter = Some(vm.get_iter(&source)?);
                    }
                }
                self.run(vm)
            }
            Input::Item(Some(item)) => match self.take(vm, item)? {
                Some(step) => Ok(step),
                None => self.run(vm),
            },
            Input::Item(None) => self.finish(vm),
            Input::Value(v) => {
                match std::mem::replace(&mut self.pending, Pending::Nothing) {
                    Pending::Key(item) => {
                        if let Some(step) = self.offer(vm, item, v)? {
                            return Ok(step);
                        }
                    }
                    Pending::Better(item, k) => {
                        if vm.truthy(&v)? {
                            self.best = Some((item, k));
                        }
                    }
                    Pending::Nothing => {
                        return Err(vm.runtime_error("internal: unexpected value in max/min"))
                    }
                }
                self.run(vm)
            }
            Input::Woken { .. } => Err(vm.runtime_error("internal: unexpected wake in max/min")),
            Input::Error(e) => Err(e),
        }
    }
}

impl NativeFrame for Extreme {
    fn name(&self) -> &'static str {
        self.name
    }

    fn resume(&mut self, vm: &mut Vm, input: Input) -> PyResult<Step> {
        let r = self.resume_inner(vm, input);
        if r.is_err() {
            self.settle(vm);
        }
        r
    }
}
