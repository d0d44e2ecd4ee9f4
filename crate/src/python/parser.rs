//! The recursive-descent parser: tokens to [`ast::Module`](super::ast::Module).
//!
//! It follows CPython 3.11's grammar (`Grammar/python.gram`) and reproduces the error messages of
//! its second, "invalid_*" pass for the mistakes learners make most; anything else fails with
//! `invalid syntax` at the furthest token looked at, as CPython does. Expressions are in
//! [`expr`], statements in [`stmt`], assignment-target checks in [`targets`], string literals and
//! f-strings in [`strings`].
//!
//! Recursion is bounded: every nested expression level counts against [`MAX_NESTING`], blocks are
//! bounded by the tokenizer's 99 indentation levels, and binary/trailer chains are measured so no
//! tree is deeper than [`MAX_EXPR_DEPTH`](super::ast::MAX_EXPR_DEPTH).

mod expr;
mod params;
mod stmt;

pub use stmt::MAX_STMT_DEPTH;
mod strings;
mod targets;

use super::ast::{Expr, ExprKind, Module, Range, Stmt, MAX_EXPR_DEPTH};
use super::depth::expr_depth;
use super::lexer::{self, LexOutput};
use super::source::Source;
use super::syntax_error::{ErrorKind, SyntaxError, UNSUPPORTED_PREFIX};
use super::token::{Keyword, Op, Pos, Token, TokenKind};

/// Most nested expression levels (each bracket, `lambda`, conditional `else` branch and `**`
/// exponent opens one) the parser accepts in one expression; the tokenizer allows 200 brackets.
pub const MAX_NESTING: u32 = 210;

/// An error on its way out (boxed: errors are rare and `Result`s stay small).
pub(crate) type PResult<T> = Result<T, Box<SyntaxError>>;

/// Parse a whole module from `src` (already free of NUL bytes and `\r`).
pub(crate) fn parse_source(src: &Source<'_>) -> Result<Module, SyntaxError> {
    let LexOutput {
        tokens,
        error: lex_error,
        unclosed,
    } = lexer::tokenize(src);
    let mut p = Parser::new(src, tokens);
    match p.file() {
        Ok(module) => Ok(module),
        Err(err) => {
            let err = *err;
            if p.hit_lex_error {
                if let Some(le) = lex_error {
                    return Err(le.error);
                }
            }
            if p.indent_token_error {
                return Err(err);
            }
            if let Some(le) = lex_error {
                if le.hard {
                    return Err(le.error);
                }
            }
            if let Some(u) = unclosed {
                if p.furthest_line() > u.lineno {
                    return Err(u);
                }
            }
            Err(err)
        }
    }
}

/// Parser state: the token vector and a cursor into it.
pub(crate) struct Parser<'s, 'a> {
    pub(crate) src: &'s Source<'a>,
    tokens: Vec<Token>,
    pos: usize,
    /// Furthest token index looked at (CPython reports generic errors there).
    furthest: usize,
    /// Current expression nesting (see [`MAX_NESTING`]).
    nesting: u32,
    /// Current block and `elif` nesting (see [`stmt::MAX_STMT_DEPTH`]).
    stmt_depth: u32,
    /// The parser looked at the tokenizer's error token: that error is the one to report.
    pub(crate) hit_lex_error: bool,
    /// The error is CPython's "unexpected indent/unindent", which skips the full-source re-check.
    pub(crate) indent_token_error: bool,
    /// Position shift for f-string expressions: (line delta, column added on the first line).
    pub(crate) fstring_shift: Option<(u32, u32)>,
    /// For an f-string expression's parser: the file's own source.
    pub(crate) outer: Option<&'s Source<'a>>,
}

impl<'s, 'a> Parser<'s, 'a> {
    pub(crate) fn new(src: &'s Source<'a>, tokens: Vec<Token>) -> Parser<'s, 'a> {
        let mut tokens = tokens;
        if tokens.is_empty() {
            tokens.push(Token {
                kind: TokenKind::EndMarker,
                start: Pos::new(1, 0),
                end: Pos::new(1, 0),
            });
        }
        Parser {
            src,
            tokens,
            pos: 0,
            furthest: 0,
            nesting: 0,
            stmt_depth: 0,
            hit_lex_error: false,
            indent_token_error: false,
            fstring_shift: None,
            outer: None,
        }
    }

    // ----- token cursor -----

    fn idx(&self, k: usize) -> usize {
        (self.pos + k).min(self.tokens.len() - 1)
    }

    /// The token `k` places ahead (marks it as looked at).
    pub(crate) fn peek_n(&mut self, k: usize) -> &Token {
        let i = self.idx(k);
        if i > self.furthest {
            self.furthest = i;
        }
        if self.tokens[i].kind == TokenKind::Error {
            self.hit_lex_error = true;
        }
        &self.tokens[i]
    }

    /// The current token.
    pub(crate) fn peek(&mut self) -> &Token {
        self.peek_n(0)
    }

    pub(crate) fn peek_kind(&mut self) -> &TokenKind {
        &self.peek().kind
    }

    /// The current token, consumed.
    pub(crate) fn advance(&mut self) -> Token {
        let i = self.idx(0);
        self.peek();
        let t = self.tokens[i].clone();
        if self.pos < self.tokens.len() - 1 {
            self.pos += 1;
        }
        t
    }

    /// Step past the current token without cloning it.
    pub(crate) fn pos_advance(&mut self) {
        self.peek();
        if self.pos < self.tokens.len() - 1 {
            self.pos += 1;
        }
    }

    pub(crate) fn mark(&self) -> usize {
        self.pos
    }

    pub(crate) fn reset(&mut self, mark: usize) {
        self.pos = mark;
    }

    pub(crate) fn furthest_mark(&self) -> usize {
        self.furthest
    }

    pub(crate) fn set_furthest(&mut self, f: usize) {
        self.furthest = f;
    }

    fn furthest_line(&self) -> u32 {
        self.tokens.get(self.furthest).map_or(0, |t| t.start.line)
    }

    /// End of the previous (last consumed) token.
    pub(crate) fn prev_end(&self) -> Pos {
        if self.pos == 0 {
            return Pos::new(1, 0);
        }
        self.tokens
            .get(self.pos - 1)
            .map_or(Pos::new(1, 0), |t| t.end)
    }

    pub(crate) fn at_op(&mut self, op: Op) -> bool {
        matches!(self.peek_kind(), TokenKind::Op(o) if *o == op)
    }

    pub(crate) fn at_op_n(&mut self, k: usize, op: Op) -> bool {
        matches!(&self.peek_n(k).kind, TokenKind::Op(o) if *o == op)
    }

    pub(crate) fn at_kw(&mut self, kw: Keyword) -> bool {
        matches!(self.peek_kind(), TokenKind::Keyword(k) if *k == kw)
    }

    pub(crate) fn at_kw_n(&mut self, k: usize, kw: Keyword) -> bool {
        matches!(&self.peek_n(k).kind, TokenKind::Keyword(x) if *x == kw)
    }

    pub(crate) fn at_newline(&mut self) -> bool {
        matches!(self.peek_kind(), TokenKind::Newline)
    }

    pub(crate) fn eat_op(&mut self, op: Op) -> bool {
        if self.at_op(op) {
            self.advance();
            true
        } else {
            false
        }
    }

    pub(crate) fn eat_kw(&mut self, kw: Keyword) -> bool {
        if self.at_kw(kw) {
            self.advance();
            true
        } else {
            false
        }
    }

    /// Consume `op` or fail with the generic error.
    pub(crate) fn expect_op(&mut self, op: Op) -> PResult<Token> {
        if self.at_op(op) {
            Ok(self.advance())
        } else {
            Err(self.invalid_syntax())
        }
    }

    /// An error located at token `t`; at the end of input or a dedent CPython gives no column.
    #[cold]
    #[inline(never)]
    pub(crate) fn err_at_token(
        &self,
        kind: ErrorKind,
        msg: impl Into<String>,
        t: &Token,
    ) -> Box<SyntaxError> {
        if matches!(t.kind, TokenKind::EndMarker | TokenKind::Dedent)
            && self.fstring_shift.is_none()
        {
            let l = t.start.line;
            return Box::new(self.src.error_raw(kind, msg, l, 0, l, 0));
        }
        self.err_kind(kind, msg, t.start, t.end)
    }

    /// Consume `op` or fail with "expected 'op'" at the current token (CPython's forced tokens).
    #[cold]
    #[inline(never)]
    pub(crate) fn expect_forced(&mut self, op: Op) -> PResult<Token> {
        if self.at_op(op) {
            return Ok(self.advance());
        }
        let t = self.peek().clone();
        Err(self.err_range(format!("expected '{}'", op.as_str()), t.start, t.end))
    }

    pub(crate) fn expect_name(&mut self) -> PResult<(String, Token)> {
        let t = self.peek().clone();
        if let TokenKind::Name(n) = &t.kind {
            let n = n.clone();
            self.advance();
            Ok((n, t))
        } else {
            Err(self.invalid_syntax())
        }
    }

    // ----- nesting -----

    pub(crate) fn enter(&mut self) -> PResult<()> {
        self.nesting += 1;
        if self.nesting > MAX_NESTING {
            let t = self.peek().clone();
            return Err(self.unsupported(
                &format!("more than {MAX_NESTING} nested levels in one expression"),
                t.start,
                t.end,
            ));
        }
        Ok(())
    }

    pub(crate) fn leave(&mut self) {
        self.nesting = self.nesting.saturating_sub(1);
    }

    /// Fail if `depth` (of a tree being built) is over the limit.
    #[cold]
    #[inline(never)]
    pub(crate) fn check_depth(&mut self, depth: usize, at: &Expr) -> PResult<()> {
        if depth > MAX_EXPR_DEPTH {
            return Err(self.unsupported(
                &format!("an expression more than {MAX_EXPR_DEPTH} operations deep"),
                Pos::new(at.line, at.col),
                Pos::new(at.line, at.col),
            ));
        }
        Ok(())
    }

    pub(crate) fn depth_of(&self, e: &Expr) -> usize {
        expr_depth(e)
    }

    // ----- positions -----

    /// Map a position of the token stream to the real source (f-string expressions are lexed
    /// from a copy of their text).
    pub(crate) fn real(&self, p: Pos) -> Pos {
        match self.fstring_shift {
            None => p,
            Some((dl, dc)) => {
                if p.line == 1 {
                    Pos::new(p.line + dl, p.col + dc)
                } else {
                    Pos::new(p.line + dl, p.col)
                }
            }
        }
    }

    pub(crate) fn expr(&self, kind: ExprKind, start: Pos, end: Pos) -> Expr {
        let s = self.real(start);
        let e = self.real(end);
        Expr {
            kind,
            line: s.line,
            col: s.col,
            end_line: e.line,
            end_col: e.col,
        }
    }

    pub(crate) fn range(&self, start: Pos, end: Pos) -> Range {
        let s = self.real(start);
        let e = self.real(end);
        Range {
            line: s.line,
            col: s.col,
            end_line: e.line,
            end_col: e.col,
        }
    }

    pub(crate) fn stmt(&self, kind: super::ast::StmtKind, start: Pos, end: Pos) -> Stmt {
        let s = self.real(start);
        let e = self.real(end);
        Stmt {
            kind,
            line: s.line,
            col: s.col,
            end_line: e.line,
            end_col: e.col,
        }
    }

    // ----- errors -----

    /// A `SyntaxError` over token-stream positions `start..end` (parser-style byte offsets).
    #[cold]
    #[inline(never)]
    pub(crate) fn err_range(
        &self,
        msg: impl Into<String>,
        start: Pos,
        end: Pos,
    ) -> Box<SyntaxError> {
        self.err_kind(ErrorKind::SyntaxError, msg, start, end)
    }

    #[cold]
    #[inline(never)]
    pub(crate) fn err_kind(
        &self,
        kind: ErrorKind,
        msg: impl Into<String>,
        start: Pos,
        end: Pos,
    ) -> Box<SyntaxError> {
        let msg = msg.into();
        if self.fstring_shift.is_some() {
            // CPython 3.11 reports errors in f-string expressions against the parenthesised copy.
            let s = self.real(start);
            let mut e = self
                .src
                .error_bytes(kind, format!("f-string: {msg}"), start, end);
            e.lineno = s.line;
            e.end_lineno = s.line + end.line.saturating_sub(start.line);
            return Box::new(e);
        }
        Box::new(self.src.error_bytes(kind, msg, start, end))
    }

    /// A `SyntaxError` over the range of an expression (already in real positions).
    #[cold]
    #[inline(never)]
    pub(crate) fn err_expr(&self, msg: impl Into<String>, e: &Expr) -> Box<SyntaxError> {
        self.err_real(
            msg,
            Pos::new(e.line, e.col),
            Pos::new(e.end_line, e.end_col),
        )
    }

    /// A `SyntaxError` over real source positions.
    #[cold]
    #[inline(never)]
    pub(crate) fn err_real(
        &self,
        msg: impl Into<String>,
        start: Pos,
        end: Pos,
    ) -> Box<SyntaxError> {
        let msg = msg.into();
        if let Some((dl, dc)) = self.fstring_shift {
            // Convert back to positions in the parenthesised copy.
            let un = |p: Pos| {
                let line = p.line.saturating_sub(dl);
                if line == 1 {
                    Pos::new(1, p.col.saturating_sub(dc))
                } else {
                    Pos::new(line, p.col)
                }
            };
            return self.err_kind(ErrorKind::SyntaxError, msg, un(start), un(end));
        }
        Box::new(
            self.src
                .error_bytes(ErrorKind::SyntaxError, msg, start, end),
        )
    }

    /// An "outside the subset" error over real source positions.
    #[cold]
    #[inline(never)]
    pub(crate) fn unsupported(&self, what: &str, start: Pos, end: Pos) -> Box<SyntaxError> {
        let s = self.real(start);
        let e = self.real(end);
        let src = self.outer.unwrap_or(self.src);
        Box::new(src.error_bytes(
            ErrorKind::Unsupported,
            format!("{UNSUPPORTED_PREFIX}{what}"),
            s,
            e,
        ))
    }

    /// CPython's generic error: "invalid syntax" at the furthest token looked at.
    #[cold]
    #[inline(never)]
    pub(crate) fn invalid_syntax(&mut self) -> Box<SyntaxError> {
        let t = self.tokens[self.furthest.min(self.tokens.len() - 1)].clone();
        match t.kind {
            TokenKind::Indent => {
                self.indent_token_error = true;
                let mut e = self.src.error_raw(
                    ErrorKind::IndentationError,
                    "unexpected indent",
                    t.end.line,
                    t.end.col,
                    t.end.line,
                    0,
                );
                if self.fstring_shift.is_some() {
                    e.msg = format!("f-string: {}", e.msg);
                }
                Box::new(e)
            }
            TokenKind::Dedent => {
                self.indent_token_error = true;
                Box::new(self.src.error_bytes(
                    ErrorKind::IndentationError,
                    "unexpected unindent",
                    t.start,
                    t.end,
                ))
            }
            TokenKind::Error => {
                self.hit_lex_error = true;
                self.err_range("invalid syntax", t.start, t.end)
            }
            _ => self.err_range("invalid syntax", t.start, t.end),
        }
    }

    // ----- entry -----

    /// `file: [statements] ENDMARKER`
    fn file(&mut self) -> PResult<Module> {
        let mut body = Vec::new();
        loop {
            if matches!(self.peek_kind(), TokenKind::EndMarker) {
                break;
            }
            if matches!(self.peek_kind(), TokenKind::Error) {
                return Err(self.invalid_syntax());
            }
            self.statement(&mut body)?;
        }
        Ok(Module { body })
    }
}
