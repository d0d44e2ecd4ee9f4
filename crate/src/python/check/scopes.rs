//! The scope errors of CPython's symbol-table pass: duplicate parameters, `global`/`nonlocal`
//! after a use or assignment, `nonlocal` without a binding, `yield` inside a comprehension.
//!
//! Like CPython's `symtable.c`, a first walk records how each scope uses each name (reporting
//! directive errors as it goes), then an analysis resolves `nonlocal` declarations.

use std::collections::HashMap;

use super::super::ast::{Arguments, Expr, ExprKind, Module, Range, Stmt, StmtKind};
use super::super::depth::push_children;
use super::super::source::Source;
use super::super::syntax_error::{ErrorKind, SyntaxError};
use super::super::token::Pos;

const PARAM: u8 = 1;
const LOCAL: u8 = 2;
const USE: u8 = 4;
const GLOBAL: u8 = 8;
const NONLOCAL: u8 = 16;
const ANNOT: u8 = 32;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Module,
    Class,
    Function,
    Comprehension,
}

struct Scope {
    kind: Kind,
    parent: Option<usize>,
    names: HashMap<String, u8>,
    nonlocals: Vec<(String, Range)>,
}

type SResult = Result<(), Box<SyntaxError>>;

struct Builder<'s, 'a> {
    src: &'s Source<'a>,
    scopes: Vec<Scope>,
}

/// Run the symbol-table checks over `module`.
pub(crate) fn check_scopes(src: &Source<'_>, module: &Module) -> Result<(), Box<SyntaxError>> {
    let mut b = Builder {
        src,
        scopes: vec![Scope {
            kind: Kind::Module,
            parent: None,
            names: HashMap::new(),
            nonlocals: Vec::new(),
        }],
    };
    for s in &module.body {
        b.stmt(s, 0)?;
    }
    b.analyze()
}

impl<'s, 'a> Builder<'s, 'a> {
    fn err(&self, msg: String, r: Range) -> Box<SyntaxError> {
        Box::new(self.src.error_compile(
            ErrorKind::SyntaxError,
            msg,
            Pos::new(r.line, r.col),
            Pos::new(r.end_line, r.end_col),
        ))
    }

    fn new_scope(&mut self, kind: Kind, parent: usize) -> usize {
        self.scopes.push(Scope {
            kind,
            parent: Some(parent),
            names: HashMap::new(),
            nonlocals: Vec::new(),
        });
        self.scopes.len() - 1
    }

    fn add(&mut self, scope: usize, name: &str, flag: u8) {
        if let Some(s) = self.scopes.get_mut(scope) {
            *s.names.entry(name.to_string()).or_insert(0) |= flag;
        }
    }

    fn flags(&self, scope: usize, name: &str) -> u8 {
        self.scopes
            .get(scope)
            .and_then(|s| s.names.get(name).copied())
            .unwrap_or(0)
    }

    /// Parameters of a new function scope; the first repeated name is an error.
    fn params(&mut self, args: &Arguments, scope: usize) -> SResult {
        let all = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.vararg)
            .chain(&args.kwonlyargs)
            .chain(&args.kwarg);
        for a in all {
            if self.flags(scope, &a.arg) & PARAM != 0 {
                return Err(self.err(
                    format!("duplicate argument '{}' in function definition", a.arg),
                    a.range,
                ));
            }
            self.add(scope, &a.arg, PARAM);
        }
        Ok(())
    }

    fn arg_exprs<'e>(args: &'e Arguments, out: &mut Vec<&'e Expr>) {
        out.extend(args.defaults.iter());
        out.extend(args.kw_defaults.iter().flatten());
        let all = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.vararg)
            .chain(&args.kwonlyargs)
            .chain(&args.kwarg);
        for a in all {
            if let Some(ann) = &a.annotation {
                out.push(ann);
            }
        }
    }

    fn body(&mut self, body: &[Stmt], scope: usize) -> SResult {
        for s in body {
            self.stmt(s, scope)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &Stmt, scope: usize) -> SResult {
        match &s.kind {
            StmtKind::FunctionDef(f) | StmtKind::AsyncFunctionDef(f) => {
                self.add(scope, &f.name, LOCAL);
                let mut outer: Vec<&Expr> = Vec::new();
                Self::arg_exprs(&f.args, &mut outer);
                if let Some(r) = &f.returns {
                    outer.push(r);
                }
                outer.extend(f.decorator_list.iter());
                self.exprs(&outer, scope)?;
                let inner = self.new_scope(Kind::Function, scope);
                self.params(&f.args, inner)?;
                self.body(&f.body, inner)
            }
            StmtKind::ClassDef {
                name,
                bases,
                keywords,
                body,
                decorator_list,
            } => {
                self.add(scope, name, LOCAL);
                let mut outer: Vec<&Expr> = bases.iter().collect();
                outer.extend(keywords.iter().map(|k| &k.value));
                outer.extend(decorator_list.iter());
                self.exprs(&outer, scope)?;
                let inner = self.new_scope(Kind::Class, scope);
                self.body(body, inner)
            }
            StmtKind::Global { names } | StmtKind::Nonlocal { names } => {
                let global = matches!(s.kind, StmtKind::Global { .. });
                let word = if global { "global" } else { "nonlocal" };
                for n in names {
                    let cur = self.flags(scope, n);
                    let msg = if cur & PARAM != 0 {
                        Some(format!("name '{n}' is parameter and {word}"))
                    } else if cur & USE != 0 {
                        Some(format!("name '{n}' is used prior to {word} declaration"))
                    } else if cur & ANNOT != 0 {
                        Some(format!("annotated name '{n}' can't be {word}"))
                    } else if cur & LOCAL != 0 {
                        Some(format!(
                            "name '{n}' is assigned to before {word} declaration"
                        ))
                    } else {
                        None
                    };
                    if let Some(m) = msg {
                        return Err(self.err(m, s.range()));
                    }
                    self.add(scope, n, if global { GLOBAL } else { NONLOCAL });
                    if !global {
                        if let Some(sc) = self.scopes.get_mut(scope) {
                            sc.nonlocals.push((n.clone(), s.range()));
                        }
                    }
                }
                Ok(())
            }
            StmtKind::Import { names } | StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    if a.name == "*" {
                        if self.scopes.get(scope).map(|s| s.kind) != Some(Kind::Module) {
                            return Err(
                                self.err("import * only allowed at module level".into(), a.range)
                            );
                        }
                        continue;
                    }
                    let bound = match &a.asname {
                        Some(n) => n.as_str(),
                        None => a.name.split('.').next().unwrap_or(&a.name),
                    };
                    self.add(scope, bound, LOCAL);
                }
                Ok(())
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                if let (true, ExprKind::Name { id, .. }) = (*simple, &target.kind) {
                    self.add(scope, id, ANNOT | LOCAL);
                } else {
                    self.exprs(&[target], scope)?;
                }
                let mut v: Vec<&Expr> = vec![annotation];
                v.extend(value.iter());
                self.exprs(&v, scope)
            }
            _ => {
                let mut exprs = Vec::new();
                super::stmt_exprs(s, &mut exprs);
                self.exprs(&exprs, scope)?;
                if let StmtKind::Try { handlers, .. } = &s.kind {
                    for h in handlers {
                        if let Some(n) = &h.name {
                            self.add(scope, n, LOCAL);
                        }
                    }
                }
                super::for_each_block(s, |b| self.body(b, scope))
            }
        }
    }

    /// Record the names used in expressions; lambdas and comprehensions open scopes.
    fn exprs(&mut self, roots: &[&Expr], scope: usize) -> SResult {
        let mut stack: Vec<(&Expr, usize)> = roots.iter().rev().map(|e| (*e, scope)).collect();
        let mut kids = Vec::new();
        while let Some((e, sc)) = stack.pop() {
            match &e.kind {
                ExprKind::Name { id, ctx } => {
                    let flag = if *ctx == super::super::ast::ExprContext::Load {
                        USE
                    } else {
                        LOCAL
                    };
                    self.add(sc, id, flag);
                    continue;
                }
                ExprKind::Lambda { args, body } => {
                    let mut outer = Vec::new();
                    Self::arg_exprs(args, &mut outer);
                    let inner = self.new_scope(Kind::Function, sc);
                    self.params(args, inner)?;
                    stack.push((body, inner));
                    for x in outer.into_iter().rev() {
                        stack.push((x, sc));
                    }
                    continue;
                }
                ExprKind::ListComp { generators, .. }
                | ExprKind::SetComp { generators, .. }
                | ExprKind::GeneratorExp { generators, .. }
                | ExprKind::DictComp { generators, .. } => {
                    let inner = self.new_scope(Kind::Comprehension, sc);
                    kids.clear();
                    push_children(e, &mut kids);
                    // The first iterable is evaluated in the enclosing scope.
                    let first_iter = generators.first().map(|g| &g.iter as *const Expr);
                    for k in kids.drain(..).rev() {
                        let target = if Some(k as *const Expr) == first_iter {
                            sc
                        } else {
                            inner
                        };
                        stack.push((k, target));
                    }
                    continue;
                }
                ExprKind::Yield { .. } | ExprKind::YieldFrom { .. }
                    if self.scopes.get(sc).map(|s| s.kind) == Some(Kind::Comprehension) =>
                {
                    let what = self.comprehension_name(roots, e);
                    return Err(self.err(format!("'yield' inside {what}"), e.range()));
                }
                _ => {}
            }
            kids.clear();
            push_children(e, &mut kids);
            for k in kids.drain(..).rev() {
                stack.push((k, sc));
            }
        }
        Ok(())
    }

    /// The kind of the innermost comprehension around `target` among `roots`.
    fn comprehension_name(&self, roots: &[&Expr], target: &Expr) -> &'static str {
        let mut best = "list comprehension";
        let mut stack: Vec<(&Expr, &'static str)> = roots.iter().map(|e| (*e, best)).collect();
        let mut kids = Vec::new();
        while let Some((e, name)) = stack.pop() {
            if std::ptr::eq(e, target) {
                best = name;
                break;
            }
            let here = match e.kind {
                ExprKind::ListComp { .. } => "list comprehension",
                ExprKind::SetComp { .. } => "set comprehension",
                ExprKind::DictComp { .. } => "dict comprehension",
                ExprKind::GeneratorExp { .. } => "generator expression",
                _ => name,
            };
            kids.clear();
            push_children(e, &mut kids);
            for k in kids.drain(..) {
                stack.push((k, here));
            }
        }
        best
    }

    /// Resolve `nonlocal` declarations, scope by scope in creation order.
    fn analyze(&self) -> SResult {
        for (i, s) in self.scopes.iter().enumerate() {
            for (name, range) in &s.nonlocals {
                if s.kind == Kind::Module {
                    return Err(self.err(
                        "nonlocal declaration not allowed at module level".into(),
                        *range,
                    ));
                }
                if !self.bound_outside(i, name) {
                    return Err(self.err(format!("no binding for nonlocal '{name}' found"), *range));
                }
            }
        }
        Ok(())
    }

    /// Whether an enclosing function scope of `scope` binds `name`.
    fn bound_outside(&self, scope: usize, name: &str) -> bool {
        let mut cur = self.scopes.get(scope).and_then(|s| s.parent);
        while let Some(i) = cur {
            let Some(s) = self.scopes.get(i) else { break };
            match s.kind {
                Kind::Module => return false,
                Kind::Class => {}
                Kind::Function | Kind::Comprehension => {
                    let f = s.names.get(name).copied().unwrap_or(0);
                    if f & GLOBAL != 0 {
                        return false;
                    }
                    if f & (LOCAL | PARAM | NONLOCAL) != 0 {
                        return true;
                    }
                }
            }
            cur = s.parent;
        }
        false
    }
}
