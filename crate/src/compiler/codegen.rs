//! Code generation: walks the syntax tree of one module and emits a [`Code`] per scope.
//!
//! `try/finally`, `with` and loops are compiled the way CPython 3.11 does it: a `finally` body is
//! emitted once for the normal path and once in the exception handler, and `break`, `continue`
//! and `return` unwind the blocks they leave (popping handlers, running `finally` bodies, calling
//! `__exit__`) before they jump.

use super::code::{BinOp, CmpOp, Code, CodeKind, Const, Instr, Span};
use super::scope::{expr_key, stmt_key, NameScope, ScopeInfo, SymbolTable};
use crate::python::ast::{self, Constant, Expr, ExprKind, Stmt, StmtKind};
use std::collections::HashMap;
use std::rc::Rc;

/// A compile-time error: a Python `SyntaxError`, or a construct outside the supported subset.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompileError {
    /// The message (CPython's wording, or "not supported by Interleave: …").
    pub msg: String,
    /// 1-based line.
    pub line: u32,
    /// 0-based column.
    pub col: u32,
    /// Whether this is valid Python that Interleave does not run.
    pub unsupported: bool,
}

type CResult<T> = Result<T, CompileError>;

fn unsupported<T>(what: &str, line: u32, col: u32) -> CResult<T> {
    Err(CompileError {
        msg: format!("not supported by Interleave: {what}"),
        line,
        col,
        unsupported: true,
    })
}

fn syntax<T>(msg: &str, line: u32, col: u32) -> CResult<T> {
    Err(CompileError {
        msg: msg.to_string(),
        line,
        col,
        unsupported: false,
    })
}

/// Compile a parsed module. `filename` is what tracebacks will show.
pub fn compile_module(module: &ast::Module, filename: &str) -> CResult<Rc<Code>> {
    let table = SymbolTable::build(module).map_err(|e| CompileError {
        msg: e.msg,
        line: e.line.max(1),
        col: e.col,
        unsupported: false,
    })?;
    let filename: Rc<str> = Rc::from(filename);
    let scope = table.scope(0).cloned().unwrap_or_default();
    let mut unit = Unit::new(
        "<module>",
        "<module>",
        filename.clone(),
        CodeKind::Module,
        scope,
        1,
    );
    let mut c = Compiler {
        table: &table,
        filename,
    };
    c.body(&mut unit, &module.body)?;
    let none = unit.add_const(Const::None);
    unit.emit(Instr::LoadConst(none), 0);
    unit.emit(Instr::Return, 0);
    Ok(Rc::new(unit.finish()))
}

/// A block that `break`, `continue` and `return` must unwind.
enum Block<'a> {
    /// A loop: where `continue` goes, the `break` jumps to patch, and whether an iterator is on
    /// the stack (a `for` loop).
    Loop {
        start: u32,
        breaks: Vec<usize>,
        has_iter: bool,
    },
    /// A `try` body with an exception handler installed.
    Handler,
    /// A `try` body whose `finally` must run on the way out.
    Finally(&'a [Stmt]),
    /// An `except` body (the handled exception must be restored).
    ExceptBody,
    /// A `with` body: `__exit__` is on the stack.
    With,
    /// An `async with` body (on this line): `__aexit__` is on the stack.
    AsyncWith(u32),
}

/// One code object under construction.
struct Unit<'a> {
    name: Rc<str>,
    qualname: Rc<str>,
    filename: Rc<str>,
    kind: CodeKind,
    scope: ScopeInfo,
    instrs: Vec<Instr>,
    lines: Vec<u32>,
    consts: Vec<Const>,
    names: Vec<Rc<str>>,
    name_index: HashMap<Rc<str>, u32>,
    varnames: Vec<Rc<str>>,
    var_index: HashMap<Rc<str>, u32>,
    cellvars: Vec<Rc<str>>,
    freevars: Vec<Rc<str>>,
    line: u32,
    span: Span,
    spans: Vec<Span>,
    firstline: u32,
    blocks: Vec<Block<'a>>,
    argcount: u32,
    posonly: u32,
    kwonly: u32,
    varargs: bool,
    varkw: bool,
}

impl<'a> Unit<'a> {
    fn new(
        name: &str,
        qualname: &str,
        filename: Rc<str>,
        kind: CodeKind,
        scope: ScopeInfo,
        firstline: u32,
    ) -> Self {
        let cellvars: Vec<Rc<str>> = scope.cells.iter().map(|s| Rc::from(s.as_str())).collect();
        let freevars: Vec<Rc<str>> = scope.frees.iter().map(|s| Rc::from(s.as_str())).collect();
        let mut u = Unit {
            name: Rc::from(name),
            qualname: Rc::from(qualname),
            filename,
            kind,
            scope,
            instrs: Vec::new(),
            lines: Vec::new(),
            consts: Vec::new(),
            names: Vec::new(),
            name_index: HashMap::new(),
            varnames: Vec::new(),
            var_index: HashMap::new(),
            cellvars,
            freevars,
            line: firstline,
            span: Span {
                line: firstline,
                col: 0,
                end_line: firstline,
                end_col: u32::MAX,
            },
            spans: Vec::new(),
            firstline,
            blocks: Vec::new(),
            argcount: 0,
            posonly: 0,
            kwonly: 0,
            varargs: false,
            varkw: false,
        };
        for p in u.scope.params.clone() {
            u.var(&p);
        }
        u
    }

    fn emit(&mut self, i: Instr, line: u32) -> usize {
        self.instrs.push(i);
        self.lines.push(if line == 0 { self.line } else { line });
        self.spans.push(if line == 0 || line == self.span.line {
            self.span
        } else {
            Span::whole_line(line)
        });
        self.instrs.len() - 1
    }

    /// Set the source position of the instructions emitted next.
    fn set_pos(&mut self, r: ast::Range) {
        self.line = r.line;
        self.span = Span {
            line: r.line,
            col: r.col,
            end_line: r.end_line,
            end_col: r.end_col,
        };
    }

    fn op(&mut self, i: Instr) -> usize {
        let line = self.line;
        self.emit(i, line)
    }

    fn here(&self) -> u32 {
        self.instrs.len() as u32
    }

    /// Point the jump at `at` to the current position.
    fn patch(&mut self, at: usize) {
        let target = self.here();
        self.patch_to(at, target);
    }

    fn patch_to(&mut self, at: usize, target: u32) {
        if let Some(
            Instr::Jump(t)
            | Instr::PopJumpIfFalse(t)
            | Instr::PopJumpIfTrue(t)
            | Instr::JumpIfFalseOrPop(t)
            | Instr::JumpIfTrueOrPop(t)
            | Instr::ForIter(t)
            | Instr::SetupExcept(t)
            | Instr::SetupWithHandler(t)
            | Instr::YieldFrom(t),
        ) = self.instrs.get_mut(at)
        {
            *t = target;
        }
    }

    fn add_const(&mut self, c: Const) -> u32 {
        // Deduplicate simple constants; code objects are always new.
        let same = |a: &Const, b: &Const| match (a, b) {
            (Const::None, Const::None) | (Const::Ellipsis, Const::Ellipsis) => true,
            (Const::Bool(x), Const::Bool(y)) => x == y,
            (Const::Int(x), Const::Int(y)) => x == y,
            (Const::Str(x), Const::Str(y)) => x == y,
            (Const::Bytes(x), Const::Bytes(y)) => x == y,
            (Const::Float(x), Const::Float(y)) => x.to_bits() == y.to_bits(),
            _ => false,
        };
        if let Some(i) = self.consts.iter().position(|k| same(k, &c)) {
            return i as u32;
        }
        self.consts.push(c);
        (self.consts.len() - 1) as u32
    }

    fn name(&mut self, n: &str) -> u32 {
        if let Some(&i) = self.name_index.get(n) {
            return i;
        }
        let rc: Rc<str> = Rc::from(n);
        let i = self.names.len() as u32;
        self.names.push(rc.clone());
        self.name_index.insert(rc, i);
        i
    }

    fn var(&mut self, n: &str) -> u32 {
        if let Some(&i) = self.var_index.get(n) {
            return i;
        }
        let rc: Rc<str> = Rc::from(n);
        let i = self.varnames.len() as u32;
        self.varnames.push(rc.clone());
        self.var_index.insert(rc, i);
        i
    }

    fn deref_index(&self, n: &str) -> u32 {
        if let Some(i) = self.cellvars.iter().position(|c| &**c == n) {
            return i as u32;
        }
        let free = self.freevars.iter().position(|c| &**c == n).unwrap_or(0);
        (self.cellvars.len() + free) as u32
    }

    fn finish(self) -> Code {
        let cell_params = self
            .cellvars
            .iter()
            .enumerate()
            .filter_map(|(ci, name)| self.var_index.get(name).map(|&slot| (ci as u32, slot)))
            .filter(|&(_, slot)| (slot as usize) < self.scope.params.len())
            .collect();
        let caches = vec![Default::default(); self.instrs.len()];
        Code {
            caches,
            name: self.name,
            qualname: self.qualname,
            library: self.filename.starts_with("<frozen"),
            filename: self.filename,
            kind: self.kind,
            instrs: self.instrs,
            lines: self.lines,
            spans: self.spans,
            consts: self.consts,
            names: self.names,
            varnames: self.varnames,
            cellvars: self.cellvars,
            freevars: self.freevars,
            cell_params,
            argcount: self.argcount,
            posonlyargcount: self.posonly,
            kwonlyargcount: self.kwonly,
            varargs: self.varargs,
            varkeywords: self.varkw,
            firstline: self.firstline,
        }
    }
}

struct Compiler<'t> {
    table: &'t SymbolTable,
    filename: Rc<str>,
}

/// How an assignment target's value arrives: on the stack.
impl<'t> Compiler<'t> {
    fn body<'a>(&mut self, u: &mut Unit<'a>, body: &'a [Stmt]) -> CResult<()> {
        for s in body {
            self.stmt(u, s)?;
        }
        Ok(())
    }

    fn load_name(&mut self, u: &mut Unit<'_>, id: &str) {
        match u.scope.lookup(id) {
            NameScope::Fast => {
                let i = u.var(id);
                u.op(Instr::LoadFast(i));
            }
            NameScope::Cell | NameScope::Free => {
                let i = u.deref_index(id);
                u.op(Instr::LoadDeref(i));
            }
            NameScope::Global => {
                let i = u.name(id);
                u.op(Instr::LoadGlobal(i));
            }
            NameScope::Name => {
                let i = u.name(id);
                u.op(Instr::LoadName(i));
            }
        }
    }

    fn store_name(&mut self, u: &mut Unit<'_>, id: &str) {
        match u.scope.lookup(id) {
            NameScope::Fast => {
                let i = u.var(id);
                u.op(Instr::StoreFast(i));
            }
            NameScope::Cell | NameScope::Free => {
                let i = u.deref_index(id);
                u.op(Instr::StoreDeref(i));
            }
            NameScope::Global => {
                let i = u.name(id);
                u.op(Instr::StoreGlobal(i));
            }
            NameScope::Name => {
                let i = u.name(id);
                u.op(Instr::StoreName(i));
            }
        }
    }

    fn delete_name(&mut self, u: &mut Unit<'_>, id: &str, line: u32, col: u32) -> CResult<()> {
        match u.scope.lookup(id) {
            NameScope::Fast => {
                let i = u.var(id);
                u.op(Instr::DeleteFast(i));
            }
            NameScope::Cell | NameScope::Free => {
                return unsupported("deleting a variable that an inner function uses", line, col)
            }
            NameScope::Global => {
                let i = u.name(id);
                u.op(Instr::DeleteGlobal(i));
            }
            NameScope::Name => {
                let i = u.name(id);
                u.op(Instr::DeleteName(i));
            }
        }
        Ok(())
    }

    fn stmt<'a>(&mut self, u: &mut Unit<'a>, s: &'a Stmt) -> CResult<()> {
        u.set_pos(s.range());
        match &s.kind {
            StmtKind::Expr { value } => {
                self.expr(u, value)?;
                u.op(Instr::Pop);
            }
            StmtKind::Assign { targets, value } => {
                self.expr(u, value)?;
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < targets.len() {
                        u.op(Instr::Dup);
                    }
                    self.store(u, t)?;
                }
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(u, target, *op, value)?,
            StmtKind::AnnAssign { target, value, .. } => {
                if let Some(v) = value {
                    self.expr(u, v)?;
                    self.store(u, target)?;
                }
            }
            StmtKind::Pass => {
                u.op(Instr::Nop);
            }
            StmtKind::If { test, body, orelse } => {
                self.expr(u, test)?;
                let jf = u.op(Instr::PopJumpIfFalse(0));
                self.body(u, body)?;
                if orelse.is_empty() {
                    u.patch(jf);
                } else {
                    let jend = u.op(Instr::Jump(0));
                    u.patch(jf);
                    self.body(u, orelse)?;
                    u.patch(jend);
                }
            }
            StmtKind::While { test, body, orelse } => {
                let start = u.here();
                self.expr(u, test)?;
                let jf = u.op(Instr::PopJumpIfFalse(0));
                u.blocks.push(Block::Loop {
                    start,
                    breaks: Vec::new(),
                    has_iter: false,
                });
                self.body(u, body)?;
                u.set_pos(s.range());
                u.op(Instr::Jump(start));
                let breaks = match u.blocks.pop() {
                    Some(Block::Loop { breaks, .. }) => breaks,
                    _ => Vec::new(),
                };
                u.patch(jf);
                self.body(u, orelse)?;
                for b in breaks {
                    u.patch(b);
                }
            }
            StmtKind::For(f) => {
                self.expr(u, &f.iter)?;
                u.op(Instr::GetIter);
                let start = u.here();
                let fi = u.op(Instr::ForIter(0));
                self.store(u, &f.target)?;
                u.blocks.push(Block::Loop {
                    start,
                    breaks: Vec::new(),
                    has_iter: true,
                });
                self.body(u, &f.body)?;
                u.set_pos(s.range());
                u.op(Instr::Jump(start));
                let breaks = match u.blocks.pop() {
                    Some(Block::Loop { breaks, .. }) => breaks,
                    _ => Vec::new(),
                };
                u.patch(fi);
                self.body(u, &f.orelse)?;
                for b in breaks {
                    u.patch(b);
                }
            }
            StmtKind::Break | StmtKind::Continue => {
                let is_break = matches!(s.kind, StmtKind::Break);
                let Some(loop_at) = u
                    .blocks
                    .iter()
                    .rposition(|b| matches!(b, Block::Loop { .. }))
                else {
                    let word = if is_break {
                        "'break' outside loop"
                    } else {
                        "'continue' not properly in loop"
                    };
                    return syntax(word, s.line, s.col);
                };
                self.unwind(u, loop_at + 1, false)?;
                if is_break {
                    if let Some(Block::Loop { has_iter: true, .. }) = u.blocks.get(loop_at) {
                        u.op(Instr::Pop);
                    }
                    let j = u.op(Instr::Jump(0));
                    if let Some(Block::Loop { breaks, .. }) = u.blocks.get_mut(loop_at) {
                        breaks.push(j);
                    }
                } else if let Some(Block::Loop { start, .. }) = u.blocks.get(loop_at) {
                    let start = *start;
                    u.op(Instr::Jump(start));
                }
            }
            StmtKind::Return { value } => {
                if !matches!(
                    u.kind,
                    CodeKind::Function | CodeKind::Generator | CodeKind::Coroutine
                ) {
                    return syntax("'return' outside function", s.line, s.col);
                }
                match value {
                    Some(v) => self.expr(u, v)?,
                    None => {
                        let c = u.add_const(Const::None);
                        u.op(Instr::LoadConst(c));
                    }
                }
                self.unwind(u, 0, true)?;
                u.op(Instr::Return);
            }
            StmtKind::FunctionDef(f) => {
                self.function_def(u, s, f, false)?;
            }
            StmtKind::AsyncFunctionDef(f) => {
                self.function_def(u, s, f, true)?;
            }
            StmtKind::ClassDef {
                name,
                bases,
                keywords,
                body,
                decorator_list,
            } => {
                self.class_def(u, s, name, bases, keywords, body, decorator_list)?;
            }
            StmtKind::Delete { targets } => {
                for t in targets {
                    self.delete(u, t)?;
                }
            }
            StmtKind::Raise { exc, cause } => match (exc, cause) {
                (None, _) => {
                    u.op(Instr::Raise(0));
                }
                (Some(e), None) => {
                    self.expr(u, e)?;
                    u.op(Instr::Raise(1));
                }
                (Some(e), Some(c)) => {
                    self.expr(u, e)?;
                    self.expr(u, c)?;
                    u.op(Instr::Raise(2));
                }
            },
            StmtKind::Assert { test, msg } => {
                self.expr(u, test)?;
                let jt = u.op(Instr::PopJumpIfTrue(0));
                if let Some(m) = msg {
                    self.expr(u, m)?;
                }
                // CPython's traceback marks the asserted expression.
                u.set_pos(ast::Range {
                    line: test.line,
                    col: test.col,
                    end_line: test.end_line,
                    end_col: test.end_col,
                });
                u.op(Instr::RaiseAssert(msg.is_some()));
                u.patch(jt);
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                if finalbody.is_empty() {
                    self.try_except(u, body, handlers, orelse)?;
                } else {
                    self.try_finally(u, s, body, handlers, orelse, finalbody)?;
                }
            }
            StmtKind::With(w) => self.with(u, &w.items, &w.body, s.line)?,
            StmtKind::Import { names } => {
                for a in names {
                    // ImportName leaves the named (innermost) module on the stack.
                    let n = u.add_const(Const::Str(crate::pystr::PyStr::from(a.name.as_str())));
                    u.op(Instr::ImportName(n));
                    match &a.asname {
                        // `import a.b as c` binds the submodule.
                        Some(alias) => self.store_name(u, alias),
                        None => {
                            // `import a.b` binds the top package `a`.
                            let top = a.name.split('.').next().unwrap_or(&a.name).to_string();
                            if top != a.name {
                                u.op(Instr::Pop);
                                let t = u
                                    .add_const(Const::Str(crate::pystr::PyStr::from(top.as_str())));
                                u.op(Instr::ImportName(t));
                            }
                            self.store_name(u, &top);
                        }
                    }
                }
            }
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => {
                if *level > 0 {
                    return unsupported("relative imports", s.line, s.col);
                }
                let m = module.clone().unwrap_or_default();
                let n = u.add_const(Const::Str(crate::pystr::PyStr::from(m.as_str())));
                u.op(Instr::ImportName(n));
                for a in names {
                    if a.name == "*" {
                        return unsupported("'from module import *'", s.line, s.col);
                    }
                    let i = u.name(&a.name);
                    u.op(Instr::ImportFrom(i));
                    let bound = a.asname.clone().unwrap_or_else(|| a.name.clone());
                    self.store_name(u, &bound);
                }
                u.op(Instr::Pop);
            }
            StmtKind::Global { .. } | StmtKind::Nonlocal { .. } => {}
            StmtKind::AsyncFor(f) => {
                if u.kind != CodeKind::Coroutine {
                    return syntax("'async for' outside async function", s.line, s.col);
                }
                self.async_for(u, s, f)?;
            }
            StmtKind::AsyncWith(w) => {
                if u.kind != CodeKind::Coroutine {
                    return syntax("'async with' outside async function", s.line, s.col);
                }
                self.async_with(u, &w.items, &w.body, s.line)?;
            }
        }
        Ok(())
    }

    /// Unwind blocks above `down_to` for a jump out of them. With `keep_tos`, a return value is
    /// on top of the stack and must survive.
    fn unwind<'a>(&mut self, u: &mut Unit<'a>, down_to: usize, keep_tos: bool) -> CResult<()> {
        let mut i = u.blocks.len();
        while i > down_to {
            i -= 1;
            match &u.blocks[i] {
                Block::Loop { has_iter, .. } => {
                    if *has_iter && keep_tos {
                        u.op(Instr::Rot2);
                        u.op(Instr::Pop);
                    }
                }
                Block::Handler => {
                    u.op(Instr::PopBlock);
                }
                Block::ExceptBody => {
                    u.op(Instr::PopExcept);
                }
                Block::With => {
                    u.op(Instr::PopBlock);
                    if keep_tos {
                        u.op(Instr::Rot2);
                    }
                    u.op(Instr::WithExitNormal);
                }
                Block::AsyncWith(line) => {
                    let line = *line;
                    u.op(Instr::PopBlock);
                    if keep_tos {
                        u.op(Instr::Rot2);
                    }
                    self.async_exit_normal(u, line);
                }
                Block::Finally(body) => {
                    let body: &'a [Stmt] = body;
                    u.op(Instr::PopBlock);
                    // Run the finally body outside its own block (a `return` inside it must not
                    // run it again).
                    let saved: Vec<Block<'a>> = u.blocks.drain(i..).collect();
                    self.body(u, body)?;
                    u.blocks.extend(saved);
                }
            }
        }
        Ok(())
    }

    fn try_except<'a>(
        &mut self,
        u: &mut Unit<'a>,
        body: &'a [Stmt],
        handlers: &'a [ast::ExceptHandler],
        orelse: &'a [Stmt],
    ) -> CResult<()> {
        let setup = u.op(Instr::SetupExcept(0));
        u.blocks.push(Block::Handler);
        self.body(u, body)?;
        u.blocks.pop();
        u.op(Instr::PopBlock);
        self.body(u, orelse)?;
        let to_end = u.op(Instr::Jump(0));
        u.patch(setup);
        // Stack: exc. The handled-exception stack has it too.
        let mut ends = vec![to_end];
        for h in handlers {
            u.set_pos(h.range);
            let mut next = None;
            if let Some(t) = &h.typ {
                self.expr(u, t)?;
                u.op(Instr::ExceptionMatch);
                next = Some(u.op(Instr::PopJumpIfFalse(0)));
            }
            match &h.name {
                Some(n) => self.store_name(u, n),
                None => {
                    u.op(Instr::Pop);
                }
            }
            u.blocks.push(Block::ExceptBody);
            self.body(u, &h.body)?;
            u.blocks.pop();
            u.op(Instr::PopExcept);
            if let Some(n) = &h.name {
                // CPython deletes the name after the handler.
                let c = u.add_const(Const::None);
                u.op(Instr::LoadConst(c));
                self.store_name(u, n);
                self.delete_name(u, n, h.range.line, h.range.col)?;
            }
            ends.push(u.op(Instr::Jump(0)));
            match next {
                Some(j) => u.patch(j),
                None => break, // a bare except catches everything; later clauses are unreachable
            }
        }
        u.op(Instr::Reraise);
        for e in ends {
            u.patch(e);
        }
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn try_finally<'a>(
        &mut self,
        u: &mut Unit<'a>,
        s: &'a Stmt,
        body: &'a [Stmt],
        handlers: &'a [ast::ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
    ) -> CResult<()> {
        let setup = u.op(Instr::SetupExcept(0));
        u.blocks.push(Block::Finally(finalbody));
        if handlers.is_empty() {
            self.body(u, body)?;
        } else {
            self.try_except(u, body, handlers, orelse)?;
        }
        u.blocks.pop();
        u.op(Instr::PopBlock);
        self.body(u, finalbody)?;
        let to_end = u.op(Instr::Jump(0));
        u.patch(setup);
        u.set_pos(s.range());
        // Exception path: exc on the stack; run the body and re-raise.
        u.blocks.push(Block::ExceptBody);
        self.body(u, finalbody)?;
        u.blocks.pop();
        u.op(Instr::Reraise);
        u.patch(to_end);
        Ok(())
    }

    fn with<'a>(
        &mut self,
        u: &mut Unit<'a>,
        items: &'a [ast::WithItem],
        body: &'a [Stmt],
        line: u32,
    ) -> CResult<()> {
        let Some((first, rest)) = items.split_first() else {
            return self.body(u, body);
        };
        self.expr(u, &first.context_expr)?;
        u.line = line;
        u.op(Instr::SetupWith);
        u.op(Instr::Call(0));
        let setup = u.op(Instr::SetupWithHandler(0));
        u.blocks.push(Block::With);
        match &first.optional_vars {
            Some(t) => self.store(u, t)?,
            None => {
                u.op(Instr::Pop);
            }
        }
        if rest.is_empty() {
            self.body(u, body)?;
        } else {
            self.with(u, rest, body, line)?;
        }
        u.blocks.pop();
        u.line = line;
        u.op(Instr::PopBlock);
        u.op(Instr::WithExitNormal);
        let to_end = u.op(Instr::Jump(0));
        u.patch(setup);
        // Stack: exit, exc.
        u.op(Instr::WithExitExc);
        // Stack: exc, suppressed?
        let jt = u.op(Instr::PopJumpIfTrue(0));
        u.op(Instr::Reraise);
        u.patch(jt);
        u.op(Instr::Pop);
        u.op(Instr::PopExcept);
        u.patch(to_end);
        Ok(())
    }

    /// `async with`: like `with`, with `__aenter__()` and `__aexit__(...)` awaited.
    fn async_with<'a>(
        &mut self,
        u: &mut Unit<'a>,
        items: &'a [ast::WithItem],
        body: &'a [Stmt],
        line: u32,
    ) -> CResult<()> {
        let Some((first, rest)) = items.split_first() else {
            return self.body(u, body);
        };
        self.expr(u, &first.context_expr)?;
        u.line = line;
        u.op(Instr::SetupAsyncWith);
        u.op(Instr::Call(0));
        u.op(Instr::GetAwaitable(1));
        self.delegate(u);
        // Stack: aexit, entered value.
        let setup = u.op(Instr::SetupWithHandler(0));
        u.blocks.push(Block::AsyncWith(line));
        match &first.optional_vars {
            Some(t) => self.store(u, t)?,
            None => {
                u.op(Instr::Pop);
            }
        }
        if rest.is_empty() {
            self.body(u, body)?;
        } else {
            self.async_with(u, rest, body, line)?;
        }
        u.blocks.pop();
        u.line = line;
        u.op(Instr::PopBlock);
        self.async_exit_normal(u, line);
        let to_end = u.op(Instr::Jump(0));
        u.patch(setup);
        // Stack: aexit, exc.
        u.line = line;
        u.op(Instr::WithExitExc);
        // Stack: exc, awaitable.
        u.op(Instr::GetAwaitable(2));
        self.delegate(u);
        let jt = u.op(Instr::PopJumpIfTrue(0));
        u.op(Instr::Reraise);
        u.patch(jt);
        u.op(Instr::Pop);
        u.op(Instr::PopExcept);
        u.patch(to_end);
        Ok(())
    }

    /// Leave an `async with` normally: `await aexit(None, None, None)` (aexit is TOS).
    fn async_exit_normal(&mut self, u: &mut Unit<'_>, line: u32) {
        let saved = u.line;
        u.line = line;
        let none = u.add_const(Const::None);
        for _ in 0..3 {
            u.op(Instr::LoadConst(none));
        }
        u.op(Instr::Call(3));
        u.op(Instr::GetAwaitable(2));
        self.delegate(u);
        u.op(Instr::Pop);
        u.line = saved;
    }

    /// `async for`: `__aiter__` once, then `await __anext__()` until StopAsyncIteration.
    fn async_for<'a>(&mut self, u: &mut Unit<'a>, s: &'a Stmt, f: &'a ast::For) -> CResult<()> {
        self.expr(u, &f.iter)?;
        u.set_pos(s.range());
        u.op(Instr::GetAIter);
        let start = u.here();
        let setup = u.op(Instr::SetupExcept(0));
        u.op(Instr::GetANext);
        u.op(Instr::GetAwaitable(3));
        self.delegate(u);
        u.op(Instr::PopBlock);
        self.store(u, &f.target)?;
        u.blocks.push(Block::Loop {
            start,
            breaks: Vec::new(),
            has_iter: true,
        });
        self.body(u, &f.body)?;
        u.set_pos(s.range());
        u.op(Instr::Jump(start));
        let breaks = match u.blocks.pop() {
            Some(Block::Loop { breaks, .. }) => breaks,
            _ => Vec::new(),
        };
        u.patch(setup);
        // Stack: aiter, exc.
        u.op(Instr::EndAsyncFor);
        self.body(u, &f.orelse)?;
        for b in breaks {
            u.patch(b);
        }
        Ok(())
    }

    fn aug_assign(
        &mut self,
        u: &mut Unit<'_>,
        target: &Expr,
        op: ast::Operator,
        value: &Expr,
    ) -> CResult<()> {
        let bop = bin_op(op);
        match &target.kind {
            ExprKind::Name { id, .. } => {
                // An unbound name is reported at the target (`total` in `total += n`).
                u.set_pos(target.range());
                self.load_name(u, id);
                self.expr(u, value)?;
                u.set_pos(target.range());
                u.op(Instr::Binary(bop, true));
                self.store_name(u, id);
            }
            ExprKind::Attribute {
                value: obj, attr, ..
            } => {
                self.expr(u, obj)?;
                u.op(Instr::Dup);
                let i = u.name(attr);
                u.op(Instr::LoadAttr(i));
                self.expr(u, value)?;
                u.set_pos(target.range());
                u.op(Instr::Binary(bop, true));
                u.op(Instr::Rot2);
                u.op(Instr::StoreAttr(i));
            }
            ExprKind::Subscript {
                value: obj, slice, ..
            } => {
                self.expr(u, obj)?;
                self.expr(u, slice)?;
                u.op(Instr::Dup2);
                u.op(Instr::Subscript);
                self.expr(u, value)?;
                u.set_pos(target.range());
                u.op(Instr::Binary(bop, true));
                u.op(Instr::Rot3);
                u.op(Instr::StoreSubscr);
            }
            _ => {
                return syntax(
                    "'expression' is an illegal expression for augmented assignment",
                    target.line,
                    target.col,
                )
            }
        }
        Ok(())
    }

    /// Store TOS into a target.
    fn store(&mut self, u: &mut Unit<'_>, t: &Expr) -> CResult<()> {
        match &t.kind {
            ExprKind::Name { id, .. } => self.store_name(u, id),
            ExprKind::Attribute { value, attr, .. } => {
                self.expr(u, value)?;
                let i = u.name(attr);
                u.op(Instr::StoreAttr(i));
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(u, value)?;
                self.expr(u, slice)?;
                u.op(Instr::StoreSubscr);
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                let star = elts
                    .iter()
                    .position(|e| matches!(e.kind, ExprKind::Starred { .. }));
                match star {
                    None => {
                        u.op(Instr::UnpackSequence(elts.len() as u32));
                    }
                    Some(k) => {
                        if elts
                            .iter()
                            .filter(|e| matches!(e.kind, ExprKind::Starred { .. }))
                            .count()
                            > 1
                        {
                            return syntax(
                                "multiple starred expressions in assignment",
                                t.line,
                                t.col,
                            );
                        }
                        u.op(Instr::UnpackEx(k as u32, (elts.len() - k - 1) as u32));
                    }
                }
                for e in elts {
                    match &e.kind {
                        ExprKind::Starred { value, .. } => self.store(u, value)?,
                        _ => self.store(u, e)?,
                    }
                }
            }
            ExprKind::Starred { .. } => {
                return syntax(
                    "starred assignment target must be in a list or tuple",
                    t.line,
                    t.col,
                )
            }
            _ => return syntax("cannot assign to expression", t.line, t.col),
        }
        Ok(())
    }

    fn delete(&mut self, u: &mut Unit<'_>, t: &Expr) -> CResult<()> {
        match &t.kind {
            ExprKind::Name { id, .. } => self.delete_name(u, id, t.line, t.col)?,
            ExprKind::Attribute { value, attr, .. } => {
                self.expr(u, value)?;
                let i = u.name(attr);
                u.op(Instr::DeleteAttr(i));
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(u, value)?;
                self.expr(u, slice)?;
                u.op(Instr::DeleteSubscr);
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                for e in elts {
                    self.delete(u, e)?;
                }
            }
            _ => return syntax("cannot delete expression", t.line, t.col),
        }
        Ok(())
    }

    /// Emit the parameter defaults and return the MakeFunction flags.
    fn defaults(&mut self, u: &mut Unit<'_>, args: &ast::Arguments) -> CResult<u8> {
        let mut flags = 0;
        if !args.defaults.is_empty() {
            for d in &args.defaults {
                self.expr(u, d)?;
            }
            u.op(Instr::BuildTuple(args.defaults.len() as u32));
            flags |= 1;
        }
        let kw: Vec<(&ast::Arg, &Expr)> = args
            .kwonlyargs
            .iter()
            .zip(&args.kw_defaults)
            .filter_map(|(a, d)| d.as_ref().map(|d| (a, d)))
            .collect();
        if !kw.is_empty() {
            for (a, d) in &kw {
                let c = u.add_const(Const::Str(crate::pystr::PyStr::from(a.arg.as_str())));
                u.op(Instr::LoadConst(c));
                self.expr(u, d)?;
            }
            u.op(Instr::BuildMap(kw.len() as u32));
            flags |= 2;
        }
        Ok(flags)
    }

    /// Compile a nested function-like scope and emit MakeFunction for it.
    #[allow(clippy::too_many_arguments)]
    fn make_function<'a>(
        &mut self,
        u: &mut Unit<'_>,
        key: usize,
        name: &str,
        args: &ast::Arguments,
        kind: CodeKind,
        line: u32,
        flags: u8,
        emit_body: &mut dyn FnMut(&mut Compiler<'t>, &mut Unit<'a>) -> CResult<()>,
    ) -> CResult<()> {
        let scope = self.table.scope(key).cloned().unwrap_or_default();
        let kind = if kind == CodeKind::Function && scope.is_generator {
            CodeKind::Generator
        } else {
            kind
        };
        let qualname = match u.kind {
            CodeKind::Module => name.to_string(),
            CodeKind::Class => format!("{}.{}", u.qualname, name),
            _ => format!("{}.<locals>.{}", u.qualname, name),
        };
        let mut inner = Unit::new(name, &qualname, self.filename.clone(), kind, scope, line);
        inner.argcount = (args.posonlyargs.len() + args.args.len()) as u32;
        inner.posonly = args.posonlyargs.len() as u32;
        inner.kwonly = args.kwonlyargs.len() as u32;
        inner.varargs = args.vararg.is_some();
        inner.varkw = args.kwarg.is_some();
        emit_body(self, &mut inner)?;
        let none = inner.add_const(Const::None);
        inner.emit(Instr::LoadConst(none), 0);
        inner.emit(Instr::Return, 0);
        let code = inner.finish();
        let mut flags = flags;
        if !code.freevars.is_empty() {
            for fv in code.freevars.clone().iter() {
                let i = u.deref_index(fv);
                u.op(Instr::LoadClosure(i));
            }
            u.op(Instr::BuildTuple(code.freevars.len() as u32));
            flags |= 8;
        }
        let c = u.add_const(Const::Code(Rc::new(code)));
        u.op(Instr::LoadConst(c));
        u.op(Instr::MakeFunction(flags));
        Ok(())
    }

    fn function_def<'a>(
        &mut self,
        u: &mut Unit<'a>,
        s: &'a Stmt,
        f: &'a ast::FunctionDef,
        is_async: bool,
    ) -> CResult<()> {
        for d in &f.decorator_list {
            self.expr(u, d)?;
        }
        let flags = self.defaults(u, &f.args)?;
        let kind = if is_async {
            CodeKind::Coroutine
        } else {
            CodeKind::Function
        };
        let body: &'a [Stmt] = &f.body;
        let line = f.decorator_list.first().map(|d| d.line).unwrap_or(s.line);
        self.make_function(
            u,
            stmt_key(s),
            &f.name,
            &f.args,
            kind,
            line,
            flags,
            &mut |c, inner| {
                inner.set_pos(s.range());
                c.body(inner, body)
            },
        )?;
        u.set_pos(s.range());
        for _ in &f.decorator_list {
            u.op(Instr::Call(1));
        }
        self.store_name(u, &f.name);
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn class_def<'a>(
        &mut self,
        u: &mut Unit<'a>,
        s: &'a Stmt,
        name: &str,
        bases: &'a [Expr],
        keywords: &'a [ast::Keyword],
        body: &'a [Stmt],
        decorators: &'a [Expr],
    ) -> CResult<()> {
        if keywords
            .iter()
            .any(|k| k.arg.is_none() || k.arg.as_deref() == Some("metaclass"))
        {
            return unsupported("class keyword arguments such as metaclass=", s.line, s.col);
        }
        for d in decorators {
            self.expr(u, d)?;
        }
        let scope = self.table.scope(stmt_key(s)).cloned().unwrap_or_default();
        let qualname = match u.kind {
            CodeKind::Module => name.to_string(),
            CodeKind::Class => format!("{}.{}", u.qualname, name),
            _ => format!("{}.<locals>.{}", u.qualname, name),
        };
        let mut inner = Unit::new(
            name,
            &qualname,
            self.filename.clone(),
            CodeKind::Class,
            scope,
            s.line,
        );
        inner.set_pos(s.range());
        // __module__ and __qualname__ as CPython sets them.
        let q = inner.add_const(Const::Str(crate::pystr::PyStr::from(qualname.as_str())));
        inner.op(Instr::LoadConst(q));
        let qn = inner.name("__qualname__");
        inner.op(Instr::StoreName(qn));
        self.body(&mut inner, body)?;
        let none = inner.add_const(Const::None);
        inner.emit(Instr::LoadConst(none), 0);
        inner.emit(Instr::Return, 0);
        let code = inner.finish();
        let mut flags = 0;
        if !code.freevars.is_empty() {
            for fv in code.freevars.clone().iter() {
                let i = u.deref_index(fv);
                u.op(Instr::LoadClosure(i));
            }
            u.op(Instr::BuildTuple(code.freevars.len() as u32));
            flags |= 8;
        }
        let c = u.add_const(Const::Code(Rc::new(code)));
        u.op(Instr::LoadConst(c));
        u.op(Instr::MakeFunction(flags));
        let n = u.add_const(Const::Str(crate::pystr::PyStr::from(name)));
        u.op(Instr::LoadConst(n));
        for b in bases {
            if matches!(b.kind, ExprKind::Starred { .. }) {
                return unsupported("starred base classes", b.line, b.col);
            }
            self.expr(u, b)?;
        }
        if keywords.is_empty() {
            u.set_pos(s.range());
            u.op(Instr::BuildClass(bases.len() as u32));
        } else {
            for k in keywords {
                self.expr(u, &k.value)?;
            }
            let names: Vec<crate::pystr::PyStr> = keywords
                .iter()
                .map(|k| crate::pystr::PyStr::from(k.arg.as_deref().unwrap_or("")))
                .collect();
            u.consts.push(Const::Names(names));
            let at = (u.consts.len() - 1) as u32;
            u.set_pos(s.range());
            u.op(Instr::LoadConst(at));
            u.op(Instr::BuildClassKw((bases.len() + keywords.len()) as u32));
        }
        for _ in decorators {
            u.op(Instr::Call(1));
        }
        self.store_name(u, name);
        Ok(())
    }

    fn comprehension(
        &mut self,
        u: &mut Unit<'_>,
        e: &Expr,
        generators: &[ast::Comprehension],
        kind: CompKind<'_>,
    ) -> CResult<()> {
        let (name, code_kind) = match kind {
            CompKind::List(_) => ("<listcomp>", CodeKind::Function),
            CompKind::Set(_) => ("<setcomp>", CodeKind::Function),
            CompKind::Dict(..) => ("<dictcomp>", CodeKind::Function),
            CompKind::Gen(_) => ("<genexpr>", CodeKind::Generator),
        };
        let Some(first) = generators.first() else {
            return syntax("comprehension without a 'for'", e.line, e.col);
        };
        // A list, set or dict comprehension with `await` in it is a coroutine the enclosing
        // `async def` awaits (CPython's asynchronous comprehension).
        let is_async = crate::python::check::comprehension_awaits(e);
        if is_async && matches!(kind, CompKind::Gen(_)) {
            return unsupported(
                "'await' in a generator expression (an asynchronous generator)",
                e.line,
                e.col,
            );
        }
        let code_kind = if is_async {
            CodeKind::Coroutine
        } else {
            code_kind
        };
        let args = ast::Arguments {
            args: vec![ast::Arg {
                arg: ".0".into(),
                annotation: None,
                range: ast::Range::default(),
            }],
            ..ast::Arguments::default()
        };
        let line = e.line;
        self.make_function(
            u,
            expr_key(e),
            name,
            &args,
            code_kind,
            line,
            0,
            &mut |c, inner| {
                inner.line = line;
                match kind {
                    CompKind::List(_) => {
                        inner.op(Instr::BuildList(0));
                    }
                    CompKind::Set(_) => {
                        inner.op(Instr::BuildSet(0));
                    }
                    CompKind::Dict(..) => {
                        inner.op(Instr::BuildMap(0));
                    }
                    CompKind::Gen(_) => {}
                }
                c.comp_loop(inner, generators, 0, kind)?;
                if !matches!(kind, CompKind::Gen(_)) {
                    inner.op(Instr::Return);
                }
                Ok(())
            },
        )?;
        self.expr(u, &first.iter)?;
        u.set_pos(e.range());
        u.op(Instr::GetIter);
        u.op(Instr::Call(1));
        if is_async {
            u.op(Instr::GetAwaitable(0));
            self.delegate(u);
        }
        Ok(())
    }

    fn comp_loop(
        &mut self,
        u: &mut Unit<'_>,
        gens: &[ast::Comprehension],
        depth: usize,
        kind: CompKind<'_>,
    ) -> CResult<()> {
        let Some(g) = gens.get(depth) else {
            // Innermost: produce the element.
            match kind {
                CompKind::List(elt) => {
                    self.expr(u, elt)?;
                    u.op(Instr::ListAppend((depth + 1) as u32));
                }
                CompKind::Set(elt) => {
                    self.expr(u, elt)?;
                    u.op(Instr::SetAdd((depth + 1) as u32));
                }
                CompKind::Dict(k, v) => {
                    self.expr(u, k)?;
                    self.expr(u, v)?;
                    u.op(Instr::MapAdd((depth + 1) as u32));
                }
                CompKind::Gen(elt) => {
                    self.expr(u, elt)?;
                    u.op(Instr::Yield);
                    u.op(Instr::Pop);
                }
            }
            return Ok(());
        };
        if depth == 0 {
            let i = u.var(".0");
            u.op(Instr::LoadFast(i));
        } else {
            self.expr(u, &g.iter)?;
            u.op(Instr::GetIter);
        }
        let start = u.here();
        let fi = u.op(Instr::ForIter(0));
        self.store(u, &g.target)?;
        let mut skips = Vec::new();
        for cond in &g.ifs {
            self.expr(u, cond)?;
            skips.push(u.op(Instr::PopJumpIfFalse(0)));
        }
        self.comp_loop(u, gens, depth + 1, kind)?;
        for s in skips {
            u.patch_to(s, start);
        }
        u.op(Instr::Jump(start));
        u.patch(fi);
        Ok(())
    }

    fn constant(&mut self, u: &mut Unit<'_>, c: &Constant, _e: &Expr) -> CResult<()> {
        let k = match c {
            Constant::None => Const::None,
            Constant::Bool(b) => Const::Bool(*b),
            Constant::Ellipsis => Const::Ellipsis,
            Constant::Int(i) => Const::Int(*i),
            Constant::BigInt(b) => Const::BigInt(b.digits.clone()),
            Constant::Float(f) => Const::Float(*f),
            Constant::Str(s) => Const::Str(crate::pystr::PyStr::from(s.as_str())),
            Constant::Bytes(b) => Const::Bytes(Rc::from(b.as_slice())),
        };
        let i = u.add_const(k);
        u.op(Instr::LoadConst(i));
        Ok(())
    }

    fn expr(&mut self, u: &mut Unit<'_>, e: &Expr) -> CResult<()> {
        let (saved_line, saved_span) = (u.line, u.span);
        u.set_pos(e.range());
        let r = self.expr_inner(u, e);
        u.line = saved_line;
        u.span = saved_span;
        r
    }

    fn expr_inner(&mut self, u: &mut Unit<'_>, e: &Expr) -> CResult<()> {
        match &e.kind {
            ExprKind::Constant(c) => self.constant(u, c, e)?,
            ExprKind::Name { id, .. } => self.load_name(u, id),
            ExprKind::BinOp { left, op, right } => {
                self.expr(u, left)?;
                self.expr(u, right)?;
                u.op(Instr::Binary(bin_op(*op), false));
            }
            ExprKind::UnaryOp { op, operand } => {
                self.expr(u, operand)?;
                u.op(match op {
                    ast::UnaryOp::Not => Instr::Not,
                    ast::UnaryOp::USub => Instr::Neg,
                    ast::UnaryOp::UAdd => Instr::Pos,
                    ast::UnaryOp::Invert => Instr::Invert,
                });
            }
            ExprKind::BoolOp { op, values } => {
                let mut jumps = Vec::new();
                for (i, v) in values.iter().enumerate() {
                    self.expr(u, v)?;
                    if i + 1 < values.len() {
                        jumps.push(u.op(match op {
                            ast::BoolOp::And => Instr::JumpIfFalseOrPop(0),
                            ast::BoolOp::Or => Instr::JumpIfTrueOrPop(0),
                        }));
                    }
                }
                for j in jumps {
                    u.patch(j);
                }
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => {
                self.expr(u, left)?;
                let mut cleanups = Vec::new();
                for (i, (op, right)) in ops.iter().zip(comparators).enumerate() {
                    self.expr(u, right)?;
                    let last = i + 1 == ops.len();
                    if !last {
                        u.op(Instr::Dup);
                        u.op(Instr::Rot3);
                    }
                    u.op(compare_instr(*op));
                    if !last {
                        cleanups.push(u.op(Instr::JumpIfFalseOrPop(0)));
                    }
                }
                if !cleanups.is_empty() {
                    let end = u.op(Instr::Jump(0));
                    for c in cleanups {
                        u.patch(c);
                    }
                    // Falsy result on top, the leftover operand below it.
                    u.op(Instr::Rot2);
                    u.op(Instr::Pop);
                    u.patch(end);
                }
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(u, test)?;
                let jf = u.op(Instr::PopJumpIfFalse(0));
                self.expr(u, body)?;
                let jend = u.op(Instr::Jump(0));
                u.patch(jf);
                self.expr(u, orelse)?;
                u.patch(jend);
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => self.call(u, e, func, args, keywords)?,
            ExprKind::Attribute { value, attr, .. } => {
                self.expr(u, value)?;
                u.set_pos(e.range());
                let i = u.name(attr);
                u.op(Instr::LoadAttr(i));
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(u, value)?;
                self.expr(u, slice)?;
                u.set_pos(e.range());
                u.op(Instr::Subscript);
            }
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper] {
                    match part {
                        Some(x) => self.expr(u, x)?,
                        None => {
                            let c = u.add_const(Const::None);
                            u.op(Instr::LoadConst(c));
                        }
                    }
                }
                match step {
                    Some(x) => {
                        self.expr(u, x)?;
                        u.op(Instr::BuildSlice(3));
                    }
                    None => {
                        u.op(Instr::BuildSlice(2));
                    }
                }
            }
            ExprKind::Tuple { elts, .. } => {
                if self.starred_sequence(u, elts)? {
                    u.op(Instr::ListToTuple);
                } else {
                    u.op(Instr::BuildTuple(elts.len() as u32));
                }
            }
            ExprKind::List { elts, .. } => {
                if !self.starred_sequence(u, elts)? {
                    u.op(Instr::BuildList(elts.len() as u32));
                }
            }
            ExprKind::Set { elts } => {
                let is_const = |x: &Expr| match &x.kind {
                    ExprKind::Constant(_) => true,
                    ExprKind::UnaryOp { op, operand } => {
                        matches!(op, ast::UnaryOp::USub | ast::UnaryOp::UAdd)
                            && matches!(operand.kind, ExprKind::Constant(_))
                    }
                    _ => false,
                };
                if elts
                    .iter()
                    .any(|x| matches!(x.kind, ExprKind::Starred { .. }))
                {
                    // CPython: BUILD_SET 0, then SET_UPDATE / SET_ADD per item.
                    u.op(Instr::BuildSet(0));
                    for x in elts {
                        match &x.kind {
                            ExprKind::Starred { value, .. } => {
                                self.expr(u, value)?;
                                u.op(Instr::SetUpdate);
                            }
                            _ => {
                                self.expr(u, x)?;
                                u.op(Instr::SetAdd(1));
                            }
                        }
                    }
                } else if elts.len() > 2 && elts.iter().all(is_const) {
                    // CPython folds an all-constant display into a frozenset constant and merges
                    // it into an empty set (the table order can differ from adding one by one).
                    u.op(Instr::BuildSet(0));
                    for x in elts {
                        self.expr(u, x)?;
                    }
                    u.op(Instr::BuildSet(elts.len() as u32));
                    u.op(Instr::SetUpdate);
                } else {
                    for x in elts {
                        self.expr(u, x)?;
                    }
                    u.op(Instr::BuildSet(elts.len() as u32));
                }
            }
            ExprKind::Dict { keys, values } => {
                if keys.iter().any(Option::is_none) {
                    u.op(Instr::BuildMap(0));
                    for (k, v) in keys.iter().zip(values) {
                        match k {
                            Some(k) => {
                                self.expr(u, k)?;
                                self.expr(u, v)?;
                                u.op(Instr::BuildMap(1));
                            }
                            None => self.expr(u, v)?,
                        }
                        u.op(Instr::DictUpdate);
                    }
                } else {
                    for (k, v) in keys.iter().zip(values) {
                        if let Some(k) = k {
                            self.expr(u, k)?;
                        }
                        self.expr(u, v)?;
                    }
                    u.op(Instr::BuildMap(values.len() as u32));
                }
            }
            ExprKind::ListComp { elt, generators } => {
                self.comprehension(u, e, generators, CompKind::List(elt))?
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(u, e, generators, CompKind::Set(elt))?
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(u, e, generators, CompKind::Gen(elt))?
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(u, e, generators, CompKind::Dict(key, value))?,
            ExprKind::Lambda { args, body } => {
                let flags = self.defaults(u, args)?;
                let body: &Expr = body;
                self.make_function(
                    u,
                    expr_key(e),
                    "<lambda>",
                    args,
                    CodeKind::Function,
                    e.line,
                    flags,
                    &mut |c, inner| {
                        c.expr(inner, body)?;
                        inner.op(Instr::Return);
                        Ok(())
                    },
                )?;
            }
            ExprKind::Yield { value } => {
                if u.kind == CodeKind::Coroutine {
                    return unsupported(
                        "asynchronous generators ('yield' inside 'async def')",
                        e.line,
                        e.col,
                    );
                }
                if !matches!(u.kind, CodeKind::Function | CodeKind::Generator) {
                    return syntax("'yield' outside function", e.line, e.col);
                }
                match value {
                    Some(v) => self.expr(u, v)?,
                    None => {
                        let c = u.add_const(Const::None);
                        u.op(Instr::LoadConst(c));
                    }
                }
                u.op(Instr::Yield);
            }
            ExprKind::YieldFrom { value } => {
                if !matches!(u.kind, CodeKind::Function | CodeKind::Generator) {
                    return syntax("'yield from' outside function", e.line, e.col);
                }
                self.expr(u, value)?;
                u.op(Instr::GetIter);
                self.delegate(u);
            }
            ExprKind::Await { value } => {
                if u.kind != CodeKind::Coroutine {
                    return syntax("'await' outside async function", e.line, e.col);
                }
                self.expr(u, value)?;
                u.op(Instr::GetAwaitable(0));
                self.delegate(u);
            }
            ExprKind::JoinedStr { values } => {
                for v in values {
                    self.expr(u, v)?;
                }
                if values.len() != 1
                    || !matches!(
                        values.first().map(|v| &v.kind),
                        Some(ExprKind::FormattedValue { .. })
                    )
                {
                    u.op(Instr::BuildString(values.len() as u32));
                }
            }
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => {
                self.expr(u, value)?;
                if let Some(spec) = format_spec {
                    self.expr(u, spec)?;
                    // A spec that is a single literal still arrives as a str.
                }
                let conv = match conversion {
                    ast::Conversion::None => 0,
                    ast::Conversion::Str => 1,
                    ast::Conversion::Repr => 2,
                    ast::Conversion::Ascii => 3,
                };
                u.op(Instr::FormatValue(conv, format_spec.is_some()));
            }
            ExprKind::Starred { .. } => {
                return syntax("can't use starred expression here", e.line, e.col)
            }
        }
        Ok(())
    }

    /// `yield from` / `await` on the iterator TOS: send None first, then whatever is sent in.
    fn delegate(&mut self, u: &mut Unit<'_>) {
        let c = u.add_const(Const::None);
        u.op(Instr::LoadConst(c));
        let start = u.here();
        let send = u.op(Instr::YieldFrom(0));
        u.op(Instr::Yield);
        u.op(Instr::Jump(start));
        u.patch(send);
    }

    /// Build a list for a display with `*x` items; returns false (nothing emitted) when there is
    /// no starred item.
    fn starred_sequence(&mut self, u: &mut Unit<'_>, elts: &[Expr]) -> CResult<bool> {
        if !elts
            .iter()
            .any(|x| matches!(x.kind, ExprKind::Starred { .. }))
        {
            for x in elts {
                self.expr(u, x)?;
            }
            return Ok(false);
        }
        u.op(Instr::BuildList(0));
        for x in elts {
            match &x.kind {
                ExprKind::Starred { value, .. } => {
                    self.expr(u, value)?;
                    u.op(Instr::ListExtend);
                }
                _ => {
                    self.expr(u, x)?;
                    u.op(Instr::ListAppend(1));
                }
            }
        }
        Ok(true)
    }

    fn call(
        &mut self,
        u: &mut Unit<'_>,
        e: &Expr,
        func: &Expr,
        args: &[Expr],
        keywords: &[ast::Keyword],
    ) -> CResult<()> {
        self.expr(u, func)?;
        let has_star = args
            .iter()
            .any(|a| matches!(a.kind, ExprKind::Starred { .. }))
            || keywords.iter().any(|k| k.arg.is_none());
        if has_star {
            u.op(Instr::BuildList(0));
            for a in args {
                match &a.kind {
                    ExprKind::Starred { value, .. } => {
                        self.expr(u, value)?;
                        u.op(Instr::ListExtend);
                    }
                    _ => {
                        self.expr(u, a)?;
                        u.op(Instr::ListAppend(1));
                    }
                }
            }
            u.op(Instr::ListToTuple);
            if keywords.is_empty() {
                let c = u.add_const(Const::None);
                u.op(Instr::LoadConst(c));
            } else {
                u.op(Instr::BuildMap(0));
                for k in keywords {
                    match &k.arg {
                        Some(name) => {
                            let c =
                                u.add_const(Const::Str(crate::pystr::PyStr::from(name.as_str())));
                            u.op(Instr::LoadConst(c));
                            self.expr(u, &k.value)?;
                            u.op(Instr::BuildMap(1));
                        }
                        None => self.expr(u, &k.value)?,
                    }
                    u.op(Instr::DictUpdate);
                }
            }
            u.set_pos(e.range());
            u.op(Instr::CallEx);
            return Ok(());
        }
        for a in args {
            self.expr(u, a)?;
        }
        if keywords.is_empty() {
            u.set_pos(e.range());
            let op = match literal_attr_call(func, args) {
                Some((false, name)) => Instr::CallGetattr(u.name(name)),
                Some((true, name)) => Instr::CallSetattr(u.name(name)),
                None => Instr::Call(args.len() as u32),
            };
            u.op(op);
        } else {
            for k in keywords {
                self.expr(u, &k.value)?;
            }
            let names: Vec<crate::pystr::PyStr> = keywords
                .iter()
                .map(|k| crate::pystr::PyStr::from(k.arg.as_deref().unwrap_or("")))
                .collect();
            u.consts.push(Const::Names(names));
            let at = (u.consts.len() - 1) as u32;
            u.set_pos(e.range());
            u.op(Instr::LoadConst(at));
            u.op(Instr::CallKw((args.len() + keywords.len()) as u32));
        }
        Ok(())
    }
}

#[derive(Clone, Copy)]
enum CompKind<'e> {
    List(&'e Expr),
    Set(&'e Expr),
    Dict(&'e Expr, &'e Expr),
    Gen(&'e Expr),
}

fn bin_op(op: ast::Operator) -> BinOp {
    use ast::Operator::*;
    match op {
        Add => BinOp::Add,
        Sub => BinOp::Sub,
        Mult => BinOp::Mul,
        MatMult => BinOp::MatMul,
        Div => BinOp::TrueDiv,
        FloorDiv => BinOp::FloorDiv,
        Mod => BinOp::Mod,
        Pow => BinOp::Pow,
        LShift => BinOp::LShift,
        RShift => BinOp::RShift,
        BitAnd => BinOp::And,
        BitOr => BinOp::Or,
        BitXor => BinOp::Xor,
    }
}

fn compare_instr(op: ast::CmpOp) -> Instr {
    use ast::CmpOp as A;
    match op {
        A::Eq => Instr::Compare(CmpOp::Eq),
        A::NotEq => Instr::Compare(CmpOp::Ne),
        A::Lt => Instr::Compare(CmpOp::Lt),
        A::LtE => Instr::Compare(CmpOp::Le),
        A::Gt => Instr::Compare(CmpOp::Gt),
        A::GtE => Instr::Compare(CmpOp::Ge),
        A::Is => Instr::Is(false),
        A::IsNot => Instr::Is(true),
        A::In => Instr::In(false),
        A::NotIn => Instr::In(true),
    }
}

/// `getattr(obj, "name")` or `setattr(obj, "name", value)` with a literal name: whether it is a
/// set, and the name. These calls get instructions of their own ([`Instr::CallGetattr`]).
fn literal_attr_call<'e>(func: &Expr, args: &'e [Expr]) -> Option<(bool, &'e str)> {
    let ExprKind::Name { id, .. } = &func.kind else {
        return None;
    };
    let set = match (id.as_str(), args.len()) {
        ("getattr", 2) => false,
        ("setattr", 3) => true,
        _ => return None,
    };
    match &args[1].kind {
        ExprKind::Constant(Constant::Str(name)) => Some((set, name.as_str())),
        _ => None,
    }
}
