//! A compact S-expression dump of a syntax tree, for tests and debugging.
//!
//! `x = f(1, *a, k=2)` dumps as
//! `(Module (Assign [(Name x Store)] (Call (Name x) [1 (Starred (Name a))] [(k 2)])))`-style text:
//! names print bare (with `Store`/`Del` when not loaded), constants as Python literals, lists in
//! `[...]`, missing optional parts as `-`. Positions are left out.

use super::ast::*;
use std::fmt::Write;

/// Dump a whole module.
pub fn dump(module: &Module) -> String {
    let mut d = Dumper { out: String::new() };
    d.out.push_str("(Module");
    for s in &module.body {
        d.out.push(' ');
        d.stmt(s);
    }
    d.out.push(')');
    d.out
}

/// Dump one expression.
pub fn dump_expr(e: &Expr) -> String {
    let mut d = Dumper { out: String::new() };
    d.expr(e);
    d.out
}

struct Dumper {
    out: String,
}

fn py_str(s: &str) -> String {
    let mut out = String::from("'");
    for c in s.chars() {
        match c {
            '\'' => out.push_str("\\'"),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('\'');
    out
}

fn py_bytes(b: &[u8]) -> String {
    let mut out = String::from("b'");
    for &c in b {
        match c {
            b'\'' => out.push_str("\\'"),
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\t' => out.push_str("\\t"),
            b'\r' => out.push_str("\\r"),
            0x20..=0x7e => out.push(c as char),
            _ => {
                let _ = write!(out, "\\x{c:02x}");
            }
        }
    }
    out.push('\'');
    out
}

fn ctx_suffix(ctx: ExprContext) -> &'static str {
    match ctx {
        ExprContext::Load => "",
        ExprContext::Store => " Store",
        ExprContext::Del => " Del",
    }
}

impl Dumper {
    fn list<T>(&mut self, items: &[T], mut f: impl FnMut(&mut Self, &T)) {
        self.out.push('[');
        for (i, x) in items.iter().enumerate() {
            if i > 0 {
                self.out.push(' ');
            }
            f(self, x);
        }
        self.out.push(']');
    }

    fn opt(&mut self, e: Option<&Expr>) {
        match e {
            Some(e) => self.expr(e),
            None => self.out.push('-'),
        }
    }

    fn body(&mut self, b: &[Stmt]) {
        self.list(b, |d, s| d.stmt(s));
    }

    fn exprs(&mut self, es: &[Expr]) {
        self.list(es, |d, e| d.expr(e));
    }

    fn open(&mut self, name: &str) {
        self.out.push('(');
        self.out.push_str(name);
    }

    fn sp(&mut self) {
        self.out.push(' ');
    }

    fn args(&mut self, a: &Arguments) {
        self.open("args");
        let arg = |d: &mut Self, x: &Arg| {
            d.out.push_str(&x.arg);
            if let Some(ann) = &x.annotation {
                d.out.push(':');
                d.expr(ann);
            }
        };
        if !a.posonlyargs.is_empty() {
            self.out.push_str(" posonly=");
            self.list(&a.posonlyargs, arg);
        }
        self.sp();
        self.list(&a.args, arg);
        if !a.defaults.is_empty() {
            self.out.push_str(" defaults=");
            self.exprs(&a.defaults);
        }
        if let Some(v) = &a.vararg {
            self.out.push_str(" *");
            arg(self, v);
        }
        if !a.kwonlyargs.is_empty() {
            self.out.push_str(" kwonly=");
            self.list(&a.kwonlyargs, arg);
            self.out.push_str(" kw_defaults=");
            self.list(&a.kw_defaults, |d, x| d.opt(x.as_ref()));
        }
        if let Some(k) = &a.kwarg {
            self.out.push_str(" **");
            arg(self, k);
        }
        self.out.push(')');
    }

    fn keywords(&mut self, ks: &[Keyword]) {
        self.list(ks, |d, k| {
            d.out.push('(');
            match &k.arg {
                Some(a) => d.out.push_str(a),
                None => d.out.push_str("**"),
            }
            d.sp();
            d.expr(&k.value);
            d.out.push(')');
        });
    }

    fn generators(&mut self, gens: &[Comprehension]) {
        self.list(gens, |d, g| {
            d.open("for");
            d.sp();
            d.expr(&g.target);
            d.sp();
            d.expr(&g.iter);
            if !g.ifs.is_empty() {
                d.sp();
                d.exprs(&g.ifs);
            }
            d.out.push(')');
        });
    }

    fn function(&mut self, name: &str, f: &FunctionDef) {
        self.open(name);
        self.sp();
        self.out.push_str(&f.name);
        self.sp();
        self.args(&f.args);
        self.sp();
        self.body(&f.body);
        if !f.decorator_list.is_empty() {
            self.out.push_str(" decorators=");
            self.exprs(&f.decorator_list);
        }
        if let Some(r) = &f.returns {
            self.out.push_str(" returns=");
            self.expr(r);
        }
        self.out.push(')');
    }

    fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::FunctionDef(f) => self.function("FunctionDef", f),
            StmtKind::AsyncFunctionDef(f) => self.function("AsyncFunctionDef", f),
            StmtKind::ClassDef {
                name,
                bases,
                keywords,
                body,
                decorator_list,
            } => {
                self.open("ClassDef");
                self.sp();
                self.out.push_str(name);
                self.sp();
                self.exprs(bases);
                self.sp();
                self.keywords(keywords);
                self.sp();
                self.body(body);
                if !decorator_list.is_empty() {
                    self.out.push_str(" decorators=");
                    self.exprs(decorator_list);
                }
                self.out.push(')');
            }
            StmtKind::Return { value } => {
                self.open("Return");
                self.sp();
                self.opt(value.as_ref());
                self.out.push(')');
            }
            StmtKind::Delete { targets } => {
                self.open("Delete");
                self.sp();
                self.exprs(targets);
                self.out.push(')');
            }
            StmtKind::Assign { targets, value } => {
                self.open("Assign");
                self.sp();
                self.exprs(targets);
                self.sp();
                self.expr(value);
                self.out.push(')');
            }
            StmtKind::AugAssign { target, op, value } => {
                self.open("AugAssign");
                self.sp();
                self.expr(target);
                let _ = write!(self.out, " {:?} ", op);
                self.expr(value);
                self.out.push(')');
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                self.open("AnnAssign");
                self.sp();
                self.expr(target);
                self.sp();
                self.expr(annotation);
                self.sp();
                self.opt(value.as_ref());
                if !simple {
                    self.out.push_str(" not-simple");
                }
                self.out.push(')');
            }
            StmtKind::For(f) | StmtKind::AsyncFor(f) => {
                self.open(if matches!(s.kind, StmtKind::For(_)) {
                    "For"
                } else {
                    "AsyncFor"
                });
                self.sp();
                self.expr(&f.target);
                self.sp();
                self.expr(&f.iter);
                self.sp();
                self.body(&f.body);
                if !f.orelse.is_empty() {
                    self.out.push_str(" else=");
                    self.body(&f.orelse);
                }
                self.out.push(')');
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.open(if matches!(s.kind, StmtKind::While { .. }) {
                    "While"
                } else {
                    "If"
                });
                self.sp();
                self.expr(test);
                self.sp();
                self.body(body);
                if !orelse.is_empty() {
                    self.out.push_str(" else=");
                    self.body(orelse);
                }
                self.out.push(')');
            }
            StmtKind::With(w) | StmtKind::AsyncWith(w) => {
                self.open(if matches!(s.kind, StmtKind::With(_)) {
                    "With"
                } else {
                    "AsyncWith"
                });
                self.sp();
                self.list(&w.items, |d, i| {
                    d.out.push('(');
                    d.expr(&i.context_expr);
                    if let Some(v) = &i.optional_vars {
                        d.out.push_str(" as ");
                        d.expr(v);
                    }
                    d.out.push(')');
                });
                self.sp();
                self.body(&w.body);
                self.out.push(')');
            }
            StmtKind::Raise { exc, cause } => {
                self.open("Raise");
                self.sp();
                self.opt(exc.as_ref());
                self.sp();
                self.opt(cause.as_ref());
                self.out.push(')');
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                self.open("Try");
                self.sp();
                self.body(body);
                self.sp();
                self.list(handlers, |d, h| {
                    d.open("except");
                    d.sp();
                    d.opt(h.typ.as_ref());
                    d.sp();
                    d.out.push_str(h.name.as_deref().unwrap_or("-"));
                    d.sp();
                    d.body(&h.body);
                    d.out.push(')');
                });
                if !orelse.is_empty() {
                    self.out.push_str(" else=");
                    self.body(orelse);
                }
                if !finalbody.is_empty() {
                    self.out.push_str(" finally=");
                    self.body(finalbody);
                }
                self.out.push(')');
            }
            StmtKind::Assert { test, msg } => {
                self.open("Assert");
                self.sp();
                self.expr(test);
                self.sp();
                self.opt(msg.as_ref());
                self.out.push(')');
            }
            StmtKind::Import { names } => {
                self.open("Import");
                self.sp();
                self.aliases(names);
                self.out.push(')');
            }
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => {
                self.open("ImportFrom");
                let _ = write!(self.out, " {} {} ", module.as_deref().unwrap_or("-"), level);
                self.aliases(names);
                self.out.push(')');
            }
            StmtKind::Global { names } | StmtKind::Nonlocal { names } => {
                self.open(if matches!(s.kind, StmtKind::Global { .. }) {
                    "Global"
                } else {
                    "Nonlocal"
                });
                let _ = write!(self.out, " [{}])", names.join(" "));
            }
            StmtKind::Expr { value } => {
                self.open("Expr");
                self.sp();
                self.expr(value);
                self.out.push(')');
            }
            StmtKind::Pass => self.out.push_str("(Pass)"),
            StmtKind::Break => self.out.push_str("(Break)"),
            StmtKind::Continue => self.out.push_str("(Continue)"),
        }
    }

    fn aliases(&mut self, names: &[Alias]) {
        self.list(names, |d, a| {
            d.out.push_str(&a.name);
            if let Some(s) = &a.asname {
                d.out.push_str(" as ");
                d.out.push_str(s);
            }
        });
    }

    fn expr(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::BoolOp { op, values } => {
                let _ = write!(self.out, "(BoolOp {:?} ", op);
                self.exprs(values);
                self.out.push(')');
            }
            ExprKind::BinOp { left, op, right } => {
                self.open("BinOp");
                self.sp();
                self.expr(left);
                let _ = write!(self.out, " {:?} ", op);
                self.expr(right);
                self.out.push(')');
            }
            ExprKind::UnaryOp { op, operand } => {
                let _ = write!(self.out, "(UnaryOp {:?} ", op);
                self.expr(operand);
                self.out.push(')');
            }
            ExprKind::Lambda { args, body } => {
                self.open("Lambda");
                self.sp();
                self.args(args);
                self.sp();
                self.expr(body);
                self.out.push(')');
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.open("IfExp");
                self.sp();
                self.expr(test);
                self.sp();
                self.expr(body);
                self.sp();
                self.expr(orelse);
                self.out.push(')');
            }
            ExprKind::Dict { keys, values } => {
                self.open("Dict");
                self.sp();
                self.list(keys, |d, k| d.opt(k.as_ref()));
                self.sp();
                self.exprs(values);
                self.out.push(')');
            }
            ExprKind::Set { elts } => {
                self.open("Set");
                self.sp();
                self.exprs(elts);
                self.out.push(')');
            }
            ExprKind::ListComp { elt, generators }
            | ExprKind::SetComp { elt, generators }
            | ExprKind::GeneratorExp { elt, generators } => {
                self.open(match e.kind {
                    ExprKind::ListComp { .. } => "ListComp",
                    ExprKind::SetComp { .. } => "SetComp",
                    _ => "GeneratorExp",
                });
                self.sp();
                self.expr(elt);
                self.sp();
                self.generators(generators);
                self.out.push(')');
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => {
                self.open("DictComp");
                self.sp();
                self.expr(key);
                self.sp();
                self.expr(value);
                self.sp();
                self.generators(generators);
                self.out.push(')');
            }
            ExprKind::Await { value } => {
                self.open("Await");
                self.sp();
                self.expr(value);
                self.out.push(')');
            }
            ExprKind::Yield { value } => {
                self.open("Yield");
                self.sp();
                self.opt(value.as_deref());
                self.out.push(')');
            }
            ExprKind::YieldFrom { value } => {
                self.open("YieldFrom");
                self.sp();
                self.expr(value);
                self.out.push(')');
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => {
                self.open("Compare");
                self.sp();
                self.expr(left);
                for (op, c) in ops.iter().zip(comparators) {
                    let _ = write!(self.out, " {:?} ", op);
                    self.expr(c);
                }
                self.out.push(')');
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.open("Call");
                self.sp();
                self.expr(func);
                self.sp();
                self.exprs(args);
                if !keywords.is_empty() {
                    self.sp();
                    self.keywords(keywords);
                }
                self.out.push(')');
            }
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => {
                self.open("FormattedValue");
                self.sp();
                self.expr(value);
                match conversion {
                    Conversion::None => {}
                    Conversion::Str => self.out.push_str(" !s"),
                    Conversion::Repr => self.out.push_str(" !r"),
                    Conversion::Ascii => self.out.push_str(" !a"),
                }
                if let Some(f) = format_spec {
                    self.sp();
                    self.expr(f);
                }
                self.out.push(')');
            }
            ExprKind::JoinedStr { values } => {
                self.open("JoinedStr");
                self.sp();
                self.exprs(values);
                self.out.push(')');
            }
            ExprKind::Constant(c) => match c {
                Constant::None => self.out.push_str("None"),
                Constant::Bool(true) => self.out.push_str("True"),
                Constant::Bool(false) => self.out.push_str("False"),
                Constant::Ellipsis => self.out.push_str("..."),
                Constant::Int(v) => {
                    let _ = write!(self.out, "{v}");
                }
                Constant::BigInt(b) => self.out.push_str(&b.digits),
                Constant::Float(f) => {
                    let _ = write!(self.out, "{f:?}");
                }
                Constant::Str(s) => {
                    let s = py_str(s);
                    self.out.push_str(&s);
                }
                Constant::Bytes(b) => {
                    let s = py_bytes(b);
                    self.out.push_str(&s);
                }
            },
            ExprKind::Attribute { value, attr, ctx } => {
                self.open("Attribute");
                self.sp();
                self.expr(value);
                let _ = write!(self.out, " {attr}{})", ctx_suffix(*ctx));
            }
            ExprKind::Subscript { value, slice, ctx } => {
                self.open("Subscript");
                self.sp();
                self.expr(value);
                self.sp();
                self.expr(slice);
                let _ = write!(self.out, "{})", ctx_suffix(*ctx));
            }
            ExprKind::Starred { value, ctx } => {
                self.open("Starred");
                self.sp();
                self.expr(value);
                let _ = write!(self.out, "{})", ctx_suffix(*ctx));
            }
            ExprKind::Name { id, ctx } => {
                if *ctx == ExprContext::Load {
                    self.out.push_str(id);
                } else {
                    let _ = write!(self.out, "(Name {id}{})", ctx_suffix(*ctx));
                }
            }
            ExprKind::List { elts, ctx } | ExprKind::Tuple { elts, ctx } => {
                self.open(if matches!(e.kind, ExprKind::List { .. }) {
                    "List"
                } else {
                    "Tuple"
                });
                self.sp();
                self.exprs(elts);
                let _ = write!(self.out, "{})", ctx_suffix(*ctx));
            }
            ExprKind::Slice { lower, upper, step } => {
                self.open("Slice");
                self.sp();
                self.opt(lower.as_deref());
                self.sp();
                self.opt(upper.as_deref());
                self.sp();
                self.opt(step.as_deref());
                self.out.push(')');
            }
        }
    }
}
