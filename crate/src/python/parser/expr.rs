//! Expressions: from `star_expressions` down to atoms, with CPython's error messages for
//! missing commas, misplaced `=`, bad call arguments and unparenthesised generators.

use super::super::ast::{
    BoolOp, CmpOp, Comprehension, Constant, Expr, ExprContext, ExprKind, Keyword as KeywordArg,
    Operator, UnaryOp,
};
use super::super::token::{Keyword, Op, Pos, Token, TokenKind};
use super::targets::{expr_name, invalid_target, is_bitwise_or_level, set_context, TargetsType};
use super::{PResult, Parser};
use crate::python::syntax_error::SyntaxError;

fn binary_op(op: Op) -> Option<(Operator, u8)> {
    Some(match op {
        Op::VBar => (Operator::BitOr, 1),
        Op::CircumFlex => (Operator::BitXor, 2),
        Op::Amper => (Operator::BitAnd, 3),
        Op::LeftShift => (Operator::LShift, 4),
        Op::RightShift => (Operator::RShift, 4),
        Op::Plus => (Operator::Add, 5),
        Op::Minus => (Operator::Sub, 5),
        Op::Star => (Operator::Mult, 6),
        Op::Slash => (Operator::Div, 6),
        Op::DoubleSlash => (Operator::FloorDiv, 6),
        Op::Percent => (Operator::Mod, 6),
        Op::At => (Operator::MatMult, 6),
        _ => return None,
    })
}

fn end_of(e: &Expr) -> Pos {
    Pos::new(e.end_line, e.end_col)
}

fn start_of(e: &Expr) -> Pos {
    Pos::new(e.line, e.col)
}

impl<'s, 'a> Parser<'s, 'a> {
    /// Whether the current token can begin an expression.
    pub(crate) fn at_expression_start(&mut self) -> bool {
        match self.peek_kind() {
            TokenKind::Name(_)
            | TokenKind::Int(_)
            | TokenKind::BigInt(_)
            | TokenKind::Float(_)
            | TokenKind::Imaginary
            | TokenKind::Str(_) => true,
            TokenKind::Keyword(k) => matches!(
                k,
                Keyword::None
                    | Keyword::True
                    | Keyword::False
                    | Keyword::Not
                    | Keyword::Lambda
                    | Keyword::Await
            ),
            TokenKind::Op(o) => matches!(
                o,
                Op::LPar | Op::LSqb | Op::LBrace | Op::Minus | Op::Plus | Op::Tilde | Op::Ellipsis
            ),
            _ => false,
        }
    }

    /// The error after an element inside brackets that is followed by neither a comma nor the
    /// closing bracket: CPython's "Perhaps you forgot a comma?" when another expression follows.
    #[cold]
    #[inline(never)]
    pub(crate) fn comma_hint(&mut self, elem: &Expr, _elem_first: &Token) -> Box<SyntaxError> {
        let next_is_str = matches!(self.peek_kind(), TokenKind::Str(_));
        let skip = match &elem.kind {
            ExprKind::Name { id, .. } => {
                next_is_str || matches!(id.as_str(), "print" | "exec" | "match" | "case" | "_")
            }
            _ => false,
        };
        if skip || !self.at_expression_start() {
            return self.invalid_syntax();
        }
        let mark = self.mark();
        let furthest = self.furthest_mark();
        let attempt = self.expression();
        self.set_furthest(furthest);
        match attempt {
            Ok(b) => self.err_real(
                "invalid syntax. Perhaps you forgot a comma?",
                start_of(elem),
                end_of(&b),
            ),
            Err(_) => {
                self.reset(mark);
                self.invalid_syntax()
            }
        }
    }

    /// `star_expressions`: `a`, `a, *b,` (a tuple without brackets).
    pub(crate) fn star_expressions(&mut self) -> PResult<Expr> {
        let start = self.peek().start;
        let first = self.star_expression()?;
        if !self.at_op(Op::Comma) {
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat_op(Op::Comma) {
            if !self.at_expression_start() && !self.at_op(Op::Star) {
                break;
            }
            elts.push(self.star_expression()?);
        }
        let end = self.prev_end();
        Ok(self.expr(
            ExprKind::Tuple {
                elts,
                ctx: ExprContext::Load,
            },
            start,
            end,
        ))
    }

    /// `star_expression`: `*bitwise_or` or `expression`.
    pub(crate) fn star_expression(&mut self) -> PResult<Expr> {
        if self.at_op(Op::Star) {
            let star = self.advance();
            let value = self.bitwise_or()?;
            let end = self.prev_end();
            return Ok(self.expr(
                ExprKind::Starred {
                    value: Box::new(value),
                    ctx: ExprContext::Load,
                },
                star.start,
                end,
            ));
        }
        self.expression()
    }

    /// `star_named_expression`: `*bitwise_or` or `named_expression`.
    pub(crate) fn star_named_expression(&mut self) -> PResult<Expr> {
        if self.at_op(Op::Star) {
            return self.star_expression();
        }
        self.named_expression()
    }

    /// `named_expression`, plus CPython's checks for `=` where `==` was meant.
    pub(crate) fn named_expression(&mut self) -> PResult<Expr> {
        if matches!(self.peek_kind(), TokenKind::Name(_)) && self.at_op_n(1, Op::ColonEqual) {
            let t = self.peek_n(1).clone();
            return Err(self.unsupported(
                "assignment expressions (the walrus operator ':=')",
                t.start,
                t.end,
            ));
        }
        let first = self.peek().clone();
        let e = self.expression()?;
        if self.at_op(Op::ColonEqual) {
            return Err(self.err_expr(
                format!("cannot use assignment expressions with {}", expr_name(&e)),
                &e,
            ));
        }
        if self.at_op(Op::Equal) {
            if let Some(err) = self.misplaced_equal(&e, &first) {
                return Err(err);
            }
        }
        Ok(e)
    }

    /// `e` is followed by `=` where an expression was expected: CPython's
    /// `invalid_named_expression` messages, if they apply.
    #[cold]
    #[inline(never)]
    pub(crate) fn misplaced_equal(&mut self, e: &Expr, first: &Token) -> Option<Box<SyntaxError>> {
        let is_name = matches!(e.kind, ExprKind::Name { .. }) && !self.is_group(e, first);
        let excluded = match &e.kind {
            ExprKind::List { .. } | ExprKind::Tuple { .. } | ExprKind::GeneratorExp { .. } => {
                !self.is_group(e, first)
            }
            ExprKind::Constant(Constant::Bool(_) | Constant::None) => !self.is_group(e, first),
            _ => false,
        };
        if !is_name && (excluded || !(self.is_group(e, first) || is_bitwise_or_level(e))) {
            return None;
        }
        let mark = self.mark();
        let furthest = self.furthest_mark();
        self.advance(); // '='
        let rhs = self.bitwise_or();
        let ok = rhs.is_ok() && !self.at_op(Op::Equal) && !self.at_op(Op::ColonEqual);
        self.reset(mark);
        self.set_furthest(furthest);
        let rhs = match rhs {
            Ok(r) if ok => r,
            _ => return None,
        };
        if is_name {
            Some(self.err_real(
                "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                start_of(e),
                end_of(&rhs),
            ))
        } else {
            Some(self.err_expr(
                format!(
                    "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                    expr_name(e)
                ),
                e,
            ))
        }
    }

    /// Whether `e`, whose first token was `first`, is a parenthesised group `( e )`.
    pub(crate) fn is_group(&self, e: &Expr, first: &Token) -> bool {
        let s = self.real(first.start);
        matches!(first.kind, TokenKind::Op(Op::LPar)) && (e.line, e.col) != (s.line, s.col)
    }

    /// `expression`: a lambda, or a disjunction with an optional `if ... else ...`.
    ///
    /// This is the one place nesting is counted (see [`MAX_NESTING`](super::MAX_NESTING)); the
    /// functions below keep their frames small, since one bracket level costs one pass through
    /// them all.
    pub(crate) fn expression(&mut self) -> PResult<Expr> {
        self.enter()?;
        let r = if self.at_kw(Keyword::Lambda) {
            self.lambdef()
        } else {
            self.ternary()
        };
        self.leave();
        r
    }

    fn ternary(&mut self) -> PResult<Expr> {
        let start = self.peek().start;
        let body = self.disjunction()?;
        if !self.at_kw(Keyword::If) {
            return Ok(body);
        }
        self.ifexp_tail(start, body)
    }

    /// `body if test else orelse`, after `body`.
    #[inline(never)]
    fn ifexp_tail(&mut self, start: Pos, body: Expr) -> PResult<Expr> {
        self.advance(); // 'if'
        let test = self.disjunction()?;
        if !self.eat_kw(Keyword::Else) {
            if self.at_newline() || self.at_op(Op::RPar) || self.at_op(Op::Comma) {
                let t = self.peek().clone();
                return Err(self.err_real(
                    "expected 'else' after 'if' expression",
                    start_of(&body),
                    self.real(t.start).max(end_of(&test)),
                ));
            }
            return Err(self.invalid_syntax());
        }
        let orelse = self.expression()?;
        let end = self.prev_end();
        let d = 1 + self.depth_of(&body).max(self.depth_of(&test));
        self.check_depth(d, &body)?;
        Ok(self.expr(
            ExprKind::IfExp {
                test: Box::new(test),
                body: Box::new(body),
                orelse: Box::new(orelse),
            },
            start,
            end,
        ))
    }

    #[inline(never)]
    fn lambdef(&mut self) -> PResult<Expr> {
        let kw = self.advance();
        let args = Box::new(self.parameters(false)?);
        if !self.at_op(Op::Colon) {
            return Err(self.invalid_syntax());
        }
        self.advance();
        let body = Box::new(self.expression()?);
        let end = self.prev_end();
        Ok(self.expr(ExprKind::Lambda { args, body }, kw.start, end))
    }

    /// `disjunction`: `a or b and c` (`and` binds tighter), built without recursion.
    pub(crate) fn disjunction(&mut self) -> PResult<Expr> {
        let start = self.peek().start;
        let first = self.inversion()?;
        if !self.at_kw(Keyword::And) && !self.at_kw(Keyword::Or) {
            return Ok(first);
        }
        self.bool_tail(start, first)
    }

    #[inline(never)]
    fn bool_tail(&mut self, start: Pos, first: Expr) -> PResult<Expr> {
        let mut ors: Vec<Expr> = Vec::new();
        let mut ands: Vec<Expr> = vec![first];
        let mut and_start = start;
        loop {
            if self.eat_kw(Keyword::And) {
                ands.push(self.inversion()?);
                continue;
            }
            let group = if ands.len() == 1 {
                ands.pop()
            } else {
                let end = self.prev_end();
                let values = std::mem::take(&mut ands);
                let d = 1 + values.iter().map(|v| self.depth_of(v)).max().unwrap_or(0);
                if let Some(v) = values.first() {
                    self.check_depth(d + 1, v)?;
                }
                Some(self.expr(
                    ExprKind::BoolOp {
                        op: BoolOp::And,
                        values,
                    },
                    and_start,
                    end,
                ))
            };
            ors.extend(group);
            if self.at_kw(Keyword::Or) {
                self.advance();
                and_start = self.peek().start;
                ands.push(self.inversion()?);
                continue;
            }
            break;
        }
        if ors.len() == 1 {
            if let Some(only) = ors.pop() {
                return Ok(only);
            }
        }
        let end = self.prev_end();
        Ok(self.expr(
            ExprKind::BoolOp {
                op: BoolOp::Or,
                values: ors,
            },
            start,
            end,
        ))
    }

    fn inversion(&mut self) -> PResult<Expr> {
        if self.at_kw(Keyword::Not) {
            return self.not_chain();
        }
        self.comparison()
    }

    /// `not not ... x`, built without recursion.
    #[inline(never)]
    fn not_chain(&mut self) -> PResult<Expr> {
        let mut starts = Vec::new();
        while self.at_kw(Keyword::Not) {
            let t = self.advance();
            starts.push(t.start);
        }
        let mut e = self.comparison()?;
        let d = self.depth_of(&e) + starts.len();
        self.check_depth(d, &e)?;
        while let Some(s) = starts.pop() {
            let end = self.prev_end();
            e = self.expr(
                ExprKind::UnaryOp {
                    op: UnaryOp::Not,
                    operand: Box::new(e),
                },
                s,
                end,
            );
        }
        Ok(e)
    }

    fn comp_op(&mut self) -> Option<(CmpOp, usize)> {
        let op = match self.peek_kind() {
            TokenKind::Op(Op::EqEqual) => CmpOp::Eq,
            TokenKind::Op(Op::NotEqual) => CmpOp::NotEq,
            TokenKind::Op(Op::Less) => CmpOp::Lt,
            TokenKind::Op(Op::LessEqual) => CmpOp::LtE,
            TokenKind::Op(Op::Greater) => CmpOp::Gt,
            TokenKind::Op(Op::GreaterEqual) => CmpOp::GtE,
            TokenKind::Keyword(Keyword::In) => CmpOp::In,
            TokenKind::Keyword(Keyword::Is) => {
                if self.at_kw_n(1, Keyword::Not) {
                    return Some((CmpOp::IsNot, 2));
                }
                CmpOp::Is
            }
            TokenKind::Keyword(Keyword::Not) => {
                if self.at_kw_n(1, Keyword::In) {
                    return Some((CmpOp::NotIn, 2));
                }
                return None;
            }
            _ => return None,
        };
        Some((op, 1))
    }

    fn comparison(&mut self) -> PResult<Expr> {
        let start = self.peek().start;
        let left = self.bitwise_or()?;
        if self.comp_op().is_none() {
            return Ok(left);
        }
        self.compare_tail(start, left)
    }

    #[inline(never)]
    fn compare_tail(&mut self, start: Pos, left: Expr) -> PResult<Expr> {
        let mut ops = Vec::new();
        let mut comparators = Vec::new();
        while let Some((op, n)) = self.comp_op() {
            for _ in 0..n {
                self.advance();
            }
            ops.push(op);
            comparators.push(self.bitwise_or()?);
        }
        let end = self.prev_end();
        let d = 1 + comparators
            .iter()
            .map(|c| self.depth_of(c))
            .max()
            .unwrap_or(0)
            .max(self.depth_of(&left));
        self.check_depth(d, &left)?;
        Ok(self.expr(
            ExprKind::Compare {
                left: Box::new(left),
                ops,
                comparators,
            },
            start,
            end,
        ))
    }

    /// `bitwise_or`: every binary operator.
    pub(crate) fn bitwise_or(&mut self) -> PResult<Expr> {
        self.binary(1)
    }

    fn next_binary_op(&mut self, min_prec: u8) -> Option<(Operator, u8)> {
        match self.peek_kind() {
            TokenKind::Op(o) => binary_op(*o).filter(|(_, p)| *p >= min_prec),
            _ => None,
        }
    }

    fn binary(&mut self, min_prec: u8) -> PResult<Expr> {
        let start = self.peek().start;
        let left = self.factor()?;
        if self.next_binary_op(min_prec).is_none() {
            return Ok(left);
        }
        self.binary_tail(start, left, min_prec)
    }

    /// The operator loop of precedence climbing; the tree depth is tracked as it grows.
    #[inline(never)]
    fn binary_tail(&mut self, start: Pos, first: Expr, min_prec: u8) -> PResult<Expr> {
        let mut left = first;
        let mut depth = self.depth_of(&left);
        while let Some((op, prec)) = self.next_binary_op(min_prec) {
            self.advance();
            let right = self.binary(prec + 1)?;
            depth = 1 + depth.max(self.depth_of(&right));
            self.check_depth(depth, &left)?;
            let end = self.prev_end();
            left = self.expr(
                ExprKind::BinOp {
                    left: Box::new(left),
                    op,
                    right: Box::new(right),
                },
                start,
                end,
            );
        }
        Ok(left)
    }

    fn factor(&mut self) -> PResult<Expr> {
        if matches!(
            self.peek_kind(),
            TokenKind::Op(Op::Plus | Op::Minus | Op::Tilde)
        ) {
            return self.unary_chain();
        }
        self.power()
    }

    /// `-+~x`, built without recursion.
    #[inline(never)]
    fn unary_chain(&mut self) -> PResult<Expr> {
        let mut ops = Vec::new();
        loop {
            let op = match self.peek_kind() {
                TokenKind::Op(Op::Plus) => UnaryOp::UAdd,
                TokenKind::Op(Op::Minus) => UnaryOp::USub,
                TokenKind::Op(Op::Tilde) => UnaryOp::Invert,
                _ => break,
            };
            let t = self.advance();
            ops.push((op, t.start));
        }
        let mut e = self.power()?;
        let d = self.depth_of(&e) + ops.len();
        self.check_depth(d, &e)?;
        while let Some((op, s)) = ops.pop() {
            let end = self.prev_end();
            e = self.expr(
                ExprKind::UnaryOp {
                    op,
                    operand: Box::new(e),
                },
                s,
                end,
            );
        }
        Ok(e)
    }

    fn power(&mut self) -> PResult<Expr> {
        let start = self.peek().start;
        let base = if self.at_kw(Keyword::Await) {
            self.await_primary()?
        } else {
            self.primary()?
        };
        if !self.at_op(Op::DoubleStar) {
            return Ok(base);
        }
        self.power_tail(start, base)
    }

    /// `base ** exponent` (right-associative: the exponent is a new nesting level).
    #[inline(never)]
    fn power_tail(&mut self, start: Pos, base: Expr) -> PResult<Expr> {
        self.advance();
        self.enter()?;
        let exp = self.factor();
        self.leave();
        let exp = exp?;
        let end = self.prev_end();
        let d = 1 + self.depth_of(&base).max(self.depth_of(&exp));
        self.check_depth(d, &base)?;
        Ok(self.expr(
            ExprKind::BinOp {
                left: Box::new(base),
                op: Operator::Pow,
                right: Box::new(exp),
            },
            start,
            end,
        ))
    }

    #[inline(never)]
    fn await_primary(&mut self) -> PResult<Expr> {
        let kw = self.advance();
        let value = self.primary()?;
        let end = self.prev_end();
        Ok(self.expr(
            ExprKind::Await {
                value: Box::new(value),
            },
            kw.start,
            end,
        ))
    }

    /// `primary`: an atom followed by `.name`, `(args)` and `[slices]`.
    pub(crate) fn primary(&mut self) -> PResult<Expr> {
        let start = self.peek().start;
        let e = self.atom()?;
        if matches!(
            self.peek_kind(),
            TokenKind::Op(Op::Dot | Op::LPar | Op::LSqb)
        ) {
            return self.trailers(start, e);
        }
        Ok(e)
    }

    #[inline(never)]
    fn trailers(&mut self, start: Pos, first: Expr) -> PResult<Expr> {
        let mut e = first;
        let mut depth = self.depth_of(&e);
        loop {
            let kind = match self.peek_kind() {
                TokenKind::Op(Op::Dot) => {
                    self.advance();
                    let (attr, _) = self.expect_name()?;
                    ExprKind::Attribute {
                        value: Box::new(e),
                        attr,
                        ctx: ExprContext::Load,
                    }
                }
                TokenKind::Op(Op::LPar) => {
                    let open = self.advance();
                    let (args, keywords) = self.call_args(&open)?;
                    let inner = args
                        .iter()
                        .chain(keywords.iter().map(|k| &k.value))
                        .map(|a| self.depth_of(a))
                        .max()
                        .unwrap_or(0);
                    depth = depth.max(inner);
                    ExprKind::Call {
                        func: Box::new(e),
                        args,
                        keywords,
                    }
                }
                TokenKind::Op(Op::LSqb) => {
                    self.advance();
                    let slice = self.slices()?;
                    self.expect_close(Op::RSqb, &slice)?;
                    depth = depth.max(self.depth_of(&slice));
                    ExprKind::Subscript {
                        value: Box::new(e),
                        slice: Box::new(slice),
                        ctx: ExprContext::Load,
                    }
                }
                _ => break,
            };
            let end = self.prev_end();
            let node = self.expr(kind, start, end);
            depth += 1;
            self.check_depth(depth, &node)?;
            e = node;
        }
        Ok(e)
    }

    /// Expect the closing bracket `op` after element `elem`, with the missing-comma hint.
    fn expect_close(&mut self, op: Op, elem: &Expr) -> PResult<Token> {
        if self.at_op(op) {
            return Ok(self.advance());
        }
        let first = self.peek().clone();
        Err(self.comma_hint(elem, &first))
    }

    /// After an element inside brackets: a comma (true), the closer (false), or an error.
    fn comma_or_close(&mut self, close: Op, elem: &Expr) -> PResult<bool> {
        if self.eat_op(Op::Comma) {
            return Ok(true);
        }
        if self.at_op(close) {
            return Ok(false);
        }
        let first = self.peek().clone();
        Err(self.comma_hint(elem, &first))
    }

    #[inline(never)]
    fn slices(&mut self) -> PResult<Expr> {
        let start = self.peek().start;
        let first = self.slice_item()?;
        if !self.at_op(Op::Comma) {
            if matches!(first.kind, ExprKind::Starred { .. }) {
                // `a[*b]` indexes with a one-element tuple.
                let end = self.prev_end();
                return Ok(self.expr(
                    ExprKind::Tuple {
                        elts: vec![first],
                        ctx: ExprContext::Load,
                    },
                    start,
                    end,
                ));
            }
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat_op(Op::Comma) {
            if self.at_op(Op::RSqb) {
                break;
            }
            elts.push(self.slice_item()?);
        }
        let end = self.prev_end();
        Ok(self.expr(
            ExprKind::Tuple {
                elts,
                ctx: ExprContext::Load,
            },
            start,
            end,
        ))
    }

    fn slice_item(&mut self) -> PResult<Expr> {
        let start = self.peek().start;
        if self.at_op(Op::Star) {
            return self.star_expression();
        }
        let lower = if self.at_op(Op::Colon) {
            None
        } else {
            let e = self.named_expression()?;
            if !self.at_op(Op::Colon) {
                return Ok(e);
            }
            Some(Box::new(e))
        };
        self.advance(); // ':'
        let upper = if self.at_op(Op::Colon) || self.at_op(Op::Comma) || self.at_op(Op::RSqb) {
            None
        } else {
            Some(Box::new(self.expression()?))
        };
        let step = if self.eat_op(Op::Colon) {
            if self.at_op(Op::Comma) || self.at_op(Op::RSqb) {
                None
            } else {
                Some(Box::new(self.expression()?))
            }
        } else {
            None
        };
        let end = self.prev_end();
        Ok(self.expr(ExprKind::Slice { lower, upper, step }, start, end))
    }

    /// Arguments of a class definition, after its `(`; consumes the `)`.
    pub(crate) fn class_args(&mut self, open: &Token) -> PResult<(Vec<Expr>, Vec<KeywordArg>)> {
        self.call_args(open)
    }

    /// Arguments of a call, after its `(`; consumes the `)`.
    #[inline(never)]
    fn call_args(&mut self, open: &Token) -> PResult<(Vec<Expr>, Vec<KeywordArg>)> {
        let mut args = Vec::new();
        let mut keywords: Vec<KeywordArg> = Vec::new();
        let mut seen_keyword = false;
        let mut seen_kw_unpack = false;
        // CPython reports misordered arguments once they are all read, at the next token.
        let mut pending: Option<&str> = None;
        loop {
            if self.at_op(Op::RPar) {
                if let Some(msg) = pending {
                    let t = self.peek().clone();
                    return Err(self.err_range(msg, t.start, t.end));
                }
                self.advance();
                break;
            }
            let first = self.peek().clone();
            let positional;
            if self.at_op(Op::Star) {
                let star = self.advance();
                if seen_kw_unpack {
                    return Err(self.err_range(
                        "iterable argument unpacking follows keyword argument unpacking",
                        star.start,
                        star.end,
                    ));
                }
                let value = self.expression()?;
                let end = self.prev_end();
                let e = self.expr(
                    ExprKind::Starred {
                        value: Box::new(value),
                        ctx: ExprContext::Load,
                    },
                    star.start,
                    end,
                );
                args.push(e);
                positional = true;
            } else if self.at_op(Op::DoubleStar) {
                let star = self.advance();
                let value = self.expression()?;
                seen_kw_unpack = true;
                let range = self.range(star.start, self.prev_end());
                positional = false;
                keywords.push(KeywordArg {
                    arg: None,
                    value,
                    range,
                });
            } else if matches!(first.kind, TokenKind::Name(_)) && self.at_op_n(1, Op::Equal) {
                let (name, nt) = self.expect_name()?;
                self.advance(); // '='
                let value = self.expression()?;
                seen_keyword = true;
                let range = self.range(nt.start, self.prev_end());
                positional = false;
                keywords.push(KeywordArg {
                    arg: Some(name),
                    value,
                    range,
                });
            } else {
                if matches!(first.kind, TokenKind::Name(_)) && self.at_op_n(1, Op::ColonEqual) {
                    let t = self.peek_n(1).clone();
                    return Err(self.unsupported(
                        "assignment expressions (the walrus operator ':=')",
                        t.start,
                        t.end,
                    ));
                }
                let e = self.expression()?;
                if self.at_kw(Keyword::For)
                    || (self.at_kw(Keyword::Async) && self.at_kw_n(1, Keyword::For))
                {
                    let generators = self.comprehension_clauses()?;
                    let sole = args.is_empty() && keywords.is_empty() && self.at_op(Op::RPar);
                    if sole {
                        let close = self.advance();
                        let g = self.expr(
                            ExprKind::GeneratorExp {
                                elt: Box::new(e),
                                generators,
                            },
                            open.start,
                            close.end,
                        );
                        args.push(g);
                        break;
                    }
                    let end = self.prev_end();
                    let s = start_of(&e);
                    let real_end = self.real(end);
                    return Err(self.err_real(
                        "Generator expression must be parenthesized",
                        s,
                        real_end,
                    ));
                }
                if self.at_op(Op::Equal) {
                    let eq = self.peek().clone();
                    if let ExprKind::Constant(c @ (Constant::Bool(_) | Constant::None)) = &e.kind {
                        let what = match c {
                            Constant::Bool(true) => "True",
                            Constant::Bool(false) => "False",
                            _ => "None",
                        };
                        return Err(self.err_expr(format!("cannot assign to {what}"), &e));
                    }
                    let end = self.real(eq.end);
                    return Err(self.err_real(
                        "expression cannot contain assignment, perhaps you meant \"==\"?",
                        start_of(&e),
                        end,
                    ));
                }
                if self.at_op(Op::ColonEqual) {
                    return Err(self.err_expr(
                        format!("cannot use assignment expressions with {}", expr_name(&e)),
                        &e,
                    ));
                }
                if pending.is_none() {
                    if seen_kw_unpack {
                        pending = Some("positional argument follows keyword argument unpacking");
                    } else if seen_keyword {
                        pending = Some("positional argument follows keyword argument");
                    }
                }
                args.push(e);
                positional = true;
            }
            let last = if positional {
                args.last()
            } else {
                keywords.last().map(|k| &k.value)
            };
            let more = match last {
                Some(l) => self.comma_or_close(Op::RPar, l)?,
                None => false,
            };
            if !more {
                if let Some(msg) = pending {
                    let t = self.peek().clone();
                    return Err(self.err_range(msg, t.start, t.end));
                }
                self.advance();
                break;
            }
        }
        Ok((args, keywords))
    }

    /// `for_if_clauses`: one or more `for target in iter [if cond]...`.
    #[inline(never)]
    pub(crate) fn comprehension_clauses(&mut self) -> PResult<Vec<Comprehension>> {
        let mut gens = Vec::new();
        loop {
            if self.at_kw(Keyword::Async) && self.at_kw_n(1, Keyword::For) {
                let t = self.peek().clone();
                return Err(self.unsupported(
                    "asynchronous comprehensions ('async for')",
                    t.start,
                    t.end,
                ));
            }
            if !self.eat_kw(Keyword::For) {
                break;
            }
            let mut target = self.star_targets()?;
            if let Some(bad) = invalid_target(&target, TargetsType::For) {
                return Err(self.err_expr(format!("cannot assign to {}", expr_name(bad)), bad));
            }
            set_context(&mut target, ExprContext::Store);
            if !self.eat_kw(Keyword::In) {
                return Err(self.invalid_syntax());
            }
            let iter = self.disjunction()?;
            let mut ifs = Vec::new();
            while self.eat_kw(Keyword::If) {
                ifs.push(self.disjunction()?);
            }
            gens.push(Comprehension { target, iter, ifs });
        }
        Ok(gens)
    }

    /// `star_targets` of a `for`: `a`, `a, b`, `*a, b` — bitwise-or level items, so `in` ends it.
    pub(crate) fn star_targets(&mut self) -> PResult<Expr> {
        let start = self.peek().start;
        let first = self.star_target_item()?;
        if !self.at_op(Op::Comma) {
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat_op(Op::Comma) {
            if !self.at_expression_start() && !self.at_op(Op::Star) {
                break;
            }
            elts.push(self.star_target_item()?);
        }
        let end = self.prev_end();
        Ok(self.expr(
            ExprKind::Tuple {
                elts,
                ctx: ExprContext::Store,
            },
            start,
            end,
        ))
    }

    fn star_target_item(&mut self) -> PResult<Expr> {
        if self.at_op(Op::Star) {
            let star = self.advance();
            let value = self.bitwise_or()?;
            let end = self.prev_end();
            return Ok(self.expr(
                ExprKind::Starred {
                    value: Box::new(value),
                    ctx: ExprContext::Store,
                },
                star.start,
                end,
            ));
        }
        self.bitwise_or()
    }

    /// `yield_expr`: `yield`, `yield value`, `yield from value`.
    #[inline(never)]
    pub(crate) fn yield_expr(&mut self) -> PResult<Expr> {
        let kw = self.advance();
        if self.eat_kw(Keyword::From) {
            let value = self.expression()?;
            let end = self.prev_end();
            return Ok(self.expr(
                ExprKind::YieldFrom {
                    value: Box::new(value),
                },
                kw.start,
                end,
            ));
        }
        if self.at_expression_start() || self.at_op(Op::Star) {
            let value = self.star_expressions()?;
            let end = self.prev_end();
            return Ok(self.expr(
                ExprKind::Yield {
                    value: Some(Box::new(value)),
                },
                kw.start,
                end,
            ));
        }
        Ok(self.expr(ExprKind::Yield { value: None }, kw.start, kw.end))
    }

    fn atom(&mut self) -> PResult<Expr> {
        let (start, end) = {
            let t = self.peek();
            (t.start, t.end)
        };
        let constant = match self.peek_kind() {
            TokenKind::Name(n) => {
                let id = n.clone();
                self.pos_advance();
                return Ok(self.expr(
                    ExprKind::Name {
                        id,
                        ctx: ExprContext::Load,
                    },
                    start,
                    end,
                ));
            }
            TokenKind::Keyword(Keyword::True) => Constant::Bool(true),
            TokenKind::Keyword(Keyword::False) => Constant::Bool(false),
            TokenKind::Keyword(Keyword::None) => Constant::None,
            TokenKind::Op(Op::Ellipsis) => Constant::Ellipsis,
            TokenKind::Int(v) => Constant::Int(*v),
            TokenKind::BigInt(b) => Constant::BigInt(b.clone()),
            TokenKind::Float(f) => Constant::Float(*f),
            TokenKind::Imaginary => {
                return Err(self.unsupported(
                    "complex numbers (imaginary literals such as 1j)",
                    start,
                    end,
                ));
            }
            TokenKind::Str(_) => return self.strings(),
            TokenKind::Op(Op::LPar) => return self.paren_atom(),
            TokenKind::Op(Op::LSqb) => return self.list_atom(),
            TokenKind::Op(Op::LBrace) => return self.brace_atom(),
            _ => return Err(self.invalid_syntax()),
        };
        self.pos_advance();
        Ok(self.expr(ExprKind::Constant(constant), start, end))
    }

    #[inline(never)]
    fn paren_atom(&mut self) -> PResult<Expr> {
        let open = self.advance();
        if self.at_op(Op::RPar) {
            let close = self.advance();
            return Ok(self.expr(
                ExprKind::Tuple {
                    elts: Vec::new(),
                    ctx: ExprContext::Load,
                },
                open.start,
                close.end,
            ));
        }
        if self.at_kw(Keyword::Yield) {
            let y = self.yield_expr()?;
            self.expect_close(Op::RPar, &y)?;
            return Ok(y);
        }
        let first = self.star_named_expression()?;
        if self.at_kw(Keyword::For) || (self.at_kw(Keyword::Async) && self.at_kw_n(1, Keyword::For))
        {
            let generators = self.comprehension_clauses()?;
            let close = self.expect_close(Op::RPar, &first)?;
            return Ok(self.expr(
                ExprKind::GeneratorExp {
                    elt: Box::new(first),
                    generators,
                },
                open.start,
                close.end,
            ));
        }
        if !self.at_op(Op::Comma) {
            self.expect_close(Op::RPar, &first)?;
            return Ok(first);
        }
        let mut elts = vec![first];
        loop {
            let more = match elts.last() {
                Some(l) => self.comma_or_close(Op::RPar, l)?,
                None => false,
            };
            if !more || self.at_op(Op::RPar) {
                break;
            }
            elts.push(self.star_named_expression()?);
        }
        let close = self.expect_op(Op::RPar)?;
        Ok(self.expr(
            ExprKind::Tuple {
                elts,
                ctx: ExprContext::Load,
            },
            open.start,
            close.end,
        ))
    }

    #[inline(never)]
    fn list_atom(&mut self) -> PResult<Expr> {
        let open = self.advance();
        if self.at_op(Op::RSqb) {
            let close = self.advance();
            return Ok(self.expr(
                ExprKind::List {
                    elts: Vec::new(),
                    ctx: ExprContext::Load,
                },
                open.start,
                close.end,
            ));
        }
        let first = self.star_named_expression()?;
        if self.at_kw(Keyword::For) || (self.at_kw(Keyword::Async) && self.at_kw_n(1, Keyword::For))
        {
            let generators = self.comprehension_clauses()?;
            let close = self.expect_close(Op::RSqb, &first)?;
            return Ok(self.expr(
                ExprKind::ListComp {
                    elt: Box::new(first),
                    generators,
                },
                open.start,
                close.end,
            ));
        }
        let mut elts = vec![first];
        loop {
            let more = match elts.last() {
                Some(l) => self.comma_or_close(Op::RSqb, l)?,
                None => false,
            };
            if !more || self.at_op(Op::RSqb) {
                break;
            }
            elts.push(self.star_named_expression()?);
        }
        let close = self.expect_op(Op::RSqb)?;
        Ok(self.expr(
            ExprKind::List {
                elts,
                ctx: ExprContext::Load,
            },
            open.start,
            close.end,
        ))
    }

    #[inline(never)]
    fn brace_atom(&mut self) -> PResult<Expr> {
        let open = self.advance();
        if self.at_op(Op::RBrace) {
            let close = self.advance();
            return Ok(self.expr(
                ExprKind::Dict {
                    keys: Vec::new(),
                    values: Vec::new(),
                },
                open.start,
                close.end,
            ));
        }
        // Dict: first item is `**m` or `key: value`.
        let first_key = if self.at_op(Op::DoubleStar) {
            None
        } else {
            let k = self.star_named_expression()?;
            if !self.at_op(Op::Colon) {
                return self.set_rest(open, k);
            }
            Some(k)
        };
        let mut keys = Vec::new();
        let mut values = Vec::new();
        let first_value = self.dict_value(first_key.is_none())?;
        let is_comp = first_key.is_some()
            && (self.at_kw(Keyword::For)
                || (self.at_kw(Keyword::Async) && self.at_kw_n(1, Keyword::For)));
        if is_comp {
            if let Some(k) = first_key {
                let generators = self.comprehension_clauses()?;
                let close = self.expect_close(Op::RBrace, &first_value)?;
                return Ok(self.expr(
                    ExprKind::DictComp {
                        key: Box::new(k),
                        value: Box::new(first_value),
                        generators,
                    },
                    open.start,
                    close.end,
                ));
            }
        }
        keys.push(first_key);
        values.push(first_value);
        loop {
            let more = match values.last() {
                Some(l) => self.comma_or_close(Op::RBrace, l)?,
                None => false,
            };
            if !more || self.at_op(Op::RBrace) {
                break;
            }
            if self.at_op(Op::DoubleStar) {
                keys.push(None);
                values.push(self.dict_value(true)?);
            } else {
                let k = self.expression()?;
                if !self.at_op(Op::Colon) {
                    let first = self.peek().clone();
                    if self.at_op(Op::Comma) || self.at_op(Op::RBrace) {
                        let (l, c) = (k.end_line, k.end_col);
                        return Err(Box::new(self.src.error_parser(
                            crate::python::ErrorKind::SyntaxError,
                            "':' expected after dictionary key",
                            l,
                            c,
                            l,
                            0,
                        )));
                    }
                    return Err(self.comma_hint(&k, &first));
                }
                keys.push(Some(k));
                values.push(self.dict_value(false)?);
            }
        }
        let close = self.expect_op(Op::RBrace)?;
        Ok(self.expr(ExprKind::Dict { keys, values }, open.start, close.end))
    }

    /// The value after `key:` (or after `**` when `unpack`).
    fn dict_value(&mut self, unpack: bool) -> PResult<Expr> {
        let colon = self.advance(); // ':' or '**'
        if !unpack && (self.at_op(Op::RBrace) || self.at_op(Op::Comma)) {
            return Err(self.err_range(
                "expression expected after dictionary key and ':'",
                colon.start,
                colon.end,
            ));
        }
        if unpack {
            self.bitwise_or()
        } else {
            self.expression()
        }
    }

    #[inline(never)]
    fn set_rest(&mut self, open: Token, first: Expr) -> PResult<Expr> {
        if self.at_kw(Keyword::For) || (self.at_kw(Keyword::Async) && self.at_kw_n(1, Keyword::For))
        {
            let generators = self.comprehension_clauses()?;
            let close = self.expect_close(Op::RBrace, &first)?;
            return Ok(self.expr(
                ExprKind::SetComp {
                    elt: Box::new(first),
                    generators,
                },
                open.start,
                close.end,
            ));
        }
        let mut elts = vec![first];
        loop {
            let more = match elts.last() {
                Some(l) => self.comma_or_close(Op::RBrace, l)?,
                None => false,
            };
            if !more || self.at_op(Op::RBrace) {
                break;
            }
            elts.push(self.star_named_expression()?);
        }
        let close = self.expect_op(Op::RBrace)?;
        Ok(self.expr(ExprKind::Set { elts }, open.start, close.end))
    }
}
