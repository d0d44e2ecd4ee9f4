//! The `^^^^` / `~~~^~~~` marker line CPython 3.11 prints under a traceback's source line.
//!
//! The markers cover the failing instruction's source range. For a binary operation the
//! operator is marked with `^` and its operands with `~`; for a subscript the brackets and what
//! is inside them. Nothing is printed when the range is the whole (stripped) line and there is
//! no such anchor. Columns are display columns: East Asian wide characters count twice.

use crate::compiler::code::Span;
use crate::python::ast::{ExprKind, StmtKind};

/// The marker line (with its newline) for `span` on `src`, or an empty string.
pub fn caret_line(src: &str, span: Span) -> String {
    let line_len = src.len();
    let start = (span.col as usize).min(line_len);
    let end = if span.end_line > span.line || span.end_col == u32::MAX {
        src.trim_end().len()
    } else {
        (span.end_col as usize).min(line_len)
    };
    if end <= start || !src.is_char_boundary(start) || !src.is_char_boundary(end) {
        return String::new();
    }
    let indent = src.len() - src.trim_start().len();
    let stripped_len = src.trim_start().trim_end().len();
    let segment = &src[start..end];
    let anchors = if span.end_line > span.line {
        None
    } else {
        anchors(segment)
    };
    if anchors.is_none() && start <= indent && end - indent >= stripped_len {
        return String::new();
    }
    let mut out = String::from("    ");
    out.push_str(&" ".repeat(width(&src[indent..start])));
    for (i, ch) in segment.char_indices() {
        let mark = match anchors {
            Some((a, b)) if i < a || i >= b => '~',
            _ => '^',
        };
        for _ in 0..char_width(ch) {
            out.push(mark);
        }
    }
    out.push('\n');
    out
}

/// For a segment that is a binary operation or subscript: the byte range to mark with `^`.
fn anchors(segment: &str) -> Option<(usize, usize)> {
    let module = crate::python::parse_module(segment, "<segment>").ok()?;
    let [stmt] = module.body.as_slice() else {
        return None;
    };
    let StmtKind::Expr { value } = &stmt.kind else {
        return None;
    };
    if value.line != 1 || value.end_line != 1 {
        return None;
    }
    let bytes = segment.as_bytes();
    match &value.kind {
        ExprKind::BinOp { left, right, .. } => {
            let op_start = left.end_col as usize;
            let op_end = right.col as usize;
            let op_str = segment.get(op_start..op_end)?;
            let offset = op_str.len() - op_str.trim_start().len();
            let mut l = op_start + offset;
            let mut r = l + 1;
            if offset + 1 < op_str.len()
                && !op_str
                    .as_bytes()
                    .get(offset + 1)
                    .is_some_and(|c| c.is_ascii_whitespace())
            {
                r += 1;
            }
            while l < bytes.len()
                && (bytes[l].is_ascii_whitespace() || bytes[l] == b')' || bytes[l] == b'#')
            {
                l += 1;
                r += 1;
            }
            Some((l, r))
        }
        ExprKind::Subscript {
            value: obj, slice, ..
        } => {
            let mut l = obj.end_col as usize;
            let mut r = slice.end_col as usize + 1;
            while l < bytes.len() && bytes[l] != b'[' {
                l += 1;
            }
            while r < bytes.len() && bytes[r] != b']' {
                r += 1;
            }
            if r < bytes.len() {
                r += 1;
            }
            Some((l, r.min(bytes.len())))
        }
        _ => None,
    }
}

/// Display width of a string (wide East Asian characters count 2).
fn width(s: &str) -> usize {
    s.chars().map(char_width).sum()
}

/// Display width of one character, as CPython 3.11.7 counts it (East Asian Width W or F = 2).
fn char_width(c: char) -> usize {
    let u = c as u32;
    let wide = matches!(u,
        0x1100..=0x115F | 0x2E80..=0x303E | 0x3041..=0x33FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xA000..=0xA4CF
        | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF | 0xFE30..=0xFE4F | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6
        | 0x1F300..=0x1F64F | 0x1F900..=0x1F9FF | 0x20000..=0x2FFFD | 0x30000..=0x3FFFD);
    if wide {
        2
    } else {
        1
    }
}
