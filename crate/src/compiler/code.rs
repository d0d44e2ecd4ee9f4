//! Bytecode: the instruction set and the code objects the compiler produces and the VM runs.
//!
//! The instruction set is small and stack-based, close in spirit to CPython's so that the
//! scheduler can honour switch requests where CPython 3.11 does (backward jumps and calls, marked
//! by [`Instr::is_switch_point`]). Every instruction carries the source line it came from.

use std::rc::Rc;

/// A constant in a code object's pool.
#[derive(Debug, Clone)]
pub enum Const {
    /// `None`.
    None,
    /// `True` / `False`.
    Bool(bool),
    /// A small int.
    Int(i64),
    /// A big int, as decimal digits.
    BigInt(String),
    /// A float.
    Float(f64),
    /// A str.
    Str(crate::pystr::PyStr),
    /// A bytes literal (each load makes a `bytes` object).
    Bytes(Rc<[u8]>),
    /// `...`.
    Ellipsis,
    /// A nested code object (function, lambda, comprehension or class body).
    Code(Rc<Code>),
    /// The keyword names of a `CallKw` (loaded as a tuple of str).
    Names(Vec<crate::pystr::PyStr>),
}

/// Binary operators, in-place or not.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(missing_docs)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    MatMul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    And,
    Or,
    Xor,
}

impl BinOp {
    /// The operator as Python writes it (for error messages).
    pub fn symbol(self) -> &'static str {
        use BinOp::*;
        match self {
            Add => "+",
            Sub => "-",
            Mul => "*",
            MatMul => "@",
            TrueDiv => "/",
            FloorDiv => "//",
            Mod => "%",
            Pow => "** or pow()",
            LShift => "<<",
            RShift => ">>",
            And => "&",
            Or => "|",
            Xor => "^",
        }
    }

    /// The dunder methods for the operator: (normal, reflected, in-place).
    pub fn dunders(self) -> (&'static str, &'static str, &'static str) {
        use BinOp::*;
        match self {
            Add => ("__add__", "__radd__", "__iadd__"),
            Sub => ("__sub__", "__rsub__", "__isub__"),
            Mul => ("__mul__", "__rmul__", "__imul__"),
            MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
            TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__"),
            FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
            Mod => ("__mod__", "__rmod__", "__imod__"),
            Pow => ("__pow__", "__rpow__", "__ipow__"),
            LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
            RShift => ("__rshift__", "__rrshift__", "__irshift__"),
            And => ("__and__", "__rand__", "__iand__"),
            Or => ("__or__", "__ror__", "__ior__"),
            Xor => ("__xor__", "__rxor__", "__ixor__"),
        }
    }
}

/// Comparison operators.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(missing_docs)]
pub enum CmpOp {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

impl CmpOp {
    /// The operator as Python writes it.
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Eq => "==",
            CmpOp::Ne => "!=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
        }
    }
}

/// One instruction. Jump targets are instruction indexes in the same code object.
#[derive(Debug, Clone, Copy)]
pub enum Instr {
    /// Push constant `n`.
    LoadConst(u32),
    /// Push local slot `n`.
    LoadFast(u32),
    /// Pop into local slot `n`.
    StoreFast(u32),
    /// Unbind local slot `n`.
    DeleteFast(u32),
    /// Push the value of cell `n` (cells first, then free variables).
    LoadDeref(u32),
    /// Pop into cell `n`.
    StoreDeref(u32),
    /// Push cell `n` itself (to build a closure).
    LoadClosure(u32),
    /// Push global (or builtin) name `n`.
    LoadGlobal(u32),
    /// Pop into global name `n`.
    StoreGlobal(u32),
    /// Delete global name `n`.
    DeleteGlobal(u32),
    /// Push name `n` from the class/module namespace, then globals, then builtins.
    LoadName(u32),
    /// Pop into namespace name `n`.
    StoreName(u32),
    /// Delete namespace name `n`.
    DeleteName(u32),
    /// Replace TOS with its attribute `n`.
    LoadAttr(u32),
    /// `TOS.name = TOS1` (pops both).
    StoreAttr(u32),
    /// `del TOS.name`.
    DeleteAttr(u32),
    /// `TOS1[TOS]`.
    Subscript,
    /// `TOS1[TOS] = TOS2`.
    StoreSubscr,
    /// `del TOS1[TOS]`.
    DeleteSubscr,
    /// Drop TOS.
    Pop,
    /// Duplicate TOS.
    Dup,
    /// Duplicate the top two (a b -> a b a b).
    Dup2,
    /// Swap the top two.
    Rot2,
    /// a b c -> c a b (TOS moves down two).
    Rot3,
    /// a b c d -> d a b c.
    Rot4,
    /// `op TOS1, TOS` (in place when the flag is set).
    Binary(BinOp, bool),
    /// `-TOS`.
    Neg,
    /// `+TOS`.
    Pos,
    /// `~TOS`.
    Invert,
    /// `not TOS`.
    Not,
    /// Rich comparison.
    Compare(CmpOp),
    /// `TOS1 is TOS` (negated when the flag is set).
    Is(bool),
    /// `TOS1 in TOS` (negated when the flag is set).
    In(bool),
    /// Unconditional jump.
    Jump(u32),
    /// Pop; jump if falsy.
    PopJumpIfFalse(u32),
    /// Pop; jump if truthy.
    PopJumpIfTrue(u32),
    /// Jump keeping TOS if falsy, else pop (for `and`).
    JumpIfFalseOrPop(u32),
    /// Jump keeping TOS if truthy, else pop (for `or`).
    JumpIfTrueOrPop(u32),
    /// Replace TOS with `iter(TOS)`.
    GetIter,
    /// Push `next(TOS)`, or pop the iterator and jump when it is exhausted.
    ForIter(u32),
    /// Build a tuple of the top `n`.
    BuildTuple(u32),
    /// Build a list of the top `n`.
    BuildList(u32),
    /// Build a set of the top `n`.
    BuildSet(u32),
    /// Build a dict of the top `2n` (key, value pairs).
    BuildMap(u32),
    /// Build a slice of the top 2 or 3.
    BuildSlice(u32),
    /// Concatenate the top `n` strs (f-strings).
    BuildString(u32),
    /// `list.append(stack[-n-1], TOS)` (comprehensions): pops TOS.
    ListAppend(u32),
    /// `set.add(stack[-n-1], TOS)`.
    SetAdd(u32),
    /// `dict[stack[-n-2]][TOS1] = TOS`.
    MapAdd(u32),
    /// Extend the list below TOS with the iterable TOS (for `[*a, *b]` and star-args).
    ListExtend,
    /// Update the dict below TOS with mapping TOS (for `**m`).
    DictUpdate,
    /// Update the set below TOS with the iterable TOS (pops it; for `{*a}` and constant sets).
    SetUpdate,
    /// Convert the list TOS into a tuple.
    ListToTuple,
    /// Unpack TOS into `n` values (pushed so the first is on top).
    UnpackSequence(u32),
    /// Unpack with a starred target: `before` values, a list, `after` values.
    UnpackEx(u32, u32),
    /// `format(value, spec)` with an optional conversion: (conversion 0 none/1 str/2 repr/3 ascii, has_spec).
    FormatValue(u8, bool),
    /// Call TOS-n with `n` positional arguments.
    Call(u32),
    /// `getattr(obj, "name")` with a literal name (names index): a `Call(2)` that is served from
    /// this instruction's inline cache when the callee is the builtin `getattr`.
    CallGetattr(u32),
    /// `setattr(obj, "name", value)` with a literal name: likewise a `Call(3)`.
    CallSetattr(u32),
    /// Call with `n` arguments, the last `k` of them keyword (names in the tuple constant TOS).
    CallKw(u32),
    /// Call `TOS2(*TOS1, **TOS)` (TOS is a dict or None).
    CallEx,
    /// Build a function from code constant TOS; flags: 1 defaults tuple, 2 kw-defaults dict, 8 closure tuple.
    MakeFunction(u8),
    /// Return TOS from the frame.
    Return,
    /// Yield TOS to the generator's caller; the sent value is pushed on resume.
    Yield,
    /// Delegate to the iterator below TOS, sending TOS (`yield from` / `await`); jumps to the
    /// target with the result on the stack when the delegate is exhausted.
    YieldFrom(u32),
    /// Make TOS awaitable: coroutines pass, objects with `__await__` give its iterator, others
    /// raise TypeError worded for where it came from (0 `await`, 1 `__aenter__`, 2 `__aexit__`,
    /// 3 `__anext__`).
    GetAwaitable(u8),
    /// `async with`: replace the manager TOS by its bound `__aexit__` and push its bound
    /// `__aenter__` (called next).
    SetupAsyncWith,
    /// `async for`: replace TOS by `type(TOS).__aiter__(TOS)`.
    GetAIter,
    /// `async for`: push `TOS.__anext__()` (the iterator stays).
    GetANext,
    /// `async for` handler: the exception TOS ends the loop if it is a StopAsyncIteration (the
    /// iterator below it is dropped), else it is re-raised.
    EndAsyncFor,
    /// Install an exception handler at the target, remembering the stack depth.
    SetupExcept(u32),
    /// `with`: like `SetupExcept`, but the handler's stack depth leaves out TOS (the
    /// `__enter__()` result that is stored or dropped next), so the handler sees `__exit__`.
    SetupWithHandler(u32),
    /// Remove the innermost handler.
    PopBlock,
    /// In a handler: TOS is the exception; push whether it matches the type TOS (pops the type).
    ExceptionMatch,
    /// Re-raise the exception on TOS.
    Reraise,
    /// Mark the end of a handler: restore the previously handled exception.
    PopExcept,
    /// Push the exception being handled (set when a handler is entered).
    PushExcInfo,
    /// `raise` with 0 (re-raise), 1 (exc) or 2 (exc from cause) operands.
    Raise(u8),
    /// Push the builtin `__build_class__` helper inputs: create class TOS-? (name, bases, body fn).
    BuildClass(u32),
    /// `class C(*bases, **kw)`: like `BuildClass`, with the keyword values after the bases and
    /// their names (a constant tuple) on top; the operand counts bases plus keywords.
    BuildClassKw(u32),
    /// `import name` (constant `n`): push the module.
    ImportName(u32),
    /// Push attribute `n` of the module TOS (keeps the module).
    ImportFrom(u32),
    /// `with`: replace the context manager TOS by its `__exit__`, and push `__enter__()`'s result.
    SetupWith,
    /// `with` exit on the normal path: call `__exit__(None, None, None)` (TOS) and drop the result.
    WithExitNormal,
    /// `with` exit in the handler: call `__exit__(type, exc, tb)` with the exception TOS; push
    /// whether it was suppressed.
    WithExitExc,
    /// `assert` failed: raise AssertionError with TOS as the message if the flag is set.
    RaiseAssert(bool),
    /// No operation (a line marker for `pass`).
    Nop,
}

impl Instr {
    /// Whether CPython 3.11 checks for a pending thread switch at this instruction (its "eval
    /// breaker" runs on backward jumps and calls). Used by the `cpython-3.11` policy.
    pub fn is_switch_point(&self, at: u32) -> bool {
        match self {
            Instr::Jump(target) => *target <= at,
            Instr::Call(_)
            | Instr::CallGetattr(_)
            | Instr::CallSetattr(_)
            | Instr::CallKw(_)
            | Instr::CallEx => true,
            _ => false,
        }
    }
}

/// A source range: 1-based lines, 0-based UTF-8 byte columns (as CPython's `co_positions`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    /// First line.
    pub line: u32,
    /// Start column.
    pub col: u32,
    /// Last line.
    pub end_line: u32,
    /// End column (exclusive); `u32::MAX` means the end of the line.
    pub end_col: u32,
}

impl Span {
    /// A span covering all of `line` (no markers are drawn under it).
    pub fn whole_line(line: u32) -> Span {
        Span {
            line,
            col: 0,
            end_line: line,
            end_col: u32::MAX,
        }
    }
}

/// What kind of code object this is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeKind {
    /// A module body.
    Module,
    /// A class body.
    Class,
    /// A function or lambda.
    Function,
    /// A generator function (contains `yield`).
    Generator,
    /// An `async def`.
    Coroutine,
}

/// What the VM learnt the last time one instruction ran: an inline cache, as CPython 3.11 keeps
/// beside `LOAD_GLOBAL` and `LOAD_ATTR`. The compiler leaves it empty; the VM fills it in.
/// For name loads and stores, `keys` are the key-layout stamps of the dicts searched (0: nothing
/// cached) and `depth` says which one held the name (0: the first, 1: builtins). For attribute
/// loads `keys[0]` is 1 once filled; for attribute stores, `keys` are the class's identity and
/// the VM's class epoch. `index` is the entry's position in the dict it was found in.
#[derive(Debug, Clone, Copy, Default)]
pub struct InlineCache {
    /// Stamps the cached fact depends on (see above).
    pub keys: [u64; 2],
    /// Position of the entry found.
    pub index: u32,
    /// 0: found in the first dict; 1: found in builtins.
    pub depth: u8,
}

/// A compiled body: instructions, their lines, and the names they use.
#[derive(Debug)]
pub struct Code {
    /// The function, class or `<module>` name (for tracebacks).
    pub name: Rc<str>,
    /// The qualified name (`Outer.method`, `f.<locals>.g`).
    pub qualname: Rc<str>,
    /// The file name as given to the compiler.
    pub filename: Rc<str>,
    /// Whether this is the simulated library's code (a `<frozen ...>` file name), which
    /// tracebacks, race reports and line numbers skip in favour of the program's own frames.
    pub library: bool,
    /// Module, class body, function, generator or coroutine.
    pub kind: CodeKind,
    /// The instructions.
    pub instrs: Vec<Instr>,
    /// The source line of each instruction.
    pub lines: Vec<u32>,
    /// The source range of each instruction (for the `^^^` markers in tracebacks).
    pub spans: Vec<Span>,
    /// The constant pool.
    pub consts: Vec<Const>,
    /// Global, attribute and namespace names.
    pub names: Vec<Rc<str>>,
    /// Local variable names (slots); the parameters come first.
    pub varnames: Vec<Rc<str>>,
    /// Names of cells created by this frame (locals captured by inner functions).
    pub cellvars: Vec<Rc<str>>,
    /// Names of free variables (cells received from the enclosing function).
    pub freevars: Vec<Rc<str>>,
    /// For each cell variable that is also a parameter, its local slot (copied in at entry).
    pub cell_params: Vec<(u32, u32)>,
    /// Number of positional parameters (including positional-only).
    pub argcount: u32,
    /// Number of positional-only parameters.
    pub posonlyargcount: u32,
    /// Number of keyword-only parameters.
    pub kwonlyargcount: u32,
    /// Whether there is a `*args` parameter (its slot follows the keyword-only ones).
    pub varargs: bool,
    /// Whether there is a `**kwargs` parameter (its slot follows `*args`).
    pub varkeywords: bool,
    /// First line of the definition.
    pub firstline: u32,
    /// One inline cache per instruction (used by name and attribute loads and stores).
    pub caches: Vec<std::cell::Cell<InlineCache>>,
}

impl Code {
    /// The name at index `i` of `names` (what a name instruction refers to), or "?" for an
    /// index the compiler never emits.
    pub fn name_at(&self, i: u32) -> Rc<str> {
        self.names
            .get(i as usize)
            .cloned()
            .unwrap_or_else(|| Rc::from("?"))
    }
}
