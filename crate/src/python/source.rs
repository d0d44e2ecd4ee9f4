//! The source text being parsed: its lines, and how positions in it become error locations.

use super::syntax_error::{ErrorKind, SyntaxError};
use super::token::Pos;

/// Source text with a table of line starts, for turning byte positions into error locations.
#[derive(Debug)]
pub(crate) struct Source<'a> {
    /// The whole text (line breaks already normalised to `\n`).
    pub text: &'a str,
    /// The file name errors report.
    pub filename: &'a str,
    /// Byte offset where each line starts; `line_starts[0]` is line 1.
    line_starts: Vec<usize>,
}

impl<'a> Source<'a> {
    /// Index the lines of `text`.
    pub fn new(text: &'a str, filename: &'a str) -> Source<'a> {
        let mut line_starts = vec![0];
        for (i, b) in text.bytes().enumerate() {
            if b == b'\n' {
                line_starts.push(i + 1);
            }
        }
        Source {
            text,
            filename,
            line_starts,
        }
    }

    /// The text of 1-based `line` without its line break (empty past the end).
    pub fn line(&self, line: u32) -> &'a str {
        let idx = (line as usize).wrapping_sub(1);
        let Some(&start) = self.line_starts.get(idx) else {
            return "";
        };
        let end = self
            .line_starts
            .get(idx + 1)
            .map(|&e| e.saturating_sub(1))
            .unwrap_or(self.text.len());
        self.text.get(start..end.max(start)).unwrap_or("")
    }

    /// Number of the last line that holds any character (0 for empty text).
    pub fn last_line(&self) -> u32 {
        if self.text.is_empty() {
            return 0;
        }
        let n = self.line_starts.len() as u32;
        if self.text.ends_with('\n') {
            n - 1
        } else {
            n
        }
    }

    /// Number of characters before byte column `col` of `line` (CPython's character offset).
    pub fn char_col(&self, line: u32, col: u32) -> u32 {
        let text = self.line(line);
        let col = (col as usize).min(text.len());
        let mut end = col;
        while end > 0 && !text.is_char_boundary(end) {
            end -= 1;
        }
        text.get(..end).map_or(0, |s| s.chars().count() as u32)
    }

    /// An error with explicit 1-based offsets (CPython's own numbers, 0 meaning none).
    pub fn error_raw(
        &self,
        kind: ErrorKind,
        msg: impl Into<String>,
        lineno: u32,
        offset: u32,
        end_lineno: u32,
        end_offset: u32,
    ) -> SyntaxError {
        SyntaxError {
            kind,
            msg: msg.into(),
            filename: self.filename.to_string(),
            lineno,
            offset,
            end_lineno,
            end_offset,
            text: self.line(lineno).to_string(),
        }
    }

    /// An error over `start..end` counted the parser's way (UTF-8 bytes, 1-based).
    pub fn error_bytes(
        &self,
        kind: ErrorKind,
        msg: impl Into<String>,
        start: Pos,
        end: Pos,
    ) -> SyntaxError {
        self.error_raw(kind, msg, start.line, start.col + 1, end.line, end.col + 1)
    }

    /// An error at `at` counted the tokenizer's way (characters; `at` is just past the culprit).
    pub fn error_chars(&self, msg: impl Into<String>, at: Pos) -> SyntaxError {
        let off = self.char_col(at.line, at.col);
        self.error_raw(ErrorKind::SyntaxError, msg, at.line, off, at.line, off)
    }
}
