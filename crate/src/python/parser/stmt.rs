//! Statements and blocks, with CPython's messages for missing colons, missing indented blocks,
//! bad assignment targets and legacy `print x`.

use super::super::ast::{
    Alias, Constant, ExceptHandler, Expr, ExprContext, ExprKind, For, FunctionDef, Operator, Range,
    Stmt, StmtKind, With, WithItem,
};
use super::super::token::{Keyword, Op, Pos, Token, TokenKind};
use super::targets::{expr_name, invalid_target, is_bitwise_or_level, set_context, TargetsType};
use super::{PResult, Parser};
use crate::python::syntax_error::{ErrorKind, SyntaxError};

/// Most nested blocks plus `elif` branches on one path through the statement tree.
pub const MAX_STMT_DEPTH: u32 = 250;

fn aug_op(op: Op) -> Option<Operator> {
    Some(match op {
        Op::PlusEqual => Operator::Add,
        Op::MinEqual => Operator::Sub,
        Op::StarEqual => Operator::Mult,
        Op::AtEqual => Operator::MatMult,
        Op::SlashEqual => Operator::Div,
        Op::PercentEqual => Operator::Mod,
        Op::AmperEqual => Operator::BitAnd,
        Op::VBarEqual => Operator::BitOr,
        Op::CircumflexEqual => Operator::BitXor,
        Op::LeftShiftEqual => Operator::LShift,
        Op::RightShiftEqual => Operator::RShift,
        Op::DoubleStarEqual => Operator::Pow,
        Op::DoubleSlashEqual => Operator::FloorDiv,
        _ => return None,
    })
}

fn end_of(e: &Expr) -> Pos {
    Pos::new(e.end_line, e.end_col)
}

fn start_of(e: &Expr) -> Pos {
    Pos::new(e.line, e.col)
}

fn stmts_end(body: &[Stmt], fallback: Pos) -> Pos {
    body.last()
        .map_or(fallback, |s| Pos::new(s.end_line, s.end_col))
}

/// The leftmost atom of `e` (what CPython's `!(list|tuple|genexp|...)` lookahead sees).
fn leftmost(e: &Expr) -> &Expr {
    let mut cur = e;
    loop {
        cur = match &cur.kind {
            ExprKind::BinOp { left, .. } => left,
            ExprKind::Call { func, .. } => func,
            ExprKind::Attribute { value, .. } | ExprKind::Subscript { value, .. } => value,
            ExprKind::Compare { left, .. } => left,
            _ => return cur,
        };
        if (cur.line, cur.col) != (e.line, e.col) {
            return cur;
        }
    }
}

impl<'s, 'a> Parser<'s, 'a> {
    /// Index of the token starting exactly at real position `p`, if any.
    fn token_at(&self, p: Pos) -> Option<usize> {
        let idx = self.tokens.partition_point(|t| self.real(t.start) < p);
        let t = self.tokens.get(idx)?;
        (self.real(t.start) == p).then_some(idx)
    }

    /// Whether `e` is written in parentheses of its own: `(e)`.
    fn is_group_expr(&self, e: &Expr) -> bool {
        match self.token_at(start_of(e)) {
            Some(i) if i > 0 => matches!(
                self.tokens.get(i - 1).map(|t| &t.kind),
                Some(TokenKind::Op(Op::LPar))
            ),
            _ => false,
        }
    }

    fn is_bare_tuple(&self, e: &Expr) -> bool {
        match &e.kind {
            ExprKind::Tuple { elts, .. } => elts
                .first()
                .is_some_and(|f| (f.line, f.col) == (e.line, e.col)),
            _ => false,
        }
    }

    /// `statement`: a compound statement or a line of simple statements, appended to `out`.
    pub(crate) fn statement(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        let kind = self.peek_kind().clone_shallow();
        match kind {
            Shallow::Kw(Keyword::If) => {
                let s = self.if_stmt()?;
                out.push(s);
            }
            Shallow::Kw(Keyword::While) => {
                let s = self.while_stmt()?;
                out.push(s);
            }
            Shallow::Kw(Keyword::For) => {
                let s = self.for_stmt(None)?;
                out.push(s);
            }
            Shallow::Kw(Keyword::Try) => {
                let s = self.try_stmt()?;
                out.push(s);
            }
            Shallow::Kw(Keyword::With) => {
                let s = self.with_stmt(None)?;
                out.push(s);
            }
            Shallow::Kw(Keyword::Def) => {
                let s = self.funcdef(Vec::new(), None)?;
                out.push(s);
            }
            Shallow::Kw(Keyword::Class) => {
                let s = self.classdef(Vec::new())?;
                out.push(s);
            }
            Shallow::Kw(Keyword::Async) => {
                let s = self.async_stmt(Vec::new())?;
                out.push(s);
            }
            Shallow::At => {
                let s = self.decorated()?;
                out.push(s);
            }
            Shallow::Indent | Shallow::Dedent => return Err(self.invalid_syntax()),
            Shallow::Match => {
                if self.line_is_block_header() {
                    let t = self.peek().clone();
                    return Err(self.unsupported("the 'match' statement", t.start, t.end));
                }
                self.simple_stmts(out)?;
            }
            Shallow::Kw(_) | Shallow::Other => self.simple_stmts(out)?,
        }
        Ok(())
    }

    /// Whether the logical line from here ends with `:` and opens a block.
    fn line_is_block_header(&self) -> bool {
        let mut i = self.pos;
        let mut prev_colon = false;
        while let Some(t) = self.tokens.get(i) {
            match t.kind {
                TokenKind::Newline => {
                    return prev_colon
                        && matches!(
                            self.tokens.get(i + 1).map(|t| &t.kind),
                            Some(TokenKind::Indent)
                        );
                }
                TokenKind::EndMarker | TokenKind::Error => return false,
                _ => prev_colon = matches!(t.kind, TokenKind::Op(Op::Colon)),
            }
            i += 1;
        }
        false
    }

    fn simple_stmts(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        loop {
            let s = self.simple_stmt()?;
            out.push(s);
            if self.eat_op(Op::Semi) {
                if self.at_newline() {
                    self.advance();
                    return Ok(());
                }
                continue;
            }
            if self.at_newline() {
                self.advance();
                return Ok(());
            }
            return Err(self.invalid_syntax());
        }
    }

    fn simple_stmt(&mut self) -> PResult<Stmt> {
        let t = self.peek().clone();
        let start = t.start;
        let kind = match &t.kind {
            TokenKind::Keyword(Keyword::Pass) => {
                self.advance();
                StmtKind::Pass
            }
            TokenKind::Keyword(Keyword::Break) => {
                self.advance();
                StmtKind::Break
            }
            TokenKind::Keyword(Keyword::Continue) => {
                self.advance();
                StmtKind::Continue
            }
            TokenKind::Keyword(Keyword::Return) => {
                self.advance();
                let value = if self.at_expression_start() || self.at_op(Op::Star) {
                    Some(self.star_expressions()?)
                } else {
                    None
                };
                StmtKind::Return { value }
            }
            TokenKind::Keyword(Keyword::Raise) => {
                self.advance();
                let mut exc = None;
                let mut cause = None;
                if self.at_expression_start() {
                    exc = Some(self.expression()?);
                    if self.eat_kw(Keyword::From) {
                        cause = Some(self.expression()?);
                    }
                }
                StmtKind::Raise { exc, cause }
            }
            TokenKind::Keyword(kw @ (Keyword::Global | Keyword::Nonlocal)) => {
                let kw = *kw;
                self.advance();
                let mut names = vec![self.expect_name()?.0];
                while self.eat_op(Op::Comma) {
                    names.push(self.expect_name()?.0);
                }
                if kw == Keyword::Global {
                    StmtKind::Global { names }
                } else {
                    StmtKind::Nonlocal { names }
                }
            }
            TokenKind::Keyword(Keyword::Del) => {
                self.advance();
                let target = self.star_expressions()?;
                let bare = self.is_bare_tuple_del(&target);
                let mut targets = match target.kind {
                    ExprKind::Tuple { elts, .. } if bare => elts,
                    _ => vec![target],
                };
                for t in &targets {
                    if let Some(bad) = invalid_target(t, TargetsType::Del) {
                        return Err(self.err_expr(format!("cannot delete {}", expr_name(bad)), bad));
                    }
                }
                for t in &mut targets {
                    set_context(t, ExprContext::Del);
                }
                StmtKind::Delete { targets }
            }
            TokenKind::Keyword(Keyword::Assert) => {
                self.advance();
                let test = self.expression()?;
                let msg = if self.eat_op(Op::Comma) {
                    Some(self.expression()?)
                } else {
                    None
                };
                StmtKind::Assert { test, msg }
            }
            TokenKind::Keyword(Keyword::Import) => {
                self.advance();
                let mut names = vec![self.dotted_alias()?];
                while self.eat_op(Op::Comma) {
                    names.push(self.dotted_alias()?);
                }
                StmtKind::Import { names }
            }
            TokenKind::Keyword(Keyword::From) => {
                self.advance();
                self.import_from()?
            }
            _ => return self.expr_stmt(t),
        };
        let end = self.prev_end();
        Ok(self.stmt(kind, start, end))
    }

    fn is_bare_tuple_del(&self, e: &Expr) -> bool {
        self.is_bare_tuple(e)
    }

    fn dotted_name(&mut self) -> PResult<(String, Token, Pos)> {
        let (mut name, first) = self.expect_name()?;
        let mut end = first.end;
        while self.at_op(Op::Dot) {
            self.advance();
            let (part, t) = self.expect_name()?;
            name.push('.');
            name.push_str(&part);
            end = t.end;
        }
        Ok((name, first, end))
    }

    fn dotted_alias(&mut self) -> PResult<Alias> {
        let (name, first, mut end) = self.dotted_name()?;
        let asname = if self.eat_kw(Keyword::As) {
            let (n, t) = self.expect_name()?;
            end = t.end;
            Some(n)
        } else {
            None
        };
        Ok(Alias {
            name,
            asname,
            range: self.range(first.start, end),
        })
    }

    fn import_from(&mut self) -> PResult<StmtKind> {
        let mut level = 0u32;
        loop {
            if self.eat_op(Op::Dot) {
                level += 1;
            } else if self.eat_op(Op::Ellipsis) {
                level += 3;
            } else {
                break;
            }
        }
        let module = if matches!(self.peek_kind(), TokenKind::Name(_)) {
            Some(self.dotted_name()?.0)
        } else {
            if level == 0 {
                return Err(self.invalid_syntax());
            }
            None
        };
        if !self.eat_kw(Keyword::Import) {
            return Err(self.invalid_syntax());
        }
        let mut names = Vec::new();
        if self.at_op(Op::Star) {
            let t = self.advance();
            names.push(Alias {
                name: "*".into(),
                asname: None,
                range: self.range(t.start, t.end),
            });
        } else if self.eat_op(Op::LPar) {
            loop {
                names.push(self.import_alias()?);
                if !self.eat_op(Op::Comma) || self.at_op(Op::RPar) {
                    break;
                }
            }
            self.expect_op(Op::RPar)?;
        } else {
            loop {
                names.push(self.import_alias()?);
                if !self.eat_op(Op::Comma) {
                    break;
                }
                if self.at_newline() || self.at_op(Op::Semi) {
                    let t = self.peek().clone();
                    return Err(self.err_range(
                        "trailing comma not allowed without surrounding parentheses",
                        t.start,
                        t.end,
                    ));
                }
            }
        }
        Ok(StmtKind::ImportFrom {
            module,
            names,
            level,
        })
    }

    fn import_alias(&mut self) -> PResult<Alias> {
        let (name, t) = self.expect_name()?;
        let mut end = t.end;
        let asname = if self.eat_kw(Keyword::As) {
            let (n, at) = self.expect_name()?;
            end = at.end;
            Some(n)
        } else {
            None
        };
        Ok(Alias {
            name,
            asname,
            range: self.range(t.start, end),
        })
    }

    /// Expression statements and all assignments.
    fn expr_stmt(&mut self, first: Token) -> PResult<Stmt> {
        let start = first.start;
        let e = if self.at_kw(Keyword::Yield) {
            self.yield_expr()?
        } else {
            self.star_expressions()?
        };
        let next = self.peek().kind.clone_shallow_op();
        match next {
            Some(Op::Colon) => return self.ann_assign(e, &first),
            Some(Op::Equal) => return self.assign(e, start),
            Some(op) if aug_op(op).is_some() => {
                let op = aug_op(op).unwrap_or(Operator::Add);
                if !matches!(
                    e.kind,
                    ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. }
                ) {
                    return Err(self.err_expr(
                        format!(
                            "'{}' is an illegal expression for augmented assignment",
                            expr_name(&e)
                        ),
                        &e,
                    ));
                }
                self.advance();
                let mut target = e;
                set_context(&mut target, ExprContext::Store);
                let value = if self.at_kw(Keyword::Yield) {
                    self.yield_expr()?
                } else {
                    self.star_expressions()?
                };
                let end = self.prev_end();
                return Ok(self.stmt(StmtKind::AugAssign { target, op, value }, start, end));
            }
            _ => {}
        }
        if !self.at_newline() && !self.at_op(Op::Semi) {
            if let ExprKind::Name { id, .. } = &e.kind {
                if (id == "print" || id == "exec")
                    && !self.is_group_expr(&e)
                    && !self.at_op(Op::LPar)
                {
                    let id = id.clone();
                    let mark = self.mark();
                    let furthest = self.furthest_mark();
                    let rest = if self.at_expression_start() || self.at_op(Op::Star) {
                        self.star_expressions().ok()
                    } else {
                        None
                    };
                    self.set_furthest(furthest);
                    if let Some(b) = rest {
                        return Err(self.err_real(
                            format!(
                                "Missing parentheses in call to '{id}'. Did you mean {id}(...)?"
                            ),
                            start_of(&e),
                            end_of(&b),
                        ));
                    }
                    self.reset(mark);
                }
            }
            return Err(self.invalid_syntax());
        }
        let end = self.prev_end();
        Ok(self.stmt(StmtKind::Expr { value: e }, start, end))
    }

    fn ann_assign(&mut self, e: Expr, first: &Token) -> PResult<Stmt> {
        let start = first.start;
        let group = self.is_group_expr(&e);
        let simple = match &e.kind {
            ExprKind::Name { .. } => !group && !matches!(first.kind, TokenKind::Op(Op::LPar)),
            ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => false,
            ExprKind::Tuple { elts, .. } => {
                if self.is_bare_tuple(&e) {
                    let at = elts.first().unwrap_or(&e);
                    return Err(
                        self.err_expr("only single target (not tuple) can be annotated", at)
                    );
                }
                return Err(self.err_expr("only single target (not tuple) can be annotated", &e));
            }
            ExprKind::List { .. } => {
                return Err(self.err_expr("only single target (not list) can be annotated", &e));
            }
            _ => return Err(self.err_expr("illegal target for annotation", &e)),
        };
        self.advance(); // ':'
        let annotation = self.expression()?;
        let value = if self.eat_op(Op::Equal) {
            Some(if self.at_kw(Keyword::Yield) {
                self.yield_expr()?
            } else {
                self.star_expressions()?
            })
        } else {
            None
        };
        let mut target = e;
        set_context(&mut target, ExprContext::Store);
        let end = self.prev_end();
        Ok(self.stmt(
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            },
            start,
            end,
        ))
    }

    fn assign(&mut self, first: Expr, start: Pos) -> PResult<Stmt> {
        let start_real = self.real(start);
        let mut targets = vec![first];
        let value;
        loop {
            self.advance(); // '='
            let v = if self.at_kw(Keyword::Yield) {
                self.yield_expr()?
            } else {
                self.star_expressions()?
            };
            if self.at_op(Op::Equal) {
                targets.push(v);
                continue;
            }
            value = v;
            break;
        }
        if targets
            .iter()
            .any(|t| invalid_target(t, TargetsType::Star).is_some())
        {
            return Err(self.bad_assignment(&targets, &value));
        }
        for t in &mut targets {
            set_context(t, ExprContext::Store);
        }
        let end = self.prev_end();
        let e = self.real(end);
        Ok(Stmt {
            kind: StmtKind::Assign { targets, value },
            line: start_real.line,
            col: start_real.col,
            end_line: e.line,
            end_col: e.col,
        })
    }

    /// The message for an assignment with an invalid target, chosen as CPython's second pass does.
    fn bad_assignment(&mut self, targets: &[Expr], value: &Expr) -> Box<SyntaxError> {
        let Some(t0) = targets.first() else {
            return self.invalid_syntax();
        };
        let cand = match &t0.kind {
            ExprKind::Tuple { elts, .. } if self.is_bare_tuple(t0) => elts.last().unwrap_or(t0),
            _ => t0,
        };
        let rhs = targets.get(1).unwrap_or(value);
        let rhs_followed_by_eq = targets.len() > 1;
        // The bitwise_or that starts the right-hand side.
        let mut b = rhs;
        loop {
            if self.is_group_expr(b) || is_bitwise_or_level(b) {
                break;
            }
            b = match &b.kind {
                ExprKind::Tuple { elts, .. } if self.is_bare_tuple(b) => match elts.first() {
                    Some(x) => x,
                    None => break,
                },
                ExprKind::Compare { left, .. } => left,
                ExprKind::BoolOp { values, .. } => match values.first() {
                    Some(x) => x,
                    None => break,
                },
                ExprKind::IfExp { body, .. } => body,
                _ => break,
            };
        }
        let b_ok = (self.is_group_expr(b) || is_bitwise_or_level(b))
            && !(rhs_followed_by_eq && std::ptr::eq(b, rhs));
        let b_ok = b_ok && !(self.is_bare_tuple(b));
        if b_ok {
            let cand_group = self.is_group_expr(cand);
            if matches!(cand.kind, ExprKind::Name { .. }) && !cand_group {
                return self.err_real(
                    "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                    start_of(cand),
                    end_of(b),
                );
            }
            let lm = leftmost(cand);
            let excluded = match &lm.kind {
                ExprKind::List { .. } | ExprKind::GeneratorExp { .. } => true,
                ExprKind::Tuple { .. } => !self.is_bare_tuple(lm),
                ExprKind::Constant(Constant::Bool(_) | Constant::None) => !self.is_group_expr(lm),
                _ => false,
            };
            if !excluded && (cand_group || is_bitwise_or_level(cand)) {
                return self.err_expr(
                    format!(
                        "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                        expr_name(cand)
                    ),
                    cand,
                );
            }
        }
        for t in targets {
            if let Some(bad) = invalid_target(t, TargetsType::Star) {
                return self.err_expr(format!("cannot assign to {}", expr_name(bad)), bad);
            }
        }
        self.invalid_syntax()
    }

    // ----- blocks -----

    /// Consume the `:` ending a block header. With `forced`, any other token gives
    /// "expected ':'"; otherwise only a line end does (CPython's two flavours).
    fn header_colon(&mut self, forced: bool) -> PResult<()> {
        if self.eat_op(Op::Colon) {
            return Ok(());
        }
        let t = self.peek().clone();
        if forced || t.kind == TokenKind::Newline {
            return Err(self.err_range("expected ':'", t.start, t.end));
        }
        Err(self.invalid_syntax())
    }

    /// The block after a header's `:`; `what` names the header for the indentation error.
    fn block(&mut self, what: &str, line: u32) -> PResult<Vec<Stmt>> {
        let mut body = Vec::new();
        if !self.at_newline() {
            self.simple_stmts(&mut body)?;
            return Ok(body);
        }
        self.advance();
        if !matches!(self.peek_kind(), TokenKind::Indent) {
            let t = self.peek().clone();
            let msg = format!("expected an indented block after {what} on line {line}");
            if t.kind == TokenKind::Error {
                return Err(self.invalid_syntax());
            }
            return Err(self.err_at_token(ErrorKind::IndentationError, msg, &t));
        }
        self.advance();
        self.stmt_depth += 1;
        if self.stmt_depth > MAX_STMT_DEPTH {
            let t = self.peek().clone();
            return Err(self.unsupported(
                &format!("more than {MAX_STMT_DEPTH} nested blocks and 'elif' branches"),
                t.start,
                t.end,
            ));
        }
        loop {
            match self.peek_kind() {
                TokenKind::Dedent => {
                    self.advance();
                    break;
                }
                TokenKind::EndMarker => break,
                _ => self.statement(&mut body)?,
            }
        }
        self.stmt_depth -= 1;
        Ok(body)
    }

    fn else_block(&mut self) -> PResult<Vec<Stmt>> {
        if !self.at_kw(Keyword::Else) {
            return Ok(Vec::new());
        }
        let kw = self.advance();
        self.header_colon(true)?;
        self.block("'else' statement", kw.start.line)
    }

    fn if_stmt(&mut self) -> PResult<Stmt> {
        // `if` and its `elif`s are gathered first and nested afterwards, so long chains never
        // recurse.
        let mut clauses: Vec<(Pos, Expr, Vec<Stmt>)> = Vec::new();
        let mut extra_depth = 0u32;
        let kw = self.advance();
        let mut clause_kw = kw;
        let mut what = "'if' statement";
        loop {
            let test = self.named_expression()?;
            self.header_colon(false)?;
            let body = self.block(what, clause_kw.start.line)?;
            clauses.push((clause_kw.start, test, body));
            if !self.at_kw(Keyword::Elif) {
                break;
            }
            extra_depth += 1;
            self.stmt_depth += 1;
            if self.stmt_depth > MAX_STMT_DEPTH {
                let t = self.peek().clone();
                return Err(self.unsupported(
                    &format!("more than {MAX_STMT_DEPTH} nested blocks and 'elif' branches"),
                    t.start,
                    t.end,
                ));
            }
            clause_kw = self.advance();
            what = "'elif' statement";
        }
        let mut orelse = self.else_block()?;
        self.stmt_depth -= extra_depth;
        let end = stmts_end(&orelse, self.prev_end());
        let end = if orelse.is_empty() {
            self.real(end)
        } else {
            end
        };
        while let Some((start, test, body)) = clauses.pop() {
            let s = self.real(start);
            let node = Stmt {
                kind: StmtKind::If { test, body, orelse },
                line: s.line,
                col: s.col,
                end_line: end.line,
                end_col: end.col,
            };
            if clauses.is_empty() {
                return Ok(node);
            }
            orelse = vec![node];
        }
        Err(self.invalid_syntax())
    }

    fn while_stmt(&mut self) -> PResult<Stmt> {
        let kw = self.advance();
        let test = self.named_expression()?;
        self.header_colon(false)?;
        let body = self.block("'while' statement", kw.start.line)?;
        let orelse = self.else_block()?;
        let end = self.prev_end();
        Ok(self.stmt(StmtKind::While { test, body, orelse }, kw.start, end))
    }

    fn for_stmt(&mut self, async_kw: Option<Token>) -> PResult<Stmt> {
        let kw = self.advance();
        let start = async_kw.as_ref().map_or(kw.start, |t| t.start);
        let mut target = self.star_targets()?;
        if let Some(bad) = invalid_target(&target, TargetsType::For) {
            return Err(self.err_expr(format!("cannot assign to {}", expr_name(bad)), bad));
        }
        set_context(&mut target, ExprContext::Store);
        if !self.eat_kw(Keyword::In) {
            return Err(self.invalid_syntax());
        }
        let iter = self.star_expressions()?;
        self.header_colon(false)?;
        let body = self.block("'for' statement", kw.start.line)?;
        let orelse = self.else_block()?;
        let end = self.prev_end();
        let f = For {
            target,
            iter,
            body,
            orelse,
        };
        let kind = if async_kw.is_some() {
            StmtKind::AsyncFor(f)
        } else {
            StmtKind::For(f)
        };
        Ok(self.stmt(kind, start, end))
    }

    fn try_stmt(&mut self) -> PResult<Stmt> {
        let kw = self.advance();
        self.header_colon(true)?;
        let body = self.block("'try' statement", kw.start.line)?;
        let mut handlers = Vec::new();
        while self.at_kw(Keyword::Except) {
            let ekw = self.advance();
            if self.at_op(Op::Star) {
                let t = self.peek().clone();
                return Err(self.unsupported("'except*' (exception groups)", ekw.start, t.end));
            }
            let mut typ = None;
            let mut name = None;
            if !self.at_op(Op::Colon) && !self.at_newline() {
                let e = self.expression()?;
                if self.at_op(Op::Comma) {
                    let mark = self.mark();
                    self.advance();
                    let rest = self.star_expressions();
                    if let Ok(r) = rest {
                        if self.at_op(Op::Colon) || self.at_kw(Keyword::As) {
                            return Err(self.err_real(
                                "multiple exception types must be parenthesized",
                                start_of(&e),
                                end_of(&r),
                            ));
                        }
                    }
                    self.reset(mark);
                    return Err(self.invalid_syntax());
                }
                typ = Some(e);
                if self.eat_kw(Keyword::As) {
                    name = Some(self.expect_name()?.0);
                }
            }
            self.header_colon(false)?;
            let hbody = self.block("'except' statement", ekw.start.line)?;
            let end = stmts_end(&hbody, self.prev_end());
            let s = self.real(ekw.start);
            handlers.push(ExceptHandler {
                typ,
                name,
                body: hbody,
                range: Range {
                    line: s.line,
                    col: s.col,
                    end_line: end.line,
                    end_col: end.col,
                },
            });
        }
        let orelse = if handlers.is_empty() {
            Vec::new()
        } else {
            self.else_block()?
        };
        let finalbody = if self.at_kw(Keyword::Finally) {
            let fkw = self.advance();
            self.header_colon(true)?;
            self.block("'finally' statement", fkw.start.line)?
        } else {
            Vec::new()
        };
        if handlers.is_empty() && finalbody.is_empty() {
            let t = self.peek().clone();
            return Err(self.err_at_token(
                ErrorKind::SyntaxError,
                "expected 'except' or 'finally' block",
                &t,
            ));
        }
        let end = self.prev_end();
        Ok(self.stmt(
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            },
            kw.start,
            end,
        ))
    }

    fn with_item(&mut self) -> PResult<WithItem> {
        let context_expr = self.expression()?;
        let optional_vars = if self.eat_kw(Keyword::As) {
            let mut t = self.star_targets_single()?;
            if !(self.at_op(Op::Comma) || self.at_op(Op::RPar) || self.at_op(Op::Colon)) {
                return Err(self.invalid_syntax());
            }
            if let Some(bad) = invalid_target(&t, TargetsType::Star) {
                return Err(self.err_expr(format!("cannot assign to {}", expr_name(bad)), bad));
            }
            set_context(&mut t, ExprContext::Store);
            Some(t)
        } else {
            None
        };
        Ok(WithItem {
            context_expr,
            optional_vars,
        })
    }

    /// A single `star_target` (of `with ... as`): bitwise-or level.
    fn star_targets_single(&mut self) -> PResult<Expr> {
        if self.at_op(Op::Star) {
            return self.star_expression();
        }
        self.bitwise_or()
    }

    fn with_stmt(&mut self, async_kw: Option<Token>) -> PResult<Stmt> {
        let kw = self.advance();
        let start = async_kw.as_ref().map_or(kw.start, |t| t.start);
        let mut items = Vec::new();
        let mut done = false;
        if self.at_op(Op::LPar) {
            // `with (a as b, c as d):` — tried first, as CPython does.
            let mark = self.mark();
            self.advance();
            let mut attempt = Vec::new();
            let ok = loop {
                match self.with_item() {
                    Ok(i) => attempt.push(i),
                    Err(_) => break false,
                }
                if self.eat_op(Op::Comma) {
                    if self.at_op(Op::RPar) {
                        self.advance();
                        break self.at_op(Op::Colon);
                    }
                    continue;
                }
                if self.eat_op(Op::RPar) {
                    break self.at_op(Op::Colon);
                }
                break false;
            };
            if ok && !self.hit_lex_error {
                items = attempt;
                done = true;
            } else {
                self.hit_lex_error = false;
                self.reset(mark);
            }
        }
        if !done {
            loop {
                items.push(self.with_item()?);
                if !self.eat_op(Op::Comma) {
                    break;
                }
            }
        }
        self.header_colon(false)?;
        let body = self.block("'with' statement", kw.start.line)?;
        let end = self.prev_end();
        let w = With { items, body };
        let kind = if async_kw.is_some() {
            StmtKind::AsyncWith(w)
        } else {
            StmtKind::With(w)
        };
        Ok(self.stmt(kind, start, end))
    }

    fn decorated(&mut self) -> PResult<Stmt> {
        let mut decorators = Vec::new();
        while self.at_op(Op::At) {
            self.advance();
            decorators.push(self.named_expression()?);
            if !self.at_newline() {
                return Err(self.invalid_syntax());
            }
            self.advance();
        }
        match self.peek_kind() {
            TokenKind::Keyword(Keyword::Def) => self.funcdef(decorators, None),
            TokenKind::Keyword(Keyword::Class) => self.classdef(decorators),
            TokenKind::Keyword(Keyword::Async) => self.async_stmt(decorators),
            _ => Err(self.invalid_syntax()),
        }
    }

    fn async_stmt(&mut self, decorators: Vec<Expr>) -> PResult<Stmt> {
        let akw = self.peek().clone();
        match &self.peek_n(1).kind {
            TokenKind::Keyword(Keyword::Def) => {
                self.advance();
                self.funcdef(decorators, Some(akw))
            }
            TokenKind::Keyword(Keyword::For) if decorators.is_empty() => {
                self.advance();
                self.for_stmt(Some(akw))
            }
            TokenKind::Keyword(Keyword::With) if decorators.is_empty() => {
                self.advance();
                self.with_stmt(Some(akw))
            }
            _ => {
                self.advance();
                Err(self.invalid_syntax())
            }
        }
    }

    fn funcdef(&mut self, decorator_list: Vec<Expr>, async_kw: Option<Token>) -> PResult<Stmt> {
        let kw = self.advance();
        let start = async_kw.as_ref().map_or(kw.start, |t| t.start);
        let (name, _) = self.expect_name()?;
        if self.at_op(Op::LSqb) {
            let t = self.peek().clone();
            return Err(self.unsupported("type parameter lists (def name[T])", t.start, t.end));
        }
        self.expect_forced(Op::LPar)?;
        let args = self.parameters(true)?;
        self.expect_op(Op::RPar)?;
        let returns = if self.at_op(Op::RArrow) {
            let arrow = self.advance();
            if !self.at_expression_start() {
                return Err(self.err_range("expected ':'", arrow.start, arrow.end));
            }
            Some(Box::new(self.expression()?))
        } else {
            None
        };
        self.header_colon(true)?;
        let body = self.block("function definition", kw.start.line)?;
        let end = self.prev_end();
        let f = FunctionDef {
            name,
            args: Box::new(args),
            body,
            decorator_list,
            returns,
        };
        let kind = if async_kw.is_some() {
            StmtKind::AsyncFunctionDef(f)
        } else {
            StmtKind::FunctionDef(f)
        };
        Ok(self.stmt(kind, start, end))
    }

    fn classdef(&mut self, decorator_list: Vec<Expr>) -> PResult<Stmt> {
        let kw = self.advance();
        let (name, _) = self.expect_name()?;
        if self.at_op(Op::LSqb) {
            let t = self.peek().clone();
            return Err(self.unsupported("type parameter lists (class Name[T])", t.start, t.end));
        }
        let (bases, keywords) = if self.at_op(Op::LPar) {
            let open = self.advance();
            self.class_args(&open)?
        } else {
            (Vec::new(), Vec::new())
        };
        self.header_colon(false)?;
        let body = self.block("class definition", kw.start.line)?;
        let end = self.prev_end();
        Ok(self.stmt(
            StmtKind::ClassDef {
                name,
                bases,
                keywords,
                body,
                decorator_list,
            },
            kw.start,
            end,
        ))
    }
}

/// A cheap copy of the token kind, enough to dispatch on.
pub(crate) enum Shallow {
    Kw(Keyword),
    At,
    Indent,
    Dedent,
    Match,
    Other,
}

impl TokenKind {
    fn clone_shallow(&self) -> Shallow {
        match self {
            TokenKind::Keyword(k) => Shallow::Kw(*k),
            TokenKind::Op(Op::At) => Shallow::At,
            TokenKind::Indent => Shallow::Indent,
            TokenKind::Dedent => Shallow::Dedent,
            TokenKind::Name(n) if n == "match" => Shallow::Match,
            _ => Shallow::Other,
        }
    }

    fn clone_shallow_op(&self) -> Option<Op> {
        match self {
            TokenKind::Op(o) => Some(*o),
            _ => None,
        }
    }
}
