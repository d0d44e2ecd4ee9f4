//! The tokenizer: source text to [`Token`]s, following CPython 3.11's `Parser/tokenizer.c`.
//!
//! It produces INDENT/DEDENT with CPython's tab rules, joins lines inside brackets and after a
//! backslash, skips comments, splits string literals (their escapes are decoded later, by the
//! parser, as CPython does), and reads numbers of any size. It stops at the first error, which is
//! either *hard* (CPython raises it from the tokenizer itself, so it wins over any parser error,
//! wherever it is) or *soft* (CPython reports it only when the parser reaches it).

use super::ast::BigInt;
use super::source::Source;
use super::syntax_error::{ErrorKind, SyntaxError};
use super::token::{Keyword, Op, Pos, StrToken, Token, TokenKind};

/// CPython's `MAXINDENT`: at most 99 levels of indentation.
pub const MAX_INDENT: usize = 100;
/// CPython's `MAXLEVEL`: at most 200 open brackets.
pub const MAX_BRACKETS: usize = 200;
const TAB_SIZE: u32 = 8;

/// Where tokenization stopped early.
#[derive(Debug)]
pub(crate) struct LexError {
    /// The error to report.
    pub error: SyntaxError,
    /// Raised by the tokenizer itself (wins over parser errors) rather than on the parser's demand.
    pub hard: bool,
}

/// Everything the tokenizer found.
#[derive(Debug)]
pub(crate) struct LexOutput {
    /// The tokens; the last is `EndMarker`, or `Error` when `error` is set.
    pub tokens: Vec<Token>,
    /// Why tokenization stopped early, if it did.
    pub error: Option<LexError>,
    /// When input ended inside brackets: the "never closed" error for the innermost one.
    pub unclosed: Option<SyntaxError>,
}

/// Tokenize `src` (already free of NUL bytes and `\r`), as a module, or with `line_offset` and
/// `col_offset` shifting every position (used for expressions inside f-strings).
pub(crate) fn tokenize(src: &Source<'_>) -> LexOutput {
    let mut lx = Lexer {
        src,
        b: src.text.as_bytes(),
        i: 0,
        line: 1,
        line_start: 0,
        indents: vec![0],
        alt_indents: vec![0],
        brackets: Vec::new(),
        tokens: Vec::new(),
        at_bol: true,
    };
    let error = lx.run().err();
    let unclosed = match &error {
        Some(e) if !e.hard && lx.at_eof() && !lx.brackets.is_empty() => Some(e.error.clone()),
        _ => None,
    };
    if error.is_some() {
        let at = lx.pos();
        lx.tokens.push(Token {
            kind: TokenKind::Error,
            start: at,
            end: at,
        });
    }
    LexOutput {
        tokens: lx.tokens,
        error,
        unclosed,
    }
}

struct Lexer<'s, 'a> {
    src: &'s Source<'a>,
    b: &'a [u8],
    i: usize,
    line: u32,
    line_start: usize,
    indents: Vec<u32>,
    alt_indents: Vec<u32>,
    brackets: Vec<(u8, Pos)>,
    tokens: Vec<Token>,
    at_bol: bool,
}

type LexResult<T> = Result<T, LexError>;

fn is_ident_start_ascii(c: u8) -> bool {
    c.is_ascii_alphabetic() || c == b'_' || c >= 0x80
}

fn is_ident_char_ascii(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80
}

/// Approximates Unicode's XID_Continue beyond letters and digits (combining marks and friends).
fn is_ident_extra(c: char) -> bool {
    matches!(c,
        '\u{00b7}' | '\u{0387}' | '\u{0300}'..='\u{036f}' | '\u{0483}'..='\u{0487}'
        | '\u{0591}'..='\u{05bd}' | '\u{0610}'..='\u{061a}' | '\u{064b}'..='\u{065f}'
        | '\u{0900}'..='\u{0903}' | '\u{093a}'..='\u{094f}' | '\u{1ab0}'..='\u{1aff}'
        | '\u{1dc0}'..='\u{1dff}' | '\u{200c}' | '\u{200d}' | '\u{203f}' | '\u{2040}'
        | '\u{20d0}'..='\u{20ff}' | '\u{fe00}'..='\u{fe0f}' | '\u{fe20}'..='\u{fe2f}'
        | '\u{ff3f}')
}

/// Unicode "other numbers" (superscripts, fractions, circled digits): numeric but not allowed in
/// identifiers.
fn is_other_number(c: char) -> bool {
    matches!(c,
        '\u{00b2}' | '\u{00b3}' | '\u{00b9}' | '\u{00bc}'..='\u{00be}' | '\u{2070}'..='\u{209f}'
        | '\u{2150}'..='\u{215f}' | '\u{2189}' | '\u{2460}'..='\u{24ff}' | '\u{2776}'..='\u{2793}'
        | '\u{2cfd}' | '\u{3192}'..='\u{3195}' | '\u{3220}'..='\u{3229}' | '\u{3248}'..='\u{324f}'
        | '\u{3251}'..='\u{325f}' | '\u{3280}'..='\u{3289}' | '\u{32b1}'..='\u{32bf}')
}

/// Python's `str.isprintable` for one character, closely approximated.
pub(crate) fn is_printable(c: char) -> bool {
    if c == ' ' {
        return true;
    }
    if c.is_control() || c.is_whitespace() {
        return false;
    }
    !matches!(c,
        '\u{00ad}' | '\u{0600}'..='\u{0605}' | '\u{061c}' | '\u{06dd}' | '\u{070f}' | '\u{180e}'
        | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{206f}'
        | '\u{e000}'..='\u{f8ff}' | '\u{feff}' | '\u{fff9}'..='\u{fffb}'
        | '\u{f0000}'..='\u{10ffff}')
}

impl<'s, 'a> Lexer<'s, 'a> {
    fn pos(&self) -> Pos {
        Pos::new(self.line, (self.i - self.line_start) as u32)
    }

    fn pos_at(&self, i: usize) -> Pos {
        Pos::new(self.line, (i.saturating_sub(self.line_start)) as u32)
    }

    fn peek(&self) -> u8 {
        self.b.get(self.i).copied().unwrap_or(0)
    }

    fn peek_at(&self, k: usize) -> u8 {
        self.b.get(self.i + k).copied().unwrap_or(0)
    }

    fn at_eof(&self) -> bool {
        self.i >= self.b.len()
    }

    fn push(&mut self, kind: TokenKind, start: Pos, end: Pos) {
        self.tokens.push(Token { kind, start, end });
    }

    fn hard_at(&self, msg: impl Into<String>, i: usize) -> LexError {
        LexError {
            error: self.src.error_chars(msg, self.pos_at(i)),
            hard: true,
        }
    }

    fn soft(&self, kind: ErrorKind, msg: &str, offset: u32) -> LexError {
        LexError {
            error: self
                .src
                .error_raw(kind, msg, self.line, offset, self.line, 0),
            hard: false,
        }
    }

    fn newline_consumed(&mut self) {
        self.line += 1;
        self.line_start = self.i;
    }

    fn run(&mut self) -> LexResult<()> {
        loop {
            if self.at_bol && self.brackets.is_empty() {
                self.at_bol = false;
                if self.indentation()? {
                    continue;
                }
            }
            // Skip blanks between tokens.
            while matches!(self.peek(), b' ' | b'\t' | b'\x0c') {
                self.i += 1;
            }
            if self.at_eof() {
                break;
            }
            let c = self.peek();
            let start = self.pos();
            match c {
                b'#' => {
                    while !self.at_eof() && self.peek() != b'\n' {
                        self.i += 1;
                    }
                }
                b'\n' => {
                    self.i += 1;
                    if self.brackets.is_empty() {
                        self.push(TokenKind::Newline, start, start);
                        self.newline_consumed();
                        self.at_bol = true;
                    } else {
                        self.newline_consumed();
                    }
                }
                b'\\' => {
                    let next = self.peek_at(1);
                    if next == b'\n' {
                        self.i += 2;
                        self.newline_consumed();
                        if self.at_eof() {
                            return Err(self.soft(
                                ErrorKind::SyntaxError,
                                "unexpected EOF while parsing",
                                1,
                            ));
                        }
                    } else if next == 0 && self.i + 1 >= self.b.len() {
                        let off = start.col + 2;
                        return Err(self.soft(
                            ErrorKind::SyntaxError,
                            "unexpected EOF while parsing",
                            off,
                        ));
                    } else {
                        let off = start.col + 2;
                        return Err(self.soft(
                            ErrorKind::SyntaxError,
                            "unexpected character after line continuation character",
                            off,
                        ));
                    }
                }
                b'0'..=b'9' => self.number()?,
                b'.' if self.peek_at(1).is_ascii_digit() => self.number()?,
                b'"' | b'\'' => self.string(self.i, false, false, false)?,
                c if is_ident_start_ascii(c) => self.name_or_string()?,
                _ => self.operator()?,
            }
        }
        // End of input.
        let end = self.pos();
        if let Some(&(c, pos)) = self.brackets.last() {
            return Err(LexError {
                error: self.src.error_parser(
                    ErrorKind::SyntaxError,
                    format!("'{}' was never closed", c as char),
                    pos.line,
                    pos.col + 1,
                    pos.line,
                    0,
                ),
                hard: false,
            });
        }
        let last_line = self.src.last_line().max(1);
        let last_len = self.src.line(last_line).len() as u32;
        if !self.at_bol {
            if let Some(t) = self.tokens.last() {
                if t.kind != TokenKind::Newline {
                    let p = Pos::new(self.line, end.col);
                    self.push(TokenKind::Newline, p, p);
                }
            }
        }
        let eof = Pos::new(last_line, last_len);
        while self.indents.len() > 1 {
            self.indents.pop();
            self.push(TokenKind::Dedent, eof, eof);
        }
        self.push(TokenKind::EndMarker, eof, eof);
        Ok(())
    }

    /// Measure the indentation of a new line and emit INDENT/DEDENT. Returns true for a blank
    /// line (only spaces or a comment), which the caller skips.
    fn indentation(&mut self) -> LexResult<bool> {
        let mut col = 0u32;
        let mut alt = 0u32;
        loop {
            match self.peek() {
                b' ' => {
                    col += 1;
                    alt += 1;
                }
                b'\t' => {
                    col = (col / TAB_SIZE + 1) * TAB_SIZE;
                    alt += 1;
                }
                b'\x0c' => {
                    col = 0;
                    alt = 0;
                }
                _ => break,
            }
            self.i += 1;
        }
        let c = self.peek();
        if c == b'#' || c == b'\n' || self.at_eof() {
            // Blank line: no tokens, no indentation change.
            while !self.at_eof() && self.peek() != b'\n' {
                self.i += 1;
            }
            if !self.at_eof() {
                self.i += 1;
                self.newline_consumed();
                self.at_bol = true;
            }
            return Ok(true);
        }
        if c == b'\\' && self.peek_at(1) == b'\n' {
            // A continuation line starting a statement: CPython measures the next line instead.
            return Ok(false);
        }
        let here = self.pos();
        let top = self.indents.last().copied().unwrap_or(0);
        let alt_top = self.alt_indents.last().copied().unwrap_or(0);
        let tab_error = |lx: &Self| {
            lx.soft(
                ErrorKind::TabError,
                "inconsistent use of tabs and spaces in indentation",
                1,
            )
        };
        if col == top {
            if alt != alt_top {
                return Err(tab_error(self));
            }
        } else if col > top {
            if self.indents.len() >= MAX_INDENT {
                return Err(self.soft(
                    ErrorKind::IndentationError,
                    "too many levels of indentation",
                    1,
                ));
            }
            if alt <= alt_top {
                return Err(tab_error(self));
            }
            self.indents.push(col);
            self.alt_indents.push(alt);
            self.push(TokenKind::Indent, Pos::new(self.line, 0), here);
        } else {
            while self.indents.len() > 1 && col < self.indents.last().copied().unwrap_or(0) {
                self.indents.pop();
                self.alt_indents.pop();
                self.push(TokenKind::Dedent, here, here);
            }
            let top = self.indents.last().copied().unwrap_or(0);
            let alt_top = self.alt_indents.last().copied().unwrap_or(0);
            if col != top {
                let len = self.src.line(self.line).len() as u32;
                return Err(self.soft(
                    ErrorKind::IndentationError,
                    "unindent does not match any outer indentation level",
                    len + 1,
                ));
            }
            if alt != alt_top {
                return Err(tab_error(self));
            }
        }
        Ok(false)
    }

    fn operator(&mut self) -> LexResult<()> {
        let start = self.pos();
        let c0 = self.peek();
        let c1 = self.peek_at(1);
        let c2 = self.peek_at(2);
        let three = match (c0, c1, c2) {
            (b'*', b'*', b'=') => Some(Op::DoubleStarEqual),
            (b'/', b'/', b'=') => Some(Op::DoubleSlashEqual),
            (b'>', b'>', b'=') => Some(Op::RightShiftEqual),
            (b'<', b'<', b'=') => Some(Op::LeftShiftEqual),
            (b'.', b'.', b'.') => Some(Op::Ellipsis),
            _ => None,
        };
        let (op, len) = if let Some(op) = three {
            (op, 3)
        } else {
            let two = match (c0, c1) {
                (b'=', b'=') => Some(Op::EqEqual),
                (b'!', b'=') => Some(Op::NotEqual),
                (b'<', b'=') => Some(Op::LessEqual),
                (b'>', b'=') => Some(Op::GreaterEqual),
                (b'<', b'<') => Some(Op::LeftShift),
                (b'>', b'>') => Some(Op::RightShift),
                (b'*', b'*') => Some(Op::DoubleStar),
                (b'/', b'/') => Some(Op::DoubleSlash),
                (b'+', b'=') => Some(Op::PlusEqual),
                (b'-', b'=') => Some(Op::MinEqual),
                (b'*', b'=') => Some(Op::StarEqual),
                (b'/', b'=') => Some(Op::SlashEqual),
                (b'%', b'=') => Some(Op::PercentEqual),
                (b'&', b'=') => Some(Op::AmperEqual),
                (b'|', b'=') => Some(Op::VBarEqual),
                (b'^', b'=') => Some(Op::CircumflexEqual),
                (b'@', b'=') => Some(Op::AtEqual),
                (b'-', b'>') => Some(Op::RArrow),
                (b':', b'=') => Some(Op::ColonEqual),
                _ => None,
            };
            if let Some(op) = two {
                (op, 2)
            } else {
                let one = match c0 {
                    b'(' => Op::LPar,
                    b')' => Op::RPar,
                    b'[' => Op::LSqb,
                    b']' => Op::RSqb,
                    b'{' => Op::LBrace,
                    b'}' => Op::RBrace,
                    b':' => Op::Colon,
                    b',' => Op::Comma,
                    b';' => Op::Semi,
                    b'+' => Op::Plus,
                    b'-' => Op::Minus,
                    b'*' => Op::Star,
                    b'/' => Op::Slash,
                    b'|' => Op::VBar,
                    b'&' => Op::Amper,
                    b'<' => Op::Less,
                    b'>' => Op::Greater,
                    b'=' => Op::Equal,
                    b'.' => Op::Dot,
                    b'%' => Op::Percent,
                    b'~' => Op::Tilde,
                    b'^' => Op::CircumFlex,
                    b'@' => Op::At,
                    c if c < 0x20 || c == 0x7f => {
                        self.i += 1;
                        return Err(self.hard_at(
                            format!("invalid non-printable character U+{:04X}", c),
                            self.i,
                        ));
                    }
                    _ => {
                        // `$`, `?`, a backtick or `!`: one unknown token.
                        let ch = self
                            .src
                            .text
                            .get(self.i..)
                            .and_then(|s| s.chars().next())
                            .unwrap_or('?');
                        self.i += ch.len_utf8();
                        let end = self.pos();
                        self.push(TokenKind::Unknown(ch), start, end);
                        return Ok(());
                    }
                };
                (one, 1)
            }
        };
        self.i += len;
        let end = self.pos();
        match op {
            Op::LPar | Op::LSqb | Op::LBrace => {
                if self.brackets.len() >= MAX_BRACKETS {
                    return Err(self.hard_at("too many nested parentheses", self.i));
                }
                self.brackets.push((c0, start));
            }
            Op::RPar | Op::RSqb | Op::RBrace => match self.brackets.pop() {
                None => {
                    return Err(self.hard_at(format!("unmatched '{}'", c0 as char), self.i));
                }
                Some((open, open_pos)) => {
                    let expected = match open {
                        b'(' => b')',
                        b'[' => b']',
                        _ => b'}',
                    };
                    if expected != c0 {
                        let msg = if open_pos.line != start.line {
                            format!(
                                "closing parenthesis '{}' does not match opening parenthesis '{}' on line {}",
                                c0 as char, open as char, open_pos.line
                            )
                        } else {
                            format!(
                                "closing parenthesis '{}' does not match opening parenthesis '{}'",
                                c0 as char, open as char
                            )
                        };
                        return Err(self.hard_at(msg, self.i));
                    }
                }
            },
            _ => {}
        }
        self.push(TokenKind::Op(op), start, end);
        Ok(())
    }

    fn name_or_string(&mut self) -> LexResult<()> {
        let start_i = self.i;
        // A string prefix?
        let mut j = self.i;
        while j < self.b.len() && self.b[j].is_ascii_alphabetic() && j - start_i < 3 {
            j += 1;
        }
        if j > start_i && j < self.b.len() && matches!(self.b[j], b'"' | b'\'') {
            let prefix = self
                .src
                .text
                .get(start_i..j)
                .unwrap_or("")
                .to_ascii_lowercase();
            let flags = match prefix.as_str() {
                "r" => Some((false, true, false)),
                "u" => Some((false, false, false)),
                "b" => Some((true, false, false)),
                "br" | "rb" => Some((true, true, false)),
                "f" => Some((false, false, true)),
                "fr" | "rf" => Some((false, true, true)),
                _ => None,
            };
            if let Some((is_bytes, is_raw, is_f)) = flags {
                self.i = j;
                return self.string(start_i, is_bytes, is_raw, is_f);
            }
        }
        // An identifier: ASCII word characters and any non-ASCII character, checked afterwards.
        let start = self.pos();
        let mut ascii = true;
        while self.i < self.b.len() && is_ident_char_ascii(self.b[self.i]) {
            if self.b[self.i] >= 0x80 {
                ascii = false;
            }
            self.i += 1;
        }
        while self.i < self.b.len() && !self.src.text.is_char_boundary(self.i) {
            self.i += 1;
        }
        let word = self.src.text.get(start_i..self.i).unwrap_or("");
        if !ascii {
            // Invalid UTF-8 under a declared encoding: CPython's tokenizer fails to decode the name.
            let bad = self.src.original_bytes(start_i, self.i);
            if let Some(m) = bad.as_deref().and_then(super::encoding::utf8_error_message) {
                let col = (self.i - self.line_start) as u32;
                return Err(LexError {
                    error: self
                        .src
                        .error_decoding(format!("(unicode error) {m}"), self.line, col),
                    hard: true,
                });
            }
            let mut at = start_i;
            for (k, ch) in word.chars().enumerate() {
                let ok = if k == 0 {
                    ch == '_' || ch.is_alphabetic()
                } else {
                    ch == '_'
                        || ch.is_alphabetic()
                        || (ch.is_numeric() && !is_other_number(ch))
                        || is_ident_extra(ch)
                };
                at += ch.len_utf8();
                if !ok {
                    let msg = if is_printable(ch) {
                        format!("invalid character '{}' (U+{:04X})", ch, ch as u32)
                    } else {
                        format!("invalid non-printable character U+{:04X}", ch as u32)
                    };
                    return Err(self.hard_at(msg, at));
                }
            }
        }
        let end = self.pos();
        let kind = match Keyword::from_word(word) {
            Some(k) => TokenKind::Keyword(k),
            None => TokenKind::Name(word.to_string()),
        };
        self.push(kind, start, end);
        Ok(())
    }

    /// A string literal whose prefix starts at `start_i`; `self.i` is at the opening quote.
    fn string(
        &mut self,
        start_i: usize,
        is_bytes: bool,
        is_raw: bool,
        is_f: bool,
    ) -> LexResult<()> {
        let start = self.pos_at(start_i);
        let first_line = self.line;
        let first_line_start = self.line_start;
        let quote = self.peek();
        let triple = self.peek_at(1) == quote && self.peek_at(2) == quote;
        let qlen = if triple { 3 } else { 1 };
        self.i += qlen;
        let body_start_i = self.i;
        let body_start = self.pos();
        loop {
            if self.at_eof() || (!triple && self.peek() == b'\n') {
                let detected = if self.at_eof() {
                    self.src.last_line().max(first_line)
                } else {
                    self.line
                };
                let msg = if triple {
                    format!(
                        "unterminated triple-quoted string literal (detected at line {detected})"
                    )
                } else {
                    format!("unterminated string literal (detected at line {detected})")
                };
                // CPython points just past the literal's first character.
                let off = self
                    .src
                    .char_col(first_line, (start_i - first_line_start) as u32)
                    + 1;
                let error = self.src.error_raw(
                    ErrorKind::SyntaxError,
                    msg,
                    first_line,
                    off,
                    first_line,
                    off,
                );
                return Err(LexError { error, hard: true });
            }
            let c = self.peek();
            if c == quote {
                if !triple {
                    break;
                }
                if self.peek_at(1) == quote && self.peek_at(2) == quote {
                    break;
                }
                self.i += 1;
                continue;
            }
            if c == b'\\' {
                self.i += 1;
                if self.at_eof() {
                    continue;
                }
                if self.peek() == b'\n' {
                    self.i += 1;
                    self.newline_consumed();
                    continue;
                }
            }
            if self.peek() == b'\n' {
                self.i += 1;
                self.newline_consumed();
                continue;
            }
            self.i += 1;
        }
        let body = self
            .src
            .text
            .get(body_start_i..self.i)
            .unwrap_or("")
            .to_string();
        self.i += qlen;
        let end = self.pos();
        self.push(
            TokenKind::Str(Box::new(StrToken {
                is_bytes,
                is_raw,
                is_fstring: is_f,
                body,
                body_start,
            })),
            start,
            end,
        );
        Ok(())
    }

    /// `c` follows a number: CPython's `verify_end_of_number`.
    fn verify_end_of_number(&mut self, kind: &str) -> LexResult<()> {
        let c = self.peek();
        let rest = self.b.get(self.i + 1..).unwrap_or(&[]);
        let keyword_follows = match c {
            b'a' => rest.starts_with(b"nd"),
            b'e' => rest.starts_with(b"lse"),
            b'f' => rest.starts_with(b"or"),
            b'i' => matches!(rest.first(), Some(b'f' | b'n' | b's')),
            b'o' => rest.starts_with(b"r"),
            b'n' => rest.starts_with(b"ot"),
            _ => false,
        };
        if !keyword_follows && is_ident_char_ascii(c) {
            return Err(self.hard_at(format!("invalid {kind} literal"), self.i));
        }
        Ok(())
    }

    /// Digits and single underscores after a first digit (CPython's `tok_decimal_tail`).
    fn decimal_tail(&mut self) -> LexResult<()> {
        loop {
            while self.peek().is_ascii_digit() {
                self.i += 1;
            }
            if self.peek() != b'_' {
                return Ok(());
            }
            self.i += 1;
            if !self.peek().is_ascii_digit() {
                return Err(self.hard_at("invalid decimal literal", self.i));
            }
        }
    }

    fn radix_number(&mut self, start_i: usize, radix: u32, name: &str) -> LexResult<()> {
        let start = self.pos_at(start_i);
        self.i += 2; // 0x / 0o / 0b
        let digits_start = self.i;
        loop {
            if self.peek() == b'_' {
                self.i += 1;
            }
            let c = self.peek();
            if !(c as char).is_digit(radix) {
                if radix != 16 && c.is_ascii_digit() {
                    self.i += 1;
                    return Err(self.hard_at(
                        format!("invalid digit '{}' in {name} literal", c as char),
                        self.i,
                    ));
                }
                return Err(self.hard_at(format!("invalid {name} literal"), self.i));
            }
            while (self.peek() as char).is_digit(radix) {
                self.i += 1;
            }
            if self.peek() != b'_' {
                break;
            }
        }
        if radix != 16 && self.peek().is_ascii_digit() {
            let c = self.peek();
            self.i += 1;
            return Err(self.hard_at(
                format!("invalid digit '{}' in {name} literal", c as char),
                self.i,
            ));
        }
        self.verify_end_of_number(name)?;
        let text: String = self
            .src
            .text
            .get(digits_start..self.i)
            .unwrap_or("")
            .chars()
            .filter(|&c| c != '_')
            .collect();
        let kind = int_token(&text, radix);
        let end = self.pos();
        self.push(kind, start, end);
        Ok(())
    }

    fn number(&mut self) -> LexResult<()> {
        let start_i = self.i;
        let start = self.pos();
        let c0 = self.peek();
        let c1 = self.peek_at(1);
        if c0 == b'0' {
            match c1 {
                b'x' | b'X' => return self.radix_number(start_i, 16, "hexadecimal"),
                b'o' | b'O' => return self.radix_number(start_i, 8, "octal"),
                b'b' | b'B' => return self.radix_number(start_i, 2, "binary"),
                _ => {}
            }
        }
        let mut is_float = false;
        if c0 == b'.' {
            // ".5"
            self.i += 1;
            self.decimal_tail()?;
            is_float = true;
        } else if c0 == b'0' {
            self.i += 1;
            loop {
                if self.peek() == b'_' {
                    self.i += 1;
                    if !self.peek().is_ascii_digit() {
                        return Err(self.hard_at("invalid decimal literal", self.i));
                    }
                }
                if self.peek() != b'0' {
                    break;
                }
                self.i += 1;
            }
            if self.peek().is_ascii_digit() {
                let zeros_end = self.i + 1;
                self.decimal_tail()?;
                let c = self.peek();
                if !matches!(c, b'.' | b'e' | b'E' | b'j' | b'J') {
                    let line = start.line;
                    let off = start.col + 1;
                    let end_off = (zeros_end - self.line_start) as u32;
                    return Err(LexError {
                        error: self.src.error_raw(
                            ErrorKind::SyntaxError,
                            "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                            line,
                            off,
                            line,
                            end_off,
                        ),
                        hard: true,
                    });
                }
            }
            if self.peek() == b'.' {
                self.i += 1;
                is_float = true;
                if self.peek().is_ascii_digit() {
                    self.decimal_tail()?;
                }
            }
        } else {
            self.i += 1;
            self.decimal_tail()?;
            if self.peek() == b'.' {
                self.i += 1;
                is_float = true;
                if self.peek().is_ascii_digit() {
                    self.decimal_tail()?;
                }
            }
        }
        if matches!(self.peek(), b'e' | b'E') {
            let e_at = self.i;
            self.i += 1;
            if matches!(self.peek(), b'+' | b'-') {
                self.i += 1;
                if !self.peek().is_ascii_digit() {
                    return Err(self.hard_at("invalid decimal literal", self.i));
                }
            } else if !self.peek().is_ascii_digit() {
                // "1e" followed by a name character: the 'e' starts a bad literal tail.
                self.i = e_at;
                self.verify_end_of_number("decimal")?;
                return self.finish_number(start_i, start, is_float);
            }
            self.decimal_tail()?;
            is_float = true;
        }
        if matches!(self.peek(), b'j' | b'J') {
            self.i += 1;
            self.verify_end_of_number("imaginary")?;
            let end = self.pos();
            self.push(TokenKind::Imaginary, start, end);
            return Ok(());
        }
        self.verify_end_of_number("decimal")?;
        self.finish_number(start_i, start, is_float)
    }

    fn finish_number(&mut self, start_i: usize, start: Pos, is_float: bool) -> LexResult<()> {
        let text: String = self
            .src
            .text
            .get(start_i..self.i)
            .unwrap_or("")
            .chars()
            .filter(|&c| c != '_')
            .collect();
        let kind = if is_float {
            TokenKind::Float(text.parse::<f64>().unwrap_or(f64::INFINITY))
        } else {
            int_token(&text, 10)
        };
        let end = self.pos();
        self.push(kind, start, end);
        Ok(())
    }
}

/// The token for the digits `text` (no underscores, no prefix) in `radix`.
fn int_token(text: &str, radix: u32) -> TokenKind {
    if let Ok(v) = i64::from_str_radix(text, radix) {
        return TokenKind::Int(v);
    }
    TokenKind::BigInt(BigInt::from_digits(text, radix))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(src: &str) -> Vec<String> {
        let s = Source::new(src, "t.py");
        let out = tokenize(&s);
        out.tokens
            .iter()
            .map(|t| match &t.kind {
                TokenKind::Name(n) => format!("N:{n}"),
                TokenKind::Keyword(k) => format!("K:{}", k.as_str()),
                TokenKind::Int(v) => format!("I:{v}"),
                TokenKind::BigInt(b) => format!("BI:{}", b.digits),
                TokenKind::Float(f) => format!("F:{f}"),
                TokenKind::Str(s) => format!("S:{}", s.body),
                TokenKind::Op(o) => o.as_str().to_string(),
                TokenKind::Newline => "NL".into(),
                TokenKind::Indent => "IN".into(),
                TokenKind::Dedent => "DE".into(),
                TokenKind::EndMarker => "END".into(),
                other => format!("{other:?}"),
            })
            .collect()
    }

    #[test]
    fn indentation_and_joining() {
        assert_eq!(
            kinds("if x:\n    y = (1,\n  2)\n\n    # c\n    z\nw\n").join(" "),
            "K:if N:x : NL IN N:y = ( I:1 , I:2 ) NL N:z NL DE N:w NL END"
        );
        assert_eq!(kinds("x = 1 + \\\n  2").join(" "), "N:x = I:1 + I:2 NL END");
        assert_eq!(kinds("").join(" "), "END");
        assert_eq!(
            kinds("if x:\n  if y:\n    z").join(" "),
            "K:if N:x : NL IN K:if N:y : NL IN N:z NL DE DE END"
        );
    }

    #[test]
    fn numbers() {
        assert_eq!(
            kinds("0x_ff 0o17 0b101 1_000 1.5e3 .5 1. 00 99999999999999999999 0xffffffffffffffffff").join(" "),
            "I:255 I:15 I:5 I:1000 F:1500 F:0.5 F:1 I:0 BI:99999999999999999999 BI:4722366482869645213695 NL END"
        );
        assert_eq!(kinds("1if x else 2")[0], "I:1");
    }

    #[test]
    fn strings_and_prefixes() {
        assert_eq!(
            kinds("r'a\\'' B\"x\" f'{y}' Rb'''m\nn''' u'q'").join(" "),
            "S:a\\' S:x S:{y} S:m\nn S:q NL END"
        );
    }
}
