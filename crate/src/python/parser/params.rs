//! Parameter lists of `def` and `lambda`, with CPython's messages for misordered parameters.

use super::super::ast::{Arg, Arguments, Expr};
use super::super::token::{Op, Token, TokenKind};
use super::{PResult, Parser};

impl<'s, 'a> Parser<'s, 'a> {
    fn at_params_end(&mut self, is_def: bool) -> bool {
        if is_def {
            self.at_op(Op::RPar)
        } else {
            self.at_op(Op::Colon)
        }
    }

    /// One `name[: annotation]`.
    fn param(&mut self, is_def: bool) -> PResult<(Arg, Token)> {
        let (name, t) = self.expect_name()?;
        let mut annotation = None;
        if is_def && self.eat_op(Op::Colon) {
            annotation = Some(Box::new(self.expression()?));
        }
        let end = match &annotation {
            Some(a) => super::super::token::Pos::new(a.end_line, a.end_col),
            None => self.real(t.end),
        };
        let s = self.real(t.start);
        let range = super::super::ast::Range {
            line: s.line,
            col: s.col,
            end_line: end.line,
            end_col: end.col,
        };
        Ok((
            Arg {
                arg: name,
                annotation,
                range,
            },
            t,
        ))
    }

    fn default_value(&mut self) -> PResult<Expr> {
        let eq = self.advance();
        if self.at_op(Op::RPar) || self.at_op(Op::Comma) || self.at_op(Op::Colon) {
            return Err(self.err_range("expected default value expression", eq.start, eq.end));
        }
        self.expression()
    }

    /// Parameters up to (not including) `)` for a `def`, or `:` for a `lambda`.
    pub(crate) fn parameters(&mut self, is_def: bool) -> PResult<Arguments> {
        let mut a = Arguments::default();
        let mut seen_star = false;
        let mut seen_slash = false;
        let mut seen_default = false;
        let mut kwarg_done = false;
        loop {
            if self.at_params_end(is_def) {
                break;
            }
            let t = self.peek().clone();
            if kwarg_done {
                if matches!(
                    t.kind,
                    TokenKind::Name(_) | TokenKind::Op(Op::Star | Op::DoubleStar | Op::Slash)
                ) {
                    return Err(self.err_range(
                        "arguments cannot follow var-keyword argument",
                        t.start,
                        t.end,
                    ));
                }
                return Err(self.invalid_syntax());
            }
            match t.kind {
                TokenKind::Op(Op::Slash) => {
                    self.advance();
                    if seen_slash {
                        return Err(self.err_range("/ may appear only once", t.start, t.end));
                    }
                    if seen_star {
                        return Err(self.err_range("/ must be ahead of *", t.start, t.end));
                    }
                    if a.args.is_empty() {
                        return Err(self.err_range(
                            "at least one argument must precede /",
                            t.start,
                            t.end,
                        ));
                    }
                    seen_slash = true;
                    a.posonlyargs = std::mem::take(&mut a.args);
                }
                TokenKind::Op(Op::Star) => {
                    self.advance();
                    if seen_star {
                        return Err(self.err_range(
                            "* argument may appear only once",
                            t.start,
                            t.end,
                        ));
                    }
                    seen_star = true;
                    if self.at_op(Op::Comma) {
                        let bare_end = self.at_op_n(1, Op::RPar)
                            || self.at_op_n(1, Op::DoubleStar)
                            || (!is_def && self.at_op_n(1, Op::Colon));
                        if bare_end {
                            return Err(self.bare_star_error(&t, is_def));
                        }
                    } else if self.at_params_end(is_def) {
                        return Err(self.bare_star_error(&t, is_def));
                    } else {
                        let (arg, _) = self.param(is_def)?;
                        if self.at_op(Op::Equal) {
                            let eq = self.peek().clone();
                            return Err(self.err_range(
                                "var-positional argument cannot have default value",
                                eq.start,
                                eq.end,
                            ));
                        }
                        a.vararg = Some(arg);
                    }
                }
                TokenKind::Op(Op::DoubleStar) => {
                    self.advance();
                    let (arg, _) = self.param(is_def)?;
                    if self.at_op(Op::Equal) {
                        let eq = self.peek().clone();
                        return Err(self.err_range(
                            "var-keyword argument cannot have default value",
                            eq.start,
                            eq.end,
                        ));
                    }
                    a.kwarg = Some(arg);
                    kwarg_done = true;
                }
                TokenKind::Name(_) => {
                    let (arg, nt) = self.param(is_def)?;
                    let default = if self.at_op(Op::Equal) {
                        Some(self.default_value()?)
                    } else {
                        None
                    };
                    if seen_star {
                        a.kwonlyargs.push(arg);
                        a.kw_defaults.push(default);
                    } else {
                        match default {
                            Some(d) => {
                                seen_default = true;
                                a.defaults.push(d);
                            }
                            None if seen_default => {
                                return Err(self.err_range(
                                    "non-default argument follows default argument",
                                    nt.start,
                                    nt.end,
                                ));
                            }
                            None => {}
                        }
                        a.args.push(arg);
                    }
                }
                TokenKind::Op(Op::LPar) if is_def => {
                    let what = "Function parameters cannot be parenthesized";
                    let close = self.paren_params_end();
                    return Err(match close {
                        Some(c) => self.err_range(what, t.start, c),
                        None => self.invalid_syntax(),
                    });
                }
                _ => return Err(self.invalid_syntax()),
            }
            if !self.eat_op(Op::Comma) {
                if self.at_params_end(is_def) {
                    break;
                }
                return Err(self.invalid_syntax());
            }
        }
        Ok(a)
    }

    /// "named arguments must follow bare *": at the `*` of a `def`, at the next token of a lambda.
    fn bare_star_error(&mut self, star: &Token, is_def: bool) -> Box<crate::python::SyntaxError> {
        let msg = "named arguments must follow bare *";
        if is_def {
            return self.err_range(msg, star.start, star.end);
        }
        let t = self.peek().clone();
        self.err_range(msg, t.start, t.end)
    }

    /// For `def f((a, b))`: the end of the parenthesised names, if that is what follows.
    fn paren_params_end(&mut self) -> Option<super::super::token::Pos> {
        let mark = self.mark();
        let furthest = self.furthest_mark();
        self.advance();
        let mut ok = false;
        let mut end = None;
        while matches!(self.peek_kind(), TokenKind::Name(_)) {
            self.advance();
            ok = true;
            if !self.eat_op(Op::Comma) {
                break;
            }
        }
        if ok && self.at_op(Op::RPar) {
            end = Some(self.advance().end);
        }
        self.reset(mark);
        self.set_furthest(furthest);
        end
    }
}
