//! Scope analysis: which names are locals, cells, free variables or globals in each scope.
//!
//! Python decides a name's scope at compile time: a name assigned anywhere in a function is
//! local to it (unless declared `global` or `nonlocal`); a local read by an inner function
//! becomes a cell; a name neither assigned nor found in an enclosing function is global. Class
//! bodies are namespaces that inner functions do not see. Comprehensions are functions of
//! their own, as in CPython 3.11.

use crate::python::ast::{self, Expr, ExprKind, Stmt, StmtKind};
use std::collections::{BTreeSet, HashMap};

/// The kind of a scope.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScopeKind {
    /// The module body.
    Module,
    /// A class body.
    Class,
    /// A function, lambda, comprehension or generator expression.
    Function,
}

/// How a name is reached in one scope.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameScope {
    /// A local slot.
    Fast,
    /// A local captured by an inner function (lives in a cell).
    Cell,
    /// A variable of an enclosing function (reached through a cell).
    Free,
    /// Declared `global`, or a function's name that no enclosing function binds.
    Global,
    /// Looked up in the namespace, then globals, then builtins (module and class bodies).
    Name,
}

/// What the analysis found for one scope.
#[derive(Debug, Default, Clone)]
pub struct ScopeInfo {
    /// Module, class or function (`None` only while building).
    pub kind: Option<ScopeKind>,
    /// Names bound in this scope (assigned, parameters, imports, defs).
    pub bound: BTreeSet<String>,
    /// Names read in this scope.
    pub used: BTreeSet<String>,
    /// `global` declarations.
    pub globals: BTreeSet<String>,
    /// `nonlocal` declarations.
    pub nonlocals: BTreeSet<String>,
    /// Locals that inner functions capture.
    pub cells: BTreeSet<String>,
    /// Variables taken from enclosing functions.
    pub frees: BTreeSet<String>,
    /// Whether the body contains `yield` (a generator).
    pub is_generator: bool,
    /// Parameters in order.
    pub params: Vec<String>,
    children: Vec<usize>,
}

impl ScopeInfo {
    /// How `name` is reached from code in this scope.
    pub fn lookup(&self, name: &str) -> NameScope {
        let kind = self.kind.unwrap_or(ScopeKind::Module);
        if self.globals.contains(name) {
            return NameScope::Global;
        }
        if self.cells.contains(name) {
            return NameScope::Cell;
        }
        if self.frees.contains(name) {
            return NameScope::Free;
        }
        match kind {
            ScopeKind::Module | ScopeKind::Class => NameScope::Name,
            ScopeKind::Function => {
                if self.bound.contains(name) {
                    NameScope::Fast
                } else {
                    NameScope::Global
                }
            }
        }
    }
}

/// Key of a scope: the address of the node that opens it (0 for the module).
pub type ScopeKey = usize;

/// The scope of every function, class and comprehension in a module.
#[derive(Debug, Default)]
pub struct SymbolTable {
    scopes: Vec<ScopeInfo>,
    by_node: HashMap<ScopeKey, usize>,
}

/// An error found during analysis (e.g. `nonlocal x` with no binding), with its line.
#[derive(Debug, Clone)]
pub struct ScopeError {
    /// The message, as CPython words it.
    pub msg: String,
    /// 1-based line.
    pub line: u32,
    /// 0-based column.
    pub col: u32,
}

/// The key of a statement that opens a scope.
pub fn stmt_key(s: &Stmt) -> ScopeKey {
    s as *const Stmt as usize
}

/// The key of an expression that opens a scope (lambda, comprehension).
pub fn expr_key(e: &Expr) -> ScopeKey {
    e as *const Expr as usize
}

impl SymbolTable {
    /// Analyse a module.
    pub fn build(module: &ast::Module) -> Result<SymbolTable, ScopeError> {
        let mut t = SymbolTable::default();
        let root = t.open(0, ScopeKind::Module, None);
        let mut b = Builder {
            t: &mut t,
            cur: root,
        };
        b.stmts(&module.body)?;
        t.resolve(root, &BTreeSet::new())?;
        Ok(t)
    }

    /// The scope opened by the node with this key.
    pub fn scope(&self, key: ScopeKey) -> Option<&ScopeInfo> {
        self.by_node.get(&key).and_then(|&i| self.scopes.get(i))
    }

    fn open(&mut self, key: ScopeKey, kind: ScopeKind, parent: Option<usize>) -> usize {
        let idx = self.scopes.len();
        self.scopes.push(ScopeInfo {
            kind: Some(kind),
            ..ScopeInfo::default()
        });
        if let Some(p) = parent {
            self.scopes[p].children.push(idx);
        }
        self.by_node.insert(key, idx);
        idx
    }

    /// Resolve free variables top-down: `visible` are the names bound by enclosing functions.
    fn resolve(&mut self, idx: usize, visible: &BTreeSet<String>) -> Result<(), ScopeError> {
        let kind = self.scopes[idx].kind.unwrap_or(ScopeKind::Module);
        // Names a child may capture from here: our locals (functions only) plus what we see.
        let mut child_visible = visible.clone();
        if kind == ScopeKind::Function {
            let s = &self.scopes[idx];
            for n in &s.bound {
                if !s.globals.contains(n) {
                    child_visible.insert(n.clone());
                }
            }
            for n in &s.nonlocals {
                child_visible.insert(n.clone());
            }
        }
        if kind == ScopeKind::Class {
            // Methods that call super() reach the class through an implicit `__class__` cell.
            child_visible.insert("__class__".to_string());
        }
        let children = self.scopes[idx].children.clone();
        for c in children {
            self.resolve(c, &child_visible)?;
            // Whatever the child takes as free and we bind becomes our cell; otherwise it passes
            // through us as a free variable of ours too.
            let frees: Vec<String> = self.scopes[c].frees.iter().cloned().collect();
            for name in frees {
                let s = &mut self.scopes[idx];
                let binds_here = (kind == ScopeKind::Function
                    && s.bound.contains(&name)
                    && !s.globals.contains(&name)
                    && !s.nonlocals.contains(&name))
                    || (kind == ScopeKind::Class && name == "__class__");
                if binds_here {
                    s.cells.insert(name);
                } else {
                    s.frees.insert(name);
                }
            }
        }
        // Our own free variables: nonlocals, and names used but not bound that an enclosing
        // function binds.
        let s = &mut self.scopes[idx];
        for n in s.nonlocals.clone() {
            if !visible.contains(&n) {
                return Err(ScopeError {
                    msg: format!("no binding for nonlocal '{n}' found"),
                    line: 0,
                    col: 0,
                });
            }
            s.frees.insert(n);
        }
        if kind != ScopeKind::Module {
            let candidates: Vec<String> = s.used.iter().cloned().collect();
            for n in candidates {
                let local = kind == ScopeKind::Function && s.bound.contains(&n);
                if !local && !s.globals.contains(&n) && visible.contains(&n) {
                    s.frees.insert(n);
                }
            }
        }
        // In a class body, a name that is bound in the class is not free even if an enclosing
        // function binds it (the namespace wins for stores; loads of free names use the cell).
        Ok(())
    }
}

struct Builder<'t> {
    t: &'t mut SymbolTable,
    cur: usize,
}

impl Builder<'_> {
    fn scope(&mut self) -> &mut ScopeInfo {
        &mut self.t.scopes[self.cur]
    }

    fn bind(&mut self, name: &str) {
        self.scope().bound.insert(name.to_string());
    }

    fn use_name(&mut self, name: &str) {
        self.scope().used.insert(name.to_string());
    }

    fn stmts(&mut self, body: &[Stmt]) -> Result<(), ScopeError> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn with_scope<F>(&mut self, key: ScopeKey, kind: ScopeKind, f: F) -> Result<(), ScopeError>
    where
        F: FnOnce(&mut Builder<'_>) -> Result<(), ScopeError>,
    {
        let idx = self.t.open(key, kind, Some(self.cur));
        let saved = self.cur;
        self.cur = idx;
        let r = f(self);
        self.cur = saved;
        r
    }

    fn params(&mut self, args: &ast::Arguments) {
        let mut names = Vec::new();
        for a in args.posonlyargs.iter().chain(&args.args) {
            names.push(a.arg.clone());
        }
        for a in &args.kwonlyargs {
            names.push(a.arg.clone());
        }
        if let Some(a) = &args.vararg {
            names.push(a.arg.clone());
        }
        if let Some(a) = &args.kwarg {
            names.push(a.arg.clone());
        }
        for n in &names {
            self.bind(n);
        }
        self.scope().params = names;
    }

    fn arg_defaults(&mut self, args: &ast::Arguments) -> Result<(), ScopeError> {
        for d in &args.defaults {
            self.expr(d)?;
        }
        for d in args.kw_defaults.iter().flatten() {
            self.expr(d)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &Stmt) -> Result<(), ScopeError> {
        match &s.kind {
            StmtKind::FunctionDef(f) | StmtKind::AsyncFunctionDef(f) => {
                for d in &f.decorator_list {
                    self.expr(d)?;
                }
                self.arg_defaults(&f.args)?;
                self.bind(&f.name);
                self.with_scope(stmt_key(s), ScopeKind::Function, |b| {
                    b.params(&f.args);
                    b.stmts(&f.body)
                })?;
            }
            StmtKind::ClassDef {
                name,
                bases,
                keywords,
                body,
                decorator_list,
            } => {
                for e in decorator_list.iter().chain(bases) {
                    self.expr(e)?;
                }
                for k in keywords {
                    self.expr(&k.value)?;
                }
                self.bind(name);
                self.with_scope(stmt_key(s), ScopeKind::Class, |b| b.stmts(body))?;
            }
            StmtKind::Return { value } => {
                if let Some(v) = value {
                    self.expr(v)?;
                }
            }
            StmtKind::Delete { targets } => {
                for t in targets {
                    self.expr(t)?;
                }
            }
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                for t in targets {
                    self.expr(t)?;
                }
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(value)?;
                if let ExprKind::Name { id, .. } = &target.kind {
                    self.use_name(id);
                }
                self.expr(target)?;
            }
            StmtKind::AnnAssign { target, value, .. } => {
                if let Some(v) = value {
                    self.expr(v)?;
                    self.expr(target)?;
                } else if let ExprKind::Name { id, .. } = &target.kind {
                    self.bind(id);
                }
            }
            StmtKind::For(f) | StmtKind::AsyncFor(f) => {
                self.expr(&f.iter)?;
                self.expr(&f.target)?;
                self.stmts(&f.body)?;
                self.stmts(&f.orelse)?;
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.expr(test)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::With(w) | StmtKind::AsyncWith(w) => {
                for item in &w.items {
                    self.expr(&item.context_expr)?;
                    if let Some(v) = &item.optional_vars {
                        self.expr(v)?;
                    }
                }
                self.stmts(&w.body)?;
            }
            StmtKind::Raise { exc, cause } => {
                for e in exc.iter().chain(cause) {
                    self.expr(e)?;
                }
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                self.stmts(body)?;
                for h in handlers {
                    if let Some(t) = &h.typ {
                        self.expr(t)?;
                    }
                    if let Some(n) = &h.name {
                        self.bind(n);
                    }
                    self.stmts(&h.body)?;
                }
                self.stmts(orelse)?;
                self.stmts(finalbody)?;
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test)?;
                if let Some(m) = msg {
                    self.expr(m)?;
                }
            }
            StmtKind::Import { names } | StmtKind::ImportFrom { names, .. } => {
                let from = matches!(s.kind, StmtKind::ImportFrom { .. });
                for a in names {
                    let bound = match &a.asname {
                        Some(n) => n.clone(),
                        None if from => a.name.clone(),
                        None => a.name.split('.').next().unwrap_or(&a.name).to_string(),
                    };
                    self.bind(&bound);
                }
            }
            StmtKind::Global { names } => {
                for n in names {
                    let sc = self.scope();
                    if sc.bound.contains(n) || sc.used.contains(n) {
                        let msg = if sc.bound.contains(n) {
                            format!("name '{n}' is assigned to before global declaration")
                        } else {
                            format!("name '{n}' is used prior to global declaration")
                        };
                        return Err(ScopeError {
                            msg,
                            line: s.line,
                            col: s.col,
                        });
                    }
                    sc.globals.insert(n.clone());
                }
            }
            StmtKind::Nonlocal { names } => {
                if self.scope().kind == Some(ScopeKind::Module) {
                    return Err(ScopeError {
                        msg: "nonlocal declaration not allowed at module level".into(),
                        line: s.line,
                        col: s.col,
                    });
                }
                for n in names {
                    let sc = self.scope();
                    if sc.bound.contains(n) {
                        return Err(ScopeError {
                            msg: format!("name '{n}' is assigned to before nonlocal declaration"),
                            line: s.line,
                            col: s.col,
                        });
                    }
                    sc.nonlocals.insert(n.clone());
                }
            }
            StmtKind::Expr { value } => self.expr(value)?,
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
        }
        Ok(())
    }

    fn comprehension(
        &mut self,
        e: &Expr,
        gens: &[ast::Comprehension],
        elts: &[&Expr],
    ) -> Result<(), ScopeError> {
        // The first iterable is evaluated in the enclosing scope.
        if let Some(first) = gens.first() {
            self.expr(&first.iter)?;
        }
        self.with_scope(expr_key(e), ScopeKind::Function, |b| {
            b.bind(".0");
            b.scope().params = vec![".0".into()];
            for (i, g) in gens.iter().enumerate() {
                if i > 0 {
                    b.expr(&g.iter)?;
                }
                b.expr(&g.target)?;
                for cond in &g.ifs {
                    b.expr(cond)?;
                }
            }
            for x in elts {
                b.expr(x)?;
            }
            if matches!(e.kind, ExprKind::GeneratorExp { .. }) {
                b.scope().is_generator = true;
            }
            Ok(())
        })
    }

    fn expr(&mut self, e: &Expr) -> Result<(), ScopeError> {
        match &e.kind {
            ExprKind::Name { id, ctx } => match ctx {
                ast::ExprContext::Load => self.use_name(id),
                ast::ExprContext::Store | ast::ExprContext::Del => self.bind(id),
            },
            ExprKind::BoolOp { values, .. } => {
                for v in values {
                    self.expr(v)?;
                }
            }
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left)?;
                self.expr(right)?;
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand)?,
            ExprKind::Lambda { args, body } => {
                self.arg_defaults(args)?;
                self.with_scope(expr_key(e), ScopeKind::Function, |b| {
                    b.params(args);
                    b.expr(body)
                })?;
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test)?;
                self.expr(body)?;
                self.expr(orelse)?;
            }
            ExprKind::Dict { keys, values } => {
                for k in keys.iter().flatten() {
                    self.expr(k)?;
                }
                for v in values {
                    self.expr(v)?;
                }
            }
            ExprKind::Set { elts } | ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => {
                for x in elts {
                    self.expr(x)?;
                }
            }
            ExprKind::ListComp { elt, generators }
            | ExprKind::SetComp { elt, generators }
            | ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(e, generators, &[elt])?
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(e, generators, &[key, value])?,
            ExprKind::Await { value } | ExprKind::YieldFrom { value } => {
                if !matches!(e.kind, ExprKind::Await { .. }) {
                    self.scope().is_generator = true;
                }
                self.expr(value)?;
            }
            ExprKind::Yield { value } => {
                self.scope().is_generator = true;
                if let Some(v) = value {
                    self.expr(v)?;
                }
            }
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.expr(left)?;
                for c in comparators {
                    self.expr(c)?;
                }
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.expr(func)?;
                for a in args {
                    self.expr(a)?;
                }
                for k in keywords {
                    self.expr(&k.value)?;
                }
                // super() with no arguments needs the enclosing class cell.
                if let ExprKind::Name { id, .. } = &func.kind {
                    if id == "super" && args.is_empty() {
                        self.use_name("__class__");
                    }
                }
            }
            ExprKind::FormattedValue {
                value, format_spec, ..
            } => {
                self.expr(value)?;
                if let Some(s) = format_spec {
                    self.expr(s)?;
                }
            }
            ExprKind::JoinedStr { values } => {
                for v in values {
                    self.expr(v)?;
                }
            }
            ExprKind::Constant(_) => {}
            ExprKind::Attribute { value, .. } => self.expr(value)?,
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value)?;
                self.expr(slice)?;
            }
            ExprKind::Starred { value, .. } => self.expr(value)?,
            ExprKind::Slice { lower, upper, step } => {
                for x in [lower, upper, step].into_iter().flatten() {
                    self.expr(x)?;
                }
            }
        }
        Ok(())
    }
}
