//! The syntax tree, named after CPython's `ast` module.
//!
//! Node and field names follow `ast` (`FunctionDef.decorator_list`, `Call.keywords`, ...), so
//! `ast.dump` output is the reference for what a program parses to. Positions are CPython's: 1-based
//! lines and 0-based columns in UTF-8 bytes; `end_line`/`end_col` close the node's range.
//! Annotations are kept. The depth of any expression tree is at most [`MAX_EXPR_DEPTH`].

/// No expression tree is deeper than this; deeper source is rejected, so recursive passes over the
/// tree need at most this many nested calls per expression.
pub const MAX_EXPR_DEPTH: usize = 1000;

/// A whole file.
#[derive(Clone, Debug, PartialEq)]
pub struct Module {
    /// Its statements in order.
    pub body: Vec<Stmt>,
}

/// A statement with its source range.
#[derive(Clone, Debug, PartialEq)]
pub struct Stmt {
    /// What the statement is.
    pub kind: StmtKind,
    /// 1-based first line.
    pub line: u32,
    /// 0-based byte column where it starts.
    pub col: u32,
    /// 1-based last line.
    pub end_line: u32,
    /// 0-based byte column just past its end (on `end_line`).
    pub end_col: u32,
}

/// An expression with its source range.
#[derive(Clone, Debug, PartialEq)]
pub struct Expr {
    /// What the expression is.
    pub kind: ExprKind,
    /// 1-based first line.
    pub line: u32,
    /// 0-based byte column where it starts.
    pub col: u32,
    /// 1-based last line.
    pub end_line: u32,
    /// 0-based byte column just past its end (on `end_line`).
    pub end_col: u32,
}

/// A source range shared by the helper nodes (arguments, keywords, aliases, handlers).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Range {
    /// 1-based first line.
    pub line: u32,
    /// 0-based byte column where it starts.
    pub col: u32,
    /// 1-based last line.
    pub end_line: u32,
    /// 0-based byte column just past the end.
    pub end_col: u32,
}

/// `def` and `async def` (CPython's `FunctionDef` / `AsyncFunctionDef` fields).
#[derive(Clone, Debug, PartialEq)]
pub struct FunctionDef {
    /// The function's name.
    pub name: String,
    /// Its parameters.
    pub args: Box<Arguments>,
    /// Its body.
    pub body: Vec<Stmt>,
    /// Decorators, outermost first.
    pub decorator_list: Vec<Expr>,
    /// The `-> annotation`, if any.
    pub returns: Option<Box<Expr>>,
}

/// `for` and `async for`.
#[derive(Clone, Debug, PartialEq)]
pub struct For {
    /// The loop variable(s) (a store target).
    pub target: Expr,
    /// What is iterated.
    pub iter: Expr,
    /// The loop body.
    pub body: Vec<Stmt>,
    /// The `else:` block.
    pub orelse: Vec<Stmt>,
}

/// `with` and `async with`.
#[derive(Clone, Debug, PartialEq)]
pub struct With {
    /// The context managers, left to right.
    pub items: Vec<WithItem>,
    /// The body.
    pub body: Vec<Stmt>,
}

/// One `expr [as target]` of a `with`.
#[derive(Clone, Debug, PartialEq)]
pub struct WithItem {
    /// The context manager expression.
    pub context_expr: Expr,
    /// The `as` target, if any.
    pub optional_vars: Option<Expr>,
}

/// One `except` clause.
#[derive(Clone, Debug, PartialEq)]
pub struct ExceptHandler {
    /// The exception type expression (`None` for a bare `except:`).
    pub typ: Option<Expr>,
    /// The `as name`, if any.
    pub name: Option<String>,
    /// The handler body.
    pub body: Vec<Stmt>,
    /// Where the clause is (from `except` to the end of its body).
    pub range: Range,
}

/// One name of an `import` (`name [as asname]`).
#[derive(Clone, Debug, PartialEq)]
pub struct Alias {
    /// The dotted name imported (`*` for `from m import *`).
    pub name: String,
    /// The `as` name, if any.
    pub asname: Option<String>,
    /// Where it is.
    pub range: Range,
}

/// What a statement is.
#[derive(Clone, Debug, PartialEq)]
pub enum StmtKind {
    /// `def name(args): body`.
    FunctionDef(FunctionDef),
    /// `async def name(args): body`.
    AsyncFunctionDef(FunctionDef),
    /// `class name(bases, keywords): body`.
    ClassDef {
        /// The class name.
        name: String,
        /// Positional bases (may include `Starred`).
        bases: Vec<Expr>,
        /// Keyword arguments such as `metaclass=` (an `arg` of `None` is `**kwargs`).
        keywords: Vec<Keyword>,
        /// The class body.
        body: Vec<Stmt>,
        /// Decorators, outermost first.
        decorator_list: Vec<Expr>,
    },
    /// `return [value]`.
    Return {
        /// The returned value.
        value: Option<Expr>,
    },
    /// `del targets`.
    Delete {
        /// What is deleted (names, attributes, subscripts, or tuples/lists of them).
        targets: Vec<Expr>,
    },
    /// `t1 = t2 = value`.
    Assign {
        /// The targets, left to right.
        targets: Vec<Expr>,
        /// The assigned value.
        value: Expr,
    },
    /// `target op= value`.
    AugAssign {
        /// A name, attribute or subscript.
        target: Expr,
        /// The operator.
        op: Operator,
        /// The right-hand side.
        value: Expr,
    },
    /// `target: annotation [= value]`.
    AnnAssign {
        /// A name, attribute or subscript.
        target: Expr,
        /// The annotation.
        annotation: Expr,
        /// The assigned value, if any.
        value: Option<Expr>,
        /// The target is a plain name not in parentheses.
        simple: bool,
    },
    /// `for target in iter: body else: orelse`.
    For(For),
    /// `async for ...`.
    AsyncFor(For),
    /// `while test: body else: orelse`.
    While {
        /// The condition.
        test: Expr,
        /// The loop body.
        body: Vec<Stmt>,
        /// The `else:` block.
        orelse: Vec<Stmt>,
    },
    /// `if test: body else: orelse` (`elif` is an `If` alone in `orelse`).
    If {
        /// The condition.
        test: Expr,
        /// The `if` block.
        body: Vec<Stmt>,
        /// The `elif`/`else` part.
        orelse: Vec<Stmt>,
    },
    /// `with items: body`.
    With(With),
    /// `async with items: body`.
    AsyncWith(With),
    /// `raise [exc [from cause]]`.
    Raise {
        /// The exception.
        exc: Option<Expr>,
        /// The `from` cause.
        cause: Option<Expr>,
    },
    /// `try` with its handlers, `else` and `finally`.
    Try {
        /// The guarded block.
        body: Vec<Stmt>,
        /// The `except` clauses.
        handlers: Vec<ExceptHandler>,
        /// The `else:` block.
        orelse: Vec<Stmt>,
        /// The `finally:` block.
        finalbody: Vec<Stmt>,
    },
    /// `assert test[, msg]`.
    Assert {
        /// The condition.
        test: Expr,
        /// The message.
        msg: Option<Expr>,
    },
    /// `import a.b as c, d`.
    Import {
        /// The imported names.
        names: Vec<Alias>,
    },
    /// `from ..module import names`.
    ImportFrom {
        /// The module (`None` for `from . import x`).
        module: Option<String>,
        /// The imported names.
        names: Vec<Alias>,
        /// Number of leading dots.
        level: u32,
    },
    /// `global a, b`.
    Global {
        /// The names.
        names: Vec<String>,
    },
    /// `nonlocal a, b`.
    Nonlocal {
        /// The names.
        names: Vec<String>,
    },
    /// An expression used as a statement.
    Expr {
        /// The expression.
        value: Expr,
    },
    /// `pass`.
    Pass,
    /// `break`.
    Break,
    /// `continue`.
    Continue,
}

/// Whether a name, attribute, subscript, starred, list or tuple is read, assigned or deleted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ExprContext {
    /// Read.
    Load,
    /// Assigned to.
    Store,
    /// Deleted.
    Del,
}

/// `and` / `or`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[allow(missing_docs)]
pub enum BoolOp {
    And,
    Or,
}

/// Binary operators (CPython's `operator`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[allow(missing_docs)]
pub enum Operator {
    Add,
    Sub,
    Mult,
    MatMult,
    Div,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
    FloorDiv,
}

impl Operator {
    /// The operator as written in Python (`+`, `//`, ...).
    pub fn symbol(self) -> &'static str {
        use Operator::*;
        match self {
            Add => "+",
            Sub => "-",
            Mult => "*",
            MatMult => "@",
            Div => "/",
            Mod => "%",
            Pow => "**",
            LShift => "<<",
            RShift => ">>",
            BitOr => "|",
            BitXor => "^",
            BitAnd => "&",
            FloorDiv => "//",
        }
    }
}

/// Unary operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[allow(missing_docs)]
pub enum UnaryOp {
    Invert,
    Not,
    UAdd,
    USub,
}

/// Comparison operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[allow(missing_docs)]
pub enum CmpOp {
    Eq,
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
    Is,
    IsNot,
    In,
    NotIn,
}

impl CmpOp {
    /// The operator as written in Python.
    pub fn symbol(self) -> &'static str {
        use CmpOp::*;
        match self {
            Eq => "==",
            NotEq => "!=",
            Lt => "<",
            LtE => "<=",
            Gt => ">",
            GtE => ">=",
            Is => "is",
            IsNot => "is not",
            In => "in",
            NotIn => "not in",
        }
    }
}

/// A non-negative integer too large for `i64`, kept as its decimal digits (no leading zeros).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct BigInt {
    /// Decimal digits, most significant first.
    pub digits: String,
}

impl BigInt {
    /// Convert `digits` written in `radix` (2..=16; no sign, prefix or underscores).
    pub fn from_digits(digits: &str, radix: u32) -> BigInt {
        // Little-endian limbs in base 10^9.
        const BASE: u64 = 1_000_000_000;
        let mut limbs: Vec<u64> = vec![0];
        for c in digits.chars() {
            let Some(d) = c.to_digit(radix) else { continue };
            let mut carry = u64::from(d);
            for limb in limbs.iter_mut() {
                let v = *limb * u64::from(radix) + carry;
                *limb = v % BASE;
                carry = v / BASE;
            }
            while carry > 0 {
                limbs.push(carry % BASE);
                carry /= BASE;
            }
        }
        let mut out = String::new();
        for (i, limb) in limbs.iter().rev().enumerate() {
            if i == 0 {
                out.push_str(&limb.to_string());
            } else {
                out.push_str(&format!("{limb:09}"));
            }
        }
        BigInt { digits: out }
    }
}

/// A literal value.
#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    /// `None`.
    None,
    /// `True` / `False`.
    Bool(bool),
    /// `...`.
    Ellipsis,
    /// An integer literal that fits in `i64`.
    Int(i64),
    /// A larger integer literal.
    BigInt(BigInt),
    /// A float literal.
    Float(f64),
    /// A string literal (adjacent literals already joined).
    Str(String),
    /// A bytes literal.
    Bytes(Vec<u8>),
}

/// The `!s`, `!r`, `!a` of an f-string replacement field.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Conversion {
    /// No conversion.
    None,
    /// `!s`.
    Str,
    /// `!r` (also implied by `{x=}` without a format spec).
    Repr,
    /// `!a`.
    Ascii,
}

/// One `for target in iter if cond` of a comprehension.
#[derive(Clone, Debug, PartialEq)]
pub struct Comprehension {
    /// The loop target (a store target).
    pub target: Expr,
    /// What is iterated.
    pub iter: Expr,
    /// The `if` filters.
    pub ifs: Vec<Expr>,
}

/// A `name=value` (or `**value`, when `arg` is `None`) in a call or class definition.
#[derive(Clone, Debug, PartialEq)]
pub struct Keyword {
    /// The keyword, or `None` for `**mapping`.
    pub arg: Option<String>,
    /// The value.
    pub value: Expr,
    /// Where it is.
    pub range: Range,
}

/// One parameter.
#[derive(Clone, Debug, PartialEq)]
pub struct Arg {
    /// Its name.
    pub arg: String,
    /// Its annotation, if any.
    pub annotation: Option<Box<Expr>>,
    /// Where it is.
    pub range: Range,
}

/// A parameter list, as CPython's `arguments`.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Arguments {
    /// Parameters before `/`.
    pub posonlyargs: Vec<Arg>,
    /// Ordinary positional-or-keyword parameters.
    pub args: Vec<Arg>,
    /// `*args`.
    pub vararg: Option<Arg>,
    /// Keyword-only parameters (after `*` or `*args`).
    pub kwonlyargs: Vec<Arg>,
    /// Defaults of the keyword-only parameters (`None` where there is none), one per parameter.
    pub kw_defaults: Vec<Option<Expr>>,
    /// `**kwargs`.
    pub kwarg: Option<Arg>,
    /// Defaults of the last positional parameters (posonly and ordinary together).
    pub defaults: Vec<Expr>,
}

/// What an expression is.
#[derive(Clone, Debug, PartialEq)]
pub enum ExprKind {
    /// `a and b and c` / `a or b`.
    BoolOp {
        /// The operator.
        op: BoolOp,
        /// Two or more operands.
        values: Vec<Expr>,
    },
    /// `left op right`.
    BinOp {
        /// Left operand.
        left: Box<Expr>,
        /// The operator.
        op: Operator,
        /// Right operand.
        right: Box<Expr>,
    },
    /// `op operand`.
    UnaryOp {
        /// The operator.
        op: UnaryOp,
        /// The operand.
        operand: Box<Expr>,
    },
    /// `lambda args: body`.
    Lambda {
        /// Parameters.
        args: Box<Arguments>,
        /// The body expression.
        body: Box<Expr>,
    },
    /// `body if test else orelse`.
    IfExp {
        /// The condition.
        test: Box<Expr>,
        /// Value when true.
        body: Box<Expr>,
        /// Value when false.
        orelse: Box<Expr>,
    },
    /// `{k: v, **m}` (a `None` key is a `**` unpacking of the matching value).
    Dict {
        /// Keys.
        keys: Vec<Option<Expr>>,
        /// Values.
        values: Vec<Expr>,
    },
    /// `{a, b}`.
    Set {
        /// Elements.
        elts: Vec<Expr>,
    },
    /// `[elt for ...]`.
    ListComp {
        /// The element.
        elt: Box<Expr>,
        /// The `for` clauses.
        generators: Vec<Comprehension>,
    },
    /// `{elt for ...}`.
    SetComp {
        /// The element.
        elt: Box<Expr>,
        /// The `for` clauses.
        generators: Vec<Comprehension>,
    },
    /// `{key: value for ...}`.
    DictComp {
        /// The key.
        key: Box<Expr>,
        /// The value.
        value: Box<Expr>,
        /// The `for` clauses.
        generators: Vec<Comprehension>,
    },
    /// `(elt for ...)`.
    GeneratorExp {
        /// The element.
        elt: Box<Expr>,
        /// The `for` clauses.
        generators: Vec<Comprehension>,
    },
    /// `await value`.
    Await {
        /// The awaited expression.
        value: Box<Expr>,
    },
    /// `yield [value]`.
    Yield {
        /// The yielded value.
        value: Option<Box<Expr>>,
    },
    /// `yield from value`.
    YieldFrom {
        /// The delegated iterable.
        value: Box<Expr>,
    },
    /// `left op1 c1 op2 c2 ...`.
    Compare {
        /// The first operand.
        left: Box<Expr>,
        /// The operators.
        ops: Vec<CmpOp>,
        /// The other operands, one per operator.
        comparators: Vec<Expr>,
    },
    /// `func(args, keywords)`; `*x` is a `Starred` in `args`, `**m` a keyword with no `arg`.
    Call {
        /// The callee.
        func: Box<Expr>,
        /// Positional arguments.
        args: Vec<Expr>,
        /// Keyword arguments.
        keywords: Vec<Keyword>,
    },
    /// One `{value!conversion:format_spec}` of an f-string.
    FormattedValue {
        /// The expression.
        value: Box<Expr>,
        /// The conversion.
        conversion: Conversion,
        /// The format spec, itself a `JoinedStr`.
        format_spec: Option<Box<Expr>>,
    },
    /// An f-string: literal parts (`Constant` strings) and `FormattedValue`s.
    JoinedStr {
        /// The parts in order.
        values: Vec<Expr>,
    },
    /// A literal.
    Constant(Constant),
    /// `value.attr`.
    Attribute {
        /// The object.
        value: Box<Expr>,
        /// The attribute name.
        attr: String,
        /// Load, store or delete.
        ctx: ExprContext,
    },
    /// `value[slice]`.
    Subscript {
        /// The object.
        value: Box<Expr>,
        /// The index: an expression, a `Slice`, or a `Tuple` of them.
        slice: Box<Expr>,
        /// Load, store or delete.
        ctx: ExprContext,
    },
    /// `*value`.
    Starred {
        /// The unpacked expression.
        value: Box<Expr>,
        /// Load or store.
        ctx: ExprContext,
    },
    /// A variable.
    Name {
        /// Its identifier.
        id: String,
        /// Load, store or delete.
        ctx: ExprContext,
    },
    /// `[a, b]`.
    List {
        /// Elements.
        elts: Vec<Expr>,
        /// Load, store or delete.
        ctx: ExprContext,
    },
    /// `(a, b)` or `a, b`.
    Tuple {
        /// Elements.
        elts: Vec<Expr>,
        /// Load, store or delete.
        ctx: ExprContext,
    },
    /// `lower:upper:step` inside a subscript.
    Slice {
        /// Start.
        lower: Option<Box<Expr>>,
        /// Stop.
        upper: Option<Box<Expr>>,
        /// Step.
        step: Option<Box<Expr>>,
    },
}

impl Expr {
    /// The expression's range.
    pub fn range(&self) -> Range {
        Range {
            line: self.line,
            col: self.col,
            end_line: self.end_line,
            end_col: self.end_col,
        }
    }
}

impl Stmt {
    /// The statement's range.
    pub fn range(&self) -> Range {
        Range {
            line: self.line,
            col: self.col,
            end_line: self.end_line,
            end_col: self.end_col,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn big_int_conversion() {
        assert_eq!(
            BigInt::from_digits("18446744073709551616", 10).digits,
            "18446744073709551616"
        );
        assert_eq!(
            BigInt::from_digits("ffffffffffffffffff", 16).digits,
            "4722366482869645213695"
        );
        assert_eq!(BigInt::from_digits("0", 10).digits, "0");
        assert_eq!(
            BigInt::from_digits("1000000000000000000000", 2).digits,
            "2097152"
        );
    }
}
