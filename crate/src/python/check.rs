//! Errors CPython raises after parsing, while building scopes and compiling: `'return' outside
//! function`, `'break' outside loop`, duplicate parameters, misplaced starred expressions,
//! `too many statically nested blocks` and friends.
//!
//! CPython reports them only for a file that parses, scope errors (its symtable pass) before
//! compile errors; each pass goes through the file in source order. Expressions are walked with an
//! explicit stack, statements recursively (their nesting is bounded by the parser).

mod scopes;

use super::ast::{
    ExceptHandler, Expr, ExprKind, FunctionDef, Keyword, Module, Range, Stmt, StmtKind,
};
use super::depth::push_children;
use super::source::Source;
use super::syntax_error::{ErrorKind, SyntaxError};
use super::token::Pos;

/// CPython's `CO_MAXBLOCKS`.
pub const MAX_STATIC_BLOCKS: u32 = 20;

type CResult = Result<(), Box<SyntaxError>>;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Scope {
    Module,
    Class,
    Function,
    AsyncFunction,
    Lambda,
    Comprehension,
}

#[derive(Clone, Copy)]
struct Ctx {
    scope: Scope,
    in_loop: bool,
    blocks: u32,
    /// The function is an `async def` that also yields.
    async_generator: bool,
}

/// Run both passes over a parsed module.
pub(crate) fn check_module(src: &Source<'_>, module: &Module) -> Result<(), SyntaxError> {
    let c = Checker { src };
    let ctx = Ctx {
        scope: Scope::Module,
        in_loop: false,
        blocks: 0,
        async_generator: false,
    };
    scopes::check_scopes(src, module).map_err(|e| *e)?;
    c.compile_pass(&module.body, ctx).map_err(|e| *e)
}

struct Checker<'s, 'a> {
    src: &'s Source<'a>,
}

impl<'s, 'a> Checker<'s, 'a> {
    fn err(&self, msg: impl Into<String>, r: Range) -> Box<SyntaxError> {
        Box::new(self.src.error_compile(
            ErrorKind::SyntaxError,
            msg,
            Pos::new(r.line, r.col),
            Pos::new(r.end_line, r.end_col),
        ))
    }

    // ----- compile pass -----

    fn compile_pass(&self, body: &[Stmt], ctx: Ctx) -> CResult {
        for s in body {
            self.compile_stmt(s, ctx)?;
        }
        Ok(())
    }

    fn push_block(&self, ctx: Ctx, n: u32, at: Range) -> Result<Ctx, Box<SyntaxError>> {
        let mut c = ctx;
        for _ in 0..n {
            if c.blocks >= MAX_STATIC_BLOCKS {
                return Err(self.err("too many statically nested blocks", at));
            }
            c.blocks += 1;
        }
        Ok(c)
    }

    fn compile_function(&self, f: &FunctionDef, ctx: Ctx, is_async: bool) -> CResult {
        let mut exprs: Vec<&Expr> = f.decorator_list.iter().collect();
        exprs.extend(f.args.defaults.iter());
        exprs.extend(f.args.kw_defaults.iter().flatten());
        self.compile_exprs(&exprs, ctx)?;
        let inner = Ctx {
            scope: if is_async {
                Scope::AsyncFunction
            } else {
                Scope::Function
            },
            in_loop: false,
            blocks: 0,
            async_generator: is_async && body_yields(&f.body),
        };
        self.compile_pass(&f.body, inner)
    }

    fn compile_stmt(&self, s: &Stmt, ctx: Ctx) -> CResult {
        let r = s.range();
        match &s.kind {
            StmtKind::FunctionDef(f) => return self.compile_function(f, ctx, false),
            StmtKind::AsyncFunctionDef(f) => return self.compile_function(f, ctx, true),
            StmtKind::ClassDef {
                bases,
                keywords,
                body,
                decorator_list,
                ..
            } => {
                let mut exprs: Vec<&Expr> = decorator_list.iter().collect();
                exprs.extend(bases.iter());
                exprs.extend(keywords.iter().map(|k| &k.value));
                self.compile_exprs(&exprs, ctx)?;
                self.check_keywords(keywords)?;
                let inner = Ctx {
                    scope: Scope::Class,
                    in_loop: false,
                    blocks: 0,
                    async_generator: false,
                };
                return self.compile_pass(body, inner);
            }
            StmtKind::Return { value } => {
                if !matches!(ctx.scope, Scope::Function | Scope::AsyncFunction) {
                    return Err(self.err("'return' outside function", r));
                }
                if value.is_some() && ctx.async_generator {
                    return Err(self.err("'return' with value in async generator", r));
                }
                if let Some(v) = value {
                    self.check_starred_value(v)?;
                    self.compile_exprs(&[v], ctx)?;
                }
                return Ok(());
            }
            StmtKind::Break if !ctx.in_loop => return Err(self.err("'break' outside loop", r)),
            StmtKind::Continue if !ctx.in_loop => {
                return Err(self.err("'continue' not properly in loop", r));
            }
            StmtKind::For(f) | StmtKind::AsyncFor(f) => {
                if matches!(s.kind, StmtKind::AsyncFor(_)) && ctx.scope != Scope::AsyncFunction {
                    return Err(self.err("'async for' outside async function", r));
                }
                self.check_store_target(&f.target)?;
                self.compile_exprs(&[&f.iter, &f.target], ctx)?;
                let inner = self.push_block(ctx, 1, r)?;
                self.compile_pass(
                    &f.body,
                    Ctx {
                        in_loop: true,
                        ..inner
                    },
                )?;
                return self.compile_pass(&f.orelse, ctx);
            }
            StmtKind::While { test, body, orelse } => {
                self.compile_exprs(&[test], ctx)?;
                let inner = self.push_block(ctx, 1, r)?;
                self.compile_pass(
                    body,
                    Ctx {
                        in_loop: true,
                        ..inner
                    },
                )?;
                return self.compile_pass(orelse, ctx);
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => return self.compile_try(r, body, handlers, orelse, finalbody, ctx),
            StmtKind::With(w) | StmtKind::AsyncWith(w) => {
                if matches!(s.kind, StmtKind::AsyncWith(_)) && ctx.scope != Scope::AsyncFunction {
                    return Err(self.err("'async with' outside async function", r));
                }
                let mut inner = ctx;
                for item in &w.items {
                    self.compile_exprs(&[&item.context_expr], inner)?;
                    inner = self.push_block(inner, 1, r)?;
                    if let Some(v) = &item.optional_vars {
                        self.check_store_target(v)?;
                        self.compile_exprs(&[v], inner)?;
                    }
                }
                return self.compile_pass(&w.body, inner);
            }
            StmtKind::Assign { targets, value } => {
                self.check_starred_value(value)?;
                self.compile_exprs(&[value], ctx)?;
                for t in targets {
                    self.check_store_target(t)?;
                }
                let ts: Vec<&Expr> = targets.iter().collect();
                return self.compile_exprs(&ts, ctx);
            }
            StmtKind::Expr { value } => {
                self.check_starred_value(value)?;
            }
            StmtKind::AugAssign { value, .. } => {
                self.check_starred_value(value)?;
            }
            StmtKind::AnnAssign { value: Some(v), .. } => {
                self.check_starred_value(v)?;
            }
            _ => {}
        }
        let mut exprs = Vec::new();
        stmt_exprs(s, &mut exprs);
        self.compile_exprs(&exprs, ctx)?;
        for_each_block(s, |b| self.compile_pass(b, ctx))
    }

    #[allow(clippy::too_many_arguments)]
    fn compile_try(
        &self,
        r: Range,
        body: &[Stmt],
        handlers: &[ExceptHandler],
        orelse: &[Stmt],
        finalbody: &[Stmt],
        ctx: Ctx,
    ) -> CResult {
        let has_finally = !finalbody.is_empty();
        let mut outer = ctx;
        if has_finally {
            outer = self.push_block(ctx, 1, r)?;
        }
        if handlers.is_empty() {
            self.compile_pass(body, outer)?;
        } else {
            let in_body = self.push_block(outer, 1, r)?;
            self.compile_pass(body, in_body)?;
            let in_handler = self.push_block(outer, 1, r)?;
            for (i, h) in handlers.iter().enumerate() {
                if h.typ.is_none() && i + 1 < handlers.len() {
                    return Err(self.err("default 'except:' must be last", h.range));
                }
                if let Some(t) = &h.typ {
                    self.compile_exprs(&[t], outer)?;
                }
                let cleanup = self.push_block(in_handler, 1, h.range)?;
                self.compile_pass(&h.body, cleanup)?;
            }
            self.compile_pass(orelse, outer)?;
        }
        if has_finally {
            self.compile_pass(finalbody, ctx)?;
            let end = self.push_block(ctx, 1, r)?;
            self.compile_pass(finalbody, end)?;
        }
        Ok(())
    }

    fn check_keywords(&self, keywords: &[Keyword]) -> CResult {
        for (i, k) in keywords.iter().enumerate() {
            if let Some(name) = &k.arg {
                if keywords[..i].iter().any(|p| p.arg.as_deref() == Some(name)) {
                    return Err(self.err(format!("keyword argument repeated: {name}"), k.range));
                }
            }
        }
        Ok(())
    }

    /// A value that is a bare starred expression (`x = *a`, `return *a`).
    fn check_starred_value(&self, v: &Expr) -> CResult {
        if matches!(v.kind, ExprKind::Starred { .. }) {
            return Err(self.err("can't use starred expression here", v.range()));
        }
        Ok(())
    }

    fn check_store_target(&self, t: &Expr) -> CResult {
        match &t.kind {
            ExprKind::Starred { .. } => Err(self.err(
                "starred assignment target must be in a list or tuple",
                t.range(),
            )),
            ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => {
                let stars = elts
                    .iter()
                    .filter(|e| matches!(e.kind, ExprKind::Starred { .. }))
                    .count();
                if stars > 1 {
                    return Err(self.err("multiple starred expressions in assignment", t.range()));
                }
                for e in elts {
                    if let ExprKind::Starred { value, .. } = &e.kind {
                        self.check_store_target_inner(value)?;
                    } else {
                        self.check_store_target(e)?;
                    }
                }
                Ok(())
            }
            _ => Ok(()),
        }
    }

    fn check_store_target_inner(&self, t: &Expr) -> CResult {
        match &t.kind {
            ExprKind::List { .. } | ExprKind::Tuple { .. } => self.check_store_target(t),
            _ => Ok(()),
        }
    }

    /// Compile-time checks inside expressions, in source order.
    fn compile_exprs(&self, roots: &[&Expr], ctx: Ctx) -> CResult {
        let mut stack: Vec<(&Expr, Ctx)> = roots.iter().rev().map(|e| (*e, ctx)).collect();
        let mut kids = Vec::new();
        while let Some((e, c)) = stack.pop() {
            let mut inner = c;
            let mut first_iter: Option<*const Expr> = None;
            match &e.kind {
                ExprKind::Lambda { .. } => inner.scope = Scope::Lambda,
                ExprKind::ListComp { generators, .. }
                | ExprKind::SetComp { generators, .. }
                | ExprKind::DictComp { generators, .. }
                | ExprKind::GeneratorExp { generators, .. } => {
                    let is_genexp = matches!(e.kind, ExprKind::GeneratorExp { .. });
                    first_iter = generators.first().map(|g| &g.iter as *const Expr);
                    if !is_genexp
                        && !matches!(c.scope, Scope::AsyncFunction | Scope::Comprehension)
                        && comprehension_awaits(e)
                    {
                        return Err(self.err(
                            "asynchronous comprehension outside of an asynchronous function",
                            e.range(),
                        ));
                    }
                    inner.scope = Scope::Comprehension;
                }
                ExprKind::Yield { .. } | ExprKind::YieldFrom { .. }
                    if !matches!(
                        c.scope,
                        Scope::Function
                            | Scope::AsyncFunction
                            | Scope::Lambda
                            | Scope::Comprehension
                    ) =>
                {
                    return Err(self.err("'yield' outside function", e.range()));
                }
                ExprKind::Await { .. } => match c.scope {
                    Scope::AsyncFunction | Scope::Comprehension => {}
                    Scope::Module | Scope::Class => {
                        return Err(self.err("'await' outside function", e.range()));
                    }
                    Scope::Function | Scope::Lambda => {
                        return Err(self.err("'await' outside async function", e.range()));
                    }
                },
                ExprKind::Call { keywords, .. } => self.check_keywords(keywords)?,
                _ => {}
            }
            kids.clear();
            push_children(e, &mut kids);
            let parent_allows_star = matches!(
                e.kind,
                ExprKind::List { .. }
                    | ExprKind::Tuple { .. }
                    | ExprKind::Set { .. }
                    | ExprKind::Call { .. }
            );
            for k in kids.drain(..).rev() {
                if !parent_allows_star && matches!(k.kind, ExprKind::Starred { .. }) {
                    return Err(self.err("can't use starred expression here", k.range()));
                }
                if Some(k as *const Expr) == first_iter {
                    stack.push((k, c));
                } else {
                    stack.push((k, inner));
                }
            }
        }
        Ok(())
    }
}

/// The expressions a statement evaluates directly (not those of its nested blocks).
fn stmt_exprs<'e>(s: &'e Stmt, out: &mut Vec<&'e Expr>) {
    match &s.kind {
        StmtKind::Return { value: Some(v) } | StmtKind::Expr { value: v } => out.push(v),
        StmtKind::Delete { targets } => out.extend(targets.iter()),
        StmtKind::Assign { targets, value } => {
            out.push(value);
            out.extend(targets.iter());
        }
        StmtKind::AugAssign { target, value, .. } => {
            out.push(target);
            out.push(value);
        }
        StmtKind::AnnAssign {
            target,
            annotation,
            value,
            ..
        } => {
            out.push(target);
            out.push(annotation);
            if let Some(v) = value {
                out.push(v);
            }
        }
        StmtKind::For(f) | StmtKind::AsyncFor(f) => {
            out.push(&f.target);
            out.push(&f.iter);
        }
        StmtKind::While { test, .. } | StmtKind::If { test, .. } => out.push(test),
        StmtKind::With(w) | StmtKind::AsyncWith(w) => {
            for i in &w.items {
                out.push(&i.context_expr);
                if let Some(v) = &i.optional_vars {
                    out.push(v);
                }
            }
        }
        StmtKind::Raise { exc, cause } => {
            out.extend(exc.iter());
            out.extend(cause.iter());
        }
        StmtKind::Try { handlers, .. } => {
            for h in handlers {
                out.extend(h.typ.iter());
            }
        }
        StmtKind::Assert { test, msg } => {
            out.push(test);
            out.extend(msg.iter());
        }
        _ => {}
    }
}

/// Run `f` on each nested block of `s` (bodies, `else`, handlers, `finally`), in order.
fn for_each_block<'e>(s: &'e Stmt, mut f: impl FnMut(&'e [Stmt]) -> CResult) -> CResult {
    match &s.kind {
        StmtKind::For(x) | StmtKind::AsyncFor(x) => {
            f(&x.body)?;
            f(&x.orelse)
        }
        StmtKind::While { body, orelse, .. } | StmtKind::If { body, orelse, .. } => {
            f(body)?;
            f(orelse)
        }
        StmtKind::With(w) | StmtKind::AsyncWith(w) => f(&w.body),
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => {
            f(body)?;
            for h in handlers {
                f(&h.body)?;
            }
            f(orelse)?;
            f(finalbody)
        }
        _ => Ok(()),
    }
}

/// Whether a function body yields (not counting nested functions, classes and lambdas).
fn body_yields(body: &[Stmt]) -> bool {
    body.iter().any(|s| {
        if matches!(
            s.kind,
            StmtKind::FunctionDef(_) | StmtKind::AsyncFunctionDef(_) | StmtKind::ClassDef { .. }
        ) {
            return false;
        }
        let mut exprs = Vec::new();
        stmt_exprs(s, &mut exprs);
        let mut kids = Vec::new();
        while let Some(e) = exprs.pop() {
            match e.kind {
                ExprKind::Yield { .. } | ExprKind::YieldFrom { .. } => return true,
                ExprKind::Lambda { .. } => continue,
                _ => {}
            }
            kids.clear();
            push_children(e, &mut kids);
            exprs.append(&mut kids);
        }
        let mut found = false;
        let _ = for_each_block(s, |b| {
            found = found || body_yields(b);
            Ok(())
        });
        found
    })
}

/// Whether a comprehension's own scope contains `await` (its first iterable and nested lambdas
/// do not count).
pub(crate) fn comprehension_awaits(comp: &Expr) -> bool {
    let first_iter = match &comp.kind {
        ExprKind::ListComp { generators, .. }
        | ExprKind::SetComp { generators, .. }
        | ExprKind::DictComp { generators, .. }
        | ExprKind::GeneratorExp { generators, .. } => {
            generators.first().map(|g| &g.iter as *const Expr)
        }
        _ => None,
    };
    let mut stack = Vec::new();
    push_children(comp, &mut stack);
    stack.retain(|k| Some(*k as *const Expr) != first_iter);
    let mut kids = Vec::new();
    while let Some(e) = stack.pop() {
        match e.kind {
            ExprKind::Await { .. } => return true,
            ExprKind::Lambda { .. } => continue,
            _ => {}
        }
        kids.clear();
        push_children(e, &mut kids);
        stack.append(&mut kids);
    }
    false
}
