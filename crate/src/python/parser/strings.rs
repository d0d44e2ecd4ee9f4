//! String and bytes literals: escape decoding, implicit concatenation, and f-strings (split the
//! way CPython 3.11's `Parser/string_parser.c` does, with its error messages).

use super::super::ast::{Constant, Conversion, Expr, ExprKind};
use super::super::lexer;
use super::super::source::Source;
use super::super::token::{Op, Pos, StrToken, Token, TokenKind};
use super::{PResult, Parser};
use crate::python::encoding::utf8_error_message;
use crate::python::syntax_error::SyntaxError;

/// One piece of an f-string.
enum Part {
    Lit(String),
    Expr(Expr),
}

/// An escape-decoding failure: the message, or a construct outside the subset.
enum DecodeError {
    Msg(String),
    Unsupported(&'static str),
}

/// Position of byte `i` of `body`, whose first byte is at `start`.
fn pos_in(body: &str, start: Pos, i: usize) -> Pos {
    let before = body.get(..i).unwrap_or(body);
    match before.rfind('\n') {
        None => Pos::new(start.line, start.col + before.len() as u32),
        Some(nl) => Pos::new(
            start.line + before.matches('\n').count() as u32,
            (before.len() - nl - 1) as u32,
        ),
    }
}

/// The positions CPython's `unicode_escape` error reports: each non-ASCII character of the
/// literal counts as the ten bytes of the `\UXXXXXXXX` it is first turned into.
fn escape_offset(body: &str, i: usize) -> usize {
    body.get(..i)
        .unwrap_or(body)
        .chars()
        .map(|c| if c.is_ascii() { 1 } else { 10 })
        .sum()
}

fn hex_value(s: &[u8]) -> Option<u32> {
    let mut v = 0u32;
    for &b in s {
        v = v * 16 + (b as char).to_digit(16)?;
    }
    Some(v)
}

/// Decode the escapes of a (non-raw) str literal body.
fn decode_str(body: &str) -> Result<String, DecodeError> {
    if !body.contains('\\') {
        return Ok(body.to_string());
    }
    let b = body.as_bytes();
    let mut out = String::with_capacity(body.len());
    let mut i = 0;
    let truncated = |start: usize, end: usize, what: &str| {
        DecodeError::Msg(format!(
            "(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: truncated {what} escape",
            escape_offset(body, start),
            escape_offset(body, end)
        ))
    };
    while i < b.len() {
        if b[i] != b'\\' {
            let ch = body
                .get(i..)
                .and_then(|s| s.chars().next())
                .unwrap_or('\u{fffd}');
            out.push(ch);
            i += ch.len_utf8();
            continue;
        }
        let Some(&c) = b.get(i + 1) else {
            // A lone trailing backslash cannot occur (it would escape the quote); keep it.
            out.push('\\');
            break;
        };
        let start = i;
        i += 2;
        match c {
            b'\n' => {}
            b'\\' => out.push('\\'),
            b'\'' => out.push('\''),
            b'"' => out.push('"'),
            b'a' => out.push('\x07'),
            b'b' => out.push('\x08'),
            b'f' => out.push('\x0c'),
            b'n' => out.push('\n'),
            b'r' => out.push('\r'),
            b't' => out.push('\t'),
            b'v' => out.push('\x0b'),
            b'0'..=b'7' => {
                let mut v = u32::from(c - b'0');
                let mut n = 1;
                while n < 3 && i < b.len() && (b'0'..=b'7').contains(&b[i]) {
                    v = v * 8 + u32::from(b[i] - b'0');
                    i += 1;
                    n += 1;
                }
                out.push(char::from_u32(v).unwrap_or('\u{fffd}'));
            }
            b'x' | b'u' | b'U' => {
                let (len, what) = match c {
                    b'x' => (2, "\\xXX"),
                    b'u' => (4, "\\uXXXX"),
                    _ => (8, "\\UXXXXXXXX"),
                };
                let mut k = 0;
                while k < len && i + k < b.len() && b[i + k].is_ascii_hexdigit() {
                    k += 1;
                }
                if k < len {
                    return Err(truncated(start, start + 1 + k, what));
                }
                let v = hex_value(&b[i..i + len]).unwrap_or(0);
                i += len;
                match char::from_u32(v) {
                    Some(ch) => out.push(ch),
                    None if (0xd800..0xe000).contains(&v) => {
                        return Err(DecodeError::Unsupported("lone surrogate characters in strings"))
                    }
                    None => {
                        return Err(DecodeError::Msg(format!(
                            "(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: illegal Unicode character",
                            escape_offset(body, start),
                            escape_offset(body, i - 1)
                        )))
                    }
                }
            }
            b'N' => {
                return Err(DecodeError::Unsupported(
                    "\\N{...} escapes (named Unicode characters)",
                ))
            }
            _ => {
                // Unknown escapes stay as written.
                out.push('\\');
                i -= 1;
            }
        }
    }
    Ok(out)
}

/// Decode a bytes literal body (`raw` keeps backslashes).
fn decode_bytes(body: &str, raw: bool) -> Result<Vec<u8>, DecodeError> {
    let b = body.as_bytes();
    if raw || !body.contains('\\') {
        return Ok(b.to_vec());
    }
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'\\' {
            out.push(b[i]);
            i += 1;
            continue;
        }
        let Some(&c) = b.get(i + 1) else {
            out.push(b'\\');
            break;
        };
        let start = i;
        i += 2;
        match c {
            b'\n' => {}
            b'\\' => out.push(b'\\'),
            b'\'' => out.push(b'\''),
            b'"' => out.push(b'"'),
            b'a' => out.push(7),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'v' => out.push(11),
            b'0'..=b'7' => {
                let mut v = u32::from(c - b'0');
                let mut n = 1;
                while n < 3 && i < b.len() && (b'0'..=b'7').contains(&b[i]) {
                    v = v * 8 + u32::from(b[i] - b'0');
                    i += 1;
                    n += 1;
                }
                out.push((v & 0xff) as u8);
            }
            b'x' => {
                let ok =
                    i + 1 < b.len() && b[i].is_ascii_hexdigit() && b[i + 1].is_ascii_hexdigit();
                if !ok {
                    return Err(DecodeError::Msg(format!(
                        "(value error) invalid \\x escape at position {start}"
                    )));
                }
                out.push(hex_value(&b[i..i + 2]).unwrap_or(0) as u8);
                i += 2;
            }
            _ => {
                out.push(b'\\');
                i -= 1;
            }
        }
    }
    Ok(out)
}

impl<'s, 'a> Parser<'s, 'a> {
    /// CPython's `(unicode error)` when bytes `from..to` of a literal's body held invalid UTF-8
    /// (possible only under a declared encoding). `whole` decodes the span at once (raw or
    /// escape-free literals); otherwise each run of non-ASCII bytes is decoded alone, as
    /// `decode_unicode_with_escapes` does, so positions count from the run's start.
    fn check_utf8(
        &self,
        s: &StrToken,
        from: usize,
        to: usize,
        whole: bool,
        after: &Token,
    ) -> PResult<()> {
        if self.fstring_shift.is_some() {
            return Ok(());
        }
        let body = self.src.offset(s.body_start);
        let Some(orig) = self.src.original_bytes(body + from, body + to) else {
            return Ok(());
        };
        let msg = if whole {
            utf8_error_message(&orig)
        } else {
            orig.split(|b| *b < 0x80)
                .filter(|run| !run.is_empty())
                .find_map(utf8_error_message)
        };
        match msg {
            Some(m) => Err(self.err_range(format!("(unicode error) {m}"), after.start, after.end)),
            None => Ok(()),
        }
    }

    fn decode_err(&self, e: DecodeError, tok: &Token, after: &Token) -> Box<SyntaxError> {
        match e {
            DecodeError::Msg(m) => self.err_range(m, after.start, after.end),
            DecodeError::Unsupported(what) => self.unsupported(what, tok.start, tok.end),
        }
    }

    /// One or more adjacent string literals: a `Constant` or, with any f-string, a `JoinedStr`.
    #[inline(never)]
    pub(crate) fn strings(&mut self) -> PResult<Expr> {
        let mut toks: Vec<(Token, StrToken)> = Vec::new();
        while let TokenKind::Str(s) = self.peek_kind() {
            let s = (**s).clone();
            let t = self.peek().clone();
            let t = Token {
                kind: TokenKind::Op(Op::Dot),
                start: t.start,
                end: t.end,
            };
            self.advance();
            toks.push((t, s));
        }
        let after = self.peek().clone();
        let (Some(first), Some(last)) = (toks.first(), toks.last()) else {
            return Err(self.invalid_syntax());
        };
        let (start, end) = (first.0.start, last.0.end);
        let any_bytes = toks.iter().any(|(_, s)| s.is_bytes);
        if any_bytes && toks.iter().any(|(_, s)| !s.is_bytes) {
            return Err(self.err_range(
                "cannot mix bytes and nonbytes literals",
                after.start,
                after.end,
            ));
        }
        if any_bytes {
            let mut out = Vec::new();
            for (t, s) in &toks {
                if !s.body.is_ascii() {
                    return Err(self.err_range(
                        "bytes can only contain ASCII literal characters",
                        t.start,
                        t.end,
                    ));
                }
                let v =
                    decode_bytes(&s.body, s.is_raw).map_err(|e| self.decode_err(e, t, &after))?;
                out.extend(v);
            }
            return Ok(self.expr(ExprKind::Constant(Constant::Bytes(out)), start, end));
        }
        let any_f = toks.iter().any(|(_, s)| s.is_fstring);
        let mut parts: Vec<Part> = Vec::new();
        for (t, s) in &toks {
            if !s.is_fstring {
                let whole = s.is_raw || !s.body.contains('\\');
                self.check_utf8(s, 0, s.body.len(), whole, &after)?;
            }
            if s.is_fstring {
                let mut i = 0;
                self.fstring_level(s, &mut i, 0, t, &after, &mut parts)?;
            } else {
                let v = if s.is_raw {
                    s.body.clone()
                } else {
                    decode_str(&s.body).map_err(|e| self.decode_err(e, t, &after))?
                };
                parts.push(Part::Lit(v));
            }
        }
        if !any_f {
            let mut text = String::new();
            for p in parts {
                if let Part::Lit(l) = p {
                    text.push_str(&l);
                }
            }
            return Ok(self.expr(ExprKind::Constant(Constant::Str(text)), start, end));
        }
        let values = self.join_parts(parts, start, end);
        Ok(self.expr(ExprKind::JoinedStr { values }, start, end))
    }

    /// Merge adjacent literal parts and turn them into `Constant` nodes (empty ones dropped).
    fn join_parts(&self, parts: Vec<Part>, start: Pos, end: Pos) -> Vec<Expr> {
        let mut values = Vec::new();
        let mut lit = String::new();
        for p in parts {
            match p {
                Part::Lit(l) => lit.push_str(&l),
                Part::Expr(e) => {
                    if !lit.is_empty() {
                        let c = ExprKind::Constant(Constant::Str(std::mem::take(&mut lit)));
                        values.push(self.expr(c, start, end));
                    }
                    values.push(e);
                }
            }
        }
        if !lit.is_empty() {
            values.push(self.expr(ExprKind::Constant(Constant::Str(lit)), start, end));
        }
        values
    }

    /// Parse f-string text from `*i` until its end (level 0) or the `}` closing a format spec.
    fn fstring_level(
        &mut self,
        s: &StrToken,
        i: &mut usize,
        level: u32,
        tok: &Token,
        after: &Token,
        parts: &mut Vec<Part>,
    ) -> PResult<()> {
        let body = s.body.as_str();
        let b = body.as_bytes();
        loop {
            // Literal text.
            let mut lit = String::new();
            let mut seg_start = *i;
            while *i < b.len() {
                let c = b[*i];
                if !s.is_raw && c == b'\\' && *i + 1 < b.len() {
                    if b[*i + 1] == b'N' && b.get(*i + 2) == Some(&b'{') {
                        return Err(self.unsupported(
                            "\\N{...} escapes (named Unicode characters)",
                            tok.start,
                            tok.end,
                        ));
                    }
                    *i += 2;
                    continue;
                }
                if c == b'{' || c == b'}' {
                    if level == 0 {
                        if b.get(*i + 1) == Some(&c) {
                            // Doubled brace: a literal brace.
                            let seg = body.get(seg_start..*i + 1).unwrap_or("");
                            self.check_utf8(s, seg_start, seg_start + seg.len(), s.is_raw, after)?;
                            lit.push_str(&self.fstring_literal(seg, s.is_raw, tok, after)?);
                            *i += 2;
                            seg_start = *i;
                            continue;
                        }
                        if c == b'}' {
                            return Err(self.err_range(
                                "f-string: single '}' is not allowed",
                                after.start,
                                after.end,
                            ));
                        }
                    }
                    break;
                }
                *i += 1;
            }
            let seg = body.get(seg_start..*i).unwrap_or("");
            self.check_utf8(s, seg_start, seg_start + seg.len(), s.is_raw, after)?;
            lit.push_str(&self.fstring_literal(seg, s.is_raw, tok, after)?);
            if !lit.is_empty() {
                parts.push(Part::Lit(lit));
            }
            if *i >= b.len() {
                return Ok(());
            }
            if b[*i] == b'}' {
                // End of a nested format spec (level > 0).
                return Ok(());
            }
            // '{': a replacement field.
            self.fstring_expr(s, i, level, tok, after, parts)?;
        }
    }

    fn fstring_literal(&self, seg: &str, raw: bool, tok: &Token, after: &Token) -> PResult<String> {
        if raw {
            return Ok(seg.to_string());
        }
        decode_str(seg).map_err(|e| self.decode_err(e, tok, after))
    }

    /// One `{expr[=][!c][:spec]}`; `*i` is at the `{`.
    fn fstring_expr(
        &mut self,
        s: &StrToken,
        i: &mut usize,
        level: u32,
        tok: &Token,
        after: &Token,
        parts: &mut Vec<Part>,
    ) -> PResult<()> {
        let body = s.body.as_str();
        let b = body.as_bytes();
        let fail = |p: &Self, msg: &str| p.err_range(msg.to_string(), after.start, after.end);
        if level >= 2 {
            return Err(fail(self, "f-string: expressions nested too deeply"));
        }
        *i += 1;
        let expr_start = *i;
        let mut quote: Option<(u8, usize)> = None;
        let mut stack: Vec<u8> = Vec::new();
        while *i < b.len() {
            let c = b[*i];
            if c == b'\\' {
                return Err(fail(
                    self,
                    "f-string expression part cannot include a backslash",
                ));
            }
            if let Some((q, n)) = quote {
                if c == q {
                    if n == 3 {
                        if b.get(*i + 1) == Some(&q) && b.get(*i + 2) == Some(&q) {
                            *i += 3;
                            quote = None;
                            continue;
                        }
                    } else {
                        quote = None;
                    }
                }
                *i += 1;
                continue;
            }
            match c {
                b'\'' | b'"' => {
                    if b.get(*i + 1) == Some(&c) && b.get(*i + 2) == Some(&c) {
                        quote = Some((c, 3));
                        *i += 3;
                    } else {
                        quote = Some((c, 1));
                        *i += 1;
                    }
                    continue;
                }
                b'[' | b'{' | b'(' => {
                    if stack.len() >= lexer::MAX_BRACKETS {
                        return Err(fail(self, "f-string: too many nested parenthesis"));
                    }
                    stack.push(c);
                    *i += 1;
                    continue;
                }
                b'#' => return Err(fail(self, "f-string expression part cannot include '#'")),
                _ => {}
            }
            if stack.is_empty() && matches!(c, b'!' | b':' | b'}' | b'=' | b'<' | b'>') {
                let next = b.get(*i + 1).copied();
                if next == Some(b'=') && matches!(c, b'!' | b'=' | b'<' | b'>') {
                    *i += 2;
                    continue;
                }
                if c == b'<' || c == b'>' {
                    *i += 1;
                    continue;
                }
                break;
            }
            if matches!(c, b']' | b'}' | b')') {
                let Some(open) = stack.pop() else {
                    return Err(fail(self, &format!("f-string: unmatched '{}'", c as char)));
                };
                let expected = match open {
                    b'(' => b')',
                    b'[' => b']',
                    _ => b'}',
                };
                if c != expected {
                    return Err(fail(
                        self,
                        &format!(
                            "f-string: closing parenthesis '{}' does not match opening parenthesis '{}'",
                            c as char, open as char
                        ),
                    ));
                }
            }
            *i += 1;
        }
        let expr_end = *i;
        if quote.is_some() {
            return Err(fail(self, "f-string: unterminated string"));
        }
        if let Some(open) = stack.last() {
            return Err(fail(
                self,
                &format!("f-string: unmatched '{}'", *open as char),
            ));
        }
        if *i >= b.len() {
            return Err(fail(self, "f-string: expecting '}'"));
        }
        let text = body.get(expr_start..expr_end).unwrap_or("");
        if text
            .bytes()
            .all(|c| matches!(c, b' ' | b'\t' | b'\n' | b'\x0c'))
        {
            let c = b[*i];
            if matches!(c, b'!' | b':' | b'=') {
                return Err(fail(
                    self,
                    &format!("f-string: expression required before '{}'", c as char),
                ));
            }
            return Err(fail(self, "f-string: empty expression not allowed"));
        }
        let at = self.real(pos_in(body, s.body_start, expr_start));
        let value = self.fstring_compile(text, at)?;
        // `{x=}`: the expression's text becomes a literal before its value.
        let mut self_doc = false;
        if b[*i] == b'=' {
            *i += 1;
            while *i < b.len() && b[*i].is_ascii_whitespace() {
                *i += 1;
            }
            if *i >= b.len() {
                return Err(fail(self, "f-string: expecting '}'"));
            }
            parts.push(Part::Lit(
                body.get(expr_start..*i).unwrap_or("").to_string(),
            ));
            self_doc = true;
        }
        let mut conversion = None;
        if b[*i] == b'!' {
            *i += 1;
            if *i >= b.len() {
                return Err(fail(self, "f-string: expecting '}'"));
            }
            let c = b[*i];
            *i += 1;
            conversion = Some(match c {
                b's' => Conversion::Str,
                b'r' => Conversion::Repr,
                b'a' => Conversion::Ascii,
                _ => {
                    return Err(fail(
                        self,
                        "f-string: invalid conversion character: expected 's', 'r', or 'a'",
                    ))
                }
            });
        }
        let mut format_spec = None;
        if *i < b.len() && b[*i] == b':' {
            *i += 1;
            if *i >= b.len() {
                return Err(fail(self, "f-string: expecting '}'"));
            }
            let mut spec_parts = Vec::new();
            self.fstring_level(s, i, level + 1, tok, after, &mut spec_parts)?;
            let values = self.join_parts(spec_parts, tok.start, tok.end);
            format_spec = Some(Box::new(self.expr(
                ExprKind::JoinedStr { values },
                tok.start,
                tok.end,
            )));
        }
        if *i >= b.len() || b[*i] != b'}' {
            return Err(fail(self, "f-string: expecting '}'"));
        }
        *i += 1;
        let conversion = match conversion {
            Some(c) => c,
            None if self_doc && format_spec.is_none() => Conversion::Repr,
            None => Conversion::None,
        };
        let fv = self.expr(
            ExprKind::FormattedValue {
                value: Box::new(value),
                conversion,
                format_spec,
            },
            tok.start,
            tok.end,
        );
        parts.push(Part::Expr(fv));
        Ok(())
    }

    /// Parse the expression text of a replacement field, which starts at real position `at`.
    fn fstring_compile(&mut self, text: &str, at: Pos) -> PResult<Expr> {
        let copy = format!("({text})");
        let sub_src = Source::new(&copy, self.src.filename);
        let out = lexer::tokenize(&sub_src);
        let shift = (at.line.saturating_sub(1), at.col.saturating_sub(1));
        if let Some(le) = out.error {
            let mut e = le.error;
            e.msg = format!("f-string: {}", e.msg);
            e.lineno += shift.0;
            e.end_lineno += shift.0;
            return Err(Box::new(e));
        }
        let outer = self.outer.unwrap_or(self.src);
        let mut sub = Parser::new(&sub_src, out.tokens);
        sub.fstring_shift = Some(shift);
        sub.outer = Some(outer);
        sub.nesting = self.nesting + 1;
        let e = sub.star_expressions()?;
        if !sub.at_newline() && !matches!(sub.peek_kind(), TokenKind::EndMarker) {
            return Err(sub.invalid_syntax());
        }
        Ok(e)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes() {
        assert_eq!(
            decode_str("a\\tb\\x41\\u00e9\\101\\q\\\nc").ok().as_deref(),
            Some("a\tbAéA\\qc")
        );
        match decode_str(r"\x1") {
            Err(DecodeError::Msg(m)) => assert_eq!(
                m,
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape"
            ),
            _ => panic!("expected an error"),
        }
        match decode_str("é\\x1") {
            Err(DecodeError::Msg(m)) => assert!(m.contains("position 10-12"), "{m}"),
            _ => panic!("expected an error"),
        }
        assert_eq!(decode_bytes(r"\x41\n", false).ok(), Some(b"A\n".to_vec()));
    }
}
